/**
 * The thirtieth development set (__fixtures__/real-texts-dev30.ts,
 * docs/real-texts.md "The thirtieth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected; the measure of `explain` on it is left for the
 * maintainer to add.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV30 } from '../__fixtures__/real-texts-dev30.js'

/**
 * The fewest texts each family of the thirtieth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors).
 */
const DEV30_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 2,
  gitlab: 1,
  quay: 1,
  harbor: 3,
  ecr: 2,
  gar: 1,
  acr: 2,
  generic: 6,
  'docker-hub': 10,
  'not-login': 3
}

describeCorpusHygiene({
  name: 'dev30',
  texts: REAL_TEXTS_DEV30,
  total: 31,
  families: DEV30_FAMILY_MINIMUMS,
  earlier: textsBefore('dev30'),
  notes: true
})

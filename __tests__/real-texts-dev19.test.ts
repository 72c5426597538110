/**
 * The nineteenth development set (__fixtures__/real-texts-dev19.ts,
 * docs/real-texts.md "The nineteenth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected; its measure is left for the maintainer to add.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV19 } from '../__fixtures__/real-texts-dev19.js'

/**
 * The fewest texts each family of the nineteenth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors).
 */
const DEV19_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 6,
  gitlab: 4,
  quay: 3,
  harbor: 4,
  ecr: 5,
  gar: 2,
  acr: 3,
  generic: 3,
  'docker-hub': 7,
  'not-login': 5
}

describeCorpusHygiene({
  name: 'dev19',
  texts: REAL_TEXTS_DEV19,
  total: 42,
  families: DEV19_FAMILY_MINIMUMS,
  earlier: textsBefore('dev19'),
  notes: true
})

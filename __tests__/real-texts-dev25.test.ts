/**
 * The twenty-fifth development set (__fixtures__/real-texts-dev25.ts,
 * docs/real-texts.md "The twenty-fifth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected; the measure of `explain` on it is left for the
 * maintainer to add.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV25 } from '../__fixtures__/real-texts-dev25.js'

/**
 * The fewest texts each family of the twenty-fifth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's 3: `quay` has 1 and `harbor` 2).
 */
const DEV25_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 4,
  gitlab: 4,
  quay: 1,
  harbor: 2,
  ecr: 6,
  gar: 4,
  acr: 3,
  generic: 4,
  'docker-hub': 8,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev25',
  texts: REAL_TEXTS_DEV25,
  total: 40,
  families: DEV25_FAMILY_MINIMUMS,
  earlier: textsBefore('dev25'),
  notes: true
})

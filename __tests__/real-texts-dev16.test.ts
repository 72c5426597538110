/**
 * The sixteenth development set (__fixtures__/real-texts-dev16.ts,
 * docs/real-texts.md "The sixteenth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected; it has not been measured, so this test carries no
 * figure and no floor.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV16 } from '../__fixtures__/real-texts-dev16.js'

/**
 * The fewest texts each family of the sixteenth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors).
 */
const DEV16_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 5,
  gitlab: 4,
  quay: 3,
  harbor: 3,
  ecr: 3,
  gar: 3,
  acr: 3,
  generic: 8,
  'docker-hub': 8,
  'not-login': 5
}

describeCorpusHygiene({
  name: 'dev16',
  texts: REAL_TEXTS_DEV16,
  total: 45,
  families: DEV16_FAMILY_MINIMUMS,
  earlier: textsBefore('dev16'),
  notes: true
})

/**
 * The thirty-eighth development set (__fixtures__/real-texts-dev38.ts,
 * docs/real-texts.md "The thirty-eighth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected; the measure of `explain` on it is left for the
 * maintainer to add.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV38 } from '../__fixtures__/real-texts-dev38.js'

/**
 * The fewest texts each family of the thirty-eighth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's three a family: `ghcr` and `acr` have none, `gitlab` one, `harbor`
 * two).
 */
const DEV38_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 1,
  quay: 3,
  harbor: 2,
  ecr: 3,
  gar: 5,
  acr: 0,
  generic: 6,
  'docker-hub': 5,
  'not-login': 3
}

describeCorpusHygiene({
  name: 'dev38',
  texts: REAL_TEXTS_DEV38,
  total: 28,
  families: DEV38_FAMILY_MINIMUMS,
  earlier: textsBefore('dev38'),
  notes: true
})

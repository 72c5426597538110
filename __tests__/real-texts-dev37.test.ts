/**
 * The thirty-seventh development set (__fixtures__/real-texts-dev37.ts,
 * docs/real-texts.md "The thirty-seventh development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected; the measure of `explain` on it is left for the
 * maintainer to add.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV37 } from '../__fixtures__/real-texts-dev37.js'

/**
 * The fewest texts each family of the thirty-seventh development set has:
 * the counts reached (docs/real-texts.md says where they fall short of the
 * brief's 3 a family: `gitlab`, `gar`, `ecr`, `acr`, `harbor` and `generic`;
 * `quay` has none).
 */
const DEV37_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 6,
  gitlab: 1,
  quay: 0,
  harbor: 1,
  ecr: 1,
  gar: 1,
  acr: 1,
  generic: 2,
  'docker-hub': 5,
  'not-login': 6
}

describeCorpusHygiene({
  name: 'dev37',
  texts: REAL_TEXTS_DEV37,
  total: 24,
  families: DEV37_FAMILY_MINIMUMS,
  earlier: textsBefore('dev37'),
  notes: true
})

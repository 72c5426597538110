/**
 * The fifty-fifth development set (__fixtures__/real-texts-dev55.ts,
 * docs/real-texts.md "The fifty-fifth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected.
 */
import {
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV55 } from '../__fixtures__/real-texts-dev55.js'

/**
 * The fewest texts each family of the fifty-fifth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's 3 a family: `gitlab`, `quay` and `harbor` have none, `acr` has
 * 1).
 */
const DEV55_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 3,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 4,
  gar: 4,
  acr: 1,
  generic: 3,
  'docker-hub': 7,
  'not-login': 8
}

describeCorpusHygiene({
  name: 'dev55',
  texts: REAL_TEXTS_DEV55,
  total: 30,
  families: DEV55_FAMILY_MINIMUMS,
  earlier: textsBefore('dev55'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the first
 * six sets of the session (d1e61fb), none written on it: 26/30 (86.7 %).
 * Of its texts that the text alone decides, 18/21; of those that need
 * their thread, 8/9 (docs/real-texts.md "The fifty-fifth development
 * set", Measured). After
 * docs/registries.md §13tt (e): docker 1.x's missing tag (LOOK001), the schema 1 image (LOOK034): 28/30 (dash's Permission denied was read by LOOK003 for a while, and given up, §13tt (g)). The floor guards that figure.
 */
export const REAL_TEXTS_DEV55_FLOOR = 0.93

describeHeldOutMeasure({
  name: 'dev55',
  texts: REAL_TEXTS_DEV55,
  floor: REAL_TEXTS_DEV55_FLOOR,
  report: 'misses'
})

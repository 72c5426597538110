/**
 * The eighty-fourth development set (__fixtures__/real-texts-dev84.ts,
 * docs/real-texts.md "The eighty-fourth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed, blind and late ones
 * included (the helper compares without printing them). Nobody ran
 * `explain` on it while it was collected.
 */
import {
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV84 } from '../__fixtures__/real-texts-dev84.js'

/**
 * The texts each family of the eighty-fourth development set has: a set
 * collected registry by registry, so the families its collector did not own
 * are empty (docs/real-texts.md).
 */
const DEV84_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 18,
  gar: 0,
  acr: 0,
  generic: 0,
  'docker-hub': 0,
  'not-login': 3
}

describeCorpusHygiene({
  name: 'dev84',
  texts: REAL_TEXTS_DEV84,
  total: 21,
  families: DEV84_FAMILY_MINIMUMS,
  earlier: textsBefore('dev84'),
  notes: true
})

/**
 * Measured once, as merged, with the rules at 7784679 (the GHCR logout
 * reading of docs/registries.md §13vv (a) on 10cfbbb), none written on it:
 * 19/21 (90.5 %). Of its texts that the text alone decides, 11/13; of
 * those that need their thread, 8/8 (docs/real-texts.md "The eighty-fourth development set", Measured). After docs/registries.md
 * §13vv (b), (c): 21/21. The floor guards that figure.
 */
export const REAL_TEXTS_DEV84_FLOOR = 1

describeHeldOutMeasure({
  name: 'dev84',
  texts: REAL_TEXTS_DEV84,
  floor: REAL_TEXTS_DEV84_FLOOR,
  report: 'misses'
})

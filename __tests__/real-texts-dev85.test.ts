/**
 * The eighty-fifth development set (__fixtures__/real-texts-dev85.ts,
 * docs/real-texts.md "The eighty-fifth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV85 } from '../__fixtures__/real-texts-dev85.js'

/**
 * The texts each family of the eighty-fifth development set has: a set
 * collected registry by registry, so the families its collector did not own
 * are empty (docs/real-texts.md).
 */
const DEV85_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 0,
  gar: 9,
  acr: 9,
  generic: 0,
  'docker-hub': 0,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev85',
  texts: REAL_TEXTS_DEV85,
  total: 22,
  families: DEV85_FAMILY_MINIMUMS,
  earlier: textsBefore('dev85'),
  notes: true
})

/**
 * Measured once, as merged, with the rules at 7784679 (the GHCR logout
 * reading of docs/registries.md §13vv (a) on 10cfbbb), none written on it:
 * 17/22 (77.3 %). Of its texts that the text alone decides, 11/14; of
 * those that need their thread, 6/8 (docs/real-texts.md "The eighty-fifth development set", Measured). After docs/registries.md
 * §13vv (b), (c): 20/22. The floor guards that figure.
 */
export const REAL_TEXTS_DEV85_FLOOR = 0.9

describeHeldOutMeasure({
  name: 'dev85',
  texts: REAL_TEXTS_DEV85,
  floor: REAL_TEXTS_DEV85_FLOOR,
  report: 'misses'
})

/**
 * The eighty-second development set (__fixtures__/real-texts-dev82.ts,
 * docs/real-texts.md "The eighty-second development set"): its hygiene, as
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
import { REAL_TEXTS_DEV82 } from '../__fixtures__/real-texts-dev82.js'

/**
 * The texts each family of the eighty-second development set has: a set
 * collected registry by registry, so the families its collector did not own
 * are empty (docs/real-texts.md).
 */
const DEV82_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 9,
  quay: 0,
  harbor: 0,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 9,
  'docker-hub': 0,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev82',
  texts: REAL_TEXTS_DEV82,
  total: 22,
  families: DEV82_FAMILY_MINIMUMS,
  earlier: textsBefore('dev82'),
  notes: true
})

/**
 * Measured once, as merged, with the rules at 7784679 (the GHCR logout
 * reading of docs/registries.md §13vv (a) on 10cfbbb), none written on it:
 * 10/22 (45.5 %). Of its texts that the text alone decides, 7/13; of
 * those that need their thread, 3/9 (docs/real-texts.md "The eighty-second development set", Measured). After docs/registries.md
 * §13vv (b), (c): 16/22. The floor guards that figure.
 */
export const REAL_TEXTS_DEV82_FLOOR = 0.72

describeHeldOutMeasure({
  name: 'dev82',
  texts: REAL_TEXTS_DEV82,
  floor: REAL_TEXTS_DEV82_FLOOR,
  report: 'misses'
})

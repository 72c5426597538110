/**
 * The eighty-first development set (__fixtures__/real-texts-dev81.ts,
 * docs/real-texts.md "The eighty-first development set"): its hygiene, as
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
import { REAL_TEXTS_DEV81 } from '../__fixtures__/real-texts-dev81.js'

/**
 * The texts each family of the eighty-first development set has: a set
 * collected registry by registry, so the families its collector did not own
 * are empty (docs/real-texts.md).
 */
const DEV81_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 15,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 0,
  'docker-hub': 0,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev81',
  texts: REAL_TEXTS_DEV81,
  total: 19,
  families: DEV81_FAMILY_MINIMUMS,
  earlier: textsBefore('dev81'),
  notes: true
})

/**
 * Measured once, as merged, with the rules at 7784679 (the GHCR logout
 * reading of docs/registries.md §13vv (a) on 10cfbbb), none written on it:
 * 17/19 (89.5 %). Of its texts that the text alone decides, 11/11; of
 * those that need their thread, 6/8 (docs/real-texts.md "The eighty-first development set", Measured). After docs/registries.md
 * §13vv (b), (c): 18/19. The floor guards that figure.
 */
export const REAL_TEXTS_DEV81_FLOOR = 0.94

describeHeldOutMeasure({
  name: 'dev81',
  texts: REAL_TEXTS_DEV81,
  floor: REAL_TEXTS_DEV81_FLOOR,
  report: 'misses'
})

/**
 * The sixtieth development set (__fixtures__/real-texts-dev60.ts,
 * docs/real-texts.md "The sixtieth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV60 } from '../__fixtures__/real-texts-dev60.js'

/**
 * The fewest texts each family of the sixtieth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: `gitlab`, `harbor`, `ecr`, `gar` and `acr` have none,
 * `quay` and `generic` 2 of the 3 asked).
 */
const DEV60_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 6,
  gitlab: 0,
  quay: 2,
  harbor: 0,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 2,
  'docker-hub': 10,
  'not-login': 14
}

describeCorpusHygiene({
  name: 'dev60',
  texts: REAL_TEXTS_DEV60,
  total: 34,
  families: DEV60_FAMILY_MINIMUMS,
  earlier: textsBefore('dev60'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood when the set was
 * collected (afb164b), none written on it: 30/34 (88.2 %). Of its texts
 * that the text alone decides, 20/20; of those that need their thread,
 * 10/14 (docs/real-texts.md "The sixtieth development set", Measured).
 * After docs/registries.md §13uu (b): QUAY011 docker-compose v1's "ERROR: for <service>": 32/34. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV60_FLOOR = 0.94

describeHeldOutMeasure({
  name: 'dev60',
  texts: REAL_TEXTS_DEV60,
  floor: REAL_TEXTS_DEV60_FLOOR,
  report: 'misses'
})

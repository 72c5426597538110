/**
 * The forty-ninth development set (__fixtures__/real-texts-dev49.ts,
 * docs/real-texts.md "The forty-ninth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV49 } from '../__fixtures__/real-texts-dev49.js'

/**
 * The fewest texts each family of the forty-ninth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's aim of two per family: `gitlab` has none).
 */
const DEV49_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 7,
  gitlab: 0,
  quay: 2,
  harbor: 6,
  ecr: 3,
  gar: 2,
  acr: 2,
  generic: 1,
  'docker-hub': 3,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev49',
  texts: REAL_TEXTS_DEV49,
  total: 30,
  families: DEV49_FAMILY_MINIMUMS,
  earlier: textsBefore('dev49'),
  notes: true
})

/**
 * Measured once, as merged, with the rules of the session's start
 * (5935033), none written on it: 25/30 (83.3 %). Of its texts that the
 * text alone decides, 14/19; of those that need their thread, 11/11
 * (docs/real-texts.md "The forty-ninth development set", Measured). After
 * docs/registries.md §13tt (a), (b): HBR003 takes Harbor 1.x's read-only wording; GHCR021; GAR054 and NET017 with the new cases `vpc-service-controls` and `ip-allow-list`: 29/30. The floor guards that figure.
 */
export const REAL_TEXTS_DEV49_FLOOR = 0.96

describeHeldOutMeasure({
  name: 'dev49',
  texts: REAL_TEXTS_DEV49,
  floor: REAL_TEXTS_DEV49_FLOOR,
  report: 'misses'
})

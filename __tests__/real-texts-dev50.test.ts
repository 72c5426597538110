/**
 * The fiftieth development set (__fixtures__/real-texts-dev50.ts,
 * docs/real-texts.md "The fiftieth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV50 } from '../__fixtures__/real-texts-dev50.js'

/**
 * The fewest texts each family of the fiftieth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: `gitlab` has none and `acr` 2 of the 3 asked).
 */
const DEV50_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 4,
  gitlab: 0,
  quay: 5,
  harbor: 3,
  ecr: 3,
  gar: 4,
  acr: 2,
  generic: 5,
  'docker-hub': 10,
  'not-login': 5
}

describeCorpusHygiene({
  name: 'dev50',
  texts: REAL_TEXTS_DEV50,
  total: 41,
  families: DEV50_FAMILY_MINIMUMS,
  earlier: textsBefore('dev50'),
  notes: true
})

/**
 * Measured once, as merged, with the rules of the session's start
 * (5935033), none written on it: 37/41 (90.2 %). Of its texts that the
 * text alone decides, 29/33; of those that need their thread, 8/8
 * (docs/real-texts.md "The fiftieth development set", Measured). After
 * docs/registries.md §13tt (b), (c): NET016, LOOK031, CLI088: 40/41. The floor guards that figure.
 */
export const REAL_TEXTS_DEV50_FLOOR = 0.97

describeHeldOutMeasure({
  name: 'dev50',
  texts: REAL_TEXTS_DEV50,
  floor: REAL_TEXTS_DEV50_FLOOR,
  report: 'misses'
})

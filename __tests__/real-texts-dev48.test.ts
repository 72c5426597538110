/**
 * The forty-eighth development set (__fixtures__/real-texts-dev48.ts,
 * docs/real-texts.md "The forty-eighth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV48 } from '../__fixtures__/real-texts-dev48.js'

/**
 * The fewest texts each family of the forty-eighth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's aim of 3 a family: `gitlab` and `acr` have none, `harbor`, `ecr` and
 * `gar` one, `generic` two).
 */
const DEV48_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 3,
  gitlab: 0,
  quay: 5,
  harbor: 1,
  ecr: 1,
  gar: 1,
  acr: 0,
  generic: 2,
  'docker-hub': 11,
  'not-login': 6
}

describeCorpusHygiene({
  name: 'dev48',
  texts: REAL_TEXTS_DEV48,
  total: 30,
  families: DEV48_FAMILY_MINIMUMS,
  earlier: textsBefore('dev48'),
  notes: true
})

/**
 * Measured once, as merged, with the rules of the session's start
 * (5935033), none written on it: 26/30 (86.7 %). Of its texts that the
 * text alone decides, 13/15; of those that need their thread, 13/15
 * (docs/real-texts.md "The forty-eighth development set", Measured). After
 * docs/registries.md §13tt (d): NET018, a token request that found no network: 27/30. The floor guards that figure.
 */
export const REAL_TEXTS_DEV48_FLOOR = 0.9

describeHeldOutMeasure({
  name: 'dev48',
  texts: REAL_TEXTS_DEV48,
  floor: REAL_TEXTS_DEV48_FLOOR,
  report: 'misses'
})

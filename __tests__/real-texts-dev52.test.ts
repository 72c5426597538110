/**
 * The fifty-second development set (__fixtures__/real-texts-dev52.ts,
 * docs/real-texts.md "The fifty-second development set"): its hygiene, as
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
import { REAL_TEXTS_DEV52 } from '../__fixtures__/real-texts-dev52.js'

/**
 * The fewest texts each family of the fifty-second development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's aim of 3: `gitlab` and `ecr` have 1, `acr` none).
 */
const DEV52_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 6,
  gitlab: 1,
  quay: 3,
  harbor: 3,
  ecr: 1,
  gar: 3,
  acr: 0,
  generic: 3,
  'docker-hub': 8,
  'not-login': 10
}

describeCorpusHygiene({
  name: 'dev52',
  texts: REAL_TEXTS_DEV52,
  total: 38,
  families: DEV52_FAMILY_MINIMUMS,
  earlier: textsBefore('dev52'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the first
 * six sets of the session (d1e61fb), none written on it: 31/38 (81.6 %).
 * Of its texts that the text alone decides, 19/22; of those that need
 * their thread, 12/16 (docs/real-texts.md "The fifty-second development
 * set", Measured). After
 * docs/registries.md §13tt (e): containers/image's manifest list (LOOK033), BuildKit's 5xx (NET015): 33/38. The floor guards that figure.
 */
export const REAL_TEXTS_DEV52_FLOOR = 0.86

describeHeldOutMeasure({
  name: 'dev52',
  texts: REAL_TEXTS_DEV52,
  floor: REAL_TEXTS_DEV52_FLOOR,
  report: 'misses'
})

/**
 * The fifty-seventh development set (__fixtures__/real-texts-dev57.ts,
 * docs/real-texts.md "The fifty-seventh development set"): its hygiene, as
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
import { REAL_TEXTS_DEV57 } from '../__fixtures__/real-texts-dev57.js'

/**
 * The fewest texts each family of the fifty-seventh development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: the set's direction, search engines and vector databases,
 * gave no `ghcr`, `gitlab`, `harbor`, `ecr`, `gar` or `acr` text that was not
 * an earlier source, and one `quay` text).
 */
const DEV57_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 0,
  quay: 1,
  harbor: 0,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 9,
  'docker-hub': 9,
  'not-login': 10
}

describeCorpusHygiene({
  name: 'dev57',
  texts: REAL_TEXTS_DEV57,
  total: 29,
  families: DEV57_FAMILY_MINIMUMS,
  earlier: textsBefore('dev57'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood when the set was
 * collected (afb164b), none written on it: 26/29 (89.7 %). Of its texts
 * that the text alone decides, 23/24; of those that need their thread,
 * 3/5 (docs/real-texts.md "The fifty-seventh development set", Measured).
 * After docs/registries.md §13uu (b): LOOK036 a shell's or a file utility's refusal of a file: 27/29. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV57_FLOOR = 0.93

describeHeldOutMeasure({
  name: 'dev57',
  texts: REAL_TEXTS_DEV57,
  floor: REAL_TEXTS_DEV57_FLOOR,
  report: 'misses'
})

/**
 * The thirty-third development set (__fixtures__/real-texts-dev33.ts,
 * docs/real-texts.md "The thirty-third development set"): its hygiene, as
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
import { REAL_TEXTS_DEV33 } from '../__fixtures__/real-texts-dev33.js'

/**
 * The fewest texts each family of the thirty-third development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: `gitlab` has 2 of the 3 asked).
 */
const DEV33_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 6,
  gitlab: 2,
  quay: 3,
  harbor: 4,
  ecr: 3,
  gar: 3,
  acr: 3,
  generic: 7,
  'docker-hub': 4,
  'not-login': 3
}

describeCorpusHygiene({
  name: 'dev33',
  texts: REAL_TEXTS_DEV33,
  total: 38,
  families: DEV33_FAMILY_MINIMUMS,
  earlier: textsBefore('dev33'),
  notes: true
})

/**
 * Measured once, as merged (64240c7), with every rule of the session that
 * wrote docs/registries.md §13rr (a)–(k), none written on it: 34/38 (89.5 %);
 * with the rules of that session's start (81efae8), the same. Of its texts
 * that the text alone decides, 18/21; of those that need their thread, 16/17
 * (docs/real-texts.md "The thirty-third development set", Measured). After
 * §13rr (l)–(q) (written on dev33 and dev34 together), 37/38. The floor
 * guards that figure.
 */
export const REAL_TEXTS_DEV33_FLOOR = 0.97

describeHeldOutMeasure({
  name: 'dev33',
  texts: REAL_TEXTS_DEV33,
  floor: REAL_TEXTS_DEV33_FLOOR,
  report: 'misses'
})

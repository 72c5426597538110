/**
 * The fifty-third development set (__fixtures__/real-texts-dev53.ts,
 * docs/real-texts.md "The fifty-third development set"): its hygiene, as
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
import { REAL_TEXTS_DEV53 } from '../__fixtures__/real-texts-dev53.js'

/**
 * The fewest texts each family of the fifty-third development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's three a family: `ghcr` has 1, `quay`, `harbor` and `gar` 2, and
 * `gitlab` and `acr` none).
 */
const DEV53_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 1,
  gitlab: 0,
  quay: 2,
  harbor: 2,
  ecr: 3,
  gar: 2,
  acr: 0,
  generic: 5,
  'docker-hub': 11,
  'not-login': 10
}

describeCorpusHygiene({
  name: 'dev53',
  texts: REAL_TEXTS_DEV53,
  total: 36,
  families: DEV53_FAMILY_MINIMUMS,
  earlier: textsBefore('dev53'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the first
 * six sets of the session (d1e61fb), none written on it: 34/36 (94.4 %).
 * Of its texts that the text alone decides, 22/22; of those that need
 * their thread, 12/14 (docs/real-texts.md "The fifty-third development
 * set", Measured). No rule was written on it; the floor guards that figure.
 */
export const REAL_TEXTS_DEV53_FLOOR = 0.94

describeHeldOutMeasure({
  name: 'dev53',
  texts: REAL_TEXTS_DEV53,
  floor: REAL_TEXTS_DEV53_FLOOR,
  report: 'misses'
})

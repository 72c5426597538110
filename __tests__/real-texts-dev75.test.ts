/**
 * The seventy-fifth development set (__fixtures__/real-texts-dev75.ts,
 * docs/real-texts.md "The seventy-fifth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV75 } from '../__fixtures__/real-texts-dev75.js'

/**
 * The fewest texts each family of the seventy-fifth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: the collecting session's search budget ran out, and
 * `gitlab`, `quay`, `harbor`, `ecr`, `gar` and `acr` have none).
 */
const DEV75_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 5,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 1,
  'docker-hub': 10,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev75',
  texts: REAL_TEXTS_DEV75,
  total: 20,
  families: DEV75_FAMILY_MINIMUMS,
  earlier: textsBefore('dev75'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the third
 * six sets of the session and attack round 39 (754f692), none written on
 * it: 18/20 (90.0 %). Of its texts that the text alone decides, 15/15; of
 * those that need their thread, 3/5 (docs/real-texts.md "The seventy-fifth
 * development set", Measured). No rule was written on it; the floor guards that figure.
 */
export const REAL_TEXTS_DEV75_FLOOR = 0.9

describeHeldOutMeasure({
  name: 'dev75',
  texts: REAL_TEXTS_DEV75,
  floor: REAL_TEXTS_DEV75_FLOOR,
  report: 'misses'
})

/**
 * The seventy-eighth development set (__fixtures__/real-texts-dev78.ts,
 * docs/real-texts.md "The seventy-eighth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV78 } from '../__fixtures__/real-texts-dev78.js'

/**
 * The fewest texts each family of the seventy-eighth development set has:
 * the counts reached (docs/real-texts.md says where they fall short of the
 * brief's three: the session's search budget ran out after thirteen
 * queries, and `gitlab`, `harbor`, `gar` and `acr` have none).
 */
const DEV78_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 1,
  gitlab: 0,
  quay: 3,
  harbor: 0,
  ecr: 1,
  gar: 0,
  acr: 0,
  generic: 1,
  'docker-hub': 8,
  'not-login': 5
}

describeCorpusHygiene({
  name: 'dev78',
  texts: REAL_TEXTS_DEV78,
  total: 19,
  families: DEV78_FAMILY_MINIMUMS,
  earlier: textsBefore('dev78'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the third
 * six sets of the session and attack round 39 (754f692), none written on
 * it: 18/19 (94.7 %). Of its texts that the text alone decides, 16/16; of
 * those that need their thread, 2/3 (docs/real-texts.md "The seventy-eighth
 * development set", Measured). No rule was written on it; the floor guards that figure.
 */
export const REAL_TEXTS_DEV78_FLOOR = 0.94

describeHeldOutMeasure({
  name: 'dev78',
  texts: REAL_TEXTS_DEV78,
  floor: REAL_TEXTS_DEV78_FLOOR,
  report: 'misses'
})

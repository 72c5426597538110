/**
 * The seventy-sixth development set (__fixtures__/real-texts-dev76.ts,
 * docs/real-texts.md "The seventy-sixth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV76 } from '../__fixtures__/real-texts-dev76.js'

/**
 * The fewest texts each family of the seventy-sixth development set has: the
 * counts reached (docs/real-texts.md says why they fall short of the brief's
 * floors: the search budget ran out after 12 answered look-ups, and eight
 * families have none).
 */
const DEV76_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 0,
  'docker-hub': 11,
  'not-login': 2
}

describeCorpusHygiene({
  name: 'dev76',
  texts: REAL_TEXTS_DEV76,
  total: 13,
  families: DEV76_FAMILY_MINIMUMS,
  earlier: textsBefore('dev76'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the third
 * six sets of the session and attack round 39 (754f692), none written on
 * it: 12/13 (92.3 %). Of its texts that the text alone decides, 7/7; of
 * those that need their thread, 5/6 (docs/real-texts.md "The seventy-sixth
 * development set", Measured). No rule was written on it; the floor guards that figure.
 */
export const REAL_TEXTS_DEV76_FLOOR = 0.92

describeHeldOutMeasure({
  name: 'dev76',
  texts: REAL_TEXTS_DEV76,
  floor: REAL_TEXTS_DEV76_FLOOR,
  report: 'misses'
})

/**
 * The late set of real texts (__fixtures__/real-texts-late.ts,
 * docs/real-texts.md "The late set"): its hygiene, checked against every
 * earlier set, and the one figure of the classifier on it, measured once
 * and guarded by a floor. Like the sealed and blind sets it stays blind:
 * the test prints the count only, never which texts missed or what they
 * were answered, so nobody tunes a rule to it.
 */
import {
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_LATE } from '../__fixtures__/real-texts-late.js'

/** The texts each family of the late set has (docs/real-texts.md). */
const LATE_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 17,
  gitlab: 9,
  quay: 7,
  harbor: 9,
  ecr: 17,
  gar: 9,
  acr: 9,
  generic: 10,
  'docker-hub': 12,
  'not-login': 13
}

describeCorpusHygiene({
  name: 'late',
  texts: REAL_TEXTS_LATE,
  total: 112,
  families: LATE_FAMILY_MINIMUMS,
  earlier: textsBefore('late'),
  notes: true
})

/**
 * Measured once on 2026-11-29, by number only, with the rules at 10cfbbb
 * (the end of the fifth session of 2026-11-29's work on issue 9) and again
 * with the GHCR logout reading of docs/registries.md §13vv (a): 92/112
 * (82.1 %) both times; of the texts the text alone decides 66/75, of those
 * that need their thread 26/37. With the rules written on the sixth
 * session's development sets (docs/registries.md §13vv (b), (c)), 93/112
 * (83.0 %); with the rules written on dev87–dev98 and after attack round 42
 * (§13vv (d)–(f)), 94/112 (83.9 %). The issue's target is 9 in 10; the
 * floor guards the figure.
 */
export const REAL_TEXTS_LATE_FLOOR = 0.83

describeHeldOutMeasure({
  name: 'late',
  texts: REAL_TEXTS_LATE,
  floor: REAL_TEXTS_LATE_FLOOR,
  report: 'count'
})

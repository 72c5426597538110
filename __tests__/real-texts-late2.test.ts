/**
 * The second late set of real texts (__fixtures__/real-texts-late2.ts,
 * docs/real-texts.md "The second late set"): its hygiene, checked against
 * every earlier set, and the one figure of the classifier on it, measured once
 * and guarded by a floor. Like the sealed, blind and late sets it stays blind:
 * the test prints the count only, never which texts missed or what they were
 * answered, so nobody tunes a rule to it.
 */
import {
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_LATE2 } from '../__fixtures__/real-texts-late2.js'

/** The texts each family of the second late set has (docs/real-texts.md). */
const LATE2_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 19,
  gitlab: 7,
  quay: 6,
  harbor: 8,
  ecr: 15,
  gar: 8,
  acr: 8,
  generic: 9,
  'docker-hub': 12,
  'not-login': 10
}

describeCorpusHygiene({
  name: 'late2',
  texts: REAL_TEXTS_LATE2,
  total: 102,
  families: LATE2_FAMILY_MINIMUMS,
  earlier: textsBefore('late2'),
  notes: true
})

/**
 * Measured once on 2026-11-29, by number only, with the rules at 81f4c29 (the
 * end of the seventh session's work on issue 9, after attack round 48):
 * 82/102 (80.4 %); of the texts the text alone decides 65/75, of those that
 * need their thread 17/27. The target is 9 in 10; the floor guards the
 * figure.
 */
export const REAL_TEXTS_LATE2_FLOOR = 0.8

describeHeldOutMeasure({
  name: 'late2',
  texts: REAL_TEXTS_LATE2,
  floor: REAL_TEXTS_LATE2_FLOOR,
  report: 'count'
})

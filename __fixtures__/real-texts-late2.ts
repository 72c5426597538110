/**
 * The second late set (docs/real-texts.md, "The second late set"): real
 * registry error texts collected on 2026-11-29 by six collectors at once, one
 * part per family or two, as a held-out measure of the rules as they stood at
 * the end of the seventh session's work on issue 9. Each collector read only
 * the taxonomy (src/diagnosis.ts, the case names of REMEDIATION_CASES, the
 * README's Diagnoses table), never a rule, a rule test or docs/registries.md,
 * and never ran the classifier on a text. Like the sealed, blind and late
 * sets it stays blind: its test prints the count only, never which texts
 * missed or what they were answered, and nobody writing rules reads it.
 */
import type { RealText } from './real-texts.js'
import { REAL_TEXTS_LATE2_A } from './real-texts-late2-a.js'
import { REAL_TEXTS_LATE2_B } from './real-texts-late2-b.js'
import { REAL_TEXTS_LATE2_C } from './real-texts-late2-c.js'
import { REAL_TEXTS_LATE2_D } from './real-texts-late2-d.js'
import { REAL_TEXTS_LATE2_E } from './real-texts-late2-e.js'
import { REAL_TEXTS_LATE2_F } from './real-texts-late2-f.js'

export const REAL_TEXTS_LATE2: readonly RealText[] = [
  ...REAL_TEXTS_LATE2_A,
  ...REAL_TEXTS_LATE2_B,
  ...REAL_TEXTS_LATE2_C,
  ...REAL_TEXTS_LATE2_D,
  ...REAL_TEXTS_LATE2_E,
  ...REAL_TEXTS_LATE2_F
]

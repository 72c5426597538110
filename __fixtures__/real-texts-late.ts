/**
 * The late set (docs/real-texts.md, "The late set"): 112 real registry error
 * texts collected on 2026-11-29 by six collectors at once, one part per
 * family or two, as a held-out measure of the rules as they stood then. Each
 * collector read only the taxonomy (src/diagnosis.ts, the case names of
 * REMEDIATION_CASES, the README's Diagnoses table), never a rule, a rule
 * test or docs/registries.md, and never ran the classifier on a text. Like
 * the sealed and blind sets it stays blind: its test prints the count only,
 * never which texts missed or what they were answered, and nobody writing
 * rules reads it.
 */
import type { RealText } from './real-texts.js'
import { REAL_TEXTS_LATE_A } from './real-texts-late-a.js'
import { REAL_TEXTS_LATE_B } from './real-texts-late-b.js'
import { REAL_TEXTS_LATE_C } from './real-texts-late-c.js'
import { REAL_TEXTS_LATE_D } from './real-texts-late-d.js'
import { REAL_TEXTS_LATE_E } from './real-texts-late-e.js'
import { REAL_TEXTS_LATE_F } from './real-texts-late-f.js'

export const REAL_TEXTS_LATE: readonly RealText[] = [
  ...REAL_TEXTS_LATE_A,
  ...REAL_TEXTS_LATE_B,
  ...REAL_TEXTS_LATE_C,
  ...REAL_TEXTS_LATE_D,
  ...REAL_TEXTS_LATE_E,
  ...REAL_TEXTS_LATE_F
]

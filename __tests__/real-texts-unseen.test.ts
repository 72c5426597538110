/**
 * The third held-out corpus (__fixtures__/real-texts-unseen.ts,
 * docs/real-texts.md "The unseen set"): its hygiene, as every held-out
 * corpus keeps it (__fixtures__/real-texts-hygiene.ts), and, since it was
 * measured once, the figure, printed on every run and guarded by a floor.
 */
import {
  BRIEF_FAMILY_MINIMUMS,
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import { REAL_TEXTS } from '../__fixtures__/real-texts.js'
import { REAL_TEXTS_FRESH } from '../__fixtures__/real-texts-fresh.js'
import { REAL_TEXTS_UNSEEN } from '../__fixtures__/real-texts-unseen.js'

describeCorpusHygiene({
  name: 'unseen',
  texts: REAL_TEXTS_UNSEEN,
  total: 80,
  families: BRIEF_FAMILY_MINIMUMS,
  earlier: [...REAL_TEXTS, ...REAL_TEXTS_FRESH],
  notes: true,
  // ACR's bare "unauthorized: authentication required, visit
  // https://aka.ms/acr/authorization …" (Azure/acr#506), a line of the first
  // set's acr-01 (dotnet/tye#1185): found by the stricter check shared with
  // the sealed set after the set was measured, so kept
  knownCopies: ['unseen-acr-01']
})

/**
 * The held-out measure. Measured once on 2026-11-27, after the rules of that
 * day were merged: 48/83 (57.8 %), the same as the rules before that day's
 * 28 rules and 103 wordings (docs/real-texts.md "The unseen set",
 * Measured); 64/83 (77.1 %) with the rules written on its misses (§13c: a
 * development set since). The target is 9 in 10; the floor guards
 * the figure.
 */
export const REAL_TEXTS_UNSEEN_FLOOR = 0.77

describeHeldOutMeasure({
  name: 'unseen',
  texts: REAL_TEXTS_UNSEEN,
  floor: REAL_TEXTS_UNSEEN_FLOOR,
  report: 'misses'
})

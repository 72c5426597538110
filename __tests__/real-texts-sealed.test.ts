/**
 * The fourth held-out corpus (__fixtures__/real-texts-sealed.ts,
 * docs/real-texts.md "The sealed set"): its hygiene, as every held-out
 * corpus keeps it (__fixtures__/real-texts-hygiene.ts), and the one figure
 * of the classifier on it, measured once, guarded by a floor. The set stays
 * sealed: the test prints the count only, never which texts missed or what
 * they were answered, so nobody tunes a rule to them.
 */
import {
  BRIEF_FAMILY_MINIMUMS,
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import { REAL_TEXTS } from '../__fixtures__/real-texts.js'
import { REAL_TEXTS_FRESH } from '../__fixtures__/real-texts-fresh.js'
import { REAL_TEXTS_UNSEEN } from '../__fixtures__/real-texts-unseen.js'
import { REAL_TEXTS_SEALED } from '../__fixtures__/real-texts-sealed.js'

describeCorpusHygiene({
  name: 'sealed',
  texts: REAL_TEXTS_SEALED,
  total: 80,
  families: BRIEF_FAMILY_MINIMUMS,
  earlier: [...REAL_TEXTS, ...REAL_TEXTS_FRESH, ...REAL_TEXTS_UNSEEN],
  notes: true
})

/**
 * Measured once on 2026-11-27 with every rule of that day merged: 50/82
 * (61.0 %); the rules at the start of that day: 48/82 (58.5 %); with the
 * last resort by words added after (docs/registries.md §13b (i)), 51/82;
 * with the rules for classes of wordings (§13c, §13d, written on other
 * sets), 53/82 (64.6 %); with §13f (a request that carried no login),
 * 54/82; with §13g (GHCR's answer to a pull without a login, decided on
 * the dev2 set's labels), 55/82 (67.1 %); with §13dd (a 401 that shows
 * no request is a request without a credential), 54/82 (65.9 %), while
 * the blind set went 55 → 56/61 and the fourteenth development set,
 * measured as merged, 40 → 42/57 with it (kept on that set's reading, as
 * decided before it was measured); with §13ff (wordings of the
 * fourteenth set), 55/82 again; with §13vv (b), (c) (rules written on
 * the sixth session's development sets, 2026-11-29), 56/82 (68.3 %). The
 * issue's target is 9 in 10; the floor guards the figure.
 */
export const REAL_TEXTS_SEALED_FLOOR = 0.68

describeHeldOutMeasure({
  name: 'sealed',
  texts: REAL_TEXTS_SEALED,
  floor: REAL_TEXTS_SEALED_FLOOR,
  report: 'count'
})

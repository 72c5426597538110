/**
 * The twenty-fifth development set (__fixtures__/real-texts-dev25.ts,
 * docs/real-texts.md "The twenty-fifth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV25 } from '../__fixtures__/real-texts-dev25.js'

/**
 * The fewest texts each family of the twenty-fifth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's 3: `quay` has 1 and `harbor` 2).
 */
const DEV25_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 4,
  gitlab: 4,
  quay: 1,
  harbor: 2,
  ecr: 6,
  gar: 4,
  acr: 3,
  generic: 4,
  'docker-hub': 8,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev25',
  texts: REAL_TEXTS_DEV25,
  total: 40,
  families: DEV25_FAMILY_MINIMUMS,
  earlier: textsBefore('dev25'),
  notes: true
})

/**
 * Measured once, as merged (e6bb8db), with every rule of the session that
 * wrote docs/registries.md §13qq (a), none written on it: 34/40 (85.0 %);
 * with the rules of that session's start (6ec66e6), 34/40 too. Of its texts
 * that the text alone decides, 24/29; of those that need their thread,
 * 10/11 (docs/real-texts.md "The twenty-fifth development set", Measured).
 * After §13qq (c), (d) — Knative's tag resolution refused (CLI076), the
 * daemon's "manifest for … not found", docker-py's socket refusal logged
 * alone — 39/40. The floor guards that figure.
 */
export const REAL_TEXTS_DEV25_FLOOR = 0.97

describeHeldOutMeasure({
  name: 'dev25',
  texts: REAL_TEXTS_DEV25,
  floor: REAL_TEXTS_DEV25_FLOOR,
  report: 'misses'
})

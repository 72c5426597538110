/**
 * The twenty-first development set (__fixtures__/real-texts-dev21.ts,
 * docs/real-texts.md "The twenty-first development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). Nobody ran `explain` on it while
 * it was collected; the measure of `explain` on it is left for the
 * maintainer to add.
 */
import {
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV21 } from '../__fixtures__/real-texts-dev21.js'

/**
 * The fewest texts each family of the twenty-first development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: `gitlab`, `quay`, `gar`, `acr` and `not-login` have fewer
 * than the 3 asked, and no `ghcr` text was sought).
 */
const DEV21_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 2,
  quay: 1,
  harbor: 3,
  ecr: 3,
  gar: 2,
  acr: 2,
  generic: 4,
  'docker-hub': 8,
  'not-login': 2
}

describeCorpusHygiene({
  name: 'dev21',
  texts: REAL_TEXTS_DEV21,
  total: 27,
  families: DEV21_FAMILY_MINIMUMS,
  earlier: textsBefore('dev21'),
  notes: true
})

/**
 * Measured once, as merged (254debd), with every rule of the session that
 * wrote docs/registries.md §13oo (a)–(g), none written on it: 21/27
 * (77.8 %); with the rules of that session's start (daebba9), 21/27 too.
 * Of its texts that the text alone decides, 11/12; of those that need
 * their thread, 10/15 (docs/real-texts.md "The twenty-first development
 * set", Measured). After §13oo (h), docker-py's refusals at the daemon's
 * socket: 22/27 (81.5 %). The floor guards that figure.
 */
export const REAL_TEXTS_DEV21_FLOOR = 0.81

describeHeldOutMeasure({
  name: 'dev21',
  texts: REAL_TEXTS_DEV21,
  floor: REAL_TEXTS_DEV21_FLOOR,
  report: 'misses'
})

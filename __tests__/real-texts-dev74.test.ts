/**
 * The seventy-fourth development set (__fixtures__/real-texts-dev74.ts,
 * docs/real-texts.md "The seventy-fourth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV74 } from '../__fixtures__/real-texts-dev74.js'

/**
 * The fewest texts each family of the seventy-fourth development set has:
 * the counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: only `docker-hub` and `not-login` reach the 3 asked; `ecr`
 * has 1, and `gitlab`, `quay`, `harbor`, `gar`, `acr` and `generic` none).
 */
const DEV74_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 3,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 1,
  gar: 0,
  acr: 0,
  generic: 0,
  'docker-hub': 6,
  'not-login': 5
}

describeCorpusHygiene({
  name: 'dev74',
  texts: REAL_TEXTS_DEV74,
  total: 15,
  families: DEV74_FAMILY_MINIMUMS,
  earlier: textsBefore('dev74'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the second
 * six sets of the session and attack round 38 (f0d2bfd), none written on
 * it: 13/15 (86.7 %). Of its texts that the text alone decides, 12/13; of
 * those that need their thread, 1/2 (docs/real-texts.md "The seventy-fourth
 * development set", Measured). After docs/registries.md §13uu (f): REG004 Spack's `401 … Failed to login`, which byRequest reads on a push as a push with no login (FB004): 14/15. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV74_FLOOR = 0.93

describeHeldOutMeasure({
  name: 'dev74',
  texts: REAL_TEXTS_DEV74,
  floor: REAL_TEXTS_DEV74_FLOOR,
  report: 'misses'
})

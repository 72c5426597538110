/**
 * The sixty-third development set (__fixtures__/real-texts-dev63.ts,
 * docs/real-texts.md "The sixty-third development set"): its hygiene, as
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
import { REAL_TEXTS_DEV63 } from '../__fixtures__/real-texts-dev63.js'

/**
 * The fewest texts each family of the sixty-third development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's 3 per family: `gar` has 2, and `gitlab`, `harbor`, `ecr`, `acr`
 * and `generic` none, in this set's direction of documentation toolchains).
 */
const DEV63_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 7,
  gitlab: 0,
  quay: 4,
  harbor: 0,
  ecr: 0,
  gar: 2,
  acr: 0,
  generic: 0,
  'docker-hub': 10,
  'not-login': 13
}

describeCorpusHygiene({
  name: 'dev63',
  texts: REAL_TEXTS_DEV63,
  total: 36,
  families: DEV63_FAMILY_MINIMUMS,
  earlier: textsBefore('dev63'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the first
 * six sets of the session (cd14746), none written on it: 28/36 (77.8 %).
 * Of its texts that the text alone decides, 15/21; of those that need
 * their thread, 13/15 (docs/real-texts.md "The sixty-third development
 * set", Measured). After docs/registries.md §13uu (c): LOOK003 pandoc's, Ruby's and .NET's refusals of a file, LOOK036 Go's `mkdir /…: permission denied`, GHCR020 docker run's bare `denied`: 33/36. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV63_FLOOR = 0.91

describeHeldOutMeasure({
  name: 'dev63',
  texts: REAL_TEXTS_DEV63,
  floor: REAL_TEXTS_DEV63_FLOOR,
  report: 'misses'
})

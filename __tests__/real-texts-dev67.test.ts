/**
 * The sixty-seventh development set (__fixtures__/real-texts-dev67.ts,
 * docs/real-texts.md "The sixty-seventh development set"): its hygiene, as
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
import { REAL_TEXTS_DEV67 } from '../__fixtures__/real-texts-dev67.js'

/**
 * The fewest texts each family of the sixty-seventh development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's 3 per family: `gitlab` has none, `quay`, `ecr` and `generic` 1,
 * `gar` and `acr` 2).
 */
const DEV67_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 3,
  gitlab: 0,
  quay: 1,
  harbor: 3,
  ecr: 1,
  gar: 2,
  acr: 2,
  generic: 1,
  'docker-hub': 6,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev67',
  texts: REAL_TEXTS_DEV67,
  total: 23,
  families: DEV67_FAMILY_MINIMUMS,
  earlier: textsBefore('dev67'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the first
 * six sets of the session (cd14746), none written on it: 18/23 (78.3 %).
 * Of its texts that the text alone decides, 8/9; of those that need
 * their thread, 10/14 (docs/real-texts.md "The sixty-seventh development
 * set", Measured). After docs/registries.md §13uu (c): NET020 a public mirror's allowlist, HUB022 Docker Hub's v1 index refusing to create a repository: 20/23. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV67_FLOOR = 0.86

describeHeldOutMeasure({
  name: 'dev67',
  texts: REAL_TEXTS_DEV67,
  floor: REAL_TEXTS_DEV67_FLOOR,
  report: 'misses'
})

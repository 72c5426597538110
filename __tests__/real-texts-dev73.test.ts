/**
 * The seventy-third development set (__fixtures__/real-texts-dev73.ts,
 * docs/real-texts.md "The seventy-third development set"): its hygiene, as
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
import { REAL_TEXTS_DEV73 } from '../__fixtures__/real-texts-dev73.js'

/**
 * The fewest texts each family of the seventy-third development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: its direction, the images of email, chat and federation
 * servers, gave no `quay`, `harbor`, `ecr`, `gar`, `acr` or `generic` text).
 */
const DEV73_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 3,
  gitlab: 6,
  quay: 0,
  harbor: 0,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 0,
  'docker-hub': 14,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev73',
  texts: REAL_TEXTS_DEV73,
  total: 27,
  families: DEV73_FAMILY_MINIMUMS,
  earlier: textsBefore('dev73'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the second
 * six sets of the session and attack round 38 (f0d2bfd), none written on
 * it: 25/27 (92.6 %). Of its texts that the text alone decides, 17/18; of
 * those that need their thread, 8/9 (docs/real-texts.md "The seventy-third
 * development set", Measured). After docs/registries.md §13uu (f): NET001 containerd's `failed open: failed to do request`: 26/27. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV73_FLOOR = 0.96

describeHeldOutMeasure({
  name: 'dev73',
  texts: REAL_TEXTS_DEV73,
  floor: REAL_TEXTS_DEV73_FLOOR,
  report: 'misses'
})

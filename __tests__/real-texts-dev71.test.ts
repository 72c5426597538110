/**
 * The seventy-first development set (__fixtures__/real-texts-dev71.ts,
 * docs/real-texts.md "The seventy-first development set"): its hygiene, as
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
import { REAL_TEXTS_DEV71 } from '../__fixtures__/real-texts-dev71.js'

/**
 * The fewest texts each family of the seventy-first development set has:
 * the counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: its direction, education platforms and online judges,
 * gave no `ghcr`, `gitlab`, `quay`, `harbor`, `gar` or `acr` text that was
 * not an earlier source).
 */
const DEV71_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 0,
  gitlab: 0,
  quay: 0,
  harbor: 0,
  ecr: 3,
  gar: 0,
  acr: 0,
  generic: 2,
  'docker-hub': 6,
  'not-login': 8
}

describeCorpusHygiene({
  name: 'dev71',
  texts: REAL_TEXTS_DEV71,
  total: 19,
  families: DEV71_FAMILY_MINIMUMS,
  earlier: textsBefore('dev71'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the second
 * six sets of the session and attack round 38 (f0d2bfd), none written on
 * it: 16/19 (84.2 %). Of its texts that the text alone decides, 13/16; of
 * those that need their thread, 3/3 (docs/real-texts.md "The seventy-first
 * development set", Measured). After docs/registries.md §13uu (f): NET001 Node's `read ECONNRESET` and Windows' forcibly closed connection, LOOK003 apt's `(13: Permission denied)`: 19/19. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV71_FLOOR = 1

describeHeldOutMeasure({
  name: 'dev71',
  texts: REAL_TEXTS_DEV71,
  floor: REAL_TEXTS_DEV71_FLOOR,
  report: 'misses'
})

/**
 * The sixty-ninth development set (__fixtures__/real-texts-dev69.ts,
 * docs/real-texts.md "The sixty-ninth development set"): its hygiene, as
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
import { REAL_TEXTS_DEV69 } from '../__fixtures__/real-texts-dev69.js'

/**
 * The fewest texts each family of the sixty-ninth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: the set's direction, the images of security tools, gave
 * one text each of GitLab, Quay and Harbor and none of Artifact Registry,
 * ECR or ACR).
 */
const DEV69_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 7,
  gitlab: 1,
  quay: 1,
  harbor: 1,
  ecr: 0,
  gar: 0,
  acr: 0,
  generic: 4,
  'docker-hub': 11,
  'not-login': 10
}

describeCorpusHygiene({
  name: 'dev69',
  texts: REAL_TEXTS_DEV69,
  total: 35,
  families: DEV69_FAMILY_MINIMUMS,
  earlier: textsBefore('dev69'),
  notes: true
})

/**
 * Measured once, as merged, with the rules as they stood after the second
 * six sets of the session and attack round 38 (f0d2bfd), none written on
 * it: 34/35 (97.1 %). Of its texts that the text alone decides, 22/23; of
 * those that need their thread, 12/12 (docs/real-texts.md "The sixty-ninth
 * development set", Measured). After docs/registries.md §13uu (f): REG029 a registry that blocks logins after failed ones: 35/35. The floor guards that
 * figure.
 */
export const REAL_TEXTS_DEV69_FLOOR = 1

describeHeldOutMeasure({
  name: 'dev69',
  texts: REAL_TEXTS_DEV69,
  floor: REAL_TEXTS_DEV69_FLOOR,
  report: 'misses'
})

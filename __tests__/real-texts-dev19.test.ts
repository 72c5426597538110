/**
 * The nineteenth development set (__fixtures__/real-texts-dev19.ts,
 * docs/real-texts.md "The nineteenth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them), and the figure of `explain` on
 * it, printed with each miss and guarded by a floor. Nobody ran `explain` on
 * it while it was collected.
 */
import {
  describeCorpusHygiene,
  describeHeldOutMeasure
} from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV19 } from '../__fixtures__/real-texts-dev19.js'

/**
 * The fewest texts each family of the nineteenth development set has: the
 * counts reached (docs/real-texts.md says where they fall short of the
 * brief's floors: `gar` has 2 of the 3 asked).
 */
const DEV19_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 6,
  gitlab: 4,
  quay: 3,
  harbor: 4,
  ecr: 5,
  gar: 2,
  acr: 3,
  generic: 3,
  'docker-hub': 7,
  'not-login': 5
}

describeCorpusHygiene({
  name: 'dev19',
  texts: REAL_TEXTS_DEV19,
  total: 42,
  families: DEV19_FAMILY_MINIMUMS,
  earlier: textsBefore('dev19'),
  notes: true
})

/**
 * Measured once, as merged (9513757), with every rule of the session that
 * wrote docs/registries.md §13mm and §13nn up to then, none written on it:
 * 30/42 (71.4 %); with the rules of that session's start (308825a) and of
 * the stop before (72f9c59), 30/42 too; of its texts that the text alone
 * decides, 17/21, of those that need their thread, 13/21 (docs/real-texts.md
 * "The nineteenth development set", Measured). Written on it since
 * (docs/registries.md §13nn (e)–(g)): a podman login's auth-file folder,
 * the runtime's own storage refusing a write, OAuth's `invalid_grant`,
 * 34/42 (81.0 %). The floor guards that figure.
 */
export const REAL_TEXTS_DEV19_FLOOR = 0.8

describeHeldOutMeasure({
  name: 'dev19',
  texts: REAL_TEXTS_DEV19,
  floor: REAL_TEXTS_DEV19_FLOOR,
  report: 'misses'
})

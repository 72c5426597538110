/**
 * The twenty-seventh development set (__fixtures__/real-texts-dev27.ts,
 * docs/real-texts.md "The twenty-seventh development set"): its hygiene, as
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
import { REAL_TEXTS_DEV27 } from '../__fixtures__/real-texts-dev27.js'

/**
 * The fewest texts each family of the twenty-seventh development set has:
 * the counts reached (docs/real-texts.md says where they fall short of the
 * brief's 3 per family: `gitlab` has 1, `acr` 2, and `quay` and `gar` none).
 */
const DEV27_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 4,
  gitlab: 1,
  quay: 0,
  harbor: 3,
  ecr: 3,
  gar: 0,
  acr: 2,
  generic: 12,
  'docker-hub': 5,
  'not-login': 4
}

describeCorpusHygiene({
  name: 'dev27',
  texts: REAL_TEXTS_DEV27,
  total: 34,
  families: DEV27_FAMILY_MINIMUMS,
  earlier: textsBefore('dev27'),
  notes: true
})

/**
 * Measured once, as merged (a43a056), with every rule of the session that wrote docs/registries.md §13qq (a)–(e), none written on it: 26/34 (76.5 %); with the rules of that session's start (6ec66e6), 26/34 too. Of its texts that the text
 * alone decides, 15/17; of those that need their thread, 11/17
 * (docs/real-texts.md "The twenty-seventh development set", Measured). After
 * §13qq (f): an untrusted certificate authority as rustls says it (NET014), ECR's upload of no parts (ECR010) — 28/34. The floor guards that figure.
 */
export const REAL_TEXTS_DEV27_FLOOR = 0.82

describeHeldOutMeasure({
  name: 'dev27',
  texts: REAL_TEXTS_DEV27,
  floor: REAL_TEXTS_DEV27_FLOOR,
  report: 'misses'
})

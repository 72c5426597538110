/**
 * The twelfth development set (__fixtures__/real-texts-dev12.ts,
 * docs/real-texts.md "The twelfth development set"): its hygiene only, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). It does not score the set: the set
 * is measured once, as committed, by whoever merges it.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import { REAL_TEXTS, type RealTextFamily } from '../__fixtures__/real-texts.js'
import { REAL_TEXTS_FRESH } from '../__fixtures__/real-texts-fresh.js'
import { REAL_TEXTS_UNSEEN } from '../__fixtures__/real-texts-unseen.js'
import { REAL_TEXTS_SEALED } from '../__fixtures__/real-texts-sealed.js'
import { REAL_TEXTS_BLIND } from '../__fixtures__/real-texts-blind.js'
import { REAL_TEXTS_DEV2 } from '../__fixtures__/real-texts-dev2.js'
import { REAL_TEXTS_DEV3 } from '../__fixtures__/real-texts-dev3.js'
import { REAL_TEXTS_DEV4 } from '../__fixtures__/real-texts-dev4.js'
import { REAL_TEXTS_DEV5 } from '../__fixtures__/real-texts-dev5.js'
import { REAL_TEXTS_DEV6 } from '../__fixtures__/real-texts-dev6.js'
import { REAL_TEXTS_DEV7 } from '../__fixtures__/real-texts-dev7.js'
import { REAL_TEXTS_DEV8 } from '../__fixtures__/real-texts-dev8.js'
import { REAL_TEXTS_DEV9 } from '../__fixtures__/real-texts-dev9.js'
import { REAL_TEXTS_DEV10 } from '../__fixtures__/real-texts-dev10.js'
import { REAL_TEXTS_DEV11 } from '../__fixtures__/real-texts-dev11.js'
import { REAL_TEXTS_DEV12 } from '../__fixtures__/real-texts-dev12.js'

/**
 * The fewest texts each family of the twelfth development set has: the
 * counts reached (GitLab, Quay and Harbor are below the brief's floor of
 * five; docs/real-texts.md says why).
 */
const DEV12_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 5,
  gitlab: 3,
  quay: 4,
  harbor: 4,
  ecr: 7,
  gar: 5,
  acr: 5,
  generic: 7,
  'docker-hub': 6,
  'not-login': 8
}

describeCorpusHygiene({
  name: 'dev12',
  texts: REAL_TEXTS_DEV12,
  total: 54,
  families: DEV12_FAMILY_MINIMUMS,
  earlier: [
    ...REAL_TEXTS,
    ...REAL_TEXTS_FRESH,
    ...REAL_TEXTS_UNSEEN,
    ...REAL_TEXTS_SEALED,
    ...REAL_TEXTS_BLIND,
    ...REAL_TEXTS_DEV2,
    ...REAL_TEXTS_DEV3,
    ...REAL_TEXTS_DEV4,
    ...REAL_TEXTS_DEV5,
    ...REAL_TEXTS_DEV6,
    ...REAL_TEXTS_DEV7,
    ...REAL_TEXTS_DEV8,
    ...REAL_TEXTS_DEV9,
    ...REAL_TEXTS_DEV10,
    ...REAL_TEXTS_DEV11
  ],
  notes: true
})

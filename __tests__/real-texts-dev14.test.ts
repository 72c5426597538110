/**
 * The fourteenth development set (__fixtures__/real-texts-dev14.ts,
 * docs/real-texts.md "The fourteenth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). It is not scored here: the set is
 * to be measured once, as committed, before any rule is written on it.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV14 } from '../__fixtures__/real-texts-dev14.js'

/**
 * The fewest texts each family of the fourteenth development set has: the
 * counts reached (GitLab, Quay and ACR are below the brief's floors;
 * docs/real-texts.md says why).
 */
const DEV14_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 8,
  gitlab: 1,
  quay: 3,
  harbor: 4,
  ecr: 5,
  gar: 4,
  acr: 3,
  generic: 9,
  'docker-hub': 10,
  'not-login': 10
}

describeCorpusHygiene({
  name: 'dev14',
  texts: REAL_TEXTS_DEV14,
  total: 57,
  families: DEV14_FAMILY_MINIMUMS,
  earlier: textsBefore('dev14'),
  notes: true
})

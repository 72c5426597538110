/**
 * The thirteenth development set (__fixtures__/real-texts-dev13.ts,
 * docs/real-texts.md "The thirteenth development set"): its hygiene, as
 * every corpus of real texts keeps it (__fixtures__/real-texts-hygiene.ts),
 * checked against every earlier set, the sealed and blind ones included (the
 * helper compares without printing them). The set is not scored here: it is
 * measured once, as committed, before any rule is written on it.
 */
import { describeCorpusHygiene } from '../__fixtures__/real-texts-hygiene.js'
import type { RealTextFamily } from '../__fixtures__/real-texts.js'
import { textsBefore } from '../__fixtures__/real-texts-sets.js'
import { REAL_TEXTS_DEV13 } from '../__fixtures__/real-texts-dev13.js'

/**
 * The fewest texts each family of the thirteenth development set has: the
 * counts reached (GitLab has none and ECR, Artifact Registry, Quay and
 * Docker Hub are below the brief's floors; docs/real-texts.md says why).
 */
const DEV13_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 7,
  gitlab: 0,
  quay: 2,
  harbor: 5,
  ecr: 3,
  gar: 2,
  acr: 4,
  generic: 5,
  'docker-hub': 4,
  'not-login': 6
}

describeCorpusHygiene({
  name: 'dev13',
  texts: REAL_TEXTS_DEV13,
  total: 38,
  families: DEV13_FAMILY_MINIMUMS,
  earlier: textsBefore('dev13'),
  notes: true
})

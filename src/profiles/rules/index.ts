/**
 * Every rule table: each registry family's own wordings, the docker CLI's
 * and the generic ones, and the last-resort layer; and the refinements of
 * a refusal (refinements.ts). One chunk of the
 * bundles, loaded (src/profiles/index.ts `loadRules`) only when a text must
 * be read — a refusal, a failed `docker login`, `explain` — so that a
 * login that succeeds reads none of them, however many wordings there are.
 */
import type { ProfileId, TextRule } from '../types.js'
import { RULES as ACR } from './acr.js'
import { RULES as DOCKER_HUB } from './docker-hub.js'
import { RULES as ECR } from './ecr.js'
import { RULES as GAR } from './gar.js'
import { RULES as GENERIC } from './generic.js'
import { RULES as GHCR } from './ghcr.js'
import { RULES as GITLAB } from './gitlab.js'
import { RULES as HARBOR } from './harbor.js'
import { RULES as QUAY } from './quay.js'

export { CLIENT_RULES, GENERIC_RULES, PUSHED_TO_HUB } from './common.js'
export { AWS_API_RULES } from './ecr.js'
export { FALLBACK_RULES } from './fallback.js'
export {
  COMMON_REFINEMENTS,
  provideRefinementTools,
  REFINEMENTS
} from './refinements.js'

/** Each family's own wordings, most specific first. */
export const OWN_RULES: Readonly<Record<ProfileId, readonly TextRule[]>> = {
  'docker-hub': DOCKER_HUB,
  ghcr: GHCR,
  gitlab: GITLAB,
  quay: QUAY,
  harbor: HARBOR,
  ecr: ECR,
  gar: GAR,
  acr: ACR,
  generic: GENERIC
}

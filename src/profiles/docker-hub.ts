/**
 * Docker Hub (docs/docker-hub.md): its hosts, token shapes, wordings, the
 * login API that tells 2FA from SSO, its pull rate-limit preview, and its
 * fixes.
 */
import { GUID_SHAPE } from '../protocol.js'
import type { Profile } from './types.js'

/** Prefix of a Docker Hub personal access token (docs/docker-hub.md §3). */
const PAT_PREFIX = 'dckr_pat_'
/** Prefix of a Docker Hub organization access token. (A legacy token: a GUID, GUID_SHAPE.) */
const OAT_PREFIX = 'dckr_oat_'

/** The names Docker Hub is known by in `registry:` inputs. */
export const DOCKER_HUB_HOSTS = [
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
  'hub.docker.com'
]

/** Docker Hub. */
export const DOCKER_HUB: Profile = {
  id: 'docker-hub',
  name: 'Docker Hub',
  recognise: { hosts: DOCKER_HUB_HOSTS },
  credentials: [
    {
      kind: 'personal-access-token',
      test: (value) => value.startsWith(PAT_PREFIX),
      isToken: true
    },
    {
      kind: 'organization-access-token',
      test: (value) => value.startsWith(OAT_PREFIX),
      isToken: true
    },
    {
      kind: 'legacy-access-token',
      test: (value) => value.length === 36 && GUID_SHAPE.test(value),
      isToken: true,
      // any registry's secret may be a UUID (attack round 12)
      ownRegistryOnly: true
    }
  ],
  texts: () => import('./texts/docker-hub.js').then((m) => m.REMEDIATION),
  // docs/registries.md §11: nothing public on an upload's side effects on
  // Docker Hub (a repository created?); its JWTs tell push rights
  pushProbe: false,
  rateLimitPreview: {
    scope: 'repository:ratelimitpreview/test:pull',
    repository: 'ratelimitpreview/test'
  },
  // docs/docker-hub.md §1 step 1
  challenge: () => ({
    realm: 'https://auth.docker.io/token',
    service: 'registry.docker.io'
  })
}

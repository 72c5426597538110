/**
 * Docker Hub (docs/docker-hub.md): its hosts, token shapes, wordings, the
 * login API that tells 2FA from SSO, its pull rate-limit preview, and its
 * fixes.
 */
import { describeNoAnswer, quote, where } from '../describe.js'
import { GUID_SHAPE, hasTwoFactorToken, jsonField } from '../protocol.js'
import type { Evidence } from '../evidence.js'
import type { Profile, Refined } from './types.js'

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
  refinements: [
    {
      id: 'HUB101',
      from: 'invalid-credentials',
      refine: (evidence) =>
        evidence.registry.profile === 'docker-hub' &&
        evidence.input.findings.some((f) => f.problem === 'username-email')
          ? {
              diagnosis: 'email-as-username',
              lines: [
                'the username is an email address; Docker Hub wants the Docker ID'
              ],
              changed: true
            }
          : undefined,
      source: 'docs/docker-hub.md §3'
    },
    {
      id: 'HUB102',
      from: 'invalid-credentials',
      refine: (evidence) =>
        evidence.input.credentialKind === 'organization-access-token'
          ? {
              diagnosis: 'organization-token-username',
              lines: [
                'the password is an organization access token (dckr_oat_…): its username must be the organization name'
              ],
              changed: true
            }
          : undefined,
      source: 'docs/docker-hub.md §3 (docker/login-action#818)'
    },
    {
      id: 'HUB103',
      from: 'pat-required',
      refine: refinePatRequired,
      source: 'docs/docker-hub.md §2 (docker/hub-tool internal/hub/client.go)'
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

/**
 * 2FA or SSO: the Hub login API's `login_2fa_token` tells them apart
 * (docs/docker-hub.md §2). Without its answer, `pat-required` stands.
 */
function refinePatRequired(evidence: Evidence): Refined {
  const hub = evidence.exchanges.filter((e) => e.step === 'hub-login').pop()
  if (!hub) {
    return {
      diagnosis: 'pat-required',
      lines: ['the Docker Hub login API was not asked: 2FA or SSO, unknown'],
      changed: false
    }
  }
  const detail = jsonField(hub.body, 'detail')
  const said = detail ? `: ${quote(detail)}` : ''
  if (hub.status === 401 && hasTwoFactorToken(hub.body)) {
    return {
      diagnosis: 'password-with-2fa',
      lines: [
        `${where(hub)} answered 401 with a login_2fa_token: the password is right and two-factor authentication is on`
      ],
      changed: true
    }
  }
  if (hub.status === 401 || hub.status === 200) {
    return {
      diagnosis: 'password-with-sso',
      lines: [
        `${where(hub)} answered ${hub.status}${said} without a login_2fa_token: SSO enforcement is the likely cause`
      ],
      changed: true
    }
  }
  return {
    diagnosis: 'pat-required',
    lines: [
      hub.status === undefined
        ? describeNoAnswer(hub)
        : `${where(hub)} answered ${hub.status}${said}: 2FA or SSO, unknown`
    ],
    changed: false
  }
}

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
      isToken: true
    }
  ],
  rules: [
    // A pull, not a login: the URL names a manifest. Before the wordings it
    // holds (HUB003, HUB006, HUB010). docs/registries.md §10
    {
      id: 'HUB014',
      diagnosis: 'stale-login',
      match: [
        ['/manifests/', 'incorrect username or password'],
        ['/manifests/', 'please use personal access token to login']
      ],
      source:
        'docker pull of a public image with an outdated stored login, fixed by docker logout (firstbatchxyz/dkn-compute-launcher#1, dotnet/dotnet-docker#722, kunickiaj/kudu-docker#7, nodejs/docker-node#553; after 2FA was turned on: docker/hub-feedback#1981)'
    },
    {
      id: 'HUB001',
      diagnosis: 'login-locked-out',
      match: ['too many failed login attempts'],
      source: 'Docker Hub 429, docker/hub-feedback#786, #2217'
    },
    {
      id: 'HUB002',
      diagnosis: 'rate-limited',
      match: ['you have reached your pull rate limit'],
      source: 'Docker Hub 429, docker/docs usage/pulls.md'
    },
    {
      // the wording of the pull limit for pulls without a login (2025)
      id: 'HUB015',
      diagnosis: 'rate-limited',
      match: ['you have reached your unauthenticated pull rate limit'],
      source:
        'Docker Hub 429 for a pull without a login (docs.docker.com/docker-hub/usage/pulls: unauthenticated users are limited per IP address): "toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit" (docker/hub-feedback#2464, docker/hub-feedback#2505, antimony-team/antimony#1)'
    },
    // Must come before the PAT wordings: it contains one of them.
    {
      id: 'HUB003',
      diagnosis: 'password-with-sso',
      match: ['when sso is enforced'],
      source: 'Docker Hub 401 before 2024-09, docker/hub-feedback#2181'
    },
    {
      id: 'HUB004',
      diagnosis: 'password-with-2fa',
      match: [
        'require secondary authentication on mfa enabled account',
        // as a client's user quoted it (docker-archive-public/docker.kitematic#5537)
        'require secondary authentication on mfa enable account'
      ],
      source:
        'Docker Hub API /v2/users/login, docker/hub-tool client.go; microsoft/vscode-docker#1591; docker-archive-public/docker.kitematic#5537'
    },
    {
      id: 'HUB012',
      diagnosis: 'password-with-2fa',
      match: ['two-factor authentication is required'],
      source:
        'the error text Docker Hub 2FA troubleshooting guides are titled by (deverrors.com/errors/docker-login-failed-2fa); not seen in a registry answer (docs/docker-hub.md §6)'
    },
    {
      id: 'HUB013',
      diagnosis: 'password-with-2fa',
      match: ['2fa required, please provide the 6 digit code'],
      source:
        'docker/hub-tool internal/login/login.go: a password login to a 2FA account asks for the code (docker/hub-tool#162)'
    },
    {
      id: 'HUB005',
      diagnosis: 'pat-required',
      match: ['must log in with a personal access token'],
      source: 'Docker Hub 401 since 2024, Ladicle/kubectl-rolesum#49',
      next: 'hub-login'
    },
    {
      id: 'HUB006',
      diagnosis: 'pat-required',
      match: ['please use personal access token to login'],
      source: 'Docker Hub 401 2020-2023, docker/hub-feedback#1981',
      next: 'hub-login'
    },
    {
      id: 'HUB007',
      diagnosis: 'token-expired',
      match: ['personal access token is expired'],
      source: 'Docker Hub 401, sailor-sh/CK-X#60'
    },
    {
      id: 'HUB008',
      diagnosis: 'token-expired',
      match: ['org access token is expired'],
      source: 'Docker Hub 401, linuxarena/control-tower#1007'
    },
    {
      id: 'HUB009',
      diagnosis: 'insufficient-scope',
      match: ['insufficient scopes'],
      source: 'Docker Hub 401 for push scope, docker/cli#4511, moby/moby#45726'
    },
    {
      id: 'HUB010',
      diagnosis: 'invalid-credentials',
      match: ['incorrect username or password'],
      source: 'Docker Hub 401, go-containerregistry transport/error_test.go'
    },
    {
      id: 'HUB011',
      diagnosis: 'invalid-credentials',
      match: ['incorrect authentication credentials'],
      source: 'Docker Hub API /v2/users/login, docker/hub-tool'
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

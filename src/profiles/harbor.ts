/**
 * Harbor (docs/registries.md §4): self-managed, recognised by its token
 * service (`/service/token`, service `harbor-registry`); robot accounts
 * named `robot$<name>` or `robot$<project>+<name>` that expire, users with
 * passwords or (OIDC) CLI secrets. Every refused login reads the same
 * (`unauthorized: authentication required`), and the token service gives a
 * refused credential a token for nobody once scopes are asked: the login's
 * token is asked without push scopes, and push read from the JWTs after.
 */
import { REFINING_PROBLEMS } from './common.js'
import type { Evidence } from '../evidence.js'
import type { Profile } from './types.js'

/** Harbor. */
export const HARBOR: Profile = {
  id: 'harbor',
  name: 'Harbor',
  recognise: {
    hosts: [],
    // docs/registries.md §4 (a), (d): Bearer realm="<host>/service/token",service="harbor-registry"
    challenge: (challenge) =>
      challenge.params.service === 'harbor-registry' ||
      /\/service\/token\/?$/.test(challenge.params.realm ?? '')
  },
  // docs/registries.md §4 (d): a wrong credential gets a token for nobody
  // when scopes are asked (src/core/service/token/creator.go)
  pushScopesAtLogin: false,
  // docs/registries.md §4 (b): `robot$` is the default prefix
  credentials: [
    {
      kind: 'harbor-robot',
      test: (_value, username) => username.startsWith('robot$'),
      isToken: false
    }
  ],
  rules: [
    {
      id: 'HBR001',
      diagnosis: 'insufficient-scope',
      match: ['unauthorized to access repository'],
      source:
        'Harbor 401 on a push or pull the account may not make (docs/registries.md §4 (c), (d): goharbor/harbor#21373, #13988, #13973; src/server/middleware/v2auth/auth.go)'
    },
    {
      id: 'HBR002',
      diagnosis: 'not-a-login-failure',
      match: ['will exceed the configured upper limit'],
      source:
        'Harbor project quota on a push: "denied: adding 29.0 MiB of storage resource, which when updated to current usage of 152.4 MiB will exceed the configured upper limit of 10.0 MiB." (goharbor/harbor#17390; src/pkg/quota)'
    },
    {
      // w-selfhosted: an administrator set Harbor read-only
      id: 'HBR003',
      diagnosis: 'not-a-login-failure',
      match: ['the system is in read only mode'],
      source:
        'Harbor in read-only mode refusing a push: "denied: The system is in read only mode. Any modification is prohibited." (goharbor.io docs "Configure System Settings", Repository Read Only; goharbor/harbor#4650); registry client: "the system is in read only mode, cancel the request" (goharbor/harbor src/pkg/registry/interceptor/readonly)'
    },
    {
      // w-selfhosted: a project policy blocks the pull, not the credential
      id: 'HBR004',
      diagnosis: 'not-a-login-failure',
      match: ['cannot be pulled due to configured policy'],
      source:
        'Harbor "Prevent vulnerable images from running": "unknown: current image with 4 vulnerabilities cannot be pulled due to configured policy in \'Prevent images with vulnerability severity of "Critical" or higher from running.\'" (goharbor/harbor#19983, #10092; src/server/middleware/vulnerable)'
    },
    {
      // w-selfhosted: Harbor's NOT_FOUND for a repository (often a proxy
      // cache project pulled without its upstream namespace, library/);
      // the leading ": " leaves GAR's "name unknown: Repository … not
      // found" to REG005
      id: 'HBR005',
      diagnosis: 'repository-not-found',
      match: [[': unknown: repository', 'not found']],
      source:
        'Harbor pull of a repository it does not have (a proxy cache project, without library/ for Docker Hub\'s official images, or an upstream it could not reach): "Error response from daemon: unknown: repository cache/memcached not found" (goharbor/harbor#13446, #18292, #23190; goharbor/website#194)'
    },
    {
      // w-selfhosted: the repository is there, the tag or digest is not
      id: 'HBR006',
      diagnosis: 'not-a-login-failure',
      case: 'manifest-unknown',
      match: [['unknown: artifact', 'not found']],
      source:
        'Harbor pull of a tag or digest it does not have (proxy cache projects included): "Error response from daemon: unknown: artifact mirror/portainer/portainer-ce:lts not found" (goharbor/harbor#23025, #19067)'
    }
  ],
  refinements: [
    {
      // `robot$name` or `robot$project+name` after a shell expanded `$…`
      id: 'HBR101',
      from: 'invalid-credentials',
      refine: (evidence: Evidence) => {
        const refined = evidence.input.findings.some((f) =>
          REFINING_PROBLEMS.includes(f.problem)
        )
        if (refined || !shellMangledRobot(evidence.username)) return undefined
        return {
          diagnosis: 'invalid-credentials',
          lines: [
            "the username looks like a robot account name (robot$…) whose $… part a shell expanded to nothing: quote it as 'robot$…'"
          ],
          changed: false
        }
      },
      source:
        'docs/registries.md §4 (b), (c): goharbor/harbor#7944 (account=robot in the token request), #13858, #9553; kubesphere/kubekey#1759'
    }
  ],
  texts: () => import('./texts/harbor.js').then((m) => m.REMEDIATION)
}

/**
 * A username that is what a shell leaves of `robot$name` (`robot`) or
 * `robot$project+name` (`robot+name`).
 */
function shellMangledRobot(username: string): boolean {
  const name = username.trim()
  return name === 'robot' || /^robot\+[^$]+$/.test(name)
}

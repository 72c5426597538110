/**
 * GitHub Container Registry as its users saw it answer
 * (docs/registries.md §1): a Bearer challenge with realm `/token` and
 * service `ghcr.io`, opaque tokens issued whatever they ask, and push
 * refused when an upload starts, with wordings that tell GITHUB_TOKEN's
 * permissions from a package's Manage Actions access and a classic token's
 * scopes, or an owner the account may not create packages under. An upload
 * cannot be cancelled (405); GHCR expires it.
 */
import type { Answer, RegistryAccount, RegistrySpec } from './engine.js'

/** `{"errors":[{code, message}]}`, as distribution and GHCR write them. */
export function errors(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message }] })
}

/** GHCR's refusals, by what they mean. */
export const GHCR_ANSWERS = {
  unauthorized: {
    status: 401,
    body: errors('UNAUTHORIZED', 'authentication required'),
    source:
      'docs/registries.md §0 (distribution UNAUTHORIZED); the challenge §1 (a)'
  },
  // `Get "https://ghcr.io/v2/": denied: denied` at login: the token
  // service's refusal of a wrong, expired or revoked token
  badCredentials: {
    status: 403,
    body: errors('DENIED', 'denied'),
    source:
      'docs/registries.md §1 (c): mithro/actions-includes#52, buildthehomelab/storage-planner#30; §14 (e): docker/login-action#26, letsrevel/revel-backend#709'
  },
  // a Bearer token the registry cannot use, sent to the registry itself
  // (not to /token): a client's own token, an anonymous one on a push
  unusableToken: {
    status: 401,
    body: errors(
      'UNAUTHORIZED',
      'unauthenticated: User cannot be authenticated with the token provided.'
    ),
    source:
      'docs/registries.md §14 (e): getwud/wud#219 (401 and this body, to a registry request with a Bearer token of its own); apache/arrow-nanoarrow#225 (a push with no login)'
  },
  // GITHUB_TOKEN without packages: write (or an App token)
  installationDenied: {
    status: 403,
    body: errors(
      'DENIED',
      'installation not allowed to Write organization package'
    ),
    source:
      'docs/registries.md §1 (c): bachp/git-mirror#516, macbre/push-to-ghcr#31, actions/runner#1039'
  },
  // the package does not list this repository under Manage Actions access
  packageAccess: {
    status: 403,
    body: errors('DENIED', 'permission_denied: write_package'),
    source:
      'docs/registries.md §1 (c): ynotbhatc/rego_policy_libraries#89, tridz-dev/huf#349'
  },
  // a classic token without write:packages
  scopes: {
    status: 403,
    body: errors(
      'DENIED',
      'permission_denied: The token provided does not match expected scopes.'
    ),
    source: 'docs/registries.md §1 (c): daltoniam/switchboard#139'
  },
  // the first push would create an organization package, and the token
  // (GITHUB_TOKEN without packages: write, or an App token) may not
  createDenied: {
    status: 403,
    body: errors(
      'DENIED',
      'permission_denied: installation not allowed to Create organization package'
    ),
    source:
      'docs/registries.md §1 (c), (f): product-os/flowzone#516 (POST …/blobs/uploads/), freeipa/ipa-tuura#38'
  },
  // a valid token whose account may not publish under the image's owner
  // (the status is inferred: GHCR refuses a push with 403)
  namespaceDenied: {
    status: 403,
    body: errors('DENIED', 'permission_denied: create_package'),
    source: 'docs/registries.md §1 (f): h4rkon/jbossqueues README.md'
  },
  // GHCR's request rate limit, met at the upload's start
  tooManyUploads: {
    status: 429,
    body: errors(
      'TOOMANYREQUESTS',
      'retry-after: 10.305464ms, allowed: 2000/minute'
    ),
    source:
      'docs/registries.md §1 (c): chainguard-images/images#173 (POST …/blobs/uploads/)'
  },
  // "upload cancellation returns 405 Unsupported"
  cancel: {
    status: 405,
    body: errors('UNSUPPORTED', 'The operation is unsupported.'),
    source: 'docs/registries.md §11: radius-project/radius#12623'
  }
} satisfies Record<string, Answer>

/** GitHub's token prefixes (docs/registries.md §1 (b)), fake test data. */
const token = (prefix: string, mark: string): string =>
  `${prefix}${mark}${'x7Kq2'.repeat(8)}`.slice(0, prefix.length + 36)

/** The accounts (fake test data): who may push where, and how GHCR says no. */
export const GHCR_ACCOUNTS = {
  /** GITHUB_TOKEN with `permissions: packages: write` */
  actionsWrite: {
    username: 'octocat',
    secret: token('ghs_', 'W'),
    grants: { 'octocat/*': ['pull', 'push'] }
  },
  /** GITHUB_TOKEN without packages: write (read-only default) */
  actionsRead: {
    username: 'octocat',
    secret: token('ghs_', 'R'),
    grants: { 'octocat/*': ['pull'] },
    uploadDenied: GHCR_ANSWERS.installationDenied
  },
  /** GITHUB_TOKEN of a repository the package does not grant access */
  actionsNoPackageAccess: {
    username: 'octocat',
    secret: token('ghs_', 'P'),
    grants: { 'octocat/*': ['pull'] },
    uploadDenied: GHCR_ANSWERS.packageAccess
  },
  /** a classic token with write:packages */
  classicWrite: {
    username: 'octocat',
    secret: token('ghp_', 'W'),
    grants: { 'octocat/*': ['pull', 'push'] }
  },
  /** a classic token with read:packages only */
  classicRead: {
    username: 'octocat',
    secret: token('ghp_', 'R'),
    grants: { 'octocat/*': ['pull'] },
    uploadDenied: GHCR_ANSWERS.scopes
  },
  /**
   * a revoked classic token: the token service refuses it as any token it
   * does not accept (docs/registries.md §14 (e))
   */
  classicRevoked: {
    username: 'octocat',
    secret: token('ghp_', 'X'),
    grants: {},
    refusal: GHCR_ANSWERS.badCredentials
  },
  /** an expired classic token: GHCR answers as for a wrong one (GaloisInc/cryptol#1959) */
  classicExpired: {
    username: 'octocat',
    secret: token('ghp_', 'E'),
    grants: {},
    refusal: GHCR_ANSWERS.badCredentials
  },
  /** a classic token with write:packages, pushing under another owner */
  classicOtherOwner: {
    username: 'octocat',
    secret: token('ghp_', 'N'),
    grants: { 'octocat/*': ['pull', 'push'] },
    uploadDenied: GHCR_ANSWERS.namespaceDenied
  },
  /** a classic token that may push, met by the upload rate limit */
  classicRateLimited: {
    username: 'octocat',
    secret: token('ghp_', 'L'),
    grants: {},
    uploadDenied: GHCR_ANSWERS.tooManyUploads
  },
  /** a GitHub App installation token: logs in, may not create the package */
  appToken: {
    username: 'x-access-token',
    secret: token('ghs_', 'A'),
    grants: { 'octo-org/*': ['pull'] },
    uploadDenied: GHCR_ANSWERS.createDenied
  },
  /** the account password: GHCR refuses it like a wrong token [I] */
  accountPassword: {
    username: 'octocat',
    secret: 'correct-Horse-battery-staple-42',
    grants: {},
    refusal: GHCR_ANSWERS.badCredentials
  }
} satisfies Record<string, RegistryAccount>

/** GHCR's registry. */
export const GHCR_SPEC: RegistrySpec = {
  family: 'ghcr',
  auth: 'bearer',
  realmPath: '/token',
  service: () => 'ghcr.io',
  // `{"token"}` alone: GHCR "does not reply with the expiration of the
  // token" (docs/registries.md §14 (c))
  tokens: { format: 'opaque', fields: ['token'] },
  // the upload's 202 and a path GHCR has no route for are not sourced:
  // distribution's (docs/registries.md §14 (a), (b)) [I]
  answers: {
    unauthorized: GHCR_ANSWERS.unauthorized,
    unusableToken: GHCR_ANSWERS.unusableToken,
    badCredentials: GHCR_ANSWERS.badCredentials,
    uploadDenied: GHCR_ANSWERS.installationDenied,
    cancel: GHCR_ANSWERS.cancel
  },
  accounts: Object.values(GHCR_ACCOUNTS)
}

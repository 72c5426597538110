/**
 * The Docker IDs, credentials and repositories the emulator knows, and the
 * rules for what a credential may do. Every row of the facts table in
 * docs/docker-hub.md ("docker-hub.md" below) has a
 * credential here, so tests, `npm run demo` and users' harnesses can write
 * `ACCOUNTS.patReadWrite.username` / `.secret`.
 *
 * The secrets are fake test data, deterministic so that runs are repeatable;
 * they are only shaped like real ones (docker-hub.md §3).
 */
import { createHash } from 'node:crypto'
import type { CredentialKind, DiagnosisId } from '../src/diagnosis.js'

/** The registry token service's `details` wordings. */
export const REGISTRY_WORDINGS = {
  /** §1 table, "wrong password …" (go-containerregistry error_test.go) */
  incorrect: 'incorrect username or password',
  /** §1 table, "password on an account with 2FA (2024→)", and SSO rows */
  patRequired:
    'your account must log in with a Personal Access Token (PAT) - learn ' +
    'more at docs.docker.com/go/access-tokens',
  /** §1 table, "password on an account with 2FA (2020–2023)" */
  patRequiredOld: 'please use personal access token to login',
  /** §1 table, SSO row, "older" wording (docker/hub-feedback#2181) */
  patRequiredSsoOld:
    'please use personal access token to login when SSO is enforced',
  /** §1 table, "expired personal access token" (sailor-sh/CK-X#60) */
  patExpired: 'personal access token is expired',
  /** §1 table, "expired organization access token" */
  orgTokenExpired: 'org access token is expired',
  /** §1 table, "read-only token asked for push scope" (docker/cli#4511) */
  insufficientScopes: 'access token has insufficient scopes',
  /** §1 table, "too many failed logins" (docker/hub-feedback#786, #2217) */
  lockedOut: 'too many failed login attempts for username or IP address',
  /** §1 table, "pull rate limit" (docker/docs usage/pulls.md) */
  pullRateLimit:
    'You have reached your pull rate limit. You may increase the limit by ' +
    'authenticating and upgrading: https://www.docker.com/increase-rate-limits',
  /** §1 table, "abuse limit" (docker/docs usage/_index.md) */
  abuseLimit: 'Too Many Requests'
} as const

/** The Hub login API's `detail` wordings (docker-hub.md §2). */
export const HUB_WORDINGS = {
  /** §2, wrong credentials */
  incorrect: 'Incorrect authentication credentials',
  /** §2, correct password on a 2FA account (docker/hub-tool client.go) */
  secondFactor: 'Require secondary authentication on MFA enabled account'
} as const

/** How the registry token service (`GET /token`) answers a credential. */
export type TokenAnswer =
  { status: 200 } | { status: 401 | 429; details: string; retryAfter?: string }

/** How the Hub login API (`/v2/users/login`, `/v2/auth/token`) answers. */
export type HubAnswer =
  | { status: 200 }
  | { status: 401; detail: string; login2faToken?: boolean }
  | { status: 429; detail: string; retryAfter?: string }

/** A pull allowance as the rate-limit preview reports it. */
export interface PullAllowance {
  limit: number
  remaining: number
  /** the `w=` window, seconds */
  windowSeconds: number
}

/** A Docker ID: a user or an organization namespace. */
export interface DockerId {
  username: string
  type: 'user' | 'organization'
  /** the UUID that tokens carry in `sub` (derived from the username) */
  id: string
  /** the rate-limit preview's answer; `unlimited` sends no headers (§4) */
  pulls: PullAllowance | 'unlimited'
}

/** One credential (a username and a secret) and how Docker Hub treats it. */
export interface Account {
  username: string
  secret: string
  /** what the secret is, by its shape (docker-hub.md §3) */
  kind: Exclude<CredentialKind, 'none'>
  /** one line: what this credential does, for the CLI's table */
  behaviour: string
  /** the answer of the registry token service (`GET /token`) */
  registry: TokenAnswer
  /** the answer of the Hub login API */
  hub: HubAnswer
  /**
   * The answers hold for any secret sent with this username: lockouts and
   * rate limits are decided before the secret is checked.
   */
  anySecret?: boolean
  /** `read-only` tokens may not ask for `push` */
  access: 'read-write' | 'read-only'
  /** namespaces the credential owns: pull of private repositories, push */
  namespaces: string[]
  /** the diagnosis a correct preflight reaches (login only, no push) */
  diagnosis: DiagnosisId
  /** where the behaviour is documented */
  source: string
}

/** A UUID derived from a username, the same on every run. */
function stableId(username: string): string {
  const hex = createHash('sha256')
    .update(`docker-hub-emulator:${username}`)
    .digest('hex')
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `a${hex.slice(17, 20)}`,
    hex.slice(20, 32)
  ].join('-')
}

function dockerId(
  username: string,
  pulls: PullAllowance | 'unlimited',
  type: DockerId['type'] = 'user'
): DockerId {
  return { username, type, id: stableId(username), pulls }
}

/** Docker Hub's window in 2020–2024 (§4: parse it, do not hard-code it). */
const SIX_HOURS = 21600

/**
 * What the rate-limit preview tells an anonymous client: the example of
 * docker-hub.md §4 (`100;w=21600`, 76 remaining). The source is the
 * client's IP address.
 */
export const ANONYMOUS_PULLS: PullAllowance = {
  limit: 100,
  remaining: 76,
  windowSeconds: SIX_HOURS
}

/** The Docker IDs the emulator knows, by username. */
export const DOCKER_IDS: Record<string, DockerId> = {
  octocat: dockerId('octocat', {
    limit: 200,
    remaining: 187,
    windowSeconds: SIX_HOURS
  }),
  hubber: dockerId('hubber', {
    limit: 200,
    remaining: 200,
    windowSeconds: SIX_HOURS
  }),
  oldtimer: dockerId('oldtimer', {
    limit: 200,
    remaining: 150,
    windowSeconds: SIX_HOURS
  }),
  thrifty: dockerId('thrifty', {
    limit: 200,
    remaining: 3,
    windowSeconds: SIX_HOURS
  }),
  twofactor: dockerId('twofactor', 'unlimited'),
  mfaveteran: dockerId('mfaveteran', 'unlimited'),
  ssomember: dockerId('ssomember', 'unlimited'),
  ssoveteran: dockerId('ssoveteran', 'unlimited'),
  lockedout: dockerId('lockedout', 'unlimited'),
  busybot: dockerId('busybot', 'unlimited'),
  /** a Team-plan organization: no pull limit, so no headers (§4) */
  acmecorp: dockerId('acmecorp', 'unlimited', 'organization')
}

/** Repository visibility, for pulls by anyone but the owner. */
export const REPOSITORIES: Record<string, 'public' | 'private'> = {
  /** docker-hub.md §4: the rate-limit preview repository */
  'ratelimitpreview/test': 'public',
  'library/alpine': 'public',
  'library/node': 'public',
  'octocat/app': 'public',
  'octocat/secret-sauce': 'private',
  'hubber/tools': 'public',
  'acmecorp/website': 'public',
  'acmecorp/api': 'private'
}

const INCORRECT: TokenAnswer = {
  status: 401,
  details: REGISTRY_WORDINGS.incorrect
}
const HUB_INCORRECT: HubAnswer = { status: 401, detail: HUB_WORDINGS.incorrect }
const HUB_2FA: HubAnswer = {
  status: 401,
  detail: HUB_WORDINGS.secondFactor,
  login2faToken: true
}
/**
 * Inferred, not sourced: the facts only say that an SSO-enforced password
 * gets no `login_2fa_token` from the Hub login API. The emulator answers as
 * for wrong credentials so that nothing can lean on an invented wording
 * (nothing found: docs/docker-hub.md §9 (l)).
 */
const HUB_SSO: HubAnswer = HUB_INCORRECT

function account(entry: Account): Account {
  return entry
}

const ORG_TOKEN_SECRET = 'dckr_oat_Ac3mE7cOrP2tK9vL4xQ8wR1zN5b'
const PAT_READ_WRITE_SECRET = 'dckr_pat_Oc7tK2mVx9TfR4LwZbN8cJ3hYpD'

/**
 * Every credential the emulator answers for, by a name tests can use. A
 * username and secret pair not listed here (and not under a username with
 * `anySecret`) gets `401 incorrect username or password`.
 */
export const ACCOUNTS = {
  patReadWrite: account({
    username: 'octocat',
    secret: PAT_READ_WRITE_SECRET,
    kind: 'personal-access-token',
    behaviour: 'read-write PAT: login ok, may push to octocat/*',
    registry: { status: 200 },
    hub: { status: 200 },
    access: 'read-write',
    namespaces: ['octocat'],
    diagnosis: 'ok',
    source: 'docker-hub.md §1 steps 2–3'
  }),
  patReadOnly: account({
    username: 'octocat',
    secret: 'dckr_pat_rO4nLy8QzX1vB6mN3kJ7hG2fD5s',
    kind: 'personal-access-token',
    behaviour:
      'read-only PAT: login ok, push scope → 401 access token has ' +
      'insufficient scopes',
    registry: { status: 200 },
    hub: { status: 200 },
    access: 'read-only',
    namespaces: ['octocat'],
    diagnosis: 'ok',
    source: 'docker-hub.md §1 table (docker/cli#4511, moby/moby#45726)'
  }),
  patExpired: account({
    username: 'octocat',
    secret: 'dckr_pat_eXp1r3d9WqL4zR8tY2uI6oP0aSd',
    kind: 'personal-access-token',
    behaviour: 'expired PAT: 401 personal access token is expired',
    registry: { status: 401, details: REGISTRY_WORDINGS.patExpired },
    // inferred, not sourced: the Hub API's answer to an expired PAT (it
    // has refused valid PATs as `Incorrect authentication credentials`,
    // docs/docker-hub.md §9 (l))
    hub: HUB_INCORRECT,
    access: 'read-write',
    namespaces: ['octocat'],
    diagnosis: 'token-expired',
    source: 'docker-hub.md §1 table (sailor-sh/CK-X#60)'
  }),
  patRateLimitLow: account({
    username: 'thrifty',
    secret: 'dckr_pat_tHr1fTy5pUlL3dLm8Qw2Xe7RzVb',
    kind: 'personal-access-token',
    behaviour: 'read-write PAT: login ok, 3 of 200 pulls left',
    registry: { status: 200 },
    hub: { status: 200 },
    access: 'read-write',
    namespaces: ['thrifty'],
    diagnosis: 'ok',
    source: 'docker-hub.md §4 (the numbers are the emulator’s own)'
  }),
  legacyToken: account({
    username: 'oldtimer',
    secret: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    kind: 'legacy-access-token',
    behaviour: 'legacy UUID access token: login ok, may push to oldtimer/*',
    registry: { status: 200 },
    hub: { status: 200 },
    access: 'read-write',
    namespaces: ['oldtimer'],
    diagnosis: 'ok',
    source: 'docker-hub.md §3 (legacy tokens are UUIDs)'
  }),
  password: account({
    username: 'hubber',
    secret: 'correct-horse-battery-staple',
    kind: 'password',
    behaviour: 'password, no 2FA: login ok, may push to hubber/*',
    registry: { status: 200 },
    hub: { status: 200 },
    access: 'read-write',
    namespaces: ['hubber'],
    diagnosis: 'ok',
    source: 'docker-hub.md §1 steps 2–3, §2'
  }),
  password2fa: account({
    username: 'twofactor',
    secret: 'Tw0-Factor-Passw0rd!',
    kind: 'password',
    behaviour:
      'password with 2FA: 401 must log in with a PAT; Hub login ' +
      'returns login_2fa_token',
    registry: { status: 401, details: REGISTRY_WORDINGS.patRequired },
    hub: HUB_2FA,
    access: 'read-write',
    namespaces: ['twofactor'],
    diagnosis: 'password-with-2fa',
    source:
      'docker-hub.md §1 table (Ladicle/kubectl-rolesum#49), §2 ' +
      '(docker/hub-tool)'
  }),
  password2faOld: account({
    username: 'mfaveteran',
    secret: 'Legacy-2FA-Passw0rd!',
    kind: 'password',
    behaviour:
      'password with 2FA, 2020–2023 wording: 401 please use personal ' +
      'access token to login',
    registry: { status: 401, details: REGISTRY_WORDINGS.patRequiredOld },
    hub: HUB_2FA,
    access: 'read-write',
    namespaces: ['mfaveteran'],
    diagnosis: 'password-with-2fa',
    source: 'docker-hub.md §1 table (docker/hub-feedback#1981), §2'
  }),
  passwordSso: account({
    username: 'ssomember',
    secret: 'Sso-Member-Passw0rd!',
    kind: 'password',
    behaviour:
      'password, organization enforces SSO: 401 must log in with a PAT; ' +
      'Hub login: no login_2fa_token',
    registry: { status: 401, details: REGISTRY_WORDINGS.patRequired },
    hub: HUB_SSO,
    access: 'read-write',
    namespaces: ['ssomember'],
    diagnosis: 'password-with-sso',
    source:
      'docker-hub.md §1 table (docker/docs security announcements); ' +
      'Hub answer inferred'
  }),
  passwordSsoOld: account({
    username: 'ssoveteran',
    secret: 'Sso-Veteran-Passw0rd!',
    kind: 'password',
    behaviour:
      'password, SSO enforced, older wording: 401 please use personal ' +
      'access token to login when SSO is enforced',
    registry: { status: 401, details: REGISTRY_WORDINGS.patRequiredSsoOld },
    hub: HUB_SSO,
    access: 'read-write',
    namespaces: ['ssoveteran'],
    diagnosis: 'password-with-sso',
    source:
      'docker-hub.md §1 table (docker/hub-feedback#2181); Hub answer ' +
      'inferred'
  }),
  orgToken: account({
    username: 'acmecorp',
    secret: ORG_TOKEN_SECRET,
    kind: 'organization-access-token',
    behaviour:
      'organization access token: login ok as acmecorp only, may push to ' +
      'acmecorp/*, no pull limit',
    registry: { status: 200 },
    hub: { status: 200 },
    access: 'read-write',
    namespaces: ['acmecorp'],
    diagnosis: 'ok',
    source: 'docker-hub.md §3 (docker/login-action#818), §2'
  }),
  orgTokenExpired: account({
    username: 'acmecorp',
    secret: 'dckr_oat_0lDaCm3Exp1r3dT0k3n9Xy2ZqWe',
    kind: 'organization-access-token',
    behaviour: 'expired organization token: 401 org access token is expired',
    registry: { status: 401, details: REGISTRY_WORDINGS.orgTokenExpired },
    // inferred, not sourced: the Hub API's answer to an expired token
    // (docs/docker-hub.md §9 (l))
    hub: HUB_INCORRECT,
    access: 'read-write',
    namespaces: ['acmecorp'],
    diagnosis: 'token-expired',
    source: 'docker-hub.md §1 table (linuxarena/control-tower#1007)'
  }),
  orgTokenMemberUsername: account({
    username: 'octocat',
    secret: ORG_TOKEN_SECRET,
    kind: 'organization-access-token',
    behaviour:
      'the organization token with a member’s username: 401 incorrect ' +
      'username or password',
    // Inferred, not sourced: §3 says the username must be the
    // organization's name; Docker Hub's answer otherwise is not documented,
    // and it answers like any other wrong pair here (nothing found:
    // docs/docker-hub.md §9 (l)).
    registry: INCORRECT,
    hub: HUB_INCORRECT,
    access: 'read-write',
    namespaces: [],
    diagnosis: 'organization-token-username',
    source: 'docker-hub.md §3 (docker/login-action#818); answer inferred'
  }),
  emailAsUsername: account({
    username: 'octocat@example.com',
    secret: PAT_READ_WRITE_SECRET,
    kind: 'personal-access-token',
    behaviour:
      'a valid PAT with an email address as username: 401 incorrect ' +
      'username or password',
    // docs/docker-hub.md §9 (e): docker login with an email address is
    // answered `unauthorized: incorrect username or password`
    // (docker/hub-feedback#935, docker/cli#961; "Please try to login using
    // your Docker ID (hub username) instead of your email",
    // docker-archive-public/docker.kitematic#2955). The Hub API's answer
    // is inferred.
    registry: INCORRECT,
    hub: HUB_INCORRECT,
    access: 'read-write',
    namespaces: [],
    diagnosis: 'email-as-username',
    source:
      'docker-hub.md §3 (common input mistakes), §9 (e) (docker/hub-feedback#935, docker/cli#961)'
  }),
  wrongPassword: account({
    username: 'hubber',
    secret: 'wrong-horse-battery-staple',
    kind: 'password',
    behaviour: 'wrong password: 401 incorrect username or password',
    registry: INCORRECT,
    hub: HUB_INCORRECT,
    access: 'read-write',
    namespaces: [],
    diagnosis: 'invalid-credentials',
    source: 'docker-hub.md §1 table (go-containerregistry), §2'
  }),
  revokedPat: account({
    username: 'octocat',
    secret: 'dckr_pat_r3v0k3dQ8wE2rT6yU1iO9pA4sDf',
    kind: 'personal-access-token',
    behaviour: 'revoked or deleted PAT: 401 incorrect username or password',
    // docker-hub.md §1: "inferred, not sourced: a deactivated or
    // deleted token answers like a wrong password"; §9 (e): a deleted
    // account's credentials are answered `incorrect username or
    // password` (certtools/intelmq#2183), and deleting a token "will
    // invalidate your credentials on all Docker clients" (docker/hub-tool
    // #186) [I: the wording for a deleted token itself]
    registry: INCORRECT,
    hub: HUB_INCORRECT,
    access: 'read-write',
    namespaces: [],
    diagnosis: 'invalid-credentials',
    source: 'docker-hub.md §1 (inferred there), §9 (e)'
  }),
  unknownUser: account({
    username: 'nobody-here',
    secret: 'dckr_pat_n0b0dYh3r3Kq8Lw2Xe7Rz5TvMn_',
    kind: 'personal-access-token',
    behaviour: 'unknown user: 401 incorrect username or password',
    registry: INCORRECT,
    hub: HUB_INCORRECT,
    access: 'read-write',
    namespaces: [],
    diagnosis: 'invalid-credentials',
    source: 'docker-hub.md §1 table (go-containerregistry)'
  }),
  lockedOut: account({
    username: 'lockedout',
    secret: 'Locked-0ut-Passw0rd!',
    kind: 'password',
    behaviour:
      'locked out (any secret): 429 too many failed login attempts for ' +
      'username or IP address',
    registry: { status: 429, details: REGISTRY_WORDINGS.lockedOut },
    // inferred, not sourced: the Hub API's answer during a lockout (the
    // lockout is the username's, whatever the address, for 10 minutes:
    // docs/docker-hub.md §9 (l), docker/hub-feedback#2201)
    hub: { status: 429, detail: REGISTRY_WORDINGS.lockedOut },
    anySecret: true,
    access: 'read-write',
    namespaces: ['lockedout'],
    diagnosis: 'login-locked-out',
    source: 'docker-hub.md §1 table (docker/hub-feedback#786, #2217)'
  }),
  abuseLimited: account({
    username: 'busybot',
    secret: 'dckr_pat_bUsYb0tQ8wE2rT6yU1iO9pA4s-Gh',
    kind: 'personal-access-token',
    behaviour:
      'abuse rate limit (any secret): 429 Too Many Requests, Retry-After: 60',
    // docker-hub.md §1 table, "abuse limit" (docker/docs
    // usage/_index.md). Inferred, not sourced: the body is JSON with
    // `details` like the other failures, and Retry-After is sent (the
    // token service's 429 body was not found posted; the registry's is
    // plain text, docs/docker-hub.md §9 (h)).
    registry: {
      status: 429,
      details: REGISTRY_WORDINGS.abuseLimit,
      retryAfter: '60'
    },
    // inferred, not sourced
    hub: {
      status: 429,
      detail: REGISTRY_WORDINGS.abuseLimit,
      retryAfter: '60'
    },
    anySecret: true,
    access: 'read-write',
    namespaces: ['busybot'],
    diagnosis: 'rate-limited',
    source: 'docker-hub.md §1 table (docker/docs usage/_index.md)'
  })
}

/** The name of an entry of `ACCOUNTS`. */
export type AccountName = keyof typeof ACCOUNTS

const ACCOUNT_LIST: Account[] = Object.values(ACCOUNTS)

/**
 * The account entry that decides the answer to `username` and `secret`, or
 * undefined for a pair the emulator does not know (answered as a wrong
 * password). A username with `anySecret` wins over the secret. Usernames are
 * matched case-insensitively (inferred, not sourced: Docker IDs are
 * lower-case and Hub is taken to fold case).
 */
export function resolveAccount(
  username: string,
  secret: string
): Account | undefined {
  const name = username.toLowerCase()
  return (
    ACCOUNT_LIST.find((a) => a.anySecret && a.username === name) ??
    ACCOUNT_LIST.find((a) => a.username === name && a.secret === secret)
  )
}

/** The actions the emulator understands in a repository scope. */
const KNOWN_ACTIONS = ['pull', 'push']

/**
 * What a token for `repository` may do, given the actions asked for.
 * `account` is undefined for an anonymous request. Returns
 * `insufficient-scope` when a read-only credential asks for `push`, which
 * the token service refuses with a 401 (docker/cli#4511).
 *
 * - the credential's own namespace: all asked actions (read-only: pull);
 * - someone else's public repository: `pull` only, with a 200
 *   (docker/hub-feedback#1771: Hub issues tokens without `push`);
 * - a private or unknown repository of someone else: no action.
 *
 * Inferred, not sourced: the order of the granted actions follows the
 * request; actions other than pull and push are never granted; the
 * read-only refusal also applies outside the credential's namespaces.
 */
export function repositoryGrant(
  account: Account | undefined,
  repository: string,
  requested: string[]
): string[] | 'insufficient-scope' {
  const asked = requested.includes('*') ? KNOWN_ACTIONS : requested
  if (account?.access === 'read-only' && asked.includes('push')) {
    return 'insufficient-scope'
  }
  const namespace = repository.split('/')[0]
  if (account?.namespaces.includes(namespace)) {
    const allowed = account.access === 'read-write' ? KNOWN_ACTIONS : ['pull']
    return unique(asked.filter((action) => allowed.includes(action)))
  }
  if (REPOSITORIES[repository] === 'public') {
    return unique(asked.filter((action) => action === 'pull'))
  }
  return []
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/** The Docker ID whose UUID is `id`, for the rate-limit preview. */
export function dockerIdById(id: string): DockerId | undefined {
  return Object.values(DOCKER_IDS).find((entry) => entry.id === id)
}

/**
 * Docker Hub OIDC login, as docker/login-action 4.5+ does it
 * (docs/docker-hub.md §7): whether it applies (`DOCKERHUB_OIDC_CONNECTIONID`
 * or the `oidc-connection-id` input, and no password), the job's GitHub ID
 * token with Docker's audience, and its exchange at Docker's identity
 * service for a short-lived Docker token. Both tokens are masked the moment
 * they arrive; the ID token's claims are kept (never the token) so that a
 * refusal can be compared with the connection's rulesets.
 */
import { InputError } from './errors.js'
import type { OidcClaims, OidcExchange } from './evidence.js'
import { send, type RetryPolicy } from './http.js'
import { jsonField, parseJwtPayload, tokenOf } from './protocol.js'

export { subFormat } from './protocol.js'
import type { Secrets } from './redact.js'
import { resolveRegistry } from './registry.js'

/** login-action's variable for the connection id (§7 (e)). */
export const CONNECTION_ENV = 'DOCKERHUB_OIDC_CONNECTIONID'
/** login-action's variable for the token's lifetime in seconds (§7 (e)). */
export const EXPIRES_ENV = 'DOCKERHUB_OIDC_EXPIREIN'
/** The audience Docker's identity service requires (§7 (c)). */
export const OIDC_AUDIENCE = 'https://identity.docker.com'
/** The audience and identity service of Docker's staging registry (§7 (d)). */
export const OIDC_STAGE_AUDIENCE = 'https://identity-stage.docker.com'
/** The lifetime login-action asks for by default, and its bounds (§7 (e)). */
export const DEFAULT_EXPIRES_IN = 300
export const MIN_EXPIRES_IN = 300
export const MAX_EXPIRES_IN = 21600

/** The registries login-action uses OIDC for (§7 (e), `isDockerHubOIDC`). */
const OIDC_REGISTRIES = [
  '',
  'docker.io',
  'registry-1.docker.io',
  'registry-1-stage.docker.io',
  'dhi.io'
]

/**
 * Whether a registry is Docker Hub spelt another way than login-action
 * takes for OIDC (`index.docker.io`, `https://index.docker.io/v1/`,
 * `registry.hub.docker.com`): OIDC is not used there, as in login-action,
 * and the error says why (attack-26 repro-02).
 */
function otherHubSpelling(registry: string): boolean {
  if (OIDC_REGISTRIES.includes(registry)) return false
  try {
    return resolveRegistry(registry, {}).profile === 'docker-hub'
  } catch {
    return false // not a registry address: the input error says so
  }
}

/**
 * The registry as given, when DOCKERHUB_OIDC_CONNECTIONID is set, the
 * password is empty, and the registry is Docker Hub spelt another way than
 * login-action takes for OIDC: an ordinary login with an empty password,
 * whose fix is `registry: docker.io`. Undefined otherwise.
 */
export function oidcNotApplied(
  options: { registry: string; password: string },
  env: NodeJS.ProcessEnv
): string | undefined {
  if (env[CONNECTION_ENV] === undefined || options.password !== '') return
  const registry = options.registry.trim().toLowerCase()
  return otherHubSpelling(registry) ? registry : undefined
}

/** login-action's rule for the registry of an OIDC login, as said here. */
export const OIDC_REGISTRY_ONLY =
  'applies only with registry docker.io or empty'

/** Any RFC 4122/9562 UUID, as `uuid.validate` takes it (§7 (e)). */
const UUID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i

/** An OIDC login to make: which connection, for how long, and where. */
export interface OidcPlan {
  connectionId: string
  /** seconds the Docker token is asked to last */
  expiresIn: number
  /** where the connection id came from */
  source: 'input' | 'environment'
  audience: string
  /** Docker's token exchange (`<base>/oauth/token` with …_HUB set) */
  exchangeUrl: string
}

/**
 * Whether the login is an OIDC login, and its plan; undefined for an
 * ordinary login (a password given, no connection id, another registry).
 * Throws an InputError, before anything is sent, for an empty or malformed
 * connection id or a lifetime out of login-action's bounds.
 */
export function oidcPlan(
  options: {
    registry: string
    password: string
    oidcConnectionId: string
    oidcExpiresIn: string
  },
  env: NodeJS.ProcessEnv
): OidcPlan | undefined {
  const fromInput = options.oidcConnectionId.trim()
  const fromEnv = env[CONNECTION_ENV]
  if (fromInput === '' && fromEnv === undefined) return undefined
  if (options.password !== '') return undefined
  const registry = options.registry.trim().toLowerCase()
  const name = fromInput !== '' ? 'Input "oidc-connection-id"' : CONNECTION_ENV
  if (!OIDC_REGISTRIES.includes(registry)) {
    if (fromInput === '') return undefined
    throw new InputError(
      `${name} ${OIDC_REGISTRY_ONLY}, not ${JSON.stringify(registry.slice(0, 40))}: ${otherHubSpelling(registry) ? 'set registry: docker.io' : 'remove it, or set a password'}`
    )
  }
  const connectionId = fromInput || (fromEnv ?? '').trim()
  if (connectionId === '') {
    throw new InputError(
      `${CONNECTION_ENV} is set but empty: define it for this repository as the connection's id (Docker Home → Identity & auth → OIDC connections)`
    )
  }
  if (!UUID.test(connectionId)) {
    throw new InputError(
      `${name} is not a UUID (${connectionId.length} characters): copy the id from Docker Home → Identity & auth → OIDC connections → Edit; nothing was sent`
    )
  }
  const expiresIn = parseExpiresIn(options.oidcExpiresIn, env)
  const stage = registry === 'registry-1-stage.docker.io'
  const audience = stage ? OIDC_STAGE_AUDIENCE : OIDC_AUDIENCE
  // Docker Hub as every other request reaches it: a stand-in
  // (DOCKER_LOGIN_PREFLIGHT_HUB, or a Docker Hub host in
  // DOCKER_LOGIN_PREFLIGHT_ENDPOINTS) serves the exchange at its base too
  const hub = resolveRegistry('docker.io', env)
  const base = hub.server === 'docker.io' ? audience : hub.registryUrl
  return {
    connectionId,
    expiresIn,
    source: fromInput !== '' ? 'input' : 'environment',
    audience,
    exchangeUrl: `${base}/oauth/token`
  }
}

/**
 * The token's lifetime: the `oidc-expires-in` input, else
 * DOCKERHUB_OIDC_EXPIREIN, else 300; whole seconds from 300 to 21600
 * (login-action after #1068, §7 (e)).
 */
function parseExpiresIn(input: string, env: NodeJS.ProcessEnv): number {
  const fromInput = input.trim()
  const value = fromInput || (env[EXPIRES_ENV] ?? '').trim()
  if (value === '') return DEFAULT_EXPIRES_IN
  const name = fromInput ? 'Input "oidc-expires-in"' : EXPIRES_ENV
  const seconds = Number(value)
  if (
    !/^\d{1,6}$/.test(value) ||
    seconds < MIN_EXPIRES_IN ||
    seconds > MAX_EXPIRES_IN
  ) {
    throw new InputError(
      `${name} must be a whole number of seconds from ${MIN_EXPIRES_IN} to ${MAX_EXPIRES_IN}, not "${value.slice(0, 20)}"`
    )
  }
  return seconds
}

/** What the OIDC login gave: its evidence, and the login it yields. */
export interface OidcResult {
  evidence: OidcExchange
  /** the exchanged token (already masked), when one came */
  token?: string
  /** when that token expires (ISO 8601, UTC) */
  expiresAt?: string
}

/**
 * Asks the job's GitHub ID token and exchanges it at Docker's identity
 * service (src/oidc-exchange.ts), and dates the Docker token it gives. The
 * requests are a chunk of their own, loaded for an OIDC login only: the
 * action's start-up holds what every run needs (README, Performance).
 * Only the action calls it (gather refuses an OIDC login where no ID token
 * may be asked). Never throws.
 */
export async function exchangeOidc(
  plan: OidcPlan,
  env: NodeJS.ProcessEnv,
  policy: RetryPolicy,
  secrets: Secrets
): Promise<OidcResult> {
  const { requestDockerToken } = await import('./oidc-exchange.js')
  const got = await requestDockerToken(plan, env, policy, secrets, {
    send,
    jsonField,
    tokenOf,
    claimsOf
  })
  if (got.token === undefined) return { evidence: got.evidence }
  // a lifetime no connection can have (§7 (e)) is not believed: the one
  // asked for applies, as when the answer names none (§7 (d))
  const lifetime = got.lifetime ?? NaN
  const seconds =
    lifetime > 0 && lifetime <= MAX_EXPIRES_IN ? lifetime : plan.expiresIn
  return {
    evidence: got.evidence,
    token: got.token,
    expiresAt: isoSeconds(Date.now() + seconds * 1000)
  }
}

/** An instant as ISO 8601 UTC, to the second. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z')
}

/** The claims rulesets match, read from the ID token (never the token). */
const CLAIM_NAMES = [
  'sub',
  'repository',
  'ref',
  'job_workflow_ref',
  'event_name',
  'repository_owner_id',
  'repository_id',
  'environment'
] as const

/** The claims of an ID token that rulesets match, when it is a JWT. */
export function claimsOf(idToken: string): OidcClaims | undefined {
  const payload = parseJwtPayload(idToken) as
    Record<string, unknown> | undefined
  if (!payload) return undefined
  const claims: Record<string, string> = {}
  for (const name of CLAIM_NAMES) {
    const value = payload[name]
    if (typeof value === 'string' || typeof value === 'number') {
      claims[name] = String(value).slice(0, 300)
    }
  }
  return claims as OidcClaims
}

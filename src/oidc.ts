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
import type { HttpExchange, OidcClaims, OidcExchange } from './evidence.js'
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
      `${name} applies to Docker Hub only (registry docker.io), not to this registry: remove it, or set a password`
    )
  }
  const connectionId = fromInput || (fromEnv ?? '').trim()
  if (connectionId === '') {
    throw new InputError(
      `${CONNECTION_ENV} is set but empty: set it to the Docker Hub OIDC connection's id (Docker Home → Identity & auth → OIDC connections); a variable must be defined for this repository`
    )
  }
  if (!UUID.test(connectionId)) {
    throw new InputError(
      `${name} is not a UUID (${connectionId.length} characters): copy the connection's id from Docker Home → Identity & auth → OIDC connections → the connection → Edit; nothing was sent`
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

/** The variables the runner sets only with `id-token: write` (§7 (b)). */
const REQUEST_VARIABLES = [
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

/** The runner's bearer token for its ID-token endpoint (§7 (b), (c)). */
export const REQUEST_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'

/**
 * Asks the job's GitHub ID token and exchanges it at Docker's identity
 * service, both with the preflight's retries (5xx, connection errors, 429
 * with a short Retry-After), timeout and deadline: `policy.deadline`
 * bounds the two requests together. The runner's request token is a
 * secret before anything is sent; each token is added to `secrets` (and
 * so masked) the moment it arrives. Only the action calls it (gather
 * refuses an OIDC login where no ID token may be asked). Never throws.
 */
export async function exchangeOidc(
  plan: OidcPlan,
  env: NodeJS.ProcessEnv,
  policy: RetryPolicy,
  secrets: Secrets
): Promise<OidcResult> {
  const base: OidcExchange = {
    connectionId: plan.connectionId,
    source: plan.source,
    expiresIn: plan.expiresIn,
    audience: plan.audience,
    result: 'failed'
  }
  const missing = REQUEST_VARIABLES.filter((name) => !env[name])
  if (missing.length > 0) {
    return {
      evidence: { ...base, result: 'permission-missing', missing }
    }
  }
  const asked = await requestIdToken(plan.audience, env, policy, secrets)
  if (asked.token === undefined) {
    return { evidence: { ...base, ...asked.evidence } }
  }
  const subjectToken = asked.token
  const claims = claimsOf(subjectToken)
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
    subject_token: subjectToken,
    connection_id: plan.connectionId,
    expires_in: String(plan.expiresIn)
  })
  const answered = await send(
    {
      step: 'oidc-exchange',
      method: 'POST',
      url: plan.exchangeUrl,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json'
      },
      body: form.toString()
    },
    policy
  )
  const exchange = answered.exchange
  const withClaims = {
    ...base,
    idTokenRequest: asked.evidence.idTokenRequest,
    ...(claims ? { claims } : {}),
    exchange
  }
  const status = exchange.status
  const token = status === 200 ? tokenOf(answered.body) : undefined
  if (token) {
    // send() masked it as it arrived; again, in case its field was odd
    secrets.add(token)
    // a lifetime no connection can have (§7 (e)) is not believed: the one
    // asked for applies, as when the answer names none (§7 (d))
    const lifetime = expiresInOf(answered.body)
    const seconds =
      lifetime > 0 && lifetime <= MAX_EXPIRES_IN ? lifetime : plan.expiresIn
    const expiresAt = isoSeconds(Date.now() + seconds * 1000)
    return {
      evidence: { ...withClaims, result: 'token' },
      token,
      expiresAt
    }
  }
  return { evidence: { ...withClaims, result: resultOf(exchange) } }
}

/** What the request for the GitHub ID token gave. */
interface IdTokenAnswer {
  /** the ID token (already masked), when one came */
  token?: string
  evidence: Pick<OidcExchange, 'result' | 'idTokenRequest' | 'error'>
}

/**
 * The job's GitHub ID token for `audience`, asked as `@actions/core`'s
 * getIDToken asks it (§7 (c)): `GET ${ACTIONS_ID_TOKEN_REQUEST_URL}
 * &audience=…` with the request token as a bearer token, `{"value": …}`
 * read from a 2xx. It goes through the preflight's HTTP client, so the
 * preflight's timeout, retries, deadline and proxies apply, and what the
 * endpoint answers is redacted with the run's secrets: the request token
 * joins them (masked, every form redacted) before the request is sent.
 * 401 or 403: the job may not have an ID token (§7 (b)).
 */
async function requestIdToken(
  audience: string,
  env: NodeJS.ProcessEnv,
  policy: RetryPolicy,
  secrets: Secrets
): Promise<IdTokenAnswer> {
  const requestToken = env[REQUEST_TOKEN_ENV] ?? ''
  secrets.add(requestToken)
  const answered = await send(
    {
      step: 'oidc-id-token',
      method: 'GET',
      url: `${env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''}&audience=${encodeURIComponent(audience)}`,
      headers: {
        authorization: `Bearer ${requestToken}`,
        accept: 'application/json'
      }
    },
    { ...policy, secrets }
  )
  const status = answered.exchange.status
  const ok = status !== undefined && status >= 200 && status < 300
  const token = ok ? jsonField(answered.body, 'value') : undefined
  if (token) {
    secrets.add(token)
    // the answer is the token: the evidence keeps it redacted
    const { body } = answered.exchange
    const idTokenRequest = {
      ...answered.exchange,
      ...(body !== undefined ? { body: secrets.redact(body) } : {})
    }
    return { token, evidence: { result: 'token', idTokenRequest } }
  }
  const idTokenRequest = answered.exchange
  if (status === 401 || status === 403) {
    return { evidence: { result: 'permission-missing', idTokenRequest } }
  }
  return {
    evidence: {
      result: 'id-token-failed',
      idTokenRequest,
      ...(ok
        ? {
            error: 'the answer holds no ID token (no "value" string)'
          }
        : {})
    }
  }
}

/** The `expires_in` of a token response (RFC 6749 §5.1), in seconds. */
function expiresInOf(body: string): number {
  try {
    const parsed: unknown = JSON.parse(body)
    const value = (parsed as { expires_in?: unknown } | null)?.expires_in
    return typeof value === 'number' || typeof value === 'string'
      ? Number(value)
      : NaN
  } catch {
    return NaN
  }
}

/** What an exchange that gave no token amounted to. */
function resultOf(exchange: HttpExchange): OidcExchange['result'] {
  const status = exchange.status
  if (status === undefined || status >= 500) return 'unreachable'
  if (status === 429) return 'rate-limited'
  if (status >= 400) return 'refused'
  return 'failed'
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

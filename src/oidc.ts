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
import { parseJwtPayload, tokenOf } from './protocol.js'

export { subFormat } from './protocol.js'
import type { Secrets } from './redact.js'
import { HUB_OVERRIDE_ENV, parseOverride } from './registry.js'

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
      `${CONNECTION_ENV} is set but empty: set it to the id of the Docker Hub OIDC connection (Docker Home → Identity & auth → OIDC connections → the connection); for a variable, check that it is defined for this repository and environment`
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
  const override = env[HUB_OVERRIDE_ENV]?.trim()
  const base = override
    ? parseOverride(override, HUB_OVERRIDE_ENV).origin
    : audience
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

/** How the ID token is asked for; tests replace it. */
export type IdTokenSource = (audience: string) => Promise<string>

/**
 * The ID token through `@actions/core`, loaded only now (a lazy chunk).
 * The action's main step passes it to gather; the command line does not,
 * so its bundle carries no HTTP client library for it.
 */
export const actionsIdToken: IdTokenSource = async (audience) => {
  const { requestIdToken } = await import('./oidc-token.js')
  return requestIdToken(audience)
}

/** The variables the runner sets only with `id-token: write` (§7 (b)). */
const REQUEST_VARIABLES = [
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

/**
 * Asks the job's GitHub ID token and exchanges it at Docker's identity
 * service, with the preflight's retries (5xx, connection errors, 429 with
 * a short Retry-After). Each token is added to `secrets` (and so masked)
 * the moment it arrives. Never throws.
 */
export async function exchangeOidc(
  plan: OidcPlan,
  env: NodeJS.ProcessEnv,
  policy: RetryPolicy,
  secrets: Secrets,
  idToken: IdTokenSource | undefined
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
  if (!idToken) {
    return {
      evidence: {
        ...base,
        result: 'id-token-failed',
        error:
          'only the action requests a GitHub ID token: run this login as the docker-login-preflight step'
      }
    }
  }
  let subjectToken: string
  try {
    subjectToken = await idToken(plan.audience)
  } catch (error) {
    const message = secrets.redact(
      error instanceof Error ? error.message : String(error)
    )
    // getIDToken's own words for the missing variables (§7 (b))
    const permission = /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)
    return {
      evidence: {
        ...base,
        result: permission ? 'permission-missing' : 'id-token-failed',
        error: message.slice(0, 500)
      }
    }
  }
  secrets.add(subjectToken)
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
  const withClaims = { ...base, ...(claims ? { claims } : {}), exchange }
  const status = exchange.status
  const token = status === 200 ? tokenOf(answered.body) : undefined
  if (token) {
    // send() masked it as it arrived; again, in case its field was odd
    secrets.add(token)
    const lifetime = expiresInOf(answered.body)
    const seconds =
      Number.isFinite(lifetime) && lifetime > 0 ? lifetime : plan.expiresIn
    const expiresAt = isoSeconds(Date.now() + seconds * 1000)
    return {
      evidence: { ...withClaims, result: 'token' },
      token,
      expiresAt
    }
  }
  return { evidence: { ...withClaims, result: resultOf(exchange) } }
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

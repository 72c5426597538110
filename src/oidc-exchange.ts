/**
 * Docker Hub OIDC's two requests (docs/docker-hub.md §7): the job's GitHub
 * ID token, then its exchange at Docker's identity service for a Docker
 * token. A chunk of the bundles of its own, loaded by src/oidc.ts
 * `exchangeOidc` for an OIDC login only, so that the action's start-up
 * holds none of it (README, Performance). It imports no module of the
 * start-up: what it needs of them comes in `OidcTools` (a module both
 * imported would be split into one more file loaded at start).
 */
import type { HttpExchange, OidcClaims, OidcExchange } from './evidence.js'
import type { RetryPolicy, send } from './http.js'
import type { OidcPlan } from './oidc.js'
import type { jsonField, tokenOf } from './protocol.js'
import type { Secrets } from './redact.js'

/** What the requests use of the start-up's modules. */
export interface OidcTools {
  send: typeof send
  jsonField: typeof jsonField
  tokenOf: typeof tokenOf
  /** the claims rulesets match, read from the ID token (src/oidc.ts) */
  claimsOf: (idToken: string) => OidcClaims | undefined
}

/** What the exchange gave: its evidence, and the Docker token if one came. */
export interface DockerTokenAnswer {
  evidence: OidcExchange
  /** the Docker token (already masked), when one came */
  token?: string
  /** with the token: the answer's `expires_in` in seconds (NaN: none) */
  lifetime?: number
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
 * so masked) the moment it arrives. Never throws.
 */
export async function requestDockerToken(
  plan: OidcPlan,
  env: NodeJS.ProcessEnv,
  policy: RetryPolicy,
  secrets: Secrets,
  tools: OidcTools
): Promise<DockerTokenAnswer> {
  const { send, tokenOf, claimsOf } = tools
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
  const asked = await requestIdToken(plan.audience, env, policy, secrets, tools)
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
    return {
      evidence: { ...withClaims, result: 'token' },
      token,
      lifetime: expiresInOf(answered.body)
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
  secrets: Secrets,
  { send, jsonField }: OidcTools
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

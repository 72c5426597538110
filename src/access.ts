/**
 * What a valid credential may do: push to the repositories the build will
 * push to, and how much of Docker Hub's pull rate limit is left. Both run
 * after the preflight accepted the credential, concurrently with
 * `docker login`.
 */
import { grantedActions, parseJwtPayload } from './classifier.js'
import type { HttpExchange } from './evidence.js'
import { send, type RetryPolicy } from './http.js'

/** The token service the registry's challenge named. */
export interface Realm {
  url: string
  service?: string
}

/** The scope of the rate-limit preview repository (it counts no pull). */
export const RATE_LIMIT_SCOPE = 'repository:ratelimitpreview/test:pull'

/** The outcome of one repository's push check. */
export interface PushCheck {
  repository: string
  result: 'granted' | 'denied' | 'unknown'
  exchange: HttpExchange
}

/**
 * Asks the token service, for each repository and all at once, for a token
 * with scope `repository:<name>:push,pull`, and decides from the actions the
 * returned JWT grants (a 200 without `push` is a denial) or from the 401.
 */
export async function checkPushAccess(
  realm: Realm,
  username: string,
  password: string,
  repositories: string[],
  policy: RetryPolicy
): Promise<PushCheck[]> {
  const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  return Promise.all(
    repositories.map(async (repository): Promise<PushCheck> => {
      const url = new URL(realm.url)
      url.searchParams.set('account', username)
      if (realm.service) url.searchParams.set('service', realm.service)
      url.searchParams.set('scope', `repository:${repository}:push,pull`)
      const { exchange, body } = await send(
        {
          step: 'push-token',
          method: 'GET',
          url: url.toString(),
          headers: { authorization: basic }
        },
        policy
      )
      exchange.repository = repository
      const token = exchange.status === 200 ? tokenOf(body) : undefined
      if (token && parseJwtPayload(token)) {
        exchange.granted = grantedActions(token, repository)
        const result = exchange.granted.includes('push') ? 'granted' : 'denied'
        return { repository, result, exchange }
      }
      // A 200 whose token is opaque (not a JWT) says nothing of push.
      const denied = exchange.status === 401 || exchange.status === 403
      return { repository, result: denied ? 'denied' : 'unknown', exchange }
    })
  )
}

/**
 * Push checks decided by the login token itself, which was asked for push on
 * every repository: no request more. Each check's evidence is the token
 * exchange, marked with its repository and the actions granted there.
 */
export function pushChecksFromGrants(
  grants: Record<string, string[]>,
  exchanges: HttpExchange[]
): PushCheck[] {
  const token = exchanges.find((exchange) => exchange.step === 'token')
  return Object.entries(grants).map(([repository, granted]) => {
    const exchange: HttpExchange = {
      ...(token ?? { method: 'GET', url: '', headers: {}, attempts: 0 }),
      step: 'push-token',
      repository,
      granted
    }
    const result = granted.includes('push') ? 'granted' : 'denied'
    return { repository, result, exchange }
  })
}

/** `granted`, `denied` or `not-checked`, for the `push-access` output. */
export function pushAccess(
  checks: PushCheck[]
): 'granted' | 'denied' | 'not-checked' {
  if (checks.some((check) => check.result === 'denied')) return 'denied'
  if (checks.length > 0 && checks.every((c) => c.result === 'granted')) {
    return 'granted'
  }
  return 'not-checked'
}

/**
 * Why push was denied: a 401 ("insufficient scopes") means a read-only
 * token, and wins over a token granted without `push` (a namespace the
 * account cannot write to). Undefined when nothing was denied.
 */
export function pushDenial(
  checks: PushCheck[]
): 'read-only-token' | 'namespace' | undefined {
  const denied = checks.filter((check) => check.result === 'denied')
  if (denied.length === 0) return undefined
  const readOnly = denied.some((check) => check.exchange.status === 401)
  return readOnly ? 'read-only-token' : 'namespace'
}

/** What Docker Hub's rate-limit preview said. */
export interface RateLimit {
  /** undefined when no limit applies (no headers) */
  limit?: number
  remaining?: number
  /** seconds */
  window?: number
  source?: string
  exchange: HttpExchange
}

/**
 * `HEAD`s the rate-limit preview manifest with the credential's token (a HEAD
 * counts no pull) and reads `ratelimit-limit` / `ratelimit-remaining`, e.g.
 * `100;w=21600`. No headers: no limit applies.
 */
export async function probeRateLimit(
  registryUrl: string,
  token: string,
  policy: RetryPolicy
): Promise<RateLimit> {
  const { exchange } = await send(
    {
      step: 'rate-limit',
      method: 'HEAD',
      url: `${registryUrl}/v2/ratelimitpreview/test/manifests/latest`,
      headers: {
        authorization: `Bearer ${token}`,
        accept:
          'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json'
      }
    },
    policy
  )
  const limit = parseLimitHeader(exchange.headers['ratelimit-limit'])
  const remaining = parseLimitHeader(exchange.headers['ratelimit-remaining'])
  return {
    limit: limit?.count,
    remaining: remaining?.count,
    window: limit?.window ?? remaining?.window,
    source: exchange.headers['docker-ratelimit-source'],
    exchange
  }
}

/** Parses `100;w=21600` into a count and a window in seconds. */
export function parseLimitHeader(
  value: string | undefined
): { count: number; window?: number } | undefined {
  if (value === undefined) return undefined
  const [countText, ...params] = value.split(';')
  if (!/^\d{1,12}$/.test(countText.trim())) return undefined
  const count = Number(countText.trim())
  let window: number | undefined
  for (const param of params) {
    const [name, raw] = param.split('=').map((s) => s.trim())
    if (name === 'w' && /^\d{1,12}$/.test(raw ?? '')) window = Number(raw)
  }
  return { count, window }
}

/** The token in a token service's JSON answer. */
export function tokenOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as {
      token?: unknown
      access_token?: unknown
    }
    for (const token of [parsed.token, parsed.access_token]) {
      if (typeof token === 'string' && token) return token
    }
    return undefined
  } catch {
    return undefined
  }
}

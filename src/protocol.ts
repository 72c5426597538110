/**
 * The registry protocol, parsed: `WWW-Authenticate` challenges, token
 * service answers and the JWTs in them, realm URLs, `Retry-After`, the
 * rate-limit headers and the reason a registry gives in an error body.
 * Pure and total: no I/O, never throws on odd input. Gatherers and the
 * judge both read the protocol through this module (docs/docker-hub.md §1,
 * §4; docs/registries.md §0).
 */
import type { HttpExchange } from './evidence.js'

/** A parsed challenge: lower-case scheme and parameter names. */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * Parses a `WWW-Authenticate` header's first challenge:
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io"`
 * → `{ scheme: 'bearer', params: { realm, service } }`. The scheme and the
 * parameter names are lower-cased; quoted values may hold commas and
 * backslash escapes; a second challenge (`…, Basic realm="…"`) ends the
 * first. Returns undefined for an empty or garbled header (a quote left
 * open, a stray word, a missing comma): a garbled challenge would yield a
 * made-up realm, and is not to be followed.
 */
export function parseChallenge(header: string): Challenge | undefined {
  if (typeof header !== 'string') return undefined
  const text = header.trim()
  let i = 0
  const token = (): string => {
    const start = i
    while (i < text.length && isTokenChar(text[i])) i++
    return text.slice(start, i)
  }
  const spaces = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++
  }
  const scheme = token().toLowerCase()
  if (!scheme) return undefined
  // a Map: a parameter named `constructor` or `__proto__` is data too
  const params = new Map<string, string>()
  const parsed = () => ({ scheme, params: Object.fromEntries(params) })
  spaces()
  while (i < text.length) {
    const name = token().toLowerCase()
    spaces()
    if (!name) return undefined
    // a word without `=` after a comma starts the next challenge
    if (text[i] !== '=') return params.size > 0 ? parsed() : undefined
    i++
    spaces()
    let value = ''
    if (text[i] === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && i + 1 < text.length) i++
        value += text[i]
      }
      if (i >= text.length) return undefined
      i++
    } else {
      const start = i
      while (i < text.length && !/[\s,"]/.test(text[i])) i++
      value = text.slice(start, i)
      if (!value) return undefined
    }
    if (!params.has(name)) params.set(name, value)
    spaces()
    if (i >= text.length) break
    if (text[i] !== ',') return undefined
    while (text[i] === ',' || text[i] === ' ' || text[i] === '\t') i++
  }
  return parsed()
}

function isTokenChar(char: string): boolean {
  return /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(char)
}

/**
 * The challenge of an exchange's `WWW-Authenticate` header, if usable: its
 * first, or the first Bearer or Basic one after schemes the preflight does
 * not speak (`Negotiate, NTLM, Bearer realm=…`: RFC 9110 §11.6.1 lets a
 * field hold several; attack-29 repro-04).
 */
export function challengeOf(exchange: HttpExchange): Challenge | undefined {
  const header = exchange.headers['www-authenticate'] ?? ''
  const first = parseChallenge(header)
  if (first?.scheme === 'bearer' || first?.scheme === 'basic') return first
  for (const found of header.matchAll(/(?:^|,)\s*((?:bearer|basic)\b.*)/gis)) {
    const later = parseChallenge(found[1])
    if (later) return later
  }
  return first
}

/**
 * The token service a challenge names, as an http(s) URL with the query
 * parameters set (and `scope` repeated per scope); undefined when the realm
 * is not such a URL.
 */
export function realmUrl(
  realm: string,
  params: Record<string, string | undefined>,
  scopes: readonly string[]
): string | undefined {
  let url: URL
  try {
    url = new URL(realm)
  } catch {
    return undefined
  }
  if (!['http:', 'https:'].includes(url.protocol)) return undefined
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value)
  }
  for (const scope of scopes) url.searchParams.append('scope', scope)
  return url.toString()
}

/**
 * The longest request URL the preflight sends: common servers take request
 * lines up to 8 KiB (nginx's default; Node's is 16 KiB). Push scopes that
 * would make a longer one go in several requests.
 */
export const MAX_URL_CHARS = 7 * 1024

/** The scope that asks for push on a repository (docs/docker-hub.md §1). */
export function pushScope(repository: string): string {
  return `repository:${repository}:push,pull`
}

/**
 * The payload of a JWT (`header.payload.signature`), decoded from
 * base64url and parsed — without verifying anything. Undefined when it is
 * not a JWT with a JSON object payload.
 */
export function parseJwtPayload(token: string): object | undefined {
  if (typeof token !== 'string') return undefined
  const parts = token.split('.')
  if (parts.length < 2 || !/^[A-Za-z0-9_-]+={0,2}$/.test(parts[1])) {
    return undefined
  }
  try {
    const json = Buffer.from(parts[1], 'base64url').toString('utf8')
    const payload: unknown = JSON.parse(json)
    return isRecord(payload) ? payload : undefined
  } catch {
    return undefined
  }
}

/** Whether a token is a JWT (and so tells what it grants). */
export function isJwt(token: string): boolean {
  return parseJwtPayload(token) !== undefined
}

/**
 * Whether a registry token says what it grants: a JWT with an `access`
 * claim (distribution's token spec). An opaque token does not, nor a JWT
 * without the claim (Gitea's, Forgejo's): the push probe asks those.
 */
export function statesAccess(token: string): boolean {
  return grantedActions(token, '') !== undefined
}

/**
 * The actions a registry token grants on a repository, read from its
 * `access[]` claim (`{type: 'repository', name, actions}`); a `*` grant
 * also lists `pull` and `push`. Undefined when the token is not a JWT: an
 * opaque token (GHCR's, docs/registries.md §1) says nothing of what it
 * grants, nor does a JWT without an `access` claim: Gitea's and Forgejo's
 * sign only `exp`, `nbf` and `UserID` and check each request themselves
 * (go-gitea/gitea services/packages/auth.go, docs/registries.md §8): the
 * push probe asks those. Empty when a JWT's `access` grants nothing there.
 */
export function grantedActions(
  token: string,
  repository: string
): string[] | undefined {
  const payload = parseJwtPayload(token) as { access?: unknown } | undefined
  if (!payload) return undefined
  if (!Array.isArray(payload.access)) return undefined
  const actions = new Set<string>()
  for (const entry of payload.access as unknown[]) {
    if (!isRecord(entry)) continue
    const { type, name, actions: granted } = entry as Record<string, unknown>
    if (type !== 'repository' || name !== repository) continue
    if (!Array.isArray(granted)) continue
    for (const action of granted) {
      if (typeof action === 'string') actions.add(action)
    }
  }
  if (actions.has('*')) {
    actions.add('pull')
    actions.add('push')
  }
  return [...actions]
}

/** The JSON fields in which registries hand out tokens. */
export const TOKEN_FIELDS = [
  'token',
  'access_token',
  'refresh_token',
  'login_2fa_token'
] as const

/**
 * A token field's value, also when the body was cut (or garbled) before
 * its closing quote: the value then runs to the end of the body.
 */
const TOKEN_FIELD =
  /"(token|access_token|refresh_token|login_2fa_token)"\s*:\s*"((?:[^"\\]|\\.)*)("|\\?$)/g

/** The token a token service granted: `token`, else `access_token`. */
export function tokenOf(body: string): string | undefined {
  const parsed = parseJson(body)
  for (const token of [parsed?.token, parsed?.access_token]) {
    if (typeof token === 'string' && token) return token
  }
  return undefined
}

/**
 * The token values in a response body, to be masked: those of a JSON
 * object, and those a cut or malformed body still shows.
 */
export function tokensIn(body: string): string[] {
  const found: string[] = []
  const parsed = parseJsonValue(body)
  if (parsed === undefined) {
    for (const match of body.matchAll(TOKEN_FIELD)) found.push(match[2])
  } else if (typeof parsed === 'object' && parsed !== null) {
    for (const field of TOKEN_FIELDS) {
      const value = (parsed as Record<string, unknown>)[field]
      if (typeof value === 'string') found.push(value)
    }
  }
  return [...new Set(found.filter((value) => value !== ''))]
}

/**
 * Replaces the values of token fields in a JSON body with `<redacted>`, so
 * that tokens a registry hands out never reach the evidence — a value cut
 * by the body size cap included.
 */
export function redactTokens(body: string): string {
  return body.replace(TOKEN_FIELD, '"$1":"<redacted>"')
}

/** Parses `Retry-After` (seconds or an HTTP date) into seconds from now. */
/**
 * An HTTP-date as ms since the epoch, NaN when unreadable. All three forms
 * RFC 9110 §5.6.7 makes recipients accept are UTC; asctime's carries no
 * zone, which Date.parse would read as the runner's local time (attack-30
 * repro-01).
 */
export function parseHttpDate(value: string): number {
  const text = value.trim()
  return Date.parse(
    /[a-z]{3} +\d{1,2} [\d:]{8} \d{4}$/i.test(text) ? `${text} GMT` : text
  )
}

export function retryAfterSeconds(
  value: string | undefined,
  now = Date.now(),
  /** the answer's own Date header: an HTTP date is counted from it */
  answered?: string
): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d{1,10}$/.test(trimmed)) return Number(trimmed)
  const date = parseHttpDate(trimmed)
  if (Number.isNaN(date)) return undefined
  // the server's clock, not the runner's, which may be hours off
  // (attack-25 repro-05); the runner's when the answer dates nothing
  const sent = answered === undefined ? NaN : parseHttpDate(answered)
  const from = Number.isNaN(sent) ? now : sent
  return Math.max(0, Math.ceil((date - from) / 1000))
}

/**
 * Parses a rate-limit header, `100;w=21600`, into a count and a window in
 * seconds (docs/docker-hub.md §4).
 */
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

/** What the rate-limit headers of an answer say. */
export interface RateLimitHeaders {
  /** undefined when no limit applies (no headers) */
  limit?: number
  remaining?: number
  /** seconds */
  window?: number
  /** seconds until the window resets, when the registry says (`ratelimit-reset`) */
  reset?: number
}

/**
 * Reads `ratelimit-limit` and `ratelimit-remaining` (docs/docker-hub.md §4),
 * and `ratelimit-reset` when a registry sends it.
 */
export function rateLimitOf(exchange: HttpExchange): RateLimitHeaders {
  const limit = parseLimitHeader(exchange.headers['ratelimit-limit'])
  const remaining = parseLimitHeader(exchange.headers['ratelimit-remaining'])
  // the IETF RateLimit fields' reset: seconds until the quota is renewed
  // (draft-ietf-httpapi-ratelimit-headers); Docker Hub sends none
  const reset = exchange.headers['ratelimit-reset']?.trim() ?? ''
  return {
    limit: limit?.count,
    remaining: remaining?.count,
    window: limit?.window ?? remaining?.window,
    ...(/^\d{1,9}$/.test(reset) ? { reset: Number(reset) } : {})
  }
}

/**
 * The text a registry gave as its reason: Docker Hub's `details`, the Hub
 * API's `detail`, the registry API's `errors[]` as the CLI prints them
 * (`denied: denied`), an OAuth `error`, and the challenge's `error=`.
 * Falls back to the raw body (but never a Hub API body, whose tokens the
 * redaction already replaced). Never returns token values.
 */
export function reasonOf(exchange: HttpExchange): string {
  const parts: string[] = []
  const parsed = parseJson(exchange.body)
  if (parsed) {
    for (const key of ['details', 'detail', 'message', 'error']) {
      const value = parsed[key]
      if (typeof value === 'string' && value.trim()) parts.push(value.trim())
    }
    if (Array.isArray(parsed.errors)) {
      for (const error of parsed.errors as unknown[]) {
        if (!isRecord(error)) continue
        const { code, message } = error as Record<string, unknown>
        const head = typeof code === 'string' ? `${code.toLowerCase()}: ` : ''
        if (typeof message === 'string') parts.push(`${head}${message}`)
      }
    }
  } else if (exchange.body?.trim() && exchange.step !== 'hub-login') {
    parts.push(exchange.body.trim())
  }
  const challengeError = challengeOf(exchange)?.params.error
  if (challengeError) parts.push(`error=${challengeError}`)
  return parts.join('; ')
}

/** A string field of a JSON object body. */
export function jsonField(
  body: string | undefined,
  key: string
): string | undefined {
  const value = parseJson(body)?.[key]
  return typeof value === 'string' ? value : undefined
}

/**
 * Whether a Hub login API answer carries a `login_2fa_token`: the password
 * was right and two-factor authentication is on (docs/docker-hub.md §2).
 * The evidence keeps the field with its value redacted.
 */
export function hasTwoFactorToken(body: string | undefined): boolean {
  const token = jsonField(body, 'login_2fa_token')
  if (token !== undefined) return token !== ''
  return body !== undefined && body.includes('"login_2fa_token"')
}

/**
 * Whether an answer is a web page, not a registry's: an HTML content type
 * or body. Registries answer JSON or nothing; a captive portal or a
 * proxy's login page answers HTML, often with a 200. A body that is JSON
 * is a registry's whatever its content type says, as Go's clients read it
 * (attack-29 repro-02).
 */
export function isWebPage(exchange: HttpExchange): boolean {
  const body = exchange.body ?? ''
  if (/^\s*[{[]/.test(body)) {
    try {
      JSON.parse(body)
      return false
    } catch {
      // not JSON after all (or cut): the content type decides
    }
  }
  if (/\btext\/html\b/i.test(exchange.headers['content-type'] ?? ''))
    return true
  return /^\s*<(?:!doctype\s+html|html)\b/i.test(body)
}

/**
 * Whether a redirect sends the request away from the registry's API: a
 * 3xx whose Location is not a `/v2/` path, such as a web site's sign-in
 * page. docker follows it, and the page's 200 then passes for a registry
 * that needs no login; the push fails later (`GET https://…/users/sign_in:
 * unexpected status code 200 OK`, docs/registries.md §9.2). A redirect to
 * another `/v2/` (http to https, another host) is a registry's own.
 */
export function redirectsAway(exchange: HttpExchange): boolean {
  const status = exchange.status ?? 0
  const location = exchange.headers.location
  if (status < 300 || status >= 400 || !location) return false
  try {
    return !/\/v2\/?$/.test(new URL(location, exchange.url).pathname)
  } catch {
    return false
  }
}

/** Whether a status is a success (2xx). */
export function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300
}

function parseJsonValue(body: string | undefined): unknown {
  if (!body) return undefined
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}

function parseJson(
  body: string | undefined
): Record<string, unknown> | undefined {
  const parsed = parseJsonValue(body)
  return isRecord(parsed) ? parsed : undefined
}

/** A JSON object (not null, not an array), as its fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A GUID/UUID as text, any version (Docker Hub's legacy tokens, Azure ids). */
export const GUID_SHAPE =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The `Authorization` value of HTTP Basic authentication. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/**
 * The format of a `sub` claim (docs/docker-hub.md §7 (h)): with immutable ids
 * (`repo:owner@123/repo@456:…`, repositories created or renamed on or
 * after 2026-07-15), by name (`repo:owner/repo:…`), or another (a
 * customised subject).
 */
export function subFormat(sub: string): 'immutable-ids' | 'names' | 'other' {
  if (/^repo:[^/:@]+@\d+\/[^/:@]+@\d+:/.test(sub)) return 'immutable-ids'
  if (/^repo:[^/:@]+\/[^/:@]+:/.test(sub)) return 'names'
  return 'other'
}

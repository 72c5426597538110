/**
 * A Docker Hub emulator on loopback. One `node:http` server answers, on one
 * base URL, what Docker Hub answers on three hosts:
 *
 * - the registry (registry-1.docker.io): the `/v2/` ping and the rate-limit
 *   preview manifest;
 * - the token service (auth.docker.io): `GET /token`, and the OAuth2
 *   `POST /token` (docs/docker-hub.md §9 (a));
 * - the Hub API (hub.docker.com): `POST /v2/users/login` and
 *   `POST /v2/auth/token`.
 *
 * Credentials and what they may do are in `accounts.ts`. Faults (5xx, 429,
 * resets, hangs, broken bodies and challenges) are switched on per route with
 * `setFaults`. Every canned answer cites its source in
 * docs/docker-hub.md ("the facts", §n) or says it is inferred.
 * No secret is ever recorded or logged.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse
} from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import {
  ANONYMOUS_PULLS,
  DOCKER_IDS,
  dockerIdById,
  HUB_WORDINGS,
  REGISTRY_WORDINGS,
  repositoryGrant,
  resolveAccount,
  type Account,
  type HubAnswer,
  type PullAllowance,
  type TokenAnswer
} from './accounts.js'
import { signJwt, verifyJwt } from './jwt.js'
import { exchange as oidcExchange, OidcState, readForm } from './oidc.js'

/** The `service` of Docker Hub's registry challenge (the facts §1 step 1). */
export const SERVICE = 'registry.docker.io'
/** The `iss` of registry tokens (auth.docker.io, the facts §1 step 3). */
export const ISSUER = 'auth.docker.io'
/** The facts §1 step 3: `expires_in: 300`. */
const TOKEN_LIFETIME_SECONDS = 300
/** The facts §2: Hub API tokens last 10 minutes. */
const HUB_TOKEN_LIFETIME_SECONDS = 600
/** The size of the `huge-body` fault's body. */
const HUGE_BODY_BYTES = 4 * 1024 * 1024
/** Hub API request bodies are read up to this size. */
const MAX_REQUEST_BYTES = 64 * 1024

/** Which part of Docker Hub a fault applies to. */
export type FaultRoute = 'ping' | 'token' | 'hub' | 'manifest' | 'any'

/** The faults the emulator can inject. */
export const FAULT_KINDS = [
  '500',
  '502',
  '503',
  '429',
  'reset',
  'hang',
  'malformed-json',
  'not-jwt',
  'no-challenge',
  'bad-challenge',
  'other-realm-host',
  'huge-body'
] as const

/** A fault the emulator can inject. */
export type FaultKind = (typeof FAULT_KINDS)[number]

/** One entry of a fault plan: `kind` for the next `times` matching requests. */
export interface FaultPlan {
  route: FaultRoute
  kind: FaultKind
  /** how many matching requests it hits; default 1, `Infinity` allowed */
  times?: number
  /** the `Retry-After` header of a `429` fault */
  retryAfter?: string
}

/** Which request a recorded request was. */
export type RequestStep =
  | 'ping'
  | 'token'
  | 'hub-login'
  | 'hub-auth-token'
  | 'manifest'
  | 'not-found'
  /** Docker's OIDC token exchange, `POST /oauth/token` (the facts §7 (d)) */
  | 'oidc-exchange'

/** A request the emulator received. It never holds a credential. */
export interface RecordedRequest {
  method: string
  /** the path, without the query string */
  path: string
  step: RequestStep
  /** the `Authorization` scheme (`basic`, `bearer`), never its value */
  authorization?: string
  /** token requests: the `account` query parameter (a username) */
  account?: string
  /** token requests: the `client_id` query parameter */
  clientId?: string
  /** token requests: the `service` query parameter */
  service?: string
  /** token requests: the `scope` query parameters, split on spaces */
  scopes?: string[]
  /** the status answered; undefined for a reset or a hang */
  status?: number
  /** the fault injected into this request, if any */
  fault?: FaultKind
}

/** How to start the emulator. */
export interface EmulatorOptions {
  /** default 127.0.0.1 */
  host?: string
  /** default 0: a free port */
  port?: number
  /** faults active from the start */
  faults?: FaultPlan[]
  /** called once per request when its outcome is known (for logging) */
  onRequest?: (request: RecordedRequest) => void
  /**
   * the base URL clients reach the emulator at, when not its own (a proxy
   * in front of it): the challenge's realm names it
   */
  advertise?: string
}

/** A running emulator. */
export interface Emulator {
  /** the base URL, e.g. `http://127.0.0.1:5000` */
  url: string
  /** host and port, e.g. `127.0.0.1:5000`, for `docker login` */
  host: string
  port: number
  /** every request received since the start or the last `reset()` */
  requests: RecordedRequest[]
  /** replaces the active faults; entries are consumed in order */
  setFaults(plan: FaultPlan[]): void
  /** clears the faults and the recorded requests */
  reset(): void
  /** stops the server and ends every open connection, hanging ones too */
  close(): Promise<void>
  /**
   * the Docker tokens the OIDC exchange issued (the facts §7 (d)), for the
   * tests' secret scan only
   */
  oidcTokens(): string[]
}

/** One element of a registry token's `access` claim (the facts §1 step 3). */
export interface AccessEntry {
  type: string
  name: string
  actions: string[]
}

/** The payload of a registry token (the facts §1 step 3). */
export interface RegistryClaims {
  iss: string
  sub: string
  aud: string
  exp: number
  iat: number
  nbf: number
  jti: string
  access: AccessEntry[]
}

type Route = Exclude<FaultRoute, 'any'> | 'other'

const CHALLENGE_FAULTS: FaultKind[] = [
  'no-challenge',
  'bad-challenge',
  'other-realm-host'
]

/** The routes a fault kind can be injected into. */
function faultRoutes(kind: FaultKind): Route[] {
  if (CHALLENGE_FAULTS.includes(kind)) return ['ping', 'manifest']
  if (kind === 'not-jwt') return ['token', 'hub']
  return ['ping', 'token', 'hub', 'manifest']
}

function checkFault(plan: FaultPlan): void {
  const routes = ['ping', 'token', 'hub', 'manifest', 'any']
  if (!routes.includes(plan.route)) {
    throw new Error(`unknown fault route "${plan.route}"`)
  }
  if (!FAULT_KINDS.includes(plan.kind)) {
    throw new Error(`unknown fault kind "${plan.kind}"`)
  }
  if (plan.route !== 'any' && !faultRoutes(plan.kind).includes(plan.route)) {
    throw new Error(
      `fault "${plan.kind}" applies to ${faultRoutes(plan.kind).join(', ')}, ` +
        `not ${plan.route}`
    )
  }
  const times = plan.times ?? 1
  if (!(times > 0) || (times !== Infinity && !Number.isInteger(times))) {
    throw new Error(`fault times must be a positive integer or Infinity`)
  }
}

/**
 * Parses a fault written `route:kind[:times[:retryAfter]]`, e.g. `token:503:2`,
 * `ping:reset`, `any:429:inf:30`. `times` may be `inf`.
 */
export function parseFaultSpec(spec: string): FaultPlan {
  const [route, kind, times, retryAfter] = spec.trim().split(':')
  const plan: FaultPlan = {
    route: route as FaultRoute,
    kind: kind as FaultKind
  }
  if (times !== undefined && times !== '') {
    plan.times = /^(inf|infinity)$/i.test(times) ? Infinity : Number(times)
  }
  if (retryAfter !== undefined && retryAfter !== '') {
    plan.retryAfter = retryAfter
  }
  checkFault(plan)
  return plan
}

/** What a request is, from its path. */
function routeOf(path: string): {
  route: Route
  step: RequestStep
  repository?: string
} {
  if (path === '/v2/' || path === '/v2') return { route: 'ping', step: 'ping' }
  if (path === '/token') return { route: 'token', step: 'token' }
  // the facts §7 (d): identity.docker.com's exchange, on the same base
  if (path === '/oauth/token') return { route: 'other', step: 'oidc-exchange' }
  if (path === '/v2/users/login') return { route: 'hub', step: 'hub-login' }
  if (path === '/v2/auth/token') {
    return { route: 'hub', step: 'hub-auth-token' }
  }
  const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path)
  if (manifest) {
    return { route: 'manifest', step: 'manifest', repository: manifest[1] }
  }
  return { route: 'other', step: 'not-found' }
}

/**
 * Error pages for the 5xx faults. The 503 is the page Docker Hub's load
 * balancer answered (docs/docker-hub.md §9 (i): docker/hub-feedback#842);
 * the 502 is nginx's stock page with the footer of the nginx that answered
 * Docker Hub's 405 (§9 (i): docker/hub-feedback#1693) [I: that the 502
 * comes from it]; the 500 is distribution's `UNKNOWN` error [I: not found
 * posted].
 */
const SERVER_ERRORS: Record<
  '500' | '502' | '503',
  { type: string; body: string; reason: string }
> = {
  '500': {
    type: 'application/json',
    body:
      '{"errors":[{"code":"UNKNOWN","message":"unknown error",' +
      '"detail":null}]}\n',
    reason: 'Internal Server Error'
  },
  '502': {
    type: 'text/html',
    body:
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
      '<center><h1>502 Bad Gateway</h1></center>\r\n' +
      '<hr><center>nginx/1.15.5</center>\r\n</body>\r\n</html>\r\n',
    reason: 'Bad Gateway'
  },
  '503': {
    type: 'text/html',
    body:
      '<html><body><h1>503 Service Unavailable</h1>\n' +
      'No server is available to handle this request.\n</body></html>\n',
    reason: 'Service Unavailable'
  }
}

/** A schema 2 image manifest for the rate-limit preview repository. */
const PREVIEW_MANIFEST = JSON.stringify(
  {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: 1510,
      digest: `sha256:${sha256('ratelimitpreview/test config')}`
    },
    layers: [
      {
        mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
        size: 977,
        digest: `sha256:${sha256('ratelimitpreview/test layer')}`
      }
    ]
  },
  null,
  3
)

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The `Basic` credentials of a request, or undefined. */
function basicCredentials(
  header: string | undefined
): { username: string; secret: string } | undefined {
  const match = /^basic\s+(\S+)$/i.exec(header ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { username: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
}

/**
 * The `scope` parameters of a token request: repeatable, and each may hold
 * several scopes separated by spaces (the distribution token spec).
 */
function scopesOf(url: URL): string[] {
  return url.searchParams
    .getAll('scope')
    .flatMap((scope) => scope.split(' '))
    .filter((scope) => scope !== '')
}

/** Splits `repository:name:actions` (the name may contain colons). */
function parseScope(scope: string): AccessEntry | undefined {
  const first = scope.indexOf(':')
  const last = scope.lastIndexOf(':')
  if (first <= 0 || last <= first) return undefined
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter((action) => action !== '')
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Sends a complete answer (status, headers, body) and records it. */
type Answer = (
  status: number,
  headers: OutgoingHttpHeaders,
  body?: string | Buffer
) => void

/** One request being answered, and what its handler needs to know. */
interface Exchange {
  req: IncomingMessage
  method: string
  url: URL
  answer: Answer
  /** the emulator's signing key */
  key: Buffer
  /** the emulator's base URL */
  base: string
  /** the same server under another host name (`other-realm-host`) */
  otherBase: string
  /** the registry token the request carries, if the emulator issued it */
  claims?: RegistryClaims
  /** a challenge fault to apply to this request's challenge */
  challengeFault?: FaultKind
  /** the OIDC exchange's tokens and faults */
  oidc: OidcState
}

let hugeBodyCache: Buffer | undefined

/** The `huge-body` fault's body: 4 MiB of valid JSON. */
function hugeBody(): Buffer {
  hugeBodyCache ??= Buffer.from(
    `{"padding":"${'x'.repeat(HUGE_BODY_BYTES - 15)}"}\n`
  )
  return hugeBodyCache
}

/**
 * Answers a request with a fault other than the challenge faults. These are
 * the failures of the network and of the services in front of Docker Hub
 * (the facts §5 lists the CLI's messages for them), not Docker Hub's own
 * answers: the 503 page, the ping's and the manifest's 429 are sourced
 * (docs/docker-hub.md §9 (h), (i)); the rest is inferred.
 */
function injectFault(x: Exchange, fault: FaultPlan, route: Route): void {
  const { req, answer } = x
  switch (fault.kind) {
    case '500':
    case '502':
    case '503': {
      const page = SERVER_ERRORS[fault.kind]
      req.resume()
      return answer(
        Number(fault.kind),
        { 'content-type': page.type },
        page.body
      )
    }
    case '429': {
      req.resume()
      const limited = tooManyRequests(route)
      return answer(
        429,
        {
          'content-type': limited.type,
          ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {})
        },
        limited.body
      )
    }
    case 'reset':
      // A TCP reset, no answer at all: clients see ECONNRESET.
      req.socket.resetAndDestroy()
      return
    case 'hang':
      // Accepted and never answered; close() destroys the socket.
      return
    case 'malformed-json':
      req.resume()
      // A body cut in the middle, still labelled JSON.
      return answer(
        200,
        { 'content-type': 'application/json' },
        '{"token":"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsIng1YyI6WyJNSUlF'
      )
    case 'not-jwt': {
      req.resume()
      const opaque = `emulator-opaque-${randomBytes(12).toString('hex')}`
      const body =
        route === 'hub'
          ? { token: opaque, access_token: opaque }
          : {
              token: opaque,
              access_token: opaque,
              expires_in: TOKEN_LIFETIME_SECONDS,
              issued_at: new Date().toISOString()
            }
      return answer(
        200,
        { 'content-type': 'application/json' },
        JSON.stringify(body)
      )
    }
    case 'huge-body':
      req.resume()
      return answer(200, { 'content-type': 'application/json' }, hugeBody())
    default:
      // the challenge faults are applied by the routes themselves
      return
  }
}

/** The 429 of a fault, in the format of the route. */
function tooManyRequests(route: Route): { type: string; body: string } {
  const json = 'application/json'
  // the facts §1 table: the pull rate limit on the manifest (docker/docs
  // usage/pulls.md), the abuse limit's `Too Many Requests` on the token
  // service (docker/docs usage/_index.md)
  if (route === 'manifest') {
    return {
      type: json,
      body: JSON.stringify({
        errors: [
          {
            code: 'TOOMANYREQUESTS',
            message: REGISTRY_WORDINGS.pullRateLimit
          }
        ]
      })
    }
  }
  // the Hub API's and the token service's bodies: JSON with `detail` or
  // `details`, like their other refusals [I: not found posted,
  // docs/docker-hub.md §9 (h)]
  if (route === 'hub') {
    return {
      type: json,
      body: JSON.stringify({ detail: REGISTRY_WORDINGS.abuseLimit })
    }
  }
  if (route === 'token') {
    return {
      type: json,
      body: JSON.stringify({ details: REGISTRY_WORDINGS.abuseLimit })
    }
  }
  // the registry's ping: the abuse limit's page in plain text, which
  // docker could not parse ("error parsing HTTP 429 response body:
  // invalid character 'T' …: \"Too Many Requests (HAP429).\\n\"",
  // docs/docker-hub.md §9 (h): docker/hub-feedback#1907, #2023) [I: the
  // content type]
  return { type: 'text/plain', body: 'Too Many Requests (HAP429).\n' }
}

/** The registry token in a `Bearer` header, if the emulator issued it. */
function registryClaims(
  header: string | undefined,
  key: Buffer
): RegistryClaims | undefined {
  const match = /^bearer\s+(\S+)$/i.exec(header ?? '')
  if (!match) return undefined
  const payload = verifyJwt(match[1], key) as RegistryClaims | undefined
  if (
    !payload ||
    payload.aud !== SERVICE ||
    payload.iss !== ISSUER ||
    !(payload.exp > Date.now() / 1000)
  ) {
    return undefined
  }
  return payload
}

/** Whether a registry token grants `action` on `repository`. */
function grants(
  claims: RegistryClaims | undefined,
  repository: string,
  action: string
): boolean {
  return !!claims?.access?.some(
    (entry) =>
      entry.type === 'repository' &&
      entry.name === repository &&
      entry.actions.includes(action)
  )
}

/**
 * The registry's Bearer challenge (the facts §1 step 1), with the realm on
 * this server. The challenge faults garble it, drop it or move the realm to
 * another host name of this server.
 */
function challengeHeaders(
  x: Exchange,
  scope?: string,
  error?: string
): OutgoingHttpHeaders {
  const fault = x.challengeFault
  if (fault === 'no-challenge') return {}
  if (fault === 'bad-challenge') {
    // an unterminated quote and a stray token
    return {
      'www-authenticate': `Bearer realm="${x.base}/token,service="${SERVICE}`
    }
  }
  const realmBase = fault === 'other-realm-host' ? x.otherBase : x.base
  let challenge = `Bearer realm="${realmBase}/token",service="${SERVICE}"`
  if (scope) challenge += `,scope="${scope}"`
  if (error) challenge += `,error="${error}"`
  return { 'www-authenticate': challenge }
}

/** `GET /v2/`: the registry ping. */
function ping(x: Exchange): void {
  const { method, claims, answer } = x
  const headers = {
    'content-type': 'application/json',
    'docker-distribution-api-version': 'registry/2.0'
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return methodNotAllowed(x)
  }
  // the facts §1 step 1 (and the brief): the 401 and its challenge; a
  // Basic header is not enough, Docker Hub's registry only takes tokens
  if (!claims) {
    return answer(
      401,
      { ...headers, ...challengeHeaders(x) },
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication ' +
        'required","detail":null}]}\n'
    )
  }
  // the distribution API: a valid token gets `200 {}`
  return answer(200, headers, '{}')
}

/** `GET`/`HEAD /v2/<name>/manifests/<reference>`: the rate-limit preview. */
function manifest(x: Exchange, repository: string): void {
  const { method, claims, answer } = x
  const headers = {
    'content-type': 'application/json',
    'docker-distribution-api-version': 'registry/2.0'
  }
  if (method !== 'GET' && method !== 'HEAD') {
    return methodNotAllowed(x)
  }
  if (!grants(claims, repository, 'pull')) {
    // the facts §4: the preview needs a token with pull on the repository;
    // the challenge's `scope` and `error="insufficient_scope"` (to a
    // request that carried a token) and the body's `detail` with `Type`,
    // `Class`, `Name` and `Action` are Docker Hub's as a client logged
    // them (docs/docker-hub.md §9 (b): buildpacks/pack#537)
    const scope = `repository:${repository}:pull`
    return answer(
      401,
      {
        ...headers,
        ...challengeHeaders(x, scope, claims ? 'insufficient_scope' : undefined)
      },
      JSON.stringify({
        errors: [
          {
            code: 'UNAUTHORIZED',
            message: 'authentication required',
            detail: [
              {
                Type: 'repository',
                Class: '',
                Name: repository,
                Action: 'pull'
              }
            ]
          }
        ]
      })
    )
  }
  if (repository !== 'ratelimitpreview/test') {
    // only the preview repository has a manifest here (the emulator's
    // choice); a tag Docker Hub does not have is `manifest unknown:
    // manifest unknown` (docs/docker-hub.md §9 (c)), the detail
    // distribution's `ErrTagUnknown` ({"Tag": …}) [I: Hub's detail]
    return answer(
      404,
      headers,
      JSON.stringify({
        errors: [
          {
            code: 'MANIFEST_UNKNOWN',
            message: 'manifest unknown',
            detail: { Tag: 'latest' }
          }
        ]
      })
    )
  }
  // the facts §4: ratelimit-limit / ratelimit-remaining with `;w=`, and
  // docker-ratelimit-source (the user id, or the IP when anonymous); no
  // headers when no limit applies. A HEAD answers `Docker-Content-Digest`
  // (docs/docker-hub.md §9 (c): go-containerregistry#769,
  // renovatebot/renovate#11473); the content type and digest are those of
  // a schema 2 manifest [I: the preview manifest's own type is not
  // sourced]. HEAD counts no pull, and the emulator counts none for GET
  // either.
  const owner = claims?.sub ? dockerIdById(claims.sub) : undefined
  const pulls: PullAllowance | 'unlimited' = owner
    ? owner.pulls
    : ANONYMOUS_PULLS
  const digest = `sha256:${sha256(PREVIEW_MANIFEST)}`
  const limitHeaders: OutgoingHttpHeaders =
    pulls === 'unlimited'
      ? {}
      : {
          'ratelimit-limit': `${pulls.limit};w=${pulls.windowSeconds}`,
          'ratelimit-remaining': `${pulls.remaining};w=${pulls.windowSeconds}`,
          'docker-ratelimit-source': owner ? owner.id : clientAddress(x.req)
        }
  return answer(
    200,
    {
      ...headers,
      'content-type': 'application/vnd.docker.distribution.manifest.v2+json',
      'docker-content-digest': digest,
      etag: `"${digest}"`,
      ...limitHeaders
    },
    PREVIEW_MANIFEST
  )
}

/**
 * `GET /token` and the OAuth2 `POST /token` (docs/docker-hub.md §9 (a)):
 * the token service (auth.docker.io). `form` is the POST's body.
 */
function token(x: Exchange, form?: URLSearchParams): void {
  const { method, url, answer } = x
  const json = { 'content-type': 'application/json' }
  if (method !== 'GET' && method !== 'POST') {
    // docs/docker-hub.md §9 (d): which methods Hub refuses is not sourced
    return methodNotAllowed(x)
  }
  const post = method === 'POST'
  if (post && form?.get('grant_type') !== 'password') {
    // §9 (a): only the password grant (the emulator issues no refresh
    // token); the wording of the refusal is RFC 6749 §5.2's [I]
    return answer(
      400,
      json,
      JSON.stringify({ error: 'unsupported_grant_type' })
    )
  }
  const scopes = post
    ? (form?.get('scope') ?? '').split(' ').filter((scope) => scope !== '')
    : scopesOf(url)
  // the POST's credential is in its form (distribution's oauth.md), the
  // GET's in its Basic header
  const authorization = post
    ? `Basic ${Buffer.from(`${form?.get('username') ?? ''}:${form?.get('password') ?? ''}`).toString('base64')}`
    : x.req.headers.authorization
  let account: Account | undefined
  if (authorization) {
    const credentials = basicCredentials(authorization)
    // a header that is not Basic, or a pair that is not known, is refused
    // like a wrong password (docs/docker-hub.md §9 (e): a deleted account,
    // an email address; a Bearer header is [I])
    account = credentials
      ? (oidcAccount(x.oidc, credentials) ??
        resolveAccount(credentials.username, credentials.secret))
      : undefined
    const verdict: TokenAnswer = account?.registry ?? {
      status: 401,
      details: REGISTRY_WORDINGS.incorrect
    }
    if (verdict.status !== 200) {
      // the facts §1 step 4 and table: `{"details": …}` with the status
      return answer(
        verdict.status,
        {
          ...json,
          ...(verdict.retryAfter ? { 'retry-after': verdict.retryAfter } : {})
        },
        JSON.stringify({ details: verdict.details })
      )
    }
  }
  // No Authorization: an anonymous token, pull on public repositories
  // only (the facts §4: the preview works anonymously).
  const access: AccessEntry[] = []
  for (const scope of scopes) {
    const asked = parseScope(scope)
    // inferred, not sourced: unparsable scopes are ignored (§9 (f))
    if (!asked) continue
    if (asked.type !== 'repository') {
      // other resource types are granted nothing: an empty `access` is
      // what Hub's token service gives a scope it does not grant
      // (docs/docker-hub.md §9 (f): distribution/distribution#1203,
      // docker/hub-feedback#1771) [I: for `registry:catalog:*`]
      access.push({ ...asked, actions: [] })
      continue
    }
    const granted = repositoryGrant(account, asked.name, asked.actions)
    if (granted === 'insufficient-scope') {
      // the facts §1 table, read-only token asked for push (docker/cli#4511)
      return answer(
        401,
        json,
        JSON.stringify({ details: REGISTRY_WORDINGS.insufficientScopes })
      )
    }
    // the facts §1 step 3: a 200 whose actions may lack `push`
    // (docker/hub-feedback#1771)
    access.push({ type: 'repository', name: asked.name, actions: granted })
  }
  const now = Math.floor(Date.now() / 1000)
  const claims: RegistryClaims = {
    iss: ISSUER,
    // inferred, not sourced: anonymous tokens carry an empty subject
    // (searched: docs/docker-hub.md §9 (f))
    sub: account ? (DOCKER_IDS[account.username]?.id ?? '') : '',
    aud: SERVICE,
    exp: now + TOKEN_LIFETIME_SECONDS,
    iat: now,
    nbf: now,
    jti: randomUUID(),
    access
  }
  const jwt = signJwt(claims, x.key)
  if (post) {
    // distribution's oauth.md (whose examples are auth.docker.io's):
    // `access_token`, `expires_in`, `scope` (the granted scopes), and a
    // `refresh_token` only with access_type=offline, which the emulator
    // never issues (§1 step 3: Hub's GET gives none either) [I]
    return answer(
      200,
      json,
      JSON.stringify({
        access_token: jwt,
        expires_in: TOKEN_LIFETIME_SECONDS,
        scope: access
          .filter((entry) => entry.actions.length > 0)
          .map(
            (entry) => `${entry.type}:${entry.name}:${entry.actions.join(',')}`
          )
          .join(' ')
      })
    )
  }
  // the facts §1 step 3: token, access_token, expires_in 300, issued_at
  return answer(
    200,
    json,
    JSON.stringify({
      token: jwt,
      access_token: jwt,
      expires_in: TOKEN_LIFETIME_SECONDS,
      issued_at: new Date(now * 1000).toISOString()
    })
  )
}

/** `POST /v2/users/login` and `/v2/auth/token`: the Hub login API. */
async function hub(x: Exchange, step: RequestStep): Promise<void> {
  const { method, req, answer } = x
  const json = { 'content-type': 'application/json' }
  if (method !== 'POST') {
    req.resume()
    // inferred, not sourced: Django REST framework's wording (the Hub
    // API answers `{"detail": …}`, docs/docker-hub.md §9 (j); its 405 was
    // not found posted)
    return answer(
      405,
      { ...json, allow: 'POST' },
      JSON.stringify({ detail: `Method "${method}" not allowed.` })
    )
  }
  let body: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(await readBody(req))
    if (typeof parsed !== 'object' || parsed === null) throw new Error()
    body = parsed as Record<string, unknown>
  } catch {
    // inferred, not sourced (docs/docker-hub.md §9 (j))
    return answer(400, json, JSON.stringify({ detail: 'JSON parse error' }))
  }
  // the facts §2: users/login takes username/password, auth/token
  // identifier/secret (the identifier of an organization token is the
  // organization's name)
  const login = step === 'hub-login'
  const username = login ? body.username : body.identifier
  const secret = login ? body.password : body.secret
  if (typeof username !== 'string' || typeof secret !== 'string') {
    // inferred, not sourced (docs/docker-hub.md §9 (j))
    return answer(
      400,
      json,
      JSON.stringify({ detail: 'username and password are required' })
    )
  }
  const account = resolveAccount(username, secret)
  const verdict: HubAnswer = account?.hub ?? {
    status: 401,
    detail: HUB_WORDINGS.incorrect
  }
  if (verdict.status === 401) {
    // the facts §2: `detail`, and `login_2fa_token` for a correct password
    // on a 2FA account (for auth/token this is inferred there, and
    // stays so: docs/docker-hub.md §9 (j))
    const refusal: Record<string, string> = { detail: verdict.detail }
    if (verdict.login2faToken) {
      refusal.login_2fa_token = randomBytes(24).toString('base64url')
    }
    return answer(401, json, JSON.stringify(refusal))
  }
  if (verdict.status === 429) {
    return answer(
      429,
      {
        ...json,
        ...(verdict.retryAfter ? { 'retry-after': verdict.retryAfter } : {})
      },
      JSON.stringify({ detail: verdict.detail })
    )
  }
  const jwt = signJwt(hubClaims(account as Account), x.key)
  // the facts §2: `{"token"}` from users/login, `{"access_token"}` from
  // auth/token
  return answer(
    200,
    json,
    JSON.stringify(login ? { token: jwt } : { access_token: jwt })
  )
}

/**
 * A Hub API token's claims: the facts §2 name `scope` (`repo:admin`,
 * `repo:write`, `repo:read`) and `https://hub.docker.com` with the
 * username. A personal access token's JWT carried `repo:read` in one
 * scanner's output (docs/docker-hub.md §9 (j): trufflesecurity/trufflehog
 * #4099); which credential gets which scope is otherwise inferred, not
 * sourced.
 */
function hubClaims(account: Account): object {
  const now = Math.floor(Date.now() / 1000)
  const id = DOCKER_IDS[account.username]?.id ?? ''
  const scope =
    account.kind === 'password'
      ? 'repo:admin'
      : account.access === 'read-only'
        ? 'repo:read'
        : 'repo:write'
  return {
    iss: 'https://hub.docker.com',
    sub: id,
    aud: 'https://hub.docker.com',
    exp: now + HUB_TOKEN_LIFETIME_SECONDS,
    iat: now,
    jti: randomUUID(),
    scope,
    'https://hub.docker.com': { username: account.username, uuid: id }
  }
}

/**
 * A method a route does not take: the `405 Not Allowed` page of the nginx
 * in front of Docker Hub, as docker quoted it during a push
 * (docs/docker-hub.md §9 (d): docker/hub-feedback#1693), with no `Allow`
 * header (nginx's stock page sends none). Which methods Docker Hub's
 * routes refuse is [I]; distribution itself answers `Method not allowed`
 * in plain text with an `Allow` header (§9 (d)).
 */
function methodNotAllowed(x: Exchange): void {
  x.answer(
    405,
    { 'content-type': 'text/html' },
    '<html>\r\n<head><title>405 Not Allowed</title></head>\r\n<body>\r\n' +
      '<center><h1>405 Not Allowed</h1></center>\r\n' +
      '<hr><center>nginx/1.15.5</center>\r\n</body>\r\n</html>\r\n'
  )
}

/**
 * The account of a Docker token the OIDC exchange issued: the organization
 * that owns the connection, with read and write on its namespace (the
 * facts §7 (a)). With another username — a personal Docker ID — or once
 * expired it is refused as a wrong password: the facts §7 (f) give no
 * wording for the former (inferred; nothing found, docs/docker-hub.md
 * §9 (m)), §7 (g) this one for the latter.
 */
function oidcAccount(
  oidc: OidcState,
  credentials: { username: string; secret: string }
): Account | undefined {
  const issued = oidc.issued.get(credentials.secret)
  if (!issued) return undefined
  const fresh = issued.exp > Date.now() / 1000
  const own = credentials.username.toLowerCase() === issued.organization
  return {
    username: issued.organization,
    secret: credentials.secret,
    kind: 'oidc',
    behaviour: 'a Docker token from the OIDC exchange',
    registry:
      fresh && own
        ? { status: 200 }
        : { status: 401, details: REGISTRY_WORDINGS.incorrect },
    hub: { status: 401, detail: 'Incorrect authentication credentials' },
    access: 'read-write',
    namespaces: [issued.organization],
    diagnosis: 'ok',
    source: 'docs/docker-hub.md §7'
  }
}

function clientAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
}

/**
 * Starts a Docker Hub emulator; by default on 127.0.0.1 and a free port.
 * Its signing key is new for every start, so tokens from another instance
 * are refused.
 */
export async function startEmulator(
  options: EmulatorOptions = {}
): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1'
  const key = randomBytes(32)
  const sockets = new Set<Socket>()
  let faults: Array<FaultPlan & { left: number }> = []
  const oidc = new OidcState()
  // filled in once listening
  let base = ''
  let otherBase = ''

  const emulator: Emulator = {
    url: '',
    host: '',
    port: 0,
    requests: [],
    setFaults(plan) {
      plan.forEach(checkFault)
      faults = plan.map((entry) => ({ ...entry, left: entry.times ?? 1 }))
    },
    reset() {
      faults = []
      emulator.requests.length = 0
      oidc.reset()
    },
    close,
    oidcTokens: () => [...oidc.issued.keys()]
  }
  emulator.setFaults(options.faults ?? [])

  function takeFault(
    route: Route,
    challenged: boolean
  ): (FaultPlan & { left: number }) | undefined {
    if (route === 'other') return undefined
    const index = faults.findIndex(
      (entry) =>
        (entry.route === 'any' || entry.route === route) &&
        faultRoutes(entry.kind).includes(route) &&
        (challenged || !CHALLENGE_FAULTS.includes(entry.kind))
    )
    if (index < 0) return undefined
    const entry = faults[index]
    entry.left -= 1
    if (entry.left <= 0) faults.splice(index, 1)
    return entry
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator')
    const method = req.method ?? 'GET'
    const { route, step, repository } = routeOf(url.pathname)
    const record: RecordedRequest = { method, path: url.pathname, step }
    const scheme = /^(\S+)/.exec(req.headers.authorization ?? '')?.[1]
    if (scheme) record.authorization = scheme.toLowerCase()
    if (route === 'token') {
      record.account = url.searchParams.get('account') ?? undefined
      record.clientId = url.searchParams.get('client_id') ?? undefined
      record.service = url.searchParams.get('service') ?? undefined
      record.scopes = scopesOf(url)
    }
    emulator.requests.push(record)
    let reported = false
    const report = (): void => {
      if (reported) return
      reported = true
      options.onRequest?.(record)
    }
    res.on('finish', report)
    res.on('close', report)

    const answer: Answer = (status, headers, body = '') => {
      record.status = status
      const length = Buffer.byteLength(body)
      res.writeHead(status, { 'content-length': length, ...headers })
      res.end(method === 'HEAD' ? undefined : body)
    }

    const claims = registryClaims(req.headers.authorization, key)
    const challenged =
      (route === 'ping' && !claims) ||
      (route === 'manifest' &&
        !(repository && grants(claims, repository, 'pull')))
    const fault = takeFault(route, challenged)
    if (fault) record.fault = fault.kind

    const exchange: Exchange = {
      req,
      method,
      url,
      answer,
      key,
      base,
      otherBase,
      claims,
      oidc
    }
    if (fault && !CHALLENGE_FAULTS.includes(fault.kind)) {
      injectFault(exchange, fault, route)
      if (fault.kind === 'reset' || fault.kind === 'hang') report()
      return
    }
    exchange.challengeFault = fault?.kind

    switch (route) {
      case 'ping':
        return ping(exchange)
      case 'manifest':
        return manifest(exchange, repository ?? '')
      case 'token':
        if (method === 'POST') {
          // the OAuth2 form (docs/docker-hub.md §9 (a))
          const form = await readForm(req)
          record.account = form.get('username') ?? undefined
          record.clientId = form.get('client_id') ?? undefined
          record.service = form.get('service') ?? undefined
          record.scopes = (form.get('scope') ?? '')
            .split(' ')
            .filter((scope) => scope !== '')
          return token(exchange, form)
        }
        req.resume()
        return token(exchange)
      case 'hub':
        return hub(exchange, step)
      default:
        if (step === 'oidc-exchange') {
          const said = oidcExchange(method, await readForm(req), oidc)
          return answer(said.status, said.headers, said.body)
        }
        req.resume()
        // a path no route serves: Go's `404 page not found`, as
        // registry-1.docker.io answers it and distribution does
        // (docs/docker-hub.md §9 (g): docker/hub-feedback#2304;
        // docs/registries.md §14 (b)) [I: for the Hub API's host]
        return answer(
          404,
          {
            'content-type': 'text/plain; charset=utf-8',
            'x-content-type-options': 'nosniff'
          },
          '404 page not found\n'
        )
    }
  }

  async function close(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const socket of sockets) socket.destroy()
    server.closeAllConnections()
    await closed
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const hostname = host.includes(':') ? `[${host}]` : host
  base = options.advertise ?? `http://${hostname}:${port}`
  // the other-realm-host fault: the same server under another host name
  const otherHost = host === 'localhost' ? '127.0.0.1' : 'localhost'
  otherBase = `http://${otherHost}:${port}`
  emulator.url = base
  emulator.host = `${hostname}:${port}`
  emulator.port = port
  return emulator
}

/**
 * Docker Hub OIDC on loopback (docs/docker-hub.md §7):
 *
 * - GitHub's ID-token endpoint, as the Actions runtime serves it at
 *   `ACTIONS_ID_TOKEN_REQUEST_URL` (§7 (c)): `GET <url>&audience=<aud>` with
 *   `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` answers
 *   `{"value":"<JWT>"}`;
 * - Docker's token exchange, `POST /oauth/token` on the Docker Hub emulator
 *   (§7 (d)): the ID token and a connection id for a Docker token, which
 *   the emulator's token service then takes with the organization's name.
 *
 * The connections and what they answer are in OIDC_CONNECTIONS. Every
 * answer cites §7 or says it is inferred. Tokens are kept only for the
 * tests' secret scan, never logged.
 */
import { randomBytes } from 'node:crypto'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { decodeJwtPayload, signJwt, verifyJwt } from './jwt.js'

/**
 * The key GitHub's stand-in signs ID tokens with and Docker's stand-in
 * checks them with ("against GitHub's public key registry", §7 (d)): one
 * per process, so that both emulators of a test agree.
 */
const GITHUB_KEY = randomBytes(32)
/** The issuer of GitHub's ID tokens (§7 (c)). */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
/** Docker's audience (§7 (c)). */
export const DOCKER_AUDIENCE = 'https://identity.docker.com'

/** The claims of an ID token (§7 (c), (h)). */
export interface IdTokenClaims {
  sub: string
  repository: string
  repository_owner: string
  repository_owner_id: string
  repository_id: string
  ref: string
  job_workflow_ref: string
  event_name: string
}

/** A branch push of acme/app, its `sub` by names (§7 (h)). */
export const DEFAULT_CLAIMS: IdTokenClaims = {
  sub: 'repo:acme/app:ref:refs/heads/main',
  repository: 'acme/app',
  repository_owner: 'acme',
  repository_owner_id: '1001',
  repository_id: '2002',
  ref: 'refs/heads/main',
  job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  event_name: 'push'
}

/**
 * The same push from a repository created after 2026-07-15: its `sub`
 * carries the immutable ids (§7 (h)).
 */
export const IMMUTABLE_CLAIMS: IdTokenClaims = {
  ...DEFAULT_CLAIMS,
  sub: 'repo:acme@1001/app@2002:ref:refs/heads/main'
}

/** GitHub's ID-token endpoint on loopback. */
export interface IdTokenServer {
  /** ACTIONS_ID_TOKEN_REQUEST_URL (with a query, as the runtime's has) */
  url: string
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  requestToken: string
  /** the audiences asked for, in order */
  audiences: string[]
  /** the claims of the tokens it hands out from now on */
  claims: IdTokenClaims
  /**
   * the audience of the tokens it hands out from now on, when not the one
   * asked (a token for another audience)
   */
  audience?: string
  /**
   * answers a request in its place when it returns true (for faults: an
   * endpoint that never answers, refuses, or answers oddly); it sees every
   * request, before the request token is checked
   */
  answer?: (req: IncomingMessage, res: ServerResponse) => boolean
  /** every request received, answered or not */
  requests: number
  /**
   * the ID tokens handed out, for the tests' secret scan only (never
   * logged)
   */
  issued: string[]
  close(): Promise<void>
}

/**
 * An ID token from the endpoint, asked as the Actions toolkit asks it
 * (`&audience=` on ACTIONS_ID_TOKEN_REQUEST_URL, the request token as a
 * bearer token): what tests give the action in place of core.getIDToken.
 */
export async function requestIdToken(
  server: Pick<IdTokenServer, 'url' | 'requestToken'>,
  audience: string
): Promise<string> {
  const url = `${server.url}&audience=${encodeURIComponent(audience)}`
  const answer = await fetch(url, {
    headers: { authorization: `Bearer ${server.requestToken}` }
  })
  return ((await answer.json()) as { value: string }).value
}

/** Starts GitHub's ID-token endpoint on 127.0.0.1 and a free port. */
export async function startIdTokenServer(): Promise<IdTokenServer> {
  const requestToken = randomBytes(24).toString('hex')
  const served: IdTokenServer = {
    url: '',
    requestToken,
    audiences: [],
    claims: { ...DEFAULT_CLAIMS },
    issued: [],
    requests: 0,
    close
  }
  const server = createServer((req, res) => {
    req.resume()
    served.requests += 1
    if (served.answer?.(req, res)) return
    const url = new URL(req.url ?? '/', 'http://github')
    const json = { 'content-type': 'application/json' }
    // §7 (c): the request token as a bearer token; inferred, not sourced:
    // any other is refused with a 401 (searched: docs/docker-hub.md
    // §9 (m))
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, json).end('{"message":"Unauthorized"}')
      return
    }
    const audience = url.searchParams.get('audience') ?? ''
    served.audiences.push(audience)
    const now = Math.floor(Date.now() / 1000)
    // §7 (c): about 5 minutes
    const payload = {
      ...served.claims,
      iss: GITHUB_ISSUER,
      aud: served.audience ?? audience,
      iat: now,
      nbf: now,
      exp: now + 300
    }
    const value = signJwt(payload, GITHUB_KEY)
    served.issued.push(value)
    // §7 (c): {"value":"<JWT>"}
    res.writeHead(200, json).end(JSON.stringify({ value }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  served.url = `http://127.0.0.1:${port}/_apis/distributedtask/oidc/token?api-version=2.0`
  async function close(): Promise<void> {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return served
}

/** How a connection answers the exchange. */
export interface OidcConnection {
  id: string
  /** the organization that owns it (§7 (a), (f)) */
  organization: string
  /** the `sub` rules of its rulesets; `*` is a wildcard (§7 (h)) */
  rules: string[]
  /** a deactivated connection fails the exchange (§7 (a)) */
  active: boolean
  /**
   * faults before it answers: `429` (with Retry-After: 1) or `503`, for the
   * first `times` exchanges after each reset
   */
  fault?: { status: 429 | 503; times: number }
  /**
   * an answer no connection should give, once the exchange is accepted: a
   * Docker token whose `expires_in` is 1e20, or a web page with status 200
   * and no token (inferred, not sourced: faults to test against;
   * docs/docker-hub.md §9 (m))
   */
  odd?: 'endless-lifetime' | 'html-page'
  behaviour: string
}

/** The emulator's OIDC connections. */
export const OIDC_CONNECTIONS = {
  ok: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e01',
    organization: 'acmecorp',
    rules: ['repo:acme/*'],
    active: true,
    behaviour: 'active; a ruleset matches sub repo:acme/* (names format)'
  },
  immutable: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e02',
    organization: 'acmecorp',
    rules: ['repo:acme@1001/*'],
    active: true,
    behaviour: 'active; a ruleset matches the immutable-id sub only'
  },
  deactivated: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e03',
    organization: 'acmecorp',
    rules: ['repo:acme/*'],
    active: false,
    behaviour: 'deactivated: the exchange fails (§7 (a))'
  },
  busy: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e04',
    organization: 'acmecorp',
    rules: ['repo:acme/*'],
    active: true,
    fault: { status: 429, times: 1 },
    behaviour: 'one 429 with Retry-After: 1, then as ok'
  },
  flaky: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e05',
    organization: 'acmecorp',
    rules: ['repo:acme/*'],
    active: true,
    fault: { status: 503, times: 1 },
    behaviour: 'one 503, then as ok'
  },
  saturated: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e06',
    organization: 'acmecorp',
    rules: ['repo:acme/*'],
    active: true,
    fault: { status: 429, times: Infinity },
    behaviour: 'always 429 with Retry-After: 1'
  },
  endless: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e07',
    organization: 'acmecorp',
    rules: ['repo:acme/*'],
    active: true,
    odd: 'endless-lifetime',
    behaviour: 'as ok, but its answer says expires_in 1e20'
  },
  webPage: {
    id: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e08',
    organization: 'acmecorp',
    rules: ['repo:acme/*'],
    active: true,
    odd: 'html-page',
    behaviour: 'a web page with status 200 and no token'
  }
} as const satisfies Record<string, OidcConnection>

/** A Docker token the exchange issued, by its value. */
export interface IssuedToken {
  organization: string
  /** seconds since the epoch */
  exp: number
}

/** The exchange's state across requests: tokens issued, faults used. */
export class OidcState {
  readonly issued = new Map<string, IssuedToken>()
  private readonly faulted = new Map<string, number>()

  /** Whether the connection's fault applies to this exchange. */
  fault(connection: OidcConnection): number | undefined {
    if (!connection.fault) return undefined
    const used = this.faulted.get(connection.id) ?? 0
    if (used >= connection.fault.times) return undefined
    this.faulted.set(connection.id, used + 1)
    return connection.fault.status
  }

  reset(): void {
    this.faulted.clear()
  }
}

/** What the exchange answers. */
export interface OidcAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/** The exchange's reading of a request body, up to 64 KiB. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = ''
  for await (const chunk of req) {
    body += String(chunk)
    if (body.length > 64 * 1024) break
  }
  return new URLSearchParams(body)
}

const JSON_TYPE = { 'content-type': 'application/json' }

/**
 * An OAuth error (RFC 6749 §5.2). Inferred, not sourced: Docker's bodies
 * for a refused exchange are not public (§7 (e), and none was found:
 * docs/docker-hub.md §9 (m)); login-action prints any JSON body it gets.
 */
function oauthError(
  status: number,
  error: string,
  description: string
): OidcAnswer {
  return {
    status,
    headers: JSON_TYPE,
    body: JSON.stringify({ error, error_description: description })
  }
}

/** Whether a `sub` matches a ruleset rule (`*` matches anything). */
export function ruleMatches(rule: string, sub: string): boolean {
  const pattern = rule
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${pattern}$`).test(sub)
}

/** Docker's token exchange, `POST /oauth/token` (§7 (d)). */
export function exchange(
  method: string,
  form: URLSearchParams,
  state: OidcState
): OidcAnswer {
  if (method !== 'POST') {
    return oauthError(405, 'invalid_request', 'method not allowed')
  }
  // §7 (d): the form login-action sends
  if (
    form.get('grant_type') !==
      'urn:ietf:params:oauth:grant-type:token-exchange' ||
    form.get('subject_token_type') !==
      'urn:ietf:params:oauth:token-type:id_token'
  ) {
    return oauthError(400, 'unsupported_grant_type', 'unsupported grant type')
  }
  const connection = Object.values(OIDC_CONNECTIONS).find(
    (c: OidcConnection) => c.id === form.get('connection_id')?.toLowerCase()
  ) as OidcConnection | undefined
  // §7 (a), (e): an unknown or deleted connection fails the exchange
  if (!connection) {
    return oauthError(404, 'invalid_request', 'connection not found')
  }
  const fault = state.fault(connection)
  if (fault === 429) {
    // §7 (e): login-action retries a 429 with Retry-After in seconds
    return {
      status: 429,
      headers: { ...JSON_TYPE, 'retry-after': '1' },
      body: JSON.stringify({ error: 'too_many_requests' })
    }
  }
  if (fault === 503) {
    // inferred, not sourced: a passing failure of the service (§9 (m))
    return { status: 503, headers: { 'content-type': 'text/plain' }, body: '' }
  }
  // §7 (a): "fails at the token-exchange step until you activate the
  // connection"
  if (!connection.active) {
    return oauthError(403, 'access_denied', 'connection is not active')
  }
  // §7 (d): the ID token checked against GitHub's keys, then its claims
  // against the rulesets
  const subject = form.get('subject_token') ?? ''
  const claims = verifyJwt(subject, GITHUB_KEY) as
    | (Partial<IdTokenClaims> & { aud?: string; exp?: number; iss?: string })
    | undefined
  const now = Math.floor(Date.now() / 1000)
  if (
    !claims ||
    claims.iss !== GITHUB_ISSUER ||
    claims.aud !== DOCKER_AUDIENCE ||
    (claims.exp ?? 0) <= now
  ) {
    return oauthError(400, 'invalid_grant', 'invalid subject token')
  }
  const sub = claims.sub ?? ''
  if (!connection.rules.some((rule) => ruleMatches(rule, sub))) {
    return oauthError(403, 'access_denied', 'no ruleset matches the subject')
  }
  // §7 (e): a lifetime login-action asks for; inferred: one outside
  // 300–21600 is refused (§9 (m))
  const expiresIn = Number(form.get('expires_in') ?? '300')
  if (!Number.isInteger(expiresIn) || expiresIn < 300 || expiresIn > 21600) {
    return oauthError(400, 'invalid_request', 'invalid expires_in')
  }
  if (connection.odd === 'html-page') {
    return {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<!doctype html><html><body>Sign in</body></html>'
    }
  }
  // §7 (d): `access_token`; inferred: opaque, with RFC 8693's other fields
  // (§9 (m))
  const token = `oidc_${randomBytes(24).toString('base64url')}`
  state.issued.set(token, {
    organization: connection.organization,
    exp: now + expiresIn
  })
  return {
    status: 200,
    headers: JSON_TYPE,
    body: JSON.stringify({
      access_token: token,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      expires_in: connection.odd === 'endless-lifetime' ? 1e20 : expiresIn
    })
  }
}

/** Whether a payload decodes (for tests of the ID token's shape). */
export function idTokenClaims(token: string): unknown {
  return decodeJwtPayload(token)
}

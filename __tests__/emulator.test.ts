/**
 * The Docker Hub emulator, over real HTTP on loopback: the ping challenge,
 * the token service per account, push scopes, the Hub login API, the
 * rate-limit preview, every fault kind, the standalone CLI, and the real
 * docker CLI logging in against it.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { connect } from 'node:net'
import { join } from 'node:path'
import {
  ACCOUNTS,
  DOCKER_IDS,
  resolveAccount,
  type Account,
  type AccountName
} from '../emulator/accounts.js'
import { decodeJwtPayload } from '../emulator/jwt.js'
import {
  parseFaultSpec,
  startEmulator,
  type Emulator,
  type FaultPlan,
  type RegistryClaims
} from '../emulator/server.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator()
})

afterAll(async () => {
  await emulator.close()
})

beforeEach(() => {
  emulator.reset()
})

function basic(username: string, secret: string): string {
  return `Basic ${Buffer.from(`${username}:${secret}`).toString('base64')}`
}

/** The token request the docker CLI sends, plus any scopes. */
function tokenUrl(username: string | undefined, scopes: string[] = []): string {
  const url = new URL(`${emulator.url}/token`)
  if (username !== undefined) url.searchParams.set('account', username)
  url.searchParams.set('client_id', 'docker')
  url.searchParams.set('offline_token', 'true')
  url.searchParams.set('service', 'registry.docker.io')
  for (const scope of scopes) url.searchParams.append('scope', scope)
  return url.toString()
}

function requestToken(
  account: Pick<Account, 'username' | 'secret'> | undefined,
  scopes: string[] = []
): Promise<Response> {
  return fetch(tokenUrl(account?.username, scopes), {
    headers: account
      ? { authorization: basic(account.username, account.secret) }
      : {}
  })
}

/** A registry token for `account` (anonymous when undefined). */
async function registryToken(
  account: Account | undefined,
  scopes: string[] = []
): Promise<string> {
  const response = await requestToken(account, scopes)
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

function claimsOf(token: string): RegistryClaims {
  return decodeJwtPayload(token) as RegistryClaims
}

function hubLogin(
  path: '/v2/users/login' | '/v2/auth/token',
  body: unknown
): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
}

const PREVIEW = '/v2/ratelimitpreview/test/manifests/latest'
const PREVIEW_SCOPE = 'repository:ratelimitpreview/test:pull'

describe('accounts', () => {
  // the Docker Hub emulator's accounts have Docker Hub's kinds only
  const shapes: Partial<Record<Account['kind'], RegExp>> = {
    'personal-access-token': /^dckr_pat_[A-Za-z0-9_-]{27,32}$/,
    'organization-access-token': /^dckr_oat_[A-Za-z0-9_-]{27,32}$/,
    'legacy-access-token':
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    password: /^(?!dckr_)(?![0-9a-f]{8}-)\S+$/
  }

  it.each(Object.entries(ACCOUNTS))('%s has a real-looking secret', (_, a) => {
    const shape = shapes[a.kind]
    expect(shape).toBeDefined()
    expect(a.secret).toMatch(shape as RegExp)
  })

  it('finds a lockout by username, whatever the secret', () => {
    expect(resolveAccount('lockedout', 'anything')).toBe(ACCOUNTS.lockedOut)
    expect(resolveAccount('busybot', '')).toBe(ACCOUNTS.abuseLimited)
  })

  it('finds a pair, folding the username’s case', () => {
    const { secret } = ACCOUNTS.patReadWrite
    expect(resolveAccount('OctoCat', secret)).toBe(ACCOUNTS.patReadWrite)
    expect(resolveAccount('octocat', `${secret}x`)).toBeUndefined()
  })
})

describe('registry ping', () => {
  const challenge = () =>
    `Bearer realm="${emulator.url}/token",service="registry.docker.io"`

  it('challenges a request without a token', async () => {
    const response = await fetch(`${emulator.url}/v2/`)
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe(challenge())
    expect(response.headers.get('docker-distribution-api-version')).toBe(
      'registry/2.0'
    )
    expect(await response.json()).toEqual({
      errors: [
        {
          code: 'UNAUTHORIZED',
          message: 'authentication required',
          detail: null
        }
      ]
    })
  })

  it('challenges a HEAD and a Basic header alike', async () => {
    const { username, secret } = ACCOUNTS.patReadWrite
    const response = await fetch(`${emulator.url}/v2/`, {
      method: 'HEAD',
      headers: { authorization: basic(username, secret) }
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe(challenge())
  })

  it('answers 200 {} to a token it issued', async () => {
    const token = await registryToken(ACCOUNTS.patReadWrite)
    const response = await fetch(`${emulator.url}/v2/`, {
      headers: { authorization: `Bearer ${token}` }
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({})
  })

  it('refuses a tampered or foreign token', async () => {
    const token = await registryToken(ACCOUNTS.patReadWrite)
    const [header, , signature] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...claimsOf(token), sub: 'someone-else' })
    ).toString('base64url')
    const other = await startEmulator()
    try {
      for (const url of [emulator.url, other.url]) {
        const bad =
          url === emulator.url ? `${header}.${forged}.${signature}` : token
        const response = await fetch(`${url}/v2/`, {
          headers: { authorization: `Bearer ${bad}` }
        })
        expect(response.status).toBe(401)
      }
    } finally {
      await other.close()
    }
  })
})

describe('token service', () => {
  // [account, status, details] from docs/docker-hub.md §1
  it.each<[AccountName, number, string | undefined]>([
    ['patReadWrite', 200, undefined],
    ['patReadOnly', 200, undefined],
    ['patRateLimitLow', 200, undefined],
    ['legacyToken', 200, undefined],
    ['password', 200, undefined],
    ['orgToken', 200, undefined],
    [
      'password2fa',
      401,
      'your account must log in with a Personal Access Token (PAT) - ' +
        'learn more at docs.docker.com/go/access-tokens'
    ],
    ['password2faOld', 401, 'please use personal access token to login'],
    [
      'passwordSso',
      401,
      'your account must log in with a Personal Access Token (PAT) - ' +
        'learn more at docs.docker.com/go/access-tokens'
    ],
    [
      'passwordSsoOld',
      401,
      'please use personal access token to login when SSO is enforced'
    ],
    ['patExpired', 401, 'personal access token is expired'],
    ['orgTokenExpired', 401, 'org access token is expired'],
    ['orgTokenMemberUsername', 401, 'incorrect username or password'],
    ['emailAsUsername', 401, 'incorrect username or password'],
    ['wrongPassword', 401, 'incorrect username or password'],
    ['revokedPat', 401, 'incorrect username or password'],
    ['unknownUser', 401, 'incorrect username or password'],
    [
      'lockedOut',
      429,
      'too many failed login attempts for username or IP address'
    ],
    ['abuseLimited', 429, 'Too Many Requests']
  ])('%s → %i %s', async (name, status, details) => {
    const response = await requestToken(ACCOUNTS[name])
    expect(response.status).toBe(status)
    const body = (await response.json()) as Record<string, unknown>
    if (details === undefined) {
      expect(Object.keys(body).sort()).toEqual([
        'access_token',
        'expires_in',
        'issued_at',
        'token'
      ])
    } else {
      expect(body).toEqual({ details })
    }
  })

  it('issues a JWT with the registry claims, no access at login', async () => {
    const response = await requestToken(ACCOUNTS.patReadWrite)
    const body = (await response.json()) as {
      token: string
      access_token: string
      expires_in: number
      issued_at: string
    }
    expect(body.access_token).toBe(body.token)
    expect(body.expires_in).toBe(300)
    expect(Number.isNaN(Date.parse(body.issued_at))).toBe(false)
    expect(body.token.split('.')).toHaveLength(3)
    const claims = claimsOf(body.token)
    expect(claims).toMatchObject({
      iss: 'auth.docker.io',
      aud: 'registry.docker.io',
      sub: DOCKER_IDS.octocat.id,
      access: []
    })
    expect(claims.exp - claims.iat).toBe(300)
    expect(typeof claims.jti).toBe('string')
  })

  it('sends Retry-After with the abuse limit, for any secret', async () => {
    const response = await requestToken({
      username: 'busybot',
      secret: 'not-the-secret'
    })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('60')
  })

  it('refuses a header that is not Basic like a wrong password', async () => {
    const response = await fetch(tokenUrl('octocat'), {
      headers: { authorization: 'Bearer whatever' }
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      details: 'incorrect username or password'
    })
  })

  // docs/docker-hub.md §9 (a): Docker Hub takes the OAuth2 POST form
  // (moby/buildkit#2553), answered as distribution's oauth.md says
  it('takes the OAuth2 POST form: the password grant', async () => {
    const account = ACCOUNTS.patReadWrite
    const response = await fetch(`${emulator.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        username: account.username,
        password: account.secret,
        service: 'registry.docker.io',
        client_id: 'containerd-client',
        scope: 'repository:octocat/app:pull,push'
      }).toString()
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual([
      'access_token',
      'expires_in',
      'scope'
    ])
    expect(body.expires_in).toBe(300)
    expect(body.scope).toBe('repository:octocat/app:pull,push')
    expect(claimsOf(body.access_token as string)).toMatchObject({
      sub: DOCKER_IDS.octocat.id,
      access: [
        { type: 'repository', name: 'octocat/app', actions: ['pull', 'push'] }
      ]
    })
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'POST',
      step: 'token',
      account: account.username,
      clientId: 'containerd-client',
      scopes: ['repository:octocat/app:pull,push'],
      status: 200
    })
    expect(JSON.stringify(emulator.requests)).not.toContain(account.secret)
  })

  it('refuses a wrong password in the POST form as the GET does', async () => {
    const response = await fetch(`${emulator.url}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        username: 'hubber',
        password: 'wrong-horse-battery-staple',
        service: 'registry.docker.io',
        client_id: 'containerd-client'
      }).toString()
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      details: 'incorrect username or password'
    })
  })

  it('answers a POST without the password grant 400, another method 405', async () => {
    const empty = await fetch(`${emulator.url}/token`, { method: 'POST' })
    expect(empty.status).toBe(400)
    const put = await fetch(`${emulator.url}/token`, { method: 'PUT' })
    expect(put.status).toBe(405)
    expect(await put.text()).toContain('<title>405 Not Allowed</title>')
  })

  // [account, repository, requested, granted] — a 200 may lack push
  // (docker/hub-feedback#1771)
  it.each<[AccountName | 'anonymous', string, string, string[]]>([
    ['patReadWrite', 'octocat/app', 'push,pull', ['push', 'pull']],
    ['patReadWrite', 'octocat/not-yet-pushed', 'push,pull', ['push', 'pull']],
    ['patReadWrite', 'hubber/tools', 'push,pull', ['pull']],
    ['patReadWrite', 'acmecorp/api', 'push,pull', []],
    ['patReadWrite', 'someone/missing', 'push,pull', []],
    ['patReadOnly', 'octocat/secret-sauce', 'pull', ['pull']],
    ['orgToken', 'acmecorp/api', 'push,pull', ['push', 'pull']],
    ['orgToken', 'octocat/app', 'push,pull', ['pull']],
    ['password', 'hubber/tools', 'pull,push', ['pull', 'push']],
    ['legacyToken', 'oldtimer/app', 'push,pull', ['push', 'pull']],
    ['anonymous', 'ratelimitpreview/test', 'pull', ['pull']],
    ['anonymous', 'octocat/app', 'push,pull', ['pull']],
    ['anonymous', 'octocat/secret-sauce', 'pull', []]
  ])('%s asking %s:%s gets %j', async (name, repository, asked, granted) => {
    const account = name === 'anonymous' ? undefined : ACCOUNTS[name]
    const token = await registryToken(account, [
      `repository:${repository}:${asked}`
    ])
    expect(claimsOf(token).access).toEqual([
      { type: 'repository', name: repository, actions: granted }
    ])
  })

  it('refuses push to a read-only token with 401', async () => {
    const response = await requestToken(ACCOUNTS.patReadOnly, [
      'repository:octocat/app:push,pull'
    ])
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      details: 'access token has insufficient scopes'
    })
  })

  it('grants each of several scope parameters', async () => {
    const token = await registryToken(ACCOUNTS.patReadWrite, [
      'repository:octocat/app:push,pull',
      `${PREVIEW_SCOPE} registry:catalog:*`
    ])
    expect(claimsOf(token).access).toEqual([
      { type: 'repository', name: 'octocat/app', actions: ['push', 'pull'] },
      { type: 'repository', name: 'ratelimitpreview/test', actions: ['pull'] },
      { type: 'registry', name: 'catalog', actions: [] }
    ])
  })
})

describe('Hub login API', () => {
  it('answers a PAT with a Hub JWT', async () => {
    const { username, secret } = ACCOUNTS.patReadWrite
    const response = await hubLogin('/v2/users/login', {
      username,
      password: secret
    })
    expect(response.status).toBe(200)
    const { token } = (await response.json()) as { token: string }
    expect(decodeJwtPayload(token)).toMatchObject({
      scope: 'repo:write',
      'https://hub.docker.com': { username: 'octocat' }
    })
  })

  it.each<AccountName>(['password2fa', 'password2faOld'])(
    'tells a correct password on a 2FA account (%s) by login_2fa_token',
    async (name) => {
      const { username, secret } = ACCOUNTS[name]
      for (const [path, body] of [
        ['/v2/users/login', { username, password: secret }],
        ['/v2/auth/token', { identifier: username, secret }]
      ] as const) {
        const response = await hubLogin(path, body)
        expect(response.status).toBe(401)
        const answer = (await response.json()) as Record<string, string>
        expect(answer.detail).toBe(
          'Require secondary authentication on MFA enabled account'
        )
        expect(answer.login_2fa_token).toMatch(/^[A-Za-z0-9_-]{20,}$/)
      }
    }
  )

  it.each<AccountName>([
    'passwordSso',
    'passwordSsoOld',
    'wrongPassword',
    'unknownUser',
    'orgTokenMemberUsername'
  ])('refuses %s without login_2fa_token', async (name) => {
    const { username, secret } = ACCOUNTS[name]
    const response = await hubLogin('/v2/users/login', {
      username,
      password: secret
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      detail: 'Incorrect authentication credentials'
    })
  })

  it('answers an organization token on /v2/auth/token', async () => {
    const { username, secret } = ACCOUNTS.orgToken
    const response = await hubLogin('/v2/auth/token', {
      identifier: username,
      secret
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, string>
    expect(Object.keys(body)).toEqual(['access_token'])
    expect(body.access_token.split('.')).toHaveLength(3)
  })

  it('answers a lockout with 429', async () => {
    const response = await hubLogin('/v2/users/login', {
      username: 'lockedout',
      password: 'x'
    })
    expect(response.status).toBe(429)
  })

  it('refuses other methods and bodies that are not JSON', async () => {
    const get = await fetch(`${emulator.url}/v2/users/login`)
    expect(get.status).toBe(405)
    const broken = await fetch(`${emulator.url}/v2/auth/token`, {
      method: 'POST',
      body: '{'
    })
    expect(broken.status).toBe(400)
  })
})

describe('rate-limit preview', () => {
  async function preview(
    token: string | undefined,
    method = 'HEAD'
  ): Promise<Response> {
    return fetch(`${emulator.url}${PREVIEW}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {}
    })
  }

  it('challenges with the preview scope', async () => {
    const response = await preview(undefined)
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer realm="${emulator.url}/token",service="registry.docker.io",` +
        `scope="${PREVIEW_SCOPE}"`
    )
  })

  it('refuses a token without pull on the repository', async () => {
    const response = await preview(await registryToken(ACCOUNTS.patReadWrite))
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toContain(
      'error="insufficient_scope"'
    )
  })

  it.each<[AccountName | 'anonymous', string | undefined, string | undefined]>([
    ['anonymous', '100;w=21600', '76;w=21600'],
    ['patReadWrite', '200;w=21600', '187;w=21600'],
    ['patRateLimitLow', '200;w=21600', '3;w=21600'],
    ['orgToken', undefined, undefined]
  ])('%s: limit %s, remaining %s', async (name, limit, remaining) => {
    const account = name === 'anonymous' ? undefined : ACCOUNTS[name]
    const response = await preview(
      await registryToken(account, [PREVIEW_SCOPE])
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('ratelimit-limit')).toBe(limit ?? null)
    expect(response.headers.get('ratelimit-remaining')).toBe(remaining ?? null)
    const source = response.headers.get('docker-ratelimit-source')
    if (!limit) expect(source).toBeNull()
    else if (account) expect(source).toBe(DOCKER_IDS[account.username].id)
    else expect(source).toBe('127.0.0.1')
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.docker.distribution.manifest.v2+json'
    )
    expect(response.headers.get('docker-content-digest')).toMatch(
      /^sha256:[0-9a-f]{64}$/
    )
  })

  it('serves the manifest its digest names', async () => {
    const response = await preview(
      await registryToken(undefined, [PREVIEW_SCOPE]),
      'GET'
    )
    const body = Buffer.from(await response.arrayBuffer())
    const digest = createHash('sha256').update(body).digest('hex')
    expect(response.headers.get('docker-content-digest')).toBe(
      `sha256:${digest}`
    )
    expect(JSON.parse(body.toString())).toMatchObject({ schemaVersion: 2 })
  })
})

describe('faults', () => {
  const set = (...plan: FaultPlan[]) => emulator.setFaults(plan)

  it.each([
    ['500', 'application/json', /"UNKNOWN"/],
    ['502', 'text/html', /502 Bad Gateway/],
    ['503', 'text/html', /503 Service Unavailable/]
  ] as const)('%s answers its error page', async (kind, type, body) => {
    set({ route: 'ping', kind })
    const response = await fetch(`${emulator.url}/v2/`)
    expect(response.status).toBe(Number(kind))
    expect(response.headers.get('content-type')).toBe(type)
    expect(await response.text()).toMatch(body)
    expect((await fetch(`${emulator.url}/v2/`)).status).toBe(401)
  })

  it('hits the next `times` matching requests, in order', async () => {
    set(
      { route: 'token', kind: '503', times: 2 },
      { route: 'token', kind: '502' }
    )
    const ping = await fetch(`${emulator.url}/v2/`)
    expect(ping.status).toBe(401)
    const statuses = []
    for (let i = 0; i < 4; i++) {
      statuses.push((await requestToken(ACCOUNTS.patReadWrite)).status)
    }
    expect(statuses).toEqual([503, 503, 502, 200])
    expect(emulator.requests.map((r) => r.fault)).toEqual([
      undefined,
      '503',
      '503',
      '502',
      undefined
    ])
  })

  it('keeps an Infinity fault and matches any route', async () => {
    set({ route: 'any', kind: '503', times: Infinity })
    for (const path of ['/v2/', '/token', PREVIEW]) {
      expect((await fetch(`${emulator.url}${path}`)).status).toBe(503)
    }
    emulator.reset()
    expect((await fetch(`${emulator.url}/v2/`)).status).toBe(401)
  })

  it('sends Retry-After with a 429 only when asked', async () => {
    set(
      { route: 'token', kind: '429', retryAfter: '7' },
      { route: 'manifest', kind: '429' }
    )
    const token = await requestToken(ACCOUNTS.patReadWrite)
    expect(token.status).toBe(429)
    expect(token.headers.get('retry-after')).toBe('7')
    expect(await token.json()).toEqual({ details: 'Too Many Requests' })
    const manifest = await fetch(`${emulator.url}${PREVIEW}`)
    expect(manifest.status).toBe(429)
    expect(manifest.headers.get('retry-after')).toBeNull()
    expect(await manifest.text()).toContain('pull rate limit')
  })

  it('resets the connection without an answer', async () => {
    set({ route: 'ping', kind: 'reset' })
    const error = await fetch(`${emulator.url}/v2/`).then(
      () => undefined,
      (e: unknown) => e as Error & { cause?: { code?: string } }
    )
    expect(error?.cause?.code).toMatch(/^(ECONNRESET|UND_ERR_SOCKET)$/)
    expect(emulator.requests[0]).toMatchObject({ fault: 'reset' })
    expect(emulator.requests[0].status).toBeUndefined()
  })

  it('hangs until the client gives up; close() ends it', async () => {
    const hanging = await startEmulator({
      faults: [{ route: 'token', kind: 'hang' }]
    })
    const error = await fetch(`${hanging.url}/token`, {
      signal: AbortSignal.timeout(200)
    }).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.name).toBe('TimeoutError')
    // a second request hangs too, and is still open when close() runs
    hanging.setFaults([{ route: 'token', kind: 'hang' }])
    const pending = fetch(`${hanging.url}/token`).then(
      () => 'answered',
      () => 'failed'
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = Date.now()
    await hanging.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(await pending).toBe('failed')
  })

  it('answers malformed JSON with a 200', async () => {
    set({ route: 'token', kind: 'malformed-json' })
    const response = await requestToken(ACCOUNTS.patReadWrite)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(() => JSON.parse(text)).toThrow()
  })

  it('answers a token that is not a JWT', async () => {
    set({ route: 'token', kind: 'not-jwt' }, { route: 'hub', kind: 'not-jwt' })
    const response = await requestToken(ACCOUNTS.patReadWrite)
    const { token } = (await response.json()) as { token: string }
    expect(token.split('.')).toHaveLength(1)
    const ping = await fetch(`${emulator.url}/v2/`, {
      headers: { authorization: `Bearer ${token}` }
    })
    expect(ping.status).toBe(401)
    const hub = await hubLogin('/v2/users/login', {
      username: 'nobody',
      password: 'x'
    })
    expect(hub.status).toBe(200)
  })

  it('drops the challenge', async () => {
    set({ route: 'ping', kind: 'no-challenge' })
    const response = await fetch(`${emulator.url}/v2/`)
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('garbles the challenge', async () => {
    set({ route: 'manifest', kind: 'bad-challenge' })
    const response = await fetch(`${emulator.url}${PREVIEW}`)
    expect(response.status).toBe(401)
    const header = response.headers.get('www-authenticate') ?? ''
    expect(header).toMatch(/^Bearer /)
    expect(header).not.toMatch(/^Bearer realm="[^"]*",service="[^"]*"$/)
  })

  it('moves the realm to another host name of the same server', async () => {
    set({ route: 'ping', kind: 'other-realm-host' })
    const response = await fetch(`${emulator.url}/v2/`)
    const realm = /realm="([^"]+)"/.exec(
      response.headers.get('www-authenticate') ?? ''
    )?.[1]
    expect(realm).toBe(`http://localhost:${emulator.port}/token`)
    const token = await fetch(realm as string, {
      headers: {
        authorization: basic(
          ACCOUNTS.patReadWrite.username,
          ACCOUNTS.patReadWrite.secret
        )
      }
    })
    expect(token.status).toBe(200)
  })

  it('leaves challenge faults for requests that get a challenge', async () => {
    const token = await registryToken(ACCOUNTS.patReadWrite)
    set({ route: 'any', kind: 'no-challenge' })
    const authenticated = await fetch(`${emulator.url}/v2/`, {
      headers: { authorization: `Bearer ${token}` }
    })
    expect(authenticated.status).toBe(200)
    const anonymous = await fetch(`${emulator.url}/v2/`)
    expect(anonymous.headers.get('www-authenticate')).toBeNull()
  })

  it('sends a huge body', async () => {
    set({ route: 'hub', kind: 'huge-body' })
    const response = await hubLogin('/v2/users/login', {})
    expect(response.status).toBe(200)
    expect((await response.arrayBuffer()).byteLength).toBe(4 * 1024 * 1024)
  })

  it('refuses a fault on a route it cannot apply to', () => {
    expect(() => set({ route: 'ping', kind: 'not-jwt' })).toThrow(/not ping/)
    expect(() => set({ route: 'token', kind: 'no-challenge' })).toThrow()
    expect(() => set({ route: 'ping', kind: '503', times: 0 })).toThrow()
  })

  it.each([
    ['token:503:2', { route: 'token', kind: '503', times: 2 }],
    ['ping:reset', { route: 'ping', kind: 'reset' }],
    [
      'any:429:inf:30',
      { route: 'any', kind: '429', times: Infinity, retryAfter: '30' }
    ]
  ])('parses %s', (spec, plan) => {
    expect(parseFaultSpec(spec)).toEqual(plan)
  })

  it.each(['token', 'nowhere:503', 'token:teapot', 'token:503:x'])(
    'refuses the spec %s',
    (spec) => {
      expect(() => parseFaultSpec(spec)).toThrow()
    }
  )
})

describe('recorded requests', () => {
  it('keep the step, status and scheme, never a credential', async () => {
    const { username, secret } = ACCOUNTS.patReadWrite
    await registryToken(ACCOUNTS.patReadWrite, [PREVIEW_SCOPE])
    await hubLogin('/v2/users/login', { username, password: secret })
    expect(emulator.requests).toEqual([
      {
        method: 'GET',
        path: '/token',
        step: 'token',
        authorization: 'basic',
        account: username,
        clientId: 'docker',
        service: 'registry.docker.io',
        scopes: [PREVIEW_SCOPE],
        status: 200
      },
      {
        method: 'POST',
        path: '/v2/users/login',
        step: 'hub-login',
        status: 200
      }
    ])
    const recorded = JSON.stringify(emulator.requests)
    expect(recorded).not.toContain(secret)
    expect(recorded).not.toContain(basic(username, secret).slice(6))
  })
})

describe('answers Docker Hub gives outside its routes (docs/docker-hub.md §9)', () => {
  it('a path no route serves: 404 page not found, in plain text (§9 (g))', async () => {
    const response = await fetch(`${emulator.url}/v2/_nothing/here`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe(
      'text/plain; charset=utf-8'
    )
    expect(await response.text()).toBe('404 page not found\n')
    expect(emulator.requests[0]).toMatchObject({ step: 'not-found' })
  })

  it("a method the ping does not take: nginx's 405 page (§9 (d))", async () => {
    const response = await fetch(`${emulator.url}/v2/`, { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(await response.text()).toContain(
      '<center><h1>405 Not Allowed</h1></center>'
    )
  })

  it("the 503 fault is the load balancer's page (§9 (i))", async () => {
    emulator.setFaults([{ route: 'ping', kind: '503' }])
    const response = await fetch(`${emulator.url}/v2/`)
    expect(response.status).toBe(503)
    expect(await response.text()).toBe(
      '<html><body><h1>503 Service Unavailable</h1>\n' +
        'No server is available to handle this request.\n</body></html>\n'
    )
  })

  it('the abuse limit at the ping: plain text docker cannot parse (§9 (h))', async () => {
    emulator.setFaults([{ route: 'ping', kind: '429' }])
    const response = await fetch(`${emulator.url}/v2/`)
    expect(response.status).toBe(429)
    expect(await response.text()).toBe('Too Many Requests (HAP429).\n')
  })
})

describe('npm run emulator', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx')

  it('prints its help', () => {
    const help = spawnSync(tsx, ['emulator/cli.ts', '--help'], {
      encoding: 'utf8'
    })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('--fault')
    expect(help.stdout).toContain('route:kind[:times[:retryAfter]]')
  })

  it('starts with --fault, lists accounts, stops on SIGTERM', async () => {
    const child = spawn(tsx, ['emulator/cli.ts', '--fault', 'token:503'], {
      env: { ...process.env, DOCKER_HUB_EMULATOR_FAULTS: 'ping:502' }
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code))
    )
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(output)), 10000)
        child.stdout.on('data', () => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
          if (match && output.includes('Press Ctrl-C')) {
            clearTimeout(timer)
            resolve(match[1])
          }
        })
      })
      expect(output).toContain(ACCOUNTS.orgToken.secret)
      expect((await fetch(`${url}/v2/`)).status).toBe(502)
      expect((await fetch(`${url}/token`)).status).toBe(503)
      expect((await fetch(`${url}/token`)).status).toBe(200)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
    expect(output).toMatch(/GET \/v2\/ 502 \[fault 502\]/)
  })
})

/** Whether any process is left in the process group `pgid`. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Whether something accepts connections on the loopback `port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Polls `check` every 50 ms for `ms`; its last answer. */
async function within(ms: number, check: () => Promise<boolean>) {
  const end = Date.now() + ms
  for (;;) {
    if (await check()) return true
    if (Date.now() > end) return false
    await new Promise((done) => setTimeout(done, 50))
  }
}

describe('npm run emulator stops with its npm process', () => {
  // `kill -TERM <npm>`, Ctrl-C and a closed terminal (the whole group), and
  // npm killed outright, which no process of the group hears
  it.concurrent.each([
    ['SIGTERM', 'the npm process'],
    ['SIGINT', 'the process group'],
    ['SIGHUP', 'the process group'],
    ['SIGKILL', 'the npm process']
  ] as const)(
    '%s to %s: the port is free, no process left',
    async (signal, target) => {
      const npm = spawn('npm', ['run', 'emulator', '--', '--quiet'], {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      const pgid = npm.pid as number
      let output = ''
      npm.stdout.setEncoding('utf8').on('data', (d: string) => (output += d))
      npm.stderr.setEncoding('utf8').on('data', (d: string) => (output += d))
      try {
        const ready = await within(20000, async () =>
          output.includes('Press Ctrl-C')
        )
        expect({ ready, output }).toMatchObject({ ready: true })
        const port = Number(
          /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]
        )
        expect(await listening(port)).toBe(true)
        process.kill(target === 'the npm process' ? pgid : -pgid, signal)
        expect(await within(3000, async () => !(await listening(port)))).toBe(
          true
        )
        expect(await within(3000, async () => !groupAlive(pgid))).toBe(true)
      } finally {
        if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL')
      }
    }
  )
})

/** The docker CLI, or undefined (a failure under CI=true). */
function dockerCli(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v docker'], {
    encoding: 'utf8'
  })
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim()
  return undefined
}

const docker = dockerCli()

describe('the real docker CLI', () => {
  if (!docker) {
    if (process.env.CI === 'true') {
      it('needs the docker CLI under CI', () => {
        throw new Error(
          'The docker CLI is not installed; the emulator’s docker login ' +
            'tests need it under CI (install docker-ce-cli or docker.io).'
        )
      })
    } else {
      console.warn(
        'NOTICE: the docker CLI is not installed: skipping the emulator’s ' +
          'docker login tests.'
      )
      it.skip('docker login against the emulator (no docker CLI)', () => {})
    }
    return
  }

  let config: string

  beforeEach(() => {
    config = mkdtempSync(join(tmpdir(), 'emulator-docker-'))
  })

  afterEach(() => {
    rmSync(config, { recursive: true, force: true })
  })

  /** `docker login --password-stdin`, async: the emulator runs here. */
  function login(
    account: Pick<Account, 'username' | 'secret'>
  ): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(
        docker as string,
        ['login', '-u', account.username, '--password-stdin', emulator.host],
        { env: { ...process.env, DOCKER_CONFIG: config } }
      )
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('close', (code) => resolve({ code, output }))
      child.stdin.end(account.secret)
    })
  }

  it('logs in with a PAT and writes the auth entry', async () => {
    const { username, secret } = ACCOUNTS.patReadWrite
    const result = await login(ACCOUNTS.patReadWrite)
    expect(result.output).toContain('Login Succeeded')
    expect(result.code).toBe(0)
    const saved = JSON.parse(
      readFileSync(join(config, 'config.json'), 'utf8')
    ) as { auths: Record<string, { auth: string }> }
    expect(saved.auths[emulator.host].auth).toBe(
      Buffer.from(`${username}:${secret}`).toString('base64')
    )
    expect(emulator.requests.map((r) => `${r.step} ${r.status}`)).toEqual([
      'ping 401',
      'token 200',
      'ping 200'
    ])
  })

  it.each<[AccountName, string]>([
    [
      'password2fa',
      'unauthorized: your account must log in with a Personal Access Token'
    ],
    [
      'password2faOld',
      'unauthorized: please use personal access token to login'
    ],
    ['wrongPassword', 'unauthorized: incorrect username or password'],
    ['patExpired', 'unauthorized: personal access token is expired'],
    [
      'lockedOut',
      'toomanyrequests: too many failed login attempts for username or IP ' +
        'address'
    ]
  ])('refuses %s with “%s”', async (name, wording) => {
    const result = await login(ACCOUNTS[name])
    expect(result.code).not.toBe(0)
    expect(result.output).toContain(
      `Get "http://${emulator.host}/v2/": ${wording}`
    )
    expect(existsSync(join(config, 'config.json'))).toBe(false)
  })

  it('reports a registry that keeps answering 503', async () => {
    emulator.setFaults([{ route: 'ping', kind: '503', times: 2 }])
    const result = await login(ACCOUNTS.patReadWrite)
    expect(result.code).not.toBe(0)
    expect(result.output).toContain(
      `login attempt to http://${emulator.host}/v2/ failed with status: ` +
        '503 Service Unavailable'
    )
  })

  it('follows a realm on another host name', async () => {
    emulator.setFaults([{ route: 'ping', kind: 'other-realm-host' }])
    const result = await login(ACCOUNTS.patReadWrite)
    expect(result.output).toContain('Login Succeeded')
  })
})

/**
 * Gathering in process, against the emulators on loopback: which requests
 * the preflight sends (and never sends), in which order and with which
 * scopes, when `docker login` runs, that every token is masked as it
 * arrives, and that faults end in bounded time. What the user reads for
 * each of these is in the golden records; this file proves the traffic.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACCOUNTS } from '../emulator/accounts.js'
import {
  BASIC_ACCOUNT,
  startBasicRegistry,
  type BasicRegistry
} from '../emulator/basic-registry.js'
import {
  startEmulator,
  type Emulator,
  type FaultPlan
} from '../emulator/server.js'
import type { DockerCli } from '../src/docker.js'
import { InputError } from '../src/errors.js'
import type { Evidence } from '../src/evidence.js'
import { gather, type GatherOptions } from '../src/gather.js'
import { judge } from '../src/judge.js'
import { Secrets } from '../src/redact.js'
import { BACKOFF_MS, BUDGET_TIMEOUTS } from '../src/policy.js'
import { MAX_URL_CHARS } from '../src/protocol.js'

const PAT = ACCOUNTS.patReadWrite
const RATE_SCOPE = 'repository:ratelimitpreview/test:pull'

let emulator: Emulator
let basic: BasicRegistry
beforeAll(async () => {
  emulator = await startEmulator()
  basic = await startBasicRegistry()
})
afterEach(() => {
  emulator.reset()
  basic.requests.length = 0
})
afterAll(async () => {
  await emulator.close()
  await basic.close()
})

/** A docker CLI that records when and how it was asked to log in. */
function recordingDocker(exitCode = 0) {
  const logins: Array<{ server: string; at: number }> = []
  const docker: DockerCli = {
    async login(server) {
      logins.push({ server, at: Date.now() })
      return { exitCode, output: exitCode === 0 ? 'Login Succeeded' : '' }
    },
    logout: async () => ({ exitCode: 0, output: '' }),
    config: () => ({ dir: '/tmp/docker-config' })
  }
  return { docker, logins }
}

interface Gathered {
  evidence: Evidence
  masked: string[]
  logins: Array<{ server: string; at: number }>
  ms: number
}

/** Gathers with the emulator as Docker Hub (unless `hub` is false). */
async function gatherWith(
  options: Partial<GatherOptions>,
  {
    hub = true,
    exitCode = 0,
    on = emulator,
    env = {}
  }: {
    hub?: boolean
    exitCode?: number
    on?: typeof emulator
    env?: NodeJS.ProcessEnv
  } = {}
): Promise<Gathered> {
  const { docker, logins } = recordingDocker(exitCode)
  const masked: string[] = []
  const started = Date.now()
  const evidence = await gather(
    {
      registry: 'docker.io',
      username: PAT.username,
      password: PAT.secret,
      preflight: true,
      retries: 2,
      timeoutSeconds: 10,
      push: '',
      rateLimit: true,
      skipIfMissing: false,
      login: true,
      ...options
    },
    {
      env: { ...(hub ? { DOCKER_LOGIN_PREFLIGHT_HUB: on.url } : {}), ...env },
      docker,
      secrets: new Secrets((value) => masked.push(value))
    }
  )
  // the tokens: what was masked besides the password itself
  const password = options.password ?? PAT.secret
  const tokens = masked.filter((value) => value !== password)
  return { evidence, masked: tokens, logins, ms: Date.now() - started }
}

/** The emulator's token requests with a Basic header: their scopes. */
function tokenScopes(): string[][] {
  return emulator.requests
    .filter((r) => r.step === 'token' && r.authorization === 'basic')
    .map((r) => r.scopes ?? [])
}

function steps(): string[] {
  return emulator.requests.map((r) => r.step)
}

describe('the preflight asks', () => {
  it("Docker Hub's token service straight away (its challenge is known), one request carrying the rate-limit and push scopes", async () => {
    const { evidence, logins } = await gatherWith({
      push: 'docker.io/octocat/app:1.0\noctocat/new-thing'
    })
    expect(steps()).toEqual(['token', 'manifest'])
    expect(evidence.knownChallenge).toEqual({
      realm: `${emulator.url}/token`,
      service: 'registry.docker.io'
    })
    expect(tokenScopes()).toEqual([
      [
        RATE_SCOPE,
        'repository:octocat/app:push,pull',
        'repository:octocat/new-thing:push,pull'
      ]
    ])
    expect(emulator.requests[0].account).toBe(PAT.username)
    expect(emulator.requests[0].clientId).toBe('docker-login-preflight')
    // the login token itself answers the push checks
    expect(
      evidence.push.map((p) => [p.repository, [...(p.granted ?? [])].sort()])
    ).toEqual([
      ['octocat/app', ['pull', 'push']],
      ['octocat/new-thing', ['pull', 'push']]
    ])
    expect(logins).toHaveLength(1)
  })

  it('a read-only token again without push, then each repository on its own', async () => {
    const account = ACCOUNTS.patReadOnly
    const { evidence } = await gatherWith({
      username: account.username,
      password: account.secret,
      push: 'octocat/app'
    })
    expect(tokenScopes()).toEqual([
      [RATE_SCOPE, 'repository:octocat/app:push,pull'],
      [RATE_SCOPE],
      ['repository:octocat/app:push,pull']
    ])
    // the refused first request is not evidence; the repository's is
    expect(evidence.exchanges.map((e) => [e.step, e.status])).toEqual([
      ['token', 200]
    ])
    expect(evidence.push[0].exchange.status).toBe(401)
    expect(judge(evidence)).toMatchObject({
      diagnosis: 'insufficient-scope',
      case: 'read-only-token'
    })
  })

  it('with two repositories refused together at login, each alone at once, not both together again (attack-33 repro-01)', async () => {
    const account = ACCOUNTS.patReadOnly
    await gatherWith({
      username: account.username,
      password: account.secret,
      push: 'octocat/app,octocat/web'
    })
    expect(tokenScopes()).toEqual([
      [RATE_SCOPE, 'repository:octocat/app:push,pull', 'repository:octocat/web:push,pull'],
      [RATE_SCOPE],
      ['repository:octocat/app:push,pull'],
      ['repository:octocat/web:push,pull']
    ])
  }) // prettier-ignore

  it("a token Docker Hub refuses the rate-limit preview's scope (docker login asks none) is asked again without it: the login goes on, the rate limit untold (attack-58 A58-02)", async () => {
    // a stand-in for Hub's token service whose token may read acme/* only,
    // and refuses any other scope in Hub's words (docs/docker-hub.md §1,
    // "read-only token asked for push scope")
    const asked: string[][] = []
    const hub = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://hub.test')
      if (url.pathname !== '/token') return void res.writeHead(404).end()
      const scopes = url.searchParams.getAll('scope')
      asked.push(scopes)
      res.setHeader('content-type', 'application/json')
      if (scopes.some((scope) => !scope.startsWith('repository:acme/'))) {
        return void res.writeHead(401).end('{"details":"access token has insufficient scopes"}')
      }
      res.end(JSON.stringify({ token: 'opaque-token-of-acme-0123456789' }))
    })
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(hub.address() as AddressInfo).port}`
    try {
      for (const [push, scopes] of [
        ['', [[RATE_SCOPE], []]],
        ['acme/app', [[RATE_SCOPE, 'repository:acme/app:push,pull'], [RATE_SCOPE], []]]
      ] as const) {
        asked.length = 0
        const { evidence, logins } = await gatherWith({ push }, { on: { url } as Emulator })
        expect([push, asked]).toEqual([push, scopes])
        expect([push, logins.length, evidence.rateLimit]).toEqual([push, 1, undefined])
        expect(judge(evidence)).toMatchObject({ diagnosis: 'ok' })
      }
    } finally {
      hub.closeAllConnections()
      await new Promise((resolve) => hub.close(resolve))
    }
  }) // prettier-ignore

  it('no rate-limit scope and no preview with rate-limit: false', async () => {
    await gatherWith({ rateLimit: false })
    expect(steps()).toEqual(['token'])
    expect(tokenScopes()).toEqual([[]])
  })

  it('no preview and no Hub API of a registry that is not Docker Hub', async () => {
    const account = ACCOUNTS.password2fa
    const { evidence, logins } = await gatherWith(
      {
        registry: emulator.host,
        username: account.username,
        password: account.secret
      },
      { hub: false }
    )
    expect(steps()).toEqual(['ping', 'token'])
    expect(logins).toEqual([])
    expect(judge(evidence).diagnosis).toBe('pat-required')
  })

  it("Docker Hub's login API once for a password refused for a PAT, never retried", async () => {
    const account = ACCOUNTS.password2fa
    emulator.setFaults([{ route: 'hub', kind: '503', times: Infinity }])
    await gatherWith({ username: account.username, password: account.secret })
    expect(steps()).toEqual(['token', 'hub-login'])
  })

  it.each([
    ['an expired personal access token', ACCOUNTS.patExpired],
    ['the old SSO wording', ACCOUNTS.passwordSsoOld],
    ['a wrong password', ACCOUNTS.wrongPassword]
  ])(
    "not Docker Hub's login API for %s, whose wording decides alone",
    async (_name, account) => {
      await gatherWith({ username: account.username, password: account.secret })
      expect(steps()).toEqual(['token'])
    }
  )

  it('the ping after all when the known token service does not answer as one', async () => {
    emulator.setFaults([{ route: 'token', kind: 'malformed-json', times: 1 }])
    const { evidence } = await gatherWith({ rateLimit: false })
    expect(steps()).toEqual(['token', 'ping', 'token'])
    expect(evidence.knownChallenge).toBeUndefined()
    expect(judge(evidence)).toMatchObject({
      diagnosis: 'ok',
      preflight: 'accepted'
    })
  })

  it('a Basic-auth registry with a Basic ping, then docker login', async () => {
    const { evidence, logins } = await gatherWith(
      {
        registry: basic.host,
        username: BASIC_ACCOUNT.username,
        password: BASIC_ACCOUNT.secret
      },
      { hub: false }
    )
    expect(basic.requests).toEqual(['GET /v2/ none', 'GET /v2/ Basic'])
    expect(logins).toEqual([{ server: basic.host, at: expect.any(Number) }])
    expect(judge(evidence).diagnosis).toBe('ok')
  })

  it("an ECR host's Basic check straight away, and the ping after all when a 401 asks for a token service (attack-33 repro-03, attack-34 repro-02)", async () => {
    const ecrHost = '123456789012.dkr.ecr.us-east-1.amazonaws.com'
    // a token-auth registry at an ECR name (DOCKER_LOGIN_PREFLIGHT_ENDPOINTS)
    const { evidence, logins } = await gatherWith({ registry: ecrHost, ecr: 'false' }, { hub: false, env: { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ecrHost}=${emulator.url}` } })
    expect(evidence.exchanges.map((e) => e.step)).toEqual(['ping', 'token'])
    expect(judge(evidence).diagnosis).toBe('ok')
    // docker login goes where the requests went (DOCKER_LOGIN_PREFLIGHT_ENDPOINTS)
    expect(logins).toEqual([{ server: new URL(emulator.url).host, at: expect.any(Number) }])
    // a Basic-auth registry there: one request, no ping
    const basicAtEcr = await gatherWith({ registry: ecrHost, ecr: 'false', username: BASIC_ACCOUNT.username, password: BASIC_ACCOUNT.secret }, { hub: false, env: { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ecrHost}=http://${basic.host}` } })
    expect(basic.requests).toEqual(['GET /v2/ Basic'])
    expect(judge(basicAtEcr.evidence).diagnosis).toBe('ok')
  }) // prettier-ignore

  it('nothing more of a Basic-auth registry that refused, and no docker login', async () => {
    const { logins } = await gatherWith(
      {
        registry: basic.host,
        username: BASIC_ACCOUNT.username,
        password: 'wrong-Secret-42'
      },
      { hub: false }
    )
    expect(basic.requests).toEqual(['GET /v2/ none', 'GET /v2/ Basic'])
    expect(logins).toEqual([])
  })

  it('no push check of a registry whose tokens are opaque, and says why', async () => {
    emulator.setFaults([{ route: 'token', kind: 'not-jwt', times: 1 }])
    const { evidence } = await gatherWith({ push: 'octocat/app' })
    expect(evidence.push).toEqual([])
    expect(evidence.pushUnchecked).toEqual({
      repositories: 1,
      reason:
        "the registry's tokens are opaque (not JWTs): they do not tell push rights"
    })
    expect(tokenScopes()).toHaveLength(1)
  })

  it('hundreds of push repositories in requests that fit a URL, none skipped (D18)', async () => {
    const push = Array.from({ length: 600 }, (_, i) => `octocat/service-${i}`)
    const { evidence } = await gatherWith({ push: push.join('\n') })
    const requests = emulator.requests.filter(
      (r) => r.step === 'token' && r.authorization === 'basic'
    )
    // the login's own request carries no push scope: too many for one URL
    expect(requests[0].scopes).toEqual([RATE_SCOPE])
    expect(requests.length).toBeGreaterThan(2)
    expect(requests.length).toBeLessThan(40)
    expect(requests.slice(1).flatMap((r) => r.scopes)).toEqual(
      push.map((name) => `repository:${name}:push,pull`)
    )
    for (const exchange of new Set(evidence.push.map((p) => p.exchange))) {
      expect(exchange.url.length).toBeLessThanOrEqual(MAX_URL_CHARS)
    }
    expect(evidence.push.map((p) => p.repository)).toEqual(push)
    expect(judge(evidence).pushAccess).toBe('granted')
  })
})

describe('docker login, started while the preflight runs', () => {
  /** A docker seam that notes what happened, and when. */
  function earlyDocker() {
    const events: string[] = []
    const note = (event: string): void => {
      events.push(`${event} after ${emulator.requests.length} requests`)
    }
    const docker: DockerCli = {
      login: async () => {
        throw new Error('not started early')
      },
      logout: async () => ({ exitCode: 0, output: '' }),
      config: () => ({ dir: '/tmp' }),
      startLogin() {
        note('started')
        return {
          async send(password) {
            note(password === PAT.secret ? 'given the password' : 'given junk')
            return { exitCode: 0, output: 'Login Succeeded' }
          },
          async cancel() {
            note('cancelled')
          }
        }
      }
    }
    return { docker, events }
  }
  const options = (password: string): GatherOptions => ({
    registry: 'docker.io',
    username: PAT.username,
    password,
    preflight: true,
    retries: 0,
    timeoutSeconds: 5,
    push: '',
    rateLimit: false,
    skipIfMissing: false,
    login: true
  })
  const world = (docker: DockerCli) => ({
    env: { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url },
    docker,
    secrets: new Secrets()
  })

  it('starts before the first request and gets the password once the credential is accepted', async () => {
    const { docker, events } = earlyDocker()
    const evidence = await gather(options(PAT.secret), world(docker))
    expect(events).toEqual([
      'started after 0 requests',
      'given the password after 1 requests'
    ])
    expect(evidence.cli?.exitCode).toBe(0)
  })

  it('is stopped, never given the password, when the registry refuses it', async () => {
    const { docker, events } = earlyDocker()
    const evidence = await gather(
      options(ACCOUNTS.wrongPassword.secret),
      world(docker)
    )
    expect(events).toEqual([
      'started after 0 requests',
      'cancelled after 1 requests'
    ])
    expect(evidence.cli).toBeUndefined()
  })

  it.each([
    PAT.secret,
    // a GitLab token after an instance prefix (attack-41 A41-05)
    `mycorp-glpat-${'a1B2c3D4e5'.repeat(2)}`
  ])('is not started with a username shaped like a token (%s, the inputs swapped): no command line holds it while the registry answers', async (token) => {
    const { docker, events } = earlyDocker()
    const logins: string[] = []
    const evidence = await gather(
      { ...options(PAT.username), username: token },
      world({
        ...docker,
        login: async (_server, username) => {
          logins.push(username)
          return { exitCode: 1, output: 'unauthorized' }
        }
      })
    )
    // the registry refused: docker never ran, early or late
    expect(events).toEqual([])
    expect(logins).toEqual([])
    expect(evidence.cli).toBeUndefined()
  }) // prettier-ignore
})

describe('nothing is sent', () => {
  it.each([
    ['an empty password', { password: '' }],
    ['an empty username', { username: '' }],
    ['a literal $ before a token', { password: `$${PAT.secret}` }],
    ['an unexpanded expression', { password: '${{ secrets.TOKEN }}' }],
    ['preflight: false (docker login alone)', { preflight: false }]
  ])('for %s', async (_name, options) => {
    const { logins } = await gatherWith(options)
    expect(emulator.requests).toEqual([])
    expect(logins).toHaveLength('preflight' in options ? 1 : 0)
  })
})

describe('an input no registry can take', () => {
  it.each([
    ['a username with spaces', { username: 'octo cat' }],
    ['a URL as username', { username: 'https://hub.docker.com/u/octocat' }],
    ['a username with a colon', { username: 'octocat:dckr_pat_x' }],
    ['a secret of 64 KiB', { password: 'x'.repeat(64 * 1024) }],
    ['a registry of another scheme', { registry: 'ftp://ghcr.io' }],
    ['a push entry that is not a name', { push: 'Octocat/My App' }],
    [
      'a registry holding credentials',
      { registry: 'https://u:tok3n-value@ghcr.io' }
    ]
  ])('is refused before any request: %s', async (_name, options) => {
    const refused = gatherWith(options)
    await expect(refused).rejects.toThrow(InputError)
    // never quoted back: a registry may hold a token (D12)
    await expect(refused).rejects.not.toThrow('tok3n-value')
    expect(emulator.requests).toEqual([])
  })
})

describe('tokens', () => {
  it('are masked as they arrive: the login token and each push token', async () => {
    const account = ACCOUNTS.patReadOnly
    const { masked } = await gatherWith({
      username: account.username,
      password: account.secret,
      push: 'octocat/app'
    })
    // the second login token (the first was refused); push was refused
    expect(masked).toHaveLength(1)
    expect(masked[0]).toMatch(/^ey/)
  })

  it("docker login's output keeps no form of the secret it repeated", async () => {
    const basic = Buffer.from(`${PAT.username}:${PAT.secret}`).toString(
      'base64'
    )
    const repeated = [
      PAT.secret,
      JSON.stringify(PAT.secret).slice(1, -1),
      encodeURIComponent(PAT.secret),
      Buffer.from(PAT.secret).toString('base64'),
      basic,
      basic.replace(/=+$/, ''),
      encodeURIComponent(basic)
    ]
    const docker: DockerCli = {
      login: async () => ({ exitCode: 1, output: repeated.join('\n') }),
      logout: async () => ({ exitCode: 0, output: '' }),
      config: () => ({ dir: '/tmp' })
    }
    const evidence = await gather(
      {
        registry: 'docker.io',
        username: PAT.username,
        password: PAT.secret,
        preflight: false,
        retries: 0,
        timeoutSeconds: 1,
        push: '',
        rateLimit: false,
        skipIfMissing: false,
        login: true
      },
      { env: {}, docker, secrets: new Secrets() }
    )
    expect(evidence.cli?.output.split('\n')).toEqual(repeated.map(() => '***'))
  })

  it('never reach the evidence', async () => {
    const { evidence, masked } = await gatherWith({ push: 'octocat/app' })
    const text = JSON.stringify(evidence)
    expect(masked.length).toBeGreaterThan(0)
    for (const token of masked) expect(text).not.toContain(token)
    expect(text).not.toContain(PAT.secret)
  })
})

/** One fault, and the traffic and time it must end in. */
interface FaultCase {
  faults: FaultPlan[]
  options?: Partial<GatherOptions>
  account?: { username: string; secret: string }
  /**
   * the registry named by host, not as Docker Hub: its challenge is not
   * known, so the preflight pings it
   */
  byHost?: true
  /** the steps the emulator saw, in order */
  steps: string[]
  /** docker login runs */
  logsIn: boolean
  maxMs: number
  minMs?: number
}

const FAULTS: Array<[string, FaultCase]> = [
  [
    'two 503s on the ping are retried, then the login goes on',
    {
      faults: [{ route: 'ping', kind: '503', times: 2 }],
      byHost: true,
      steps: ['ping', 'ping', 'ping', 'token'],
      logsIn: true,
      maxMs: 3 * BACKOFF_MS + 1000
    }
  ],
  [
    'a 503 burst longer than the retries does not stop docker login',
    {
      faults: [{ route: 'ping', kind: '503', times: 3 }],
      byHost: true,
      steps: ['ping', 'ping', 'ping'],
      logsIn: true,
      maxMs: 3 * BACKOFF_MS + 1000
    }
  ],
  [
    'a connection reset on the token service is retried',
    {
      faults: [{ route: 'token', kind: 'reset', times: 1 }],
      steps: ['token', 'token', 'manifest'],
      logsIn: true,
      maxMs: BACKOFF_MS + 1000
    }
  ],
  [
    'a token service hanging past the timeout is given up, not retried with retries 0',
    {
      faults: [{ route: 'token', kind: 'hang', times: 1 }],
      options: { retries: 0 },
      steps: ['token'],
      logsIn: true,
      minMs: 1000,
      maxMs: 2000
    }
  ],
  [
    'a 429 with a short Retry-After is waited for',
    {
      faults: [{ route: 'token', kind: '429', times: 1, retryAfter: '1' }],
      steps: ['token', 'token', 'manifest'],
      logsIn: true,
      minMs: 1000,
      maxMs: 2500
    }
  ],
  [
    'a 429 without Retry-After is final: not retried, no docker login',
    {
      faults: [{ route: 'token', kind: '429', times: 1 }],
      steps: ['token'],
      logsIn: false,
      maxMs: 1000
    }
  ],
  [
    'a 429 with Retry-After: 3600 is reported, not slept',
    {
      faults: [
        { route: 'token', kind: '429', times: Infinity, retryAfter: '3600' }
      ],
      steps: ['token'],
      logsIn: false,
      maxMs: 1000
    }
  ],
  [
    'a garbled challenge is not followed: no made-up realm is asked',
    {
      faults: [{ route: 'ping', kind: 'bad-challenge', times: 1 }],
      byHost: true,
      steps: ['ping'],
      logsIn: true,
      maxMs: 1000
    }
  ],
  [
    'megabytes of body from the token service are not read',
    {
      faults: [{ route: 'token', kind: 'huge-body', times: 1 }],
      // no token in it: not the token service it was known as, so the
      // preflight asks the registry's challenge after all
      steps: ['token', 'ping', 'token', 'manifest'],
      logsIn: true,
      maxMs: 2000
    }
  ],
  [
    'the Hub login API hanging for a 2FA password ends after one timeout',
    {
      faults: [{ route: 'hub', kind: 'hang', times: Infinity }],
      account: ACCOUNTS.password2fa,
      steps: ['token', 'hub-login'],
      logsIn: false,
      minMs: 1000,
      maxMs: 2000
    }
  ],
  [
    'connection resets for good end after the retries: unreachable, docker still tried',
    {
      faults: [{ route: 'any', kind: 'reset', times: Infinity }],
      options: { retries: 1 },
      byHost: true,
      steps: ['ping', 'ping'],
      logsIn: true,
      maxMs: BACKOFF_MS + 1000
    }
  ]
]

describe('faults end in bounded time with the right traffic', () => {
  // each with an emulator of its own, all at once
  it.concurrent.each(FAULTS)('%s', async (_name, fault) => {
    const own = await startEmulator({ faults: fault.faults })
    try {
      const account = fault.account ?? PAT
      const { logins, ms } = await gatherWith(
        {
          username: account.username,
          password: account.secret,
          timeoutSeconds: 1,
          ...(fault.byHost ? { registry: own.host } : {}),
          ...fault.options
        },
        { on: own, hub: !fault.byHost }
      )
      expect(own.requests.map((r) => r.step)).toEqual(fault.steps)
      expect(logins.length).toBe(fault.logsIn ? 1 : 0)
      expect(ms).toBeLessThan(fault.maxMs)
      if (fault.minMs) expect(ms).toBeGreaterThanOrEqual(fault.minMs)
    } finally {
      await own.close()
    }
  })
})

describe('the worst case is bounded', () => {
  it.concurrent(
    'an all-hang preflight ends within the budget, and docker login runs after it',
    async () => {
      const own = await startEmulator({
        faults: [{ route: 'any', kind: 'hang', times: Infinity }]
      })
      const timeoutSeconds = 0.5
      const started = Date.now()
      const { evidence, logins } = await gatherWith(
        { timeoutSeconds },
        { on: own }
      ).finally(() => own.close())
      const budgetMs = BUDGET_TIMEOUTS * timeoutSeconds * 1000
      expect(logins).toHaveLength(1)
      const preflightMs = logins[0].at - started
      // the known token service alone, retried until the budget runs out
      expect(preflightMs).toBeLessThan(budgetMs + 250)
      expect(preflightMs).toBeGreaterThanOrEqual(2 * timeoutSeconds * 1000)
      const hung = own.requests.filter((r) => r.fault === 'hang')
      expect(hung.length).toBeGreaterThanOrEqual(2)
      expect(hung.length).toBeLessThanOrEqual(3)
      expect(judge(evidence)).toMatchObject({
        diagnosis: 'ok',
        warnings: ['preflight-unreachable']
      })
    }
  )

  it('with the default inputs the bound is 30 s: 3 × the 10 s timeout', () => {
    expect(BUDGET_TIMEOUTS * 10).toBe(30)
  })
})

// attack-66 A66-04: docker picks its default credential store only for a
// config that holds no login (docker/cli LoadDefaultConfigFile); a failed
// save of a config that keeps its logins in the file is not that helper's
describe("a failed login and docker's default credential helper", () => {
  const onPath = mkdtempSync(join(tmpdir(), 'dlp-default-helper-'))
  const helper = join(onPath, 'docker-credential-secretservice')
  writeFileSync(helper, '#!/bin/sh\nexit 1\n')
  chmodSync(helper, 0o755)
  afterAll(() => rmSync(onPath, { recursive: true, force: true }))

  it.each([
    ['a config that holds no login: the default helper', undefined, true],
    ['a config that holds logins: docker used none', true as const, undefined]
  ])('%s', async (_name, holdsLogins, defaultHelper) => {
    const docker: DockerCli = {
      login: async () => ({ exitCode: 1, output: 'Error saving credentials: error storing credentials' }),
      logout: async () => ({ exitCode: 0, output: '' }),
      config: () => ({ dir: '/tmp/docker-config', ...(holdsLogins ? { holdsLogins } : {}) })
    }
    const evidence = await gather(
      { registry: 'docker.io', username: PAT.username, password: PAT.secret, preflight: false, retries: 0, timeoutSeconds: 1, push: '', rateLimit: false, skipIfMissing: false, login: true },
      { env: { PATH: onPath }, docker, secrets: new Secrets() }
    )
    expect(evidence.dockerConfig?.defaultHelper).toBe(defaultHelper)
    expect(evidence.dockerConfig?.helper).toBe(defaultHelper ? 'docker-credential-secretservice' : undefined)
  }) // prettier-ignore
})

/**
 * End to end, hardening (issue 5): faults of the registry and the Hub API,
 * bad inputs, the secret and the tokens, and the user's docker
 * configuration — through the bundled action, the real docker CLI and the
 * emulator. Every test asserts the exit code, what the user reads, that no
 * stack trace is printed, that time stays bounded, and that the secret
 * appears in no artifact.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import {
  chmodSync,
  existsSync,
  readFileSync,
  readdirSync,
  writeFileSync
} from 'node:fs'
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type Server
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { ACCOUNTS } from '../emulator/accounts.js'
import { type Emulator, type FaultPlan } from '../emulator/server.js'
import {
  findDocker,
  leaks,
  runAction,
  Workspace,
  type ActionInputs,
  type RunResult
} from '../scripts/runner.js'
import { MAX_RETRY_AFTER_SECONDS } from '../src/http.js'

const session = emulatorSession()

const PAT = ACCOUNTS.patReadWrite

/** One run of the main step and what it left behind. */
interface Run {
  result: RunResult
  ws: Workspace
  outputs: Record<string, string>
  summary: string
  /** wall time of the run, milliseconds */
  ms: number
}

/** Runs main (or post) with the emulator, or `hub`, as Docker Hub. */
async function run(
  inputs: ActionInputs,
  options: {
    ws?: Workspace
    env?: Record<string, string>
    entry?: 'main' | 'post'
    hub?: string
  } = {}
): Promise<Run> {
  const ws = options.ws ?? session.workspace()
  const started = Date.now()
  const result = await runAction(options.entry ?? 'main', ws, inputs, {
    DOCKER_LOGIN_PREFLIGHT_HUB: options.hub ?? session.emulator.url,
    ...options.env
  })
  const ms = Date.now() - started
  return { result, ws, outputs: ws.outputs(), summary: ws.summary(), ms }
}

/**
 * No stack trace: nothing on stderr, no `    at …` frame and no Node.js
 * `Error: …` header anywhere (the docker CLI's own `Error saving
 * credentials: …` is a message, not a trace).
 */
function expectNoStackTrace(result: RunResult): void {
  const text = `${result.stdout}\n${result.stderr}`
  expect(result.stderr).toBe('')
  expect(text).not.toMatch(/^\s+at \S/m)
  expect(text).not.toMatch(/^\s*(?:[A-Z][A-Za-z]*)?Error(?: \[\w+\])?: /m)
  expect(text).not.toContain('node:internal')
}

/** The emulator's requests as `step:status:fault`, for messages. */
function requestLog(): string[] {
  return session.emulator.requests.map(
    (r) => `${r.step}:${r.status ?? '-'}${r.fault ? `:${r.fault}` : ''}`
  )
}

// ---------------------------------------------------------------------------
// 1. Faults

/** What one fault scenario must produce. */
interface FaultCase {
  faults: FaultPlan[]
  inputs?: ActionInputs
  account?: { username: string; secret: string }
  diagnosis: string
  warnings?: string
  exitCode: 0 | 1
  /** the run must end within this many milliseconds */
  maxMs: number
  /** more checks on what the user sees */
  check?: (run: Run) => void
}

/** The summary's row of the checks table whose name starts with `name`. */
function checkRow(summary: string, name: string): string {
  return summary.split('\n').find((line) => line.startsWith(`| ${name}`)) ?? ''
}

const FAULTS: Array<[string, FaultCase]> = [
  [
    'two 503s on the ping, then recovery',
    {
      faults: [{ route: 'ping', kind: '503', times: 2 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary }) =>
        expect(checkRow(summary, 'Registry ping')).toContain(
          '401 after 3 tries'
        )
    }
  ],
  [
    'two 502s on the token service, then recovery',
    {
      faults: [{ route: 'token', kind: '502', times: 2 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary }) =>
        expect(checkRow(summary, 'Token request')).toContain(
          '200 after 3 tries'
        )
    }
  ],
  [
    'a 503 burst longer than the retries: docker login still runs',
    {
      faults: [{ route: 'ping', kind: '503', times: 3 }],
      diagnosis: 'ok',
      warnings: 'preflight-unreachable',
      exitCode: 0,
      maxMs: 6000,
      check: ({ result, summary }) => {
        expect(result.warnings).toEqual([
          '::warning::Preflight could not reach the registry: docker login ran unchecked; if this persists, check the network path to the registry'
        ])
        expect(checkRow(summary, 'Registry ping')).toContain(
          '503 after 3 tries'
        )
      }
    }
  ],
  [
    'a connection reset on the token service, then recovery',
    {
      faults: [{ route: 'token', kind: 'reset', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary }) =>
        expect(checkRow(summary, 'Token request')).toContain(
          '200 after 2 tries'
        )
    }
  ],
  [
    'connection resets for good',
    {
      faults: [{ route: 'any', kind: 'reset', times: Infinity }],
      inputs: { retries: '1' },
      diagnosis: 'registry-unreachable',
      exitCode: 1,
      maxMs: 8000,
      check: ({ result, summary }) => {
        expect(result.errors).toEqual([
          '::error::Registry unreachable: check the registry address and the runner network, then re-run the job'
        ])
        expect(checkRow(summary, 'Registry ping')).toContain(
          'no answer (ECONNRESET) after 2 tries'
        )
      }
    }
  ],
  [
    'a token service that hangs past the timeout (preflight only)',
    {
      // not retried, so that the CLI's own token request gets through
      faults: [{ route: 'token', kind: 'hang', times: 1 }],
      inputs: { retries: '0' },
      diagnosis: 'ok',
      warnings: 'preflight-unreachable',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary, ms }) => {
        expect(ms).toBeGreaterThanOrEqual(1000)
        expect(checkRow(summary, 'Token request')).toContain(
          'no answer (ETIMEDOUT)'
        )
      }
    }
  ],
  [
    'a 429 with a short Retry-After is waited for',
    {
      faults: [{ route: 'token', kind: '429', times: 1, retryAfter: '1' }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary, ms }) => {
        expect(ms).toBeGreaterThanOrEqual(1000)
        expect(checkRow(summary, 'Token request')).toContain(
          '200 after 2 tries'
        )
      }
    }
  ],
  [
    'a 429 without Retry-After is reported at once, not retried',
    {
      faults: [{ route: 'token', kind: '429', times: 1 }],
      diagnosis: 'rate-limited',
      exitCode: 1,
      maxMs: 4000,
      check: ({ result, ws, summary }) => {
        expect(result.errors[0]).toMatch(/^::error::Rate limit reached: /)
        expect(
          session.emulator.requests.filter((r) => r.step === 'token')
        ).toHaveLength(1)
        expect(ws.dockerArgv()).toEqual([])
        expect(summary).toContain('"Too Many Requests"')
      }
    }
  ],
  [
    `a 429 with Retry-After: 3600 (over ${MAX_RETRY_AFTER_SECONDS} s) is reported, not slept`,
    {
      faults: [
        { route: 'token', kind: '429', times: Infinity, retryAfter: '3600' }
      ],
      diagnosis: 'rate-limited',
      exitCode: 1,
      maxMs: 4000,
      check: ({ summary }) => {
        expect(checkRow(summary, 'Token request')).toContain(
          `429 (Retry-After 3600 s, over ${MAX_RETRY_AFTER_SECONDS} s: not waited for)`
        )
        expect(
          session.emulator.requests.filter((r) => r.step === 'token')
        ).toHaveLength(1)
      }
    }
  ],
  [
    'a 429 with Retry-After as a far HTTP date is reported, not slept',
    {
      faults: [
        {
          route: 'token',
          kind: '429',
          times: Infinity,
          retryAfter: 'Wed, 21 Oct 2099 07:28:00 GMT'
        }
      ],
      diagnosis: 'rate-limited',
      exitCode: 1,
      maxMs: 4000,
      check: ({ summary }) =>
        expect(checkRow(summary, 'Token request')).toMatch(
          /429 \(Retry-After \d+ s, over \d+ s: not waited for\)/
        )
    }
  ],
  [
    'a 200 with a cut JSON body from the token service: the CLI decides',
    {
      faults: [{ route: 'token', kind: 'malformed-json', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ outputs }) => {
        // no token to ask the rate-limit preview with
        expect(outputs['rate-limit-limit']).toBe('')
        expect(outputs['logged-in']).toBe('true')
      }
    }
  ],
  [
    'a 200 with a cut JSON body on the ping: nothing to check, the CLI decides',
    {
      faults: [{ route: 'ping', kind: 'malformed-json', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary }) =>
        expect(summary).toContain('answered 200 without asking for credentials')
    }
  ],
  [
    'a token that is not a JWT: logged in, push and rate limit unknown',
    {
      faults: [{ route: 'token', kind: 'not-jwt', times: 1 }],
      inputs: { push: 'octocat/app' },
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ outputs, summary }) => {
        // an opaque token says nothing about push: not a denial
        expect(outputs['push-access']).toBe('not-checked')
        expect(summary).toContain(
          '**Pull rate limit:** not known (the preview answered 401).'
        )
      }
    }
  ],
  [
    'a 401 without a challenge: nothing to check, the CLI decides',
    {
      faults: [{ route: 'ping', kind: 'no-challenge', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary }) =>
        expect(summary).toContain('answered 401 without a usable challenge')
    }
  ],
  [
    'a garbled challenge is not followed: no made-up realm is asked',
    {
      faults: [{ route: 'ping', kind: 'bad-challenge', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary }) => {
        expect(session.emulator.requests.map((r) => r.step)).not.toContain(
          'not-found'
        )
        expect(summary).toContain('the challenge could not be followed')
      }
    }
  ],
  [
    'a realm on another host is followed, as the CLI does, and named',
    {
      faults: [{ route: 'ping', kind: 'other-realm-host', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ summary }) =>
        expect(summary).toContain(
          `realm http://localhost:${session.emulator.port}/token`
        )
    }
  ],
  [
    'megabytes of body from the token service are not read',
    {
      faults: [{ route: 'token', kind: 'huge-body', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000
    }
  ],
  [
    'megabytes of body on the ping are not read',
    {
      faults: [{ route: 'ping', kind: 'huge-body', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000
    }
  ],
  [
    'the rate-limit preview hangs: the login is not held up',
    {
      faults: [{ route: 'manifest', kind: 'hang', times: 1 }],
      diagnosis: 'ok',
      exitCode: 0,
      maxMs: 6000,
      check: ({ outputs, summary }) => {
        expect(outputs['rate-limit-limit']).toBe('')
        expect(summary).toContain('**Pull rate limit:** not known')
      }
    }
  ],
  [
    'the Hub API fails for a 2FA password: pat-required, asked once',
    {
      faults: [{ route: 'hub', kind: '503', times: Infinity }],
      account: ACCOUNTS.password2fa,
      diagnosis: 'pat-required',
      exitCode: 1,
      maxMs: 4000,
      check: () =>
        expect(
          session.emulator.requests.filter((r) => r.step === 'hub-login')
        ).toHaveLength(1)
    }
  ],
  [
    'the Hub API hangs for a 2FA password: pat-required after the timeout',
    {
      faults: [{ route: 'hub', kind: 'hang', times: Infinity }],
      account: ACCOUNTS.password2fa,
      diagnosis: 'pat-required',
      exitCode: 1,
      maxMs: 5000
    }
  ]
]

describeE2e('faults: the right diagnosis, bounded time, no trace', () => {
  it.each(FAULTS)('%s', async (_name, fault) => {
    const account = fault.account ?? PAT
    session.emulator.setFaults(fault.faults)
    const done = await run({
      username: account.username,
      password: account.secret,
      timeout: '1',
      ...fault.inputs
    })
    const { result, outputs, ws, ms } = done
    const seen = `requests: ${requestLog().join(' ')}`
    expect({ diagnosis: outputs.diagnosis, seen }).toEqual({
      diagnosis: fault.diagnosis,
      seen
    })
    expect(outputs.warnings).toBe(fault.warnings ?? '')
    expect(result.exitCode).toBe(fault.exitCode)
    expect(result.errors).toHaveLength(fault.exitCode)
    if (fault.exitCode === 0) {
      expect(ws.authKeys()).toEqual([session.emulator.host])
    }
    expect(ms).toBeLessThan(fault.maxMs)
    expectNoStackTrace(result)
    fault.check?.(done)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })
})

/** The preflight's backoff before the first retry (src/http.ts). */
const BACKOFF_SECONDS = 0.5
/** The preflight's budget, in timeouts (src/validate.ts). */
const BUDGET_TIMEOUTS = 3
/**
 * Requests the preflight makes one after the other at most: the ping, the
 * token request, its repeat without push scopes or the Hub login API.
 */
const REQUESTS_IN_SERIES = 3
/** The docker CLI's own limit on its registry ping (docker/docker registry). */
const CLI_PING_TIMEOUT_SECONDS = 15

/**
 * The worst-case time of the preflight, in seconds: each request may take
 * `retries + 1` attempts of `timeout` and the backoffs between them (the
 * jitter only shortens them), but everything the action sends — push
 * checks and the rate-limit probe included — shares one deadline of
 * `3 × timeout` from the start.
 */
function preflightBound(timeout: number, retries: number) {
  let backoffs = 0
  for (let k = 0; k < retries; k++) backoffs += BACKOFF_SECONDS * 2 ** k
  const perRequest = (retries + 1) * timeout + backoffs
  const unbudgeted = REQUESTS_IN_SERIES * perRequest
  const budget = BUDGET_TIMEOUTS * timeout
  return {
    seconds: Math.min(budget, unbudgeted),
    formula:
      `min(${BUDGET_TIMEOUTS} × ${timeout} s, ${REQUESTS_IN_SERIES} × ` +
      `((${retries} + 1) × ${timeout} s + ${backoffs} s of backoff))`
  }
}

/** Waits until `ready()` holds, polling; fails after `ms`. */
async function waitFor(ready: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (!ready()) {
    if (Date.now() > deadline) throw new Error('waitFor: timed out')
    await new Promise((done) => setTimeout(done, 20))
  }
}

describeE2e('the worst case is bounded', () => {
  it('computes the bound, and an all-hang preflight stays within it', async () => {
    const defaults = preflightBound(10, 2)
    console.log(
      `Worst-case preflight time with default inputs (timeout 10 s, ` +
        `retries 2): ${defaults.formula} = ${defaults.seconds} s; ` +
        `docker login follows, bounded by the CLI's own ` +
        `${CLI_PING_TIMEOUT_SECONDS} s ping timeout.`
    )
    expect(defaults.seconds).toBe(30)

    // A gated, timestamped shim: when docker starts, the preflight is
    // over. The registry recovers before the gate opens, so that the CLI
    // does not wait out its own 15 s on a hanging registry.
    const ws = session.workspace()
    const stamp = join(ws.dir, 'docker-started')
    const gate = join(ws.dir, 'gate')
    writeFileSync(
      join(ws.bin, 'docker'),
      `#!/bin/sh
date +%s%3N >> '${stamp}'
` +
        `while [ ! -e '${gate}' ]; do sleep 0.05; done
` +
        `printf '%s\\n' "docker $*" >> '${ws.argvLog}'\n` +
        `exec '${findDocker()}' "$@"\n`
    )
    session.emulator.setFaults([
      { route: 'any', kind: 'hang', times: Infinity }
    ])
    const small = preflightBound(1, 2)
    const started = Date.now()
    const running = run(
      { username: PAT.username, password: PAT.secret, timeout: '1' },
      { ws }
    )
    await waitFor(() => existsSync(stamp), 10000)
    const preflightMs = Number(readFileSync(stamp, 'utf8').trim()) - started
    const hung = session.emulator.requests.filter(
      (r) => r.fault === 'hang'
    ).length
    session.emulator.setFaults([])
    writeFileSync(gate, '')
    const { result, outputs, summary } = await running
    console.log(
      `All-hang preflight, timeout 1 s, retries 2: ${preflightMs} ms ` +
        `(bound ${small.formula} = ${small.seconds} s).`
    )
    // node's start-up comes on top of the bound
    expect(preflightMs).toBeLessThan(small.seconds * 1000 + 1000)
    expect(preflightMs).toBeGreaterThanOrEqual(2000)
    // the ping only, two or three attempts (the jitter decides)
    expect(hung).toBeGreaterThanOrEqual(2)
    expect(hung).toBeLessThanOrEqual(3)
    expect(checkRow(summary, 'Registry ping')).toContain(
      `no answer (ETIMEDOUT) after ${hung} tries`
    )
    // a preflight that could not check never blocks the login
    expect(result.exitCode).toBe(0)
    expect(outputs.diagnosis).toBe('ok')
    expect(outputs.warnings).toBe('preflight-unreachable')
    expectNoStackTrace(result)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })
})

// ---------------------------------------------------------------------------
// 2. Bad input

const LONG_SECRET = 'Very-long-s3cret-'.repeat(4000).slice(0, 64 * 1024)

/** One bad input: what the error line must name, and whether it is sent. */
interface BadInput {
  inputs: ActionInputs
  /** the error line names the input ... */
  names: RegExp
  /** ... and the fix */
  fix: RegExp
  /** `none`: the input alone decides, nothing is sent */
  requests: 'none' | 'registry'
  diagnosis?: string
}

const ok = { username: PAT.username, password: PAT.secret }

const BAD_INPUTS: Array<[string, BadInput]> = [
  [
    'an empty username',
    {
      inputs: { ...ok, username: '' },
      names: /username/i,
      fix: /set username and password from secrets/,
      requests: 'none',
      diagnosis: 'missing-credentials'
    }
  ],
  [
    'a whitespace-only username',
    {
      inputs: { ...ok, username: ' \t ' },
      names: /username/i,
      fix: /set username and password from secrets/,
      requests: 'none',
      diagnosis: 'missing-credentials'
    }
  ],
  [
    'an empty password',
    {
      inputs: { ...ok, password: '' },
      names: /password/i,
      fix: /set username and password from secrets/,
      requests: 'none',
      diagnosis: 'missing-credentials'
    }
  ],
  [
    'a whitespace-only password',
    {
      inputs: { ...ok, password: '  \t  ' },
      names: /password/i,
      fix: /set username and password from secrets/,
      requests: 'none',
      diagnosis: 'missing-credentials'
    }
  ],
  [
    'a username with spaces',
    {
      inputs: { ...ok, username: 'octo cat' },
      names: /^Input "username" contains spaces/,
      fix: /set it to your Docker ID/,
      requests: 'none'
    }
  ],
  [
    'an email address as username (Docker Hub answers it)',
    {
      inputs: {
        username: ACCOUNTS.emailAsUsername.username,
        password: ACCOUNTS.emailAsUsername.secret
      },
      names: /username/,
      fix: /set username to your Docker ID/,
      requests: 'registry',
      diagnosis: 'email-as-username'
    }
  ],
  [
    'a URL as username',
    {
      inputs: { ...ok, username: 'https://hub.docker.com/u/octocat' },
      names: /^Input "username" is a URL/,
      fix: /put the registry address in "registry"/,
      requests: 'none'
    }
  ],
  [
    'a username with a colon',
    {
      inputs: { ...ok, username: 'octocat:dckr_pat_x' },
      names: /^Input "username" contains ":"/,
      fix: /set it to your Docker ID/,
      requests: 'none'
    }
  ],
  [
    'a non-ASCII username',
    {
      inputs: { ...ok, username: 'octocät' },
      names: /^Input "username" contains characters other than ASCII/,
      fix: /set it to your Docker ID/,
      requests: 'none'
    }
  ],
  [
    'a control character in the username',
    {
      inputs: { ...ok, username: 'octo\u0007cat' },
      names: /^The username is malformed/,
      fix: /set username to the plain account name/,
      requests: 'none',
      diagnosis: 'malformed-credentials'
    }
  ],
  [
    'an escape sequence in a token',
    {
      inputs: { ...ok, password: `${PAT.secret}\u001b[0m` },
      names: /password/,
      fix: /re-save the secret/,
      requests: 'none',
      diagnosis: 'malformed-credentials'
    }
  ],
  [
    'a control character in a password (refined after the refusal)',
    {
      inputs: { ...ok, password: 'correct-horse\u0001battery' },
      names: /password/,
      fix: /re-save the secret/,
      requests: 'registry',
      diagnosis: 'malformed-credentials'
    }
  ],
  [
    'a non-ASCII password (a password may hold any letter)',
    {
      inputs: { ...ok, password: 'pässwörd-ünïcødé-密码' },
      names: /username is your Docker ID and password/,
      fix: /check that username/,
      requests: 'registry',
      diagnosis: 'invalid-credentials'
    }
  ],
  [
    'a secret of 64 KiB',
    {
      inputs: { ...ok, password: LONG_SECRET },
      names: /^Input "password" is 64 KiB long/,
      fix: /store only the token or password in the secret/,
      requests: 'none'
    }
  ],
  [
    'a registry URL with a path',
    {
      inputs: { ...ok, registry: 'https://ghcr.io/octocat/app' },
      names: /^Input "registry"/,
      fix: /without a path/,
      requests: 'none'
    }
  ],
  [
    'a registry URL with another scheme',
    {
      inputs: { ...ok, registry: 'ftp://docker.io' },
      names: /^Input "registry"/,
      fix: /must be a registry host such as ghcr\.io/,
      requests: 'none'
    }
  ],
  ...(['logout', 'preflight', 'rate-limit', 'skip-if-missing'] as const).map(
    (name): [string, BadInput] => [
      `"${name}: yes"`,
      {
        inputs: { ...ok, [name]: 'yes' },
        names: new RegExp(`^Input "${name}"`),
        fix: /must be true or false, not "yes"/,
        requests: 'none'
      }
    ]
  ),
  [
    'a push entry that is not a repository name',
    {
      inputs: { ...ok, push: 'octocat/app\nOctocat/My App' },
      names: /^Input "push" entry "Octocat\/My App"/,
      fix: /use lowercase names such as myorg\/app/,
      requests: 'none'
    }
  ]
]

describeE2e('bad input: one error line naming the input and the fix', () => {
  it.each(BAD_INPUTS)('%s', async (_name, bad) => {
    const { result, outputs, ws, ms } = await run(bad.inputs)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    const line = result.errors[0].slice('::error::'.length)
    expect(line).toMatch(bad.names)
    expect(line).toMatch(bad.fix)
    expect([...line].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([])
    expect(outputs['logged-in']).toBe('false')
    if (bad.diagnosis) expect(outputs.diagnosis).toBe(bad.diagnosis)
    if (bad.requests === 'none') {
      expect(session.emulator.requests).toEqual([])
    } else {
      // one question to the registry, never repeated, and no docker login
      expect(session.emulator.requests.map((r) => r.step)).toEqual([
        'ping',
        'token'
      ])
    }
    expect(ws.dockerArgv()).toEqual([])
    expect(ms).toBeLessThan(5000)
    expectNoStackTrace(result)
    const { username = '', password = '' } = bad.inputs
    if (password.trim()) expect(leaks(ws, username, password)).toEqual([])
  })

  it.each(['https://index.docker.io/v1/', 'index.docker.io', 'docker.io'])(
    'registry "%s" is accepted as Docker Hub',
    async (registry) => {
      const { result, outputs, ws } = await run({ ...ok, registry })
      expect(result.exitCode).toBe(0)
      expect(result.errors).toEqual([])
      expect(outputs.diagnosis).toBe('ok')
      expect(ws.authKeys()).toEqual([session.emulator.host])
      expectNoStackTrace(result)
      expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
    }
  )
})

// ---------------------------------------------------------------------------
// 3. Secrets

const DEBUG_ENV = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }

describeE2e('secrets: debug runs stay secret-free', () => {
  it('success, then the post step, with step debug on', async () => {
    const main = await run({ ...ok, push: 'octocat/app' }, { env: DEBUG_ENV })
    expect(main.result.exitCode).toBe(0)
    const post = await run(ok, { ws: main.ws, env: DEBUG_ENV, entry: 'post' })
    expect(post.result.exitCode).toBe(0)
    expect(post.result.stdout).toContain('Logged out of')
    expectNoStackTrace(main.result)
    expectNoStackTrace(post.result)
    expect(leaks(main.ws, PAT.username, PAT.secret)).toEqual([])
  })

  it.each([
    ['a wrong password', ACCOUNTS.wrongPassword, []],
    ['a 2FA password', ACCOUNTS.password2fa, []],
    [
      'a registry down for good',
      PAT,
      [{ route: 'any', kind: '503', times: Infinity }]
    ]
  ] as Array<[string, { username: string; secret: string }, FaultPlan[]]>)(
    'failure with step debug on: %s',
    async (_name, account, faults) => {
      session.emulator.setFaults(faults)
      const { result, ws } = await run(
        {
          username: account.username,
          password: account.secret,
          retries: '0',
          timeout: '1'
        },
        { env: DEBUG_ENV }
      )
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expectNoStackTrace(result)
      expect(leaks(ws, account.username, account.secret)).toEqual([])
    }
  )
})

/** Token values in a JSON body, as the registry handed them out. */
function tokensOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>
    return ['token', 'access_token', 'refresh_token', 'login_2fa_token']
      .map((field) => parsed[field])
      .filter((value): value is string => typeof value === 'string')
  } catch {
    return []
  }
}

/**
 * A proxy in front of the emulator that records every token handed to the
 * action (its user agent), and moves the challenge's realm onto itself so
 * that token requests pass through it too.
 */
async function startRecordingProxy(target: Emulator) {
  const tokens = new Set<string>()
  let url = ''
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers: IncomingHttpHeaders = { ...req.headers, host: target.host }
      const upstream = request(
        {
          host: '127.0.0.1',
          port: target.port,
          method: req.method,
          path: req.url,
          headers
        },
        (answer) => {
          const body: Buffer[] = []
          answer.on('data', (chunk: Buffer) => body.push(chunk))
          answer.on('end', () => {
            const text = Buffer.concat(body).toString('utf8')
            if (req.headers['user-agent'] === 'docker-login-preflight') {
              for (const token of tokensOf(text)) tokens.add(token)
            }
            const out = { ...answer.headers }
            const challenge = out['www-authenticate']
            if (typeof challenge === 'string') {
              out['www-authenticate'] = challenge.replaceAll(target.url, url)
            }
            res.writeHead(answer.statusCode ?? 502, out)
            res.end(Buffer.concat(body))
          })
        }
      )
      upstream.on('error', () => res.destroy())
      upstream.end(Buffer.concat(chunks))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    tokens,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

describeE2e('secrets: every token the action receives is masked first', () => {
  it.each([
    ['a login with push and rate-limit scopes', PAT, 'octocat/app', []],
    [
      'a read-only token asked for push (two token requests)',
      ACCOUNTS.patReadOnly,
      'octocat/app',
      []
    ],
    [
      'an opaque token (not a JWT)',
      PAT,
      '',
      [{ route: 'token', kind: 'not-jwt', times: 1 }]
    ],
    ['the login_2fa_token of the Hub API', ACCOUNTS.password2fa, '', []]
  ] as Array<
    [string, { username: string; secret: string }, string, FaultPlan[]]
  >)('%s', async (_name, account, push, faults) => {
    const proxy = await startRecordingProxy(session.emulator)
    try {
      session.emulator.setFaults(faults)
      const { result, ws } = await run(
        { username: account.username, password: account.secret, push },
        { hub: proxy.url, env: DEBUG_ENV }
      )
      expect(proxy.tokens.size).toBeGreaterThan(0)
      const artifacts = ws.artifacts()
      for (const token of proxy.tokens) {
        const mask = result.stdout.indexOf(`::add-mask::${token}\n`)
        expect(mask).toBeGreaterThanOrEqual(0)
        // the mask line is where the token shows first
        expect(result.stdout.indexOf(token)).toBe(mask + '::add-mask::'.length)
        for (const [name, text] of Object.entries(artifacts)) {
          expect({ name, leaked: text.includes(token) }).toEqual({
            name,
            leaked: false
          })
        }
      }
      expectNoStackTrace(result)
      expect(leaks(ws, account.username, account.secret)).toEqual([])
    } finally {
      await proxy.close()
    }
  })
})

// ---------------------------------------------------------------------------
// 4. The user's docker configuration

/** The config without the entry the action owns. */
function withoutOwned(
  config: Record<string, unknown> | undefined,
  key: string
): Record<string, unknown> | undefined {
  if (!config) return config
  const copy = JSON.parse(JSON.stringify(config)) as Record<string, unknown>
  const auths = copy.auths as Record<string, unknown> | undefined
  if (auths) delete auths[key]
  return copy
}

function writeConfig(ws: Workspace, config: object): void {
  writeFileSync(
    join(ws.dockerConfig, 'config.json'),
    JSON.stringify(config, null, 2)
  )
}

function writeScript(ws: Workspace, name: string, body: string): void {
  const path = join(ws.bin, name)
  writeFileSync(path, `#!/bin/sh\n${body}`)
  chmodSync(path, 0o755)
}

/**
 * A working credential helper, `docker-credential-fake`: store, get, erase
 * and list against one file per server under `<ws>/fake-store`.
 */
function installFakeHelper(ws: Workspace): string {
  const store = join(ws.dir, 'fake-store')
  writeScript(
    ws,
    'docker-credential-fake',
    `store='${store}'
mkdir -p "$store"
name() { printf '%s' "$1" | od -An -tx1 | tr -d ' \\n'; }
case "$1" in
  store)
    input=$(cat)
    url=$(printf '%s' "$input" | sed 's/.*"ServerURL":"\\([^"]*\\)".*/\\1/')
    printf '%s' "$input" > "$store/$(name "$url")" ;;
  get)
    url=$(cat)
    if [ -f "$store/$(name "$url")" ]; then cat "$store/$(name "$url")"
    else echo 'credentials not found in native keychain'; exit 1; fi ;;
  erase)
    url=$(cat)
    rm -f "$store/$(name "$url")" ;;
  list)
    printf '{'; sep=''
    for f in "$store"/*; do
      [ -f "$f" ] || continue
      url=$(sed 's/.*"ServerURL":"\\([^"]*\\)".*/\\1/' "$f")
      user=$(sed 's/.*"Username":"\\([^"]*\\)".*/\\1/' "$f")
      printf '%s"%s":"%s"' "$sep" "$url" "$user"; sep=','
    done
    printf '}\\n' ;;
  *) echo "unknown action $1"; exit 1 ;;
esac
`
  )
  return store
}

describeE2e("the user's docker configuration", () => {
  it('auths, credHelpers and unknown keys survive login and logout', async () => {
    const ws = session.workspace()
    const before = {
      auths: {
        'ghcr.io': {
          auth: Buffer.from('someone:ghp_other').toString('base64')
        },
        'quay.io': { auth: 'cXVheTpzZWNyZXQ=', email: 'me@example.com' },
        'legacy.example.com': { username: 'legacy', password: 'legacy-pw' },
        'registry.example.com': { identitytoken: 'opaque-identity-token' }
      },
      credHelpers: {
        'gcr.io': 'gcloud',
        '123456789012.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login'
      },
      psFormat: 'table {{.ID}}',
      detachKeys: 'ctrl-q',
      someTool: { nested: [1, { deep: true }], note: 'kept' },
      'x-unknown': 'value'
    }
    writeConfig(ws, before)
    const main = await run(ok, { ws })
    expect(main.result.exitCode).toBe(0)
    const loggedIn = ws.dockerConfigJson()
    expect(withoutOwned(loggedIn, session.emulator.host)).toEqual(before)
    expect(ws.authKeys()).toContain(session.emulator.host)

    const post = await run(ok, { ws, entry: 'post' })
    expect(post.result.exitCode).toBe(0)
    expect(ws.dockerConfigJson()).toEqual(before)
    expectNoStackTrace(main.result)
    expectNoStackTrace(post.result)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })

  it('a credsStore helper keeps the login, and the config its keys', async () => {
    const ws = session.workspace()
    const store = installFakeHelper(ws)
    const before = {
      auths: { 'ghcr.io': {} },
      credsStore: 'fake',
      currentContext: 'default',
      someTool: { kept: true }
    }
    writeConfig(ws, before)
    const main = await run(ok, { ws })
    expect(main.result.exitCode).toBe(0)
    expect(main.outputs['logged-in']).toBe('true')
    expect(readdirSync(store)).toHaveLength(1)
    const stored = readFileSync(join(store, readdirSync(store)[0]), 'utf8')
    expect(JSON.parse(stored)).toMatchObject({
      ServerURL: session.emulator.host,
      Username: PAT.username
    })
    expect(withoutOwned(ws.dockerConfigJson(), session.emulator.host)).toEqual(
      before
    )

    const post = await run(ok, { ws, entry: 'post' })
    expect(post.result.exitCode).toBe(0)
    expect(readdirSync(store)).toEqual([])
    expect(ws.dockerConfigJson()).toEqual(before)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })

  it('an unwritable docker config → credential-store-error, not a crash', async () => {
    const ws = session.workspace()
    const env: Record<string, string> = {}
    const root = process.getuid?.() === 0
    if (root) {
      // chmod does not stop root: DOCKER_CONFIG under a regular file
      // cannot be created, by anyone
      console.warn(
        'NOTICE: running as root, where chmod 0555 does not stop writes: ' +
          'DOCKER_CONFIG points under a regular file instead.'
      )
      const file = join(ws.dir, 'a-file')
      writeFileSync(file, 'not a directory\n')
      env.DOCKER_CONFIG = join(file, 'docker-config')
    } else {
      chmodSync(ws.dockerConfig, 0o555)
    }
    const { result, outputs, summary } = await run(ok, { ws, env })
    if (!root) chmodSync(ws.dockerConfig, 0o755)
    expect(result.exitCode).toBe(1)
    expect(outputs.diagnosis).toBe('credential-store-error')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(
      /^::error::docker could not save the login: make .+ writable, or set DOCKER_CONFIG to a writable directory$/
    )
    expect(summary).toContain('Error saving credentials')
    expectNoStackTrace(result)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })

  it.each([
    ['a helper that fails and echoes what it got', 'broken', true],
    ['a helper that is not installed', 'missing', false]
  ])(
    'credsStore: %s → credential-store-error naming it',
    async (_name, helper, install) => {
      const ws = session.workspace()
      if (install) {
        // real helpers print their errors on stdout; this one also repeats
        // its input, the secret included
        writeScript(
          ws,
          `docker-credential-${helper}`,
          'input=$(cat)\necho "keychain locked, cannot store $input"\n' +
            'echo "keychain locked" >&2\nexit 1\n'
        )
      }
      const before = { credsStore: helper, auths: {}, someTool: { kept: 1 } }
      writeConfig(ws, before)
      const { result, outputs, summary } = await run(ok, { ws })
      expect(result.exitCode).toBe(1)
      expect(outputs.diagnosis).toBe('credential-store-error')
      expect(outputs['logged-in']).toBe('false')
      expect(result.errors).toEqual([
        `::error::The docker credential helper docker-credential-${helper} failed: install or repair docker-credential-${helper} (credsStore in ${ws.dockerConfig}/config.json), or remove that setting`
      ])
      expect(summary).toContain(`docker-credential-${helper}`)
      expect(ws.dockerConfigJson()).toEqual(before)
      expectNoStackTrace(result)
      expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
    }
  )

  it('credHelpers for the registry naming a missing helper → named too', async () => {
    const ws = session.workspace()
    const before = { credHelpers: { [session.emulator.host]: 'nowhere' } }
    writeConfig(ws, before)
    const { result, outputs } = await run(ok, { ws })
    expect(result.exitCode).toBe(1)
    expect(outputs.diagnosis).toBe('credential-store-error')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(
      `docker-credential-nowhere (credHelpers["${session.emulator.host}"]`
    )
    expect(ws.dockerConfigJson()).toEqual(before)
    expect(existsSync(join(ws.bin, 'docker-credential-nowhere'))).toBe(false)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })
})

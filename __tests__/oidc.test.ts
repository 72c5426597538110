/**
 * Docker Hub OIDC in process (docs/docker-hub.md §7): when a login is an
 * OIDC login and what is an input error (oidcPlan), the claims and the
 * `sub` format, and gather's exchange against the emulators over real HTTP
 * on loopback — both tokens masked as they arrive and absent from the
 * evidence, the retries, every failure — and the judge's expiry warning.
 * The bundle, as the runner runs it, is in oidc-e2e.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import {
  IMMUTABLE_CLAIMS,
  DEFAULT_CLAIMS,
  OIDC_CONNECTIONS,
  requestIdToken,
  ruleMatches,
  startIdTokenServer,
  type IdTokenServer
} from '../emulator/oidc.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import type { DockerCli } from '../src/docker.js'
import { InputError } from '../src/errors.js'
import type { Evidence } from '../src/evidence.js'
import { gather, type GatherOptions } from '../src/gather.js'
import { judge as judgeWith } from '../src/judge.js'
import { judge } from '../__fixtures__/oidc-judge.js'
import { loadTexts } from '../src/profiles/index.js'
import { remediationFor } from '../src/remediation.js'
import { reportAction } from '../src/report.js'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { claimsOf, oidcPlan, subFormat } from '../src/oidc.js'
import { Secrets } from '../src/redact.js'

const ORG = OIDC_CONNECTIONS.ok.organization
const ID = OIDC_CONNECTIONS.ok.id

let emulator: Emulator
let github: IdTokenServer
beforeAll(async () => {
  emulator = await startEmulator()
  github = await startIdTokenServer()
})
afterEach(() => {
  emulator.reset()
  github.claims = { ...DEFAULT_CLAIMS }
  github.answer = undefined
  github.audience = undefined
})
afterAll(async () => {
  await emulator.close()
  await github.close()
})

/** An InputError's message, or a failure. */
function inputError(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no InputError was thrown')
}

describe('oidcPlan: when a login is an OIDC login', () => {
  const plan = (
    options: Partial<Parameters<typeof oidcPlan>[0]>,
    env: NodeJS.ProcessEnv
  ) =>
    oidcPlan(
      {
        registry: 'docker.io',
        password: '',
        oidcConnectionId: '',
        oidcExpiresIn: '',
        ...options
      },
      env
    )

  it.each([
    ['no connection id anywhere', {}, {}],
    ['a password is given (the ordinary login)', { password: 'dckr_pat_x' }, { DOCKERHUB_OIDC_CONNECTIONID: ID }],
    ['another registry, the id from the environment', { registry: 'ghcr.io' }, { DOCKERHUB_OIDC_CONNECTIONID: ID }],
    ['index.docker.io, as login-action reads it', { registry: 'index.docker.io' }, { DOCKERHUB_OIDC_CONNECTIONID: ID }]
  ] as const)('not: %s', (_, options, env) => {
    expect(plan(options, env)).toBeUndefined()
  }) // prettier-ignore

  it.each(['docker.io', 'registry-1.docker.io', 'dhi.io', ''])(
    'the connection id from DOCKERHUB_OIDC_CONNECTIONID on %j: 300 s, identity.docker.com',
    (registry) => {
      expect(plan({ registry }, { DOCKERHUB_OIDC_CONNECTIONID: ` ${ID}\n` })).toEqual({
        connectionId: ID,
        expiresIn: 300,
        source: 'environment',
        audience: 'https://identity.docker.com',
        exchangeUrl: 'https://identity.docker.com/oauth/token'
      })
    }
  ) // prettier-ignore

  it('the inputs over the environment; the stage registry and DOCKER_LOGIN_PREFLIGHT_HUB change where the exchange goes', () => {
    const env = { DOCKERHUB_OIDC_CONNECTIONID: 'not-used', DOCKERHUB_OIDC_EXPIREIN: '600' }
    expect(plan({ oidcConnectionId: ID, oidcExpiresIn: '21600' }, env)).toMatchObject({
      connectionId: ID,
      source: 'input',
      expiresIn: 21600
    })
    expect(plan({}, { DOCKERHUB_OIDC_CONNECTIONID: ID, DOCKERHUB_OIDC_EXPIREIN: '600' })?.expiresIn).toBe(600)
    expect(plan({ registry: 'registry-1-stage.docker.io' }, { DOCKERHUB_OIDC_CONNECTIONID: ID })).toMatchObject({
      audience: 'https://identity-stage.docker.com',
      exchangeUrl: 'https://identity-stage.docker.com/oauth/token'
    })
    expect(
      plan({}, { DOCKERHUB_OIDC_CONNECTIONID: ID, DOCKER_LOGIN_PREFLIGHT_HUB: 'http://127.0.0.1:5000/' })?.exchangeUrl
    ).toBe('http://127.0.0.1:5000/oauth/token')
  }) // prettier-ignore

  it.each(['docker.io', 'registry-1.docker.io', 'index.docker.io'])(
    'a Docker Hub host (%s) in DOCKER_LOGIN_PREFLIGHT_ENDPOINTS sends the exchange to its base URL, as DOCKER_LOGIN_PREFLIGHT_HUB does',
    (host) => {
      const env = { DOCKERHUB_OIDC_CONNECTIONID: ID, DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `ghcr.io=http://127.0.0.1:5001,${host}=http://127.0.0.1:5002` }
      expect(plan({}, env)?.exchangeUrl).toBe('http://127.0.0.1:5002/oauth/token')
      // another host's entry leaves Docker Hub where it is
      expect(plan({}, { ...env, DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: 'ghcr.io=http://127.0.0.1:5001' })?.exchangeUrl).toBe('https://identity.docker.com/oauth/token')
    }
  ) // prettier-ignore

  it.each([
    [{}, { DOCKERHUB_OIDC_CONNECTIONID: '' }, /^DOCKERHUB_OIDC_CONNECTIONID is set but empty: /],
    [{}, { DOCKERHUB_OIDC_CONNECTIONID: 'my-connection' }, /^DOCKERHUB_OIDC_CONNECTIONID is not a UUID \(13 characters\): .*nothing was sent$/],
    [{ oidcConnectionId: '6f1f3c9e2b1d4c7a9e2f0a5b8c7d6e01' }, {}, /^Input "oidc-connection-id" is not a UUID/],
    [{ oidcConnectionId: ID, registry: 'ghcr.io' }, {}, /^Input "oidc-connection-id" applies only with registry docker.io or empty, not "ghcr.io": remove it, or set a password$/],
    [{ oidcConnectionId: ID, registry: 'Index.Docker.io' }, {}, /^Input "oidc-connection-id" applies only with registry docker.io or empty, not "index.docker.io": set registry: docker.io$/],
    [{}, { DOCKERHUB_OIDC_CONNECTIONID: ID, DOCKERHUB_OIDC_EXPIREIN: '299' }, /^DOCKERHUB_OIDC_EXPIREIN must be a whole number of seconds from 300 to 21600, not "299"$/],
    [{}, { DOCKERHUB_OIDC_CONNECTIONID: ID, DOCKERHUB_OIDC_EXPIREIN: '21601' }, /from 300 to 21600/],
    [{}, { DOCKERHUB_OIDC_CONNECTIONID: ID, DOCKERHUB_OIDC_EXPIREIN: '1h' }, /from 300 to 21600/],
    [{ oidcExpiresIn: '3600.5' }, { DOCKERHUB_OIDC_CONNECTIONID: ID }, /^Input "oidc-expires-in" must be/]
  ] as const)('input error %#: %j %j', (options, env, message) => {
    expect(inputError(() => plan(options, env))).toMatch(message)
  }) // prettier-ignore
})

describe('the ID token: claims and the format of sub', () => {
  it.each([
    ['repo:acme/app:ref:refs/heads/main', 'names'],
    ['repo:acme/app:pull_request', 'names'],
    ['repo:acme@1001/app@2002:ref:refs/heads/main', 'immutable-ids'],
    ['repo:acme@1001/app@2002:environment:prod', 'immutable-ids'],
    ['project:acme:app', 'other'],
    ['', 'other']
  ] as const)('%j: %s', (sub, format) => {
    expect(subFormat(sub)).toBe(format)
  })

  it('reads the claims rulesets match from the payload, and nothing from what is not a JWT', () => {
    const payload = Buffer.from(JSON.stringify({ ...IMMUTABLE_CLAIMS, aud: 'x', secret: 'no' })).toString('base64url')
    expect(claimsOf(`e30.${payload}.sig`)).toEqual({
      sub: IMMUTABLE_CLAIMS.sub,
      repository: 'acme/app',
      ref: 'refs/heads/main',
      job_workflow_ref: IMMUTABLE_CLAIMS.job_workflow_ref,
      event_name: 'push',
      repository_owner_id: '1001',
      repository_id: '2002'
    })
    expect(claimsOf('opaque')).toBeUndefined()
  }) // prettier-ignore
})

/** The ID token as GitHub's endpoint hands it out, over loopback HTTP. */
const fromGitHub = (audience: string) => requestIdToken(github, audience)

/** A docker CLI that records its logins (user and password). */
function recordingDocker() {
  const logins: Array<{ username: string; password: string }> = []
  const docker: DockerCli = {
    async login(_server, username, password) {
      logins.push({ username, password })
      return { exitCode: 0, output: 'Login Succeeded' }
    },
    logout: async () => ({ exitCode: 0, output: '' }),
    config: () => ({ dir: '/tmp/docker-config' })
  }
  return { docker, logins }
}

/** Gathers an OIDC login with the emulators. */
async function gatherOidc(
  options: Partial<GatherOptions> = {},
  env: NodeJS.ProcessEnv = {},
  idToken = true
) {
  const { docker, logins } = recordingDocker()
  const masked: string[] = []
  const evidence: Evidence = await gather(
    {
      registry: 'docker.io',
      username: ORG,
      password: '',
      preflight: true,
      retries: 2,
      timeoutSeconds: 10,
      push: '',
      rateLimit: false,
      skipIfMissing: false,
      login: true,
      ...options
    },
    {
      env: {
        DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url,
        DOCKERHUB_OIDC_CONNECTIONID: ID,
        ACTIONS_ID_TOKEN_REQUEST_URL: github.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
        ...env
      },
      docker,
      secrets: new Secrets((value) => masked.push(value)),
      idToken
    }
  )
  return { evidence, masked, logins }
}

describe('gather: the OIDC exchange', () => {
  it('masks the request token before the request, then the ID token, then the Docker token, logs in with the organization and the Docker token, and keeps none', async () => {
    const started = Date.now()
    const { evidence, masked, logins } = await gatherOidc()
    const idToken = github.issued.at(-1) ?? ''
    const [dockerToken] = emulator.oidcTokens()
    // then the registry's own token
    expect(masked.slice(0, 3)).toEqual([github.requestToken, idToken, dockerToken])
    expect(logins).toEqual([{ username: ORG, password: dockerToken }])
    expect(evidence.input).toEqual({ credentialKind: 'oidc', usernameEmpty: false, passwordEmpty: false, findings: [] })
    expect(evidence.oidcExchange).toMatchObject({ result: 'token', connectionId: ID, expiresIn: 300, claims: { sub: DEFAULT_CLAIMS.sub } })
    expect(evidence.oidcExchange?.exchange).toMatchObject({ step: 'oidc-exchange', method: 'POST', status: 200, attempts: 1 })
    const expires = Date.parse(evidence.expiresAt ?? '')
    expect(expires).toBeGreaterThanOrEqual(started + 299_000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 300_000)
    const text = JSON.stringify(evidence)
    expect(text).not.toContain(idToken)
    expect(text).not.toContain(dockerToken)
    expect(text).not.toContain(github.requestToken)
    expect(evidence.oidcExchange?.idTokenRequest).toMatchObject({ step: 'oidc-id-token', method: 'GET', status: 200, attempts: 1, body: '{"value":"***"}' })
    expect(github.audiences.at(-1)).toBe('https://identity.docker.com')
    expect(emulator.requests.map((r) => r.step)).toEqual(['oidc-exchange', 'token'])
    const verdict = judge(evidence, { now: started })
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.warnings).toEqual(['credential-expires-soon'])
  }) // prettier-ignore

  it('without the runner variables: permission-missing, nothing requested', async () => {
    const before = github.audiences.length
    const { evidence, logins } = await gatherOidc({}, { ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' })
    expect(evidence.oidcExchange).toMatchObject({ result: 'permission-missing', missing: ['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] })
    expect(evidence.preflight).toBe('not-sent')
    expect(github.audiences.length).toBe(before)
    expect(emulator.requests).toEqual([])
    expect(logins).toEqual([])
    const verdict = judge(evidence)
    expect(verdict.diagnosis).toBe('oidc-permission-missing')
    expect(verdict.evidence.join('\n')).toContain('permissions: id-token: write')
    // the OIDC judge is given by the run that has such evidence (a chunk of
    // its own, out of every other run's start-up): never judged without it
    expect(() => judgeWith(evidence)).toThrow('an OIDC login is judged with its judge (judge-oidc)')
  }) // prettier-ignore

  it('skip-if-missing skips a fork pull request, which gets no ID token, as it skips empty secrets; not a run that should have one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-oidc-event-'))
    try {
      const path = join(dir, 'event.json')
      writeFileSync(path, JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/app', fork: true } }, base: { repo: { full_name: 'acme/app' } } } }))
      const fork = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }
      const skipped = await gatherOidc({ skipIfMissing: true }, fork)
      expect(skipped.evidence.skipped).toBe(true)
      const report = reportAction(judge(skipped.evidence), skipped.evidence, { logout: true })
      expect(report.failure).toBeUndefined()
      expect(report.notice).toMatch(/^Docker login skipped: no credentials in this fork pull request \(skip-if-missing is true\)/)
      // without skip-if-missing, or on a push: the permission is missing
      const failed = await gatherOidc({}, fork)
      expect([failed.evidence.skipped, judge(failed.evidence).diagnosis]).toEqual([false, 'oidc-permission-missing'])
      const push = await gatherOidc({ skipIfMissing: true }, { ...fork, GITHUB_EVENT_NAME: 'push' })
      expect(push.evidence.skipped).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }) // prettier-ignore

  it.each([
    [401, 'permission-missing', 'oidc-permission-missing', /cannot request a GitHub ID token: the request was refused: GitHub's ID-token endpoint 127\.0\.0\.1:\d+\/_apis\/distributedtask\/oidc\/token answered 401: .*permissions: id-token: write/],
    [403, 'permission-missing', 'oidc-permission-missing', /the request was refused: .* answered 403: "\{"message":"no id-token permission"\}".*permissions: id-token: write/],
    [404, 'id-token-failed', 'unknown', /the request for a GitHub ID token failed: .* answered 404/],
    [500, 'id-token-failed', 'registry-unreachable', /no GitHub ID token came: GitHub's ID-token endpoint .* answered 500 after 2 tries/]
  ] as const)('the ID-token endpoint answers %i: %s, %s', async (status, result, diagnosis, line) => {
    github.answer = (_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"message":"no id-token permission"}')
      return true
    }
    const before = github.requests
    const { evidence, logins } = await gatherOidc({ retries: 1 })
    expect(evidence.oidcExchange?.result).toBe(result)
    expect(evidence.oidcExchange?.idTokenRequest).toMatchObject({ step: 'oidc-id-token', method: 'GET', status })
    const verdict = judge(evidence)
    expect(verdict.diagnosis).toBe(diagnosis)
    expect(verdict.evidence.join('\n')).toMatch(line)
    // 401 and 403 are never retried
    expect(github.requests - before).toBe(status >= 500 ? 2 : 1)
    expect(emulator.requests).toEqual([])
    expect(logins).toEqual([])
  }) // prettier-ignore

  it('an ID-token endpoint that never answers is bounded by the preflight deadline: registry-unreachable, naming the endpoint and the timeout', async () => {
    github.answer = () => true // accepted, never answered
    const started = Date.now()
    const { evidence, logins } = await gatherOidc({ timeoutSeconds: 1, retries: 5 })
    // 3 × timeout for the ID token and the exchange together (policy.ts)
    expect(Date.now() - started).toBeLessThan(3_000 + 500)
    expect(evidence.oidcExchange?.result).toBe('id-token-failed')
    expect(evidence.oidcExchange?.idTokenRequest?.error).toMatchObject({ timedOut: true })
    expect(evidence.oidcExchange?.idTokenRequest?.status).toBeUndefined()
    const verdict = judge(evidence)
    expect(verdict.diagnosis).toBe('registry-unreachable')
    expect(verdict.evidence.join('\n')).toMatch(/no GitHub ID token came: GitHub's ID-token endpoint 127\.0\.0\.1:\d+\/_apis\/distributedtask\/oidc\/token could not be reached after \d tries: .*timed out/)
    expect(emulator.requests).toEqual([])
    expect(logins).toEqual([])
  }, 10_000) // prettier-ignore

  it('the request token is a secret before the request: masked, and what the endpoint repeats of it redacted in every form', async () => {
    github.answer = (req, res) => {
      const auth = req.headers.authorization ?? ''
      const token = auth.replace(/^Bearer /, '')
      res.writeHead(401, { 'content-type': 'text/plain' }).end(`invalid credentials: ${auth} ${Buffer.from(token).toString('base64')} ${encodeURIComponent(token + ' x')}`)
      return true
    }
    const { evidence, masked } = await gatherOidc()
    expect(masked).toContain(github.requestToken)
    const verdict = judge(evidence)
    const report = reportAction(verdict, evidence, { logout: true })
    const text = JSON.stringify([evidence, verdict, report])
    expect(text).toContain('invalid credentials: Bearer ***')
    expect(text).not.toContain(github.requestToken)
    expect(text).not.toContain(Buffer.from(github.requestToken).toString('base64'))
    expect(verdict.diagnosis).toBe('oidc-permission-missing')
  }) // prettier-ignore

  it.each([
    ['{"value":123456}', /no "value" string/],
    ['{"count":1}', /no "value" string/],
    ['<html>proxy login</html>', /no "value" string/]
  ])('an ID-token answer %s without a string value: id-token-failed with the answer, nothing exchanged', async (body, error) => {
    github.answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(body)
      return true
    }
    const { evidence } = await gatherOidc()
    expect(evidence.oidcExchange).toMatchObject({ result: 'id-token-failed', error: expect.stringMatching(error) })
    const verdict = judge(evidence)
    expect(verdict.diagnosis).toBe('unknown')
    const report = reportAction(verdict, evidence, { logout: true })
    expect(report.summary?.checks?.[0]).toEqual({ name: expect.stringMatching(/^GitHub ID token request \(GET 127\.0\.0\.1:\d+\/_apis/), outcome: '200: no ID token in the answer' })
    expect(emulator.requests).toEqual([])
  }) // prettier-ignore

  it('skip-if-missing skips a fork pull request whose ID-token request is refused, as one without the variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-oidc-event-'))
    try {
      const path = join(dir, 'event.json')
      writeFileSync(path, JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/app', fork: true } }, base: { repo: { full_name: 'acme/app' } } } }))
      github.answer = (_req, res) => {
        res.writeHead(403).end()
        return true
      }
      const fork = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path }
      const skipped = await gatherOidc({ skipIfMissing: true }, fork)
      expect(skipped.evidence.skipped).toBe(true)
      const push = await gatherOidc({ skipIfMissing: true }, { ...fork, GITHUB_EVENT_NAME: 'push' })
      expect([push.evidence.skipped, judge(push.evidence).diagnosis]).toEqual([false, 'oidc-permission-missing'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }) // prettier-ignore

  it('an exchange answering expires_in 1e20: the token is used, and expires when the lifetime asked for ends', async () => {
    const started = Date.now()
    const { evidence, logins } = await gatherOidc({}, { DOCKERHUB_OIDC_CONNECTIONID: OIDC_CONNECTIONS.endless.id, DOCKERHUB_OIDC_EXPIREIN: '3600' })
    expect(evidence.oidcExchange?.result).toBe('token')
    expect(logins).toHaveLength(1)
    const expires = Date.parse(evidence.expiresAt ?? '')
    expect(expires).toBeGreaterThanOrEqual(started + 3599_000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 3600_000)
    expect(judge(evidence).diagnosis).toBe('ok')
  }) // prettier-ignore

  it('an exchange answering a web page with 200: no Docker token, and the checks table says so', async () => {
    const { evidence, logins } = await gatherOidc({}, { DOCKERHUB_OIDC_CONNECTIONID: OIDC_CONNECTIONS.webPage.id })
    expect(evidence.oidcExchange?.result).toBe('failed')
    expect(logins).toEqual([])
    const verdict = judge(evidence)
    expect(verdict.evidence.join('\n')).toMatch(/no Docker token came: .* answered 200/)
    const checks = reportAction(verdict, evidence, { logout: true }).summary?.checks ?? []
    expect(checks.slice(0, 2).map((c) => c.outcome)).toEqual(['200: an ID token issued', '200: no Docker token in the answer'])
  }) // prettier-ignore

  it('the exchange goes to the base URL a Docker Hub entry of DOCKER_LOGIN_PREFLIGHT_ENDPOINTS names', async () => {
    const { evidence, logins } = await gatherOidc({}, { DOCKER_LOGIN_PREFLIGHT_HUB: undefined, DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `docker.io=${emulator.url}` })
    expect(evidence.oidcExchange?.result).toBe('token')
    expect(evidence.oidcExchange?.exchange?.url).toBe(`${emulator.url}/oauth/token`)
    expect(emulator.requests.map((r) => r.step)[0]).toBe('oidc-exchange')
    expect(logins).toHaveLength(1)
  }) // prettier-ignore

  it.each([
    ['with the runner\'s variables', {}],
    ['without them', { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }]
  ])('the command line, which cannot ask an ID token, refuses the OIDC login as an input error, %s: nothing is sent', async (_name, env) => {
    const before = github.requests
    await expect(gatherOidc({}, env, false)).rejects.toThrow(
      'DOCKERHUB_OIDC_CONNECTIONID is set and the password is empty: Docker Hub\'s OIDC login exchanges a GitHub Actions job\'s ID token, which only the action can ask for'
    )
    expect(github.requests).toBe(before)
  }) // prettier-ignore

  it('retries 429s with Retry-After as the preflight does, then says rate-limited', async () => {
    const { evidence } = await gatherOidc({ retries: 1 }, { DOCKERHUB_OIDC_CONNECTIONID: OIDC_CONNECTIONS.saturated.id })
    expect(evidence.oidcExchange?.exchange).toMatchObject({ status: 429, attempts: 2 })
    expect(evidence.oidcExchange?.result).toBe('rate-limited')
    const verdict = judge(evidence)
    expect(verdict).toMatchObject({ diagnosis: 'rate-limited', case: 'oidc-rate-limit' })
    // the OIDC login's own 429, not Docker Hub's pull limit (attack-47 A47-03)
    const report = reportAction(verdict, evidence, { logout: true })
    expect(report.failure).toMatch(/^The OIDC login was rate-limited: wait \(the Retry-After the answer names, if any\) and re-run/)
    expect(JSON.stringify(report)).not.toMatch(/before pulling|paid plan|pulls left/)
  }, 10_000) // prettier-ignore

  it('refused for an immutable-id sub: the claims, the format, the answer, no login', async () => {
    github.claims = { ...IMMUTABLE_CLAIMS }
    const { evidence, logins } = await gatherOidc()
    expect(evidence.oidcExchange).toMatchObject({ result: 'refused', claims: { sub: IMMUTABLE_CLAIMS.sub } })
    expect(logins).toEqual([])
    const verdict = judge(evidence)
    expect(verdict.diagnosis).toBe('oidc-exchange-refused')
    const lines = verdict.evidence.join('\n')
    expect(lines).toContain(`sub (what rulesets match): ${IMMUTABLE_CLAIMS.sub}`)
    expect(lines).toContain('job_workflow_ref=acme/app/.github/workflows/release.yml@refs/heads/main')
    expect(lines).toContain('immutable-id format')
    expect(lines).toContain('answered 403')
  }) // prettier-ignore

  it('a person as username: the Docker token refused, invalid-credentials with the case of its own', async () => {
    const { evidence, logins } = await gatherOidc({ username: 'octocat' })
    expect(logins).toEqual([])
    const verdict = judge(evidence)
    expect([verdict.diagnosis, verdict.rule, verdict.case]).toEqual(['invalid-credentials', 'JDG002', 'oidc-username'])
  }) // prettier-ignore

  it('an empty username: missing-credentials with the OIDC username texts, not a password to add (attack-19 repro-06)', async () => {
    const { evidence, logins } = await gatherOidc({ username: '' })
    expect(logins).toEqual([])
    expect(evidence.input.credentialKind).toBe('oidc')
    const verdict = judge(evidence)
    expect([verdict.diagnosis, verdict.case]).toEqual(['missing-credentials', 'oidc-username'])
    await loadTexts('docker-hub')
    const texts = remediationFor('missing-credentials', { registry: 'docker.io', profile: 'docker-hub', username: '', case: verdict.case })
    expect(texts.error).toContain('leave password empty')
    expect(texts.snippet).not.toContain('password:')
  }) // prettier-ignore
})

describe('judge: credential-expires-soon', () => {
  const NOW = Date.parse('2026-11-27T12:00:00Z')
  const evidence = (expiresAt: string | undefined, exitCode = 0): Evidence => ({
    registry: { input: 'docker.io', server: 'docker.io', profile: 'docker-hub' },
    username: ORG,
    input: { credentialKind: 'oidc', usernameEmpty: false, passwordEmpty: false, findings: [] },
    preflight: 'skipped',
    exchanges: [],
    push: [],
    skipped: false,
    cli: { exitCode, output: exitCode === 0 ? 'Login Succeeded' : 'Error' },
    ...(expiresAt ? { expiresAt } : {})
  }) // prettier-ignore

  it.each([
    ['2026-11-27T12:10:00Z', 30, true],
    ['2026-11-27T12:30:00Z', 30, true],
    ['2026-11-27T12:31:00Z', 30, false],
    ['2026-11-27T12:10:00Z', 5, false],
    ['2026-11-27T12:10:00Z', 0, false],
    ['2026-11-27T11:59:00Z', 0, true],
    [undefined, 30, false],
    ['not a date', 30, false]
  ] as const)('expires at %s, expiry-warning %i: %s', (at, minutes, warned) => {
    const verdict = judge(evidence(at), { now: NOW, expiryWarningMinutes: minutes })
    expect(verdict.warnings.includes('credential-expires-soon')).toBe(warned)
  }) // prettier-ignore

  // an ECR token's expiry is AWS's: counted by the registry's clock, which
  // its answers' Date shows (attack-25 repro-06); an OIDC token's is the
  // runner's time plus its expires_in
  it.each([
    ['registry 1 h ahead, 70 min left by the runner: 10 by the registry', '2026-11-27T13:10:00Z', 3600_000, false, true],
    ['registry 1 h behind, 10 min left by the runner: 70 by the registry', '2026-11-27T12:10:00Z', -3600_000, false, false],
    ['a 30 s difference is not the clock', '2026-11-27T12:31:00Z', 30_000, false, false],
    ['an OIDC token is counted by the runner', '2026-11-27T13:10:00Z', 3600_000, true, false],
    ['an OIDC token is counted by the runner (behind)', '2026-11-27T12:10:00Z', -3600_000, true, true]
  ] as const)('%s', (_name, at, ahead, oidc, warned) => {
    const skewed: Evidence = {
      ...evidence(at),
      exchanges: [{ step: 'ping', method: 'GET', url: 'https://x/v2/', status: 401, headers: {}, attempts: 1, clockAheadMs: ahead }],
      ...(oidc ? { oidcExchange: { connectionId: 'c', source: 'input', expiresIn: 300, audience: 'a', result: 'token' } satisfies Evidence['oidcExchange'] } : {})
    }
    const verdict = judge(skewed, { now: NOW })
    expect(verdict.warnings.includes('credential-expires-soon')).toBe(warned)
    if (warned && !oidc) expect(verdict.evidence.join('\n')).toContain("in about 10 min by the registry's clock (its Date is 60 min ahead of this runner's)")
  }) // prettier-ignore

  it('says when, and not for a login that failed', () => {
    const soon = judge(evidence('2026-11-27T12:10:00Z'), { now: NOW })
    expect(soon.evidence.join('\n')).toContain('expires at 2026-11-27T12:10:00Z, in about 10 min (expiry-warning: 30 min)')
    const failed = judge(evidence('2026-11-27T12:10:00Z', 1), { now: NOW })
    expect(failed.warnings).not.toContain('credential-expires-soon')
  }) // prettier-ignore
})

describe("the emulators: GitHub's ID-token endpoint and Docker's exchange", () => {
  it('the ID-token endpoint answers only its request token, with the audience asked', async () => {
    const refused = await fetch(`${github.url}&audience=x`, { headers: { authorization: 'Bearer wrong' } })
    expect(refused.status).toBe(401)
    const token = await fromGitHub('https://identity.docker.com')
    expect(claimsOf(token)).toMatchObject({ sub: DEFAULT_CLAIMS.sub })
  }) // prettier-ignore

  it.each([
    ['repo:acme/*', 'repo:acme/app:ref:refs/heads/main', true],
    ['repo:acme/*', 'repo:acme@1001/app@2002:ref:refs/heads/main', false],
    ['repo:acme@1001/*', 'repo:acme@1001/app@2002:ref:refs/heads/main', true],
    ['repo:acme/app:ref:refs/heads/release-*', 'repo:acme/app:ref:refs/heads/main', false]
  ] as const)('rule %j matches %j: %s', (rule, sub, matches) => {
    expect(ruleMatches(rule, sub)).toBe(matches)
  }) // prettier-ignore

  it('the immutable-id ruleset takes the immutable sub; a token for another audience or a forged one is refused', async () => {
    github.claims = { ...IMMUTABLE_CLAIMS }
    const { evidence } = await gatherOidc({}, { DOCKERHUB_OIDC_CONNECTIONID: OIDC_CONNECTIONS.immutable.id })
    expect(evidence.oidcExchange?.result).toBe('token')
    github.audience = 'https://example.com'
    const other = await gatherOidc()
    expect(other.evidence.oidcExchange?.exchange?.status).toBe(400)
    github.audience = undefined
    github.answer = (_req, res) => {
      res.writeHead(200).end(JSON.stringify({ value: `e30.${Buffer.from(JSON.stringify(DEFAULT_CLAIMS)).toString('base64url')}.c2ln` }))
      return true
    }
    const forged = await gatherOidc()
    expect(forged.evidence.oidcExchange).toMatchObject({ result: 'refused', claims: { sub: DEFAULT_CLAIMS.sub } })
  }) // prettier-ignore
})

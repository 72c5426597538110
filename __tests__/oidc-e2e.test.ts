/**
 * Docker Hub OIDC end to end (docs/docker-hub.md §7): the bundle of the
 * current src/ run as the runner runs it, with GitHub's ID-token endpoint
 * and Docker's exchange on loopback (emulator/oidc.ts) and the real docker
 * CLI. Every run is scanned for the ID token, the exchanged Docker token
 * and the runner's request token in every artifact.
 */
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import {
  IMMUTABLE_CLAIMS,
  DEFAULT_CLAIMS,
  OIDC_CONNECTIONS,
  startIdTokenServer,
  type IdTokenServer
} from '../emulator/oidc.js'
import {
  leaks,
  runAction,
  type ActionInputs,
  type RunResult,
  type Workspace
} from '../scripts/runner.js'

const session = emulatorSession()
const ORG = OIDC_CONNECTIONS.ok.organization

let github: IdTokenServer
beforeAll(async () => {
  github = await startIdTokenServer()
})
afterEach(() => {
  github.answer = undefined
})
afterAll(async () => {
  await github.close()
})

/** The runner's variables of a job with `id-token: write` (§7 (b)). */
function idTokenEnv(): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: github.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken
  }
}

/** Runs the main step as an OIDC login to the emulator. */
async function runOidc(
  ws: Workspace,
  inputs: ActionInputs,
  env: Record<string, string | undefined> = {}
): Promise<RunResult> {
  return runAction('main', ws, inputs, {
    DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url,
    DOCKERHUB_OIDC_CONNECTIONID: OIDC_CONNECTIONS.ok.id,
    ...idTokenEnv(),
    ...env
  })
}

/** Neither token, in any form, in any artifact of the workspace. */
function expectNoTokenLeak(ws: Workspace, username: string): void {
  const tokens = [...github.issued, ...session.emulator.oidcTokens()]
  for (const token of tokens) {
    expect(leaks(ws, username, token)).toEqual([])
  }
  // and the runner's request token is no output of ours either, nor in
  // docker's environment
  expect(leaks(ws, username, github.requestToken)).toEqual([])
  const dockerEnv = existsSync(ws.envLog) ? readFileSync(ws.envLog, 'utf8') : ''
  expect(dockerEnv).not.toContain(github.requestToken)
}

function steps(): string[] {
  return session.emulator.requests.map((r) => r.step)
}

describeE2e('Docker Hub OIDC, as the runner runs the bundle', () => {
  it('logs in with the organization and the exchanged token: credential-kind oidc, expires-at, both tokens masked and nowhere', async () => {
    const ws = session.workspace()
    const started = Date.now()
    const result = await runOidc(
      ws,
      { username: ORG },
      { DOCKERHUB_OIDC_EXPIREIN: '3600' }
    )
    expect({ code: result.exitCode, errors: result.errors }).toEqual({
      code: 0,
      errors: []
    })
    const outputs = ws.outputs()
    expect(outputs).toMatchObject({
      diagnosis: 'ok',
      'credential-kind': 'oidc',
      'logged-in': 'true',
      warnings: ''
    })
    const expires = Date.parse(outputs['expires-at'])
    expect(outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(expires).toBeGreaterThanOrEqual(started + 3599_000 - 1000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 3600_000)
    // the audience Docker requires (§7 (c)), one exchange, then the login
    expect(github.audiences.slice(-1)).toEqual(['https://identity.docker.com'])
    expect(steps()[0]).toBe('oidc-exchange')
    expect(steps()).toContain('token')
    expect(ws.dockerArgv()).toEqual([
      `docker login --username ${ORG} --password-stdin ${session.emulator.host}`
    ])
    expect(ws.authKeys()).toEqual([session.emulator.host])
    // both tokens masked as they arrived, before anything could print them
    const masked = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length))
    expect(masked).toEqual(expect.arrayContaining([github.issued.at(-1)]))
    expect(masked).toEqual(
      expect.arrayContaining(session.emulator.oidcTokens())
    )
    expect(ws.summary()).toContain('Docker Hub OIDC token exchange')
    expectNoTokenLeak(ws, ORG)
  })

  it('as a registry-auth entry: logged in, expires-at set as for one registry (attack-19 repro-01)', async () => {
    const ws = session.workspace()
    const result = await runOidc(ws, {
      'registry-auth': `- username: ${ORG}\n`
    })
    expect(result.exitCode).toBe(0)
    const outputs = ws.outputs()
    expect(outputs['logged-in']).toBe('true')
    expect(outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(JSON.parse(outputs.diagnoses)).toMatchObject({ 'docker.io': 'ok' })
    expectNoTokenLeak(ws, ORG)
  })

  it('retries a 429 with Retry-After and a 503 from the exchange, as every preflight request', async () => {
    for (const connection of [OIDC_CONNECTIONS.busy, OIDC_CONNECTIONS.flaky]) {
      const ws = session.workspace()
      const result = await runOidc(
        ws,
        { username: ORG },
        { DOCKERHUB_OIDC_CONNECTIONID: connection.id }
      )
      expect([connection.behaviour, result.exitCode]).toEqual([
        connection.behaviour,
        0
      ])
      expect(steps().filter((s) => s === 'oidc-exchange')).toHaveLength(2)
      expect(ws.summary()).toMatch(
        /Docker Hub OIDC token exchange.*after 2 tries/
      )
      expectNoTokenLeak(ws, ORG)
      session.emulator.reset()
    }
  })

  it('warns credential-expires-soon for the default 5-minute token, naming DOCKERHUB_OIDC_EXPIREIN', async () => {
    const ws = session.workspace()
    const result = await runOidc(ws, { username: ORG })
    expect(result.exitCode).toBe(0)
    expect(ws.outputs().warnings).toBe('credential-expires-soon')
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(
      /^::warning::The credential expires soon: .*expires at \d{4}-.*raise oidc-expires-in or DOCKERHUB_OIDC_EXPIREIN, 300 s asked/
    )
    // expiry-warning 0: no warning for a token that is still valid
    const quiet = session.workspace()
    await runOidc(quiet, { username: ORG, 'expiry-warning': '0' })
    expect(quiet.outputs().warnings).toBe('')
    expectNoTokenLeak(ws, ORG)
  })

  it('oidc-permission-missing without id-token: write: the error line names it, nothing is sent', async () => {
    const ws = session.workspace()
    const result = await runOidc(
      ws,
      { username: ORG },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
      }
    )
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'oidc-permission-missing',
      'credential-kind': 'oidc',
      'logged-in': 'false'
    })
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('permissions: id-token: write')
    expect(result.stderr).toBe('')
    expect(session.emulator.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
  })

  // attack-26 repro-02: login-action takes OIDC for '', docker.io,
  // registry-1.docker.io…, not for index.docker.io: neither do we, and say so
  it.each(['index.docker.io', 'https://index.docker.io/v1/', 'registry.hub.docker.com'])(
    'registry %s with the connection id set and no password: the error line says OIDC needs registry docker.io; with skip-if-missing, the notice',
    async (registry) => {
      const before = github.audiences.length
      const ws = session.workspace()
      const result = await runOidc(ws, { username: ORG, registry })
      expect(result.exitCode).toBe(1)
      expect(ws.outputs()).toMatchObject({ diagnosis: 'missing-credentials', 'logged-in': 'false' })
      expect(result.errors).toEqual([expect.stringMatching(/^::error::Docker Hub OIDC needs registry docker\.io: .*set registry: docker\.io/)])
      expect(ws.summary()).toContain('registry-1-stage.docker.io or dhi.io')
      const skipped = session.workspace()
      const skip = await runOidc(skipped, { username: ORG, registry, 'skip-if-missing': 'true' })
      expect(skip.exitCode).toBe(0)
      expect(skip.stdout).toContain(`OIDC applies only with registry docker.io or empty, not ${registry}.`)
      expect(session.emulator.requests).toEqual([])
      expect(github.audiences.length).toBe(before)
    }
  ) // prettier-ignore

  it('a connection id that is not a UUID, or a lifetime out of bounds, is an input error: nothing is sent', async () => {
    const before = github.audiences.length
    for (const [env, error] of [
      [{ DOCKERHUB_OIDC_CONNECTIONID: 'my-connection' }, /DOCKERHUB_OIDC_CONNECTIONID is not a UUID/],
      [{ DOCKERHUB_OIDC_CONNECTIONID: '' }, /DOCKERHUB_OIDC_CONNECTIONID is set but empty/],
      [{ DOCKERHUB_OIDC_EXPIREIN: '60' }, /DOCKERHUB_OIDC_EXPIREIN must be a whole number of seconds from 300 to 21600/]
    ] as const) {
      const ws = session.workspace()
      const result = await runOidc(ws, { username: ORG }, env)
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(error)
      expect(result.stderr).toBe('')
      expect(ws.outputs()).toEqual({ 'logged-in': 'false' })
    }
    expect(github.audiences.length).toBe(before)
    expect(session.emulator.requests).toEqual([])
  }) // prettier-ignore

  it('oidc-exchange-refused for an immutable-id sub under a names ruleset: the claims and the sub format in the summary, never the token', async () => {
    github.claims = { ...IMMUTABLE_CLAIMS }
    try {
      const ws = session.workspace()
      const result = await runOidc(ws, { username: ORG })
      expect(result.exitCode).toBe(1)
      expect(ws.outputs().diagnosis).toBe('oidc-exchange-refused')
      expect(result.errors[0]).toMatch(
        /^::error::The OIDC token exchange was refused: .*OIDC connections/
      )
      const summary = ws.summary()
      for (const value of [
        IMMUTABLE_CLAIMS.sub,
        IMMUTABLE_CLAIMS.repository,
        IMMUTABLE_CLAIMS.ref,
        IMMUTABLE_CLAIMS.job_workflow_ref,
        IMMUTABLE_CLAIMS.event_name
      ]) {
        expect(summary).toContain(value)
      }
      expect(summary).toContain('immutable-id format')
      expect(summary).toMatch(/Identity (&|&amp;) auth → OIDC connections/)
      expect(ws.dockerArgv()).toEqual([])
      expect(steps()).toEqual(['oidc-exchange'])
      expectNoTokenLeak(ws, ORG)
    } finally {
      github.claims = { ...DEFAULT_CLAIMS }
    }
  })

  it('oidc-exchange-refused for a deactivated or unknown connection', async () => {
    for (const id of [
      OIDC_CONNECTIONS.deactivated.id,
      '0f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6eff'
    ]) {
      const ws = session.workspace()
      const result = await runOidc(
        ws,
        { username: ORG },
        { DOCKERHUB_OIDC_CONNECTIONID: id }
      )
      expect([id, result.exitCode, ws.outputs().diagnosis]).toEqual([
        id,
        1,
        'oidc-exchange-refused'
      ])
      expect(ws.summary()).toContain('its sub has the name format')
      expectNoTokenLeak(ws, ORG)
    }
  })

  it('a personal Docker ID as username: its own message, and no login stored', async () => {
    const ws = session.workspace()
    const result = await runOidc(ws, { username: 'octocat' })
    expect(result.exitCode).toBe(1)
    expect(ws.outputs().diagnosis).toBe('invalid-credentials')
    expect(result.errors[0]).toMatch(
      /^::error::The OIDC login needs the organization as username: set username to the Docker organization/
    )
    expect(ws.summary()).toContain('JDG002')
    // docker login, started early, was stopped before it had a password
    expect(ws.authKeys()).toEqual([])
    expectNoTokenLeak(ws, 'octocat')
  })
  it('an ID-token endpoint that accepts and never answers: the step ends within 3 × timeout with registry-unreachable, naming the endpoint', async () => {
    github.answer = () => true // accepted, never answered
    const ws = session.workspace()
    const started = Date.now()
    const result = await runOidc(ws, { username: ORG, timeout: '1', retries: '0' })
    // 3 s for the preflight's requests, and the step's own start-up
    expect(Date.now() - started).toBeLessThan(3_000 + 4_000)
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({ diagnosis: 'registry-unreachable', 'logged-in': 'false' })
    expect(result.errors).toHaveLength(1)
    expect(ws.summary()).toMatch(/no GitHub ID token came: GitHub's ID-token endpoint 127\.0\.0\.1:\d+\/_apis\/distributedtask\/oidc\/token could not be reached: .*timed out/)
    expect(ws.summary()).toMatch(/GitHub ID token request \(GET 127\.0\.0\.1:\d+\/_apis\/distributedtask\/oidc\/token\)` \| `no answer \(ETIMEDOUT\)`/)
    expect(result.errors[0]).toMatch(/^::error::The OIDC login got no token: re-run the job/)
    expect(session.emulator.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
    expectNoTokenLeak(ws, ORG)
  }, 30_000) // prettier-ignore

  it('an ID-token request refused with 403 (no id-token: write): oidc-permission-missing, the error line naming it', async () => {
    github.answer = (_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' }).end('{"message":"Forbidden"}')
      return true
    }
    const ws = session.workspace()
    const result = await runOidc(ws, { username: ORG })
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({ diagnosis: 'oidc-permission-missing', 'logged-in': 'false' })
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('permissions: id-token: write')
    expect(ws.summary()).toMatch(/the request was refused: GitHub's ID-token endpoint .* answered 403/)
    expect(session.emulator.requests).toEqual([])
    expectNoTokenLeak(ws, ORG)
  }) // prettier-ignore

  it('an ID-token endpoint that repeats the request token in its refusal: masked before the request, in no artifact in any form', async () => {
    github.answer = (req, res) => {
      const auth = req.headers.authorization ?? ''
      const token = auth.replace(/^Bearer /, '')
      res.writeHead(401, { 'content-type': 'text/plain' }).end(`invalid credentials: ${auth} (${Buffer.from(token).toString('base64')})`)
      return true
    }
    const ws = session.workspace()
    const result = await runOidc(ws, { username: ORG })
    expect(ws.outputs().diagnosis).toBe('oidc-permission-missing')
    const masked = result.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'))
    expect(masked).toContain(`::add-mask::${github.requestToken}`)
    expect(ws.summary()).toContain('invalid credentials: Bearer ***')
    expectNoTokenLeak(ws, ORG)
  }) // prettier-ignore

  it('answers the code does not expect end in a diagnosis, never "failed unexpectedly": expires_in 1e20, an ID token that is not a string', async () => {
    const endless = session.workspace()
    const started = Date.now()
    const ok = await runOidc(endless, { username: ORG }, { DOCKERHUB_OIDC_CONNECTIONID: OIDC_CONNECTIONS.endless.id, DOCKERHUB_OIDC_EXPIREIN: '3600' })
    expect({ code: ok.exitCode, errors: ok.errors }).toEqual({ code: 0, errors: [] })
    expect(endless.outputs()).toMatchObject({ diagnosis: 'ok', 'logged-in': 'true' })
    // the lifetime asked for, not 1e20 s
    const expires = Date.parse(endless.outputs()['expires-at'])
    expect(expires).toBeGreaterThanOrEqual(started + 3599_000 - 1000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 3600_000)
    expectNoTokenLeak(endless, ORG)

    github.answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":123456}')
      return true
    }
    const odd = session.workspace()
    const failed = await runOidc(odd, { username: ORG })
    expect(failed.exitCode).toBe(1)
    expect(failed.errors.join('\n')).not.toContain('failed unexpectedly')
    expect(odd.outputs()).toMatchObject({ diagnosis: 'unknown', 'logged-in': 'false' })
    expect(odd.summary()).toContain('the answer holds no ID token (no "value" string)')
    expect(odd.summary()).toMatch(/GitHub ID token request .*` \| `200: no ID token in the answer`/)
  }) // prettier-ignore

  it('a Docker Hub entry of DOCKER_LOGIN_PREFLIGHT_ENDPOINTS takes the exchange too, as DOCKER_LOGIN_PREFLIGHT_HUB does', async () => {
    const ws = session.workspace()
    const result = await runOidc(ws, { username: ORG }, { DOCKER_LOGIN_PREFLIGHT_HUB: undefined, DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `docker.io=${session.emulator.url}` })
    expect({ code: result.exitCode, errors: result.errors }).toEqual({ code: 0, errors: [] })
    expect(steps()[0]).toBe('oidc-exchange')
    expect(ws.summary()).toContain(`Docker's OIDC token exchange ${session.emulator.host}/oauth/token answered 200`)
    expect(ws.summary()).not.toContain('identity.docker.com')
    expectNoTokenLeak(ws, ORG)
  }) // prettier-ignore
})

/**
 * Docker Hub OIDC end to end (docs/docker-hub.md §7): the bundle of the
 * current src/ run as the runner runs it, with GitHub's ID-token endpoint
 * and Docker's exchange on loopback (emulator/oidc.ts), the real
 * `@actions/core` getIDToken and the real docker CLI. Every run is scanned
 * for the ID token and the exchanged Docker token in every artifact.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
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
  // and the runner's request token is no output of ours either
  expect(ws.summary()).not.toContain(github.requestToken)
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
      /^::warning::The credential expires soon: .*expires at \d{4}-.*DOCKERHUB_OIDC_EXPIREIN, now 300 s/
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
})

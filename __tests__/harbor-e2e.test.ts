/**
 * Harbor end to end: the bundle of the current src/ run as the runner runs
 * it, with the real docker CLI, against the Harbor emulator
 * (emulator/registries/harbor.ts) at a made-up host recognised by its
 * challenge (service harbor-registry, realm /service/token). Harbor's
 * token service gives a refused credential a token for nobody once scopes
 * are asked, so the login's token is asked without them and push is read
 * from the JWTs asked after.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, familySession } from '../__fixtures__/e2e.js'
import { HARBOR_ACCOUNTS, HARBOR_SPEC } from '../emulator/registries/harbor.js'
import { leaks, type Workspace } from '../scripts/runner.js'

const session = familySession(HARBOR_SPEC)

/** A made-up Harbor installation. */
const HOST = 'harbor.example.test'

/** Runs the main step against the emulator as HOST. */
const main = (
  account: { username: string; secret: string },
  push: string,
  ws?: Workspace
) => session.main(HOST, account, push, { ws })

/** The token requests the emulator saw: status and scopes asked. */
function tokenRequests(): string[] {
  return session.registry.requests
    .filter((r) => r.step === 'token')
    .map((r) => `${r.status} ${(r.scopes ?? []).join(' ')}`.trim())
}

describeE2e('Harbor, with the real docker CLI', () => {
  it('a robot with Push and Pull logs in; push read from a JWT asked after the login', async () => {
    const account = HARBOR_ACCOUNTS.robotPush
    const { result, ws } = await main(account, `${HOST}/library/app`)
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'harbor-robot'
    })
    // the preflight's login token without push scopes, then the push check
    expect(tokenRequests()).toEqual(
      expect.arrayContaining(['200', '200 repository:library/app:push,pull'])
    )
    expect(
      session.registry.requests.filter((r) => r.step === 'token')[0].scopes
    ).toEqual([])
    expect(ws.authKeys()).toEqual([session.registry.host])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a wrong secret with push asked is a refused login, not an accepted one', async () => {
    const account = {
      username: HARBOR_ACCOUNTS.robotPush.username,
      secret: 'not-the-robot-secret-0000'
    }
    const { result, ws } = await main(account, 'library/app')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "::error::Incorrect username or secret for Harbor: check the robot's full name (quote robot$… in shells), that it is enabled and not expired, and its secret"
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'invalid-credentials',
      'logged-in': 'false',
      'push-access': 'not-checked'
    })
    expect(tokenRequests()).toEqual(['401'])
    expect(ws.authKeys()).toEqual([])
    expect(ws.summary()).not.toMatch(/Docker Hub|DOCKERHUB|dckr_/)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a robot name a shell expanded (robot$library+ci → robot+ci) is pointed out', async () => {
    const account = {
      username: 'robot+ci',
      secret: HARBOR_ACCOUNTS.robotPush.secret
    }
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs().diagnosis).toBe('invalid-credentials')
    expect(ws.summary()).toContain(
      'looks like a robot account name (robot$…) whose $… part a shell expanded to nothing'
    )
    // Harbor's robot, read as its challenge named the registry, never a
    // Quay robot by the `+` (attack-16 repro-04)
    expect(ws.outputs()['credential-kind']).toBe('harbor-robot')
    expect(ws.summary()).toContain('| Credential kind | harbor-robot |')
  })

  it('a robot with Pull only: push denied, Push and Pull permission named', async () => {
    const { result, ws } = await main(HARBOR_ACCOUNTS.robotPull, 'library/app')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The Harbor account may not push to that project: give the robot both Push and Pull permission on the project (a user: Developer role), and create the project first'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'logged-in': 'true',
      'push-access': 'denied'
    })
  })

  it('a project that does not exist: push denied, the project named', async () => {
    const { result, ws } = await main(HARBOR_ACCOUNTS.robotPush, 'nosuch/app')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'push-access': 'denied'
    })
    expect(ws.summary()).toContain(
      'push access to nosuch/app: the token grants nothing'
    )
    expect(ws.summary()).toContain('Harbor creates no project on push')
  })
})

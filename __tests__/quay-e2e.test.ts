/**
 * Quay end to end: the bundle of the current src/ run as the runner runs
 * it, with the real docker CLI, against the Quay emulator
 * (emulator/registries/quay.ts), named quay.io (whose token service,
 * quay.io/v2/auth, is known and asked without a ping) or a Red Hat Quay at
 * a made-up host recognised by its /v2/auth challenge. Quay's tokens are
 * JWTs that grant only what the credential may do: a repository that does
 * not exist reads like one it may not push to.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, familySession } from '../__fixtures__/e2e.js'
import { QUAY_ACCOUNTS, QUAY_SPEC } from '../emulator/registries/quay.js'
import { leaks, type Workspace } from '../scripts/runner.js'

const session = familySession(QUAY_SPEC)

/** A made-up Red Hat Quay installation. */
const SELF_MANAGED = 'quay.example.test'

/** Runs the main step against the emulator as `registry`. */
const main = (
  account: { username: string; secret: string },
  push: string,
  registry = 'quay.io',
  ws?: Workspace
) => session.main(registry, account, push, { ws })

describeE2e('Quay, with the real docker CLI', () => {
  it('a robot with Write logs in; push read from the JWT', async () => {
    const account = QUAY_ACCOUNTS.robotWrite
    const { result, ws } = await main(account, 'quay.io/acme/app')
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'quay-robot'
    })
    const requests = session.registry.requests
    // quay.io's challenge is known: no ping before the token request
    expect(requests[0]).toMatchObject({ step: 'token', status: 200 })
    expect(requests.some((r) => r.step === 'upload')).toBe(false)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a repository that does not exist: push denied, creating it named', async () => {
    const account = QUAY_ACCOUNTS.robotWrite
    const { result, ws } = await main(account, 'acme/new-service')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::No push access on Quay, or the repository does not exist: create the repository on Quay, or give the robot Write permission on it (a Creator team role to create new ones)'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'logged-in': 'true',
      'push-access': 'denied'
    })
    expect(ws.summary()).toContain(
      'push access to acme/new-service: the token grants nothing'
    )
  })

  it('a wrong robot token: Could not find robot…, docker login never given it', async () => {
    const account = {
      username: QUAY_ACCOUNTS.robotWrite.username,
      secret: 'W'.repeat(64)
    }
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'invalid-credentials',
      'logged-in': 'false'
    })
    expect(result.errors).toEqual([
      "::error::Incorrect username or password for Quay: use the robot's full name (<namespace>+<robot>) with its token, or your Quay username with an encrypted password"
    ])
    expect(ws.summary()).toContain('Could not find robot with username')
    expect(ws.summary()).toContain('rule QUAY002')
    expect(ws.authKeys()).toEqual([])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a wrong user password: Invalid Username or Password', async () => {
    const account = { username: 'alice', secret: 'not-her-password' }
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'invalid-credentials',
      'credential-kind': 'password'
    })
    expect(ws.summary()).toContain('rule QUAY001')
  })

  it('Red Hat Quay at another host, recognised by its /v2/auth challenge', async () => {
    const { result, ws } = await main(
      QUAY_ACCOUNTS.robotRead,
      `${SELF_MANAGED}/acme/app`,
      SELF_MANAGED
    )
    expect(result.exitCode).toBe(1)
    // pinged first (no challenge known), then Quay's texts
    expect(session.registry.requests[0]).toMatchObject({ step: 'ping' })
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'push-access': 'denied'
    })
    expect(result.errors[0]).toMatch(/^::error::No push access on Quay/)
  })
})

/**
 * Azure Container Registry end to end: the bundle of the current src/ run
 * as the runner runs it, with the real docker CLI, against the ACR
 * emulator (emulator/registries/acr.ts) named `acmeci.azurecr.io` through
 * DOCKER_LOGIN_PREFLIGHT_ENDPOINTS. Its tokens are JWTs: push is read from
 * their `access` claim, with no upload.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, familySession } from '../__fixtures__/e2e.js'
import {
  ACR_ACCOUNTS,
  ACR_HOST,
  ACR_SPEC,
  acrToken
} from '../emulator/registries/acr.js'
import { leaks, type Workspace } from '../scripts/runner.js'

const session = familySession(ACR_SPEC)
const IMAGE = `${ACR_HOST}/team/app`

/** Runs the main step against the emulator as ACR_HOST. */
const main = (
  account: { username: string; secret: string },
  push: string,
  ws?: Workspace
) => session.main(ACR_HOST, account, push, { ws })

const seen = session.seen

describeE2e('Azure Container Registry, with the real docker CLI', () => {
  it('a service principal with AcrPush logs in, and its token grants push', async () => {
    const account = ACR_ACCOUNTS.spPush
    const { result, ws } = await main(account, IMAGE)
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'azure-service-principal'
    })
    // one token request of the preflight (the challenge is known), with
    // push: its JWT tells; no upload, no ping of the preflight's
    const preflight = session.registry.requests.find((r) => r.step === 'token')
    expect(preflight?.scopes).toEqual(['repository:team/app:push,pull'])
    expect(seen().some((s) => s.includes('upload'))).toBe(false)
    expect(ws.authKeys()).toEqual([session.registry.host])
    expect(ws.summary()).toContain('| `team/app` | granted | `push, pull` |')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a service principal with AcrPull only may not push: AcrPush, after a login', async () => {
    const account = ACR_ACCOUNTS.spPull
    const { result, ws } = await main(account, IMAGE)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The identity may not push there: give the service principal or identity AcrPush on the registry (AcrPull only pulls), or the token content/write'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'logged-in': 'true',
      'push-access': 'denied'
    })
    expect(ws.summary()).toContain(
      'push access to team/app: the token grants pull'
    )
    expect(ws.summary()).toContain('az role assignment create')
    expect(ws.summary()).not.toMatch(/Docker Hub|DOCKERHUB|dckr_/)
  })

  it("a service principal's expired secret names the secret to renew", async () => {
    const account = ACR_ACCOUNTS.spExpiredSecret
    const { result, ws } = await main(account, IMAGE)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "::error::The service principal's secret is wrong or expired: create a new client secret (az ad sp credential reset --id APP_ID --append) and update the secret that holds it"
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'invalid-credentials',
      'logged-in': 'false'
    })
    expect(ws.summary()).toContain('Invalid clientid or client secret')
    expect(ws.summary()).toContain('ACR003')
    expect(ws.authKeys()).toEqual([])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('an application ID the tenant does not know names the username', async () => {
    const { result, ws } = await main(ACR_ACCOUNTS.spUnknown, '')
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(
      /^::error::The username is not a known application ID: set username to the service principal's application \(client\) ID/
    )
    expect(ws.summary()).toContain('Application not registered with AAD')
  })

  it('the admin user while disabled: refused, and the evidence says it is the admin user', async () => {
    const account = ACR_ACCOUNTS.adminDisabled
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs().diagnosis).toBe('invalid-credentials')
    expect(ws.summary()).toContain(
      "the username is the registry's name: the admin user"
    )
    expect(ws.summary()).toContain('Access keys')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('the admin user, enabled, logs in', async () => {
    const { result, ws } = await main(ACR_ACCOUNTS.admin, IMAGE)
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'push-access': 'granted',
      'credential-kind': 'password'
    })
  })

  it('a runner outside the network rules: the firewall, not the credential', async () => {
    const { result, ws } = await main(ACR_ACCOUNTS.firewalled, IMAGE)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "::error::The registry could not be reached, or refused this runner: check the registry's name and its Networking settings: public access, or an IP rule for this runner"
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'registry-unreachable',
      'logged-in': 'false'
    })
    expect(ws.summary()).toContain('is not allowed access')
    expect(ws.summary()).toContain('ACR005')
    expect(ws.summary()).toContain('az acr network-rule add')
  })

  it('a fresh token of az acr login --expose-token logs in with the zero GUID', async () => {
    const { result, ws } = await main(ACR_ACCOUNTS.entraToken, IMAGE)
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'credential-kind': 'acr-access-token',
      'push-access': 'granted'
    })
    // the token's own exp: about 3 h 15 min from now (expires-at)
    const left = Date.parse(ws.outputs()['expires-at']) - Date.now()
    expect(left).toBeGreaterThan(3 * 3600_000)
    expect(left).toBeLessThanOrEqual(3.25 * 3600_000)
  })

  it('an expired --expose-token token is refused offline: nothing is sent', async () => {
    const { result, ws } = await main(
      {
        username: '00000000-0000-0000-0000-000000000000',
        secret: acrToken(Date.now() - 4 * 3600 * 1000)
      },
      IMAGE
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The ACR token has expired: run az acr login --expose-token in the same job right before logging in: its token lasts about three hours'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'token-expired',
      'credential-kind': 'acr-access-token',
      'logged-in': 'false'
    })
    expect(session.registry.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
  })

  it('a repository-scoped token pushes to its repository, not to another', async () => {
    const account = ACR_ACCOUNTS.scopedToken
    const { result, ws } = await main(
      account,
      `${IMAGE}\n${ACR_HOST}/other/app`
    )
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'push-access': 'denied'
    })
    expect(ws.summary()).toContain('| `team/app` | granted | `push, pull` |')
    expect(ws.summary()).toContain('| `other/app` | denied |')
    expect(ws.summary()).toContain('content/write')
  })
})

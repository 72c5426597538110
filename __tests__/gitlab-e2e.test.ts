/**
 * GitLab end to end: the bundle of the current src/ run as the runner runs
 * it, with the real docker CLI, against the GitLab emulator
 * (emulator/registries/gitlab.ts), named registry.gitlab.com (whose token
 * service, gitlab.com/jwt/auth, is known and asked without a ping) or a
 * self-managed host recognised by its challenge. GitLab's tokens are
 * JWTs: push is read from them, never probed.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, familySession } from '../__fixtures__/e2e.js'
import { GITLAB_ACCOUNTS, GITLAB_SPEC } from '../emulator/registries/gitlab.js'
import { leaks, type Workspace } from '../scripts/runner.js'

const session = familySession(GITLAB_SPEC)

/** A made-up self-managed GitLab, recognised by its challenge. */
const SELF_MANAGED = 'gitlab.example.test:5050'

/** registry.gitlab.com and its token service gitlab.com: the emulator. */
function endpoints(): Record<string, string> {
  const url = session.registry.url
  return {
    DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `registry.gitlab.com=${url},gitlab.com=${url},${SELF_MANAGED}=${url}`
  }
}

/** Runs the main step against the emulator as `registry`. */
const main = (
  account: { username: string; secret: string },
  push: string,
  registry = 'registry.gitlab.com',
  ws?: Workspace
) => session.main(registry, account, push, { ws, env: endpoints() })

const seen = session.seen

describeE2e('GitLab, with the real docker CLI', () => {
  it('a project access token with write_registry logs in; push read from the JWT, no upload', async () => {
    const account = GITLAB_ACCOUNTS.tokenWrite
    const { result, ws } = await main(account, 'registry.gitlab.com/acme/app')
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'gitlab-personal-token'
    })
    // the known token service asked once, with the push scope; no probe
    const tokens = session.registry.requests.filter((r) => r.step === 'token')
    expect(tokens[0].scopes).toEqual(['repository:acme/app:push,pull'])
    expect(seen().some((s) => s.includes('upload'))).toBe(false)
    expect(ws.dockerArgv()).toEqual([
      `docker login --username ci-bot --password-stdin ${session.registry.host}`
    ])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a wrong token: HTTP Basic: Access denied, docker login never given it', async () => {
    const account = { username: 'ci-bot', secret: `glpat-${'z'.repeat(20)}` }
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::Incorrect username or token for GitLab: use a GitLab access token with read_registry and write_registry as the password (an account password fails with 2FA)'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'invalid-credentials',
      'logged-in': 'false'
    })
    expect(ws.summary()).toContain('HTTP Basic: Access denied')
    expect(ws.summary()).not.toMatch(/Docker Hub|DOCKERHUB|dckr_/)
    // docker login, started with the preflight, was stopped before it
    expect(ws.authKeys()).toEqual([])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a deploy token with read_registry only: push denied, write_registry named', async () => {
    const account = GITLAB_ACCOUNTS.deployRead
    const { result, ws } = await main(account, 'acme/app')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The GitLab token may not push: create a token (or deploy token) with both read_registry and write_registry, and update the secret'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'push-access': 'denied',
      'credential-kind': 'gitlab-deploy-token'
    })
    expect(ws.summary()).toContain('the token grants pull')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a token without a registry scope: access forbidden at login', async () => {
    const account = GITLAB_ACCOUNTS.tokenNoRegistry
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'logged-in': 'false'
    })
    // the login itself was refused: not "may not push there" (attack-64)
    expect(result.errors).toEqual([
      '::error::The GitLab token may not use the container registry: create a token with read_registry and write_registry (api also works), as this one has no registry scope'
    ])
    expect(ws.summary()).toContain(
      '## ❌ Docker login failed: the GitLab token may not use the container registry'
    )
    expect(ws.summary()).not.toMatch(/push there|Developer role/)
    expect(ws.summary()).toContain('denied: access forbidden')
    expect(ws.authKeys()).toEqual([])
  })

  it('self-managed, recognised by its /jwt/auth challenge: CI_JOB_TOKEN pushes to its project, not to another', async () => {
    const account = GITLAB_ACCOUNTS.jobToken
    const granted = await main(
      account,
      `${SELF_MANAGED}/acme/app`,
      SELF_MANAGED
    )
    expect(granted.result.errors).toEqual([])
    expect(granted.ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'push-access': 'granted',
      'credential-kind': 'gitlab-job-token'
    })
    // no challenge known for this host: the registry was pinged first
    expect(seen()[0]).toBe('GET ping 401')

    const denied = await main(account, 'acme/other', SELF_MANAGED)
    expect(denied.result.exitCode).toBe(1)
    expect(denied.result.errors).toEqual([
      "::error::The CI job token may not push there: push with CI_JOB_TOKEN only to the registry of the job's own project, or use a token with write_registry"
    ])
    expect(denied.ws.outputs()['push-access']).toBe('denied')
  })

  it('a CI job token with another username is refused, naming gitlab-ci-token', async () => {
    const account = {
      username: 'octocat',
      secret: GITLAB_ACCOUNTS.jobToken.secret
    }
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'organization-token-username',
      'credential-kind': 'gitlab-job-token'
    })
    expect(result.errors[0]).toContain('gitlab-ci-token')
    expect(ws.summary()).toContain(
      'GitLab accepts it only with the username gitlab-ci-token'
    )
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })
})

/**
 * GHCR end to end: the bundle of the current src/ run as the runner runs
 * it, with the real docker CLI, against the GHCR emulator
 * (emulator/registries/ghcr.ts) named `ghcr.io` through
 * DOCKER_LOGIN_PREFLIGHT_ENDPOINTS. Push rights are proved by the push
 * probe: GHCR's tokens are opaque and it refuses a push when an upload
 * starts. The same accounts in process, and the texts users posted, are
 * in ghcr.test.ts.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, familySession } from '../__fixtures__/e2e.js'
import { GHCR_ACCOUNTS, GHCR_SPEC } from '../emulator/registries/ghcr.js'
import { leaks, runAction, type Workspace } from '../scripts/runner.js'

const session = familySession(GHCR_SPEC)

/** Runs the main step against the emulator as ghcr.io. */
const main = (
  account: { username: string; secret: string },
  push: string,
  ws?: Workspace
) => session.main('ghcr.io', account, push, { ws })

describeE2e('GHCR, with the real docker CLI', () => {
  it('GITHUB_TOKEN with packages: write logs in, and the probe grants push', async () => {
    const account = GHCR_ACCOUNTS.actionsWrite
    const { result, ws } = await main(account, 'ghcr.io/octocat/app')
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'github-actions-token'
    })
    // one token request (GHCR's challenge is known), the upload started
    // and its cancellation tried (GHCR answers 405 and expires it)
    expect(
      session.registry.requests.map((r) => `${r.method} ${r.step} ${r.status}`)
    ).toEqual(
      expect.arrayContaining([
        'GET token 200',
        'POST upload 202',
        'DELETE cancel 405'
      ])
    )
    expect(ws.dockerArgv()).toEqual([
      `docker login --username octocat --password-stdin ${session.registry.host}`
    ])
    expect(ws.summary()).toContain('an upload can start, as a push begins')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('GITHUB_TOKEN without packages: write fails at once, naming packages: write', async () => {
    const account = GHCR_ACCOUNTS.actionsRead
    const { result, ws } = await main(account, 'octocat/app')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::GITHUB_TOKEN may not push this package: add `permissions: packages: write` to the job (GITHUB_TOKEN is read-only by default)'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'push-access': 'denied'
    })
    expect(ws.summary()).toContain(
      'installation not allowed to Write organization package'
    )
    expect(ws.summary()).toContain('packages: write')
    expect(ws.summary()).not.toMatch(/Docker Hub|DOCKERHUB|dckr_/)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  // docs/registries.md §13qq (h), attack-25 repro-04: GitHub's Container
  // registry on GHE.com and on a GitHub Enterprise Server is GHCR's profile
  it.each([
    ['GHE.com', 'containers.octo.ghe.com', {}],
    ['a GitHub Enterprise Server', 'containers.ghes.example.com', { GITHUB_SERVER_URL: 'https://ghes.example.com' }]
  ])('%s: GITHUB_TOKEN without packages: write names packages: write, nothing of other registries', async (_name, host, env) => {
    const account = GHCR_ACCOUNTS.actionsRead
    const { result, ws } = await session.main(host, account, 'octocat/app', { env: { ...session.endpoints(host), ...env } })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::GITHUB_TOKEN may not push this package: add `permissions: packages: write` to the job (GITHUB_TOKEN is read-only by default)'
    ])
    expect(ws.outputs()).toMatchObject({ diagnosis: 'insufficient-scope', 'push-access': 'denied' })
    expect(ws.summary()).toContain('packages: write')
    expect(ws.summary()).not.toMatch(/Docker Hub|DOCKERHUB|dckr_|GitLab|Harbor|write_registry/)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  }) // prettier-ignore

  it('a package without this repository in Manage Actions access', async () => {
    const { result, ws } = await main(
      GHCR_ACCOUNTS.actionsNoPackageAccess,
      'octocat/app'
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(
      /^::error::The package does not grant this repository access: .*Manage Actions access/
    )
    expect(ws.outputs()['push-access']).toBe('denied')
  })

  it('a classic token with write:packages logs in, and the post step logs it out', async () => {
    const account = GHCR_ACCOUNTS.classicWrite
    const { result, ws } = await main(account, 'ghcr.io/octocat/app')
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'github-classic-token'
    })
    expect(ws.state()).toEqual({
      server: session.registry.host,
      logout: 'true',
      pending: '',
      config: ws.dockerConfig
    })
    expect(ws.authKeys()).toEqual([session.registry.host])

    const post = await runAction(
      'post',
      ws,
      {
        registry: 'ghcr.io',
        username: account.username,
        password: account.secret
      },
      session.endpoints('ghcr.io')
    )
    expect(post.exitCode).toBe(0)
    expect(post.errors).toEqual([])
    expect(post.stdout).toContain(`Logged out of ${session.registry.host}.`)
    expect(ws.authKeys()).toEqual([])
    expect(ws.dockerArgv()).toEqual([
      `docker login --username octocat --password-stdin ${session.registry.host}`,
      `docker logout -- ${session.registry.host}`
    ])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a registry with a path (ghcr.io/octocat) logs in to its host, as docker login does', async () => {
    const account = GHCR_ACCOUNTS.classicWrite
    const { result, ws } = await session.main(
      'https://ghcr.io/octocat',
      account,
      'ghcr.io/octocat/app',
      { env: session.endpoints('ghcr.io') }
    )
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted'
    })
    // the profile is GHCR's, from the host; docker logs in to the host
    expect(ws.summary()).toContain('its token service https://ghcr.io/token')
    expect(ws.dockerArgv()).toEqual([
      `docker login --username octocat --password-stdin ${session.registry.host}`
    ])
    expect(ws.authKeys()).toEqual([session.registry.host])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a classic token with read:packages only fails before the build, naming write:packages', async () => {
    const account = GHCR_ACCOUNTS.classicRead
    const { result, ws } = await main(account, 'octocat/app')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The token lacks the write:packages scope: add write:packages to the classic token (Settings → Developer settings), or log in with GITHUB_TOKEN and packages: write'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'push-access': 'denied',
      'credential-kind': 'github-classic-token'
    })
    expect(ws.summary()).toContain(
      'The token provided does not match expected scopes.'
    )
    expect(ws.summary()).toContain('Configure SSO → Authorize')
    expect(ws.summary()).not.toMatch(/Docker Hub|DOCKERHUB|dckr_/)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a revoked token is refused by the preflight: docker login never gets it', async () => {
    const account = GHCR_ACCOUNTS.classicRevoked
    const { result, ws } = await main(account, 'octocat/app')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::GHCR refused the token: log in with GITHUB_TOKEN (job permission packages: write) or a new personal access token (classic) with write:packages'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'invalid-credentials',
      'logged-in': 'false',
      'push-access': 'not-checked'
    })
    // docker login started with the preflight and was stopped without the
    // token: only the preflight's one request reached the registry, and no
    // upload was started with the token
    expect(ws.dockerArgv()).toEqual([
      `docker login --username octocat --password-stdin ${session.registry.host}`
    ])
    expect(
      session.registry.requests.map((r) => `${r.method} ${r.step} ${r.status}`)
    ).toEqual(['GET token 403'])
    expect(ws.authKeys()).toEqual([])
    expect(ws.state()).toEqual({})
    // GHCR's token service refuses a revoked token as any token it does
    // not accept (docs/registries.md §14 (e))
    expect(ws.summary()).toContain('answered 403: "denied: denied"')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('the account password is refused: a token is what ghcr.io takes', async () => {
    const account = GHCR_ACCOUNTS.accountPassword
    const { result, ws } = await main(account, '')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::GHCR takes a token, not an account password: log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'pat-required',
      'credential-kind': 'password',
      'logged-in': 'false'
    })
    // docker login was stopped before it got the password
    expect(
      session.registry.requests.map((r) => `${r.method} ${r.step} ${r.status}`)
    ).toEqual(['GET token 403'])
    expect(ws.authKeys()).toEqual([])
    expect(ws.summary()).toContain('password: ${{ secrets.GITHUB_TOKEN }}')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('a fine-grained token is refused offline: nothing is sent, docker never gets it', async () => {
    const { result, ws } = await main(
      { username: 'octocat', secret: `github_pat_${'11ABCDEFG0'.repeat(8)}` },
      ''
    )
    expect(result.exitCode).toBe(1)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'unsupported-credential-kind',
      'credential-kind': 'github-fine-grained-token',
      'logged-in': 'false'
    })
    expect(session.registry.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
    expect(result.errors).toEqual([
      '::error::A fine-grained token does not work with GHCR: log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages'
    ])
  })

  // attack-19 repro-04: docker's command line names the username, where
  // every process on the runner reads it
  const SWAPPED_LINE =
    '::error::A token is in the username input: set username to the account name and password to the token (the two inputs look swapped)'

  it("the token in the username input (inputs swapped): refused, and never on docker's command line", async () => {
    const account = GHCR_ACCOUNTS.classicWrite
    const swapped = { username: account.secret, secret: account.username }
    const { result, ws } = await main(swapped, '')
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([SWAPPED_LINE])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'malformed-credentials',
      'logged-in': 'false'
    })
    expect(ws.dockerArgv()).toEqual([])
    expect(ws.summary()).toContain(
      'the username is shaped like a token (are the username and password inputs swapped?)'
    )
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it.each([
    ['as it is', (t: string) => t],
    ['quoted (attack-20 repro-02)', (t: string) => `"${t}"`],
    ['after a $ (attack-20 repro-02)', (t: string) => `$${t}`]
  ])(
    'the same with preflight: false, the token %s: docker login is not run with it (JDG003)',
    async (_form, written) => {
      const account = GHCR_ACCOUNTS.classicWrite
      const ws = session.workspace()
      const result = await runAction(
        'main',
        ws,
        {
          registry: 'ghcr.io',
          username: written(account.secret),
          password: account.username,
          preflight: 'false'
        },
        session.endpoints('ghcr.io')
      )
      expect(result.exitCode).toBe(1)
      expect(result.errors).toEqual([SWAPPED_LINE])
      expect(ws.outputs()).toMatchObject({
        diagnosis: 'malformed-credentials',
        'logged-in': 'false'
      })
      expect(session.registry.requests).toEqual([])
      expect(ws.dockerArgv()).toEqual([])
      expect(ws.summary()).toContain('docker login was not run')
      expect(ws.summary()).toContain('JDG003')
      expect(leaks(ws, account.username, account.secret)).toEqual([])
    }
  )
})

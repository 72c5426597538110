/**
 * End to end, beyond login: push-access checks, the pull rate limit, and
 * empty secrets on fork and Dependabot runs — the bundled action, the real
 * docker CLI, the emulator.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACCOUNTS } from '../emulator/accounts.js'
import {
  leaks,
  runAction,
  Workspace,
  type ActionInputs
} from '../scripts/runner.js'

const session = emulatorSession()

async function runMain(
  inputs: ActionInputs,
  envOf: (ws: Workspace) => Record<string, string> = () => ({})
) {
  const ws = session.workspace()
  const result = await runAction('main', ws, inputs, {
    DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url,
    ...envOf(ws)
  })
  return { result, ws, outputs: ws.outputs(), summary: ws.summary() }
}

/** The summary's row for one repository of the push table. */
function pushRow(summary: string, repository: string): string | undefined {
  return summary
    .split('\n')
    .find((line) => line.startsWith(`| \`${repository}\` |`))
}

describeE2e('push access', () => {
  const rw = ACCOUNTS.patReadWrite
  const ro = ACCOUNTS.patReadOnly

  it('a read-write PAT on its own namespace is granted', async () => {
    const { result, outputs, summary, ws } = await runMain({
      username: rw.username,
      password: rw.secret,
      push: 'docker.io/octocat/app:1.0\noctocat/new-thing'
    })
    expect(result.exitCode).toBe(0)
    expect(outputs['push-access']).toBe('granted')
    expect(outputs.diagnosis).toBe('ok')
    expect(pushRow(summary, 'octocat/app')).toContain('| granted |')
    expect(pushRow(summary, 'octocat/new-thing')).toContain('| granted |')
    // The push scopes ride on the preflight's own token request: one token
    // request for the preflight, one for the docker CLI, none more.
    const tokens = session.emulator.requests.filter((r) => r.step === 'token')
    expect(tokens).toHaveLength(2)
    expect(tokens.map((r) => r.scopes ?? [])).toContainEqual([
      'repository:ratelimitpreview/test:pull',
      'repository:octocat/app:push,pull',
      'repository:octocat/new-thing:push,pull'
    ])
    expect(leaks(ws, rw.username, rw.secret)).toEqual([])
  })

  it('a read-only PAT is denied (401 insufficient scopes) and told so', async () => {
    const { result, outputs, summary, ws } = await runMain({
      username: ro.username,
      password: ro.secret,
      push: 'octocat/app'
    })
    expect(result.exitCode).toBe(1)
    expect(outputs['push-access']).toBe('denied')
    expect(outputs.diagnosis).toBe('insufficient-scope')
    expect(result.errors).toEqual([
      '::error::The token is read-only: generate a token with Read & Write access and update the DOCKERHUB_TOKEN secret'
    ])
    expect(summary).toContain('## ❌ Logged in, but the token is read-only')
    expect(summary).toContain('access token has insufficient scopes')
    expect(pushRow(summary, 'octocat/app')).toContain('| denied |')
    // Refused with push asked, the login token is asked again without it,
    // then the one repository is checked on its own.
    const scopes = session.emulator.requests
      .filter((r) => r.step === 'token' && r.authorization === 'basic')
      .map((r) => (r.scopes ?? []).join(' '))
    expect(scopes).toEqual(
      expect.arrayContaining([
        'repository:ratelimitpreview/test:pull repository:octocat/app:push,pull',
        'repository:ratelimitpreview/test:pull',
        'repository:octocat/app:push,pull'
      ])
    )
    expect(leaks(ws, ro.username, ro.secret)).toEqual([])
  })

  it("a read-write PAT on someone else's namespace is denied (200 without push)", async () => {
    const { result, outputs, summary } = await runMain({
      username: rw.username,
      password: rw.secret,
      push: 'hubber/tools'
    })
    expect(result.exitCode).toBe(1)
    expect(outputs['push-access']).toBe('denied')
    expect(outputs.diagnosis).toBe('insufficient-scope')
    expect(result.errors[0]).toMatch(
      /^::error::The account may not push to that namespace: /
    )
    expect(pushRow(summary, 'hubber/tools')).toBe(
      '| `hubber/tools` | denied | pull |'
    )
  })

  it('several repositories, mixed: denied, with each result listed', async () => {
    const { result, outputs, summary } = await runMain({
      username: rw.username,
      password: rw.secret,
      push: 'octocat/app, acmecorp/api, octocat/tools'
    })
    expect(result.exitCode).toBe(1)
    expect(outputs['push-access']).toBe('denied')
    expect(pushRow(summary, 'octocat/app')).toContain('| granted |')
    expect(pushRow(summary, 'acmecorp/api')).toBe(
      '| `acmecorp/api` | denied | — |'
    )
    expect(pushRow(summary, 'octocat/tools')).toContain('| granted |')
  })

  it('push is not checked without the input', async () => {
    const { outputs } = await runMain({
      username: rw.username,
      password: rw.secret
    })
    expect(outputs['push-access']).toBe('not-checked')
    expect(
      session.emulator.requests.some((r) =>
        r.scopes?.some((s) => s.includes('push'))
      )
    ).toBe(false)
  })

  it('a push entry that is not a repository name is an input error', async () => {
    const { result, outputs } = await runMain({
      username: rw.username,
      password: rw.secret,
      push: 'octocat/App Name'
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::Input "push" entry "octocat/App Name" is not a repository name: use lowercase names such as myorg/app, one per line'
    ])
    expect(outputs['logged-in']).toBe('false')
    expect(session.emulator.requests).toEqual([])
  })
})

describeE2e('pull rate limit', () => {
  it('reads the limit, the remaining pulls and the window', async () => {
    const account = ACCOUNTS.patReadWrite
    const { result, outputs, summary } = await runMain({
      username: account.username,
      password: account.secret
    })
    expect(result.exitCode).toBe(0)
    expect(outputs).toMatchObject({
      'rate-limit-limit': '200',
      'rate-limit-remaining': '187',
      'rate-limit-window': '21600',
      warnings: ''
    })
    expect(summary).toContain('187 of 200 pulls left per 6 h')
    const manifest = session.emulator.requests.filter(
      (r) => r.step === 'manifest'
    )
    expect(manifest).toHaveLength(1)
    expect(manifest[0].method).toBe('HEAD')
  })

  it('no headers means no limit', async () => {
    const account = ACCOUNTS.orgToken
    const { result, outputs, summary } = await runMain({
      username: account.username,
      password: account.secret
    })
    expect(result.exitCode).toBe(0)
    expect(outputs['rate-limit-limit']).toBe('')
    expect(outputs['rate-limit-remaining']).toBe('')
    expect(summary).toContain('none applies to this account')
  })

  it('under 10 % left is a rate-limit-low warning, not a failure', async () => {
    const account = ACCOUNTS.patRateLimitLow
    const { result, outputs } = await runMain({
      username: account.username,
      password: account.secret
    })
    expect(result.exitCode).toBe(0)
    expect(outputs.warnings).toBe('rate-limit-low')
    expect(outputs['rate-limit-remaining']).toBe('3')
    expect(result.warnings).toHaveLength(1)
  })

  it('rate-limit: false sends no probe', async () => {
    const account = ACCOUNTS.patReadWrite
    const { outputs } = await runMain({
      username: account.username,
      password: account.secret,
      'rate-limit': 'false'
    })
    expect(outputs['rate-limit-limit']).toBe('')
    expect(session.emulator.requests.some((r) => r.step === 'manifest')).toBe(
      false
    )
  })
})

describeE2e('empty secrets on forks and Dependabot', () => {
  const forkEvent = {
    pull_request: {
      number: 7,
      head: { repo: { full_name: 'someone/app-fork', fork: true } },
      base: { repo: { full_name: 'octo/app' } }
    }
  }

  function eventEnv(ws: Workspace, actor: string): Record<string, string> {
    const path = join(ws.dir, 'event.json')
    writeFileSync(path, JSON.stringify(forkEvent))
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
      GITHUB_ACTOR: actor,
      GITHUB_REPOSITORY: 'octo/app'
    }
  }

  it.each([
    ['a fork pull request', 'someone', 'comes from someone/app-fork'],
    ['a Dependabot run', 'dependabot[bot]', 'reads Dependabot secrets']
  ])('%s fails, naming the cause', async (_name, actor, phrase) => {
    const { result, outputs, summary } = await runMain(
      { username: 'octocat', password: '' },
      (ws) => eventEnv(ws, actor)
    )
    expect(result.exitCode).toBe(1)
    expect(outputs).toMatchObject({
      diagnosis: 'missing-credentials',
      'logged-in': 'false'
    })
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(phrase)
    expect(summary).toContain('Why the credentials are empty')
    expect(summary).toContain(phrase)
    expect(session.emulator.requests).toEqual([])
  })

  it.each([
    ['a fork pull request', 'someone'],
    ['a Dependabot run', 'dependabot[bot]']
  ])(
    '%s with skip-if-missing: a notice, exit 0, no login',
    async (_n, actor) => {
      const { result, outputs, summary, ws } = await runMain(
        { username: 'octocat', password: '', 'skip-if-missing': 'true' },
        (ws) => eventEnv(ws, actor)
      )
      expect(result.exitCode).toBe(0)
      expect(result.errors).toEqual([])
      expect(result.stdout).toMatch(/^::notice::Skipping docker login/m)
      expect(outputs).toMatchObject({
        diagnosis: 'missing-credentials',
        'logged-in': 'false',
        'push-access': 'not-checked'
      })
      expect(summary).toContain('missing-credentials')
      expect(ws.dockerArgv()).toEqual([])
      expect(session.emulator.requests).toEqual([])
    }
  )

  it('skip-if-missing does not hide a wrong secret', async () => {
    const { result, outputs } = await runMain({
      username: 'octocat',
      password: 'not-the-token',
      'skip-if-missing': 'true'
    })
    expect(result.exitCode).toBe(1)
    expect(outputs.diagnosis).toBe('invalid-credentials')
  })
})

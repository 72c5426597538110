/**
 * The main step in process: `run()` from src/main.ts with `@actions/core`
 * doubles, the emulator on loopback and a docker CLI seam. It proves how
 * the report is written — the secret masked first, outputs, state, the
 * error line, warnings, the notice and the summary — for each path.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '../__fixtures__/core.js'
import { fakeDocker } from '../__fixtures__/docker-double.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import type { DockerCli } from '../src/docker.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')
const { OIDC_CONNECTIONS, startIdTokenServer } =
  await import('../emulator/oidc.js')

const PAT = ACCOUNTS.patReadWrite

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
  process.env.GITHUB_STEP_SUMMARY = core.SUMMARY_FILE
})
afterAll(async () => {
  delete process.env.GITHUB_STEP_SUMMARY
  await emulator.close()
})
beforeEach(() => {
  emulator.reset()
  core.resetSummary()
  core.setInputs({})
})

/** Runs the step against the emulator as Docker Hub. */
async function runStep(
  inputs: Record<string, string>,
  docker = fakeDocker().docker
): Promise<void> {
  core.setInputs(inputs)
  await run({ env: { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url }, docker })
}

describe('the main step', () => {
  it('masks the secret before it does anything else', async () => {
    await runStep({ username: PAT.username, password: PAT.secret })
    expect(core.setSecret).toHaveBeenCalledWith(PAT.secret)
    const masked = core.setSecret.mock.invocationCallOrder[0]
    const others = [
      core.setOutput,
      core.info,
      core.startGroup,
      core.saveState
    ].flatMap((double) => double.mock.invocationCallOrder)
    expect(others.length).toBeGreaterThan(0)
    expect(Math.min(...others)).toBeGreaterThan(masked)
  })

  it('Docker Hub OIDC: masks the ID token and the Docker token before any output, and writes credential-kind oidc and expires-at', async () => {
    const github = await startIdTokenServer()
    try {
      core.setInputs({ username: OIDC_CONNECTIONS.ok.organization, 'oidc-connection-id': OIDC_CONNECTIONS.ok.id, 'oidc-expires-in': '3600' })
      const env = { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url, ACTIONS_ID_TOKEN_REQUEST_URL: github.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken }
      await run({ env, docker: fakeDocker().docker })
      const tokens = [...github.issued, ...emulator.oidcTokens()]
      expect(tokens).toHaveLength(2)
      const masked = core.setSecret.mock.calls.map(([value]) => value)
      expect(masked).toEqual(expect.arrayContaining(tokens))
      const maskedAt = core.setSecret.mock.invocationCallOrder
      const others = [core.setOutput, core.info, core.warning, core.startGroup, core.saveState].flatMap((double) => double.mock.invocationCallOrder)
      expect(Math.min(...others)).toBeGreaterThan(Math.max(...maskedAt))
      expect(core.outputs()).toMatchObject({ diagnosis: 'ok', 'credential-kind': 'oidc', warnings: '' })
      expect(core.outputs()['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      for (const token of tokens) {
        expect(core.printed()).not.toContain(token)
        expect(core.summaryText()).not.toContain(token)
      }
    } finally {
      await github.close()
    }
  }) // prettier-ignore

  it('Docker Hub OIDC in a registry-auth entry without a password, as login-action does it', async () => {
    const github = await startIdTokenServer()
    try {
      core.setInputs({ 'registry-auth': `- username: ${OIDC_CONNECTIONS.ok.organization}\n` })
      const env = { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url, DOCKERHUB_OIDC_CONNECTIONID: OIDC_CONNECTIONS.ok.id, ACTIONS_ID_TOKEN_REQUEST_URL: github.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken }
      const { docker, calls } = fakeDocker()
      const before = emulator.oidcTokens().length
      await run({ env, docker })
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.outputs()).toMatchObject({ diagnosis: 'ok', 'credential-kind': 'oidc', diagnoses: JSON.stringify({ 'docker.io': 'ok' }) })
      expect(calls[0]?.[2]).toBe(OIDC_CONNECTIONS.ok.organization)
      // this run's: the ID token, and the Docker token it was exchanged for
      const tokens = [...github.issued, ...emulator.oidcTokens().slice(before)]
      expect(tokens).toHaveLength(2)
      for (const token of tokens) {
        expect(core.printed()).not.toContain(token)
        expect(core.summaryText()).not.toContain(token)
      }
    } finally {
      await github.close()
    }
  }) // prettier-ignore

  it('masks every token the registry hands out', async () => {
    await runStep({ username: PAT.username, password: PAT.secret })
    const masked = core.setSecret.mock.calls.map(([value]) => value)
    // the secret, and the preflight's JWT
    expect(masked).toHaveLength(2)
    expect(masked[1]).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(core.printed()).not.toContain(masked[1])
  })

  it('logs in: outputs, state for the post step, the docker output, a summary', async () => {
    const { docker, calls } = fakeDocker()
    await runStep(
      { username: PAT.username, password: PAT.secret, logout: 'false' },
      docker
    )
    expect(calls).toEqual([['login', emulator.host, PAT.username]])
    expect(core.outputs()).toEqual({
      diagnosis: 'ok',
      warnings: '',
      'credential-kind': 'personal-access-token',
      'logged-in': 'true',
      'push-access': 'not-checked',
      'rate-limit-limit': '200',
      'rate-limit-remaining': '187',
      'rate-limit-window': '21600'
    })
    // saved as soon as docker logged in, then at the end: the same
    // with the docker config it logged in to: the post step logs out there
    // (attack-41 A41-07)
    const config = join(homedir(), '.docker')
    expect(core.saveState.mock.calls).toEqual([
      ['server', emulator.host],
      ['logout', 'false'],
      ['config', config],
      ['server', emulator.host],
      ['logout', 'false'],
      ['config', config]
    ])
    expect(core.startGroup).toHaveBeenCalledWith(
      'docker login output (exit code 0)'
    )
    expect(core.info).toHaveBeenCalledWith('> Login Succeeded')
    expect(core.info).toHaveBeenLastCalledWith(
      `✅ Logged in to docker.io as ${PAT.username}`
    )
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.summaryText()).toMatch(/^## ✅ Docker login succeeded\n/)
    expect(core.printed()).not.toContain(PAT.secret)
  })

  it.each([
    ['succeeds', 0, [['logout', 'true'], ['config', 'CONFIG'], ['pending', ''], ['server', 'HOST']]],
    ['fails', 1, [['logout', ''], ['config', ''], ['pending', '']]]
  ])(
    'names the login under way ("pending") before docker is given the password, where the config had no entry; cleared when the login %s',
    async (_name, exitCode, end) => {
      const { docker: inner } = fakeDocker({ exitCode, output: exitCode === 0 ? 'Login Succeeded' : 'denied' })
      const saved: string[][] = []
      const docker: DockerCli = {
        ...inner,
        async login(server, username, password, writing) {
          writing?.(false)
          // what the post step of a job cancelled now would read
          saved.push(...core.saveState.mock.calls.map(([name, value]) => [name, value]))
          return inner.login(server, username, password)
        }
      }
      await runStep({ username: PAT.username, password: PAT.secret }, docker)
      const config = join(homedir(), '.docker')
      expect(saved).toEqual([['logout', 'true'], ['config', config], ['pending', JSON.stringify([emulator.host])]])
      const last = core.saveState.mock.calls.slice(-end.length)
      expect(last).toEqual(end.map(([name, value]) => [name, value.replace('HOST', emulator.host).replace('CONFIG', config)]))
    }
  ) // prettier-ignore

  it.each(['password', 'true'])('a password that spells an output value (%s) leaves the outputs as they are (attack-41 A41-04)', async (secret) => {
    const basic = `Basic ${Buffer.from(`ci:${secret}`).toString('base64')}`
    const server = createServer((req, res) => {
      if (req.headers.authorization === basic) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      res.writeHead(401, { 'www-authenticate': 'Basic realm="Registry Realm"' }).end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const registry = `127.0.0.1:${(server.address() as AddressInfo).port}`
      core.setInputs({ registry, username: 'ci', password: secret, logout: 'false' })
      await run({ env: {}, docker: fakeDocker().docker })
      expect(core.outputs()).toMatchObject({ diagnosis: 'ok', 'credential-kind': 'password', 'logged-in': 'true', 'push-access': 'not-checked' })
      expect(core.setSecret).toHaveBeenCalledWith(secret)
    } finally {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    }
  }) // prettier-ignore

  it('saves the docker config directory absolute, where DOCKER_CONFIG is relative (attack-42 A42-04)', async () => {
    core.setInputs({ username: PAT.username, password: PAT.secret })
    await run({ env: { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url, DOCKER_CONFIG: 'docker-config' }, docker: fakeDocker().docker })
    const saved = core.saveState.mock.calls.filter(([name]) => name === 'config').map(([, value]) => value)
    expect(saved.length).toBeGreaterThan(0)
    expect(new Set(saved)).toEqual(new Set([resolve('docker-config')]))
  }) // prettier-ignore

  it("saves no login under way for a server the config held an entry for: the runner's own is never logged out", async () => {
    const { docker: inner } = fakeDocker({ exitCode: 1, output: 'denied' })
    const docker: DockerCli = {
      ...inner,
      async login(server, username, password, writing) {
        writing?.(true)
        return inner.login(server, username, password)
      }
    }
    await runStep({ username: PAT.username, password: PAT.secret }, docker)
    expect(core.saveState).not.toHaveBeenCalled()
  })

  it('fails with one error line and never runs docker after a refusal', async () => {
    const account = ACCOUNTS.password2fa
    const { docker, calls } = fakeDocker()
    await runStep(
      { username: account.username, password: account.secret },
      docker
    )
    expect(calls).toEqual([])
    expect(core.setFailed.mock.calls).toEqual([
      [
        'Password used on an account with two-factor authentication: create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)'
      ]
    ])
    expect(core.outputs()).toMatchObject({
      diagnosis: 'password-with-2fa',
      'logged-in': 'false'
    })
    expect(core.saveState).not.toHaveBeenCalled()
    expect(core.summaryText()).toContain('### How to fix it')
    expect(core.printed()).not.toContain(account.secret)
  })

  it('prints each warning as a warning line, and still succeeds', async () => {
    const account = ACCOUNTS.password
    await runStep({ username: account.username, password: account.secret })
    expect(core.warning.mock.calls).toEqual([
      [
        'Password used instead of an access token: replace the account password with a personal access token (secret DOCKERHUB_TOKEN)'
      ]
    ])
    expect(core.outputs().warnings).toBe('password-in-use')
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('answers an input error with its message alone: no summary, nothing sent', async () => {
    const { docker, calls } = fakeDocker()
    await runStep(
      { username: PAT.username, password: PAT.secret, retries: 'many' },
      docker
    )
    expect(core.setFailed.mock.calls).toEqual([
      ['Input "retries" must be a whole number from 0 to 10, not "many"']
    ])
    expect(core.outputs()).toEqual({ 'logged-in': 'false' })
    expect(core.summaryText()).toBe('')
    expect(calls).toEqual([])
    expect(emulator.requests).toEqual([])
  })

  it('turns a failure of its own into one line, without a stack trace', async () => {
    const docker: DockerCli = {
      ...fakeDocker().docker,
      login: async () => {
        throw new Error('spawn EMFILE')
      }
    }
    await runStep({ username: PAT.username, password: PAT.secret }, docker)
    expect(core.setFailed.mock.calls).toEqual([
      ['docker-login-preflight failed unexpectedly: spawn EMFILE']
    ])
    expect(core.outputs()).toEqual({
      'logged-in': 'false',
      diagnosis: 'unknown'
    })
  })

  it('a runner file that cannot be written (GITHUB_OUTPUT) fails the step on one line, not a throw', async () => {
    core.setOutput.mockImplementationOnce(() => {
      throw new Error(
        "ENOENT: no such file or directory, open '/nonexistent-dir/output'"
      )
    })
    await expect(
      runStep({ username: PAT.username, password: PAT.secret })
    ).resolves.toBeUndefined()
    expect(core.setFailed.mock.calls).toEqual([
      [
        "docker-login-preflight could not write its results: ENOENT: no such file or directory, open '/nonexistent-dir/output'"
      ]
    ])
    // the state, written first, still tells the post step to log out
    expect(core.saveState).toHaveBeenCalledWith('server', emulator.host)
  })

  it('a state file that cannot be written once docker logged in: the step goes on, its end says so on one line', async () => {
    const { docker, calls } = fakeDocker()
    core.saveState.mockImplementation(() => {
      throw new Error("ENOENT: no such file or directory, open '/nonexistent-dir/state'")
    })
    try {
      await runStep({ username: PAT.username, password: PAT.secret }, docker)
    } finally {
      core.saveState.mockReset()
    }
    expect(calls).toEqual([['login', emulator.host, PAT.username]])
    expect(core.setFailed.mock.calls).toEqual([
      ["docker-login-preflight could not write its results: ENOENT: no such file or directory, open '/nonexistent-dir/state'"]
    ])
  }) // prettier-ignore

  it('skips the login with a notice when the credentials are empty and skip-if-missing is set', async () => {
    const { docker, calls } = fakeDocker()
    await runStep(
      { username: 'octocat', password: '', 'skip-if-missing': 'true' },
      docker
    )
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice.mock.calls).toEqual([
      ['Docker login skipped: no credentials (skip-if-missing is true).']
    ])
    expect(core.outputs()).toMatchObject({
      diagnosis: 'missing-credentials',
      'logged-in': 'false'
    })
    expect(calls).toEqual([])
    expect(emulator.requests).toEqual([])
  })

  it.each([
    [
      'names the docker config when docker login fails to store the credential',
      'Error saving credentials: error storing credentials - err: exit status 1, out: ``',
      'docker could not save the login: make /home/runner/.docker writable, or set DOCKER_CONFIG to a writable directory',
      'credential-store-error'
    ],
    // docs/registries.md §13qq (a): docker 1.x logged in through its daemon
    [
      'names the daemon, not the credential, when docker login reached no daemon',
      'Cannot connect to the Docker daemon. Is the docker daemon running on this host?',
      'docker could not use its daemon: start the docker daemon or fix how docker reaches it (DOCKER_HOST, context, TLS certificates, a socket proxy); not a login problem',
      'not-a-login-failure'
    ]
  ])('%s', async (_name, output, line, diagnosis) => {
    const { docker } = fakeDocker({ exitCode: 1, output })
    await runStep({ username: PAT.username, password: PAT.secret }, docker)
    expect(core.setFailed.mock.calls).toEqual([[line]])
    expect(core.outputs()).toMatchObject({ diagnosis })
    expect(core.startGroup).toHaveBeenCalledWith(
      'docker login output (exit code 1)'
    )
    // a login that failed saves nothing: the post step has nothing to log
    // out of (the entry the runner may have there is not the action's)
    expect(core.saveState).not.toHaveBeenCalled()
  })

  it("prints docker's output with workflow commands stopped (D6)", async () => {
    const { docker } = fakeDocker({
      exitCode: 0,
      output:
        'Login Succeeded\n::warning::written by the registry\n::save-state name=server::--help'
    })
    await runStep({ username: PAT.username, password: PAT.secret }, docker)
    const printed = core.info.mock.calls.map(([line]) => line)
    const start = printed.findIndex((line) =>
      line.startsWith('::stop-commands::')
    )
    const token = printed[start].slice('::stop-commands::'.length)
    expect(token).toMatch(/^[0-9a-f-]{36}$/)
    expect(printed.slice(start + 1, start + 3)).toEqual([
      '> Login Succeeded\n> ::warning::written by the registry\n> ::save-state name=server::--help',
      `::${token}::`
    ])
    expect(core.saveState).toHaveBeenCalledWith('server', emulator.host)
  })

  it('skips the login when the event file is empty (D17)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-event-'))
    const path = join(dir, 'event.json')
    writeFileSync(path, '')
    core.setInputs({
      username: 'octocat',
      password: '',
      'skip-if-missing': 'true'
    })
    await run({
      env: {
        DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path
      },
      docker: fakeDocker().docker
    })
    rmSync(dir, { recursive: true, force: true })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice).toHaveBeenCalledTimes(1)
    expect(core.outputs()['logged-in']).toBe('false')
  })

  it('a summary file that cannot be written costs a warning, not the result', async () => {
    const file = process.env.GITHUB_STEP_SUMMARY
    const missing = join(tmpdir(), 'dlp-no-such-dir', 'summary.md')
    process.env.GITHUB_STEP_SUMMARY = missing
    const account = ACCOUNTS.password2fa
    try {
      await runStep({ username: account.username, password: account.secret })
    } finally {
      process.env.GITHUB_STEP_SUMMARY = file
    }
    expect(core.warning).toHaveBeenCalledWith(
      // (a Node error from another realm under Jest prints as "Error: …")
      expect.stringMatching(/^The job summary was not written: (Error: )?ENOENT: no such file or directory/)
    )
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.outputs().diagnosis).toBe('password-with-2fa')
  }) // prettier-ignore

  it('writes no summary outside a runner', async () => {
    const file = process.env.GITHUB_STEP_SUMMARY
    delete process.env.GITHUB_STEP_SUMMARY
    try {
      await runStep({ username: PAT.username, password: PAT.secret })
    } finally {
      process.env.GITHUB_STEP_SUMMARY = file
    }
    expect(core.summaryText()).toBe('')
    expect(core.outputs().diagnosis).toBe('ok')
  })
})

/**
 * A failure of the action's own after `docker login` succeeded: the step
 * fails on one line, and the post step still logs out of what was logged
 * in to (src/main.ts `coveringLogins`). The judge is made to throw; the
 * rest is the main step in process, against the emulator.
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
import { homedir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import { fakeDocker } from '../__fixtures__/docker-double.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startFamilyRegistry } from '../emulator/registries/engine.js'
import { GHCR_ACCOUNTS, GHCR_SPEC } from '../emulator/registries/ghcr.js'
import { startEmulator, type Emulator } from '../emulator/server.js'

const actual = await import('../src/judge.js')
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../src/judge.js', () => ({
  ...actual,
  judge: () => {
    throw new Error('the judge broke')
  }
}))
const { run } = await import('../src/main.js')

const PAT = ACCOUNTS.patReadWrite

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.close()
})
beforeEach(() => {
  emulator.reset()
  core.resetSummary()
  core.setInputs({})
})

describe('a failure of its own after docker login', () => {
  it('fails on one line, and saves the server logged in to for the post step', async () => {
    const { docker, calls } = fakeDocker({
      exitCode: 0,
      output: 'Login Succeeded'
    })
    core.setInputs({
      username: PAT.username,
      password: PAT.secret,
      logout: 'false'
    })
    await run({
      env: { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url },
      docker
    })
    expect(calls).toEqual([['login', emulator.host, PAT.username]])
    expect(core.setFailed.mock.calls).toEqual([
      ['docker-login-preflight failed unexpectedly: the judge broke']
    ])
    expect(core.savedState()).toEqual({
      server: emulator.host,
      logout: 'false',
      config: join(homedir(), '.docker')
    })
  })

  it('saves nothing when docker login did not succeed', async () => {
    const { docker, calls } = fakeDocker({
      exitCode: 1,
      output: 'Error response from daemon: unauthorized'
    })
    core.setInputs({ username: PAT.username, password: PAT.secret })
    await run({
      env: { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url },
      docker
    })
    expect(calls).toEqual([['login', emulator.host, PAT.username]])
    expect(core.setFailed.mock.calls).toEqual([
      ['docker-login-preflight failed unexpectedly: the judge broke']
    ])
    expect(core.saveState).not.toHaveBeenCalled()
  })

  it('registry-auth: an entry that threw still has its server logged out, with the others', async () => {
    const ghcr = await startFamilyRegistry(GHCR_SPEC)
    try {
      const { docker, calls } = fakeDocker({ exitCode: 0, output: 'Login Succeeded' })
      const write = GHCR_ACCOUNTS.actionsWrite
      core.setInputs({
        'registry-auth': [`- username: ${PAT.username}`, `  password: ${PAT.secret}`, '- registry: ghcr.io', `  username: ${write.username}`, `  password: "${write.secret}"`].join('\n')
      })
      await run({ env: { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url, DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `ghcr.io=${ghcr.url}` }, docker })
      const servers = calls.map(([, server]) => server)
      expect(servers).toHaveLength(2)
      expect(core.setFailed.mock.calls[0][0]).toMatch(/^docker-login-preflight failed unexpectedly for .*: the judge broke$/)
      expect(core.savedState()).toEqual({ servers: JSON.stringify(servers), logout: 'true', config: join(homedir(), '.docker') })
    } finally {
      await ghcr.close()
    }
  }) // prettier-ignore
})

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
import * as core from '../__fixtures__/core.js'
import { fakeDocker } from '../__fixtures__/docker-double.js'
import { ACCOUNTS } from '../emulator/accounts.js'
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
    expect(core.saveState.mock.calls).toEqual([
      ['server', emulator.host],
      ['logout', 'false']
    ])
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
})

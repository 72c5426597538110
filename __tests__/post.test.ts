/**
 * The post step in process: `run()` from src/post.ts with `@actions/core`
 * doubles and a docker CLI seam.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import type { DockerCli } from '../src/docker.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/post.js')

/** A docker CLI whose logout answers `exitCode`, recording its calls. */
function fakeDocker(exitCode: number) {
  const calls: string[] = []
  const docker: DockerCli = {
    login: async () => ({ exitCode: 1, output: 'not expected' }),
    async logout(server) {
      calls.push(server)
      return { exitCode, output: exitCode === 0 ? '' : 'permission denied' }
    },
    config: () => ({ dir: '/tmp' })
  }
  return { docker, calls }
}

beforeEach(() => core.setState({}))

describe('the post step', () => {
  it('does nothing when the main step did not log in', async () => {
    const { docker, calls } = fakeDocker(0)
    await run(docker)
    expect(calls).toEqual([])
    expect(core.info.mock.calls).toEqual([
      ['Nothing to log out of: the main step did not log in.']
    ])
  })

  it('stays logged in with logout: false', async () => {
    core.setState({ server: 'ghcr.io', logout: 'false' })
    const { docker, calls } = fakeDocker(0)
    await run(docker)
    expect(calls).toEqual([])
    expect(core.info.mock.calls).toEqual([
      ['Staying logged in to ghcr.io (logout: false).']
    ])
  })

  it('logs out of exactly the server the main step logged in to', async () => {
    core.setState({ server: 'ghcr.io', logout: 'true' })
    const { docker, calls } = fakeDocker(0)
    await run(docker)
    expect(calls).toEqual(['ghcr.io'])
    expect(core.info.mock.calls).toEqual([['Logged out of ghcr.io.']])
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('warns, and does not fail the job, when the logout fails', async () => {
    core.setState({ server: 'ghcr.io', logout: 'true' })
    const { docker } = fakeDocker(1)
    await run(docker)
    expect(core.warning.mock.calls).toEqual([
      [
        "docker logout ghcr.io failed (exit code 1): the credentials may remain in the runner's docker config"
      ]
    ])
    expect(core.info).toHaveBeenCalledWith('permission denied')
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})

/**
 * The post step in process: `run()` from src/post.ts with `@actions/core`
 * doubles and a docker CLI seam, or the real seam with a docker shim.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import type { DockerCli, LogoutResult } from '../src/docker.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/post.js')
const { dockerCli } = await import('../src/docker.js')

/** A docker CLI whose logout answers `exitCode`, recording its calls. */
function fakeDocker(exitCode: number, extra: Partial<LogoutResult> = {}) {
  const calls: string[] = []
  const docker: DockerCli = {
    login: async () => ({ exitCode: 1, output: 'not expected' }),
    async logout(server) {
      calls.push(server)
      return {
        exitCode,
        output: exitCode === 0 ? '' : 'permission denied',
        ...extra
      }
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

  it('warns when docker logout does not finish in time, and does not fail the job', async () => {
    core.setState({ server: 'ghcr.io', logout: 'true' })
    const { docker } = fakeDocker(137, {
      output: 'waiting for the keyring',
      timedOutAfterMs: 20_000
    })
    await run(docker)
    expect(core.startGroup).toHaveBeenCalledWith(
      'docker logout output (stopped after 20 s)'
    )
    expect(core.info).toHaveBeenCalledWith('waiting for the keyring')
    expect(core.warning.mock.calls).toEqual([
      [
        "docker logout ghcr.io did not finish within 20 s and was stopped: the credentials may remain in the runner's docker config"
      ]
    ])
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})

describe('a docker logout that hangs', () => {
  it('holds the post step no longer than the time limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-post-'))
    try {
      // a docker whose logout waits on a keyring that never answers
      writeFileSync(join(dir, 'docker'), '#!/bin/sh\nsleep 30\n', {
        mode: 0o755
      })
      core.setState({ server: 'ghcr.io', logout: 'true' })
      const env = { PATH: `${dir}:/usr/bin:/bin`, DOCKER_CONFIG: dir }
      const started = Date.now()
      await run(dockerCli(env, { logoutTimeoutMs: 400 }))
      expect(Date.now() - started).toBeLessThan(3000)
      expect(core.warning.mock.calls).toEqual([
        [
          "docker logout ghcr.io did not finish within 0.4 s and was stopped: the credentials may remain in the runner's docker config"
        ]
      ])
      expect(core.setFailed).not.toHaveBeenCalled()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

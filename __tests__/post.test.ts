/**
 * The post step in process: `run()` from src/post.ts with `@actions/core`
 * doubles and a docker CLI seam, or the real seam with a docker shim.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import type { DockerCli, LogoutResult } from '../src/docker.js'
import { MAX_SERVERS, readKeptOut } from '../src/state.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/post.js')
const { dockerCli } = await import('../src/docker.js')

/**
 * A docker CLI whose logout answers `exitCode`, recording its calls; its
 * config holds an entry for the servers of `entries`.
 */
function fakeDocker(
  exitCode: number,
  extra: Partial<LogoutResult> = {},
  entries: readonly string[] = []
) {
  const calls: string[] = []
  const docker: DockerCli = {
    hasEntry: (server) => entries.includes(server),
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

/** No Docker Hub override: the state is checked against hosts alone. */
const NO_OVERRIDE: NodeJS.ProcessEnv = {}

beforeEach(() => core.setState({}))

// attack round 13: the post step's logout leaves out what the main step's
// login did, by name (it never holds the secret)
describe("the state's env-dropped", () => {
  it('reads the names of variables only, and nothing from a list it cannot read', () => {
    const get = (value: string) => (name: string) => (name === 'env-dropped' ? value : '')
    expect([...readKeptOut(get('["HUB_TOKEN","CI_REPOSITORY_URL"]'))]).toEqual(['HUB_TOKEN', 'CI_REPOSITORY_URL'])
    expect([...readKeptOut(get('["OK_1","not a name","=x",7,"A=B"]'))]).toEqual(['OK_1'])
    expect([...readKeptOut(get('{"a":1}'))]).toEqual([])
    expect([...readKeptOut(get('[oops'))]).toEqual([])
    expect([...readKeptOut(get(''))]).toEqual([])
  })
}) // prettier-ignore

describe('the post step', () => {
  it('does nothing when the main step did not log in', async () => {
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual([])
    expect(core.info.mock.calls).toEqual([
      ['Nothing to log out of: the main step did not log in.']
    ])
  })

  describe('a login under way when the job was cancelled (state "pending")', () => {
    it('logs out of the entry docker wrote, where the config held none before', async () => {
      core.setState({ logout: 'true', pending: '["ghcr.io"]' })
      const { docker, calls } = fakeDocker(0, {}, ['ghcr.io'])
      await run(docker, NO_OVERRIDE)
      expect(calls).toEqual(['ghcr.io'])
      expect(core.info.mock.calls).toEqual([['Logged out of ghcr.io.']])
    })

    it('logs out of nothing when docker wrote no entry (stopped, or refused)', async () => {
      core.setState({ logout: 'true', pending: '["ghcr.io"]' })
      const { docker, calls } = fakeDocker(0)
      await run(docker, NO_OVERRIDE)
      expect(calls).toEqual([])
      expect(core.info.mock.calls).toEqual([
        ['Nothing to log out of: the main step did not log in.']
      ])
    })

    it('beside the servers logged in to, each once', async () => {
      core.setState({
        servers: '["ghcr.io","quay.io"]',
        logout: 'true',
        pending: '["quay.io","registry.gitlab.com","gcr.io"]'
      })
      const { docker, calls } = fakeDocker(0, {}, [
        'ghcr.io',
        'quay.io',
        'registry.gitlab.com'
      ])
      await run(docker, NO_OVERRIDE)
      expect(calls).toEqual(['ghcr.io', 'quay.io', 'registry.gitlab.com'])
    })

    it('the end of the main step cleared it: an empty value is none', async () => {
      core.setState({ server: 'ghcr.io', logout: 'true', pending: '' })
      const { docker, calls } = fakeDocker(0, {}, ['ghcr.io', 'quay.io'])
      await run(docker, NO_OVERRIDE)
      expect(calls).toEqual(['ghcr.io'])
    })

    it.each([
      ['not JSON', '["ghcr.io"'],
      ['not a list', '{"server":"ghcr.io"}'],
      ['an option', '["--help"]'],
      [
        'too many',
        JSON.stringify(
          Array.from({ length: MAX_SERVERS + 1 }, (_, i) => `r${i}.example.com`)
        )
      ]
    ])('%s: a warning, and no docker command', async (_name, pending) => {
      core.setState({ server: 'ghcr.io', logout: 'true', pending })
      const { docker, calls } = fakeDocker(0, {}, ['ghcr.io'])
      await run(docker, NO_OVERRIDE)
      expect(calls).toEqual([])
      expect(core.warning.mock.calls).toHaveLength(1)
      expect(core.warning.mock.calls[0][0]).toMatch(
        /^Not logging out: the state "pending" is not a list of registry hosts \(got .{1,42}\), which the main step never saves/
      )
    })
  })

  it("stops at its budget: a helper that hangs costs each logout its limit, and the servers left get one warning", async () => {
    core.setState({
      servers: JSON.stringify(['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com', 'e.example.com']),
      logout: 'true'
    })
    const limits: number[] = []
    const docker: DockerCli = {
      ...fakeDocker(0).docker,
      async logout(_server, withinMs) {
        // a helper that hangs: docker is stopped at the limit it is given
        const limit = Math.min(20_000, withinMs ?? 20_000)
        limits.push(limit)
        await new Promise((done) => setTimeout(done, limit))
        return { exitCode: 137, output: '', timedOutAfterMs: limit }
      }
    }
    const started = Date.now()
    await run(docker, NO_OVERRIDE, 1_500)
    expect(Date.now() - started).toBeLessThan(3_000)
    // the first logout gets what is left of the budget, not its 20 s
    expect(limits).toHaveLength(1)
    expect(limits[0]).toBeGreaterThan(1_400)
    expect(limits[0]).toBeLessThanOrEqual(1_500)
    const warnings = core.warning.mock.calls.map(([line]) => String(line))
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/^docker logout a\.example\.com did not finish within 1\.\d+ s/)
    expect(warnings[1]).toBe(
      "Not logged out of b.example.com, c.example.com, d.example.com and 1 more: the post step's logouts took their 1.5 s; the credentials may remain in the runner's docker config"
    )
    expect(core.setFailed).not.toHaveBeenCalled()
  }) // prettier-ignore

  it('stays logged in with logout: false', async () => {
    core.setState({ server: 'ghcr.io', logout: 'false' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual([])
    expect(core.info.mock.calls).toEqual([
      ['Staying logged in to ghcr.io (logout: false).']
    ])
  })

  it('logs out of exactly the server the main step logged in to', async () => {
    core.setState({ server: 'ghcr.io', logout: 'true' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual(['ghcr.io'])
    expect(core.info.mock.calls).toEqual([['Logged out of ghcr.io.']])
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('warns, and does not fail the job, when the logout fails', async () => {
    core.setState({ server: 'ghcr.io', logout: 'true' })
    const { docker } = fakeDocker(1)
    await run(docker, NO_OVERRIDE)
    expect(core.warning.mock.calls).toEqual([
      [
        "docker logout ghcr.io failed (exit code 1): the credentials may remain in the runner's docker config"
      ]
    ])
    expect(core.info).toHaveBeenCalledWith('> permission denied')
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('warns when docker logout does not finish in time, and does not fail the job', async () => {
    core.setState({ server: 'ghcr.io', logout: 'true' })
    const { docker } = fakeDocker(137, {
      output: 'waiting for the keyring',
      timedOutAfterMs: 20_000
    })
    await run(docker, NO_OVERRIDE)
    expect(core.startGroup).toHaveBeenCalledWith(
      'docker logout output (stopped after 20 s)'
    )
    expect(core.info).toHaveBeenCalledWith('> waiting for the keyring')
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
      await run(dockerCli(env, { logoutTimeoutMs: 400 }), NO_OVERRIDE)
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

describe('a state the main step never saves', () => {
  it.each([
    ['--help'],
    ['-x'],
    ['--config=/tmp/elsewhere'],
    ['ghcr.io --help'],
    ['ghcr.io\n::error::injected'],
    ['https://ghcr.io'],
    ['ghcr.io/octocat/app'],
    ['GHCR.IO'],
    ['ghcr.io:0'],
    ['ghcr.io:65536'],
    [' ghcr.io'],
    ['-'.repeat(200)]
  ])(
    'server %j: a warning, no docker command, no failed job',
    async (server) => {
      core.setState({ server, logout: 'true' })
      const { docker, calls } = fakeDocker(0)
      await run(docker, NO_OVERRIDE)
      expect(calls).toEqual([])
      expect(core.warning).toHaveBeenCalledTimes(1)
      const [warning] = core.warning.mock.calls[0]
      expect(warning).toMatch(
        /^Not logging out: the state "server" is not a registry host \(got ".*"\), which the main step never saves; its credentials may remain in the docker config$/
      )
      expect(String(warning)).not.toContain('\n')
      // one line a hurried reader takes in, like the action's error lines
      expect(String(warning).length).toBeLessThan(200)
      expect(core.info).not.toHaveBeenCalled()
      expect(core.setFailed).not.toHaveBeenCalled()
    }
  )

  it.each([['yes'], [''], ['TRUE'], ['true\n']])(
    'logout %j: a warning, no docker command, no failed job',
    async (logout) => {
      core.setState({ server: 'ghcr.io', logout })
      const { docker, calls } = fakeDocker(0)
      await run(docker, NO_OVERRIDE)
      expect(calls).toEqual([])
      expect(core.warning.mock.calls).toEqual([
        [
          `Not logging out: the state "logout" is neither true nor false (got ${JSON.stringify(logout)}), which the main step never saves; its credentials may remain in the docker config`
        ]
      ])
      expect(core.setFailed).not.toHaveBeenCalled()
    }
  )

  it.each([
    ['docker.io'],
    ['localhost:5000'],
    ['127.0.0.1:5000'],
    ['[::1]:5000'],
    ['registry.gitlab.com'],
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com']
  ])('server %j is one it saves: logged out', async (server) => {
    core.setState({ server, logout: 'true' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual([server])
    expect(core.warning).not.toHaveBeenCalled()
  })

  it("the Docker Hub override's host is one it saves, and only with the override", async () => {
    core.setState({ server: 'hub_emulator:5000', logout: 'true' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, {
      DOCKER_LOGIN_PREFLIGHT_HUB: 'http://hub_emulator:5000'
    })
    expect(calls).toEqual(['hub_emulator:5000'])
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual(['hub_emulator:5000'])
    expect(core.warning).toHaveBeenCalledTimes(1)
  })
})

describe('the state of a registry-auth run', () => {
  it('logs out of each server, in order, and stops at none of them on a failure', async () => {
    core.setState({
      servers: '["docker.io","ghcr.io"]',
      logout: 'true'
    })
    const calls: string[] = []
    const docker: DockerCli = {
      ...fakeDocker(0).docker,
      async logout(server) {
        calls.push(server)
        return server === 'docker.io'
          ? { exitCode: 1, output: 'permission denied' }
          : { exitCode: 0, output: '' }
      }
    }
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual(['docker.io', 'ghcr.io'])
    expect(core.warning.mock.calls).toEqual([
      [
        "docker logout docker.io failed (exit code 1): the credentials may remain in the runner's docker config"
      ]
    ])
    expect(core.info).toHaveBeenCalledWith('Logged out of ghcr.io.')
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('an ECR login with AWS_ACCOUNT_IDS: its host and each account registry, up to 20 entries and 10 accounts', async () => {
    const ecr = (id: number) => `${String(id).padStart(12, '0')}.dkr.ecr.us-east-1.amazonaws.com`
    const servers = Array.from({ length: 30 }, (_, i) => ecr(i))
    core.setState({ servers: JSON.stringify(servers), logout: 'true' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual(servers)
    expect(core.warning).not.toHaveBeenCalled()
  }) // prettier-ignore

  it('stays logged in to all of them with logout: false', async () => {
    core.setState({ servers: '["docker.io","ghcr.io"]', logout: 'false' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual([])
    expect(core.info.mock.calls).toEqual([
      ['Staying logged in to docker.io, ghcr.io (logout: false).']
    ])
  })

  it('logs out of as many servers as registry-auth can log in to: 20 ECR entries, each with 10 AWS_ACCOUNT_IDS accounts', async () => {
    const servers = Array.from({ length: 20 }, (_, entry) => [`1111111111${String(entry).padStart(2, '0')}.dkr.ecr.us-east-1.amazonaws.com`, ...Array.from({ length: 10 }, (_, account) => `2222222222${String(account).padStart(2, '0')}.dkr.ecr.region-${entry}.amazonaws.com`)]).flat()
    expect(servers).toHaveLength(MAX_SERVERS)
    core.setState({ servers: JSON.stringify(servers), logout: 'true' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toHaveLength(MAX_SERVERS)
    expect(core.warning).not.toHaveBeenCalled()
  }) // prettier-ignore

  it.each([
    ['not JSON', 'docker.io,ghcr.io'],
    ['not a list', '{"a":"docker.io"}'],
    ['empty', '[]'],
    ['an option', '["docker.io","--help"]'],
    ['a number', '[5]'],
    ['a server twice', '["ghcr.io","ghcr.io"]'],
    [
      'too many',
      JSON.stringify(
        Array.from({ length: MAX_SERVERS + 1 }, (_, i) => `r${i}.io`)
      )
    ]
  ])('servers %s: a warning, no docker command', async (_name, servers) => {
    core.setState({ servers, logout: 'true' })
    const { docker, calls } = fakeDocker(0)
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual([])
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning.mock.calls[0][0]).toMatch(
      /^Not logging out: the state "servers" is not a list of registry hosts \(got ".*"\), which the main step never saves/
    )
    expect(String(core.warning.mock.calls[0][0]).length).toBeLessThan(200)
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})

describe('the docker config the main step logged in to (attack-41 A41-07)', () => {
  /** A docker config directory holding an auths entry for each server. */
  function configWith(...servers: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-post-config-'))
    const auths = Object.fromEntries(
      servers.map((server) => [
        server,
        { auth: Buffer.from('ci:s3cret-value').toString('base64') }
      ])
    )
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }))
    return dir
  }
  const entries = (dir: string): string[] =>
    Object.keys(
      (
        JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {
          auths?: object
        }
      ).auths ?? {}
    )

  it("logs out of the saved config, with the real docker CLI, and leaves the one DOCKER_CONFIG names by then", async () => {
    const mine = configWith('registry.example.com', 'ghcr.io')
    const later = configWith('registry.example.com')
    try {
      core.setState({ server: 'registry.example.com', logout: 'true', config: mine })
      await run(undefined, { ...process.env, DOCKER_CONFIG: later })
      expect(entries(mine)).toEqual(['ghcr.io'])
      expect(entries(later)).toEqual(['registry.example.com'])
      expect(core.warning).not.toHaveBeenCalled()
    } finally {
      for (const dir of [mine, later]) rmSync(dir, { recursive: true, force: true })
    }
  }) // prettier-ignore

  // attack-66 A66-03: a Windows runner's DOCKER_CONFIG on a share
  it.each(['\\\\fileserver\\ci\\docker-config', '\\\\?\\D:\\a\\_temp\\docker', 'D:\\a\\_temp\\docker'])('a saved config on a Windows path (%j): logged out there', async (config) => {
    const { docker, calls } = fakeDocker(0)
    core.setState({ server: 'registry.example.com', logout: 'true', config })
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual(['registry.example.com'])
    expect(core.warning).not.toHaveBeenCalledWith(expect.stringMatching(/not an absolute directory path/))
  }) // prettier-ignore

  it.each(['relative/dir', 'C:', '/tmp/x\n/etc', `/${'a'.repeat(4100)}`])('a saved config that is no absolute directory path (%j): no logout, a warning', async (config) => {
    const { docker, calls } = fakeDocker(0)
    core.setState({ server: 'registry.example.com', logout: 'true', config })
    await run(docker, NO_OVERRIDE)
    expect(calls).toEqual([])
    expect(core.warning).toHaveBeenCalledWith(expect.stringMatching(/^Not logging out: the state "config" is not an absolute directory path/))
  }) // prettier-ignore
})

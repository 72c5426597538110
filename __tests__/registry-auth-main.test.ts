/**
 * `registry-auth` in process: `run()` from src/main.ts with `@actions/core`
 * doubles, the Docker Hub emulator and GHCR's on loopback, and a docker
 * CLI seam. It proves every password is masked first, each registry gets
 * its own preflight and login (the logins one at a time), and how the
 * combined report is written: outputs, one error line per failing
 * registry, a summary section per registry, the state for the post step.
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
import { ACCOUNTS } from '../emulator/accounts.js'
import {
  startFamilyRegistry,
  type FamilyRegistry
} from '../emulator/registries/engine.js'
import { GHCR_ACCOUNTS, GHCR_SPEC } from '../emulator/registries/ghcr.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import type { DockerCli } from '../src/docker.js'
import { MAX_ERROR_LINE } from '../src/remediation.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

const PAT = ACCOUNTS.patReadWrite
const GHCR_WRITE = GHCR_ACCOUNTS.actionsWrite
const GHCR_READ = GHCR_ACCOUNTS.actionsRead

/**
 * A docker CLI that records its calls, and whether two ran at once; its
 * logins take a few milliseconds, as the real CLI's take longer.
 */
function fakeDocker() {
  const calls: string[][] = []
  let running = 0
  let overlapped = false
  const docker: DockerCli = {
    async login(server, username) {
      calls.push(['login', server, username])
      running++
      if (running > 1) overlapped = true
      await new Promise((wake) => setTimeout(wake, 15))
      running--
      return { exitCode: 0, output: 'Login Succeeded' }
    },
    async logout(server) {
      calls.push(['logout', server])
      return { exitCode: 0, output: '' }
    },
    config: () => ({ dir: '/home/runner/.docker' })
  }
  return { docker, calls, overlapped: () => overlapped }
}

let hub: Emulator
let ghcr: FamilyRegistry
beforeAll(async () => {
  ;[hub, ghcr] = await Promise.all([
    startEmulator(),
    startFamilyRegistry(GHCR_SPEC)
  ])
  process.env.GITHUB_STEP_SUMMARY = core.SUMMARY_FILE
})
afterAll(async () => {
  delete process.env.GITHUB_STEP_SUMMARY
  await Promise.all([hub.close(), ghcr.close()])
})
beforeEach(() => {
  hub.reset()
  ghcr.reset()
  core.resetSummary()
  core.setInputs({})
  jest.clearAllMocks()
})

/** The YAML list of a Docker Hub entry and a GHCR entry. */
function list(ghcrAccount: { username: string; secret: string }): string {
  return [
    `- username: ${PAT.username}`,
    `  password: ${PAT.secret}`,
    `- registry: ghcr.io`,
    `  username: ${ghcrAccount.username}`,
    `  password: "${ghcrAccount.secret}"`
  ].join('\n')
}

/** Runs the step with Docker Hub and ghcr.io on the emulators. */
async function runStep(
  inputs: Record<string, string>,
  docker = fakeDocker().docker,
  env: NodeJS.ProcessEnv = {}
): Promise<void> {
  core.setInputs(inputs)
  await run({
    env: {
      DOCKER_LOGIN_PREFLIGHT_HUB: hub.url,
      DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `ghcr.io=${ghcr.url}`,
      ...env
    },
    docker
  })
}

describe('registry-auth', () => {
  it('masks every password before anything else', async () => {
    await runStep({ 'registry-auth': list(GHCR_WRITE) })
    const masked = core.setSecret.mock.calls.map(([value]) => value)
    expect(masked.slice(0, 2)).toEqual([PAT.secret, GHCR_WRITE.secret])
    const lastMask = core.setSecret.mock.invocationCallOrder[1]
    for (const other of [core.setOutput, core.info, core.saveState]) {
      for (const order of other.mock.invocationCallOrder) {
        expect(order).toBeGreaterThan(lastMask)
      }
    }
    // and a list it cannot read still masks nothing it would print
    expect(core.printed()).not.toContain(GHCR_WRITE.secret)
  })

  it('masks the passwords of a list it cannot read, too', async () => {
    await runStep({
      'registry-auth': `- password: ${PAT.secret}\n  password: "${GHCR_WRITE.secret}"\n bad`
    })
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setSecret).toHaveBeenCalledWith(PAT.secret)
    expect(core.setSecret).toHaveBeenCalledWith(GHCR_WRITE.secret)
  })

  it('masks both values of a password given twice in the JSON form, which is an input error as in the YAML form', async () => {
    const { docker, calls } = fakeDocker()
    await runStep(
      {
        'registry-auth': `[{"registry":"ghcr.io","username":"${GHCR_WRITE.username}","password":"${PAT.secret}","pass\\u0077ord":"${GHCR_WRITE.secret}"}]`
      },
      docker
    )
    expect(core.setFailed.mock.calls).toEqual([
      ['Input "registry-auth", entry 1: "password" is given twice in one entry']
    ])
    expect(core.setSecret).toHaveBeenCalledWith(PAT.secret)
    expect(core.setSecret).toHaveBeenCalledWith(GHCR_WRITE.secret)
    expect(calls).toEqual([])
    expect(ghcr.requests).toEqual([])
  })

  it('logs in to both, one docker login at a time, and saves both servers', async () => {
    const { docker, calls, overlapped } = fakeDocker()
    await runStep(
      { 'registry-auth': list(GHCR_WRITE), push: 'ghcr.io/octocat/app' },
      docker
    )
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(calls.map((c) => c[1]).sort()).toEqual([ghcr.host, hub.host].sort())
    expect(overlapped()).toBe(false)
    // each registry had its own preflight
    expect(hub.requests.length).toBeGreaterThan(0)
    expect(ghcr.requests.map((r) => r.step)).toContain('upload')
    expect(core.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'personal-access-token',
      diagnoses: '{"docker.io":"ok","ghcr.io":"ok"}'
    })
    const saved = core.savedState()
    expect(JSON.parse(saved.servers as string)).toEqual([hub.host, ghcr.host])
    expect(saved).toMatchObject({ logout: 'true' })
    expect(saved.server).toBeUndefined()
    expect(core.summaryText()).toMatch(/^## ✅ Docker login to 2 registries/)
    expect(core.summaryText()).toContain(
      '### `docker.io`: ✅ Docker login succeeded'
    )
    expect(core.summaryText()).toContain(
      '### `ghcr.io`: ✅ Docker login succeeded'
    )
    expect(core.startGroup.mock.calls.map(([title]) => title)).toEqual([
      'docker login output for docker.io (exit code 0)',
      'docker login output for ghcr.io (exit code 0)'
    ])
    expect(core.printed()).not.toContain(GHCR_WRITE.secret)
    expect(core.printed()).not.toContain(PAT.secret)
  })

  it('one refused entry: its diagnosis, both in diagnoses, one error line naming it', async () => {
    const { docker, calls } = fakeDocker()
    await runStep(
      { 'registry-auth': list(GHCR_READ), push: 'ghcr.io/octocat/app' },
      docker
    )
    expect(core.outputs()).toMatchObject({
      diagnosis: 'insufficient-scope',
      'logged-in': 'true',
      'push-access': 'denied',
      diagnoses: '{"docker.io":"ok","ghcr.io":"insufficient-scope"}'
    })
    expect(core.setFailed.mock.calls).toEqual([
      [expect.stringMatching(/^ghcr\.io: GITHUB_TOKEN may not push/)]
    ])
    expect(core.error).not.toHaveBeenCalled()
    expect(calls).toHaveLength(2)
    expect(core.summaryText()).toMatch(
      /^## ❌ Docker login failed for 1 of 2 registries/
    )
    expect(core.summaryText()).toContain(
      '| `ghcr.io` | `insufficient-scope` | yes |'
    )
  })

  it('two failing entries: one error line each', async () => {
    const wrong = {
      username: PAT.username,
      secret: 'dckr_pat_nOtTh3R1ghtOn3xxxxxxxxxx'
    }
    await runStep({
      'registry-auth': [
        `- username: ${wrong.username}`,
        `  password: ${wrong.secret}`,
        `- registry: ghcr.io`,
        `  username: ${GHCR_READ.username}`,
        `  password: ${GHCR_READ.secret}`
      ].join('\n'),
      push: 'ghcr.io/octocat/app'
    })
    expect(core.setFailed.mock.calls).toHaveLength(1)
    expect(core.setFailed.mock.calls[0][0]).toMatch(/^docker\.io: /)
    expect(core.error.mock.calls).toEqual([
      [expect.stringMatching(/^ghcr\.io: /)]
    ])
    expect(core.outputs().diagnosis).not.toBe('ok')
    expect(core.printed()).not.toContain(wrong.secret)
  })

  it.each([
    [
      'combined with password',
      { 'registry-auth': list(GHCR_WRITE), password: PAT.secret },
      /^Input "registry-auth" cannot be combined with "password"/
    ],
    [
      'scope',
      { username: 'u', password: 'p', scope: 'o/a@push' },
      /^Input "scope" is not supported/
    ],
    [
      'a malformed list',
      { 'registry-auth': `- password: ${PAT.secret}\n bad` },
      /^Input "registry-auth", line 2/
    ],
    [
      'an entry no registry can take',
      {
        'registry-auth':
          '- registry: ftp://ghcr.io\n  username: u\n  password: p'
      },
      /^Input "registry-auth", entry 1 \(ftp:\/\/ghcr\.io\): /
    ],
    [
      'the same registry twice',
      { 'registry-auth': '- registry: index.docker.io\n- registry: docker.io' },
      /^Input "registry-auth": entries 1 and 2 are the same registry \(docker\.io\): one entry per registry$/
    ],
    [
      'a registry holding credentials, never quoted',
      {
        'registry-auth':
          '- registry: https://octocat:tok3n-in-the-url@ghcr.io\n  username: u\n  password: p'
      },
      /^Input "registry-auth", entry 1: "registry" holds credentials \(user:password@host\): give the host alone/
    ]
  ])(
    'an input error (%s): one line, nothing sent, nothing logged in',
    async (_name, inputs, message) => {
      const { docker, calls } = fakeDocker()
      await runStep(inputs, docker)
      expect(core.setFailed.mock.calls).toEqual([
        [expect.stringMatching(message)]
      ])
      expect(calls).toEqual([])
      expect(hub.requests).toEqual([])
      expect(ghcr.requests).toEqual([])
      expect(core.saveState).not.toHaveBeenCalled()
      expect(core.printed()).not.toContain(PAT.secret)
    }
  )

  /** A good GHCR entry first, then the entry only its own pipeline reads. */
  const after = (entry: string): string =>
    [
      `- registry: ghcr.io`,
      `  username: ${GHCR_WRITE.username}`,
      `  password: ${GHCR_WRITE.secret}`,
      entry
    ].join('\n')
  const ECR_KEYS = [
    '  username: AKIAIOSFODNN7EXAMPLE',
    '  password: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
  ].join('\n')
  const CONNECTION = '4a8c2f3e-1b7d-4c9a-8e6f-2d5b7a9c1e3f'
  it.each([
    [
      '"ecr: true" on a host that names no region',
      after(`- registry: registry.example.com\n${ECR_KEYS}\n  ecr: "true"`),
      { AWS_REGION: '', AWS_DEFAULT_REGION: '' },
      'Input "registry-auth", entry 2 (registry.example.com): "ecr" is true, but the registry host names no AWS region: set AWS_REGION for the step (aws-actions/configure-aws-credentials sets it)'
    ],
    [
      'an AWS_ACCOUNT_IDS entry that is not an account id',
      after(
        `- registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com\n${ECR_KEYS}`
      ),
      { AWS_ACCOUNT_IDS: '210987654321 345678901234' },
      'Input "registry-auth", entry 2 (123456789012.dkr.ecr.us-east-1.amazonaws.com): AWS_ACCOUNT_IDS: entry 1 is not an AWS account ID (it has a space in it): give 12-digit account IDs, separated by commas'
    ],
    [
      'a Docker Hub OIDC lifetime out of bounds',
      after('- username: myorg'),
      {
        DOCKERHUB_OIDC_CONNECTIONID: CONNECTION,
        DOCKERHUB_OIDC_EXPIREIN: '60'
      },
      'Input "registry-auth", entry 2 (docker.io): DOCKERHUB_OIDC_EXPIREIN must be a whole number of seconds from 300 to 21600, not "60"'
    ],
    [
      'a Docker Hub OIDC connection id that is not a UUID',
      after('- username: myorg'),
      { DOCKERHUB_OIDC_CONNECTIONID: 'not-a-uuid' },
      expect.stringMatching(
        /^Input "registry-auth", entry 2 \(docker\.io\): DOCKERHUB_OIDC_CONNECTIONID is not a UUID/
      )
    ]
  ])(
    "an input error only its entry's pipeline reads (%s): found before any entry sends a request or logs in, naming the entry",
    async (_name, registryAuth, env, message) => {
      const { docker, calls } = fakeDocker()
      await runStep({ 'registry-auth': registryAuth }, docker, env)
      expect(core.setFailed.mock.calls).toEqual([[message]])
      expect(calls).toEqual([])
      expect(hub.requests).toEqual([])
      expect(ghcr.requests).toEqual([])
      expect(core.saveState).not.toHaveBeenCalled()
      expect(core.printed()).not.toContain(GHCR_WRITE.secret)
    }
  )

  const HOST = 'containers.internal.mycompany.example.com'
  const LONG_HOST = `${'a'.repeat(60)}.${'b'.repeat(60)}.example.com:5000`
  /** Nineteen good entries before the one given: that one is entry 20. */
  const twentieth = (entry: string): string =>
    Array.from(
      { length: 19 },
      (_, i) =>
        `- registry: r${i + 1}.example.com\n  username: u\n  password: p`
    )
      .concat(entry)
      .join('\n')
  it.each([
    [
      'scope in entry 1, no registry named',
      '- registry: ghcr.io\n  username: u\n  password: p\n  scope: "@push"',
      {},
      `Input "registry-auth", entry 1: "scope" is not supported: login-action's scope logs in for Buildx 0.31+ only; remove it, set DOCKER_LOGIN_SCOPE_DISABLED=true, or use docker/login-action`
    ],
    [
      'an OIDC connection id that is not a UUID on the docker.io entry',
      '- registry: docker.io\n  username: myorg',
      { DOCKERHUB_OIDC_CONNECTIONID: 'not-a-uuid' },
      'Input "registry-auth", entry 1 (docker.io): DOCKERHUB_OIDC_CONNECTIONID is not a UUID (10 characters): copy the id from Docker Home → Identity & auth → OIDC connections → Edit; nothing was sent'
    ],
    [
      'an empty OIDC connection id on the twentieth entry',
      twentieth('- username: myorg'),
      { DOCKERHUB_OIDC_CONNECTIONID: '' },
      'Input "registry-auth", entry 20 (docker.io): DOCKERHUB_OIDC_CONNECTIONID is set but empty: define it for this repository as the connection\'s id (Docker Home → Identity & auth → OIDC connections)'
    ],
    [
      '"ecr: true" on a 41-character host that names no region',
      `- registry: ${HOST}\n  username: AKIAIOSFODNN7EXAMPLE\n  password: p\n  ecr: "true"`,
      { AWS_REGION: '', AWS_DEFAULT_REGION: '' },
      'Input "registry-auth", entry 1 (containers.internal.mycompany.…): "ecr" is true, but the registry host names no AWS region: set AWS_REGION for the step (aws-actions/configure-aws-credentials sets it)'
    ],
    [
      'a password over 16 KiB',
      `- registry: ${HOST}\n  username: u\n  password: ${'p'.repeat(17000)}`,
      {},
      'Input "registry-auth", entry 1 (containers.internal.mycompany.…): "password" is 17 KiB long, more than any registry accepts: store only the token or password in the secret, not a file or a key bundle'
    ],
    [
      'one long registry given twice',
      `- registry: ${LONG_HOST}\n  username: u\n  password: p\n- registry: https://${LONG_HOST}/v2/\n  username: u\n  password: q`,
      {},
      `Input "registry-auth": entries 1 and 2 are the same registry (${'a'.repeat(60)}…): one entry per registry`
    ]
  ])(
    'an input error of an entry is one line under 200 characters, a long registry cut, never the words of the fix (%s; attack-41 A41-08)',
    async (_name, registryAuth, env, message) => {
      const { docker, calls } = fakeDocker()
      await runStep({ 'registry-auth': registryAuth }, docker, env)
      expect(core.setFailed.mock.calls).toEqual([[message]])
      expect(message.length).toBeLessThan(MAX_ERROR_LINE)
      expect(calls).toEqual([])
      expect(hub.requests).toEqual([])
      expect(ghcr.requests).toEqual([])
    }
  )

  it('an oidc-connection-id beside a long registry of no OIDC: one line under 200 characters (attack-41 A41-08)', async () => {
    const { docker, calls } = fakeDocker()
    await runStep(
      {
        'registry-auth': `- registry: ${LONG_HOST}\n  username: myorg`,
        'oidc-connection-id': CONNECTION
      },
      docker
    )
    expect(core.setFailed.mock.calls).toEqual([
      [
        `Input "registry-auth", entry 1 (${'a'.repeat(13)}…): Input "oidc-connection-id" applies only with registry docker.io or empty, not "${'a'.repeat(40)}": remove it, or set a password`
      ]
    ])
    expect(calls).toEqual([])
    expect(hub.requests).toEqual([])
    expect(ghcr.requests).toEqual([])
  })
})

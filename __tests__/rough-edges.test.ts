/**
 * What a new user reads, in process (`run()` of src/main.ts with
 * `@actions/core` doubles, the emulator on loopback): a skipped login reads
 * as skipped, not failed; the summary names the registry the user named and
 * the emulator's address only in its evidence; the checks say what each
 * answer meant; the low rate-limit warning gives its numbers once; the
 * empty-secret error line stays short with a long fork name.
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
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import type { DockerCli } from '../src/docker.js'
import type { Evidence, HttpExchange } from '../src/evidence.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')
const { judge } = await import('../src/judge.js')
const { reportAction } = await import('../src/report.js')
const { analyzeInputs } = await import('../src/input-analysis.js')
const { profileById } = await import('../src/profiles/index.js')
const { MAX_ERROR_LINE } = await import('../src/remediation.js')

const PAT = ACCOUNTS.patReadWrite

/** A docker CLI that logs in (and out) without touching a config. */
const docker: DockerCli = {
  login: async () => ({ exitCode: 0, output: 'Login Succeeded' }),
  logout: async () => ({ exitCode: 0, output: '' }),
  config: () => ({ dir: '/home/runner/.docker' })
}

let emulator: Emulator
let dir: string
beforeAll(async () => {
  emulator = await startEmulator()
  dir = mkdtempSync(join(tmpdir(), 'dlp-rough-'))
  process.env.GITHUB_STEP_SUMMARY = core.SUMMARY_FILE
})
afterAll(async () => {
  delete process.env.GITHUB_STEP_SUMMARY
  rmSync(dir, { recursive: true, force: true })
  await emulator.close()
})
beforeEach(() => {
  emulator.reset()
  core.resetSummary()
})

/** Runs the step with `inputs`; Docker Hub is the emulator. */
async function runStep(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<void> {
  core.setInputs(inputs)
  await run({
    env: { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url, ...env },
    docker
  })
}

/** The event of a pull request from the fork `fork`. */
function forkPullRequest(fork: string): NodeJS.ProcessEnv {
  const path = join(dir, 'event.json')
  const payload = {
    pull_request: {
      number: 7,
      head: { repo: { full_name: fork, fork: true } },
      base: { repo: { full_name: 'octo/app' } }
    }
  }
  writeFileSync(path, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_ACTOR: 'someone',
    GITHUB_EVENT_PATH: path
  }
}

/** The summary's sections by heading (`head`: before the first `###`). */
function sections(summary: string): Record<string, string> {
  const parts = summary.split(/^(?=### )/m)
  return Object.fromEntries(
    parts.map((part, i) => [i === 0 ? 'head' : part.split('\n')[0], part])
  )
}

describe('a login skipped with skip-if-missing', () => {
  it('in a fork pull request: a neutral summary and a notice, no failure', async () => {
    await runStep(
      { username: 'octocat', password: '', 'skip-if-missing': 'true' },
      forkPullRequest('someone/app-fork')
    )
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).not.toHaveBeenCalled()
    expect(core.notice.mock.calls).toEqual([
      [
        'Docker login skipped: no credentials in this fork pull request (skip-if-missing is true). This pull_request comes from someone/app-fork: GitHub gives workflows of pull requests from forks no repository secrets.'
      ]
    ])
    const summary = core.summaryText()
    expect(summary).toMatch(
      /^## ⏭️ Docker login skipped: no credentials in this fork pull request\n\nThe password is empty and `skip-if-missing` is true: the step succeeded without logging in to `docker.io`/
    )
    expect(summary).toContain(
      'This pull_request comes from someone/app-fork: GitHub gives workflows of pull requests from forks no repository secrets.'
    )
    // no failure headline, no fix, no advice to set what is set
    expect(summary).not.toContain('❌')
    expect(summary).not.toContain('How to fix it')
    expect(summary).not.toMatch(/set `?skip-if-missing: true/i)
    expect(summary).toContain('| `docker login` | `skipped` |')
    expect(core.outputs()).toMatchObject({
      diagnosis: 'missing-credentials',
      'logged-in': 'false'
    })
  })

  it('outside a fork pull request: "no credentials"', async () => {
    await runStep({ username: '', password: '', 'skip-if-missing': 'true' })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice.mock.calls).toEqual([
      ['Docker login skipped: no credentials (skip-if-missing is true).']
    ])
    expect(core.summaryText()).toMatch(
      /^## ⏭️ Docker login skipped: no credentials\n\nThe username and password are empty and `skip-if-missing` is true/
    )
    expect(core.summaryText()).not.toContain('How to fix it')
  })

  it('on a push event: what would make it log in, neutrally', async () => {
    const path = join(dir, 'push.json')
    writeFileSync(path, '{}')
    await runStep(
      { username: 'octocat', password: '', 'skip-if-missing': 'true' },
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path }
    )
    expect(core.summaryText()).toMatch(
      /^## ⏭️ Docker login skipped: no credentials\n/
    )
    expect(core.summaryText()).toContain(
      'If this run should log in, check the secret name in the workflow'
    )
    expect(core.summaryText()).not.toMatch(/set `?skip-if-missing: true/i)
  })
})

describe('the empty-secret error line', () => {
  it('stays under 200 characters with the longest fork name, the fix whole', async () => {
    const fork = `${'o'.repeat(39)}/${'r'.repeat(100)}`
    await runStep({ username: 'octocat', password: '' }, forkPullRequest(fork))
    const [[line]] = core.setFailed.mock.calls as [[string]]
    expect(line.length).toBeLessThan(MAX_ERROR_LINE)
    expect(line).toMatch(
      /^The password is empty: set password from a secret this run can read \(fork PRs and Dependabot get none\) \(this pull_request comes from the fork o+\/…\)$/
    )
  })
})

describe('the empty-secret error line on a registry whose fix is long', () => {
  it("ECR in a fork's pull request: the fork and skip-if-missing, not configure-aws-credentials (attack-16 repro-03)", async () => {
    await runStep(
      { registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', username: '', password: '' },
      {
        ...forkPullRequest('mallory/app'),
        // the SDK finds no keys: none in the environment, no profile, no IMDS
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
        AWS_CONFIG_FILE: join(dir, 'none')
      }
    )
    const [[line]] = core.setFailed.mock.calls as [[string]]
    expect(line).toBe(
      'No credential for this Amazon ECR registry: set skip-if-missing: true, as a pull request from a fork gets no secrets and no OIDC token (this pull_request comes from the fork mallory/app)'
    )
    expect(line.length).toBeLessThan(MAX_ERROR_LINE)
  }) // prettier-ignore

  it('outside a fork, the registry keeps its own fix', async () => {
    await runStep(
      { registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', username: '', password: '' },
      { AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'), AWS_CONFIG_FILE: join(dir, 'none') }
    )
    const [[line]] = core.setFailed.mock.calls as [[string]]
    expect(line).toMatch(/^No credential for this Amazon ECR registry: run aws-actions\/configure-aws-credentials before this step/)
  }) // prettier-ignore
})

describe('the registry the user named', () => {
  it('Docker Hub: docker.io in the title, the table and the checks; the emulator only in the evidence', async () => {
    await runStep({
      username: PAT.username,
      password: PAT.secret,
      push: 'octocat/app'
    })
    const parts = sections(core.summaryText())
    expect(parts.head).toContain('Logged in to `docker.io` as `octocat`.')
    expect(parts['### Checks performed']).toContain(
      '| `Token request (GET docker.io/token)` | `200: credential accepted` |'
    )
    for (const [name, text] of Object.entries(parts)) {
      expect([name, text.includes(emulator.host)]).toEqual([
        name,
        name === '### Evidence'
      ])
    }
  })

  it('a host sent to an emulator: its name in the title, the why and the steps', async () => {
    await runStep(
      { registry: 'registry.example.com', username: 'hubber', password: 'x' },
      {
        DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `registry.example.com=${emulator.url}`
      }
    )
    const parts = sections(core.summaryText())
    expect(parts.head).toContain('registry.example.com refused')
    expect(parts['### How to fix it']).toContain('registry.example.com')
    expect(parts['### Checks performed']).toContain(
      '`Registry ping (GET registry.example.com/v2/)`'
    )
    expect(core.setFailed.mock.calls[0][0]).not.toContain(emulator.host)
    for (const [name, text] of Object.entries(parts)) {
      expect([name, text.includes(emulator.host)]).toEqual([
        name,
        name === '### Evidence'
      ])
    }
  })
})

describe('the checks table', () => {
  it('says what each answer meant: the first ping’s 401 is the challenge', async () => {
    await runStep({
      registry: emulator.host,
      username: PAT.username,
      password: PAT.secret
    })
    const checks = sections(core.summaryText())['### Checks performed']
    expect(checks).toContain(
      `| \`Registry ping (GET ${emulator.host}/v2/)\` | \`401: a challenge, as expected\` |`
    )
    expect(checks).toContain(
      `| \`Token request (GET ${emulator.host}/token)\` | \`200: credential accepted\` |`
    )
    expect(checks).not.toMatch(/\| `\d{3}` \|/)
  })

  it('a refused token request', async () => {
    await runStep({ username: 'hubber', password: 'wrong-horse' })
    expect(core.summaryText()).toContain(
      '| `Token request (GET docker.io/token)` | `401: credential refused` |'
    )
  })
})

describe('the low rate-limit warning', () => {
  it('gives the numbers once', async () => {
    const thrifty = ACCOUNTS.patRateLimitLow
    await runStep({ username: thrifty.username, password: thrifty.secret })
    expect(core.warning.mock.calls).toEqual([
      [
        'Few pulls left: cache images between jobs or authenticate every pull (3 of 200 pulls left per 6 h)'
      ]
    ])
    expect(core.summaryText()).toContain(
      '**Pull rate limit:** 3 of 200 pulls left per 6 h.'
    )
  })

  it('and the reset, when the registry says', () => {
    const rateLimit: HttpExchange = {
      step: 'rate-limit',
      method: 'HEAD',
      url: 'https://registry-1.docker.io/v2/ratelimitpreview/test/manifests/latest',
      status: 200,
      headers: {
        'ratelimit-limit': '100;w=21600',
        'ratelimit-remaining': '4;w=21600',
        'ratelimit-reset': '5400'
      },
      attempts: 1
    }
    const evidence: Evidence = {
      registry: {
        input: 'docker.io',
        server: 'docker.io',
        profile: 'docker-hub'
      },
      username: PAT.username,
      input: analyzeInputs(PAT.username, PAT.secret, profileById('docker-hub')),
      preflight: 'ran',
      exchanges: [],
      push: [],
      rateLimit,
      cli: { exitCode: 0, output: 'Login Succeeded' },
      skipped: false
    }
    const report = reportAction(judge(evidence), evidence, { logout: true })
    expect(report.warnings).toEqual([
      'Few pulls left: cache images between jobs or authenticate every pull (4 of 100 pulls left per 6 h, resets in 1 h 30 min)'
    ])
    expect(report.summary?.rateLimit).toBe(
      '**Pull rate limit:** 4 of 100 pulls left per 6 h, resets in 1 h 30 min.'
    )
  })
})

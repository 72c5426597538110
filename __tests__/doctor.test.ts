/**
 * `doctor` in process, on temporary docker configs: entries in the file,
 * in a `credsStore` whose helper is a script on PATH written by the test,
 * `credHelpers` naming a helper that is missing, ECR tokens past and within
 * their expiry, a malformed and a missing config; the helper's `get` as
 * docker runs it (argv, stdin, environment); the command line's exit codes
 * and that no stored secret is printed in any form; and the action's
 * `stale-docker-config` warning from the same reading of the config.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { secretForms } from '../scripts/runner.js'
import { main } from '../src/cli.js'
import { dockerCli } from '../src/docker.js'
import { staleEntry } from '../src/docker-config.js'
import {
  AT_ONCE,
  doctor,
  doctorText,
  helperGet,
  type DoctorEntry,
  type DoctorReport
} from '../src/doctor.js'
import type { Evidence } from '../src/evidence.js'
import { analyzeInputs } from '../src/input-analysis.js'
import { judge } from '../src/judge.js'
import { DOCKER_HUB } from '../src/profiles/index.js'
import { Secrets } from '../src/redact.js'

const HUB_KEY = 'https://index.docker.io/v1/'
const ECR_HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const FILE_SECRET = 'dckr_pat_FileStoredSecret0123456789'
const HELPER_SECRET = 'helper-kept-Secret-0123456789'

/** An ECR token as `aws ecr get-login-password` prints it. */
function ecrToken(expiresInSeconds: number): string {
  const expiration = Math.floor(Date.now() / 1000) + expiresInSeconds
  return Buffer.from(
    JSON.stringify({
      payload: 'c2VjcmV0LXBheWxvYWQtYnl0ZXM=',
      datakey: 'ZGF0YWtleQ==',
      version: '2',
      type: 'DATA_KEY',
      expiration
    })
  ).toString('base64')
}

function auth(username: string, secret: string): { auth: string } {
  return { auth: Buffer.from(`${username}:${secret}`).toString('base64') }
}

/** A temporary HOME with a docker config directory and a bin for helpers. */
class Sandbox {
  readonly dir = mkdtempSync(join(tmpdir(), 'dlp-doctor-'))
  readonly config = join(this.dir, 'docker-config')
  readonly bin = join(this.dir, 'bin')
  /** what the helpers were run with, one line per run */
  readonly helperLog = join(this.dir, 'helper.log')

  constructor() {
    mkdirSync(this.config)
    mkdirSync(this.bin)
    writeFileSync(this.helperLog, '')
  }

  get env(): NodeJS.ProcessEnv {
    return {
      PATH: `${this.bin}:/usr/bin:/bin`,
      HOME: this.dir,
      DOCKER_CONFIG: this.config,
      // never asked: only a test that checks sends a request, to nothing
      DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: 'registry.example=http://127.0.0.1:1',
      INPUT_PASSWORD: 'an-input-the-helper-must-not-see'
    }
  }

  writeConfig(json: unknown): void {
    writeFileSync(join(this.config, 'config.json'), JSON.stringify(json))
  }

  /**
   * A credential helper on PATH: it logs its argv, stdin and whether it
   * saw INPUT_PASSWORD, then answers `get` with `answer` (or fails).
   */
  writeHelper(name: string, answer: string, exitCode = 0): void {
    const file = join(this.bin, `docker-credential-${name}`)
    writeFileSync(
      file,
      [
        '#!/bin/sh',
        'host=$(cat)',
        `printf '%s|%s|%s\\n' "$*" "$host" "\${INPUT_PASSWORD:-none}" >> '${this.helperLog}'`,
        `printf '%s' '${answer}'`,
        `exit ${exitCode}`,
        ''
      ].join('\n')
    )
    chmodSync(file, 0o755)
  }

  helperRuns(): string[] {
    return readFileSync(this.helperLog, 'utf8').split('\n').filter(Boolean)
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

const sandboxes: Sandbox[] = []
afterEach(() => {
  for (const box of sandboxes.splice(0)) box.remove()
})

function sandbox(): Sandbox {
  const box = new Sandbox()
  sandboxes.push(box)
  return box
}

async function runDoctor(
  box: Sandbox,
  check = false
): Promise<{ report: DoctorReport; secrets: Secrets }> {
  const secrets = new Secrets()
  const report = await doctor(
    { check, retries: 0, timeoutSeconds: 2 },
    { env: box.env, docker: dockerCli(box.env), secrets }
  )
  return { report, secrets }
}

/** The command line in process: exit code, stdout, stderr. */
async function cli(
  box: Sandbox,
  args: string[]
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const exitCode = await main(args, {
    stdin: async () => '',
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: box.env
  })
  return { exitCode, stdout, stderr }
}

function entryOf(report: DoctorReport, registry: string): DoctorEntry {
  const found = report.entries.find((entry) => entry.registry === registry)
  if (!found) throw new Error(`no entry ${registry}`)
  return found
}

function expectNoSecret(text: string, username: string, secret: string): void {
  for (const form of secretForms(username, secret)) {
    expect(text).not.toContain(form)
  }
}

describe('doctor reads the docker config', () => {
  it('lists file entries with where they live, and no finding', async () => {
    const box = sandbox()
    box.writeConfig({
      auths: {
        [HUB_KEY]: auth('octocat', FILE_SECRET),
        'ghcr.io': {}
      }
    })
    const { report } = await runDoctor(box)
    expect(report.found).toBe(true)
    expect(report.config).toBe(join(box.config, 'config.json'))
    expect(report.ok).toBe(true)
    expect(report.entries).toEqual([
      {
        registry: HUB_KEY,
        profile: 'docker-hub',
        storedIn: 'file',
        helper: null,
        helperFound: null,
        findings: []
      },
      {
        registry: 'ghcr.io',
        profile: 'ghcr',
        storedIn: 'file',
        helper: null,
        helperFound: null,
        findings: [],
        detail: 'no credential stored: docker pulls anonymously'
      }
    ])
    expectNoSecret(JSON.stringify(report), 'octocat', FILE_SECRET)
  })

  // docs/registries.md §13qq (h): GitHub's Container registry of the
  // Enterprise Server the runner belongs to, and of GHE.com
  it("reads a GitHub Enterprise Server's and GHE.com's Container registry as GHCR", async () => {
    const box = sandbox()
    box.writeConfig({ auths: { 'containers.ghes.example.com': {}, 'containers.octo.ghe.com': {}, 'containers.other.example.com': {} } })
    const env = { ...box.env, GITHUB_SERVER_URL: 'https://ghes.example.com' }
    const report = await doctor({ check: false, retries: 0, timeoutSeconds: 2 }, { env, docker: dockerCli(env), secrets: new Secrets() })
    expect(report.entries.map((e) => [e.registry, e.profile])).toEqual([
      ['containers.ghes.example.com', 'ghcr'],
      ['containers.octo.ghe.com', 'ghcr'],
      ['containers.other.example.com', 'generic']
    ])
  }) // prettier-ignore

  it('names the credsStore helper of every entry, found on PATH, and reads no secret without --check', async () => {
    const box = sandbox()
    box.writeHelper('fake', '{"Username":"u","Secret":"never-read"}')
    box.writeConfig({ credsStore: 'fake', auths: { 'quay.io': {} } })
    const { report } = await runDoctor(box)
    expect(report.ok).toBe(true)
    expect(
      report.entries.map((e) => [
        e.registry,
        e.storedIn,
        e.helper,
        e.helperFound
      ])
    ).toEqual([
      ['quay.io', 'credsStore', 'fake', true],
      ['*', 'credsStore', 'fake', true]
    ])
    expect(box.helperRuns()).toEqual([])
  })

  it('finds a credHelpers helper and a credsStore missing from PATH', async () => {
    const box = sandbox()
    box.writeConfig({
      credsStore: 'desktop-nowhere',
      credHelpers: { 'gcr.io': 'gcloud-nowhere' }
    })
    const { report } = await runDoctor(box)
    expect(report.ok).toBe(false)
    expect(entryOf(report, 'gcr.io')).toMatchObject({
      storedIn: 'credHelpers',
      helper: 'gcloud-nowhere',
      helperFound: false,
      findings: ['helper-missing'],
      detail: 'docker-credential-gcloud-nowhere is not on PATH'
    })
    expect(entryOf(report, '*')).toMatchObject({
      storedIn: 'credsStore',
      helper: 'desktop-nowhere',
      helperFound: false,
      findings: ['helper-missing']
    })
    const run = await cli(box, ['doctor'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[2]).toMatch(/^REGISTRY +STORED IN +HELPER ON PATH +FINDING$/)
    expect(run.stdout).toMatch(
      /^gcr\.io +credHelpers \(gcloud-nowhere\) +no +helper-missing — /m
    )
    expect(run.stdout).toContain(
      'helper-missing: its credential helper is not on PATH'
    )
  })

  // attack round 41 (A41-06): GitHub's runner reads a log line that starts
  // with `::` (after its leading spaces) as a workflow command
  it('never starts a line with a key that reads as a workflow command', async () => {
    const box = sandbox()
    const keys = [
      '::stop-commands::pwned',
      '::error title=Docker config::rotate every secret now',
      '  \t::warning::a key with leading blanks'
    ]
    box.writeConfig({
      auths: { [keys[0]]: auth('u', FILE_SECRET), [keys[1]]: {}, [keys[2]]: {}, 'ghcr.io': {} }
    })
    const run = await cli(box, ['doctor'])
    expect(run.stdout.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
    expect(run.stdout).toMatch(/^"::stop-commands::pwned" +file +- +ok$/m)
    expect(run.stdout).toMatch(/^"::error title=Docker config::rotate every secret now" +file /m)
    expect(run.stdout).toMatch(/^"::warning::a key with leading blanks" +file /m)
    expect(run.stdout).toMatch(/^ghcr\.io +file /m)
    // --json keeps each key as the config has it
    const json = JSON.parse((await cli(box, ['doctor', '--json'])).stdout) as DoctorReport
    expect(json.entries.map((entry) => entry.registry)).toEqual([...keys, 'ghcr.io'])
  }) // prettier-ignore

  it('finds an ECR token past its expiry, not one within it', async () => {
    const box = sandbox()
    const expired = ecrToken(-60)
    const fresh = ecrToken(6 * 3600)
    box.writeConfig({
      auths: {
        [ECR_HOST]: auth('AWS', expired),
        '210987654321.dkr.ecr.us-east-1.amazonaws.com': auth('AWS', fresh)
      }
    })
    const { report } = await runDoctor(box)
    expect(report.ok).toBe(false)
    const stale = entryOf(report, ECR_HOST)
    expect(stale.profile).toBe('ecr')
    expect(stale.findings).toEqual(['ecr-token-expired'])
    expect(Date.parse(stale.expiresAt ?? '')).toBeLessThan(Date.now())
    const ok = entryOf(report, '210987654321.dkr.ecr.us-east-1.amazonaws.com')
    expect(ok.findings).toEqual([])
    expect(Date.parse(ok.expiresAt ?? '')).toBeGreaterThan(Date.now())
    const run = await cli(box, ['doctor', '--json'])
    expect(run.exitCode).toBe(1)
    expectNoSecret(run.stdout, 'AWS', expired)
    expectNoSecret(run.stdout, 'AWS', fresh)
    const json = JSON.parse(run.stdout) as DoctorReport
    expect(json.ok).toBe(false)
    expect(Object.keys(json).sort()).toEqual([
      'config',
      'entries',
      'found',
      'ok'
    ])
  })

  it('finds an auth that does not decode', async () => {
    const box = sandbox()
    box.writeConfig({ auths: { 'registry.example': { auth: '!!not base64' } } })
    const { report } = await runDoctor(box)
    expect(entryOf(report, 'registry.example').findings).toEqual([
      'unreadable-entry'
    ])
  })

  it('a missing config is no docker config, exit 0', async () => {
    const box = sandbox()
    const run = await cli(box, ['doctor'])
    expect(run).toEqual({
      exitCode: 0,
      stdout: `Docker config ${join(box.config, 'config.json')}: no docker config. Nothing to check.\n`,
      stderr: ''
    })
    const json = await cli(box, ['doctor', '--json'])
    expect(json.exitCode).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({
      config: join(box.config, 'config.json'),
      found: false,
      reason: 'no docker config',
      entries: [],
      ok: true
    })
  })

  it('an unreadable config is no docker config either, exit 0, with the reason', async () => {
    const box = sandbox()
    // a directory where the file should be: unreadable for root too
    mkdirSync(join(box.config, 'config.json'))
    const run = await cli(box, ['doctor'])
    expect(run).toEqual({
      exitCode: 0,
      stdout: `Docker config ${join(box.config, 'config.json')}: no docker config: it cannot be read (EISDIR). Nothing to check.\n`,
      stderr: ''
    })
  })

  // attack round 12: DOCKER_CONFIG naming a file, where docker fails every
  // login (mkdir …: not a directory): not "no docker config"
  it('DOCKER_CONFIG naming a file: the config cannot be read (ENOTDIR), with the reason', async () => {
    const box = sandbox()
    const file = join(box.config, 'a-file')
    writeFileSync(file, '')
    let stdout = ''
    await main(['doctor', '--json'], {
      stdin: async () => '',
      stdout: (text) => (stdout += text),
      stderr: () => {},
      env: { ...box.env, DOCKER_CONFIG: file }
    })
    expect(JSON.parse(stdout)).toMatchObject({
      found: false,
      reason: 'no docker config: it cannot be read (ENOTDIR)'
    })
  })

  it('a config that is JSON but not an object is a usage error too', async () => {
    const box = sandbox()
    box.writeConfig(['auths'])
    const run = await cli(box, ['doctor', '--json'])
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('is not a JSON object')
  })

  it('a malformed config is a usage error naming the file, exit 2, no stack trace', async () => {
    const box = sandbox()
    writeFileSync(join(box.config, 'config.json'), '{"auths": {')
    const run = await cli(box, ['doctor'])
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `The docker config ${join(box.config, 'config.json')} is not valid JSON: docker cannot read it either; fix or remove the file\n`
    )
  })

  it.each([['empty', ''], ['blank', '\n\t \n']])('an %s config is an empty config, as docker reads it: found, no entry, exit 0', async (_name, text) => {
    const box = sandbox()
    writeFileSync(join(box.config, 'config.json'), text)
    const run = await cli(box, ['doctor', '--json'])
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toMatchObject({ found: true, entries: [], ok: true })
  }) // prettier-ignore

  it('refuses the options of check and login, exit 2', async () => {
    const box = sandbox()
    for (const args of [
      ['doctor', '--username', 'x'],
      ['doctor', '--password-stdin'],
      ['doctor', '--timeout', 'soon']
    ]) {
      const run = await cli(box, args)
      expect(run.exitCode).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).not.toMatch(/^\s+at /m)
      // an option of check and login is unknown here, before anything is read
      if (args[1] !== '--timeout') {
        expect(run.stderr.split('\n')[0]).toBe(`Unknown option ${args[1]}.`)
      }
    }
    const check = await cli(box, ['check', '--check'])
    expect(check.exitCode).toBe(2)
    expect(check.stderr.split('\n')[0]).toBe('Unknown option --check.')
  })
})

describe('doctor --check', () => {
  it('reads a helper-stored credential with get, the host on stdin, and checks it', async () => {
    const box = sandbox()
    box.writeHelper(
      'fake',
      JSON.stringify({
        ServerURL: 'registry.example',
        Username: 'robot',
        Secret: HELPER_SECRET
      })
    )
    box.writeConfig({ credHelpers: { 'registry.example': 'fake' } })
    const { report, secrets } = await runDoctor(box, true)
    // argv `get` alone, the host on stdin, the step inputs not in its env
    expect(box.helperRuns()).toEqual(['get|registry.example|none'])
    const entry = entryOf(report, 'registry.example')
    // sent to 127.0.0.1:1 (DOCKER_LOGIN_PREFLIGHT_ENDPOINTS): no answer
    expect(entry.check).toEqual({ diagnosis: 'registry-unreachable' })
    expect(entry.findings).toEqual(['check-inconclusive'])
    expect(secrets.redact(`x ${HELPER_SECRET} y`)).toBe('x *** y')
    const run = await cli(box, ['doctor', '--check', '--retries', '0'])
    expect(run.exitCode).toBe(1)
    expectNoSecret(`${run.stdout}${run.stderr}`, 'robot', HELPER_SECRET)
  })

  it('a helper that fails, and one that stores nothing', async () => {
    const box = sandbox()
    box.writeHelper('broken', `oops ${HELPER_SECRET}`, 3)
    box.writeHelper('empty', 'credentials not found in native keychain', 1)
    box.writeConfig({
      credHelpers: { 'a.example': 'broken', 'b.example': 'empty' }
    })
    const { report } = await runDoctor(box, true)
    expect(entryOf(report, 'a.example')).toMatchObject({
      findings: ['helper-failed'],
      detail: 'docker-credential-broken get exited with code 3'
    })
    expect(entryOf(report, 'b.example')).toMatchObject({
      findings: [],
      detail: 'no credential stored: docker pulls anonymously'
    })
    expect(entryOf(report, 'b.example').check).toBeUndefined()
    expectNoSecret(doctorText(report), 'x', HELPER_SECRET)
  })

  // attack round 12: nothing was sent, so no registry refused anything
  it('a credential decided offline (an empty secret, a key that is no registry address) is no stale login', async () => {
    const box = sandbox()
    box.writeHelper('blank', JSON.stringify({ ServerURL: 'c.example', Username: 'robot', Secret: '' }))
    box.writeConfig({
      credHelpers: { 'c.example': 'blank' },
      auths: { 'not a host!': auth('robot', HELPER_SECRET) }
    })
    const { report } = await runDoctor(box, true)
    for (const key of ['c.example', 'not a host!']) {
      const entry = entryOf(report, key)
      expect(entry.findings).toEqual(['check-inconclusive'])
      expect(entry.detail).toMatch(/^not sent to the registry: the stored credential itself is (missing|malformed)-credentials$/)
    }
  }) // prettier-ignore

  it('an expired ECR token is refused offline: no request, one finding', async () => {
    const box = sandbox()
    box.writeConfig({ auths: { [ECR_HOST]: auth('AWS', ecrToken(-3600)) } })
    const { report } = await runDoctor(box, true)
    expect(entryOf(report, ECR_HOST)).toMatchObject({
      findings: ['ecr-token-expired'],
      check: { diagnosis: 'token-expired' }
    })
  })

  it(`examines ${AT_ONCE} entries at a time, all of them: a config of many entries never runs them all at once`, async () => {
    const box = sandbox()
    const file = join(box.bin, 'docker-credential-slow')
    // each run notes its start and end; it stores nothing for the host
    writeFileSync(
      file,
      `#!/bin/sh\ncat >/dev/null\necho start >> '${box.helperLog}'\nsleep 0.2\necho end >> '${box.helperLog}'\necho 'credentials not found in native keychain'\nexit 1\n`
    )
    chmodSync(file, 0o755)
    const hosts = Array.from({ length: 3 * AT_ONCE }, (_, i) => `r${i}.example`)
    box.writeConfig({ credHelpers: Object.fromEntries(hosts.map((h) => [h, 'slow'])) })
    const { report } = await runDoctor(box, true)
    expect(report.entries.map((entry) => entry.registry)).toEqual(hosts)
    const runs = box.helperRuns()
    expect(runs.filter((line) => line === 'start')).toHaveLength(hosts.length)
    let running = 0
    let most = 0
    for (const line of runs) {
      running += line === 'start' ? 1 : -1
      most = Math.max(most, running)
    }
    expect(most).toBeLessThanOrEqual(AT_ONCE)
    expect(most).toBeGreaterThan(1)
  }) // prettier-ignore

  it('stops a helper that does not answer', async () => {
    const box = sandbox()
    const file = join(box.bin, 'docker-credential-slow')
    writeFileSync(file, '#!/bin/sh\nexec sleep 30\n')
    chmodSync(file, 0o755)
    const started = Date.now()
    const answer = await helperGet(
      'docker-credential-slow',
      'x.example',
      box.env,
      200
    )
    expect(answer).toEqual({
      error: 'docker-credential-slow get did not answer in 200 ms'
    })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('stops the children of a helper that does not answer, which hold its output open', async () => {
    const box = sandbox()
    const pidFile = join(box.dir, 'child.pid')
    const file = join(box.bin, 'docker-credential-parent')
    writeFileSync(file, `#!/bin/sh\nsleep 30 &\necho $! > '${pidFile}'\nwait\n`)
    chmodSync(file, 0o755)
    const answer = await helperGet('docker-credential-parent', 'x.example', box.env, 300)
    expect(answer).toEqual({ error: 'docker-credential-parent get did not answer in 300 ms' })
    const child = Number(readFileSync(pidFile, 'utf8'))
    expect(child).toBeGreaterThan(0)
    // the child is gone (SIGKILL to the helper's process group): no such
    // process, or a zombie nobody reaped yet
    await new Promise((done) => setTimeout(done, 100))
    const state = existsSync(`/proc/${child}/status`) ? /^State:\s+(\S)/m.exec(readFileSync(`/proc/${child}/status`, 'utf8'))?.[1] : 'gone'
    expect(['gone', 'Z']).toContain(state)
  }) // prettier-ignore

  it('stops a helper that writes more than a credential, without keeping it', async () => {
    const box = sandbox()
    const file = join(box.bin, 'docker-credential-flood')
    writeFileSync(file, '#!/bin/sh\nexec yes AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n')
    chmodSync(file, 0o755)
    const started = Date.now()
    const answer = await helperGet('docker-credential-flood', 'x.example', box.env, 10_000)
    expect(answer).toEqual({ error: 'docker-credential-flood get wrote more than 1024 KiB, more than a credential' })
    expect(Date.now() - started).toBeLessThan(5_000)
  }) // prettier-ignore
})

describe('the action warns of a stale entry for its registry', () => {
  /** The evidence of a login the registry accepted, with a stale entry. */
  function evidence(
    staleConfig: Evidence['staleConfig'],
    cliExit = 0
  ): Evidence {
    return {
      registry: {
        input: 'docker.io',
        server: 'docker.io',
        profile: 'docker-hub'
      },
      username: 'octocat',
      input: analyzeInputs('octocat', FILE_SECRET, DOCKER_HUB),
      preflight: 'skipped',
      exchanges: [],
      push: [],
      skipped: false,
      cli: {
        exitCode: cliExit,
        output:
          cliExit === 0
            ? 'Login Succeeded'
            : 'error getting credentials - err: exec: "docker-credential-x": executable file not found in $PATH'
      },
      ...(staleConfig ? { staleConfig } : {})
    }
  }

  it('staleEntry reads a missing helper and an expired ECR token for the server', () => {
    const box = sandbox()
    box.writeConfig({
      credHelpers: { 'gcr.io': 'gone' },
      auths: {
        [ECR_HOST]: auth('AWS', ecrToken(-60)),
        [HUB_KEY]: auth('octocat', FILE_SECRET)
      }
    })
    expect(staleEntry(box.env, 'gcr.io')).toEqual({
      finding: 'helper-missing',
      detail: `the docker config ${join(box.config, 'config.json')} names docker-credential-gone for gcr.io (credHelpers["gcr.io"]), which is not on PATH`
    })
    expect(staleEntry(box.env, ECR_HOST)?.finding).toBe('ecr-token-expired')
    expect(staleEntry(box.env, 'docker.io')).toBeUndefined()
    expect(staleEntry(box.env, 'quay.io')).toBeUndefined()
    writeFileSync(join(box.config, 'config.json'), 'not json')
    expect(staleEntry(box.env, ECR_HOST)).toBeUndefined()
  })

  it('judge: warning stale-docker-config with its evidence line', () => {
    const detail = 'the docker config /x/config.json names docker-credential-x'
    const verdict = judge(evidence({ finding: 'helper-missing', detail }))
    expect(verdict.warnings).toContain('stale-docker-config')
    expect(verdict.evidence).toContain(
      `${detail} (docker-login-preflight doctor)`
    )
    expect(judge(evidence(undefined)).warnings).not.toContain(
      'stale-docker-config'
    )
  })

  it("staleEntry and judge: gcloud's helper keeps no login, warning helper-ignores-login once docker said it stored it (attack-31 repro-03)", () => {
    const box = sandbox()
    box.writeConfig({ credHelpers: { 'us-docker.pkg.dev': 'gcloud', 'gcr.io': 'gcr' } })
    const bin = mkdtempSync(join(tmpdir(), 'dlp-gcloud-'))
    writeFileSync(join(bin, 'docker-credential-gcloud'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    const found = staleEntry({ ...box.env, PATH: bin }, 'us-docker.pkg.dev')
    expect(found).toEqual({
      finding: 'helper-ignores-login',
      detail: `the docker config ${join(box.config, 'config.json')} names docker-credential-gcloud for us-docker.pkg.dev (credHelpers["us-docker.pkg.dev"]), which keeps no docker login: later pulls and pushes send gcloud's account token`
    })
    // not on PATH: that is what docker login meets first
    expect(staleEntry({ ...box.env, PATH: '' }, 'us-docker.pkg.dev')?.finding).toBe('helper-missing')
    // only gcloud's own helper is known to keep nothing
    writeFileSync(join(bin, 'docker-credential-gcr'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    expect(staleEntry({ ...box.env, PATH: bin }, 'gcr.io')).toBeUndefined()
    rmSync(bin, { recursive: true })
    const ignores = { finding: 'helper-ignores-login' as const, detail: 'the docker config /x/config.json names docker-credential-gcloud' }
    const verdict = judge(evidence(ignores))
    expect(verdict.warnings).toContain('helper-ignores-login')
    expect(verdict.evidence).toContain(ignores.detail)
    // a login docker did not store: nothing was ignored
    expect(judge(evidence(ignores, 1)).warnings).not.toContain('helper-ignores-login')
  }) // prettier-ignore

  it('judge: no warning when the failure already names the helper', () => {
    const verdict = judge(
      evidence({ finding: 'helper-missing', detail: 'x' }, 1)
    )
    expect(verdict.diagnosis).toBe('credential-store-error')
    expect(verdict.warnings).not.toContain('stale-docker-config')
  })
})

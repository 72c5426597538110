/**
 * `doctor` end to end: the bundle of the current source run as a user runs
 * it (`node <bundle>/cli/index.js doctor`), a temporary DOCKER_CONFIG
 * holding a good and a refused Docker Hub credential and one kept by a
 * credential helper on PATH, and the Docker Hub emulator answering for
 * every registry. And the bundled action's `stale-docker-config` warning
 * for an expired ECR token the runner's config holds for its registry.
 */
import { expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import {
  bundlePath,
  leaks,
  runAction,
  secretForms,
  type Workspace
} from '../scripts/runner.js'
import type { DoctorReport } from '../src/doctor.js'

const session = emulatorSession()
const GOOD = ACCOUNTS.patReadWrite
const REFUSED = ACCOUNTS.wrongPassword
const HUB_KEY = 'https://index.docker.io/v1/'
/** a registry whose credential a helper keeps; sent to the emulator */
const HELPER_HOST = 'registry.example'

function auth(username: string, secret: string): { auth: string } {
  return { auth: Buffer.from(`${username}:${secret}`).toString('base64') }
}

/** The config: a good Hub login, a refused one, one a helper keeps. */
function writeConfig(ws: Workspace): void {
  writeFileSync(
    join(ws.dockerConfig, 'config.json'),
    JSON.stringify({
      auths: {
        [HUB_KEY]: auth(GOOD.username, GOOD.secret),
        [session.emulator.host]: auth(REFUSED.username, REFUSED.secret)
      },
      credHelpers: { [HELPER_HOST]: 'e2e' }
    })
  )
  // the helper answers `get` with the good credential, and logs its argv
  // and stdin (never its answer)
  const helper = join(ws.bin, 'docker-credential-e2e')
  writeFileSync(
    helper,
    [
      '#!/bin/sh',
      'host=$(cat)',
      `printf '%s|%s\\n' "$*" "$host" >> '${join(ws.dir, 'helper.log')}'`,
      `printf '{"ServerURL":"%s","Username":"${GOOD.username}","Secret":"${GOOD.secret}"}' "$host"`,
      ''
    ].join('\n')
  )
  chmodSync(helper, 0o755)
}

interface BinRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** `docker-login-preflight <args>` from the bundle, in the workspace. */
async function doctorBin(ws: Workspace, args: string[]): Promise<BinRun> {
  const child = spawn(process.execPath, [bundlePath('cli'), ...args], {
    cwd: ws.dir,
    env: {
      PATH: `${ws.bin}:${process.env.PATH ?? ''}`,
      HOME: ws.dir,
      DOCKER_CONFIG: ws.dockerConfig,
      DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url,
      DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${HELPER_HOST}=${session.emulator.url}`
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const exitCode = await new Promise<number | null>((done) =>
    child.on('close', (code) => done(code))
  )
  ws.transcripts.push(stdout, stderr)
  return { exitCode, stdout, stderr }
}

function expectNoSecrets(run: BinRun): void {
  const printed = `${run.stdout}\n${run.stderr}`
  for (const account of [GOOD, REFUSED]) {
    for (const form of secretForms(account.username, account.secret)) {
      expect(printed).not.toContain(form)
    }
  }
}

describeE2e('doctor, bundled', () => {
  it('lists the entries without a request: a table, exit 0', async () => {
    const ws = session.workspace()
    writeConfig(ws)
    const run = await doctorBin(ws, ['doctor'])
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(
      `Docker config: ${join(ws.dockerConfig, 'config.json')}`
    )
    expect(lines[2]).toMatch(/^REGISTRY +STORED IN +HELPER ON PATH +FINDING$/)
    expect(lines[3]).toMatch(/^https:\/\/index\.docker\.io\/v1\/ +file +- +ok$/)
    expect(lines[4]).toMatch(/^127\.0\.0\.1:\d+ +file +- +ok$/)
    expect(lines[5]).toMatch(
      /^registry\.example +credHelpers \(e2e\) +yes +ok$/
    )
    expect(run.stdout).toContain('All is well: no stale entry found.')
    expect(session.emulator.requests).toEqual([])
    // no helper was run without --check
    expect(existsSync(join(ws.dir, 'helper.log'))).toBe(false)
    expectNoSecrets(run)
  })

  it('--check --json: the refused login is stale-login, exit 1, no secret printed', async () => {
    const ws = session.workspace()
    writeConfig(ws)
    const run = await doctorBin(ws, ['doctor', '--check', '--json'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
    const report = JSON.parse(run.stdout) as DoctorReport
    expect(report.ok).toBe(false)
    expect(
      report.entries.map((e) => ({
        registry: e.registry,
        storedIn: e.storedIn,
        helper: e.helper,
        helperFound: e.helperFound,
        findings: e.findings,
        check: e.check
      }))
    ).toEqual([
      {
        registry: HUB_KEY,
        storedIn: 'file',
        helper: null,
        helperFound: null,
        findings: [],
        check: { diagnosis: 'ok' }
      },
      {
        registry: session.emulator.host,
        storedIn: 'file',
        helper: null,
        helperFound: null,
        findings: ['stale-login'],
        check: { diagnosis: 'invalid-credentials' }
      },
      {
        registry: HELPER_HOST,
        storedIn: 'credHelpers',
        helper: 'e2e',
        helperFound: true,
        findings: [],
        check: { diagnosis: 'ok' }
      }
    ])
    // docker's way: `get` alone on the command line, the host on stdin
    expect(readFileSync(join(ws.dir, 'helper.log'), 'utf8')).toBe(
      `get|${HELPER_HOST}\n`
    )
    // each credential reached the registry (the emulator), none docker
    expect(session.emulator.requests.length).toBeGreaterThanOrEqual(3)
    expect(ws.dockerArgv()).toEqual([])
    expectNoSecrets(run)
  })

  it('--check prints the table with the finding and its fix, exit 1', async () => {
    const ws = session.workspace()
    writeConfig(ws)
    const run = await doctorBin(ws, ['doctor', '--check'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(
      /^127\.0\.0\.1:\d+ +file +- +stale-login \(checked: invalid-credentials\) — the registry refuses it/m
    )
    expect(run.stdout).toContain(
      'stale-login: the registry refuses the stored credential'
    )
    expectNoSecrets(run)
  })
})

describeE2e('the action and a stale docker config', () => {
  it('warns stale-docker-config for an expired ECR token stored for its registry, and logs in', async () => {
    const ws = session.workspace()
    const expired = Buffer.from(
      JSON.stringify({
        payload: 'cGF5bG9hZA==',
        datakey: 'ZGF0YWtleQ==',
        version: '2',
        type: 'DATA_KEY',
        expiration: Math.floor(Date.now() / 1000) - 3600
      })
    ).toString('base64')
    writeFileSync(
      join(ws.dockerConfig, 'config.json'),
      JSON.stringify({
        auths: { [session.emulator.host]: auth('AWS', expired) }
      })
    )
    const result = await runAction(
      'main',
      ws,
      { username: GOOD.username, password: GOOD.secret },
      { DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url }
    )
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      warnings: 'stale-docker-config',
      'logged-in': 'true'
    })
    expect(result.warnings).toEqual([
      '::warning::A stale docker config entry: run docker-login-preflight doctor on the runner, and fix or remove its docker config entry for docker.io'
    ])
    expect(ws.summary()).toContain('that expired at')
    expect(leaks(ws, GOOD.username, GOOD.secret)).toEqual([])
    expect(leaks(ws, 'AWS', expired)).toEqual([])
  })
})

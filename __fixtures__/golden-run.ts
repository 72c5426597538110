/**
 * Runs golden scenarios through the source, in process: the action's
 * gather → judge → report (the real docker CLI, the emulators on loopback,
 * a workspace of its own per scenario, so scenarios may run at once), and
 * the command line's `main` with its I/O seam.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../emulator/server.js'
import { main as cliMain } from '../src/cli.js'
import { dockerCli } from '../src/docker.js'
import { InputError } from '../src/errors.js'
import { gather } from '../src/gather.js'
import { readInputs } from '../src/inputs.js'
import { judge } from '../src/judge.js'
import { Secrets } from '../src/redact.js'
import {
  reportAction,
  reportInputError,
  type ActionReport
} from '../src/report.js'
import { renderSummary } from '../src/summary.js'
import {
  fill,
  normalise,
  normaliseCli,
  type CliRecord,
  type CliScenario,
  type GoldenRecord,
  type Places,
  type Scenario
} from './golden.js'

/** A temporary directory with a docker config and a bin of its own. */
function workspace(): { dir: string; dockerConfig: string; bin: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-golden-'))
  const dockerConfig = join(dir, 'docker-config')
  const bin = join(dir, 'bin')
  mkdirSync(dockerConfig)
  mkdirSync(bin)
  return { dir, dockerConfig, bin }
}

/** The record of a report, as a user would read it. */
export function recordOf(report: ActionReport): GoldenRecord {
  return {
    exitCode: report.failure === undefined ? 0 : 1,
    outputs: report.outputs,
    errors: report.failure === undefined ? [] : [report.failure],
    warnings: report.warnings,
    notices: report.notice ? [report.notice] : [],
    // the runner's summary file ends the block with a line break
    summary: report.summary ? `${renderSummary(report.summary)}\n` : ''
  }
}

/** Runs one scenario with an emulator of its own. */
export async function runScenario(
  scenario: Scenario,
  basic: string
): Promise<GoldenRecord> {
  const emulator = await startEmulator({ faults: scenario.faults ?? [] })
  const ws = workspace()
  const places: Places = {
    emulator: emulator.host,
    basic,
    workspace: ws.dir
  }
  try {
    const env: NodeJS.ProcessEnv = {
      PATH: `${ws.bin}:${process.env.PATH ?? ''}`,
      HOME: ws.dir,
      DOCKER_CONFIG: ws.dockerConfig
    }
    if (scenario.hub !== false) env.DOCKER_LOGIN_PREFLIGHT_HUB = emulator.url
    if (scenario.event) {
      const path = join(ws.dir, 'event.json')
      writeFileSync(path, JSON.stringify(scenario.event.payload))
      env.GITHUB_EVENT_NAME = scenario.event.name
      env.GITHUB_EVENT_PATH = path
      env.GITHUB_ACTOR = scenario.event.actor
      env.GITHUB_REPOSITORY = 'octo/app'
    }
    if (scenario.dockerConfig) {
      writeFileSync(
        join(ws.dockerConfig, 'config.json'),
        fill(JSON.stringify(scenario.dockerConfig), places)
      )
    }
    for (const [name, body] of Object.entries(scenario.helpers ?? {})) {
      writeFileSync(join(ws.bin, name), `#!/bin/sh\n${body}`, { mode: 0o755 })
    }
    if (scenario.unwritableConfig) {
      const file = join(ws.dir, 'a-file')
      writeFileSync(file, 'not a directory\n')
      env.DOCKER_CONFIG = join(file, 'docker-config')
    }
    // the runner trims input values
    const read = (name: string): string =>
      fill(scenario.inputs[name] ?? '', places).trim()
    let report: ActionReport
    try {
      const inputs = readInputs(read)
      const evidence = await gather(
        { ...inputs, login: true },
        { env, docker: dockerCli(env), secrets: new Secrets() }
      )
      report = reportAction(judge(evidence), evidence, {
        logout: inputs.logout
      })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      report = reportInputError(error.message)
    }
    return normalise(recordOf(report), places)
  } finally {
    await emulator.close()
    rmSync(ws.dir, { recursive: true, force: true })
  }
}

/** Runs one command-line scenario with an emulator of its own. */
export async function runCliScenario(
  scenario: CliScenario,
  basic: string
): Promise<CliRecord> {
  const emulator = await startEmulator()
  const ws = workspace()
  try {
    let stdout = ''
    let stderr = ''
    const env = {
      PATH: `${ws.bin}:${process.env.PATH ?? ''}`,
      HOME: ws.dir,
      DOCKER_CONFIG: ws.dockerConfig,
      DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url
    }
    const exitCode = await cliMain(scenario.args, {
      stdin: async () => scenario.stdin,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env
    })
    return normaliseCli(
      { exitCode, stdout, stderr },
      { emulator: emulator.host, basic, workspace: ws.dir }
    )
  } finally {
    await emulator.close()
    rmSync(ws.dir, { recursive: true, force: true })
  }
}

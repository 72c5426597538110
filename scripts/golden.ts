/**
 * `tsx scripts/golden.ts`: records the golden behaviour of every scenario
 * of `__fixtures__/golden.ts` into `__tests__/golden/` by running the
 * bundled action and command line (dist/) against the emulators, with the
 * real docker CLI. Run it only to record a deliberate change of behaviour,
 * and say why in the commit.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  CLI_SCENARIOS,
  fill,
  normalise,
  normaliseCli,
  recordName,
  SCENARIOS,
  type CliRecord,
  type CliScenario,
  type GoldenRecord,
  type Places,
  type Scenario
} from '../__fixtures__/golden.js'
import { startBasicRegistry } from '../emulator/basic-registry.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { bundlePath, ensureBundle, runAction, Workspace } from './runner.js'

/** Turns workflow-command data back into the text it escapes. */
function unescape(data: string): string {
  return data
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%25', '%')
}

function commands(stdout: string, name: string): string[] {
  const prefix = `::${name}::`
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => unescape(line.slice(prefix.length)))
}

/** Runs a scenario through the bundled main step. */
export async function runBundleScenario(
  scenario: Scenario,
  emulator: Emulator,
  places: Omit<Places, 'workspace'>
): Promise<GoldenRecord> {
  const ws = new Workspace()
  const at: Places = { ...places, workspace: ws.dir }
  try {
    emulator.reset()
    emulator.setFaults(scenario.faults ?? [])
    const env: Record<string, string> = {}
    if (scenario.hub !== false) {
      env.DOCKER_LOGIN_PREFLIGHT_HUB = emulator.url
    }
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
        fill(JSON.stringify(scenario.dockerConfig), at)
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
    const inputs = Object.fromEntries(
      Object.entries(scenario.inputs).map(([k, v]) => [k, fill(v, at)])
    )
    const result = await runAction('main', ws, inputs, env)
    return normalise(
      {
        exitCode: result.exitCode,
        outputs: ws.outputs(),
        errors: commands(result.stdout, 'error'),
        warnings: commands(result.stdout, 'warning'),
        notices: commands(result.stdout, 'notice'),
        summary: ws.summary()
      },
      at
    )
  } finally {
    ws.remove()
  }
}

/** Runs a command-line scenario through the bundled bin. */
export async function runBundleCli(
  scenario: CliScenario,
  emulator: Emulator,
  places: Omit<Places, 'workspace'>
): Promise<CliRecord> {
  await ensureBundle()
  const ws = new Workspace()
  try {
    emulator.reset()
    const child = spawn(
      process.execPath,
      [bundlePath('cli'), ...scenario.args],
      {
        env: {
          PATH: `${ws.bin}:${process.env.PATH ?? ''}`,
          HOME: ws.dir,
          DOCKER_CONFIG: ws.dockerConfig,
          DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url
        },
        stdio: ['pipe', 'pipe', 'pipe']
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.stdin.on('error', () => undefined)
    child.stdin.end(scenario.stdin)
    const exitCode = await new Promise<number>((done) =>
      child.on('close', (code) => done(code ?? -1))
    )
    return normaliseCli(
      { exitCode, stdout, stderr },
      { ...places, workspace: ws.dir }
    )
  } finally {
    ws.remove()
  }
}

async function main(): Promise<void> {
  const emulator = await startEmulator()
  const basic = await startBasicRegistry()
  const places = { emulator: emulator.host, basic: basic.host }
  const action: Record<string, GoldenRecord> = {}
  const cli: Record<string, CliRecord> = {}
  try {
    for (const scenario of SCENARIOS) {
      const name = recordName(scenario)
      if (name in action) throw new Error(`duplicate scenario ${name}`)
      action[name] = await runBundleScenario(scenario, emulator, places)
      process.stdout.write('.')
    }
    for (const scenario of CLI_SCENARIOS) {
      const name = recordName({ name: scenario.name, inputs: {} })
      if (name in cli) throw new Error(`duplicate scenario ${name}`)
      cli[name] = await runBundleCli(scenario, emulator, places)
      process.stdout.write('.')
    }
  } finally {
    await emulator.close()
    await basic.close()
  }
  mkdirSync(join('__tests__', 'golden'), { recursive: true })
  writeFileSync(
    join('__tests__', 'golden', 'action.json'),
    `${JSON.stringify(action, null, 2)}\n`
  )
  writeFileSync(
    join('__tests__', 'golden', 'cli.json'),
    `${JSON.stringify(cli, null, 2)}\n`
  )
  console.log(
    `\n${Object.keys(action).length} action and ${Object.keys(cli).length} command-line records written to __tests__/golden/`
  )
}

if (process.argv[1]?.endsWith('golden.ts')) await main()

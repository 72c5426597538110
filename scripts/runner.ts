/**
 * Runs the bundled action (`node <bundle>/<entry>/index.js`) the way the
 * GitHub runner does: inputs as INPUT_* variables, file commands for outputs,
 * state and summary, a temporary DOCKER_CONFIG, and the real docker CLI. A
 * `docker` shim on PATH records each invocation's argv and then runs the real
 * CLI, so tests can prove that no secret was ever on a command line.
 *
 * The bundle is always one of the current src/, never the committed dist/:
 * under Jest the one globalSetup built (DLP_BUNDLE), elsewhere (demo, bench,
 * the golden recorder) one built for this process (ensureBundle).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
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

/** The bundled entries: the action's two steps and the command line. */
export type Entry = 'main' | 'post' | 'cli'

/** Set by Jest in every test process, in band or in a worker. */
function insideJest(): boolean {
  return process.env.JEST_WORKER_ID !== undefined
}

/** The bundle Jest's globalSetup built. */
function jestBundle(): string {
  const dir = process.env.DLP_BUNDLE
  if (!dir) {
    throw new Error(
      'DLP_BUNDLE is not set: the end-to-end tests run the bundle that ' +
        "jest.config.js's globalSetup (__fixtures__/global-setup.js) builds " +
        'from src/, never dist/. Run them through `npm test` or jest with ' +
        'that config.'
    )
  }
  return dir
}

let building: Promise<string> | undefined
let built: string | undefined

/**
 * The directory of a bundle of the current src/: under Jest the one
 * globalSetup built; elsewhere one built into a temporary directory on the
 * first call (removed when the process exits) and reused after.
 */
export function ensureBundle(): Promise<string> {
  if (insideJest()) return Promise.resolve(jestBundle())
  building ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-bundle-'))
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
    const { bundle } = await import('./bundle.js')
    await bundle(dir)
    built = dir
    return dir
  })()
  return building
}

/**
 * The path of an entry's bundled index.js. Under Jest it is in DLP_BUNDLE
 * (an error when that is unset); elsewhere `await ensureBundle()` first.
 */
export function bundlePath(entry: Entry): string {
  let dir: string
  if (insideJest()) dir = jestBundle()
  else if (built) dir = built
  else throw new Error(`bundlePath('${entry}'): await ensureBundle() first`)
  return join(dir, entry, 'index.js')
}

/** The real docker CLI on PATH, or undefined when it is not installed. */
export function findDocker(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v docker'], {
    encoding: 'utf8'
  })
  const path = found.stdout.trim()
  return found.status === 0 && path ? path : undefined
}

/**
 * Whether tests that need the docker CLI can run. Under CI=true a missing
 * CLI is an error; elsewhere those tests are skipped with a visible notice.
 */
export function dockerAvailable(): boolean {
  if (findDocker()) return true
  const message =
    'The docker CLI is not installed: the end-to-end tests need it ' +
    '(install docker.io or docker-ce-cli).'
  if (process.env.CI === 'true') throw new Error(message)
  console.warn(`NOTICE: skipping end-to-end tests. ${message}`)
  return false
}

/** One runner workspace: temp dirs and files shared by main and post. */
export class Workspace {
  readonly dir: string
  readonly dockerConfig: string
  readonly outputFile: string
  readonly stateFile: string
  readonly summaryFile: string
  readonly argvLog: string
  /** the environment each docker command ran with, for the secret scan */
  readonly envLog: string
  /**
   * `NAME=value` of the environment runAction gave the step: the runner's,
   * not the action's doing, so not counted in docker's environment
   */
  readonly stepEnv = new Set<string>()
  readonly bin: string
  /** everything each run printed, for the secret scan */
  readonly transcripts: string[] = []

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'dlp-e2e-'))
    this.dockerConfig = join(this.dir, 'docker-config')
    mkdirSync(this.dockerConfig)
    this.outputFile = join(this.dir, 'output')
    this.stateFile = join(this.dir, 'state')
    this.summaryFile = join(this.dir, 'summary.md')
    this.argvLog = join(this.dir, 'docker-argv.log')
    this.envLog = join(this.dir, 'docker-env.log')
    for (const file of [this.outputFile, this.stateFile, this.summaryFile]) {
      writeFileSync(file, '')
    }
    this.bin = join(this.dir, 'bin')
    mkdirSync(this.bin)
    const docker = findDocker()
    if (docker) {
      const shim = join(this.bin, 'docker')
      writeFileSync(
        shim,
        `#!/bin/sh\nprintf '%s\\n' "docker $*" >> '${this.argvLog}'\n` +
          `env >> '${this.envLog}'\n` +
          `exec '${docker}' "$@"\n`
      )
      chmodSync(shim, 0o755)
    }
  }

  /** The docker config.json, parsed, or undefined when there is none. */
  dockerConfigJson(): Record<string, unknown> | undefined {
    const file = join(this.dockerConfig, 'config.json')
    if (!existsSync(file)) return undefined
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  }

  /** The keys of `auths` in the docker config. */
  authKeys(): string[] {
    const auths = this.dockerConfigJson()?.auths
    return auths && typeof auths === 'object' ? Object.keys(auths) : []
  }

  /** Step outputs written so far. */
  outputs(): Record<string, string> {
    return parseFileCommand(readFileSync(this.outputFile, 'utf8'))
  }

  /** State saved so far. */
  state(): Record<string, string> {
    return parseFileCommand(readFileSync(this.stateFile, 'utf8'))
  }

  summary(): string {
    return readFileSync(this.summaryFile, 'utf8')
  }

  /** The argv of every docker command the action ran. */
  dockerArgv(): string[] {
    if (!existsSync(this.argvLog)) return []
    return readFileSync(this.argvLog, 'utf8').split('\n').filter(Boolean)
  }

  /** Every artifact a run produced, named, for the secret scan. */
  artifacts(): Record<string, string> {
    // `::add-mask::VALUE` is how a value is masked: the runner consumes the
    // line and never shows it. Every other line counts.
    const printed = this.transcripts
      .join('\n')
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
    return {
      transcripts: printed.join('\n'),
      summary: this.summary(),
      outputs: readFileSync(this.outputFile, 'utf8'),
      state: readFileSync(this.stateFile, 'utf8'),
      'docker argv': this.dockerArgv().join('\n'),
      'docker env': existsSync(this.envLog)
        ? readFileSync(this.envLog, 'utf8')
            .split('\n')
            .filter((line) => !this.stepEnv.has(line))
            .join('\n')
        : ''
    }
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/** What one run of an entry produced. */
export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
  /** `::error::` lines the run printed */
  errors: string[]
  /** `::warning::` lines the run printed */
  warnings: string[]
}

/** Inputs by their action.yml names. */
export type ActionInputs = Record<string, string>

/**
 * Runs `node <bundle>/<entry>/index.js` with the workspace and inputs. The
 * post step gets the state the main step saved, as the runner passes it.
 */
export async function runAction(
  entry: 'main' | 'post',
  workspace: Workspace,
  inputs: ActionInputs,
  extraEnv: Record<string, string | undefined> = {},
  options: {
    /** the script to run instead of this bundle's entry (the bench) */
    script?: string
    /** a command to run it under, e.g. `/usr/bin/time -f …` */
    prefix?: string[]
    /** hears the process once spawned (a test that signals it) */
    onSpawn?: (child: ChildProcess) => void
  } = {}
): Promise<RunResult> {
  const env: Record<string, string> = {
    PATH: `${workspace.bin}:${process.env.PATH ?? ''}`,
    HOME: workspace.dir,
    RUNNER_TEMP: workspace.dir,
    GITHUB_OUTPUT: workspace.outputFile,
    GITHUB_STATE: workspace.stateFile,
    GITHUB_STEP_SUMMARY: workspace.summaryFile,
    GITHUB_ACTIONS: 'true',
    DOCKER_CONFIG: workspace.dockerConfig
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  if (entry === 'post') {
    for (const [name, value] of Object.entries(workspace.state())) {
      env[`STATE_${name}`] = value
    }
  }
  for (const [name, value] of Object.entries(extraEnv)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  for (const [name, value] of Object.entries(env)) {
    workspace.stepEnv.add(`${name}=${value}`)
  }
  if (!options.script) await ensureBundle()
  const argv = [
    ...(options.prefix ?? []),
    process.execPath,
    options.script ?? bundlePath(entry)
  ]
  const child = spawn(argv[0], argv.slice(1), {
    env,
    cwd: workspace.dir,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  options.onSpawn?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const exitCode = await new Promise<number>((done) =>
    child.on('close', (code) => done(code ?? -1))
  )
  workspace.transcripts.push(stdout, stderr)
  const lines = stdout.split('\n')
  return {
    exitCode,
    stdout,
    stderr,
    errors: lines.filter((l) => l.startsWith('::error::')),
    warnings: lines.filter((l) => l.startsWith('::warning::'))
  }
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_STATE file: `name<<DELIM`, value lines,
 * `DELIM`, as @actions/core writes them (and `name=value` lines).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) {
        value.push(lines[i])
      }
      values[name] = value.join('\n')
      continue
    }
    const pair = /^([^=]+)=(.*)$/.exec(lines[i])
    if (pair) values[pair[1]] = pair[2]
  }
  return values
}

/** The forms a secret could leak in: plain, base64, and in a Basic header. */
export function secretForms(username: string, secret: string): string[] {
  return [
    secret,
    Buffer.from(secret).toString('base64'),
    Buffer.from(`${username}:${secret}`).toString('base64')
  ]
}

/**
 * Names the artifacts in which a form of the secret appears: an empty list
 * is the only acceptable result.
 */
export function leaks(
  workspace: Workspace,
  username: string,
  secret: string
): string[] {
  const found: string[] = []
  const forms = secretForms(username, secret).filter((f) => f.length >= 4)
  for (const [name, text] of Object.entries(workspace.artifacts())) {
    for (const form of forms) {
      if (text.includes(form)) found.push(name)
    }
  }
  return found
}

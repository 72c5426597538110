/**
 * The docker CLI: `docker login --password-stdin` and `docker logout`. The
 * secret goes to the CLI's standard input only, never into its argv or
 * environment. The CLI's output is captured for the diagnosis, not printed
 * (the gatherer redacts it with the run's secrets). The user's docker config keeps every key
 * and value it had: the CLI rewrites the file and drops keys it does not
 * know, so they are put back, and only the entry of the server logged in to
 * changes.
 */
import * as exec from '@actions/exec'
import {
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { CliResult, DockerConfigEvidence } from './evidence.js'

/** Where the CLI keeps Docker Hub's login in `auths`. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/'

/** The docker CLI as the steps use it; tests may replace it. */
export interface DockerCli {
  /** `docker login --password-stdin` */
  login(server: string, username: string, password: string): Promise<CliResult>
  logout(server: string): Promise<CliResult>
  /** the docker config directory and the helper it names for a server */
  config(server: string): DockerConfigEvidence
}

/** The real docker CLI, run in `env` (without the step's inputs). */
export function dockerCli(env: NodeJS.ProcessEnv = process.env): DockerCli {
  const childEnv = withoutInputs(env)
  const dir = configDir(env)
  return {
    async login(server, username, password) {
      const before = readConfig(dir)
      const result = await run(
        ['login', '--username', username, '--password-stdin', server],
        { input: Buffer.from(password), env: childEnv }
      )
      restoreConfig(dir, before, authKey(server))
      return result
    },
    async logout(server) {
      const before = readConfig(dir)
      const result = await run(['logout', server], { env: childEnv })
      restoreConfig(dir, before, authKey(server))
      return result
    },
    config(server) {
      const helper = credentialHelper(dir, server)
      return { dir, helper: helper?.program, setting: helper?.setting }
    }
  }
}

/**
 * The environment without the step's inputs (`INPUT_PASSWORD` holds the
 * secret): docker and the credential helpers it starts need none of them.
 */
function withoutInputs(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !name.startsWith('INPUT_')) kept[name] = value
  }
  return kept
}

/** The docker config directory: `$DOCKER_CONFIG`, else `~/.docker`. */
function configDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker')
}

/** The key of `auths` (and `credHelpers`) the CLI uses for a server. */
function authKey(server: string): string {
  return server === 'docker.io' || server === 'index.docker.io'
    ? DOCKER_HUB_KEY
    : server
}

/** The credential helper the docker config names for a server. */
interface CredentialHelper {
  /** the executable, e.g. `docker-credential-pass` */
  program: string
  /** the setting that names it, e.g. `credsStore` */
  setting: string
}

/**
 * The credential helper docker uses for a server: its `credHelpers` entry,
 * else `credsStore`; undefined when the config names none or is unreadable.
 */
function credentialHelper(
  dir: string,
  server: string
): CredentialHelper | undefined {
  const config = readConfig(dir)?.json
  if (!config) return undefined
  const key = authKey(server)
  const helpers = config.credHelpers
  if (isObject(helpers)) {
    for (const name of [key, server]) {
      const helper = helpers[name]
      if (typeof helper === 'string' && helper) {
        return {
          program: `docker-credential-${helper}`,
          setting: `credHelpers["${name}"]`
        }
      }
    }
  }
  const store = config.credsStore
  if (typeof store === 'string' && store) {
    return { program: `docker-credential-${store}`, setting: 'credsStore' }
  }
  return undefined
}

async function run(
  args: string[],
  options: { input?: Buffer; env: Record<string, string> }
): Promise<CliResult> {
  try {
    const result = await exec.getExecOutput('docker', args, {
      ...options,
      ignoreReturnCode: true,
      silent: true
    })
    return {
      exitCode: result.exitCode,
      output: joinOutput(result.stdout, result.stderr)
    }
  } catch (error) {
    // exec throws when the executable cannot be found or started.
    const message = error instanceof Error ? error.message : String(error)
    return { exitCode: 127, output: message }
  }
}

function joinOutput(stdout: string, stderr: string): string {
  return [stdout.trim(), stderr.trim()].filter(Boolean).join('\n')
}

/** The docker config as read before the CLI rewrites it. */
interface ConfigSnapshot {
  file: string
  json: Record<string, unknown>
}

function readConfig(dir: string): ConfigSnapshot | undefined {
  const file = join(dir, 'config.json')
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return isObject(json) ? { file, json } : undefined
  } catch {
    return undefined
  }
}

/**
 * Puts back what the CLI dropped or rewrote: every key and value of the
 * config as it was, but `auths[key]` as the CLI left it (logged in or
 * out). Keys the CLI added stay. Never throws: on failure the CLI's file
 * stays as it wrote it.
 */
function restoreConfig(
  dir: string,
  before: ConfigSnapshot | undefined,
  key: string
): void {
  if (!before) return
  const after = readConfig(dir)?.json
  if (!after) return
  const merged: Record<string, unknown> = { ...after, ...before.json }
  const oldAuths = isObject(before.json.auths) ? before.json.auths : {}
  const newAuths = isObject(after.auths) ? after.auths : {}
  const auths: Record<string, unknown> = { ...newAuths, ...oldAuths }
  if (key in newAuths) auths[key] = newAuths[key]
  else delete auths[key]
  if ('auths' in before.json || Object.keys(auths).length > 0) {
    merged.auths = auths
  } else {
    delete merged.auths
  }
  if (sameJson(merged, after)) return
  let temporary: string | undefined
  try {
    const file = realpathSync(before.file)
    const mode = statSync(file).mode & 0o777
    temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(merged, null, '\t'), { mode })
    renameSync(temporary, file)
  } catch {
    if (temporary) rmSync(temporary, { force: true })
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep equality of parsed JSON values, whatever the key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameJson(item, b[index]))
    )
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => k in b && sameJson(a[k], b[k]))
    )
  }
  return a === b
}

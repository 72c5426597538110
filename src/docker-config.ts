/**
 * The docker config as `doctor` and the action read it: the file
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`), the
 * credential an `auths` entry holds, whether a credential helper is on
 * PATH, and the stale entry for one server (warning `stale-docker-config`).
 * Nothing here prints or returns a secret but `fileCredential`, whose
 * callers add it to the run's secrets.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import {
  authKey,
  configDir,
  helperOf,
  readConfigFile,
  type ConfigRead
} from './docker.js'
import { InputError } from './errors.js'
import { ecrTokenExpiry } from './profiles/ecr.js'
import { isRecord } from './protocol.js'

/** The docker config as doctor reads it: never a malformed one. */
export type { ConfigRead }

/**
 * Reads `$DOCKER_CONFIG/config.json` (else `~/.docker/config.json`). A
 * missing or unreadable file is reported as such; a file that is not a
 * JSON object is an InputError (docker itself refuses it).
 */
export function readDockerConfig(
  env: NodeJS.ProcessEnv
): Exclude<ConfigRead, { status: 'malformed' }> {
  const read = readConfigFile(join(configDir(env), 'config.json'))
  if (read.status === 'malformed') {
    throw new InputError(
      `The docker config ${read.file} ${read.reason}: docker cannot read it either; fix or remove the file`
    )
  }
  return read
}

/**
 * The credential helper docker picks itself when its config names none
 * (docker/cli cli/config/credentials, DetectDefaultStore): on Linux `pass`
 * when pass and docker-credential-pass are both on PATH, `secretservice`
 * when pass is not and docker-credential-secretservice is; on macOS
 * `osxkeychain`, on Windows `wincred`, when its helper is on PATH
 * (docs/registries.md §13rr (u); attack-28 repro-01). With pass on PATH
 * but not its helper, docker 28 stores in the file and later versions use
 * secretservice: none is named (attack-30 repro-03).
 */
export function defaultStore(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): string | undefined {
  const has = (name: string): boolean =>
    onPath(`docker-credential-${name}`, env, platform)
  const own = { darwin: 'osxkeychain', win32: 'wincred' }[platform as string]
  if (own) return has(own) ? own : undefined
  if (onPath('pass', env)) return has('pass') ? 'pass' : undefined
  return has('secretservice') ? 'secretservice' : undefined
}

/**
 * PATH's directories as Go's filepath.SplitList reads them: on Windows a
 * `;` inside double quotes does not split, and the quotes are dropped
 * (path/filepath/path_windows.go; attack-68, below its bar).
 */
function pathDirs(path: string, platform: NodeJS.Platform): string[] {
  if (platform !== 'win32') return path.split(delimiter)
  const dirs: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i <= path.length; i++) {
    if (path[i] === '"') quoted = !quoted
    else if (i === path.length || (path[i] === ';' && !quoted)) {
      dirs.push(path.slice(start, i).replaceAll('"', ''))
      start = i + 1
    }
  }
  return dirs
}

/**
 * Whether an executable named `program` is in a directory of PATH. On
 * Windows, as Go's exec.LookPath: the name with each PATHEXT extension
 * (lower-cased, a missing dot added; `.com;.exe;.bat;.cmd` when PATHEXT is
 * unset or empty), and the name itself where it already ends in one
 * (`desktop.exe`, a WSL config's helper; attack-66 and attack-68, below
 * their bar).
 */
export function onPath(
  program: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): boolean {
  const dirs = pathDirs(env.PATH ?? env.Path ?? '', platform).filter(Boolean)
  const exts = (env.PATHEXT || '.com;.exe;.bat;.cmd')
    .toLowerCase()
    .split(';')
    .filter(Boolean)
    .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`))
  const own = exts.some((ext) => program.toLowerCase().endsWith(ext))
  const names =
    platform === 'win32'
      ? [...(own ? [program] : []), ...exts.map((ext) => `${program}${ext}`)]
      : [program]
  return dirs.some((dir) =>
    names.some((name) => {
      const path = join(dir, name)
      try {
        accessSync(path, constants.X_OK)
        return statSync(path).isFile()
      } catch {
        return false
      }
    })
  )
}

/** A credential as docker stores it. */
export interface Credential {
  username: string
  secret: string
  /** an `identitytoken` (OAuth refresh token): the preflight cannot use it */
  identityToken?: boolean
}

/**
 * The credential an `auths` entry holds in the file: its `auth` (base64 of
 * `username:password`), or `username` and `password`. Undefined when it
 * holds none; `unreadable` when `auth` does not decode.
 */
export function fileCredential(
  entry: unknown
): Credential | 'unreadable' | undefined {
  if (!isRecord(entry)) return undefined
  const identityToken =
    typeof entry.identitytoken === 'string' && entry.identitytoken !== ''
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(entry.auth)
      ? Buffer.from(entry.auth, 'base64').toString('utf8')
      : ''
    const colon = decoded.indexOf(':')
    if (colon <= 0) return 'unreadable'
    return {
      username: decoded.slice(0, colon),
      secret: identityToken
        ? String(entry.identitytoken)
        : decoded.slice(colon + 1),
      ...(identityToken ? { identityToken } : {})
    }
  }
  if (typeof entry.username === 'string' && entry.username !== '') {
    return {
      username: entry.username,
      secret: typeof entry.password === 'string' ? entry.password : ''
    }
  }
  return undefined
}

/**
 * What the action warns of before it logs in: the runner's docker config
 * already holds a stale entry for the server — its credential helper is
 * not on PATH, or its stored ECR token has expired — or names gcloud's
 * helper for it, which keeps no login.
 */
export interface StaleConfig {
  finding: 'helper-missing' | 'ecr-token-expired' | 'helper-ignores-login'
  /** one line for the evidence, never a secret */
  detail: string
}

/** The stale entry of the docker config for `server`, if any. Never throws. */
export function staleEntry(
  env: NodeJS.ProcessEnv,
  server: string,
  now = Date.now()
): StaleConfig | undefined {
  let read: ConfigRead
  try {
    read = readDockerConfig(env)
  } catch {
    return undefined // malformed: docker login says so itself
  }
  if (read.status !== 'ok') return undefined
  const key = authKey(server)
  const helper = helperOf(read.json, server)
  if (helper && !onPath(helper.program, env)) {
    return {
      finding: 'helper-missing',
      detail: `the docker config ${read.file} names ${helper.program} for ${key} (${helper.setting}), which is not on PATH`
    }
  }
  if (helper?.program === 'docker-credential-gcloud') {
    // gcloud's helper answers `store` and `erase` with exit code 0 and
    // keeps nothing: docker login "succeeds", and every later pull and
    // push sends gcloud's account token (`get`), not the credential the
    // login checked (google-cloud-sdk surface/auth/docker_helper.py,
    // docs/registries.md §13ss (b); attack-31 repro-03)
    return {
      finding: 'helper-ignores-login',
      detail: `the docker config ${read.file} names ${helper.program} for ${key} (${helper.setting}), which keeps no docker login: later pulls and pushes send gcloud's account token`
    }
  }
  if (helper) return undefined
  const auths = isRecord(read.json.auths) ? read.json.auths : {}
  const credential = fileCredential(auths[key] ?? auths[server])
  if (!credential || credential === 'unreadable') return undefined
  const expiry = ecrTokenExpiry(credential.secret)
  if (expiry === undefined || expiry > now) return undefined
  return {
    finding: 'ecr-token-expired',
    detail: `the docker config ${read.file} holds an ECR token for ${key} that expired at ${new Date(expiry).toISOString()}`
  }
}

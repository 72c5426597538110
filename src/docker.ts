/**
 * The docker CLI: `docker login --password-stdin` and `docker logout`. The
 * secret goes to the CLI's standard input only, never into its argv or
 * environment. The CLI's output is captured for the diagnosis, not printed
 * (the gatherer redacts it with the run's secrets). `docker logout` is
 * stopped after LOGOUT_TIMEOUT_MS. The user's docker config keeps every key
 * and value it had: the CLI rewrites the file and drops keys it does not
 * know, so they are put back, and only the entry of the server logged in to
 * changes — also when other runs of the action share the file (see
 * withConfigLock).
 */
import { spawn } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  lstatSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { constants, homedir, hostname } from 'node:os'
import { join } from 'node:path'
import { nodeCrypto } from './builtins.js'
import type { CliResult, DockerConfigEvidence } from './evidence.js'
import { isRecord } from './protocol.js'
import type { Secrets } from './redact.js'

/** Where the CLI keeps Docker Hub's login in `auths`. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/'

/**
 * How long `docker logout` may take before it is killed: a credential
 * helper waiting on a keyring would otherwise hold the post step until the
 * job's timeout. The post step's logouts together take at most
 * POST_BUDGET_MS (src/post.ts).
 */
export const LOGOUT_TIMEOUT_MS = 20_000

/**
 * How long a step waits for another run of the action that uses the same
 * docker config to finish its docker command; then it goes on unlocked.
 * A holder that is a live process of this host is waited for until its
 * lock is stale (LOCK_STALE_MS): a docker login on a slow registry holds
 * it for as long as docker waits (15 s a request, an endpoint after
 * another), and a run that went on unlocked would have its entry written
 * over by the holder's docker.
 */
const LOCK_WAIT_MS = 10_000

/** A docker logout is given at least this long, whatever is left. */
const MIN_LOGOUT_MS = 1_000

/** A lock this old was left by a run that died holding it. */
const LOCK_STALE_MS = 60_000

/** The lock file in the docker config directory (see withConfigLock). */
export const LOCK_FILE = '.docker-login-preflight.lock'

/** A docker command under way that a cancelled step stops (`stopDocker`). */
interface Running {
  server: string
  /**
   * kills docker with what it started (its process group), puts back what
   * it dropped of the config, and says whether the login may have stored
   * a credential for the server
   */
  stop: () => boolean
}

/**
 * What a cancelled step must stop before it exits (`stopDocker`): each
 * docker login given its password and each docker logout not done, and
 * each lock this process holds.
 */
const inFlight = new Set<Running>()
const heldLocks = new Set<() => void>()

/**
 * Stops, for certain, every docker login given its password and every
 * docker logout of this process that has not finished: each is killed with
 * the credential helper it started (its process group), and the docker
 * config is put back as the command's own end would have put it (keys
 * docker does not know, other runs' entries); then the locks held are
 * released. Called when the job is cancelled (the runner's SIGINT, then
 * SIGTERM, to this process alone), before the step exits: a docker left
 * running would write its entry after the step (the main step's post step
 * already run), or drop keys with no restore after it. Returns the logins
 * stopped, each with whether it may have stored a credential: an entry for
 * the server is in the config now (docker writes it, empty with a
 * credential helper, once the login is stored).
 */
export function stopDocker(): { server: string; stored: boolean }[] {
  const stopped = [...inFlight].map(({ server, stop }) => ({
    server,
    stored: stop()
  }))
  inFlight.clear()
  for (const release of heldLocks) release()
  heldLocks.clear()
  return stopped
}

/**
 * The signals that end this process and must stop docker first: a
 * cancelled job or Ctrl-C (SIGINT, then SIGTERM, to this process alone), a
 * closed terminal or a dropped SSH connection (SIGHUP), Ctrl+backslash
 * (SIGQUIT, which Windows does not have).
 */
const STOPPING_SIGNALS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  ...(process.platform === 'win32' ? [] : (['SIGQUIT'] as const))
] as const

/**
 * On a signal of STOPPING_SIGNALS, `stop` (by default stopDocker) runs,
 * then the process ends as Node would end it. Every entry that may run
 * docker installs it first.
 */
export function stopOnSignals(stop: () => void = stopDocker): void {
  for (const signal of STOPPING_SIGNALS) {
    process.once(signal, () => {
      stop()
      process.exit(128 + constants.signals[signal])
    })
  }
}

/**
 * After docker exits, how long its output may stay open (a process it
 * started that kept it), as `@actions/exec` allowed.
 */
const OUTPUT_GRACE_MS = 10_000

/** The docker CLI as the steps use it; tests may replace it. */
export interface DockerCli {
  /**
   * `docker login --password-stdin`; `writing`, when given, is called as
   * docker is given the password, under the config lock, with whether the
   * config held an entry for the server then
   */
  login(
    server: string,
    username: string,
    password: string,
    writing?: Writing
  ): Promise<CliResult>
  /**
   * `docker logout -- <server>`, stopped after its time limit
   * (LOGOUT_TIMEOUT_MS), or after `withinMs` when that is less
   */
  logout(server: string, withinMs?: number): Promise<LogoutResult>
  /** the docker config directory and the helper it names for a server */
  config(server: string): DockerConfigEvidence
  /** whether the docker config holds a login entry (`auths`) for the server */
  hasEntry?(server: string): boolean
  /**
   * `docker login --password-stdin`, started now to pay its start-up while
   * the preflight runs: it reads its password before any network, and gets
   * it only by `send`; `cancel` stops it for certain
   */
  startLogin?(server: string, username: string): PendingLogin
}

/**
 * Called as docker is given the password, under the config lock: whether
 * the config held an entry for the server just before docker writes it.
 */
export type Writing = (hadEntry: boolean) => void

/** A docker login waiting for its password. */
export interface PendingLogin {
  send(password: string, writing?: Writing): Promise<CliResult>
  cancel(): Promise<void>
}

/** What `docker logout` did. */
export interface LogoutResult extends CliResult {
  /** set when docker did not finish in time and was killed: the limit */
  timedOutAfterMs?: number
}

/** Limits of the real docker CLI; tests shorten them. */
export interface DockerLimits {
  /** default LOGOUT_TIMEOUT_MS */
  logoutTimeoutMs?: number
  /** default LOCK_WAIT_MS */
  lockWaitMs?: number
}

/**
 * Which variables docker must not get: `keepOut(value, name)` is true for
 * one that holds a secret of the run (Secrets.holds), or that the main step
 * named (the post step's state).
 */
export type KeepOut = (value: string, name: string) => boolean

/**
 * The real docker CLI, run in `env` (as dockerEnv leaves it, without the
 * variables `keepOut` names, asked as each command starts: a secret added
 * after this call is kept out too).
 */
export function dockerCli(
  env: NodeJS.ProcessEnv = process.env,
  limits: DockerLimits = {},
  keepOut?: KeepOut
): Required<DockerCli> {
  const childEnv = (): Record<string, string> => dockerEnv(env, keepOut)
  const dir = configDir(env)
  const lockWaitMs = limits.lockWaitMs ?? LOCK_WAIT_MS
  const logoutTimeoutMs = limits.logoutTimeoutMs ?? LOGOUT_TIMEOUT_MS
  return {
    async login(server, username, password, writing) {
      return this.startLogin(server, username).send(password, writing)
    },
    startLogin(server, username) {
      let give: (password: string | undefined) => void = () => {}
      const password = new Promise<string | undefined>((resolve) => {
        give = resolve
      })
      let onWriting: Writing | undefined
      // docker reads the file as it starts, without the lock (every write
      // to it is a rename); the lock is taken when it is given the password,
      // so that a slow preflight holds no other run's docker command
      const read = readConfigFile(join(dir, 'config.json'))
      const started =
        refusedRead(read) !== undefined
          ? undefined
          : start(
              ['login', '--username', username, '--password-stdin', server],
              // its own process group: stopped with the helper it starts
              { stdin: true, env: childEnv(), group: true }
            )
      const done = (async (): Promise<CliResult | undefined> => {
        const secret = await password
        if (secret === undefined || !started) {
          // never a password: stopped before any network
          started?.kill()
          await started?.result
          const refused = refusedRead(read)
          return secret === undefined || !refused
            ? undefined
            : unparsed(refused, 'login')
        }
        return withConfigLock(dir, lockWaitMs, LOCK_STALE_MS, async () => {
          // the file as docker is given the password: another run may have
          // changed it since docker read it, and docker writes back what it
          // read; only docker's own entry may change from what it holds now
          const now = readConfigFile(join(dir, 'config.json'))
          const refused = refusedRead(now)
          if (refused) {
            started.kill()
            await started.result
            return unparsed(refused, 'login')
          }
          onWriting?.(hasAuth(now, server))
          const restore = (): void =>
            restoreConfig(dir, snapshotOf(now), authKey(server), {
              // what docker read as it started: none when there was no file
              // (docker starts from an empty config then)
              startedWith: read.status === 'ok' ? read.json : {}
            })
          const running: Running = {
            server,
            stop: () => {
              started.kill()
              restore()
              // docker writes the entry (empty with a credential helper)
              // once the login is stored: none, and nothing was, or the
              // helper was stopped with docker before it had
              return hasAuth(readConfigFile(join(dir, 'config.json')), server)
            }
          }
          inFlight.add(running)
          started.input(Buffer.from(secret))
          const ran = await started.result
          inFlight.delete(running)
          restore()
          return { exitCode: ran.exitCode, output: ran.output }
        })
      })()
      return {
        async send(secret, writing) {
          onWriting = writing
          give(secret)
          return (await done) ?? { exitCode: 1, output: 'not run' }
        },
        async cancel() {
          give(undefined)
          await done
        }
      }
    },
    async logout(server, withinMs = logoutTimeoutMs) {
      const begun = Date.now()
      // the wait for the lock counts in `withinMs`, and leaves the logout
      // its least time
      const capMs = Math.max(0, withinMs - MIN_LOGOUT_MS)
      return withConfigLock(
        dir,
        Math.min(lockWaitMs, capMs),
        capMs,
        async () => {
          const left = withinMs - (Date.now() - begun)
          const timeoutMs = Math.min(
            logoutTimeoutMs,
            Math.max(MIN_LOGOUT_MS, left)
          )
          const read = readConfigFile(join(dir, 'config.json'))
          if (read.status === 'malformed') return unparsed(read, 'logout')
          const before = snapshotOf(read)
          const variants = logoutVariants(server)
          const helper = before && helperOf(before.json, server)
          // a credential helper holds the logins: docker's logout would
          // erase the other spellings of the server in it too
          if (before && helper) {
            return eraseOne(dir, server, helper, childEnv(), timeoutMs)
          }
          const restore = (): void =>
            restoreConfig(dir, before, authKey(server), undefined, variants)
          // `--`: whatever the server, docker never reads it as an option.
          // Docker Hub: `docker logout docker.io` erases `docker.io`, not
          // the key its login stored (https://index.docker.io/v1/); with no
          // server docker logs out of that key, as docker/login-action does
          const args =
            authKey(server) === DOCKER_HUB_KEY
              ? ['logout']
              : ['logout', '--', server]
          const started = start(args, {
            stdin: false,
            env: childEnv(),
            timeoutMs
          })
          const running: Running = {
            server,
            stop: () => {
              started.kill()
              restore()
              return false
            }
          }
          inFlight.add(running)
          const ran = await started.result
          inFlight.delete(running)
          restore()
          return ran.timedOut
            ? {
                exitCode: ran.exitCode,
                output: ran.output,
                timedOutAfterMs: timeoutMs
              }
            : { exitCode: ran.exitCode, output: ran.output }
        }
      )
    },
    config(server) {
      const read = readConfigFile(join(dir, 'config.json'))
      const helper =
        read.status === 'ok' ? helperOf(read.json, server) : undefined
      return {
        dir,
        helper: helper?.program,
        setting: helper?.setting,
        // a bind mount of a file the host lacks makes a directory of it
        ...(read.status === 'unreadable' && read.code === 'EISDIR'
          ? { directory: true }
          : {}),
        // only where no helper is named: then docker's default may be used
        holdsLogins:
          (read.status === 'ok' && !helper && holdsLogins(read.json)) ||
          undefined
      }
    },
    hasEntry(server) {
      return hasAuth(readConfigFile(join(dir, 'config.json')), server)
    }
  }
}

/**
 * Whether a docker config holds a login, as docker/cli's ContainsAuth
 * reads it: a credsStore, a credHelpers or an auths entry. Only a config
 * without one gets docker's default credential store (attack-66 A66-04).
 */
function holdsLogins(json: Record<string, unknown>): boolean {
  const some = (value: unknown): boolean =>
    isRecord(value) && Object.keys(value).length > 0
  return !!json.credsStore || some(json.credHelpers) || some(json.auths)
}

/** Whether a docker config, as read, holds an `auths` entry for the server. */
function hasAuth(read: ConfigRead, server: string): boolean {
  if (read.status !== 'ok') return false
  const auths = read.json.auths
  return isRecord(auths) && Object.hasOwn(auths, authKey(server))
}

/**
 * The environment without the step's inputs (`INPUT_PASSWORD` holds the
 * secret): docker and the credential helpers it starts need none of them.
 */
export function withoutInputs(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !name.startsWith('INPUT_')) kept[name] = value
  }
  return kept
}

/**
 * The environment `docker login` and `docker logout` run in: without the
 * step's inputs, nor the runner's bearer token that mints the job's GitHub
 * ID tokens (ACTIONS_ID_TOKEN_REQUEST_TOKEN, docs/docker-hub.md §7 (b)),
 * a secret of the run: with a username and a password, login hands the
 * credential helper what to store, logout what to erase, and neither asks
 * for an ID token. (`doctor`'s `get` keeps it: a helper may mint its
 * credential from the job's ID token.)
 */
export function dockerEnv(
  env: NodeJS.ProcessEnv,
  keepOut?: KeepOut
): Record<string, string> {
  const { ACTIONS_ID_TOKEN_REQUEST_TOKEN: _requestToken, ...kept } =
    withoutInputs(env)
  if (!keepOut) return kept
  // the variables docker itself needs are never left out: a short password
  // may be part of a path (DOCKER_CONFIG=/home/docker/…; attack round 14)
  // GitLab gives the job token as CI_JOB_TOKEN, CI_REGISTRY_PASSWORD,
  // CI_DEPENDENCY_PROXY_PASSWORD and inside CI_REPOSITORY_URL, and
  // DOCKER_AUTH_CONFIG holds base64 of user:password; a job may hold the
  // password under a name of its own: docker needs none of them (attack
  // rounds 12 and 13)
  return Object.fromEntries(
    Object.entries(kept).filter(
      ([name, value]) => DOCKER_NEEDS.includes(name) || !keepOut(value, name)
    )
  )
}

/**
 * The shortest form of a secret looked for inside another variable's value
 * (a variable that is the secret itself goes whatever its length): a
 * shorter one could be part of any value, and is no credential a registry
 * issues.
 */
const SECRET_IN_ENV_MIN = 8

/** Keeps out of docker's environment what holds a secret of the run. */
export function holdingSecrets(secrets: Secrets): KeepOut {
  return (value) => secrets.holds(value, SECRET_IN_ENV_MIN)
}

/** The names of the variables `keepOut` leaves out of docker's environment. */
export function keptOutNames(
  env: NodeJS.ProcessEnv,
  keepOut: KeepOut
): string[] {
  const kept = dockerEnv(env, keepOut)
  return Object.keys(dockerEnv(env)).filter((name) => !(name in kept))
}

/**
 * The variables docker reads its paths, daemon and context from: docker's
 * environment keeps them whatever a secret holds.
 */
const DOCKER_NEEDS: readonly string[] = [
  'PATH',
  'HOME',
  'USERPROFILE',
  'TMPDIR',
  'XDG_RUNTIME_DIR',
  'DOCKER_CONFIG',
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS_VERIFY'
]

/** The docker config directory: `$DOCKER_CONFIG`, else `~/.docker`. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker')
}

/** The key of `auths` (and `credHelpers`) the CLI uses for a server. */
export function authKey(server: string): string {
  return server === 'docker.io' || server === 'index.docker.io'
    ? DOCKER_HUB_KEY
    : server
}

/** The credential helper the docker config names for a server. */
export interface CredentialHelper {
  /** the executable, e.g. `docker-credential-pass` */
  program: string
  /** the setting that names it, e.g. `credsStore` */
  setting: string
}

/**
 * The credential helper a parsed docker config names for a server: its
 * `credHelpers` entry (under the CLI's key for the server, or the server
 * as written), else `credsStore`; undefined when it names none.
 */
export function helperOf(
  config: Record<string, unknown>,
  server: string
): CredentialHelper | undefined {
  const key = authKey(server)
  const helpers = config.credHelpers
  if (isRecord(helpers)) {
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

/** What one docker command did. */
interface RunResult extends CliResult {
  /** killed at its time limit */
  timedOut: boolean
}

/** A docker command started, its input still to come. */
interface Started {
  result: Promise<RunResult>
  /** writes its standard input, and closes it */
  input(data: Buffer): void
  /** stops it for certain (SIGKILL; its process group when it has one) */
  kill(): void
}

/**
 * Starts `docker args` with `node:child_process`: stdout and stderr
 * captured, never printed; exit code 127 with the reason when docker
 * cannot be started. With `stdin`, its standard input stays open until
 * `input` writes it (the secret, there only: docker login reads its
 * password before any network, so it can start while the preflight runs).
 * With `timeoutMs`, or `group`, docker runs in a process group of its own,
 * and the group (docker and the credential helper it waits on) is killed
 * at the limit, or by `kill`. Never throws.
 */
function start(
  args: string[],
  options: {
    stdin: boolean
    env: Record<string, string>
    timeoutMs?: number
    /** the program, when not docker (a credential helper) */
    program?: string
    /** a process group of its own (always with `timeoutMs`) */
    group?: boolean
  }
): Started {
  let child: ReturnType<typeof spawn> | undefined
  const result = new Promise<RunResult>((resolve) => {
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let exitCode: number | undefined
    let timedOut = false
    let settled = false
    let limit: NodeJS.Timeout | undefined
    let grace: NodeJS.Timeout | undefined
    const finish = (result: Omit<RunResult, 'timedOut'>): void => {
      if (settled) return
      settled = true
      clearTimeout(limit)
      clearTimeout(grace)
      child?.stdout?.destroy()
      child?.stderr?.destroy()
      resolve({ ...result, timedOut })
    }
    const done = (): void =>
      finish({
        exitCode: exitCode ?? 1,
        output: joinOutput(
          Buffer.concat(stdout).toString('utf8'),
          Buffer.concat(stderr).toString('utf8')
        )
      })
    try {
      child = spawn(options.program ?? 'docker', args, {
        env: options.env,
        stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        // its own process group, to be killed with what it started
        detached: options.group === true || options.timeoutMs !== undefined
      })
    } catch (error) {
      finish({ exitCode: 127, output: notStarted(error, options.program) })
      return
    }
    const started = child
    started.on('error', (error) => {
      // not started (not found, not executable); later errors change nothing
      if (started.pid === undefined) {
        finish({ exitCode: 127, output: notStarted(error, options.program) })
      }
    })
    started.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
    started.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
    // a docker that exits without reading its input: EPIPE, nothing to do
    started.stdin?.on('error', () => {})
    started.on('exit', (code, signal) => {
      if (started.pid === undefined) return // not started: see 'error'
      exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)
      if (!timedOut) clearTimeout(limit)
      // the output closes with docker, unless a process it started keeps
      // it open: wait no longer than the grace (a moment once killed)
      clearTimeout(grace)
      grace = setTimeout(done, timedOut ? 100 : OUTPUT_GRACE_MS)
    })
    started.on('close', () => {
      if (started.pid !== undefined) done()
    })
    const pid = started.pid
    if (options.timeoutMs !== undefined && pid !== undefined) {
      limit = setTimeout(() => {
        timedOut = true
        killGroup(pid)
        // a process that does not die still does not hold the step
        grace = setTimeout(done, 2_000)
      }, options.timeoutMs)
    }
  })
  return {
    result,
    input: (data) => child?.stdin?.end(data),
    kill: () => {
      const pid = child?.pid
      if (pid === undefined) return
      if (options.group === true || options.timeoutMs !== undefined) {
        killGroup(pid)
        return
      }
      try {
        child?.kill('SIGKILL')
      } catch {
        // already gone
      }
    }
  }
}

/** Kills a process group, or the process when that fails. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** Why docker could not be started, in the words of `@actions/exec`. */
function notStarted(error: unknown, program = 'docker'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') {
    return (
      `Unable to locate executable file: ${program}. Please verify either the ` +
      'file path exists or the file can be found within a directory ' +
      'specified by the PATH environment variable.'
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  return `${program} could not be started: ${message}`
}

function joinOutput(stdout: string, stderr: string): string {
  return [stdout.trim(), stderr.trim()].filter(Boolean).join('\n')
}

/**
 * Runs `body` (read the config, run docker, restore the config) while
 * holding a lock file in the docker config directory, so that two runs of
 * the action sharing one `DOCKER_CONFIG` (self-hosted runners under one
 * user) never run docker on the same file at once: the CLI reads the whole
 * file and writes it back, so of two concurrent logouts one writes back the
 * entry the other just removed. The lock is taken with an exclusive create
 * and holds nothing else. When it cannot be had — no directory yet, not
 * writable, another run holding it for longer than `waitMs` — the body
 * runs unlocked, as docker alone would. A lock older than LOCK_STALE_MS, or
 * one whose run on this host is gone (a job cancelled while it held it),
 * was left by a run that died: it is removed.
 */
function withConfigLock<T>(
  dir: string,
  waitMs: number,
  capMs: number,
  body: () => Promise<T>
): Promise<T> {
  const locked = async (release: () => void): Promise<T> => {
    heldLocks.add(release)
    try {
      return await body()
    } finally {
      heldLocks.delete(release)
      release()
    }
  }
  const taken = lock(join(dir, LOCK_FILE), waitMs, capMs)
  // a lock nobody holds is taken at once, and the body starts within the
  // caller's turn
  return typeof taken === 'function' ? locked(taken) : taken.then(locked)
}

/**
 * Takes the lock file: how to release it, at once when nobody holds it,
 * else once the holder releases it or `waitMs` passed — for a holder that
 * is a live process of this host, until its lock is stale, but never past
 * `capMs`. Never throws.
 */
function lock(
  file: string,
  waitMs: number,
  capMs: number
): (() => void) | Promise<() => void> {
  const owner = lockOwner()
  const first = attempt(file, owner)
  if (first) return first
  return (async () => {
    const begun = Date.now()
    for (;;) {
      const seen = contentOf(file)
      if (!(seen !== undefined && stale(file) && removedIf(file, seen))) {
        const waited = Date.now() - begun
        if (
          waited >= capMs ||
          (waited >= waitMs && holderState(file) !== 'alive')
        ) {
          return () => {}
        }
        await new Promise((wake) => setTimeout(wake, 20))
      }
      const taken = attempt(file, owner)
      if (taken) return taken
    }
  })()
}

/** A lock file's text; undefined when it cannot be read (gone, a directory). */
function contentOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return lstatExists(file) ? '' : undefined
  }
}

/** Whether something (a file, a link, a directory) is at `file`. */
function lstatExists(file: string): boolean {
  try {
    lstatSync(file)
    return true
  } catch {
    return false
  }
}

/**
 * What a lock file holds: this process, its host, and a value no other run
 * draws, so that a run removes only its own lock, and a run on this host
 * can tell a holder that is gone. Unique, not secret: no crypto, whose load
 * (milliseconds) would delay docker login (builtins.ts).
 */
function lockOwner(): string {
  const drawn = Math.random().toString(36).slice(2)
  // the second field: when this process started (Linux), so that a pid
  // reused by another process is not taken for the holder; opaque to runs
  // of earlier versions, which read the pid and the host alone
  const started = startedAt(process.pid) ?? '-'
  const unique = `${started}:${process.hrtime.bigint()}`
  return `${process.pid} ${unique} ${drawn} ${hostname()}\n`
}

/**
 * When a process started, in clock ticks after boot (/proc/<pid>/stat,
 * field 22); undefined without /proc or once the process is gone.
 */
function startedAt(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // after the command name, which may hold spaces and parentheses
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

/**
 * The lock's holder, when the file names a process of this host
 * (lockOwner): `gone` (kill(pid, 0) answers ESRCH) or `alive` (it answers,
 * or EPERM: another user's). A holder on another host (a container sharing
 * the directory), or a file of another form, is not judged: `unknown`.
 */
function holderState(file: string): 'gone' | 'alive' | 'unknown' {
  const holder = holderOf(file)
  if (holder === undefined) return 'unknown'
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'gone' : 'alive'
  }
  // the pid lives: the holder's, unless another process started since
  // took it (the lock names when its holder started)
  const now = holder.started && startedAt(holder.pid)
  return now && now !== holder.started ? 'gone' : 'alive'
}

/**
 * The pid of a lock's holder, and when it started, when it is a process of
 * this host, read from the file as lockOwner writes it (a regular file, not
 * followed through a link); undefined for another host's, or a file of
 * another form.
 */
function holderOf(file: string): { pid: number; started?: string } | undefined {
  let fields: string[]
  try {
    if (!lstatSync(file).isFile()) return undefined
    fields = readFileSync(file, 'utf8').trim().split(' ')
  } catch {
    return undefined
  }
  const [pid, unique, , host] = fields
  if (fields.length !== 4 || host !== hostname() || !/^\d+$/.test(pid)) {
    return undefined
  }
  // lockOwner's "<start>:<hrtime>"; an earlier version's has no start
  const started = /^(\d+):\d+$/.exec(unique)?.[1]
  return { pid: Number(pid), ...(started ? { started } : {}) }
}

/**
 * One exclusive create of the lock file: how to release it (a no-op when
 * no lock can be had here at all), or undefined while another run holds it.
 */
function attempt(file: string, owner: string): (() => void) | undefined {
  try {
    writeFileSync(file, owner, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined
    return () => {}
  }
  return () => {
    try {
      // only our own: a run that took it as stale owns it now
      if (readFileSync(file, 'utf8') === owner) rmSync(file)
    } catch {
      // gone already
    }
  }
}

/**
 * Removes a stale lock file when it still holds what was judged stale
 * (`seen`): a run that took it meanwhile keeps it (two runs judging one
 * lock stale would else both go on, the second having removed the first's).
 */
function removedIf(file: string, seen: string): boolean {
  if (contentOf(file) !== seen) return false
  return removed(file)
}

/** Removes a file; false when it cannot. */
function removed(file: string): boolean {
  try {
    // a directory in its place too (what a lock file may not be)
    rmSync(file, { force: true, recursive: true })
    return true
  } catch {
    return false
  }
}

/**
 * Whether a lock file was left by a run that died: long ago, or by a
 * process of this host that is gone (false when the file is gone).
 */
function stale(file: string): boolean {
  try {
    // the file itself: a link whose target is gone is still a lock file
    if (Date.now() - lstatSync(file).mtimeMs > LOCK_STALE_MS) return true
  } catch {
    return false
  }
  return holderState(file) === 'gone'
}

/** The docker config as read before the CLI rewrites it. */
interface ConfigSnapshot {
  file: string
  json: Record<string, unknown>
  /** the file's text, whose values are written back as they were */
  text: string
}

/** The docker config file, read: its JSON object, or why there is none. */
export type ConfigRead =
  | {
      file: string
      status: 'ok'
      json: Record<string, unknown>
      /** the file's text */
      text: string
    }
  | { file: string; status: 'missing'; reason: string }
  | {
      file: string
      status: 'unreadable'
      reason: string
      /** the error's code: `EISDIR` for a directory, `ENOTDIR`, `EACCES`… */
      code?: string
    }
  | { file: string; status: 'malformed'; reason: string }

/**
 * Reads a docker config file: a missing or unreadable file, and one that
 * is not a JSON object, each say so; never throws. (doctor, the
 * `stale-docker-config` warning and the login's restore share it.)
 */
export function readConfigFile(file: string): ConfigRead {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // ENOTDIR: DOCKER_CONFIG (or a folder above the file) is a file, where
    // docker fails every login (`mkdir …: not a directory`): unreadable,
    // not missing (attack round 12)
    return code === 'ENOENT'
      ? { file, status: 'missing', reason: 'no docker config' }
      : {
          file,
          status: 'unreadable',
          reason: `no docker config: it cannot be read (${code ?? 'error'})`,
          ...(code ? { code } : {})
        }
  }
  // docker reads an empty file as an empty config (docker/cli configfile
  // LoadFromReader: io.EOF is no error)
  if (text.trim() === '') return { file, status: 'ok', json: {}, text }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { file, status: 'malformed', reason: 'is not valid JSON' }
  }
  return isRecord(json)
    ? { file, status: 'ok', json: asDockerReads(text, json), text }
    : { file, status: 'malformed', reason: 'is not a JSON object' }
}

/**
 * The top-level keys docker's config file has, space-separated (docker/cli
 * cli/config/configfile/file.go, `ConfigFile`'s json tags; `Filename` is
 * `json:"-"`, never read). docs/registries.md §13oo (a).
 */
const DOCKER_CONFIG_KEYS =
  'auths HttpHeaders psFormat imagesFormat networksFormat ' +
  'pluginsFormat volumesFormat statsFormat detachKeys credsStore ' +
  'credHelpers serviceInspectFormat servicesFormat tasksFormat ' +
  'secretFormat configFormat nodesFormat pruneFilters proxies ' +
  'currentContext cliPluginsExtraDirs plugins aliases features ' +
  'experimental'

/** A key as Go's decoder compares it with a field's name: case folded. */
function folded(key: string): string {
  return [...key]
    .map((char) => {
      const fold = char.toUpperCase().toLowerCase()
      return fold.length === 1 ? fold : char.toLowerCase()
    })
    .join('')
}

/** docker's keys by their folded names, made on first use (not at load). */
let keysByFold: Map<string, string> | undefined

/**
 * The key of docker's config a top-level key is read as: its own name, or
 * the docker key it equals but for case (Go's decoder matches a struct
 * field's name without regard to case, so `"Auths"` holds logins docker
 * uses, and writes back under `"auths"`: attack-22 repro-04).
 */
function dockerKeyOf(key: string): string {
  // docker's keys differ from one another when folded: its own name is
  // found so too
  keysByFold ??= new Map(
    DOCKER_CONFIG_KEYS.split(' ').map((k) => [folded(k), k])
  )
  return keysByFold.get(folded(key)) ?? key
}

/**
 * The config as docker reads it. Go's decoder takes a top-level key given
 * twice, or given again in another case (`"auths"` and `"Auths"`), into
 * the same field: a map (auths, credHelpers, proxies, …) holds the entries
 * of each, later over earlier (JSON.parse keeps the last alone, and a
 * restore from it would drop the first's: attack-21 repro-02); any other
 * value is the last given, and a null empties a map. Each is read here
 * under docker's own name, which is the name docker writes back: a key
 * docker read in another case is not a key it dropped, and is never put
 * back beside docker's.
 */
function asDockerReads(
  text: string,
  json: Record<string, unknown>
): Record<string, unknown> {
  const entries = topLevelEntries(text)
  const names = entries.map(([key]) => dockerKeyOf(key))
  const plain =
    new Set(names).size === names.length &&
    entries.every(([key], i) => names[i] === key)
  if (plain) return json
  // a Map, then fromEntries: a key named `__proto__` stays a key
  const read = new Map<string, unknown>()
  try {
    entries.forEach(([, raw], i) => {
      const value = JSON.parse(raw) as unknown
      const held = read.get(names[i])
      read.set(
        names[i],
        isRecord(value) && isRecord(held) ? { ...held, ...value } : value
      )
    })
  } catch {
    return json
  }
  return Object.fromEntries(read)
}

/**
 * Why docker must not run on this config, as the result of a docker
 * command that did not run: a config.json that is not a JSON object.
 * docker warns ("WARNING: Error parsing config file (<file>): …"), goes
 * on with an empty config and writes the file anew with its one login:
 * every other entry, credential helper and setting would be lost
 * (docs/registries.md §0).
 */
function unparsed(read: RefusedRead, command: 'login' | 'logout'): CliResult {
  const what =
    read.status === 'malformed'
      ? `Error parsing config file (${read.file}): it ${read.reason}`
      : `Error loading config file (${read.file}): permission denied (${read.code ?? 'EACCES'})`
  return {
    exitCode: 1,
    output: `${what}. docker ${command} was not run: docker would write the file anew and drop the other logins, credential helpers and settings it holds.`
  }
}

/** A config file docker would read as empty and write anew. */
type RefusedRead = Extract<ConfigRead, { status: 'malformed' | 'unreadable' }>

/**
 * The read of a config file docker must not be run on: one that is not a
 * JSON object, or that this user may not read (docker warns "Error loading
 * config file: … permission denied", goes on with an empty config, and its
 * login replaces the file where the folder is writable: attack-28
 * repro-03). Undefined for any other read.
 */
export function refusedRead(read: ConfigRead): RefusedRead | undefined {
  if (read.status === 'malformed') return read
  return read.status === 'unreadable' &&
    (read.code === 'EACCES' || read.code === 'EPERM')
    ? read
    : undefined
}

function readConfig(dir: string): ConfigSnapshot | undefined {
  return snapshotOf(readConfigFile(join(dir, 'config.json')))
}

function snapshotOf(read: ConfigRead): ConfigSnapshot | undefined {
  return read.status === 'ok'
    ? { file: read.file, json: read.json, text: read.text }
    : undefined
}

/**
 * `auths` after a login: docker's entry for `key` as it wrote it, and every
 * other entry exactly as the file held it when docker was given the
 * password (`held`). docker, started earlier, writes back the file as it
 * read it then: an entry another run removed meanwhile would come back (it
 * is left out), one it changed would go back (its value is put back), one
 * it added would be lost (it is put back). No other run writes while
 * docker writes: it waits for the lock.
 */
function othersAsHeld(
  now: Record<string, unknown>,
  key: string,
  held: Record<string, unknown>
): Record<string, unknown> {
  const auths: Record<string, unknown> = {}
  // in the file's order, docker's own entry where docker put it
  for (const server of Object.keys(now)) {
    if (server === key) auths[server] = now[server]
    else if (server in held) auths[server] = held[server]
  }
  for (const [server, entry] of Object.entries(held)) {
    if (server !== key && !(server in auths)) auths[server] = entry
  }
  return auths
}

/**
 * `auths` after a logout, run under the lock: each entry as the file has
 * it now (an entry another run removed is never written back), but one
 * the CLI only dropped parts of (onlyDropped), which is put back as it was.
 */
function othersUndropped(
  now: Record<string, unknown>,
  key: string,
  before: Record<string, unknown>,
  variants: readonly string[]
): Record<string, unknown> {
  const auths: Record<string, unknown> = {}
  for (const [server, entry] of Object.entries(now)) {
    const old = before[server]
    auths[server] =
      server !== key && old !== undefined && onlyDropped(entry, old)
        ? old
        : entry
  }
  // the entries docker erased as other spellings of the server: the
  // runner's own, never this run's
  for (const variant of variants) {
    if (variant !== key && variant in before && !(variant in now)) {
      auths[variant] = before[variant]
    }
  }
  return auths
}

/**
 * The other spellings of a server that `docker logout` erases with it
 * (docker/cli cli/command/registry/logout.go: `http://` and `https://`
 * before a registry other than Docker Hub).
 */
function logoutVariants(server: string): string[] {
  return authKey(server) === DOCKER_HUB_KEY
    ? []
    : [`http://${server}`, `https://${server}`]
}

/**
 * The logout of one key, where a credential helper holds the logins:
 * `docker logout HOST` would have the helper erase `http://HOST` and
 * `https://HOST` too, an earlier login the file cannot give back, as it
 * holds only a marker for it, or none where another config shares the
 * helper (attack-28 repro-04, attack-31 repro-02); and a helper that
 * fails to erase is only a warning docker prints with exit code 0
 * (attack-31 repro-01). As docker's own logout of that key (docker/cli
 * credentials nativeStore.Erase): the helper's `erase` with the key on its
 * standard input (docker-credential-helpers protocol), then the key's
 * `auths` entry removed, the file's other keys written as it has them; a
 * login the helper no longer holds is no failure. Run under the config's
 * lock.
 */
async function eraseOne(
  dir: string,
  server: string,
  helper: CredentialHelper,
  env: Record<string, string>,
  timeoutMs: number
): Promise<CliResult & { timedOutAfterMs?: number }> {
  const key = authKey(server)
  const started = start(['erase'], {
    stdin: true,
    env,
    timeoutMs,
    program: helper.program
  })
  started.input(Buffer.from(key))
  // a cancelled step stops it, as it stops docker; nothing to put back
  const running: Running = {
    server,
    stop: () => {
      started.kill()
      return false
    }
  }
  inFlight.add(running)
  const ran = await started.result
  inFlight.delete(running)
  const notHeld = /credentials not found/i.test(ran.output)
  const erased = ran.exitCode === 0 || notHeld
  if (erased) {
    const now = readConfig(dir)
    const auths = now && isRecord(now.json.auths) ? now.json.auths : undefined
    if (now && auths && key in auths) {
      const rest = { ...auths }
      delete rest[key]
      // only `auths` changes: every other key as the file has it written
      const others = Object.keys(now.json).filter((name) => name !== 'auths')
      writeConfig(now, { ...now.json, auths: rest }, others)
    }
  }
  const said = `Removing login credentials for ${server}`
  const output = erased
    ? said
    : joinOutput(said, `${helper.program} erase: ${ran.output}`)
  const exitCode = erased ? 0 : ran.exitCode
  return ran.timedOut
    ? { exitCode, output, timedOutAfterMs: timeoutMs }
    : { exitCode, output }
}

/**
 * The top-level keys (but `auths`) a login started early wrote back stale:
 * the CLI writes back the whole config as it read it at its start
 * (`startedWith`), its own rewrite of it (keys it does not know dropped),
 * and changes nothing but `auths` on a login — but a credential store it
 * detects when the config holds no login (`credsStore`), a value it did
 * not read. A key whose value it wrote is its rewrite of the one it read,
 * while the file held another when docker was given the password
 * (`held`), or held none: another process changed or removed it meanwhile.
 */
function staleWrites(
  written: Record<string, unknown>,
  startedWith: Record<string, unknown>,
  held: Record<string, unknown>
): string[] {
  return Object.keys(written).filter(
    (name) =>
      name !== 'auths' &&
      name in startedWith &&
      onlyDropped(written[name], startedWith[name]) &&
      !(name in held && sameJson(held[name], startedWith[name]))
  )
}

/**
 * Puts back what the CLI dropped or rewrote, and nothing else. The file is
 * read again just before it is written (atomically: a temporary file with
 * the same mode, renamed over it). `auths[key]` stays as the CLI left it
 * (logged in or out). Every other `auths` entry: after a `login` (docker
 * was started before `before` was read), exactly as `before` holds it
 * (othersAsHeld); after a logout, as the file has it now, an entry the CLI
 * only dropped parts of put back as it was (othersUndropped). Top-level
 * keys the CLI dropped, or dropped parts of, are put back; keys added
 * since stay. After a `login`, a top-level value the CLI wrote back as it
 * read it at its start (`startedWith`) while `before` holds another (a
 * `docker context use`, another tool, since docker started) is as `before`
 * holds it, and a key `before` no longer has is removed (staleWrites).
 * Never throws: on failure the file stays as it is.
 */
function restoreConfig(
  dir: string,
  before: ConfigSnapshot | undefined,
  key: string,
  login?: { startedWith: Record<string, unknown> },
  variants: readonly string[] = []
): void {
  if (!before) return
  const now = readConfig(dir)?.json
  if (!now) return
  const merged: Record<string, unknown> = { ...now }
  // the keys put back as they were: written back as the file had them
  const putBack: string[] = []
  for (const [name, value] of Object.entries(before.json)) {
    if (name === 'auths') continue
    if (!(name in now) || onlyDropped(now[name], value)) {
      merged[name] = value
      if (!sameJson(now[name], value)) putBack.push(name)
    }
  }
  if (login) {
    for (const name of staleWrites(now, login.startedWith, before.json)) {
      if (name in before.json) {
        merged[name] = before.json[name]
        if (!putBack.includes(name)) putBack.push(name)
      } else {
        delete merged[name]
      }
    }
  }
  const oldAuths = isRecord(before.json.auths) ? before.json.auths : {}
  const nowAuths = isRecord(now.auths) ? now.auths : {}
  const auths = login
    ? othersAsHeld(nowAuths, key, oldAuths)
    : othersUndropped(nowAuths, key, oldAuths, variants)
  if ('auths' in before.json || Object.keys(auths).length > 0) {
    merged.auths = auths
  } else {
    delete merged.auths
  }
  if (sameJson(merged, now)) return
  writeConfig(before, merged, putBack)
}

/**
 * Writes `merged` over the config file `before` was read from, atomically
 * (a temporary file with the same mode and owner, renamed over it), the
 * values of `putBack` as `before` had them written. Never throws: on
 * failure the file stays as it is.
 */
function writeConfig(
  before: ConfigSnapshot,
  merged: Record<string, unknown>,
  putBack: readonly string[]
): void {
  let temporary: string | undefined
  try {
    const file = realpathSync(before.file)
    const { mode, uid, gid } = statSync(file)
    temporary = `${file}.${process.pid}.${nodeCrypto().randomUUID()}.tmp`
    writeFileSync(temporary, withValuesOf(before.text, merged, putBack), {
      mode: 0o600,
      flag: 'wx'
    })
    // the file's mode and owner kept, as docker's own save keeps them
    // (docker/cli configfile copyFilePermissions: chmod, then chown to a
    // uid and gid above 0); a runner run as root writing a user's file
    // left it root's (attack-24 repro-01)
    chmodSync(temporary, mode & 0o777)
    if (uid > 0 && gid > 0) {
      try {
        chownSync(temporary, uid, gid)
      } catch {
        // not ours to give away: as docker, the file stays the writer's
      }
    }
    renameSync(temporary, file)
  } catch {
    if (temporary) rmSync(temporary, { force: true })
  }
}

/**
 * The config as JSON, with the values of `names` as `text` has them: a
 * number past 2^53 or an escape in a string survives as it was written
 * (JSON.parse and JSON.stringify would round or rewrite it).
 */
function withValuesOf(
  text: string,
  config: Record<string, unknown>,
  names: readonly string[]
): string {
  const raw = topLevelValues(text)
  const marks = new Map<string, string>()
  const marked: Record<string, unknown> = { ...config }
  for (const name of names) {
    const value = raw.get(name)
    if (value === undefined) continue
    const mark = `\u0000dlp-raw-${marks.size}\u0000`
    marks.set(JSON.stringify(mark), value)
    marked[name] = mark
  }
  let json = JSON.stringify(marked, null, '\t')
  for (const [mark, value] of marks) json = json.split(mark).join(value)
  // what is written must read as the config: else the plain JSON of it
  const plain = JSON.stringify(config, null, '\t')
  try {
    return sameJson(JSON.parse(json), JSON.parse(plain)) ? json : plain
  } catch {
    return plain
  }
}

/**
 * The text of each value of a JSON object's own keys, as written (the last
 * of a key given twice, as JSON.parse takes it). For a text that parses.
 */
function topLevelValues(text: string): Map<string, string> {
  return new Map(topLevelEntries(text))
}

/** Each key of a JSON object and its value's text, in order, repeats too. */
function topLevelEntries(text: string): Array<[string, string]> {
  const values: Array<[string, string]> = []
  let at = text.indexOf('{') + 1
  const space = (): void => {
    while (/\s/.test(text[at] ?? '')) at++
  }
  /** the end of the string that starts at `at` */
  const stringEnd = (): number => {
    let end = at + 1
    while (end < text.length && text[end] !== '"') {
      end += text[end] === '\\' ? 2 : 1
    }
    return end + 1
  }
  for (;;) {
    space()
    if (text[at] !== '"') return values
    const keyEnd = stringEnd()
    const key = JSON.parse(text.slice(at, keyEnd)) as string
    at = keyEnd
    space()
    at++ // ':'
    space()
    const start = at
    let depth = 0
    while (at < text.length) {
      const char = text[at]
      if (char === '"') {
        at = stringEnd()
        continue
      }
      if (char === '{' || char === '[') depth++
      else if (char === '}' || char === ']') {
        if (depth === 0) break
        depth--
      } else if (char === ',' && depth === 0) break
      at++
    }
    values.push([key, text.slice(start, at).trim()])
    if (text[at] === ',') at++
  }
}

/**
 * Whether `now` says nothing that `before` did not: the CLI's rewrite of
 * the same value, which drops keys it does not know (in `auths` entries
 * too) and folds a `username` and `password` into `auth`. A value someone
 * changed (a new login, another setting) says something new.
 */
function onlyDropped(now: unknown, before: unknown): boolean {
  if (!isRecord(now) || !isRecord(before)) return sameJson(now, before)
  return Object.entries(now).every(
    ([name, value]) =>
      (name in before && onlyDropped(value, before[name])) ||
      (name === 'auth' && value === foldedAuth(before))
  )
}

/** The `auth` the CLI writes for an entry with a username and password. */
function foldedAuth(entry: Record<string, unknown>): string | undefined {
  const { username, password } = entry
  if (typeof username !== 'string' || typeof password !== 'string') {
    return undefined
  }
  return Buffer.from(`${username}:${password}`).toString('base64')
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
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => k in b && sameJson(a[k], b[k]))
    )
  }
  return a === b
}

/**
 * The main step, one way through: gather the evidence (inputs, preflight,
 * `docker login`, push and rate-limit checks), judge it once, report, and
 * write the report — outputs, the error line or notice, warnings, the job
 * summary and the post step's state. Writing is its only output.
 */
import * as core from '@actions/core'
import { resolve } from 'node:path'
import { nodeCrypto } from './builtins.js'
import { describeNoAnswer, quote, where } from './describe.js'
import {
  configDir,
  dockerCli,
  holdingSecrets,
  keptOutNames,
  stopDocker,
  type DockerCli,
  type Writing
} from './docker.js'
import type { CliResult } from './evidence.js'
import { InputError } from './errors.js'
import { gather, loginPlan, type World } from './gather.js'
import {
  checkCredentialShape,
  readInputs,
  scopeDisabled,
  scopeRefusal,
  type Inputs
} from './inputs.js'
import { judge } from './judge.js'
import type { RegistryAuthChunk } from './multi-login.js'
import { loadTexts } from './profiles/index.js'
import { appendSummary, printRaw, setAll } from './log.js'
import { Secrets } from './redact.js'
import {
  needsTexts,
  reportAction,
  reportInputError,
  reportUnexpected,
  type ActionReport,
  type PostStepState
} from './report.js'
import {
  entryLine,
  entryLineLimit,
  entryNameLengths,
  MAX_ERROR_LINE,
  withoutAside
} from './remediation.js'
import { subFormat } from './protocol.js'
import { parsePushList } from './repository.js'
import { STATE } from './state.js'
import { renderSections, renderSummary } from './summary.js'
import { holdsCredentials, oneLine } from './text.js'

/**
 * Runs the main step. Never throws: a failure sets the exit code. `world`
 * replaces the environment, the docker CLI or the masking in tests.
 */
export async function run(world: Partial<World> = {}): Promise<void> {
  // Mask the secret before anything else can print it; every token the
  // registry hands out is masked as it arrives.
  const secrets = world.secrets ?? new Secrets((value) => core.setSecret(value))
  secrets.add(core.getInput('password'), core.getInput('username'))
  const list = await maskRegistryAuth(secrets)
  const env = world.env ?? process.env
  const loggedIn = new Set<string>()
  const early: EarlyState = {
    logout: true,
    list: false,
    saved: new Set(),
    pending: new Set(),
    keptOut: () => keptOutNames(env, holdingSecrets(secrets)),
    // absolute, as docker resolves it in this directory: the post step takes
    // no relative path (attack-42 A42-04)
    configDir: resolve(configDir(env))
  }
  onCancel = () => {
    // a login stopped before it stored anything is not this run's to log
    // out: another run may write that entry later (stopDocker says which)
    const unstored = stopDocker().filter((login) => !login.stored)
    const named = unstored.filter(({ server }) => early.pending.has(server))
    for (const { server } of named) early.pending.delete(server)
    if (named.length > 0) saveEarly(early, loggedIn)
  }
  const reporting = mainReport(
    {
      env,
      // docker runs without any variable that holds a form of a secret of
      // the run, whatever its name (a job-level env of the workflow's, each
      // registry-auth entry's password)
      docker: noting(
        world.docker ?? dockerCli(env, {}, holdingSecrets(secrets)),
        loggedIn,
        early
      ),
      secrets,
      idToken: world.idToken ?? true
    },
    loggedIn,
    early,
    list
  )
  // docker login or the preflight's first request is under way: what
  // writing needs (crypto, for the outputs' delimiters and the token that
  // quotes docker's output) loads while they run, where a request has not
  // loaded it already (tls does)
  setImmediate(nodeCrypto)
  // One redaction of everything written, whatever a registry repeated;
  // not of the outputs the action picks from its own lists, which no
  // secret is written into: a password that spells one (`password`,
  // `true`) must not unmake it (attack-41 A41-04)
  const reported = await reporting
  const report = secrets.redactAll(reported)
  for (const name of ID_OUTPUTS) {
    const value = reported.outputs[name]
    if (value !== undefined) report.outputs[name] = value
  }
  try {
    await write(report, early)
  } catch (error) {
    // a runner file that cannot be written (GITHUB_OUTPUT, GITHUB_STATE:
    // a missing directory, a full disk): one line, no stack trace
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(
      secrets.redact(
        `docker-login-preflight could not write its results: ${message}`
      )
    )
  }
}

/**
 * The outputs whose values are ids, `true`/`false` or the action's own
 * words (README, Outputs), never a registry's or an input's: kept out of
 * the redaction. The rate limit's numbers and `expires-at` come from the
 * registry's answers, and `diagnoses` names the registries as written:
 * those are redacted.
 */
const ID_OUTPUTS = [
  'diagnosis',
  'warnings',
  'credential-kind',
  'logged-in',
  'push-access'
] as const

/** What `cancel` does for the run under way (set by `run`). */
let onCancel: () => void = () => {
  stopDocker()
}

/**
 * The job was cancelled (the runner's SIGINT, then SIGTERM): stops every
 * docker command under way and puts the docker config back (stopDocker),
 * and keeps in the state, as logins under way (`pending`), only those that
 * may have stored a credential, for the post step to log out. The caller
 * exits then.
 */
export function cancel(): void {
  onCancel()
}

/**
 * With `registry-auth` given: loads its chunk and masks every password of
 * the list (with its username, for the forms a Basic header takes). Of a
 * list that cannot be read, whatever its `password` lines hold; its
 * error, reported later, quotes no value. Nothing is printed before.
 */
async function maskRegistryAuth(
  secrets: Secrets
): Promise<RegistryAuthChunk | Error | undefined> {
  const text = core.getInput('registry-auth')
  if (text.trim() === '') return undefined
  let list: RegistryAuthChunk
  try {
    list = await loadRegistryAuth()
  } catch (error) {
    // a chunk file missing from the install: reported as our own failure,
    // one line (mainReport); nothing reads the list, nothing prints it
    return error instanceof Error ? error : new Error(String(error))
  }
  try {
    const entries = list.parseRegistryAuth(text)
    for (const entry of entries) secrets.add(entry.password, entry.username)
  } catch {
    // reported by readInputs, which reads the same input
    for (const value of list.passwordsIn(text)) secrets.add(value)
  }
  return list
}

/**
 * The `registry-auth` chunk (src/multi-login.ts: the list's reader, the
 * entries' pipelines and their combined report), loaded only when that
 * input is given, with what it uses of the start-up's modules
 * (src/registry-auth-tools.ts).
 */
export async function loadRegistryAuth(): Promise<RegistryAuthChunk> {
  const { registryAuthChunk } = await import('./multi-login.js')
  return registryAuthChunk({
    InputError,
    scopeRefusal,
    scopeDisabled,
    checkCredentialShape,
    parsePushList,
    holdsCredentials,
    oneLine,
    entryLine,
    entryLineLimit,
    entryNameLengths,
    withoutAside,
    maxErrorLine: MAX_ERROR_LINE
  })
}

/**
 * The post step's state as saved as soon as a `docker login` succeeded: a
 * job cancelled while the step still runs (the runner's SIGINT, then
 * SIGTERM), a push check waiting on the registry, has its post step log
 * out. Not before the login, as docker/login-action saves it: a login that
 * fails leaves the entry the runner had for that registry, which the post
 * step must not remove.
 */
interface EarlyState {
  /** the `logout` input, once read */
  logout: boolean
  /** `registry-auth`: the state names its servers as a list, even one */
  list: boolean
  /** the names saved so far: the end of the step rewrites each */
  saved: Set<string>
  /**
   * servers docker was given the password for, whose config held no entry
   * for them then: until the login's end is seen, an entry there is this
   * run's (`pending` in the state)
   */
  pending: Set<string>
  /**
   * the names of the variables docker's environment leaves out (they hold
   * a secret of the run): the post step's `docker logout` leaves them out
   * too, without the secret (`env-dropped` in the state)
   */
  keptOut: () => string[]
  /**
   * the docker config directory docker logs in to (`config` in the state):
   * the post step logs out of it, whatever `DOCKER_CONFIG` says by then
   */
  configDir: string
}

/** An empty value for each name: a value saved before, cleared. */
function blanks(names: ReadonlySet<string>): Record<string, string> {
  const values: Record<string, string> = {}
  for (const name of names) values[name] = ''
  return values
}

/**
 * The state's values: `server` (one) or `servers` (several), `logout`,
 * and an empty value for each name saved before that this one does not
 * use, so that the post step reads this state alone.
 */
function stateValues(
  state: PostStepState,
  early: EarlyState
): Record<string, string> {
  const values = blanks(early.saved)
  if ('server' in state) values[STATE.server] = state.server
  else values[STATE.servers] = JSON.stringify(state.servers)
  values[STATE.logout] = String(state.logout)
  const keptOut = early.keptOut()
  if (keptOut.length > 0) values[STATE.envDropped] = JSON.stringify(keptOut)
  values[STATE.config] = early.configDir
  return values
}

/**
 * Saves the post step's state: every server docker logged in to so far,
 * and the logins under way whose entry would be this run's (`pending`).
 */
function saveEarly(early: EarlyState, loggedIn: ReadonlySet<string>): void {
  const servers = [...loggedIn]
  const { logout } = early
  const pending = [...early.pending].filter((server) => !loggedIn.has(server))
  const values =
    servers.length > 0
      ? stateValues(
          servers.length === 1 && !early.list
            ? { server: servers[0], logout }
            : { servers, logout },
          early
        )
      : {
          ...blanks(early.saved),
          [STATE.logout]: String(logout),
          [STATE.config]: early.configDir
        }
  if (pending.length > 0 || early.saved.has(STATE.pending)) {
    values[STATE.pending] = pending.length > 0 ? JSON.stringify(pending) : ''
  }
  try {
    setAll('GITHUB_STATE', values, core.saveState)
  } catch {
    // a state file that cannot be written: the end of the step says so
    // (write), and the step goes on as it would without the early save
    return
  }
  for (const name of Object.keys(values)) early.saved.add(name)
}

/**
 * The docker CLI, noting each server it logged in to, so that a failure
 * of our own after a login still leaves the post step what to log out of,
 * and saving the state (saveEarly) as docker is given a password for a
 * server the config held no entry for (`pending`: a job cancelled before
 * the login's end is seen has its post step log out the entry docker
 * wrote), and as soon as a login succeeded.
 */
function noting(
  docker: DockerCli,
  loggedIn: Set<string>,
  early: EarlyState
): DockerCli {
  const note =
    (server: string) =>
    (result: CliResult): CliResult => {
      if (result.exitCode === 0) {
        loggedIn.add(server)
        saveEarly(early, loggedIn)
      }
      return result
    }
  const writing =
    (server: string): Writing =>
    (hadEntry) => {
      // an entry the runner had is never the post step's to remove
      if (hadEntry || !early.logout || loggedIn.has(server)) return
      early.pending.add(server)
      saveEarly(early, loggedIn)
    }
  const startLogin = docker.startLogin?.bind(docker)
  const hasEntry = docker.hasEntry?.bind(docker)
  return {
    login: async (server, username, password) =>
      note(server)(
        await docker.login(server, username, password, writing(server))
      ),
    logout: async (server) => docker.logout(server),
    config: (server) => docker.config(server),
    ...(hasEntry ? { hasEntry } : {}),
    ...(startLogin
      ? {
          startLogin: (server: string, username: string) => {
            const pending = startLogin(server, username)
            return {
              send: async (password: string) =>
                note(server)(await pending.send(password, writing(server))),
              cancel: async () => pending.cancel()
            }
          }
        }
      : {})
  }
}

/**
 * The report with every server docker logged in to in its state: a
 * failure of our own (thrown, or an entry's of `registry-auth`) after a
 * login still leaves the post step what to log out of.
 */
function coveringLogins(
  report: ActionReport,
  loggedIn: ReadonlySet<string>,
  logout: boolean
): ActionReport {
  const saved = report.state
  const servers = saved
    ? 'server' in saved
      ? [saved.server]
      : saved.servers
    : []
  const missing = [...loggedIn].filter((server) => !servers.includes(server))
  if (missing.length === 0) return report
  const all = [...servers, ...missing]
  const state: PostStepState =
    all.length === 1
      ? { server: all[0], logout: saved?.logout ?? logout }
      : { servers: all, logout: saved?.logout ?? logout }
  return { ...report, state }
}

/**
 * Gathers, judges and reports; input errors and failures included. Every
 * server docker logged in to is in the report's state (coveringLogins).
 */
async function mainReport(
  world: World,
  loggedIn: ReadonlySet<string>,
  early: EarlyState,
  /** the `registry-auth` chunk, loaded when that input is given */
  loaded?: RegistryAuthChunk | Error
): Promise<ActionReport> {
  if (loaded instanceof Error) return failureReport(loaded)
  const list = loaded
  let inputs: Inputs
  try {
    inputs = readInputs((name) => core.getInput(name), list?.parseRegistryAuth)
  } catch (error) {
    return failureReport(error)
  } finally {
    forgetInputs()
  }
  early.logout = inputs.logout
  early.list = inputs.registryAuth.length > 0
  const report = await loginsReport(inputs, world, list).catch(failureReport)
  return coveringLogins(report, loggedIn, inputs.logout)
}

/**
 * Leaves the step's inputs out of this process's environment once they are
 * read: every process started after inherits it, and libraries start some
 * with no environment of ours (the AWS SDK's `credential_process`, under
 * `/bin/sh -c`): `INPUT_PASSWORD` and `INPUT_REGISTRY-AUTH` hold the
 * passwords (attack-41 A41-02). Nothing reads an input after this.
 */
function forgetInputs(): void {
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('INPUT_')) delete process.env[name]
  }
}

/** The report of every registry the inputs name. */
async function loginsReport(
  inputs: Inputs,
  world: World,
  list?: RegistryAuthChunk
): Promise<ActionReport> {
  if (list && inputs.registryAuth.length > 0) {
    return list.registryAuthReport(inputs, world, loginReport, loginPlan)
  }
  return loginReport(inputs, world)
}

/** An input error's report, or a failure of our own's: one line, no stack trace. */
function failureReport(error: unknown): ActionReport {
  if (error instanceof InputError) return reportInputError(error.message)
  const message = error instanceof Error ? error.message : String(error)
  return reportUnexpected(message)
}

/**
 * The pipeline of one registry: gather, judge once, report once. Throws
 * an InputError for an input no registry can take.
 */
async function loginReport(
  inputs: Inputs,
  world: World,
  /** a `registry-auth` entry's: its lines are named after its registry */
  lineLimit?: number
): Promise<ActionReport> {
  const evidence = await gather({ ...inputs, login: true }, world)
  // an OIDC login's judge, which only such a run loads
  const oidc = evidence.oidcExchange
    ? (await import('./judge-oidc.js')).oidcJudge({
        describeNoAnswer,
        quote,
        where,
        subFormat,
        oneLine
      })
    : undefined
  const verdict = judge(evidence, {
    expiryWarningMinutes: inputs.expiryWarning,
    oidc
  })
  // the texts, which only a report with something to explain loads
  if (needsTexts(verdict)) await loadTexts(evidence.registry.profile)
  return reportAction(verdict, evidence, {
    logout: inputs.logout,
    ...(lineLimit ? { lineLimit } : {})
  })
}

/** Writes a report through the runner's commands and files. */
async function write(report: ActionReport, early: EarlyState): Promise<void> {
  if (report.cli) {
    core.startGroup(`docker login output (exit code ${report.cli.exitCode})`)
    printRaw(report.cli.output)
    core.endGroup()
  }
  const more = [...(report.sections ?? []), ...(report.accountLogins ?? [])]
  for (const { registry, cli } of more) {
    if (!cli) continue
    core.startGroup(
      `docker login output for ${registry} (exit code ${cli.exitCode})`
    )
    printRaw(cli.output)
    core.endGroup()
  }
  // one append each to the state and output files; the state saved as the
  // logins succeeded is replaced, every name it used rewritten
  const state = report.state
  if (state) {
    const values = stateValues(state, early)
    setAll('GITHUB_STATE', values, core.saveState)
  } else if (early.saved.size > 0) {
    // no login succeeded: what was saved as one was under way is cleared
    setAll('GITHUB_STATE', blanks(early.saved), core.saveState)
  }
  setAll('GITHUB_OUTPUT', report.outputs, core.setOutput)
  for (const warning of report.warnings) core.warning(warning)
  if (report.notice) core.notice(report.notice)
  const markdown = report.sections
    ? renderSections(report.sections)
    : report.summary && renderSummary(report.summary)
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (markdown && summaryFile) {
    // a summary file that cannot be written (a local run without it) costs
    // the summary, never the step's result
    try {
      appendSummary(summaryFile, markdown)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      core.warning(`The job summary was not written: ${message}`)
    }
  }
  if (report.success) core.info(report.success)
  if (report.failure !== undefined) core.setFailed(report.failure)
  for (const line of report.errors ?? []) core.error(line)
}

/**
 * The post step: `docker logout` for exactly the server the main step
 * logged in to (with `registry-auth`, or AWS_ACCOUNT_IDS on Amazon ECR,
 * each server it logged in to, one after the other), when `logout` is
 * true. Other entries of the docker config
 * are never touched. The state is validated as input: a value the main
 * step could not have saved runs no docker command. A failed, stopped or
 * skipped logout is a warning, never a failed job. It imports nothing of
 * the main step.
 */
import * as core from '@actions/core'
import { dockerCli, type DockerCli } from './docker.js'
import { printRaw } from './log.js'
import {
  readConfigDir,
  readKeptOut,
  readPending,
  readPostState
} from './state.js'

/**
 * How long the post step's logouts may take together: each is stopped at
 * its own limit (LOGOUT_TIMEOUT_MS in src/docker.ts), and a credential
 * helper that hangs would hold the step that long for every server (220
 * with registry-auth).
 */
export const POST_BUDGET_MS = 60_000

/** A logout is not started with less time than this left. */
const MIN_LOGOUT_MS = 1_000

/** Runs the post step. Never throws. */
export async function run(
  given?: DockerCli,
  env: NodeJS.ProcessEnv = process.env,
  budgetMs = POST_BUDGET_MS
): Promise<void> {
  const get = (name: string): string => core.getState(name)
  // docker logout runs without the variables the main step kept out of
  // docker's environment: they held a secret (attack round 13)
  const keptOut = readKeptOut(get)
  // the docker config the main step logged in to, not the one a later
  // step may have pointed DOCKER_CONFIG at (attack-41 A41-07)
  const config = readConfigDir(get)
  const docker =
    given ??
    dockerCli(
      'dir' in config && config.dir
        ? { ...env, DOCKER_CONFIG: config.dir }
        : env,
      {},
      (_value, name) => keptOut.has(name)
    )
  const state = readPostState(get, env)
  const pending = readPending(get, env)
  const invalid =
    state.kind === 'invalid'
      ? state.problem
      : 'problem' in pending
        ? pending.problem
        : 'problem' in config
          ? config.problem
          : undefined
  if (invalid !== undefined) {
    core.warning(
      `Not logging out: the ${invalid}, which the main step never saves; its credentials may remain in the docker config`
    )
    return
  }
  if (state.kind === 'stay') {
    core.info(`Staying logged in to ${state.server} (logout: false).`)
    return
  }
  const servers =
    state.kind === 'logout' ? (state.servers ?? [state.server]) : []
  // a login under way when the job was cancelled, which may have stored
  // the credential: the entry docker wrote, where the config held none
  // before it, is this run's (empty with a credential helper)
  const cancelled =
    'servers' in pending
      ? pending.servers.filter(
          (server) => !servers.includes(server) && docker.hasEntry?.(server)
        )
      : []
  if (servers.length === 0 && cancelled.length === 0) {
    core.info('Nothing to log out of: the main step did not log in.')
    return
  }
  const all = [...servers, ...cancelled]
  const deadline = Date.now() + budgetMs
  for (const [index, server] of all.entries()) {
    const left = deadline - Date.now()
    if (left < MIN_LOGOUT_MS) {
      notTried(all.slice(index), budgetMs)
      return
    }
    await logout(docker, server, left)
  }
}

/** One warning for the servers the post step had no time left for. */
function notTried(servers: readonly string[], budgetMs: number): void {
  const named = servers
    .slice(0, 3)
    .map((server) => (server.length > 60 ? `${server.slice(0, 59)}…` : server))
    .join(', ')
  const more = servers.length > 3 ? ` and ${servers.length - 3} more` : ''
  core.warning(
    `Not logged out of ${named}${more}: the post step's logouts took their ${budgetMs / 1000} s; the credentials may remain in the runner's docker config`
  )
}

/** `docker logout` of one server; a failure is a warning. */
async function logout(
  docker: DockerCli,
  server: string,
  withinMs: number
): Promise<void> {
  const result = await docker.logout(server, withinMs)
  const limit = result.timedOutAfterMs
  if (limit === undefined && result.exitCode === 0) {
    core.info(`Logged out of ${server}.`)
    return
  }
  core.startGroup(
    limit === undefined
      ? `docker logout output (exit code ${result.exitCode})`
      : `docker logout output (stopped after ${limit / 1000} s)`
  )
  printRaw(result.output)
  core.endGroup()
  core.warning(
    limit === undefined
      ? `docker logout ${server} failed (exit code ${result.exitCode}): the credentials may remain in the runner's docker config`
      : `docker logout ${server} did not finish within ${limit / 1000} s and was stopped: the credentials may remain in the runner's docker config`
  )
}

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
import { readPending, readPostState } from './state.js'

/** Runs the post step. Never throws. */
export async function run(
  docker: DockerCli = dockerCli(),
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const get = (name: string): string => core.getState(name)
  const state = readPostState(get, env)
  const pending = readPending(get, env)
  const invalid =
    state.kind === 'invalid'
      ? state.problem
      : 'problem' in pending
        ? pending.problem
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
  // a login under way when the job was cancelled: the entry docker wrote,
  // where the config held none before it, is this run's
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
  for (const server of [...servers, ...cancelled]) {
    await logout(docker, server)
  }
}

/** `docker logout` of one server; a failure is a warning. */
async function logout(docker: DockerCli, server: string): Promise<void> {
  const result = await docker.logout(server)
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

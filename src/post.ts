/**
 * The post step: `docker logout` for exactly the server the main step
 * logged in to, when `logout` is true. Other entries of the docker config
 * are never touched. A failed or stopped logout is a warning, never a
 * failed job. It imports nothing of the main step.
 */
import * as core from '@actions/core'
import { dockerCli, type DockerCli } from './docker.js'
import { STATE } from './state.js'

/** Runs the post step. Never throws. */
export async function run(docker: DockerCli = dockerCli()): Promise<void> {
  const server = core.getState(STATE.server)
  if (!server) {
    core.info('Nothing to log out of: the main step did not log in.')
    return
  }
  if (core.getState(STATE.logout) !== 'true') {
    core.info(`Staying logged in to ${server} (logout: false).`)
    return
  }
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
  core.info(result.output)
  core.endGroup()
  core.warning(
    limit === undefined
      ? `docker logout ${server} failed (exit code ${result.exitCode}): the credentials may remain in the runner's docker config`
      : `docker logout ${server} did not finish within ${limit / 1000} s and was stopped: the credentials may remain in the runner's docker config`
  )
}

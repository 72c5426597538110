/**
 * Printing what others wrote (the docker CLI's output, a registry's words)
 * into the step log.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'

/**
 * Prints text the docker CLI or a registry chose, quoted (`> ` before each
 * line) and with workflow commands stopped: a line of it that reads
 * `::warning::` or `::save-state::` stays text (the runner's
 * `stop-commands`, resumed by a token no one can guess).
 */
export function printRaw(text: string): void {
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(text.replace(/^/gm, '> '))
  core.info(`::${token}::`)
}

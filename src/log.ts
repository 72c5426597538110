/**
 * Printing what others wrote (the docker CLI's output, a registry's words)
 * into the step log, and the runner's files written in one go.
 */
import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { nodeCrypto } from './builtins.js'

/**
 * Prints text the docker CLI or a registry chose, quoted (`> ` before each
 * line) and with workflow commands stopped: a line of it that reads
 * `::warning::` or `::save-state::` stays text (the runner's
 * `stop-commands`, resumed by a token no one can guess).
 */
export function printRaw(text: string): void {
  const token = nodeCrypto().randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(text.replace(/^/gm, '> '))
  core.info(`::${token}::`)
}

/**
 * Sets several outputs (or state values) in one append to the runner's file
 * (`GITHUB_OUTPUT`, `GITHUB_STATE`) instead of one append each: the same
 * multiline form `core.setOutput` and `core.saveState` write
 * (`name<<ghadelimiter_<uuid>`, the value, the delimiter; GitHub's docs,
 * "Workflow commands", multiline strings), with a delimiter of its own for
 * each value. Without the file (an old runner, a local run), `each` sets
 * them one by one through the workflow command.
 */
export function setAll(
  variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE',
  values: Record<string, string>,
  each: (name: string, value: string) => void
): void {
  const file = process.env[variable]
  const entries = Object.entries(values)
  if (!file) {
    for (const [name, value] of entries) each(name, value)
    return
  }
  if (entries.length === 0) return
  const text = entries
    .map(([name, value]) => {
      const delimiter = `ghadelimiter_${nodeCrypto().randomUUID()}`
      return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
    })
    .join('')
  appendFileSync(file, text, { encoding: 'utf8' })
}

/**
 * Appends the job summary's Markdown to the runner's file
 * (`GITHUB_STEP_SUMMARY`), as `core.summary.addRaw(text, true).write()`
 * does: the text and a line end, appended. Its own few lines, so that the
 * start-up holds none of @actions/core's summary builder (README,
 * Performance). Throws as the file does (the caller warns).
 */
export function appendSummary(file: string, markdown: string): void {
  appendFileSync(file, `${markdown}${EOL}`, { encoding: 'utf8' })
}

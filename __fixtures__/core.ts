/**
 * Doubles of the `@actions/core` functions the steps call, as
 * actions/typescript-action does: load them with
 * `jest.unstable_mockModule('@actions/core', () => core)` before importing
 * the step. `inputs` and `state` feed getInput and getState; the job
 * summary is the file SUMMARY_FILE, which the step appends to itself
 * (src/log.ts appendSummary): `summaryText()` reads it.
 */
import type * as actionsCore from '@actions/core'
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The inputs getInput reads, by their action.yml names. */
export const inputs: Record<string, string> = {}
/** The state getState reads (what the main step saved). */
export const state: Record<string, string> = {}
/** The job summary's file, as the runner gives it: set GITHUB_STEP_SUMMARY to it. */
export const SUMMARY_FILE = join(
  mkdtempSync(join(tmpdir(), 'dlp-summary-')),
  'summary.md'
)
writeFileSync(SUMMARY_FILE, '')

/** What the steps wrote into the job summary. */
export function summaryText(): string {
  try {
    return readFileSync(SUMMARY_FILE, 'utf8')
  } catch {
    return ''
  }
}

/** Sets the inputs (and clears the ones not given). */
export function setInputs(values: Record<string, string>): void {
  for (const name of Object.keys(inputs)) delete inputs[name]
  Object.assign(inputs, values)
}

/** Sets the state (and clears the rest). */
export function setState(values: Record<string, string>): void {
  for (const name of Object.keys(state)) delete state[name]
  Object.assign(state, values)
}

/** Clears the summary. */
export function resetSummary(): void {
  writeFileSync(SUMMARY_FILE, '')
}

// the runner trims input values, and so does getInput
export const getInput = jest.fn<typeof actionsCore.getInput>((name) =>
  (inputs[name] ?? '').trim()
)
export const getState = jest.fn<typeof actionsCore.getState>(
  (name) => state[name] ?? ''
)
export const setSecret = jest.fn<typeof actionsCore.setSecret>()
export const setOutput = jest.fn<typeof actionsCore.setOutput>()
export const saveState = jest.fn<typeof actionsCore.saveState>()
export const setFailed = jest.fn<typeof actionsCore.setFailed>()
export const info = jest.fn<typeof actionsCore.info>()
export const debug = jest.fn<typeof actionsCore.debug>()
export const notice = jest.fn<typeof actionsCore.notice>()
export const warning = jest.fn<typeof actionsCore.warning>()
export const error = jest.fn<typeof actionsCore.error>()
export const startGroup = jest.fn<typeof actionsCore.startGroup>()
export const endGroup = jest.fn<typeof actionsCore.endGroup>()

/** The outputs set so far, by name (the last value wins). */
export function outputs(): Record<string, string> {
  return Object.fromEntries(
    setOutput.mock.calls.map(([name, value]) => [name, String(value)])
  )
}

/**
 * The state as the runner hands it to the post step: the last value saved
 * for each name (the main step saves it before docker gets a password,
 * then once more at its end).
 */
export function savedState(): Record<string, string> {
  return Object.fromEntries(
    saveState.mock.calls.map(([name, value]) => [name, String(value)])
  )
}

/** Every string any double was called with, for a secret scan. */
export function printed(): string {
  const doubles = [
    setOutput,
    saveState,
    setFailed,
    info,
    debug,
    notice,
    warning,
    error,
    startGroup
  ] as Array<{ mock: { calls: unknown[][] } }>
  return [
    ...doubles.flatMap((double) => double.mock.calls.flat().map(String)),
    summaryText()
  ].join('\n')
}

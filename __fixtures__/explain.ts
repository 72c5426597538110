/**
 * `explain` run in process (src/cli.ts `main`), as the command line runs it:
 * the text on stdin, what it prints collected, and a docker CLI that must
 * not be called (explain runs nothing); and the tables of pasted texts
 * judged on every profile.
 */
import { expect, it } from '@jest/globals'
import { main } from '../src/cli.js'
import type { DiagnosisId } from '../src/diagnosis.js'
import type { DockerCli } from '../src/docker.js'
import { judgeText } from '../src/judge.js'
import { PROFILES } from '../src/profiles/index.js'
import type { RemediationCase } from '../src/profiles/types.js'

/** A docker CLI that must not be called: explain runs nothing. */
export const NO_DOCKER: DockerCli = {
  login: () => Promise.reject(new Error('explain ran docker login')),
  logout: () => Promise.reject(new Error('explain ran docker logout')),
  config: () => {
    throw new Error('explain read the docker config')
  }
}

/** `docker-login-preflight explain [args]` with `text` on stdin. */
export async function explain(
  text: string,
  args: string[] = []
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const exitCode = await main(['explain', ...args], {
    stdin: () => Promise.resolve(text),
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    env: {},
    docker: NO_DOCKER
  })
  return { exitCode, stdout, stderr }
}

/** One pasted text, where it was seen, and what explain must answer. */
export interface ExplainRow {
  text: string
  source: string
  diagnosis: DiagnosisId
  rule: string | null
  case?: RemediationCase
}

/** What a table row expects of a text (ExplainRow, less where it was seen). */
type Expected = Pick<ExplainRow, 'text' | 'diagnosis' | 'rule' | 'case'>

/**
 * One test per row, named by `title`: on every profile the text gets the
 * row's diagnosis, rule and remediation case (the wordings are read alike
 * whatever the registry).
 */
export function eachOnEveryProfile<Row extends Expected>(
  rows: readonly Row[],
  title: (row: Row) => string
): void {
  it.each(rows.map((row) => [title(row), row] as const))(
    '%s',
    (_title, row) => {
      for (const profile of PROFILES) {
        const verdict = judgeText(row.text, profile)
        expect([
          profile.id,
          verdict.diagnosis,
          verdict.rule ?? null,
          verdict.case
        ]).toEqual([profile.id, row.diagnosis, row.rule, row.case])
      }
    }
  )
}

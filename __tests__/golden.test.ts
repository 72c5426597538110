/**
 * Golden behaviour: every scenario of `__fixtures__/golden.ts`, run through
 * the source, gives the record made before the core was reshaped — the
 * outputs, the error, warning and notice lines, the job summary, and what
 * the command line prints — apart from the rule ids the reshape added.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  startBasicRegistry,
  type BasicRegistry
} from '../emulator/basic-registry.js'
import {
  CLI_SCENARIOS,
  recordName,
  SCENARIOS,
  withoutRuleIds,
  withoutRuleIdsCli,
  type CliRecord,
  type GoldenRecord
} from '../__fixtures__/golden.js'
import { runCliScenario, runScenario } from '../__fixtures__/golden-run.js'
import { secretForms } from '../scripts/runner.js'

const ACTION = JSON.parse(
  readFileSync(new URL('./golden/action.json', import.meta.url), 'utf8')
) as Record<string, GoldenRecord>
const CLI = JSON.parse(
  readFileSync(new URL('./golden/cli.json', import.meta.url), 'utf8')
) as Record<string, CliRecord>

let basic: BasicRegistry
beforeAll(async () => {
  basic = await startBasicRegistry()
})
afterAll(async () => {
  await basic.close()
})

describe('the action gives the recorded result for', () => {
  it.concurrent.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, scenario) => {
      const record = await runScenario(scenario, basic.host)
      expect(withoutRuleIds(record)).toEqual(ACTION[recordName(scenario)])
      // no form of the secret in anything the user reads
      const { username = '', password = '' } = scenario.inputs
      const text = JSON.stringify(record)
      for (const form of secretForms(username, password)) {
        if (form.trim().length >= 4) expect(text).not.toContain(form)
      }
    }
  )
})

describe('the command line prints the recorded result for', () => {
  it.concurrent.each(CLI_SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (name, scenario) => {
      const record = await runCliScenario(scenario, basic.host)
      expect(withoutRuleIdsCli(record)).toEqual(
        CLI[recordName({ name, inputs: {} })]
      )
    }
  )
})

it('records exist for every scenario, and no more', () => {
  expect(Object.keys(ACTION).sort()).toEqual(SCENARIOS.map(recordName).sort())
  expect(Object.keys(CLI).sort()).toEqual(
    CLI_SCENARIOS.map((s) => recordName({ name: s.name, inputs: {} })).sort()
  )
})

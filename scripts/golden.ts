/**
 * `tsx scripts/golden.ts`: records the golden behaviour of every scenario
 * of `__fixtures__/golden.ts` into `__tests__/golden/`, through the source
 * as the golden test runs it (the real docker CLI, the emulators on
 * loopback), rule ids left out. Run it only to record a deliberate change
 * of behaviour, and say why in the commit.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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
import { startBasicRegistry } from '../emulator/basic-registry.js'
import { loadAllTexts, loadRules } from '../src/profiles/index.js'

// as the tests' setup (__fixtures__/chunks.ts): the scenarios judge and
// render any registry's evidence in process
await Promise.all([loadAllTexts(), loadRules()])
const basic = await startBasicRegistry()
const action: Record<string, GoldenRecord> = {}
const cli: Record<string, CliRecord> = {}
try {
  for (const scenario of SCENARIOS) {
    const record = await runScenario(scenario, basic.host)
    action[recordName(scenario)] = withoutRuleIds(record)
  }
  for (const scenario of CLI_SCENARIOS) {
    const record = await runCliScenario(scenario, basic.host)
    cli[recordName({ name: scenario.name, inputs: {} })] =
      withoutRuleIdsCli(record)
  }
} finally {
  await basic.close()
}
mkdirSync(join('__tests__', 'golden'), { recursive: true })
for (const [name, records] of Object.entries({ action, cli })) {
  writeFileSync(
    join('__tests__', 'golden', `${name}.json`),
    `${JSON.stringify(records, null, 2)}\n`
  )
}
console.log(
  `${Object.keys(action).length} action and ${Object.keys(cli).length} command-line records written to __tests__/golden/`
)

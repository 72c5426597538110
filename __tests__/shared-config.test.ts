/**
 * Two runs of the action that share one docker config, as self-hosted
 * runners under one user do: the bundle run as the runner runs it, with
 * the real docker CLI, the main and post steps of two registries at once.
 * The emulator is both registries, as `127.0.0.1:<port>` and
 * `localhost:<port>` (no Docker Hub override).
 */
import { expect, it } from '@jest/globals'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { runAction, type Workspace } from '../scripts/runner.js'

const session = emulatorSession()
const PAT = ACCOUNTS.patReadWrite

/** Rounds, and how many run at once (each with its own docker config). */
const ROUNDS = 20
const AT_ONCE = 2

/** The user's config: another registry's login and keys docker drops. */
const USER_CONFIG = {
  auths: {
    'ghcr.io': { auth: Buffer.from('someone:ghp_other').toString('base64') }
  },
  credHelpers: { 'gcr.io': 'gcloud' },
  someTool: { nested: [1, { deep: true }] },
  'x-unknown': 'value'
}

/** What one round left behind that it should not have. */
interface RoundResult {
  round: number
  /** steps that did not say what they should, with their output */
  steps: string[]
  /** the config when it is not the user's config again */
  config?: unknown
  /** files in the docker config directory other than config.json */
  strays: string[]
}

/** The main step, then the post step, of one run on the shared config. */
async function pair(
  ws: Workspace,
  config: string,
  registry: string
): Promise<string[]> {
  const inputs = {
    registry,
    username: PAT.username,
    password: PAT.secret
  }
  const env = { DOCKER_CONFIG: config }
  const problems: string[] = []
  const main = await runAction('main', ws, inputs, env)
  if (main.exitCode !== 0 || ws.outputs()['logged-in'] !== 'true') {
    problems.push(`main ${registry}: ${main.stdout}`)
  }
  const post = await runAction('post', ws, inputs, env)
  if (
    post.exitCode !== 0 ||
    !post.stdout.includes(`Logged out of ${registry}.`)
  ) {
    problems.push(`post ${registry}: ${post.stdout}`)
  }
  return problems
}

/** Two runs at once on one config, from the user's config. */
async function round(index: number): Promise<RoundResult> {
  const shared = session.workspace()
  writeFileSync(
    join(shared.dockerConfig, 'config.json'),
    JSON.stringify(USER_CONFIG, null, 2)
  )
  const registries = [
    session.emulator.host,
    `localhost:${session.emulator.port}`
  ]
  const steps = (
    await Promise.all(
      registries.map((registry) =>
        pair(session.workspace(), shared.dockerConfig, registry)
      )
    )
  ).flat()
  const config = shared.dockerConfigJson()
  let same = false
  try {
    expect(config).toEqual(USER_CONFIG)
    same = true
  } catch {
    // reported below
  }
  return {
    round: index,
    steps,
    config: same ? undefined : config,
    strays: readdirSync(shared.dockerConfig).filter((f) => f !== 'config.json')
  }
}

describeE2e('two runs that share one docker config', () => {
  it(`${ROUNDS} rounds of two main and post steps at once leave the user's entries and keys, and none of theirs`, async () => {
    const results: RoundResult[] = []
    for (let first = 0; first < ROUNDS; first += AT_ONCE) {
      const batch = Array.from({ length: AT_ONCE }, (_, i) => first + i)
      results.push(...(await Promise.all(batch.map(round))))
    }
    const bad = results.filter(
      (r) => r.steps.length > 0 || r.config !== undefined || r.strays.length
    )
    expect(bad).toEqual([])
  })
})

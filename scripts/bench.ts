/**
 * `npm run bench`: times the bundled action's success path against the
 * emulator (main step, real docker CLI) beside `node -e 0` and a bare
 * `docker login`, in the same run, and prints medians, ratios and the bundle
 * sizes. The action timed is a bundle of the current src/, built before the
 * first sample; the sizes are those of the committed dist/ and of that
 * bundle. Measure here, not in tests.
 */
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator } from '../emulator/server.js'
import { ensureBundle, findDocker, runAction, Workspace } from './runner.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The bytes of the JavaScript files under dir (licenses.txt aside). */
function bytesIn(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    if (stat.isDirectory()) total += bytesIn(path)
    else if (name.endsWith('.js')) total += stat.size
  }
  return total
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).padStart(7)} KiB`
}

/**
 * Prints the size of each entry of a bundle directory: all its JavaScript,
 * and the index.js that loads at start (lazy chunks load on demand).
 */
function printSizes(label: string, root: string): void {
  for (const entry of readdirSync(root).sort()) {
    const path = join(root, entry)
    if (statSync(path).isDirectory()) {
      const index = statSync(join(path, 'index.js')).size
      console.log(
        `${`${label} ${entry}:`.padEnd(30)} ${kib(bytesIn(path))} ` +
          `(index.js ${kib(index).trim()})`
      )
    }
  }
}

/**
 * Runs a command to its end without blocking the event loop: the emulator
 * answers from this same process.
 */
function exec(
  command: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['pipe', 'ignore', 'ignore']
    })
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? -1))
    child.stdin.end(options.input ?? '')
  })
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const started = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - started) / 1e6
}

async function main(): Promise<void> {
  if (!findDocker()) throw new Error('the docker CLI is needed for the bench')
  const fresh = await ensureBundle()
  const emulator = await startEmulator()
  const account = ACCOUNTS.patReadWrite
  const env = { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url }
  const samples: Record<string, number[]> = {
    'node -e 0': [],
    'docker login (bare CLI)': [],
    'action main (preflight + login + rate limit)': [],
    'action main with push: 2 repositories': [],
    'action main, registry by host on loopback': []
  }
  try {
    for (let i = 0; i < RUNS; i++) {
      samples['node -e 0'].push(
        await time(() => exec(process.execPath, ['-e', '0']))
      )
      const bare = new Workspace()
      samples['docker login (bare CLI)'].push(
        await time(async () => {
          const code = await exec(
            'docker',
            [
              'login',
              '-u',
              account.username,
              '--password-stdin',
              emulator.host
            ],
            {
              input: account.secret,
              env: { ...process.env, DOCKER_CONFIG: bare.dockerConfig }
            }
          )
          if (code !== 0) throw new Error(`bare docker login failed (${code})`)
        })
      )
      bare.remove()
      // The last one names the emulator by host, as any registry: a
      // loopback registry is asked over https first (docker's order).
      const cases: Array<[string, string, string | undefined]> = [
        ['action main (preflight + login + rate limit)', '', undefined],
        [
          'action main with push: 2 repositories',
          `${account.username}/app\n${account.username}/api`,
          undefined
        ],
        ['action main, registry by host on loopback', '', emulator.host]
      ]
      for (const [name, push, registry] of cases) {
        const workspace = new Workspace()
        let exitCode = -1
        samples[name].push(
          await time(async () => {
            const result = await runAction(
              'main',
              workspace,
              {
                username: account.username,
                password: account.secret,
                push,
                ...(registry ? { registry } : {})
              },
              registry ? {} : env
            )
            exitCode = result.exitCode
          })
        )
        workspace.remove()
        if (exitCode !== 0) throw new Error(`${name} failed (exit ${exitCode})`)
      }
    }
  } finally {
    await emulator.close()
  }
  const node = median(samples['node -e 0'])
  const login = median(samples['docker login (bare CLI)'])
  console.log(`${RUNS} runs each, medians (ms):`)
  for (const [name, values] of Object.entries(samples)) {
    console.log(`  ${name.padEnd(46)} ${median(values).toFixed(1).padStart(8)}`)
  }
  const action = median(samples['action main (preflight + login + rate limit)'])
  const withPush = median(samples['action main with push: 2 repositories'])
  console.log(
    `action ÷ (node -e 0 + docker login):        ${(action / (node + login)).toFixed(2)}`
  )
  console.log(
    `action with push ÷ (node -e 0 + docker login): ${(withPush / (node + login)).toFixed(2)}`
  )
  console.log(
    `action overhead over a bare login:           ${(action - login).toFixed(1)} ms`
  )
  printSizes('committed dist/', 'dist')
  printSizes('fresh bundle of src/', fresh)
}

await main()

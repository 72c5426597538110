/**
 * `npm run bench [-- --rtt MS] [--runs N] [--bundle DIR] [--login-action DIR]`:
 * times the bundled action against the emulator with the real docker CLI,
 * beside what it is measured against, in one run of interleaved samples,
 * and prints medians, requests and connections per run, and peak memory.
 *
 * With `--rtt`, a delaying TCP proxy (scripts/delay-proxy.ts) stands in
 * front of the emulator: every connection pays one round trip before its
 * first byte, and every chunk half a round trip each way — what users pay
 * on a real network. The cases:
 *
 * - `node -e 0`, and a bare `docker login`;
 * - the floor: node's start-up, one token request and `docker login`;
 * - the action's success path (preflight, login, rate limit), with push
 *   checks for 50 repositories, and with `preflight: false` (the shape of
 *   docker/login-action), and its post step;
 * - docker/login-action itself, main and post, when `--login-action` (or
 *   LOGIN_ACTION_DIR) names a directory holding its `dist/index.cjs` (not
 *   part of this repository; e.g. from a checkout of docker/login-action).
 *
 * The action timed is a bundle of the current src/ (or `--bundle DIR`, a
 * bundle built elsewhere); `--compare DIR` times another bundle's success
 * path, push checks, `preflight: false` and post step beside it,
 * interleaved, e.g. one built from an
 * earlier commit with `node scripts/package.js --outdir DIR`, and prints
 * the run-by-run difference of each pair: its median and the 95 %
 * interval of that median (scripts/stats.ts), so that a difference
 * smaller than the machine's noise is not read as one. Every other run
 * takes the cases in the reverse order. Measure here, not in tests.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { startDelayProxy, type DelayProxy } from './delay-proxy.js'
import { median, pairedDifference } from './stats.js'
import {
  ensureBundle,
  findDocker,
  runAction,
  Workspace,
  type ActionInputs
} from './runner.js'

const USAGE =
  'Usage: npm run bench [-- --rtt MS] [--runs N] [--bundle DIR] [--compare DIR] [--login-action DIR]'

function readArgs(): ReturnType<typeof parse> {
  try {
    return parse()
  } catch (error) {
    // an unknown or incomplete option: one line and the usage, no stack
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`)
    process.exit(2)
  }
}

function parse() {
  return parseArgs({
    options: {
      rtt: { type: 'string' },
      runs: { type: 'string' },
      bundle: { type: 'string' },
      compare: { type: 'string' },
      'login-action': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
}

const { values: args } = readArgs()
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
const RTT = Number(args.rtt ?? process.env.BENCH_RTT ?? 0)
const RUNS = Number(args.runs ?? process.env.BENCH_RUNS ?? 15)
const LOGIN_ACTION = args['login-action'] ?? process.env.LOGIN_ACTION_DIR
/** GNU time, for the peak memory (resident set) of each process. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

const account = ACCOUNTS.patReadWrite

/** One sample of one case. */
interface Sample {
  ms: number
  /** peak resident memory, KiB (with GNU time) */
  rssKiB?: number
  /** requests the emulator answered */
  requests: number
  /** connections the delaying proxy accepted (with --rtt) */
  connections?: number
}

/** What a case runs: its wall time is measured around it. */
type Run = () => Promise<{ rssKiB?: number; ok: boolean }>

/** The peak RSS GNU time printed last on stderr (`BENCH-RSS <KiB>`). */
function rssOf(stderr: string): number | undefined {
  const found = /BENCH-RSS (\d+)\s*$/.exec(stderr)
  return found ? Number(found[1]) : undefined
}

const TIMED = TIME ? [TIME, '-f', 'BENCH-RSS %M'] : []

/** Runs a command to its end, stdin given, without blocking the loop. */
function exec(
  argv: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<{ code: number; rssKiB?: number }> {
  const command = [...TIMED, ...argv]
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), {
      env: options.env ?? process.env,
      stdio: ['pipe', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code: code ?? -1, rssKiB: rssOf(stderr) })
    )
    child.stdin.end(options.input ?? '')
  })
}

/**
 * The floor: node starts, asks the token service once with the credential,
 * and runs `docker login --password-stdin` — all a login needs.
 */
const FLOOR = `
const http = require('node:http')
const { spawn } = require('node:child_process')
const [realm, user, secret, server] = process.argv.slice(1)
const auth = 'Basic ' + Buffer.from(user + ':' + secret).toString('base64')
http.get(realm + '?account=' + user + '&service=registry.docker.io', { headers: { authorization: auth } }, (res) => {
  res.resume()
  res.on('end', () => {
    if (res.statusCode !== 200) process.exit(2)
    const docker = spawn('docker', ['login', '-u', user, '--password-stdin', server], { stdio: ['pipe', 'ignore', 'ignore'] })
    docker.on('close', (code) => process.exit(code))
    docker.stdin.end(secret)
  })
})
`

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

async function main(): Promise<void> {
  if (!findDocker()) throw new Error('the docker CLI is needed for the bench')
  const bundle = args.bundle ?? (await ensureBundle())
  // the proxy learns the emulator's port once it listens
  let port = 0
  const proxy: DelayProxy | undefined =
    RTT > 0 ? await startDelayProxy(() => port, RTT) : undefined
  const emulator: Emulator = await startEmulator({
    advertise: proxy ? `http://${proxy.host}` : undefined
  })
  port = emulator.port
  const base = proxy ? `http://${proxy.host}` : emulator.url
  const server = proxy ? proxy.host : emulator.host
  const hub = { DOCKER_LOGIN_PREFLIGHT_HUB: base }
  const script = (entry: string, root = bundle): string =>
    join(root, entry, 'index.js')
  const login = { username: account.username, password: account.secret }
  const push50 = Array.from({ length: 50 }, (_, i) => `octocat/app-${i}`)

  /** The action's main step (and, for `post`, main first, untimed). */
  const action =
    (
      inputs: ActionInputs,
      entry: 'main' | 'post' = 'main',
      root = bundle
    ): Run =>
    async () => {
      const ws = new Workspace()
      try {
        if (entry === 'post') {
          await runAction('main', ws, { ...login, ...inputs }, hub, {
            script: script('main', root)
          })
          timing.start = process.hrtime.bigint()
          emulator.reset()
          proxy?.reset()
        }
        const result = await runAction(
          entry,
          ws,
          { ...login, ...inputs },
          hub,
          {
            script: script(entry, root),
            prefix: TIMED
          }
        )
        return { ok: result.exitCode === 0, rssKiB: rssOf(result.stderr) }
      } finally {
        ws.remove()
      }
    }

  /** docker/login-action's bundle, main (and post after it). */
  const loginAction =
    (entry: 'main' | 'post'): Run =>
    async () => {
      const ws = new Workspace()
      const cjs = join(LOGIN_ACTION ?? '', 'dist', 'index.cjs')
      const inputs = { registry: server, ...login, logout: 'true' }
      try {
        if (entry === 'post') {
          await runAction('main', ws, inputs, {}, { script: cjs })
          timing.start = process.hrtime.bigint()
          emulator.reset()
          proxy?.reset()
        }
        const result = await runAction(
          entry,
          ws,
          inputs,
          entry === 'post' ? { STATE_isPost: 'true' } : {},
          { script: cjs, prefix: TIMED }
        )
        return { ok: result.exitCode === 0, rssKiB: rssOf(result.stderr) }
      } finally {
        ws.remove()
      }
    }

  const cases: Array<[string, Run]> = [
    [
      'node -e 0',
      async () => {
        const { code, rssKiB } = await exec([process.execPath, '-e', '0'])
        return { ok: code === 0, rssKiB }
      }
    ],
    [
      'docker login (bare CLI)',
      async () => {
        const ws = new Workspace()
        const { code, rssKiB } = await exec(
          [
            'docker',
            'login',
            '-u',
            account.username,
            '--password-stdin',
            server
          ],
          {
            input: account.secret,
            env: { ...process.env, DOCKER_CONFIG: ws.dockerConfig }
          }
        )
        ws.remove()
        return { ok: code === 0, rssKiB }
      }
    ],
    [
      'floor: node + 1 token request + docker login',
      async () => {
        const ws = new Workspace()
        const { code, rssKiB } = await exec(
          [
            process.execPath,
            '-e',
            FLOOR,
            `${base}/token`,
            account.username,
            account.secret,
            server
          ],
          { env: { ...process.env, DOCKER_CONFIG: ws.dockerConfig } }
        )
        ws.remove()
        return { ok: code === 0, rssKiB }
      }
    ],
    ['action: success path', action({})],
    ['action: push, 50 repositories', action({ push: push50.join('\n') })],
    [
      "action: preflight: false (login-action's shape)",
      action({ preflight: 'false' })
    ],
    ['action: post step', action({}, 'post')]
  ]
  if (args.compare) {
    cases.push([
      'compared bundle: success path',
      action({}, 'main', args.compare)
    ])
    cases.push([
      'compared bundle: push, 50 repositories',
      action({ push: push50.join('\n') }, 'main', args.compare)
    ])
    cases.push([
      "compared bundle: preflight: false (login-action's shape)",
      action({ preflight: 'false' }, 'main', args.compare)
    ])
    cases.push(['compared bundle: post step', action({}, 'post', args.compare)])
  }
  if (LOGIN_ACTION) {
    cases.push(['docker/login-action: main', loginAction('main')])
    cases.push(['docker/login-action: post', loginAction('post')])
  }

  const timing = { start: 0n }
  const samples = new Map<string, Sample[]>(cases.map(([name]) => [name, []]))
  try {
    for (let i = 0; i < RUNS; i++) {
      // every other run in the reverse order: no case always runs first
      for (const [name, run] of i % 2 ? [...cases].reverse() : cases) {
        emulator.reset()
        proxy?.reset()
        timing.start = process.hrtime.bigint()
        const { ok, rssKiB } = await run()
        const ms = Number(process.hrtime.bigint() - timing.start) / 1e6
        if (!ok) throw new Error(`${name} failed`)
        samples.get(name)?.push({
          ms,
          rssKiB,
          requests: emulator.requests.length,
          connections: proxy?.connections
        })
      }
    }
  } finally {
    await emulator.close()
    await proxy?.close()
  }

  const med = (name: string, pick: (s: Sample) => number | undefined) => {
    const values = (samples.get(name) ?? [])
      .map(pick)
      .filter((v): v is number => v !== undefined)
    return values.length > 0 ? median(values) : undefined
  }
  const floor = med('floor: node + 1 token request + docker login', (s) => s.ms)
  console.log(
    `${RUNS} interleaved runs each, round-trip time ${RTT} ms; medians:\n`
  )
  console.log(
    `${'case'.padEnd(48)} ${'ms'.padStart(8)} ${'÷ floor'.padStart(8)} ${'requests'.padStart(9)} ${'conns'.padStart(6)} ${'peak MiB'.padStart(9)}`
  )
  for (const [name] of cases) {
    const ms = med(name, (s) => s.ms) ?? 0
    const requests = med(name, (s) => s.requests)
    const conns = med(name, (s) => s.connections)
    const rss = med(name, (s) => s.rssKiB)
    console.log(
      `${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ${(floor ? (ms / floor).toFixed(2) : '').padStart(8)} ${String(requests ?? '').padStart(9)} ${String(conns ?? '—').padStart(6)} ${(rss ? (rss / 1024).toFixed(1) : '—').padStart(9)}`
    )
  }
  const success = med('action: success path', (s) => s.ms) ?? 0
  const shape =
    med("action: preflight: false (login-action's shape)", (s) => s.ms) ?? 0
  console.log(
    `\nsuccess path − preflight: false = ${(success - shape).toFixed(1)} ms` +
      (RTT > 0 ? ` (${((success - shape) / RTT).toFixed(2)} round trips)` : '')
  )
  if (LOGIN_ACTION) {
    const la = med('docker/login-action: main', (s) => s.ms) ?? 0
    const laPost = med('docker/login-action: post', (s) => s.ms) ?? 0
    const post = med('action: post step', (s) => s.ms) ?? 0
    const rss = med('action: success path', (s) => s.rssKiB)
    const laRss = med('docker/login-action: main', (s) => s.rssKiB)
    console.log(
      `vs docker/login-action: wall ${(success / la).toFixed(2)}×, ` +
        `post ${(post / laPost).toFixed(2)}×` +
        (rss && laRss ? `, peak memory ${(rss / laRss).toFixed(2)}×` : '')
    )
  }
  if (args.compare) {
    console.log(
      '\nthis bundle − compared bundle, run by run (median, 95 % interval):'
    )
    for (const name of [
      'success path',
      'push, 50 repositories',
      "preflight: false (login-action's shape)",
      'post step'
    ]) {
      const ours = (samples.get(`action: ${name}`) ?? []).map((s) => s.ms)
      const theirs = (samples.get(`compared bundle: ${name}`) ?? []).map(
        (s) => s.ms
      )
      const d = pairedDifference(ours, theirs)
      if (!d) continue
      const sign = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)}`
      console.log(
        `  ${name.padEnd(40)} ${sign(d.median).padStart(7)} ms  [${sign(d.low)}, ${sign(d.high)}] over ${d.pairs} runs`
      )
    }
  }
  for (const entry of ['main', 'post', 'cli']) {
    const dir = join(bundle, entry)
    if (!existsSync(dir)) continue
    console.log(
      `bundle ${entry}: index.js ${(statSync(join(dir, 'index.js')).size / 1024).toFixed(1)} KiB, all chunks ${(bytesIn(dir) / 1024).toFixed(1)} KiB`
    )
  }
}

await main()

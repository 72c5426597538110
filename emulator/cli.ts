/**
 * `npm run emulator`: starts the Docker Hub emulator standalone, prints its
 * address and the accounts it knows, logs each request (never a secret) and
 * stops cleanly on SIGINT, SIGTERM or SIGHUP, and when the process that
 * started it is gone (npm killed: this process is handed to another parent).
 * `npm run emulator` execs node with tsx's loader, so that npm's child is
 * this process and not a tsx process relaying to it.
 */
import { parseArgs } from 'node:util'
import { ACCOUNTS } from './accounts.js'
import { OIDC_CONNECTIONS, startIdTokenServer } from './oidc.js'
import {
  FAULT_KINDS,
  parseFaultSpec,
  startEmulator,
  type FaultPlan,
  type RecordedRequest
} from './server.js'

/** How often the emulator checks that its parent process is still there. */
const PARENT_POLL_MS = 200

/** The environment variable holding faults, comma-separated. */
const FAULTS_ENV = 'DOCKER_HUB_EMULATOR_FAULTS'

/** Wraps `text` at spaces to `width` columns, indenting the next lines. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  lines.push(line)
  return lines.join(`\n${indent}`)
}

const HELP = `Usage: npm run emulator -- [options]

A Docker Hub emulator on loopback: the registry ping (/v2/), the token
service (/token), the Hub login API (/v2/users/login, /v2/auth/token) and
the rate-limit preview (/v2/ratelimitpreview/test/manifests/latest) and
Docker's OIDC token exchange (/oauth/token), all on one base URL.

Options:
  --host HOST        address to listen on (default 127.0.0.1)
  --port PORT        port to listen on (default 0: a free port)
  --fault SPEC       inject a fault; repeatable, consumed in order
  --oidc             also start GitHub's ID-token endpoint, for OIDC logins
                     (prints ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN)
  --quiet            do not log requests
  -h, --help         show this help

A fault SPEC is route:kind[:times[:retryAfter]]
  route       ping | token | hub | manifest | any
  kind        ${wrap(FAULT_KINDS.join(' | '), 62, ' '.repeat(14))}
  times       how many matching requests it hits (default 1, "inf" for all)
  retryAfter  the Retry-After header of a 429

  no-challenge, bad-challenge and other-realm-host apply to ping and
  manifest; not-jwt to token and hub; the others to every route.

Faults may also be given in ${FAULTS_ENV}, comma-separated.

Examples:
  npm run emulator -- --port 5000
  npm run emulator -- --fault token:503:2 --fault ping:reset
  ${FAULTS_ENV}=any:429:inf:30 npm run emulator

Then, in another shell:
  printf %s "$SECRET" | docker login -u octocat --password-stdin 127.0.0.1:5000
  DOCKER_LOGIN_PREFLIGHT_HUB=http://127.0.0.1:5000 <the action or its CLI>
`

/** Formats one request for the log: no credential, only the scheme. */
function logLine(request: RecordedRequest): string {
  const parts = [
    request.method,
    request.path,
    String(request.status ?? (request.fault === 'hang' ? 'hang' : 'reset'))
  ]
  if (request.authorization) parts.push(`(${request.authorization})`)
  if (request.account) parts.push(`account=${request.account}`)
  if (request.scopes?.length) parts.push(`scope=${request.scopes.join(' ')}`)
  if (request.fault) parts.push(`[fault ${request.fault}]`)
  return parts.join(' ')
}

/** The accounts table: name, username, kind, secret and behaviour. */
function accountsTable(): string {
  const rows = Object.entries(ACCOUNTS).map(([name, account]) => [
    name,
    account.username,
    account.kind,
    account.secret,
    account.behaviour
  ])
  const header = ['ACCOUNTS.<name>', 'username', 'kind', 'secret', 'behaviour']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length))
  )
  // the behaviour column is last and not padded
  const format = (row: string[]): string =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell.padEnd(widths[column])
      )
      .join('  ')
  return [format(header), ...rows.map(format)].join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      fault: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
      oidc: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const port = Number(values.port ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, not "${values.port}"`)
  }
  const specs = [
    ...(process.env[FAULTS_ENV] ?? '').split(',').filter((s) => s.trim()),
    ...(values.fault ?? [])
  ]
  const faults: FaultPlan[] = specs.map(parseFaultSpec)

  const emulator = await startEmulator({
    host: values.host,
    port,
    faults,
    onRequest: values.quiet
      ? undefined
      : (request) => console.log(logLine(request))
  })
  console.log(`docker-hub emulator listening on ${emulator.url}`)
  console.log(`DOCKER_LOGIN_PREFLIGHT_HUB=${emulator.url}`)
  for (const fault of faults) {
    console.log(
      `fault: ${fault.route} ${fault.kind} × ${fault.times ?? 1}` +
        (fault.retryAfter ? ` (Retry-After: ${fault.retryAfter})` : '')
    )
  }
  console.log(`\n${accountsTable()}\n`)
  const github = values.oidc ? await startIdTokenServer() : undefined
  if (github) {
    // the runner's variables of a job with id-token: write (§7 (b))
    console.log(`ACTIONS_ID_TOKEN_REQUEST_URL=${github.url}`)
    console.log(`ACTIONS_ID_TOKEN_REQUEST_TOKEN=${github.requestToken}`)
    for (const [name, c] of Object.entries(OIDC_CONNECTIONS)) {
      console.log(
        `OIDC_CONNECTIONS.${name}  ${c.id}  ${c.organization}  ${c.behaviour}`
      )
    }
    console.log('')
  }
  console.log('Press Ctrl-C to stop.')

  let stopping = false
  const stop = (reason: string): void => {
    if (stopping) return
    stopping = true
    clearInterval(parentWatch)
    console.log(`${reason}: stopping`)
    Promise.all([emulator.close(), github?.close()]).then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => stop(signal))
  }
  // No signal comes when npm is killed outright: its child is then
  // re-parented, which process.ppid shows.
  const parent = process.ppid
  const parentWatch = setInterval(() => {
    if (process.ppid !== parent) stop(`parent process ${parent} gone`)
  }, PARENT_POLL_MS)
  parentWatch.unref()
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})

/**
 * The command line as a user runs it: the bundled bin (`node cli/index.js`
 * of the bundle globalSetup built from src/, what package.json `bin` names
 * in dist/), stdin piped, a temporary
 * DOCKER_CONFIG, the Docker Hub emulator as Docker Hub, and a docker shim on
 * PATH that records every docker argv. Each test asserts the exact exit code
 * and diagnosis id, and that the secret appears nowhere it was printed.
 */
import { describe, expect, it } from '@jest/globals'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { spawn } from 'node:child_process'
import { ACCOUNTS, type Account } from '../emulator/accounts.js'
import { bundlePath, secretForms, Workspace } from '../scripts/runner.js'
import type { DiagnosisId } from '../src/diagnosis.js'
import { remediationFor, type RemediationContext } from '../src/remediation.js'

const BIN = bundlePath('cli')

/** The context `explain` renders with: it knows no registry or username. */
const EXPLAIN_CONTEXT: RemediationContext = {
  registry: 'docker.io',
  isDockerHub: true,
  username: '',
  credentialKind: 'none'
}

const JSON_KEYS = ['diagnosis', 'evidence', 'steps', 'title', 'warnings']

const session = emulatorSession()

interface CliRun {
  exitCode: number
  stdout: string
  stderr: string
  /** the argv the child process was started with */
  argv: string[]
  ws: Workspace
}

/** Runs `docker-login-preflight <args>` with `stdin` piped in. */
async function cli(args: string[], stdin = ''): Promise<CliRun> {
  const ws = session.workspace()
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ws.dir,
    env: {
      PATH: `${ws.bin}:${process.env.PATH ?? ''}`,
      HOME: ws.dir,
      DOCKER_CONFIG: ws.dockerConfig,
      DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  // The child may exit before reading stdin (usage errors): ignore EPIPE.
  child.stdin.on('error', () => undefined)
  child.stdin.end(stdin)
  const exitCode = await new Promise<number>((done) =>
    child.on('close', (code) => done(code ?? -1))
  )
  ws.transcripts.push(stdout, stderr)
  return { exitCode, stdout, stderr, argv: child.spawnargs, ws }
}

/** Parses stdout as exactly one JSON object on one line, with the five keys. */
function parseJson(stdout: string): {
  diagnosis: string
  warnings: unknown[]
  title: string
  steps: unknown[]
  evidence: unknown[]
} {
  expect(stdout.endsWith('\n')).toBe(true)
  expect(stdout.trimEnd().split('\n')).toHaveLength(1)
  const parsed = JSON.parse(stdout) as Record<string, unknown>
  expect(parsed).not.toBeNull()
  expect(typeof parsed).toBe('object')
  expect(Array.isArray(parsed)).toBe(false)
  expect(Object.keys(parsed).sort()).toEqual(JSON_KEYS)
  expect(Array.isArray(parsed.warnings)).toBe(true)
  expect(typeof parsed.title).toBe('string')
  expect(Array.isArray(parsed.steps)).toBe(true)
  expect(Array.isArray(parsed.evidence)).toBe(true)
  for (const line of [
    ...(parsed.steps as unknown[]),
    ...(parsed.evidence as unknown[]),
    ...(parsed.warnings as unknown[])
  ]) {
    expect(typeof line).toBe('string')
  }
  return parsed as ReturnType<typeof parseJson>
}

/**
 * The title a command prints: the remediation's, except for `ok` where
 * nothing was logged in (`explain`, `check`).
 */
function title(
  id: DiagnosisId,
  context: RemediationContext,
  command: 'explain' | 'check' | 'login'
): string {
  if (id === 'ok' && command === 'explain') {
    return 'The text reports a successful login'
  }
  if (id === 'ok' && command === 'check') {
    return 'The registry accepted the credential'
  }
  return remediationFor(id, context).title
}

/** The first line of the human output. */
function headline(
  id: DiagnosisId,
  context: RemediationContext,
  command: 'explain' | 'check' | 'login' = 'login'
): string {
  return `Diagnosis: ${id} — ${title(id, context, command)}`
}

/** The secret, in any form, is in none of the run's output nor docker argv. */
function expectNoSecret(run: CliRun, username: string, secret: string): void {
  const printed = [
    run.stdout,
    run.stderr,
    run.ws.dockerArgv().join('\n'),
    run.argv.join(' ')
  ].join('\n')
  for (const form of secretForms(username, secret)) {
    expect(printed).not.toContain(form)
  }
}

function hubContext(account: Account): RemediationContext {
  return {
    registry: 'docker.io',
    isDockerHub: true,
    username: account.username,
    credentialKind: account.kind
  }
}

// ---------------------------------------------------------------------------
// explain

/** Texts as users paste them, and the diagnosis each must get. */
const EXPLAIN_CASES: [string, string, DiagnosisId][] = [
  [
    '2FA password, PAT wording since 2024',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens',
    'pat-required'
  ],
  [
    '2FA password, PAT wording 2020–2023',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login',
    'pat-required'
  ],
  [
    'incorrect username or password (full CLI form)',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    'invalid-credentials'
  ],
  [
    'the lockout 429',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": toomanyrequests: too many failed login attempts for username or IP address',
    'login-locked-out'
  ],
  [
    'the pull rate limit',
    'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits',
    'rate-limited'
  ],
  [
    'an expired PAT',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: personal access token is expired',
    'token-expired'
  ],
  [
    'buildx insufficient_scope',
    [
      '#12 exporting to image',
      '#12 pushing layers 0.4s done',
      'ERROR: failed to solve: failed to push docker.io/octocat/app:latest: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aoctocat%2Fapp%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: insufficient_scope: authorization failed'
    ].join('\n'),
    'insufficient-scope'
  ],
  [
    'docker push denied',
    [
      'The push refers to repository [docker.io/someone-else/app]',
      '5f70bf18a086: Preparing',
      'denied: requested access to the resource is denied'
    ].join('\n'),
    'insufficient-scope'
  ],
  [
    'GHCR write_package',
    'denied: permission_denied: write_package',
    'insufficient-scope'
  ],
  [
    'GitLab HTTP Basic: Access denied',
    'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied',
    'invalid-credentials'
  ],
  [
    'a credential helper failure',
    'Error saving credentials: error storing credentials - err: exit status 1, out: ``',
    'credential-store-error'
  ],
  [
    'a TLS handshake timeout',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
    'registry-unreachable'
  ],
  [
    'Login Succeeded',
    [
      'WARNING! Your credentials are stored unencrypted in /home/me/.docker/config.json.',
      'Configure a credential helper to remove this warning. See',
      'https://docs.docker.com/go/credential-store/',
      '',
      'Login Succeeded'
    ].join('\n'),
    'ok'
  ],
  ['gibberish', 'the quick brown fox jumps over the lazy dog 42', 'unknown']
]

describe('explain', () => {
  it.each(EXPLAIN_CASES)('%s → text', async (_name, text, id) => {
    const run = await cli(['explain'], `${text}\n`)
    expect(run.exitCode).toBe(id === 'ok' ? 0 : 1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(headline(id, EXPLAIN_CONTEXT, 'explain'))
    expect(lines).toContain('Evidence:')
    if (id === 'ok') {
      expect(run.stdout).not.toContain('How to fix it:')
    } else {
      expect(lines[2]).toBe(remediationFor(id, EXPLAIN_CONTEXT).why)
      expect(lines).toContain('How to fix it:')
      expect(run.stdout).toMatch(/^ {2}1\. \S/m)
    }
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it.each(EXPLAIN_CASES)('%s → --json', async (_name, text, id) => {
    const run = await cli(['explain', '--json'], `${text}\n`)
    expect(run.exitCode).toBe(id === 'ok' ? 0 : 1)
    expect(run.stderr).toBe('')
    const out = parseJson(run.stdout)
    const remediation = remediationFor(id, EXPLAIN_CONTEXT)
    expect(out.diagnosis).toBe(id)
    expect(out.warnings).toEqual([])
    expect(out.title).toBe(title(id, EXPLAIN_CONTEXT, 'explain'))
    expect(out.steps).toEqual(remediation.steps)
    if (id === 'ok') {
      expect(out.steps).toEqual([])
    } else {
      expect(out.steps.length).toBeGreaterThan(0)
    }
    if (id === 'unknown') {
      expect(out.evidence).toHaveLength(1)
      expect(out.evidence[0]).toMatch(/^no known wording in "/)
    } else {
      // The line that matched, then the known wording and its source.
      expect(out.evidence).toHaveLength(2)
      expect(out.evidence[0]).toMatch(/^seen: "/)
      expect(out.evidence[1]).toMatch(/^known wording "[^"]+" \(.+\)$/)
    }
  })

  it('empty stdin → unknown, exit 1, "the text is empty"', async () => {
    const run = await cli(['explain', '--json'], '')
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('unknown')
    expect(out.evidence).toEqual(['the text is empty'])
  })

  it('quotes the line that matched, not the whole paste', async () => {
    const run = await cli(
      ['explain', '--json'],
      'Authenticating with existing credentials...\r\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\r\n'
    )
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('invalid-credentials')
    expect(out.evidence[0]).toContain('unauthorized: incorrect username')
    expect(out.evidence[0]).not.toContain('Authenticating')
  })
})

// ---------------------------------------------------------------------------
// check

const CHECK_CASES: [string, Account, DiagnosisId][] = [
  ['read-write PAT', ACCOUNTS.patReadWrite, 'ok'],
  ['2FA password', ACCOUNTS.password2fa, 'password-with-2fa'],
  [
    'org token with a member username',
    ACCOUNTS.orgTokenMemberUsername,
    'organization-token-username'
  ],
  ['locked out', ACCOUNTS.lockedOut, 'login-locked-out'],
  ['expired PAT', ACCOUNTS.patExpired, 'token-expired']
]

const CHECK_MODES = CHECK_CASES.flatMap(([name, account, id]) => [
  [name, 'text', account, id] as const,
  [name, '--json', account, id] as const
])

describe('check against the emulator', () => {
  it.each(CHECK_MODES)(
    '%s (%s)',
    async (_name, mode, account: Account, id: DiagnosisId) => {
      // The cases must match what the emulator's table says.
      expect(account.diagnosis).toBe(id)
      const args = ['check', '--username', account.username, '--password-stdin']
      if (mode === '--json') args.push('--json')
      const run = await cli(args, `${account.secret}\n`)

      expect(run.exitCode).toBe(id === 'ok' ? 0 : 1)
      expect(run.stderr).toBe('')
      const context = hubContext(account)
      if (mode === '--json') {
        const out = parseJson(run.stdout)
        expect(out.diagnosis).toBe(id)
        expect(out.warnings).toEqual([])
        expect(out.title).toBe(title(id, context, 'check'))
        expect(out.steps).toEqual(remediationFor(id, context).steps)
        if (id !== 'ok') expect(out.steps.length).toBeGreaterThan(0)
        expect(out.evidence[0]).toBe(
          `registry ping ${session.emulator.host}/v2/ answered 401 with a bearer challenge, realm ${session.emulator.url}/token`
        )
      } else {
        expect(run.stdout.split('\n')[0]).toBe(headline(id, context, 'check'))
      }
      // The credential really went to the emulator's token service…
      expect(
        session.emulator.requests.some(
          (r) => r.step === 'token' && r.account === account.username
        )
      ).toBe(true)
      // …and nothing else: no docker command, no stored login.
      expect(run.ws.dockerArgv()).toEqual([])
      expect(run.ws.dockerConfigJson()).toBeUndefined()
      expect(run.ws.authKeys()).toEqual([])
      expectNoSecret(run, account.username, account.secret)
    }
  )

  it('an accepted token says so in the evidence', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['check', '-u', account.username, '--password-stdin', '--json'],
      account.secret
    )
    expect(run.exitCode).toBe(0)
    const out = parseJson(run.stdout)
    expect(out.evidence).toContain(
      `token endpoint ${session.emulator.host}/token answered 200: credential accepted`
    )
  })

  it('one trailing CRLF is trimmed from stdin like the docker CLI does', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['check', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\r\n`
    )
    expect(run.exitCode).toBe(0)
    expect(parseJson(run.stdout).diagnosis).toBe('ok')
  })

  it('a working account password → ok with the password-in-use warning', async () => {
    const account = ACCOUNTS.password
    const run = await cli(
      ['check', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('ok')
    expect(out.warnings).toEqual(['password-in-use'])
    expectNoSecret(run, account.username, account.secret)
  })

  it('an empty username and stdin → missing-credentials, nothing sent', async () => {
    const run = await cli(
      ['check', '--username', '', '--password-stdin', '--json'],
      ''
    )
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('missing-credentials')
    expect(out.evidence).toEqual([
      'the username is empty',
      'the password is empty'
    ])
    expect(session.emulator.requests).toEqual([])
  })

  it.each([
    ['text', ['check']],
    ['--json', ['check', '--json']]
  ])(
    'a registry that is down → registry-unreachable (%s)',
    async (mode, command) => {
      const account = ACCOUNTS.patReadWrite
      const started = Date.now()
      const run = await cli(
        [
          ...command,
          '--username',
          account.username,
          '--password-stdin',
          '--registry',
          '127.0.0.1:1',
          '--timeout',
          '1',
          '--retries',
          '0'
        ],
        `${account.secret}\n`
      )
      expect(Date.now() - started).toBeLessThan(5000)
      expect(run.exitCode).toBe(1)
      expect(run.stderr).toBe('')
      const context: RemediationContext = {
        registry: '127.0.0.1:1',
        isDockerHub: false,
        username: account.username,
        credentialKind: account.kind
      }
      if (mode === '--json') {
        const out = parseJson(run.stdout)
        expect(out.diagnosis).toBe('registry-unreachable')
        expect(out.title).toBe(
          remediationFor('registry-unreachable', context).title
        )
        expect(out.evidence).toEqual([
          'registry ping 127.0.0.1:1/v2/ could not be reached: ECONNREFUSED "connect ECONNREFUSED 127.0.0.1:1"'
        ])
      } else {
        expect(run.stdout.split('\n')[0]).toBe(
          headline('registry-unreachable', context)
        )
        expect(run.stdout).toContain('No usable answer came from 127.0.0.1:1')
      }
      // Docker Hub (the emulator) was not asked about another registry.
      expect(session.emulator.requests).toEqual([])
      expect(run.ws.dockerArgv()).toEqual([])
      expectNoSecret(run, account.username, account.secret)
    }
  )
})

// ---------------------------------------------------------------------------
// login

describeE2e('login with the real docker CLI', () => {
  it('a read-write PAT → exit 0, the auth entry, --password-stdin', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(headline('ok', hubContext(account)))
    expect(run.stdout).toContain('docker login succeeded (exit code 0)')
    // The CLI's own output is relayed only when the login failed.
    expect(run.stderr).toBe('')
    expect(run.ws.authKeys()).toEqual([session.emulator.host])
    const auths = run.ws.dockerConfigJson()?.auths as Record<
      string,
      { auth: string }
    >
    expect(
      Buffer.from(auths[session.emulator.host].auth, 'base64').toString()
    ).toBe(`${account.username}:${account.secret}`)
    expect(run.ws.dockerArgv()).toEqual([
      `docker login --username ${account.username} --password-stdin ${session.emulator.host}`
    ])
    expectNoSecret(run, account.username, account.secret)
  })

  it('a read-write PAT with --json → one JSON object, nothing else', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('ok')
    expect(out.warnings).toEqual([])
    expect(out.title).toBe(remediationFor('ok', hubContext(account)).title)
    expect(out.steps).toEqual([])
    expect(out.evidence).toContain('docker login succeeded (exit code 0)')
    expect(run.ws.authKeys()).toEqual([session.emulator.host])
    expect(run.ws.dockerArgv()).toHaveLength(1)
    expectNoSecret(run, account.username, account.secret)
  })

  it('a wrong password → exit 1, refused before docker ran', async () => {
    const account = ACCOUNTS.wrongPassword
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('invalid-credentials')
    expect(out.title).toBe(
      remediationFor('invalid-credentials', hubContext(account)).title
    )
    expect(run.ws.dockerArgv()).toEqual([])
    expect(run.ws.authKeys()).toEqual([])
    expectNoSecret(run, account.username, account.secret)
  })

  it('a wrong password, text mode → exit 1, no docker output', async () => {
    const account = ACCOUNTS.wrongPassword
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout.split('\n')[0]).toBe(
      headline('invalid-credentials', hubContext(account))
    )
    expect(run.stderr).toBe('')
    expect(run.ws.dockerArgv()).toEqual([])
    expect(run.ws.dockerConfigJson()).toBeUndefined()
  })

  it('a registry that is down → docker is still tried, registry-unreachable', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      [
        'login',
        '--username',
        account.username,
        '--password-stdin',
        '--registry',
        '127.0.0.1:1',
        '--timeout',
        '1',
        '--retries',
        '0',
        '--json'
      ],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(1)
    expect(parseJson(run.stdout).diagnosis).toBe('registry-unreachable')
    expect(run.ws.dockerArgv()).toEqual([
      `docker login --username ${account.username} --password-stdin 127.0.0.1:1`
    ])
    expect(run.ws.authKeys()).toEqual([])
    expectNoSecret(run, account.username, account.secret)
  })
})

// ---------------------------------------------------------------------------
// usage

describe('usage errors → exit 2, a message on stderr, nothing sent', () => {
  const secret = ACCOUNTS.patReadWrite.secret

  it.each<[string, string[], RegExp]>([
    ['an unknown command', ['frobnicate'], /^Unknown command "frobnicate"\./],
    [
      'check without --password-stdin',
      ['check', '--username', 'octocat'],
      /^--password-stdin is required: pipe the password or token on stdin/
    ],
    [
      'login without --password-stdin',
      ['login', '--username', 'octocat'],
      /^--password-stdin is required/
    ],
    [
      'check without --username',
      ['check', '--password-stdin'],
      /^--username is required/
    ],
    [
      'a username with spaces (the same check as the action)',
      ['check', '--username', 'octo cat', '--password-stdin'],
      /^Input "username" contains spaces: set it to your Docker ID/
    ],
    [
      '--retries abc',
      [
        'check',
        '--username',
        'octocat',
        '--password-stdin',
        '--retries',
        'abc'
      ],
      /^Input "--retries" must be a whole number from 0 to 10, not "abc"/
    ],
    [
      '--timeout 0',
      ['check', '--username', 'octocat', '--password-stdin', '--timeout', '0'],
      /^Input "--timeout" must be a number of seconds above 0/
    ],
    [
      '--registry with a repository path',
      [
        'check',
        '--username',
        'octocat',
        '--password-stdin',
        '--registry',
        'ghcr.io/owner/app'
      ],
      /must be a registry host such as ghcr\.io or docker\.io, without a path \(got "ghcr\.io\/owner\/app"\)/
    ],
    [
      'a URL as --registry',
      [
        'check',
        '--username',
        'octocat',
        '--password-stdin',
        '--registry',
        'ftp://127.0.0.1:1'
      ],
      /not a ftp:\/\/ URL/
    ],
    [
      'an unknown option to explain',
      ['explain', '--verbose'],
      /^Unknown option --verbose\./
    ],
    [
      'a positional argument to explain',
      ['explain', 'error.txt'],
      /^Unexpected argument: explain reads the text on stdin/
    ]
  ])('%s', async (_name, args, message) => {
    const run = await cli(args, `${secret}\n`)
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(session.emulator.requests).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it('no command → exit 2 and the usage text', async () => {
    const run = await cli([])
    expect(run.exitCode).toBe(2)
    expect(run.stdout + run.stderr).toContain(
      'Usage: docker-login-preflight <command> [options]'
    )
  })

  it('no command → the usage text is on stderr, not stdout', async () => {
    const run = await cli([])
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(
      'Usage: docker-login-preflight <command> [options]'
    )
  })
})

describe('the secret cannot be given on the command line', () => {
  const account = ACCOUNTS.patReadWrite

  it.each<[string, string[], string]>([
    ['--password SECRET', ['--password', account.secret], '--password'],
    ['--password=SECRET', [`--password=${account.secret}`], '--password'],
    ['-p SECRET (docker login style)', ['-p', account.secret], '-p']
  ])('check/login %s is an unknown option', async (_name, option, named) => {
    for (const command of ['check', 'login']) {
      const run = await cli([
        command,
        '--username',
        account.username,
        ...option
      ])
      expect(run.exitCode).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr.split('\n')[0]).toBe(`Unknown option ${named}.`)
      expect(run.stderr).toContain('--password-stdin')
      expect(run.stderr).not.toContain(account.secret)
      expect(session.emulator.requests).toEqual([])
      expect(run.ws.dockerArgv()).toEqual([])
    }
  })

  it('--password-stdin takes no value', async () => {
    const run = await cli([
      'check',
      '--username',
      account.username,
      `--password-stdin=${account.secret}`
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(
      'Option --password-stdin is used the wrong way (a value where none is taken, or none where one is needed).'
    )
    expect(run.stderr).not.toContain(account.secret)
    expect(session.emulator.requests).toEqual([])
  })

  it('a secret given as a positional argument is refused', async () => {
    const run = await cli([
      'login',
      '--username',
      account.username,
      '--password-stdin',
      account.secret
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /^Unexpected argument: this command takes options only/
    )
    expect(session.emulator.requests).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it('a secret given as a positional argument is not echoed', async () => {
    const run = await cli([
      'check',
      '--username',
      account.username,
      '--password-stdin',
      account.secret
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).not.toContain(account.secret)
  })
})

describe('--help → exit 0, the usage text on stdout', () => {
  it.each<[string[], string, string[]]>([
    [
      ['--help'],
      'Usage: docker-login-preflight <command> [options]',
      ['explain', 'check', 'login', 'Exit code: 0']
    ],
    [
      ['-h'],
      'Usage: docker-login-preflight <command> [options]',
      ['explain', 'check', 'login']
    ],
    [
      ['explain', '--help'],
      'Usage: docker-login-preflight explain [--registry R] [--json] < error.txt',
      ['--json', '--help']
    ],
    [
      ['check', '--help'],
      'Usage: docker-login-preflight check --username U --password-stdin',
      [
        '--username U',
        '--password-stdin',
        '--registry R',
        '--retries N',
        '--timeout S',
        '--json',
        'DOCKER_LOGIN_PREFLIGHT_HUB'
      ]
    ],
    [
      ['check', '-h'],
      'Usage: docker-login-preflight check --username U --password-stdin',
      ['--password-stdin']
    ],
    [
      ['login', '--help'],
      'Usage: docker-login-preflight login --username U --password-stdin',
      ["'docker login --password-stdin'", "as for 'check'"]
    ]
  ])('%j', async (args, first, mentions) => {
    const run = await cli(args, 'should not be read\n')
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toBe(first)
    for (const text of mentions) expect(run.stdout).toContain(text)
    expect(session.emulator.requests).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it('--help wins over the other options: nothing is checked', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin', '--help'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(
      'Usage: docker-login-preflight login --username U --password-stdin'
    )
    expect(session.emulator.requests).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
    expect(run.ws.authKeys()).toEqual([])
  })
})

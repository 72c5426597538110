/**
 * Golden behaviour: scenarios that cover every emulator account, fault,
 * offline verdict, input error, push and rate-limit case, skipped login and
 * docker-config failure, with what the user reads for each — the outputs,
 * the error, warning and notice lines and the job summary — normalised so
 * that ports and temporary paths do not count. The records in
 * `__tests__/golden/` were made before the core was reshaped; the golden
 * test proves the reshaped core still produces them (rule ids aside).
 */
import { ACCOUNTS } from '../emulator/accounts.js'
import type { FaultPlan } from '../emulator/server.js'

/** What the user reads after one run of the main step. */
export interface GoldenRecord {
  exitCode: number
  outputs: Record<string, string>
  errors: string[]
  warnings: string[]
  notices: string[]
  summary: string
}

/** A GitHub event the run belongs to. */
export interface ScenarioEvent {
  name: string
  actor: string
  payload: object
}

/** One run of the main step. */
export interface Scenario {
  name: string
  /**
   * Inputs by their action.yml names. `{emulator}` stands for the
   * emulator's host and `{basic}` for the Basic-auth registry's.
   */
  inputs: Record<string, string>
  /** faults the emulator injects */
  faults?: FaultPlan[]
  /** the emulator stands in for Docker Hub (default true) */
  hub?: boolean
  event?: ScenarioEvent
  /** the docker config.json before the run */
  dockerConfig?: object
  /** scripts put on PATH, by name: credential helpers */
  helpers?: Record<string, string>
  /** DOCKER_CONFIG under a regular file: no one can create it */
  unwritableConfig?: boolean
}

const PAT = ACCOUNTS.patReadWrite
const ok = { username: PAT.username, password: PAT.secret }
/** Fault scenarios run with a short timeout. */
const fast = { ...ok, timeout: '1' }

const FORK_PAYLOAD = {
  pull_request: {
    number: 7,
    head: { repo: { full_name: 'someone/app-fork', fork: true } },
    base: { repo: { full_name: 'octo/app' } }
  }
}

/** A credential helper that fails and repeats its input, secret included. */
const ECHOING_HELPER =
  'input=$(cat)\necho "keychain locked, cannot store $input"\n' +
  'echo "keychain locked" >&2\nexit 1\n'

const accounts: Scenario[] = Object.entries(ACCOUNTS).map(
  ([name, account]) => ({
    name: `account ${name}`,
    inputs: { username: account.username, password: account.secret }
  })
)

const faults: Scenario[] = [
  ['ping 503 twice, then recovery', [{ route: 'ping', kind: '503', times: 2 }]],
  [
    'token 502 twice, then recovery',
    [{ route: 'token', kind: '502', times: 2 }]
  ],
  ['ping 503 three times', [{ route: 'ping', kind: '503', times: 3 }]],
  ['token reset once', [{ route: 'token', kind: 'reset', times: 1 }]],
  ['ping reset once', [{ route: 'ping', kind: 'reset', times: 1 }]],
  [
    'token 429 with Retry-After 1',
    [{ route: 'token', kind: '429', times: 1, retryAfter: '1' }]
  ],
  [
    'token 429 without Retry-After',
    [{ route: 'token', kind: '429', times: 1 }]
  ],
  [
    'token 429 with Retry-After 3600',
    [{ route: 'token', kind: '429', times: Infinity, retryAfter: '3600' }]
  ],
  [
    'token 429 with a far HTTP date',
    [
      {
        route: 'token',
        kind: '429',
        times: Infinity,
        retryAfter: 'Wed, 21 Oct 2099 07:28:00 GMT'
      }
    ]
  ],
  ['token body cut', [{ route: 'token', kind: 'malformed-json', times: 1 }]],
  ['ping body cut', [{ route: 'ping', kind: 'malformed-json', times: 1 }]],
  [
    'ping without challenge',
    [{ route: 'ping', kind: 'no-challenge', times: 1 }]
  ],
  [
    'ping with a garbled challenge',
    [{ route: 'ping', kind: 'bad-challenge', times: 1 }]
  ],
  [
    'realm on another host',
    [{ route: 'ping', kind: 'other-realm-host', times: 1 }]
  ],
  ['token huge body', [{ route: 'token', kind: 'huge-body', times: 1 }]],
  ['ping huge body', [{ route: 'ping', kind: 'huge-body', times: 1 }]],
  ['rate-limit preview hangs', [{ route: 'manifest', kind: 'hang', times: 1 }]],
  [
    'rate-limit preview 503',
    [{ route: 'manifest', kind: '503', times: Infinity }]
  ]
].map(([name, plan]) => {
  const faults = plan as FaultPlan[]
  // Docker Hub's token service is asked without a ping: the ping's faults
  // are a registry's named by host, which the preflight pings
  const ping = faults.every((fault) => fault.route === 'ping')
  // the short timeout only where a request hangs: retries of a 5xx must not
  // run out of time on a busy machine
  const hangs = faults.some((fault) => fault.kind === 'hang')
  const inputs = hangs ? fast : { ...ok, timeout: '5' }
  return {
    name: `fault: ${name as string}`,
    inputs: ping ? { ...inputs, registry: '{emulator}' } : inputs,
    faults,
    ...(ping ? { hub: false } : {})
  }
})

const moreFaults: Scenario[] = [
  {
    name: 'fault: connection resets for good',
    inputs: { ...fast, retries: '1' },
    faults: [{ route: 'any', kind: 'reset', times: Infinity }]
  },
  {
    name: 'fault: 503 for good',
    inputs: { ...fast, retries: '1' },
    faults: [{ route: 'any', kind: '503', times: Infinity }]
  },
  {
    name: 'fault: token hangs, not retried',
    inputs: { ...fast, retries: '0' },
    faults: [{ route: 'token', kind: 'hang', times: 1 }]
  },
  {
    name: 'fault: ping hangs, not retried',
    inputs: { ...fast, retries: '0', registry: '{emulator}' },
    faults: [{ route: 'ping', kind: 'hang', times: 1 }],
    hub: false
  },
  {
    name: 'fault: token not a JWT, with push',
    inputs: { ...fast, push: 'octocat/app' },
    faults: [{ route: 'token', kind: 'not-jwt', times: 1 }]
  },
  {
    name: 'fault: Hub API 503 for a 2FA password',
    inputs: {
      username: ACCOUNTS.password2fa.username,
      password: ACCOUNTS.password2fa.secret,
      timeout: '1'
    },
    faults: [{ route: 'hub', kind: '503', times: Infinity }]
  },
  {
    name: 'fault: Hub API hangs for a 2FA password',
    inputs: {
      username: ACCOUNTS.password2fa.username,
      password: ACCOUNTS.password2fa.secret,
      timeout: '1'
    },
    faults: [{ route: 'hub', kind: 'hang', times: Infinity }]
  }
]

const push: Scenario[] = [
  {
    name: 'push: read-write PAT on its own namespace',
    inputs: { ...ok, push: 'docker.io/octocat/app:1.0\noctocat/new-thing' }
  },
  {
    name: 'push: read-only PAT',
    inputs: {
      username: ACCOUNTS.patReadOnly.username,
      password: ACCOUNTS.patReadOnly.secret,
      push: 'octocat/app'
    }
  },
  {
    name: "push: someone else's namespace",
    inputs: { ...ok, push: 'hubber/tools' }
  },
  {
    name: 'push: mixed',
    inputs: { ...ok, push: 'octocat/app, acmecorp/api, octocat/tools' }
  },
  {
    name: 'push: organization token',
    inputs: {
      username: ACCOUNTS.orgToken.username,
      password: ACCOUNTS.orgToken.secret,
      push: 'acmecorp/api'
    }
  }
]

const options: Scenario[] = [
  { name: 'rate-limit: false', inputs: { ...ok, 'rate-limit': 'false' } },
  {
    name: 'preflight: false, a good token',
    inputs: { ...ok, preflight: 'false' }
  },
  {
    name: 'preflight: false, a wrong password',
    inputs: {
      username: ACCOUNTS.wrongPassword.username,
      password: ACCOUNTS.wrongPassword.secret,
      preflight: 'false'
    }
  },
  { name: 'logout: false', inputs: { ...ok, logout: 'false' } },
  {
    name: 'registry https://index.docker.io/v1/',
    inputs: { ...ok, registry: 'https://index.docker.io/v1/' }
  }
]

const offline: Scenario[] = [
  { name: 'offline: empty password', inputs: { ...ok, password: '' } },
  { name: 'offline: empty username', inputs: { ...ok, username: '' } },
  { name: 'offline: whitespace username', inputs: { ...ok, username: ' \t ' } },
  {
    name: 'offline: $ before the token',
    inputs: { ...ok, password: `$${PAT.secret}` }
  },
  {
    name: 'offline: unexpanded expression',
    inputs: { ...ok, password: '${{ secrets.REGISTRY_PASSWORD }}' }
  },
  {
    name: 'offline: control character in the username',
    inputs: { ...ok, username: 'octo\u0007cat' }
  },
  {
    name: 'offline: escape sequence in a token',
    inputs: { ...ok, password: `${PAT.secret}\u001b[0m` }
  },
  {
    name: 'offline: quoted token',
    inputs: { ...ok, password: `"${PAT.secret}"` }
  },
  {
    name: 'refused then refined: control character in a password',
    inputs: { ...ok, password: 'correct-horse\u0001battery' }
  },
  {
    name: 'refused then refined: unexpanded variable as password',
    inputs: { ...ok, password: '$DOCKERHUB_TOKEN' }
  },
  {
    name: 'refused: non-ASCII password',
    inputs: { ...ok, password: 'pässwörd-ünïcødé-密码' }
  }
]

const inputErrors: Scenario[] = [
  ['username with spaces', { ...ok, username: 'octo cat' }],
  ['URL as username', { ...ok, username: 'https://hub.docker.com/u/octocat' }],
  ['username with a colon', { ...ok, username: 'octocat:dckr_pat_x' }],
  ['non-ASCII username', { ...ok, username: 'octocät' }],
  [
    'secret of 64 KiB',
    { ...ok, password: 'Very-long-s3cret-'.repeat(4000).slice(0, 64 * 1024) }
  ],
  ['registry with another scheme', { ...ok, registry: 'ftp://docker.io' }],
  [
    'registry port out of range',
    { ...ok, registry: 'registry.example.com:70000' }
  ],
  ['logout: yes', { ...ok, logout: 'yes' }],
  ['preflight: yes', { ...ok, preflight: 'yes' }],
  ['rate-limit: yes', { ...ok, 'rate-limit': 'yes' }],
  ['skip-if-missing: yes', { ...ok, 'skip-if-missing': 'yes' }],
  ['retries: many', { ...ok, retries: 'many' }],
  ['timeout: 0', { ...ok, timeout: '0' }],
  [
    'push entry not a repository',
    { ...ok, push: 'octocat/app\nOctocat/My App' }
  ],
  ['push entry on another registry', { ...ok, push: 'ghcr.io/octocat/app' }]
].map(([name, inputs]) => ({
  name: `input error: ${name as string}`,
  inputs: inputs as Record<string, string>
}))

const events: Scenario[] = [
  {
    name: 'empty secret: fork pull request',
    inputs: { username: 'octocat', password: '' },
    event: { name: 'pull_request', actor: 'someone', payload: FORK_PAYLOAD }
  },
  {
    name: 'empty secret: Dependabot',
    inputs: { username: 'octocat', password: '' },
    event: {
      name: 'pull_request',
      actor: 'dependabot[bot]',
      payload: FORK_PAYLOAD
    }
  },
  {
    name: 'empty secret: a push event',
    inputs: { username: 'octocat', password: '' },
    event: { name: 'push', actor: 'octocat', payload: {} }
  },
  {
    name: 'skip-if-missing: fork pull request',
    inputs: { username: 'octocat', password: '', 'skip-if-missing': 'true' },
    event: { name: 'pull_request', actor: 'someone', payload: FORK_PAYLOAD }
  },
  {
    name: 'skip-if-missing: Dependabot',
    inputs: { username: 'octocat', password: '', 'skip-if-missing': 'true' },
    event: {
      // a Dependabot pull_request run reads Dependabot's secrets; its
      // pull_request_target runs read Actions secrets (attack-18 repro-05)
      name: 'pull_request',
      actor: 'dependabot[bot]',
      payload: FORK_PAYLOAD
    }
  },
  {
    name: 'skip-if-missing: no event',
    inputs: { username: '', password: '', 'skip-if-missing': 'true' }
  },
  {
    name: 'skip-if-missing: a wrong secret is not hidden',
    inputs: {
      username: 'octocat',
      password: 'not-the-token',
      'skip-if-missing': 'true'
    }
  }
]

const registries: Scenario[] = [
  {
    name: 'any registry by host: a good token',
    inputs: { ...ok, registry: '{emulator}' },
    hub: false
  },
  {
    name: 'any registry by host: a 2FA password',
    inputs: {
      registry: '{emulator}',
      username: ACCOUNTS.password2fa.username,
      password: ACCOUNTS.password2fa.secret
    },
    hub: false
  },
  {
    name: 'any registry by host: an organization token, wrong username',
    inputs: {
      registry: '{emulator}',
      username: ACCOUNTS.orgTokenMemberUsername.username,
      password: ACCOUNTS.orgTokenMemberUsername.secret
    },
    hub: false
  },
  {
    name: 'any registry by host: push denied',
    inputs: { ...ok, registry: '{emulator}', push: 'hubber/tools' },
    hub: false
  },
  {
    name: 'any registry by host: an expired token',
    inputs: {
      registry: '{emulator}',
      username: ACCOUNTS.patExpired.username,
      password: ACCOUNTS.patExpired.secret
    },
    hub: false
  },
  {
    name: 'Basic-auth registry: the right password',
    inputs: {
      registry: '{basic}',
      username: 'deploy',
      password: 'htpasswd-Secret-42'
    },
    hub: false
  },
  {
    name: 'Basic-auth registry: a wrong password',
    inputs: {
      registry: '{basic}',
      username: 'deploy',
      password: 'wrong-Secret-42'
    },
    hub: false
  },
  {
    name: 'unreachable registry',
    inputs: { ...ok, registry: '127.0.0.1:1', timeout: '1', retries: '0' },
    hub: false
  }
]

const dockerConfigs: Scenario[] = [
  {
    name: 'docker config: unwritable',
    inputs: ok,
    unwritableConfig: true
  },
  {
    name: 'docker config: credsStore helper that echoes and fails',
    inputs: ok,
    dockerConfig: { credsStore: 'broken', auths: {} },
    helpers: { 'docker-credential-broken': ECHOING_HELPER }
  },
  {
    name: 'docker config: credsStore helper not installed',
    inputs: ok,
    dockerConfig: { credsStore: 'missing', auths: {} }
  },
  {
    name: 'docker config: credHelpers entry not installed',
    inputs: ok,
    dockerConfig: { credHelpers: { '{emulator}': 'nowhere' } }
  }
]

/** Every golden scenario, names unique. */
export const SCENARIOS: Scenario[] = [
  ...accounts,
  ...faults,
  ...moreFaults,
  ...push,
  ...options,
  ...offline,
  ...inputErrors,
  ...events,
  ...registries,
  ...dockerConfigs
]

/** The file name of a scenario's record. */
export function recordName(scenario: Scenario): string {
  return scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Where a run happened, for `normalise`. */
export interface Places {
  /** the emulator's host:port */
  emulator: string
  /** the Basic-auth registry's host:port */
  basic: string
  /** the workspace directory */
  workspace: string
}

/**
 * A record with the run's places replaced by names, so that records of two
 * runs compare: ports, temporary directories, and the seconds until a far
 * HTTP date.
 */
export function normalise(record: GoldenRecord, places: Places): GoldenRecord {
  const port = places.emulator.split(':').pop() ?? ''
  const text = (value: string): string =>
    value
      .replaceAll(places.workspace, '<workspace>')
      .replaceAll(places.emulator, '<emulator>')
      .replaceAll(places.basic, '<basic>')
      .replaceAll(`localhost:${port}`, '<emulator-by-name>')
      .replace(/Retry-After \d{7,} s/g, 'Retry-After <far> s')
      // a client's own ephemeral port, as the docker CLI quotes it
      .replace(/127\.0\.0\.1:\d{4,5}\b/g, '127.0.0.1:<port>')
  const texts = (values: string[]): string[] => values.map(text)
  return {
    exitCode: record.exitCode,
    outputs: Object.fromEntries(
      Object.entries(record.outputs).map(([name, value]) => [name, text(value)])
    ),
    errors: texts(record.errors),
    warnings: texts(record.warnings),
    notices: texts(record.notices),
    summary: text(record.summary)
  }
}

/** Fills `{emulator}` and `{basic}` in a scenario's values. */
export function fill(value: string, places: Places): string {
  return value
    .replaceAll('{emulator}', places.emulator)
    .replaceAll('{basic}', places.basic)
}

/** What the user reads after one run of the command line. */
export interface CliRecord {
  exitCode: number
  stdout: string
  stderr: string
}

/** One run of the command line. */
export interface CliScenario {
  name: string
  args: string[]
  stdin: string
}

/** Texts as users paste them (the command line's `explain`). */
export const PASTED: Array<[string, string]> = [
  [
    'PAT wording since 2024',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens'
  ],
  [
    'PAT wording 2020-2023',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login'
  ],
  [
    'SSO wording',
    'unauthorized: please use personal access token to login when SSO is enforced'
  ],
  [
    'incorrect username or password',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'
  ],
  [
    'lockout',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": toomanyrequests: too many failed login attempts for username or IP address'
  ],
  [
    'pull rate limit',
    'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits'
  ],
  [
    'expired PAT',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: personal access token is expired'
  ],
  ['expired org token', 'unauthorized: org access token is expired'],
  [
    'ECR expired',
    'Error response from daemon: pull access denied: Your authorization token has expired. Reauthenticate and try again.'
  ],
  [
    'buildx insufficient_scope',
    [
      '#12 exporting to image',
      '#12 pushing layers 0.4s done',
      'ERROR: failed to solve: failed to push docker.io/octocat/app:latest: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aoctocat%2Fapp%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: insufficient_scope: authorization failed'
    ].join('\n')
  ],
  [
    'docker push denied',
    [
      'The push refers to repository [docker.io/someone-else/app]',
      '5f70bf18a086: Preparing',
      'denied: requested access to the resource is denied'
    ].join('\n')
  ],
  ['GHCR write_package', 'denied: permission_denied: write_package'],
  [
    'GHCR unauthenticated',
    'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied'
  ],
  [
    'GitLab Basic',
    'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied'
  ],
  [
    'Harbor project',
    'unauthorized: unauthorized to access repository: library/app, action: push: unauthorized to access repository: library/app, action: push'
  ],
  [
    'Artifact Registry',
    'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource'
  ],
  ['Quay', 'unauthorized: Invalid Username or Password'],
  [
    'credential helper',
    'Error saving credentials: error storing credentials - err: exit status 1, out: ``'
  ],
  [
    'no basic auth credentials',
    'Error response from daemon: no basic auth credentials'
  ],
  [
    'TLS handshake timeout',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout'
  ],
  [
    'x509',
    'Error response from daemon: Get "https://registry.example.com/v2/": x509: certificate signed by unknown authority'
  ],
  [
    '503 from the CLI',
    'Error response from daemon: login attempt to https://registry.example.com/v2/ failed with status: 503 Service Unavailable'
  ],
  [
    'Login Succeeded',
    [
      'WARNING! Your credentials are stored unencrypted in /home/me/.docker/config.json.',
      'Configure a credential helper to remove this warning. See',
      'https://docs.docker.com/go/credential-store/',
      '',
      'Login Succeeded'
    ].join('\n')
  ],
  ['gibberish', 'the quick brown fox jumps over the lazy dog 42'],
  ['empty', '']
]

const explainScenarios: CliScenario[] = PASTED.flatMap(([name, text]) => [
  { name: `explain ${name}`, args: ['explain'], stdin: text },
  { name: `explain --json ${name}`, args: ['explain', '--json'], stdin: text }
])

const explainElsewhere: CliScenario[] = [
  'ghcr.io',
  'quay.io',
  'registry.gitlab.com'
].flatMap((registry) =>
  [
    'incorrect username or password',
    'GHCR write_package',
    'pull rate limit',
    'expired PAT',
    'TLS handshake timeout'
  ].map((name) => ({
    name: `explain --registry ${registry} ${name}`,
    args: ['explain', '--registry', registry],
    // without Docker Hub's address: a text quoting a request to Docker Hub
    // is Docker Hub's whatever --registry says (README, What explain
    // answers); Docker Hub's pull limit names Docker Hub all the same
    stdin: (PASTED.find(([n]) => n === name)?.[1] ?? '').replace(
      'Get "https://registry-1.docker.io/v2/": ',
      ''
    )
  }))
)

const checked = [
  'patReadWrite',
  'password',
  'password2fa',
  'passwordSso',
  'orgTokenMemberUsername',
  'emailAsUsername',
  'lockedOut',
  'patExpired',
  'wrongPassword'
] as const

const checkScenarios: CliScenario[] = checked.flatMap((name) => {
  const account = ACCOUNTS[name]
  const args = ['check', '--username', account.username, '--password-stdin']
  return [
    { name: `check ${name}`, args, stdin: `${account.secret}\n` },
    {
      name: `check --json ${name}`,
      args: [...args, '--json'],
      stdin: `${account.secret}\n`
    }
  ]
})

/** Every golden run of the command line. */
export const CLI_SCENARIOS: CliScenario[] = [
  ...explainScenarios,
  ...explainElsewhere,
  ...checkScenarios,
  {
    name: 'check an empty username and password',
    args: ['check', '--username', '', '--password-stdin', '--json'],
    stdin: ''
  },
  {
    name: 'check an unreachable registry',
    args: [
      'check',
      '--username',
      PAT.username,
      '--password-stdin',
      '--registry',
      '127.0.0.1:1',
      '--timeout',
      '1',
      '--retries',
      '0'
    ],
    stdin: PAT.secret
  },
  {
    name: 'login a read-write PAT',
    args: ['login', '--username', PAT.username, '--password-stdin'],
    stdin: PAT.secret
  },
  {
    name: 'login --json a wrong password',
    args: [
      'login',
      '--username',
      ACCOUNTS.wrongPassword.username,
      '--password-stdin',
      '--json'
    ],
    stdin: ACCOUNTS.wrongPassword.secret
  },
  { name: 'no command', args: [], stdin: '' },
  { name: 'unknown command', args: ['frobnicate'], stdin: '' },
  {
    name: 'a secret as an argument',
    args: ['check', '--username', 'octocat', PAT.secret],
    stdin: ''
  },
  {
    name: '--password given a value',
    args: ['check', '--username', 'octocat', '--password', PAT.secret],
    stdin: ''
  },
  {
    name: 'check without --password-stdin',
    args: ['check', '-u', 'octocat'],
    stdin: ''
  },
  {
    name: 'check --retries 99',
    args: ['check', '-u', 'octocat', '--password-stdin', '--retries', '99'],
    stdin: 'x'
  },
  { name: 'explain --help', args: ['explain', '--help'], stdin: '' },
  { name: '--help', args: ['--help'], stdin: '' }
]

/** A command-line record with the run's places replaced by names. */
export function normaliseCli(record: CliRecord, places: Places): CliRecord {
  const { summary: stdout } = normalise(
    { ...EMPTY, summary: record.stdout },
    places
  )
  const { summary: stderr } = normalise(
    { ...EMPTY, summary: record.stderr },
    places
  )
  return { exitCode: record.exitCode, stdout, stderr }
}

const EMPTY: GoldenRecord = {
  exitCode: 0,
  outputs: {},
  errors: [],
  warnings: [],
  notices: [],
  summary: ''
}

/** ` (rule HUB010)` and `, rule HUB010` in evidence lines. */
const RULE_ID = /(?: \(rule [A-Z]+\d{3}\)|, rule [A-Z]+\d{3})/g

/** A record without the rule ids the reshaped core adds to evidence. */
export function withoutRuleIds(record: GoldenRecord): GoldenRecord {
  const strip = (text: string): string => text.replace(RULE_ID, '')
  return {
    ...record,
    errors: record.errors.map(strip),
    warnings: record.warnings.map(strip),
    notices: record.notices.map(strip),
    summary: strip(record.summary)
  }
}

/**
 * A command-line record without rule ids: neither in the evidence lines
 * nor as the `rule` field of `--json`.
 */
export function withoutRuleIdsCli(record: CliRecord): CliRecord {
  const strip = (text: string): string => text.replace(RULE_ID, '')
  let stdout = strip(record.stdout)
  if (stdout.startsWith('{')) {
    const object = JSON.parse(stdout) as Record<string, unknown>
    delete object.rule
    stdout = `${JSON.stringify(object)}\n`
  }
  return { ...record, stdout, stderr: strip(record.stderr) }
}

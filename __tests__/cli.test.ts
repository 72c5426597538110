/**
 * The command line in process: `main()` from src/cli.ts through its I/O
 * seam — stdin given, stdout and stderr captured, an environment with a
 * temporary DOCKER_CONFIG and HOME and the Docker Hub emulator as Docker
 * Hub. The docker CLI is the real one (`dockerCli(env)`), wrapped to record
 * every call, and a docker shim put first on PATH for the run records every
 * docker argv. Each test asserts the exact exit code and diagnosis, and that
 * the secret appears nowhere it was printed. What needs a real process (the
 * bundled bin, its own argv, a closed stdout) is in cli-bin.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { ACCOUNTS, type Account } from '../emulator/accounts.js'
import { ROOT } from '../scripts/bundle.js'
import { secretForms, type Workspace } from '../scripts/runner.js'
import { inCi } from '../src/ci-wording.js'
import { main, MAX_STDIN_BYTES, readInput, readTail } from '../src/cli.js'
import type { DiagnosisId } from '../src/diagnosis.js'
import { dockerCli, type DockerCli } from '../src/docker.js'
import {
  allRules,
  loadRules,
  ownRules,
  PROFILES
} from '../src/profiles/index.js'
import { remediationFor, type RemediationContext } from '../src/remediation.js'
import { EXPLAIN_UNKNOWN_TITLE } from '../src/report.js'

// the rule tables are a chunk the code loads before reading a text
await loadRules()
const ALL_RULES = allRules()

/** The context `explain` renders with: it knows no registry or username. */
const EXPLAIN_CONTEXT: RemediationContext = {
  registry: 'docker.io',
  profile: 'docker-hub',
  username: ''
}

/**
 * What explain renders without --registry: Docker Hub's texts, or those of
 * the registry family whose own rule matched (named by its name).
 */
function explainContext(rule: string | null): RemediationContext {
  const owner = PROFILES.find((p) => ownRules(p).some((r) => r.id === rule))
  const named = ALL_RULES.find((r) => r.id === rule)?.case
  const context =
    owner && owner.id !== 'docker-hub'
      ? { registry: owner.name, profile: owner.id, username: '' }
      : EXPLAIN_CONTEXT
  return named ? { ...context, case: named } : context
}

const JSON_KEYS = [
  'diagnosis',
  'evidence',
  'rule',
  'steps',
  'title',
  'warnings'
]
/** `check` and `login` say what they found of the credential too. */
const CHECK_KEYS = [...JSON_KEYS, 'credentialKind', 'pushAccess'].sort()

const session = emulatorSession()

/** One call of the docker CLI, as `main` made it. */
type DockerCall =
  | { method: 'login'; server: string; username: string; password: string }
  | { method: 'logout'; server: string }
  | { method: 'config'; server: string }

/** The real docker CLI, every call recorded before it runs. */
function recording(real: DockerCli, calls: DockerCall[]): DockerCli {
  return {
    login(server, username, password) {
      calls.push({ method: 'login', server, username, password })
      return real.login(server, username, password)
    },
    logout(server) {
      calls.push({ method: 'logout', server })
      return real.logout(server)
    },
    config(server) {
      calls.push({ method: 'config', server })
      return real.config(server)
    }
  }
}

interface CliRun {
  exitCode: number
  stdout: string
  stderr: string
  /** the arguments `main` was given */
  args: string[]
  /** how many times `main` read stdin */
  stdinReads: number
  /** the docker CLI calls `main` made */
  docker: DockerCall[]
  ws: Workspace
}

/** Runs `main(args)` with `stdin` as its standard input. */
async function cli(
  args: string[],
  stdin = '',
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<CliRun> {
  const ws = session.workspace()
  const env: NodeJS.ProcessEnv = {
    PATH: `${ws.bin}:${process.env.PATH ?? ''}`,
    HOME: ws.dir,
    DOCKER_CONFIG: ws.dockerConfig,
    DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url,
    ...extraEnv
  }
  const docker: DockerCall[] = []
  let stdout = ''
  let stderr = ''
  let stdinReads = 0
  // @actions/exec looks `docker` up on this process's PATH, not on the
  // child's: the workspace's recording shim goes first for the run.
  const path = process.env.PATH
  process.env.PATH = env.PATH
  let exitCode: number
  try {
    exitCode = await main(args, {
      stdin: async () => {
        stdinReads++
        return stdin
      },
      stdout: (text) => {
        stdout += text
      },
      stderr: (text) => {
        stderr += text
      },
      env,
      docker: recording(dockerCli(env), docker)
    })
  } finally {
    process.env.PATH = path
  }
  ws.transcripts.push(stdout, stderr)
  return { exitCode, stdout, stderr, args, stdinReads, docker, ws }
}

/** The docker CLI calls that run a docker command (not config reads). */
function commands(run: CliRun): DockerCall[] {
  return run.docker.filter((call) => call.method !== 'config')
}

/** The JSON object a command prints. */
interface JsonOut {
  diagnosis: string
  warnings: unknown[]
  title: string
  steps: unknown[]
  evidence: unknown[]
  rule: string | null
  credentialKind?: string
  pushAccess?: string
}

/**
 * Parses stdout as exactly one JSON object on one line, with the six keys
 * of `explain`, or (`check`, `login`) those and the credential's kind and
 * push access.
 */
function parseJson(stdout: string): JsonOut {
  expect(stdout.endsWith('\n')).toBe(true)
  expect(stdout.trimEnd().split('\n')).toHaveLength(1)
  const parsed = JSON.parse(stdout) as Record<string, unknown>
  expect(parsed).not.toBeNull()
  expect(typeof parsed).toBe('object')
  expect(Array.isArray(parsed)).toBe(false)
  const keys = Object.keys(parsed).sort()
  expect([JSON_KEYS, CHECK_KEYS]).toContainEqual(keys)
  if (keys.length > JSON_KEYS.length) {
    expect(typeof parsed.credentialKind).toBe('string')
    expect(['granted', 'denied', 'not-checked']).toContain(parsed.pushAccess)
  }
  expect(Array.isArray(parsed.warnings)).toBe(true)
  expect(typeof parsed.title).toBe('string')
  expect(Array.isArray(parsed.steps)).toBe(true)
  expect(Array.isArray(parsed.evidence)).toBe(true)
  expect(parsed.rule === null || typeof parsed.rule === 'string').toBe(true)
  for (const line of [
    ...(parsed.steps as unknown[]),
    ...(parsed.evidence as unknown[]),
    ...(parsed.warnings as unknown[])
  ]) {
    expect(typeof line).toBe('string')
  }
  return parsed as unknown as JsonOut
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
  if (id === 'unknown' && command === 'explain') {
    return EXPLAIN_UNKNOWN_TITLE
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

/**
 * The secret, in any form, is in none of the run's output, the arguments
 * `main` was given, the docker argv the shim recorded, nor the server and
 * username docker was called with (the password goes to its stdin).
 */
function expectNoSecret(run: CliRun, username: string, secret: string): void {
  const printed = [
    run.stdout,
    run.stderr,
    run.args.join(' '),
    run.ws.dockerArgv().join('\n'),
    ...run.docker.map((call) =>
      call.method === 'login'
        ? `${call.method} ${call.server} ${call.username}`
        : `${call.method} ${call.server}`
    )
  ].join('\n')
  for (const form of secretForms(username, secret)) {
    expect(printed).not.toContain(form)
  }
}

function hubContext(account: Account): RemediationContext {
  return {
    registry: 'docker.io',
    profile: 'docker-hub',
    username: account.username
  }
}

// ---------------------------------------------------------------------------
// explain

/** Texts as users paste them, the diagnosis and the rule each must get. */
const EXPLAIN_CASES: [string, string, DiagnosisId, string | null][] = [
  [
    'a 2FA password with the PAT wording since 2024',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens',
    'pat-required',
    'HUB005'
  ],
  [
    'a 2FA password with the PAT wording of 2020–2023',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login',
    'pat-required',
    'HUB006'
  ],
  [
    'incorrect username or password (full CLI form)',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    'invalid-credentials',
    'HUB010'
  ],
  [
    'the lockout 429',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": toomanyrequests: too many failed login attempts for username or IP address',
    'login-locked-out',
    'HUB001'
  ],
  [
    'the pull rate limit',
    'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits',
    'rate-limited',
    'HUB002'
  ],
  [
    'an expired PAT',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: personal access token is expired',
    'token-expired',
    'HUB007'
  ],
  [
    'a buildx insufficient_scope',
    [
      '#12 exporting to image',
      '#12 pushing layers 0.4s done',
      'ERROR: failed to solve: failed to push docker.io/octocat/app:latest: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aoctocat%2Fapp%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: insufficient_scope: authorization failed'
    ].join('\n'),
    'insufficient-scope',
    'REG001'
  ],
  [
    'a docker push denied',
    [
      'The push refers to repository [docker.io/someone-else/app]',
      '5f70bf18a086: Preparing',
      'denied: requested access to the resource is denied'
    ].join('\n'),
    'insufficient-scope',
    'REG002'
  ],
  [
    'a GHCR write_package denial',
    'denied: permission_denied: write_package',
    'insufficient-scope',
    'GHCR005'
  ],
  [
    'GitLab HTTP Basic: Access denied',
    'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied',
    'invalid-credentials',
    'GL001'
  ],
  [
    'a credential helper failure',
    'Error saving credentials: error storing credentials - err: exit status 1, out: ``',
    'credential-store-error',
    'CLI001'
  ],
  [
    'a TLS handshake timeout',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
    'registry-unreachable',
    'NET001'
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
    'ok',
    'CLI005'
  ],
  [
    'gibberish',
    'the quick brown fox jumps over the lazy dog 42',
    'not-a-login-failure',
    null
  ],
  [
    'an unknown refusal',
    'Error response from daemon: Get "https://registry.example.com/v2/": the flux capacitor refused the login',
    'unknown',
    null
  ]
]

describe('explain', () => {
  it.each(EXPLAIN_CASES)(
    'explains %s in text',
    async (_name, text, id, rule) => {
      const run = await cli(['explain'], `${text}\n`)
      expect(run.exitCode).toBe(id === 'ok' ? 0 : 1)
      expect(run.stderr).toBe('')
      const lines = run.stdout.split('\n')
      const context = explainContext(rule)
      expect(lines[0]).toBe(headline(id, context, 'explain'))
      expect(lines).toContain('Evidence:')
      if (id === 'ok') {
        expect(run.stdout).not.toContain('How to fix it:')
      } else {
        expect(lines[2]).toBe(remediationFor(id, context).why)
        expect(lines).toContain('How to fix it:')
        expect(run.stdout).toMatch(/^ {2}1\. \S/m)
      }
      expect(run.docker).toEqual([])
      expect(run.ws.dockerArgv()).toEqual([])
      expect(session.emulator.requests).toEqual([])
    }
  )

  it.each(EXPLAIN_CASES)(
    'explains %s as JSON, with its rule',
    async (_name, text, id, rule) => {
      const run = await cli(['explain', '--json'], `${text}\n`)
      expect(run.exitCode).toBe(id === 'ok' ? 0 : 1)
      expect(run.stderr).toBe('')
      const out = parseJson(run.stdout)
      const context = explainContext(rule)
      const remediation = remediationFor(id, context)
      expect(out.diagnosis).toBe(id)
      expect(out.rule).toBe(rule)
      expect(out.warnings).toEqual([])
      expect(out.title).toBe(title(id, context, 'explain'))
      expect(out.steps).toEqual(remediation.steps)
      if (id === 'ok') {
        expect(out.steps).toEqual([])
      } else {
        expect(out.steps.length).toBeGreaterThan(0)
      }
      if (rule === null) {
        expect(out.evidence).toHaveLength(1)
        expect(out.evidence[0]).toMatch(
          id === 'unknown'
            ? /^no known wording in "/
            : /^no known wording and no word of a login .* in ".*": not about logging in$/
        )
      } else {
        // The line that matched, then the known wording, its rule and source.
        expect(out.evidence).toHaveLength(2)
        expect(out.evidence[0]).toMatch(/^seen: "/)
        expect(out.evidence[1]).toMatch(
          new RegExp(`^known wording "[^"]+", rule ${rule} \\(.+\\)$`)
        )
      }
    }
  )

  // attack-63: with no docker config read, the helper was "the helper"
  it.each([
    [
      'Error: Error from Docker credential provider: Error: spawn docker-credential-desktop.exe ENOENT',
      'docker-credential-desktop'
    ],
    [
      'Error: Credential helper `docker-credential-secretservice` returned non-zero response code (from golang-docker-credential-helpers)',
      'docker-credential-secretservice'
    ],
    // Docker Desktop's helper in its own log's words (CLI096; attack-67)
    [
      '[077:23:09:47.792][E] (a7ac4134) 52f9999a-CredentialHelperPKG C<-S NoResponse POST /registry/credstore-updated (1.2882ms): Post "http://ipc/registry/credstore-updated": open \\\\.\\pipe\\dockerBackendApiServer: The system cannot find the file specified.',
      'docker-credential-desktop'
    ]
  ])('explain names the helper the text names: %s', async (text, helper) => {
    const run = await cli(['explain', '--json'], `${text}\n`)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('credential-store-error')
    expect(out.title).toBe(`The docker credential helper ${helper} failed`)
    expect(out.steps[0]).toContain(`\`${helper} list\``)
    expect(run.stdout).not.toContain('the helper')
  })

  it.each([
    ['--username', ['--username', 'octocat', '--password-stdin']],
    ['--password-stdin', ['--password-stdin']],
    ['--username', ['-u', 'octocat']],
    ['--push', ['--push', 'octocat/app']],
    ['--retries', ['--retries', '3']],
    ['--check', ['--check']]
  ])('refuses %s, not an option of explain: exit 2, its help, stdin never read or echoed', async (name, args) => {
    const token = `dckr_pat_${'Oc7tK2mVx9'.repeat(3)}`
    const run = await cli(['explain', ...args], token)
    expect(run.exitCode).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(`Unknown option ${name}.`)
    expect(run.stderr).toContain('Usage: docker-login-preflight explain [--registry R] [--json]')
    expect(run.stdinReads).toBe(0)
    expect(run.stdout + run.stderr).not.toContain(token)
  }) // prettier-ignore

  it.each([
    ['an ACR request', 'Error response from daemon: Get "https://myreg.azurecr.io/v2/": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.', 'myreg.azurecr.io', 'Azure Container Registry refused the credential'],
    ['an ECR pull', 'Error response from daemon: Head "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/latest": no basic auth credentials', '123456789012.dkr.ecr.us-east-1.amazonaws.com', 'No login was sent to this Amazon ECR registry'],
    ["Docker Hub's token service", 'failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io: 401 Unauthorized', 'docker.io', 'A stored login breaks the pull']
  ])('without --registry, takes the registry from the request the text quotes (%s)', async (_name, text, registry, title) => {
    const run = await cli(['explain', '--json'], text)
    const out = parseJson(run.stdout)
    if (title) expect(out.title).toBe(title)
    expect(JSON.stringify(out)).toContain(registry)
    if (registry !== 'docker.io') {
      expect(JSON.stringify(out)).not.toMatch(/DOCKERHUB|Docker ID/)
    }
    if (registry === 'docker.io') expect(JSON.stringify(out)).not.toContain('auth.docker.io/token: ')
  }) // prettier-ignore

  // attack round 15: a snippet is copied as it is, so its registry is a host
  // or a stand-in, never a family's name
  it("a snippet for a family named by its wording, not a host: REGISTRY_HOST, not 'Harbor'", async () => {
    const run = await cli(['explain'], '[ERROR] replication failed: http error: code 403, message {"code":403,"message":"Only system admin can create project"}')
    expect(run.stdout).toMatch(/^Diagnosis: insufficient-scope/)
    expect(run.stdout).not.toMatch(/registry: Harbor/)
    expect(run.stdout).toContain('In a GitHub Actions workflow:')
    expect(run.stdout).toMatch(/^ {6}registry: REGISTRY_HOST$/m)
  }) // prettier-ignore

  // docs/registries.md §13x (b): Container Apps pulled with its own settings
  it.each([
    ['ACR', 'myacr.azurecr.io/web:1', /az containerapp registry set --name APP --resource-group GROUP --server NAME\.azurecr\.io --identity system/],
    ['Docker Hub', 'docker.io/acme/web:1', /--server registry\.hub\.docker\.com/],
    ['a private registry', 'registry.example.com/web:1', /--server registry\.example\.com/]
  ])("Azure Container Apps refused an image with no credential (%s): the service's own registry settings, not a docker login", async (_name, image, step) => {
    const text = `(InvalidParameterValueInContainerTemplate) Field 'template.containers.web.image' is invalid with details: 'Invalid value: "${image}": GET https:: UNAUTHORIZED: authentication required'`
    const out = parseJson((await cli(['explain', '--json'], text)).stdout)
    expect([out.diagnosis, out.rule]).toEqual(['missing-credentials', 'CLI042'])
    expect(out.title).toBe('The cloud service pulled without a credential')
    expect(out.steps[0]).toMatch(step)
    expect(out.steps.join(' ')).not.toMatch(/attach-acr|Log in before the step/)
    // no workflow login: the runner's is not the one missing (attack round 15)
    const shown = await cli(['explain'], text)
    expect(shown.stdout).toContain('How to fix it:')
    expect(shown.stdout).not.toContain('In a GitHub Actions workflow:')
  }) // prettier-ignore

  // docs/registries.md §13ii (b): Container Instances pulled with the
  // container group's own settings; the error line names both services
  it("Azure Container Instances' InaccessibleImage: the group's imageRegistryCredentials", async () => {
    const text = "ERROR: (InaccessibleImage) The image 'myregistry.azurecr.io/app:1' in container group 'grp' is not accessible. Please check the image and registry credential."
    const out = parseJson((await cli(['explain', '--json'], text)).stdout)
    expect([out.diagnosis, out.rule]).toEqual(['missing-credentials', 'CLI071'])
    expect(out.title).toBe('The cloud service pulled without a credential')
    expect(out.steps.join(' ')).toMatch(/imageRegistryCredentials/)
    const shown = await cli(['explain'], text)
    expect(shown.stdout).not.toContain('In a GitHub Actions workflow:')
  }) // prettier-ignore

  // attack round 11: a layer's storage refused names no registry request
  it.each([
    ['a private ECR image, its layer from S3', '$ docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2\n1.2: Pulling from app\nError response from daemon: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/a1b2-123456789012-0c7f/4f4fb700?X-Amz-Security-Token=abc: 403 Forbidden', '.amazonaws.com', /starport-layer-bucket/],
    // attack round 13: ECS names no ECR host, its S3 layer bucket is ECR's
    ['an ECS task, its ECR layer from S3, no ECR host named', 'CannotPullContainerError: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/a1b2-123456789012-0c7f/4f4fb700?X-Amz-Security-Token=abc: 403 Forbidden', '.amazonaws.com', /starport-layer-bucket/],
    ['an ECR Public image, its layer from CloudFront (dev4-ecr-07)', 'latest: Pulling from docker/library/redis\nunknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://d2glxqk2uabbnd.cloudfront.net/v2/[...]\n403 Forbidden', 'public.ecr.aws', /d2glxqk2uabbnd\.cloudfront\.net/],
    ['a GHCR image, its layer from its own host', 'ERROR: failed to solve: ghcr.io/astral-sh/uv:0.5: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://pkg-containers.githubusercontent.com/ghcr1/blobs/sha256:0123?se=x: 403 Forbidden', 'ghcr.io', /pkg-containers\.githubusercontent\.com/],
    ["a Quay image, its layer from Quay's CDN", 'Error: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://cdn03.quay.io/sha256/01/0123?signature=x: 403 Forbidden', 'quay.io', /cdn\.quay\.io/]
  ])("without --registry, a layer's storage refused is answered for the registry the text pulls from (%s)", async (_name, text, registry, steps) => {
    const run = await cli(['explain', '--json'], text)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('registry-unreachable')
    expect(out.rule).toBe('NET012')
    // that registry's storage hosts, not Docker Hub's allow list
    expect(out.steps.join(' ')).toMatch(steps)
    expect(out.steps.join(' ')).toContain(registry)
    expect(out.steps.join(' ')).not.toMatch(/cloudflare\.docker\.com|Docker Hub/)
  }) // prettier-ignore

  it("without --registry, a text quoting a request to a registry is that registry's, whatever family its wording is (Docker Hub's words on a private registry)", async () => {
    const run = await cli(['explain', '--json'], 'Error response from daemon: Get "https://registry.example.com/v2/": unauthorized: incorrect username or password')
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('invalid-credentials')
    expect(JSON.stringify(out)).toContain('registry.example.com')
    expect(JSON.stringify(out)).not.toMatch(/DOCKERHUB|Docker ID/)
  }) // prettier-ignore

  it('never repeats an ECR token from a traced docker login, whose line the ECR rule quotes, in text and JSON', async () => {
    const ecrToken = Buffer.from(JSON.stringify({ payload: 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=', datakey: 'AQIDAHhQ+/abcd', version: '2', type: 'DATA_KEY', expiration: 1764300000 })).toString('base64')
    const text = `+ docker login --username AWS --password ${ecrToken} 123456789012.dkr.ecr.us-east-1.amazonaws.com\nError response from daemon: login attempt to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 400 Bad Request`
    for (const args of [['explain'], ['explain', '--json']]) {
      const run = await cli(args, text)
      expect(run.stdout + run.stderr).not.toContain(ecrToken.slice(0, 24))
      expect(run.stdout).toContain('--password ***')
    }
  }) // prettier-ignore

  it.each([['text'], ['--json']])('never repeats a credential the pasted text holds (%s): a URL password, a token by its prefix', async (form) => {
    const password = 'glpat-AbCdEfGhIjKlMnOpQrSt'
    const token = `ghp_${'Xy7'.repeat(12)}`
    const text = `Error response from daemon: Get "https://oauth2:${password}@registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied\n$ echo ${token} | docker login ghcr.io -u me --password-stdin`
    const run = await cli(['explain', ...(form === '--json' ? ['--json'] : [])], text)
    const out = run.stdout + run.stderr
    expect(out).not.toContain(password)
    expect(out).not.toContain(token)
    expect(out).toContain('oauth2:***@registry.gitlab.com')
  }) // prettier-ignore

  it.each([['text'], ['--json']])('never repeats a password line of a paste quoted twice, or of a raw log quoted in an issue (%s; attack-53 A53-02)', async (form) => {
    const secret = 'Tr0ub4dor-and-3'
    const body = ['imageCredentials:', '  registry: quay.io', '  username: acme+deployer', `  password: ${secret}`, 'Back-off pulling image "quay.io/acme/app:1.4"']
    const stamp = '2024-05-01T10:00:01.1234567Z '
    for (const text of [body.map((l) => `> > ${l}`).join('\n'), body.map((l) => `> ${stamp}${l}`).join('\n'), `${stamp}${stamp.replace('01.', '00.')}password: ${secret}\nthe service could not log in`, `##[error]${stamp}password: ${secret}\nthe service could not log in`]) {
      const run = await cli(['explain', ...(form === '--json' ? ['--json'] : [])], text)
      expect(run.stdout + run.stderr).not.toContain(secret)
    }
  }) // prettier-ignore

  it.each([['text'], ['--json']])('never repeats a credential of a command line, an env block, a header or a log it quotes (%s; attack-54 A54-04, A54-05)', async (form) => {
    const secret = 'Xq7pLm2Rv9TzW4kB8nYc'
    const pastes = [
      `$ echo ${secret} | docker login quay.io -u acme+ci --password-stdin && docker pull quay.io/acme/app:1\nError response from daemon: unauthorized: access to the requested resource is not authorized`,
      `$ podman login quay.io -u acme+ci --password-stdin <<< '${secret}' && docker pull quay.io/acme/app:1\nError response from daemon: unauthorized: access to the requested resource is not authorized`,
      `$ curl --header "PRIVATE-TOKEN: ${secret}" "https://gitlab.example.com/api/v4/projects/42/registry/repositories"\n{"message":"403 Forbidden"}`,
      `+ REGISTRY_PASS=${secret} docker compose up -d\nError: unable to login to registry`,
      `Run docker/login-action@v3\n  env:\n    REGISTRY_PASSWORD: ${secret}\nError: unable to login to registry`,
      `$ kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=bob --docker-password="${secret}"\nerror: failed to create secret secrets "regcred" already exists`,
      `app-1  | password: ${secret}\napp-1  | Error: unable to login to registry`,
      `{"Credentials": {"AccessKeyId": "ASIAEXAMPLE", "SecretAccessKey": "${secret}"}}\nError: unable to login to registry`,
      `{"log":"password: ${secret}\\n","stream":"stdout"}\nError: unable to login to registry`,
      // a token by its prefix right after an escaped line break
      `{"log":"logging in\\nghp_${secret}${secret}\\n"}\nError: unable to login to registry`
    ]
    for (const text of pastes) {
      const run = await cli(['explain', ...(form === '--json' ? ['--json'] : [])], text)
      expect([text.slice(0, 40), (run.stdout + run.stderr).includes(secret)]).toEqual([text.slice(0, 40), false])
    }
  }) // prettier-ignore

  // docs/registries.md §13yy (b): an e-mail, a terminal or a log viewer of
  // a set width cut the line of a secret in two; each part is a secret
  it.each([['text'], ['--json']])('never repeats a credential a hard line break cut in two (%s)', async (form) => {
    const head = 'Xq7pLm2Rv9TzW4kB'
    const tail = 'Hd5sJf3Gq1Wn8cVb'
    const key = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'
    // each paste's wording unknown, so that explain quotes it from its start
    const failed = 'Error: unable to login to registry'
    const pastes: Array<[string, string[]]> = [
      [`+ docker login -u bot -p ghp_${head}\n${tail}Zr ghcr.io\n${failed}`, [head, tail]],
      [`$ echo ghp_${head}\n${tail}Zr | docker login ghcr.io -u bot --password-stdin\n${failed}`, [head, tail]],
      [`{"username": "ci", "password": "${head}\n${tail}"}\n${failed}`, [head, tail]],
      [`registry:\n  username: ci\n  password: ${head}\n${tail}\n${failed}`, [head, tail]],
      [`> Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IiLCJ${head}\n${tail}.c2lnbmF0dXJl${head}\n${failed}`, [head, tail]],
      // a _json_key traced: its private key's line cut in two; a key file
      [`+ docker login -u _json_key -p '{\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${key}${head}\n${tail}\\n${key}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "ci@p.iam.gserviceaccount.com"\n}' https://gcr.io\n${failed}`, [key, head, tail]],
      [`-----BEGIN RSA PRIVATE KEY-----\n${key}${head}\n${tail}\n-----END RSA PRIVATE KEY-----\n${failed}`, [key, head, tail]],
      // attack-56: a secret's line after a line the cut at a fixed width
      // joins it to (three banners as wide as the widest); a Format-List's
      // `password : …` before a PowerShell record; a key traced on one line
      [[...Array(3)].flatMap(() => ['='.repeat(80), `password: ${head}`]).concat(failed).join('\n'), [head]],
      [[`password : ${head}`, `docker : ${failed}`, 'At line:1 char:1', '+ docker compose up -d', '+ ~~~~~~~~~~~~~~~~~~~~', '    + CategoryInfo          : NotSpecified: (x:String) [], RemoteException', '    + FullyQualifiedErrorId : NativeCommandError'].join('\n'), [head]],
      [`+ echo -----BEGIN OPENSSH PRIVATE KEY----- ${key} ${tail} -----END OPENSSH PRIVATE KEY-----\n${failed}`, [key, tail]],
      // attack-57: a password a terminal cut at 80 columns, its wording
      // cut too (A57-01); PowerShell's assignments (A57-02); a key with no
      // END in a GitLab raw log, its lines as wide as a cut's (A57-03)
      [['PS C:\\Users\\builder\\src> docker login shopacr.azurecr.io -u shopacr -p "Tr0ub4dor&3-Qxvq!zK#Pzw0rdJ"', 'Error response from daemon: Get "https://shopacr.azurecr.io/v2/": Service Unavailable', 'PS C:\\Users\\builder\\src\\shop-api> docker push shopacr.azurecr.io/shop-api:1.4.2 --all-tags --quiet --disable-content-trust'].flatMap((line) => line.match(/.{1,80}/g) ?? []).join('\r\n'), ['Pzw0rdJ', 'Qxvq!zK']],
      [`PS C:\\src\\shop> $env:ACR_PASSWORD = "${head}"\nPS C:\\src\\shop> $password = '${tail}'\nPS C:\\src\\shop> $secure = ConvertTo-SecureString '${head}Zz' -AsPlainText -Force\n${failed}`, [head, tail]],
      [['$ echo "$SSH_PRIVATE_KEY" | ssh-add -', '-----BEGIN OPENSSH PRIVATE KEY-----', ...[0, 1, 2, 3].map((n) => `${key}${head}${n}`.slice(0, 70)), 'Error loading key "(stdin)": invalid format'].map((line, i) => `2024-05-01T10:00:0${i}.123456Z 00O ${line}`).join('\n'), [key.slice(0, 40)]]
    ]
    const shown: Array<[string, string[]]> = []
    for (const [text, secrets] of pastes) {
      const run = await cli(['explain', ...(form === '--json' ? ['--json'] : [])], text)
      shown.push([text.slice(0, 40), secrets.filter((part) => (run.stdout + run.stderr).includes(part))])
    }
    expect(shown).toEqual(pastes.map(([text]) => [text.slice(0, 40), []]))
  }) // prettier-ignore

  // §13yy (c): Windows PowerShell's record of a native command's stderr
  // quotes the command, here with its password: left out with the record,
  // and redacted where the record is cut short
  it.each([['text'], ['--json']])("reads Windows PowerShell's record of docker's stderr as docker's words, and never repeats the password its command line holds (%s)", async (form) => {
    const args = ['explain', ...(form === '--json' ? ['--json'] : [])]
    const message = 'docker : Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'
    const record = ['At line:1 char:1', '+ docker login -u myuser -p Mq8vTz2Kw5Rn', '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', '    + CategoryInfo          : NotSpecified: (Error response ...sername or password:String) [], RemoteException', '    + FullyQualifiedErrorId : NativeCommandError']
    const plain = await cli(args, message.slice('docker : '.length))
    for (const lines of [[message, ...record], [message, ...record.slice(0, 3)]]) {
      const run = await cli(args, lines.join('\r\n'))
      expect(run.stdout + run.stderr).not.toContain('Mq8vTz2Kw5Rn')
      expect(run.exitCode).toBe(plain.exitCode)
      if (form === '--json') expect(parseJson(run.stdout).rule).toBe(parseJson(plain.stdout).rule)
    }
    // the whole record read, what explain shows is docker's words alone
    expect((await cli(args, [message, ...record].join('\r\n'))).stdout).toBe(plain.stdout)
  }) // prettier-ignore

  it("a wording that says what the text is about gives that as explain's first step, in place of the generic one (TextRule what, §13ww (c))", async () => {
    const helm = 'Error: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fcharts%2Fapp%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden'
    const out = parseJson((await cli(['explain', '--json', '--registry', 'ghcr.io'], helm)).stdout)
    expect([out.rule, out.title]).toEqual(['LOOK043', 'This is not a login failure'])
    expect(out.steps[0]).toBe('Helm 3.13.0 asks for a stray scope (repository:user/image:pull), which the registry refuses: upgrade Helm to 3.13.1 or later.')
    expect(out.steps.join(' ')).not.toContain('Read the quoted text')
    // a wording that says nothing of its own keeps the generic step
    const other = parseJson((await cli(['explain', '--json'], 'exec /usr/local/bin/docker-entrypoint.sh: exec format error')).stdout)
    expect(other.diagnosis).toBe('not-a-login-failure')
    expect(other.steps.join(' ')).not.toContain('Helm')
    // a what that reads after the title starts its step with a capital
    const full = parseJson((await cli(['explain', '--json'], 'write /var/lib/docker/tmp/GetImageBlob123: no space left on device')).stdout)
    expect(full.steps[0]).toMatch(/^A disk is full/)
  }) // prettier-ignore

  it("a self-managed GitLab's or Harbor's wording on a host of its own: that family's steps, for that host (docs/registries.md §13yy (f))", async () => {
    const gitlab = 'Error response from daemon: Get "https://registry.example.com/v2/": unauthorized: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password.'
    for (const args of [[], ['--registry', 'registry.example.com']]) {
      const out = parseJson((await cli(['explain', '--json', ...args], gitlab)).stdout)
      expect([out.diagnosis, out.rule, out.title]).toEqual(['invalid-credentials', 'GL001', 'Incorrect username or token for GitLab'])
      expect(out.steps.join(' ')).toContain('read_registry')
      expect(out.evidence.at(-1)).toBe("the wording is GitLab container registry's, and registry.example.com is no service's own host: answered as a self-managed GitLab container registry on registry.example.com")
    }
    const text = await cli(['explain'], gitlab)
    expect(text.stdout).toContain('registry: registry.example.com')
    const harbor = parseJson((await cli(['explain', '--json'], 'Error response from daemon: Head "https://harbor.corp.example/v2/team/app/manifests/1": unauthorized: unauthorized to access repository: team/app, action: pull: unauthorized to access repository: team/app, action: pull')).stdout)
    expect([harbor.rule, harbor.title]).toEqual(['HBR001', 'The pull may not read the repository'])
    expect(harbor.evidence.at(-1)).toMatch(/answered as a self-managed Harbor on harbor\.corp\.example$/)
    // gitlab.com (its dependency proxy) is GitLab's own, not self-managed
    const proxy = parseJson((await cli(['explain', '--json'], 'Error response from daemon: Head "https://gitlab.com/v2/acme/dependency_proxy/containers/node/manifests/20": unauthorized: HTTP Basic: Access denied')).stdout)
    expect(proxy.evidence.at(-1)).toBe("the wording is GitLab container registry's, and gitlab.com is its own web host (its dependency proxy): answered for gitlab.com")
    // Quay's "access to the requested resource is not authorized" is Nexus's
    // too: a Nexus connector's port stays a private registry
    const nexus = parseJson((await cli(['explain', '--json'], 'Error response from daemon: Head "http://192.168.1.106:8083/v2/repository/docker-nexus/app/manifests/1": unauthorized: access to the requested resource is not authorized')).stdout)
    expect(JSON.stringify(nexus)).not.toMatch(/self-managed|Quay/)
  }) // prettier-ignore

  it('--registry keeps to the registry given, whatever the text names', async () => {
    const run = await cli(['explain', '--json', '--registry', 'ghcr.io'], 'Error response from daemon: Get "https://myreg.azurecr.io/v2/": unauthorized: authentication required')
    expect(JSON.stringify(parseJson(run.stdout))).not.toContain('myreg.azurecr.io/v2/": unauthorized: authentication required"') // the evidence quotes it
    expect(parseJson(run.stdout).title).toBe('GHCR refused the token')
  }) // prettier-ignore

  it.each([
    ['docker pull', 'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit', 'HUB002', 'Docker Hub'],
    ['buildx, a base image', 'ERROR: failed to solve: node:20: failed to resolve source metadata for docker.io/library/node:20: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/node/manifests/sha256:0123: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit', 'HUB015', 'docker.io']
  ])("answers Docker Hub's pull limit for Docker Hub, even under --registry ghcr.io (%s)", async (_name, text, rule, registry) => {
    const run = await cli(['explain', '--json', '--registry', 'ghcr.io'], text)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('rate-limited')
    expect(out.rule).toBe(rule)
    // Docker Hub's fix (a login to Docker Hub for the pulls), not GHCR's
    expect(out.steps.join(' ')).toMatch(/^Authenticate before pulling/)
    expect(JSON.stringify(out)).not.toMatch(/ghcr\.io answered|pushes? to or pull from ghcr\.io/)
    expect(out.evidence.at(-1)).toBe(registry === 'docker.io' ? "the text quotes a request to docker.io and holds Docker Hub's wording: answered for docker.io, not ghcr.io" : "the wording is Docker Hub's alone: answered for Docker Hub, not ghcr.io")
  }) // prettier-ignore

  it.each([
    ['a wording every registry uses, quoting a request to Docker Hub', 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: authentication required', 'GHCR refused the token'],
    ["Docker Hub's own wording, quoting no host", 'Error response from daemon: unauthorized: incorrect username or password', 'GHCR refused the token']
  ])('keeps to --registry for %s', async (_name, text, title) => {
    const run = await cli(['explain', '--json', '--registry', 'ghcr.io'], text)
    const out = parseJson(run.stdout)
    expect(out.title).toBe(title)
    expect(out.evidence.join(' ')).not.toContain('answered for')
  }) // prettier-ignore

  it("answers Docker Hub's own wording quoting a request to Docker Hub for docker.io, under --registry ghcr.io", async () => {
    const run = await cli(['explain', '--json', '--registry', 'ghcr.io'], 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password')
    const out = parseJson(run.stdout)
    expect(out.rule).toBe('HUB010')
    expect(out.title).toBe('Incorrect username or password')
    expect(JSON.stringify(out)).toContain('DOCKERHUB_TOKEN')
    expect(out.evidence.at(-1)).toBe("the text quotes a request to docker.io and holds Docker Hub's wording: answered for docker.io, not ghcr.io")
  }) // prettier-ignore

  it("answers GHCR's own refusal for ghcr.io in a build log that first quotes a retried request to Docker Hub (attack-23 repro-01)", async () => {
    const log = ['#2 [internal] load metadata for docker.io/library/node:20-alpine', '#2 ERROR: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/20-alpine": dial tcp 44.205.64.79:443: i/o timeout', '#2 retrying in 1s', '#2 DONE 2.3s', '#9 pushing layers', '#9 ERROR: failed to push ghcr.io/acme-corp/api:latest: denied: installation not allowed to Write organization package', 'Error: buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/acme-corp/api:latest: denied: installation not allowed to Write organization package'].join('\n')
    for (const args of [['explain', '--json'], ['explain', '--json', '--registry', 'docker.io']]) {
      const out = parseJson((await cli(args, log)).stdout)
      expect([out.rule, out.diagnosis]).toEqual(['GHCR004', 'insufficient-scope'])
      expect(out.title).toBe('GITHUB_TOKEN may not push this package')
      expect(JSON.stringify(out)).not.toMatch(/DOCKERHUB_TOKEN|Docker ID/)
    }
  }) // prettier-ignore

  it.each([
    ['ghcr.io', '#9 ERROR: failed to push ghcr.io/acme-corp/api:latest: unauthorized: authentication required', 'password: ${{ secrets.GITHUB_TOKEN }}'],
    ['registry.example.com:5000', 'ERROR: failed to push registry.example.com:5000/team/app:1: unauthorized: authentication required', 'registry: registry.example.com:5000']
  ])("answers a wording every registry uses for %s, the registry of the line that decided, not a retried request to Docker Hub before it", async (registry, refusal, block) => {
    const log = ['#2 [internal] load metadata for docker.io/library/node:20-alpine', '#2 ERROR: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/20-alpine": dial tcp 44.205.64.79:443: i/o timeout', '#2 retrying in 1s', '#2 DONE 2.3s', '#9 pushing layers', refusal]
    for (const text of [log.join('\n'), refusal]) {
      const out = (await cli(['explain'], text)).stdout
      expect(out).toContain(`${registry} got the request without a credential`)
      expect(out).toContain(block)
      expect(out).not.toMatch(/Docker Hub|DOCKERHUB/)
    }
    // the Docker Hub request's own line, as before
    expect((await cli(['explain'], log[1])).stdout).toContain('No usable answer came from docker.io')
  }) // prettier-ignore

  it('reads empty stdin as unknown with no rule, exit 1, "the text is empty"', async () => {
    const run = await cli(['explain', '--json'], '')
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('unknown')
    expect(out.rule).toBeNull()
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
    expect(out.rule).toBe('HUB010')
    expect(out.evidence[0]).toContain('unauthorized: incorrect username')
    expect(out.evidence[0]).not.toContain('Authenticating')
  })
})

// ---------------------------------------------------------------------------
// check

/** An account, the diagnosis a check gets and the rule that decides it. */
const CHECK_CASES: [string, Account, DiagnosisId, string | null][] = [
  ['a read-write PAT', ACCOUNTS.patReadWrite, 'ok', null],
  ['a 2FA password', ACCOUNTS.password2fa, 'password-with-2fa', 'HUB103'],
  [
    'an organization token with a member username',
    ACCOUNTS.orgTokenMemberUsername,
    'organization-token-username',
    'HUB102'
  ],
  ['a locked-out account', ACCOUNTS.lockedOut, 'login-locked-out', 'HUB001'],
  ['an expired PAT', ACCOUNTS.patExpired, 'token-expired', 'HUB007']
]

const CHECK_MODES = CHECK_CASES.flatMap(([name, account, id, rule]) => [
  [name, 'text', account, id, rule] as const,
  [name, 'JSON', account, id, rule] as const
])

describe('check against the emulator', () => {
  it.each(CHECK_MODES)(
    'checks %s and reports in %s',
    async (_name, mode, account: Account, id: DiagnosisId, rule) => {
      // The cases must match what the emulator's table says.
      expect(account.diagnosis).toBe(id)
      const args = ['check', '--username', account.username, '--password-stdin']
      if (mode === 'JSON') args.push('--json')
      const run = await cli(args, `${account.secret}\n`)

      expect(run.exitCode).toBe(id === 'ok' ? 0 : 1)
      expect(run.stderr).toBe('')
      const context = hubContext(account)
      if (mode === 'JSON') {
        const out = parseJson(run.stdout)
        expect(out.diagnosis).toBe(id)
        expect(out.rule).toBe(rule)
        expect(out.warnings).toEqual([])
        expect(out.title).toBe(title(id, context, 'check'))
        // in a shell: the texts in its terms (src/ci-wording.ts)
        expect(out.steps).toEqual(
          remediationFor(id, context).steps.flatMap(
            (step) => inCi(step, 'other') ?? []
          )
        )
        if (id !== 'ok') expect(out.steps.length).toBeGreaterThan(0)
        expect(out.evidence[0]).toBe(
          `the registry's challenge is known: its token service ${session.emulator.url}/token was asked without a ping`
        )
        // The line of the rule that decided says so.
        if (rule !== null) {
          expect(out.evidence.at(-1)).toMatch(new RegExp(`\\(rule ${rule}\\)$`))
        }
      } else {
        expect(run.stdout.split('\n')[0]).toBe(headline(id, context, 'check'))
        if (rule !== null) expect(run.stdout).toContain(`(rule ${rule})`)
      }
      // The credential really went to the emulator's token service…
      expect(
        session.emulator.requests.some(
          (r) => r.step === 'token' && r.account === account.username
        )
      ).toBe(true)
      // …and nothing else: no docker command, no stored login.
      expect(run.docker).toEqual([])
      expect(run.ws.dockerArgv()).toEqual([])
      expect(run.ws.dockerConfigJson()).toBeUndefined()
      expect(run.ws.authKeys()).toEqual([])
      expectNoSecret(run, account.username, account.secret)
    }
  )

  it('says in the evidence that a token was accepted', async () => {
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

  it.each([['CRLF', '\r\n'], ['a lone CR', '\r']])('trims one trailing %s from stdin like the docker CLI does', async (_name, end) => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(['check', '--username', account.username, '--password-stdin', '--json'], `${account.secret}${end}`)
    expect(run.exitCode).toBe(0)
    expect(parseJson(run.stdout).diagnosis).toBe('ok')
  }) // prettier-ignore

  it('finds a working account password ok, with the password-in-use warning', async () => {
    const account = ACCOUNTS.password
    const run = await cli(
      ['check', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('ok')
    expect(out.rule).toBeNull()
    expect(out.warnings).toEqual(['password-in-use'])
    expectNoSecret(run, account.username, account.secret)
  })

  it('finds an empty username and stdin missing-credentials and sends nothing', async () => {
    const run = await cli(
      ['check', '--username', '', '--password-stdin', '--json'],
      ''
    )
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('missing-credentials')
    expect(out.rule).toBeNull()
    expect(out.evidence).toEqual([
      'the username is empty',
      'the password is empty'
    ])
    expect(session.emulator.requests).toEqual([])
    expect(run.docker).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it.each([
    [
      'in GitLab CI',
      { GITLAB_CI: 'true' },
      'A GitLab CI/CD variable is empty',
      'Protected branches'
    ],
    [
      'in Jenkins or a shell',
      { JENKINS_URL: 'http://ci' },
      'The username or password is empty',
      'withCredentials'
    ],
    [
      'in GitHub Actions',
      { GITHUB_ACTIONS: 'true' },
      'The password is empty',
      'Dependabot'
    ]
  ])(
    'an empty password %s gets the fix of where it runs (attack-19 repro-02)',
    async (_where, env, title, word) => {
      const run = await cli(
        ['check', '--username', 'octocat', '--password-stdin', '--json'],
        '',
        env
      )
      expect(run.exitCode).toBe(1)
      const out = parseJson(run.stdout)
      expect([out.diagnosis, out.title]).toEqual(['missing-credentials', title])
      expect(out.steps.join(' ')).toContain(word)
      // GitHub's forks and Dependabot only where the command runs in Actions
      expect(out.steps.join(' ').includes('Dependabot')).toBe(
        'GITHUB_ACTIONS' in env
      )
      expect(session.emulator.requests).toEqual([])
    }
  )

  // attack-64 A64-02: a token command's username with an empty password is
  // that command's failure, not an empty CI variable
  it.each([
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com', 'AWS', 'aws ecr get-login-password --region'],
    ['us-docker.pkg.dev', 'oauth2accesstoken', 'gcloud auth print-access-token'],
    ['acmeci.azurecr.io', '00000000-0000-0000-0000-000000000000', 'az acr login --name NAME --expose-token']
  ])('%s, --username %s and nothing on stdin: the token command printed nothing', async (registry, username, command) => {
    for (const env of [{ GITLAB_CI: 'true' }, { JENKINS_URL: 'http://ci' }, {}, { GITHUB_ACTIONS: 'true' }]) {
      const run = await cli(['check', '--registry', registry, '--username', username, '--password-stdin', '--json'], '', env)
      expect(run.exitCode).toBe(1)
      const out = parseJson(run.stdout)
      expect([out.diagnosis, out.title]).toEqual(['missing-credentials', 'The token command printed nothing'])
      expect(out.steps[0]).toContain(command)
      expect(out.steps.join(' ')).toContain('set -o pipefail')
      expect(out.steps.join(' ')).not.toMatch(/CI\/CD variable|withCredentials|Dependabot/)
    }
    expect(session.emulator.requests).toEqual([])
  }) // prettier-ignore

  it('ECR with neither input in GitLab CI gets ECR\'s steps in GitLab\'s terms, not an empty variable (attack-64 A64-02)', async () => {
    const run = await cli(
      ['check', '--registry', '123456789012.dkr.ecr.us-east-1.amazonaws.com', '--username', '', '--password-stdin', '--json', '--retries', '0', '--timeout', '10'],
      '',
      { GITLAB_CI: 'true', AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials' }
    )
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect([out.diagnosis, out.title]).toEqual(['missing-credentials', 'No credential for this Amazon ECR registry'])
    expect(out.steps[0]).toContain('id_tokens:')
    expect(out.steps.join(' ')).not.toMatch(/CI\/CD variable|aws-actions\/|\$\{\{/)
  }) // prettier-ignore

  it.each([
    ['GitLab CI', { GITLAB_CI: 'true' }, 'Settings → CI/CD → Variables → the variable → Edit'],
    ['Jenkins', { JENKINS_URL: 'http://ci' }, 'Manage Jenkins → Credentials → the credential → Update'],
    ['a shell', {}, 'Open the secret (where the CI system keeps it)'],
    ['GitHub Actions', { GITHUB_ACTIONS: 'true' }, 'Settings → Secrets and variables → Actions → the secret → Update']
  ])('a quoted token refused in %s gets the fix in that system\'s terms (docs/registries.md §13mm)', async (_where, env, words) => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['check', '--username', account.username, '--password-stdin'],
      `"${account.secret}"`,
      env
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/^Diagnosis: malformed-credentials — /)
    expect(run.stdout).toContain(words)
    const steps = run.stdout.slice(run.stdout.indexOf('How to fix it:'), run.stdout.indexOf('In a GitHub Actions workflow:'))
    // GitHub's expressions and settings only where it runs in GitHub Actions
    expect(/\$\{\{|Secrets and variables|`with:` block/.test(steps)).toBe('GITHUB_ACTIONS' in env)
    expect(steps.includes('printf %s "$DOCKERHUB_TOKEN"')).toBe(!('GITHUB_ACTIONS' in env))
    expectNoSecret(run, account.username, account.secret)
  }) // prettier-ignore

  it.each([
    ['text', ['check']],
    ['JSON', ['check', '--json']]
  ])(
    'finds a registry that is down registry-unreachable, in bounded time (%s)',
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
        profile: 'generic',
        username: account.username
      }
      if (mode === 'JSON') {
        const out = parseJson(run.stdout)
        expect(out.diagnosis).toBe('registry-unreachable')
        expect(out.rule).toBeNull()
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
      expect(run.docker).toEqual([])
      expect(run.ws.dockerArgv()).toEqual([])
      expectNoSecret(run, account.username, account.secret)
    }
  )
})

// ---------------------------------------------------------------------------
// login

describeE2e('login with the real docker CLI', () => {
  it('logs a read-write PAT in: exit 0, the auth entry, --password-stdin', async () => {
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
    // The secret went to docker as its stdin (one newline trimmed)…
    expect(run.docker).toEqual([
      {
        method: 'login',
        server: session.emulator.host,
        username: account.username,
        password: account.secret
      }
    ])
    // …never into its argv.
    expect(run.ws.dockerArgv()).toEqual([
      `docker login --username ${account.username} --password-stdin ${session.emulator.host}`
    ])
    expectNoSecret(run, account.username, account.secret)
  })

  it('prints one JSON object and nothing else for a read-write PAT with --json', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('ok')
    expect(out.rule).toBeNull()
    expect(out.warnings).toEqual([])
    expect(out.title).toBe(remediationFor('ok', hubContext(account)).title)
    expect(out.steps).toEqual([])
    expect(out.evidence).toContain('docker login succeeded (exit code 0)')
    expect(run.ws.authKeys()).toEqual([session.emulator.host])
    expect(commands(run)).toHaveLength(1)
    expect(run.ws.dockerArgv()).toHaveLength(1)
    expectNoSecret(run, account.username, account.secret)
  })

  it('refuses a wrong password before docker runs, exit 1', async () => {
    const account = ACCOUNTS.wrongPassword
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(1)
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('invalid-credentials')
    expect(out.rule).toBe('HUB010')
    expect(out.title).toBe(
      remediationFor('invalid-credentials', hubContext(account)).title
    )
    expect(run.docker).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
    expect(run.ws.authKeys()).toEqual([])
    expectNoSecret(run, account.username, account.secret)
  })

  it('refuses a wrong password in text mode with no docker output, exit 1', async () => {
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
    expect(run.docker).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
    expect(run.ws.dockerConfigJson()).toBeUndefined()
  })

  it('still tries docker when the registry is down, and finds it registry-unreachable', async () => {
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
    const out = parseJson(run.stdout)
    expect(out.diagnosis).toBe('registry-unreachable')
    expect(out.rule).toBe('NET001')
    expect(commands(run)).toEqual([
      {
        method: 'login',
        server: '127.0.0.1:1',
        username: account.username,
        password: account.secret
      }
    ])
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
    [
      'an unknown command',
      ['frobnicate'],
      /^Unknown command: the first argument must be explain, check, login or doctor\./
    ],
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
      '--username with no value: named by its long name',
      ['check', '--password-stdin', '--username'],
      /^Option --username is used the wrong way/
    ],
    [
      'a username with spaces (the same check as the action)',
      ['check', '--username', 'octo cat', '--password-stdin'],
      /^Option --username contains spaces: set it to your Docker ID \(lowercase letters and digits\)\n$/
    ],
    [
      'a username that is a URL: the options named, not the inputs (attack-45 A45-01)',
      ['check', '--username', 'https://ghcr.io/octo', '--password-stdin'],
      /^Option --username is a URL: put the registry address in --registry and your Docker ID in --username\n$/
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
      /^Option --retries must be a whole number from 0 to 10, not "abc"/
    ],
    [
      '--timeout 0',
      ['check', '--username', 'octocat', '--password-stdin', '--timeout', '0'],
      /^Option --timeout must be a number of seconds above 0/
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
  ])('refuses %s', async (_name, args, message) => {
    const run = await cli(args, `${secret}\n`)
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toContain(secret)
    expect(session.emulator.requests).toEqual([])
    expect(run.docker).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it('names the password by where it came from: stdin, not an input or a --password option (attack-45 A45-01)', async () => {
    const run = await cli(['check', '--username', 'octocat', '--password-stdin'], `${'x'.repeat(20 * 1024)}\n`)
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/^The password piped to --password-stdin is 20 KiB long, more than any registry accepts/)
    expect(session.emulator.requests).toEqual([])
  }) // prettier-ignore

  it('prints the usage text for no command, exit 2', async () => {
    const run = await cli([])
    expect(run.exitCode).toBe(2)
    expect(run.stdout + run.stderr).toContain(
      'Usage: docker-login-preflight <command> [options]'
    )
  })

  it('prints the usage text for no command on stderr, not stdout', async () => {
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
  ])(
    'refuses %s to check and login as an unknown option',
    async (_name, option, named) => {
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
        expect(run.docker).toEqual([])
        expect(run.ws.dockerArgv()).toEqual([])
      }
    }
  )

  it('refuses a value for --password-stdin', async () => {
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

  it('refuses a secret given as a positional argument', async () => {
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
    expect(run.docker).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it('does not echo a secret given as a positional argument', async () => {
    const run = await cli([
      'check',
      '--username',
      account.username,
      '--password-stdin',
      account.secret
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).not.toContain(account.secret)
  })

  it('does not echo a secret given in place of the command (D11)', async () => {
    const run = await cli([account.secret])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/^Unknown command: /)
    expect(run.stderr).not.toContain(account.secret)
  })

  it('does not echo credentials given in --registry (D12)', async () => {
    const run = await cli(
      [
        'check',
        '--registry',
        `https://ci-bot:${account.secret}@ghcr.io`,
        '--username',
        account.username,
        '--password-stdin'
      ],
      account.secret
    )
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toBe(
      'Option --registry holds credentials (user:password@host): give the host alone, and the username and password in their own options\n'
    )
    expect(session.emulator.requests).toEqual([])
  })

  it.each([
    ['explain', ['explain', '--registry', 'ftp://ghcr.io'], 'Option --registry must be a registry host such as ghcr.io, not a ftp:// URL\n'],
    ['check', ['check', '--registry', 'ghcr.io:99999', '--username', 'a', '--password-stdin'], 'Option --registry has port 99999: a port is a number from 1 to 65535\n']
  ])('%s names the option, not an input, in its error', async (_name, args, stderr) => {
    const run = await cli(args, 'x')
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toBe(stderr)
  }) // prettier-ignore

  it('never quotes a token given as --registry', async () => {
    const token = `ghp_${'A1b2C3d4'.repeat(5)}`
    const run = await cli(['explain', '--registry', token], 'unauthorized')
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toBe('Option --registry must be a registry host such as ghcr.io or docker.io (got a value shaped like a token, not quoted)\n')
  }) // prettier-ignore

  it.each([[''], [' ']])('an empty --registry (%j) is an error, not docker.io', async (value) => {
    const run = await cli(['explain', '--registry', value], 'unauthorized: incorrect username or password')
    expect(run.exitCode).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('Option --registry is empty: give a registry host such as ghcr.io (a variable with no value, such as CI_REGISTRY where the project has no container registry, gives ""); leave the option out only to log in to Docker Hub.')
    expect(run.stdout).toBe('')
  }) // prettier-ignore
})

describe('--help → exit 0, the usage text on stdout', () => {
  it.each<[string, string[], string, string[]]>([
    [
      '--help',
      ['--help'],
      'Usage: docker-login-preflight <command> [options]',
      ['explain', 'check', 'login', '--version, -V', 'Exit code: 0']
    ],
    [
      '-h',
      ['-h'],
      'Usage: docker-login-preflight <command> [options]',
      ['explain', 'check', 'login']
    ],
    [
      'explain --help',
      ['explain', '--help'],
      'Usage: docker-login-preflight explain [--registry R] [--json] < error.txt',
      ['--json', '--help']
    ],
    [
      'check --help',
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
      'check -h',
      ['check', '-h'],
      'Usage: docker-login-preflight check --username U --password-stdin',
      ['--password-stdin']
    ],
    [
      'login --help',
      ['login', '--help'],
      'Usage: docker-login-preflight login --username U --password-stdin',
      ["'docker login --password-stdin'", "as for 'check'"]
    ]
  ])('prints the help of %s', async (_name, args, first, mentions) => {
    const run = await cli(args, 'should not be read\n')
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toBe(first)
    for (const text of mentions) expect(run.stdout).toContain(text)
    expect(run.stdinReads).toBe(0)
    expect(session.emulator.requests).toEqual([])
    expect(run.docker).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it('lets --help win over the other options: nothing is checked', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await cli(
      ['login', '--username', account.username, '--password-stdin', '--help'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(
      'Usage: docker-login-preflight login --username U --password-stdin'
    )
    expect(run.stdinReads).toBe(0)
    expect(session.emulator.requests).toEqual([])
    expect(run.docker).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
    expect(run.ws.authKeys()).toEqual([])
  })
})

describe('--version and -V → exit 0, the version alone on stdout', () => {
  const { version } = JSON.parse(
    readFileSync(join(ROOT, 'package.json'), 'utf8')
  ) as { version: string }

  it.each([['--version'], ['-V']])(
    "prints package.json's version for %s",
    async (flag) => {
      const run = await cli([flag], 'should not be read\n')
      expect(run.exitCode).toBe(0)
      expect(run.stderr).toBe('')
      expect(run.stdout).toBe(`${version}\n`)
      expect(run.stdinReads).toBe(0)
      expect(session.emulator.requests).toEqual([])
      expect(run.docker).toEqual([])
    }
  )

  it('is not an option of a command: explain --version is a usage error', async () => {
    const run = await cli(['explain', '--version'])
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')[0]).toBe('Unknown option --version.')
  })
})

describe('a pasted log of any size', () => {
  async function* chunks(sizes: number[], fill = 'a'): AsyncGenerator<Buffer> {
    for (const size of sizes) yield Buffer.from(fill.repeat(size))
  }
  /** A buffer given one byte at a time: the mark split over two reads. */
  async function* chunks1(buffer: Buffer): AsyncGenerator<Buffer> {
    for (let i = 0; i < buffer.length; i++) yield buffer.subarray(i, i + 1)
  }

  it('keeps only its last MiB, and counts all of it (D14)', async () => {
    const { text, total } = await readTail(
      (async function* () {
        yield* chunks([700_000, 700_000, 700_000])
        yield Buffer.from('\nunauthorized: incorrect username or password\n')
      })()
    )
    expect(total).toBe(2_100_000 + 46)
    expect(Buffer.byteLength(text)).toBe(MAX_STDIN_BYTES)
    expect(text.endsWith('incorrect username or password\n')).toBe(true)
  })

  it('decodes text that starts with a UTF-16 byte order mark, its tail cut on a whole character (attack-24 repro-03)', async () => {
    const line = 'unauthorized: incorrect username or password — é\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line.repeat(3), 'utf16le')])
    expect(await readTail(chunks1(le))).toEqual({ text: line.repeat(3), total: le.length })
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(line.repeat(3), 'utf16le').swap16()])
    expect((await readTail(chunks1(be))).text).toBe(line.repeat(3))
    // a tail that would start inside a character, and the BOM dropped
    for (const limit of [41, 42, le.length - 1, le.length]) {
      const { text } = await readTail(chunks1(le), limit)
      expect(line.repeat(3).endsWith(text)).toBe(true)
      expect(text.length).toBe(Math.floor(Math.min(limit, le.length - 2) / 2))
    }
    // a UTF-8 text, or one without a mark, as before
    expect((await readTail(chunks1(Buffer.from(line)))).text).toBe(line)
  }) // prettier-ignore

  it('keeps a short text whole', async () => {
    const { text, total } = await readTail(chunks([10, 20], 'b'), 100)
    expect(text).toBe('b'.repeat(30))
    expect(total).toBe(30)
  })
})

describe('stdin at a terminal (attack-19 repro-03)', () => {
  /** What a terminal gives: the typed line, then Ctrl-D's end of input. */
  function terminal(typed: string): AsyncIterable<Buffer> & { isTTY: boolean } {
    return Object.assign(
      (async function* () {
        yield Buffer.from(typed)
      })(),
      { isTTY: true }
    )
  }

  it('is read to its end, as docker login --password-stdin reads it, after saying how to end it', async () => {
    const said: string[] = []
    const text = await readInput(terminal('dckr_pat_typed\n'), (t) =>
      said.push(t)
    )
    expect(text).toBe('dckr_pat_typed\n')
    expect(said).toEqual([
      'docker-login-preflight: reading stdin; end it with Ctrl-D on a line of its own\n'
    ])
  })

  it('a pipe is read without a word', async () => {
    const said: string[] = []
    const piped = Object.assign(
      (async function* () {
        yield Buffer.from('secret\n')
      })(),
      { isTTY: undefined }
    )
    expect(await readInput(piped, (t) => said.push(t))).toBe('secret\n')
    expect(said).toEqual([])
  })

  it('over 1 MiB, keeps the end and says so on stderr as the README quotes it', async () => {
    const said: string[] = []
    const end = 'denied: requested access to the resource is denied\n'
    const piped = Object.assign(
      (async function* () {
        for (let i = 0; i < 3; i++) yield Buffer.alloc(1024 * 1024, 'x')
        yield Buffer.from(end)
      })(),
      { isTTY: undefined }
    )
    const text = await readInput(piped, (t) => said.push(t))
    expect(text.length).toBe(1024 * 1024)
    expect(text.endsWith(end)).toBe(true)
    expect(said).toEqual([
      'docker-login-preflight: stdin held 3.0 MiB: only its last 1.0 MiB was read\n'
    ])
  })
})

describe('what a registry repeats never reaches the output', () => {
  /** A token service that repeats the password it got, JSON-escaped. */
  async function echoingRegistry(): Promise<{ url: string; close: () => Promise<void> }> {
    const { createServer } = await import('node:http')
    let base = ''
    const server = createServer((req, res) => {
      req.resume()
      const json = (status: number, body: object, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(JSON.stringify(body))
      }
      if (req.url?.startsWith('/token')) {
        const basic = Buffer.from((req.headers.authorization ?? '').slice(6), 'base64').toString()
        const password = basic.slice(basic.indexOf(':') + 1)
        return json(401, { details: `incorrect username or password: ${JSON.stringify(password).slice(1, -1)}` })
      }
      json(401, {}, { 'www-authenticate': `Bearer realm="${base}/token",service="x"` })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const address = server.address() as { port: number }
    base = `http://127.0.0.1:${address.port}`
    return { url: base, close: () => new Promise((done) => server.close(() => done())) }
  } // prettier-ignore

  it.each([['text', []], ['--json', ['--json']]])('check (%s): a password the registry repeats JSON-escaped is cut', async (_name, flags) => {
    const registry = await echoingRegistry()
    try {
      const secret = 's3cr3t\\Value-with-"quotes"'
      const host = new URL(registry.url).host
      const run = await cli(['check', '--registry', host, '--username', 'alice', '--password-stdin', ...flags], secret)
      expect(run.exitCode).toBe(1)
      const printed = run.stdout + run.stderr
      expect(printed).toContain('incorrect username or password: ***')
      for (const form of [secret, JSON.stringify(secret).slice(1, -1), JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1)]) {
        expect(printed).not.toContain(form)
      }
    } finally {
      await registry.close()
    }
  }) // prettier-ignore

  it("login: docker's words are quoted line by line, so none starts a CI command", async () => {
    let stderr = ''
    const docker: DockerCli = {
      login: async () => ({ exitCode: 1, output: 'Error response from daemon: denied\n::error file=x.js,line=1::pwned\r::add-mask::foo' }),
      logout: async () => ({ exitCode: 0, output: '' }),
      config: () => ({ dir: '/tmp/docker-config' })
    }
    const account = ACCOUNTS.patReadWrite
    const exitCode = await main(['login', '--username', account.username, '--password-stdin'], {
      stdin: async () => account.secret,
      stdout: () => {},
      stderr: (text) => {
        stderr += text
      },
      env: { PATH: process.env.PATH, DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url },
      docker
    })
    expect(exitCode).toBe(1)
    expect(stderr).toBe('> Error response from daemon: denied\n> ::error file=x.js,line=1::pwned\n> ::add-mask::foo\n')
  }) // prettier-ignore
})

describe('a secret that spells an id of the output', () => {
  it('check --json with the password "invalid-credentials": refused, one JSON object, no crash', async () => {
    const run = await cli(['check', '--username', ACCOUNTS.patReadWrite.username, '--password-stdin', '--json'], 'invalid-credentials')
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    const out = parseJson(run.stdout)
    // an id is not redacted: a *** there would tell what the password is
    // (attack-41 A41-04); the rest of the output still is
    expect(out.diagnosis).toBe('invalid-credentials')
    expect(out.credentialKind).toBe('password')
    expect(out.title).toEqual(expect.any(String))
    expect(out.steps.length).toBeGreaterThan(0)
  }) // prettier-ignore

  it('check --json with the password "password": credentialKind stays "password" (attack-41 A41-04)', async () => {
    const run = await cli(['check', '--username', ACCOUNTS.patReadWrite.username, '--password-stdin', '--json'], 'password')
    const out = parseJson(run.stdout)
    expect([out.diagnosis, out.credentialKind]).toEqual(['invalid-credentials', 'password'])
  }) // prettier-ignore
})

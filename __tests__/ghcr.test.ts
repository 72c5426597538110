/**
 * GitHub Container Registry in process: the texts users posted from
 * docker login, docker push, buildx, podman and helm (their rule,
 * diagnosis and case), GHCR's remediation texts, and `check` / `login`
 * from src/cli.ts against the GHCR emulator (emulator/registries/ghcr.ts)
 * named ghcr.io through DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: each account's
 * diagnosis, push access and requests, and the push probe's upload,
 * cancelled where the registry allows it and left to expire on GHCR (405).
 * The end-to-end runs with the real docker CLI are in ghcr-e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  startFamilyRegistry,
  type FamilyRegistry,
  type RegistryAccount,
  type RegistrySpec
} from '../emulator/registries/engine.js'
import { GHCR_ACCOUNTS, GHCR_SPEC } from '../emulator/registries/ghcr.js'
import { secretForms } from '../scripts/runner.js'
import { main } from '../src/cli.js'
import type { DiagnosisId } from '../src/diagnosis.js'
import type { DockerCli } from '../src/docker.js'
import { judgeText } from '../src/judge.js'
import { GHCR, PROFILES } from '../src/profiles/index.js'
import type { RemediationCase } from '../src/profiles/types.js'
import {
  errorLine,
  remediationFor,
  type RemediationContext
} from '../src/remediation.js'

// ---------------------------------------------------------------------------
// Wordings

/** A text as a user posted it, and what it must be judged. */
interface Seen {
  name: string
  text: string
  diagnosis: DiagnosisId
  rule: string
  case?: RemediationCase
  /** where it was posted */
  source: string
}

const SEEN: Seen[] = [
  {
    name: 'docker/login-action with an expired token',
    text: 'Logging into ghcr.io...\nError: Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
    diagnosis: 'invalid-credentials',
    rule: 'GHCR002',
    source: 'GaloisInc/cryptol#1959'
  },
  {
    name: 'a revoked token at push',
    text: 'failed to put manifest ghcr.io/apache/arrow-nanoarrow:ubuntu: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    diagnosis: 'invalid-credentials',
    rule: 'GHCR002',
    source: 'apache/arrow-nanoarrow#225'
  },
  {
    name: 'buildx push with GITHUB_TOKEN read-only',
    text: 'Error: buildx failed with: ERROR: denied: installation not allowed to Write organization package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR004',
    case: 'github-token',
    source: 'jidicula/clang-format-action#190'
  },
  {
    name: 'docker push with GITHUB_TOKEN read-only',
    text: 'The push refers to repository [ghcr.io/hyperledger/firefly-signer]\nfecdbc4471ce: Preparing\ndenied: installation not allowed to Write organization package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR004',
    case: 'github-token',
    source: 'hyperledger-firefly/signer#74'
  },
  {
    name: 'skopeo creating an organization package',
    text: 'Error: writing blob: initiating layer upload to /v2/freeipa/ipa-tuura/blobs/uploads/ in ghcr.io: denied: installation not allowed to Create organization package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR004',
    case: 'github-token',
    source: 'freeipa/ipa-tuura#38'
  },
  {
    name: 'an App token, go-containerregistry',
    text: 'Error: failed to copy index: POST https://ghcr.io/v2/product-os/flowzone/blobs/uploads/: DENIED: permission_denied: installation not allowed to Create organization package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR004',
    case: 'github-token',
    source: 'product-os/flowzone#516'
  },
  {
    name: 'buildx push to a package without Manage Actions access',
    text: '#16 ERROR: failed to push ghcr.io/cloudfoundry/stratos:5.0.0: denied: permission_denied: write_package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR005',
    case: 'package-access',
    source: 'cloudfoundry/stratos#5763'
  },
  {
    name: 'podman push to a package without Manage Actions access',
    text: 'Error: writing blob: initiating layer upload to /v2/tuna-os/flounder-sid/blobs/uploads/ in ghcr.io: denied: permission_denied: write_package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR005',
    case: 'package-access',
    source: 'tuna-os/tunaOS#642'
  },
  {
    name: 'a classic token without write:packages',
    text: 'denied: permission_denied: The token provided does not match expected scopes.',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR001',
    case: 'read-only-token',
    source: 'daltoniam/switchboard#139'
  },
  {
    name: 'a package under an owner the account may not publish to',
    text: 'DENIED: permission_denied: create_package',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR006',
    case: 'namespace',
    source: 'h4rkon/jbossqueues README.md'
  },
  {
    name: 'buildx, 403 at the upload start',
    text: 'ERROR: failed to solve: failed to push ghcr.io/insightsengineering/debian-gcc-devel:2023.12.07: unexpected status from POST request to https://ghcr.io/v2/insightsengineering/debian-gcc-devel/blobs/uploads/: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR007',
    source: 'insightsengineering/ci-images#91'
  },
  {
    name: 'buildx, 403 on a blob',
    text: 'failed to push ghcr.io/ryokun6/ryos:latest: unexpected status from HEAD request to https://ghcr.io/v2/ryokun6/ryos/blobs/sha256:7316047: 403 Forbidden',
    diagnosis: 'insufficient-scope',
    rule: 'GHCR007',
    source: 'ryokun6/ryos#1156'
  },
  {
    name: 'a pull of a private package without a login',
    text: 'docker: Error response from daemon: Head "https://ghcr.io/v2/tpm2-software/fedora-30/manifests/latest": unauthorized.',
    diagnosis: 'repository-not-found',
    rule: 'GHCR008',
    case: 'anonymous-pull',
    source: 'tpm2-software/tpm2-pkcs11#807'
  },
  {
    name: 'a pull of a public image with an outdated stored login',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/korthout/camunda-platform-rest-api/manifests/latest": denied: denied',
    diagnosis: 'stale-login',
    rule: 'GHCR003',
    source: 'korthout/camunda-platform-rest-api#106'
  },
  {
    name: 'the pull rate limit',
    text: 'toomanyrequests: retry-after: 985.86µs, allowed: 44000/minute',
    diagnosis: 'rate-limited',
    rule: 'GHCR009',
    source: 'alexklibisz/terraform-provider-terrifi#50'
  },
  {
    name: 'the upload rate limit',
    text: 'POST https://ghcr.io/v2/chainguard-images/git/blobs/uploads/: TOOMANYREQUESTS: retry-after: 10.305464ms, allowed: 2000/minute',
    diagnosis: 'rate-limited',
    rule: 'GHCR009',
    source: 'chainguard-images/images#173'
  },
  {
    name: "GHCR's authorization service failing",
    text: 'PUT https://ghcr.io/v2/slsa-framework/example-package/blobs/upload/03f854c2?digest=sha256%3A9f77: DENIED: permission_denied: unable to connect to authzd server: twirp error bad_route: Error from intermediary with HTTP status code 404 "Not Found"',
    diagnosis: 'registry-unreachable',
    rule: 'GHCR010',
    source: 'slsa-framework/slsa-github-generator#1699'
  },
  // w-ghcrgl
  {
    name: 'an image name with capitals (github.repository_owner)',
    text: 'buildx failed with: ERROR: failed to build: invalid tag "ghcr.io/RiverOnVenus/moontv:latest": repository name must be lowercase',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK010',
    source: 'LunaTechLab/MoonTV#191'
  },
  {
    name: 'docker build -t with capitals in the owner',
    text: 'invalid argument "ghcr.io/TheHolm/meraki-dashboard-promethus-exporter:latest" for "-t, --tag" flag: invalid reference format: repository name must be lowercase',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK010',
    source: 'macbre/push-to-ghcr#24'
  },
  {
    name: 'newer docker: the name in parentheses, the wording split',
    text: 'invalid reference format: repository name (MarcSkovMadsen/holoviz-mcp) must be lowercase\nError: Process completed with exit code 1.',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK010',
    source: 'MarcSkovMadsen/holoviz-mcp#63'
  },
  {
    name: 'a tag built from an empty or malformed reference',
    text: 'ERROR: failed to build: invalid tag "ghcr.io/insightsengineering:rbmi:refs/tags/v1.5.1": invalid reference format\nError: buildx failed with: ERROR: failed to build: invalid tag "ghcr.io/insightsengineering:rbmi:refs/tags/v1.5.1": invalid reference format',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK010',
    source: 'openpharma/rbmi#531'
  },
  {
    name: 'docker.pkg.github.com without a login',
    text: 'E0515 17:43:02.649210    9727 cache.go:129] Error downloading kic artifacts:  getting remote image: GET https://docker.pkg.github.com/v2/kubernetes/minikube/kicbase/manifests/v0.0.10: UNAUTHORIZED: GitHub Docker Registry needs login',
    diagnosis: 'missing-credentials',
    rule: 'GHCR015',
    case: 'anonymous-pull',
    source: 'kubernetes/minikube#8160'
  },
  {
    name: 'docker.pkg.github.com with a token without the scope it needs',
    text: "Your token has not been granted the required scopes to execute this query. The 'name' field requires one of the following scopes: ['repo'], but your token has only been granted the: ['read:packages'] scopes.",
    diagnosis: 'insufficient-scope',
    rule: 'GHCR016',
    source: 'dita-ot/docs#281'
  }
]

describe('GHCR texts as users posted them', () => {
  it.each(SEEN)('$name ($source): $rule, $diagnosis', (seen) => {
    const verdict = judgeText(seen.text, GHCR)
    expect(verdict.diagnosis).toBe(seen.diagnosis)
    expect(verdict.rule).toBe(seen.rule)
    expect(verdict.case).toBe(seen.case)
    // the wording names GHCR whoever asks
    for (const profile of PROFILES) {
      expect(judgeText(seen.text, profile).rule).toBe(seen.rule)
    }
  })

  it("GHCR's wordings take no other registry's texts", () => {
    for (const text of [
      'unauthorized: authentication required',
      'denied: requested access to the resource is denied',
      'toomanyrequests: You have reached your pull rate limit.',
      'Error response from daemon: Head "https://registry.example.com/v2/a/b/manifests/latest": unauthorized',
      'ERROR: failed to solve: failed to push docker.io/octocat/app:latest: unexpected status: 403 Forbidden'
    ]) {
      expect(judgeText(text, GHCR).rule ?? '').not.toMatch(/^GHCR/)
    }
  })

  it('explain --registry ghcr.io --json names the rule and the fix', async () => {
    const run = await cli(
      ['explain', '--registry', 'ghcr.io', '--json'],
      'ERROR: failed to push ghcr.io/o/app:1: denied: permission_denied: write_package\n'
    )
    expect(run.exitCode).toBe(1)
    const out = JSON.parse(run.stdout) as Record<string, unknown>
    expect(out).toMatchObject({
      diagnosis: 'insufficient-scope',
      rule: 'GHCR005',
      title: 'The package does not grant this repository access'
    })
    expect((out.steps as string[]).join('\n')).toContain(
      'Manage Actions access'
    )
  })
})

// ---------------------------------------------------------------------------
// Remediation

const CONTEXT: RemediationContext = {
  registry: 'ghcr.io',
  profile: 'ghcr',
  username: 'octocat'
}

function texts(
  id: Parameters<typeof remediationFor>[0],
  kase?: RemediationCase
): { line: string; all: string; snippet: string } {
  const context = { ...CONTEXT, case: kase }
  const r = remediationFor(id, context)
  return {
    line: errorLine(id, context),
    all: [r.title, r.error, r.why, ...r.steps].join('\n'),
    snippet: r.snippet ?? ''
  }
}

describe('GHCR remediation: what to do on GitHub', () => {
  it.each<
    [string, Parameters<typeof remediationFor>[0], RemediationCase | undefined]
  >([
    [
      'GHCR refused the token: log in with GITHUB_TOKEN (job permission packages: write) or a new personal access token (classic) with write:packages',
      'invalid-credentials',
      undefined
    ],
    [
      'GITHUB_TOKEN may not push this package: add `permissions: packages: write` to the job (GITHUB_TOKEN is read-only by default)',
      'insufficient-scope',
      'github-token'
    ],
    [
      "The package does not grant this repository access: grant this repository Write access in the package's Manage Actions access settings",
      'insufficient-scope',
      'package-access'
    ],
    [
      'The token lacks the write:packages scope: add write:packages to the classic token (Settings → Developer settings), or log in with GITHUB_TOKEN and packages: write',
      'insufficient-scope',
      'read-only-token'
    ],
    [
      'The account may not create packages under that owner: push under ghcr.io/octocat/… or an organization that lets octocat create packages',
      'insufficient-scope',
      'namespace'
    ],
    [
      'A fine-grained token does not work with GHCR: log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages',
      'unsupported-credential-kind',
      undefined
    ],
    [
      'GHCR takes a token, not an account password: log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages',
      'pat-required',
      undefined
    ],
    [
      'An account password does not work on GHCR: log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages',
      'password-with-2fa',
      undefined
    ],
    [
      'The package needs a login to pull: log in to ghcr.io before the pull (GITHUB_TOKEN with packages: read), or make the package public',
      'missing-credentials',
      'anonymous-pull'
    ],
    [
      'No package to pull without a login: check the image name; if the package is private, log in first (GITHUB_TOKEN with packages: read) or make it public',
      'repository-not-found',
      'anonymous-pull'
    ],
    [
      'A stored login breaks the pull: run docker logout ghcr.io (or log in again): an outdated stored login is sent even for public images',
      'stale-login',
      undefined
    ]
  ])('%s', (line, id, kase) => {
    expect(texts(id, kase).line).toBe(line)
  })

  it('a classic token without write:packages: edit its scopes, re-authorize SSO, or GITHUB_TOKEN', () => {
    const { all, snippet } = texts('insufficient-scope', 'read-only-token')
    expect(all).toContain(
      'Personal access tokens → Tokens (classic) → the token: tick write:packages and click Update token'
    )
    expect(all).toContain('Configure SSO → Authorize')
    expect(all).toContain('does not match expected scopes')
    expect(snippet).toContain('packages: write')
  })

  it('package access: the Manage Actions access page, the Write role, the source label', () => {
    const { all } = texts('insufficient-scope', 'package-access')
    expect(all).toContain('Package settings')
    expect(all).toContain('Manage Actions access, add this repository')
    expect(all).toContain('org.opencontainers.image.source')
    expect(all).toContain('Write role under Manage access')
  })

  it('GITHUB_TOKEN: job permissions, the organization default, fork PRs, App tokens', () => {
    const { all } = texts('insufficient-scope', 'github-token')
    expect(all).toContain('`permissions: packages: write`')
    expect(all).toContain(
      'Settings → Actions → General → Workflow permissions → Read and write permissions'
    )
    expect(all).toContain('Organization settings → Packages → Package creation')
    expect(all).toContain('Pull requests from forks and Dependabot runs')
    expect(all).toContain('GitHub App token')
  })

  it('create_package: the owner in the image name, the organization setting', () => {
    const { all } = texts('insufficient-scope', 'namespace')
    expect(all).toContain('permission_denied: create_package')
    expect(all).toContain('ghcr.io/<owner>/<image>')
    expect(all).toContain('Package creation')
  })

  it('fork pull requests: secrets are empty, GITHUB_TOKEN is there, read-only', () => {
    const { all, snippet } = texts('missing-credentials')
    expect(all).toContain('GITHUB_TOKEN, read-only')
    expect(all).toContain('packages: read at most')
    expect(all).toContain("`if: github.event_name != 'pull_request'`")
    expect(snippet).toContain('password: ${{ secrets.GITHUB_TOKEN }}')
  })

  it('an anonymous pull: log in before it, grant Read, or make the package public', () => {
    const { all, snippet } = texts('missing-credentials', 'anonymous-pull')
    expect(all).toContain('`credentials:`')
    expect(all).toContain(
      'Manage Actions access, and add this repository with the Read role'
    )
    expect(all).toContain('Change visibility')
    expect(snippet).toContain('packages: read')
    expect(snippet).not.toContain('packages: write')
  })

  it("the rate limit: GHCR's per-minute limits and retry-after", () => {
    const { all } = texts('rate-limited')
    expect(all).toContain('44000/minute')
    expect(all).toContain('2000/minute')
    expect(all).toContain('Retry-After')
    // no length of its own: the answer's Retry-After may be minutes (attack-45)
    expect(all).not.toMatch(/less than a second|fraction of a second/)
  })

  it('an outdated stored login: docker logout ghcr.io', () => {
    expect(texts('stale-login').all).toContain('`docker logout ghcr.io`')
  })

  it.each<{ id: Parameters<typeof remediationFor>[0]; kase?: RemediationCase }>(
    [
      { id: 'invalid-credentials' },
      { id: 'insufficient-scope' },
      { id: 'insufficient-scope', kase: 'github-token' },
      { id: 'insufficient-scope', kase: 'read-only-token' },
      { id: 'unsupported-credential-kind' },
      { id: 'pat-required' },
      { id: 'password-with-2fa' },
      { id: 'password-with-sso' },
      { id: 'token-expired' },
      { id: 'missing-credentials' }
    ]
  )('$id $kase: the GITHUB_TOKEN job in the snippet', ({ id, kase }) => {
    const { snippet } = texts(id, kase)
    expect(snippet.split('\n')).toEqual([
      'permissions:',
      '  contents: read',
      '  packages: write',
      'steps:',
      '  - name: Log in to GitHub Container Registry',
      '    uses: docker-login-preflight/docker-login-preflight@v1',
      '    with:',
      '      registry: ghcr.io',
      '      username: ${{ github.actor }}',
      '      password: ${{ secrets.GITHUB_TOKEN }}'
    ])
  })
})

// ---------------------------------------------------------------------------
// check and login against the emulator

/** One docker CLI call `main` made. */
type Call = { method: 'login' | 'logout'; server: string }

/** A docker CLI that records calls; its login succeeds. */
function fakeDocker(calls: Call[]): DockerCli {
  return {
    login: async (server) => {
      calls.push({ method: 'login', server })
      return { exitCode: 0, output: 'Login Succeeded' }
    },
    logout: async (server) => {
      calls.push({ method: 'logout', server })
      return { exitCode: 0, output: '' }
    },
    config: () => ({ dir: '/home/runner/.docker' })
  }
}

interface Run {
  exitCode: number
  stdout: string
  stderr: string
  docker: Call[]
}

let registry: FamilyRegistry | undefined

/** Runs the command line in process, ghcr.io sent to `to`. */
async function cli(
  args: string[],
  stdin = '',
  to: FamilyRegistry | undefined = registry,
  where: NodeJS.ProcessEnv = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const docker: Call[] = []
  const exitCode = await main(args, {
    stdin: async () => stdin,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {
      ...where,
      ...(to ? { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `ghcr.io=${to.url}` } : {})
    },
    docker: fakeDocker(docker)
  })
  return { exitCode, stdout, stderr, docker }
}

interface Checked extends Run {
  json: {
    diagnosis: string
    warnings: string[]
    title: string
    steps: string[]
    evidence: string[]
    rule: string | null
    credentialKind: string
    pushAccess: string
  }
  /** `METHOD step status` of each request the registry received */
  requests: string[]
}

/** `check --registry ghcr.io --push … --json` with an account. */
async function check(
  account: Pick<RegistryAccount, 'username' | 'secret'>,
  push: string[],
  to: FamilyRegistry | undefined = registry,
  command: 'check' | 'login' = 'check',
  where: NodeJS.ProcessEnv = {}
): Promise<Checked> {
  to?.reset()
  const run = await cli(
    [
      command,
      '--registry',
      'ghcr.io',
      '--username',
      account.username,
      '--password-stdin',
      ...push.flatMap((repository) => ['--push', repository]),
      '--json'
    ],
    `${account.secret}\n`,
    to,
    where
  )
  // the secret, in any form, is in nothing printed
  for (const form of secretForms(account.username, account.secret)) {
    expect(`${run.stdout}\n${run.stderr}`).not.toContain(form)
  }
  return {
    ...run,
    json: JSON.parse(run.stdout) as Checked['json'],
    requests: (to?.requests ?? []).map(
      (r) => `${r.method} ${r.step} ${r.status}`
    )
  }
}

beforeAll(async () => {
  registry = await startFamilyRegistry(GHCR_SPEC)
})
afterAll(async () => {
  await registry?.close()
})

describe('check --registry ghcr.io --push: each account as GHCR answers it', () => {
  it.each<{
    name: string
    account: RegistryAccount
    push: string
    diagnosis: DiagnosisId
    rule: string | null
    title: string
    pushAccess: string
    credentialKind: string
    requests: string[]
    /** where the command runs (default: a shell) */
    where?: NodeJS.ProcessEnv
  }>([
    {
      name: 'GITHUB_TOKEN with packages: write',
      account: GHCR_ACCOUNTS.actionsWrite,
      push: 'octocat/app',
      diagnosis: 'ok',
      rule: null,
      title: 'The registry accepted the credential',
      pushAccess: 'granted',
      credentialKind: 'github-actions-token',
      requests: ['GET token 200', 'POST upload 202', 'DELETE cancel 405']
    },
    {
      name: 'a classic token with write:packages',
      account: GHCR_ACCOUNTS.classicWrite,
      push: 'octocat/app',
      diagnosis: 'ok',
      rule: null,
      title: 'The registry accepted the credential',
      pushAccess: 'granted',
      credentialKind: 'github-classic-token',
      requests: ['GET token 200', 'POST upload 202', 'DELETE cancel 405']
    },
    {
      name: 'GITHUB_TOKEN without packages: write',
      account: GHCR_ACCOUNTS.actionsRead,
      push: 'octocat/app',
      diagnosis: 'insufficient-scope',
      rule: 'GHCR004',
      title: 'GITHUB_TOKEN may not push this package',
      pushAccess: 'denied',
      credentialKind: 'github-actions-token',
      requests: ['GET token 200', 'POST upload 403'],
      where: { GITHUB_ACTIONS: 'true' }
    },
    {
      name: 'a package without this repository in Manage Actions access',
      account: GHCR_ACCOUNTS.actionsNoPackageAccess,
      push: 'octocat/app',
      diagnosis: 'insufficient-scope',
      rule: 'GHCR005',
      title: 'The package does not grant this repository access',
      pushAccess: 'denied',
      credentialKind: 'github-actions-token',
      requests: ['GET token 200', 'POST upload 403']
    },
    {
      name: 'a classic token with read:packages only',
      account: GHCR_ACCOUNTS.classicRead,
      push: 'octocat/app',
      diagnosis: 'insufficient-scope',
      rule: 'GHCR001',
      title: 'The token lacks the write:packages scope',
      pushAccess: 'denied',
      credentialKind: 'github-classic-token',
      requests: ['GET token 200', 'POST upload 403']
    },
    {
      name: 'a classic token pushing under an owner it may not publish to',
      account: GHCR_ACCOUNTS.classicOtherOwner,
      push: 'octo-org/app',
      diagnosis: 'insufficient-scope',
      rule: 'GHCR006',
      title: 'The account may not create packages under that owner',
      pushAccess: 'denied',
      credentialKind: 'github-classic-token',
      requests: ['GET token 200', 'POST upload 403']
    },
    {
      // outside a GitHub job, a ghs_ token is a GitHub App's (attack-64
      // A64-01: Jenkins' GitHub App credential)
      name: 'a GitHub App token creating an organization package, outside a GitHub job',
      account: GHCR_ACCOUNTS.appToken,
      push: 'octo-org/app',
      diagnosis: 'insufficient-scope',
      rule: 'GHCR004',
      title: 'A GitHub App token may not push to GitHub Packages',
      pushAccess: 'denied',
      credentialKind: 'github-actions-token',
      requests: ['GET token 200', 'POST upload 403']
    },
    {
      name: 'a revoked classic token',
      account: GHCR_ACCOUNTS.classicRevoked,
      push: 'octocat/app',
      diagnosis: 'invalid-credentials',
      rule: 'GHCR002',
      title: 'GHCR refused the token',
      pushAccess: 'not-checked',
      credentialKind: 'github-classic-token',
      // the token service's `403 denied` (docs/registries.md §14 (e))
      requests: ['GET token 403']
    },
    {
      name: 'an expired classic token',
      account: GHCR_ACCOUNTS.classicExpired,
      push: 'octocat/app',
      diagnosis: 'invalid-credentials',
      rule: 'GHCR002',
      title: 'GHCR refused the token',
      pushAccess: 'not-checked',
      credentialKind: 'github-classic-token',
      requests: ['GET token 403']
    },
    {
      name: 'the account password',
      account: GHCR_ACCOUNTS.accountPassword,
      push: 'octocat/app',
      diagnosis: 'pat-required',
      rule: 'GHCR101',
      title: 'GHCR takes a token, not an account password',
      pushAccess: 'not-checked',
      credentialKind: 'password',
      requests: ['GET token 403']
    }
  ])(
    '$name: $diagnosis',
    async ({
      account,
      push,
      diagnosis,
      rule,
      title,
      pushAccess,
      credentialKind,
      requests,
      where
    }) => {
      const run = await check(account, [push], registry, 'check', where)
      expect(run.exitCode).toBe(diagnosis === 'ok' ? 0 : 1)
      expect(run.json).toMatchObject({
        diagnosis,
        rule,
        title,
        pushAccess,
        credentialKind,
        warnings: []
      })
      // GHCR's challenge is known: its token service, asked without a ping
      expect(run.requests).toEqual(requests)
      expect(run.docker).toEqual([])
    }
  )

  it('the token request asks push and pull on each repository, for ghcr.io', async () => {
    await check(GHCR_ACCOUNTS.actionsWrite, ['octocat/app', 'octocat/api'])
    const token = registry?.requests.find((r) => r.step === 'token')
    expect(token?.scopes).toEqual([
      'repository:octocat/app:push,pull',
      'repository:octocat/api:push,pull'
    ])
    expect(
      registry?.requests.filter((r) => r.step === 'upload').map((r) => r.path)
    ).toEqual([
      '/v2/octocat/app/blobs/uploads/',
      '/v2/octocat/api/blobs/uploads/'
    ])
  })

  it('a refusal names the wording GHCR answered with in the evidence', async () => {
    const run = await check(GHCR_ACCOUNTS.classicRead, ['octocat/app'])
    expect(run.json.evidence).toContainEqual(
      expect.stringMatching(
        /^push access to octocat\/app: upload start .*answered 403: "denied: permission_denied: The token provided does not match expected scopes\." \(rule GHCR001\)$/
      )
    )
  })

  it('the account password is never mistaken for a mangled value', async () => {
    const run = await check(
      { username: 'octocat', secret: 'pass word with spaces' },
      []
    )
    // IN001 explains a value with spaces better than GHCR101
    expect(run.json).toMatchObject({
      diagnosis: 'malformed-credentials',
      rule: 'IN001'
    })
  })

  it('a fine-grained token is refused offline: no request, no docker', async () => {
    const run = await check(
      { username: 'octocat', secret: `github_pat_${'11ABCDEFG0'.repeat(8)}` },
      ['octocat/app'],
      registry,
      'login'
    )
    expect(run.exitCode).toBe(1)
    expect(run.json).toMatchObject({
      diagnosis: 'unsupported-credential-kind',
      title: 'A fine-grained token does not work with GHCR',
      credentialKind: 'github-fine-grained-token'
    })
    expect(run.requests).toEqual([])
    expect(run.docker).toEqual([])
  })

  it('login with a revoked token never runs docker login', async () => {
    const run = await check(GHCR_ACCOUNTS.classicRevoked, [], registry, 'login')
    expect(run.exitCode).toBe(1)
    expect(run.json.diagnosis).toBe('invalid-credentials')
    expect(run.docker).toEqual([])
  })

  it('login with GITHUB_TOKEN that may push runs docker login once, to the registry', async () => {
    const run = await check(
      GHCR_ACCOUNTS.actionsWrite,
      ['octocat/app'],
      registry,
      'login'
    )
    expect(run.exitCode).toBe(0)
    expect(run.json).toMatchObject({ diagnosis: 'ok', pushAccess: 'granted' })
    expect(run.docker).toEqual([{ method: 'login', server: registry?.host }])
  })

  it('the upload rate limit at the probe: the credential is fine, push not known', async () => {
    const run = await check(GHCR_ACCOUNTS.classicRateLimited, ['octocat/app'])
    expect(run.exitCode).toBe(0)
    expect(run.json).toMatchObject({
      diagnosis: 'ok',
      pushAccess: 'not-checked'
    })
    expect(run.json.evidence).toContainEqual(
      expect.stringMatching(
        /answered 429: "toomanyrequests: retry-after: 10\.305464ms, allowed: 2000\/minute" \(rule GHCR009\)$/
      )
    )
  })
})

// ---------------------------------------------------------------------------
// The push probe's upload

describe('the push probe leaves no upload open where the registry cancels', () => {
  /** GHCR's registry, but cancelling an upload as the spec says (204). */
  const CANCELLING: RegistrySpec = {
    ...GHCR_SPEC,
    answers: {
      ...GHCR_SPEC.answers,
      cancel: {
        status: 204,
        body: '',
        source:
          'docs/registries.md §11: distribution-spec end-14, "the response SHOULD be a 204 No Content"'
      }
    }
  }
  let cancelling: FamilyRegistry | undefined
  beforeAll(async () => {
    cancelling = await startFamilyRegistry(CANCELLING)
  })
  afterAll(async () => {
    await cancelling?.close()
  })

  const repositories = ['octocat/app', 'octocat/api', 'octocat/web']

  it('every upload it starts is cancelled (204): none stays open', async () => {
    const before = cancelling?.openUploads()
    const run = await check(
      GHCR_ACCOUNTS.actionsWrite,
      repositories,
      cancelling
    )
    expect(run.json).toMatchObject({ diagnosis: 'ok', pushAccess: 'granted' })
    expect(run.requests.filter((r) => r.startsWith('DELETE'))).toEqual([
      'DELETE cancel 204',
      'DELETE cancel 204',
      'DELETE cancel 204'
    ])
    expect(cancelling?.openUploads()).toBe(before)
    expect(cancelling?.openUploads()).toBe(0)
    for (const repository of repositories) {
      expect(run.json.evidence).toContainEqual(
        `push access to ${repository}: upload start ${cancelling?.host}/v2/${repository}/blobs/uploads/ answered 202: an upload can start, as a push begins; cancelled (204)`
      )
    }
  })

  it('a denied upload leaves nothing to cancel', async () => {
    const run = await check(GHCR_ACCOUNTS.actionsRead, repositories, cancelling)
    expect(run.json.diagnosis).toBe('insufficient-scope')
    expect(run.requests.some((r) => r.startsWith('DELETE'))).toBe(false)
    expect(cancelling?.openUploads()).toBe(0)
  })

  it("GHCR's 405 on cancel is reported, not an error: the uploads expire there", async () => {
    const before = registry?.openUploads() ?? 0
    const run = await check(GHCR_ACCOUNTS.actionsWrite, repositories)
    expect(run.exitCode).toBe(0)
    expect(run.json).toMatchObject({
      diagnosis: 'ok',
      pushAccess: 'granted',
      warnings: []
    })
    expect(run.requests.filter((r) => r.startsWith('DELETE'))).toEqual([
      'DELETE cancel 405',
      'DELETE cancel 405',
      'DELETE cancel 405'
    ])
    // the emulator, like GHCR, keeps them until they expire
    expect(registry?.openUploads()).toBe(before + repositories.length)
    for (const repository of repositories) {
      expect(run.json.evidence).toContainEqual(
        `push access to ${repository}: upload start ${registry?.host}/v2/${repository}/blobs/uploads/ answered 202: an upload can start, as a push begins; the registry did not cancel it (405): it expires it`
      )
    }
  })
})

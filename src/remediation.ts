/**
 * What to do about each diagnosis and warning: the texts the user reads, in
 * one module so they can be reviewed together. Plain data keyed by id, with
 * per-registry variants where the fix differs (Docker Hub, GitHub Container
 * Registry, any other registry) and two placeholders, `{registry}` and
 * `{username}`, filled in when rendered.
 */
import type { CredentialKind, DiagnosisId, WarningId } from './diagnosis.js'
import { oneLine } from './text.js'

/** How workflows refer to this action (`uses:`). */
export const ACTION_USES = 'docker-login-preflight/docker-login-preflight@v1'

/** Where the action's README lives, for links. */
const ACTION_README =
  'https://github.com/docker-login-preflight/docker-login-preflight#readme'

/** What the texts may mention about the attempt (nothing secret). */
export interface RemediationContext {
  /** the registry as the user named it */
  registry: string
  isDockerHub: boolean
  /** the username input (not secret); may be empty */
  username: string
  credentialKind: CredentialKind
  /**
   * why push was denied, when the push checks tell: a 401 "insufficient
   * scopes" means a read-only token, a token granted without `push` means a
   * namespace the account cannot write to
   */
  pushDenial?: 'read-only-token' | 'namespace'
  /** the input a malformed credential was found in, when only one was */
  malformedInput?: 'username' | 'password'
  /**
   * the docker config directory, and the credential helper it names for
   * the registry (`docker-credential-…` and the setting that names it)
   */
  dockerConfig?: { dir: string; helper?: string; setting?: string }
}

/** The rendered remediation of one diagnosis or warning. */
export interface Remediation {
  id: DiagnosisId | WarningId
  /** a few words naming the problem */
  title: string
  /** the one thing to do, for the error line after `<title>: ` */
  error: string
  /** why it happens, a sentence or two */
  why: string
  /** concrete steps, in order; empty for `ok` */
  steps: string[]
  /** links to the documentation */
  docs: string[]
  /** a workflow block to copy (placeholders are secrets and vars only) */
  snippet?: string
}

/** The texts of one id before rendering. */
type Texts = Omit<Remediation, 'id'>

/** Texts of one id: the Docker Hub texts, and what differs elsewhere. */
interface Entry extends Texts {
  /** overrides for any registry other than Docker Hub (ghcr.io included) */
  other?: Partial<Texts>
  /** overrides for ghcr.io, applied after `other` */
  ghcr?: Partial<Texts>
  /** overrides when push was denied to a read-only token (Docker Hub) */
  readOnlyToken?: Partial<Texts>
  /** overrides when push was denied on the namespace (Docker Hub) */
  namespace?: Partial<Texts>
  /** overrides when only the username is malformed */
  username?: Partial<Texts>
  /** overrides when the docker config names a credential helper */
  helper?: Partial<Texts>
  /** overrides when the docker config names no credential helper */
  configFile?: Partial<Texts>
}

// ---------------------------------------------------------------------------
// Links

const DOCS = {
  accessTokens: 'https://docs.docker.com/go/access-tokens/',
  orgTokens: 'https://docs.docker.com/security/for-admins/access-tokens/',
  twoFactor: 'https://docs.docker.com/security/for-developers/2fa/',
  sso: 'https://docs.docker.com/security/for-admins/single-sign-on/',
  usage: 'https://docs.docker.com/docker-hub/usage/',
  pulls: 'https://docs.docker.com/docker-hub/usage/pulls/',
  login: 'https://docs.docker.com/reference/cli/docker/login/',
  credentialStores:
    'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
  dockerStatus: 'https://www.dockerstatus.com/',
  githubSecrets:
    'https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions',
  dependabotSecrets:
    'https://docs.github.com/en/code-security/dependabot/working-with-dependabot/automating-dependabot-with-github-actions#accessing-secrets',
  githubVariables:
    'https://docs.github.com/en/actions/learn-github-actions/variables',
  ghcr: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry',
  ghcrPermissions:
    'https://docs.github.com/en/packages/learn-github-packages/configuring-a-packages-access-control-and-visibility',
  githubStatus: 'https://www.githubstatus.com/'
} as const

// ---------------------------------------------------------------------------
// Snippets: only ${{ secrets.* }} and ${{ vars.* }} placeholders.

const HUB_TOKEN_SNIPPET = [
  '- name: Log in to Docker Hub',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    username: ${{ vars.DOCKERHUB_USERNAME }}',
  '    password: ${{ secrets.DOCKERHUB_TOKEN }}'
].join('\n')

const HUB_ORG_TOKEN_SNIPPET = [
  '- name: Log in to Docker Hub',
  `  uses: ${ACTION_USES}`,
  '  with:',
  "    username: ${{ vars.DOCKERHUB_ORGANIZATION }} # the organization's name",
  '    password: ${{ secrets.DOCKERHUB_ORG_TOKEN }}'
].join('\n')

const REGISTRY_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: ${{ vars.REGISTRY_USERNAME }}',
  '    password: ${{ secrets.REGISTRY_TOKEN }}'
].join('\n')

const SKIP_IF_MISSING_SNIPPET = [
  '- name: Log in to Docker Hub',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    username: ${{ vars.DOCKERHUB_USERNAME }}',
  '    password: ${{ secrets.DOCKERHUB_TOKEN }}',
  '    # fork pull requests and Dependabot runs build without logging in',
  '    skip-if-missing: true'
].join('\n')

const REGISTRY_SKIP_IF_MISSING_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: ${{ vars.REGISTRY_USERNAME }}',
  '    password: ${{ secrets.REGISTRY_TOKEN }}',
  '    # fork pull requests and Dependabot runs build without logging in',
  '    skip-if-missing: true'
].join('\n')

// ---------------------------------------------------------------------------
// Steps shared by several entries

const CREATE_PAT =
  'In Docker Hub, open Account settings → Personal access tokens → Generate new token; choose access Read & Write to push (Read-only is enough to pull) and an expiration date.'
const STORE_PAT =
  'Copy the token (it starts with dckr_pat_ and is shown once) into a repository secret: GitHub → Settings → Secrets and variables → Actions → New repository secret, named DOCKERHUB_TOKEN.'
const USE_PAT =
  'Use the secret as the password and your Docker ID as the username, as in the block below; keep the account password out of CI.'
const GHCR_TOKEN_STEPS = [
  'With GITHUB_TOKEN: give the job `permissions: packages: write` (read to pull) and log in with `username: ${{ github.actor }}` and `password: ${{ secrets.GITHUB_TOKEN }}`.',
  'With a personal access token (classic): it needs the write:packages scope (read:packages to pull) and must not be expired; store it as a repository secret.',
  "If the package was created by another repository, grant this repository access in the package's settings → Manage Actions access (role Write)."
]

// ---------------------------------------------------------------------------
// The texts

const ENTRIES: Record<DiagnosisId | WarningId, Entry> = {
  ok: {
    title: 'Logged in',
    error: 'the credential was accepted',
    why: 'The registry accepted the credential and docker login succeeded.',
    steps: [],
    docs: [DOCS.login]
  },

  'missing-credentials': {
    title: 'Username or password is empty',
    error:
      'set username and password from secrets this run can read (fork PRs and Dependabot get none)',
    why: 'The action received an empty username or password. Workflows of pull requests from forks get no secrets, Dependabot runs read Dependabot secrets instead of Actions secrets, and a misspelled secret name yields an empty string rather than an error.',
    steps: [
      'Check that the names in the workflow match those under GitHub → Settings → Secrets and variables → Actions exactly (they are case-sensitive; a typo yields an empty string).',
      'For pull requests from forks, which get no secrets: set `skip-if-missing: true` so they build without logging in, and push only from branches of this repository.',
      'For Dependabot runs: add the same secrets under Settings → Secrets and variables → Dependabot.',
      'For a secret stored in an environment: add `environment: <name>` to the job.'
    ],
    docs: [DOCS.githubSecrets, DOCS.dependabotSecrets],
    snippet: SKIP_IF_MISSING_SNIPPET,
    other: { snippet: REGISTRY_SKIP_IF_MISSING_SNIPPET }
  },

  'malformed-credentials': {
    title: 'The credential is malformed',
    error:
      'write password: ${{ secrets.NAME }} (one $, no quotes) and re-save the secret without spaces or line breaks',
    why: 'The value is not what was stored: a literal $ before a token (written $${{ secrets.X }}), an expression or variable that was never expanded, or quotes, spaces, line breaks or invisible characters pasted with it. The registry would refuse it, and on Docker Hub each refused attempt counts towards the lockout.',
    steps: [
      'In the workflow, write the input exactly as `password: ${{ secrets.DOCKERHUB_TOKEN }}`: one $, no quotes around it.',
      'A `$VAR` in a `with:` block is not expanded by the runner: use `${{ env.VAR }}`, `${{ secrets.NAME }}` or `${{ vars.NAME }}` instead.',
      'Open the secret (Settings → Secrets and variables → Actions → the secret → Update) and paste the value again, without quotes, spaces or a trailing line break.'
    ],
    docs: [DOCS.githubSecrets, DOCS.accessTokens],
    snippet: HUB_TOKEN_SNIPPET,
    username: {
      title: 'The username is malformed',
      error:
        'set username to the plain account name: no line breaks, invisible characters, quotes, or unexpanded ${{ }} or $VAR text',
      why: 'The username is not what was meant: it holds a line break, an invisible or control character, quotes, or an expression or variable that was never expanded. The registry would refuse it.',
      steps: [
        'Write the input as `username: ${{ vars.NAME }}` (one $, no quotes) or as the plain account name.',
        'A `$VAR` in a `with:` block is not expanded by the runner: use `${{ env.VAR }}` or `${{ vars.NAME }}` instead.',
        'If the name comes from a variable or a secret, open it and save the value again without quotes, spaces or a trailing line break.'
      ],
      docs: [DOCS.githubVariables]
    },
    other: {
      steps: [
        'In the workflow, write the input exactly as `password: ${{ secrets.REGISTRY_TOKEN }}`: one $, no quotes around it.',
        'A `$VAR` in a `with:` block is not expanded by the runner: use `${{ env.VAR }}`, `${{ secrets.NAME }}` or `${{ vars.NAME }}` instead.',
        'Open the secret (Settings → Secrets and variables → Actions → the secret → Update) and paste the value again, without quotes, spaces or a trailing line break.'
      ],
      why: 'The value is not what was stored: a literal $ before a token (written $${{ secrets.X }}), an expression or variable that was never expanded, or quotes, spaces, line breaks or invisible characters pasted with it. {registry} would refuse it.',
      docs: [DOCS.githubSecrets],
      snippet: REGISTRY_SNIPPET
    }
  },

  'email-as-username': {
    title: 'Email address used as the username',
    error: 'set username to your Docker ID, not your email address',
    why: 'Docker Hub\'s registry logs in the Docker ID, not the email address the account signs in with on the web; "{username}" is an email address.',
    steps: [
      'Find your Docker ID: it is the name in your Docker Hub profile URL, hub.docker.com/u/<Docker ID>, and in the account menu.',
      'Store it as a repository variable (Settings → Secrets and variables → Actions → Variables) named DOCKERHUB_USERNAME and use `username: ${{ vars.DOCKERHUB_USERNAME }}`.',
      'Keep a personal access token as the password.'
    ],
    docs: [DOCS.accessTokens, DOCS.githubVariables],
    snippet: HUB_TOKEN_SNIPPET
  },

  'password-with-2fa': {
    title: 'Password used on an account with two-factor authentication',
    error:
      'create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)',
    why: "Two-factor authentication is on for this account, so the registry accepts only personal access tokens. Docker Hub's login API confirmed that the password itself is right.",
    steps: [CREATE_PAT, STORE_PAT, USE_PAT],
    docs: [DOCS.accessTokens, DOCS.twoFactor],
    snippet: HUB_TOKEN_SNIPPET
  },

  'password-with-sso': {
    title: 'Password used while the organization enforces single sign-on',
    error:
      'create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)',
    why: 'An organization this account belongs to enforces single sign-on (SSO), and then the registry refuses passwords: only personal or organization access tokens can log in.',
    steps: [
      CREATE_PAT,
      STORE_PAT,
      USE_PAT,
      "Or ask an organization owner for an organization access token (Organization → Settings → Access tokens) and use the organization's name as the username."
    ],
    docs: [DOCS.accessTokens, DOCS.sso, DOCS.orgTokens],
    snippet: HUB_TOKEN_SNIPPET
  },

  'pat-required': {
    title: 'A personal access token is required',
    error:
      'create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)',
    why: 'The registry refused a password and asked for a personal access token. It does so when the account has two-factor authentication or its organization enforces SSO; the evidence does not tell which.',
    steps: [CREATE_PAT, STORE_PAT, USE_PAT],
    docs: [DOCS.accessTokens, DOCS.twoFactor, DOCS.sso],
    snippet: HUB_TOKEN_SNIPPET
  },

  'organization-token-username': {
    title: 'Organization access token used with the wrong username',
    error: "set username to the organization's name, not a member's Docker ID",
    why: 'The password is an organization access token (dckr_oat_…), which logs in only with the name of the organization that owns it as the username; "{username}" was refused. A revoked token is refused the same way.',
    steps: [
      "Set `username` to the organization's name exactly as in its Docker Hub URL (hub.docker.com/u/<organization>), for example from a variable DOCKERHUB_ORGANIZATION.",
      'If the name is right: check under Organization → Settings → Access tokens that the token still exists, is active and has not expired.'
    ],
    docs: [DOCS.orgTokens],
    snippet: HUB_ORG_TOKEN_SNIPPET
  },

  'invalid-credentials': {
    title: 'Incorrect username or password',
    error:
      'check that username is your Docker ID and password a current access token of that account',
    why: 'The registry refused the username and password together: the password or token is wrong, revoked or belongs to another account, or the username is misspelled. Docker Hub answers a deleted or deactivated token the same way.',
    steps: [
      'Check that `username` is your Docker ID (not your email address) and that the token belongs to that account.',
      'Generate a new personal access token (Account settings → Personal access tokens) and update the DOCKERHUB_TOKEN secret with it.',
      'Fix the credential before re-running: repeated failures lock the login for about 15 minutes.'
    ],
    docs: [DOCS.accessTokens],
    snippet: HUB_TOKEN_SNIPPET,
    ghcr: {
      error:
        'use GITHUB_TOKEN with packages permission, or a PAT with write:packages, and your GitHub username',
      why: 'ghcr.io refused the username and token: the token is wrong, expired or revoked, or lacks the packages scope.',
      steps: GHCR_TOKEN_STEPS,
      docs: [DOCS.ghcr],
      snippet: undefined
    },
    other: {
      error: 'check the username and the password or token for {registry}',
      why: '{registry} refused the username and password together: the password or token is wrong, expired or revoked, or the username is misspelled.',
      steps: [
        "Check the username and create a new token in {registry}'s web interface (see its documentation on access tokens).",
        'Update the repository secret (Settings → Secrets and variables → Actions) with the new value.'
      ],
      docs: [DOCS.login],
      snippet: REGISTRY_SNIPPET
    }
  },

  'token-expired': {
    title: 'The access token has expired',
    error: 'generate a new access token and update the secret that holds it',
    why: 'The registry recognised the token, but it is past its expiration date. Docker Hub access tokens can expire after 30 or 90 days or on a chosen date.',
    steps: [
      'Generate a new token: for a personal access token, Account settings → Personal access tokens → Generate new token; for an organization access token, Organization → Settings → Access tokens.',
      'Update the secret that holds it (Settings → Secrets and variables → Actions → DOCKERHUB_TOKEN → Update).',
      'Note the new expiration date so the next renewal is not a surprise.'
    ],
    docs: [DOCS.accessTokens, DOCS.orgTokens],
    ghcr: {
      steps: [
        'Generate a new personal access token (GitHub → Settings → Developer settings) with write:packages, or use GITHUB_TOKEN, which is issued fresh for every job.',
        'Update the repository secret that holds it.'
      ],
      docs: [DOCS.ghcr]
    },
    other: {
      why: '{registry} recognised the token, but it is past its expiration date.',
      steps: [
        "Create a new token in {registry}'s web interface or CLI (for Amazon ECR: aws ecr get-login-password, valid 12 hours).",
        'Update the repository secret that holds it, or fetch the token in the job right before logging in.'
      ],
      docs: [DOCS.login]
    }
  },

  'insufficient-scope': {
    title: 'The credential may not push there',
    error:
      'use a token with Read & Write access, and push to a namespace it may write to',
    why: 'The credential logs in, but the registry did not grant push on the repository: the token is read-only, or the namespace belongs to a user or organization this account cannot write to.',
    steps: [
      'Check that the image name starts with your Docker ID or an organization you may push to (for example {username}/app).',
      'Generate a personal access token with access Read & Write (Read-only and Public Repo Read-only tokens cannot push); for an organization access token, add the repository with push permission.',
      'Update the DOCKERHUB_TOKEN secret with the new token.'
    ],
    docs: [DOCS.accessTokens, DOCS.orgTokens],
    readOnlyToken: {
      title: 'The token is read-only',
      error:
        'generate a token with Read & Write access and update the DOCKERHUB_TOKEN secret',
      why: 'The credential logs in, but the token service answered "access token has insufficient scopes" when asked for push: the token was created Read-only (or Public Repo Read-only). A build with it would fail at docker push.',
      steps: [
        'In Docker Hub, open Account settings → Personal access tokens → Generate new token, with access Read & Write (for an organization access token: add the repository with push permission).',
        'Update the DOCKERHUB_TOKEN secret (Settings → Secrets and variables → Actions) with the new token.',
        'Delete the read-only token if nothing else uses it.'
      ]
    },
    namespace: {
      title: 'The account may not push to that namespace',
      error:
        'push to your own namespace ({username}/…) or ask an owner of the organization to give {username} write access',
      why: 'The credential logs in and the token is not read-only, but Docker Hub granted no push on the repository: the namespace belongs to another user or to an organization team that {username} is not a writing member of, or the name has a typo.',
      steps: [
        'Check the namespace in the push input and in the image tags for typos: it must be {username} or an organization you belong to.',
        'For an organization: ask an owner to add {username} to a team with Read & Write (or Admin) permission on the repository.',
        'Or push to a repository under your own namespace, e.g. {username}/app.'
      ]
    },
    ghcr: {
      error:
        'give the job packages: write permission, or use a PAT with write:packages',
      steps: GHCR_TOKEN_STEPS,
      docs: [DOCS.ghcr, DOCS.ghcrPermissions]
    },
    other: {
      error: 'grant the account or token push permission on the repository',
      steps: [
        'Grant the account push (write) permission on the repository in {registry}, or use a token with a write scope (GitLab: write_registry; Harbor: a robot account with push permission).',
        'Update the repository secret with the new token.'
      ],
      docs: [DOCS.login]
    }
  },

  'login-locked-out': {
    title: 'Login locked after too many failed attempts',
    error:
      'wait about 15 minutes before one more attempt; do not retry in a loop',
    why: 'Docker Hub blocks logins for a username or IP address after too many failed attempts. The block lifts by itself after about 15 minutes, and every attempt in the meantime, retries included, counts again.',
    steps: [
      'Stop the jobs and retry loops that log in with this credential: each failed attempt prolongs the lockout.',
      'Fix the credential first (the earlier failures name what was wrong), then re-run once, about 15 minutes later.',
      'On shared runners, other logins from the same IP address count too: re-running later helps.'
    ],
    docs: [DOCS.accessTokens, DOCS.usage],
    other: {
      why: '{registry} refuses logins after too many failed attempts, for a while; every attempt in the meantime, retries included, may count again.',
      steps: [
        'Stop the jobs and retry loops that log in with this credential.',
        'Fix the credential first, then re-run once, after the lockout period of {registry} (often about 15 minutes).'
      ],
      docs: [DOCS.login]
    }
  },

  'rate-limited': {
    title: 'Rate limit reached',
    error:
      'log in before pulling (or use a paid plan) and wait for the limit window to reset',
    why: 'Docker Hub limits the pulls and requests an IP address or account may make in a time window, and answered 429 Too Many Requests.',
    steps: [
      "Authenticate before pulling: authenticated pulls count against the account's limit, not the runner's shared IP address.",
      'Wait for the window to reset; the rate-limit outputs of this action show the pulls left and the window.',
      'Pull less: cache images between jobs, use a pull-through mirror, or move to a plan with a higher limit.'
    ],
    docs: [DOCS.usage, DOCS.pulls],
    other: {
      error: 'wait for the rate limit of {registry} to reset, then re-run',
      why: '{registry} answered 429 Too Many Requests.',
      steps: [
        'Wait before re-running; a Retry-After header, when present, says how long.',
        'Reduce concurrent jobs that pull from or log in to {registry}.'
      ],
      docs: [DOCS.login]
    }
  },

  'registry-unreachable': {
    title: 'Registry unreachable',
    error:
      'check the registry address and the runner network, then re-run the job',
    why: 'No usable answer came from {registry}: a DNS, connection, TLS or timeout error, or a server error (5xx). Nothing is known yet about the credential.',
    steps: [
      'Check the `registry` input: a host only, such as docker.io or ghcr.io, without a path.',
      'Check the status page for an outage, then re-run.',
      'On self-hosted runners, check the proxy (HTTPS_PROXY), the firewall and, for x509 errors, the CA certificates.',
      'On a slow network, raise the `timeout` or `retries` inputs.'
    ],
    docs: [DOCS.dockerStatus],
    ghcr: { docs: [DOCS.githubStatus] },
    other: { docs: [DOCS.login] }
  },

  'credential-store-error': {
    title: 'The docker credential helper failed',
    error:
      'install the credential helper named in the docker config, or remove its credsStore entry',
    why: 'docker login reached the registry, but storing or reading the credential through the configured helper (docker-credential-…) failed: the helper is not installed, or it cannot reach its keychain.',
    steps: [
      'Look up `credsStore` and `credHelpers` in the docker config on the runner ($DOCKER_CONFIG/config.json, by default ~/.docker/config.json).',
      'Install the named helper (docker-credential-<name>) on PATH, or remove the entry so that docker stores the login in config.json, as on GitHub-hosted runners.',
      'On headless Linux, the secretservice helper needs a D-Bus session; on macOS, the keychain must be unlocked.'
    ],
    docs: [DOCS.credentialStores],
    helper: {
      title: 'The docker credential helper {helper} failed',
      error:
        'install or repair {helper} ({setting} in {config}/config.json), or remove that setting',
      why: 'docker login reached the registry, but {helper}, the credential helper that {setting} in the docker config names, failed to store or read the credential: it is not installed, or it cannot reach its keychain.',
      steps: [
        'Run `{helper} list` on the runner: it must be on PATH and answer without an error.',
        'Install or repair it, or remove {setting} from {config}/config.json so that docker stores the login in config.json, as on GitHub-hosted runners.',
        'On headless Linux, the secretservice helper needs a D-Bus session; on macOS, the keychain must be unlocked.'
      ]
    },
    configFile: {
      title: 'docker could not save the login',
      error:
        'make {config} writable, or set DOCKER_CONFIG to a writable directory',
      why: 'docker login reached the registry, but could not write {config}/config.json, where it keeps logins when no credential helper is configured: the directory is read-only, cannot be created, or the disk is full.',
      steps: [
        'Check that {config} (DOCKER_CONFIG, by default ~/.docker) is a writable directory for the user the job runs as.',
        'Or set DOCKER_CONFIG for the job to a writable directory, for example ${{ runner.temp }}/docker-config.'
      ]
    }
  },

  unknown: {
    title: 'Login failed for an unrecognised reason',
    error: "read the registry's answer quoted in the evidence",
    why: 'The registry or the docker CLI answered with a wording this action does not know yet; the evidence quotes it.',
    steps: [
      'Read the quoted answer in the evidence: registries usually name the problem.',
      'Re-run once in case it was transient.',
      'Report the wording (never the secret) so it can be recognised.'
    ],
    docs: [DOCS.login, ACTION_README]
  },

  'password-in-use': {
    title: 'Password used instead of an access token',
    error:
      'replace the account password with a personal access token (secret DOCKERHUB_TOKEN)',
    why: 'The login worked with the account password. A personal access token can be limited to read or write and revoked on its own, and it keeps working when two-factor authentication is turned on, which would break a password login.',
    steps: [CREATE_PAT, STORE_PAT, USE_PAT],
    docs: [DOCS.accessTokens],
    snippet: HUB_TOKEN_SNIPPET
  },

  'preflight-skipped': {
    title: 'Preflight skipped',
    error:
      'remove preflight: false to validate the credential before docker login',
    why: 'With `preflight: false`, only the docker CLI output is diagnosed, and it tells less (2FA, SSO and a wrong password look alike).',
    steps: [
      'Remove `preflight: false` (the default is true) for a precise diagnosis of a refused credential.'
    ],
    docs: [ACTION_README]
  },

  'preflight-unreachable': {
    title: 'Preflight could not reach the registry',
    error:
      'docker login ran unchecked; if this persists, check the network path to the registry',
    why: 'The preflight got no usable answer from {registry} (a network error, a timeout or a 5xx), and docker login ran anyway.',
    steps: [
      'Nothing to fix when it is rare.',
      'If it persists, check the network path from the runner to {registry} and raise the `timeout` or `retries` inputs.'
    ],
    docs: [DOCS.dockerStatus, ACTION_README],
    ghcr: { docs: [DOCS.githubStatus, ACTION_README] },
    other: { docs: [ACTION_README] }
  },

  'rate-limit-low': {
    title: 'Few pulls left',
    error:
      'cache images or authenticate every pull: few pulls are left in this window',
    why: "Docker Hub's rate-limit preview reports few pulls left in the current window for this account or IP address; pulls beyond it fail with 429 Too Many Requests.",
    steps: [
      'Cache images between jobs or use a pull-through mirror.',
      'Authenticate every pull, and consider a plan with a higher limit.'
    ],
    docs: [DOCS.usage, DOCS.pulls]
  }
}

// ---------------------------------------------------------------------------
// Rendering

/** Which variant of the texts applies. */
function familyOf(context: RemediationContext): 'hub' | 'ghcr' | 'other' {
  if (context.isDockerHub) return 'hub'
  const host = context.registry
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .split('/')[0]
  return host === 'ghcr.io' ? 'ghcr' : 'other'
}

/**
 * The remediation of a diagnosis or warning for this registry, with the
 * registry and username filled in.
 */
export function remediationFor(
  id: DiagnosisId | WarningId,
  context: RemediationContext
): Remediation {
  const {
    ghcr,
    other,
    readOnlyToken,
    namespace,
    username,
    helper,
    configFile,
    ...hub
  } = ENTRIES[id]
  const family = familyOf(context)
  const denial =
    context.pushDenial === 'read-only-token' ? readOnlyToken : namespace
  const texts: Texts =
    family === 'hub'
      ? { ...hub, ...(context.pushDenial ? denial : {}) }
      : family === 'ghcr'
        ? { ...hub, ...other, ...ghcr }
        : { ...hub, ...other }
  if (context.malformedInput === 'username') Object.assign(texts, username)
  const config = context.dockerConfig
  if (config) Object.assign(texts, config.helper ? helper : configFile)
  const fill = (text: string): string =>
    text
      .replaceAll('{registry}', shown(context.registry, 'the registry'))
      .replaceAll('{username}', shown(context.username, 'your-name'))
      .replaceAll('{helper}', shown(config?.helper ?? '', 'the helper'))
      .replaceAll('{setting}', shown(config?.setting ?? '', 'its setting'))
      .replaceAll('{config}', shown(config?.dir ?? '', '~/.docker', 200))
  const remediation: Remediation = {
    id,
    title: fill(texts.title),
    error: fill(texts.error),
    why: fill(texts.why),
    steps: texts.steps.map(fill),
    docs: [...texts.docs]
  }
  if (texts.snippet) remediation.snippet = fill(texts.snippet)
  return remediation
}

/**
 * The one line shown as the step's error: `<title>: <what to do>`, on one
 * line whatever the inputs held.
 */
export function errorLine(
  id: DiagnosisId | WarningId,
  context: RemediationContext
): string {
  const { title, error } = remediationFor(id, context)
  return `${title}: ${error}`.replace(/\s+/g, ' ').trim()
}

/** A user's value on one line and short enough to show, or a stand-in. */
function shown(value: string, fallback: string, max = 60): string {
  return oneLine(value, max) || fallback
}

/**
 * What GHCR's registry texts say per diagnosis and case: loaded only
 * when a report of that registry is written (src/profiles/index.ts
 * loadTexts), so that no other registry's start-up pays for them.
 */
import { ACTION_USES, LINKS } from '../common.js'
import type { RemediationTable } from '../types.js'
import { BLOB_STORAGE_CHECKS, PULL_LOGIN_STEP } from './common.js'

const SECRET_PRECEDENCE =
  'If the token worked before, check its expiry date on that page and that the secret holds its current value: a secret of the same name in the job’s environment takes precedence over the repository’s, and a repository secret over an organization’s.'

const AUTHORIZE_SSO =
  'If the package belongs to an organization that uses SAML single sign-on, authorize the classic token for it: Tokens (classic) → Configure SSO → Authorize.'

const CREATE_CLASSIC_TOKEN =
  'Otherwise create a personal access token (classic): GitHub → Settings → Developer settings → Personal access tokens → Tokens (classic) → Generate new token (classic), with the write:packages scope (read:packages is enough to pull), and store it as a repository secret (Settings → Secrets and variables → Actions).'

const USE_GITHUB_TOKEN =
  'In a workflow of the repository the package belongs to, use GITHUB_TOKEN: give the job `permissions: packages: write` (and `contents: read`; a job that lists any permission gets only those) and log in with `username: ${{ github.actor }}` and `password: ${{ secrets.GITHUB_TOKEN }}`, as below. It is issued for every job and expires with it.'

/** A job logging in with GITHUB_TOKEN, which may push (docs/registries.md §1 (b)). */
const GITHUB_TOKEN_SNIPPET = [
  'permissions:',
  '  contents: read',
  '  packages: write',
  'steps:',
  '  - name: Log in to GitHub Container Registry',
  `    uses: ${ACTION_USES}`,
  '    with:',
  '      registry: {registry}',
  '      username: ${{ github.actor }}',
  '      password: ${{ secrets.GITHUB_TOKEN }}'
].join('\n')

/** The same, for a job that only pulls. */
const PULL_SNIPPET = GITHUB_TOKEN_SNIPPET.replace(
  'packages: write',
  'packages: read'
)

const LINKS_GHCR = {
  ghcr: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry',
  permissions:
    'https://docs.github.com/en/packages/learn-github-packages/configuring-a-packages-access-control-and-visibility',
  aboutPermissions:
    'https://docs.github.com/en/packages/learn-github-packages/about-permissions-for-github-packages',
  tokenPermissions:
    'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token',
  pats: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  sso: 'https://docs.github.com/en/enterprise-cloud@latest/authentication/authenticating-with-saml-single-sign-on/authorizing-a-personal-access-token-for-use-with-saml-single-sign-on',
  status: 'https://www.githubstatus.com/'
} as const

/**
 * A pull without a login that ghcr.io answered "unauthorized": a private
 * or internal package, or none of that name (ghcr.io answers both alike).
 */
const ANONYMOUS_PULL = {
  title: 'The package needs a login to pull',
  error:
    'log in to {registry} before the pull (GITHUB_TOKEN with packages: read), or make the package public',
  why: '{registry} answered "unauthorized" to a pull made without a login: the package is private or internal, or no package has that name. Public packages need no login; the others need a token that may read them.',
  steps: [
    'Log in before pulling: this action with `username: ${{ github.actor }}` and `password: ${{ secrets.GITHUB_TOKEN }}`, and `packages: read` in the job’s permissions, as below. For a `container:` or `services:` image, give it `credentials:` with the same username and password.',
    'If the package belongs to another repository: open it on GitHub → Package settings → Manage Actions access, and add this repository with the Read role.',
    'Or make the package public: Package settings → Danger Zone → Change visibility.',
    'Check the image name: {registry}/<owner>/<image>, all lowercase.'
  ],
  docs: [LINKS_GHCR.ghcr, LINKS_GHCR.permissions],
  snippet: PULL_SNIPPET
}

/** GHCR's texts (see the profile, ../ghcr.ts). */
export const REMEDIATION: RemediationTable = {
  'missing-credentials': {
    why: 'The action received an empty username or password. Workflows of pull requests from forks and Dependabot runs get no secrets, and a misspelled secret name yields an empty string rather than an error. They do get GITHUB_TOKEN, read-only, which is enough to pull from {registry}.',
    steps: [
      'For {registry}, log in with `username: ${{ github.actor }}` and `password: ${{ secrets.GITHUB_TOKEN }}`, as below: GITHUB_TOKEN is never empty, and on fork pull requests and Dependabot runs it is read-only (packages: read at most), so those runs can pull but not push.',
      "Push only from branches of this repository (for example `if: github.event_name != 'pull_request'` on the push step); if you log in with a personal access token secret instead, set `skip-if-missing: true` for the runs that get none.",
      'Check the secret names against Settings → Secrets and variables → Actions (a misspelled name is empty, not an error); Dependabot runs read Settings → Secrets and variables → Dependabot.'
    ],
    docs: [LINKS_GHCR.ghcr, LINKS_GHCR.tokenPermissions, LINKS.githubSecrets],
    snippet: GITHUB_TOKEN_SNIPPET,
    cases: {
      'anonymous-pull': ANONYMOUS_PULL,
      // the common case's texts, with ghcr.io's login
      'no-login': {
        docs: [LINKS_GHCR.ghcr, LINKS.login],
        snippet: GITHUB_TOKEN_SNIPPET
      }
    }
  },

  'invalid-credentials': {
    title: 'GHCR refused the token',
    error:
      'log in with GITHUB_TOKEN (job permission packages: write) or a new personal access token (classic) with write:packages',
    why: '{registry} refused the username and token: the token is wrong, revoked or expired ({registry} answers all three alike), or it is not a token {registry} takes. It takes GITHUB_TOKEN and personal access tokens (classic), not fine-grained tokens or account passwords.',
    steps: [
      USE_GITHUB_TOKEN,
      CREATE_CLASSIC_TOKEN,
      SECRET_PRECEDENCE,
      AUTHORIZE_SSO
    ],
    docs: [LINKS_GHCR.ghcr, LINKS_GHCR.pats, LINKS_GHCR.sso],
    snippet: GITHUB_TOKEN_SNIPPET
  },

  'token-expired': {
    error:
      'regenerate the classic token (write:packages) and update the secret, or log in with GITHUB_TOKEN instead',
    why: '{registry} refused the token because it has expired: a personal access token (classic) expires on the date chosen when it was made, GITHUB_TOKEN when its job ends.',
    steps: [
      'GitHub → Settings → Developer settings → Personal access tokens → Tokens (classic) → the token → Regenerate token, keeping write:packages; then update the repository secret with the new value.',
      'Regenerating revokes its SAML single sign-on authorization: authorize it again (Configure SSO → Authorize) if the package belongs to such an organization.',
      'Or stop renewing it: in a workflow of the package’s repository, log in with GITHUB_TOKEN and give the job `permissions: packages: write`, as below.'
    ],
    docs: [LINKS_GHCR.pats, LINKS_GHCR.ghcr],
    snippet: GITHUB_TOKEN_SNIPPET
  },

  'insufficient-scope': {
    error:
      'give the job packages: write, or use a classic token with write:packages that may write this package',
    why: '{registry} accepted the login but refused to start an upload, as it refuses a push: the token may not write this package.',
    steps: [
      USE_GITHUB_TOKEN,
      'With a personal access token (classic): it needs the write:packages scope (read:packages only pulls), and its account needs the Write role on the package.',
      "If the package was created by another repository or by hand, grant this repository access in the package's settings → Manage Actions access (role Write).",
      AUTHORIZE_SSO
    ],
    docs: [LINKS_GHCR.ghcr, LINKS_GHCR.permissions],
    snippet: GITHUB_TOKEN_SNIPPET,
    cases: {
      'github-token': {
        title: 'GITHUB_TOKEN may not push this package',
        error:
          'add `permissions: packages: write` to the job (GITHUB_TOKEN is read-only by default)',
        why: "{registry} refused to start an upload with this job's GITHUB_TOKEN: the job's token has no packages: write permission (the default is read-only in many organizations), or the token is a GitHub App's, which GitHub Packages does not take.",
        steps: [
          'Add `permissions: packages: write` (and `contents: read`) to the job or the workflow; a job that sets any permission gets only those it lists.',
          'If the organization restricts the default: Settings → Actions → General → Workflow permissions → Read and write permissions (or keep it read-only and rely on the job-level permissions above).',
          "If the package already exists and was created by another repository or by hand: the package's settings → Manage Actions access → add this repository with the Write role.",
          'If the first push creates the package in an organization ("Create organization package"), the organization must let packages be created: Organization settings → Packages → Package creation.',
          "Pull requests from forks and Dependabot runs get a read-only GITHUB_TOKEN whatever the workflow asks: push only from branches of this repository (for example `if: github.event_name != 'pull_request'` on the push step).",
          'A GitHub App token does not work for GitHub Packages: use GITHUB_TOKEN, or a classic token with write:packages.'
        ],
        docs: [
          LINKS_GHCR.tokenPermissions,
          LINKS_GHCR.ghcr,
          LINKS_GHCR.permissions
        ]
      },
      // docs/registries.md §13aaa (e): a ghs_ token outside a GitHub job
      // (the command line in GitLab CI, Jenkins, a shell)
      'app-token': {
        title: 'A GitHub App token may not push to GitHub Packages',
        error:
          'log in with a personal access token (classic) with write:packages: GitHub Packages takes no GitHub App token',
        why: "{registry} refused to start an upload with a GitHub App installation token (ghs_…), such as a CI system's GitHub App credential hands out or a script makes from the App's key. GitHub Packages takes a personal access token (classic), and in a GitHub Actions job that job's GITHUB_TOKEN; an App's installation token may not create or write packages.",
        steps: [
          'Create a personal access token (classic) of an account that may write the package: GitHub → Settings → Developer settings → Personal access tokens → Tokens (classic) → Generate new token (classic), with the write:packages scope (read:packages is enough to pull).',
          "Store it as a secret of the CI system in place of the App credential, and log in with that account's username and the token as the password.",
          'If the package already exists: its settings → Manage access → give that account the Write role; if the first push creates the package in an organization, Organization settings → Packages → Package creation must allow it.',
          AUTHORIZE_SSO
        ],
        docs: [LINKS_GHCR.ghcr, LINKS_GHCR.permissions],
        snippet: undefined
      },
      'package-access': {
        title: 'The package does not grant this repository access',
        error:
          "grant this repository Write access in the package's Manage Actions access settings",
        why: '{registry} refused the push with permission_denied: write_package (or read_package): the package exists, but this repository is not among those allowed to write it — typically because it was first pushed by hand or from another repository.',
        steps: [
          "Open the package on GitHub (the owner's Packages tab → the package → Package settings).",
          'Under Manage Actions access, add this repository with the Write role (only the web interface can do it, no API).',
          'Keep `permissions: packages: write` on the job.',
          'With a personal access token (classic) instead of GITHUB_TOKEN: besides write:packages, its account needs the Write role under Manage access on the same page.',
          'For images not pushed yet, link them to the repository before their first push: `LABEL org.opencontainers.image.source=https://github.com/<owner>/<repository>` in the Dockerfile; the package then inherits the repository’s access.'
        ],
        docs: [LINKS_GHCR.permissions, LINKS_GHCR.ghcr]
      },
      // docs/registries.md §13aaa (d): GHCR012
      'package-read-access': {
        title: 'The credential may not read this package',
        error:
          "grant the pulling repository Read access in the package's Manage Actions access settings, or use a token that may read it",
        why: '{registry} refused to read a private package (permission_denied: read_package): GITHUB_TOKEN of a repository the package does not list under Manage Actions access, or a personal access token (classic) without read:packages, or of an account without access to the package.',
        steps: [
          "Open the package on GitHub (the owner's Packages tab → the package → Package settings).",
          'Under Manage Actions access, add the repository whose workflow pulls, with the Read role; keep `permissions: packages: read` on its job.',
          'With a personal access token (classic): it needs read:packages, and its account needs access under Manage access on the same page.'
        ],
        docs: [LINKS_GHCR.permissions, LINKS_GHCR.ghcr]
      },
      'read-only-token': {
        title: 'The token lacks the write:packages scope',
        error:
          'add write:packages to the classic token (Settings → Developer settings), or log in with GITHUB_TOKEN and packages: write',
        why: '{registry} refused to start an upload: "The token provided does not match expected scopes". The personal access token (classic) has read:packages at most, which pulls but does not push; a fine-grained token fails the same way, as {registry} takes none.',
        steps: [
          'GitHub → Settings → Developer settings → Personal access tokens → Tokens (classic) → the token: tick write:packages and click Update token; the token keeps its value, so the secret stays as it is.',
          'Editing its scopes revokes its SAML single sign-on authorization: authorize it again (Configure SSO → Authorize) if the package belongs to such an organization.',
          USE_GITHUB_TOKEN
        ],
        docs: [LINKS_GHCR.pats, LINKS_GHCR.aboutPermissions, LINKS_GHCR.sso]
      },
      namespace: {
        title: 'The account may not create packages under that owner',
        error:
          'push under {registry}/{username}/… or an organization that lets {username} create packages',
        why: '{registry} refused to create the package (permission_denied: create_package): the token is valid and may write packages, but its account may not publish under the owner the image names — another user, or an organization that does not let it create packages.',
        steps: [
          'Check the owner in the image name, {registry}/<owner>/<image> (all lowercase): your own account, or an organization you belong to.',
          'For an organization: an owner can let members create packages (Organization settings → Packages → Package creation), or create the package and give the account the Write role under its Manage access.',
          'A personal access token (classic) needs write:packages for this; GITHUB_TOKEN with `permissions: packages: write` creates packages under the owner of the workflow’s repository.'
        ],
        docs: [LINKS_GHCR.permissions, LINKS_GHCR.aboutPermissions]
      },
      // docs/registries.md §13tt (h): the same refusal on a pull
      'read-denied': {
        error:
          'log in before the pull with GITHUB_TOKEN (packages: read) or a token with read:packages',
        steps: [
          PULL_LOGIN_STEP,
          "GITHUB_TOKEN: `permissions: packages: read` in the job, and for a private package of another repository, the package's Package settings → Manage Actions access → Add repository (Read). A classic personal access token needs read:packages, and SAML authorization for an organization that enforces SSO.",
          'Check the image name: {registry}/<owner>/<image>, all lowercase.'
        ]
      },
      // attack-37 repro-04: GitHub's API refused a tool's listing
      'list-denied': {
        error:
          "GHCR lists nothing itself: open packages by name, or give a tool that lists through GitHub's API read:packages and read:org",
        why: "A tool that browses {registry} (an editor's registry view) asked for a listing. GHCR serves no catalog (GET /v2/_catalog) to any account, and a listing through GitHub's API (api.github.com) is refused with 403 where the token lacks the scopes it asks. `docker login`, pulls and pushes work without either.",
        steps: [
          'Open the packages by name (<owner>/<image> on {registry}); the packages of an account or organization are listed on GitHub (its Packages tab).',
          "For a tool that lists through GitHub's API: a personal access token (classic) with read:packages and read:org (and write:packages to push), and SAML authorization for an organization that enforces SSO.",
          "A 403 whose message says `API rate limit exceeded` or `secondary rate limit` is GitHub's rate limit, not the scopes: wait for it to reset."
        ],
        docs: [LINKS_GHCR.pats, LINKS_GHCR.sso]
      }
    }
  },

  'unsupported-credential-kind': {
    title: 'A fine-grained token does not work with GHCR',
    error:
      'log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages',
    why: 'The password is a fine-grained personal access token (github_pat_…). GitHub Packages takes only personal access tokens (classic) and GITHUB_TOKEN, whatever permissions a fine-grained token has; it was not sent.',
    steps: [USE_GITHUB_TOKEN, CREATE_CLASSIC_TOKEN, AUTHORIZE_SSO],
    docs: [LINKS_GHCR.ghcr, LINKS_GHCR.pats],
    snippet: GITHUB_TOKEN_SNIPPET
  },

  'pat-required': {
    title: 'GHCR takes a token, not an account password',
    error:
      'log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages',
    why: '{registry} refused the credential, and it is not shaped like a GitHub token (ghp_…, ghs_…, gho_…): {registry} never takes the account password, with or without two-factor authentication. Tokens made before April 2021 have no prefix; if this is one, it was revoked or has expired.',
    steps: [USE_GITHUB_TOKEN, CREATE_CLASSIC_TOKEN, AUTHORIZE_SSO],
    docs: [LINKS_GHCR.ghcr, LINKS_GHCR.pats],
    snippet: GITHUB_TOKEN_SNIPPET
  },

  'password-with-2fa': {
    title: 'An account password does not work on GHCR',
    error:
      'log in with GITHUB_TOKEN (job permission packages: write) or a personal access token (classic) with write:packages',
    why: '{registry} takes GITHUB_TOKEN or a personal access token (classic), never the account password, whether two-factor authentication is on or not.',
    steps: [USE_GITHUB_TOKEN, CREATE_CLASSIC_TOKEN, AUTHORIZE_SSO],
    docs: [LINKS_GHCR.ghcr, LINKS_GHCR.pats],
    snippet: GITHUB_TOKEN_SNIPPET
  },

  'password-with-sso': {
    title: 'GHCR needs a token authorized for the organization',
    error:
      'use GITHUB_TOKEN, or a classic token with write:packages authorized for the organization (Configure SSO → Authorize)',
    why: 'The organization uses SAML single sign-on: an account password never works on {registry}, and a personal access token (classic) reaches the organization’s packages only once it is authorized for it.',
    steps: [USE_GITHUB_TOKEN, CREATE_CLASSIC_TOKEN, AUTHORIZE_SSO],
    docs: [LINKS_GHCR.sso, LINKS_GHCR.pats, LINKS_GHCR.ghcr],
    snippet: GITHUB_TOKEN_SNIPPET
  },

  'rate-limited': {
    error:
      'wait the Retry-After {registry} names and retry; run fewer pushes and pulls at once',
    why: '{registry} answered 429 toomanyrequests. It limits requests per minute (its answers have named 44000/minute for pulls and 2000/minute for upload starts) and says in Retry-After how long to wait.',
    steps: [
      'Re-run the job, or retry the push or pull, after the Retry-After the answer names (the checks table shows it).',
      'Reduce the jobs that push to or pull from {registry} at the same moment (large matrix builds, signing many images): every blob upload started counts.'
    ],
    docs: [LINKS_GHCR.ghcr, LINKS_GHCR.status],
    cases: {
      // attack-38 repro-03: GitHub's REST API, which counts per hour
      'api-rate-limit': {
        error:
          "GitHub's API rate limit, not GHCR's: wait for x-ratelimit-reset, or give the tool a token",
        why: "A tool that browses {registry} asked GitHub's REST API (api.github.com) and was refused for its rate limit: 5,000 requests an hour with a token, 60 an hour without one, and secondary limits on bursts. GHCR's own limit, which docker login, pulls and pushes meet, is another.",
        steps: [
          'Wait for the reset the answer names (the x-ratelimit-reset header, a Unix time); retrying sooner is refused again.',
          'Give the tool a token (a classic personal access token, or GITHUB_TOKEN in a workflow) instead of calling the API anonymously, and run fewer jobs that call it at once.'
        ]
      }
    }
  },

  'repository-not-found': {
    cases: {
      // docs/registries.md §13aab (c): GHCR024, read_package in a text
      'package-read-access': {
        title: 'The package is private to this credential',
        error:
          'make the package public, or pull with a credential the package grants Read (Manage Actions access; a classic token with read:packages)',
        why: '{registry} refused to read the package (permission_denied: read_package): it is private (a package pushed by GITHUB_TOKEN is private by default) and the request carried no login, or one whose account or repository the package does not list.',
        steps: [
          "If the package is meant to be public: the owner's Packages tab → the package → Package settings → Change visibility → Public.",
          'Else log in before the pull: in a workflow, GITHUB_TOKEN with `permissions: packages: read`, and the pulling repository added under Manage Actions access with the Read role; elsewhere, a classic token with read:packages of an account the package lists under Manage access.',
          'Check the image name: ghcr.io/OWNER/IMAGE[:TAG], all lowercase.'
        ],
        docs: [LINKS_GHCR.permissions, LINKS_GHCR.ghcr]
      },
      // GHCR008: the answer to a pull without a login does not tell a
      // private package from a missing one
      'anonymous-pull': {
        ...ANONYMOUS_PULL,
        title: 'No package to pull without a login',
        error:
          'check the image name; if the package is private, log in first (GITHUB_TOKEN with packages: read) or make it public',
        steps: [
          ...ANONYMOUS_PULL.steps.slice(-1),
          ...ANONYMOUS_PULL.steps.slice(0, -1)
        ]
      }
    }
  },

  'stale-login': {
    why: 'The docker config on this runner holds an outdated login for {registry}: docker sends it with every pull, and {registry} refuses the whole request ("denied: denied") when that login is expired or revoked, even for a public package that needs none.',
    steps: [
      'Run `docker logout {registry}` on the runner (self-hosted runners keep ~/.docker/config.json between jobs), or log in again with a current token: this action with GITHUB_TOKEN replaces the stored login for the job.',
      'On self-hosted runners, give each job its own DOCKER_CONFIG so that logins do not outlive the job.'
    ],
    docs: [LINKS_GHCR.ghcr]
  },

  'registry-unreachable': {
    docs: [LINKS_GHCR.status],
    cases: {
      // docs/registries.md §13w: GHCR's layers come from its own host
      'blob-storage': {
        steps: [
          "Allow GHCR's layer host pkg-containers.githubusercontent.com through the runner's firewall, proxy or network policy, as well as {registry} (the addresses of GitHub Packages are in the `packages` list of https://api.github.com/meta).",
          ...BLOB_STORAGE_CHECKS
        ]
      }
    }
  },
  'preflight-unreachable': {
    docs: [LINKS_GHCR.status, LINKS.actionReadme]
  }
}

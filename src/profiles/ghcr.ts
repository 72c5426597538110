/**
 * GitHub Container Registry (docs/registries.md §1): `GITHUB_TOKEN` with
 * `packages: write`, classic personal access tokens, and a package's
 * "Manage Actions access".
 */
import { ACTION_USES, LINKS } from './common.js'
import type { Profile } from './types.js'

const LINKS_GHCR = {
  ghcr: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry',
  permissions:
    'https://docs.github.com/en/packages/learn-github-packages/configuring-a-packages-access-control-and-visibility',
  status: 'https://www.githubstatus.com/'
} as const

const TOKEN_STEPS = [
  'With GITHUB_TOKEN: give the job `permissions: packages: write` (read to pull) and log in with `username: ${{ github.actor }}` and `password: ${{ secrets.GITHUB_TOKEN }}`.',
  'With a personal access token (classic): it needs the write:packages scope (read:packages to pull) and must not be expired; store it as a repository secret.',
  "If the package was created by another repository, grant this repository access in the package's settings → Manage Actions access (role Write)."
]

/** GitHub Container Registry. */
export const GHCR: Profile = {
  id: 'ghcr',
  name: 'GitHub Container Registry',
  recognise: {
    hosts: ['ghcr.io'],
    // docs/registries.md §1 (a): realm https://ghcr.io/token
    challenge: (challenge) => challenge.params.service === 'ghcr.io'
  },
  // docs/registries.md §1 (a)
  challenge: (host) =>
    host === 'ghcr.io'
      ? { realm: 'https://ghcr.io/token', service: 'ghcr.io' }
      : undefined,
  // docs/registries.md §1 (b): GitHub's token prefixes
  credentials: [
    {
      kind: 'github-classic-token',
      test: (value) => value.startsWith('ghp_'),
      isToken: true
    },
    {
      kind: 'github-fine-grained-token',
      test: (value) => value.startsWith('github_pat_'),
      isToken: true,
      // "GitHub Packages only supports authentication using a personal
      // access token (classic)" (docs/registries.md §1 (b))
      check: () => ({
        problem: 'unsupported-token',
        diagnosis: 'unsupported-credential-kind',
        detail:
          'a fine-grained personal access token (github_pat_…); GHCR takes a classic token or GITHUB_TOKEN'
      })
    },
    {
      kind: 'github-actions-token',
      test: (value) => value.startsWith('ghs_'),
      isToken: true
    },
    {
      kind: 'github-oauth-token',
      test: (value) => value.startsWith('gho_') || value.startsWith('ghu_'),
      isToken: true
    }
  ],
  rules: [
    {
      id: 'GHCR004',
      diagnosis: 'insufficient-scope',
      case: 'github-token',
      match: [
        'installation not allowed to write organization package',
        'installation not allowed to create organization package'
      ],
      source:
        'GHCR push with GITHUB_TOKEN without packages: write, or an App token (docs/registries.md §1 (c): bachp/git-mirror#516, freeipa/ipa-tuura#38, actions/runner#1039)'
    },
    {
      // before GHCR001, which names the same scope
      id: 'GHCR005',
      diagnosis: 'insufficient-scope',
      case: 'package-access',
      match: ['permission_denied: write_package'],
      source:
        'GHCR push to a package that does not grant this repository access (docs/registries.md §1 (c): ynotbhatc/rego_policy_libraries#89, tridz-dev/huf#349)'
    },
    {
      id: 'GHCR001',
      diagnosis: 'insufficient-scope',
      match: ['write_package', 'does not match expected scopes'],
      source: 'GHCR push: denied: permission_denied: write_package'
    },
    {
      // before GHCR002: the same words on a pull, not a login
      id: 'GHCR003',
      diagnosis: 'stale-login',
      match: [['/manifests/', 'denied: denied']],
      source:
        'GHCR rejects every request with an outdated stored login, even for public images (docs/registries.md §1 (c): GenSpectrum/LAPIS-SILO#566, github/github-mcp-server#282)'
    },
    {
      id: 'GHCR002',
      diagnosis: 'invalid-credentials',
      match: ['unauthorized: unauthenticated', 'denied: denied'],
      source: 'GHCR login with a wrong, expired or unscoped token'
    }
  ],
  refinements: [],
  // a push denied to GITHUB_TOKEN is the job's permissions, whatever GHCR said
  pushCase: (evidence) =>
    evidence.input.credentialKind === 'github-actions-token'
      ? 'github-token'
      : undefined,
  remediation: {
    'invalid-credentials': {
      error:
        'use GITHUB_TOKEN with packages permission, or a PAT with write:packages, and your GitHub username',
      why: 'ghcr.io refused the username and token: the token is wrong, expired or revoked, or lacks the packages scope.',
      steps: TOKEN_STEPS,
      docs: [LINKS_GHCR.ghcr],
      snippet: undefined
    },
    'token-expired': {
      steps: [
        'Generate a new personal access token (GitHub → Settings → Developer settings) with write:packages, or use GITHUB_TOKEN, which is issued fresh for every job.',
        'Update the repository secret that holds it.'
      ],
      docs: [LINKS_GHCR.ghcr]
    },
    'insufficient-scope': {
      error:
        'give the job packages: write permission, or use a PAT with write:packages',
      steps: TOKEN_STEPS,
      docs: [LINKS_GHCR.ghcr, LINKS_GHCR.permissions],
      cases: {
        'github-token': {
          title: 'GITHUB_TOKEN may not push this package',
          error:
            'add `permissions: packages: write` to the job (GITHUB_TOKEN is read-only by default)',
          why: "ghcr.io refused to start an upload with this job's GITHUB_TOKEN: the job's token has no packages: write permission (the default is read-only in many organizations), or the token is a GitHub App's, which GitHub Packages does not take.",
          steps: [
            'Add `permissions: packages: write` (and `contents: read`) to the job or the workflow; a job that sets any permission gets only those it lists.',
            'If the organization restricts the default: Settings → Actions → General → Workflow permissions → Read and write permissions (or keep it read-only and rely on the job-level permissions above).',
            "If the package already exists and was created by another repository or by hand: the package's settings → Manage Actions access → add this repository with the Write role.",
            'A GitHub App token does not work for GitHub Packages: use GITHUB_TOKEN, or a classic token with write:packages.'
          ],
          snippet: [
            'permissions:',
            '  contents: read',
            '  packages: write',
            'steps:',
            '  - name: Log in to GitHub Container Registry',
            `    uses: ${ACTION_USES}`,
            '    with:',
            '      registry: ghcr.io',
            '      username: ${{ github.actor }}',
            '      password: ${{ secrets.GITHUB_TOKEN }}'
          ].join('\n')
        },
        'package-access': {
          title: 'The package does not grant this repository access',
          error:
            "grant this repository Write access in the package's Manage Actions access settings",
          why: 'ghcr.io refused the push with permission_denied: write_package: the package exists, but this repository is not among those allowed to write it — typically because it was first pushed by hand or from another repository.',
          steps: [
            "Open the package on GitHub (the owner's Packages tab → the package → Package settings).",
            'Under Manage Actions access, add this repository with the Write role (no API can do it).',
            'Keep `permissions: packages: write` on the job.'
          ]
        }
      }
    },
    'registry-unreachable': { docs: [LINKS_GHCR.status] },
    'preflight-unreachable': {
      docs: [LINKS_GHCR.status, LINKS.actionReadme]
    }
  }
}

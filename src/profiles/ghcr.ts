/**
 * GitHub Container Registry (docs/registries.md §1): `GITHUB_TOKEN` with
 * `packages: write`, classic personal access tokens, and a package's
 * "Manage Actions access".
 */
import { LINKS } from './common.js'
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
  credentials: [],
  rules: [
    {
      id: 'GHCR001',
      diagnosis: 'insufficient-scope',
      match: ['write_package', 'does not match expected scopes'],
      source: 'GHCR push: denied: permission_denied: write_package'
    },
    {
      id: 'GHCR002',
      diagnosis: 'invalid-credentials',
      match: ['unauthorized: unauthenticated', 'denied: denied'],
      source: 'GHCR login with a wrong, expired or unscoped token'
    }
  ],
  refinements: [],
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
      docs: [LINKS_GHCR.ghcr, LINKS_GHCR.permissions]
    },
    'registry-unreachable': { docs: [LINKS_GHCR.status] },
    'preflight-unreachable': {
      docs: [LINKS_GHCR.status, LINKS.actionReadme]
    }
  }
}

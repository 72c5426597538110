/**
 * GitHub Container Registry (docs/registries.md §1): `GITHUB_TOKEN` with
 * `packages: write`, classic personal access tokens, a package's "Manage
 * Actions access", and the wordings ghcr.io answers with at login, push
 * and pull.
 */
import type { Profile } from './types.js'

/** GitHub Container Registry. */
export const GHCR: Profile = {
  id: 'ghcr',
  name: 'GitHub Container Registry',
  recognise: {
    // docker.pkg.github.com: GitHub Packages' Docker registry before GHCR,
    // whose packages moved to ghcr.io (docs/registries.md §1 (a))
    hosts: ['ghcr.io', 'docker.pkg.github.com'],
    // GitHub Enterprise Cloud with data residency: the Container registry
    // of SUBDOMAIN.ghe.com is containers.SUBDOMAIN.ghe.com (docs/registries.md
    // §13qq (h)); a GitHub Enterprise Server's, containers.HOSTNAME, is
    // known from the job's GITHUB_SERVER_URL (src/registry.ts)
    hostPatterns: [/^containers\.[a-z0-9-]+\.ghe\.com$/],
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
  // a push denied to GITHUB_TOKEN is the job's permissions, whatever GHCR said
  pushCase: (evidence) =>
    evidence.input.credentialKind === 'github-actions-token'
      ? 'github-token'
      : undefined,
  texts: () => import('./texts/ghcr.js').then((m) => m.REMEDIATION)
}

/**
 * GitLab's container registry, gitlab.com and self-managed
 * (docs/registries.md §2): a JWT token service at `/jwt/auth` with service
 * `container_registry`, personal, deploy and CI job tokens.
 */
import type { Profile } from './types.js'

/** GitLab's container registry. */
export const GITLAB: Profile = {
  id: 'gitlab',
  name: 'GitLab container registry',
  recognise: {
    hosts: ['registry.gitlab.com'],
    // self-managed: docs/registries.md §2 (a), realm https://<gitlab>/jwt/auth
    challenge: (challenge) => {
      const realm = challenge.params.realm ?? ''
      return challenge.scheme === 'bearer' && /\/jwt\/auth\/?$/.test(realm)
    }
  },
  // docs/registries.md §2 (a): gitlab.com's registry and its token service
  challenge: (host) =>
    host === 'registry.gitlab.com'
      ? { realm: 'https://gitlab.com/jwt/auth', service: 'container_registry' }
      : undefined,
  // docs/registries.md §2 (b)
  credentials: [
    {
      kind: 'gitlab-job-token',
      test: (value, username) =>
        username === 'gitlab-ci-token' || value.startsWith('glcbt-'),
      isToken: false
    },
    {
      kind: 'gitlab-deploy-token',
      test: (value, username) =>
        value.startsWith('gldt-') || username.startsWith('gitlab+deploy-token'),
      isToken: false
    },
    {
      kind: 'gitlab-personal-token',
      test: (value) => value.startsWith('glpat-'),
      isToken: true
    }
  ],
  rules: [
    {
      id: 'GL001',
      diagnosis: 'invalid-credentials',
      match: ['http basic: access denied'],
      source: 'GitLab container registry login'
    }
  ],
  refinements: [],
  remediation: {}
}

/**
 * GitLab's container registry, gitlab.com and self-managed
 * (docs/registries.md §2): a JWT token service at `/jwt/auth` with service
 * `container_registry`; personal, project and group access tokens
 * (`glpat-`), deploy tokens (`gldt-`, their own username) and CI job tokens
 * (`glcbt-`, username `gitlab-ci-token`). The token grants what was asked
 * and allowed, so push is read from the JWT's `access[].actions`.
 */
import type { Profile } from './types.js'

/**
 * A GitLab token prefix, after an optional instance prefix
 * (`mycompany-glcbt-…`; docs/registries.md §2 (b), (f)).
 */
function gitlabToken(value: string, prefix: string): boolean {
  return new RegExp(`^(?:[A-Za-z0-9_]+-)?${prefix}-`).test(value)
}

/** The username of a CI job token (`CI_REGISTRY_USER`). */
export const JOB_TOKEN_USER = 'gitlab-ci-token'

/** GitLab's container registry. */
export const GITLAB: Profile = {
  id: 'gitlab',
  name: 'GitLab container registry',
  recognise: {
    hosts: ['registry.gitlab.com'],
    // self-managed: docs/registries.md §2 (a), realm https://<gitlab>/jwt/auth
    // or its service container_registry, unless the realm is /v2/token:
    // Gitea and Forgejo name their service so too (realm <host>/v2/token)
    challenge: (challenge) => {
      if (challenge.scheme !== 'bearer') return false
      const realm = challenge.params.realm ?? ''
      return (
        /\/jwt\/auth\/?$/.test(realm) ||
        (challenge.params.service === 'container_registry' &&
          !/\/v2\/token\/?$/.test(realm))
      )
    }
  },
  // docs/registries.md §2 (a), (f): gitlab.com's registry and its token service
  challenge: (host) =>
    host === 'registry.gitlab.com'
      ? { realm: 'https://gitlab.com/jwt/auth', service: 'container_registry' }
      : undefined,
  // docs/registries.md §2 (b), (f): GitLab's token prefixes ("Token prefixes",
  // docs.gitlab.com security/tokens), an instance prefix before them allowed
  credentials: [
    {
      kind: 'gitlab-job-token',
      test: (value, username) =>
        username === JOB_TOKEN_USER || gitlabToken(value, 'glcbt'),
      isToken: false
    },
    {
      kind: 'gitlab-deploy-token',
      test: (value, username) =>
        gitlabToken(value, 'gldt') ||
        username.startsWith('gitlab+deploy-token'),
      isToken: false
    },
    {
      kind: 'gitlab-personal-token',
      test: (value) => gitlabToken(value, 'glpat'),
      isToken: true
    }
  ],
  // a push denied to a CI job token is its project's; to a deploy token, its scopes
  pushCase: (evidence) => {
    const kind = evidence.input.credentialKind
    if (kind === 'gitlab-job-token') return 'job-token'
    if (kind === 'gitlab-deploy-token') return 'read-only-token'
    return undefined
  },
  // a CI job token refused with its own username: valid only while its job
  // runs (docs/registries.md §13x)
  refusalCase: (evidence) =>
    evidence.input.credentialKind === 'gitlab-job-token' &&
    evidence.username.trim() === JOB_TOKEN_USER
      ? 'job-token'
      : undefined,
  texts: () => import('./texts/gitlab.js').then((m) => m.REMEDIATION)
}

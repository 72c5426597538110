/**
 * GitLab's container registry as its users saw it answer
 * (docs/registries.md §2): a Bearer challenge with realm `/jwt/auth` and
 * service `container_registry`, JWTs granting what was asked and allowed
 * (GitLab leaves a repository it grants nothing on out of `access`; this
 * emulator lists it with no actions, which reads the same), a 401 `HTTP
 * Basic: Access denied…` for any refused credential, and a 403 `access
 * forbidden` for a token without a registry scope.
 */
import type { Answer, RegistryAccount, RegistrySpec } from './engine.js'
import { errors } from './ghcr.js'

/** The help page GitLab names in its refusal (gitlab.com's). */
const HELP =
  'https://gitlab.com/help/user/profile/account/two_factor_authentication_troubleshooting.md#error-http-basic-access-denied-if-a-password-was-provided-for-git-authentication-'

/** GitLab's answers, by what they mean. */
export const GITLAB_ANSWERS = {
  // the registry (a distribution fork) without a token
  unauthorized: {
    status: 401,
    body: errors('UNAUTHORIZED', 'authentication required'),
    source:
      'docs/registries.md §0 (distribution UNAUTHORIZED), §2 (a) (the challenge); microsoft/vscode-docker#468 (the same body from a GitLab registry)'
  },
  // any refused credential: wrong, expired, revoked, or a password with 2FA
  badCredentials: {
    status: 401,
    body: errors(
      'UNAUTHORIZED',
      `HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you're required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped. See ${HELP}`
    ),
    source:
      'docs/registries.md §2 (f): gitlabhq/gitlabhq app/controllers/jwt_controller.rb render_access_denied; basecamp/kamal#1498'
  },
  // GitLab 11: a password on an account with 2FA
  personalAccessTokenRequired: {
    status: 401,
    body: errors(
      'UNAUTHORIZED',
      "HTTP Basic: Access denied\nYou must use a personal access token with 'api' scope for Git over HTTP.\nYou can generate one at https://gitlab.example.com/profile/personal_access_tokens"
    ),
    source:
      'docs/registries.md §2 (c), (f): gitlab-org/gitlab-ce#51090; gitlabhq/gitlabhq app/controllers/jwt_controller.rb (11.x) render_missing_personal_access_token'
  },
  // a token that authenticates but has no registry scope
  accessForbidden: {
    status: 403,
    body: errors('DENIED', 'access forbidden'),
    source:
      'docs/registries.md §2 (f): gitlabhq/gitlabhq app/services/auth/container_registry_authentication_service.rb (has_registry_ability?); docs.gitlab.com "Authenticate with the container registry", troubleshooting'
  },
  // an upload with a token that does not grant push
  uploadDenied: {
    status: 401,
    body: errors('UNAUTHORIZED', 'authentication required'),
    headers: {
      'www-authenticate':
        'Bearer realm="https://gitlab.example.com/jwt/auth",service="container_registry",error="insufficient_scope"'
    },
    source:
      "docs/registries.md §0: distribution token access controller (insufficient_scope), which GitLab's registry runs"
  },
  cancel: {
    status: 204,
    body: '',
    source: 'docs/registries.md §11 (distribution: DELETE supported)'
  }
} satisfies Record<string, Answer>

/** A token of a GitLab prefix (docs/registries.md §2 (b)), fake test data. */
const token = (prefix: string, mark: string): string =>
  `${prefix}${mark}${'Xb7Rt2Lq9W'.repeat(3)}`.slice(0, prefix.length + 26)

/** The project that runs the job, and another one. */
export const GITLAB_PROJECTS = {
  app: 'acme/app',
  other: 'acme/other'
} as const

/** The accounts (fake test data): who may push where, and how GitLab says no. */
export const GITLAB_ACCOUNTS = {
  /** a project access token with read_registry and write_registry */
  tokenWrite: {
    username: 'ci-bot',
    secret: token('glpat-', 'W'),
    grants: { 'acme/*': ['pull', 'push'] }
  },
  /** a personal access token with read_registry only */
  tokenRead: {
    username: 'alice',
    secret: token('glpat-', 'R'),
    grants: { 'acme/*': ['pull'] }
  },
  /** a personal access token with read_repository only: no registry scope */
  tokenNoRegistry: {
    username: 'alice',
    secret: token('glpat-', 'N'),
    grants: {},
    refusal: GITLAB_ANSWERS.accessForbidden
  },
  /** a deploy token with read_registry only */
  deployRead: {
    username: 'gitlab+deploy-token-1234',
    secret: token('gldt-', 'R'),
    grants: { [GITLAB_PROJECTS.app]: ['pull'] }
  },
  /** a deploy token with read_registry and write_registry */
  deployWrite: {
    username: 'gitlab+deploy-token-5678',
    secret: token('gldt-', 'W'),
    grants: { [GITLAB_PROJECTS.app]: ['pull', 'push'] }
  },
  /** a CI job token of acme/app: push there, pull acme/other (allowlisted) */
  jobToken: {
    username: 'gitlab-ci-token',
    secret: token('glcbt-', 'J'),
    grants: {
      [GITLAB_PROJECTS.app]: ['pull', 'push'],
      [GITLAB_PROJECTS.other]: ['pull']
    }
  },
  /** an account password with two-factor authentication on (GitLab 11) */
  passwordOld2fa: {
    username: 'bob',
    secret: 'correct horse battery staple',
    grants: {},
    refusal: GITLAB_ANSWERS.personalAccessTokenRequired
  }
} satisfies Record<string, RegistryAccount>

/** GitLab's registry. */
export const GITLAB_SPEC: RegistrySpec = {
  family: 'gitlab',
  auth: 'bearer',
  realmPath: '/jwt/auth',
  service: () => 'container_registry',
  // `{ "token": <JWT> }`, no `expires_in` (docs/registries.md §2 (f),
  // §14 (c)); valid 5 minutes by default (§2 (a))
  tokens: { format: 'jwt', fields: ['token'], lifetimeSeconds: 300 },
  // GitLab's registry is a fork of distribution: its 202 and its 404 for
  // a path it has no route for are distribution's (§14 (a), (b))
  answers: {
    unauthorized: GITLAB_ANSWERS.unauthorized,
    badCredentials: GITLAB_ANSWERS.badCredentials,
    uploadDenied: GITLAB_ANSWERS.uploadDenied,
    cancel: GITLAB_ANSWERS.cancel
  },
  accounts: Object.values(GITLAB_ACCOUNTS)
}

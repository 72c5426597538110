/**
 * Harbor as its source and its users show it (docs/registries.md §4): a
 * Bearer challenge with realm `/service/token` and service
 * `harbor-registry`, JWTs granting what the account may do on each
 * project (nothing on a project that does not exist), a 401 with an empty
 * body for a refused login, and — once scopes are asked — a token for
 * nobody instead of a refusal.
 */
import type { Answer, RegistryAccount, RegistrySpec } from './engine.js'
import { errors } from './ghcr.js'

/** token_expiration's default, 30 minutes, in seconds (§14 (c)). */
const HARBOR_TOKEN_SECONDS = 30 * 60

/** Harbor's answers, by what they mean. */
export const HARBOR_ANSWERS = {
  // GET /v2/ without a credential
  unauthorized: {
    status: 401,
    body: errors('UNAUTHORIZED', 'unauthorized'),
    source:
      'docs/registries.md §4 (d): goharbor/harbor src/server/middleware/v2auth/auth.go (login target, "unauthorized")'
  },
  // /service/token with a credential it does not accept and no scope:
  // docker prints `unauthorized: authentication required`
  badCredentials: {
    status: 401,
    body: '',
    source:
      'docs/registries.md §4 (d): goharbor/harbor src/core/service/token/token.go (CustomAbort 401, empty body); goharbor/harbor#15757'
  },
  // an upload the token does not allow
  uploadDenied: {
    status: 401,
    body: errors(
      'UNAUTHORIZED',
      'unauthorized to access repository: library/app, action: push'
    ),
    source:
      'docs/registries.md §4 (d): goharbor/harbor src/server/middleware/v2auth/auth.go; goharbor/harbor#21373'
  },
  cancel: {
    status: 204,
    body: '',
    source:
      'docs/registries.md §11 (distribution, which Harbor runs: DELETE supported)'
  }
} satisfies Record<string, Answer>

/** A robot secret (fake test data). */
const secret = (mark: string): string => `${mark}${'hR4bq9ZtW2'.repeat(3)}`

/** The accounts (fake test data). */
export const HARBOR_ACCOUNTS = {
  /** a project robot with Push and Pull on project library */
  robotPush: {
    username: 'robot$library+ci',
    secret: secret('P'),
    grants: { 'library/*': ['pull', 'push'] }
  },
  /** a project robot with Pull only */
  robotPull: {
    username: 'robot$library+reader',
    secret: secret('R'),
    grants: { 'library/*': ['pull'] }
  },
  /** a user with the Developer role on project library */
  developer: {
    username: 'dev',
    secret: 'Harbor12345-dev',
    grants: { 'library/*': ['pull', 'push'] }
  }
} satisfies Record<string, RegistryAccount>

/** A Harbor installation. */
export const HARBOR_SPEC: RegistrySpec = {
  family: 'harbor',
  auth: 'bearer',
  realmPath: '/service/token',
  service: () => 'harbor-registry',
  // models.Token as MakeToken fills it: the JWT, an empty `access_token`
  // (no omitempty), `expires_in` of token_expiration (30 minutes by
  // default) and `issued_at` in RFC 3339 to the second
  // (docs/registries.md §4 (d), §14 (c))
  tokens: {
    format: 'jwt',
    fields: ['token'],
    lifetimeSeconds: HARBOR_TOKEN_SECONDS,
    extra: (issued) => ({
      access_token: '',
      expires_in: HARBOR_TOKEN_SECONDS,
      issued_at: issued.toISOString().replace(/\.\d{3}Z$/, 'Z')
    })
  },
  // Harbor proxies uploads, and paths it has no route for, to its
  // distribution (src/server/registry/route.go): distribution's 202 and
  // 404 (§14 (a), (b))
  anonymousTokens: true,
  answers: {
    unauthorized: HARBOR_ANSWERS.unauthorized,
    badCredentials: HARBOR_ANSWERS.badCredentials,
    uploadDenied: HARBOR_ANSWERS.uploadDenied,
    cancel: HARBOR_ANSWERS.cancel
  },
  accounts: Object.values(HARBOR_ACCOUNTS)
}

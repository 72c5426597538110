/**
 * Google Artifact Registry as its users saw it answer (docs/registries.md
 * §6): a token service at `/v2/token` of the registry's own host that
 * takes `_json_key`, `_json_key_base64` and `oauth2accesstoken` in Basic
 * authentication, checks IAM when a token is asked for (a request for push
 * without the writer role is refused there, 403 DENIED), and hands out
 * opaque tokens; an upload is refused with the same wording. The accounts
 * are fake test data: the keys hold no real private key.
 */
import type { Answer, RegistryAccount, RegistrySpec } from './engine.js'
import { errors } from './ghcr.js'

/** The project and repository the accounts are granted on. */
export const GAR_PROJECT = 'acme-ci'
export const GAR_REPOSITORY = `${GAR_PROJECT}/app`

/** Artifact Registry's answers, by what they mean. */
export const GAR_ANSWERS = {
  // a request without a (valid) credential
  unauthorized: {
    status: 401,
    body: errors(
      'UNAUTHORIZED',
      'not authenticated: No valid credential was supplied.'
    ),
    source:
      'docs/registries.md §6 (f): kubernetes/k8s.io#3192, gitpod-io/gitpod#11454'
  },
  // a key or access token the token service refuses
  badCredentials: {
    status: 401,
    body: errors('UNAUTHORIZED', 'authentication failed'),
    source:
      'docs/registries.md §6 (f): kasmtech/workspaces-issues#400 (the status is inferred from the code: no posted answer shows it, §14 (f))'
  },
  // push asked for, at the token service or an upload, without the role
  uploadDenied: {
    status: 403,
    body: errors(
      'DENIED',
      `Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/${GAR_PROJECT}/locations/us/repositories/app" (or it may not exist)`
    ),
    source:
      'docs/registries.md §6 (f): google/ax#140 (at GET /v2/token), GoogleCloudPlatform/cymbal-superstore#4 (at push); 403 as BuildKit reported it'
  },
  // the cancellation of an upload
  cancel: {
    status: 204,
    body: '',
    source:
      'opencontainers/distribution-spec end-14 (docs/registries.md §11); what Artifact Registry answers is not sourced [I]'
  }
} satisfies Record<string, Answer>

/** A service-account key file as Google hands it out (fake test data). */
export function fakeKey(account: string, mark: string): string {
  const body = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${mark.repeat(16)}FAKEKEYFORTESTSONLY`
  return JSON.stringify(
    {
      type: 'service_account',
      project_id: GAR_PROJECT,
      private_key_id: `${mark}0f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3`.slice(
        0,
        40
      ),
      private_key: `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`,
      client_email: `${account}@${GAR_PROJECT}.iam.gserviceaccount.com`,
      client_id: '112233445566778899001',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
      universe_domain: 'googleapis.com'
    },
    null,
    2
  )
}

/** A Google OAuth access token's shape (fake test data). */
const accessToken = (mark: string): string =>
  `ya29.a0${mark}${'Xk7Qp2Lm9Rt4'.repeat(14)}`

const writer = { [`${GAR_REPOSITORY}/*`]: ['pull', 'push'] } as const
const reader = { [`${GAR_REPOSITORY}/*`]: ['pull'] } as const

/** The accounts: who may push where, and how the registry says no. */
export const GAR_ACCOUNTS = {
  /** a key of a service account with roles/artifactregistry.writer */
  writerKey: {
    username: '_json_key',
    secret: fakeKey('ci-pusher', 'W'),
    grants: writer
  },
  /** a key of a service account with roles/artifactregistry.reader, base64 */
  readerKeyBase64: {
    username: '_json_key_base64',
    secret: Buffer.from(fakeKey('ci-reader', 'R')).toString('base64'),
    grants: reader
  },
  /** an access token of the writer, from google-github-actions/auth */
  writerToken: {
    username: 'oauth2accesstoken',
    secret: accessToken('W'),
    grants: writer
  },
  /** an access token more than an hour old */
  expiredToken: {
    username: 'oauth2accesstoken',
    secret: accessToken('X'),
    grants: {},
    refusal: GAR_ANSWERS.badCredentials
  },
  /** a key that was deleted (or whose service account was) */
  deletedKey: {
    username: '_json_key',
    secret: fakeKey('ci-gone', 'D'),
    grants: {},
    refusal: GAR_ANSWERS.badCredentials
  }
} satisfies Record<string, RegistryAccount>

/** Artifact Registry's registry (one location's host). */
export const GAR_SPEC: RegistrySpec = {
  family: 'gar',
  auth: 'bearer',
  realmPath: '/v2/token',
  service: (host) => host,
  // `{"token"}`: no answer of Artifact Registry's token service was found
  // posted, so it carries no field no source shows (docs/registries.md
  // §14 (c)) [I]; its 202 and 404 are distribution's (§14 (a), (b)) [I]
  tokens: { format: 'opaque', fields: ['token'] },
  answers: {
    unauthorized: GAR_ANSWERS.unauthorized,
    badCredentials: GAR_ANSWERS.badCredentials,
    uploadDenied: GAR_ANSWERS.uploadDenied,
    scopeDenied: GAR_ANSWERS.uploadDenied,
    cancel: GAR_ANSWERS.cancel
  },
  accounts: Object.values(GAR_ACCOUNTS)
}

/**
 * Quay as its source and its users show it (docs/registries.md §3): a
 * Bearer challenge with realm `/v2/auth` and the server's host as service,
 * JWTs granting what the credential may do (nothing on a repository that
 * does not exist and that it may not create), a robot refused with `Could
 * not find robot with username: …`, a user with `Invalid Username or
 * Password`, and the registry's `access to the requested resource is not
 * authorized` for the rest.
 */
import type {
  Answer,
  RegistryAccount,
  RegistrySpec,
  UploadStarted
} from './engine.js'

/** Quay's error body: code, message and an empty detail. */
function quayError(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message, detail: {} }] })
}

/** Quay's answers, by what they mean. */
export const QUAY_ANSWERS = {
  // GET /v2/ without a credential: "true" with the challenge
  unauthorized: {
    status: 401,
    body: 'true',
    source:
      'docs/registries.md §3 (d): quay/quay endpoints/v2/__init__.py v2_support_enabled'
  },
  userRefused: {
    status: 401,
    body: quayError('UNAUTHORIZED', 'Invalid Username or Password'),
    source:
      'docs/registries.md §3 (d): quay/quay data/users/database.py, endpoints/v2/errors.py InvalidLogin'
  },
  robotRefused: {
    status: 401,
    body: quayError(
      'UNAUTHORIZED',
      'Could not find robot with username: acme+ci and supplied password.'
    ),
    source:
      'docs/registries.md §3 (d): quay/quay data/model/user.py verify_robot'
  },
  // a repository the token does not allow (or that does not exist)
  uploadDenied: {
    status: 401,
    body: quayError(
      'UNAUTHORIZED',
      'access to the requested resource is not authorized'
    ),
    source:
      'docs/registries.md §3 (d): quay/quay endpoints/v2/errors.py Unauthorized; jaegertracing/jaeger#2498'
  },
  cancel: {
    status: 204,
    body: '',
    source:
      'docs/registries.md §11 [I]: Quay implements the V2 API, whose cancellation answers 204'
  },
  // a path the registry app has no route for: Werkzeug's NotFound page
  // (no 404 handler is registered for it), Flask's text/html
  notFound: {
    status: 404,
    body:
      '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n' +
      '<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n',
    headers: { 'content-type': 'text/html; charset=utf-8' },
    bare: true,
    source:
      'docs/registries.md §14 (b): quay/quay registry.py (v1 and v2 blueprints only), endpoints/v2/__init__.py (no 404 handler); pallets/werkzeug 3.0.6 exceptions.py NotFound'
  }
} satisfies Record<string, Answer>

/**
 * Quay's `202` to `POST /v2/<name>/blobs/uploads/`: `Docker-Upload-UUID`,
 * `Range: bytes=0--1` (`_render_range(0)`: the bytes received, less one)
 * and an absolute `Location`, in a Flask `Response` (text/html, empty);
 * no API version header (docs/registries.md §14 (a): quay/quay
 * endpoints/v2/blob.py `start_blob_upload`).
 */
export const QUAY_UPLOAD_STARTED: UploadStarted = ({
  id,
  repository,
  host
}) => ({
  'content-type': 'text/html; charset=utf-8',
  'content-length': '0',
  'docker-upload-uuid': id,
  range: 'bytes=0--1',
  location: `http://${host}/v2/${repository}/blobs/uploads/${id}`
})

/** A robot token (fake test data). */
const robotToken = (mark: string): string =>
  `${mark}${'Q7KX2M9PLR'.repeat(6)}`.slice(0, 64)

/** The accounts (fake test data). */
export const QUAY_ACCOUNTS = {
  /** a robot with Write on acme/app (which exists) */
  robotWrite: {
    username: 'acme+ci',
    secret: robotToken('W'),
    grants: { 'acme/app': ['pull', 'push'] }
  },
  /** a robot with Read on acme/app */
  robotRead: {
    username: 'acme+reader',
    secret: robotToken('R'),
    grants: { 'acme/app': ['pull'] }
  },
  /** a user who owns the namespace alice (may create repositories there) */
  user: {
    username: 'alice',
    secret: 'encrypted-password-of-alice',
    grants: { 'alice/*': ['pull', 'push'] }
  }
} satisfies Record<string, RegistryAccount>

/** A Quay registry (quay.io, or Red Hat Quay at any host). */
export const QUAY_SPEC: RegistrySpec = {
  family: 'quay',
  auth: 'bearer',
  realmPath: '/v2/auth',
  // SERVER_HOSTNAME: the registry's own host
  service: (host) => host,
  // `jsonify({"token": token})`, valid TOKEN_VALIDITY_LIFETIME_S (an hour)
  // (docs/registries.md §3 (d), §14 (c))
  tokens: { format: 'jwt', fields: ['token'], lifetimeSeconds: 3600 },
  uploadStarted: QUAY_UPLOAD_STARTED,
  notFound: QUAY_ANSWERS.notFound,
  answers: {
    unauthorized: QUAY_ANSWERS.unauthorized,
    badCredentials: QUAY_ANSWERS.userRefused,
    // robots (`<namespace>+<robot>`) are refused in their own words
    badCredentialsFor: (username) =>
      username.includes('+') ? QUAY_ANSWERS.robotRefused : undefined,
    uploadDenied: QUAY_ANSWERS.uploadDenied,
    cancel: QUAY_ANSWERS.cancel
  },
  accounts: Object.values(QUAY_ACCOUNTS)
}

/**
 * Google Artifact Registry and Container Registry (docs/registries.md §6):
 * `<location>-docker.pkg.dev` and `gcr.io` hosts, a token service at
 * `/v2/token` that checks IAM when a token is asked for, opaque tokens, and
 * three usernames: `_json_key` and `_json_key_base64` (a service-account
 * key) and `oauth2accesstoken` (an access token, `ya29.…`, one hour).
 */
import type { Profile, ShapeProblem } from './types.js'

/** Container Registry's hosts, served by Artifact Registry since 2025. */
export const GCR_HOSTS = [
  'gcr.io',
  'us.gcr.io',
  'eu.gcr.io',
  'asia.gcr.io',
  'marketplace.gcr.io'
]
/** An Artifact Registry Docker host: `<location>-docker.pkg.dev`. */
export const GAR_HOST = /^[a-z0-9-]+-docker\.pkg\.dev$/

/** The usernames Artifact Registry takes (docs/registries.md §6 (b)). */
export const GAR_USERNAMES = [
  '_json_key',
  '_json_key_base64',
  'oauth2accesstoken'
] as const

/** What a service-account key needs (docs/registries.md §6 (d), (g)). */
const KEY_FIELDS = ['client_email', 'private_key'] as const

/**
 * Why a `_json_key` (or, base64-encoded, `_json_key_base64`) password
 * cannot be a service-account key, or undefined when it may be one. Only
 * what no key can be is refused: text that is not JSON, a JSON value that
 * is not an object, a workload identity federation configuration, and a
 * `service_account` key without its email or private key. Surrounding
 * whitespace, line breaks between fields (a key file as it is saved) and
 * any size the action takes are no reason; nor is another `type`, which
 * the registry decides. Never quotes the value.
 */
export function serviceAccountKeyProblem(
  password: string,
  base64: boolean
): string | undefined {
  let text = password.trim()
  if (base64) {
    if (text.startsWith('{')) {
      return 'the _json_key_base64 password is the key JSON itself, not base64: use username _json_key for it'
    }
    if (!/^[A-Za-z0-9+/=_\s-]+$/.test(text)) {
      return 'the _json_key_base64 password is not base64'
    }
    text = Buffer.from(text, 'base64').toString('utf8').trim()
  }
  // a file saved with a byte order mark
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1).trimStart()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return notJson(text, base64)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return 'the key is JSON but not an object'
  }
  const key = json as Record<string, unknown>
  if (key.type === 'external_account') {
    return 'it is a workload identity federation configuration (type external_account), which holds no key: log in with an access token and username oauth2accesstoken'
  }
  if (key.type !== 'service_account') return undefined
  const missing = KEY_FIELDS.filter(
    (field) => typeof key[field] !== 'string' || key[field] === ''
  )
  if (missing.length > 0) {
    return `the service_account key has no ${missing.join(' and ')}`
  }
  if (!(key.private_key as string).includes('PRIVATE KEY')) {
    return 'the private_key of the key is not a PEM private key'
  }
  return undefined
}

/** Why text that does not parse as JSON is no key, and what it is instead. */
function notJson(text: string, base64: boolean): string {
  if (base64) {
    return 'the _json_key_base64 password does not decode to JSON'
  }
  if (/^ya29\./.test(text)) {
    return 'it is an access token (ya29.…): use username oauth2accesstoken for it'
  }
  if (/^[A-Za-z0-9+/]{40,}={0,2}$/.test(text.replace(/\s/g, ''))) {
    return 'it looks base64-encoded: use username _json_key_base64 for it'
  }
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----\r?\n/.test(text)) {
    return 'the private_key holds real line breaks where the key file has \\n: store the file exactly as it was downloaded'
  }
  return 'the _json_key password is not JSON'
}

/**
 * Why an `oauth2accesstoken` password cannot be an access token, or
 * undefined: a service-account key pasted instead, or the text of a
 * command that no shell ran (`with:` inputs are not run by one).
 */
export function accessTokenProblem(password: string): string | undefined {
  const text = password.trim()
  if (text.startsWith('{')) {
    return 'it is a JSON document (a service-account key?): use username _json_key for a key'
  }
  if (/print-access-token|gcloud\s+auth/.test(text)) {
    return 'it is the text of a gcloud command, not its output: inputs are not run by a shell'
  }
  return undefined
}

/** Google Artifact Registry (and Container Registry, which it serves). */
export const GAR: Profile = {
  id: 'gar',
  name: 'Google Artifact Registry',
  recognise: { hosts: GCR_HOSTS, hostPatterns: [GAR_HOST] },
  // docs/registries.md §6 (e): realm /v2/token of the host itself
  challenge: (host) => ({ realm: `https://${host}/v2/token`, service: host }),
  credentials: [
    {
      kind: 'gcp-service-account-key',
      test: (_value, username) =>
        username === '_json_key' || username === '_json_key_base64',
      isToken: false,
      check: (password, username): ShapeProblem | undefined => {
        const problem = serviceAccountKeyProblem(
          password,
          username === '_json_key_base64'
        )
        return problem
          ? {
              problem: 'not-a-service-account-key',
              diagnosis: 'malformed-credentials',
              detail: problem
            }
          : undefined
      }
    },
    {
      kind: 'gcp-access-token',
      test: (_value, username) => username === 'oauth2accesstoken',
      isToken: false,
      check: (password): ShapeProblem | undefined => {
        const problem = accessTokenProblem(password)
        return problem
          ? {
              problem: 'not-an-access-token',
              diagnosis: 'malformed-credentials',
              detail: problem
            }
          : undefined
      }
    }
  ],
  texts: () => import('./texts/gar.js').then((m) => m.REMEDIATION)
}

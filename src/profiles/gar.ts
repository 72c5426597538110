/**
 * Google Artifact Registry and Container Registry (docs/registries.md §6):
 * `<region>-docker.pkg.dev` and `gcr.io` hosts; `_json_key`,
 * `_json_key_base64` and `oauth2accesstoken` users.
 */
import type { Profile } from './types.js'

/** What a service-account key holds (docs/registries.md §6 (d)). */
const KEY_FIELDS = ['type', 'client_email', 'private_key']

/**
 * Why a `_json_key` password is not a service-account key, or undefined
 * when it is one.
 */
export function serviceAccountKeyProblem(
  password: string,
  base64: boolean
): string | undefined {
  let text = password
  if (base64) {
    if (!/^[A-Za-z0-9+/=_\s-]+$/.test(password)) {
      return 'the _json_key_base64 password is not base64'
    }
    text = Buffer.from(password, 'base64').toString('utf8')
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return base64
      ? 'the _json_key_base64 password does not decode to JSON'
      : 'the _json_key password is not JSON'
  }
  const key = json as Record<string, unknown> | null
  if (typeof key !== 'object' || key === null || Array.isArray(key)) {
    return 'the key is not a JSON object'
  }
  const missing = KEY_FIELDS.filter((field) => typeof key[field] !== 'string')
  if (missing.length > 0) return `the key has no ${missing.join(', ')}`
  if (key.type !== 'service_account') {
    return "the key's type is not service_account"
  }
  return undefined
}

/** Google Artifact Registry (and Container Registry). */
export const GAR: Profile = {
  id: 'gar',
  name: 'Google Artifact Registry',
  recognise: {
    hosts: [
      'gcr.io',
      'us.gcr.io',
      'eu.gcr.io',
      'asia.gcr.io',
      'marketplace.gcr.io'
    ],
    hostPatterns: [/^[a-z0-9-]+-docker\.pkg\.dev$/]
  },
  credentials: [
    {
      kind: 'gcp-service-account-key',
      test: (_value, username) =>
        username === '_json_key' || username === '_json_key_base64',
      isToken: false,
      check: (password, username) => {
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
      isToken: false
    }
  ],
  rules: [
    {
      id: 'GAR001',
      diagnosis: 'insufficient-scope',
      match: ['artifactregistry.repositories.uploadartifacts'],
      source: 'Google Artifact Registry push without the writer role'
    }
  ],
  refinements: [],
  remediation: {}
}

/**
 * Google Artifact Registry and Container Registry (docs/registries.md §6):
 * `<location>-docker.pkg.dev` and `gcr.io` hosts, a token service at
 * `/v2/token` that checks IAM when a token is asked for, opaque tokens, and
 * three usernames: `_json_key` and `_json_key_base64` (a service-account
 * key) and `oauth2accesstoken` (an access token, `ya29.…`, one hour).
 */
import type { Evidence } from '../evidence.js'
import { describeFinding } from '../findings.js'
import { REFINING_PROBLEMS } from './common.js'
import type { Profile, Refined, ShapeProblem } from './types.js'

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

/**
 * A refused key is not refined into a malformed one for its line breaks or
 * spaces: a key file has them between its fields. Other findings (quotes,
 * an unexpanded variable, invisible characters) still are.
 */
function refineKey(evidence: Evidence): Refined | undefined {
  const { credentialKind, findings } = evidence.input
  const username = evidence.username.trim()
  if (credentialKind === 'gcp-service-account-key') {
    const suspicious = findings.filter(
      (f) =>
        REFINING_PROBLEMS.includes(f.problem) &&
        !(
          f.input === 'password' &&
          (f.problem === 'newline' || f.problem === 'inner-whitespace')
        )
    )
    if (suspicious.length > 0) {
      return {
        diagnosis: 'malformed-credentials',
        lines: suspicious.map(describeFinding),
        changed: true
      }
    }
    return {
      diagnosis: 'invalid-credentials',
      lines: [
        "the password reads as a service-account key (its line breaks and spaces are the JSON file's): the key or its account is most likely deleted or disabled"
      ],
      changed: false
    }
  }
  if (findings.some((f) => REFINING_PROBLEMS.includes(f.problem))) {
    return undefined
  }
  if (credentialKind === 'gcp-access-token') {
    return {
      diagnosis: 'invalid-credentials',
      lines: [
        'the password is an access token (oauth2accesstoken): one lasts an hour, and an expired or cut one is refused like this'
      ],
      changed: false
    }
  }
  if (!(GAR_USERNAMES as readonly string[]).includes(username)) {
    return {
      diagnosis: 'invalid-credentials',
      lines: [
        'the username is none of _json_key, _json_key_base64 and oauth2accesstoken, the only ones Artifact Registry takes'
      ],
      changed: false
    }
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
  // docs/registries.md §6 (c), (f); the more specific first
  rules: [
    {
      // before GAR001 and GAR003, whose permissions it names
      id: 'GAR002',
      diagnosis: 'registry-mismatch',
      match: ['unauthenticated request. unauthenticated requests do not have'],
      source:
        'Artifact Registry when docker sends no login for that host (docs/registries.md §6 (f): GoogleCloudPlatform/generative-ai#693, RafikFarhad/push-to-gcr-github-action#48)'
    },
    {
      id: 'GAR001',
      diagnosis: 'insufficient-scope',
      match: ['artifactregistry.repositories.uploadartifacts'],
      source:
        'Artifact Registry push without the writer role, at the token request and at push (docs/registries.md §6 (c), (f): google/ax#140, GoogleCloudPlatform/cymbal-superstore#4)'
    },
    {
      id: 'GAR003',
      diagnosis: 'insufficient-scope',
      match: ['artifactregistry.repositories.downloadartifacts'],
      source:
        'Artifact Registry pull (or push, which reads too) without the reader role (docs/registries.md §6 (f): google-github-actions/auth#50, influxdata/docs-v2)'
    },
    {
      id: 'GAR004',
      diagnosis: 'malformed-credentials',
      match: ['unable to parse json key'],
      source:
        'gcr.io / pkg.dev token service given a _json_key password that is no key JSON (docs/registries.md §6 (f): whoan/docker-build-with-cache-action#50, docker/cli#650, RafikFarhad/push-to-gcr-github-action#30)'
    },
    {
      id: 'GAR005',
      diagnosis: 'invalid-credentials',
      match: ['unauthorized: authentication failed'],
      source:
        'Artifact Registry refusing a key or access token at login (docs/registries.md §6 (f): kasmtech/workspaces-issues#400)'
    },
    {
      id: 'GAR006',
      diagnosis: 'token-expired',
      match: [
        ['-docker.pkg.dev/v2/token', '401 unauthorized'],
        ['gcr.io/v2/token', '401 unauthorized'],
        'not authenticated: no valid credential was supplied'
      ],
      source:
        'BuildKit refused a new token after an hour-long build, and the registry an expired access token (docs/registries.md §6 (f): docker/buildx#1205, docker/buildx#3977, gitpod-io/gitpod#11454, kubernetes/k8s.io#3192)'
    },
    {
      id: 'GAR007',
      diagnosis: 'invalid-credentials',
      match: [
        "you don't have the needed permissions to perform this operation, and you may have invalid credentials"
      ],
      source:
        'Container Registry (gcr.io) refusing a missing or invalid login (docs/registries.md §6 (f): replicatedhq/ship#1054, sourcegraph/sourcegraph-public-snapshot#5324)'
    },
    {
      id: 'GAR011',
      diagnosis: 'insufficient-scope',
      match: [
        ['token exchange failed for project', 'does not have permission']
      ],
      source:
        "Container Registry (gcr.io) for an account without the storage role on the project's bucket: \"denied: Token exchange failed for project '…'. Caller does not have permission 'storage.buckets.get'.\" (cloud.google.com/container-registry/docs/access-control; RafikFarhad/push-to-gcr-github-action#13)"
    },
    {
      id: 'GAR012',
      diagnosis: 'invalid-credentials',
      match: [['/v2/token', 'unauthorized: not authorized']],
      source:
        'gcr.io\'s token endpoint refusing the credential: "GET https://gcr.io/v2/token?scope=…: UNAUTHORIZED: Not Authorized." (kaniko push check, GoogleContainerTools/kaniko#1793)'
    },
    {
      id: 'GAR008',
      diagnosis: 'repository-not-found',
      match: ['missing image name. pushes should be of the form'],
      source:
        'Artifact Registry push to HOST/PROJECT/REPOSITORY without an image name (docs/registries.md §6 (f): docker/build-push-action#171)'
    },
    {
      id: 'GAR010',
      diagnosis: 'repository-not-found',
      match: [
        'not_found: requested entity was not found',
        'code = notfound desc = requested entity was not found'
      ],
      source:
        'gcloud and the Artifact Registry API for a repository that does not exist (docs/registries.md §6 (f): googlecodelabs/feedback#1960, GoogleCloudPlatform/cloud-run-button#273)'
    },
    {
      // w-cloud: google-github-actions/auth (and any action using
      // @actions/core getIDToken) in a job without id-token: write, or
      // from a fork or Dependabot
      id: 'GAR013',
      diagnosis: 'missing-credentials',
      match: [
        'did not inject $actions_id_token_request_token',
        'unable to get actions_id_token_request_url env variable',
        '$actions_id_token_request_token is not set'
      ],
      source:
        'google-github-actions/auth: "gitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork." (google-github-actions/auth#260, mozilla/fx-private-relay#6057); @actions/core getIDToken: "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable" (google-github-actions/auth#62, #51 under Dependabot); older: "$ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set" (google-github-actions/auth#16)'
    },
    {
      // w-cloud: Workload Identity Federation refusing GitHub's OIDC token
      id: 'GAR016',
      diagnosis: 'invalid-credentials',
      match: ['the given credential is rejected by the attribute condition'],
      source:
        'Google STS for a Workload Identity Federation provider whose attribute condition the OIDC token does not meet: "failed to generate Google Cloud federated token for //iam.googleapis.com/…: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}" (terraform-google-modules/terraform-example-foundation#1362, circleci/circleci-docs#8541; google-github-actions/auth docs/TROUBLESHOOTING.md, google-github-actions/auth#132)'
    },
    {
      // w-cloud: a service-account key that was deleted or rotated
      id: 'GAR014',
      diagnosis: 'invalid-credentials',
      match: ['invalid_grant: invalid jwt signature'],
      source:
        'Google OAuth refusing a deleted or rotated service-account key: "ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature." (google-github-actions/setup-gcloud#76: "key had been rotated"; kubernetes/test-infra#9373, googleapis/java-firestore#2290)'
    },
    {
      // w-cloud: Application Default Credentials found nothing
      // (docker-credential-gcr, Go tools using golang.org/x/oauth2/google)
      id: 'GAR015',
      diagnosis: 'missing-credentials',
      match: ['could not find default credentials'],
      source:
        'golang.org/x/oauth2/google FindDefaultCredentials: "google: could not find default credentials. See https://developers.google.com/accounts/docs/application-default-credentials for more information." (GoogleCloudPlatform/gcr-cleaner#99 after a docker login with a key, GoogleCloudPlatform/gcsfuse#121); docker-credential-gcr prints it after "could not retrieve GCR\'s access token" (GoogleCloudPlatform/docker-credential-gcr#119)'
    },
    {
      id: 'GAR009',
      diagnosis: 'credential-store-error',
      match: [
        ['docker-credential-gc', 'not installed or not available in path'],
        'you do not currently have an active account selected'
      ],
      source:
        "gcloud's docker credential helper missing or not logged in (docs/registries.md §6 (f): wurstmeister/kafka-docker#621, canonical/docker-snap#19, CiscoDevNet/yangsuite#131)"
    },
    {
      // a user account's session that Google wants re-authenticated: the
      // helper cannot answer the challenge in a job
      id: 'GAR017',
      diagnosis: 'token-expired',
      match: [
        'reauth related error (invalid_rapt)',
        'reauthentication challenge could not be answered because you are not in an interactive session'
      ],
      source:
        'docs/registries.md §13a (h): docker-credential-gcr "could not retrieve GCR\'s access token: oauth2: cannot fetch token: 400 Bad Request … "error_description": "reauth related error (invalid_rapt)"" (GoogleCloudPlatform/docker-credential-gcr#113); gcloud "There was a problem reauthenticating while refreshing your current auth tokens: Reauthentication challenge could not be answered because you are not in an interactive session." (kubernetes/kubernetes#96289)'
    }
  ],
  refinements: [
    {
      id: 'GAR101',
      from: 'invalid-credentials',
      refine: refineKey,
      source:
        'docs/registries.md §6 (g): a key file has line breaks and spaces; the usernames Artifact Registry takes'
    }
  ],
  texts: () => import('./texts/gar.js').then((m) => m.REMEDIATION)
}

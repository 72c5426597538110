/**
 * Google Artifact Registry and Container Registry (docs/registries.md §6):
 * `<location>-docker.pkg.dev` and `gcr.io` hosts, a token service at
 * `/v2/token` that checks IAM when a token is asked for, opaque tokens, and
 * three usernames: `_json_key` and `_json_key_base64` (a service-account
 * key) and `oauth2accesstoken` (an access token, `ya29.…`, one hour).
 */
import type { Evidence } from '../evidence.js'
import { describeFinding } from '../findings.js'
import { ACTION_USES, LINKS, REFINING_PROBLEMS } from './common.js'
import type {
  Profile,
  Refined,
  RemediationTable,
  ShapeProblem
} from './types.js'

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

const LINKS_GAR = {
  auth: 'https://cloud.google.com/artifact-registry/docs/docker/authentication',
  roles: 'https://cloud.google.com/artifact-registry/docs/access-control',
  repositories:
    'https://cloud.google.com/artifact-registry/docs/repositories/create-repos',
  names: 'https://cloud.google.com/artifact-registry/docs/docker/names',
  githubAuth: 'https://github.com/google-github-actions/auth',
  status: 'https://status.cloud.google.com/'
} as const

/** Logging in with a service-account key stored as a secret. */
const KEY_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: _json_key',
  '    password: ${{ secrets.GCP_SA_KEY }} # the key file, as downloaded'
].join('\n')

const KEY_SKIP_IF_MISSING_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: _json_key',
  '    password: ${{ secrets.GCP_SA_KEY }}',
  '    # fork pull requests and Dependabot runs build without logging in',
  '    skip-if-missing: true'
].join('\n')

/** The steps of a login without a key (workload identity federation). */
const WIF_STEP =
  'Without a key: google-github-actions/auth@v2 with `workload_identity_provider`, `service_account` and `token_format: access_token` (the job needs `permissions: id-token: write`), then log in with `username: oauth2accesstoken` and `password: ${{ steps.auth.outputs.access_token }}` in the same job.'
const KEY_STEP =
  'With a key: IAM → Service accounts → the account → Keys → Add key → JSON; store the downloaded file as a repository secret unchanged (its line breaks are fine) and log in with `username: _json_key`, or base64-encode it (`base64 -w0 key.json`) for `username: _json_key_base64`.'
const WRITER_STEP =
  'Grant the service account Artifact Registry Writer on the repository: `gcloud artifacts repositories add-iam-policy-binding REPOSITORY --location=LOCATION --member=serviceAccount:NAME@PROJECT.iam.gserviceaccount.com --role=roles/artifactregistry.writer` (Reader is enough to pull).'

const REMEDIATION: RemediationTable = {
  'missing-credentials': { snippet: KEY_SKIP_IF_MISSING_SNIPPET },

  'malformed-credentials': {
    error:
      'store the key file unchanged as the secret and use username _json_key (or base64 it for _json_key_base64)',
    why: 'The password is not what {registry} can take: a key must be the JSON file of a service account exactly as downloaded (or that file base64-encoded, for _json_key_base64), and an access token the token alone. Quotes, a literal $, an expression or variable that was never expanded, or a mangled key are refused.',
    steps: [
      KEY_STEP,
      'Write the input exactly as `password: ${{ secrets.GCP_SA_KEY }}`: one $, no quotes; a `$VAR` or `$(command)` in a `with:` block is neither expanded nor run.',
      'For an access token, use `username: oauth2accesstoken` and only the token (it starts with ya29.).'
    ],
    docs: [LINKS_GAR.auth, LINKS.githubSecrets],
    snippet: KEY_SNIPPET
  },

  'invalid-credentials': {
    title: '{registry} refused the key or token',
    error:
      'use a key of an existing service account (username _json_key), or an access token made in this job (oauth2accesstoken)',
    why: '{registry} refused the credential: the service-account key was deleted or disabled (or its account was), the access token has expired (they last one hour) or is not one, or the username is not one of _json_key, _json_key_base64 and oauth2accesstoken.',
    steps: [
      'Check the username: `_json_key` (the key JSON), `_json_key_base64` (the key base64-encoded) or `oauth2accesstoken` (an access token); no other name works.',
      KEY_STEP,
      WIF_STEP
    ],
    docs: [LINKS_GAR.auth, LINKS_GAR.githubAuth],
    snippet: KEY_SNIPPET
  },

  'token-expired': {
    title: 'The Google access token has expired',
    error:
      'get the access token in the same job right before logging in: it lasts one hour',
    why: 'An OAuth access token (username oauth2accesstoken) lasts one hour by default; {registry} refuses it after that, also in the middle of a long build that fetched it at the start.',
    steps: [
      WIF_STEP,
      'Do not store an access token as a secret; for builds longer than an hour, log in again before pushing, or use a service-account key (`username: _json_key`).'
    ],
    docs: [LINKS_GAR.auth, LINKS_GAR.githubAuth]
  },

  'insufficient-scope': {
    title: 'The service account may not push there',
    error:
      'grant the service account roles/artifactregistry.writer on the repository (reader only pulls)',
    why: '{registry} refused the push: the account lacks the permission artifactregistry.repositories.uploadArtifacts on the repository, or the repository does not exist: Artifact Registry words both the same ("or it may not exist").',
    steps: [
      WRITER_STEP,
      'Check the image name: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE, with the project ID and a repository that exists in that location (`gcloud artifacts repositories list --location=LOCATION`).',
      'IAM changes take a minute or two to apply; re-run then.'
    ],
    docs: [LINKS_GAR.roles, LINKS_GAR.repositories]
  },

  'registry-mismatch': {
    title: 'The push target is on another registry host',
    error:
      'log in to the exact host of the image (LOCATION-docker.pkg.dev): a login to {registry} does not cover another location',
    why: 'docker keeps one login per host, and each Artifact Registry location has its own host (us-docker.pkg.dev, europe-west1-docker.pkg.dev…): a login to {registry} is not sent to another one, and that push is refused as an unauthenticated request.',
    steps: [
      'Take the host from the image reference (the part before the first /) and set it as `registry:`, character for character.',
      'Pushing to several locations: one login step per host.',
      '`gcloud auth configure-docker HOST` likewise writes one entry per host, for the hosts it is given.'
    ],
    docs: [LINKS_GAR.auth, LINKS.login]
  },

  'repository-not-found': {
    title: 'The Artifact Registry repository does not exist',
    error:
      'create the repository (gcloud artifacts repositories create) or fix the name: HOST/PROJECT/REPOSITORY/IMAGE',
    why: 'Artifact Registry creates images on push, but not repositories, and its image names have three parts after the host: the project, a repository that exists in that location, and the image.',
    steps: [
      'Create it: `gcloud artifacts repositories create REPOSITORY --repository-format=docker --location=LOCATION --project=PROJECT`.',
      'Name images LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE.',
      'A repository that does not exist and a private one this credential may not read are refused alike: if it exists and is private, log in to {registry} with a credential that may read it.',
      'gcr.io hosts are served by a repository named after the host: create it once (`gcloud artifacts repositories create gcr.io --repository-format=docker --location=us`; eu.gcr.io in europe, asia.gcr.io in asia).'
    ],
    docs: [LINKS_GAR.repositories, LINKS_GAR.names]
  },

  'credential-store-error': {
    why: 'docker login reached {registry}, but the docker credential helper configured for it failed. `gcloud auth configure-docker` sends Artifact Registry hosts to docker-credential-gcloud (credHelpers), which needs gcloud installed and logged in, and cannot store a docker login.',
    steps: [
      'Look up `credHelpers` in the docker config on the runner ($DOCKER_CONFIG/config.json, by default ~/.docker/config.json).',
      'Logging in with this action: remove the entry for this host, so that docker keeps the login itself.',
      'Or keep gcloud as the helper and skip this action: google-github-actions/setup-gcloud, then `gcloud auth configure-docker HOST` in the same job.'
    ],
    docs: [LINKS_GAR.auth, LINKS.credentialStores],
    cases: {
      'credential-helper': {
        title: 'The docker credential helper {helper} failed',
        error:
          'remove {setting} from the docker config to log in with this step, or install gcloud and log it in',
        why: 'docker login reached {registry}, but {helper}, the credential helper that {setting} in the docker config names, failed. `gcloud auth configure-docker` writes such entries for docker-credential-gcloud, which needs gcloud installed and logged in, and cannot store a docker login.',
        steps: [
          'Logging in with this action: remove {setting} from {config}/config.json (at least the entry for this host), so that docker keeps the login itself.',
          'Or keep gcloud as the helper and skip this action: google-github-actions/auth and google-github-actions/setup-gcloud, then `gcloud auth configure-docker HOST`, in the same job.',
          'Check the helper on the runner: `{helper} list` must answer without an error.'
        ]
      }
    }
  },

  'registry-unreachable': { docs: [LINKS_GAR.status] },
  'preflight-unreachable': { docs: [LINKS_GAR.status, LINKS.actionReadme] },

  'push-not-checked': {
    steps: [
      'Nothing to fix if the build pushes.',
      'If the push fails later with Permission "artifactregistry.repositories.uploadArtifacts" denied: grant the service account roles/artifactregistry.writer on the repository.'
    ]
  }
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
      id: 'GAR009',
      diagnosis: 'credential-store-error',
      match: [
        ['docker-credential-gc', 'not installed or not available in path'],
        'you do not currently have an active account selected'
      ],
      source:
        "gcloud's docker credential helper missing or not logged in (docs/registries.md §6 (f): wurstmeister/kafka-docker#621, canonical/docker-snap#19, CiscoDevNet/yangsuite#131)"
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
  remediation: REMEDIATION
}

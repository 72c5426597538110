/**
 * Property-based tests. The protocol parsers and the judge never throw on
 * random or adversarial input, answer only with known ids, keep each
 * evidence line on one line and never echo the secret; the input checks
 * throw nothing but InputError; nothing is super-linear on long input.
 *
 * Seeds are not fixed: on a failure fast-check prints the seed and the
 * shrunk counterexample; a plain regression `it` pins it once fixed.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import {
  CREDENTIAL_KINDS,
  DIAGNOSIS_IDS,
  WARNING_IDS
} from '../src/diagnosis.js'
import { InputError } from '../src/errors.js'
import type {
  CliResult,
  DockerConfigEvidence,
  EventEvidence,
  Evidence,
  ExchangeStep,
  HttpExchange,
  InputProblem,
  PushEvidence
} from '../src/evidence.js'
import { analyzeInputs, kindOf } from '../src/input-analysis.js'
import {
  afterAwsRefusal,
  judge,
  judgeText,
  speaksOfLogin,
  textAsRead,
  malformedInput,
  offlineVerdict,
  RATE_LIMIT_LOW,
  type Verdict
} from '../src/judge.js'
import { byRequest } from '../src/operation.js'
import {
  allRules,
  GENERIC,
  loadRules,
  PROFILES,
  profileById,
  refinementsFor,
  rulesFor,
  type ProfileId
} from '../src/profiles/index.js'
import type { RemediationCase } from '../src/profiles/types.js'
import {
  grantedActions,
  isJwt,
  parseChallenge,
  parseJwtPayload,
  parseLimitHeader,
  rateLimitOf,
  reasonOf,
  redactTokens,
  retryAfterSeconds,
  TOKEN_FIELDS,
  tokenOf,
  tokensIn
} from '../src/protocol.js'
import {
  HUB_OVERRIDE_ENV,
  registryHost,
  resolveRegistry,
  type RegistryTarget
} from '../src/registry.js'
import { Secrets, withoutCredentials } from '../src/redact.js'
import { pastedText } from '../src/cli.js'
import { parsePushList } from '../src/repository.js'
import { matchRule } from '../src/rules.js'
import { asPlainLog } from '../src/text.js'

// the rule tables are a chunk the code loads before reading a text
await loadRules()
const ALL_RULES = allRules()

/** `FUZZ_RUNS=5000 npx jest fuzz` for a longer hunt. */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) }

const INPUT_PROBLEMS = [
  'username-empty',
  'password-empty',
  'password-dollar-prefix',
  'unexpanded-expression',
  'unexpanded-variable',
  'inner-whitespace',
  'newline',
  'quoted',
  'non-printable',
  'username-email',
  'token-expired',
  'not-a-service-account-key',
  'unsupported-token'
] as const satisfies readonly InputProblem[]

/** The variants of the texts, and the diagnoses each belongs to. */
const CASE_DIAGNOSIS: Record<RemediationCase, Verdict['diagnosis'][]> = {
  'read-only-token': ['insufficient-scope'],
  namespace: ['insufficient-scope'],
  'login-scope': ['insufficient-scope'],
  'aad-token-refused': ['insufficient-scope'],
  username: ['malformed-credentials', 'missing-credentials'],
  password: ['missing-credentials'],
  'credential-helper': ['credential-store-error'],
  'config-file': ['credential-store-error'],
  'config-directory': ['credential-store-error'],
  'after-accepted': ['unknown'],
  'not-a-registry': ['registry-unreachable'],
  'tls-unknown-authority': ['registry-unreachable'],
  'tls-name-mismatch': ['registry-unreachable'],
  'tls-expired': ['registry-unreachable'],
  'proxy-not-set': ['proxy-authentication-required'],
  'github-token': ['insufficient-scope'],
  'package-access': ['insufficient-scope'],
  'aws-access-key': ['invalid-credentials', 'token-expired'],
  'aws-account': ['invalid-credentials'],
  proxy: ['rate-limited'],
  'actions-cache': ['not-a-login-failure'],
  'manifest-unknown': ['not-a-login-failure'],
  platform: ['not-a-login-failure'],
  filesystem: ['not-a-login-failure'],
  'job-token': ['insufficient-scope', 'invalid-credentials'],
  'service-principal-id': ['invalid-credentials'],
  'service-principal-secret': ['invalid-credentials', 'token-expired'],
  'anonymous-pull': ['missing-credentials', 'repository-not-found'],
  'oidc-username': ['invalid-credentials'],
  'registry-role': ['insufficient-scope'],
  'no-login': ['missing-credentials'],
  'config-malformed': ['credential-store-error'],
  'read-denied': ['insufficient-scope'],
  'oidc-id-token': ['registry-unreachable'],
  'docker-context': ['credential-store-error'],
  'gcr-shutdown': ['not-a-login-failure', 'repository-not-found'],
  'blob-storage': ['registry-unreachable'],
  'cloud-service': ['missing-credentials', 'unsupported-credential-kind'],
  'ecr-off': ['invalid-credentials', 'missing-credentials'],
  'official-image': ['repository-not-found'],
  'username-token': ['malformed-credentials'],
  'ci-variable': ['missing-credentials'],
  'gitlab-variable': ['missing-credentials'],
  'auth-file': ['credential-store-error'],
  clock: ['invalid-credentials'],
  'immutable-tag': ['not-a-login-failure'],
  'docker-daemon': ['not-a-login-failure'],
  'tag-resolution': ['missing-credentials'],
  'sa-impersonation': ['insufficient-scope'],
  'oidc-registry': ['missing-credentials'],
  'default-helper': ['credential-store-error'],
  'helper-read-only': ['credential-store-error'],
  'config-unreadable': ['credential-store-error'],
  'ip-allow-list': ['registry-unreachable'],
  'vpc-service-controls': ['registry-unreachable'],
  'list-denied': ['insufficient-scope'],
  'api-rate-limit': ['rate-limited'],
  'oidc-trust-policy': ['aws-access-denied'],
  'web-identity-trust-policy': ['aws-access-denied'],
  'host-as-image-name': ['registry-mismatch'],
  'oidc-rate-limit': ['rate-limited'],
  'project-deleted': ['repository-not-found'],
  'oidc-tls': ['registry-unreachable'],
  'cloud-build': ['insufficient-scope'],
  'account-limit': ['rate-limited'],
  'az-login-expired': ['token-expired'],
  'oidc-assertion-expired': ['token-expired'],
  'federated-credential': ['invalid-credentials'],
  'id-token-permission': ['missing-credentials'],
  'google-adc': ['missing-credentials'],
  'wif-attribute-condition': ['invalid-credentials'],
  'basic-only-client': ['missing-credentials'],
  'jenkins-credentials': ['missing-credentials'],
  'base-image-connector': ['missing-credentials'],
  'kubelet-provider': ['credential-store-error'],
  'auth-file-malformed': ['credential-store-error'],
  'signing-denied': ['insufficient-scope'],
  'api-scope': ['insufficient-scope'],
  'mirror-allowlist': ['registry-unreachable'],
  'maven-settings': ['malformed-credentials'],
  'aws-sso-session': ['token-expired'],
  'public-ecr-login': ['stale-login'],
  'quay-api-token': ['unsupported-credential-kind'],
  'hub-api-token': ['unsupported-credential-kind'],
  'registry-disabled': ['registry-unreachable'],
  'http-to-https-port': ['registry-unreachable'],
  'cloud-shell': ['docker-cli-missing'],
  'aml-sync-keys': ['invalid-credentials'],
  'image-name-missing': ['repository-not-found'],
  'project-not-found': ['repository-not-found'],
  'account-disabled': ['invalid-credentials'],
  'namespace-create-denied': ['insufficient-scope', 'repository-not-found'],
  'protected-path': ['insufficient-scope'],
  'dependency-bot': ['missing-credentials'],
  'tool-cloud-identity': ['missing-credentials'],
  'tags-list-denied': ['insufficient-scope'],
  'tls-to-http-port': ['registry-unreachable'],
  'stored-identity-token': ['invalid-credentials'],
  'service-principal-policy': ['insufficient-scope'],
  reauth: ['token-expired'],
  'package-read-access': ['insufficient-scope', 'repository-not-found'],
  'app-token': ['insufficient-scope'],
  'token-command-empty': ['missing-credentials'],
  'desktop-sign-in': ['missing-credentials'],
  'registry-token-ttl': ['token-expired'],
  'cf-docker-password': ['missing-credentials'],
  'base64-secret': ['malformed-credentials'],
  'default-helper-windows': ['credential-store-error'],
  'default-helper-macos': ['credential-store-error'],
  'name-without-host': ['registry-mismatch'],
  'proxy-unreachable': ['registry-unreachable'],
  'proxy-credentials-refused': ['proxy-authentication-required'],
  'registry-lookup': ['repository-not-found'],
  'upload-closed': ['insufficient-scope'],
  'daemon-proxy': ['registry-unreachable']
}

/** Every id a verdict may name as the rule that decided. */
const RULE_IDS = new Set([
  ...ALL_RULES.map((rule) => rule.id),
  ...PROFILES.flatMap((profile) => refinementsFor(profile)).map((r) => r.id),
  // the judge's own: a refusal after the credential was accepted
  'JDG001'
])

const PROFILE_IDS = PROFILES.map((profile) => profile.id)

/** What "one line" excludes: JavaScript's line terminators. */
const LINE_BREAK = /[\n\r\u2028\u2029]/

/**
 * The fixed wordings of the modules that write evidence lines, for the
 * secret check: a password that is one of them may show up by chance.
 */
const EVIDENCE_SOURCES = [
  'judge.ts',
  'describe.ts',
  'findings.ts',
  'outcome.ts',
  'protocol.ts',
  'text.ts',
  ...['profiles/', 'profiles/texts/'].flatMap((dir) =>
    readdirSync(new URL(`../src/${dir}`, import.meta.url))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${dir}${name}`)
  )
]
  .map((file) =>
    readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8')
  )
  .join('\n')
  .toLowerCase()

// ---------------------------------------------------------------------------
// Arbitraries

/** Characters that upset parsers: quotes, separators, escapes, controls. */
const NASTY_CHARS = [
  ...'"\'`,;=\\${}.@:/ \t\n\r\u0000\u001b\u0085\u00a0\u200b\u2028\ufeff',
  ...'\u201c\u201d\u00e9aZ0_-\u{1d54f}',
  '\ud800'
]

const nasty = fc.string({ unit: fc.constantFrom(...NASTY_CHARS) })

/** Every wording of the rules, multi-part ones with text in between. */
const WORDINGS = ALL_RULES.flatMap((rule) =>
  rule.match.map((w) => (typeof w === 'string' ? w : w.join(' xyz ')))
)

/** What the docker CLI and registries really print. */
const REAL_TEXTS = [
  'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
  'Error response from daemon: login attempt to https://registry-1.docker.io/v2/ failed with status: 503 Service Unavailable',
  'time="2024-05-01T10:00:00Z" level=info msg="Error logging in to endpoint, trying next endpoint: Get \\"https://ghcr.io/v2/\\": denied: denied"',
  'Error saving credentials: error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
  'Error: Cannot perform an interactive login from a non TTY device',
  'unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens',
  'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading',
  'Login Succeeded',
  'WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.',
  'denied: permission_denied: write_package',
  'dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host'
]

/** Registry bodies as they come (judgeText does not read JSON). */
const REAL_BODIES = [
  '{"details":"incorrect username or password"}',
  '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}',
  '{"detail":"Incorrect authentication credentials","login_2fa_token":"x"}',
  '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}'
]

const wording = fc.constantFrom(...WORDINGS, ...REAL_TEXTS)
/** Only texts with a known wording in them. */
const known = fc.constantFrom(
  ...WORDINGS,
  ...REAL_TEXTS.filter((t) => matchRule(t) !== undefined)
)

const noise = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  nasty,
  fc.json()
)

/** Wordings and noise, joined by line breaks or not at all. */
const mixed = fc
  .tuple(
    fc.array(fc.oneof(noise, wording), { maxLength: 5 }),
    fc.constantFrom('\n', '\r\n', ' ', '', ': ', '\n\n', '\r')
  )
  .map(([parts, separator]) => parts.join(separator))

/** A long repetition (up to 40 000 characters). */
const huge = fc
  .tuple(
    fc.oneof(nasty, wording, fc.string({ minLength: 1, maxLength: 4 })),
    fc.integer({ min: 50, max: 2000 })
  )
  .map(([unit, n]) => unit.repeat(n).slice(0, 40_000))

const text = fc.oneof(
  { weight: 4, arbitrary: noise },
  { weight: 3, arbitrary: wording },
  { weight: 3, arbitrary: mixed },
  { weight: 1, arbitrary: huge }
)

/** A profile, by id (a counterexample then prints a short name). */
const profileId = fc.constantFrom<ProfileId>(...PROFILE_IDS)

/** Names and values of challenge parameters, prototype names included. */
const tokenName = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/)
const paramName = fc.oneof(
  tokenName,
  fc.constantFrom(
    'realm',
    'service',
    'scope',
    'error',
    'Realm',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'prototype'
  )
)

/** Challenge-shaped text, unescaped: quotes, commas, backslashes as is. */
const headerish = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Bearer', 'Basic', 'bearer', 'BASIC', 'Negotiate', ''),
      fc.array(fc.tuple(paramName, fc.oneof(nasty, text), fc.boolean()), {
        maxLength: 5
      }),
      fc.constantFrom(',', ', ', ' ,', ' ', ',,')
    )
    .map(
      ([scheme, params, separator]) =>
        `${scheme} ${params
          .map(([name, value, quoted]) =>
            quoted ? `${name}="${value}"` : `${name}=${value}`
          )
          .join(separator)}`
    ),
  fc.constantFrom(
    'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
    'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/a:pull",error="insufficient_scope"',
    'Basic realm="Registry Realm"',
    'Bearer realm="a\nb",error="x\r\ny"'
  ),
  nasty,
  fc.string()
)

/** `100;w=21600` and friends, low counts included, and junk. */
const limitHeader = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.nat(20), fc.nat(1000)),
      fc.constantFrom('', ';w=21600', ' ; w=60')
    )
    .map(([count, window]) => `${count}${window}`),
  nasty,
  fc.string()
)

const base64url = (value: string): string =>
  Buffer.from(value, 'utf8').toString('base64url')

const REPOSITORIES = ['octocat/app', 'library/alpine', 'other/app']

const accessEntry = fc.record({
  type: fc.constantFrom('repository', 'registry', 'Repository'),
  name: fc.constantFrom(...REPOSITORIES),
  actions: fc.array(fc.constantFrom('pull', 'push', '*', 'delete', ''), {
    maxLength: 4
  })
})

/** JWT payloads: an access claim, or any JSON at all. */
const jwtPayload = fc.oneof(
  fc.record({ access: fc.array(accessEntry, { maxLength: 4 }) }),
  fc.record({
    access: fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(accessEntry, fc.jsonValue()), { maxLength: 3 })
    )
  }),
  fc.jsonValue()
)

const noDots = (value: string): string => value.replace(/\./g, '')

const jwt = fc
  .tuple(fc.string(), jwtPayload, fc.string(), fc.constantFrom('', '=', '=='))
  .map(
    ([header, payload, signature, padding]) =>
      `${base64url(header)}.${base64url(JSON.stringify(payload))}${padding}.${noDots(signature)}`
  )

/** Segments that look like base64url, joined by dots, and junk. */
const dotted = fc
  .array(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_=+/-]*$/), nasty), {
    maxLength: 5
  })
  .map((parts) => parts.join('.'))

const tokenish = fc.oneof(jwt, dotted, nasty, fc.string())

const errorEntry = fc.record(
  {
    code: fc.oneof(
      fc.constantFrom('UNAUTHORIZED', 'DENIED', 'TOOMANYREQUESTS'),
      fc.string()
    ),
    message: text,
    detail: fc.jsonValue()
  },
  { requiredKeys: [] }
)

/** Registry JSON bodies with every field the judge reads. */
const jsonBody = fc
  .record(
    {
      details: text,
      detail: text,
      message: text,
      error: text,
      errors: fc.array(fc.oneof(errorEntry, fc.jsonValue()), {
        maxLength: 3
      }),
      token: tokenish,
      access_token: tokenish,
      login_2fa_token: fc.oneof(fc.string(), fc.constant(''))
    },
    { requiredKeys: [] }
  )
  .map((body) => JSON.stringify(body))

const body = fc.option(
  fc.oneof(text, jsonBody, fc.json(), fc.constantFrom(...REAL_BODIES)),
  { nil: undefined }
)

const STEPS: ExchangeStep[] = [
  'ping',
  'token',
  'basic-ping',
  'hub-login',
  'push-token',
  'rate-limit'
]

const anyStatus = fc.option(
  fc.oneof(
    fc.constantFrom(200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 503),
    fc.integer({ min: 100, max: 599 }),
    fc.integer()
  ),
  { nil: undefined }
)

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true }),
  fc.constantFrom(
    'https://registry-1.docker.io/v2/',
    'https://auth.docker.io/token?service=registry.docker.io',
    'https://hub.docker.com/v2/users/login'
  ),
  nasty,
  fc.string()
)

function exchangeOf(
  step: ExchangeStep,
  status: fc.Arbitrary<number | undefined> = anyStatus
): fc.Arbitrary<HttpExchange> {
  return fc.record(
    {
      step: fc.constant(step),
      method: fc.constantFrom('GET', 'HEAD', 'POST'),
      url,
      status,
      headers: fc.record(
        {
          'www-authenticate': headerish,
          'retry-after': fc.string(),
          'content-type': fc.string(),
          'ratelimit-limit': limitHeader,
          'ratelimit-remaining': limitHeader
        },
        { requiredKeys: [] }
      ),
      body,
      error: fc.option(
        fc.record({
          code: fc.option(
            fc.oneof(
              fc.constantFrom('ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT'),
              nasty
            ),
            { nil: undefined }
          ),
          message: text,
          timedOut: fc.boolean()
        }),
        { nil: undefined }
      ),
      attempts: fc.integer({ min: 0, max: 5 })
    },
    { requiredKeys: ['step', 'method', 'url', 'status', 'headers', 'attempts'] }
  )
}

const anyExchange = fc.constantFrom(...STEPS).chain((step) => exchangeOf(step))

/** The preflight's usual order, with statuses that reach every branch. */
const flow = fc
  .tuple(
    exchangeOf(
      'ping',
      fc.constantFrom(401, 401, 401, 429, 200, 503, undefined)
    ),
    fc.oneof(exchangeOf('token'), exchangeOf('basic-ping')),
    fc.option(exchangeOf('hub-login'), { nil: undefined }),
    fc.array(anyExchange, { maxLength: 2 })
  )
  .map(([ping, login, hub, extra]) => [
    ping,
    login,
    ...(hub ? [hub] : []),
    ...extra
  ])

const exchanges = fc.oneof(fc.array(anyExchange, { maxLength: 6 }), flow)

/** One repository's push check: statuses and grants that decide, or not. */
const pushCheck: fc.Arbitrary<PushEvidence> = fc.record(
  {
    repository: fc.oneof(fc.constantFrom(...REPOSITORIES), nasty),
    exchange: exchangeOf(
      'push-token',
      fc.oneof(fc.constantFrom(200, 200, 401, 403, 404, undefined), anyStatus)
    ),
    granted: fc.option(
      fc.array(fc.oneof(fc.constantFrom('pull', 'push', '*'), nasty), {
        maxLength: 4
      }),
      { nil: undefined }
    )
  },
  { requiredKeys: ['repository', 'exchange'] }
)

const cliResult: fc.Arbitrary<CliResult | undefined> = fc.option(
  fc.record({
    exitCode: fc.oneof(fc.constantFrom(0, 1, 127), fc.integer()),
    output: text
  }),
  { nil: undefined }
)

const dockerConfig: fc.Arbitrary<DockerConfigEvidence | undefined> = fc.option(
  fc.record(
    {
      dir: fc.oneof(fc.constant('/home/runner/.docker'), nasty),
      helper: fc.oneof(fc.constant('docker-credential-pass'), nasty),
      setting: fc.oneof(fc.constant('credsStore'), nasty)
    },
    { requiredKeys: ['dir'] }
  ),
  { nil: undefined }
)

const event: fc.Arbitrary<EventEvidence | undefined> = fc.option(
  fc.record(
    {
      name: fc.oneof(
        fc.constantFrom('push', 'pull_request', 'pull_request_target'),
        nasty
      ),
      actor: fc.oneof(fc.constantFrom('octocat', 'dependabot[bot]'), nasty),
      head: fc.option(
        fc.record(
          {
            fullName: fc.constantFrom('octocat/app', 'fork/app'),
            fork: fc.boolean()
          },
          { requiredKeys: [] }
        ),
        { nil: null }
      ),
      base: fc.record(
        { fullName: fc.constantFrom('octocat/app', 'fork/app') },
        { requiredKeys: [] }
      ),
      isPullRequest: fc.boolean()
    },
    { requiredKeys: ['name', 'actor', 'isPullRequest'] }
  ),
  { nil: undefined }
)

/** Everything of an Evidence but the username and its analysis. */
type EvidenceParts = Omit<Evidence, 'username' | 'input'>

const evidenceParts: fc.Arbitrary<EvidenceParts> = fc.record({
  registry: fc.record({
    input: fc.oneof(
      fc.constantFrom('docker.io', 'ghcr.io', 'registry.example.com'),
      nasty
    ),
    server: fc.oneof(fc.constantFrom('docker.io', 'ghcr.io'), nasty),
    profile: profileId
  }),
  preflight: fc.constantFrom<Evidence['preflight']>(
    'ran',
    'ran',
    'skipped',
    'not-sent'
  ),
  exchanges,
  push: fc.array(pushCheck, { maxLength: 3 }),
  pushUnchecked: fc.option(
    fc.record({
      repositories: fc.integer({ min: 1, max: 600 }),
      reason: nasty
    }),
    { nil: undefined }
  ),
  rateLimit: fc.option(exchangeOf('rate-limit'), { nil: undefined }),
  cli: cliResult,
  skipped: fc.boolean(),
  dockerConfig,
  event
})

/**
 * The evidence of a login with this username and password: their analysis
 * (by the registry's profile, as the gatherer does) and the rest.
 */
function evidenceFor(
  username: string,
  password: string,
  parts: EvidenceParts
): Evidence {
  const profile = profileById(parts.registry.profile)
  return {
    ...parts,
    username,
    input: analyzeInputs(username, password, profile)
  }
}

/** A plain login to another registry, with the fields given replaced. */
function exampleEvidence(fields: Partial<Evidence>): Evidence {
  return {
    registry: {
      input: 'registry.example.com',
      server: 'registry.example.com',
      profile: 'generic'
    },
    username: 'octocat',
    input: analyzeInputs('octocat', 'Sup3r-secret-passw0rd', GENERIC),
    preflight: 'ran',
    exchanges: [],
    push: [],
    skipped: false,
    ...fields
  }
}

/** An exchange with a registry.example.com URL, the fields given replaced. */
function exchange(
  step: ExchangeStep,
  fields: Partial<HttpExchange>
): HttpExchange {
  return {
    step,
    method: 'GET',
    url: `https://registry.example.com/${step}`,
    headers: {},
    attempts: 1,
    ...fields
  }
}

const username = fc.oneof(
  fc.constantFrom(
    'octocat',
    'myorg',
    'robot$proj+ci',
    'octocat@example.com',
    '_json_key',
    'AWS',
    '$DOCKER_USER',
    '${{ secrets.DOCKERHUB_USERNAME }}',
    '',
    ' '
  ),
  fc.emailAddress(),
  nasty,
  fc.string(),
  fc.string({ unit: 'binary' })
)

/** A password of any shape, mistakes and tokens included. */
const anyPassword = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  nasty,
  huge,
  fc
    .tuple(
      fc.constantFrom('dckr_pat_', 'dckr_oat_', '$dckr_pat_', '${{ ', '$'),
      fc.oneof(nasty, fc.string())
    )
    .map(([head, tail]) => head + tail),
  fc.uuid()
)

/**
 * A password around a random core (12+ letters and digits, so it is in no
 * fixed wording and no noise): token prefixes, quotes, `$`, whitespace,
 * expressions and junk around it.
 */
const secret = fc
  .record({
    prefix: fc.constantFrom(
      '',
      'dckr_pat_',
      'dckr_oat_',
      '$dckr_pat_',
      '$$',
      '${{ secrets.',
      '{{ ',
      '"',
      "'",
      ' ',
      '\n',
      '\u200b',
      '\u201c',
      '${',
      '$'
    ),
    core: fc.stringMatching(/^[A-Za-z0-9]{12,24}$/),
    suffix: fc.constantFrom(
      '',
      '"',
      "'",
      ' }}',
      '}',
      '\n',
      ' ',
      '\r\n',
      '\t',
      '\u201d',
      '\u0000'
    ),
    junk: fc.oneof(fc.constant(''), nasty)
  })
  .map(({ prefix, core, suffix, junk }) => ({
    password: `${prefix}${core}${suffix}${junk}`,
    core
  }))

// ---------------------------------------------------------------------------
// Checks

function expectOneLineEach(lines: readonly string[]): void {
  expect(Array.isArray(lines)).toBe(true)
  for (const line of lines) {
    expect(typeof line).toBe('string')
    expect(line).not.toMatch(LINE_BREAK)
  }
}

function expectWellFormed(verdict: Verdict): void {
  expect(DIAGNOSIS_IDS).toContain(verdict.diagnosis)
  for (const warning of verdict.warnings) expect(WARNING_IDS).toContain(warning)
  expect(new Set(verdict.warnings).size).toBe(verdict.warnings.length)
  expectOneLineEach(verdict.evidence)
  if (verdict.rule !== undefined) expect(RULE_IDS).toContain(verdict.rule)
  if (verdict.case !== undefined) {
    expect(CASE_DIAGNOSIS[verdict.case]).toContain(verdict.diagnosis)
  }
  expect(['granted', 'denied', 'not-checked']).toContain(verdict.pushAccess)
}

function expectNoSecret(
  lines: readonly string[],
  password: string,
  core: string
): void {
  for (const line of lines) {
    expect(line.toLowerCase()).not.toContain(core.toLowerCase())
    expect(line).not.toContain(password)
  }
}

/** Every string and number in a value, lower-cased: what noise may hold. */
function corpusOf(value: unknown): string {
  return JSON.stringify(value).toLowerCase()
}

/** Runs `f`; anything thrown must be an InputError. */
function onlyInputError(f: () => unknown): void {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
  }
}

/** The variant of the texts a verdict's diagnosis calls for. */
function expectedCase(
  evidence: Evidence,
  verdict: Verdict
): RemediationCase | undefined {
  switch (verdict.diagnosis) {
    case 'insufficient-scope': {
      const profile = profileById(evidence.registry.profile)
      const denied = evidence.push.filter(
        (_check, index) => verdict.push[index].result === 'denied'
      )
      if (denied.length === 0) {
        // the login's own request refused, naming no repository (attack-64)
        if (verdict.preflight !== 'refused') return undefined
        const ping = evidence.exchanges.find((e) => e.step === 'ping')
        const refused =
          ping?.status === 429
            ? ping
            : evidence.exchanges
                .filter((e) => e.step === 'token' || e.step === 'basic-ping')
                .pop()
        return refused && !/[?&]scope=/.test(refused.url)
          ? 'login-scope'
          : undefined
      }
      // the case a denial's wording names (a push denial's own wording:
      // not another diagnosis's), else the profile's
      for (const check of denied) {
        const answer = check.upload ?? check.exchange
        if (answer.status !== 401 && answer.status !== 403) continue
        const rule = matchRule(reasonOf(answer), rulesFor(profile))?.rule
        if (rule?.diagnosis === 'insufficient-scope' && rule.case) {
          return rule.case
        }
      }
      const own = profile.pushCase?.(evidence)
      if (own) return own
      // a 401 (insufficient scopes) means a read-only token, and wins
      return denied.some(
        (check) => !check.upload && check.exchange.status === 401
      )
        ? 'read-only-token'
        : 'namespace'
    }
    case 'credential-store-error': {
      // the case the deciding wording names (CLI024: a config file docker
      // would rewrite), else the helper or the file, when the config is known
      const named = ALL_RULES.find((rule) => rule.id === verdict.rule)
      if (named?.diagnosis === 'credential-store-error' && named.case) {
        return named.case
      }
      if (!evidence.dockerConfig) return undefined
      return evidence.dockerConfig.helper
        ? 'credential-helper'
        : evidence.dockerConfig.directory
          ? 'config-directory'
          : 'config-file'
    }
    case 'malformed-credentials': {
      // the case the deciding wording names (CLI086: Maven's settings),
      // else the one malformed input
      const named = ALL_RULES.find((rule) => rule.id === verdict.rule)
      if (named?.diagnosis === 'malformed-credentials' && named.case) {
        return named.case
      }
      return malformedInput(evidence.input) === 'username'
        ? 'username'
        : undefined
    }
    case 'missing-credentials': {
      // the case the deciding wording names (GHCR008: a pull without a
      // login), else the one empty input, when only one is
      const named = ALL_RULES.find((rule) => rule.id === verdict.rule)?.case
      if (named) return named
      const { usernameEmpty, passwordEmpty } = evidence.input
      if (usernameEmpty === passwordEmpty) return undefined
      return usernameEmpty ? 'username' : 'password'
    }
    case 'unknown':
      return verdict.rule === 'JDG001' ? 'after-accepted' : undefined
    case 'registry-unreachable': {
      if (verdict.preflight === 'foreign') return 'not-a-registry'
      // the case the deciding wording names (NET004: no registry there)
      const named = ALL_RULES.find((r) => r.id === verdict.rule)
      const byRule =
        named?.diagnosis === 'registry-unreachable' ? named.case : undefined
      if (verdict.preflight !== 'unreachable') return byRule
      // the certificate failure the preflight met, by kind
      const failed = evidence.exchanges.find(
        (e) =>
          (e.step === 'ping' ||
            e.step === 'token' ||
            e.step === 'basic-ping') &&
          (e.status === undefined || e.status >= 500)
      )
      // the proxy's own failure, before any registry (attack-69 A69-02)
      if (failed?.error?.atProxy) return 'proxy-unreachable'
      const kind = failed?.error?.tls?.kind
      return kind && kind !== 'other' ? `tls-${kind}` : byRule
    }
    case 'proxy-authentication-required':
      // docker's own 407 (NET003) with no preflight to compare: the
      // common texts, no variant
      if (verdict.preflight === 'skipped' || verdict.preflight === 'not-sent') {
        return undefined
      }
      {
        const refused = evidence.exchanges.find(
          (e) => e.proxy && e.error?.proxyStatus === 407
        )
        if (!refused) return 'proxy-not-set'
        // credentials went with it, and were refused (attack-69 A69-04)
        return refused.proxyCredentials
          ? 'proxy-credentials-refused'
          : undefined
      }
    case 'rate-limited': {
      // the case the deciding wording names, else Docker Hub's 429 to a
      // login that sent its credential: the account's or address's limit
      const rule = ALL_RULES.find((r) => r.id === verdict.rule)
      if (rule?.diagnosis === 'rate-limited' && rule.case) return rule.case
      return evidence.registry.profile === 'docker-hub'
        ? 'account-limit'
        : undefined
    }
    default: {
      // the case the deciding wording names, for its own diagnosis
      const rule = ALL_RULES.find((r) => r.id === verdict.rule)
      return rule?.diagnosis === verdict.diagnosis ? rule.case : undefined
    }
  }
}

// ---------------------------------------------------------------------------
// The judge

describe('judgeText', () => {
  it('never throws and answers with a known id, one line per evidence', () => {
    fc.assert(
      fc.property(text, profileId, (t, id) => {
        const verdict = judgeText(t, profileById(id))
        expectWellFormed(verdict)
        expect(verdict.warnings).toEqual([])
        expect(verdict.evidence.length).toBeGreaterThanOrEqual(1)
        // a 401 re-read by its push request names both readings: 3 lines
        expect(verdict.evidence.length).toBeLessThanOrEqual(3)
      }),
      RUNS
    )
  })

  it("is unknown (or not a login failure, with no word of a login) exactly when no wording matches, else the rule's diagnosis", () => {
    fc.assert(
      fc.property(text, profileId, (given, id) => {
        const profile = profileById(id)
        // read as its lines show (a carriage return rewrote a line), and a
        // tool's informational lines left out where the rest is read
        const t = textAsRead(asPlainLog(given), rulesFor(profile))
        // an AWS refusal gives way to a registry's later refusal (A44-04)
        const found = afterAwsRefusal(
          matchRule(t, rulesFor(profile)),
          t,
          rulesFor(profile)
        )
        const verdict = judgeText(given, profile)
        if (t.trim() === '' || !found) {
          // no known wording: unknown, unless no word of a login either
          expect(verdict.diagnosis).toBe(
            t.trim() !== '' && !speaksOfLogin(t)
              ? 'not-a-login-failure'
              : 'unknown'
          )
          expect(verdict.rule).toBeUndefined()
          expect(verdict.case).toBeUndefined()
        } else {
          // the rule's reading, or a login reading of a 401 re-read by the
          // push request the text shows (src/operation.ts byRequest)
          const read = byRequest(found, t) ?? found
          expect(verdict.diagnosis).toBe(read.rule.diagnosis)
          expect(verdict.rule).toBe(read.rule.id)
        }
      }),
      RUNS
    )
  })

  it('finds a known wording whatever surrounds it, on every profile', () => {
    fc.assert(
      fc.property(noise, known, noise, profileId, (before, w, after, id) => {
        const verdict = judgeText(`${before}\n${w}\n${after}`, profileById(id))
        expect(verdict.diagnosis).not.toBe('unknown')
        expectWellFormed(verdict)
      }),
      RUNS
    )
  })

  it('ignores case (ASCII text)', () => {
    const ascii = fc
      .tuple(
        fc.string({ unit: 'binary-ascii' }),
        wording,
        fc.string({ unit: 'binary-ascii' })
      )
      .map(([a, w, b]) => `${a}${w}${b}`)
    fc.assert(
      fc.property(ascii, profileId, (t, id) => {
        const profile = profileById(id)
        const lower = judgeText(t.toLowerCase(), profile).diagnosis
        expect(judgeText(t.toUpperCase(), profile).diagnosis).toBe(lower)
        expect(judgeText(t, profile).diagnosis).toBe(lower)
      }),
      RUNS
    )
  })
})

describe('judge', () => {
  it('never throws on arbitrary evidence; known ids, a result per push check, the variant the evidence calls for', () => {
    fc.assert(
      fc.property(username, anyPassword, evidenceParts, (u, p, parts) => {
        const evidence = evidenceFor(u, p, parts)
        const verdict = judge(evidence)
        expectWellFormed(verdict)
        expect(verdict.evidence.length).toBeGreaterThanOrEqual(1)
        expect(verdict.push.map((r) => r.repository)).toEqual(
          evidence.push.map((check) => check.repository)
        )
        // a denied push never passes for a login that is fine
        if (verdict.pushAccess === 'denied') {
          expect(verdict.diagnosis).not.toBe('ok')
        }
        expect(verdict.emptySecret !== undefined).toBe(
          evidence.event !== undefined
        )
        expect(verdict.case).toBe(expectedCase(evidence, verdict))
      }),
      RUNS
    )
  })

  it('is pure: the same evidence gives the same answer', () => {
    fc.assert(
      fc.property(username, anyPassword, evidenceParts, (u, p, parts) => {
        const evidence = evidenceFor(u, p, parts)
        const copy = structuredClone(evidence)
        expect(judge(evidence)).toEqual(judge(copy))
        expect(evidence).toEqual(copy)
      }),
      { numRuns: 100 }
    )
  })

  it('lets an offline verdict decide whatever the registry said', () => {
    fc.assert(
      fc.property(username, anyPassword, evidenceParts, (u, p, parts) => {
        const evidence = evidenceFor(u, p, parts)
        const offline = offlineVerdict(evidence.input)
        fc.pre(offline !== undefined)
        const verdict = judge(evidence)
        expect(verdict).toMatchObject({
          diagnosis: offline?.diagnosis,
          evidence: offline?.evidence,
          warnings: [],
          preflight: 'not-sent'
        })
        expect(verdict.rule).toBeUndefined()
      }),
      RUNS
    )
  })

  it('gives each warning only when the evidence calls for it', () => {
    fc.assert(
      fc.property(username, anyPassword, evidenceParts, (u, p, parts) => {
        const evidence = evidenceFor(u, p, parts)
        const verdict = judge(evidence)
        const offline = offlineVerdict(evidence.input)
        const warns = (id: Verdict['warnings'][number]): boolean =>
          verdict.warnings.includes(id)
        if (warns('password-in-use')) {
          // a password that worked on Docker Hub
          expect(verdict.diagnosis).toBe('ok')
          expect(evidence.registry.profile).toBe('docker-hub')
          expect(evidence.input.credentialKind).toBe('password')
          expect(
            verdict.preflight === 'accepted' || evidence.cli?.exitCode === 0
          ).toBe(true)
        }
        expect(warns('preflight-skipped')).toBe(
          offline === undefined && evidence.preflight === 'skipped'
        )
        if (warns('preflight-unreachable')) {
          expect(verdict.preflight).toBe('unreachable')
          expect(evidence.cli).toBeDefined()
        }
        const rate = evidence.rateLimit && rateLimitOf(evidence.rateLimit)
        const low =
          rate?.limit !== undefined &&
          rate.remaining !== undefined &&
          rate.remaining < rate.limit * RATE_LIMIT_LOW
        expect(warns('rate-limit-low')).toBe(offline === undefined && low)
        expect(warns('push-not-checked')).toBe(
          offline === undefined &&
            verdict.diagnosis === 'ok' &&
            (evidence.pushUnchecked !== undefined ||
              verdict.push.some((r) => r.result === 'unknown'))
        )
      }),
      RUNS
    )
  })

  it('never puts the secret in the evidence', () => {
    fc.assert(
      fc.property(username, secret, evidenceParts, (u, s, parts) => {
        const corpus = corpusOf(parts)
        const core = s.core.toLowerCase()
        fc.pre(!corpus.includes(core) && !u.toLowerCase().includes(core))
        const verdict = judge(evidenceFor(u, s.password, parts))
        expectWellFormed(verdict)
        expectNoSecret(verdict.evidence, s.password, s.core)
      }),
      RUNS
    )
  })

  it('never puts an arbitrary secret of 8+ characters in the evidence', () => {
    fc.assert(
      fc.property(username, anyPassword, evidenceParts, (u, p, parts) => {
        const lower = p.toLowerCase()
        fc.pre(
          p.length >= 8 &&
            !u.toLowerCase().includes(lower) &&
            !corpusOf(parts).includes(lower) &&
            !EVIDENCE_SOURCES.includes(lower)
        )
        const verdict = judge(evidenceFor(u, p, parts))
        for (const line of verdict.evidence) expect(line).not.toContain(p)
      }),
      RUNS
    )
  })

  it('keeps evidence on one line: a realm with a line break', () => {
    const verdict = judge(
      exampleEvidence({
        exchanges: [
          exchange('ping', {
            status: 401,
            headers: { 'www-authenticate': 'Bearer realm="a\n::error::b"' }
          })
        ]
      })
    )
    expect(verdict.evidence.join('\n')).toContain('realm a ::error::b')
    expectOneLineEach(verdict.evidence)
  })

  it('keeps evidence on one line: granted actions, repository, error code', () => {
    const verdict = judge(
      exampleEvidence({
        exchanges: [exchange('ping', { status: 200 })],
        push: [
          {
            repository: 'a\nb',
            exchange: exchange('push-token', { status: 200 }),
            granted: ['pull\n::error::x']
          },
          {
            repository: 'octocat/app',
            exchange: exchange('push-token', {
              attempts: 2,
              error: { code: 'E\nX', message: 'm\nn', timedOut: false }
            })
          }
        ]
      })
    )
    expect(verdict.diagnosis).toBe('insufficient-scope')
    expect(verdict.evidence.join('\n')).toContain('::error::x')
    expectOneLineEach(verdict.evidence)
  })
})

describe('offlineVerdict(analyzeInputs(u, p))', () => {
  it('is missing for an empty value, malformed for a decisive finding, else undefined', () => {
    fc.assert(
      fc.property(username, anyPassword, profileId, (u, p, id) => {
        const input = analyzeInputs(u, p, profileById(id))
        const verdict = offlineVerdict(input)
        const empty = input.usernameEmpty || input.passwordEmpty
        const decisive = input.findings.some((f) => f.decisive)
        expect(verdict?.diagnosis).toBe(
          empty
            ? 'missing-credentials'
            : decisive
              ? 'malformed-credentials'
              : undefined
        )
        if (verdict === undefined) return
        expect(DIAGNOSIS_IDS).toContain(verdict.diagnosis)
        expect(verdict.evidence.length).toBeGreaterThanOrEqual(1)
        expectOneLineEach(verdict.evidence)
      }),
      RUNS
    )
  })

  it('never puts the secret in the evidence', () => {
    fc.assert(
      fc.property(username, secret, (u, s) => {
        fc.pre(!u.toLowerCase().includes(s.core.toLowerCase()))
        const verdict = offlineVerdict(analyzeInputs(u, s.password))
        expectNoSecret(verdict?.evidence ?? [], s.password, s.core)
      }),
      RUNS
    )
  })
})

// ---------------------------------------------------------------------------
// Input analysis

const EXPRESSIONS = [
  '${{ secrets.X }}',
  '{{ secrets.X }}',
  '{{secrets.X}}',
  '{{ vars.X }}',
  '{{  env.X }}',
  '{{ inputs.x }}',
  '{{ steps.a.outputs.b }}'
]

/** The problems that may decide on their own, per input. */
const MAY_DECIDE: Record<'username' | 'password', readonly InputProblem[]> = {
  username: ['unexpanded-expression', 'newline', 'non-printable'],
  password: [
    'unexpanded-expression',
    'password-dollar-prefix',
    'newline',
    'inner-whitespace',
    'quoted',
    'non-printable',
    // what a credential's shape proves, on its own registry
    'token-expired',
    'not-a-service-account-key',
    'unsupported-token'
  ]
}

describe('analyzeInputs', () => {
  it('never throws; known kind and problems, no duplicates', () => {
    fc.assert(
      fc.property(username, anyPassword, profileId, (u, p, id) => {
        const result = analyzeInputs(u, p, profileById(id))
        expect(CREDENTIAL_KINDS).toContain(result.credentialKind)
        expect(kindOf(p, profileById(id), u)).toBe(result.credentialKind)
        expect(result.usernameEmpty).toBe(u.trim() === '')
        expect(result.passwordEmpty).toBe(p.trim() === '')
        if (result.passwordEmpty) expect(result.credentialKind).toBe('none')
        const keys = result.findings.map((f) => `${f.input}:${f.problem}`)
        expect(new Set(keys).size).toBe(keys.length)
        for (const finding of result.findings) {
          expect(['username', 'password']).toContain(finding.input)
          expect(INPUT_PROBLEMS).toContain(finding.problem)
        }
        const has = (input: string, problem: string): boolean =>
          keys.includes(`${input}:${problem}`)
        expect(has('username', 'username-empty')).toBe(result.usernameEmpty)
        expect(has('password', 'password-empty')).toBe(result.passwordEmpty)
        if (result.usernameEmpty) {
          const mine = keys.filter((k) => k.startsWith('username:'))
          expect(mine).toEqual(['username:username-empty'])
        }
        if (result.passwordEmpty) {
          const mine = keys.filter((k) => k.startsWith('password:'))
          expect(mine).toEqual(['password:password-empty'])
        }
        expect(has('password', 'username-email')).toBe(false)
        expect(has('username', 'password-dollar-prefix')).toBe(false)
      }),
      RUNS
    )
  })

  it('calls decisive only what cannot be right, and only for a token', () => {
    fc.assert(
      fc.property(username, anyPassword, profileId, (u, p, id) => {
        const result = analyzeInputs(u, p, profileById(id))
        for (const finding of result.findings) {
          if (finding.decisive) {
            expect(MAY_DECIDE[finding.input]).toContain(finding.problem)
          }
          if (
            finding.problem === 'unexpanded-expression' ||
            finding.problem === 'password-dollar-prefix'
          ) {
            expect(finding.decisive).toBe(true)
          }
          // a password that is no token may hold spaces, quotes, breaks
          if (
            finding.input === 'password' &&
            result.credentialKind === 'password' &&
            finding.diagnosis === undefined
          ) {
            expect(finding.decisive).toBe(
              finding.problem === 'unexpanded-expression'
            )
          }
        }
      }),
      RUNS
    )
  })

  it('keeps nothing of the secret, only its shape', () => {
    fc.assert(
      fc.property(username, secret, (u, s) => {
        const json = JSON.stringify(analyzeInputs(u, s.password))
        expect(json.toLowerCase()).not.toContain(s.core.toLowerCase())
      }),
      RUNS
    )
  })

  it('flags an unexpanded expression wherever it is, as decisive', () => {
    fc.assert(
      fc.property(
        fc.oneof(nasty, fc.string()),
        fc.constantFrom(...EXPRESSIONS),
        fc.oneof(nasty, fc.string()),
        (before, expression, after) => {
          const value = `${before}${expression}${after}`
          const asPassword = analyzeInputs('octocat', value)
          expect(asPassword.findings).toContainEqual({
            input: 'password',
            problem: 'unexpanded-expression',
            decisive: true
          })
          expect(offlineVerdict(asPassword)?.diagnosis).toBe(
            'malformed-credentials'
          )
          const asUsername = analyzeInputs(value, 'Sup3r-secret-passw0rd')
          expect(asUsername.findings).toContainEqual({
            input: 'username',
            problem: 'unexpanded-expression',
            decisive: true
          })
        }
      ),
      RUNS
    )
  })

  it('flags `{{{  env.X }}` (regression: the scan skipped a brace)', () => {
    expect(analyzeInputs('octocat', '{{{  env.X }}').findings).toContainEqual({
      input: 'password',
      problem: 'unexpanded-expression',
      decisive: true
    })
  })

  it('reads a token through quotes, whitespace and a leading $', () => {
    const token = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('dckr_pat_', 'dckr_oat_'),
          fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/)
        )
        .map(([prefix, rest]) => prefix + rest),
      fc.uuid()
    )
    const quotes = fc.constantFrom(
      ['', ''],
      ['"', '"'],
      ["'", "'"],
      ['`', '`'],
      ['\u201c', '\u201d']
    )
    fc.assert(
      fc.property(
        token,
        fc.constantFrom('', ' ', '\t', '\n'),
        quotes,
        fc.constantFrom('', '$', '$$'),
        profileId,
        (t, space, [open, close], dollars, id) => {
          // a bare UUID is a token on Docker Hub only: elsewhere a password
          if (id !== 'docker-hub' && !t.startsWith('dckr_')) return
          const password = `${space}${open}${dollars}${t}${close}${space}`
          const input = analyzeInputs('octocat', password, profileById(id))
          expect(input.credentialKind).not.toBe('password')
          expect(input.credentialKind).not.toBe('none')
          const verdict = offlineVerdict(input)
          if (password === t) {
            expect(verdict).toBeUndefined()
          } else {
            expect(verdict?.diagnosis).toBe('malformed-credentials')
          }
        }
      ),
      RUNS
    )
  })
})

// ---------------------------------------------------------------------------
// Protocol parsers

describe('parseChallenge', () => {
  it('never throws; a lower-case scheme and string parameters', () => {
    fc.assert(
      fc.property(fc.oneof(headerish, text), (header) => {
        const result = parseChallenge(header)
        if (result === undefined) return
        expect(result.scheme).toMatch(/^[a-z0-9!#$%&'*+.^_`|~-]+$/)
        for (const [name, value] of Object.entries(result.params)) {
          expect(name).toMatch(/^[a-z0-9!#$%&'*+.^_`|~-]+$/)
          expect(typeof value).toBe('string')
        }
      }),
      RUNS
    )
  })

  it('reads back what was written, quoted with escapes or bare', () => {
    const bare = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~/:=-]{1,12}$/)
    const param = fc.oneof(
      fc.tuple(paramName, fc.oneof(fc.string(), nasty), fc.constant(true)),
      fc.tuple(paramName, bare, fc.constant(false))
    )
    fc.assert(
      fc.property(
        tokenName,
        fc.array(param, { maxLength: 6 }),
        fc.constantFrom(',', ', ', ' ,', ',,', ' , '),
        (scheme, params, separator) => {
          const written = params.map(([name, value, quoted]) =>
            quoted
              ? `${name}="${value.replace(/[\\"]/g, '\\$&')}"`
              : `${name}=${value}`
          )
          const header = `${scheme} ${written.join(separator)}`
          const expected = new Map<string, string>()
          for (const [name, value] of params) {
            const key = name.toLowerCase()
            if (!expected.has(key)) expected.set(key, value)
          }
          expect(parseChallenge(header)).toEqual({
            scheme: scheme.toLowerCase(),
            params: Object.fromEntries(expected)
          })
        }
      ),
      RUNS
    )
  })

  it('reads `__proto__="="` back (regression: it was dropped)', () => {
    expect(parseChallenge("' __proto__==")).toEqual({
      scheme: "'",
      params: Object.fromEntries([['__proto__', '=']])
    })
  })

  it('keeps parameters named like Object.prototype members', () => {
    const result = parseChallenge(
      'Bearer constructor="a",__proto__="b",toString="c",realm="r"'
    )
    expect(Object.keys(result?.params ?? {}).sort()).toEqual(
      ['__proto__', 'constructor', 'realm', 'tostring'].sort()
    )
    expect(result?.params.constructor).toBe('a')
    expect(result?.params.realm).toBe('r')
  })

  it('is undefined for a value that is not a string', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(parseChallenge(value as unknown as string)).toBeUndefined()
    }
  })
})

describe('parseJwtPayload, isJwt and grantedActions', () => {
  it('never throw; a payload is a JSON object, actions unique strings, none for an opaque token', () => {
    fc.assert(
      fc.property(
        tokenish,
        fc.oneof(fc.constantFrom(...REPOSITORIES), fc.string()),
        (token, repository) => {
          const payload = parseJwtPayload(token)
          if (payload !== undefined) {
            expect(typeof payload).toBe('object')
            expect(payload).not.toBeNull()
            expect(Array.isArray(payload)).toBe(false)
          }
          expect(isJwt(token)).toBe(payload !== undefined)
          const actions = grantedActions(token, repository)
          // an opaque token says nothing, nor a JWT without an access
          // claim (Gitea's); a JWT with one says what it grants
          expect(actions === undefined).toBe(
            payload === undefined ||
              !Array.isArray((payload as { access?: unknown }).access)
          )
          if (actions === undefined) return
          expect(new Set(actions).size).toBe(actions.length)
          for (const action of actions) expect(typeof action).toBe('string')
          if (actions.includes('*')) {
            expect(actions).toEqual(expect.arrayContaining(['pull', 'push']))
          }
        }
      ),
      RUNS
    )
  })

  it('reads back any JSON object payload', () => {
    const object = fc
      .jsonValue()
      .filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
    fc.assert(
      fc.property(
        fc.string().map(noDots),
        object,
        fc.string().map(noDots),
        fc.constantFrom('', '=', '=='),
        (header, payload, signature, padding) => {
          const token = `${base64url(header)}.${base64url(JSON.stringify(payload))}${padding}.${signature}`
          expect(parseJwtPayload(token)).toEqual(
            JSON.parse(JSON.stringify(payload))
          )
        }
      ),
      RUNS
    )
  })

  it('is undefined for a payload that is not an object', () => {
    // regression: `.W10.` (payload `[]`) was read as a payload
    expect(parseJwtPayload('.W10.')).toBeUndefined()
    for (const payload of ['[1,2]', '[]', '42', '"x"', 'null', 'true']) {
      expect(parseJwtPayload(`e30.${base64url(payload)}.sig`)).toBeUndefined()
    }
  })

  it("says nothing for a JWT without an access claim, as Gitea's and Forgejo's (they check each request)", () => {
    const gitea = `e30.${base64url(JSON.stringify({ exp: 2e9, nbf: 1e9, UserID: 1 }))}.sig`
    expect(grantedActions(gitea, 'alice/app')).toBeUndefined()
    const granted = `e30.${base64url(JSON.stringify({ access: [] }))}.sig`
    expect(grantedActions(granted, 'alice/app')).toEqual([])
  }) // prettier-ignore

  it('grants the union of the entries for the repository', () => {
    fc.assert(
      fc.property(
        fc.array(accessEntry, { maxLength: 5 }),
        fc.constantFrom(...REPOSITORIES),
        (access, repository) => {
          const token = `e30.${base64url(JSON.stringify({ access }))}.sig`
          const expected = new Set(
            access
              .filter((e) => e.type === 'repository' && e.name === repository)
              .flatMap((e) => e.actions)
          )
          if (expected.has('*')) {
            expected.add('pull')
            expected.add('push')
          }
          expect(new Set(grantedActions(token, repository))).toEqual(expected)
        }
      ),
      RUNS
    )
  })
})

describe('parseLimitHeader', () => {
  it('never throws; a finite count and a non-negative window', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.string(), nasty, headerish, limitHeader), {
          nil: undefined
        }),
        (value) => {
          const result = parseLimitHeader(value)
          if (result === undefined) return
          expect(Number.isFinite(result.count)).toBe(true)
          if (result.window !== undefined) {
            expect(result.window).toBeGreaterThanOrEqual(0)
          }
        }
      ),
      RUNS
    )
  })

  it('reads back count;w=window', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', ' '),
        (count, window, space) => {
          const header = `${space}${count}${space};${space}w=${space}${window}${space}`
          expect(parseLimitHeader(header)).toEqual({ count, window })
        }
      ),
      RUNS
    )
  })
})

describe('retryAfterSeconds', () => {
  it('never throws; undefined or a whole number of seconds, not negative', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.string(), nasty, fc.stringMatching(/^\d+$/)), {
          nil: undefined
        }),
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        (value, now) => {
          const seconds = retryAfterSeconds(value, now)
          if (seconds === undefined) return
          expect(Number.isInteger(seconds)).toBe(true)
          expect(seconds).toBeGreaterThanOrEqual(0)
        }
      ),
      RUNS
    )
  })

  it('reads seconds and HTTP dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true
        }),
        fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }),
        (n, date, now) => {
          expect(retryAfterSeconds(` ${n} `, now)).toBe(n)
          const whole = Math.floor(date.getTime() / 1000) * 1000
          expect(retryAfterSeconds(date.toUTCString(), now)).toBe(
            Math.max(0, Math.ceil((whole - now) / 1000))
          )
        }
      ),
      RUNS
    )
  })

  // attack-25 repro-05: an HTTP date is counted from the answer's own Date,
  // whatever the runner's clock says; the runner's when that is unreadable
  it("counts an HTTP date from the answer's Date header, not the runner's clock", () => {
    const answered = 'Sun, 29 Nov 2026 02:00:00 GMT'
    const skewed = Date.parse(answered) - 2 * 3600 * 1000
    expect(retryAfterSeconds('Sun, 29 Nov 2026 02:00:03 GMT', skewed, answered)).toBe(3)
    expect(retryAfterSeconds('Sun, 29 Nov 2026 02:00:03 GMT', skewed)).toBe(7203)
    expect(retryAfterSeconds('Sun, 29 Nov 2026 02:00:03 GMT', skewed, 'garbage')).toBe(7203)
    // seconds are seconds, whatever the dates
    expect(retryAfterSeconds('5', skewed, answered)).toBe(5)
  }) // prettier-ignore
})

describe('redactTokens, tokenOf and tokensIn', () => {
  const realToken = fc.stringMatching(/^[A-Za-z0-9_.+/=-]{8,64}$/)

  it('never throw; tokenOf is a non-empty string or undefined, tokensIn unique non-empty strings', () => {
    fc.assert(
      fc.property(fc.oneof(text, jsonBody, headerish), (value) => {
        expect(typeof redactTokens(value)).toBe('string')
        expect(redactTokens(redactTokens(value))).toBe(redactTokens(value))
        const token = tokenOf(value)
        if (token !== undefined) {
          expect(typeof token).toBe('string')
          expect(token).not.toBe('')
        }
        const found = tokensIn(value)
        expect(new Set(found).size).toBe(found.length)
        for (const t of found) {
          expect(typeof t).toBe('string')
          expect(t).not.toBe('')
        }
        if (token !== undefined) expect(found).toContain(token)
      }),
      RUNS
    )
    for (const value of ['null', '[]', '"x"', 'true', '1', '{"token":5}']) {
      expect(tokenOf(value)).toBeUndefined()
      expect(tokensIn(value)).toEqual([])
    }
  })

  it('leaves text without a token field as it is', () => {
    fc.assert(
      fc.property(text, (value) => {
        fc.pre(!/token"/.test(value))
        expect(redactTokens(value)).toBe(value)
      }),
      RUNS
    )
  })

  it('redacts, and finds, every token field of a JSON body, however indented', () => {
    fc.assert(
      fc.property(
        fc.subarray([...TOKEN_FIELDS], { minLength: 1 }),
        realToken,
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
        fc.constantFrom(undefined, 1, 2, '\t'),
        (keys, token, others, indent) => {
          const fields = Object.fromEntries(keys.map((k) => [k, token]))
          const json = JSON.stringify({ ...others, ...fields }, null, indent)
          fc.pre(!JSON.stringify(others).includes(token))
          expect(redactTokens(json)).not.toContain(token)
          expect(tokensIn(json)).toContain(token)
          expect(tokensIn(json.slice(0, json.lastIndexOf(token) + 3))).toEqual(
            expect.arrayContaining([token.slice(0, 3)])
          )
          expect(tokenOf(JSON.stringify({ token }))).toBe(token)
          expect(tokenOf(JSON.stringify({ access_token: token }))).toBe(token)
        }
      ),
      RUNS
    )
  })
})

// ---------------------------------------------------------------------------
// Inputs that throw: only InputError

const registryInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  nasty,
  fc.webUrl(),
  fc.domain(),
  fc.constantFrom(
    'docker.io',
    'https://index.docker.io/v1/',
    'ghcr.io',
    'localhost:5000',
    '[::1]:5000',
    'HTTPS://GHCR.IO/v2/',
    'ftp://x',
    'ghcr.io/owner/app',
    'registry.example.com:99999'
  ),
  fc
    .tuple(
      fc.constantFrom('', 'http://', 'https://', 'HTTPS://', 'oci://'),
      fc.oneof(fc.domain(), nasty),
      fc.constantFrom('', ':5000', ':', ':123456'),
      fc.constantFrom('', '/', '/v1/', '/v2', '//', '/v2//', '/x')
    )
    .map((parts) => parts.join(''))
)

const TARGETS: RegistryTarget[] = [
  resolveRegistry('docker.io', {}),
  resolveRegistry('ghcr.io', {}),
  resolveRegistry('localhost:5000', {})
]

const pushEntry = fc.oneof(
  fc.constantFrom(
    'myorg/app',
    'docker.io/myorg/app:1.2',
    'ghcr.io/owner/app@sha256:abc',
    'alpine',
    'localhost:5000/a/b',
    'MyOrg/App',
    'a__b/c--d',
    'a/'
  ),
  nasty,
  fc.string(),
  fc.stringMatching(/^[a-z0-9._/:@-]{1,30}$/)
)

describe('registryHost, resolveRegistry, parsePushList', () => {
  it('registryHost throws only InputError; a host is lower-case', () => {
    fc.assert(
      fc.property(registryInput, (input) => {
        onlyInputError(() => {
          const host = registryHost(input)
          expect(host).toBe(host.toLowerCase())
          expect(host).not.toMatch(/[/\s]/)
        })
      }),
      RUNS
    )
  })

  it('resolveRegistry throws only InputError, with any override; Docker Hub has its profile', () => {
    fc.assert(
      fc.property(
        registryInput,
        fc.option(fc.oneof(fc.webUrl(), nasty, fc.string()), {
          nil: undefined
        }),
        (input, override) => {
          const env =
            override === undefined ? {} : { [HUB_OVERRIDE_ENV]: override }
          onlyInputError(() => {
            const target = resolveRegistry(input, env)
            expect(typeof target.isDockerHub).toBe('boolean')
            expect(PROFILE_IDS).toContain(target.profile)
            // `docker.io:443` is neither Docker Hub nor its profile
            expect(target.profile === 'docker-hub').toBe(target.isDockerHub)
            expect(target.registryUrl).toMatch(/^https?:\/\//)
          })
        }
      ),
      RUNS
    )
  })

  it('parsePushList throws only InputError; names are valid and unique', () => {
    fc.assert(
      fc.property(
        fc.array(pushEntry, { maxLength: 6 }),
        fc.constantFrom(',', '\n', ', ', '\r\n'),
        fc.constantFrom(...TARGETS),
        (entries, separator, target) => {
          onlyInputError(() => {
            const { repositories: names, elsewhere } = parsePushList(
              entries.join(separator),
              target
            )
            expect(new Set(names).size).toBe(names.length)
            expect(new Set(elsewhere).size).toBe(elsewhere.length)
            for (const host of elsewhere)
              expect(host).toMatch(/[.:]|^localhost$/)
            for (const name of names) {
              for (const part of name.split('/')) {
                expect(part).toMatch(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/)
              }
            }
          })
        }
      ),
      RUNS
    )
  })
})

// ---------------------------------------------------------------------------
// Linear time

const SMALL = 20_000
const LARGE = 200_000
/** Linear is 10× from SMALL to LARGE; quadratic 100×. */
const MAX_RATIO = 40
/** Below this, a time is timer noise: the ratio uses this floor. */
const NOISE_MS = 0.25
const CEILING_MS = 2_000

/** Adversarial inputs of about n repetitions. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  letters: (n) => 'a'.repeat(n),
  dollars: (n) => '$'.repeat(n),
  expressions: (n) => '${{'.repeat(n),
  braces: (n) => '{{ '.repeat(n),
  'comma-quote': (n) => ',"'.repeat(n),
  equals: (n) => '='.repeat(n),
  'bearer-params': (n) => `Bearer ${'a=,'.repeat(n)}`,
  'bearer-quoted': (n) => `Bearer realm="${'\\"'.repeat(n)}`,
  ats: (n) => 'x@'.repeat(n),
  dots: (n) => 'a.'.repeat(n),
  spaces: (n) => `x${' '.repeat(n)}x`,
  'token-fields': (n) => '"token" : '.repeat(n),
  'open-token': (n) => `"token":"${'a'.repeat(n)}`,
  variables: (n) => '${A'.repeat(n),
  slashes: (n) => `a${'/'.repeat(n)}b`,
  // attack-53 A53-01: `\d+ errors? occurred:` read a run from each digit
  digits: (n) => '7'.repeat(n),
  // what asPlainLog reads (docs/registries.md §13xx (c))
  'open-escapes': (n) => '\x1b]'.repeat(n),
  'carriage-returns': (n) => `a${'\r'.repeat(n)}b`,
  'bare-escapes': (n) => '[1;'.repeat(n),
  quotes: (n) => '> '.repeat(n),
  'quoted-lines': (n) => '> x\n'.repeat(n / 4),
  entities: (n) => '&amp;'.repeat(n / 5),
  // attack-54: a login host of many masks against a pushed host (A54-01),
  // a run of eyJ- (A54-02), a bare 401 after many lines (A54-03)
  'masked-login': (n) =>
    `$ docker login ${'***x'.repeat(Math.min(n / 8, 64))}***y\nLogin Succeeded\n$ docker push ${'x'.repeat(n / 2)}.com/app:1\nThe push refers to repository [${'x'.repeat(n / 2)}.com/app]\n5f70bf18a086: Preparing\nunauthorized: authentication required\n`,
  'jwt-dashes': (n) => 'eyJ-'.repeat(n / 4),
  // attack-56: key markers with no END, a key's END far after each BEGIN,
  // quoted words piped towards a --password-stdin at the end
  'key-begins': (n) => '-----BEGIN PRIVATE KEY-----'.repeat(n / 27),
  'key-far-end': (n) =>
    `${'-----BEGIN PRIVATE KEY-----\n'.repeat(n / 56)}${'a\n'.repeat(n / 4)}-----END PRIVATE KEY-----`,
  'piped-quotes': (n) => `${"'a' | ".repeat(n / 6)}--password-stdin`,
  // attack-57: PowerShell assignments; lines as wide as a cut's
  'ps-assignments': (n) => '$env:A_PASSWORD_'.repeat(n / 16),
  'cut-lines': (n) => `${'x'.repeat(79)}:\n`.repeat(n / 81),
  'lines-then-401': (n) =>
    `${'a\n'.repeat(n / 2)}unauthorized: authentication required`,
  // §13yy (b): a redacted value's tails over many lines, one long run
  // that is no tail, a key's body over many lines, blanks after a key
  'wrapped-tails': (n) => `password: x\n${'aB3aB3aB3aB3\n'.repeat(n / 13)}`,
  'tail-run': (n) => `-p x\n${'aB3+\\n'.repeat(n / 6)}!`,
  'key-lines': (n) => `-----BEGIN PRIVATE KEY-----${'\nAb3+'.repeat(n / 5)}`,
  'key-blanks': (n) => `-----BEGIN PRIVATE KEY-----\n${' '.repeat(n)}x`,
  // §13yy (c): PowerShell's record fields with no native error, a record
  // after many `+ ` lines, many lines before a record
  'record-fields': (n) => '    + CategoryInfo : x\n'.repeat(n / 23),
  'record-code-lines': (n) =>
    `${'+ x\n'.repeat(n / 4)}    + CategoryInfo : (x) [], RemoteException\n    + FullyQualifiedErrorId : NativeCommandError`,
  'lines-then-record': (n) =>
    `${'a\n'.repeat(n / 2)}    + CategoryInfo : (x) [], RemoteException\n    + FullyQualifiedErrorId : NativeCommandError`,
  mixed: (n) => {
    // a fixed pseudo-random mix of the characters above
    const chars = '$,{}"=\\@. a\n:/'
    let seed = 42
    let out = ''
    for (let i = 0; i < n; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      out += chars[seed % chars.length]
    }
    return out
  }
}

const FUNCTIONS: Record<string, (value: string) => unknown> = {
  judgeText: (v) => judgeText(v, GENERIC),
  asPlainLog,
  withoutCredentials,
  // explain's reading of a paste: cleaned, masked, joined, redacted
  pastedText,
  parseChallenge,
  'analyzeInputs(password)': (v) => analyzeInputs('octocat', v),
  'analyzeInputs(username)': (v) => analyzeInputs(v, 'Sup3r-secret-passw0rd'),
  parseJwtPayload: (v) => parseJwtPayload(`e30.${v}.sig`),
  'parseJwtPayload(raw)': parseJwtPayload,
  redactTokens,
  tokensIn,
  // a 16 KiB secret of the body's own characters, which the body ends
  // in the first part of
  'Secrets.redactCut': (v) => {
    const secrets = new Secrets()
    secrets.add(`${v.slice(-16_384)}#`, 'u')
    return secrets.redactCut(v)
  },
  'judge(body, header, output)': (v) =>
    judge(
      exampleEvidence({
        exchanges: [
          exchange('ping', {
            status: 401,
            headers: { 'www-authenticate': v }
          }),
          exchange('token', {
            status: 401,
            headers: { 'www-authenticate': v },
            body: v
          })
        ],
        cli: { exitCode: 1, output: v }
      })
    ),
  registryHost: (v) => {
    try {
      return registryHost(v)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      return undefined
    }
  }
}

/**
 * The fastest of five runs: the other test files run beside this one, and
 * a garbage collection or a busy core lands on a single run, not on all.
 */
function fastest(f: () => unknown): number {
  let best = Infinity
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    f()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('linear time on long adversarial input', () => {
  it.each(Object.keys(FUNCTIONS))('%s, on every adversarial shape', (name) => {
    const f = FUNCTIONS[name]
    for (const [shape, make] of Object.entries(ADVERSARIAL)) {
      const large = make(LARGE)
      const small = make(SMALL)
      f(small) // warm up
      f(large)
      // Up to three measurements: the other test files' load can slow one
      // (a garbage collection of a big heap, a busy core); a quadratic
      // step slows every one.
      let label = ''
      let linear = false
      let underCeiling = false
      for (let round = 0; round < 3 && !(linear && underCeiling); round++) {
        const smallMs = fastest(() => f(small))
        const largeMs = fastest(() => f(large))
        // the timings are in the label, so that a failure shows them
        label = `${label}${shape}: ${smallMs.toFixed(2)} ms → ${largeMs.toFixed(2)} ms; `
        linear = largeMs / Math.max(smallMs, NOISE_MS) < MAX_RATIO
        underCeiling = largeMs < CEILING_MS
      }
      expect({ label, underCeiling, linear }).toEqual({
        label,
        underCeiling: true,
        linear: true
      })
    }
  })

  // A run of slashes after the host was quadratic in registryHost (a
  // `.replace(/\/+$/, '')`): 20 000 took ~0.1 s, 200 000 would take ~12 s.
  it('registryHost: a run of slashes (regression)', () => {
    const f = FUNCTIONS.registryHost
    const make = ADVERSARIAL.slashes
    f(make(SMALL))
    const smallMs = fastest(() => f(make(SMALL)))
    const largeMs = fastest(() => f(make(LARGE)))
    expect(largeMs).toBeLessThan(CEILING_MS)
    expect(largeMs / Math.max(smallMs, NOISE_MS)).toBeLessThan(MAX_RATIO)
  })
})

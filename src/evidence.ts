/**
 * Evidence: everything known about one login attempt, gathered once (the
 * inputs' shape, the preflight's HTTP exchanges, the push and rate-limit
 * checks, the docker CLI's result, the event) and never changed after. The
 * judge reads it; it never contains the secret or a token.
 */
import type { CredentialKind, DiagnosisId } from './diagnosis.js'
import type { StaleConfig } from './docker-config.js'
import type { ProfileId } from './profiles/index.js'

/** A problem seen in the shape of an input, before any request is made. */
export type InputProblem =
  | 'username-empty'
  | 'password-empty'
  /** `$${{ secrets.X }}`: the secret arrived with a literal `$` in front */
  | 'password-dollar-prefix'
  /** `${{ … }}` text arrived unexpanded */
  | 'unexpanded-expression'
  /** `$VAR` or `${VAR}` text arrived unexpanded */
  | 'unexpanded-variable'
  | 'inner-whitespace'
  | 'newline'
  /** wrapped in quotes, or contains quote characters at its ends */
  | 'quoted'
  | 'non-printable'
  | 'username-email'
  /**
   * a token in the username input (the inputs swapped): a secret, never
   * put on docker's command line
   */
  | 'username-token'
  /** the token carries its own expiry, and it has passed (ECR) */
  | 'token-expired'
  /** a `_json_key` password that is not a service-account key */
  | 'not-a-service-account-key'
  /** a kind of token the registry does not take */
  | 'unsupported-token'
  /** an `oauth2accesstoken` password that is not an access token (GAR) */
  | 'not-an-access-token'

/** One finding of the offline input analysis. */
export interface InputFinding {
  input: 'username' | 'password'
  problem: InputProblem
  /**
   * The value cannot be right as it is: nothing is sent (on Docker Hub a
   * refused attempt counts towards the lockout). Otherwise the finding only
   * explains a refusal.
   */
  decisive: boolean
  /**
   * the diagnosis a decisive finding proves, when not
   * `malformed-credentials` (an expired ECR token: `token-expired`)
   */
  diagnosis?: DiagnosisId
  /** what the evidence line adds (an expiry time); never the secret */
  detail?: string
  /**
   * judged by the runner's clock (a token's own expiry): not decisive
   * with `preflight: false` (docs/registries.md §13qq (h))
   */
  byClock?: boolean
}

/** The offline look at the inputs: no secret, only its shape. */
export interface InputAnalysis {
  credentialKind: CredentialKind
  usernameEmpty: boolean
  passwordEmpty: boolean
  findings: readonly InputFinding[]
}

/** Which request an exchange was. */
export type ExchangeStep =
  | 'ping'
  | 'token'
  | 'basic-ping'
  | 'hub-login'
  | 'push-token'
  | 'rate-limit'
  /** the push probe: an upload session started (`POST …/blobs/uploads/`) */
  | 'upload'
  /** the push probe: the upload session cancelled (`DELETE <Location>`) */
  | 'upload-cancel'
  /**
   * AWS access keys exchanged for an ECR token: ECR's (or ECR Public's)
   * GetAuthorizationToken, sent through the AWS SDK
   */
  | 'aws-token'
  /**
   * the job's GitHub ID token exchanged for a Docker token at Docker's
   * identity service (`POST /oauth/token`, docs/docker-hub.md §7 (d))
   */
  | 'oidc-exchange'
  /**
   * the job's GitHub ID token asked at the runner's endpoint
   * (`GET ${ACTIONS_ID_TOKEN_REQUEST_URL}&audience=…`, docs/docker-hub.md
   * §7 (c))
   */
  | 'oidc-id-token'

/**
 * What a certificate failure was: an authority nobody trusted, a
 * certificate for other names, one out of its validity period, or another
 * certificate problem (docs/registries.md §9).
 */
export type TlsKind =
  'unknown-authority' | 'name-mismatch' | 'expired' | 'other'

/**
 * One HTTP request and what came back (after retries). When no response
 * came, `status` is undefined and `error` says why.
 */
export interface HttpExchange {
  step: ExchangeStep
  method: string
  /** the URL without credentials */
  url: string
  status?: number
  /** response headers that matter, lower-case names */
  headers: Readonly<Record<string, string>>
  /** the response body, tokens redacted, cut to a few KiB */
  body?: string
  /** a network failure: `code` is Node's (ECONNREFUSED, ECONNRESET, …) */
  error?: {
    code?: string
    message: string
    timedOut: boolean
    /**
     * a certificate failure (`code` is Node's: CERT_HAS_EXPIRED,
     * ERR_TLS_CERT_ALTNAME_INVALID, …): its kind, the host[:port] whose
     * certificate failed, and the certs.d CA files that were trusted for it
     */
    tls?: { kind: TlsKind; host: string; caFiles?: string[] }
    /**
     * the proxy refused the request with this status (`code` is
     * `ERR_PROXY_RESPONSE`): 407 when it wants credentials; no response
     * from the registry came
     */
    proxyStatus?: number
    /**
     * the proxy itself failed: it could not be reached (refused, its name
     * unknown, unreachable) or refused the tunnel with a 4xx
     * (`proxyStatus`); nothing is known of the registry (attack-69 A69-02;
     * a 5xx is the proxy's report on the registry, attack-70 A70-02)
     */
    atProxy?: true
  }
  /**
   * the proxy the request went through (`HTTPS_PROXY`, …) as
   * `scheme://host:port`, without its credentials; absent when direct
   */
  proxy?: string
  /**
   * the proxy's URL held credentials (`user[:password]@`), which went with
   * the request (never shown; attack-69 A69-04)
   */
  proxyCredentials?: true
  /** how many times the request was sent */
  attempts: number
  /**
   * how far the server's clock (its `Date`) was ahead of the runner's when
   * it answered, in ms (negative: behind); absent without a `Date`
   */
  clockAheadMs?: number
}

/**
 * AWS access keys exchanged for an Amazon ECR token before the preflight,
 * as docker/login-action does (docs/registries.md §5 (f)). Never the keys,
 * the session token or the ECR token.
 */
export interface CredentialExchange {
  /** `ecr`: a private registry; `ecr-public`: ECR Public (us-east-1) */
  service: 'ecr' | 'ecr-public'
  region: string
  /**
   * where the keys came from: the username and password inputs, or the
   * environment (AWS_ACCESS_KEY_ID…, or the AWS SDK's other sources: a
   * profile, a web identity token, the instance's role)
   */
  keys: 'inputs' | 'environment'
  /** the access key id's kind: `AKIA…` long-term, `ASIA…` temporary */
  keyKind?: 'long-term' | 'temporary' | 'other'
  /** a session token went with the keys */
  sessionToken?: boolean
  /** the accounts the token was asked for (the host's, AWS_ACCOUNT_IDS) */
  registryIds: readonly string[]
  /**
   * the accounts of AWS_ACCOUNT_IDS but the host's, whose registries are
   * logged in to after the host's (see Evidence `accountLogins`)
   */
  otherAccounts?: readonly string[]
  /**
   * `token`: one came; `refused`: AWS refused the request; `no-credentials`:
   * the SDK found no keys anywhere; `unreachable`: no answer, or a 5xx;
   * `failed`: anything else (the SDK's own error)
   */
  result: 'token' | 'refused' | 'no-credentials' | 'unreachable' | 'failed'
  /**
   * the GetAuthorizationToken request as sent through the SDK (its answer's
   * body only when it failed); absent when none was sent
   */
  exchange?: HttpExchange
  /** AWS's error code and message, or the SDK's, when it failed */
  error?: { code: string; message: string }
  /** when the token expires (ISO 8601), when one came */
  expiresAt?: string
  /** the registry the token is for (`https://<account>.dkr.ecr.…`) */
  proxyEndpoint?: string
  /**
   * entries of the answer for an account of AWS_ACCOUNT_IDS whose
   * proxyEndpoint is not that account's ECR registry in the region: no
   * docker login was run there with their token
   */
  foreignEndpoints?: readonly { account: string; host: string }[]
}

/**
 * The claims of the job's GitHub ID token that Docker's rulesets match
 * (docs/docker-hub.md §7 (c), (h)); read from its payload, never the token.
 */
export interface OidcClaims {
  sub?: string
  repository?: string
  ref?: string
  job_workflow_ref?: string
  event_name?: string
  repository_owner_id?: string
  repository_id?: string
  environment?: string
}

/**
 * A Docker Hub OIDC login (docs/docker-hub.md §7): the job's GitHub ID
 * token exchanged for a Docker token. Never either token.
 */
export interface OidcExchange {
  /** the connection's id (not secret) */
  connectionId: string
  /** `oidc-connection-id` input, or DOCKERHUB_OIDC_CONNECTIONID */
  source: 'input' | 'environment'
  /** the lifetime asked for, seconds */
  expiresIn: number
  /** the ID token's audience */
  audience: string
  /**
   * `token`: a Docker token came; `permission-missing`: the job may not
   * request an ID token (no `id-token: write`: the runner's variables
   * unset, or its endpoint refused the request with 401 or 403);
   * `id-token-failed`: the request for it failed otherwise (no answer, a
   * 5xx, an answer without an ID token); `refused`: Docker refused the
   * exchange (4xx); `rate-limited`: 429 after the retries; `unreachable`:
   * no answer or a 5xx; `failed`: anything else
   */
  result:
    | 'token'
    | 'permission-missing'
    | 'id-token-failed'
    | 'refused'
    | 'rate-limited'
    | 'unreachable'
    | 'failed'
  /** the runner's variables that are missing, when they are */
  missing?: readonly string[]
  /** why the ID token request failed (redacted) */
  error?: string
  /**
   * the request for the GitHub ID token as sent (its answer redacted);
   * absent when none was sent
   */
  idTokenRequest?: HttpExchange
  claims?: OidcClaims
  /** the exchange as sent (its body redacted); absent when none was sent */
  exchange?: HttpExchange
}

/** What the docker CLI said when it ran. */
export interface CliResult {
  exitCode: number
  /** stdout and stderr together, as the user would see them, secret cut */
  output: string
}

/**
 * `docker login` to the registry of another account of AWS_ACCOUNT_IDS,
 * with the token of its own entry in the same GetAuthorizationToken answer
 * (docs/registries.md §5 (h)).
 */
export interface AccountLogin {
  account: string
  /** the registry's host as AWS named it (the entry's proxyEndpoint) */
  host: string
  /** what docker was given: the host, or where DOCKER_LOGIN_PREFLIGHT_ENDPOINTS sends it */
  server: string
  /** when its token expires (ISO 8601), when the answer said */
  expiresAt?: string
  cli: CliResult
}

/** One repository of the `push` input, and what was asked about it. */
export interface PushEvidence {
  repository: string
  /**
   * The exchange that answers for it: its own token request, or the login
   * token's when that was asked for push too.
   */
  exchange: HttpExchange
  /**
   * The actions the token granted there, read from the JWT; undefined when
   * no token came or it was opaque.
   */
  granted?: readonly string[]
  /**
   * Where tokens do not tell (opaque tokens, Basic authentication): the
   * upload session the push probe started, as a push begins
   */
  upload?: HttpExchange
  /** and its cancellation, when the upload started */
  cancel?: HttpExchange
}

/** The docker config the CLI used, read when `docker login` failed. */
export interface DockerConfigEvidence {
  dir: string
  /** the credential helper named for the server, `docker-credential-…` */
  helper?: string
  /** the setting that names it: `credsStore` or `credHelpers["…"]` */
  setting?: string
  /** config.json is a directory, not a file (attack-24 repro-02) */
  directory?: boolean
  /**
   * the config names no helper, and `helper` is the one docker picked
   * itself, being on PATH (attack-28 repro-01)
   */
  defaultHelper?: true
  /** the config holds a login (credsStore, credHelpers, auths): docker picks no default helper */
  holdsLogins?: true
}

/** The GitHub event of the run, read when a credential is empty. */
export interface EventEvidence {
  name: string
  actor: string
  /** the head repository of a pull request, when there is one */
  head?: { fullName?: string; fork?: boolean } | null
  /** the base repository of a pull request */
  base?: { fullName?: string }
  isPullRequest: boolean
}

/** All that is known about one login attempt. */
export interface Evidence {
  /** the registry as the user named it, and the profile that answers */
  registry: {
    input: string
    server: string
    profile: ProfileId
    /**
     * hosts sent elsewhere (DOCKER_LOGIN_PREFLIGHT_HUB, …_ENDPOINTS): the
     * host[:port] that answered → the host the user named; reports name
     * the latter, the evidence lines the former
     */
    named?: Readonly<Record<string, string>>
  }
  /** the username (not secret) */
  username: string
  input: InputAnalysis
  /**
   * `ran`; `skipped` by `preflight: false`; `not-sent` because the inputs
   * alone settled it
   */
  preflight: 'ran' | 'skipped' | 'not-sent'
  /**
   * AWS access keys exchanged for an ECR token, when they were (the
   * preflight and `docker login` then use that token)
   */
  credentialExchange?: CredentialExchange
  /**
   * `ecr: false` on a host of Amazon ECR with access keys (in the inputs,
   * or in the environment with both inputs empty), not user AWS: nothing
   * was exchanged, the inputs went to the registry as they are
   * (docs/registries.md §13ee)
   */
  ecrOff?: true
  /** the preflight's requests, in the order made */
  exchanges: readonly HttpExchange[]
  /**
   * the registry's challenge was known (Docker Hub's): its token service
   * was asked without a ping; with `scheme: 'basic'` (ECR's), the
   * credential was sent to `/v2/` without one
   */
  knownChallenge?: { realm: string; service?: string; scheme?: 'basic' }
  /** the push checks, one per repository of the `push` input */
  push: readonly PushEvidence[]
  /**
   * why the repositories of the `push` input were not checked, when they
   * were not (never silently)
   */
  pushUnchecked?: { repositories: number; reason: string }
  /**
   * docker login was not run: the username input holds a token, and
   * docker's command line names the username (gather.ts)
   */
  loginWithheld?: boolean
  /**
   * hosts of `push` entries on another registry than the one logged in
   * to: a login here cannot serve them
   */
  pushElsewhere?: readonly string[]
  /** the rate-limit preview's answer */
  rateLimit?: HttpExchange
  /** `docker login`, when it ran */
  cli?: CliResult
  /**
   * with AWS_ACCOUNT_IDS on an ECR host: `docker login` to each other
   * account's registry, run only once the main login succeeded
   */
  accountLogins?: readonly AccountLogin[]
  /** the login was skipped (`skip-if-missing` and empty credentials) */
  skipped: boolean
  /**
   * the registry as given, when DOCKERHUB_OIDC_CONNECTIONID is set and the
   * password empty but the registry is Docker Hub spelt another way than
   * login-action takes for OIDC (`index.docker.io`…): no OIDC login was made
   */
  oidcNotApplied?: string
  dockerConfig?: DockerConfigEvidence
  /**
   * the docker config already held a stale entry for the server before
   * the login (its helper not on PATH, an expired ECR token), or names
   * gcloud's helper, which keeps no login: read first
   */
  staleConfig?: StaleConfig
  event?: EventEvidence
  /**
   * a Docker Hub OIDC login: the ID token and its exchange, when one was
   * made (the preflight and `docker login` then use the Docker token)
   */
  oidcExchange?: OidcExchange
  /**
   * when the credential logged in with expires (ISO 8601, UTC), when it
   * carries its expiry: the OIDC exchange's `expires_in`, an ECR token's
   * own expiry (exchanged from AWS keys, or given as the password)
   */
  expiresAt?: string
}

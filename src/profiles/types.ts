/**
 * The shape of a provider profile: what the action knows of one registry
 * family, as data — how it is recognised, its credential shapes, the
 * wordings it refuses with (rules with stable ids), how a refusal is
 * refined, and what to tell the user for each diagnosis.
 */
import type { CredentialKind, DiagnosisId, WarningId } from '../diagnosis.js'
import type { Evidence, InputProblem } from '../evidence.js'
import type { Challenge } from '../protocol.js'

/**
 * A case-insensitive substring, or a list of substrings that must all be
 * present (for wordings that vary in the middle).
 */
export type Wording = string | readonly string[]

/** One text rule: any of its wordings yields its diagnosis. */
export interface TextRule {
  /**
   * A stable id (`HUB007`), shown in the evidence and in `explain --json`;
   * never reused or renumbered.
   */
  id: string
  diagnosis: DiagnosisId
  match: readonly Wording[]
  /** where the wording was seen */
  source: string
  /**
   * What the preflight asks next when a refusal reads like this:
   * `hub-login`, the Docker Hub login API, which tells 2FA from SSO.
   */
  next?: 'hub-login'
  /** the variant of the diagnosis's texts this wording calls for */
  case?: RemediationCase
  /**
   * The wording is its registry's alone and says so (Docker Hub's pull
   * limit, with its own page): `explain` answers for that registry even
   * under another `--registry`, as when a job pushing to GHCR pulls its
   * base image from Docker Hub.
   */
  namesRegistry?: true
  /**
   * Every part of a wording must stand on one line: for the words of a
   * shell or a file utility (`/bin/sh: 1: ./run.sh: Permission denied`),
   * which a log holds beside a registry's own `Permission denied` on
   * another line (attack-34 repro-01).
   */
  sameLine?: true
  /**
   * What the text is about and what to do, where the wording says it and
   * the diagnosis's texts cannot (a `not-a-login-failure` wording with no
   * case, e.g. a Helm release's own bug): `explain`'s error line and its
   * first step, in place of the generic "read what it names".
   */
  what?: string
}

/** What a refinement concluded, with the evidence lines that say why. */
export interface Refined {
  diagnosis: DiagnosisId
  lines: readonly string[]
  /** the refinement changed the diagnosis (its id is then shown) */
  changed: boolean
}

/**
 * A refinement: a diagnosis from a refusal made precise by the rest of the
 * evidence (the input's shape, the Docker Hub login API's answer).
 */
export interface Refinement {
  /** a stable id, like a text rule's */
  id: string
  /** the diagnosis it refines */
  from: DiagnosisId
  /** undefined when it does not apply */
  refine: (evidence: Evidence) => Refined | undefined
  source: string
}

/**
 * The variants of a diagnosis's texts, chosen by what the judge found.
 */
export const REMEDIATION_CASES = [
  /** push denied: the token service called the token's scopes insufficient */
  'read-only-token',
  /** push denied: a token granted without push on the namespace */
  'namespace',
  /**
   * the login's own token request, which named no repository, refused as
   * insufficient: the credential may use no repository of the registry
   * (a GitLab token without a registry scope; attack-64)
   */
  'login-scope',
  /** only the username is malformed, or empty */
  'username',
  /** only the password is empty */
  'password',
  /** the docker config names a credential helper */
  'credential-helper',
  /** the docker config names none: the login goes to config.json */
  'config-file',
  /** docker login refused a credential the registry had just accepted */
  'after-accepted',
  /** the registry's address answers with a web page, not a registry */
  'not-a-registry',
  /** the registry's certificate: an authority the runner does not trust */
  'tls-unknown-authority',
  /** the registry's certificate is for other names */
  'tls-name-mismatch',
  /** the registry's certificate is out of its validity period */
  'tls-expired',
  /** a 407 where no proxy is set: something on the network wants one */
  'proxy-not-set',
  /** push denied to GITHUB_TOKEN (or an App token): the job's permissions */
  'github-token',
  /** push denied: the package does not grant this repository access */
  'package-access',
  /** an AWS access key the service does not know, or a bad secret key */
  'aws-access-key',
  /** the registry of another account of AWS_ACCOUNT_IDS refused its token */
  'aws-account',
  /** a rate limit that a proxy or mirror in between answered */
  'proxy',
  /** an Actions cache (`type=gha`) failure during a build that pushes */
  'actions-cache',
  /** a tag or digest the registry does not have */
  'manifest-unknown',
  /** an image for another platform than the runner's */
  'platform',
  /** a permission error inside a container or on the runner's files */
  'filesystem',
  // appended for GitLab (docs/registries.md §2):
  /** push denied to a CI job token (GitLab CI_JOB_TOKEN): its own project only */
  'job-token',
  // appended for Azure Container Registry (docs/registries.md §7 (c)):
  /** refused: the username is no application ID the tenant knows */
  'service-principal-id',
  /** refused: a service principal's client secret is wrong or expired */
  'service-principal-secret',
  // GHCR (appended): a pull made without a login, of a package that needs
  // one (docs/registries.md §1 (c): a private package answers
  // "unauthorized")
  /** a pull with no login of a package that needs one */
  'anonymous-pull',
  // Docker Hub OIDC (appended, docs/docker-hub.md §7 (f)):
  /** a Docker token from an OIDC exchange refused: the username is no organization */
  'oidc-username',
  // Azure Container Registry (appended, docs/registries.md §7):
  /** no refresh token for the registry: the identity has no role on it at all */
  'registry-role',
  /**
   * ACR refused the Azure AD token a tool sent (Bicep, the Azure SDK): no
   * role, another tenant, or authentication-as-arm disabled
   */
  'aad-token-refused',
  // appended (docs/registries.md §13f): a push or pull docker (or another
  // client) sent with no credential for that host, as against empty inputs
  /** a request sent with no login for that host: none ran, or for another host or user */
  'no-login',
  // appended (docs/registries.md §0): docker would rewrite the config
  /** the docker config file is not a JSON object: docker would write it anew */
  'config-malformed',
  // appended (docs/registries.md §13f (d)): a read refused, not a push
  /** refused a read (a pull, or the reads a push makes): no read permission */
  'read-denied',
  // Docker Hub OIDC (appended, docs/docker-hub.md §7 (c)):
  /** no answer (or a 5xx) from the runner's ID-token endpoint */
  'oidc-id-token',
  // appended (docs/registries.md §13n): docker could not start
  /** docker's current context (config.json, DOCKER_CONTEXT) does not exist */
  'docker-context',
  // appended (docs/registries.md §13o (a)): Container Registry shut down
  /** a push to gcr.io after Container Registry stopped taking writes */
  'gcr-shutdown',
  // appended (docs/registries.md §13r): the layer's storage host refused it
  /** a layer download that the registry's storage host (a CDN) refused */
  'blob-storage',
  // appended (docs/registries.md §13x (b)): a cloud service pulled with
  // its own registry settings, which held no credential
  /** a cloud service (Container Apps, App Service…) pulled with no credential */
  'cloud-service',
  // appended (docs/registries.md §13ee): `ecr: false` on an ECR host
  /** `ecr: false` on Amazon ECR: AWS keys went unexchanged */
  'ecr-off',
  // appended (docs/registries.md §13gg): Docker Hub's 401 for an official name
  /** a Docker Hub official image's name (library/…) no image has */
  'official-image',
  // appended (attack-19 repro-04): a token in the username input
  /** the username input holds a token (the inputs swapped) */
  'username-token',
  // appended (attack-19 repro-02): the command line outside GitHub Actions
  /** an empty input in a CI system other than GitHub Actions, or a shell */
  'ci-variable',
  /** an empty input in a GitLab CI job: a protected or scoped variable */
  'gitlab-variable',
  // appended (docs/registries.md §13nn (e)): podman's auth file
  /** podman, buildah or skopeo login cannot create its auth file's folder */
  'auth-file',
  // appended (docs/registries.md §13oo (b)): a signature dated by a wrong clock
  /** a token or signature refused for its time: the runner's clock is off */
  'clock',
  // appended (docs/registries.md §13oo (d)): an immutable tag
  /** a push refused because the tag exists and the repository keeps it immutable */
  'immutable-tag',
  // appended (docs/registries.md §13pp (d)): config.json is a directory
  /** the docker config's config.json is a directory (a bind mount of a missing file) */
  'config-directory',
  // appended (docs/registries.md §13qq (a)): docker reached no daemon
  /** the docker CLI could not connect to its daemon (not running, another host) */
  'docker-daemon',
  // appended (docs/registries.md §13qq (c)): Knative's tag resolution
  /** Knative Serving's controller read the image without a credential to resolve its tag */
  'tag-resolution',
  // appended (docs/registries.md §13qq (e)): Google service account impersonation
  /** a federated identity refused the right to act as a Google service account */
  'sa-impersonation',
  // appended (attack-26 repro-02): OIDC set up, Docker Hub spelt otherwise
  /** DOCKERHUB_OIDC_CONNECTIONID set, but the registry is a Docker Hub spelling login-action takes no OIDC for */
  'oidc-registry',
  // appended (attack-28 repro-01): no credsStore, docker picked its own
  /** the credential helper docker uses by default (on PATH, none configured) failed */
  'default-helper',
  // appended (attack-28 repro-02): a helper that cannot store
  /** the credential helper named only reads credentials (Amazon ECR's): it cannot store a login */
  'helper-read-only',
  // appended (attack-28 repro-03): config.json this user may not read
  /** the docker config's config.json cannot be read by this user (another owner, mode 0600) */
  'config-unreadable',
  // appended (docs/registries.md §13tt (b)): a network rule refuses the
  // runner's address, not its credential
  /** a GitHub organization's IP allow list does not hold the runner's address */
  'ip-allow-list',
  /** a Google Cloud VPC Service Controls perimeter does not let the runner in */
  'vpc-service-controls',
  // appended (attack-37 repro-04): a tool's listing refused, not a pull or
  // a push
  /** a listing (the catalog, an account's organizations) the credential may not make */
  'list-denied',
  // appended (attack-38 repro-03): a web API's rate limit, not the registry's
  /** the rate limit of a registry's web API (GitHub's REST API), asked by a tool */
  'api-rate-limit',
  /**
   * AWS STS refused the job's GitHub OIDC token for the role: its trust
   * policy (the OIDC provider, `aud`, `sub`), not the role's permissions
   */
  'oidc-trust-policy',
  // appended (attack-44 A44-03): another web identity than a GitHub job's
  /**
   * AWS STS refused a web identity token (a GitLab job's, an EKS pod's, any
   * OIDC token sent with AssumeRoleWithWebIdentity) for the role: its trust
   * policy, for that identity provider's claims
   */
  'web-identity-trust-policy',
  // appended (docs/registries.md §13ww (j)): a tag with the host alone
  /**
   * the image was tagged with a registry host and no repository path
   * (`myreg.azurecr.io:1.0`): docker pushed it to Docker Hub as
   * `library/<host>`
   */
  'host-as-image-name',
  // appended (attack-47 A47-03): an OIDC login's own 429
  /**
   * Docker Hub OIDC: GitHub's ID-token endpoint or Docker's token exchange
   * answered 429, not Docker Hub's pull limit
   */
  'oidc-rate-limit',
  // appended (review of §13ww (d)): GAR058
  /** the Google Cloud project that held the image was deleted */
  'project-deleted',
  // appended (docs/registries.md §13xx (a)): the OIDC login's own TLS
  /**
   * Docker Hub OIDC: GitHub's ID-token endpoint or Docker's token exchange
   * answered with a certificate the runner refused (a TLS-inspecting proxy)
   */
  'oidc-tls',
  // appended (docs/registries.md §13xx (b)): GAR059
  /** Cloud Build refused to start `gcloud builds submit`'s build (or take its source) */
  'cloud-build',
  // appended (attack-52's notes): Docker Hub's 429 to a login with its credential
  /**
   * Docker Hub answered 429 to a request that carried the credential: the
   * account's pull limit, or the address's abuse limit, not an anonymous pull
   */
  'account-limit',
  // appended (attack-60 A60-03..06): what a cloud's OIDC or Entra refusal
  // asks to change, not a secret's
  /** Microsoft Entra: the Azure CLI's cached login expired (AADSTS700082) */
  'az-login-expired',
  /** Microsoft Entra: azure/login's GitHub assertion was used after its lifetime (AADSTS700024) */
  'oidc-assertion-expired',
  /** Microsoft Entra: no federated credential of the app matches the job's token */
  'federated-credential',
  /** a cloud's auth action could not get the job's GitHub ID token: no `id-token: write` */
  'id-token-permission',
  /** Google's Application Default Credentials were not set up before the tool ran */
  'google-adc',
  /** Google STS: the Workload Identity provider's attribute condition does not admit the token */
  'wif-attribute-condition',
  // appended (attack-61): a client's own failure, not a secret's
  /** a client that speaks Basic only, to a registry that logs in through a token service */
  'basic-only-client',
  /** Jenkins has no credential with the id a job names */
  'jenkins-credentials',
  /** drone-docker's base image connector was given no username or password */
  'base-image-connector',
  /** the kubelet's image credential provider plugin failed (no docker login, no docker config) */
  'kubelet-provider',
  /** podman's, buildah's or skopeo's auth file (auth.json) is not valid JSON */
  'auth-file-malformed',
  /** the pushed image's content-trust signing was refused (notary), not the push */
  'signing-denied',
  /** a tool's request to GitLab's REST API (/api/v4/) refused for the token's scopes */
  'api-scope',
  /** a registry mirror that serves only the images on its allowlist */
  'mirror-allowlist',
  /** the registry login in Maven's settings.xml that docker-maven-plugin reads is incomplete */
  'maven-settings',
  // appended (attack-62): the registries' own rules that name one fix
  /** the AWS CLI profile's IAM Identity Center (SSO) session has ended */
  'aws-sso-session',
  /** a stored, outdated login for public.ecr.aws, whose public images need none */
  'public-ecr-login',
  /** Quay's REST API, which takes an OAuth application token, not a robot's */
  'quay-api-token',
  /** Docker Hub's web API, which takes no personal access token as a bearer */
  'hub-api-token',
  /** the GitLab instance has no container registry enabled */
  'registry-disabled',
  /** docker spoke plain HTTP to the registry's HTTPS port (insecure-registries) */
  'http-to-https-port',
  /** az acr login refuses to run in Azure Cloud Shell, which has no docker daemon */
  'cloud-shell',
  /** Azure Machine Learning's stored registry keys no longer match the registry's */
  'aml-sync-keys',
  /** an Artifact Registry push whose name has no image after the repository */
  'image-name-missing',
  /** the Google Cloud project the image's name holds does not exist */
  'project-not-found',
  // appended (attack-62, below its bar): the account, the namespace, the path
  /** the account is disabled on the registry: only an administrator re-enables it */
  'account-disabled',
  /** the project or organization does not exist, and this account may not create it */
  'namespace-create-denied',
  /** GitLab: a protected container repository path this user's role may not push to */
  'protected-path',
  // appended (attack-63): tools that read no docker login
  /** a dependency bot (Dependabot, Renovate) with no credential for the registry in its own configuration */
  'dependency-bot',
  /** a tool (a controller, a clean-up job) that signs in with its own cloud identity and found none */
  'tool-cloud-identity',
  /** a tags list of one named repository refused (not the catalog, not a pull) */
  'tags-list-denied',
  // appended (attack-61, below its bar): NET008
  /** docker spoke TLS to a port or proxy that answers plain HTTP */
  'tls-to-http-port',
  /** invalid-credentials: the identity token a login stored was refused */
  'stored-identity-token',
  /** insufficient-scope: an AWS service principal the ECR policy does not allow */
  'service-principal-policy',
  /** token-expired: Google asks a user account to sign in again */
  'reauth',
  /** insufficient-scope: a GHCR package the credential may not read */
  'package-read-access',
  /** insufficient-scope: a GitHub App's token (ghs_) outside a GitHub job */
  'app-token',
  /** missing-credentials: the token command piped to the login printed nothing */
  'token-command-empty',
  /** missing-credentials: Docker Desktop with sign-in enforced, nobody signed in */
  'desktop-sign-in',
  /** token-expired: the registry's bearer token expired during a push */
  'registry-token-ttl',
  /** missing-credentials: cf push without CF_DOCKER_PASSWORD */
  'cf-docker-password',
  /** malformed-credentials: a secret a login step decodes is not base64 */
  'base64-secret',
  /** credential-store-error: docker's default store on Windows, wincred */
  'default-helper-windows',
  /** credential-store-error: docker's default store on macOS, osxkeychain */
  'default-helper-macos',
  /** registry-mismatch: an image name without a registry host went to Docker Hub */
  'name-without-host',
  // appended (attack-69 A69-02, A69-04): the proxy in HTTPS_PROXY
  /** registry-unreachable: the proxy could not be reached, or refused the tunnel */
  'proxy-unreachable',
  /** proxy-authentication-required: the proxy refused the credentials HTTPS_PROXY holds */
  'proxy-credentials-refused',
  // appended (docs/registries.md §13aac (c)): ACR041
  /** repository-not-found: az acr login's lookup of the registry found nothing */
  'registry-lookup',
  // appended (attack-70 A70-01, A70-03)
  /** insufficient-scope: ECR closed a push's upload (no repository, or no push right) */
  'upload-closed',
  /** registry-unreachable: docker's daemon could not reach its own proxy */
  'daemon-proxy'
] as const

/**
 * A challenge a registry is known to send: a token service's (`realm`,
 * `service`), or Basic authentication on every request (`scheme: 'basic'`).
 */
export interface KnownChallenge {
  realm: string
  service: string
  scheme?: 'basic'
}

/** A variant of a diagnosis's texts. */
export type RemediationCase = (typeof REMEDIATION_CASES)[number]

/** The texts of one diagnosis or warning, before rendering. */
export interface Texts {
  /** a few words naming the problem */
  title: string
  /** the one thing to do, for the error line after `<title>: ` */
  error: string
  /** why it happens, a sentence or two */
  why: string
  /** concrete steps, in order; empty for `ok` */
  steps: readonly string[]
  /** links to the documentation */
  docs: readonly string[]
  /** a workflow block to copy (placeholders are secrets and vars only) */
  snippet?: string
}

/**
 * A profile's texts for one id: the fields that differ from the common
 * texts, and its cases. Placeholders `{registry}`, `{username}`, `{helper}`,
 * `{setting}` and `{config}` are filled in when rendered.
 */
export interface RemediationEntry extends Partial<Texts> {
  cases?: Partial<Record<RemediationCase, Partial<Texts>>>
}

/** Texts by diagnosis or warning id. */
export type RemediationTable = Partial<
  Record<DiagnosisId | WarningId, RemediationEntry>
>

/**
 * What a credential's shape alone proves wrong, before any request: a
 * decisive finding with its diagnosis, and a detail for the evidence
 * (never any part of the secret: an expiry time, a field name).
 */
export interface ShapeProblem {
  problem: InputProblem
  diagnosis: DiagnosisId
  detail?: string
  /**
   * the problem rests on the runner's clock (a token's own expiry): with
   * `preflight: false` it refuses nothing, and docker login decides
   */
  byClock?: boolean
}

/** A credential kind and the shape that proves it. */
export interface CredentialShape {
  kind: CredentialKind
  /**
   * tested on the password without surrounding quotes, spaces and `$`, and
   * the username as given (trimmed)
   */
  test: (password: string, username: string) => boolean
  /** the value is a token of `[A-Za-z0-9_-]` only (no spaces, quotes…) */
  isToken: boolean
  /**
   * The shape has no prefix of its own (a bare UUID): it names this kind on
   * this profile's registry only, and is a plain password on any other (a
   * Scaleway secret key is a UUID too)
   */
  ownRegistryOnly?: boolean
  /**
   * What the shape proves wrong on this profile's registry (checked only
   * when the shape is the registry's own): a problem, or undefined. A
   * legitimate credential must never be refused here.
   */
  check?: (
    password: string,
    username: string,
    now: number
  ) => ShapeProblem | undefined
}

/** The registry families with a profile. */
export type ProfileId =
  | 'docker-hub'
  | 'ghcr'
  | 'gitlab'
  | 'quay'
  | 'harbor'
  | 'ecr'
  | 'gar'
  | 'acr'
  | 'generic'

/** One registry family. */
export interface Profile {
  id: ProfileId
  /** how the texts name it */
  name: string
  /** how it is recognised */
  recognise: {
    /** host names (lower-case, no port) */
    hosts: readonly string[]
    /** host name patterns (`<account>.dkr.ecr.<region>.amazonaws.com`) */
    hostPatterns?: readonly RegExp[]
    /** a challenge only this family sends (self-managed installations) */
    challenge?: (challenge: Challenge) => boolean
  }
  /** its credential shapes, most specific first */
  credentials: readonly CredentialShape[]
  // its wordings are rules in src/profiles/rules/<family>.ts, and its
  // refinements in src/profiles/rules/refinements.ts: a chunk loaded when a
  // text must be read (src/profiles/index.ts loadRules, refinementsFor)
  /** its texts per diagnosis and case, when they are few (the generic one) */
  remediation?: RemediationTable
  /**
   * its texts, loaded when a report of this registry is written
   * (`loadTexts`): no other registry's start-up pays for them
   */
  texts?: () => Promise<RemediationTable>
  /**
   * The variant of `insufficient-scope` when no denial's wording named one
   * (GHCR: GITHUB_TOKEN's permissions), or undefined for the default
   */
  pushCase?: (evidence: Evidence) => RemediationCase | undefined
  /**
   * The variant of a refused credential's texts (`invalid-credentials`)
   * its kind calls for where no wording named one (GitLab: a CI job token,
   * valid only while its job runs), or undefined for the default
   */
  refusalCase?: (evidence: Evidence) => RemediationCase | undefined
  /**
   * `false` where the push probe (an upload started and cancelled) is not
   * used: nothing public says what it does there (Docker Hub, whose
   * tokens are JWTs that tell push rights anyway)
   */
  pushProbe?: boolean
  /**
   * `false` where the token service answers a credential it does not
   * accept with a token for nobody once scopes are asked (Harbor,
   * docs/registries.md §4 (d)): the login's token is then asked without
   * the push scopes, which are checked after it was accepted
   */
  pushScopesAtLogin?: boolean
  /** the pull rate-limit preview, where the registry has one */
  rateLimitPreview?: { scope: string; repository: string }
  /**
   * The challenge its registry at `host` always sends, when the family is
   * a service (not self-managed): the preflight asks the token service
   * straight away, without a ping; with `scheme: 'basic'` (Amazon ECR), it
   * sends the credential to `/v2/` straight away
   */
  challenge?: (host: string) => KnownChallenge | undefined
}

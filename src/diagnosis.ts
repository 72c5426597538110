/**
 * The taxonomy: stable ids that step outputs, `--json` output, the README
 * and users' scripts rely on. Never rename one; add new ids at the end.
 */
export const DIAGNOSIS_IDS = [
  'ok',
  'missing-credentials',
  'malformed-credentials',
  'email-as-username',
  'password-with-2fa',
  'password-with-sso',
  'pat-required',
  'organization-token-username',
  'invalid-credentials',
  'token-expired',
  'insufficient-scope',
  'login-locked-out',
  'rate-limited',
  'registry-unreachable',
  'credential-store-error',
  'unknown',
  'docker-cli-missing',
  'proxy-authentication-required',
  /** a kind of credential this registry does not take (a fine-grained GitHub token on GHCR) */
  'unsupported-credential-kind',
  /** the repository (or its namespace) does not exist: not the credential */
  'repository-not-found',
  /** a stored login of this runner for the registry breaks anonymous pulls */
  'stale-login',
  /** a text that is not about logging in (a missing tag, a platform mismatch) */
  'not-a-login-failure',
  /** the push target is on another registry host than the login */
  'registry-mismatch',
  /** AWS refused the access keys' request for an ECR token (IAM) */
  'aws-access-denied',
  /**
   * Docker Hub OIDC: the job cannot request a GitHub ID token (no
   * `permissions: id-token: write`)
   */
  'oidc-permission-missing',
  /** Docker Hub OIDC: Docker's identity service refused the token exchange */
  'oidc-exchange-refused'
] as const

/** A failure mode of a login, or `ok`. */
export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number]

/** Findings that are reported but do not fail the step. */
export const WARNING_IDS = [
  'password-in-use',
  'preflight-skipped',
  'preflight-unreachable',
  'rate-limit-low',
  'push-not-checked',
  /**
   * the runner's docker config already held a stale entry for the registry
   * (its credential helper not on PATH, an expired ECR token)
   */
  'stale-docker-config',
  /**
   * the credential expires within `expiry-warning` minutes: a later push or
   * pull in the job will fail
   */
  'credential-expires-soon',
  /**
   * the docker config's credential helper for the registry keeps no
   * `docker login` (gcloud's): later pulls and pushes send its own
   * credential, not the one checked
   */
  'helper-ignores-login'
] as const

export type WarningId = (typeof WARNING_IDS)[number]

/** What the credential looks like, from its shape alone. */
export const CREDENTIAL_KINDS = [
  'personal-access-token',
  'organization-access-token',
  'legacy-access-token',
  'password',
  'none',
  /** `ghp_`: a GitHub personal access token (classic) */
  'github-classic-token',
  /** `github_pat_`: a fine-grained GitHub token (GHCR does not take them) */
  'github-fine-grained-token',
  /** `ghs_`: GITHUB_TOKEN or a GitHub App installation token */
  'github-actions-token',
  /** `gho_`, `ghu_`: a GitHub OAuth or App user token */
  'github-oauth-token',
  /** `glpat-`: a GitLab personal, project or group access token */
  'gitlab-personal-token',
  /** `gldt-`, or user `gitlab+deploy-token-<n>`: a GitLab deploy token */
  'gitlab-deploy-token',
  /** user `gitlab-ci-token` (CI_REGISTRY_USER), or `glcbt-`: a CI job token */
  'gitlab-job-token',
  /** user `robot$<name>`: a Harbor robot account */
  'harbor-robot',
  /** user `<namespace>+<robot>`: a Quay robot account */
  'quay-robot',
  /** user `_json_key` or `_json_key_base64`: a Google service-account key */
  'gcp-service-account-key',
  /** user `oauth2accesstoken`: a Google OAuth access token (`ya29.`) */
  'gcp-access-token',
  /** user `00000000-0000-0000-0000-000000000000`: an ACR access token */
  'acr-access-token',
  /** a GUID username on ACR: a service principal's application id */
  'azure-service-principal',
  /** user `AWS`: an ECR authorization token (12 hours) */
  'ecr-token',
  /** an AWS access key id (`AKIA…`, `ASIA…`) and its secret, on ECR */
  'aws-access-key',
  /** a Docker Hub OIDC login: the job's ID token exchanged for a Docker token */
  'oidc'
] as const

export type CredentialKind = (typeof CREDENTIAL_KINDS)[number]

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
  'proxy-authentication-required'
] as const

/** A failure mode of a login, or `ok`. */
export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number]

/** Findings that are reported but do not fail the step. */
export const WARNING_IDS = [
  'password-in-use',
  'preflight-skipped',
  'preflight-unreachable',
  'rate-limit-low',
  'push-not-checked'
] as const

export type WarningId = (typeof WARNING_IDS)[number]

/** What the credential looks like, from its shape alone. */
export const CREDENTIAL_KINDS = [
  'personal-access-token',
  'organization-access-token',
  'legacy-access-token',
  'password',
  'none'
] as const

export type CredentialKind = (typeof CREDENTIAL_KINDS)[number]

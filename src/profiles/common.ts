/**
 * What every registry shares: the links any text may cite, how workflows
 * refer to the action, and the input problems that refine a refusal
 * (its refinements are in src/profiles/rules/refinements.ts). Their wordings — the docker CLI's, the
 * distribution API's, HTTP and network failures — are rule tables in
 * src/profiles/rules/common.ts; the texts for any registry are in
 * src/profiles/texts/common.ts.
 */
import type { InputProblem } from '../evidence.js'

/** How workflows refer to this action (`uses:`). */
export const ACTION_USES = 'docker-login-preflight/docker-login-preflight@v1'

/** Links that hold for any registry. */
export const LINKS = {
  actionReadme:
    'https://github.com/docker-login-preflight/docker-login-preflight#readme',
  login: 'https://docs.docker.com/reference/cli/docker/login/',
  credentialStores:
    'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
  githubSecrets:
    'https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions',
  dependabotSecrets:
    'https://docs.github.com/en/code-security/dependabot/working-with-dependabot/automating-dependabot-with-github-actions#accessing-secrets',
  githubVariables:
    'https://docs.github.com/en/actions/learn-github-actions/variables',
  oidcConnections:
    'https://docs.docker.com/enterprise/security/oidc-connections/create-manage/'
} as const

/**
 * How long after its expiry a token that carries it (ACR's, ECR's) is
 * still tried: a runner's clock may run ahead, and a refusal is then the
 * registry's to make. Offline, only a token expired longer ago than this
 * is refused.
 */
export const CLOCK_SKEW_MS = 5 * 60 * 1000

/**
 * The evidence of a token refused for its own expiry: when, and that this
 * runner's clock is the judge (a clock hours off misleads it; attack-25
 * repro-01).
 */
export function expiredDetail(expiry: number, now: number): string {
  const iso = (ms: number) => new Date(ms).toISOString()
  return `it expired at ${iso(expiry)} by this runner's clock (${iso(now)}); if the clock is wrong, set the time, or preflight: false lets docker login decide`
}

/**
 * Findings that turn a plain refusal into `malformed-credentials`: the
 * value was most likely not what was stored.
 */
export const REFINING_PROBLEMS: readonly InputProblem[] = [
  'username-token',
  'unexpanded-variable',
  'inner-whitespace',
  'newline',
  'quoted',
  'non-printable'
]

/**
 * AWS access keys exchanged for an Amazon ECR token, as docker/login-action
 * does (docs/registries.md §5 (f)): whether the exchange applies to a login
 * and what it asks for (which service, region and accounts), and the
 * exchange itself through the AWS SDK. The SDK is loaded only here, only
 * then: `./aws-sdk.js` is a lazy chunk that nothing else imports, so the
 * other registries' runs neither load nor parse it.
 */
import { InputError } from './errors.js'
import type { CredentialExchange } from './evidence.js'
import { send, type RetryPolicy } from './http.js'
import type { EcrMode } from './inputs.js'
import { ECR_HOST, ECR_PUBLIC_HOSTS } from './profiles/ecr.js'
import type { Secrets } from './redact.js'
import type { RegistryTarget } from './registry.js'

/** The username an ECR token goes with (docs/registries.md §5 (b)). */
export const ECR_TOKEN_USER = 'AWS'

/** ECR Public's token service is in us-east-1 only (§5 (f)). */
export const ECR_PUBLIC_REGION = 'us-east-1'

/** What the exchange asks, and with which keys. */
export interface ExchangePlan {
  service: CredentialExchange['service']
  region: string
  /** a FIPS registry host (`dkr.ecr-fips`): the FIPS API endpoint */
  fips: boolean
  /** the accounts to ask a token for: the host's, then AWS_ACCOUNT_IDS */
  registryIds: string[]
  /**
   * the accounts of AWS_ACCOUNT_IDS but the host's, on an ECR host: their
   * registries are logged in to as well, each with its own entry of the
   * answer (docs/registries.md §5 (h))
   */
  otherAccounts: string[]
  keys: CredentialExchange['keys']
  /**
   * the API's host, as DOCKER_LOGIN_PREFLIGHT_ENDPOINTS may name it to send
   * the exchange elsewhere (`api.ecr.us-east-1.amazonaws.com`)
   */
  apiHost: string
}

/** Static AWS keys: the inputs', or the environment's. */
export interface AwsKeys {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

/**
 * Whether `ecr: false` left AWS keys unexchanged on a host of Amazon ECR
 * (docs/registries.md §13ee): both inputs set and the username not AWS
 * (access keys sent as they are), or both empty with keys in the
 * environment (configure-aws-credentials' variables, a profile, a web
 * identity). ECR takes only user AWS with a token.
 */
export function keysLeftUnexchanged(
  target: Pick<RegistryTarget, 'profile'>,
  username: string,
  password: string,
  mode: EcrMode,
  env: NodeJS.ProcessEnv
): boolean {
  const user = username.trim()
  if (mode !== 'false' || target.profile !== 'ecr' || user === ECR_TOKEN_USER) {
    return false
  }
  const given = [user, password.trim()].filter(Boolean).length
  return (
    given === 2 || (given === 0 && ENV_KEYS.some((name) => env[name]?.trim()))
  )
}

/** Where the AWS SDK finds keys when the inputs are empty. */
const ENV_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_ROLE_ARN', 'AWS_PROFILE']

/**
 * Whether a login exchanges AWS access keys for an ECR token, and what it
 * asks. docker/login-action (src/docker.ts, src/aws.ts) exchanges whenever
 * `ecr` is `true`, or `auto` and the host is ECR's: the username and
 * password are then an access key id and its secret, or, both empty, the
 * AWS SDK finds keys in the environment. Here, also when the username is
 * `AWS` the password is taken for the ECR token it then is, and only one
 * empty input is reported as such (login-action would use the environment's
 * keys instead). Undefined: a plain login.
 */
export function exchangePlan(
  target: Pick<RegistryTarget, 'host'>,
  username: string,
  password: string,
  mode: EcrMode,
  env: NodeJS.ProcessEnv
): ExchangePlan | undefined {
  if (mode === 'false') return undefined
  const host = target.host.replace(/:\d+$/, '').toLowerCase()
  const matched = ECR_HOST.exec(host)
  const isPublic = ECR_PUBLIC_HOSTS.includes(host)
  if (mode === 'auto' && !matched && !isPublic) return undefined
  const user = username.trim()
  // an ECR token from `aws ecr get-login-password`: logged in with as it is
  if (user === ECR_TOKEN_USER) return undefined
  const noUser = user === ''
  const noPassword = password.trim() === ''
  if (noUser !== noPassword) return undefined
  const keys = noUser ? 'environment' : 'inputs'
  const others = (env.AWS_ACCOUNT_IDS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  // an AWS account ID is 12 digits: AWS refuses any other registry id
  // (InvalidParameterException) before any token, so it is said offline
  // (the value is not quoted: whatever was put there stays out of the log)
  const notAnId = others.findIndex((id) => !/^\d{12}$/.test(id))
  if (notAnId >= 0 && !isPublic) {
    const spaced = /\s/.test(others[notAnId]) ? ' (it has a space in it)' : ''
    throw new InputError(
      `AWS_ACCOUNT_IDS: entry ${notAnId + 1} is not an AWS account ID${spaced}: give 12-digit account IDs, separated by commas`
    )
  }
  if (isPublic) {
    return {
      service: 'ecr-public',
      region: ECR_PUBLIC_REGION,
      fips: false,
      // login-action asks ECR Public for no account
      registryIds: [],
      otherAccounts: [],
      keys,
      apiHost: `api.ecr-public.${ECR_PUBLIC_REGION}.amazonaws.com`
    }
  }
  const region =
    matched?.[3] ??
    (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '')
  if (!matched && !/^[a-z]{2,}(-[a-z0-9]+)*-\d+$/.test(region)) {
    throw new InputError(
      'Input "ecr" is true, but the registry host names no AWS region: set AWS_REGION for the step (aws-actions/configure-aws-credentials sets it)'
    )
  }
  const fips = matched?.[2] === '-fips'
  const accounts = matched ? [matched[1], ...others] : others
  return {
    service: 'ecr',
    region,
    fips,
    registryIds: [...new Set(accounts)],
    // login-action logs in to every account's registry on an ECR host only
    otherAccounts: matched
      ? [...new Set(others)].filter((id) => id !== matched[1])
      : [],
    keys,
    apiHost: fips
      ? `ecr-fips.${region}.amazonaws.com`
      : `api.ecr.${region}.${apiSuffix(region, matched?.[4])}`
  }
}

/** The DNS suffix of a region's API hosts. */
function apiSuffix(region: string, registrySuffix: string | undefined): string {
  if (region.startsWith('cn-')) return 'amazonaws.com.cn'
  // the European Sovereign Cloud's registries are on amazonaws.eu
  if (registrySuffix === 'amazonaws.eu') return 'amazonaws.eu'
  return 'amazonaws.com'
}

/**
 * The keys to sign with: the inputs' (with the environment's session token
 * when the environment holds the same temporary key), the environment's
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY as the SDK reads them, or
 * undefined for the SDK's other sources (a profile, a web identity token
 * file, the container's or instance's role).
 */
export function keysFor(
  plan: ExchangePlan,
  username: string,
  password: string,
  env: NodeJS.ProcessEnv
): AwsKeys | undefined {
  const sessionToken = env.AWS_SESSION_TOKEN || undefined
  if (plan.keys === 'inputs') {
    const accessKeyId = username.trim()
    const same = sessionToken && env.AWS_ACCESS_KEY_ID?.trim() === accessKeyId
    return {
      accessKeyId,
      secretAccessKey: password,
      ...(same ? { sessionToken } : {})
    }
  }
  // the SDK's order: AWS_PROFILE, when set, wins over the variables
  if (env.AWS_PROFILE) return undefined
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY
  if (!accessKeyId || !secretAccessKey) return undefined
  return {
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {})
  }
}

/** What the exchange gave: its evidence, and the logins it yields. */
export interface ExchangeResult {
  evidence: CredentialExchange
  /** `AWS` and the token, when one came (both already masked) */
  credential?: { username: string; password: string }
  /**
   * the registries of the plan's other accounts that the answer holds an
   * entry for, each with its own token (already masked), in the answer's
   * order
   */
  accounts?: AccountToken[]
}

/** The registry of another account of AWS_ACCOUNT_IDS, and its token. */
export interface AccountToken {
  account: string
  /** its host, from the entry's proxyEndpoint */
  host: string
  username: string
  password: string
  /** when its token expires (ISO 8601), when the entry says */
  expiresAt?: string
}

/**
 * Exchanges the keys for an ECR token with GetAuthorizationToken, through
 * the AWS SDK loaded now. The request goes through the preflight's HTTP
 * client (proxies, certificates, timeouts and retries as docker's; the
 * API's host sent where DOCKER_LOGIN_PREFLIGHT_ENDPOINTS says), and every
 * secret that comes back is masked before anything else. Never throws.
 */
export async function exchangeKeys(
  plan: ExchangePlan,
  keys: AwsKeys | undefined,
  policy: RetryPolicy,
  secrets: Secrets
): Promise<ExchangeResult> {
  const base: CredentialExchange = {
    service: plan.service,
    region: plan.region,
    keys: plan.keys,
    ...(keys ? keyFacts(keys) : {}),
    registryIds: plan.registryIds,
    ...(plan.otherAccounts.length > 0
      ? { otherAccounts: plan.otherAccounts }
      : {}),
    result: 'failed'
  }
  if (keys) {
    secrets.add(keys.secretAccessKey)
    if (keys.sessionToken) secrets.add(keys.sessionToken)
  }
  let sdk: typeof import('./aws-sdk.js')
  try {
    sdk = await import('./aws-sdk.js')
  } catch (error) {
    return { evidence: { ...base, error: errorOf(error, secrets) } }
  }
  const result = await sdk.getEcrToken({
    plan,
    keys,
    endpoint: policy.endpoints?.get(plan.apiHost),
    base,
    send,
    policy,
    secrets
  })
  return ownRegistriesOnly(result, plan)
}

/**
 * The answer's other accounts whose proxyEndpoint is that account's ECR
 * registry in the plan's region (`<account>.dkr.ecr.<region>.…`, as AWS
 * names it, docs/registries.md §5 (h)); any other host never gets a
 * token: it is kept in the evidence (`foreignEndpoints`) and no docker
 * login runs there.
 */
function ownRegistriesOnly(
  result: ExchangeResult,
  plan: ExchangePlan
): ExchangeResult {
  const accounts = result.accounts ?? []
  const own = (token: AccountToken): boolean => {
    const matched = ECR_HOST.exec(token.host.toLowerCase())
    return matched?.[1] === token.account && matched[3] === plan.region
  }
  const foreign = accounts.filter((token) => !own(token))
  if (foreign.length === 0) return result
  const kept = accounts.filter(own)
  const { accounts: _all, ...rest } = result
  return {
    ...rest,
    ...(kept.length > 0 ? { accounts: kept } : {}),
    evidence: {
      ...result.evidence,
      foreignEndpoints: foreign.map(({ account, host }) => ({ account, host }))
    }
  }
}

/** What may be said of keys: the id's kind, and whether a session token went. */
export function keyFacts(
  keys: AwsKeys
): Pick<CredentialExchange, 'keyKind' | 'sessionToken'> {
  const id = keys.accessKeyId
  const keyKind = id.startsWith('AKIA')
    ? 'long-term'
    : id.startsWith('ASIA')
      ? 'temporary'
      : 'other'
  return { keyKind, sessionToken: keys.sessionToken !== undefined }
}

/** An error's name and message, redacted. */
export function errorOf(
  error: unknown,
  secrets: Secrets
): { code: string; message: string } {
  const named = error as { name?: unknown; message?: unknown } | undefined
  const code =
    typeof named?.name === 'string' && named.name ? named.name : 'Error'
  const message =
    typeof named?.message === 'string' ? named.message : String(error)
  return { code, message: secrets.redact(message) }
}

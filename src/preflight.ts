/**
 * The preflight: the registry token flow as the docker CLI runs it, and, on
 * Docker Hub, one question to the Hub login API when the registry says a
 * personal access token is required. It gathers evidence; the classifier
 * judges it.
 */
import { tokenOf, type Realm } from './access.js'
import {
  grantedActions,
  parseChallenge,
  parseJwtPayload
} from './classifier.js'
import type { HttpExchange } from './evidence.js'
import { send, type RetryPolicy } from './http.js'
import type { RegistryTarget } from './registry.js'

/** How the preflight may spend time. */
export interface PreflightOptions {
  retries: number
  /** per request, milliseconds */
  timeoutMs: number
  /** for the whole preflight, milliseconds */
  budgetMs: number
  /** scopes to ask for with the login token (the rate-limit preview's) */
  scopes?: string[]
  /** repositories to ask push for with the login token */
  pushRepositories?: string[]
  /** called with every token the registry hands out, as it arrives */
  onTokens?: (tokens: string[]) => void
}

/** What the preflight saw. */
export interface PreflightResult {
  exchanges: HttpExchange[]
  /** the registry granted a token (or accepted the Basic credentials) */
  authenticated: boolean
  /** the token service, when the registry named one */
  realm?: Realm
  /** the token granted (kept in memory for the rate-limit probe only) */
  token?: string
  /** the policy the preflight ran under, for the checks that follow it */
  policy: RetryPolicy
  /**
   * the actions the login token grants on each `pushRepositories` entry,
   * when the token was asked for them and granted
   */
  pushGrants?: Record<string, string[]>
}

/** The registry's wording when a password is refused for a PAT. */
const PAT_REQUIRED_WORDINGS = [
  'personal access token',
  'must log in with a personal access token'
]

/**
 * Validates a credential against a registry without logging in: ping
 * `/v2/`, follow its challenge, ask the realm for a token with Basic auth.
 */
export async function runPreflight(
  target: RegistryTarget,
  username: string,
  password: string,
  options: PreflightOptions
): Promise<PreflightResult> {
  const policy: RetryPolicy = {
    retries: options.retries,
    timeoutMs: options.timeoutMs,
    deadline: Date.now() + options.budgetMs,
    onTokens: options.onTokens
  }
  const result: PreflightResult = {
    exchanges: [],
    authenticated: false,
    policy
  }
  const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`

  const ping = await send(
    { step: 'ping', method: 'GET', url: `${target.registryUrl}/v2/` },
    policy
  )
  result.exchanges.push(ping.exchange)
  if (ping.exchange.status !== 401) return result

  // A garbled challenge parses to nothing: the docker CLI decides.
  const challenge = parseChallenge(
    ping.exchange.headers['www-authenticate'] ?? ''
  )
  if (challenge?.scheme === 'basic') {
    const check = await send(
      {
        step: 'basic-ping',
        method: 'GET',
        url: `${target.registryUrl}/v2/`,
        headers: { authorization: basic }
      },
      policy
    )
    result.exchanges.push(check.exchange)
    result.authenticated = isSuccess(check.exchange.status)
    return result
  }
  const realm = challenge?.scheme === 'bearer' && challenge.params.realm
  if (!realm) return result

  result.realm = { url: realm, service: challenge.params.service }
  const pushScopes = (options.pushRepositories ?? []).map(
    (repository) => `repository:${repository}:push,pull`
  )
  const requestToken = async (extraScopes: string[]) => {
    const url = realmUrl(
      realm,
      {
        account: username,
        client_id: 'docker-login-preflight',
        offline_token: 'true',
        service: challenge.params.service
      },
      [...(options.scopes ?? []), ...extraScopes]
    )
    if (!url) return undefined
    const headers = { authorization: basic }
    return send({ step: 'token', method: 'GET', url, headers }, policy)
  }
  // The push scopes ride on the login's own token request: when it is
  // granted, its JWT decides every push check with no request more.
  let token = await requestToken(pushScopes)
  let pushAsked = pushScopes.length > 0
  if (
    token &&
    pushAsked &&
    token.exchange.status === 401 &&
    token.body.toLowerCase().includes('insufficient scope')
  ) {
    // The credential is good but may not push somewhere: ask again with the
    // login's scopes only; the push checks then find which repository.
    token = await requestToken([])
    pushAsked = false
  }
  if (!token) {
    result.realm = undefined
    return result
  }
  result.exchanges.push(token.exchange)
  if (isSuccess(token.exchange.status)) {
    result.authenticated = true
    result.token = tokenOf(token.body)
    // An opaque token (not a JWT) says nothing of what it grants.
    if (pushAsked && result.token && parseJwtPayload(result.token)) {
      const jwt = result.token
      result.pushGrants = Object.fromEntries(
        (options.pushRepositories ?? []).map((repository) => [
          repository,
          grantedActions(jwt, repository)
        ])
      )
    }
    return result
  }

  if (
    target.hubApiUrl &&
    token.exchange.status === 401 &&
    PAT_REQUIRED_WORDINGS.some((w) => token.body.toLowerCase().includes(w))
  ) {
    // A correct password on a 2FA account gets a `login_2fa_token`; the
    // Hub login API is asked once, and never retried.
    const hub = await send(
      {
        step: 'hub-login',
        method: 'POST',
        url: `${target.hubApiUrl}/v2/users/login`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password })
      },
      { ...policy, retries: 0 }
    )
    result.exchanges.push(hub.exchange)
  }
  return result
}

/** The realm URL with query parameters, or undefined if it is not a URL. */
function realmUrl(
  realm: string,
  params: Record<string, string | undefined>,
  scopes: string[]
): string | undefined {
  let url: URL
  try {
    url = new URL(realm)
  } catch {
    return undefined
  }
  if (!['http:', 'https:'].includes(url.protocol)) return undefined
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value)
  }
  for (const scope of scopes) url.searchParams.append('scope', scope)
  return url.toString()
}

function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300
}

/**
 * The preflight: the registry token flow as the docker CLI runs it (ping
 * `/v2/`, follow its challenge, ask the realm for a token with Basic auth),
 * a Basic-auth ping for registries without a token service, and, on Docker
 * Hub, one question to the Hub login API when the registry's refusal says
 * so (a rule's `next`). It gathers exchanges; the judge reads them.
 */
import type { HttpExchange } from './evidence.js'
import { send, type RetryPolicy } from './http.js'
import {
  profileById,
  recognise,
  rulesFor,
  type ProfileId
} from './profiles/index.js'
import {
  basicAuthorization,
  challengeOf,
  grantedActions,
  isJwt,
  isSuccess,
  MAX_URL_CHARS,
  pushScope,
  realmUrl,
  reasonOf,
  tokenOf
} from './protocol.js'
import type { RegistryTarget } from './registry.js'
import { matchRule } from './rules.js'

/** The token service the registry's challenge named. */
export interface Realm {
  url: string
  service?: string
}

/** How the preflight may spend time and what it asks for. */
export interface PreflightOptions {
  /** the retry policy, its deadline shared with the checks that follow */
  policy: RetryPolicy
  /** scopes to ask for with the login token (the rate-limit preview's) */
  scopes: readonly string[]
  /** repositories to ask push for with the login token */
  pushRepositories: readonly string[]
}

/** What the preflight saw. */
export interface PreflightResult {
  exchanges: HttpExchange[]
  /** the profile, recognised by host or by the challenge */
  profile: ProfileId
  /** the token service, when the registry named one */
  realm?: Realm
  /** the token granted: in memory only, for the checks that follow */
  token?: string
  /**
   * the actions the login token grants on each `pushRepositories` entry,
   * when it was asked for them and is a JWT
   */
  pushGrants?: Record<string, string[]>
}

/** Validates a credential against a registry without logging in. */
export async function runPreflight(
  target: RegistryTarget,
  username: string,
  password: string,
  options: PreflightOptions
): Promise<PreflightResult> {
  const { policy } = options
  const result: PreflightResult = { exchanges: [], profile: target.profile }
  const authorization = basicAuthorization(username, password)

  const ping = await send(
    { step: 'ping', method: 'GET', url: `${target.registryUrl}/v2/` },
    policy
  )
  result.exchanges.push(ping.exchange)
  if (ping.exchange.status !== 401) return result

  // A garbled challenge parses to nothing: the docker CLI decides.
  const challenge = challengeOf(ping.exchange)
  if (!target.isDockerHub && challenge) {
    result.profile = recognise(target.server, challenge)
  }
  const rules = rulesFor(profileById(result.profile))
  if (challenge?.scheme === 'basic') {
    const check = await send(
      {
        step: 'basic-ping',
        method: 'GET',
        url: `${target.registryUrl}/v2/`,
        headers: { authorization }
      },
      policy
    )
    result.exchanges.push(check.exchange)
    return result
  }
  const realm = challenge?.scheme === 'bearer' && challenge.params.realm
  if (!realm) return result

  const service = challenge.params.service
  const requestToken = async (extraScopes: readonly string[]) => {
    const url = realmUrl(
      realm,
      {
        account: username,
        client_id: 'docker-login-preflight',
        offline_token: 'true',
        service
      },
      [...options.scopes, ...extraScopes]
    )
    if (!url) return undefined
    return send(
      { step: 'token', method: 'GET', url, headers: { authorization } },
      policy
    )
  }
  // The push scopes ride on the login's own token request: when it is
  // granted, its JWT decides every push check with no request more. Too
  // many for one URL, they are asked after the login, in parts.
  const pushScopes = options.pushRepositories.map(pushScope)
  const withPush = realmUrl(realm, {}, [...options.scopes, ...pushScopes])
  let pushAsked =
    pushScopes.length > 0 &&
    withPush !== undefined &&
    withPush.length + username.length + 150 <= MAX_URL_CHARS
  let token = await requestToken(pushAsked ? pushScopes : [])
  const refusedFor = (exchange: HttpExchange) =>
    exchange.status === 401
      ? matchRule(reasonOf(exchange), rules)?.rule
      : undefined
  if (
    token &&
    pushAsked &&
    refusedFor(token.exchange)?.diagnosis === 'insufficient-scope'
  ) {
    // The credential is good but may not push somewhere: ask again with the
    // login's scopes only; the push checks then find which repository.
    token = await requestToken([])
    pushAsked = false
  }
  if (!token) return result
  result.realm = { url: realm, service }
  result.exchanges.push(token.exchange)
  if (isSuccess(token.exchange.status)) {
    result.token = tokenOf(token.body)
    const jwt = result.token
    // An opaque token (not a JWT) says nothing of what it grants.
    if (pushAsked && jwt && isJwt(jwt)) {
      result.pushGrants = Object.fromEntries(
        options.pushRepositories.map((r) => [r, grantedActions(jwt, r) ?? []])
      )
    }
    return result
  }
  if (target.hubApiUrl && refusedFor(token.exchange)?.next === 'hub-login') {
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

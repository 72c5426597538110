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
  loadRules,
  rulesFor,
  type ProfileId
} from './profiles/index.js'
import type { KnownChallenge } from './profiles/types.js'
import {
  basicAuthorization,
  challengeOf,
  grantedActions,
  statesAccess,
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
  /** the login token was asked for push on every `pushRepositories` entry */
  pushScoped?: boolean
  /**
   * the login token asked with every push scope was refused for access
   * (and granted without them): the push checks ask each repository alone,
   * not all of them together again (attack-33 repro-01)
   */
  pushRefusedTogether?: boolean
  /**
   * the login token asked with the preflight's own scopes (`scopes`) was
   * refused for them, and asked without: it holds none of them
   */
  ownScopesRefused?: boolean
  /**
   * the challenge was known: the token service was asked without a ping,
   * or (Basic) the credential sent to `/v2/` without one
   */
  known?: KnownChallenge
}

/**
 * Validates a credential against a registry without logging in. Where the
 * registry's challenge is known (Docker Hub's), its token service is asked
 * straight away, one round trip less; an answer that is not a token
 * service's falls back to the ping. Otherwise: ping `/v2/`, follow its
 * challenge (a token service, or a Basic-auth ping).
 */
export async function runPreflight(
  target: RegistryTarget,
  username: string,
  password: string,
  options: PreflightOptions
): Promise<PreflightResult> {
  const result: PreflightResult = { exchanges: [], profile: target.profile }
  const known = target.challenge
  if (known?.scheme === 'basic') {
    // a Basic-auth registry (ECR): its answer to the credential is all
    // the ping would lead to
    const check = await basicPing(target, username, password, options.policy)
    result.exchanges.push(check.exchange)
    if (isBasicAnswer(check.exchange)) {
      result.known = known
      return result
    }
    // not the registry it was known as: its answer is no login's, and the
    // ping and the flow it leads to decide (a later refusal is read, not
    // this one)
    result.exchanges = []
  } else if (known) {
    await followRealm(result, known.realm, known.service, {
      target,
      username,
      password,
      options
    })
    const token = result.exchanges.filter((e) => e.step === 'token').pop()
    if (!token || !unexpected(token, result.token !== undefined)) {
      result.known = known
      return result
    }
    // not the token service it was known as: ask the registry
    result.realm = undefined
    result.token = undefined
    result.pushGrants = undefined
    result.pushScoped = undefined
    result.pushRefusedTogether = undefined
    result.ownScopesRefused = undefined
  }
  const { policy } = options
  const ping = await send(
    { step: 'ping', method: 'GET', url: `${target.registryUrl}/v2/` },
    policy
  )
  result.exchanges.push(ping.exchange)
  if (ping.exchange.status !== 401) return result

  // A garbled challenge parses to nothing: the docker CLI decides.
  const challenge = challengeOf(ping.exchange)
  if (!target.isDockerHub && challenge) {
    result.profile = recognise(target.host, challenge)
  }
  if (challenge?.scheme === 'basic') {
    const check = await basicPing(target, username, password, policy)
    result.exchanges.push(check.exchange)
    return result
  }
  const realm = challenge?.scheme === 'bearer' && challenge.params.realm
  if (!realm) return result
  await followRealm(result, realm, challenge.params.service, {
    target,
    username,
    password,
    options
  })
  return result
}

/**
 * Whether the answer to a Basic login at `/v2/` is a Basic-auth registry's
 * (ECR answers a malformed login 400, an unknown one 401 with its Basic
 * challenge): not a redirect, a 404, nor a 401 that asks for another
 * scheme (a token service: attack-34 repro-02). Those ask the registry.
 */
function isBasicAnswer(exchange: HttpExchange): boolean {
  const status = exchange.status
  if (status === undefined) return true
  if ((status >= 300 && status < 400) || status === 404) return false
  if (status !== 401) return true
  const challenge = challengeOf(exchange)
  return challenge === undefined || challenge.scheme === 'basic'
}

/** The credential sent to a Basic-auth registry's `/v2/`. */
function basicPing(
  target: RegistryTarget,
  username: string,
  password: string,
  policy: PreflightOptions['policy']
): ReturnType<typeof send> {
  return send(
    {
      step: 'basic-ping',
      method: 'GET',
      url: `${target.registryUrl}/v2/`,
      headers: { authorization: basicAuthorization(username, password) }
    },
    policy
  )
}

/**
 * Whether a token service's answer is not one: not a token (2xx), a
 * refusal (401, 403, 429), a proxy's 407 or a failure to reach it (no
 * answer, 5xx) — a 404, a web page or a 2xx without a token.
 */
function unexpected(exchange: HttpExchange, gotToken: boolean): boolean {
  const status = exchange.status
  if (status === undefined || status >= 500) return false
  if ([401, 403, 407, 429].includes(status)) return false
  return !(isSuccess(status) && gotToken)
}

/** What followRealm needs of the preflight. */
interface Context {
  target: RegistryTarget
  username: string
  password: string
  options: PreflightOptions
}

/**
 * Whether a token service's refusal is of access, not of the credential:
 * a 403, or a 401 whose words speak of access, a scope or a permission.
 */
function refusesAccess(exchange: HttpExchange): boolean {
  if (exchange.status === 403) return true
  return (
    exchange.status === 401 &&
    /\b(?:access|scope|permission|forbidden|not allowed)\b/i.test(
      reasonOf(exchange)
    )
  )
}

/**
 * Asks a token service for the login's token (with the push scopes when
 * they fit one URL), again without them when the credential may not push
 * somewhere, and — on Docker Hub, when the refusal's wording says so — the
 * Hub login API once.
 */
async function followRealm(
  result: PreflightResult,
  realm: string,
  service: string | undefined,
  { target, username, password, options }: Context
): Promise<void> {
  const { policy } = options
  const authorization = basicAuthorization(username, password)
  const profile = profileById(result.profile)
  const requestToken = async (
    extraScopes: readonly string[],
    own: readonly string[] = options.scopes
  ) => {
    const url = realmUrl(
      realm,
      {
        account: username,
        client_id: 'docker-login-preflight',
        offline_token: 'true',
        service
      },
      [...own, ...extraScopes]
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
  // (not where a refused credential would get a token for nobody: Harbor)
  let pushAsked =
    pushScopes.length > 0 &&
    profile.pushScopesAtLogin !== false &&
    withPush !== undefined &&
    withPush.length + username.length + 150 <= MAX_URL_CHARS
  const pushAskedFirst = pushAsked
  let token = await requestToken(pushAsked ? pushScopes : [])
  // a refusal's words decide the next request: the rule tables load then
  const refusedFor = async (exchange: HttpExchange, statuses = [401]) => {
    if (!statuses.includes(exchange.status ?? 0)) return undefined
    await loadRules()
    return matchRule(reasonOf(exchange), rulesFor(profile))?.rule
  }
  // a 403 too: GitLab refuses push to a protected path so (docs/registries.md
  // §2 (f)); Artifact Registry checks IAM when a token is asked for (§6 (e)).
  // Beyond Docker Hub, whose lockout counts each refused request, a refusal
  // of the push-scoped request in words no rule knows is asked again too
  // when it is a 403 or speaks of access (cesanta/docker_auth's "Access
  // denied", attack-29 repro-01); a wrong password is sent once (attack-30
  // repro-02: "Auth failed.")
  const refusal =
    token && pushAsked
      ? await refusedFor(token.exchange, [401, 403])
      : undefined
  if (
    token &&
    pushAsked &&
    (refusal?.diagnosis === 'insufficient-scope' ||
      (refusal === undefined &&
        !target.isDockerHub &&
        refusesAccess(token.exchange)))
  ) {
    // The credential is good but may not push somewhere: ask again with the
    // login's scopes only; the push checks then find which repository.
    token = await requestToken([])
    pushAsked = false
    if (token && isSuccess(token.exchange.status)) {
      result.pushRefusedTogether = true
    }
  }
  // The preflight's own scopes (the rate-limit preview's) are no part of
  // docker login, which asks none: refused for them, the login's token is
  // asked again without them (attack-58 A58-02: a token Docker Hub may not
  // let read the public preview repository)
  if (
    token &&
    options.scopes.length > 0 &&
    (await refusedFor(token.exchange, [401, 403]))?.diagnosis ===
      'insufficient-scope'
  ) {
    token = await requestToken([], [])
    pushAsked = false
    result.ownScopesRefused = true
    if (token && pushAskedFirst && isSuccess(token.exchange.status)) {
      result.pushRefusedTogether = true
    }
  }
  if (!token) return
  result.realm = { url: realm, service }
  result.exchanges.push(token.exchange)
  if (isSuccess(token.exchange.status)) {
    result.token = tokenOf(token.body)
    if (pushAsked) result.pushScoped = true
    const jwt = result.token
    // An opaque token (not a JWT), or a JWT without an access claim, says
    // nothing of what it grants.
    if (pushAsked && jwt && statesAccess(jwt)) {
      result.pushGrants = Object.fromEntries(
        options.pushRepositories.map((r) => [r, grantedActions(jwt, r) ?? []])
      )
    }
    return
  }
  if (
    target.hubApiUrl &&
    (await refusedFor(token.exchange))?.next === 'hub-login'
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
}

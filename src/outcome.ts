/**
 * What the preflight's answers amount to: the credential was accepted,
 * refused (and with which wording), the registry could not be reached, or
 * the answers say nothing about the credential. Pure. The gatherer reads it
 * to decide whether `docker login` may run; the judge, to decide the
 * diagnosis.
 */
import type { Evidence, HttpExchange } from './evidence.js'
import type { Profile } from './profiles/index.js'
import { rulesFor } from './profiles/index.js'
import { isSuccess, isWebPage, reasonOf, redirectsAway } from './protocol.js'
import { matchRule, type RuleMatch } from './rules.js'

/** The preflight's outcome. */
export type PreflightOutcome =
  /** no request was made */
  | { kind: 'not-asked' }
  /**
   * no answer, or a 5xx, from `exchange` (the ping, or the login request
   * after the ping)
   */
  | { kind: 'unreachable'; ping?: HttpExchange; exchange: HttpExchange }
  /** the ping answered without asking for credentials */
  | { kind: 'open'; ping: HttpExchange }
  /**
   * `exchange` answered with a web page, not as a registry does, or the
   * ping was sent away from `/v2/`: a captive portal, a proxy's login page
   * or a web site's sign-in page stands where the registry should
   */
  | { kind: 'foreign'; ping?: HttpExchange; exchange: HttpExchange }
  /**
   * a proxy wants credentials (407): the one set in HTTPS_PROXY refused the
   * tunnel, or something on the registry's address answered 407
   */
  | { kind: 'proxy-refused'; ping?: HttpExchange; exchange: HttpExchange }
  /** the ping asked for credentials, but its challenge could not be used */
  | { kind: 'unfollowable'; ping: HttpExchange }
  | { kind: 'accepted'; ping?: HttpExchange; login: HttpExchange }
  /**
   * `exchange` refused: a 401, 403 or 429, or another 4xx whose reason is a
   * known wording
   */
  | Refusal
  /** a 4xx that says nothing about the credential (404, 400, 405) */
  | {
      kind: 'inconclusive'
      ping?: HttpExchange
      exchange: HttpExchange
      reason: string
    }

/** A refusal, its reason text and the rule that wording matched. */
export interface Refusal {
  kind: 'refused'
  /** the ping, when the refusal came after it */
  ping?: HttpExchange
  exchange: HttpExchange
  reason: string
  match?: RuleMatch
}

/** The statuses that refuse a credential whatever the wording. */
const REFUSING = [401, 403, 429]

/**
 * Reads the ping and the login request (token or Basic-auth ping) of the
 * preflight, in the order the preflight makes them. With `known`, the
 * registry's challenge was known and its token service asked without a
 * ping (unless its answer sent the preflight back to the ping).
 */
export function preflightOutcome(
  exchanges: readonly HttpExchange[],
  profile: Profile,
  known = false
): PreflightOutcome {
  const ping = exchanges.find((e) => e.step === 'ping')
  if (!ping) {
    return known ? readLogin(exchanges, profile) : { kind: 'not-asked' }
  }
  if (wantsProxyCredentials(ping))
    return { kind: 'proxy-refused', exchange: ping }
  if (ping.status === undefined || ping.status >= 500) {
    return { kind: 'unreachable', exchange: ping }
  }
  // a 429 refuses whatever it says
  if (ping.status === 429) return refusal(ping, profile)
  if ((isSuccess(ping.status) && isWebPage(ping)) || redirectsAway(ping)) {
    return { kind: 'foreign', exchange: ping }
  }
  if (ping.status !== 401) return { kind: 'open', ping }
  return readLogin(exchanges, profile, ping)
}

/** The login request's answer: the last token request or Basic-auth ping. */
function readLogin(
  exchanges: readonly HttpExchange[],
  profile: Profile,
  ping?: HttpExchange
): PreflightOutcome {
  const login = exchanges
    .filter((e) => e.step === 'token' || e.step === 'basic-ping')
    .pop()
  if (!login)
    return ping ? { kind: 'unfollowable', ping } : { kind: 'not-asked' }
  if (wantsProxyCredentials(login)) {
    return { kind: 'proxy-refused', ping, exchange: login }
  }
  if (login.status === undefined || login.status >= 500) {
    return { kind: 'unreachable', ping, exchange: login }
  }
  if (isSuccess(login.status)) {
    return isWebPage(login)
      ? { kind: 'foreign', ping, exchange: login }
      : { kind: 'accepted', ping, login }
  }
  const refused = { ...refusal(login, profile), ping }
  // a 4xx with no known wording (404, 400, 405) says nothing
  if (!refused.match && !REFUSING.includes(login.status)) {
    return {
      kind: 'inconclusive',
      ping,
      exchange: login,
      reason: refused.reason
    }
  }
  return refused
}

/** A 407, from the proxy in HTTPS_PROXY or from the registry's address. */
export function wantsProxyCredentials(exchange: HttpExchange): boolean {
  return exchange.status === 407 || exchange.error?.proxyStatus === 407
}

/** A 4xx read as a refusal: its reason text and the rule it matches. */
function refusal(exchange: HttpExchange, profile: Profile): Refusal {
  const reason = reasonOf(exchange)
  const match = reason ? matchRule(reason, rulesFor(profile)) : undefined
  return { kind: 'refused', exchange, reason, match }
}

/**
 * Whether `docker login` may run after this outcome: not after a refusal
 * (it would only fail the same way, and count towards a lockout), nor where
 * a web page stands for the registry.
 */
export function mayLogIn(outcome: PreflightOutcome): boolean {
  return (
    outcome.kind !== 'refused' &&
    outcome.kind !== 'foreign' &&
    // docker goes through the same proxy, and would be refused the same way
    outcome.kind !== 'proxy-refused'
  )
}

/**
 * An exchange that failed or was answered other than with a success (a
 * 2xx; a redirect is not followed, so a 3xx is an answer to read too) —
 * but the ping's 401, which is the registry's challenge, not a refusal
 * (the refusal is the token request's or the Basic-auth ping's).
 */
export function failed(exchange: HttpExchange | undefined): boolean {
  if (!exchange) return false
  if (exchange.step === 'ping' && exchange.status === 401) return false
  const status = exchange.status
  if (exchange.error !== undefined) return true
  return status !== undefined && (status < 200 || status >= 300)
}

/**
 * Whether judging this evidence may read a text against the rules: any
 * answer other than a success, a `docker login` that failed or did not
 * run (an AWS_ACCOUNT_IDS account's too), an AWS or OIDC exchange that
 * failed. Only a login that succeeded
 * throughout reads none, and then the rule tables are never loaded.
 */
export function readsTexts(evidence: Evidence): boolean {
  if (!evidence.cli || evidence.cli.exitCode !== 0) return true
  if (evidence.accountLogins?.some((l) => l.cli.exitCode !== 0)) return true
  if (evidence.credentialExchange?.error) return true
  if (evidence.oidcExchange && evidence.oidcExchange.result !== 'token') {
    return true
  }
  return [
    ...evidence.exchanges,
    evidence.rateLimit,
    ...evidence.push.flatMap((p) => [p.exchange, p.upload, p.cancel])
  ].some(failed)
}

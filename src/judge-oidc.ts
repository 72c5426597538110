/**
 * The judge of a Docker Hub OIDC login (docs/docker-hub.md §7): the lines
 * of its ID token request and token exchange, and the diagnosis when no
 * Docker token came. Pure, as the judge (src/judge.ts), which is given it
 * (`JudgeOptions.oidc`) by a run whose evidence holds an OIDC exchange: a
 * chunk of its own, out of every other run's start-up.
 */
import type { describeNoAnswer, quote, where } from './describe.js'
import type { Evidence, HttpExchange, OidcExchange } from './evidence.js'
import type { Decision, OidcJudge } from './judge.js'
import type { subFormat } from './protocol.js'
import type { oneLine } from './text.js'

/**
 * The start-up's helpers the judge writes its lines with, given by the
 * step that loads this chunk (main.ts): a module of the start-up imported
 * here would split the start-up into a chunk it shares with this one (one
 * more file to load on every run; README, Performance), as
 * src/registry-auth-tools.ts does for `registry-auth`.
 */
export interface OidcJudgeTools {
  describeNoAnswer: typeof describeNoAnswer
  quote: typeof quote
  where: typeof where
  subFormat: typeof subFormat
  oneLine: typeof oneLine
}

/** The tools, once given (oidcJudge). */
const tools = {} as OidcJudgeTools

/** The OIDC login's judge, once it has the start-up's tools. */
export function oidcJudge(given: OidcJudgeTools): OidcJudge {
  Object.assign(tools, given)
  return judgeOidc
}

/**
 * Writes the evidence lines of an OIDC login: the ID token's claims that
 * rulesets match (never the token), the format of its `sub`, and the
 * exchange's answer; returns the diagnosis when no Docker token came.
 */
function judgeOidc(
  oidc: OidcExchange,
  evidence: Evidence,
  lines: string[]
): Decision | undefined {
  const connection = `OIDC connection ${tools.oneLine(oidc.connectionId, 40)}`
  const call = oidc.exchange
  const request = oidc.idTokenRequest
  switch (oidc.result) {
    case 'permission-missing': {
      const missing = oidc.missing?.length
        ? `${oidc.missing.join(' and ')} ${oidc.missing.length > 1 ? 'are' : 'is'} not set`
        : request
          ? `the request was refused: ${answerOf(request)}`
          : `the ID token request failed: ${tools.quote(oidc.error ?? '')}`
      lines.push(
        `Docker Hub OIDC: the job cannot request a GitHub ID token: ${missing}; the runner sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN only with permissions: id-token: write (fork pull requests and Dependabot runs never get it)`
      )
      return { diagnosis: 'oidc-permission-missing' }
    }
    case 'id-token-failed': {
      // no answer, or a 5xx, after the retries: as any request of the
      // preflight that got none
      if (
        request &&
        (request.status === undefined ||
          request.status >= 500 ||
          request.status === 407)
      ) {
        lines.push(
          `Docker Hub OIDC: no GitHub ID token came: ${tools.describeNoAnswer(request)}`
        )
        return noOidcToken(request)
      }
      if (request?.status === 429) {
        lines.push(
          `Docker Hub OIDC: the request for a GitHub ID token was rate-limited: ${answerOf(request)}`
        )
        return { diagnosis: 'rate-limited' }
      }
      const said = [
        ...(request ? [answerOf(request)] : []),
        ...(oidc.error ? [tools.quote(oidc.error)] : [])
      ]
      lines.push(
        `Docker Hub OIDC: the request for a GitHub ID token failed: ${said.join('; ')}`
      )
      return { diagnosis: 'unknown' }
    }
    default:
      break
  }
  claimLines(oidc, lines)
  const answer = call
    ? call.status === undefined || call.status >= 500
      ? tools.describeNoAnswer(call)
      : answerOf(call)
    : 'no exchange was sent'
  switch (oidc.result) {
    case 'token':
      lines.push(
        `${connection}: the GitHub ID token was exchanged for a Docker token: ${answer}`,
        `the Docker token was asked for ${oidc.expiresIn} s${evidence.expiresAt ? ` and expires at ${tools.oneLine(evidence.expiresAt, 40)}` : ''}; the preflight and docker login use it with user ${tools.oneLine(evidence.username, 40)}`
      )
      return undefined
    case 'refused':
      lines.push(
        `${connection}: Docker refused the token exchange: ${answer}`,
        "refused so: a connection unknown, deleted or deactivated, or rulesets none of which match the claims above; the connection's Edit page lists the refusal under Failures"
      )
      return { diagnosis: 'oidc-exchange-refused' }
    case 'rate-limited':
      lines.push(
        `${connection}: the token exchange was rate-limited: ${answer}`
      )
      return { diagnosis: 'rate-limited' }
    case 'unreachable':
      lines.push(`${connection}: Docker's identity service: ${answer}`)
      return noOidcToken(call)
    default:
      lines.push(`${connection}: no Docker token came: ${answer}`)
      return { diagnosis: 'unknown' }
  }
}

/**
 * No token from a service of the OIDC login (GitHub's ID-token endpoint,
 * Docker's exchange): the proxy's refusal or a certificate, as for the
 * registry's requests (attack-49 A49-05, and the ID-token request behind
 * the same proxy, attack-50's notes); a certificate refused has the
 * OIDC login's own steps (case `oidc-tls`: the registry's certs.d is not
 * read for these hosts); else the service gave none, not the registry's
 * address (attack-48 A48-04).
 */
function noOidcToken(call: HttpExchange | undefined): Decision {
  if ((call?.status ?? call?.error?.proxyStatus) === 407) {
    return { diagnosis: 'proxy-authentication-required' }
  }
  return {
    diagnosis: 'registry-unreachable',
    case: call?.error?.tls ? 'oidc-tls' : 'oidc-id-token'
  }
}

/** `<where> answered <status> after <n> tries: "<body>"`. */
function answerOf(call: HttpExchange): string {
  const tries = call.attempts > 1 ? ` after ${call.attempts} tries` : ''
  const body = call.body ? `: "${tools.oneLine(call.body, 120)}"` : ''
  return `${tools.where(call)} answered ${call.status}${tries}${body}`
}

/** The ID token's claims that rulesets match, and its `sub`'s format. */
function claimLines(oidc: OidcExchange, lines: string[]): void {
  const claims = oidc.claims
  if (!claims) {
    lines.push('the GitHub ID token is not a JWT: its claims cannot be shown')
    return
  }
  lines.push(
    `the GitHub ID token's sub (what rulesets match): ${tools.oneLine(claims.sub ?? '(none)', 200)}`
  )
  const others = (
    ['repository', 'ref', 'job_workflow_ref', 'event_name'] as const
  )
    .filter((name) => claims[name] !== undefined)
    .map((name) => `${name}=${tools.oneLine(claims[name] ?? '', 90)}`)
  if (others.length > 0) lines.push(`its other claims: ${others.join(', ')}`)
  const sub = claims.sub ?? ''
  const format = tools.subFormat(sub)
  lines.push(
    format === 'immutable-ids'
      ? 'its sub has the immutable-id format (repo:<owner>@<id>/<repo>@<id>:…), the default for repositories created or renamed on or after 2026-07-15: a rule written repo:<owner>/<repo>:… does not match it'
      : format === 'names'
        ? 'its sub has the name format (repo:<owner>/<repo>:…), the default for repositories created before 2026-07-15'
        : 'its sub has neither default format: the repository or organization customised its subject claim'
  )
}

/**
 * The report: one pure function from the verdict and the evidence to what
 * the step writes — its outputs, the error line or the notice, the warning
 * lines, the job summary's model and the state for the post step — and one
 * for what the command line prints. Writing is the entries' job.
 */
import type {
  CliResult,
  Evidence,
  HttpExchange,
  OidcExchange
} from './evidence.js'
import type { AccountFailureVerdict, PushResult, Verdict } from './judge.js'
import { MAX_RETRY_AFTER_SECONDS } from './policy.js'
import { retryAfterSeconds } from './protocol.js'
import { OIDC_REGISTRY_ONLY } from './oidc.js'
import { oneLine } from './text.js'
import {
  emptySecretTexts,
  errorLine,
  MAX_ERROR_LINE,
  remediationFor,
  withWhat,
  type EmptySecretTexts,
  type RemediationContext
} from './remediation.js'
import {
  pushShown,
  untold,
  type Check,
  type Skipped,
  type SummaryModel,
  type SummarySection
} from './summary.js'

/** The outputs of the step, by their action.yml names. */
export type Outputs = Record<string, string>

/** Everything the main step writes. */
export interface ActionReport {
  outputs: Outputs
  /** the one error line, when the step fails */
  failure?: string
  /** warning lines, in order */
  warnings: string[]
  /** a notice, for a login skipped on purpose */
  notice?: string
  /** the line printed when the login worked */
  success?: string
  summary?: SummaryModel
  /** the docker CLI's own words, for a collapsed group */
  cli?: CliResult
  /** what the post step needs, when the login worked */
  state?: PostStepState
  /**
   * with `registry-auth`: the error lines of the failing registries after
   * the first (`failure`), one each
   */
  errors?: string[]
  /**
   * with `registry-auth`: each registry's summary and docker CLI output,
   * in input order (instead of `summary` and `cli`)
   */
  sections?: SummarySection[]
  /**
   * with AWS_ACCOUNT_IDS: the docker CLI's words at each other account's
   * registry, for collapsed groups
   */
  accountLogins?: { registry: string; cli: CliResult }[]
}

/**
 * The post step's state: the one server logged in to, or with
 * `registry-auth` (or AWS_ACCOUNT_IDS) every server logged in to.
 */
export type PostStepState =
  { server: string; logout: boolean } | { servers: string[]; logout: boolean }

/**
 * The error line of empty credentials, with the cause the event names: in
 * place of the registry's own fix when both do not fit and the event alone
 * explains it (a fork's pull request, Dependabot: attack-16 repro-03, ECR's
 * fix had left no room for the fork).
 */
function emptyLine(
  emptySecret: EmptySecretTexts,
  context: RemediationContext
): string {
  const suffix = ` (${emptySecret.line})`
  const line = errorLine('missing-credentials', context, suffix)
  if (line.endsWith(suffix) || !emptySecret.act) return line
  return errorLine('missing-credentials', context, suffix, emptySecret.act)
}

/**
 * Whether a report of this verdict renders any texts but `OK_TEXTS`: a
 * diagnosis, a warning or empty credentials to explain. The writers load
 * the texts (src/profiles/index.ts loadTexts) only then, so a login that
 * succeeds without warnings loads none.
 */
export function needsTexts(verdict: Verdict): boolean {
  return (
    verdict.diagnosis !== 'ok' ||
    verdict.warnings.length > 0 ||
    verdict.emptySecret !== undefined
  )
}

/** The report of a judged login attempt. */
export function reportAction(
  verdict: Verdict,
  evidence: Evidence,
  options: {
    logout: boolean
    /** what an error line may take (a `registry-auth` entry's, entryLineLimit) */
    lineLimit?: number
  }
): ActionReport {
  const context: RemediationContext = {
    ...contextOf(verdict, evidence),
    ...(options.lineLimit ? { lineLimit: options.lineLimit } : {})
  }
  const loggedIn = evidence.cli?.exitCode === 0
  // AWS_ACCOUNT_IDS: the other accounts' registries logged in to
  const accounts = evidence.accountLogins ?? []
  const alsoIn = accounts.filter((login) => login.cli.exitCode === 0)
  const accountLines = (verdict.accountFailures ?? []).map((failure) =>
    accountFailureLine(failure, context)
  )
  const rateLimit = evidence.rateLimit
  // `ecr: false` with the keys in the environment: empty inputs on purpose
  const emptySecret =
    verdict.emptySecret && evidence.event && verdict.case !== 'ecr-off'
      ? emptySecretTexts(
          verdict.emptySecret,
          evidence.event.name,
          evidence.event.head?.fullName
        )
      : undefined
  const summary: SummaryModel = {
    registry: evidence.registry.input,
    username: evidence.username,
    credentialKind: evidence.input.credentialKind,
    diagnosis: verdict.diagnosis,
    warnings: verdict.warnings,
    evidence: verdict.evidence,
    remediation: remediationFor(verdict.diagnosis, context),
    warningRemediations: verdict.warnings.map((w) =>
      remediationFor(w, context)
    ),
    checks: checksOf(evidence, verdict.push),
    loggedIn,
    ...(alsoIn.length > 0 ? { alsoLoggedIn: alsoIn.map((l) => l.host) } : {}),
    push: verdict.push,
    rateLimit: rateLimit ? rateLimitLine(verdict, rateLimit) : undefined,
    emptySecret,
    ...(evidence.skipped ? { skipped: skippedOf(evidence, emptySecret) } : {})
  }
  const report: ActionReport = {
    outputs: {
      diagnosis: verdict.diagnosis,
      warnings: verdict.warnings.join(','),
      'credential-kind': evidence.input.credentialKind,
      // every login: the registry's and each account's
      'logged-in': String(loggedIn && accountLines.length === 0),
      'push-access': verdict.pushAccess,
      'rate-limit-limit': String(verdict.rateLimit?.limit ?? ''),
      'rate-limit-remaining': String(verdict.rateLimit?.remaining ?? ''),
      'rate-limit-window': String(verdict.rateLimit?.window ?? ''),
      // set only when the credential's expiry is known (unset reads empty)
      ...(evidence.expiresAt ? { 'expires-at': evidence.expiresAt } : {})
    },
    warnings: [],
    summary,
    cli: evidence.cli,
    ...(accounts.length > 0
      ? {
          accountLogins: accounts.map((l) => ({
            registry: l.host,
            cli: l.cli
          }))
        }
      : {})
  }
  if (loggedIn && alsoIn.length > 0) {
    const servers = [evidence.registry.server, ...alsoIn.map((l) => l.server)]
    report.state = { servers: [...new Set(servers)], logout: options.logout }
  } else if (loggedIn) {
    report.state = { server: evidence.registry.server, logout: options.logout }
  }
  if (evidence.skipped) {
    // OIDC meant, but not made for this spelling: else skipped every run
    const oidc = evidence.oidcNotApplied
      ? `DOCKERHUB_OIDC_CONNECTIONID is set, but OIDC ${OIDC_REGISTRY_ONLY}, not ${oneLine(evidence.oidcNotApplied, 60)}.`
      : ''
    const why = [emptySecret?.explanation, oidc].filter(Boolean).join(' ')
    const reason = emptySecret?.skipped ?? 'no credentials'
    report.notice =
      `Docker login skipped: ${reason} (skip-if-missing is true). ${why}`.trim()
    return report
  }
  report.warnings = verdict.warnings.map((w) =>
    w === 'rate-limit-low'
      ? errorLine(w, context, ` (${rateLimitNumbers(verdict)})`)
      : w === 'credential-expires-soon'
        ? errorLine(w, context, expiryNote(evidence))
        : errorLine(w, context)
  )
  if (verdict.diagnosis === 'ok') {
    const also = alsoIn.map((l) => l.host).join(', ')
    report.success =
      `✅ Logged in to ${evidence.registry.input} as ${evidence.username}` +
      (also ? `, and to ${also} (AWS_ACCOUNT_IDS)` : '')
    return report
  }
  // a failed login to another account's registry: its own line
  if (verdict.accountDecided) {
    report.failure = accountLines[0]
    if (accountLines.length > 1) report.errors = accountLines.slice(1)
    return report
  }
  report.failure =
    emptySecret && verdict.diagnosis === 'missing-credentials'
      ? emptyLine(emptySecret, context)
      : errorLine(verdict.diagnosis, context)
  if (accountLines.length > 0) report.errors = accountLines
  return report
}

/**
 * The error line of a failed login to an AWS_ACCOUNT_IDS account's
 * registry: the host, and what to do about it where a rule read docker's
 * words (its diagnosis's texts for that registry), else what docker said
 * (without the daemon's `Error response from daemon:`, which says
 * nothing), on one line shorter than the context's line limit.
 */
function accountFailureLine(
  failure: AccountFailureVerdict,
  context: RemediationContext
): string {
  const said =
    failure.diagnosis === 'unknown'
      ? failure.said.replace(/^Error response from daemon: /, '')
      : remediationFor(failure.diagnosis, {
          ...context,
          registry: failure.host,
          case: failure.case
        }).error
  // the host is cut first (to 12 characters at least), then what it says;
  // oneLine may add `…` past its limit
  const limit = context.lineLimit ?? MAX_ERROR_LINE
  const words = ['docker login to ', ' failed (AWS_ACCOUNT_IDS): ']
  const room = limit - 2 - words.join('').length - said.length
  const head = `${words[0]}${oneLine(failure.host, Math.max(12, Math.min(80, room)))}${words[1]}`
  return head + oneLine(said, limit - head.length - 1)
}

/**
 * A login skipped on purpose (skip-if-missing with empty credentials):
 * the reason for its headline, what is empty, and what would make such
 * runs log in — never the advice to set skip-if-missing, which is set.
 */
function skippedOf(
  evidence: Evidence,
  emptySecret: EmptySecretTexts | undefined
): Skipped {
  const empty = [
    ...(evidence.input.usernameEmpty ? ['username'] : []),
    ...(evidence.input.passwordEmpty ? ['password'] : []),
    // a Docker Hub OIDC login: the runner gave no ID token
    ...(evidence.oidcExchange ? ['GitHub ID token'] : [])
  ]
  return {
    reason: emptySecret?.skipped ?? 'no credentials',
    empty: empty.length > 0 ? empty.join(' and ') : 'username or password',
    ...(emptySecret?.hint ? { hint: emptySecret.hint } : {})
  }
}

/**
 * When the credential expires, and for Docker Hub OIDC the input and the
 * variable that make its token last longer (docs/docker-hub.md §7 (g)),
 * with the lifetime asked (Docker may grant less; attack-19).
 */
function expiryNote(evidence: Evidence): string {
  const at = ` (expires at ${evidence.expiresAt ?? '?'}`
  return evidence.oidcExchange
    ? `${at}; raise oidc-expires-in or DOCKERHUB_OIDC_EXPIREIN, ${evidence.oidcExchange.expiresIn} s asked)`
    : `${at})`
}

/** The report of an input no registry can take: one line, no summary. */
export function reportInputError(message: string): ActionReport {
  return { outputs: { 'logged-in': 'false' }, failure: message, warnings: [] }
}

/** The report of a failure of our own: one line, no stack trace. */
export function reportUnexpected(message: string): ActionReport {
  return {
    outputs: { 'logged-in': 'false', diagnosis: 'unknown' },
    failure: `docker-login-preflight failed unexpectedly: ${message}`,
    warnings: []
  }
}

/** What the remediation texts may say about this attempt. */
function contextOf(verdict: Verdict, evidence: Evidence): RemediationContext {
  const account = verdict.accountDecided
    ? verdict.accountFailures?.[0]
    : undefined
  return {
    // the texts of a failed login to another account's registry name it
    registry: account?.host ?? evidence.registry.input,
    profile: evidence.registry.profile,
    username: evidence.username,
    case: verdict.case,
    dockerConfig: evidence.dockerConfig,
    proxy: evidence.exchanges.find((e) => e.proxy)?.proxy
  }
}

// ---------------------------------------------------------------------------
// Checks performed

const STEP_NAMES: Record<HttpExchange['step'], string> = {
  ping: 'Registry ping',
  token: 'Token request',
  'basic-ping': 'Basic-auth ping',
  'hub-login': 'Docker Hub login API',
  'push-token': 'Push access',
  'rate-limit': 'Pull rate limit',
  upload: 'Push probe: upload start',
  'upload-cancel': 'Push probe: cancelling the upload',
  'aws-token': 'ECR token from AWS access keys (GetAuthorizationToken)',
  'oidc-exchange': 'Docker Hub OIDC token exchange',
  'oidc-id-token': 'GitHub ID token request'
}

/** The checks table: the preflight, docker login, push, rate limit. */
function checksOf(
  evidence: Evidence,
  results: readonly PushResult[] = []
): Check[] {
  const named = new Map(Object.entries(evidence.registry.named ?? {}))
  const check = (exchange: HttpExchange): Check =>
    exchangeCheck(exchange, named)
  const oidc = evidence.oidcExchange
  // Docker Hub OIDC: what its answers meant, by what came of them
  const oidcCheck = (exchange: HttpExchange): Check =>
    exchangeCheck(exchange, named, (answer) => oidcMeaningOf(answer, oidc))
  const credential = evidence.credentialExchange?.exchange
  const checks = [
    ...(oidc?.idTokenRequest ? [oidcCheck(oidc.idTokenRequest)] : []),
    ...(oidc?.exchange ? [oidcCheck(oidc.exchange)] : []),
    ...(credential ? [check(credential)] : []),
    ...evidence.exchanges.map(check)
  ]
  const cli = evidence.cli
  checks.push({
    name: 'docker login',
    outcome: evidence.skipped ? 'skipped' : !cli ? 'not run' : cliOutcome(cli)
  })
  for (const login of evidence.accountLogins ?? []) {
    checks.push({
      name: `docker login to ${login.host} (AWS_ACCOUNT_IDS)`,
      outcome: cliOutcome(login.cli)
    })
  }
  // one result a push check, `unknown` where the verdict gave none
  const outcomes = evidence.push.map((_, index) => ({
    result: results[index]?.result ?? 'unknown'
  }))
  const shown = pushShown(outcomes)
  for (const [index, push] of evidence.push.entries()) {
    if (!shown.has(index)) continue
    const granted = results[index]?.granted
    checks.push({
      name: `Push access to ${push.repository}`,
      outcome: outcomeOf(push.upload ?? push.exchange, (exchange) =>
        pushMeaningOf(exchange, granted)
      )
    })
    if (push.cancel) checks.push(check(push.cancel))
  }
  for (const [result, count] of untold(outcomes, shown)) {
    checks.push({
      name: `Push access to ${count} more repositories`,
      outcome: result
    })
  }
  if (evidence.rateLimit) checks.push(check(evidence.rateLimit))
  return checks
}

/** What a docker login came to, for the checks table. */
function cliOutcome(cli: CliResult): string {
  return cli.exitCode === 0 ? 'succeeded' : `failed (exit code ${cli.exitCode})`
}

function exchangeCheck(
  exchange: HttpExchange,
  named: ReadonlyMap<string, string>,
  meaningFor?: (exchange: HttpExchange) => string
): Check {
  return {
    name: `${STEP_NAMES[exchange.step]} (${exchange.method} ${pathOf(exchange.url, named)})`,
    outcome: outcomeOf(exchange, meaningFor)
  }
}

/**
 * What an answer of a Docker Hub OIDC login meant: a 2xx is a token
 * issued only when one came in it (an HTML page answering 200 issued
 * none).
 */
function oidcMeaningOf(
  exchange: HttpExchange,
  oidc: OidcExchange | undefined
): string {
  const status = exchange.status ?? 0
  const idToken = exchange.step === 'oidc-id-token'
  if (status >= 200 && status < 300) {
    if (idToken) {
      const failed = ['id-token-failed', 'permission-missing']
      return failed.includes(oidc?.result ?? '')
        ? 'no ID token in the answer'
        : 'an ID token issued'
    }
    return oidc?.result === 'token'
      ? 'a Docker token issued'
      : 'no Docker token in the answer'
  }
  if (idToken && (status === 401 || status === 403)) {
    return 'refused: no id-token: write'
  }
  return meaningOf(exchange)
}

function pathOf(url: string, named: ReadonlyMap<string, string>): string {
  try {
    const parsed = new URL(url)
    return `${named.get(parsed.host) ?? parsed.host}${parsed.pathname}`
  } catch {
    return url
  }
}

function outcomeOf(
  exchange: HttpExchange,
  meaningFor: (exchange: HttpExchange) => string = meaningOf
): string {
  const tries = exchange.attempts > 1 ? ` after ${exchange.attempts} tries` : ''
  if (exchange.status === undefined) {
    const why = exchange.error?.code ?? exchange.error?.message ?? 'no answer'
    return `no answer (${why})${tries}`
  }
  const meaning = meaningFor(exchange)
  return `${exchange.status}${tries}${meaning ? `: ${meaning}` : ''}${retryAfterNote(exchange)}`
}

/**
 * What the answer of a push check meant: a token asked for the
 * repository's push scope, and what it grants when that was read, or the
 * upload the probe began.
 */
function pushMeaningOf(
  exchange: HttpExchange,
  granted: readonly string[] | undefined
): string {
  const status = exchange.status ?? 0
  if (exchange.step === 'upload') return meaningOf(exchange)
  if (status >= 200 && status < 300) {
    if (!granted) return 'a token for the push scope'
    return granted.includes('push')
      ? 'a token that grants push'
      : `a token without push (grants ${granted.join(', ') || 'nothing'})`
  }
  if (status === 401 || status === 403) return 'the push scope refused'
  return meaningOf(exchange)
}

/**
 * What an answer meant for the check it answered: a 401 to the first
 * ping is the challenge every registry sends, a 401 to a token request a
 * refused credential.
 */
function meaningOf(exchange: HttpExchange): string {
  const status = exchange.status ?? 0
  const { step } = exchange
  if (step === 'ping') {
    if (status === 401) {
      return exchange.headers['www-authenticate']
        ? 'a challenge, as expected'
        : 'refused without a challenge'
    }
    if (status >= 200 && status < 300) return 'open, no login asked'
  }
  if (step === 'upload' && status === 202) return 'upload started: may push'
  if (step === 'upload' && (status === 401 || status === 403)) {
    return 'push refused'
  }
  if (step === 'upload-cancel' && status >= 200 && status < 300) {
    return 'upload cancelled'
  }
  if (step === 'upload-cancel' && status === 405) {
    return 'not cancellable: it expires by itself'
  }
  if (step === 'rate-limit' && status === 200) return 'the limits read'
  if (step === 'push-token' && status === 200) return 'a token issued'
  if (status >= 200 && status < 300) {
    return ['token', 'basic-ping', 'hub-login', 'aws-token'].includes(step)
      ? 'credential accepted'
      : 'OK'
  }
  if (step === 'oidc-exchange' && status >= 400 && status < 500) {
    if (status !== 429) return 'exchange refused'
  }
  if (status === 401) {
    return step === 'rate-limit' || step === 'upload'
      ? 'unauthorized'
      : 'credential refused'
  }
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not found'
  if (status === 407) return 'proxy authentication required'
  if (status === 429) return 'too many requests'
  if (status >= 500) return 'a server error'
  return ''
}

/**
 * A 429's `Retry-After`, and whether it was waited for: one longer than
 * MAX_RETRY_AFTER_SECONDS is reported here instead.
 */
function retryAfterNote(exchange: HttpExchange): string {
  const value = exchange.headers['retry-after']
  if (exchange.status !== 429 || value === undefined) return ''
  const seconds = retryAfterSeconds(value, Date.now(), exchange.headers.date)
  if (seconds === undefined) {
    return ` (Retry-After "${value.slice(0, 40)}" unreadable: not waited for)`
  }
  return seconds > MAX_RETRY_AFTER_SECONDS
    ? ` (Retry-After ${seconds} s, over ${MAX_RETRY_AFTER_SECONDS} s: not waited for)`
    : ` (Retry-After ${seconds} s)`
}

function rateLimitLine(verdict: Verdict, exchange: HttpExchange): string {
  const rate = verdict.rateLimit ?? {}
  if (exchange.status !== 200) {
    return `**Pull rate limit:** not known (the preview answered ${exchange.status ?? 'nothing'}).`
  }
  if (rate.limit === undefined) {
    return '**Pull rate limit:** none applies to this account.'
  }
  return `**Pull rate limit:** ${rateLimitNumbers(verdict)}.`
}

/**
 * The pull rate limit in numbers: what is left of the limit, its window,
 * and when it resets, when the registry says.
 */
function rateLimitNumbers(verdict: Verdict): string {
  const rate = verdict.rateLimit ?? {}
  const window = rate.window ? ` per ${formatWindow(rate.window)}` : ''
  const reset =
    rate.reset !== undefined ? `, resets in ${formatWindow(rate.reset)}` : ''
  return `${rate.remaining ?? '?'} of ${rate.limit ?? '?'} pulls left${window}${reset}`
}

/** A duration as the user reads it: `6 h`, `1 h 30 min`, `45 s`. */
function formatWindow(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  const hours = Math.floor(minutes / 60)
  if (hours === 0) return `${minutes} min`
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

// ---------------------------------------------------------------------------
// The command line

/** What a command prints. */
export interface CommandReport {
  stdout: string
  exitCode: 0 | 1
}

/** `explain`'s headline for a text it does not know. */
export const EXPLAIN_UNKNOWN_TITLE = 'Unrecognised error text'

/**
 * What `explain`, `check` and `login` print: text, or one JSON object
 * (`diagnosis`, `warnings`, `title`, `steps`, `evidence`, `rule`; for
 * `check` and `login` also `credentialKind` and `pushAccess`).
 */
export function reportCommand(
  verdict: Verdict,
  context: Omit<RemediationContext, 'case'>,
  command: 'explain' | 'check' | 'login',
  json: boolean,
  /** what `check` and `login` found of the credential */
  found?: { credentialKind: string },
  /**
   * where the command runs (given by the command line, so that the
   * action's bundle holds none of src/ci-wording.ts): each text, step and
   * link in the terms of that CI system (`null` leaves it out), and
   * whether GitHub Actions' workflow block applies
   */
  where: {
    inTerms: (text: string) => string | null
    workflow: boolean
  } = { inTerms: (text) => text, workflow: true }
): CommandReport {
  const full = { ...context, case: verdict.case }
  const written = withWhat(
    remediationFor(verdict.diagnosis, full),
    verdict.what
  )
  const kept = (texts: readonly string[]) => [
    ...new Set(texts.flatMap((text) => where.inTerms(text) ?? []))
  ]
  const remediation = {
    ...written,
    why: where.inTerms(written.why) ?? written.why,
    steps: kept(written.steps),
    docs: kept(written.docs)
  }
  const exitCode = verdict.diagnosis === 'ok' ? 0 : 1
  // Nothing was logged in: say what was found. For a text it does not
  // know, `explain` claims no failed login: it may not be about one.
  const title =
    verdict.diagnosis === 'ok' && command === 'check'
      ? 'The registry accepted the credential'
      : verdict.diagnosis === 'ok' && command === 'explain'
        ? 'The text reports a successful login'
        : verdict.diagnosis === 'unknown' &&
            command === 'explain' &&
            verdict.case === undefined
          ? EXPLAIN_UNKNOWN_TITLE
          : remediation.title
  if (json) {
    const object = {
      diagnosis: verdict.diagnosis,
      warnings: verdict.warnings,
      title,
      steps: remediation.steps,
      evidence: verdict.evidence,
      rule: verdict.rule ?? null,
      ...(found
        ? {
            credentialKind: found.credentialKind,
            pushAccess: verdict.pushAccess
          }
        : {})
    }
    return { stdout: `${JSON.stringify(object)}\n`, exitCode }
  }
  const lines = [`Diagnosis: ${verdict.diagnosis} — ${title}`]
  if (verdict.diagnosis !== 'ok') lines.push('', remediation.why)
  if (verdict.evidence.length > 0) {
    lines.push('', 'Evidence:', ...verdict.evidence.map((e) => `  - ${e}`))
  }
  if (remediation.steps.length > 0) {
    lines.push('', 'How to fix it:')
    remediation.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`))
  }
  if (remediation.snippet && verdict.diagnosis !== 'ok' && where.workflow) {
    const block = remediation.snippet.trimEnd().split('\n')
    lines.push(
      '',
      'In a GitHub Actions workflow:',
      ...block.map((l) => `  ${l}`)
    )
  }
  for (const warning of verdict.warnings) {
    const text = remediationFor(warning, full)
    const why = where.inTerms(text.why) ?? text.why
    lines.push('', `Warning: ${warning} — ${text.title}`, `  ${why}`)
  }
  if (remediation.docs.length > 0) {
    lines.push('', `Docs: ${remediation.docs.join('  ')}`)
  }
  return { stdout: `${lines.join('\n')}\n`, exitCode }
}

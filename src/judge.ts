/**
 * The judge: one pure call from the evidence of a login attempt to a
 * verdict — the diagnosis, every warning, the rule that decided, and one
 * evidence line per thing seen. The wordings, refinements and texts are
 * the profiles' data (src/profiles/); this module only walks them. No I/O,
 * never throws on odd evidence.
 */
import {
  describeChallenge,
  describeNoAnswer,
  QUOTE_CHARS,
  quote,
  where
} from './describe.js'
import type { DiagnosisId, WarningId } from './diagnosis.js'
import type {
  CliResult,
  CredentialExchange,
  Evidence,
  HttpExchange,
  InputAnalysis,
  InputFinding,
  OidcExchange
} from './evidence.js'
import { describeFinding } from './findings.js'
import { failed, preflightOutcome, type PreflightOutcome } from './outcome.js'
import { REFINING_PROBLEMS } from './profiles/common.js'
import {
  profileById,
  refinementsFor,
  ruleById,
  ruleTables,
  rulesFor,
  type Profile
} from './profiles/index.js'
import type { RemediationCase, TextRule, Wording } from './profiles/types.js'
import {
  isSuccess,
  rateLimitOf,
  reasonOf,
  redirectsAway,
  type RateLimitHeaders
} from './protocol.js'
import { emptySecretCause, type EmptySecretCause } from './event.js'
import {
  byRequest,
  pullCaseOf,
  pullFramingOf,
  pushFramingOf,
  readingLabel,
  requestReading,
  showsLogin
} from './operation.js'
import {
  holds,
  matchRule,
  RULE_TEXT_MAX,
  wordingParts,
  type RuleMatch
} from './rules.js'
import { asPlainLog, oneLine } from './text.js'
import { pushShown, untold } from './summary.js'

/** What the judge weighs that is no evidence: the run's settings and clock. */
export interface JudgeOptions {
  /** warn `credential-expires-soon` within this many minutes (default 30) */
  expiryWarningMinutes?: number
  /** the time to judge expiries at (ms since epoch; default now) */
  now?: number
  /**
   * The judge of an OIDC login (src/judge-oidc.ts): a run whose evidence
   * has `oidcExchange` loads it, so that no other run's start-up holds it
   */
  oidc?: OidcJudge
}

/** Judges an OIDC login's exchange: its lines, and the failure if any. */
export type OidcJudge = (
  oidc: OidcExchange,
  evidence: Evidence,
  lines: string[]
) => Decision | undefined

/** What one repository's push check found. */
export interface PushResult {
  repository: string
  /** `missing`: the registry has no such repository (and makes none) */
  result: 'granted' | 'denied' | 'missing' | 'unknown'
  /** the actions granted there, when a token was read */
  granted?: readonly string[]
}

/** The judge's verdict. */
export interface Verdict {
  diagnosis: DiagnosisId
  warnings: WarningId[]
  /** the id of the rule that decided the diagnosis, when a rule did */
  rule?: string
  /** the variant of the diagnosis's texts that applies */
  case?: RemediationCase
  /** one line each, never the secret: what was seen and what it meant */
  evidence: string[]
  /** a pasted text's line that decided, as given (judgeText) */
  line?: string
  /** what the deciding rule says the text is about (TextRule `what`) */
  what?: string
  /** what the preflight's answers amounted to */
  preflight: PreflightOutcome['kind'] | 'skipped' | 'not-sent'
  /** one per repository of the `push` input */
  push: PushResult[]
  pushAccess: 'granted' | 'denied' | 'not-checked'
  /** the pull rate limit, when the preview was asked */
  rateLimit?: RateLimitHeaders
  emptySecret?: EmptySecretCause
  /**
   * each `docker login` to an AWS_ACCOUNT_IDS account's registry that
   * failed: the host as AWS named it, what docker said (one line), and the
   * diagnosis and case its words make (`unknown` where no rule read them)
   */
  accountFailures?: readonly AccountFailureVerdict[]
  /**
   * the diagnosis is the first account failure's: the login to the
   * registry itself was fine
   */
  accountDecided?: boolean
}

/** Below this share of the pull limit left, warn `rate-limit-low`. */
export const RATE_LIMIT_LOW = 0.1

/** The exit code when the docker CLI could not be started at all. */
const CLI_NOT_RUN = 127

/**
 * Diagnoses that say the credential itself is wrong: docker login cannot
 * mean them after the registry accepted the same credential.
 */
const CREDENTIAL_REFUSALS: readonly DiagnosisId[] = [
  'invalid-credentials',
  'email-as-username',
  'organization-token-username',
  'malformed-credentials',
  'password-with-2fa',
  'password-with-sso',
  'pat-required',
  'token-expired'
]

/**
 * The judge's own rule: docker login withheld, a token in the username
 * input (gather.ts), where the registry did not refuse the credential.
 */
const USERNAME_TOKEN = 'JDG003'

/** The judge's own rule: a refusal after the credential was accepted. */
const AFTER_ACCEPTED = 'JDG001'
/**
 * The judge's own rule: a Docker token just issued by an OIDC exchange,
 * refused by the registry: the username is no organization (or not the
 * connection's).
 */
const OIDC_USERNAME = 'JDG002'

/**
 * Judges one login attempt. In order: the inputs' shape (empty or
 * decisive findings settle it offline); the preflight's answer (a refusal
 * decides, refined by the profiles' refinements); the docker CLI's result
 * (exit code, then its text); the push checks. Warnings:
 * `preflight-skipped`; `preflight-unreachable` (the preflight got no
 * answer but the CLI ran and logged in or failed for a reason of its own);
 * `password-in-use` (a password worked on Docker Hub); `rate-limit-low`;
 * `stale-docker-config` (the runner's docker config held a stale entry
 * for the registry).
 */
export function judge(evidence: Evidence, options: JudgeOptions = {}): Verdict {
  const profile = profileById(evidence.registry.profile)
  const push = evidence.push.map(pushResult)
  const common = {
    push,
    pushAccess: pushAccessOf(push, evidence.pushElsewhere?.length ?? 0),
    emptySecret: evidence.event ? emptySecretCause(evidence.event) : undefined
  }
  const lines: string[] = []
  if (evidence.ecrOff) {
    lines.push('`ecr` is false: the AWS keys were not exchanged')
  }
  const exchange = evidence.credentialExchange
  const exchanged = exchange
    ? judgeExchange(exchange, evidence, profile, lines)
    : undefined
  const offline = offlineVerdict(evidence.input)
  if (offline) {
    return {
      ...offline,
      evidence: [...lines, ...offline.evidence],
      warnings: [],
      preflight: 'not-sent',
      case:
        evidence.ecrOff && offline.diagnosis === 'missing-credentials'
          ? 'ecr-off'
          : oidcWithoutUsername(evidence)
            ? 'oidc-username'
            : evidence.oidcNotApplied &&
                offline.diagnosis === 'missing-credentials' &&
                evidence.input.passwordEmpty
              ? 'oidc-registry'
              : malformedCase(offline.diagnosis, evidence.input),
      ...common
    }
  }
  const oidc = evidence.oidcExchange
  if (oidc && !options.oidc) {
    throw new Error('an OIDC login is judged with its judge (judge-oidc)')
  }
  const oidcFailed = oidc ? options.oidc?.(oidc, evidence, lines) : undefined
  // no ECR token came for the AWS keys, or no Docker token for the ID
  // token: nothing else was tried
  const failedExchange = exchanged ?? oidcFailed
  if (failedExchange) {
    const exchanged = failedExchange
    return {
      diagnosis: exchanged.diagnosis,
      warnings: [],
      rule: exchanged.rule,
      case:
        exchanged.case ??
        caseOf(exchanged.diagnosis, evidence, push, undefined, exchanged.rule),
      evidence: lines,
      preflight: 'not-sent',
      ...common
    }
  }

  const warnings: WarningId[] = []
  let outcome: PreflightOutcome | undefined
  let refusal: Decision | undefined
  if (evidence.preflight === 'skipped') {
    warnings.push('preflight-skipped')
    lines.push(
      'the preflight was skipped: only the docker CLI output is diagnosed'
    )
  } else {
    const known = evidence.knownChallenge
    outcome = preflightOutcome(evidence.exchanges, profile, known !== undefined)
    const refused = describeOutcome(outcome, lines, known)
    if (refused) refusal = refine(refused, evidence, profile, lines)
    if (refusal && oidc && CREDENTIAL_REFUSALS.includes(refusal.diagnosis)) {
      // a Docker token just issued, refused: the username is the cause
      lines.push(
        `Docker Hub refused the Docker token just issued for the ID token with username ${oneLine(evidence.username, 40)}: OIDC logs in as the organization that owns the connection, and only organizations can${ruleNote(OIDC_USERNAME)}`
      )
      refusal = { diagnosis: 'invalid-credentials', rule: OIDC_USERNAME }
    }
  }

  const cli = evidence.cli
  const cliFailure = cli ? judgeCli(cli, evidence, profile, lines) : undefined
  const accountFailures = judgeAccountLogins(evidence, profile, lines)
  let decided: Decision
  if (refusal) {
    decided = refusal
  } else if (outcome?.kind === 'foreign') {
    // whatever docker said: a login to a web page is no login
    decided = { diagnosis: 'registry-unreachable' }
  } else if (outcome?.kind === 'proxy-refused') {
    decided = { diagnosis: 'proxy-authentication-required' }
  } else if (
    outcome?.kind === 'unreachable' &&
    outcome.exchange.error?.proxyStatus === 429
  ) {
    // the proxy in HTTPS_PROXY refused the tunnel with its own 429: its
    // limit, not the registry's, whatever docker then said (attack round 10)
    lines.push(
      "the limit is the proxy's own: the registry was not reached, and another credential would not help"
    )
    decided = { diagnosis: 'rate-limited', case: 'proxy' }
  } else if (
    outcome?.kind === 'accepted' &&
    cliFailure &&
    CREDENTIAL_REFUSALS.includes(cliFailure.diagnosis)
  ) {
    // The verdict agrees with its evidence: the same credential was just
    // accepted by the same registry.
    lines.push(
      `the registry accepted this credential moments before: docker login's refusal does not mean it is wrong (rule ${AFTER_ACCEPTED})`
    )
    decided = { diagnosis: 'unknown', rule: AFTER_ACCEPTED }
  } else if (outcome?.kind === 'unreachable') {
    decided = whenUnreachable(cli, cliFailure)
    if (cli && decided.diagnosis !== 'registry-unreachable') {
      warnings.push('preflight-unreachable')
    }
  } else {
    decided = cliFailure ?? { diagnosis: 'ok' }
  }

  if (
    evidence.loginWithheld &&
    !CREDENTIAL_REFUSALS.includes(decided.diagnosis)
  ) {
    lines.push(
      `docker login was not run: its command line names the username, which is shaped like a token, and every process on the runner can read a command line (rule ${USERNAME_TOKEN})`
    )
    decided = { diagnosis: 'malformed-credentials', rule: USERNAME_TOKEN }
  }

  const pushed = pushDecision(evidence, push, profile, lines)
  if (decided.diagnosis === 'ok' && pushed) decided = pushed
  const elsewhere = evidence.pushElsewhere ?? []
  for (const host of elsewhere) {
    lines.push(
      `push input names a repository on ${oneLine(host, 80)}, not on ${oneLine(evidence.registry.input, 80) || 'the registry'}: docker keeps one login per registry host`
    )
  }
  if (decided.diagnosis === 'ok' && elsewhere.length > 0) {
    decided = { diagnosis: 'registry-mismatch' }
  }
  // all else fine, a failed login to another account's registry decides
  const accountDecided =
    decided.diagnosis === 'ok' && accountFailures.length > 0
  if (accountDecided) decided = accountFailures[0].decision
  const verified =
    outcome?.kind === 'accepted' || (cli !== undefined && cli.exitCode === 0)
  if (
    decided.diagnosis === 'ok' &&
    verified &&
    profile.id === 'docker-hub' &&
    evidence.input.credentialKind === 'password'
  ) {
    warnings.push('password-in-use')
    lines.push('Docker Hub accepted an account password, not an access token')
  }
  const rateLimit = evidence.rateLimit
    ? rateLimitOf(evidence.rateLimit)
    : undefined
  if (isLow(rateLimit)) warnings.push('rate-limit-low')
  // a stale entry for this registry in the runner's docker config; a
  // failure that names the helper already says it
  const stale = evidence.staleConfig
  if (stale?.finding === 'helper-ignores-login') {
    // only a login docker says it stored is one the helper ignored
    if (verified) {
      warnings.push('helper-ignores-login')
      lines.push(oneLine(stale.detail, 300))
    }
  } else if (stale && decided.diagnosis !== 'credential-store-error') {
    warnings.push('stale-docker-config')
    lines.push(`${oneLine(stale.detail, 300)} (docker-login-preflight doctor)`)
  }
  // a credential that expires before the job is likely done
  const expiring = expiresSoon(
    evidence.expiresAt,
    options,
    // an OIDC token's expiry is the runner's time plus its expires_in
    evidence.oidcExchange ? undefined : registryClockAhead(evidence.exchanges)
  )
  if (expiring !== undefined && verified) {
    warnings.push('credential-expires-soon')
    lines.push(expiring)
  }
  // push checks asked for and not made, or not answered: never silently
  if (
    decided.diagnosis === 'ok' &&
    (evidence.pushUnchecked || push.some((r) => r.result === 'unknown'))
  ) {
    warnings.push('push-not-checked')
  }
  return {
    diagnosis: decided.diagnosis,
    warnings,
    rule: decided.rule,
    case:
      decided.case ??
      caseOf(decided.diagnosis, evidence, push, outcome, decided.rule),
    evidence: lines,
    preflight: outcome?.kind ?? 'skipped',
    rateLimit,
    ...common,
    ...(accountFailures.length > 0
      ? {
          accountFailures: accountFailures.map(({ host, said, decision }) => ({
            host,
            said,
            diagnosis: decision.diagnosis,
            ...(decision.case ? { case: decision.case } : {})
          })),
          accountDecided
        }
      : {})
  }
}

/** A failed login to an AWS_ACCOUNT_IDS account's registry, judged. */
export interface AccountFailureVerdict {
  host: string
  said: string
  diagnosis: DiagnosisId
  case?: RemediationCase
}

/** A diagnosis and the rule that decided it. */
export interface Decision {
  diagnosis: DiagnosisId
  rule?: string
  /** the texts' variant, where the decision itself names it */
  case?: RemediationCase
}

/**
 * The words of logging in: a refusal's status (401, 403, 407, 429), the
 * words of authentication and refusal, and what a login is made of (a
 * login, an account, a username, a password, a token, a credential, a
 * secret, a second factor). Broad on purpose: a text that holds any of
 * them may be about a login, and stays `unknown` when no rule knows it.
 * Built on first use (speaksOfLogin, `explain` only): a pattern built at
 * load would stay in the action's start-up, which never reads it.
 */
const loginVocabulary = (): RegExp =>
  new RegExp(
    [
      String.raw`\b(?:401|403|407|429)\b`,
      'auth',
      'denied',
      'forbidden',
      'permission',
      String.raw`\blog(?:ged)?[ -]?(?:in|on|out)s?\b`,
      String.raw`\bsign(?:ed)?[ -]?(?:in|on)\b`,
      'credential',
      'token',
      'passw',
      'username',
      String.raw`\baccount`,
      'secret',
      'expired',
      String.raw`\bscopes?\b`,
      String.raw`\b(?:pull|push) access\b`,
      String.raw`\b(?:2fa|mfa|sso|pat)\b`,
      String.raw`(?:two|multi|second)[ -]?factor`
    ].join('|'),
    'i'
  )
/** The pattern, once built (speaksOfLogin). */
let vocabulary: RegExp | undefined

/**
 * Whether a text uses the words of logging in (loginVocabulary). A text
 * that does not, and matches no rule, is not about a login.
 */
export function speaksOfLogin(text: string): boolean {
  vocabulary ??= loginVocabulary()
  return vocabulary.test(text)
}

/**
 * A scanner's list of the ways it tried an image (Trivy's "N errors
 * occurred:", hashicorp/go-multierror): the local runtimes it tries before
 * the registry (docker, containerd, podman) fail wherever none runs and say
 * nothing of the registry's answer, another item of the list. Those items
 * are left out where another item is there (docs/registries.md §13x;
 * aquasecurity/trivy-operator#1885: a CA the scan pod did not trust read as
 * "the docker daemon is not running").
 */
const TRIED_RUNTIME =
  /cannot connect to the docker daemon|containerd socket not found|no podman socket found|unable to initialize podman client/i

/** An item of such a list: `* …`. */
const LIST_ITEM = /^[ \t]*\* \S/

function withoutTriedRuntimes(text: string): string {
  // not preceded by a digit: a long run of digits is read once, not from
  // each of its digits (attack-53 A53-01)
  if (!/(?<!\d)\d+ errors? occurred:/i.test(text)) return text
  const lines = text.split('\n')
  const kept: string[] = []
  let items = 0
  for (let at = 0; at < lines.length;) {
    if (!LIST_ITEM.test(lines[at])) {
      kept.push(lines[at++])
      continue
    }
    // an item, and the lines a paste's wrap cut from it: those up to the
    // next item (the last item is its own line: what follows the list is
    // no part of it; docs/registries.md §13aaa (o))
    let end = at + 1
    while (end < lines.length && !LIST_ITEM.test(lines[end])) end++
    if (end === lines.length) end = at + 1
    const item = lines.slice(at, end)
    if (
      TRIED_RUNTIME.test(item.join(' ')) ||
      TRIED_RUNTIME.test(item.join(''))
    ) {
      at = end
      continue
    }
    items++
    kept.push(...item)
    at = end
  }
  return items > 0 ? kept.join('\n') : text
}

/**
 * Lines a tool prints beside a failure that are no failure of their own
 * (docs/registries.md §13hh (j)): Watchtower's digest check, which falls
 * back to a pull (containrrr/watchtower pkg/container/client.go "Could not
 * do a head request for %q, falling back to regular pull.", "Reason:
 * registry responded to head request with %q, auth: %q"), testcontainers'
 * empty credentials for a public image ("… Setting empty credentials for
 * the image: %s. This is expected for public images."), BuildKit's
 * import of a registry cache, whose failure the build goes on without
 * ("importing cache manifest from …", "ERROR: failed to configure registry
 * cache importer: …"; §13oo (f), attack-23 repro-02), moby's error on an
 * endpoint it then leaves for the next ("Attempting next endpoint for pull
 * after error: …", distribution/pull.go; §13vv (b)), and a log's debug
 * lines (logrus `DEBU[…]`, `level=debug`: the 401 of every token exchange's
 * first request is logged there; attack-18 repro-01) where the log has an
 * error or fatal line (podman prints its error itself at debug level).
 * Left out where
 * the other lines hold a known wording or words of a failure of their own
 * (one no rule knows: "No such image"); else they are what is read
 * (LOOK024). A shell's prompt or a CI system's framing after them is no
 * failure (docs/registries.md §13xx (c)).
 */
const INFORMATIONAL =
  /^[^\n]*(?:could not do a head request for|registry responded to head request with|setting empty credentials for the image|importing cache manifest from|failed to configure registry cache importer|attempting next endpoint for pu(?:ll|sh) after error)[^\n]*(?:\n|$)/gim

/**
 * A line that says what failed before it recovered (docs/registries.md
 * §13oo (f), attack-23 repro-02): a retry wrapper's success after failed
 * attempts (nick-fields/retry "Command completed after 2 attempt(s)."), a
 * login that succeeded (`Login Succeeded`). A failure after the last of
 * them is the one that ended the job: where the text after it holds a
 * known wording or a line that failed, that part alone is read.
 */
const RECOVERED =
  /^[^\n]*(?:command completed after \d+ attempt|login succeeded)[^\n]*$/gim

/**
 * A line that says something failed: what follows a recovery line holding
 * one ended the job, even where no rule knows its words (attack-32
 * repro-01, repro-02: a build that failed after the login succeeded).
 */
const FAILED_LINE =
  /^[^\n]*(?:\berror\b|\bfailed\b|\bfatal\b|\bdenied\b|\bunauthorized\b|\bforbidden\b|exit code:? [1-9]|exit status [1-9]|non-zero (?:code|exit))/im

/**
 * The text after its last recovery line, where that part holds a known
 * wording or a failure of its own; else the whole text.
 */
function afterRecovery(text: string, rules: readonly TextRule[]): string {
  const last = [...text.matchAll(RECOVERED)].at(-1)
  if (!last) return text
  const after = text.slice(last.index + last[0].length)
  return matchRule(after, rules) !== undefined || FAILED_LINE.test(after)
    ? after
    : text
}

/**
 * Readings that clear the credential: the image, the network or something
 * else than logging in failed.
 */
const NOT_THE_CREDENTIAL: readonly DiagnosisId[] = [
  'not-a-login-failure',
  'repository-not-found',
  'registry-unreachable',
  'unknown'
]

/** moby's pull error's advice, which names a login nobody tried */
const ADVISED_LOGIN = /may\s+require\s+'docker\s+login'/gi

/**
 * The lines a wording was read on: every line that holds all of it (a
 * failure printed again is the same failure), else, for a wording whose
 * parts the text holds on lines of their own, every line with one of its
 * parts. The caller leaves out only those above a later refusal's first
 * line: a part may be words that refusal holds too (LOOK036's `: permission
 * denied` in Container Registry's `denied: Permission denied for …`,
 * attack-37 repro-01), and a copy printed after it is no failure it
 * outlived (attack-40 repro-01).
 */
function ownLines(lines: readonly string[], wording: Wording): number[] {
  const whole = lines.flatMap((line, n) => (holds(line, wording) ? [n] : []))
  if (whole.length > 0) return whole
  const parts = wordingParts(wording)
  return lines.flatMap((line, n) =>
    parts.some((part) => holds(line, part)) ? [n] : []
  )
}

/**
 * How many kinds of failure a log's reading leaves out at the most: each
 * pass reads the text again.
 */
const OUTLIVED_MAX = 32

/**
 * Readings of a tool's side request (a listing, a web API), which a job
 * outlives whatever failed after it (attack-38 repro-01, repro-04).
 */
const SIDE_CASES: readonly RemediationCase[] = ['list-denied', 'api-rate-limit']

/** Whether a rule's reading may be of a failure the job outlived. */
function clears(rule: TextRule): boolean {
  return (
    NOT_THE_CREDENTIAL.includes(rule.diagnosis) ||
    (rule.case !== undefined && SIDE_CASES.includes(rule.case))
  )
}

/**
 * The text without the failures a refusal later in it outlived (attack-36,
 * attack-38): a tolerated pull's `manifest unknown` (`docker pull … ||
 * true`), git's refusal in a step that may fail, a `kubectl` refused by
 * RBAC, before the login or push that ended the job; a tool's side request
 * (a catalog listed, GitHub's API limit) before any failure of a pull, a
 * push or a login. Where the rule the text reads first clears the
 * credential (or reads a side request) and the lines after its own hold a
 * refusal of the credential (for a side request: any failure) at a step of
 * its own, its lines above that refusal (every copy of it there) are left
 * out and the rest read again. A reading that claims the lines it reads
 * (git's `Invalid username or password`) keeps them.
 */
function withoutOutlivedFailures(
  text: string,
  rules: readonly TextRule[]
): string {
  let refusals: readonly TextRule[] | undefined
  let read = text
  for (let pass = 0; pass < OUTLIVED_MAX; pass++) {
    const found = matchRule(read, rules)
    if (!found || !clears(found.rule)) return read
    const lines = read.split('\n')
    const own = ownLines(lines, found.wording)
    if (own.length === 0) return read
    // what follows the failure's first line, without its copies
    const mine = new Set(own)
    const after = lines.flatMap((_, n) =>
      n > own[0] && !mine.has(n) ? [n] : []
    )
    const rest = after.map((n) => lines[n]).join('\n')
    const side = !NOT_THE_CREDENTIAL.includes(found.rule.diagnosis)
    // any refusal of the credential after it, whatever the table's order
    // (the same failure printed again comes first in it)
    const later = matchRule(
      rest,
      side ? rules : (refusals ??= rules.filter((rule) => !clears(rule)))
    )
    if (!later) return read
    // the step is read where the rules read: the end of the text, without
    // moby's advice, also where a post wrapped it over two lines (its
    // line breaks kept, so that the lines stay the same)
    const advised = read
      .replace(ADVISED_LOGIN, (advice) => advice.replace(/[^\n]/g, ''))
      .split('\n')
    const step = after
      .map((n) => advised[n])
      .join('\n')
      .slice(-RULE_TEXT_MAX)
    const shown =
      showsLogin(step) ||
      pushFramingOf(step) !== undefined ||
      (side && pullFramingOf(step) !== undefined)
    if (!shown) return read
    // the copies above the refusal's first line are what it outlived
    const refused = ownLines(rest.split('\n'), later.wording)[0] ?? 0
    const at = after[refused]
    const outlived = new Set(own.filter((n) => n < at))
    read = lines.filter((_, n) => !outlived.has(n)).join('\n')
  }
  return read
}

/**
 * The lines a CI system writes around a job's own output, which say only
 * that it ran or failed: GitHub Actions' `Process completed with exit code
 * 1.`, GitLab's `Running with gitlab-runner …`, `Executing "step_script"
 * stage of the job script`, `Cleaning up project directory…` and `ERROR:
 * Job failed: exit code 1`, Jenkins' `[Pipeline] …`, `script returned exit
 * code 1` and `Finished: FAILURE` (docs/registries.md §13xx (c)).
 */
const CI_TRAILER =
  /^[^\n]*(?:process completed with exit code \d+|job failed: exit code \d+|cleaning up project directory|^running with gitlab-runner|^executing "\w+" stage of the job script|^\[pipeline\] |script returned exit code \d+|^finished: failure)[^\n]*(?:\n|$)/gim

/** Words that say something failed, where no rule knows the wording. */
const FAILURE_WORDS =
  /error|fail|denied|unauthori[sz]ed|forbidden|refused|cannot|can't|unable|invalid|not found|no such|not exist/i

/** A logrus debug line, and a line the log names an error or fatal. */
const DEBUG_LINE = /^[^\n]*(?:^debu\[\d|level=debug)[^\n]*(?:\n|$)/gim
const ERROR_LINE = /^(?:fata|erro)\[\d|level=(?:error|fatal)\b/im

/**
 * The text as the rules read it: what failed before a recovery line left
 * out where a known wording follows it (afterRecovery), a scanner's tried
 * runtimes and a tool's informational lines left out where what remains is
 * still read (withoutTriedRuntimes, INFORMATIONAL).
 */
export function textAsRead(given: string, rules: readonly TextRule[]): string {
  const text = withoutOutlivedFailures(
    withoutTriedRuntimes(afterRecovery(given, rules)),
    rules
  )
  const informed = text.replace(INFORMATIONAL, '')
  const kept = ERROR_LINE.test(informed)
    ? informed.replace(DEBUG_LINE, '')
    : informed
  const read =
    matchRule(kept, rules) !== undefined ||
    FAILURE_WORDS.test(kept.replace(CI_TRAILER, ''))
  return kept !== text && read ? kept : text
}

/**
 * Classifies error text alone — what a user pastes into `explain`: the
 * first rule whose wording the text holds decides. A text no rule knows is
 * `unknown` when it uses the words of logging in, and `not-a-login-failure`
 * (no case) when it uses none; either way it is quoted (cut).
 */
export function judgeText(pasted: string, profile: Profile): Verdict {
  // a raw CI log read as its lines show (timestamps, colours left out)
  return judgePlainText(asPlainLog(pasted), profile)
}

/**
 * `judgeText` of a text already read as its lines show: the command line's,
 * which reads a paste through `pastedText` (cleaned and redacted, src/cli.ts)
 * and quotes it as it is (attack-53 A53-02: a reading after the redaction
 * could show what it hid).
 */
export function judgePlainText(plain: string, profile: Profile): Verdict {
  const verdict = judgeLines(plain, profile)
  if (verdict.rule !== undefined || !plain.includes('\n')) return verdict
  // no wording as the lines stand: one a line break cut (a paste wrapped
  // at no fixed width, or at words) is read with the lines joined, right
  // up or by a space; only a wording so read counts, not a success's
  // (docs/registries.md §13yy (d))
  for (const joint of ['', ' ']) {
    const joined = judgeLines(plain, profile, joint)
    if (joined.rule !== undefined && joined.diagnosis !== 'ok') {
      return {
        ...joined,
        evidence: [
          ...joined.evidence,
          'read with its lines joined: a wording a line break cut'
        ]
      }
    }
  }
  return verdict
}

/**
 * AWS's refusals are read first (the docker CLI's missing password that
 * follows them is their consequence, src/profiles/index.ts `rulesFor`);
 * a registry's refusal later in the log, of another kind, is the failure
 * that ended the job, and decides (attack-44 A44-04: an optional step's
 * refused role, `continue-on-error`, then ghcr.io's refusal of the push).
 */
export function afterAwsRefusal(
  read: RuleMatch | undefined,
  text: string,
  rules: readonly TextRule[]
): RuleMatch | undefined {
  const aws = ruleTables().AWS_API_RULES
  if (!read || !aws.includes(read.rule)) return read
  const first = wordingParts(read.wording)[0]
  const lines = text.split('\n')
  const at = lines.findLastIndex((line) => holds(line, first))
  if (at < 0) return read
  const later = matchRule(
    lines.slice(at + 1).join('\n'),
    rules.filter((rule) => !aws.includes(rule))
  )
  return later && AFTER_A_LOGIN.has(later.rule.diagnosis) ? later : read
}

/**
 * A registry's refusals of a request whose credential it took: never the
 * consequence of a refused AWS call, which leaves no token (a missing
 * password, an anonymous 401) or the stored one (expired).
 */
const AFTER_A_LOGIN: ReadonlySet<DiagnosisId> = new Set([
  'insufficient-scope',
  'repository-not-found',
  'registry-mismatch'
])

/**
 * judgePlainText of the text as its lines stand, or with them joined by
 * `joint` once read as the rules read them (recovered failures and
 * informational lines left out line by line first).
 */
function judgeLines(plain: string, profile: Profile, joint?: string): Verdict {
  // the end the rules read (RULE_TEXT_MAX), from a line's start, and no
  // more: the turns and readings after them read the same, in bounded time
  // (attack-54 A54-03: whole 1 MiB pastes read by patterns that are
  // quadratic on them)
  const from = plain.length - RULE_TEXT_MAX
  const next = plain.indexOf('\n', from)
  const given = from > 0 ? plain.slice(next < 0 ? from : next + 1) : plain
  const rules = rulesFor(profile)
  const lines = textAsRead(given, rules)
  const text = joint === undefined ? lines : lines.replace(/\n/g, joint)
  const base = {
    warnings: [],
    preflight: 'not-sent' as const,
    push: [],
    pushAccess: 'not-checked' as const
  }
  if (text.trim() === '') {
    return { ...base, diagnosis: 'unknown', evidence: ['the text is empty'] }
  }
  // joined, a rule whose wording must stand on one line is not read: the
  // lines it stood on are gone (attack-56 A56-02: NET025's host and its
  // failure, each on a line of its own)
  const pool =
    joint === undefined ? rules : rules.filter((rule) => !rule.sameLine)
  const read = afterAwsRefusal(matchRule(text, pool), text, pool)
  // a 401 read as a refused login, on a pull or a push request: read by
  // the request (docs/registries.md §13b (f))
  const found = byRequest(read, text, given)
  if (!found && !speaksOfLogin(text)) {
    return {
      ...base,
      diagnosis: 'not-a-login-failure',
      evidence: [
        `no known wording and no word of a login (no 401 or 403, unauthorized, denied, login, credential, token, password…) in ${quote(text)}: not about logging in`
      ]
    }
  }
  if (!found) {
    return {
      ...base,
      diagnosis: 'unknown',
      evidence: [`no known wording in ${quote(text)}`]
    }
  }
  const first = wordingParts(found.wording)[0]
  // joined, the text is one line: the quote starts a little before the
  // wording, not at the paste's start
  const at = joint === undefined ? -1 : text.toLowerCase().indexOf(first)
  const line =
    at >= 0
      ? text.slice(Math.max(0, at - 60))
      : (text.split(/\r?\n/).find((l) => holds(l, first)) ?? text)
  const kase = found.rule.case ?? pullCaseOf(found, text)
  return {
    ...base,
    diagnosis: found.rule.diagnosis,
    rule: found.rule.id,
    ...(kase ? { case: kase } : {}),
    ...(found.rule.what && !kase ? { what: found.rule.what } : {}),
    line,
    evidence: [
      `seen: ${quote(line)}`,
      ...(read && read !== found
        ? [
            `known wording "${wordingParts(read.wording).join(' … ')}", rule ${read.rule.id}: ${requestReading(found.rule.id)}`
          ]
        : []),
      `${read && read !== found ? readingLabel(found.rule.id, found.wording === read.wording) : 'known wording'} "${wordingParts(found.wording).join(' … ')}", rule ${found.rule.id} (${found.rule.source})`
    ]
  }
}

// ---------------------------------------------------------------------------
// Offline

/**
 * The verdict the input analysis alone supports, or undefined when the
 * inputs must be tried: empty values → `missing-credentials`; decisive
 * findings → `malformed-credentials`.
 */
export function offlineVerdict(
  input: InputAnalysis
): { diagnosis: DiagnosisId; evidence: string[] } | undefined {
  if (input.usernameEmpty || input.passwordEmpty) {
    const lines: string[] = []
    if (input.usernameEmpty) lines.push('the username is empty')
    if (input.passwordEmpty) lines.push('the password is empty')
    return { diagnosis: 'missing-credentials', evidence: lines }
  }
  const decisive = input.findings.filter((f) => f.decisive)
  if (decisive.length > 0) {
    const lines = decisive.map(describeFinding)
    lines.push('nothing was sent: the value cannot be right as it is')
    // what the shape proved, else a value mangled on its way
    const proven = decisive.find((f) => f.diagnosis)?.diagnosis
    return { diagnosis: proven ?? 'malformed-credentials', evidence: lines }
  }
  return undefined
}

/**
 * An OIDC login (no password, a connection id) whose username, the
 * organization, is empty (attack-19 repro-06).
 */
function oidcWithoutUsername(evidence: Evidence): boolean {
  return (
    evidence.input.credentialKind === 'oidc' && evidence.input.usernameEmpty
  )
}

/**
 * The input a malformed credential is in — the one whose findings decide
 * or refine — when only one input has such findings.
 */
export function malformedInput(
  input: InputAnalysis
): InputFinding['input'] | undefined {
  const inputs = new Set(
    input.findings
      .filter((f) => f.decisive || REFINING_PROBLEMS.includes(f.problem))
      .map((f) => f.input)
  )
  return inputs.size === 1 ? [...inputs][0] : undefined
}

/**
 * The variant for an input's shape: the one empty input of
 * `missing-credentials`, the one malformed input of `malformed-credentials`.
 */
function malformedCase(
  diagnosis: DiagnosisId,
  input: InputAnalysis
): RemediationCase | undefined {
  if (diagnosis === 'missing-credentials') {
    // one of them, not both (nor neither: the docker CLI may say so too)
    if (input.usernameEmpty === input.passwordEmpty) return undefined
    return input.usernameEmpty ? 'username' : 'password'
  }
  if (diagnosis !== 'malformed-credentials') return undefined
  if (input.findings.some((f) => f.problem === 'username-token')) {
    return 'username-token'
  }
  return malformedInput(input) === 'username' ? 'username' : undefined
}

/** The variant of the texts the evidence calls for. */
function caseOf(
  diagnosis: DiagnosisId,
  evidence: Evidence,
  push: readonly PushResult[],
  outcome: PreflightOutcome | undefined,
  rule: string | undefined
): RemediationCase | undefined {
  if (diagnosis === 'registry-unreachable' && outcome?.kind === 'foreign') {
    return 'not-a-registry'
  }
  if (diagnosis === 'registry-unreachable' && outcome?.kind === 'unreachable') {
    // the proxy down, its name unknown, or its refusal of the tunnel: the
    // registry was never reached (attack-69 A69-02)
    if (outcome.exchange.error?.atProxy) return 'proxy-unreachable'
    const tls = outcome.exchange.error?.tls?.kind
    if (tls && tls !== 'other') return `tls-${tls}`
  }
  if (diagnosis === 'proxy-authentication-required' && outcome) {
    if (!('exchange' in outcome && outcome.exchange.proxy)) {
      return 'proxy-not-set'
    }
    // the credentials HTTPS_PROXY holds went, and were refused (A69-04)
    return outcome.exchange.proxyCredentials
      ? 'proxy-credentials-refused'
      : undefined
  }
  if (diagnosis === 'unknown' && rule === AFTER_ACCEPTED) {
    return 'after-accepted'
  }
  if (diagnosis === 'invalid-credentials' && rule === OIDC_USERNAME) {
    return 'oidc-username'
  }
  // an OIDC login's 429 (the ID-token endpoint's, the exchange's, or the
  // token service's with the exchanged token): not Docker Hub's pull
  // limit (attack-47 A47-03, attack-48 A48-05)
  if (diagnosis === 'rate-limited' && evidence.oidcExchange) {
    return 'oidc-rate-limit'
  }
  if (diagnosis === 'insufficient-scope') {
    return (
      pushDenial(evidence, push, profileById(evidence.registry.profile)) ??
      loginScope(outcome)
    )
  }
  // `ecr: false` on ECR: the keys were never exchanged (§13ee)
  if (
    evidence.ecrOff &&
    (diagnosis === 'invalid-credentials' || diagnosis === 'missing-credentials')
  ) {
    return 'ecr-off'
  }
  // the variant the deciding wording names, when it names this diagnosis
  // (CLI024: a config file docker would rewrite)
  const named = caseOfRule(ruleById(rule), diagnosis)
  if (named) return named
  // Docker Hub's 429 to a login that sent its credential: the account's
  // limit, or the address's; not "log in before pulling" (attack-52)
  if (
    diagnosis === 'rate-limited' &&
    evidence.registry.profile === 'docker-hub'
  )
    return 'account-limit'
  if (diagnosis === 'invalid-credentials') {
    const own = profileById(evidence.registry.profile).refusalCase?.(evidence)
    if (own) return own
  }
  if (diagnosis === 'credential-store-error' && evidence.dockerConfig) {
    const { helper, directory, defaultHelper } = evidence.dockerConfig
    // Windows' and macOS' own stores fail otherwise (attack-66 A66-01)
    return helper
      ? defaultHelper
        ? (`default-helper${
            { wincred: '-windows', osxkeychain: '-macos' }[helper.slice(18)] ??
            ''
          }` as RemediationCase)
        : 'credential-helper'
      : directory
        ? 'config-directory'
        : 'config-file'
  }
  return malformedCase(diagnosis, evidence.input)
}

/**
 * `login-scope` when the login's own token request, which asked for no
 * repository, was refused: no push was denied, the credential may use
 * nothing (attack-64: GitLab's "access forbidden" to a token without a
 * registry scope was titled "may not push there" on a login alone).
 */
function loginScope(
  outcome: PreflightOutcome | undefined
): RemediationCase | undefined {
  if (outcome?.kind !== 'refused') return undefined
  return /[?&]scope=/.test(outcome.exchange.url) ? undefined : 'login-scope'
}

/**
 * The case a rule names, for a verdict of the rule's own diagnosis only: a
 * denial worded like another diagnosis (a push refused with a file
 * permission's words) takes no case from it.
 */
function caseOfRule(
  rule: TextRule | undefined,
  diagnosis: DiagnosisId
): RemediationCase | undefined {
  return rule?.diagnosis === diagnosis ? rule.case : undefined
}

/**
 * How far the registry's clock is ahead of the runner's (ms; negative:
 * behind), by the `Date` of the first answer that had one, when they differ
 * by a minute or more; undefined otherwise. A `Date` is to the second and a
 * few ms old when read, so smaller differences are not the clock's.
 */
function registryClockAhead(
  exchanges: readonly HttpExchange[]
): number | undefined {
  const ahead = exchanges.find(
    (e) => e.clockAheadMs !== undefined
  )?.clockAheadMs
  return ahead !== undefined && Math.abs(ahead) >= 60_000 ? ahead : undefined
}

/**
 * A line saying the credential expires within the warning's minutes, or
 * undefined when it does not (or its expiry is not known). An expiry the
 * issuer stamped (an ECR token's, AWS's) is counted by the registry's clock
 * when the runner's differs from it (`ahead`, attack-25 repro-06): the
 * registry refuses by its own.
 */
function expiresSoon(
  expiresAt: string | undefined,
  options: JudgeOptions,
  ahead?: number
): string | undefined {
  if (!expiresAt) return undefined
  const at = Date.parse(expiresAt)
  if (!Number.isFinite(at)) return undefined
  const minutes = options.expiryWarningMinutes ?? 30
  const left = at - ((options.now ?? Date.now()) + (ahead ?? 0))
  if (left > minutes * 60_000) return undefined
  const inMinutes = Math.max(0, Math.round(left / 60_000))
  const clock =
    ahead === undefined
      ? ''
      : ` by the registry's clock (its Date is ${Math.round(Math.abs(ahead) / 60_000)} min ${ahead > 0 ? 'ahead of' : 'behind'} this runner's)`
  return `the credential expires at ${oneLine(expiresAt, 40)}, in about ${inMinutes} min${clock} (expiry-warning: ${minutes} min): a push or pull later in the job will be refused as "incorrect username or password"`
}

// ---------------------------------------------------------------------------
// AWS access keys exchanged for an ECR token

/**
 * Writes the evidence lines of an ECR exchange; returns the diagnosis when
 * no token came: AWS's refusal by its wording (AccessDeniedException,
 * UnrecognizedClientException…, refined like a registry's refusal), no
 * keys anywhere, no answer.
 */
function judgeExchange(
  exchange: CredentialExchange,
  evidence: Evidence,
  profile: Profile,
  lines: string[]
): Decision | undefined {
  const keys = keysLine(exchange)
  const said = exchange.error
    ? `${exchange.error.code}: ${exchange.error.message}`
    : ''
  const found = said ? matchRule(said, rulesFor(profile)) : undefined
  const call = exchange.exchange
  const accounts = exchange.otherAccounts ?? []
  const others = (): void => {
    if (accounts.length === 0) return
    lines.push(
      `AWS_ACCOUNT_IDS adds ${oneLine(accounts.join(', '), 120)}: a token was asked for those accounts too, and their registries are logged in to once docker login to ${oneLine(evidence.registry.input, 80)} succeeded`
    )
  }
  switch (exchange.result) {
    case 'token': {
      const expiry = exchange.expiresAt
        ? `; the token expires at ${oneLine(exchange.expiresAt, 40)}`
        : ''
      lines.push(
        `${keys} exchanged for an ECR token: ${call ? `${where(call)} answered ${call.status}` : 'the AWS SDK answered'}${expiry}; the preflight and docker login use it with user ${oneLine(evidence.username, 40)}`
      )
      others()
      return undefined
    }
    case 'no-credentials': {
      // the SDK's wording, when it is one of missing-credentials
      const rule =
        found?.rule.diagnosis === 'missing-credentials'
          ? found.rule.id
          : undefined
      lines.push(
        `the username and password are empty, and the AWS SDK found no AWS keys in the environment either (AWS_ACCESS_KEY_ID, a profile, a web identity token, a role): ${quote(said)}${ruleNote(rule)}`
      )
      return { diagnosis: 'missing-credentials', rule }
    }
    case 'unreachable':
      lines.push(
        `${keys}: ${call ? describeNoAnswer(call) : `the AWS API could not be reached: ${quote(said)}`}`
      )
      return { diagnosis: 'registry-unreachable' }
    case 'refused': {
      const diagnosis = found?.rule.diagnosis
      const decided: Decision =
        diagnosis && diagnosis !== 'ok' && diagnosis !== 'registry-unreachable'
          ? { diagnosis, rule: found?.rule.id }
          : { diagnosis: 'unknown' }
      const status =
        call?.status !== undefined ? ` answered ${call.status}` : ''
      lines.push(
        `${keys}: ${call ? where(call) : 'AWS GetAuthorizationToken'}${status}: ${quote(said)}${ruleNote(decided.rule)}`
      )
      if (
        exchange.keyKind === 'temporary' &&
        !exchange.sessionToken &&
        found?.rule.diagnosis === 'invalid-credentials'
      ) {
        lines.push(
          'the access key is temporary (ASIA…) and no session token went with it: temporary keys work only with their session token (AWS_SESSION_TOKEN)'
        )
      }
      return refine(decided, evidence, profile, lines)
    }
    case 'failed': {
      const decided: Decision =
        found && found.rule.diagnosis !== 'ok'
          ? { diagnosis: found.rule.diagnosis, rule: found.rule.id }
          : { diagnosis: 'unknown' }
      lines.push(
        `${keys}: the AWS SDK failed before a token came: ${quote(said || 'no reason given')}${ruleNote(decided.rule)}`
      )
      return decided
    }
  }
}

/** `AWS access keys from the inputs (AKIA…, long-term)`, for ECR Public too. */
function keysLine(exchange: CredentialExchange): string {
  const kind =
    exchange.keyKind === 'long-term'
      ? 'AKIA…, long-term'
      : exchange.keyKind === 'temporary'
        ? `ASIA…, temporary${exchange.sessionToken ? ', with a session token' : ''}`
        : exchange.keyKind === 'other'
          ? 'an id that is not AKIA… nor ASIA…'
          : ''
  const service = exchange.service === 'ecr-public' ? ' for ECR Public' : ''
  return `AWS access keys from the ${exchange.keys}${kind ? ` (${kind})` : ''}${service}`
}

// ---------------------------------------------------------------------------
// The preflight

/**
 * Writes the evidence lines of the preflight's outcome; returns the
 * refused diagnosis (before refinement) when the registry refused.
 */
function describeOutcome(
  outcome: PreflightOutcome,
  lines: string[],
  known?: Evidence['knownChallenge']
): Decision | undefined {
  // how the preflight found the token service: the ping's challenge, or
  // the challenge the registry is known to send
  const opening = (ping: HttpExchange | undefined): void => {
    if (ping) lines.push(challengeLine(ping))
    else if (known?.scheme === 'basic') {
      lines.push(
        "the registry's challenge is known (Basic authentication on every request): the credential was sent to /v2/ without a ping"
      )
    } else if (known) {
      lines.push(
        `the registry's challenge is known: its token service ${oneLine(known.realm, QUOTE_CHARS)} was asked without a ping`
      )
    }
  }
  switch (outcome.kind) {
    case 'not-asked':
      lines.push('the preflight made no request')
      return undefined
    case 'unreachable':
      opening(outcome.ping)
      lines.push(describeNoAnswer(outcome.exchange))
      return undefined
    case 'open':
      lines.push(
        `${where(outcome.ping)} answered ${outcome.ping.status}${redirectNote(outcome.ping)} without asking for credentials: nothing to check before login`
      )
      return undefined
    case 'proxy-refused': {
      opening(outcome.ping)
      const proxy = outcome.exchange.proxy
      lines.push(
        proxy
          ? `${where(outcome.exchange)}: the proxy ${oneLine(proxy, 200)} answered 407 Proxy Authentication Required${outcome.exchange.proxyCredentials ? ' to the credentials its URL holds (HTTPS_PROXY)' : ''}`
          : `${where(outcome.exchange)} answered 407 Proxy Authentication Required, and no proxy is set (HTTPS_PROXY): something on the network wants one`
      )
      return undefined
    }
    case 'foreign': {
      opening(outcome.ping)
      const { exchange } = outcome
      const location = exchange.headers.location
      lines.push(
        redirectsAway(exchange) && location
          ? `${where(exchange)} answered ${exchange.status} with a redirect to ${oneLine(location, 120)}, away from the registry's /v2/: a web site or its sign-in page, not a registry?`
          : `${where(exchange)} answered ${exchange.status} with a web page, not as a registry answers: a captive portal or a proxy's login page?`
      )
      return undefined
    }
    case 'unfollowable':
      opening(outcome.ping)
      lines.push('the challenge could not be followed: nothing to check')
      return undefined
    case 'accepted':
      opening(outcome.ping)
      lines.push(
        `${where(outcome.login)} answered ${outcome.login.status}: credential accepted`
      )
      return undefined
    case 'inconclusive':
      opening(outcome.ping)
      lines.push(answerLine(outcome.exchange, outcome.reason))
      lines.push('that answer says nothing about the credential: not judged')
      return undefined
    case 'refused': {
      opening(outcome.ping)
      lines.push(answerLine(outcome.exchange, outcome.reason, outcome.match))
      const status = outcome.exchange.status ?? 0
      const decided = refusedDiagnosis(status, outcome.match)
      if (
        decided.diagnosis !== 'insufficient-scope' ||
        asksPush(outcome.exchange) ||
        !anyRegistrys(outcome.match)
      ) {
        return decided
      }
      // any registry's words of a push refused, to a login that asked for
      // no push: the login itself was refused (a 401 refuses the
      // credential; a proxy and a credential without rights answer 403
      // alike). A registry's own rule knows its login's answers (GitLab's
      // 403 to a token without a registry scope)
      lines.push(
        'the login asked for no push, so this is no push refused: the registry refused the login itself'
      )
      return { diagnosis: status === 401 ? 'invalid-credentials' : 'unknown' }
    }
  }
}

/** `registry ping … answered 401 with a bearer challenge, realm …`. */
function challengeLine(ping: HttpExchange): string {
  return `${where(ping)} answered 401 ${describeChallenge(ping)}`
}

/** `token endpoint … answered 401: "…" (rule HUB010)`. */
function answerLine(
  exchange: HttpExchange,
  reason: string,
  match?: RuleMatch
): string {
  const said = reason ? `: ${quote(reason)}` : ''
  return `${where(exchange)} answered ${exchange.status}${redirectNote(exchange)}${said}${ruleNote(match?.rule.id)}`
}

/**
 * ` (a redirect to …, not followed)` for a 3xx with a Location (its query
 * cut, redacted: src/http.ts), or nothing: a sign-in page or a proxy's
 * answers so where a registry should.
 */
function redirectNote(exchange: HttpExchange): string {
  const status = exchange.status ?? 0
  const location = exchange.headers?.location
  if (status < 300 || status >= 400 || !location) return ''
  return ` (a redirect to ${oneLine(location, 120)}, not followed)`
}

/** ` (rule HUB010)`, or nothing. */
function ruleNote(id: string | undefined): string {
  return id ? ` (rule ${id})` : ''
}

/** Whether a wording is any registry's: the generic or last-resort rules. */
function anyRegistrys(match: RuleMatch | undefined): boolean {
  if (!match) return false
  const { GENERIC_RULES, FALLBACK_RULES } = ruleTables()
  return (
    GENERIC_RULES.includes(match.rule) || FALLBACK_RULES.includes(match.rule)
  )
}

/** Whether a token request asked for push (a `scope` ending `push`). */
function asksPush(exchange: HttpExchange): boolean {
  try {
    return new URL(exchange.url).searchParams
      .getAll('scope')
      .some((scope) => /[:,]push(?:,|$)/.test(scope))
  } catch {
    return false
  }
}

/** A refusal's diagnosis from its status and the wording it matched. */
function refusedDiagnosis(
  status: number,
  match: RuleMatch | undefined
): Decision {
  const found = match?.rule.diagnosis
  const rule = match?.rule.id
  if (status === 429) {
    return found === 'login-locked-out'
      ? { diagnosis: found, rule }
      : {
          diagnosis: 'rate-limited',
          rule: found === 'rate-limited' ? rule : undefined
        }
  }
  // A network wording in a refusal's body is no network failure, unless a
  // registry's own rule says it is (ACR's network rules answer 403)
  const network =
    found === 'registry-unreachable' &&
    match !== undefined &&
    ruleTables().GENERIC_RULES.includes(match.rule)
  // the preflight sent the credential: words of a request without one
  // (Red Hat's "Please login") refused it (attack-17 repro-01)
  if (found && found !== 'ok' && found !== 'missing-credentials' && !network) {
    return { diagnosis: found, rule }
  }
  return { diagnosis: status === 401 ? 'invalid-credentials' : 'unknown' }
}

/**
 * Refines a diagnosis with the profiles' refinements (the registry's
 * first): the first that applies to it decides and says why.
 */
function refine(
  decided: Decision,
  evidence: Evidence,
  profile: Profile,
  lines: string[]
): Decision {
  for (const refinement of refinementsFor(profile)) {
    if (refinement.from !== decided.diagnosis) continue
    const refined = refinement.refine(evidence)
    if (!refined) continue
    const note = refined.changed ? ruleNote(refinement.id) : ''
    refined.lines.forEach((line, index) => {
      lines.push(index === refined.lines.length - 1 ? `${line}${note}` : line)
    })
    return refined.changed
      ? { diagnosis: refined.diagnosis, rule: refinement.id }
      : decided
  }
  return decided
}

/** The preflight got no answer: the docker CLI decides, if it ran. */
function whenUnreachable(
  cli: CliResult | undefined,
  failure: Decision | undefined
): Decision {
  if (!cli) return { diagnosis: 'registry-unreachable' }
  if (failure === undefined) return { diagnosis: 'ok' }
  // Unknown CLI text while the registry is unreachable: most likely the
  // same network trouble.
  if (failure.diagnosis === 'unknown') {
    return { diagnosis: 'registry-unreachable' }
  }
  return failure
}

// ---------------------------------------------------------------------------
// The docker CLI

/**
 * The docker CLI: exit 0 is a login (undefined); otherwise the diagnosis
 * its output reads as, refined like a refusal.
 */
function judgeCli(
  cli: CliResult,
  evidence: Evidence,
  profile: Profile,
  lines: string[]
): Decision | undefined {
  if (cli.exitCode === 0) {
    lines.push('docker login succeeded (exit code 0)')
    return undefined
  }
  const { found, line, decision } = readFailedLogin(
    cli,
    profile,
    evidence.registry.named
  )
  const said = cli.output.trim() ? `: ${quote(line)}` : ''
  lines.push(
    (cli.exitCode === CLI_NOT_RUN
      ? `the docker CLI could not be run${said}`
      : `docker login failed (exit code ${cli.exitCode})${said}`) +
      ruleNote(found?.rule.id)
  )
  // nothing to refine where docker did not run or its words said nothing
  if (cli.exitCode === CLI_NOT_RUN || found?.rule.diagnosis === 'ok') {
    return decision
  }
  return refine(decision, evidence, profile, lines)
}

/**
 * What a `docker login` that failed said: the rule its words match, the
 * line that says what failed, and the decision they make before any
 * refinement (`docker-cli-missing` where docker did not run, `unknown`
 * where no rule, or only a success's, read them). Where a host was sent
 * elsewhere (`named`: DOCKER_LOGIN_PREFLIGHT_ENDPOINTS, …_HUB), docker's
 * words name where it went; the rules read them as naming the host the
 * user named, as docker would have against it (`<acct>.dkr.ecr.…`), and
 * the line quoted is docker's own.
 */
function readFailedLogin(
  cli: CliResult,
  profile: Profile,
  named: Readonly<Record<string, string>> = {}
): { found: RuleMatch | undefined; line: string; decision: Decision } {
  // The CLI narrates the endpoints it tried in logrus lines (`time="…"
  // level=info msg="Error logging in to endpoint, trying next endpoint"`):
  // their wording is not the failure, so rules match the rest only.
  let words = withoutNarration(cli.output)
  for (const [sentTo, host] of Object.entries(named)) {
    if (sentTo !== host) words = words.split(sentTo).join(host)
  }
  const found = matchRule(words, rulesFor(profile))
  const line = errorLineOf(cli.output, found)
  const diagnosis = found?.rule.diagnosis
  // the rule of docker's words is the verdict's where it says the same
  // (CLI007: the CLI not found; attack-64, `--json`'s rule was null)
  const decision: Decision =
    cli.exitCode === CLI_NOT_RUN
      ? {
          diagnosis: 'docker-cli-missing',
          rule: diagnosis === 'docker-cli-missing' ? found?.rule.id : undefined
        }
      : diagnosis && diagnosis !== 'ok'
        ? { diagnosis, rule: found?.rule.id }
        : { diagnosis: 'unknown' }
  return { found, line, decision }
}

/** A failed login to an AWS_ACCOUNT_IDS account's registry. */
interface AccountFailure {
  host: string
  /** docker's words: the line that says what failed */
  said: string
  decision: Decision
}

/**
 * Writes a line per `docker login` to an AWS_ACCOUNT_IDS account's
 * registry, one per entry of the answer whose proxyEndpoint is not that
 * account's registry (refused: no login, a failure), and one per account
 * the answer held no entry for (its registry was not logged in to);
 * returns the failed logins, each judged
 * by its words as the main login's are (no refinement: nothing was
 * checked before). A token that registry refused takes the texts of case
 * `aws-account`: that account must allow this identity.
 */
function judgeAccountLogins(
  evidence: Evidence,
  profile: Profile,
  lines: string[]
): AccountFailure[] {
  const logins = evidence.accountLogins ?? []
  const failures: AccountFailure[] = []
  for (const { account, host, server, cli } of logins) {
    const to = `docker login to ${oneLine(host, 80)} (account ${oneLine(account, 20)} of AWS_ACCOUNT_IDS, with its own token)`
    if (cli.exitCode === 0) {
      lines.push(`${to} succeeded`)
      continue
    }
    const { found, line, decision } = readFailedLogin(cli, profile, {
      [server]: host
    })
    const said = oneLine(line, QUOTE_CHARS)
    lines.push(
      `${to} failed (exit code ${cli.exitCode}): ${quote(said)}${ruleNote(found?.rule.id)}`
    )
    failures.push({
      host,
      said,
      decision:
        decision.diagnosis === 'invalid-credentials'
          ? { ...decision, case: 'aws-account' }
          : decision
    })
  }
  if (evidence.cli?.exitCode === 0) {
    // an entry whose registry is not that account's: its token goes nowhere
    const exchange = evidence.credentialExchange
    const foreign = exchange?.foreignEndpoints ?? []
    for (const { account, host } of foreign) {
      const said = `not run: AWS's answer gave it account ${oneLine(account, 20)}'s token, but it is not that account's ECR registry in ${oneLine(exchange?.region ?? '', 30)}`
      lines.push(
        `docker login to ${oneLine(host, 80)} (account ${oneLine(account, 20)} of AWS_ACCOUNT_IDS) ${said}`
      )
      failures.push({ host, said, decision: { diagnosis: 'unknown' } })
    }
    // an account the answer held no entry for: nothing to log in with
    for (const account of exchange?.otherAccounts ?? []) {
      if (logins.some((login) => login.account === account)) continue
      if (foreign.some((entry) => entry.account === account)) continue
      lines.push(
        `AWS answered no token for account ${oneLine(account, 20)} of AWS_ACCOUNT_IDS: its registry was not logged in to`
      )
    }
  }
  return failures
}

/** A logrus line of the docker CLI: `time="…" level=info msg=…`. */
const NARRATION = /^time="[^"]*" level=(?:debug|info|warning)/

/** The CLI output without its logrus narration lines. */
function withoutNarration(output: string): string {
  return output
    .split(/\r?\n/)
    .filter((line) => !NARRATION.test(line))
    .join('\n')
}

/**
 * The line of the CLI output that says what failed: the one the matching
 * rule's wording is on, else the last line that is not logrus noise.
 */
function errorLineOf(output: string, found: RuleMatch | undefined): string {
  const all = output.split(/\r?\n/).filter((l) => l.trim() !== '')
  const quiet = all.filter((l) => !NARRATION.test(l))
  if (found) {
    const hit = (l: string): boolean => holds(l, found.wording)
    const line = [...quiet].reverse().find(hit) ?? [...all].reverse().find(hit)
    if (line) return line
  }
  return quiet[quiet.length - 1] ?? all[all.length - 1] ?? output
}

// ---------------------------------------------------------------------------
// Push and rate limit

/**
 * One repository's push check: the push probe's 202 or 201 grants, its
 * 401 or 403 denies, its 404 is a missing repository; a 401 or 403 to the
 * token request denies; a token read grants
 * when it grants `push` and `pull` (a push asks for both, and fails
 * without pull: docs/registries.md §4 (c), goharbor/harbor#13973), else
 * denies; anything else (an opaque token, no answer) says nothing.
 */
function pushResult(check: Evidence['push'][number]): PushResult {
  const { repository, exchange, granted, upload } = check
  if (upload) {
    // the push probe: an upload started or was refused, as a push would be;
    // another 2xx than 202 (a session) or 201 (a write done) is no answer a
    // registry gives a push's start: a web page in front of it, say
    const status = upload.status
    const result =
      status === 202 || status === 201
        ? 'granted'
        : status === 401 || status === 403
          ? 'denied'
          : status === 404
            ? 'missing'
            : 'unknown'
    return { repository, result }
  }
  if (exchange.status === 401 || exchange.status === 403) {
    return { repository, result: 'denied', granted }
  }
  if (exchange.status === 200 && granted !== undefined) {
    const both = granted.includes('push') && granted.includes('pull')
    return { repository, result: both ? 'granted' : 'denied', granted }
  }
  return { repository, result: 'unknown', granted }
}

/**
 * `granted`, `denied` or `not-checked`, for the `push-access` output:
 * `granted` only where every `push` repository was checked and granted, so
 * not while `elsewhere` of them are on another registry host, which this
 * login does not reach (attack-41 A41-03).
 */
export function pushAccessOf(
  results: readonly PushResult[],
  elsewhere = 0
): Verdict['pushAccess'] {
  if (results.some((r) => r.result === 'denied' || r.result === 'missing')) {
    return 'denied'
  }
  if (
    elsewhere === 0 &&
    results.length > 0 &&
    results.every((r) => r.result === 'granted')
  ) {
    return 'granted'
  }
  return 'not-checked'
}

/**
 * Why push was denied: the case a denial's wording names (a rule's
 * `case`), else the profile's (GHCR: GITHUB_TOKEN's permissions), else a
 * 401 ("insufficient scopes") means a read-only token, and wins over a
 * token granted without `push` (a namespace the account cannot write to).
 * Undefined when nothing was denied.
 */
function pushDenial(
  evidence: Evidence,
  results: readonly PushResult[],
  profile: Profile
): RemediationCase | undefined {
  const denied = evidence.push.filter(
    (_check, index) => results[index].result === 'denied'
  )
  if (denied.length === 0) return undefined
  for (const check of denied) {
    const answer = check.upload ?? check.exchange
    if (answer.status !== 401 && answer.status !== 403) continue
    const named = caseOfRule(
      pushRule(answer, profile)?.rule,
      'insufficient-scope'
    )
    if (named) return named
  }
  const own = profile.pushCase?.(evidence)
  if (own) return own
  const readOnly = denied.some(
    (check) => !check.upload && check.exchange.status === 401
  )
  return readOnly ? 'read-only-token' : 'namespace'
}

/**
 * The push checks' evidence lines, and what they add up to: the diagnosis
 * when any repository was denied (`insufficient-scope`) or is missing
 * (`repository-not-found`), with the rule a denial's wording matched.
 */
function pushDecision(
  evidence: Evidence,
  results: readonly PushResult[],
  profile: Profile,
  said: string[]
): Decision | undefined {
  const unchecked = evidence.pushUnchecked
  if (unchecked) {
    const count = unchecked.repositories
    said.push(
      `push access to ${count} ${count === 1 ? 'repository' : 'repositories'} not checked: ${oneLine(unchecked.reason, 200)}`
    )
  }
  // the first rule that decided a denial, and one that decided a miss
  const decided: Partial<Record<DiagnosisId, string>> = {}
  const note = (found: RuleMatch | undefined): void => {
    if (found) decided[found.rule.diagnosis] ??= found.rule.id
  }
  // the repositories the summary lists one by one, as its tables do; the
  // others counted (a summary over 1 MiB is dropped whole; attack-24
  // repro-05)
  const shown = pushShown(results)
  evidence.push.forEach((check, index) => {
    const repository = oneLine(check.repository, 80) || 'the repository'
    const { exchange, granted, upload, cancel } = check
    const result = results[index].result
    const lines = shown.has(index) ? said : []
    if (upload) {
      const found = pushRule(upload, profile)
      if (result !== 'granted') note(found)
      lines.push(
        `push access to ${repository}: ${probeLine(upload, cancel, found)}`
      )
    } else if (exchange.status === 401 || exchange.status === 403) {
      const found = pushRule(exchange, profile)
      note(found)
      const text = reasonOf(exchange)
      lines.push(
        `push access to ${repository}: ${where(exchange)} answered ${exchange.status}${text ? `: ${quote(text)}` : ''}${ruleNote(found?.rule.id)}`
      )
    } else if (exchange.status === 200) {
      if (granted === undefined) {
        lines.push(`push access to ${repository}: the token could not be read`)
      } else if (result === 'denied') {
        const list =
          granted.length > 0 ? oneLine(granted.join(', '), 80) : 'nothing'
        const pushOnly = granted.includes('push')
        lines.push(
          `push access to ${repository}: the token grants ${list}${pushOnly ? ' (a push needs pull too)' : ''}`
        )
      }
    } else {
      lines.push(
        `push access to ${repository} not checked: ${
          exchange.status === undefined
            ? describeNoAnswer(exchange)
            : exchange.status
        }`
      )
    }
  })
  for (const [result, count] of untold(results, shown)) {
    said.push(`push access to ${count} more repositories: ${result}`)
  }
  if (results.some((r) => r.result === 'denied')) {
    return {
      diagnosis: 'insufficient-scope',
      rule: decided['insufficient-scope']
    }
  }
  if (results.some((r) => r.result === 'missing')) {
    return {
      diagnosis: 'repository-not-found',
      rule: decided['repository-not-found']
    }
  }
  return undefined
}

/**
 * The rule a push refusal's wording matches, if any. An answer that did
 * not fail (an upload started, whatever its body) is no refusal: it is
 * not read, and the rule tables need not be loaded (outcome.ts
 * `readsTexts`).
 */
function pushRule(
  exchange: HttpExchange,
  profile: Profile
): RuleMatch | undefined {
  if (!failed(exchange)) return undefined
  const reason = reasonOf(exchange)
  return reason ? matchRule(reason, rulesFor(profile)) : undefined
}

/** What the push probe found: the upload's answer, and its cancellation. */
function probeLine(
  upload: HttpExchange,
  cancel: HttpExchange | undefined,
  found: RuleMatch | undefined
): string {
  const status = upload.status
  if (status === undefined) {
    return `the push probe got no answer: ${describeNoAnswer(upload)}`
  }
  const text = reasonOf(upload)
  const said = text && !isSuccess(status) ? `: ${quote(text)}` : ''
  const start = `${where(upload)} answered ${status}${said}${ruleNote(found?.rule.id)}`
  if (!isSuccess(status)) return start
  // only a 202 opened a session, and only a session is cancelled
  if (status === 201) {
    return `${start}: the registry accepted a write (201 Created: it completed an upload at once, no session to cancel); nothing was deleted`
  }
  if (status !== 202) {
    return `${start}: no registry answers a push's start so (it opens a session, 202, or completes a write, 201): push rights not told; nothing was cancelled`
  }
  const cancelled =
    cancel === undefined
      ? 'it gave no Location to cancel it at (the registry expires it)'
      : cancel.status === undefined
        ? 'its cancellation got no answer (the registry expires it)'
        : isSuccess(cancel.status)
          ? `cancelled (${cancel.status})`
          : `the registry did not cancel it (${cancel.status}): it expires it`
  return `${start}: an upload can start, as a push begins; ${cancelled}`
}

function isLow(rate: RateLimitHeaders | undefined): boolean {
  if (rate?.limit === undefined || rate.remaining === undefined) return false
  return rate.remaining < rate.limit * RATE_LIMIT_LOW
}

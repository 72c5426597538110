/**
 * The classifier: from the evidence of one login attempt to one diagnosis.
 *
 * Wordings are DATA: `RULES` is an ordered table of text rules, each naming
 * the substrings it matches, the diagnosis it yields and where the wording
 * was seen. A tiny engine walks it (first match wins, so specific wordings
 * come before generic ones). Around it, the status logic reads the
 * preflight's HTTP exchanges and the docker CLI's result, and the input
 * analysis refines an authentication failure. Pure: no I/O, never throws on
 * odd input.
 */
import type { DiagnosisId, WarningId } from './diagnosis.js'
import type {
  Classification,
  CliResult,
  Evidence,
  HttpExchange,
  InputAnalysis,
  InputFinding,
  InputProblem
} from './evidence.js'
import { oneLine } from './text.js'

/**
 * A case-insensitive substring, or a list of substrings that must all be
 * present (for wordings that vary in the middle).
 */
export type Wording = string | readonly string[]

/** One text rule: any of its wordings yields its diagnosis. */
export interface TextRule {
  diagnosis: DiagnosisId
  match: readonly Wording[]
  /** where the wording was seen */
  source: string
}

/**
 * The text rules, most specific first. Adding a wording Docker or a
 * registry uses is one line here and one line in the test table.
 */
export const RULES: readonly TextRule[] = [
  // The credential helper failed: the registry may well have said yes.
  {
    diagnosis: 'credential-store-error',
    match: [
      'error saving credentials',
      'error storing credentials',
      'error getting credentials',
      'error erasing credentials',
      ['docker-credential-', 'executable file not found'],
      // docker-credential-secretservice without a desktop session
      'cannot autolaunch d-bus'
    ],
    source: 'docker/cli login.go, docker/docker-credential-helpers client.go'
  },
  // Nothing to log in with.
  {
    diagnosis: 'missing-credentials',
    match: [
      'cannot perform an interactive login from a non tty device',
      'password is empty',
      'error: password required',
      'non-null username required'
    ],
    source: 'docker/cli cli/command/registry (old and new CLIs, empty stdin)'
  },
  {
    diagnosis: 'missing-credentials',
    match: ['username and password required'],
    source: 'docker/login-action src/docker.ts (empty inputs)'
  },
  {
    diagnosis: 'missing-credentials',
    match: ['no basic auth credentials'],
    source: 'moby registry client: push or pull with no stored login'
  },
  {
    diagnosis: 'login-locked-out',
    match: ['too many failed login attempts'],
    source: 'Docker Hub 429, docker/hub-feedback#786, #2217'
  },
  {
    diagnosis: 'rate-limited',
    match: ['you have reached your pull rate limit'],
    source: 'Docker Hub 429, docker/docs usage/pulls.md'
  },
  {
    diagnosis: 'rate-limited',
    match: ['toomanyrequests', 'too many requests', 'rate limit exceeded'],
    source: 'HTTP 429 as the CLI prints it; Docker Hub abuse limit (docs)'
  },
  // Must come before the PAT wordings: it contains one of them.
  {
    diagnosis: 'password-with-sso',
    match: ['when sso is enforced'],
    source: 'Docker Hub 401 before 2024-09, docker/hub-feedback#2181'
  },
  {
    diagnosis: 'password-with-2fa',
    match: ['require secondary authentication on mfa enabled account'],
    source: 'Docker Hub API /v2/users/login, docker/hub-tool client.go'
  },
  {
    diagnosis: 'pat-required',
    match: ['must log in with a personal access token'],
    source: 'Docker Hub 401 since 2024, Ladicle/kubectl-rolesum#49'
  },
  {
    diagnosis: 'pat-required',
    match: ['please use personal access token to login'],
    source: 'Docker Hub 401 2020-2023, docker/hub-feedback#1981'
  },
  {
    diagnosis: 'token-expired',
    match: ['personal access token is expired'],
    source: 'Docker Hub 401, sailor-sh/CK-X#60'
  },
  {
    diagnosis: 'token-expired',
    match: ['org access token is expired'],
    source: 'Docker Hub 401, linuxarena/control-tower#1007'
  },
  {
    diagnosis: 'token-expired',
    match: ['your authorization token has expired'],
    source: 'Amazon ECR (a 12-hour token from get-login-password)'
  },
  {
    diagnosis: 'insufficient-scope',
    match: ['insufficient scopes'],
    source: 'Docker Hub 401 for push scope, docker/cli#4511, moby/moby#45726'
  },
  {
    diagnosis: 'insufficient-scope',
    match: ['insufficient_scope'],
    source: 'distribution error code; buildx/BuildKit push errors'
  },
  {
    diagnosis: 'insufficient-scope',
    match: ['write_package', 'does not match expected scopes'],
    source: 'GHCR push: denied: permission_denied: write_package'
  },
  {
    diagnosis: 'insufficient-scope',
    match: ['unauthorized to access repository'],
    source: 'Harbor push to a project the account cannot write'
  },
  {
    diagnosis: 'insufficient-scope',
    match: ['artifactregistry.repositories.uploadartifacts'],
    source: 'Google Artifact Registry push without the writer role'
  },
  {
    diagnosis: 'invalid-credentials',
    match: ['incorrect username or password'],
    source: 'Docker Hub 401, go-containerregistry transport/error_test.go'
  },
  {
    diagnosis: 'invalid-credentials',
    match: ['incorrect authentication credentials'],
    source: 'Docker Hub API /v2/users/login, docker/hub-tool'
  },
  {
    diagnosis: 'invalid-credentials',
    match: ['unauthorized: unauthenticated', 'denied: denied'],
    source: 'GHCR login with a wrong, expired or unscoped token'
  },
  {
    diagnosis: 'invalid-credentials',
    match: ['http basic: access denied'],
    source: 'GitLab container registry login'
  },
  {
    diagnosis: 'invalid-credentials',
    match: ['invalid username or password', 'invalid username/password'],
    source: 'Quay and other registries (wording not verified at source)'
  },
  // Generic wordings: only when nothing more specific matched.
  {
    diagnosis: 'insufficient-scope',
    match: ['requested access to the resource is denied'],
    source: 'docker push to a namespace the login may not write'
  },
  {
    diagnosis: 'insufficient-scope',
    match: ['failed to fetch oauth token'],
    source: 'buildx/BuildKit push: failed to authorize (login had worked)'
  },
  {
    diagnosis: 'invalid-credentials',
    match: [
      'unauthorized: authentication required',
      'failed with status: 401',
      '401 unauthorized'
    ],
    source: 'distribution, Harbor, ACR; docker/cli Basic-auth login'
  },
  {
    diagnosis: 'registry-unreachable',
    match: [
      'no such host',
      'temporary failure in name resolution',
      'dial tcp',
      'connection refused',
      'connection reset by peer',
      'network is unreachable',
      'i/o timeout',
      'tls handshake timeout',
      'x509:',
      'server gave http response to https client',
      'client.timeout exceeded',
      'request canceled while waiting for connection',
      'context deadline exceeded',
      'unexpected eof',
      ': eof'
    ],
    source: 'Go net/http and crypto/tls errors as the docker CLI prints them'
  },
  {
    diagnosis: 'registry-unreachable',
    match: [
      '500 internal server error',
      '502 bad gateway',
      '503 service unavailable',
      '504 gateway timeout'
    ],
    source: 'docker/cli: login attempt … failed with status: 503 …'
  },
  {
    diagnosis: 'ok',
    match: ['login succeeded'],
    source: 'docker/cli on success'
  }
]

/** A rule that matched a text, and the wording that did. */
export interface RuleMatch {
  rule: TextRule
  wording: Wording
}

/** Walks `RULES` in order; the first rule with a wording in the text wins. */
export function matchRule(text: string): RuleMatch | undefined {
  const lower = text.toLowerCase()
  for (const rule of RULES) {
    for (const wording of rule.match) {
      const parts = typeof wording === 'string' ? [wording] : wording
      if (parts.every((part) => lower.includes(part.toLowerCase()))) {
        return { rule, wording }
      }
    }
  }
  return undefined
}

/**
 * Classifies error text alone — what a user pastes into `explain`, or what
 * the docker CLI printed. Unknown text is `unknown`, quoted (cut).
 */
export function classifyText(text: string): Classification {
  if (text.trim() === '') {
    return verdict('unknown', [], ['the text is empty'])
  }
  const found = matchRule(text)
  if (!found) {
    return verdict('unknown', [], [`no known wording in ${quote(text)}`])
  }
  return verdict(found.rule.diagnosis, [], describeMatch(text, found))
}

function describeMatch(text: string, found: RuleMatch): string[] {
  const first =
    typeof found.wording === 'string' ? found.wording : found.wording[0]
  const line =
    text
      .split(/\r?\n/)
      .find((l) => l.toLowerCase().includes(first.toLowerCase())) ?? text
  const wording =
    typeof found.wording === 'string'
      ? found.wording
      : found.wording.join(' … ')
  return [
    `seen: ${quote(line)}`,
    `known wording "${wording}" (${found.rule.source})`
  ]
}

// ---------------------------------------------------------------------------
// Input findings

/** How each finding reads in the evidence (`{input}`: username/password). */
const FINDING_TEXT: Record<InputProblem, string> = {
  'username-empty': 'the username is empty',
  'password-empty': 'the password is empty',
  'password-dollar-prefix':
    'the password has a literal "$" before a Docker token (written $${{ secrets.X }})',
  'unexpanded-expression':
    'the {input} contains an unexpanded ${{ … }} expression',
  'unexpanded-variable':
    'the {input} looks like an unexpanded variable ($NAME or ${NAME})',
  'inner-whitespace': 'the {input} contains spaces or tabs',
  newline: 'the {input} contains a line break',
  quoted: 'the {input} is wrapped in quotes or has a quote at an end',
  'non-printable': 'the {input} contains invisible or control characters',
  'username-email': 'the username is an email address'
}

function describeFinding(finding: InputFinding): string {
  return FINDING_TEXT[finding.problem].replace('{input}', finding.input)
}

/**
 * Findings that decide on their own, before any request: the value cannot
 * be right, and on Docker Hub every refused attempt counts towards the
 * lockout. Everything else only refines a refusal (see `REFINING`).
 *
 * - either input: an unexpanded `${{ … }}` expression;
 * - the password: a literal `$` before a Docker token (`$dckr_pat_…`);
 * - a password that is a Docker token (`dckr_pat_`, `dckr_oat_`, UUID):
 *   a line break, whitespace, quotes or invisible characters (tokens are
 *   `[A-Za-z0-9_-]` only);
 * - the username: a line break or invisible characters.
 *
 * Not decisive: whitespace, quotes, line breaks in a password (a JSON key
 * used as the password of `_json_key` has all three), a `$VAR`-looking
 * value (a password may start with `$`), an email username (some registries
 * use them).
 */
function isDecisive(finding: InputFinding, input: InputAnalysis): boolean {
  const { problem } = finding
  if (problem === 'unexpanded-expression') return true
  if (problem === 'password-dollar-prefix') return true
  if (finding.input === 'username') {
    return problem === 'newline' || problem === 'non-printable'
  }
  const isToken =
    input.credentialKind !== 'password' && input.credentialKind !== 'none'
  return isToken && TOKEN_SHAPE_PROBLEMS.includes(problem)
}

const TOKEN_SHAPE_PROBLEMS: readonly InputProblem[] = [
  'newline',
  'inner-whitespace',
  'quoted',
  'non-printable'
]

/** Findings that turn a refusal into `malformed-credentials`. */
const REFINING: readonly InputProblem[] = [
  'unexpanded-variable',
  'inner-whitespace',
  'newline',
  'quoted',
  'non-printable'
]

/**
 * The input a malformed credential is in — the one whose findings decide or
 * refine (`isDecisive`, `REFINING`) — when only one input has such findings.
 */
export function malformedInput(
  input: InputAnalysis
): 'username' | 'password' | undefined {
  const inputs = new Set(
    input.findings
      .filter((f) => isDecisive(f, input) || REFINING.includes(f.problem))
      .map((f) => f.input)
  )
  return inputs.size === 1 ? [...inputs][0] : undefined
}

/**
 * The verdict the input analysis alone supports, or undefined when the
 * inputs must be tried. Empty values → `missing-credentials`; the decisive
 * findings listed at `isDecisive` → `malformed-credentials`.
 */
export function offlineVerdict(
  input: InputAnalysis
): Classification | undefined {
  if (input.usernameEmpty || input.passwordEmpty) {
    const lines: string[] = []
    if (input.usernameEmpty) lines.push('the username is empty')
    if (input.passwordEmpty) lines.push('the password is empty')
    return verdict('missing-credentials', [], lines)
  }
  const decisive = input.findings.filter((f) => isDecisive(f, input))
  if (decisive.length > 0) {
    const lines = decisive.map(describeFinding)
    lines.push('nothing was sent: the value cannot be right as it is')
    return verdict('malformed-credentials', [], lines)
  }
  return undefined
}

// ---------------------------------------------------------------------------
// HTTP evidence

/** What the preflight's login exchanges amount to. */
type PreflightOutcome =
  | { kind: 'accepted' }
  | { kind: 'refused'; diagnosis: DiagnosisId }
  | { kind: 'unreachable' }
  | { kind: 'inconclusive' }
  | { kind: 'skipped' }

const STEP_LABELS: Record<HttpExchange['step'], string> = {
  ping: 'registry ping',
  token: 'token endpoint',
  'basic-ping': 'registry (Basic auth)',
  'hub-login': 'Docker Hub login API',
  'push-token': 'token endpoint (push scope)',
  'rate-limit': 'rate-limit preview'
}

/**
 * Classifies one login attempt. In order: the decisive input findings; the
 * preflight's answer (a refusal decides, refined by the input analysis and
 * the Hub login API); the docker CLI's result (exit code, then its text);
 * the push checks. Warnings: `preflight-skipped`, `preflight-unreachable`
 * (the preflight got no answer but the CLI ran and either logged in or
 * failed for a reason of its own), `password-in-use` (a password worked on
 * Docker Hub). Each evidence line is one line: registry and CLI text in it
 * is cut and its line breaks folded.
 */
export function classify(evidence: Evidence): Classification {
  const offline = offlineVerdict(evidence.input)
  if (offline) return offline

  const lines: string[] = []
  const warnings: WarningId[] = []
  let outcome: PreflightOutcome = { kind: 'skipped' }
  if (evidence.preflight === 'skipped') {
    warnings.push('preflight-skipped')
    lines.push(
      'the preflight was skipped: only the docker CLI output is diagnosed'
    )
  } else {
    outcome = judgePreflight(evidence, lines)
  }

  const cli = evidence.cli
  let cliFailure: DiagnosisId | undefined
  if (cli) cliFailure = judgeCli(evidence, lines)

  let diagnosis: DiagnosisId
  if (outcome.kind === 'refused') {
    diagnosis = outcome.diagnosis
  } else if (outcome.kind === 'unreachable') {
    diagnosis = whenUnreachable(cli, cliFailure)
    if (cli && diagnosis !== 'registry-unreachable') {
      warnings.push('preflight-unreachable')
    }
  } else {
    diagnosis = cliFailure ?? 'ok'
  }

  if (diagnosis === 'ok' && !judgePushChecks(evidence, lines)) {
    diagnosis = 'insufficient-scope'
  }
  const verified =
    outcome.kind === 'accepted' || (cli !== undefined && cli.exitCode === 0)
  if (
    diagnosis === 'ok' &&
    verified &&
    evidence.registry.isDockerHub &&
    evidence.input.credentialKind === 'password'
  ) {
    warnings.push('password-in-use')
    lines.push('Docker Hub accepted an account password, not an access token')
  }
  return verdict(diagnosis, warnings, lines)
}

/** The preflight got no answer: the docker CLI decides, if it ran. */
function whenUnreachable(
  cli: CliResult | undefined,
  failure: DiagnosisId | undefined
): DiagnosisId {
  if (!cli) return 'registry-unreachable'
  if (failure === undefined) return 'ok'
  // Unknown CLI text while the registry is unreachable: most likely the
  // same network trouble — unless the CLI could not even be started.
  if (failure === 'unknown' && cli.exitCode !== CLI_NOT_RUN) {
    return 'registry-unreachable'
  }
  return failure
}

/** Reads the ping and the login request (token or Basic-auth ping). */
function judgePreflight(evidence: Evidence, lines: string[]): PreflightOutcome {
  const ping = evidence.exchanges.find((e) => e.step === 'ping')
  if (!ping) {
    lines.push('the preflight made no request')
    return { kind: 'inconclusive' }
  }
  if (ping.status === undefined || ping.status >= 500) {
    lines.push(describeNoAnswer(ping))
    return { kind: 'unreachable' }
  }
  if (ping.status === 429) return judgeRefusal(ping, evidence, lines)
  if (ping.status !== 401) {
    lines.push(
      `${where(ping)} answered ${ping.status} without asking for credentials: nothing to check before login`
    )
    return { kind: 'inconclusive' }
  }
  lines.push(`${where(ping)} answered 401 ${describeChallenge(ping)}`)

  const login = evidence.exchanges
    .filter((e) => e.step === 'token' || e.step === 'basic-ping')
    .pop()
  if (!login) {
    lines.push('the challenge could not be followed: nothing to check')
    return { kind: 'inconclusive' }
  }
  if (login.status === undefined || login.status >= 500) {
    lines.push(describeNoAnswer(login))
    return { kind: 'unreachable' }
  }
  if (login.status >= 200 && login.status < 300) {
    lines.push(`${where(login)} answered ${login.status}: credential accepted`)
    return { kind: 'accepted' }
  }
  return judgeRefusal(login, evidence, lines)
}

/** A 4xx from the registry: the status and the details text decide. */
function judgeRefusal(
  exchange: HttpExchange,
  evidence: Evidence,
  lines: string[]
): PreflightOutcome {
  const status = exchange.status ?? 0
  const text = detailsOf(exchange)
  lines.push(
    `${where(exchange)} answered ${status}${text ? `: ${quote(text)}` : ''}`
  )
  const found = text ? matchRule(text)?.rule.diagnosis : undefined
  if (!found && ![401, 403, 429].includes(status)) {
    // A 404, 400 or 405 from the token service says nothing about the
    // credential: the docker CLI decides.
    lines.push('that answer says nothing about the credential: not judged')
    return { kind: 'inconclusive' }
  }
  let diagnosis: DiagnosisId
  if (status === 429) {
    diagnosis = found === 'login-locked-out' ? found : 'rate-limited'
  } else if (found && found !== 'ok' && found !== 'registry-unreachable') {
    diagnosis = found
  } else {
    diagnosis = status === 401 ? 'invalid-credentials' : 'unknown'
  }
  return { kind: 'refused', diagnosis: refine(diagnosis, evidence, lines) }
}

/**
 * Refines an authentication failure with what else is known: the Hub
 * login API's answer for `pat-required`; an email username, an
 * organization token or a malformed-looking value for a plain refusal.
 */
function refine(
  diagnosis: DiagnosisId,
  evidence: Evidence,
  lines: string[]
): DiagnosisId {
  if (diagnosis === 'pat-required') return refinePatRequired(evidence, lines)
  if (diagnosis !== 'invalid-credentials') return diagnosis
  const { input, registry } = evidence
  const findings = input.findings
  if (
    registry.isDockerHub &&
    findings.some((f) => f.problem === 'username-email')
  ) {
    lines.push(
      'the username is an email address; Docker Hub wants the Docker ID'
    )
    return 'email-as-username'
  }
  if (input.credentialKind === 'organization-access-token') {
    lines.push(
      'the password is an organization access token (dckr_oat_…): its username must be the organization name'
    )
    return 'organization-token-username'
  }
  const suspicious = findings.filter((f) => REFINING.includes(f.problem))
  if (suspicious.length > 0) {
    lines.push(...suspicious.map(describeFinding))
    return 'malformed-credentials'
  }
  return diagnosis
}

/** 2FA or SSO: the Hub login API's `login_2fa_token` tells them apart. */
function refinePatRequired(evidence: Evidence, lines: string[]): DiagnosisId {
  const hub = evidence.exchanges.filter((e) => e.step === 'hub-login').pop()
  if (!hub) {
    lines.push('the Docker Hub login API was not asked: 2FA or SSO, unknown')
    return 'pat-required'
  }
  const detail = jsonField(hub.body, 'detail')
  const said = detail ? `: ${quote(detail)}` : ''
  if (hub.status === 401 && hasTwoFactorToken(hub.body)) {
    lines.push(
      `${where(hub)} answered 401 with a login_2fa_token: the password is right and two-factor authentication is on`
    )
    return 'password-with-2fa'
  }
  if (hub.status === 401 || hub.status === 200) {
    lines.push(
      `${where(hub)} answered ${hub.status}${said} without a login_2fa_token: SSO enforcement is the likely cause`
    )
    return 'password-with-sso'
  }
  lines.push(
    hub.status === undefined
      ? describeNoAnswer(hub)
      : `${where(hub)} answered ${hub.status}${said}: 2FA or SSO, unknown`
  )
  return 'pat-required'
}

function hasTwoFactorToken(body: string | undefined): boolean {
  const token = jsonField(body, 'login_2fa_token')
  if (token !== undefined) return token !== ''
  return body !== undefined && body.includes('"login_2fa_token"')
}

/** The exit code when the docker CLI could not be started at all. */
const CLI_NOT_RUN = 127

/**
 * The docker CLI: exit 0 is a login (undefined); otherwise the diagnosis
 * its output reads as, refined like a refusal.
 */
function judgeCli(
  evidence: Evidence,
  lines: string[]
): DiagnosisId | undefined {
  const cli = evidence.cli
  if (!cli) return undefined
  if (cli.exitCode === 0) {
    lines.push('docker login succeeded (exit code 0)')
    return undefined
  }
  // The CLI narrates the endpoints it tried in logrus lines (`time="…"
  // level=info msg="Error logging in to endpoint, trying next endpoint"`):
  // their wording is not the failure, so rules match the rest only.
  const found = matchRule(withoutNarration(cli.output))
  const said = cli.output.trim()
    ? `: ${quote(errorLineOf(cli.output, found))}`
    : ''
  lines.push(
    cli.exitCode === CLI_NOT_RUN
      ? `the docker CLI could not be run${said}`
      : `docker login failed (exit code ${cli.exitCode})${said}`
  )
  const diagnosis = found?.rule.diagnosis ?? 'unknown'
  if (diagnosis === 'ok') return 'unknown'
  return refine(diagnosis, evidence, lines)
}

/** The CLI output without its logrus narration lines. */
function withoutNarration(output: string): string {
  return output
    .split(/\r?\n/)
    .filter((line) => !NARRATION.test(line))
    .join('\n')
}

/** A logrus line of the docker CLI: `time="…" level=info msg=…`. */
const NARRATION = /^time="[^"]*" level=(?:debug|info|warning)/

/**
 * The line of the CLI output that says what failed: the one the matching
 * rule's wording is on, else the last line that is not logrus noise
 * (`time="…" level=info msg=…`, where the CLI narrates its retries).
 */
function errorLineOf(output: string, found: RuleMatch | undefined): string {
  const all = output.split(/\r?\n/).filter((l) => l.trim() !== '')
  const quiet = all.filter((l) => !NARRATION.test(l))
  if (found) {
    const parts =
      typeof found.wording === 'string' ? [found.wording] : found.wording
    const hit = (l: string): boolean =>
      parts.every((part) => l.toLowerCase().includes(part.toLowerCase()))
    const line = [...quiet].reverse().find(hit) ?? [...all].reverse().find(hit)
    if (line) return line
  }
  return quiet[quiet.length - 1] ?? all[all.length - 1] ?? output
}

/**
 * The push checks: a 401/403 or a token without `push` for the repository
 * is a denial. Returns false when any repository was denied.
 */
function judgePushChecks(evidence: Evidence, lines: string[]): boolean {
  let allowed = true
  for (const check of evidence.exchanges) {
    if (check.step !== 'push-token') continue
    const repository = oneLine(check.repository ?? '', 80) || 'the repository'
    if (check.status === 401 || check.status === 403) {
      const text = detailsOf(check)
      lines.push(
        `push access to ${repository}: ${where(check)} answered ${check.status}${text ? `: ${quote(text)}` : ''}`
      )
      allowed = false
      continue
    }
    if (check.status === 200) {
      const granted = check.granted ?? grantedFromBody(check)
      if (granted === undefined) {
        lines.push(`push access to ${repository}: the token could not be read`)
      } else if (!granted.includes('push')) {
        const list =
          granted.length > 0 ? oneLine(granted.join(', '), 80) : 'nothing'
        lines.push(`push access to ${repository}: the token grants ${list}`)
        allowed = false
      }
      continue
    }
    lines.push(
      `push access to ${repository} not checked: ${
        check.status === undefined ? describeNoAnswer(check) : check.status
      }`
    )
  }
  return allowed
}

function grantedFromBody(exchange: HttpExchange): string[] | undefined {
  if (!exchange.repository) return undefined
  const token =
    jsonField(exchange.body, 'token') ??
    jsonField(exchange.body, 'access_token')
  if (!token || parseJwtPayload(token) === undefined) return undefined
  return grantedActions(token, exchange.repository)
}

/**
 * The text a registry gave as its reason: Docker Hub's `details`, the Hub
 * API's `detail`, the registry API's `errors[]` as the CLI prints them
 * (`denied: denied`), an OAuth `error`, and the challenge's `error=`.
 * Falls back to the raw body. Never returns token values.
 */
function detailsOf(exchange: HttpExchange): string {
  const parts: string[] = []
  const parsed = parseJson(exchange.body)
  if (parsed) {
    for (const key of ['details', 'detail', 'message', 'error']) {
      const value = parsed[key]
      if (typeof value === 'string' && value.trim()) parts.push(value.trim())
    }
    if (Array.isArray(parsed.errors)) {
      for (const error of parsed.errors as unknown[]) {
        if (typeof error !== 'object' || error === null) continue
        const { code, message } = error as Record<string, unknown>
        const head = typeof code === 'string' ? `${code.toLowerCase()}: ` : ''
        if (typeof message === 'string') parts.push(`${head}${message}`)
      }
    }
  } else if (exchange.body?.trim() && exchange.step !== 'hub-login') {
    parts.push(exchange.body.trim())
  }
  const header = exchange.headers['www-authenticate']
  const challengeError = header ? parseChallenge(header)?.params.error : ''
  if (challengeError) parts.push(`error=${challengeError}`)
  return parts.join('; ')
}

function describeChallenge(exchange: HttpExchange): string {
  const challenge = parseChallenge(exchange.headers['www-authenticate'] ?? '')
  if (!challenge) return 'without a usable challenge'
  // registry text: on one line and cut, like quoted text
  const realm = oneLine(challenge.params.realm ?? '', QUOTE_CHARS)
  const named = realm ? `, realm ${realm}` : ''
  return `with a ${challenge.scheme} challenge${named}`
}

function describeNoAnswer(exchange: HttpExchange): string {
  const tries = exchange.attempts > 1 ? ` after ${exchange.attempts} tries` : ''
  if (exchange.status !== undefined) {
    return `${where(exchange)} answered ${exchange.status}${tries}: the registry is failing`
  }
  const error = exchange.error
  const why = error
    ? [
        oneLine(error.code ?? '', 40),
        error.timedOut ? 'timed out' : '',
        quote(error.message)
      ]
        .filter(Boolean)
        .join(' ')
    : 'no answer'
  return `${where(exchange)} could not be reached${tries}: ${why}`
}

/** `token endpoint auth.docker.io/token`: the step and where it went. */
function where(exchange: HttpExchange): string {
  let place: string
  try {
    const url = new URL(exchange.url)
    place = `${url.host}${url.pathname}`
  } catch {
    place = oneLine(exchange.url, 80)
  }
  return `${STEP_LABELS[exchange.step]} ${place}`
}

// ---------------------------------------------------------------------------
// Pure parsers

/**
 * Parses a `WWW-Authenticate` header's first challenge:
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io"`
 * → `{ scheme: 'bearer', params: { realm, service } }`. The scheme and the
 * parameter names are lower-cased; quoted values may hold commas and
 * backslash escapes; a second challenge (`…, Basic realm="…"`) ends the
 * first. Returns undefined for an empty or garbled header (a quote left
 * open, a stray word, a missing comma): a garbled challenge would yield a
 * made-up realm, and is not to be followed. Never throws.
 */
export function parseChallenge(
  header: string
): { scheme: string; params: Record<string, string> } | undefined {
  if (typeof header !== 'string') return undefined
  const text = header.trim()
  let i = 0
  const token = (): string => {
    const start = i
    while (i < text.length && isTokenChar(text[i])) i++
    return text.slice(start, i)
  }
  const spaces = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++
  }
  const scheme = token().toLowerCase()
  if (!scheme) return undefined
  // a Map: a parameter named `constructor` or `__proto__` is data too
  const params = new Map<string, string>()
  const parsed = () => ({ scheme, params: Object.fromEntries(params) })
  spaces()
  while (i < text.length) {
    const name = token().toLowerCase()
    spaces()
    if (!name) return undefined
    // a word without `=` after a comma starts the next challenge
    if (text[i] !== '=') return params.size > 0 ? parsed() : undefined
    i++
    spaces()
    let value = ''
    if (text[i] === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && i + 1 < text.length) i++
        value += text[i]
      }
      if (i >= text.length) return undefined
      i++
    } else {
      const start = i
      while (i < text.length && !/[\s,"]/.test(text[i])) i++
      value = text.slice(start, i)
      if (!value) return undefined
    }
    if (!params.has(name)) params.set(name, value)
    spaces()
    if (i >= text.length) break
    if (text[i] !== ',') return undefined
    while (text[i] === ',' || text[i] === ' ' || text[i] === '\t') i++
  }
  return parsed()
}

function isTokenChar(char: string): boolean {
  return /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(char)
}

/**
 * The payload of a JWT (`header.payload.signature`), decoded from
 * base64url and parsed — without verifying anything. Undefined when it is
 * not a JWT with a JSON object payload; never throws.
 */
export function parseJwtPayload(token: string): unknown | undefined {
  if (typeof token !== 'string') return undefined
  const parts = token.split('.')
  if (parts.length < 2 || !/^[A-Za-z0-9_-]+={0,2}$/.test(parts[1])) {
    return undefined
  }
  try {
    const json = Buffer.from(parts[1], 'base64url').toString('utf8')
    const payload: unknown = JSON.parse(json)
    return typeof payload === 'object' &&
      payload !== null &&
      !Array.isArray(payload)
      ? payload
      : undefined
  } catch {
    return undefined
  }
}

/**
 * The actions a registry token grants on a repository, read from its
 * `access[]` claim (`{type: 'repository', name, actions}`). A `*` grant
 * also lists `pull` and `push`. Empty when the token grants nothing there
 * or cannot be read; never throws.
 */
export function grantedActions(token: string, repository: string): string[] {
  const payload = parseJwtPayload(token) as { access?: unknown } | undefined
  if (!payload || !Array.isArray(payload.access)) return []
  const actions = new Set<string>()
  for (const entry of payload.access as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue
    const { type, name, actions: granted } = entry as Record<string, unknown>
    if (type !== 'repository' || name !== repository) continue
    if (!Array.isArray(granted)) continue
    for (const action of granted) {
      if (typeof action === 'string') actions.add(action)
    }
  }
  if (actions.has('*')) {
    actions.add('pull')
    actions.add('push')
  }
  return [...actions]
}

// ---------------------------------------------------------------------------
// Small helpers

function verdict(
  diagnosis: DiagnosisId,
  warnings: WarningId[],
  evidence: string[]
): Classification {
  return { diagnosis, warnings, evidence }
}

function parseJson(
  body: string | undefined
): Record<string, unknown> | undefined {
  if (!body) return undefined
  try {
    const parsed: unknown = JSON.parse(body)
    return typeof parsed === 'object' &&
      parsed !== null &&
      !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function jsonField(body: string | undefined, key: string): string | undefined {
  const value = parseJson(body)?.[key]
  return typeof value === 'string' ? value : undefined
}

/** Cap on quoted registry or CLI text in an evidence line. */
const QUOTE_CHARS = 200

/** Text on one line, cut, in double quotes. */
function quote(text: string): string {
  return `"${oneLine(text, QUOTE_CHARS)}"`
}

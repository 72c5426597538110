/**
 * The offline look at the inputs: what kind of credential the password is
 * and what is visibly wrong with either value, before any request is made.
 * Only the shape is kept — never any part of the secret. Every check is a
 * single pass or an anchored pattern without nested quantifiers, so a huge
 * value (64 KiB and more) is analysed in linear time.
 */
import type { CredentialKind } from './diagnosis.js'
import type { InputAnalysis, InputFinding, InputProblem } from './evidence.js'
import { credentialShapes, DOCKER_HUB, type Profile } from './profiles/index.js'
import { isTokenShaped } from './redact.js'
import type { CredentialShape } from './profiles/types.js'

/**
 * A whole value that is one shell variable reference: `$NAME` or `${NAME}`.
 * Anchored, and the name cannot contain `$`, `{` or `}`: linear.
 */
const WHOLE_VARIABLE = /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/
/** A name in SHOUTING_CASE, as environment variables are written. */
const SHOUTY_NAME = /^[A-Z_][A-Z0-9_]*$/
/** A `${NAME}` reference anywhere in the value. */
const BRACED_VARIABLE = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/
/** A Windows `%NAME%` reference as the whole value. */
const WINDOWS_VARIABLE = /^%[A-Za-z_][A-Za-z0-9_]*%$/

/** GitHub expression contexts that show up unexpanded as `{{ secrets.X }}`. */
const EXPRESSION_CONTEXTS = ['secrets.', 'vars.', 'env.', 'inputs.', 'steps.']

/** Quote characters that wrap a pasted value: opening → closing. */
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '\u201c': '\u201d',
  '\u2018': '\u2019'
}
const QUOTE_CHARS = new Set([
  '"',
  "'",
  '`',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019'
])

/**
 * Analyses the username and password offline. The result holds the
 * credential kind and findings — never the values.
 *
 * Rules worth knowing:
 * - a value made only of whitespace counts as empty;
 * - the kind is read from the profiles' credential shapes (the registry's
 *   first) after stripping the usual mistakes (surrounding whitespace and
 *   quotes, a leading `$`), so `$dckr_pat_…` is a personal access token
 *   with a `password-dollar-prefix` finding;
 * - each finding says whether it is decisive (`isDecisive`);
 * - `unexpanded-variable` is reported for the password only when the WHOLE
 *   value is `${NAME}`, `$NAME` in SHOUTING_CASE (`$DOCKERHUB_TOKEN`) or
 *   `%NAME%`, or when a `${NAME}` appears inside it: a password may contain
 *   `$` (`pa$$word`, `$ecret1`) and is then not flagged. For the username any
 *   whole `$NAME`/`${NAME}` is flagged, but not a `$` inside it (Harbor robot
 *   accounts are named `robot$project+name`);
 * - `quoted` is reported for a password wrapped in a matching pair of quotes,
 *   and for a username or a token with a quote at either end (neither ever
 *   contains quotes);
 * - `newline` is any CR or LF that is still in the value: the runner trims
 *   the inputs and the docker CLI trims one trailing newline of stdin, but
 *   the preflight sends the value as given.
 */
export function analyzeInputs(
  username: string,
  password: string,
  profile: Profile = DOCKER_HUB,
  now: number = Date.now()
): InputAnalysis {
  const shapes = credentialShapes(profile)
  const user = username.trim()
  const usernameEmpty = user === ''
  const passwordEmpty = password.trim() === ''
  const core = passwordEmpty ? '' : stripMistakes(password)
  const shape = core === '' ? undefined : shapes.find((s) => s.test(core, user))
  const credentialKind: CredentialKind =
    core === '' ? 'none' : (shape?.kind ?? 'password')
  const isToken = shape?.isToken ?? false
  const findings: InputFinding[] = []
  const add = (input: InputFinding['input'], problem: InputProblem): void => {
    findings.push({
      input,
      problem,
      decisive: isDecisive(input, problem, isToken)
    })
  }

  if (usernameEmpty) {
    add('username', 'username-empty')
  } else {
    for (const problem of usernameProblems(username)) add('username', problem)
  }
  if (passwordEmpty) {
    add('password', 'password-empty')
  } else {
    const tokenShaped = (value: string): boolean =>
      shapeOf(value, shapes, user)?.isToken ?? false
    for (const problem of passwordProblems(password, isToken, tokenShaped)) {
      add('password', problem)
    }
  }
  // what the shape itself proves wrong, on the registry it belongs to
  const proven =
    shape?.check && !usernameEmpty && profile.credentials.includes(shape)
      ? shape.check(core, user, now)
      : undefined
  if (proven) {
    findings.push({
      input: 'password',
      problem: proven.problem,
      decisive: true,
      diagnosis: proven.diagnosis,
      ...(proven.detail ? { detail: proven.detail } : {}),
      ...(proven.byClock ? { byClock: true } : {})
    })
  }
  return { credentialKind, usernameEmpty, passwordEmpty, findings }
}

/**
 * Whether a finding decides on its own, before any request: the value
 * cannot be right, and on Docker Hub every refused attempt counts towards
 * the lockout. Everything else only refines a refusal.
 *
 * - either input: an unexpanded `${{ … }}` expression;
 * - the password: a literal `$` before a token (`$dckr_pat_…`);
 * - a password that is a token (`dckr_pat_`, `dckr_oat_`, UUID): a line
 *   break, whitespace, quotes or invisible characters (tokens are
 *   `[A-Za-z0-9_-]` only);
 * - the username: a line break or invisible characters.
 *
 * Not decisive: whitespace, quotes, line breaks in a password (a JSON key
 * used as the password of `_json_key` has all three), a `$VAR`-looking
 * value (a password may start with `$`), an email username (some registries
 * use them).
 */
function isDecisive(
  input: InputFinding['input'],
  problem: InputProblem,
  isToken: boolean
): boolean {
  if (problem === 'unexpanded-expression') return true
  if (problem === 'password-dollar-prefix') return true
  if (input === 'username') {
    return problem === 'newline' || problem === 'non-printable'
  }
  return isToken && TOKEN_SHAPE_PROBLEMS.includes(problem)
}

const TOKEN_SHAPE_PROBLEMS: readonly InputProblem[] = [
  'newline',
  'inner-whitespace',
  'quoted',
  'non-printable'
]

/**
 * The credential shape a (non-empty) password has, read after stripping
 * surrounding whitespace and quotes and leading `$` signs.
 */
function shapeOf(
  password: string,
  shapes: readonly CredentialShape[],
  username: string
): CredentialShape | undefined {
  const core = stripMistakes(password)
  if (core === '') return undefined
  return shapes.find((shape) => shape.test(core, username))
}

/** The kind of credential a password is, from its shape alone. */
export function kindOf(
  password: string,
  profile: Profile = DOCKER_HUB,
  username = ''
): CredentialKind {
  if (stripMistakes(password) === '') return 'none'
  return (
    shapeOf(password, credentialShapes(profile), username.trim())?.kind ??
    'password'
  )
}

/** The value without surrounding whitespace, quotes and leading `$`. */
function stripMistakes(value: string): string {
  let core = value.trim()
  if (core.length >= 2 && QUOTE_PAIRS[core[0]] === core[core.length - 1]) {
    core = core.slice(1, -1).trim()
  }
  let start = 0
  while (core[start] === '$') start++
  return core.slice(start)
}

function usernameProblems(username: string): InputProblem[] {
  const problems = commonProblems(username)
  const trimmed = username.trim()
  if (WHOLE_VARIABLE.test(trimmed) || WINDOWS_VARIABLE.test(trimmed)) {
    problems.push('unexpanded-variable')
  }
  if (hasQuoteAtAnEnd(trimmed)) problems.push('quoted')
  if (looksLikeEmail(trimmed)) problems.push('username-email')
  if (isTokenShaped(trimmed)) problems.push('username-token')
  return problems
}

function passwordProblems(
  password: string,
  isToken: boolean,
  tokenShaped: (value: string) => boolean
): InputProblem[] {
  const problems = commonProblems(password)
  const trimmed = password.trim()
  const dollarPrefix = trimmed.startsWith('$') && tokenShaped(trimmed)
  if (dollarPrefix) problems.push('password-dollar-prefix')
  if (!dollarPrefix && looksLikeVariable(trimmed)) {
    problems.push('unexpanded-variable')
  }
  const quoted = isToken ? hasQuoteAtAnEnd(trimmed) : isWrapped(trimmed)
  if (quoted) problems.push('quoted')
  return problems
}

/** A password that is a variable reference, by the rule documented above. */
function looksLikeVariable(value: string): boolean {
  if (WINDOWS_VARIABLE.test(value)) return true
  const whole = WHOLE_VARIABLE.exec(value)
  if (whole) {
    return whole[1].startsWith('{') || SHOUTY_NAME.test(whole[1])
  }
  return value.includes('${') && BRACED_VARIABLE.test(value)
}

/**
 * Problems either value can have: unexpanded expressions, whitespace,
 * newlines and invisible characters. One pass over the characters.
 */
function commonProblems(value: string): InputProblem[] {
  const problems: InputProblem[] = []
  if (hasUnexpandedExpression(value)) problems.push('unexpanded-expression')
  let whitespace = false
  let newline = false
  let nonPrintable = false
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x0a || code === 0x0d) newline = true
    else if (isWhitespace(code)) whitespace = true
    else if (isInvisible(code)) nonPrintable = true
  }
  if (whitespace) problems.push('inner-whitespace')
  if (newline) problems.push('newline')
  if (nonPrintable) problems.push('non-printable')
  return problems
}

/** `${{ … }}`, or `{{ secrets.X }}` with the `$` lost. */
function hasUnexpandedExpression(value: string): boolean {
  if (value.includes('${{')) return true
  let at = value.indexOf('{{')
  while (at !== -1) {
    let i = at + 2
    while (value[i] === ' ') i++
    if (EXPRESSION_CONTEXTS.some((context) => value.startsWith(context, i))) {
      return true
    }
    // `{{{ secrets.X }}`: the next `{{` may start one character on
    at = value.indexOf('{{', at + 1)
  }
  return false
}

function isWhitespace(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** Control characters and zero-width characters a paste can carry. */
function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2060 ||
    code === 0xfeff
  )
}

/** Wrapped in a matching pair of quotes. */
function isWrapped(value: string): boolean {
  return value.length >= 2 && QUOTE_PAIRS[value[0]] === value[value.length - 1]
}

function hasQuoteAtAnEnd(value: string): boolean {
  return (
    value.length > 0 &&
    (QUOTE_CHARS.has(value[0]) || QUOTE_CHARS.has(value[value.length - 1]))
  )
}

/** `local@domain.tld`: one `@`, something before it, a dot after it. */
function looksLikeEmail(value: string): boolean {
  const at = value.indexOf('@')
  if (at < 1 || value.indexOf('@', at + 1) !== -1) return false
  const dot = value.indexOf('.', at + 2)
  return dot !== -1 && dot < value.length - 1
}

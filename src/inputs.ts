/**
 * The action's inputs: read, parsed and checked. Reading never logs a value.
 */
import { InputError } from './errors.js'
import type { RegistryAuthEntry } from './registry-auth.js'
import { quotedValue } from './redact.js'

export { InputError }

/** Everything the main step is configured with. */
export interface Inputs {
  registry: string
  username: string
  password: string
  logout: boolean
  preflight: boolean
  retries: number
  /** seconds each preflight request may take */
  timeoutSeconds: number
  /** the `push` input as given: repositories to check push access to */
  push: string
  rateLimit: boolean
  skipIfMissing: boolean
  /**
   * whether the registry is Amazon ECR, whose AWS access keys are
   * exchanged for a registry token (docker/login-action's `ecr` input):
   * `auto` by its host, `true`, `false`
   */
  ecr: EcrMode
  /**
   * the `registry-auth` input: the registries to log in to in one step, in
   * order; empty when it is not given (then `registry`, `username`,
   * `password` and `ecr` say the one registry)
   */
  registryAuth: RegistryAuthEntry[]
  /**
   * Docker Hub OIDC: the connection's id (DOCKERHUB_OIDC_CONNECTIONID
   * applies when empty); checked where it is used (src/oidc.ts)
   */
  oidcConnectionId: string
  /** the OIDC token's lifetime in seconds as given (DOCKERHUB_OIDC_EXPIREIN) */
  oidcExpiresIn: string
  /** warn `credential-expires-soon` within this many minutes */
  expiryWarning: number
}

/** The values of the `ecr` input, as docker/login-action takes them. */
export const ECR_MODES = ['auto', 'true', 'false'] as const
export type EcrMode = (typeof ECR_MODES)[number]

const TRUE_WORDS = ['true', 'True', 'TRUE']
const FALSE_WORDS = ['false', 'False', 'FALSE']

/**
 * Parses a boolean input the way `core.getBooleanInput` does (YAML 1.2 core
 * schema), but with a one-line error that names the input.
 */
export function parseBoolean(
  name: string,
  value: string,
  fallback: boolean
): boolean {
  const trimmed = value.trim()
  if (trimmed === '') return fallback
  if (TRUE_WORDS.includes(trimmed)) return true
  if (FALSE_WORDS.includes(trimmed)) return false
  throw new InputError(
    `Input "${name}" must be true or false, not ${quotedValue(trimmed, 40)}`
  )
}

/** Parses a small non-negative whole number, naming the input on error. */
export function parseCount(
  name: string,
  value: string,
  fallback: number,
  max: number
): number {
  const trimmed = value.trim()
  if (trimmed === '') return fallback
  if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) > max) {
    throw new InputError(
      `Input "${name}" must be a whole number from 0 to ${max}, not ${quotedValue(trimmed, 40)}`
    )
  }
  return Number(trimmed)
}

/** Parses a whole number of minutes (0 to 999999), naming the input on error. */
export function parseMinutes(
  name: string,
  value: string,
  fallback: number
): number {
  const trimmed = value.trim()
  if (trimmed === '') return fallback
  if (!/^\d{1,6}$/.test(trimmed)) {
    throw new InputError(
      `Input "${name}" must be a whole number of minutes from 0 to 999999, not ${quotedValue(trimmed, 40)}`
    )
  }
  return Number(trimmed)
}

/** Parses a positive number of seconds, naming the input on error. */
export function parseSeconds(
  name: string,
  value: string,
  fallback: number,
  max: number
): number {
  const trimmed = value.trim()
  if (trimmed === '') return fallback
  const seconds = Number(trimmed)
  if (!/^\d{1,3}(\.\d{1,3})?$/.test(trimmed) || seconds <= 0 || seconds > max) {
    throw new InputError(
      `Input "${name}" must be a number of seconds above 0 and up to ${max}, not ${quotedValue(trimmed, 40)}`
    )
  }
  return seconds
}

/**
 * Parses the `ecr` input: `auto` (the default), `true` or `false`, in any
 * case, naming the input on error.
 */
export function parseEcr(value: string): EcrMode {
  const trimmed = value.trim()
  if (trimmed === '') return 'auto'
  const mode = ECR_MODES.find((m) => m === trimmed.toLowerCase())
  if (mode) return mode
  throw new InputError(
    `Input "ecr" must be auto, true or false, not ${quotedValue(trimmed, 40)}`
  )
}

/**
 * Reads the inputs through `read` (`core.getInput` in the action).
 * Username and password are kept as given (apart from the surrounding
 * whitespace the runner trims); their shape is judged by the input
 * analysis, so that the user hears what is wrong with them.
 * `registry-auth`, when given, is read by `readList` (registry-auth.ts
 * `parseRegistryAuth`, a chunk main.ts loads only for it), in its place
 * among the inputs, so that the first wrong input is the one named.
 */
export function readInputs(
  read: (name: string) => string,
  readList?: (text: string) => RegistryAuthEntry[]
): Inputs {
  return {
    registry: read('registry') || 'docker.io',
    username: read('username'),
    password: read('password'),
    logout: parseBoolean('logout', read('logout'), true),
    preflight: parseBoolean('preflight', read('preflight'), true),
    retries: parseCount('retries', read('retries'), 2, 10),
    timeoutSeconds: parseSeconds('timeout', read('timeout'), 10, 300),
    push: read('push'),
    rateLimit: parseBoolean('rate-limit', read('rate-limit'), true),
    skipIfMissing: parseBoolean(
      'skip-if-missing',
      read('skip-if-missing'),
      false
    ),
    ecr: parseEcr(read('ecr')),
    registryAuth: readRegistryAuth(read, readList),
    oidcConnectionId: read('oidc-connection-id'),
    oidcExpiresIn: read('oidc-expires-in'),
    expiryWarning: parseMinutes('expiry-warning', read('expiry-warning'), 30)
  }
}

/**
 * Reads `registry-auth` (refused next to a single-registry input, as
 * docker/login-action does) and refuses `scope` (see scopeRefusal).
 */
function readRegistryAuth(
  read: (name: string) => string,
  readList?: (text: string) => RegistryAuthEntry[]
): RegistryAuthEntry[] {
  const text = read('registry-auth')
  const given = text.trim() !== ''
  if (given) checkRegistryAuthAlone(read)
  if (read('scope').trim() !== '' && !scopeDisabled(process.env)) {
    throw scopeRefusal('Input "scope"')
  }
  if (!given) return []
  if (!readList) throw new Error('registry-auth was given but not read')
  return readList(text)
}

/** The single-registry inputs `registry-auth` cannot be combined with. */
const SINGLE_REGISTRY_INPUTS = [
  'registry',
  'username',
  'password',
  'scope',
  'ecr'
] as const

/**
 * Why `scope` is refused (README, "scope"; docs/registries.md §13):
 * login-action writes a scoped
 * credential to Buildx's own config, which only Buildx 0.31+ reads; this
 * action checks and reports the login of the docker config.
 */
export function scopeRefusal(where: string): InputError {
  return new InputError(
    `${where} is not supported: login-action's scope logs in for Buildx 0.31+ only; remove it, set DOCKER_LOGIN_SCOPE_DISABLED=true, or use docker/login-action`
  )
}

/**
 * login-action's DOCKER_LOGIN_SCOPE_DISABLED: true (its `Util.parseBool`,
 * Go's strconv.ParseBool: 1, t, T, true, TRUE, True) turns scoping off, and
 * a `scope` is ignored: the login goes to the docker config, as here
 * (docs/registries.md §13rr (k); attack-27 repro-01).
 */
export function scopeDisabled(env: NodeJS.ProcessEnv): boolean {
  return ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(
    env.DOCKER_LOGIN_SCOPE_DISABLED ?? ''
  )
}

/**
 * Refuses `registry-auth` next to a single-registry input, as login-action
 * does ("Cannot use registry-auth with other inputs"), naming those given.
 */
export function checkRegistryAuthAlone(read: (name: string) => string): void {
  const given = SINGLE_REGISTRY_INPUTS.filter((name) => read(name) !== '')
  if (given.length === 0) return
  const names = given.map((name) => `"${name}"`).join(', ')
  throw new InputError(
    `Input "registry-auth" cannot be combined with ${names}: put each registry's registry, username and password in its entry of registry-auth, or remove registry-auth`
  )
}

/**
 * Longer passwords cannot reach a registry: their Basic-auth header (4/3 of
 * the size) exceeds what common servers take (nginx 8 KiB, Node.js 16 KiB).
 * Tokens and passwords are a few hundred bytes; cloud tokens a few KiB.
 */
export const MAX_PASSWORD_CHARS = 16 * 1024
/** Account names are short (Docker IDs 4–30, email addresses 254). */
export const MAX_USERNAME_CHARS = 1024

/**
 * Rejects a username or password that no registry can take, for mistakes
 * the diagnosis does not settle offline: a value too long to send, a URL
 * or a `:` in the username (Basic authentication splits on it), and on
 * Docker Hub a username with spaces or non-ASCII letters (Docker IDs are
 * lowercase letters and digits). Values are never quoted: either may be a
 * secret pasted into the wrong input.
 */
export function checkCredentialShape(
  username: string,
  password: string,
  isDockerHub: boolean
): void {
  if (password.length > MAX_PASSWORD_CHARS) {
    throw new InputError(
      `Input "password" is ${kib(password.length)} long, more than any registry accepts: store only the token or password in the secret, not a file or a key bundle`
    )
  }
  const id = isDockerHub ? 'your Docker ID' : 'the account name alone'
  if (username.length > MAX_USERNAME_CHARS) {
    throw new InputError(
      `Input "username" is ${kib(username.length)} long: set it to ${id}`
    )
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(username)) {
    throw new InputError(
      `Input "username" is a URL: put the registry address in "registry" and ${id} in "username"`
    )
  }
  if (username.includes(':')) {
    throw new InputError(
      `Input "username" contains ":", which Basic authentication cannot carry: set it to ${id}`
    )
  }
  if (!isDockerHub) return
  if (/\s/u.test(username)) {
    throw new InputError(
      'Input "username" contains spaces: set it to your Docker ID (lowercase letters and digits), e.g. ${{ vars.DOCKERHUB_USERNAME }}'
    )
  }
  if (/[^\x20-\x7e]/.test(username)) {
    throw new InputError(
      'Input "username" contains characters other than ASCII letters and digits: set it to your Docker ID, e.g. ${{ vars.DOCKERHUB_USERNAME }}'
    )
  }
}

function kib(chars: number): string {
  return chars < 1024
    ? `${chars} characters`
    : `${Math.round(chars / 1024)} KiB`
}

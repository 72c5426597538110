/**
 * The state the main step saves for the post step, and its validation: the
 * post step reads it back from the runner's environment (`STATE_*`), which
 * any earlier process of the job could have written to, so it is input
 * like any other. Small on purpose: the post step imports nothing else of
 * the main step.
 */

/** The names of the state the main step saves for the post step. */
export const STATE = {
  server: 'server',
  logout: 'logout',
  /**
   * with `registry-auth`, or AWS_ACCOUNT_IDS on Amazon ECR: a JSON array of
   * every server logged in to
   */
  servers: 'servers',
  /**
   * a JSON array of servers docker was given the password for while the
   * config held no entry for them: saved before the login's end is seen,
   * cleared by the end of the step. A cancelled job's post step logs out
   * those that have an entry now (`readPending`)
   */
  pending: 'pending',
  /**
   * a JSON array of the names of the variables docker's environment left
   * out (each held a secret of the run): the post step's logout leaves them
   * out too (`readKeptOut`)
   */
  envDropped: 'env-dropped',
  /**
   * the docker config directory the main step logged in with: the post
   * step logs out of that one, whatever `DOCKER_CONFIG` says by then
   * (`readConfigDir`)
   */
  config: 'config'
} as const

/**
 * The docker config directory the main step saved, validated: an absolute
 * path (POSIX, a Windows drive's, or a UNC share's: attack-66 A66-03) of
 * printable characters, as
 * `configDir` in docker.ts gives it. Empty (a main step that saved none):
 * undefined, the environment's. Anything else is no directory the main
 * step could have saved (attack-41 A41-07: a later step that points
 * `DOCKER_CONFIG` elsewhere must not move the logout there).
 */
export function readConfigDir(
  get: (name: string) => string
): { dir?: string } | { problem: string } {
  const dir = get(STATE.config)
  if (!dir) return {}
  if (
    dir.length <= 4096 &&
    /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/])/.test(dir) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(dir)
  ) {
    return { dir }
  }
  return {
    problem: `state "${STATE.config}" is not an absolute directory path (got ${quote(dir)})`
  }
}

/** A variable's name, as the state may list it. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/

/**
 * The names of the variables the main step kept out of docker's
 * environment: any that is not a variable's name is ignored (the state is
 * input like any other), and an unreadable list is none.
 */
export function readKeptOut(get: (name: string) => string): Set<string> {
  try {
    const value: unknown = JSON.parse(get(STATE.envDropped) || '[]')
    return new Set(
      Array.isArray(value)
        ? value
            .slice(0, 1000)
            .filter(
              (name): name is string =>
                typeof name === 'string' && VARIABLE_NAME.test(name)
            )
        : []
    )
  } catch {
    return new Set()
  }
}

/**
 * No more servers than `registry-auth` takes entries (20), each an ECR
 * host with the registries of AWS_ACCOUNT_IDS' accounts in its region
 * (GetAuthorizationToken takes at most 10 ids): 20 × (1 + 10).
 */
export const MAX_SERVERS = 220

/**
 * The environment variable that points "Docker Hub" somewhere else
 * (`HUB_OVERRIDE_ENV` of registry.ts, which the post step does not load).
 */
const HUB_OVERRIDE_ENV = 'DOCKER_LOGIN_PREFLIGHT_HUB'

/**
 * A host[:port] as `registryHost` in registry.ts produces it: lower case,
 * a name or an IPv6 literal, an optional port. It never starts with `-`.
 */
const HOST =
  /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/

/** The post step's state, validated. */
export type PostState =
  | { kind: 'none' }
  | { kind: 'logout'; server: string; servers?: string[] }
  | { kind: 'stay'; server: string; servers?: string[] }
  | { kind: 'invalid'; problem: string }

/**
 * Reads the state the main step saved. `server` must be what the main
 * step gives `docker login`: a registry host[:port] (Docker Hub is
 * `docker.io`), or the host of `DOCKER_LOGIN_PREFLIGHT_HUB` in `env`;
 * `logout` must be `true` or `false`. No server: nothing to log out of.
 */
export function readPostState(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv = process.env
): PostState {
  if (get(STATE.servers)) return readServers(get, env)
  const server = get(STATE.server)
  if (!server) return { kind: 'none' }
  if (!isServer(server, env)) {
    return {
      kind: 'invalid',
      problem: `state "${STATE.server}" is not a registry host (got ${quote(server)})`
    }
  }
  const logout = get(STATE.logout)
  if (logout !== 'true' && logout !== 'false') {
    return {
      kind: 'invalid',
      problem: `state "${STATE.logout}" is neither true nor false (got ${quote(logout)})`
    }
  }
  return { kind: logout === 'true' ? 'logout' : 'stay', server }
}

/**
 * The state of a `registry-auth` run: `servers`, a JSON array of 1 to
 * MAX_SERVERS distinct servers (each as `server` above), and `logout`.
 */
function readServers(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv
): PostState {
  const text = get(STATE.servers)
  const list = serverList(text, env)
  if (!list || list.length === 0 || new Set(list).size !== list.length) {
    return {
      kind: 'invalid',
      problem: `state "${STATE.servers}" is not a list of registry hosts (got ${quote(text)})`
    }
  }
  const logout = get(STATE.logout)
  if (logout !== 'true' && logout !== 'false') {
    return {
      kind: 'invalid',
      problem: `state "${STATE.logout}" is neither true nor false (got ${quote(logout)})`
    }
  }
  return {
    kind: logout === 'true' ? 'logout' : 'stay',
    server: list.join(', '),
    servers: list
  }
}

/**
 * The logins that were under way (`pending`) when the main step last saved
 * its state: servers, each as `server` above, at most MAX_SERVERS; none
 * when the value is empty; a problem when it is not such a list.
 */
export function readPending(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv = process.env
): { servers: string[] } | { problem: string } {
  const text = get(STATE.pending)
  if (!text) return { servers: [] }
  const list = serverList(text, env)
  return list
    ? { servers: [...new Set(list)] }
    : {
        problem: `state "${STATE.pending}" is not a list of registry hosts (got ${quote(text)})`
      }
}

/**
 * A JSON array of at most MAX_SERVERS servers, each one `isServer` takes;
 * undefined for anything else.
 */
function serverList(
  text: string,
  env: NodeJS.ProcessEnv
): string[] | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  return Array.isArray(parsed) &&
    parsed.length <= MAX_SERVERS &&
    parsed.every((s) => typeof s === 'string' && isServer(s, env))
    ? (parsed as string[])
    : undefined
}

/** Whether `value` is a server the main step could have logged in to. */
export function isServer(
  value: string,
  env: NodeJS.ProcessEnv = process.env
): boolean {
  if (HOST.test(value)) {
    const port = /:(\d+)$/.exec(value)?.[1]
    return port === undefined || (Number(port) >= 1 && Number(port) <= 65535)
  }
  return value === overrideHost(env)
}

/** The host of `DOCKER_LOGIN_PREFLIGHT_HUB`, when it is an http(s) URL. */
function overrideHost(env: NodeJS.ProcessEnv): string | undefined {
  const value = env[HUB_OVERRIDE_ENV]?.trim()
  if (!value) return undefined
  try {
    const url = new URL(value)
    return ['http:', 'https:'].includes(url.protocol) && url.host
      ? url.host
      : undefined
  } catch {
    return undefined
  }
}

/**
 * A state value quoted on one line: JSON escapes, at most 40 characters (the
 * post step's warning stays one line under 200).
 */
function quote(value: string): string {
  const quoted = JSON.stringify(value)
  return quoted.length > 42 ? `${quoted.slice(0, 40)}…"` : quoted
}

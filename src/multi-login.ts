/**
 * Several registries in one step (`registry-auth`): the one pipeline of a
 * single registry — gather, judge, report — run for every entry at once,
 * and the reports combined (multi-report.ts). Before anything is sent,
 * every entry's inputs are checked as its pipeline will read them (the
 * registry, the exchange it plans: ECR's region and AWS_ACCOUNT_IDS,
 * Docker Hub OIDC's connection; the credential's shape), so that an input
 * error stops the step before any request or login. The docker
 * logins are queued: each rewrites the one docker config file.
 */
import type { DockerCli } from './docker.js'
import type { LoginPlan, World } from './gather.js'
import type { Inputs } from './inputs.js'
import { combineReports, type EntryResult } from './multi-report.js'
import {
  parseRegistryAuth,
  passwordsIn,
  type RegistryAuthEntry
} from './registry-auth.js'
import {
  provideTools,
  tools,
  type RegistryAuthTools
} from './registry-auth-tools.js'
import type { RegistryTarget } from './registry.js'
import type { ActionReport } from './report.js'

/** The pipeline of one registry (main.ts `loginReport`). */
export type LoginPipeline = (
  inputs: Inputs,
  world: World,
  /** what an entry's error lines may take (entryLineLimit) */
  lineLimit?: number
) => Promise<ActionReport>

/**
 * What a registry's inputs settle before anything is sent, throwing an
 * InputError for what they settle as wrong (gather.ts `loginPlan`, passed
 * in: this chunk imports no code of gather's, which stays in the main
 * bundle's entry with its own lazy imports).
 */
export type LoginPlanner = (inputs: Inputs, env: NodeJS.ProcessEnv) => LoginPlan

/**
 * The report of a `registry-auth` run: every entry through `pipeline`,
 * concurrently, with the docker CLI queued. Throws an InputError for an
 * entry no registry can take, before any request.
 */
export async function registryAuthReport(
  inputs: Inputs,
  world: World,
  pipeline: LoginPipeline,
  plan: LoginPlanner
): Promise<ActionReport> {
  const entries = inputs.registryAuth
  // every entry's inputs, before any entry sends a request: an entry's
  // error must not come after the others logged in
  const targets = entries.map((entry, index) =>
    checked(entry, index, () => {
      const { target } = plan({ ...inputs, ...entry }, world.env)
      tools.checkCredentialShape(
        entry.username,
        entry.password,
        target.isDockerHub
      )
      return target
    })
  )
  targets.forEach((target, index) => {
    const first = targets.findIndex((t) => t.server === target.server)
    if (first !== index) {
      throw new tools.InputError(
        `Input "registry-auth": entries ${first + 1} and ${index + 1} are the same registry (${tools.oneLine(target.host, 60)}): one entry per registry`
      )
    }
  })
  const pushes = splitPush(inputs.push, targets)
  const keep = tools.entryNameLengths(entries.map((entry) => entry.registry))
  const docker = queued(world.docker)
  const settled = await Promise.allSettled(
    entries.map((entry, index) =>
      pipeline(
        {
          ...inputs,
          registry: entry.registry,
          username: entry.username,
          password: entry.password,
          ecr: entry.ecr,
          push: pushes[index],
          registryAuth: []
        },
        { ...world, docker },
        tools.entryLineLimit(entry.registry, keep[index])
      )
    )
  )
  const results: EntryResult[] = settled.map((outcome, index) => {
    const registry = entries[index].registry
    if (outcome.status === 'fulfilled') {
      return {
        registry,
        host: targets[index].host,
        report: outcome.value,
        pushed: pushes[index].trim() !== ''
      }
    }
    const error: unknown = outcome.reason
    const message = error instanceof Error ? error.message : String(error)
    return {
      registry,
      error: message,
      input: error instanceof tools.InputError
    }
  })
  return combineReports(results, { logout: inputs.logout })
}

/**
 * Runs `check`, naming the entry in an InputError it throws; an input an
 * entry has a key for (`Input "ecr"`) is named as that key, since the
 * user wrote the key, not the input.
 */
function checked<T>(
  entry: RegistryAuthEntry,
  index: number,
  check: () => T
): T {
  try {
    return check()
  } catch (error) {
    if (!(error instanceof tools.InputError)) throw error
    const message = error.message.replace(
      /^Input "(registry|username|password|ecr)"/,
      '"$1"'
    )
    throw new tools.InputError(entryInputLine(index + 1, entry, message))
  }
}

/** No registry name before an entry's input error is cut shorter than this. */
const MIN_ENTRY_NAME = 12

/**
 * An entry's input error, `Input "registry-auth", entry N (<registry>):
 * <message>`, shorter than MAX_ERROR_LINE (attack-41 A41-08): the registry
 * is cut to the room the message leaves, up to 60 characters, and left out
 * when less than MIN_ENTRY_NAME is left (the number names the entry); only
 * when the line is still too long, the message's closing aside in
 * parentheses goes, never its words.
 */
function entryInputLine(
  number: number,
  entry: RegistryAuthEntry,
  message: string
): string {
  const head = `Input "registry-auth", entry ${number}`
  const lines = [
    `${head}: ${message}`,
    `${head}: ${tools.withoutAside(message)}`
  ]
  // the characters the line leaves for the registry, a `…` included
  const room = Math.min(
    61,
    tools.maxErrorLine - 1 - `${head} (): ${message}`.length
  )
  const whole = entry.registry.length <= room
  // a registry holding user:password@ is named by its number alone (D12)
  if (
    (whole || room > MIN_ENTRY_NAME) &&
    !tools.holdsCredentials(entry.registry)
  ) {
    const name = tools.oneLine(entry.registry, whole ? room : room - 1)
    lines.unshift(`${head} (${name}): ${message}`)
  }
  return (
    lines.find((line) => line.length < tools.maxErrorLine) ??
    lines[lines.length - 1]
  )
}

/** A repository reference that names its registry host. */
const NAMES_HOST = /^(localhost|[^/]*[.:][^/]*)\//i

/**
 * The `push` input split over the entries: each repository goes to the
 * entry of its registry; one without a host to Docker Hub's entry, as
 * docker reads it; one of no entry's registry to the first entry, whose
 * report says that login cannot push there — a name without a host when no
 * entry is Docker Hub's as `docker.io/<name>`, which is where docker would
 * push it (attack-16 repro-01: it was checked on the first entry's
 * registry and reported granted).
 */
export function splitPush(
  push: string,
  targets: readonly RegistryTarget[]
): string[] {
  const lists: string[][] = targets.map(() => [])
  const hub = targets.findIndex((t) => t.isDockerHub)
  for (const raw of push.split(/[\n,]/)) {
    const item = raw.trim()
    if (item === '') continue
    if (!NAMES_HOST.test(item)) {
      if (hub === -1) lists[0].push(`docker.io/${item}`)
      else lists[hub].push(item)
      continue
    }
    const owner = targets.findIndex(
      (target) => tools.parsePushList(item, target).repositories.length > 0
    )
    lists[owner === -1 ? 0 : owner].push(item)
  }
  return lists.map((list) => list.join('\n'))
}

/**
 * The docker CLI with its commands run one at a time, in the order asked:
 * each login rewrites the whole docker config file, and the file lock
 * (docker.ts withConfigLock) gives up after a few seconds. No early start
 * (startLogin): a login waiting for its password would hold the queue.
 */
export function queued(docker: DockerCli): DockerCli {
  let last: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(command: () => Promise<T>): Promise<T> => {
    const turn = last.then(command, command)
    last = turn.catch(() => undefined)
    return turn
  }
  return {
    login: (server, username, password) =>
      inTurn(() => docker.login(server, username, password)),
    logout: (server) => inTurn(() => docker.logout(server)),
    config: (server) => docker.config(server)
  }
}

/**
 * What the chunk offers the start-up (main.ts `loadRegistryAuth`); the
 * action calls the first three, the tests the last two as well (they run
 * only once the tools are given).
 */
export interface RegistryAuthChunk {
  parseRegistryAuth: typeof parseRegistryAuth
  passwordsIn: typeof passwordsIn
  registryAuthReport: typeof registryAuthReport
  splitPush: typeof splitPush
  combineReports: typeof combineReports
}

/** The chunk's functions, once it has the start-up's tools. */
export function registryAuthChunk(given: RegistryAuthTools): RegistryAuthChunk {
  provideTools(given)
  return {
    parseRegistryAuth,
    passwordsIn,
    registryAuthReport,
    splitPush,
    combineReports
  }
}

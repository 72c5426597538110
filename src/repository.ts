/**
 * Repository names for the push-access check: `push` input entries such as
 * `myorg/app`, `docker.io/myorg/app:1.2` or `ghcr.io/owner/app@sha256:…` are
 * reduced to the name the token service knows (`myorg/app`).
 */
import { InputError } from './errors.js'
import { quotedValue } from './redact.js'
import type { RegistryTarget } from './registry.js'

/** One path component of a repository name (distribution's grammar). */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/** Docker Hub's host names, as they may prefix an image reference. */
const HUB_PREFIXES = ['docker.io', 'index.docker.io', 'registry-1.docker.io']

/** The `push` input, parsed. */
export interface PushList {
  /** the repository names on the registry logged in to */
  repositories: string[]
  /** the hosts of entries on another registry, which this login cannot serve */
  elsewhere: string[]
}

/**
 * Parses the `push` input: entries separated by newlines or commas, blank
 * ones ignored, duplicates dropped. An entry on another registry host is
 * set apart (the judge says why that push would fail). Throws an
 * InputError naming an entry that is not a repository name.
 */
export function parsePushList(value: string, target: RegistryTarget): PushList {
  const list: PushList = { repositories: [], elsewhere: [] }
  for (const raw of value.split(/[\n,]/)) {
    const entry = raw.trim()
    if (entry === '') continue
    const host = otherHost(entry, target)
    if (host !== undefined) {
      // still a repository name, on that host
      pathOf(entry, entry.split('@')[0].split('/').slice(1))
      if (!list.elsewhere.includes(host)) list.elsewhere.push(host)
      continue
    }
    const name = repositoryName(entry, target)
    if (!list.repositories.includes(name)) list.repositories.push(name)
  }
  return list
}

/** The registry host an entry names, when it is not the one logged in to. */
function otherHost(entry: string, target: RegistryTarget): string | undefined {
  const parts = entry.split('@')[0].split('/')
  const first = parts[0]
  if (parts.length < 2 || !/[.:]|^localhost$/.test(first)) return undefined
  const host = first.toLowerCase()
  const isHub = HUB_PREFIXES.includes(host)
  if (isHub && target.isDockerHub) return undefined
  if (!isHub && (host === target.host || host === target.server)) {
    return undefined
  }
  return host
}

/** The repository name of one `push` entry. */
export function repositoryName(entry: string, target: RegistryTarget): string {
  let rest = entry
  const at = rest.indexOf('@')
  if (at !== -1) rest = rest.slice(0, at)
  const parts = rest.split('/')
  const first = parts[0]
  if (parts.length > 1 && /[.:]|^localhost$/.test(first)) {
    const host = first.toLowerCase()
    const isHub = HUB_PREFIXES.includes(host)
    if (
      isHub !== target.isDockerHub ||
      (!isHub && host !== target.host && host !== target.server)
    ) {
      throw new InputError(
        `Input "push" names ${quotedValue(entry, 60)} on another registry than ${target.input}: list repositories of the registry you log in to`
      )
    }
    parts.shift()
  }
  const path = pathOf(entry, parts)
  return target.isDockerHub && path.length === 1
    ? `library/${path[0]}`
    : path.join('/')
}

/**
 * The path components of an entry (its tag dropped), or an InputError
 * quoting the entry when they are not a repository name.
 */
function pathOf(entry: string, parts: readonly string[]): string[] {
  const path = [...parts]
  const last = path.length - 1
  const colon = last >= 0 ? path[last].indexOf(':') : -1
  if (colon !== -1) path[last] = path[last].slice(0, colon)
  if (path.length === 0 || !path.every((part) => COMPONENT.test(part))) {
    throw new InputError(
      `Input "push" entry ${quotedValue(entry, 60)} is not a repository name: use lowercase names such as myorg/app, one per line`
    )
  }
  return path
}

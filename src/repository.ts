/**
 * Repository names for the push-access check: `push` input entries such as
 * `myorg/app`, `docker.io/myorg/app:1.2` or `ghcr.io/owner/app@sha256:…` are
 * reduced to the name the token service knows (`myorg/app`).
 */
import { InputError } from './errors.js'
import { oneLine } from './text.js'
import type { RegistryTarget } from './registry.js'

/** One path component of a repository name (distribution's grammar). */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/** Docker Hub's host names, as they may prefix an image reference. */
const HUB_PREFIXES = ['docker.io', 'index.docker.io', 'registry-1.docker.io']

/**
 * Parses the `push` input: entries separated by newlines or commas, blank
 * ones ignored, duplicates dropped. Throws an InputError naming the entry
 * that is not a repository name.
 */
export function parsePushList(value: string, target: RegistryTarget): string[] {
  const names: string[] = []
  for (const raw of value.split(/[\n,]/)) {
    const entry = raw.trim()
    if (entry === '') continue
    const name = repositoryName(entry, target)
    if (!names.includes(name)) names.push(name)
  }
  return names
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
    if (isHub !== target.isDockerHub || (!isHub && host !== target.server)) {
      throw new InputError(
        `Input "push" names "${oneLine(entry, 60)}" on another registry than ${target.input}: list repositories of the registry you log in to`
      )
    }
    parts.shift()
  }
  const last = parts.length - 1
  const colon = parts[last].indexOf(':')
  if (colon !== -1) parts[last] = parts[last].slice(0, colon)
  if (parts.length === 0 || !parts.every((part) => COMPONENT.test(part))) {
    throw new InputError(
      `Input "push" entry "${oneLine(entry, 60)}" is not a repository name: use lowercase names such as myorg/app, one per line`
    )
  }
  if (target.isDockerHub && parts.length === 1) parts.unshift('library')
  return parts.join('/')
}

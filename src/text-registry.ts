/**
 * The registry a text a user pasted names (`explain` without --registry):
 * read from its requests, a registry's log, image references and storage
 * hosts (docs/registries.md §13w, §13z). Pure; the command line's alone,
 * so that the action's start-up never loads it.
 */
import { DOCKER_HUB, DOCKER_HUB_HOSTS } from './profiles/docker-hub.js'
import type { ProfileId } from './profiles/index.js'
import { storageOf } from './profiles/storage.js'
import { resolveRegistry } from './registry.js'
import { referenceHost } from './text.js'

/**
 * The hosts of image references a text quotes (`docker pull
 * 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1`, `failed to solve:
 * public.ecr.aws/x/y:1: …`, `[ghcr.io/o/app]`): a host with a dot or a
 * port before the first `/`, not inside a URL or a path; with where each
 * stands in the text.
 */
function imageHosts(text: string): { host: string; at: number }[] {
  return [
    ...text.matchAll(
      /(?<![\w.:/@%-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}(?::\d{1,5})?)\/[a-z0-9]/gi
    )
  ].map((m) => ({ host: m[1].toLowerCase(), at: m.index }))
}

/**
 * The references docker's own words name (`pull access denied for
 * acme/app`, `Unable to find image 'acme/app:1'`, `docker pull nginx`; Azure
 * Container Apps' `Invalid value: "<image>"`),
 * host or none: a reference without one is Docker Hub's (attack round 13:
 * a failing short name after an earlier pull from another registry).
 */
function namedReferences(text: string): { host: string; at: number }[] {
  // docker's own words, in any case; a command line as typed, in lower
  // case only (the runner's "Docker pull failed with exit code 1" names no
  // image; attack round 14), a --platform value skipped
  const said = text.matchAll(
    /(?:pull access denied for |unable to find image '|invalid value: ")([a-z0-9][\w.:/-]{0,254})/gi
  )
  // the command's first argument that is no option, read word by word
  // (a regular expression over the options was exponential on many of
  // them; attack round 15)
  const typed = [...text.matchAll(/\bdocker (?:pull|push) ([^\n]{0,2000})/g)]
    .map((m) => {
      const words = m[1].split(/\s+/)
      let i = 0
      while (i < words.length && words[i].startsWith('-')) {
        i += words[i] === '--platform' ? 2 : 1
      }
      const reference = words[i] ?? ''
      return /^[a-z0-9][\w.:/-]{0,254}$/.test(reference)
        ? { host: referenceHost(reference), at: m.index }
        : undefined
    })
    .filter((found) => found !== undefined)
  // BuildKit's and containerd's refused push names its reference whole
  // (`failed to push registry.example.com:5000/app:1: …`); one without a
  // host is not docker's (`Failed to push to …`)
  const pushed = text.matchAll(
    /\bfailed to push ((?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+|[a-z0-9-]+:\d{1,5})(?::\d{1,5})?\/[\w.:/-]{1,254})/gi
  )
  return [
    ...[...said, ...pushed].map((m) => ({
      host: referenceHost(m[1]),
      at: m.index
    })),
    ...typed
  ]
}

/**
 * The registry a text names (`explain` without --registry): the host of
 * the first registry request it quotes (a URL to `/v2/…`), else the first
 * URL host a registry family owns (ghcr.io, *.azurecr.io, Docker Hub's
 * token service), else the last image reference whose host a family owns
 * or that docker's words name (`pull access denied for acme/app`: Docker
 * Hub's; the failing pull or push is the log's last), else the registry whose
 * storage host it quotes. Links to documentation (aka.ms, docs.*), storage
 * hosts and unknown hosts of other requests (a token service of its own)
 * name none.
 */
export function registryNamedIn(text: string): string | undefined {
  return registriesIn(text).named
}

/**
 * The hosts of the URLs a text quotes, with their paths and where each
 * stands: Docker Hub by any of its names, its token service's too, as
 * docker.io.
 */
function urlsIn(text: string): { host: string; path?: string; at: number }[] {
  const realm = DOCKER_HUB.challenge?.('docker.io')?.realm
  const hubRealmHost = realm ? new URL(realm).host : undefined
  return [
    ...text.matchAll(
      // a host name or an IPv6 address in brackets (attack-26 repro-01)
      /https?:\/\/((?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::\d+)?)(\/[^\s"'`]*)?/g
    )
  ].map((m) => {
    const host = m[1].toLowerCase()
    const hub = host === hubRealmHost || DOCKER_HUB_HOSTS.includes(host)
    return { host: hub ? 'docker.io' : host, path: m[2], at: m.index }
  })
}

/** The registry requests (`/v2/…`) among a text's URLs, storage left out. */
function requestsIn<T extends { host: string; path?: string }>(
  urls: readonly T[]
): T[] {
  return urls.filter(
    ({ host, path }) =>
      path?.startsWith('/v2/') &&
      storageOf(host) === undefined &&
      profileOf(host) !== undefined
  )
}

/** The family of a registry host, or undefined for no registry address. */
function profileOf(host: string): ProfileId | undefined {
  try {
    return resolveRegistry(host, {}).profile
  } catch {
    return undefined // not a registry address (a port out of range…)
  }
}

/**
 * The last host of a family that a text names, a URL's or an image
 * reference's (storage hosts left out): the registry a wording only that
 * family uses is about, where the text's first registry request is
 * another's (attack-23 repro-01: a GHCR push's refusal after a retried
 * request to Docker Hub).
 */
export function lastHostOf(
  text: string,
  profile: ProfileId
): string | undefined {
  return [...urlsIn(text), ...imageHosts(text)]
    .filter(
      ({ host }) => storageOf(host) === undefined && profileOf(host) === profile
    )
    .sort((x, y) => x.at - y.at)
    .at(-1)?.host
}

/**
 * The registry of the line that decided (judgeText's `line`) in a text that
 * quotes a registry request: the host of a request on that line, else of
 * an image reference on it that a request names, a family owns or docker's
 * words name (`failed to push registry.example.com:5000/app:1`), else of
 * the last request before it (a log: a retried pull from Docker Hub, then a
 * push ghcr.io refused). Undefined where the line is not in the text.
 */
export function registryOfLine(text: string, line: string): string | undefined {
  const requests = requestsIn(urlsIn(text))
  const start = text.indexOf(line)
  if (start < 0) return undefined
  const hosts = new Set(requests.map(({ host }) => host))
  const onLine = requests.find(
    ({ at }) => at >= start && at < start + line.length
  )
  const named = [
    ...imageHosts(line).filter(
      ({ host }) =>
        hosts.has(host) || (profileOf(host) ?? 'generic') !== 'generic'
    ),
    ...namedReferences(line).filter(({ host }) => profileOf(host))
  ][0]
  return (
    onLine?.host ??
    named?.host ??
    requests.filter(({ at }) => at < start).at(-1)?.host
  )
}

/**
 * What registries a text names: `named` as registryNamedIn gives it, and
 * `requested`, the host of a registry request (`/v2/…`) it quotes, if any:
 * the registry the text is about, whatever its wording.
 */
export function registriesIn(text: string): {
  named: string | undefined
  requested: string | undefined
  /** the family a storage host names, where it names no host of it */
  family?: ProfileId
} {
  const urls = urlsIn(text)
  const owned = (host: string): boolean => {
    const profile = profileOf(host)
    return profile !== undefined && profile !== 'generic'
  }
  const api = requestsIn(urls)[0]
  if (api) return { named: api.host, requested: api.host }
  // a registry's own log names its host (distribution's http.request.host,
  // as text or JSON; attack rounds 14, 15)
  const logged =
    /\bhttp\.request\.host"?\s*[:=]\s*"?([a-z0-9.-]+(?::\d{1,5})?)/i
      .exec(text)?.[1]
      ?.toLowerCase()
  if (logged && profileOf(logged)) return { named: logged, requested: logged }
  // the storage hosts the text's URLs name (docs/registries.md §13w)
  const storages = urls.flatMap(({ host }) => storageOf(host) ?? [])
  // the last reference a family owns or docker's words name: a log's
  // failing pull or push is its last
  const references = [
    ...imageHosts(text).filter(({ host }) => owned(host)),
    ...namedReferences(text).filter(({ host }) => profileOf(host))
  ].sort((a, b) => a.at - b.at)
  const named =
    urls.find(({ host }) => owned(host))?.host ??
    references.at(-1)?.host ??
    storages.find((storage) => storage.named)?.named
  if (named) return { named, requested: undefined }
  const family = storages.find((storage) => storage.family)?.family
  return family
    ? { named: undefined, requested: undefined, family }
    : { named: undefined, requested: undefined }
}

/**
 * The docker credential helper a text names (`docker-credential-desktop`,
 * `docker-credential-ecr-login.exe`), the last it names: `explain` has no
 * docker config to read it from (attack-63: "The docker credential helper
 * the helper failed", "Run `the helper list`"). Not the package that holds
 * them, docker-credential-helpers.
 */
export function helperIn(text: string): string | undefined {
  const named = (text.match(/\bdocker-credential-[a-z0-9][a-z0-9_.-]*/gi) ?? [])
    .map((name) => name.replace(/\.exe$/i, '').replace(/[._-]+$/, ''))
    .filter((name) => name.toLowerCase() !== 'docker-credential-helpers')
    .at(-1)
  // Docker Desktop's helper logs as CredentialHelperPKG and talks to its
  // backend's pipe (CLI096; attack-67, below its bar)
  return (
    named ??
    (/credentialhelperpkg|dockerbackendapiserver/i.test(text)
      ? 'docker-credential-desktop'
      : undefined)
  )
}

/**
 * Where a registry is: the server `docker login` is given, the base URL the
 * preflight talks to, and the profile that answers for it.
 */
import {
  baseUrl,
  ENDPOINTS_ENV,
  endpointHost,
  parseEndpoints,
  type Endpoints
} from './endpoints.js'
import { InputError } from './errors.js'
import { DOCKER_HUB, DOCKER_HUB_HOSTS } from './profiles/docker-hub.js'
import { profileById, recognise, type ProfileId } from './profiles/index.js'
import { isTokenShaped } from './redact.js'
import { holdsCredentials, oneLine } from './text.js'

/** The environment variable that points "Docker Hub" somewhere else. */
export const HUB_OVERRIDE_ENV = 'DOCKER_LOGIN_PREFLIGHT_HUB'

export { ENDPOINTS_ENV, type Endpoints }

/** A resolved registry. */
export interface RegistryTarget {
  /** the registry as the user wrote it */
  input: string
  /** its host[:port] as the user named it (`docker.io` for Docker Hub) */
  host: string
  /** what `docker login` and `docker logout` are given */
  server: string
  isDockerHub: boolean
  /** the profile recognised by the host (the challenge may refine it) */
  profile: ProfileId
  /** base URL of the registry API (`…/v2/`) */
  registryUrl: string
  /** base URL of the Docker Hub API, for Docker Hub only */
  hubApiUrl?: string
  /**
   * the challenge the registry is known to send (Docker Hub's, GHCR's…):
   * its token service is asked without a ping first
   */
  challenge?: { realm: string; service: string }
  /**
   * hosts sent elsewhere (DOCKER_LOGIN_PREFLIGHT_ENDPOINTS): every request
   * to one of them goes to its base URL instead
   */
  endpoints: Endpoints
}

/**
 * Resolves the `registry` input. Docker Hub in any of its spellings
 * (including `https://index.docker.io/v1/`) becomes `docker.io`; other values
 * must be a host with an optional port. With `DOCKER_LOGIN_PREFLIGHT_HUB` set
 * (a base URL such as `http://127.0.0.1:5000`), Docker Hub is reached there
 * for every request, and `docker login` targets that host. With the
 * registry's host in `DOCKER_LOGIN_PREFLIGHT_ENDPOINTS`, likewise for that
 * host; the profile is still the one of the host the user named.
 */
export function resolveRegistry(
  input: string,
  env: NodeJS.ProcessEnv = process.env
): RegistryTarget {
  const host = registryHost(input)
  const endpoints = parseEndpoints(env[ENDPOINTS_ENV])
  if (DOCKER_HUB_HOSTS.includes(host)) {
    const hubChallenge = DOCKER_HUB.challenge?.('docker.io') as {
      realm: string
      service: string
    }
    const override =
      env[HUB_OVERRIDE_ENV]?.trim() ||
      DOCKER_HUB_HOSTS.map((h) => endpoints.get(h)).find(Boolean)
    if (override) {
      const url = parseOverride(override, HUB_OVERRIDE_ENV)
      return {
        input,
        host: 'docker.io',
        server: url.host,
        isDockerHub: true,
        profile: 'docker-hub',
        registryUrl: url.origin,
        hubApiUrl: url.origin,
        // the stand-in serves the token service at /token of the same base
        challenge: { ...hubChallenge, realm: `${url.origin}/token` },
        endpoints
      }
    }
    return {
      input,
      host: 'docker.io',
      server: 'docker.io',
      isDockerHub: true,
      profile: 'docker-hub',
      registryUrl: 'https://registry-1.docker.io',
      hubApiUrl: 'https://hub.docker.com',
      challenge: hubChallenge,
      endpoints
    }
  }
  // a Docker Hub name with a port is not Docker Hub's registry
  const recognised = recognise(host)
  const profile = recognised === 'docker-hub' ? 'generic' : recognised
  const known = profileById(profile).challenge?.(host)
  const elsewhere = endpoints.get(host)
  // https for every registry; on loopback the HTTP client falls back to
  // http:// when the server does not speak TLS, as docker does (docker
  // tries https, then http, for its "insecure" loopback registries)
  return {
    input,
    host,
    server: endpointHost(host, endpoints),
    isDockerHub: false,
    profile,
    registryUrl: elsewhere ?? `https://${host}`,
    // a known realm is used where its requests go where the registry's go
    ...(known && reachable(known.realm, host, endpoints)
      ? { challenge: known }
      : {}),
    endpoints
  }
}

/**
 * Whether a known realm can be asked as it is: the registry is not sent
 * elsewhere, or the realm's host is (its requests follow the endpoints).
 */
function reachable(realm: string, host: string, endpoints: Endpoints): boolean {
  if (!endpoints.has(host)) return true
  try {
    return endpoints.has(new URL(realm).host)
  } catch {
    return false
  }
}

/**
 * The host[:port] of a `registry` input. A scheme is tolerated, and so is a
 * path: docker login keeps only the host of its server address
 * (docker/cli cli/command/registry.go GetDefaultAuthConfig →
 * credentials.ConvertToHostname), so `ghcr.io/owner` logs in to ghcr.io
 * with docker/login-action, and here too (docs/registries.md §0).
 */
export function registryHost(input: string): string {
  let value = input.trim()
  if (value === '') return 'docker.io'
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)
  if (scheme) {
    if (!['http', 'https'].includes(scheme[1].toLowerCase())) {
      throw new InputError(
        `Input "registry" must be a registry host such as ghcr.io, not a ${scheme[1]}:// URL`
      )
    }
    value = value.slice(scheme[0].length)
  }
  if (holdsCredentials(value)) {
    // never quoted: `user:token@` holds a secret
    throw new InputError(
      'Input "registry" holds credentials (user:password@host): give the host alone, and the username and password in their own inputs'
    )
  }
  const slash = value.indexOf('/')
  const host = (slash === -1 ? value : value.slice(0, slash)).toLowerCase()
  if (
    !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/.test(
      host
    )
  ) {
    // a token pasted into the wrong input is never quoted
    const got = isTokenShaped(input)
      ? 'got a value shaped like a token, not quoted'
      : `got "${oneLine(input, 60)}"`
    throw new InputError(
      `Input "registry" must be a registry host such as ghcr.io or docker.io (${got})`
    )
  }
  const port = /:(\d+)$/.exec(host)?.[1]
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    throw new InputError(
      `Input "registry" has port ${port}: a port is a number from 1 to 65535`
    )
  }
  return host
}

/** DOCKER_LOGIN_PREFLIGHT_HUB's base URL (endpoints.ts baseUrl). */
export function parseOverride(value: string, variable: string): URL {
  return baseUrl(value, variable)
}

/**
 * A layer's storage host (docs/registries.md §13r, §13w): where a registry
 * sends a client for a blob, never the registry a text is about, though
 * its URL may hold `/v2/`. Those one registry alone uses name it; the
 * others (any CDN, S3 bucket, Azure or Google storage) name none.
 */
const STORAGE_HOSTS: readonly (readonly [
  RegExp,
  (host: RegExpExecArray) => string | undefined
])[] = [
  [/^production\.cloud(flare|front)\.docker\.com$/, () => 'docker.io'],
  [/^docker-images-prod\..+\.r2\.cloudflarestorage\.com$/, () => 'docker.io'],
  [/^pkg-containers\.githubusercontent\.com$/, () => 'ghcr.io'],
  [/^cdn(0[1-3])?\.quay\.io$/, () => 'quay.io'],
  // ECR Public's layers (EKS Anywhere's network requirements)
  [/^d2glxqk2uabbnd\.cloudfront\.net$/, () => 'public.ecr.aws'],
  // a dedicated data endpoint: <registry>.<region>.data.azurecr.io
  [
    /^([a-z0-9-]+)\.[a-z0-9-]+\.data\.azurecr\.io$/,
    (m) => `${m[1]}.azurecr.io`
  ],
  [
    /-starport-layer-bucket\.|\.cloudfront\.net$|\.r2\.cloudflarestorage\.com$|\.blob\.core\.windows\.net$|^storage\.googleapis\.com$|\.s3[.-].*amazonaws\.com$/,
    () => undefined
  ]
]

/**
 * Storage hosts of one family whose host they do not name: ECR's S3 layer
 * bucket serves every account of its region (attack round 13).
 */
const STORAGE_FAMILIES: readonly (readonly [RegExp, ProfileId])[] = [
  [/^prod-[a-z0-9-]+-starport-layer-bucket\./, 'ecr']
]

/** A storage host's registry (`null`: a storage host of no one registry). */
function storageOwner(host: string): string | null | undefined {
  for (const [pattern, owner] of STORAGE_HOSTS) {
    const m = pattern.exec(host)
    if (m) return owner(m) ?? null
  }
  return undefined
}

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
  const hostOf = (reference: string): string => {
    const first = reference.split('/')[0].toLowerCase()
    const hosted = reference.includes('/') && /[.:]|^localhost$/.test(first)
    return hosted ? first : 'docker.io'
  }
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
        ? { host: hostOf(reference), at: m.index }
        : undefined
    })
    .filter((found) => found !== undefined)
  return [
    ...[...said].map((m) => ({ host: hostOf(m[1]), at: m.index })),
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
  // Docker Hub's token service names Docker Hub too
  const realm = DOCKER_HUB.challenge?.('docker.io')?.realm
  const hubRealmHost = realm ? new URL(realm).host : undefined
  const urls = [
    ...text.matchAll(/https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)(\/[^\s"'`]*)?/g)
  ].map(([, named, path]) => {
    const host = named.toLowerCase()
    // Docker Hub by any of its names, its token service's too: docker.io
    const hub = host === hubRealmHost || DOCKER_HUB_HOSTS.includes(host)
    return { host: hub ? 'docker.io' : host, path }
  })
  const profileOf = (host: string): ProfileId | undefined => {
    try {
      return resolveRegistry(host, {}).profile
    } catch {
      return undefined // not a registry address (a port out of range…)
    }
  }
  const owned = (host: string): boolean => {
    const profile = profileOf(host)
    return profile !== undefined && profile !== 'generic'
  }
  const api = urls.find(
    ({ host, path }) =>
      path?.startsWith('/v2/') &&
      storageOwner(host) === undefined &&
      profileOf(host)
  )
  if (api) return { named: api.host, requested: api.host }
  // a registry's own log names its host (distribution's http.request.host,
  // as text or JSON; attack rounds 14, 15)
  const logged =
    /\bhttp\.request\.host"?\s*[:=]\s*"?([a-z0-9.-]+(?::\d{1,5})?)/i
      .exec(text)?.[1]
      ?.toLowerCase()
  if (logged && profileOf(logged)) return { named: logged, requested: logged }
  // the last reference a family owns or docker's words name: a log's
  // failing pull or push is its last
  const references = [
    ...imageHosts(text).filter(({ host }) => owned(host)),
    ...namedReferences(text).filter(({ host }) => profileOf(host))
  ].sort((a, b) => a.at - b.at)
  const named =
    urls.find(({ host }) => owned(host))?.host ??
    references.at(-1)?.host ??
    urls.map(({ host }) => storageOwner(host)).find((owner) => owner)
  if (named) return { named, requested: undefined }
  const family = urls
    .map(({ host }) => STORAGE_FAMILIES.find(([pattern]) => pattern.test(host)))
    .find((found) => found)?.[1]
  return family
    ? { named: undefined, requested: undefined, family }
    : { named: undefined, requested: undefined }
}

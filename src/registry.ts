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
import type { KnownChallenge } from './profiles/types.js'
import { startsLikeToken } from './redact.js'
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
  challenge?: KnownChallenge
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
  const recognised = recogniseHost(host, env)
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
 * The family of a registry host, as `recognise` reads it, and GHCR's for
 * the Container registry of the GitHub Enterprise Server the job runs on
 * (the action, doctor on a runner).
 */
export function recogniseHost(host: string, env: NodeJS.ProcessEnv): ProfileId {
  return enterpriseContainerRegistry(host, env) ? 'ghcr' : recognise(host)
}

/**
 * Whether the host is the Container registry of the GitHub Enterprise
 * Server the job runs on: containers.HOSTNAME, HOSTNAME from the runner's
 * GITHUB_SERVER_URL (docs/registries.md §13qq (h)). GitHub.com's is
 * ghcr.io, which the profile knows by name.
 */
function enterpriseContainerRegistry(
  host: string,
  env: NodeJS.ProcessEnv
): boolean {
  const server = env.GITHUB_SERVER_URL?.trim()
  if (!server) return false
  try {
    const name = new URL(server).hostname.toLowerCase()
    return name !== 'github.com' && host.toLowerCase() === `containers.${name}`
  } catch {
    return false
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
        `Input "registry" must be a registry host such as ghcr.io, not a ${oneLine(scheme[1], 20)}:// URL`
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
    const got = startsLikeToken(input)
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

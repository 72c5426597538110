/**
 * DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: registry hosts sent to other base URLs
 * (emulators, for tests and demos). Every request for such a host goes to
 * its base URL; `docker login` and `docker logout` get the base URL's host.
 */
import { InputError } from './errors.js'
import { oneLine } from './text.js'

/**
 * The environment variable that points any registry host somewhere else:
 * `host=base-url` pairs, comma-separated
 * (`ghcr.io=http://127.0.0.1:5001,quay.io=http://127.0.0.1:5002`).
 */
export const ENDPOINTS_ENV = 'DOCKER_LOGIN_PREFLIGHT_ENDPOINTS'

/** host[:port] → base URL (origin), from DOCKER_LOGIN_PREFLIGHT_ENDPOINTS. */
export type Endpoints = ReadonlyMap<string, string>

/**
 * Parses DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `host=base-url` pairs separated
 * by commas (spaces around them ignored). A malformed pair is an input
 * error naming the variable.
 */
export function parseEndpoints(value: string | undefined): Endpoints {
  const endpoints = new Map<string, string>()
  for (const raw of (value ?? '').split(',')) {
    const pair = raw.trim()
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const host = eq === -1 ? '' : pair.slice(0, eq).trim().toLowerCase()
    if (
      eq === -1 ||
      !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/.test(host)
    ) {
      throw new InputError(
        `${ENDPOINTS_ENV} must be host=base-url pairs separated by commas, such as ghcr.io=http://127.0.0.1:5001 (got "${oneLine(pair, 60)}")`
      )
    }
    endpoints.set(host, baseUrl(pair.slice(eq + 1).trim()).origin)
  }
  return endpoints
}

/**
 * The host docker login and logout are given for a registry host: the
 * host of its base URL where DOCKER_LOGIN_PREFLIGHT_ENDPOINTS names it, else
 * the host itself.
 */
export function endpointHost(host: string, endpoints: Endpoints): string {
  const base = endpoints.get(host)
  return base ? new URL(base).host : host
}

/**
 * A URL with its host sent where DOCKER_LOGIN_PREFLIGHT_ENDPOINTS says, or
 * as it is.
 */
export function endpointUrl(url: string, endpoints: Endpoints): string {
  if (endpoints.size === 0) return url
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  const base = endpoints.get(parsed.host)
  if (!base) return url
  return `${base}${parsed.pathname}${parsed.search}`
}

/** An http:// or https:// base URL, or an input error. */
function baseUrl(value: string): URL {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new InputError(
      `${ENDPOINTS_ENV} must give each host an http:// or https:// base URL, such as ghcr.io=http://127.0.0.1:5001 (got "${oneLine(value, 60)}")`
    )
  }
  return url
}

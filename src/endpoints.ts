/**
 * DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: registry hosts sent to other base URLs
 * (emulators, for tests and demos). Every request for such a host goes to
 * its base URL; `docker login` and `docker logout` get the base URL's host.
 */
import { InputError } from './errors.js'
import { holdsCredentials, oneLine } from './text.js'

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
    // never quoted: `user:password@` holds a secret (D12)
    if (
      holdsCredentials(pair) ||
      (eq !== -1 && holdsCredentials(pair.slice(eq + 1)))
    ) {
      throw credentialsInBaseUrl(ENDPOINTS_ENV)
    }
    // a host as hosts are compared: in lower case
    const host = eq === -1 ? '' : pair.slice(0, eq).trim().toLowerCase()
    const port = /:(\d{1,5})$/.exec(host)?.[1]
    if (
      eq === -1 ||
      !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/.test(host) ||
      (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    ) {
      throw new InputError(
        `${ENDPOINTS_ENV} must be comma-separated host=base-url pairs such as ghcr.io=http://127.0.0.1:5001, ports 1 to 65535 (got "${oneLine(pair, 40)}")`
      )
    }
    if (endpoints.has(host)) {
      throw new InputError(
        `${ENDPOINTS_ENV} names ${oneLine(host, 60)} twice: give each host one base URL`
      )
    }
    endpoints.set(
      host,
      baseUrl(pair.slice(eq + 1).trim(), ENDPOINTS_ENV).origin
    )
  }
  return endpoints
}

/**
 * The error of a base URL holding `user:password@` (DOCKER_LOGIN_PREFLIGHT_HUB,
 * DOCKER_LOGIN_PREFLIGHT_ENDPOINTS): it names the variable, never the value.
 */
export function credentialsInBaseUrl(variable: string): InputError {
  return new InputError(
    `${variable} holds credentials (user:password@host): give the base URL alone, such as http://127.0.0.1:5000; the preflight sends the login's own credential`
  )
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

/**
 * An http:// or https:// base URL with a port from 1 to 65535, or an
 * input error naming `variable`. A value holding `user:password@` is
 * refused without being quoted (D12), whether or not it reads as a URL.
 */
export function baseUrl(value: string, variable: string): URL {
  if (holdsCredentials(value)) throw credentialsInBaseUrl(variable)
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.port === '0') {
    throw new InputError(
      `${variable} must give an http:// or https:// base URL such as http://127.0.0.1:5001, port 1 to 65535 (got "${oneLine(value, 40)}")`
    )
  }
  return url
}

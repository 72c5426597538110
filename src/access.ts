/**
 * What a valid credential may do: push to the repositories the build will
 * push to, and how much of the pull rate limit is left. Both run after the
 * preflight accepted the credential, concurrently with `docker login`, and
 * only gather: the judge decides what the answers mean.
 */
import type { HttpExchange, PushEvidence } from './evidence.js'
import { send, type RetryPolicy } from './http.js'
import type { Realm } from './preflight.js'
import {
  basicAuthorization,
  grantedActions,
  MAX_URL_CHARS,
  pushScope,
  tokenOf
} from './protocol.js'

/** Requests in flight at once for the push checks. */
const CONCURRENCY = 8

/**
 * Asks the token service for push on the repositories, as few at a time
 * as one URL takes (`repository:<name>:push,pull` each), and reads the
 * actions the returned JWT grants on each. A refused request for several
 * repositories is asked again for each on its own, to tell which.
 */
export async function checkPushAccess(
  realm: Realm,
  username: string,
  password: string,
  repositories: readonly string[],
  policy: RetryPolicy
): Promise<PushEvidence[]> {
  const authorization = basicAuthorization(username, password)
  const urlFor = (part: readonly string[]): string => {
    const url = new URL(realm.url)
    url.searchParams.set('account', username)
    if (realm.service) url.searchParams.set('service', realm.service)
    for (const repository of part) {
      url.searchParams.append('scope', pushScope(repository))
    }
    return url.toString()
  }
  const ask = async (part: readonly string[]): Promise<PushEvidence[]> => {
    const { exchange, body } = await send(
      {
        step: 'push-token',
        method: 'GET',
        url: urlFor(part),
        headers: { authorization }
      },
      policy
    )
    const token = exchange.status === 200 ? tokenOf(body) : undefined
    return part.map((repository) => ({
      repository,
      exchange,
      granted: token ? grantedActions(token, repository) : undefined
    }))
  }
  const checked = await inTurns(
    partsOf(repositories, (part) => urlFor(part).length <= MAX_URL_CHARS),
    async (part) => {
      const answered = await ask(part)
      const status = answered[0].exchange.status
      if (part.length === 1 || (status !== 401 && status !== 403)) {
        return answered
      }
      const alone = await inTurns(
        part.map((repository) => [repository]),
        ask
      )
      return alone.flat()
    }
  )
  return checked.flat()
}

/** Consecutive parts of a list, each as long as `fits` allows (one at least). */
function partsOf<T>(
  items: readonly T[],
  fits: (part: readonly T[]) => boolean
): T[][] {
  const parts: T[][] = []
  for (const item of items) {
    const last = parts[parts.length - 1]
    if (last && fits([...last, item])) last.push(item)
    else parts.push([item])
  }
  return parts
}

/** Maps each item with at most CONCURRENCY calls in flight, in order. */
async function inTurns<T, R>(
  items: readonly T[],
  map: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index])
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker)
  )
  return results
}

/**
 * Push checks answered by the login token itself, which was asked for push
 * on every repository: no request more.
 */
export function pushFromGrants(
  grants: Record<string, string[]>,
  token: HttpExchange
): PushEvidence[] {
  return Object.entries(grants).map(([repository, granted]) => ({
    repository,
    exchange: token,
    granted
  }))
}

/**
 * `HEAD`s the rate-limit preview manifest with the credential's token (a
 * HEAD counts no pull; docs/docker-hub.md §4).
 */
export async function probeRateLimit(
  registryUrl: string,
  repository: string,
  token: string,
  policy: RetryPolicy
): Promise<HttpExchange> {
  const { exchange } = await send(
    {
      step: 'rate-limit',
      method: 'HEAD',
      url: `${registryUrl}/v2/${repository}/manifests/latest`,
      headers: {
        authorization: `Bearer ${token}`,
        accept:
          'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json'
      }
    },
    policy
  )
  return exchange
}

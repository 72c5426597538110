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
  statesAccess,
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
  policy: RetryPolicy,
  /** the registry's base URL: an opaque token is tried with the push probe */
  registryUrl?: string,
  /**
   * every repository was already refused together (the login's token
   * request with their push scopes): ask each alone at once
   */
  separately = false
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
    if (token && registryUrl && !statesAccess(token)) {
      // a token that says nothing (opaque, or a JWT without access): start
      // an upload with it, as a push
      const authorization = `Bearer ${token}`
      return inTurns(part, async (repository) => ({
        repository,
        exchange,
        ...(await probeUpload(registryUrl, repository, authorization, policy))
      }))
    }
    return part.map((repository) => ({
      repository,
      exchange,
      granted: token ? grantedActions(token, repository) : undefined
    }))
  }
  const checked = await inTurns(
    separately
      ? repositories.map((repository) => [repository])
      : partsOf(repositories, (part) => urlFor(part).length <= MAX_URL_CHARS),
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

/**
 * The push probe (docs/registries.md §11): starts a blob upload in the
 * repository as a push begins (`POST /v2/<name>/blobs/uploads/`, no body,
 * no digest: nothing is written) and, when it started a session (`202
 * Accepted`), cancels it (`DELETE` on its `Location`). A 2xx proves the
 * right to push where the registry checks it there (GHCR does); 401 and 403
 * deny it. The POST is sent once (not again after a timeout or an
 * answer: a session it opened would be left open), the DELETE retried as
 * any request. Only a 202 is cancelled: a `201 Created` means the registry
 * completed an upload and its `Location` is a blob, whose `DELETE` would
 * delete the blob; no other 2xx opens a session either. The answer of the
 * cancellation is recorded and otherwise ignored: a registry that does not
 * cancel (GHCR answers 405) expires the session itself.
 */
/**
 * Whether the login's credential may go with a request to `url`: only to
 * the scheme, host and port that answered the request it follows (`answered`,
 * the URL the upload's POST went to: http:// where a loopback registry
 * answered over http), as docker's authorizer keys credentials by the
 * endpoint it talked to. An http:// Location answered over https (from
 * behind a TLS-terminating proxy), another port or host, gets none.
 */
export function credentialMayGo(url: string, answered: string): boolean {
  return new URL(url).origin === new URL(answered).origin
}

export async function probeUpload(
  registryUrl: string,
  repository: string,
  authorization: string,
  policy: RetryPolicy
): Promise<Pick<PushEvidence, 'upload' | 'cancel'>> {
  const started = await send(
    {
      step: 'upload',
      method: 'POST',
      url: `${registryUrl}/v2/${repository}/blobs/uploads/`,
      headers: { authorization },
      body: ''
    },
    // a POST that may have opened a session is not sent again, and is
    // waited for until the preflight's deadline rather than one attempt's
    // time: only the session whose Location came back can be cancelled
    // (attack-41 A41-01); its status and Location count once they came,
    // whether or not its body ends in time (attack-52)
    {
      ...policy,
      notIdempotent: true,
      headersSuffice: true,
      timeoutMs: Math.max(policy.timeoutMs, policy.deadline - Date.now())
    }
  )
  const location = started.location
  // only a 202 opened a session: a 201's Location is a blob, and DELETE on
  // it would delete the blob (distribution-spec end-10)
  if (started.exchange.status !== 202 || !location) {
    return { upload: started.exchange }
  }
  let url: string
  try {
    // a relative Location is on the server that answered
    url = new URL(location, started.url).toString()
  } catch {
    return { upload: started.exchange }
  }
  // the cancellation goes with the same credential, to that server only
  const sameHost = credentialMayGo(url, started.url)
  const cancelled = await send(
    {
      step: 'upload-cancel',
      method: 'DELETE',
      url,
      headers: sameHost ? { authorization } : {},
      body: ''
    },
    // a DELETE may be sent again: a passing 5xx or timeout would leave the
    // session open (attack-41 A41-01); it is clean-up, and gets one
    // timeout past the preflight's deadline when the POST's wait took it
    // (attack-42 A42-03); its status is the answer, whether or not its
    // body ends in time (attack-55: a dripping 202 read "got no answer")
    {
      ...policy,
      headersSuffice: true,
      deadline: Math.max(policy.deadline, Date.now() + policy.timeoutMs)
    }
  )
  // the upload's state rides in the Location's query (distribution's
  // `_state`): the evidence keeps the URL without it, as the Location
  const cancel = {
    ...cancelled.exchange,
    url: cancelled.exchange.url.replace(/[?#].*$/s, '')
  }
  return { upload: started.exchange, cancel }
}

/**
 * The push probe for each repository with one authorization (the login's
 * opaque token, or Basic credentials), a few at a time.
 */
export async function probePushAccess(
  registryUrl: string,
  repositories: readonly string[],
  authorization: string,
  policy: RetryPolicy,
  /** the exchange that answers for the credential (the login's) */
  login: HttpExchange
): Promise<PushEvidence[]> {
  return inTurns(repositories, async (repository) => ({
    repository,
    exchange: login,
    ...(await probeUpload(registryUrl, repository, authorization, policy))
  }))
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

/**
 * Maps each item with at most `limit` calls in flight (CONCURRENCY unless
 * given), the results in the items' order.
 */
export async function inTurns<T, R>(
  items: readonly T[],
  map: (item: T) => Promise<R>,
  limit = CONCURRENCY
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
    Array.from({ length: Math.min(limit, items.length) }, worker)
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

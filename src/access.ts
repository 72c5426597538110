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
  pushScope,
  tokenOf
} from './protocol.js'

/**
 * Asks the token service, for each repository and all at once, for a token
 * with scope `repository:<name>:push,pull`, and reads the actions the
 * returned JWT grants.
 */
export async function checkPushAccess(
  realm: Realm,
  username: string,
  password: string,
  repositories: readonly string[],
  policy: RetryPolicy
): Promise<PushEvidence[]> {
  const authorization = basicAuthorization(username, password)
  return Promise.all(
    repositories.map(async (repository): Promise<PushEvidence> => {
      const url = new URL(realm.url)
      url.searchParams.set('account', username)
      if (realm.service) url.searchParams.set('service', realm.service)
      url.searchParams.set('scope', pushScope(repository))
      const { exchange, body } = await send(
        {
          step: 'push-token',
          method: 'GET',
          url: url.toString(),
          headers: { authorization }
        },
        policy
      )
      const token = exchange.status === 200 ? tokenOf(body) : undefined
      const granted = token ? grantedActions(token, repository) : undefined
      return { repository, exchange, granted }
    })
  )
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

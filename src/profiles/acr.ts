/**
 * Azure Container Registry (docs/registries.md §7): `<name>.azurecr.io`, a
 * token service at `/oauth2/token` that returns JWT access tokens (push is
 * read from their `access` claim), and four kinds of login: the admin user
 * (the registry's name), a service principal (its application ID, a GUID),
 * the zero GUID with an ACR token from `az acr login --expose-token` (about
 * three hours), and a repository-scoped token (its name).
 */
import { GUID_SHAPE, parseJwtPayload } from '../protocol.js'
import { CLOCK_SKEW_MS, expiredDetail } from './common.js'
import type { Profile, ShapeProblem } from './types.js'

/** The username `az acr login --expose-token` gives. */
export const ACR_TOKEN_USER = '00000000-0000-0000-0000-000000000000'
/**
 * A registry's login server: `<name>.azurecr.io` (and national clouds),
 * `<name>-<hash>.azurecr.io` where a domain name label scope adds a hash
 * (docs/registries.md §7 (k); Azure/azure-cli#30404), or a geo-replica's
 * regional endpoint `<name>.<region>.geo.azurecr.io` (§13y). Not a
 * dedicated data endpoint (`<name>.<region>.data.azurecr.io`): layers only.
 */
export const ACR_HOST =
  /^[a-z0-9]+(?:-[a-z0-9]+)?(?:\.[a-z0-9]+\.geo)?\.azurecr\.(io|cn|us|de)$/

/** A regional endpoint: a login server whose token service we do not know. */
const REGIONAL_ENDPOINT = /\.geo\.azurecr\.[a-z]+$/

export { CLOCK_SKEW_MS } from './common.js'

/**
 * When an ACR token (the zero-GUID password) expires: it is a JWT with an
 * `exp` in seconds (docs/registries.md §7 (e)). Undefined when it does not
 * read so.
 */
export function acrTokenExpiry(password: string): number | undefined {
  if (password.length > 16 * 1024) return undefined
  const payload = parseJwtPayload(password) as { exp?: unknown } | undefined
  const exp = payload?.exp
  return typeof exp === 'number' && Number.isFinite(exp)
    ? exp * 1000
    : undefined
}

/** Azure Container Registry. */
export const ACR: Profile = {
  id: 'acr',
  name: 'Azure Container Registry',
  recognise: { hosts: [], hostPatterns: [ACR_HOST] },
  // docs/registries.md §7 (a); a regional endpoint's challenge is asked
  // for (§13y): its token service's `service` is not documented
  challenge: (host) =>
    REGIONAL_ENDPOINT.test(host)
      ? undefined
      : { realm: `https://${host}/oauth2/token`, service: host },
  credentials: [
    {
      kind: 'acr-access-token',
      test: (_value, username) => username === ACR_TOKEN_USER,
      isToken: false,
      check: (password, _username, now): ShapeProblem | undefined => {
        const expiry = acrTokenExpiry(password)
        if (expiry === undefined || expiry + CLOCK_SKEW_MS > now) {
          return undefined
        }
        return {
          problem: 'token-expired',
          diagnosis: 'token-expired',
          detail: expiredDetail(expiry, now),
          byClock: true
        }
      }
    },
    {
      kind: 'azure-service-principal',
      test: (_value, username) => GUID_SHAPE.test(username),
      isToken: false
    }
  ],
  texts: () => import('./texts/acr.js').then((m) => m.REMEDIATION)
}

/**
 * The GitHub ID token, through `@actions/core`'s `getIDToken`, which sends
 * `GET ${ACTIONS_ID_TOKEN_REQUEST_URL}&audience=…` with the request token
 * and masks the answer (docs/docker-hub.md §7 (c)). It pulls in
 * @actions/http-client and undici: only src/oidc.ts imports this module,
 * through `import()`, so the bundles load them only for an OIDC login (a
 * lazy chunk).
 */
import { getIDToken } from '@actions/core'

/** The job's GitHub ID token for `audience`; throws as getIDToken does. */
export async function requestIdToken(audience: string): Promise<string> {
  return getIDToken(audience)
}

/**
 * Harbor (docs/registries.md §4): self-managed, recognised by its token
 * service (`/service/token`, service `harbor-registry`); robot accounts
 * named `robot$<name>` or `robot$<project>+<name>` that expire, users with
 * passwords or (OIDC) CLI secrets. Every refused login reads the same
 * (`unauthorized: authentication required`), and the token service gives a
 * refused credential a token for nobody once scopes are asked: the login's
 * token is asked without push scopes, and push read from the JWTs after.
 */
import type { Profile } from './types.js'

/** Harbor. */
export const HARBOR: Profile = {
  id: 'harbor',
  name: 'Harbor',
  recognise: {
    hosts: [],
    // docs/registries.md §4 (a), (d): Bearer realm="<host>/service/token",service="harbor-registry"
    challenge: (challenge) =>
      challenge.params.service === 'harbor-registry' ||
      /\/service\/token\/?$/.test(challenge.params.realm ?? '')
  },
  // docs/registries.md §4 (d): a wrong credential gets a token for nobody
  // when scopes are asked (src/core/service/token/creator.go)
  pushScopesAtLogin: false,
  // docs/registries.md §4 (b): `robot$` is the default prefix (a robot is
  // `<prefix><project>+<name>`); `robot+ci` is what a shell leaves of
  // `robot$library+ci` (HBR101): still a robot of Harbor's here, not a
  // Quay robot (attack-16 repro-04)
  credentials: [
    {
      kind: 'harbor-robot',
      test: (_value, username) =>
        username.startsWith('robot$') ||
        /^[a-z0-9_.-]*\+[a-z0-9_.-]+$/i.test(username),
      isToken: false
    }
  ],
  texts: () => import('./texts/harbor.js').then((m) => m.REMEDIATION)
}

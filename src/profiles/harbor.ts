/**
 * Harbor (docs/registries.md §4): self-managed, recognised by its token
 * service (`/service/token`, service `harbor-registry`); robot accounts
 * named `robot$<name>` or `robot$<project>+<name>` that expire, users with
 * passwords or (OIDC) CLI secrets. Every refused login reads the same
 * (`unauthorized: authentication required`), and the token service gives a
 * refused credential a token for nobody once scopes are asked: the login's
 * token is asked without push scopes, and push read from the JWTs after.
 */
import { REFINING_PROBLEMS } from './common.js'
import type { Evidence } from '../evidence.js'
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
  refinements: [
    {
      // `robot$name` or `robot$project+name` after a shell expanded `$…`
      id: 'HBR101',
      from: 'invalid-credentials',
      refine: (evidence: Evidence) => {
        const refined = evidence.input.findings.some((f) =>
          REFINING_PROBLEMS.includes(f.problem)
        )
        if (refined || !shellMangledRobot(evidence.username)) return undefined
        return {
          diagnosis: 'invalid-credentials',
          lines: [
            "the username looks like a robot account name (robot$…) whose $… part a shell expanded to nothing: quote it as 'robot$…'"
          ],
          changed: false
        }
      },
      source:
        'docs/registries.md §4 (b), (c): goharbor/harbor#7944 (account=robot in the token request), #13858, #9553; kubesphere/kubekey#1759'
    }
  ],
  texts: () => import('./texts/harbor.js').then((m) => m.REMEDIATION)
}

/**
 * A username that is what a shell leaves of `robot$name` (`robot`) or
 * `robot$project+name` (`robot+name`).
 */
function shellMangledRobot(username: string): boolean {
  const name = username.trim()
  return name === 'robot' || /^robot\+[^$]+$/.test(name)
}

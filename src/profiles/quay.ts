/**
 * Quay (quay.io and Red Hat Quay; docs/registries.md §3): a JWT token
 * service at `/v2/auth` (service: the server's host name), robot accounts
 * named `<namespace>+<robot>`, users with (encrypted) passwords. Quay
 * grants what the credential may do and drops the rest, and answers a
 * repository that does not exist like one the credential may not use.
 */
import type { Profile } from './types.js'

/** Quay. */
export const QUAY: Profile = {
  id: 'quay',
  name: 'Quay',
  recognise: {
    hosts: ['quay.io'],
    // Red Hat Quay: docs/registries.md §3 (d), realm https://<host>/v2/auth
    challenge: (challenge) =>
      challenge.scheme === 'bearer' &&
      /\/v2\/auth\/?$/.test(challenge.params.realm ?? '')
  },
  // docs/registries.md §3 (d): quay.io's challenge
  challenge: (host) =>
    host === 'quay.io'
      ? { realm: 'https://quay.io/v2/auth', service: 'quay.io' }
      : undefined,
  // docs/registries.md §3 (b): a robot is `<namespace>+<robot>`
  credentials: [
    {
      kind: 'quay-robot',
      test: (_value, username) =>
        /^[a-z0-9][a-z0-9_.-]*\+[a-z0-9_]+$/i.test(username),
      isToken: false
    }
  ],
  texts: () => import('./texts/quay.js').then((m) => m.REMEDIATION)
}

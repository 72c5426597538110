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
  rules: [
    {
      id: 'QUAY001',
      diagnosis: 'invalid-credentials',
      match: ['invalid username or password', 'invalid username/password'],
      source:
        'Quay /v2/auth 401 for a user (docs/registries.md §3 (d): quay/quay data/users/database.py "Invalid Username or Password", LDAP and Keystone "Invalid username or password."; "invalid username/password" not seen at source)'
    },
    {
      id: 'QUAY002',
      diagnosis: 'invalid-credentials',
      match: ['could not find robot with'],
      source:
        'Quay /v2/auth 401 for a robot: no such robot, or a wrong token (docs/registries.md §3 (d): quay/quay data/model/user.py verify_robot, lookup_robot)'
    },
    {
      id: 'QUAY003',
      diagnosis: 'unsupported-credential-kind',
      match: ['robot account have been disabled'],
      source:
        'Quay with ROBOTS_DISALLOW set: robots refused unless allowed (docs/registries.md §3 (d): quay/quay data/model/user.py verify_robot)'
    },
    {
      id: 'QUAY004',
      diagnosis: 'pat-required',
      match: ['client login with unencrypted passwords is disabled'],
      source:
        'Quay with FEATURE_REQUIRE_ENCRYPTED_BASIC_AUTH: a plain password refused (docs/registries.md §3 (d): quay/quay data/users/__init__.py verify_and_link_user)'
    },
    {
      // a pull (a manifest being retrieved) refused at the ping: the client
      // sent a stored login, which Quay refused; an anonymous pull follows
      // the challenge instead. Before QUAY005, whose words it holds.
      id: 'QUAY006',
      diagnosis: 'stale-login',
      match: [['retrieving manifest', 'quay.io/v2/: unauthorized']],
      source:
        'a pull of a public Quay image with an outdated stored login, fixed by docker logout quay.io: "retrieving manifest for "quay.io/coreos/clair:v2.0.0": Get https://quay.io/v2/: unauthorized: access to the requested resource is not authorized" (jgsqware/clairctl#62); the same mechanism as Docker Hub\'s HUB014'
    },
    {
      id: 'QUAY005',
      diagnosis: 'insufficient-scope',
      match: [
        'access to the requested resource is not authorized',
        ['head request to https://quay.io/v2/', '/blobs/', '401 unauthorized']
      ],
      source:
        'Quay 401 UNAUTHORIZED on a repository the credential may not use, or that does not exist (docs/registries.md §3 (d): quay/quay endpoints/v2/errors.py Unauthorized; jaegertracing/jaeger#2498, operator-framework/operator-sdk#1337, ambient-code/platform#669)'
    }
  ],
  refinements: [],
  texts: () => import('./texts/quay.js').then((m) => m.REMEDIATION)
}

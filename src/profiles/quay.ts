/**
 * Quay (quay.io and Red Hat Quay; docs/registries.md §3): robot accounts
 * named `<namespace>+<robot>`, and a 401 that may mean a missing
 * repository.
 */
import type { Profile } from './types.js'

/** Quay. */
export const QUAY: Profile = {
  id: 'quay',
  name: 'Quay',
  recognise: { hosts: ['quay.io'] },
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
      source: 'Quay and other registries (wording not verified at source)'
    }
  ],
  refinements: [],
  remediation: {}
}

/**
 * Harbor (docs/registries.md §4): self-managed, recognised by its token
 * service (`/service/token`, service `harbor-registry`); robot accounts
 * named `robot$<name>`.
 */
import type { Profile } from './types.js'

/** Harbor. */
export const HARBOR: Profile = {
  id: 'harbor',
  name: 'Harbor',
  recognise: {
    hosts: [],
    // docs/registries.md §4 (a)
    challenge: (challenge) =>
      challenge.params.service === 'harbor-registry' ||
      /\/service\/token\/?$/.test(challenge.params.realm ?? '')
  },
  // docs/registries.md §4 (b): `robot$` is the default prefix
  credentials: [
    {
      kind: 'harbor-robot',
      test: (_value, username) => username.startsWith('robot$'),
      isToken: false
    }
  ],
  rules: [
    {
      id: 'HBR001',
      diagnosis: 'insufficient-scope',
      match: ['unauthorized to access repository'],
      source: 'Harbor push to a project the account cannot write'
    }
  ],
  refinements: [],
  remediation: {}
}

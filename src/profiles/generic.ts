/**
 * Any other registry: a plain `registry:2` (htpasswd Basic or a token
 * service), Artifactory, Nexus, Gitea and the like (docs/registries.md §8).
 * The common texts and rules serve them.
 */
import type { Profile } from './types.js'

/** A registry no other profile recognises. */
export const GENERIC: Profile = {
  id: 'generic',
  name: 'the registry',
  recognise: { hosts: [] },
  credentials: [],
  remediation: {}
}

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
  rules: [
    {
      id: 'GEN001',
      diagnosis: 'insufficient-scope',
      match: ['reqpackageaccess'],
      source:
        'Gitea\'s package registry refusing a token or login without package access ("unauthorized: reqPackageAccess"; the maintainers\' fix: a token with the package scope, go-gitea/gitea#31531)'
    },
    {
      id: 'GEN002',
      diagnosis: 'insufficient-scope',
      match: ['the client does not have permission for'],
      source:
        'JFrog Artifactory refusing a user without the repository permission: "unauthorized: The client does not have permission for manifest" (kubernetes/kubernetes#65958)'
    }
  ],
  refinements: [],
  remediation: {}
}

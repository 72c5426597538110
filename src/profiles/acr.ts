/**
 * Azure Container Registry (docs/registries.md §7): `<name>.azurecr.io`,
 * a token service at `/oauth2/token`; the admin user, service principals
 * (a GUID), the zero GUID for Entra tokens, and repository-scoped tokens.
 */
import type { Profile } from './types.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** The username `az acr login --expose-token` gives. */
export const ACR_TOKEN_USER = '00000000-0000-0000-0000-000000000000'

/** Azure Container Registry. */
export const ACR: Profile = {
  id: 'acr',
  name: 'Azure Container Registry',
  recognise: {
    hosts: [],
    hostPatterns: [/^[a-z0-9]+\.azurecr\.(io|cn|us|de)$/]
  },
  // docs/registries.md §7 (a)
  challenge: (host) => ({
    realm: `https://${host}/oauth2/token`,
    service: host
  }),
  credentials: [
    {
      kind: 'acr-access-token',
      test: (_value, username) => username === ACR_TOKEN_USER,
      isToken: false
    },
    {
      kind: 'azure-service-principal',
      test: (_value, username) => GUID.test(username),
      isToken: false
    }
  ],
  rules: [],
  refinements: [],
  remediation: {}
}

/**
 * Any other registry: the common texts, and the wordings of registry
 * families that have no profile of their own yet (GitLab, Harbor, Quay,
 * ECR, Artifact Registry; docs/registries.md §2–§6). Their rules keep their
 * ids when they move into their own profiles.
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
      id: 'ECR001',
      diagnosis: 'token-expired',
      match: ['your authorization token has expired'],
      source: 'Amazon ECR (a 12-hour token from get-login-password)'
    },
    {
      id: 'HBR001',
      diagnosis: 'insufficient-scope',
      match: ['unauthorized to access repository'],
      source: 'Harbor push to a project the account cannot write'
    },
    {
      id: 'GAR001',
      diagnosis: 'insufficient-scope',
      match: ['artifactregistry.repositories.uploadartifacts'],
      source: 'Google Artifact Registry push without the writer role'
    },
    {
      id: 'GL001',
      diagnosis: 'invalid-credentials',
      match: ['http basic: access denied'],
      source: 'GitLab container registry login'
    },
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

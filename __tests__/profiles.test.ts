/**
 * The provider profiles as data (src/profiles/): every wording and the
 * rule id and diagnosis it yields, the order of the rule tables, how a
 * registry is recognised, the refinements, and that every profile has
 * complete texts for every diagnosis and warning.
 */
import { describe, expect, it } from '@jest/globals'
import type { DiagnosisId } from '../src/diagnosis.js'
import type { Evidence, HttpExchange } from '../src/evidence.js'
import { analyzeInputs } from '../src/input-analysis.js'
import {
  CLIENT_RULES,
  GENERIC_RULES,
  PUSHED_TO_HUB
} from '../src/profiles/rules/common.js'
import { AWS_API_RULES } from '../src/profiles/rules/ecr.js'
import { COMMON_REMEDIATION } from '../src/profiles/texts/common.js'
import {
  allRules,
  DOCKER_HUB,
  GENERIC,
  GHCR,
  loadRules,
  ownRules,
  PROFILES,
  profileById,
  recognise,
  refinementsFor,
  rulesFor,
  textsOf,
  type ProfileId
} from '../src/profiles/index.js'
import {
  REMEDIATION_CASES,
  type Refinement,
  type Wording
} from '../src/profiles/types.js'
import { parseChallenge } from '../src/protocol.js'
import { REQUEST_ONLY_RULES } from '../src/operation.js'
import { remediationFor } from '../src/remediation.js'
import { holds, matchRule, RULE_TEXT_MAX } from '../src/rules.js'

// the rule tables are a chunk the code loads before reading a text
await loadRules()
const ALL_RULES = allRules()

const PAT = `dckr_pat_${'Q7w8E9r0T1'.repeat(3)}`
const OAT = `dckr_oat_${'Z1x2C3v4B5'.repeat(3)}`

const ids = (rules: readonly { id: string }[]): string[] =>
  rules.map((rule) => rule.id)

/** Alternating case: the rules must match whatever the case. */
function mixedCase(text: string): string {
  return [...text]
    .map((char, i) => (i % 2 ? char.toLowerCase() : char.toUpperCase()))
    .join('')
}

/** A text that holds a wording (the parts of a list, in order). */
function textOf(wording: Wording): string {
  return typeof wording === 'string' ? wording : wording.join(' … ')
}

// ---------------------------------------------------------------------------
// Every wording, its rule and its diagnosis

/** One row per wording: the ids are stable and never renumbered. */
const WORDINGS: { wording: string; id: string; diagnosis: DiagnosisId }[] = [
  // wordings from the thirteenth development set (docs/registries.md §13cc)
  {
    wording: 'not_found: owner not found',
    id: 'GHCR018',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      "docker api call to ' … /containers/create' failed with status code 403",
    id: 'LOOK023',
    diagnosis: 'not-a-login-failure'
  },
  // wordings from the twelfth development set (docs/registries.md §13bb)
  {
    wording:
      "failed to fetch oauth token … unable to decode token response … invalid character '<'",
    id: 'REG019',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      "failed to fetch anonymous token … unable to decode token response … invalid character '<'",
    id: 'REG019',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: "/v2/: unable to decode token response … invalid character '<'",
    id: 'REG019',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'denied: insufficient scope',
    id: 'REG024',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'error storing credentials … not implemented',
    id: 'CLI080',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error loading config file … permission denied',
    id: 'CLI081',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'failed to fetch anonymous token … 500 internal server error',
    id: 'CLI079',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch anonymous token … 502 bad gateway',
    id: 'CLI079',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch anonymous token … 503 service unavailable',
    id: 'CLI079',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch anonymous token … 504 gateway timeout',
    id: 'CLI079',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'curl: (6) ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'curl: (7) ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'curl: (28) ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'curl: (35) ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'curl: (52) ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'curl: (56) ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'unexpected response status 50',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'http status server error (50',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'remote error: tls: ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'egress is over the account limit',
    id: 'REG025',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'ingress is over the account limit',
    id: 'REG025',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'operations per second is over the account limit',
    id: 'REG025',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'invalid authconfig: illegal base64 data',
    id: 'CLI044',
    diagnosis: 'malformed-credentials'
  },
  // wordings from the eleventh development set (docs/registries.md §13aa)
  {
    wording: 'error authorizing context: authorization token required',
    id: 'REG016',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error authorizing context: insufficient scope',
    id: 'REG018',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'pinging container registry … invalid status code from registry 404',
    id: 'REG017',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'only system admin can create project',
    id: 'HBR009',
    diagnosis: 'insufficient-scope'
  },
  // wordings from the tenth development set (docs/registries.md §13x)
  {
    wording: 'template.containers. … unauthorized: authentication required',
    id: 'CLI042',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'defaultazurecredential: failed to acquire a token',
    id: 'CLI043',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'failed to get credential from azure',
    id: 'CLI043',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'template.containers. … invalid value: "/',
    id: 'LOOK022',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'cannotpullcontainererror … 403 forbidden',
    id: 'ECR008',
    diagnosis: 'insufficient-scope'
  },
  // wordings from the ninth development set (docs/registries.md §13v)
  {
    wording: 'auth for " … " not found in secret',
    id: 'CLI041',
    diagnosis: 'missing-credentials'
  },
  {
    wording: "permission 'artifactregistry. … ' denied on resource",
    id: 'GAR041',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'lambda does not have permission to access the ecr image',
    id: 'ECR007',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'requesterror: send request failed',
    id: 'AWS011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'malformed http response … \\x15\\x03',
    id: 'NET013',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '" requires exactly 1 argument',
    id: 'LOOK021',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '" requires at least 1 argument',
    id: 'LOOK021',
    diagnosis: 'not-a-login-failure'
  },
  // docs/registries.md §13u: wordings mined from the sources, second round
  {
    wording: 'error: not logged into',
    id: 'CLI050',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'credential file is not accessible:',
    id: 'CLI051',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error from docker credential provider:',
    id: 'CLI052',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'cannot run program "docker-credential-',
    id: 'CLI052',
    diagnosis: 'credential-store-error'
  },
  {
    wording:
      'failed getting credential from external registry credential provider',
    id: 'CLI053',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error execing credential provider plugin … for image',
    id: 'CLI053',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'plugin binary executable … did not exist',
    id: 'CLI053',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'could not find credentials matching',
    id: 'CLI054',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'please also specify username if password is specified',
    id: 'ACR030',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unable to authenticate using aad or admin login credentials',
    id: 'ACR031',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'please specify both username and password in non-interactive mode',
    id: 'ACR032',
    diagnosis: 'missing-credentials'
  },
  // wordings from the twenty-fourth development set (docs/registries.md
  // §13pp (c))
  {
    wording: 'invalidimageregistrycredentialtype',
    id: 'ACR033',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: 'user does not have access to image',
    id: 'GAR051',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'docker-credential-gcr/helper: … gcloud config config-helper',
    id: 'GAR050',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'docker-credential-gcr/helper: … token was invalid',
    id: 'GAR050',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'gcr credentials not present in store',
    id: 'GAR050',
    diagnosis: 'credential-store-error'
  },
  // wordings from the eighth development set (docs/registries.md §13t)
  {
    wording: 'pull ghcr.io/ … error from registry: denied',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: 'compose up … error from registry: denied',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording:
      'ghcr.io/token? … %3apull& … unauthorized: authentication required',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'docker pull  … access to the requested resource is not authorized',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'trying to pull  … access to the requested resource is not authorized',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'failed to read tags for host',
    id: 'GAR040',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '/v2/ … ": unable to retrieve credentials',
    id: 'CLI040',
    diagnosis: 'credential-store-error'
  },
  {
    wording:
      'invalid message unauthorized unauthorized … authentication required … "action":"pull"',
    id: 'ACR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'does not support docker api version v2',
    id: 'LOOK020',
    diagnosis: 'repository-not-found'
  },
  // a layer's storage host refusing the download (docs/registries.md §13r)
  {
    wording:
      'failed open: unexpected status … .cloudfront.net/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'failed open: unexpected status … .cloudflare.docker.com/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'failed open: unexpected status … .r2.cloudflarestorage.com/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'failed open: unexpected status … -starport-layer-bucket. … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'failed open: unexpected status … /docker/registry/v2/blobs/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'failed open: unexpected status … .data.azurecr.io/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'failed open: unexpected status … pkg-containers.githubusercontent.com/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed open: unexpected status … cdn.quay.io/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed open: unexpected status … cdn01.quay.io/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed open: unexpected status … cdn02.quay.io/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed open: unexpected status … cdn03.quay.io/ … 403 forbidden',
    id: 'NET012',
    diagnosis: 'registry-unreachable'
  },
  // GHCR's push and pull wordings
  {
    wording: '/manifests/ … denied: denied',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: 'installation not allowed to create organization package',
    id: 'GHCR004',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'installation not allowed to write organization package',
    id: 'GHCR004',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'permission_denied: write_package',
    id: 'GHCR005',
    diagnosis: 'insufficient-scope'
  },
  { wording: 'write_package', id: 'GHCR005', diagnosis: 'insufficient-scope' },
  {
    wording: 'permission_denied: create_package',
    id: 'GHCR006',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'failed to push ghcr.io/ … 403 forbidden',
    id: 'GHCR007',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'ghcr.io/v2/ … /blobs/uploads/ … 403 forbidden',
    id: 'GHCR007',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'https://ghcr.io/v2/ … /manifests/ … ": unauthorized',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'retry-after: … allowed: … /minute',
    id: 'GHCR009',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'unable to connect to authzd server',
    id: 'GHCR010',
    diagnosis: 'registry-unreachable'
  },
  // texts that read like a refused login but are not one
  {
    wording: 'manifest unknown',
    id: 'LOOK001',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error response from daemon: manifest for … not found',
    id: 'LOOK001',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'no matching manifest for',
    id: 'LOOK002',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'does not match the detected host platform',
    id: 'LOOK002',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'permission denied while trying to connect to the docker daemon socket',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'does not match the specified platform',
    id: 'LOOK002',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'no match for platform in manifest',
    id: 'LOOK002',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'permission denied while trying to connect to the docker api',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'eacces: permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '[errno 13] permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'pull access denied … repository does not exist or may require',
    id: 'LOOK004',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'does not exist or no pull access',
    id: 'LOOK004',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'blob.core.windows.net/actions-cache … 403',
    id: 'LOOK005',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error writing layer blob … artifactcache',
    id: 'LOOK005',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error writing layer blob … failed to reserve cache',
    id: 'LOOK005',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'exporting to github actions cache … error',
    id: 'LOOK005',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'library/gha:pull,push',
    id: 'LOOK005',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'too many requests to upstream registry',
    id: 'LOOK006',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'has been temporarily rate limited',
    id: 'LOOK006',
    diagnosis: 'rate-limited'
  },
  { wording: 'name unknown', id: 'REG005', diagnosis: 'repository-not-found' },
  {
    wording: 'repository name not known to registry',
    id: 'REG005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'repository not found',
    id: 'REG005',
    diagnosis: 'repository-not-found'
  },
  { wording: 'name_unknown', id: 'REG005', diagnosis: 'repository-not-found' },
  {
    wording: 'not authorized to perform … ecr:getauthorizationtoken',
    id: 'AWS001',
    diagnosis: 'aws-access-denied'
  },
  // Amazon ECR, and AWS's answers to the exchange of access keys
  {
    wording: 'not authorized to perform … ecr-public:getauthorizationtoken',
    id: 'AWS005',
    diagnosis: 'aws-access-denied'
  },
  {
    wording: 'not authorized to perform … sts:getservicebearertoken',
    id: 'AWS005',
    diagnosis: 'aws-access-denied'
  },
  {
    wording: 'the security token included in the request is invalid',
    id: 'AWS002',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'the request signature we calculated does not match the signature you provided',
    id: 'AWS003',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'the security token included in the request is expired',
    id: 'AWS004',
    diagnosis: 'token-expired'
  },
  {
    wording: 'could not load credentials from any providers',
    id: 'AWS006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unable to locate credentials',
    id: 'AWS006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'not authorized to perform … ecr:initiatelayerupload',
    id: 'ECR002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'not authorized to perform … ecr:completelayerupload',
    id: 'ECR002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'not authorized to perform … ecr:batchgetimage',
    id: 'ECR002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'does not exist in the registry with id',
    id: 'ECR003',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '.dkr.ecr. … failed with status: 400 bad request',
    id: 'ECR004',
    diagnosis: 'invalid-credentials'
  },
  // the docker CLI and its credential helpers
  {
    wording: 'error saving credentials',
    id: 'CLI001',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error storing credentials',
    id: 'CLI001',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error getting credentials',
    id: 'CLI001',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error erasing credentials',
    id: 'CLI001',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'docker-credential- … executable file not found',
    id: 'CLI001',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'cannot autolaunch d-bus',
    id: 'CLI001',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'cannot perform an interactive login from a non tty device',
    id: 'CLI002',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'password is empty',
    id: 'CLI002',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error: password required',
    id: 'CLI002',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'non-null username required',
    id: 'CLI002',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'username and password required',
    id: 'CLI003',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'no basic auth credentials',
    id: 'CLI004',
    diagnosis: 'missing-credentials'
  },
  // Docker Hub
  {
    wording: '/manifests/ … incorrect username or password',
    id: 'HUB014',
    diagnosis: 'stale-login'
  },
  {
    wording: '/manifests/ … please use personal access token to login',
    id: 'HUB014',
    diagnosis: 'stale-login'
  },
  {
    wording:
      'failed to fetch oauth token … auth.docker.io/token … %3apull&service= … 401 unauthorized',
    id: 'HUB017',
    diagnosis: 'stale-login'
  },
  {
    wording: 'too many failed login attempts',
    id: 'HUB001',
    diagnosis: 'login-locked-out'
  },
  {
    wording: 'you have reached your pull rate limit',
    id: 'HUB002',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'when sso is enforced',
    id: 'HUB003',
    diagnosis: 'password-with-sso'
  },
  {
    wording: 'require secondary authentication on mfa enabled account',
    id: 'HUB004',
    diagnosis: 'password-with-2fa'
  },
  {
    wording: 'require secondary authentication on mfa enable account',
    id: 'HUB004',
    diagnosis: 'password-with-2fa'
  },
  {
    wording: 'two-factor authentication is required',
    id: 'HUB012',
    diagnosis: 'password-with-2fa'
  },
  {
    wording: '2fa required, please provide the 6 digit code',
    id: 'HUB013',
    diagnosis: 'password-with-2fa'
  },
  {
    wording: 'must log in with a personal access token',
    id: 'HUB005',
    diagnosis: 'pat-required'
  },
  {
    wording: 'please use personal access token to login',
    id: 'HUB006',
    diagnosis: 'pat-required'
  },
  {
    wording: 'personal access token is expired',
    id: 'HUB007',
    diagnosis: 'token-expired'
  },
  {
    wording: 'org access token is expired',
    id: 'HUB008',
    diagnosis: 'token-expired'
  },
  {
    wording: 'insufficient scopes',
    id: 'HUB009',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'incorrect username or password',
    id: 'HUB010',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'incorrect authentication credentials',
    id: 'HUB011',
    diagnosis: 'invalid-credentials'
  },
  // GitHub Container Registry
  {
    wording: 'does not match expected scopes',
    id: 'GHCR001',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'unauthorized: unauthenticated',
    id: 'GHCR002',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'denied: denied',
    id: 'GHCR002',
    diagnosis: 'invalid-credentials'
  },
  // registries without a profile of their own
  {
    wording: 'your authorization token has expired',
    id: 'ECR001',
    diagnosis: 'token-expired'
  },
  {
    wording: 'unauthorized to access repository',
    id: 'HBR001',
    diagnosis: 'insufficient-scope'
  },
  // Google Artifact Registry and Container Registry (docs/registries.md §6)
  {
    wording: 'unauthenticated request. unauthenticated requests do not have',
    id: 'GAR002',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unauthenticated requests do not have permission',
    id: 'GAR002',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'artifactregistry.repositories.uploadartifacts',
    id: 'GAR001',
    diagnosis: 'insufficient-scope'
  },
  // GitLab (docs/registries.md §2)
  {
    wording: "you must use a personal access token with 'api' scope",
    id: 'GL002',
    diagnosis: 'pat-required'
  },
  {
    wording: 'artifactregistry.repositories.downloadartifacts',
    id: 'GAR003',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'unable to parse json key',
    id: 'GAR004',
    diagnosis: 'malformed-credentials'
  },
  {
    wording: 'unauthorized: authentication failed',
    id: 'GAR005',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '-docker.pkg.dev/v2/token … 401 unauthorized',
    id: 'GAR006',
    diagnosis: 'token-expired'
  },
  {
    wording: 'gcr.io/v2/token … 401 unauthorized',
    id: 'GAR006',
    diagnosis: 'token-expired'
  },
  {
    wording: 'not authenticated: no valid credential was supplied',
    id: 'GAR006',
    diagnosis: 'token-expired'
  },
  {
    wording:
      "you don't have the needed permissions to perform this operation, and you may have invalid credentials",
    id: 'GAR007',
    diagnosis: 'missing-credentials'
  },
  // docs/registries.md §13l (c)
  {
    wording: 'the push refers to repository … denied: access denied.',
    id: 'GAR023',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'trying to push repository … "access denied."',
    id: 'GAR023',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'private_key_id::',
    id: 'CLI026',
    diagnosis: 'malformed-credentials'
  },
  {
    wording: 'client_x509_cert_url::',
    id: 'CLI026',
    diagnosis: 'malformed-credentials'
  },
  {
    wording: 'unable to resolve docker endpoint … context not found',
    id: 'CLI027',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'current context … is not found on the file system',
    id: 'CLI027',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'missing image name. pushes should be of the form',
    id: 'GAR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'not_found: requested entity was not found',
    id: 'GAR010',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'code = notfound desc = requested entity was not found',
    id: 'GAR010',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'docker-credential-gc … not installed or not available in path',
    id: 'GAR009',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'you do not currently have an active account selected',
    id: 'GAR009',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'docker-credential- … not in system path',
    id: 'GAR009',
    diagnosis: 'credential-store-error'
  },
  // Azure Container Registry (docs/registries.md §7)
  {
    wording: "please run 'az login' to setup account",
    id: 'ACR014',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'application not registered with aad',
    id: 'ACR001',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'client id must be guid',
    id: 'ACR002',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'invalid clientid or client secret',
    id: 'ACR003',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'admin user is disabled',
    id: 'ACR004',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: 'is not allowed access … aka.ms/acr/firewall',
    id: 'ACR005',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '.azurecr. … failed with status: 403',
    id: 'ACR005',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'login attempt failed with status: 403 forbidden',
    id: 'ACR005',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'connectivity_forbidden_error',
    id: 'ACR005',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'could not connect to the registry login server',
    id: 'ACR005',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'http basic: access denied',
    id: 'GL001',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'pushing to protected repository path forbidden',
    id: 'GL003',
    diagnosis: 'insufficient-scope'
  },
  // GitLab's DENIED on a pull (docs/registries.md §13d (a))
  {
    wording: 'get "https:// … /manifests/ … denied: access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'head "https:// … /manifests/ … denied: access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'get https:// … /manifests/ … denied: access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'head https:// … /manifests/ … denied: access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'reading manifest … denied: access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '/tags/list … denied: access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'pull access denied … denied: access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'denied: access forbidden',
    id: 'GL004',
    diagnosis: 'insufficient-scope'
  },
  // Quay (docs/registries.md §3)
  {
    wording: 'invalid username or password',
    id: 'QUAY001',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'invalid username/password',
    id: 'QUAY001',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'could not find robot with',
    id: 'QUAY002',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'robot account have been disabled',
    id: 'QUAY003',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: 'client login with unencrypted passwords is disabled',
    id: 'QUAY004',
    diagnosis: 'pat-required'
  },
  {
    wording: 'access to the requested resource is not authorized',
    id: 'QUAY005',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'head request to https://quay.io/v2/ … /blobs/ … 401 unauthorized',
    id: 'QUAY005',
    diagnosis: 'insufficient-scope'
  },
  // HTTP, distribution and the network
  { wording: 'toomanyrequests', id: 'HTTP001', diagnosis: 'rate-limited' },
  { wording: 'too many requests', id: 'HTTP001', diagnosis: 'rate-limited' },
  { wording: 'rate limit exceeded', id: 'HTTP001', diagnosis: 'rate-limited' },
  {
    wording: 'insufficient_scope',
    id: 'REG001',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'requested access to the resource is denied',
    id: 'REG002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'failed to fetch oauth token … %3apull&service= … 401 unauthorized',
    id: 'REG014',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'failed to fetch oauth token',
    id: 'REG003',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'failed to pull image … unauthorized: authentication required',
    id: 'REG013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'failed to pull image … unauthorized: "authentication required"',
    id: 'REG013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unauthorized: authentication required',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'failed with status: 401',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '401 unauthorized',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  ...[
    'no such host',
    'temporary failure in name resolution',
    'dial tcp',
    'connection refused',
    'connection reset by peer',
    'network is unreachable',
    'i/o timeout',
    'tls handshake timeout',
    'x509:',
    'server gave http response to https client',
    'client.timeout exceeded',
    'request canceled while waiting for connection',
    'context deadline exceeded',
    'unexpected eof',
    ': eof'
  ].map((wording) => ({
    wording,
    id: 'NET001',
    diagnosis: 'registry-unreachable' as const
  })),
  ...[
    '500 internal server error',
    '502 bad gateway',
    '503 service unavailable',
    '504 gateway timeout'
  ].map((wording) => ({
    wording,
    id: 'NET002',
    diagnosis: 'registry-unreachable' as const
  })),
  { wording: 'login succeeded', id: 'CLI005', diagnosis: 'ok' },
  // the wordings of 2026-11-27 (docs/registries.md §12)
  {
    wording: 'input required and not supplied: password',
    id: 'CLI006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'input required and not supplied: username',
    id: 'CLI006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unable to locate executable file: docker',
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'docker: command not found',
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'resource not accessible by integration',
    id: 'GHCR011',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'the requested installation does not exist',
    id: 'GHCR011',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'permission_denied: read_package',
    id: 'GHCR012',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'could not be authenticated by the github packages service',
    id: 'GHCR013',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'will exceed the configured upper limit',
    id: 'HBR002',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'accessdeniedexception … getauthorizationtoken',
    id: 'AWS007',
    diagnosis: 'aws-access-denied'
  },
  {
    wording: 'token exchange failed for project … does not have permission',
    id: 'GAR011',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/v2/token … unauthorized: not authorized',
    id: 'GAR012',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '.azurecr.io … response code: 429',
    id: 'ACR006',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'connectivity_refresh_token_error',
    id: 'ACR007',
    diagnosis: 'insufficient-scope'
  },
  { wording: 'aadsts700082', id: 'ACR008', diagnosis: 'token-expired' },
  { wording: 'aadsts7000222', id: 'ACR037', diagnosis: 'token-expired' },
  { wording: 'aadsts7000215', id: 'ACR009', diagnosis: 'invalid-credentials' },
  { wording: 'aadsts700016', id: 'ACR009', diagnosis: 'invalid-credentials' },
  {
    wording: 'reqpackageaccess',
    id: 'GEN001',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'the client does not have permission for',
    id: 'GEN002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'proxy authentication required',
    id: 'NET003',
    diagnosis: 'proxy-authentication-required'
  },
  {
    wording: 'proxy authorization required',
    id: 'NET003',
    diagnosis: 'proxy-authentication-required'
  },
  {
    wording: '407 proxy',
    id: 'NET003',
    diagnosis: 'proxy-authentication-required'
  },
  {
    wording: 'status: 407',
    id: 'NET003',
    diagnosis: 'proxy-authentication-required'
  },
  {
    wording: '/v2/: authenticationrequired',
    id: 'NET003',
    diagnosis: 'proxy-authentication-required'
  },
  {
    wording: 'failed with status: 404 not found',
    id: 'NET004',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'error parsing http 404 response body',
    id: 'NET004',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'did not issue a challenge',
    id: 'NET004',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'connectivity_challenge_error',
    id: 'NET004',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'trylogin … failed to fetch oauth token … 401 unauthorized',
    id: 'REG006',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'token auth attempt for registry … request failed with status: 401',
    id: 'REG006',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'token auth attempt for registry … request failed with status: 403',
    id: 'REG006',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'push refers to … preparing … unauthorized: authentication required',
    id: 'REG039',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'trying to reuse blob … at destination … unauthorized',
    id: 'REG007',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'trying to reuse blob … at destination … 403 (forbidden)',
    id: 'REG007',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'push refers to repository [docker.io/',
    id: 'MIS002',
    diagnosis: 'registry-mismatch'
  },
  {
    wording: 'push refers to a repository [docker.io/',
    id: 'MIS002',
    diagnosis: 'registry-mismatch'
  },
  {
    wording: 'retrieving manifest … quay.io/v2/: unauthorized',
    id: 'QUAY006',
    diagnosis: 'stale-login'
  },
  {
    wording: 'code = deadlineexceeded',
    id: 'NET010',
    diagnosis: 'registry-unreachable'
  },
  // docs/registries.md §13l (a), (e)–(g)
  {
    wording:
      'no matching credentials were found, falling back on anonymous … unauthorized',
    id: 'CLI025',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error: status 500 trying to',
    id: 'NET011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'error: status 502 trying to',
    id: 'NET011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'error: status 503 trying to',
    id: 'NET011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'error: status 504 trying to',
    id: 'NET011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'docker pull  … error parsing http 404 response body',
    id: 'LOOK015',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'pulling docker image … error parsing http 404 response body',
    id: 'LOOK015',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'failed to pull image … error parsing http 404 response body',
    id: 'LOOK015',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'nocredentialproviders: no valid providers in chain',
    id: 'AWS006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'max retries exceeded with url',
    id: 'NET001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to establish a new connection',
    id: 'NET001',
    diagnosis: 'registry-unreachable'
  },
  // w-cloud wordings
  {
    wording: 'not authorized to perform … ecr:getdownloadurlforlayer',
    id: 'ECR002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'throttlingexception … rate exceeded',
    id: 'AWS008',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'an error response is received from the docker registry',
    id: 'CLI075',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'registryerrorresponse',
    id: 'CLI075',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'could not authenticate with the docker registry to pull the image',
    id: 'CLI074',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'cannot be updated due to immutability settings',
    id: 'HUB019',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'cannot be overwritten because the repository is immutable',
    id: 'ECR005',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'cannot be overwritten because the tag is immutable',
    id: 'ECR005',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'did not inject $actions_id_token_request_token',
    id: 'GAR013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unable to get actions_id_token_request_url env variable',
    id: 'GAR013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '$actions_id_token_request_token is not set',
    id: 'GAR013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'the given credential is rejected by the attribute condition',
    id: 'GAR016',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'blob upload invalid … does not have any parts',
    id: 'ECR010',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'denied: you may not login yet',
    id: 'GEN013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unable to acquire impersonated credentials',
    id: 'GAR052',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'invalid_grant: invalid jwt signature',
    id: 'GAR014',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'could not find default credentials',
    id: 'GAR015',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'client assertion is not within its valid time range',
    id: 'ACR038',
    diagnosis: 'token-expired'
  },
  {
    wording:
      'no matching federated identity record found for presented assertion',
    id: 'ACR010',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'docker_command_error … please verify if docker client is installed',
    id: 'ACR011',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'connectivity_dns_error',
    id: 'ACR012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'connectivity_ssl_error',
    id: 'ACR012',
    diagnosis: 'registry-unreachable'
  },
  // w-selfhosted wordings
  {
    wording: 'quota has been exceed',
    id: 'QUAY007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'system is currently read-only',
    id: 'QUAY008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'this namespace is disabled',
    id: 'QUAY008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'this user has been disabled',
    id: 'QUAY009',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'csrf token was invalid or missing',
    id: 'QUAY010',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: 'the system is in read only mode',
    id: 'HBR003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'cannot be pulled due to configured policy',
    id: 'HBR004',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: ': unknown: repository … not found',
    id: 'HBR005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'unknown: artifact … not found',
    id: 'HBR006',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '413 request entity too large',
    id: 'GEN003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'repository does not allow updating assets',
    id: 'GEN004',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'blob upload invalid … repository is read only',
    id: 'GEN004',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'bad_credential',
    id: 'GEN005',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'error authenticating user … authentication failure',
    id: 'GEN006',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'registry contains … repositories, limit is',
    id: 'GEN007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'the plain http request was sent to https port',
    id: 'GEN008',
    diagnosis: 'registry-unreachable'
  },
  // w-clients wordings
  {
    wording: 'failed to fetch anonymous token … unexpected status',
    id: 'CLI008',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'must provide --username with --password-stdin',
    id: 'CLI009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'an image does not exist locally with the tag',
    id: 'LOOK008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'cannot connect to the docker daemon',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'connect to a tls-enabled daemon without tls',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'indicate that the docker daemon is not running',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'no space left on device',
    id: 'LOOK009',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'invalid reference format',
    id: 'LOOK010',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'cache export is not supported for the docker driver',
    id: 'LOOK011',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'cache export feature is currently not supported for docker driver',
    id: 'LOOK011',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'did not resolve to an alias and no unqualified-search registries are defined',
    id: 'LOOK012',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'short-name resolution enforced but cannot prompt without a tty',
    id: 'LOOK012',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'unable to retrieve some image pull secrets',
    id: 'CLI010',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'x509: certificate is valid for',
    id: 'NET006',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'x509: certificate is not valid for any names',
    id: 'NET006',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'x509: certificate relies on legacy common name field',
    id: 'NET006',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'x509: certificate has expired or is not yet valid',
    id: 'NET007',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'x509: certificate signed by unknown authority',
    id: 'NET014',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'invalid peer certificate: unknownissuer',
    id: 'NET014',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'unable to get local issuer certificate',
    id: 'NET014',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'self-signed certificate in certificate chain',
    id: 'NET014',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'self signed certificate in certificate chain',
    id: 'NET014',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'first record does not look like a tls handshake',
    id: 'NET008',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'you have reached your unauthenticated pull rate limit',
    id: 'HUB015',
    diagnosis: 'rate-limited'
  },
  // w-ghcrgl wordings
  {
    wording: 'repository name must be lowercase',
    id: 'LOOK010',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'github docker registry needs login',
    id: 'GHCR015',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'your token has not been granted the required scopes',
    id: 'GHCR016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'too many failed authentication attempts from this network',
    id: 'GL005',
    diagnosis: 'login-locked-out'
  },
  {
    wording: 'too many failed authentication attempts from this ip',
    id: 'GL005',
    diagnosis: 'login-locked-out'
  },
  {
    wording: 'too many distinct sources for this account',
    id: 'GL006',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'registry not enabled',
    id: 'GL010',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'currently being migrated to a new platform and writes are temporarily disabled',
    id: 'GL007',
    diagnosis: 'registry-unreachable'
  },
  // the wordings of more clients (docs/registries.md §13a): helpers, helm,
  // oras, jib, buildpacks, nomad, podman/skopeo, Testcontainers
  {
    wording: 'no ec2 imds role found',
    id: 'AWS006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'response status code 401: unauthorized',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'error listing credentials',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'pass not initialized',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'pass store is uninitialized',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error fetching password during initialization',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'gpg: decryption failed: no secret key',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'gpg: … encryption failed: no public key',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'password encryption aborted',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'org.freedesktop.secrets was not provided by any .service files',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error calling startservicebyname for org.freedesktop.secrets',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'cannot create an item in a locked collection',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording:
      'keychain cannot be accessed because the current session does not allow user interaction',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'user interaction is not allowed',
    id: 'CLI011',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'failed to find docker auth for repo',
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording: "command '['docker-credential- … returned non-zero exit status",
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'but docker desktop seems not running',
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'can only be used with amazon elastic container registry',
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording:
      'is not a valid repository uri for amazon elastic container registry',
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'reading json file … unmarshaling json at',
    id: 'CLI092',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error: unable to retrieve credentials',
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'failed to resolve credential:',
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'invoking docker-credential- … exit status',
    id: 'CLI012',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error parsing the serverurl',
    id: 'CLI091',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'no config supplied … checked in order',
    id: 'CLI028',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'no auth config found for registry',
    id: 'CLI029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'missing x-registry-auth',
    id: 'CLI029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'no push access to specified image repository',
    id: 'CLI030',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'artifactregistry.repositories.get',
    id: 'GAR027',
    diagnosis: 'insufficient-scope'
  },
  // docs/registries.md §13s: wordings mined from the clients' and
  // registries' sources
  {
    wording: 'failed to handle basic auth because missing username or secret',
    id: 'CLI031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'username is empty',
    id: 'CLI032',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error: username is required',
    id: 'CLI032',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'the --password-stdin option requires --username to be set',
    id: 'CLI032',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'cannot prompt for username without stdin',
    id: 'CLI032',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error: password is required',
    id: 'CLI033',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'no matching credentials were found for … unauthorized',
    id: 'CLI034',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'no matching credentials were found for … denied',
    id: 'CLI034',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'trying to reuse blob … at destination … authentication required',
    id: 'REG015',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'authorize header needed to send head to repository',
    id: 'HBR007',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'can not push artifact to a proxy project',
    id: 'HBR008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'partial credentials found in … missing:',
    id: 'AWS009',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      "'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided",
    id: 'AWS009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'the config profile ( … ) could not be found',
    id: 'AWS009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'failed to get shared config profile,',
    id: 'AWS009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'the sso session associated with this profile has expired',
    id: 'AWS010',
    diagnosis: 'token-expired'
  },
  {
    wording: 'basic credential not found',
    id: 'CLI013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'missing username or password for basic auth',
    id: 'CLI013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'missing username or password for bearer auth',
    id: 'CLI013',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'perhaps you should set a credential helper name with the configuration',
    id: 'CLI013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'username: error: eof',
    id: 'CLI014',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'unable to retrieve auth token: invalid username/password … access to the requested resource is not authorized',
    id: 'CLI015',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'container registry is deprecated and shutting down',
    id: 'GAR024',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'gcr.io/v2/token … 412 precondition failed',
    id: 'GAR024',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '(no valid credential was supplied)',
    id: 'GAR025',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'service agent … must have permission to read the image',
    id: 'GAR026',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'reauth related error (invalid_rapt)',
    id: 'GAR017',
    diagnosis: 'token-expired'
  },
  {
    wording:
      'reauthentication challenge could not be answered because you are not in an interactive session',
    id: 'GAR017',
    diagnosis: 'token-expired'
  },
  {
    wording: 'could not find a valid docker environment',
    id: 'LOOK013',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'exec user process caused',
    id: 'LOOK014',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'perhaps you should make sure your credentials for',
    id: 'CLI016',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'registryunauthorizedexception',
    id: 'CLI016',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'perhaps you should make sure you have permissions for',
    id: 'CLI017',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'perhaps you should make sure docker is installed and you have correct privileges to run it',
    id: 'CLI018',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording:
      "perhaps you should use a registry that supports https or set the configuration parameter 'allowinsecureregistries'",
    id: 'NET009',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'perhaps you should make sure your internet is up and that the registry you are pushing to exists',
    id: 'NET009',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'perhaps you should make sure that the registry you configured exists/is spelled properly',
    id: 'NET009',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'unexpected status from post request to … /blobs/uploads/ … 403 forbidden',
    id: 'REG008',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/blobs/uploads/ … response status code 403',
    id: 'REG008',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'ensure registry read access to',
    id: 'CLI019',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'ensure registry read/write access to',
    id: 'CLI019',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'ecr: failed to get authorization token',
    id: 'CLI020',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'credentials not found in native keychain',
    id: 'CLI021',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error parsing config file',
    id: 'CLI024',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'has nothing for server url',
    id: 'CLI021',
    diagnosis: 'missing-credentials'
  },
  // the last-resort layer: request, status and client framing (§13b)
  {
    wording: 'failed to do request … ": forbidden',
    id: 'FB001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to do request … ": 403 forbidden',
    id: 'FB001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/: forbidden',
    id: 'FB001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/blobs/uploads/ … 403 forbidden',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/blobs/uploads/ … status code 403',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/blobs/uploads/ … statuscode: 403',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/blobs/uploads/ … denied:',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'put request to … /manifests/ … 403 forbidden',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'put https:// … /manifests/ … denied:',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'put https:// … /manifests/ … 403 forbidden',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'put "https:// … /manifests/ … status code 403',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'uploading manifest … statuscode: 403',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'uploading manifest … denied:',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'failed commit on ref … 403 forbidden',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'failed to push … 403 forbidden',
    id: 'FB002',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'push access denied … repository does not exist or may require',
    id: 'FB003',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/blobs/uploads/ … statuscode: 401',
    id: 'FB004',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '/blobs/uploads/ … unauthorized:',
    id: 'FB004',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'initiating layer upload to … : authentication required',
    id: 'FB004',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'uploading manifest … : authentication required',
    id: 'FB004',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'uploading manifest … statuscode: 401',
    id: 'FB004',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'put https:// … /manifests/ … unauthorized:',
    id: 'FB004',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'request to … /manifests/ … 403 forbidden',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'head https:// … /manifests/ … 403 forbidden',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'get https:// … /manifests/ … 403 forbidden',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'get https:// … /manifests/ … denied:',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'head "https:// … /manifests/ … 403 forbidden',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'get "https:// … /manifests/ … status code 403',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'head "https:// … /manifests/ … status code 403',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'reading manifest … statuscode: 403',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'reading manifest … denied:',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'reading manifest … : authentication required',
    id: 'FB006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'reading manifest … statuscode: 401',
    id: 'FB006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'get https:// … /manifests/ … unauthorized:',
    id: 'FB006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'get "https:// … /manifests/ … status code 401',
    id: 'FB006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'head "https:// … /manifests/ … status code 401',
    id: 'FB006',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'failed to resolve reference … : not found',
    id: 'LOOK001',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '/manifests/ … 404 not found',
    id: 'FB007',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/manifests/ … status code 404',
    id: 'FB007',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'reading manifest … statuscode: 404',
    id: 'FB007',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/blobs/uploads/ … 404 not found',
    id: 'FB007',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/blobs/uploads/ … status code 404',
    id: 'FB007',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'initiating layer upload to … statuscode: 404',
    id: 'FB007',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'blob unknown',
    id: 'FB008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'content at … not found: not found',
    id: 'FB008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'invalid repository name',
    id: 'FB009',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'name_invalid',
    id: 'FB009',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'name invalid:',
    id: 'FB009',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'the operation is unsupported',
    id: 'FB010',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '/v2/ … unsupported:',
    id: 'FB010',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'status code 429',
    id: 'FB011',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'statuscode: 429',
    id: 'FB011',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'status: 429',
    id: 'FB011',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'status code 50',
    id: 'FB012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'statuscode: 50',
    id: 'FB012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'status: 50',
    id: 'FB012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'status code 401',
    id: 'FB013',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'statuscode: 401',
    id: 'FB013',
    diagnosis: 'invalid-credentials'
  },
  // the last resort by status class (§13b (h))
  {
    wording: '/token? … unauthorized:',
    id: 'FB014',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '/oauth2/token … unauthorized:',
    id: 'FB014',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '/jwt/auth? … unauthorized:',
    id: 'FB014',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'initializing source … requesting bearer token … status code from registry 403',
    id: 'FB015',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'initializing source … requesting bear token … status code from registry 403',
    id: 'FB015',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'initializing source … trying to obtain access token … status code from registry 403',
    id: 'FB015',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/token? … %3apull& … 403 forbidden',
    id: 'FB015',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/token? … %3apull& … status code 403',
    id: 'FB015',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'requesting bearer token … status code from registry 403',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'requesting bear token … status code from registry 403',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'trying to obtain access token … status code from registry 403',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/token? … 403 forbidden',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/token? … status code 403',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/token? … statuscode: 403',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/token? … : denied:',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/jwt/auth? … 403 forbidden',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/oauth2/token … 403 forbidden',
    id: 'FB016',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '-docker.pkg.dev/v2/token … 404 not found',
    id: 'FB017',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'gcr.io/v2/token … 404 not found',
    id: 'FB017',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'requesting bearer token … status code from registry 404',
    id: 'FB018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'requesting bear token … status code from registry 404',
    id: 'FB018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'trying to obtain access token … status code from registry 404',
    id: 'FB018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/token? … 404 not found',
    id: 'FB018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/token? … status code 404',
    id: 'FB018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/jwt/auth? … 404 not found',
    id: 'FB018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '"code":"unauthorized"',
    id: 'FB019',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '"code": "unauthorized"',
    id: 'FB019',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '\\"code\\":\\"unauthorized\\"',
    id: 'FB019',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'map[code:unauthorized',
    id: 'FB019',
    diagnosis: 'invalid-credentials'
  },
  { wording: '"code":"denied"', id: 'FB020', diagnosis: 'insufficient-scope' },
  { wording: '"code": "denied"', id: 'FB020', diagnosis: 'insufficient-scope' },
  {
    wording: '\\"code\\":\\"denied\\"',
    id: 'FB020',
    diagnosis: 'insufficient-scope'
  },
  { wording: 'map[code:denied', id: 'FB020', diagnosis: 'insufficient-scope' },
  {
    wording: 'error parsing http 401 response body',
    id: 'FB021',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '401 authorization required',
    id: 'FB021',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'request forbidden by administrative rules',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'your client does not have permission to get url',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '<h1>403 forbidden</h1>',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '<title>403 forbidden</title>',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '<title>error 403 (forbidden)',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: "error parsing http 403 response body … invalid character '<'",
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '<h1>404 not found</h1>',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '<title>404 not found</title>',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '404 page not found',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/ … ": forbidden',
    id: 'FB001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/ … ": bad gateway',
    id: 'FB023',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/ … ": service unavailable',
    id: 'FB023',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/ … ": gateway timeout',
    id: 'FB023',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/ … : bad gateway',
    id: 'FB023',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/ … : service unavailable',
    id: 'FB023',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/ … : gateway timeout',
    id: 'FB023',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/": unauthorized',
    id: 'FB024',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '/v2/: unauthorized',
    id: 'FB024',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '/tags/list … 404 not found',
    id: 'FB025',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/tags/list … status code 404',
    id: 'FB025',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'fetching tags list … status code from registry 404',
    id: 'FB025',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'status code from registry 50',
    id: 'FB026',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'error parsing http 50',
    id: 'FB026',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'error parsing http 429 response body',
    id: 'FB027',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'status code from registry 429',
    id: 'FB027',
    diagnosis: 'rate-limited'
  },
  // the last resort by words (§13b (i))
  {
    wording: 'access denied … /v2/',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'access denied … registry',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'not authorized to … repository',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'not authorized to … registry',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'do not have permission … repository',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'do not have permission … registry',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: "don't have permission … repository",
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: "don't have permission … registry",
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'does not have permission … repository',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'does not have permission … registry',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'insufficient permission … repository',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'insufficient permission … registry',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'anonymous … not allowed to … registry',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'anonymous … not allowed to … repository',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'requires authentication … registry',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'requires authentication … repository',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'authentication is required … registry',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'authentication is required … repository',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'login required … registry',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'not logged in … registry',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'no credentials … registry',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unauthenticated … /v2/',
    id: 'FB029',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'token has expired',
    id: 'FB030',
    diagnosis: 'token-expired'
  },
  {
    wording: 'token is expired',
    id: 'FB030',
    diagnosis: 'token-expired'
  },
  {
    wording: 'token expired',
    id: 'FB030',
    diagnosis: 'token-expired'
  },
  {
    wording: 'expired token',
    id: 'FB030',
    diagnosis: 'token-expired'
  },
  {
    wording: 'credentials have expired',
    id: 'FB030',
    diagnosis: 'token-expired'
  },
  {
    wording: 'credentials expired',
    id: 'FB030',
    diagnosis: 'token-expired'
  },
  // docs/registries.md §13c: wordings that generalise a class of texts
  {
    wording: "project 'project: … not found or deleted",
    id: 'GAR021',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'was deleted or has expired … revive via time machine',
    id: 'GAR022',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: "unable to locate executable file: 'docker'",
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: "file not found: 'docker'",
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'docker: not found',
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: "'docker' is not recognized as an internal or external command",
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: "the command 'docker' could not be found in this wsl 2 distro",
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: "the term 'docker' is not recognized",
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'exec: "docker": executable file not found',
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'spawn docker enoent',
    id: 'CLI007',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'forbidden with personal access token',
    id: 'HUB016',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: 'token issued from personal access token',
    id: 'HUB016',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: 'forbidden with a jwt issued',
    id: 'HUB016',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: 'cannot be used as a bearer',
    id: 'HUB016',
    diagnosis: 'unsupported-credential-kind'
  },
  {
    wording: '/tags/list … denied: denied',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: '%3apull& … denied: denied',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: '/manifests/ … "message":"denied"',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: 'pulling manifest … "message":"denied"',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: 'pulling manifest … \\"message\\":\\"denied\\"',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: 'helm pull oci://ghcr.io/ … failed to fetch oauth token … 403',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: 'ghcr.io/token? … %3apull& … failed to fetch oauth token … 403',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording:
      'pulling … ghcr.io/ … while retrieving an authentication token … denied',
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: "could not fetch bearer token for 'ghcr.io' … http 403",
    id: 'GHCR003',
    diagnosis: 'stale-login'
  },
  {
    wording: 'docker.pkg.github.com/v2/ … /manifests/ … 401 unauthorized',
    id: 'GHCR015',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'docker.pkg.github.com/v2/ … /manifests/ … : unauthorized',
    id: 'GHCR015',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'https://ghcr.io/v2/ … /manifests/ … : unauthorized',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'pull ghcr.io/ … error from registry: unauthorized',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      "unable to find image 'ghcr.io/ … error from registry: unauthorized",
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'pull ghcr.io/ … error response from daemon: denied',
    id: 'GHCR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'https://ghcr.io/v2/ … /manifests/ … ": denied',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'https://ghcr.io/v2/ … /manifests/ … 401 unauthorized',
    id: 'GHCR017',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '/api/v4/ … status 403',
    id: 'GL008',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/api/v4/ … 403 forbidden',
    id: 'GL008',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/api/v4/ … status code 403',
    id: 'GL008',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'specified credentials are invalid',
    id: 'QUAY013',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'reading manifest … access to the requested resource is not authorized',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'pulling  … )... … access to the requested resource is not authorized',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'failed to pull image … access to the requested resource is not authorized',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '%3apull& … access to the requested resource is not authorized',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'pushes to the registry are currently disabled',
    id: 'QUAY008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'has been geo-ip blocked',
    id: 'QUAY008',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'unauthorized access for:',
    id: 'QUAY012',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'public.ecr.aws/v2/ … /manifests/ … 403 forbidden',
    id: 'ECR006',
    diagnosis: 'stale-login'
  },
  {
    wording: 'pulling from host public.ecr.aws … 403 forbidden',
    id: 'ECR006',
    diagnosis: 'stale-login'
  },
  {
    wording: 'token auth attempt for registry … gcr.io/v2/token … status: 403',
    id: 'GAR018',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'token auth attempt for registry … -docker.pkg.dev/v2/token … status: 403',
    id: 'GAR018',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'gcr.io/v2/ … /manifests/ … 403 forbidden',
    id: 'GAR019',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '-docker.pkg.dev/v2/ … /manifests/ … 403 forbidden',
    id: 'GAR019',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'pulling from host … gcr.io … 403 forbidden',
    id: 'GAR019',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'pulling from host … -docker.pkg.dev … 403 forbidden',
    id: 'GAR019',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'failed to fetch oauth token … -docker.pkg.dev/v2/token … 404 not found',
    id: 'GAR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'failed to fetch oauth token … gcr.io/v2/token … 404 not found',
    id: 'GAR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'requires running the docker daemon, which is not supported in azure cloud shell',
    id: 'ACR013',
    diagnosis: 'docker-cli-missing'
  },
  {
    wording: 'unknown: authentication is required',
    id: 'GEN009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'failed to connect to the docker api at',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error while fetching server api version … filenotfounderror(2',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'credentials store error: storeerror',
    id: 'CLI022',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'credentials store docker-credential- … exited with',
    id: 'CLI022',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'docker-credential- … not installed or not available in path',
    id: 'CLI022',
    diagnosis: 'credential-store-error'
  },
  {
    wording:
      'you are not authorized to perform this operation: server returned 401',
    id: 'CLI023',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'the request requires higher privileges than provided by the access token',
    id: 'REG012',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'reading manifest … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'get "https:// … /manifests/ … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'head "https:// … /manifests/ … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'get https:// … /manifests/ … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'head https:// … /manifests/ … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/tags/list … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '%3apull& … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'failed to pull image … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'error pulling image " … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'unable to pull … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'failed to fetch oauth token … 404 not found',
    id: 'REG010',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … 500 internal server error',
    id: 'REG011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … 502 bad gateway',
    id: 'REG011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … 503 service unavailable',
    id: 'REG011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … 504 gateway timeout',
    id: 'REG011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'unauthorized: "authentication required"',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'unauthorized: \\"authentication required\\"',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'pulling from host … [manifests … 403 forbidden',
    id: 'FB005',
    diagnosis: 'repository-not-found'
  },
  {
    wording: "the page you're looking for could not be found",
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'status 404 … <!doctype html',
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'anonymous user … denied',
    id: 'FB031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'anonymous user … not allowed',
    id: 'FB031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'anonymous user … only allowed',
    id: 'FB031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'anonymous user … not permitted',
    id: 'FB031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'anonymous user … not authorized',
    id: 'FB031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'anonymous user … unauthorized',
    id: 'FB031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'do not have access … repository',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'do not have access … registry',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: "don't have access … repository",
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: "don't have access … registry",
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'is unauthorized to … repository',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'is unauthorized to … registry',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'denied: permission denied',
    id: 'FB028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '/users/login … status 401',
    id: 'FB032',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: '/users/login … 401 client error',
    id: 'FB032',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'auth for \\" … \\" not found in secret',
    id: 'CLI041',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'please login to the red hat registry',
    id: 'GEN010',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'lacks necessary subscription',
    id: 'GEN011',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'failed to authenticate user, due to error',
    id: 'HBR010',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'unauthorized to list catalog',
    id: 'HBR011',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'https://ghcr.io/v2/ … /manifests/ … : denied',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'this may be because there are no credentials on this request',
    id: 'FB034',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'http: non-successful response (status=401',
    id: 'FB035',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'guest mode enabled',
    id: 'CLI055',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'username cannot be empty … base image connector',
    id: 'CLI056',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'password cannot be empty … base image connector',
    id: 'CLI057',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'could not open config file from filepath',
    id: 'CLI058',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'could not find the `$home/.docker/config.json`',
    id: 'CLI059',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'private_source_authentication_failure',
    id: 'CLI060',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'the following source timed out',
    id: 'CLI061',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'private_source_timed_out',
    id: 'CLI061',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: "please run 'docker login'",
    id: 'CLI062',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'incorrect or mismatched registry credentials',
    id: 'CLI063',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'may be expired. attempting request anonymously … failed to fetch bearer token',
    id: 'CLI064',
    diagnosis: 'token-expired'
  },
  {
    wording: 'server did not provide instructions to authent',
    id: 'CLI065',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'docker registry failure: internal error',
    id: 'CLI066',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'error connecting to docker registry',
    id: 'CLI066',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'docker registry failure: unauthorized',
    id: 'CLI067',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unauthorized response with freshly acquired auth token',
    id: 'CLI068',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'credential helper failed:',
    id: 'CLI069',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'credential helper … returned non-zero response code',
    id: 'CLI069',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'could not list cves for the image … forbidden',
    id: 'LOOK025',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'could not get repositories for org … 403 forbidden',
    id: 'LOOK025',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'snyk-0005',
    id: 'LOOK026',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'while pulling library image … not found',
    id: 'LOOK027',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'while pulling library image … does not exist in the library',
    id: 'LOOK027',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'container image … does not exist or access is not authorized',
    id: 'REG023',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'cannotpullcontainererror … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording:
      'cannotpullimagemanifesterror … requested access to the resource is denied',
    id: 'REG009',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'registry responded to head request with',
    id: 'LOOK024',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'could not do a head request for … falling back to regular pull',
    id: 'LOOK024',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'connect etimedout',
    id: 'NET001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'err_tls_cert_altname_invalid',
    id: 'NET006',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'response code 50',
    id: 'FB012',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'unable to fetch image … failed to resolve image to digest … 401',
    id: 'CLI076',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'unable to fetch image … failed to resolve image to digest … 403',
    id: 'CLI076',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'unable to fetch image … failed to resolve image to digest … unauthorized',
    id: 'CLI076',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'unable to fetch image … failed to resolve image to digest … denied',
    id: 'CLI076',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'unable to fetch image … failed to resolve image to digest … forbidden',
    id: 'CLI076',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'unable to fetch image … failed to resolve image to digest … authentication',
    id: 'CLI076',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error response from daemon: <html',
    id: 'CLI077',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error response from daemon: <!doctype html',
    id: 'CLI077',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error response from daemon: 404 page not found',
    id: 'CLI077',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'failed to initialize … unable to resolve docker endpoint',
    id: 'CLI078',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'failed to initialize … protocol not available',
    id: 'CLI078',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'unable to fetch image … unsupported status code 401',
    id: 'CLI076',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'failed to fetch anonymous token … 429 too many requests',
    id: 'CLI070',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'in container group … is not accessible',
    id: 'CLI071',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'inaccessibleimage',
    id: 'CLI071',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'failed to fetch oauth token … unexpected status: 401 unauthorized',
    id: 'REG020',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'user cannot be authenticated with the token provided',
    id: 'GHCR019',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'image repository must be in the same account as the caller',
    id: 'ECR009',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'access denied while validating ecr uri',
    id: 'ECR011',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'pull access denied for public.ecr.aws/ … your authorization token has expired',
    id: 'ECR012',
    diagnosis: 'stale-login'
  },
  {
    wording: 'unhandlederror(status: -25308)',
    id: 'CLI084',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'error querying keychain for',
    id: 'CLI084',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'no credentials found for host',
    id: 'CLI085',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'no credentials available for basic auth',
    id: 'CLI082',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'the credentials returned for … by the credential helper',
    id: 'CLI083',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'cannotpullcontainererror … failed to fetch anonymous token.',
    id: 'CLI008',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'error: image  …  not found',
    id: 'LOOK028',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'media type for the source image … is not supported',
    id: 'LOOK029',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'error pulling the container image … check the image name or any registry credentials',
    id: 'REG026',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'load metadata for … .dkr.ecr. … [manifests  … 403 forbidden',
    id: 'ECR013',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'your authorization token is invalid',
    id: 'ECR014',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'unable to access the repository, please check that you have permission',
    id: 'GAR053',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'unable to access the repository; please check that you have permission',
    id: 'GAR053',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'unable to create the repository, please check that you have access',
    id: 'GAR053',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'wrong login/password, please try again',
    id: 'HUB021',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'error building image … mkdir /kaniko/ … permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error building image … chmod / … operation not permitted',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error building image … unlinkat / … permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'error resolving dockerfile path … open /kaniko/ … permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error resolving source context … accessdenied',
    id: 'LOOK030',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'incomplete docker registry authorization credentials',
    id: 'CLI086',
    diagnosis: 'malformed-credentials'
  },
  {
    wording: 'status 403 trying to pull repository … permission denied',
    id: 'QUAY014',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'status 401 trying to push repository',
    id: 'REG027',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'status 401 trying to pull repository',
    id: 'REG027',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'upload/delete is prohibited in read only mode',
    id: 'HBR003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'pull docker.pkg.github.com/ … could not be authenticated by the github packages service',
    id: 'GHCR021',
    diagnosis: 'missing-credentials'
  },
  {
    wording: "request is prohibited by organization's policy",
    id: 'GAR054',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'vpcservicecontrolsuniqueidentifier',
    id: 'GAR054',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      "remote: invalid username or password \u2026 fatal: authentication failed for '",
    id: 'CLI087',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      "remote: http basic: access denied \u2026 fatal: authentication failed for '",
    id: 'CLI087',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error contacting notary server … not found or deleted',
    id: 'CLI088',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'forbidden (user=system:serviceaccount:',
    id: 'LOOK031',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'is forbidden: user "system:serviceaccount: … cannot ',
    id: 'LOOK031',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'curl: (22) the requested url returned error: 4 … did not complete successfully',
    id: 'LOOK032',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'curl: (22) the requested url returned error: 4 … returned a non-zero code',
    id: 'LOOK032',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'no such manifest: ',
    id: 'LOOK001',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'pull access denied for ',
    id: 'LOOK004',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'win32exception … native error= access denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'failed to fetch oauth token … dial tcp',
    id: 'NET018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … i/o timeout',
    id: 'NET018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … no such host',
    id: 'NET018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … connection refused',
    id: 'NET018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … tls handshake timeout',
    id: 'NET018',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … read: connection timed out',
    id: 'NET027',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed to fetch oauth token … connection reset by peer',
    id: 'NET027',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'tag  …  not found in repository ',
    id: 'LOOK001',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'unexpectedly received a manifest list instead of a manifest for a single image',
    id: 'LOOK033',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'docker image manifest version 2, schema 1 support is disabled',
    id: 'LOOK034',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'image ghcr.io/ … error from registry: unauthorized',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'unexpected status code http … : 500 internal server error',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'unexpected status code http … : 502 bad gateway',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'unexpected status code http … : 503 service unavailable',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'unexpected status code http … : 504 gateway time',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: "repository does not exist or may require 'docker login'",
    id: 'LOOK004',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'db::exception: ',
    id: 'LOOK035',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'microsoft.azure.cosmos.cosmosexception',
    id: 'LOOK035',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'when writing to [http … ]: 401 unauthorized',
    id: 'LOOK035',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'default backend - 404',
    id: 'NET016',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'has an ip allow list enabled … ip address is not permitted',
    id: 'NET017',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'mkdir /run/containers/0',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/1',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/2',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/3',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/4',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/5',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/6',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/7',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/8',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/containers/9',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /run/user/ … /containers: ',
    id: 'CLI073',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'mkdir /var/lib/containers/ … permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '/containers/storage … permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error processing tar file … permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error while fetching server api version … permissionerror(13',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: "('connection aborted.', permissionerror(13",
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      "error while fetching server api version … error(13, 'permission denied')",
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'invalid jwt … reasonable timeframe',
    id: 'REG022',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'identity token … invalid_grant',
    id: 'REG041',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'invalid_grant … for refresh token',
    id: 'REG041',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'invalid_grant',
    id: 'REG021',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: "error parsing http 405 response body … invalid character '<'",
    id: 'FB022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'no image found in manifest list for architecture',
    id: 'LOOK002',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'java.nio.file.accessdeniedexception',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'unable to start container process',
    id: 'LOOK014',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'socket hang up',
    id: 'NET001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'certificate has expired',
    id: 'NET007',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'status 405 trying to pull repository',
    id: 'NET004',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'this registry does not appear to support basic authentication',
    id: 'CLI089',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '/bin/sh:  … : permission denied',
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'bash:  … : permission denied',
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'tee:  … : permission denied',
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'mkdir: cannot create directory … : permission denied',
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'touch: cannot touch … : permission denied',
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: "could not open ' … ': permission denied",
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '<code>authorizationfailure</code>',
    id: 'NET019',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/_catalog … status 401',
    id: 'REG028',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'received unexpected http status: 5',
    id: 'NET002',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'openbinaryfile: permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'openfile: permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'permission denied @ ',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'system.unauthorizedaccessexception: access to the path',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'mkdir / … : permission denied',
    id: 'LOOK036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'this image is not in the allowlist',
    id: 'NET020',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'not allowed to create repo at given location',
    id: 'HUB022',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      "unable to find image 'ghcr.io/ … error response from daemon: denied",
    id: 'GHCR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'read econnreset',
    id: 'NET001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'forcibly closed by the remote host',
    id: 'NET001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'failed open: failed to do request',
    id: 'NET001',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '(13: permission denied)',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '401 … failed to login',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'blocked due to recurrent login failures',
    id: 'REG029',
    diagnosis: 'login-locked-out'
  },
  {
    wording: "unable to find image 'ghcr.io/ … error from registry: denied",
    id: 'GHCR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'failed to pull image ghcr.io/ … error from registry: denied',
    id: 'GHCR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'reading manifest  …  in ghcr.io/ … : denied',
    id: 'GHCR020',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'error: for  … access to the requested resource is not authorized',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'api.github.com … api rate limit exceeded',
    id: 'GHCR023',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'api.github.com … secondary rate limit',
    id: 'GHCR023',
    diagnosis: 'rate-limited'
  },
  {
    wording: 'request to https://api.github.com/ … failed with status 403',
    id: 'GHCR022',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'error during connect:  … "https:// … /v1.',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: "fatal: could not read username for 'http",
    id: 'CLI087',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'not continuing with pull after error … denied: requested access to the resource is denied … unauthorized: authentication required',
    id: 'LOOK004',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'pushing layers … error: unexpected status: 403 forbidden',
    id: 'REG008',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'returned when fetching tags list 403',
    id: 'REG030',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'either authorization header is missing or invalid',
    id: 'REG031',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '401 on reattempt after auth',
    id: 'REG032',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'amazon-ecr-login … missing credentials in config, if using aws_config_file',
    id: 'AWS013',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'getauthorizationtoken … missing credentials in config, if using aws_config_file',
    id: 'AWS013',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'no authentication credentials found for registry … 401 on reattempt after auth',
    id: 'REG036',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '/manifests/ … denied access forbidden',
    id: 'GL009',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'you are not authorized to view this resource',
    id: 'QUAY011',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'invalidimageregistrypassword … cannot be empty',
    id: 'CLI071',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'microsoft.containerregistry/registries/ … .azurecr.io denied',
    id: 'ACR034',
    diagnosis: 'insufficient-scope'
  },
  {
    wording:
      'trying to pull repository … please verify that it exists and you have permission to access it',
    id: 'GAR055',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'tls handshake error from … unknown certificate authority',
    id: 'NET021',
    diagnosis: 'registry-unreachable'
  },
  {
    wording:
      'reading manifest … in docker.pkg.github.com/ … could not be authenticated by the github packages service',
    id: 'GHCR021',
    diagnosis: 'missing-credentials'
  },
  {
    wording: '/blobs/ … read: connection timed out',
    id: 'NET022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/manifests/ … read: connection timed out',
    id: 'NET022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/":  … read: connection timed out',
    id: 'NET022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '/v2/:  … read: connection timed out',
    id: 'NET022',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: ': unavailable: service unavailable',
    id: 'NET023',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'inaccessible host: … this service may not be available in the',
    id: 'NET024',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'api error (404): repository  …  not found',
    id: 'REG033',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'streamoutputerror: authentication is required',
    id: 'REG034',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'reading password: inappropriate ioctl for device',
    id: 'REG035',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'request was blocked due to exceeding usage of resource',
    id: 'LOOK037',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'manifest v2 schema 1 to this repository is blocked',
    id: 'LOOK038',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'npm err! code e401',
    id: 'LOOK039',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'npm error code e401',
    id: 'LOOK039',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '.token_seed: permission denied',
    id: 'LOOK040',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: "error checking context: 'no permission to read from '",
    id: 'LOOK040',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'unsupported: cannot create organization',
    id: 'QUAY015',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '/v2/ … unauthorized: project  …  not found',
    id: 'HBR012',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'please enable google container registry api',
    id: 'GAR056',
    diagnosis: 'repository-not-found'
  },
  {
    wording: 'this api method requires billing to be enabled',
    id: 'GAR057',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'failed to retrieve credentials for container registry',
    id: 'ACR035',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'fetching changes with git … remote: http basic: access denied',
    id: 'CLI087',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'remote: your account has been blocked',
    id: 'CLI087',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: '/.docker/buildx/ … : permission denied',
    id: 'LOOK040',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'error from sender: … : permission denied',
    id: 'LOOK040',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'http request sent, awaiting response... 4',
    id: 'LOOK041',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'the image is not signed in notary',
    id: 'LOOK042',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'failed to fetch anonymous token … scope=repository%3auser%2fimage%3apull',
    id: 'LOOK043',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'please login prior to push',
    id: 'REG037',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'no matching credentials were found, falling back on anonymous … failed to copy',
    id: 'REG038',
    diagnosis: 'missing-credentials'
  },
  {
    wording: 'getaddrinfo enotfound … amazonaws.com',
    id: 'NET025',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'try running resync keys on your workspace',
    id: 'ACR036',
    diagnosis: 'invalid-credentials'
  },
  {
    wording:
      'could not assume role with oidc … not authorized to perform sts:assumerolewithwebidentity',
    id: 'AWS014',
    diagnosis: 'aws-access-denied'
  },
  {
    wording: 'not authorized to perform sts:assumerolewithwebidentity',
    id: 'AWS015',
    diagnosis: 'aws-access-denied'
  },
  {
    wording: 'write: socket is not connected',
    id: 'NET026',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'stream error: stream id',
    id: 'NET026',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: '401 unauthorize',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    wording: 'docker-credential- … .exe: invalid argument',
    id: 'CLI090',
    diagnosis: 'credential-store-error'
  },
  {
    wording: 'unable to prepare context: … permission denied',
    id: 'LOOK040',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'errno::enotty … exception while executing on host',
    id: 'LOOK044',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'import failed (unauthorized)',
    id: 'REG040',
    diagnosis: 'missing-credentials'
  },
  {
    wording:
      'connection was closed before we received a valid response from endpoint url',
    id: 'AWS011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'could not connect to the endpoint url',
    id: 'AWS011',
    diagnosis: 'registry-unreachable'
  },
  {
    wording: 'does not grant ecr: … service principal',
    id: 'ECR015',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'public.ecr.aws/v2/ … /manifests/ … 400 bad request',
    id: 'ECR016',
    diagnosis: 'stale-login'
  },
  {
    wording: 'public.ecr.aws/v2/ … /blobs/ … 400 bad request',
    id: 'ECR016',
    diagnosis: 'stale-login'
  },
  {
    wording: 'project # … has been deleted',
    id: 'GAR058',
    diagnosis: 'repository-not-found'
  },
  {
    wording: '(gcloud.builds.submit) … permission_denied',
    id: 'GAR059',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: '(gcloud.builds.submit) … 403',
    id: 'GAR059',
    diagnosis: 'insufficient-scope'
  },
  {
    wording: 'blob_upload_invalid',
    id: 'FB036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'blob upload invalid',
    id: 'FB036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'blob_upload_unknown',
    id: 'FB036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording: 'blob upload unknown',
    id: 'FB036',
    diagnosis: 'not-a-login-failure'
  },
  {
    wording:
      'you can log in with your password or a personal access token (pat)',
    id: 'HUB024',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'ecr getauthorizationtoken error',
    id: 'AWS016',
    diagnosis: 'aws-access-denied'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'please provide the password by setting the cf_docker_password',
    id: 'CLI093',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aaa (i)
    wording:
      'permission denied (publickey) … could not read from remote repository',
    id: 'CLI094',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'base64: invalid input',
    id: 'CLI095',
    diagnosis: 'malformed-credentials'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'cannotpullcontainererror … context canceled',
    id: 'ECR017',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'failed to pull your application image … access role',
    id: 'ECR018',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: '[401] https:// … /manifests/',
    id: 'FB006',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: '401  unauthorized [ip: … e: failed to fetch',
    id: 'LOOK045',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'error writing manifest blob:  … /manifests/ … 400 bad request',
    id: 'LOOK046',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'error writing manifest blob:  … /manifests/ … 404 not found',
    id: 'LOOK046',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'server error: 5 … trying to push',
    id: 'NET028',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'failed to send blob post … unauthorized',
    id: 'QUAY005',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'credentialunavailableexception',
    id: 'ACR039',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'retrieving permissions failed',
    id: 'ACR040',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aab (b)
    wording:
      'service request failed. … status: 401 (unauthorized) … .azurecr.io',
    id: 'ACR040',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aab (b)
    wording:
      'build image failed, perhaps you should set a credential helper name',
    id: 'CLI013',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aab (b)
    wording: '/registry/credstore-updated … dockerbackendapiserver',
    id: 'CLI096',
    diagnosis: 'credential-store-error'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'credentialhelperpkg … dockerbackendapiserver',
    id: 'CLI096',
    diagnosis: 'credential-store-error'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'fetching ambient oidc credentials … impersonate: status code 403',
    id: 'LOOK049',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'failed to push ghcr.io/ … 403 "forbidden"',
    id: 'GHCR007',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'failed to push ghcr.io/ … denied: permission_denied',
    id: 'GHCR007',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'failed to configure gha cache exporter',
    id: 'LOOK050',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aab (e)
    wording: 'failed to configure gha cache importer',
    id: 'LOOK050',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'is too new. maximum supported api version is',
    id: 'LOOK047',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'could not resolve dependencies for project … not authorized',
    id: 'LOOK048',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'could not transfer artifact',
    id: 'LOOK048',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aac (c)
    wording:
      "and type 'microsoft.containerregistry/registries' could not be found",
    id: 'ACR041',
    diagnosis: 'repository-not-found'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'api.ecr. … field value for "authorization"',
    id: 'AWS017',
    diagnosis: 'malformed-credentials'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'api.ecr. … invalid header field value … for key authorization',
    id: 'AWS017',
    diagnosis: 'malformed-credentials'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'invalid script output, must be single line with syntax',
    id: 'CLI097',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'no username present in auth config for server',
    id: 'CLI098',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aac (c)
    wording: "image doesn't exist or invalid credential to pull image from",
    id: 'CLI099',
    diagnosis: 'invalid-credentials'
  },
  {
    // docs/registries.md §13aac (c)
    wording:
      '.dkr.ecr. … returned status 400 for request … without a www-authenticate header',
    id: 'ECR019',
    diagnosis: 'missing-credentials'
  },
  {
    // docs/registries.md §13aac (c)
    wording: "permission 'iam.serviceaccounts.getaccesstoken' denied",
    id: 'GAR052',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'reading manifest … in ghcr.io/ … : unauthorized',
    id: 'GHCR008',
    diagnosis: 'repository-not-found'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'open /etc/docker/certs.d/ … permission denied',
    id: 'LOOK003',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'failed to fetch http … .deb ',
    id: 'LOOK045',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'failed to fetch http … /dists/',
    id: 'LOOK045',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'tag does not exist: ',
    id: 'LOOK052',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'docker: you are not authorized to perform this operation',
    id: 'LOOK053',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aac (c)
    wording:
      'trusted pull for … you are not authorized to perform this operation: server returned 401',
    id: 'LOOK053',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'the push refers to repository … retrying in … second eof',
    id: 'NET033',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aac (c)
    wording: 'the push refers to repository … retrying in … seconds eof',
    id: 'NET033',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aac (d), attack-70
    wording: 'field value for "authorization"',
    id: 'CLI101',
    diagnosis: 'malformed-credentials'
  },
  {
    // docs/registries.md §13aac (d), attack-70
    wording: 'invalid header field value … for key authorization',
    id: 'CLI101',
    diagnosis: 'malformed-credentials'
  },
  {
    // docs/registries.md §13aac (d), attack-70
    wording: '.dkr.ecr. … retrying in … seconds eof',
    id: 'ECR020',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aac (d), attack-70
    wording: '.dkr.ecr. … retrying in … second eof',
    id: 'ECR020',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aac (d), attack-70
    wording: 'error response from daemon … proxyconnect tcp: dial tcp',
    id: 'NET034',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aac (b), attack-69 A69-02
    wording: 'proxyconnect tcp: dial tcp',
    id: 'NET031',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aac (b), attack-69 A69-02
    wording: 'proxyconnect tcp: … i/o timeout',
    id: 'NET031',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aac (b), attack-69 A69-02
    wording: 'proxyconnect tcp: … connection reset by peer',
    id: 'NET031',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aac (b), attack-69 (below its bar)
    wording: '/v2/: too many requests',
    id: 'NET032',
    diagnosis: 'rate-limited'
  },
  {
    // docs/registries.md §13aac (b), attack-69 (below its bar)
    wording: '/v2/": too many requests',
    id: 'NET032',
    diagnosis: 'rate-limited'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'client closed request',
    id: 'NET030',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'unexpected status from  …  request to  … : 500 ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'unexpected status from  …  request to  … : 502 ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'unexpected status from  …  request to  … : 503 ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'unexpected status from  …  request to  … : 504 ',
    id: 'NET015',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aab (b)
    wording: 'login: not found … (code: 404',
    id: 'NET029',
    diagnosis: 'registry-unreachable'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'error from registry: unauthorized',
    id: 'REG004',
    diagnosis: 'invalid-credentials'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: '"name":"catalog" … authentication required',
    id: 'REG028',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: '401 unauthorized … /v2/_catalog',
    id: 'REG028',
    diagnosis: 'insufficient-scope'
  },
  {
    // docs/registries.md §13aaa (i)
    wording: 'pushing [= … unauthorized: authentication required',
    id: 'REG042',
    diagnosis: 'token-expired'
  },
  {
    // docs/registries.md §13aaa (j)
    wording: 'docker client must be run with elevated privileges to connect',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  },
  {
    // docs/registries.md §13aaa (j)
    wording: 'error during connect … open //./pipe/docker_engine',
    id: 'LOOK007',
    diagnosis: 'not-a-login-failure'
  }
]

describe('every wording yields its rule and diagnosis, whatever the case', () => {
  it.each(WORDINGS)(
    '"$wording" is rule $id: $diagnosis',
    ({ wording, id, diagnosis }) => {
      for (const text of [wording, wording.toUpperCase(), mixedCase(wording)]) {
        const found = matchRule(text)
        expect(found?.rule.id).toBe(id)
        expect(found?.rule.diagnosis).toBe(diagnosis)
      }
    }
  )

  it.each(PROFILES.map((profile) => profile.id))(
    'no earlier rule shadows a wording in the table of %s',
    (id) => {
      const table = rulesFor(profileById(id))
      // MIS002 is in every table but Docker Hub's
      const inTable = WORDINGS.filter((w) => table.some((r) => r.id === w.id))
      const shadowed = inTable
        .filter(
          ({ wording, id: rule }) =>
            matchRule(mixedCase(wording), table)?.rule.id !== rule
        )
        .map(({ wording }) => wording)
      expect(shadowed).toEqual([])
    }
  )

  it('the table above lists every wording of every rule, and no other', () => {
    const listed = WORDINGS.map(({ wording, id }) => `${id} ${wording}`).sort()
    const actual = ALL_RULES.flatMap((rule) =>
      rule.match.map((wording) => `${rule.id} ${textOf(wording)}`)
    ).sort()
    expect(listed).toEqual(actual)
  })

  it('a wording of several parts needs all of them', () => {
    expect(
      matchRule('exec: "docker-credential-pass": executable file not found')
        ?.rule.id
    ).toBe('CLI001')
    expect(matchRule('executable file not found in $PATH')).toBeUndefined()
    expect(matchRule('docker-credential-pass list')).toBeUndefined()
  })

  it("a rule whose parts must stand on one line (sameLine) does not match them across lines (§13uu (b))", () => {
    expect(matchRule('#7 0.301 /bin/sh: 1: ./run.sh: Permission denied\r\n#7 ERROR: exit code: 126')?.rule.id).toBe('LOOK036')
    const apart = '#7 0.301 /bin/sh: 1: yarn: not found\ndenied: Permission denied for "v1" from request "/v2/p/a/manifests/v1".'
    expect(matchRule(apart)?.rule.id).not.toBe('LOOK036')
    // a rule without it still reads a wording wrapped over lines
    expect(matchRule('tee: /etc/app.yml:\nPermission denied')?.rule.id).not.toBe('LOOK036')
    expect(matchRule("remote: Invalid username or password.\nfatal: Authentication failed for 'https://github.com/a/b.git/'")?.rule.id).toBe('CLI087')
  }) // prettier-ignore

  it('reads the last RULE_TEXT_MAX characters of a text, where the error is', () => {
    const log = 'step output line\n'.repeat(RULE_TEXT_MAX / 8)
    expect(
      matchRule(`${log}Error: unauthorized: incorrect username or password`)
        ?.rule.id
    ).toBe('HUB010')
    expect(
      matchRule(`unauthorized: incorrect username or password\n${log}`)
    ).toBeUndefined()
  })

  it("leaves out Terraform's box: a wording it wrapped still matches (§13ff (c))", () => {
    const boxed = '╷\n│ Error: GET "https://r/v2/a/manifests/1": response status code\n│ 401: unauthorized: authentication required\n╵'
    expect(holds(boxed, 'status code 401')).toBe(true)
    expect(matchRule(boxed)?.rule.id).toBe('REG004')
    // a pipe of a table is no box
    expect(holds('status code\n| 401', 'status code 401')).toBe(false)
  }) // prettier-ignore

  it('folds white space: a wording wrapped over lines still matches', () => {
    expect(
      matchRule('unauthorized: incorrect\n   username or\r\npassword')?.rule.id
    ).toBe('HUB010')
  })

  it('text with no wording matches no rule', () => {
    expect(matchRule('flux capacitor overheated')).toBeUndefined()
    expect(matchRule('')).toBeUndefined()
  })
})

describe('rule ids and sources', () => {
  const refinementIds = [
    ...new Set(PROFILES.flatMap((p) => ids(refinementsFor(p))))
  ]

  it('every rule and refinement id is unique', () => {
    const all = [...ids(ALL_RULES), ...refinementIds]
    expect(new Set(all).size).toBe(all.length)
  })

  /**
   * Ids taken out stay taken: a user's report or script may quote one with
   * its old meaning. GHCR014 (an image name with capitals: LOOK010 reads it
   * for every registry), CLI072 (a swarm task's `No such image`,
   * docs/registries.md §13jj (e)).
   */
  // AWS012 (STS refusing OIDC) gave the advice of aws-access-denied's keys
  // case for a trust-policy failure: taken out (attack-43 A43-03)
  const RETIRED = ['GHCR014', 'CLI072', 'AWS012']

  it('no rule or refinement takes an id that was taken out', () => {
    const all = [...ids(ALL_RULES), ...refinementIds]
    expect(all.filter((id) => RETIRED.includes(id))).toEqual([])
  })

  it.each(ids(ALL_RULES))('rule %s has a well-formed id and a source', (id) => {
    const rule = ALL_RULES.find((r) => r.id === id)
    expect(id).toMatch(/^[A-Z]+\d{3}$/)
    expect(rule?.source.trim().length).toBeGreaterThan(5)
    // FB033 is reached by the request a text shows (src/operation.ts)
    if (REQUEST_ONLY_RULES.includes(id)) expect(rule?.match).toEqual([])
    else expect(rule?.match.length).toBeGreaterThan(0)
  })

  it.each(refinementIds)(
    'refinement %s has a well-formed id and a source',
    (id) => {
      const refinement = PROFILES.flatMap((p) => refinementsFor(p)).find(
        (r) => r.id === id
      )
      expect(id).toMatch(/^[A-Z]+\d{3}$/)
      expect(refinement?.source.trim().length).toBeGreaterThan(5)
    }
  )

  it('every wording is written in lower case, as the engine compares', () => {
    for (const rule of ALL_RULES) {
      for (const wording of rule.match) {
        expect(textOf(wording)).toBe(textOf(wording).toLowerCase())
      }
    }
  })

  it('only the Docker Hub PAT wordings ask the Hub login API next', () => {
    const asking = ALL_RULES.filter((rule) => rule.next === 'hub-login')
    expect(ids(asking)).toEqual(['HUB005', 'HUB006'])
  })
})

// ---------------------------------------------------------------------------
// Order

describe('rule order where wordings overlap: the more specific wins', () => {
  it.each([
    // docs/registries.md §13l (a): AWS's refusal is the cause of docker's
    // complaint of the empty password that follows it
    {
      name: "AWS's refusal of the token request beats docker's complaint of an empty username",
      text: '+ ./scripts/cipublish\nAn error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.\nMust provide --username with --password-stdin',
      winner: 'AWS002',
      loser: 'CLI009'
    },
    {
      name: "AWS's expired keys beat docker's complaint of an empty password",
      text: 'An error occurred (ExpiredTokenException) when calling the GetAuthorizationToken operation: The security token included in the request is expired\nError: Cannot perform an interactive login from a non TTY device',
      winner: 'AWS004',
      loser: 'CLI002'
    },
    {
      name: "no AWS keys at all beats docker's complaint of an empty password",
      text: 'Unable to locate credentials. You can configure credentials by running "aws configure".\nError: Cannot perform an interactive login from a non TTY device',
      winner: 'AWS006',
      loser: 'CLI002'
    },
    {
      name: "a service-account key split by the shell beats Docker Hub's refusal of the login that had no registry",
      text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n/bin/sh: type:: not found\n/bin/sh: project_id:: not found\n/bin/sh: private_key_id:: not found',
      winner: 'CLI026',
      loser: 'HUB010'
    },
    {
      name: "GHCR's denied: denied on a manifest stays a stale login, not GHCR008's bare denied",
      text: 'Error response from daemon: Head "https://ghcr.io/v2/o/n/manifests/1": denied: denied',
      winner: 'GHCR003',
      loser: 'GHCR008'
    },
    {
      name: "a login's 404 page on /v2/ is no registry there; a pull's names nothing served",
      text: 'docker pull gitlab.example.com:443/me/dependency_proxy/containers/alpine:latest\nError response from daemon: error parsing HTTP 404 response body: unexpected end of JSON input: ""',
      winner: 'LOOK015',
      loser: 'NET004'
    },
    {
      name: 'the SSO wording beats the PAT wording it contains',
      text: 'unauthorized: please use personal access token to login when SSO is enforced',
      winner: 'HUB003',
      loser: 'HUB006'
    },
    {
      name: 'a credential helper error beats the network text inside it',
      text: 'error getting credentials - err: exit status 1, out: `dial unix /run/user/1000/bus: connect: connection refused`',
      winner: 'CLI001',
      loser: 'NET001'
    },
    {
      name: 'a credential helper error beats a Login Succeeded before it',
      text: 'Login Succeeded\nError saving credentials: error storing credentials - err: exit status 1',
      winner: 'CLI001',
      loser: 'CLI005'
    },
    {
      name: 'a lockout is not a rate limit',
      text: 'toomanyrequests: too many failed login attempts for username or IP address',
      winner: 'HUB001',
      loser: 'HTTP001'
    },
    {
      name: 'the pull-limit wording beats the generic 429',
      text: 'toomanyrequests: You have reached your pull rate limit.',
      winner: 'HUB002',
      loser: 'HTTP001'
    },
    {
      name: 'a wrong password beats the failed token fetch it comes with',
      text: 'failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized: incorrect username or password',
      winner: 'HUB010',
      loser: 'REG003'
    },
    {
      name: 'a refused pull with a stored login is a stale login, not a wrong password',
      text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/firstbatch/dkn-compute-node/manifests/latest": unauthorized: incorrect username or password',
      winner: 'HUB014',
      loser: 'HUB010'
    },
    {
      name: 'a refused pull after 2FA was turned on is a stale login, not a login asking for a PAT',
      text: 'Error response from daemon: Get https://registry-1.docker.io/v2/koalaman/scbuilder/manifests/latest: unauthorized: please use personal access token to login',
      winner: 'HUB014',
      loser: 'HUB006'
    },
    {
      name: 'a pull of a missing or private repository is not a push denial',
      text: "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      winner: 'LOOK004',
      loser: 'REG002'
    },
    {
      name: "BuildKit's pull of a missing or private repository is not a push scope",
      text: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
      winner: 'LOOK004',
      loser: 'REG001'
    },
    {
      name: "a proxy's 429 beats the generic 429",
      text: '429 Too Many Requests - Server message: unknown: too many requests to upstream registry',
      winner: 'LOOK006',
      loser: 'HTTP001'
    },
    {
      name: 'a bare gha cache ref is the cache, not a failed push token fetch',
      text: '#19 [auth] library/gha:pull,push token for registry-1.docker.io\nERROR: failed to solve: error writing layer blob: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
      winner: 'LOOK005',
      loser: 'REG003'
    },
    {
      name: 'a token fetch without a credential is a missing login, not a refused one',
      text: 'failed to resolve reference "registry.example.com/app:1": failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
      winner: 'CLI008',
      loser: 'REG004'
    },
    {
      name: 'an expired certificate of the token service is TLS, not a refused push token',
      text: 'failed to authorize: failed to fetch oauth token: Post "https://auth.example.com/token": x509: certificate has expired or is not yet valid',
      winner: 'NET007',
      loser: 'REG003'
    },
    {
      name: 'a certificate for other names beats the generic x509 wording',
      text: 'Error response from daemon: Get https://our.company.registry:5000/v2/: x509: certificate is not valid for any names, but wanted to match our.company.registry',
      winner: 'NET006',
      loser: 'NET001'
    },
    {
      name: 'a failed push token fetch beats its 401',
      text: 'failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token: 401 Unauthorized',
      winner: 'REG003',
      loser: 'REG004'
    }
  ])('$name ($winner before $loser)', ({ text, winner, loser }) => {
    const loserRule = ALL_RULES.find((rule) => rule.id === loser)
    // the texts do overlap: the losing rule holds too
    expect(loserRule?.match.some((wording) => holds(text, wording))).toBe(true)
    for (const profile of PROFILES) {
      const table = ids(rulesFor(profile))
      expect(table.indexOf(winner)).toBeLessThan(table.indexOf(loser))
      expect(matchRule(text, rulesFor(profile))?.rule.id).toBe(winner)
    }
  })
})

describe('rulesFor: client rules, the profile, the others, then generic', () => {
  // AWS's refusals of a registry token, before the docker CLI's complaint
  // of the empty password they cause (docs/registries.md §13l (a))
  const aws = [
    'AWS001',
    'AWS005',
    'AWS007',
    'AWS002',
    'AWS003',
    'AWS004',
    // STS refusing the job's OIDC token: the trust policy (§13vv (h)); any
    // other web identity token (§13ww (b)); before AWS006, whose missing
    // keys follow from them (attack-44 A44-03)
    'AWS014',
    'AWS015',
    // Renovate's refused GetAuthorizationToken (§13aaa (i))
    'AWS016',
    'AWS006',
    // part of the keys, a profile that does not exist, an ended SSO
    // session (docs/registries.md §13s (f))
    'AWS009',
    'AWS010',
    // Go's refusal of a key with a control character (§13aac (c)), before
    // the SDK's frame of it
    'AWS017',
    // the SDK could not send the token request (docs/registries.md §13v (d))
    'AWS011'
  ]
  const client = [
    // a layer's storage host refusing the download (docs/registries.md §13r)
    'NET012',
    // the macOS keychain, Apple's container without a login, regctl with
    // none for Basic, a client refusing a helper's answer (§13ss (c))
    'CLI084',
    'CLI085',
    'CLI082',
    'CLI083',
    // the Spotify Maven plugin's partial login (§13ss (d))
    'CLI086',
    // git's refusal inside a build, content trust without a notary (§13tt (c))
    'CLI087',
    // cf's CF_DOCKER_PASSWORD, git's SSH key, base64 of a secret, apt's
    // download, BuildKit's cache manifest (§13aaa (i))
    'CLI093',
    'CLI094',
    'CLI095',
    'LOOK045',
    'LOOK046',
    'CLI088',
    // a client that speaks Basic only (§13uu (b))
    'CLI089',
    // a helper that only reads, asked to store (§13rr (v))
    'CLI080',
    'CLI001',
    // WSL could not start Docker Desktop's Windows helper (§13ww (d))
    'CLI090',
    'CLI002',
    'CLI003',
    'CLI004',
    'CLI006',
    'CLI007',
    // the daemon's API answered with a page (docs/registries.md §13qq (g))
    'CLI077',
    // Knative's tag resolution refused (docs/registries.md §13qq (c))
    'CLI076',
    'CLI070',
    // containerd's anonymous token answered 5xx (§13rr (t))
    'CLI079',
    // Helm 3.13.0's stray scope, before CLI008 (§13vv (f))
    'LOOK043',
    // Kamal's SSH password prompt without a terminal (§13ww (d))
    'LOOK044',
    'CLI008',
    // go-containerregistry's anonymous fallback (docs/registries.md §13l (e))
    'CLI025',
    // a service-account key split by the shell (docs/registries.md §13l (d))
    'CLI026',
    // docker's current context missing (docs/registries.md §13n)
    'CLI027',
    // docker could not start for its endpoint's settings (§13qq (g))
    'CLI078',
    // Testcontainers found no docker config (docs/registries.md §13o (g))
    'CLI028',
    // clients that sent or found no credential, Skaffold's denied push
    // (docs/registries.md §13q)
    'CLI029',
    'CLI030',
    // wordings mined from the clients' sources (docs/registries.md §13s):
    // containerd's Basic challenge without a credential, an empty username
    // or password at the login, go-containerregistry's anonymous warning
    'CLI031',
    'CLI032',
    'CLI033',
    'CLI034',
    // helm finding no credentials in the docker config (§13t (e)), Flux
    // finding none in its secret (§13v (a))
    'CLI040',
    // Docker Desktop's helper without its backend (§13aab (b))
    'CLI096',
    'CLI041',
    // Azure Container Apps given an image with no registry part, or with
    // no registry credential, an Azure SDK with no identity (§13x (b), (c))
    // dockerd could not decode a client's X-Registry-Auth (§13bb (b))
    'CLI044',
    'LOOK022',
    'CLI042',
    'CLI043',
    // wordings mined from the clients' sources, second round (§13u):
    // podman with no login or no auth file, Testcontainers' helper that
    // cannot start, Jenkins' credentialsId that names nothing
    'CLI050',
    'CLI051',
    'CLI052',
    'CLI054',
    'CLI009',
    // credential helpers and other clients (docs/registries.md §13a)
    'CLI011',
    'CLI091',
    'CLI092',
    'CLI012',
    'CLI013',
    'CLI014',
    'CLI015',
    'LOOK008',
    // tools' own words, mined from their sources (docs/registries.md §13hh)
    'CLI055',
    'CLI056',
    'CLI057',
    'CLI058',
    'CLI059',
    'CLI060',
    'CLI061',
    'CLI062',
    'CLI063',
    'CLI064',
    'CLI065',
    'CLI066',
    'CLI067',
    'CLI073',
    'CLI071',
    // Azure Machine Learning's pull with the workspace's credential (§13oo (e))
    'CLI074',
    // Azure Container Instances' RegistryErrorResponse (§13oo (g))
    'CLI075',
    'CLI068'
  ]
  const hub = [
    // Docker Hub's immutable tags, worded as a refused push (§13oo (d))
    'HUB019',
    'HUB014',
    'HUB017',
    'HUB001',
    'HUB002',
    'HUB015',
    'HUB003',
    'HUB004',
    'HUB012',
    'HUB013',
    'HUB005',
    'HUB006',
    'HUB007',
    'HUB008',
    'HUB009',
    // Docker Hub's API refusing an access token (docs/registries.md §13c (g))
    'HUB016',
    'HUB010',
    'HUB011',
    // Docker Hub's v1 login refusing the password (§13ss (c))
    'HUB021',
    // its v1 index refusing to create a repository (§13uu (c))
    'HUB022',
    // an email address sent for the Docker ID (§13vv (c)), reached by byRequest only
    'HUB023',
    // Docker Hub's 401 for an official image's name: byRequest's only (§13gg)
    'HUB018',
    // a registry's host taken for a Docker Hub namespace: byRequest's only
    // (§13rr (e))
    'HUB020',
    // a push to library/<host>: the tag named a registry host alone;
    // byRequest's only (§13ww (j))
    'HUB025'
  ]
  const last = ids(GENERIC_RULES)
  const fallback = [
    'FB001',
    'FB002',
    'FB003',
    'FB004',
    'FB005',
    'FB006',
    'FB007',
    'FB008',
    'FB009',
    'FB010',
    // an upload session the registry dropped (§13ww (d))
    'FB036',
    'FB011',
    'FB012',
    'FB013',
    // the last resort by status class (§13b (h))
    'FB014',
    'FB015',
    'FB016',
    'FB017',
    'FB018',
    'FB019',
    'FB020',
    'FB021',
    'FB022',
    'FB023',
    'FB024',
    'FB025',
    'FB026',
    'FB027',
    // the caller named anonymous, before the words of a refused permission
    // (docs/registries.md §13c (o))
    'FB031',
    'FB028',
    'FB029',
    'FB030',
    // a login endpoint's 401 (§13c (p))
    'FB032',
    // a bare 401 where no request shows: byRequest's only (§13dd)
    'FB033',
    // the kubelet's own framing, a tool's registry client (§13ff)
    'FB034',
    'FB035'
  ]

  it("Docker Hub's own rules, in order", () => {
    expect(ids(ownRules(DOCKER_HUB))).toEqual(hub)
  })

  it.each(PROFILES.map((profile) => profile.id))(
    'the table of %s: client rules, its own, every other profile in order, generic ones',
    (id) => {
      const profile = profileById(id)
      const others = PROFILES.filter((p) => p !== profile)
      // ECR's own table holds AWS's rules: they count where they first come
      const later = (rules: string[]): string[] =>
        rules.filter((rule) => !aws.includes(rule))
      expect(ids(rulesFor(profile))).toEqual([
        ...aws,
        ...client,
        // a push that went to Docker Hub: every registry but Docker Hub
        ...(id === 'docker-hub' ? [] : ['MIS002']),
        ...later(ids(ownRules(profile))),
        ...others.flatMap((p) => later(ids(ownRules(p)))),
        ...last,
        // the last-resort layer, after every other table (§13b)
        ...fallback
      ])
    }
  )

  it("a rule's `what` is a not-a-login-failure wording's own fix: no case, one line that fits an error line (§13ww (c))", () => {
    const all = new Map(PROFILES.flatMap((profile) => rulesFor(profile).map((rule) => [rule.id, rule] as const)))
    const told = [...all.values()].filter((rule) => rule.what !== undefined)
    expect(told.map((rule) => rule.id)).toContain('LOOK043')
    for (const rule of told) {
      const what = rule.what ?? ''
      expect([rule.id, rule.diagnosis, rule.case]).toEqual([rule.id, 'not-a-login-failure', undefined])
      // "This is not a login failure: <what>" under 200 characters
      expect([rule.id, what.length <= 170, /[\n.]$/.test(what) || what !== what.trim()]).toEqual([rule.id, true, false])
    }
  }) // prettier-ignore

  it('the client and generic groups are the common ones', () => {
    expect(ids(AWS_API_RULES)).toEqual(aws)
    expect(ids(ownRules(profileById('ecr'))).slice(0, aws.length)).toEqual(aws)
    expect(ids(CLIENT_RULES)).toEqual(client)
    expect(ids(GENERIC_RULES)).toEqual([
      // look-alikes first: they are not about the credential
      // Watchtower's digest check, before a pull (§13hh (j))
      'LOOK024',
      // scanners' own services (docs/registries.md §13qq (j))
      'LOOK025',
      'LOOK026',
      // the Sylabs library, not a registry (§13rr (g))
      'LOOK027',
      // Lambda refusing an image's media type (§13ss (c))
      'LOOK029',
      // Kaniko's build context refused by object storage (§13ss (d))
      'LOOK030',
      // Kubernetes RBAC, curl refused inside a build step (§13tt (c))
      'LOOK031',
      'LOOK032',
      // an index for one image, a schema 1 image (§13tt (e))
      'LOOK033',
      'LOOK034',
      // a database's own refusal (§13tt (e))
      'LOOK035',
      'LOOK001',
      'LOOK002',
      'LOOK003',
      // a shell's, a file utility's or QEMU's refusal of a file (§13uu (b))
      'LOOK036',
      // a repository setting, a build step's npm, files the build could
      // not read or write (§13vv (d))
      'LOOK038',
      'LOOK039',
      'LOOK040',
      // a build step's wget, content trust refusing an unsigned image
      // (§13vv (f))
      'LOOK041',
      'LOOK042',
      // a public mirror refusing an image off its allowlist (§13uu (c))
      'NET020',
      'LOOK004',
      // docker 1.x's pull of a repository it could not read (§13ss (c))
      'LOOK028',
      // a pull answered 404 by a web page (docs/registries.md §13l (g))
      'LOOK015',
      // a path that is not a Docker v2 repository (docs/registries.md §13t (g))
      'LOOK020',
      // the daemon refused to create a container (§13cc (b))
      'LOOK023',
      // the docker CLI's usage error (docs/registries.md §13v (f))
      'LOOK021',
      'LOOK005',
      // the Actions cache service throttled (§13vv (d))
      'LOOK037',
      'LOOK006',
      'LOOK007',
      // the daemon's API version, a Maven repository's refusal (§13aab (b))
      'LOOK047',
      'LOOK048',
      // cosign's signing identity, the gha cache BuildKit cannot set up
      // (§13aab (e))
      'LOOK049',
      'LOOK050',
      'LOOK009',
      'LOOK010',
      'LOOK011',
      'LOOK012',
      'LOOK013',
      'LOOK014',
      // an image pull secret the kubelet could not read
      'CLI010',
      // the kubelet's credential provider plugin failed (§13u (c))
      'CLI053',
      // docker-py's credential helper errors; notary's refusal (§13c (b), (c))
      'CLI022',
      // content trust on a pull or a run, a push of a tag that does not
      // exist, a credentials script's output, a pull secret without a
      // username, Databricks' pull (§13aac (c)); before CLI023
      'LOOK053',
      'LOOK052',
      'CLI097',
      'CLI098',
      'CLI099',
      // Go's header refusal on any registry (attack-70, below its bar)
      'CLI101',
      'CLI023',
      // a proxy's own refusal; an address that serves no registry
      'NET003',
      'NET004',
      // a certificate for other names, or out of its validity;
      'NET006',
      // an untrusted authority (docs/registries.md §13qq (f))
      'NET014',
      // a connection timed out, the registry unavailable, the AWS SDK's
      // endpoint unreachable (§13vv (d))
      'NET022',
      'NET023',
      'NET024',
      // an AWS endpoint's name did not resolve (§13vv (f))
      'NET025',
      'NET007',
      // plain HTTP spoken to a TLS port (docs/registries.md §13v (e))
      'NET013',
      // TLS spoken to a plain HTTP proxy or port
      'NET008',
      // jib's suggestions (docs/registries.md §13a (f))
      'CLI016',
      'CLI017',
      'CLI018',
      'NET009',
      'REG005',
      // a proxy's 429 to the tunnel (attack-69, §13aac (b))
      'NET032',
      'HTTP001',
      'REG001',
      'REG012',
      // DENIED on a pull (docs/registries.md §13c (d)), before REG002's push
      'REG009',
      // Seqera Wave could not read the image (§13rr (h))
      'REG023',
      // Azure Container Apps' pull with its registry settings (§13ss (c))
      'REG026',
      // docker 1.x's v1 push or pull answered 401 (§13ss (d))
      'REG027',
      // a catalog listing refused (§13uu (b))
      'REG028',
      // a registry blocking logins after failed ones (§13uu (f))
      'REG029',
      // a tag listing refused; a request with no Authorization header
      // (Nexus); the Dev Containers CLI refused after its token (§13vv (b))
      'REG030',
      'REG031',
      // the Dev Containers CLI's anonymous token refused (§13vv (e))
      'REG036',
      // docker 1.x asking for the login a push lacked; go-containerregistry
      // gone anonymous (§13vv (f))
      'REG037',
      'REG038',
      'REG032',
      // the Engine API's 404, compose 1.x and podman without a credential
      // (§13vv (d))
      'REG033',
      'REG034',
      'REG035',
      // DENIED for an insufficient scope (§13rr (n))
      'REG024',
      'REG002',
      // an upload refused with a bare 403
      'REG008',
      // a login's token request refused; a push refused after the login
      'REG006',
      // docker push's "authentication required": no login for that host;
      // OpenShift's import without a pull secret (§13ww (d), (e))
      // a push that outlasted the registry's token (§13aaa (i))
      'REG042',
      'REG039',
      'REG040',
      'REG007',
      // containers/image's newer wording of REG007's (§13s (d))
      'REG015',
      // the registry's log of a token without the action, containers/image's
      // ping answered 404 (§13aa)
      'REG018',
      'REG017',
      // containerd's token request answered with a web page (§13bb (a))
      'REG019',
      // containerd's token request answered 404 or 5xx (§13c (e))
      'REG010',
      'REG011',
      'REG014',
      // containerd's oauth token refused 401, no scope shown (§13jj (b))
      'REG020',
      // the token request found no network (§13tt (d))
      'NET018',
      // the token request's connection dropped, on its own line (§13ww (a))
      'NET027',
      // docker 1.x's push answered 5xx (§13aaa (i))
      'NET028',
      'REG003',
      // a token refused for the time it was signed at (§13oo (b))
      'REG022',
      // a stored identity token's invalid_grant (§13aaa (b)), before
      // OAuth's invalid_grant (§13nn (g))
      'REG041',
      'REG021',
      'REG013',
      'REG004',
      // the proxy not reached (attack-69 A69-02, §13aac (b))
      // a push that retried its layers, then EOF (§13aac (c))
      'NET033',
      // the daemon's own proxy (attack-70 A70-03)
      'NET034',
      'NET031',
      'NET001',
      // a connection gone (ENOTCONN), an HTTP/2 stream reset (§13ww (d))
      'NET026',
      // a CRI pull past its deadline (§13h)
      'NET010',
      // Azure Storage's throttling, then curl's and other clients' network failures (§13rr (s))
      'REG025',
      // Azure Storage's network rules refusing a layer (§13uu (b))
      'NET019',
      // the AWS SDK v2 found no keys, after the registries' refusals
      // (§13vv (g); attack-42 A42-08, attack-43 A43-02)
      'AWS013',
      // a registry's own log of some client refusing its certificate, after
      // the registries' refusals (§13vv (b); attack-42 A42-07)
      'NET021',
      'NET015',
      // an ingress's default backend, an IP allow list (§13tt (b))
      'NET016',
      // docker 1.x's login answered 404 (§13aab (b))
      'NET029',
      'NET017',
      'NET002',
      // nginx's 499 (§13aab (b))
      'NET030',
      // a 5xx in docker's v1 client's words (§13l (f))
      'NET011',
      // weak client wordings, when nothing more specific matched
      'CLI019',
      'CLI020',
      'CLI021',
      // a client's call of a credential helper failed (§13hh (c))
      'CLI069',
      // config.json this user may not read (§13rr (w))
      'CLI081',
      'CLI024',
      // the registry's log of a request with no token (§13aa): weak, every
      // session's first request is logged so
      'REG016',
      'CLI005',
      // docker login's banner, where no login was given: after every
      // refusal and network error (§13ww (d), attack-46 A46-04)
      'HUB024'
    ])
  })

  it('ALL_RULES is the Docker Hub table, and each table is built once', () => {
    expect(ALL_RULES).toEqual([...rulesFor(DOCKER_HUB), ...PUSHED_TO_HUB])
    expect(rulesFor(GHCR)).toBe(rulesFor(GHCR))
  })

  it('matchRule defaults to ALL_RULES', () => {
    expect(matchRule('denied: denied')?.rule).toBe(
      ALL_RULES.find((rule) => rule.id === 'GHCR002')
    )
  })
})

// ---------------------------------------------------------------------------
// Recognition

describe("ACR's known challenge", () => {
  it("is the login server's own token service, asked for at a regional endpoint (its service is not documented)", () => {
    const acr = profileById('acr')
    expect(acr.challenge?.('myreg.azurecr.io')).toEqual({
      realm: 'https://myreg.azurecr.io/oauth2/token',
      service: 'myreg.azurecr.io'
    })
    expect(acr.challenge?.('myreg.eastus.geo.azurecr.io')).toBeUndefined()
  })
})

describe('recognise: which profile answers for a registry', () => {
  const ghcrChallenge = parseChallenge(
    'Bearer realm="https://ghcr.example.com/token",service="ghcr.io",scope="repository:user/image:pull"'
  )
  const otherChallenge = parseChallenge(
    'Bearer realm="https://registry.example.com/token",service="registry.example.com"'
  )
  // docs/registries.md §2 (a), §4 (a)
  const gitlabChallenge = parseChallenge(
    'Bearer realm="https://gitlab.example.com/jwt/auth",service="container_registry"'
  )
  const harborChallenge = parseChallenge(
    'Bearer realm="https://harbor.example.com/service/token",service="harbor-registry"'
  )

  it.each<{ host: string; with: string; expected: ProfileId }>([
    { host: 'docker.io', with: 'no challenge', expected: 'docker-hub' },
    { host: 'index.docker.io', with: 'no challenge', expected: 'docker-hub' },
    {
      host: 'registry-1.docker.io',
      with: 'no challenge',
      expected: 'docker-hub'
    },
    {
      host: 'registry.hub.docker.com',
      with: 'no challenge',
      expected: 'docker-hub'
    },
    { host: 'hub.docker.com', with: 'no challenge', expected: 'docker-hub' },
    { host: 'Docker.IO', with: 'no challenge', expected: 'docker-hub' },
    { host: 'docker.io:443', with: 'no challenge', expected: 'docker-hub' },
    {
      host: 'registry-1.docker.io:5000',
      with: 'no challenge',
      expected: 'docker-hub'
    },
    // ACR's regional endpoint is a login server, its data endpoint is not
    // (docs/registries.md §13y)
    {
      host: 'myreg.eastus.geo.azurecr.io',
      with: 'no challenge',
      expected: 'acr'
    },
    {
      host: 'myreg.eastus.data.azurecr.io',
      with: 'no challenge',
      expected: 'generic'
    },
    { host: 'ghcr.io', with: 'no challenge', expected: 'ghcr' },
    { host: 'ghcr.io:443', with: 'no challenge', expected: 'ghcr' },
    { host: 'GHCR.IO', with: 'no challenge', expected: 'ghcr' },
    { host: 'ghcr.example.com', with: "GHCR's challenge", expected: 'ghcr' },
    {
      host: 'docker.io',
      with: "GHCR's challenge",
      expected: 'docker-hub'
    },
    {
      host: 'registry.example.com',
      with: 'another challenge',
      expected: 'generic'
    },
    {
      host: 'registry.example.com',
      with: 'no challenge',
      expected: 'generic'
    },
    { host: 'localhost:5000', with: 'no challenge', expected: 'generic' },
    { host: 'quay.io', with: 'no challenge', expected: 'quay' },
    { host: 'registry.gitlab.com', with: 'no challenge', expected: 'gitlab' },
    {
      host: 'gitlab.example.com:5050',
      with: "GitLab's challenge",
      expected: 'gitlab'
    },
    {
      host: 'harbor.example.com',
      with: "Harbor's challenge",
      expected: 'harbor'
    },
    {
      host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      with: 'no challenge',
      expected: 'ecr'
    },
    { host: 'public.ecr.aws', with: 'no challenge', expected: 'ecr' },
    { host: 'us-docker.pkg.dev', with: 'no challenge', expected: 'gar' },
    { host: 'gcr.io', with: 'no challenge', expected: 'gar' },
    { host: 'acme.azurecr.io', with: 'no challenge', expected: 'acr' },
    { host: 'pkg.dev', with: 'no challenge', expected: 'generic' },
    {
      host: 'docker.io.example.com',
      with: 'no challenge',
      expected: 'generic'
    },
    { host: '', with: 'no challenge', expected: 'generic' }
  ])('"$host" with $with is $expected', ({ host, with: given, expected }) => {
    const challenge = {
      "GHCR's challenge": ghcrChallenge,
      "GitLab's challenge": gitlabChallenge,
      "Harbor's challenge": harborChallenge,
      'another challenge': otherChallenge
    }[given]
    expect(recognise(host, challenge)).toBe(expected)
  })

  it('profileById finds each profile, and the generic one for an unknown id', () => {
    expect(profileById('docker-hub')).toBe(DOCKER_HUB)
    expect(profileById('ghcr')).toBe(GHCR)
    expect(profileById('generic')).toBe(GENERIC)
    for (const profile of PROFILES)
      expect(profileById(profile.id)).toBe(profile)
    expect(profileById('nexus' as ProfileId)).toBe(GENERIC)
  })

  it('the generic profile is last, as the fallback, and recognises no host', () => {
    expect(PROFILES.map((p) => p.id)).toEqual([
      'docker-hub',
      'ghcr',
      'gitlab',
      'quay',
      'harbor',
      'ecr',
      'gar',
      'acr',
      'generic'
    ])
    expect(GENERIC.recognise.hosts).toEqual([])
    expect(GENERIC.recognise.hostPatterns).toBeUndefined()
    expect(GENERIC.recognise.challenge).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------
// Refinements

const HUB_LOGIN = 'https://hub.docker.com/v2/users/login'

function hubLogin(
  status: number | undefined,
  body?: string,
  more: Partial<HttpExchange> = {}
): HttpExchange {
  return {
    step: 'hub-login',
    method: 'POST',
    url: HUB_LOGIN,
    status,
    headers: {},
    body,
    attempts: 1,
    ...more
  }
}

/** The evidence a refinement reads (only the inputs and the exchanges). */
function evidenceOf(
  partial: {
    username?: string
    password?: string
    profile?: ProfileId
    exchanges?: HttpExchange[]
  } = {}
): Evidence {
  const profile = partial.profile ?? 'docker-hub'
  const username = partial.username ?? 'octocat'
  return {
    registry: { input: 'docker.io', server: 'docker.io', profile },
    username,
    input: analyzeInputs(
      username,
      partial.password ?? PAT,
      profileById(profile)
    ),
    preflight: 'ran',
    exchanges: partial.exchanges ?? [],
    push: [],
    skipped: false
  }
}

describe('refinements: a refusal made precise by the rest of the evidence', () => {
  it('run in order: the registry’s own, then the common ones', () => {
    expect(ids(refinementsFor(DOCKER_HUB))).toEqual([
      'HUB101',
      'HUB102',
      'HUB103',
      'IN001'
    ])
    // Docker Hub's read Docker Hub's answers: not another registry's
    expect(ids(refinementsFor(GHCR))).toEqual(['GHCR101', 'IN001'])
    expect(ids(refinementsFor(GENERIC))).toEqual(['IN001'])
  })

  it.each<{
    name: string
    id: string
    from: DiagnosisId
    evidence: Evidence
    refined: ReturnType<Refinement['refine']>
  }>([
    {
      name: 'an email username on Docker Hub is the Docker ID mistake',
      id: 'HUB101',
      from: 'invalid-credentials',
      evidence: evidenceOf({ username: 'octo@example.com' }),
      refined: {
        diagnosis: 'email-as-username',
        lines: [
          'the username is an email address; Docker Hub wants the Docker ID'
        ],
        changed: true
      }
    },
    {
      name: 'an email username elsewhere is left alone',
      id: 'HUB101',
      from: 'invalid-credentials',
      evidence: evidenceOf({
        username: 'octo@example.com',
        profile: 'generic'
      }),
      refined: undefined
    },
    {
      name: 'a plain username on Docker Hub is left alone',
      id: 'HUB101',
      from: 'invalid-credentials',
      evidence: evidenceOf(),
      refined: undefined
    },
    {
      name: 'an organization token wants the organization as username',
      id: 'HUB102',
      from: 'invalid-credentials',
      evidence: evidenceOf({ username: 'alice', password: OAT }),
      refined: {
        diagnosis: 'organization-token-username',
        lines: [
          'the password is an organization access token (dckr_oat_…): its username must be the organization name'
        ],
        changed: true
      }
    },
    {
      name: 'a personal access token is left alone',
      id: 'HUB102',
      from: 'invalid-credentials',
      evidence: evidenceOf(),
      refined: undefined
    },
    {
      name: 'without the Hub login API, 2FA or SSO stays unknown',
      id: 'HUB103',
      from: 'pat-required',
      evidence: evidenceOf({ password: 'hunter22' }),
      refined: {
        diagnosis: 'pat-required',
        lines: ['the Docker Hub login API was not asked: 2FA or SSO, unknown'],
        changed: false
      }
    },
    {
      name: 'a login_2fa_token (redacted) proves two-factor authentication',
      id: 'HUB103',
      from: 'pat-required',
      evidence: evidenceOf({
        password: 'hunter22',
        exchanges: [
          hubLogin(
            401,
            '{"detail":"Require secondary authentication on MFA enabled account","login_2fa_token":"<redacted>"}'
          )
        ]
      }),
      refined: {
        diagnosis: 'password-with-2fa',
        lines: [
          'Docker Hub login API hub.docker.com/v2/users/login answered 401 with a login_2fa_token: the password is right and two-factor authentication is on'
        ],
        changed: true
      }
    },
    {
      name: 'a 401 without a login_2fa_token points at SSO',
      id: 'HUB103',
      from: 'pat-required',
      evidence: evidenceOf({
        password: 'hunter22',
        exchanges: [
          hubLogin(401, '{"detail":"Incorrect authentication credentials"}')
        ]
      }),
      refined: {
        diagnosis: 'password-with-sso',
        lines: [
          'Docker Hub login API hub.docker.com/v2/users/login answered 401: "Incorrect authentication credentials" without a login_2fa_token: SSO enforcement is the likely cause'
        ],
        changed: true
      }
    },
    {
      name: 'an empty login_2fa_token is no 2FA',
      id: 'HUB103',
      from: 'pat-required',
      evidence: evidenceOf({
        password: 'hunter22',
        exchanges: [hubLogin(401, '{"login_2fa_token":""}')]
      }),
      refined: {
        diagnosis: 'password-with-sso',
        lines: [
          'Docker Hub login API hub.docker.com/v2/users/login answered 401 without a login_2fa_token: SSO enforcement is the likely cause'
        ],
        changed: true
      }
    },
    {
      name: 'the Hub login API accepting the password points at SSO',
      id: 'HUB103',
      from: 'pat-required',
      evidence: evidenceOf({
        password: 'hunter22',
        exchanges: [hubLogin(200, '{"token":"<redacted>"}')]
      }),
      refined: {
        diagnosis: 'password-with-sso',
        lines: [
          'Docker Hub login API hub.docker.com/v2/users/login answered 200 without a login_2fa_token: SSO enforcement is the likely cause'
        ],
        changed: true
      }
    },
    {
      name: 'the Hub login API failing leaves it unknown',
      id: 'HUB103',
      from: 'pat-required',
      evidence: evidenceOf({
        password: 'hunter22',
        exchanges: [hubLogin(503, 'Service Unavailable')]
      }),
      refined: {
        diagnosis: 'pat-required',
        lines: [
          'Docker Hub login API hub.docker.com/v2/users/login answered 503: 2FA or SSO, unknown'
        ],
        changed: false
      }
    },
    {
      name: 'the Hub login API unreachable leaves it unknown',
      id: 'HUB103',
      from: 'pat-required',
      evidence: evidenceOf({
        password: 'hunter22',
        exchanges: [
          hubLogin(undefined, undefined, {
            error: {
              code: 'ECONNREFUSED',
              message: 'connect ECONNREFUSED 203.0.113.7:443',
              timedOut: false
            },
            attempts: 3
          })
        ]
      }),
      refined: {
        diagnosis: 'pat-required',
        lines: [
          'Docker Hub login API hub.docker.com/v2/users/login could not be reached after 3 tries: ECONNREFUSED "connect ECONNREFUSED 203.0.113.7:443"'
        ],
        changed: false
      }
    },
    {
      name: 'a password with spaces was most likely not what was stored',
      id: 'IN001',
      from: 'invalid-credentials',
      evidence: evidenceOf({ password: 'pass word' }),
      refined: {
        diagnosis: 'malformed-credentials',
        lines: ['the password contains spaces or tabs'],
        changed: true
      }
    },
    {
      name: 'a quoted password with a space names both findings',
      id: 'IN001',
      from: 'invalid-credentials',
      evidence: evidenceOf({ password: '"pass word"' }),
      refined: {
        diagnosis: 'malformed-credentials',
        lines: [
          'the password contains spaces or tabs',
          'the password is wrapped in quotes or has a quote at an end'
        ],
        changed: true
      }
    },
    {
      name: 'an email username alone is no malformed value',
      id: 'IN001',
      from: 'invalid-credentials',
      evidence: evidenceOf({ username: 'octo@example.com' }),
      refined: undefined
    },
    {
      name: 'a clean token is left alone',
      id: 'IN001',
      from: 'invalid-credentials',
      evidence: evidenceOf(),
      refined: undefined
    }
  ])('$id: $name', ({ id, from, evidence, refined }) => {
    const refinement = refinementsFor(DOCKER_HUB).find((r) => r.id === id)
    expect(refinement?.from).toBe(from)
    expect(refinement?.refine(evidence)).toEqual(refined)
  })
})

// ---------------------------------------------------------------------------
// Texts

describe('every profile resolves complete texts', () => {
  // every id × profile × case renders complete texts: remediation.test.ts
  it('every case a table names is a known case', () => {
    const named = [COMMON_REMEDIATION, ...PROFILES.map((p) => textsOf(p.id))]
      .flatMap((table) => Object.values(table))
      .flatMap((entry) => Object.keys(entry?.cases ?? {}))
    for (const kase of named) expect(REMEDIATION_CASES).toContain(kase)
  })

  it('texts of every registry but the generic one (which has none of its own) live in a lazy chunk', () => {
    const eager = PROFILES.filter((p) => p.remediation).map((p) => p.id)
    expect(eager).toEqual(['generic'])
    expect(GENERIC.remediation).toEqual({})
    for (const profile of PROFILES.filter((p) => !p.remediation)) {
      expect([profile.id, typeof profile.texts]).toEqual([
        profile.id,
        'function'
      ])
      expect(Object.keys(textsOf(profile.id)).length).toBeGreaterThan(0)
    }
  })

  it('a profile overrides the common texts where its fix differs', () => {
    const context = { registry: 'r', username: 'u' }
    const hub = remediationFor('invalid-credentials', {
      ...context,
      profile: 'docker-hub'
    })
    const ghcr = remediationFor('invalid-credentials', {
      ...context,
      profile: 'ghcr'
    })
    const generic = remediationFor('invalid-credentials', {
      ...context,
      profile: 'generic'
    })
    expect(ghcr.error).toContain('write:packages')
    // GHCR's own block: GITHUB_TOKEN, not the generic secret names
    expect(ghcr.snippet).toContain('password: ${{ secrets.GITHUB_TOKEN }}')
    expect(ghcr.snippet).not.toContain('REGISTRY_TOKEN')
    expect(generic.error).toBe(
      'check the username and the password or token for r'
    )
    expect(generic.snippet).toContain('registry: r')
    expect(hub.error).not.toBe(generic.error)
  })

  it('a case chooses its variant of the texts', () => {
    const context = {
      registry: 'docker.io',
      username: 'octocat',
      profile: 'docker-hub' as const
    }
    expect(remediationFor('insufficient-scope', context).title).toBe(
      'The credential may not push there'
    )
    expect(
      remediationFor('insufficient-scope', {
        ...context,
        case: 'read-only-token'
      }).title
    ).toBe('The token is read-only')
    expect(
      remediationFor('insufficient-scope', { ...context, case: 'namespace' })
        .title
    ).toBe('The account may not push to that namespace')
  })
})

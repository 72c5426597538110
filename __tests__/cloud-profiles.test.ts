/**
 * Google Artifact Registry and Azure Container Registry as data
 * (src/profiles/gar.ts, src/profiles/acr.ts): what their credentials' shape
 * proves offline (a legitimate key or token is never refused; a value that
 * cannot be one is, and nothing is sent), their known challenges, the
 * wordings users reported and what they yield, the refinements, and the
 * texts a user reads.
 */
import { describe, expect, it } from '@jest/globals'
import type { DiagnosisId } from '../src/diagnosis.js'
import type { Evidence, HttpExchange } from '../src/evidence.js'
import { analyzeInputs } from '../src/input-analysis.js'
import { checkCredentialShape, MAX_PASSWORD_CHARS } from '../src/inputs.js'
import { judge, judgeText, offlineVerdict } from '../src/judge.js'
import {
  ACR_TOKEN_USER,
  acrTokenExpiry,
  CLOCK_SKEW_MS
} from '../src/profiles/acr.js'
import {
  accessTokenProblem,
  serviceAccountKeyProblem
} from '../src/profiles/gar.js'
import {
  ACR,
  ECR,
  GAR,
  profileById,
  type ProfileId
} from '../src/profiles/index.js'
import { REMEDIATION as ACR_TEXTS } from '../src/profiles/texts/acr.js'
import { REMEDIATION as GAR_TEXTS } from '../src/profiles/texts/gar.js'
import type { RemediationCase } from '../src/profiles/types.js'
import { resolveRegistry } from '../src/registry.js'
import { errorLine, remediationFor } from '../src/remediation.js'
import { fakeJwt, acrToken } from '../emulator/registries/acr.js'
import { fakeKey } from '../emulator/registries/gar.js'

const KEY = fakeKey('ci-pusher', 'W')
const NOW = Date.parse('2026-11-27T12:00:00Z')

/** The analysis of a GAR login: the kind and the decisive findings. */
function gar(username: string, password: string) {
  const input = analyzeInputs(username, password, GAR, NOW)
  return {
    kind: input.credentialKind,
    decisive: input.findings.filter((f) => f.decisive),
    verdict: offlineVerdict(input)
  }
}

/** The analysis of an ACR login. */
function acr(username: string, password: string, now = NOW) {
  const input = analyzeInputs(username, password, ACR, now)
  return {
    kind: input.credentialKind,
    decisive: input.findings.filter((f) => f.decisive),
    verdict: offlineVerdict(input)
  }
}

// ---------------------------------------------------------------------------
// Google Artifact Registry: what the shape proves

describe('GAR offline: a service-account key is never refused for its form', () => {
  const base64 = Buffer.from(KEY).toString('base64')
  // a key with room to spare: 16 KiB in all
  const short = JSON.stringify({ ...JSON.parse(KEY), note: '' })
  const padded = JSON.stringify({
    ...JSON.parse(KEY),
    note: 'x'.repeat(16 * 1024 - short.length)
  })

  it.each<[string, string, string]>([
    ['the file as downloaded (line breaks, indentation)', '_json_key', KEY],
    ['minified', '_json_key', JSON.stringify(JSON.parse(KEY))],
    ['with Windows line ends', '_json_key', KEY.replace(/\n/g, '\r\n')],
    ['with surrounding spaces and line breaks', '_json_key', `\n  ${KEY}\n\n`],
    ['saved with a byte order mark', '_json_key', `\ufeff${KEY}`],
    ['of 16 KiB', '_json_key', padded],
    ['base64-encoded', '_json_key_base64', base64],
    [
      'base64-encoded and wrapped at 76 columns, as base64 writes it',
      '_json_key_base64',
      base64.replace(/(.{76})/g, '$1\n')
    ],
    [
      'base64url-encoded',
      '_json_key_base64',
      Buffer.from(KEY).toString('base64url')
    ],
    [
      'another type the registry decides on',
      '_json_key',
      JSON.stringify({
        type: 'authorized_user',
        client_id: 'x',
        refresh_token: 'y'
      })
    ]
  ])('%s', (_name, username, password) => {
    const { kind, decisive, verdict } = gar(username, password)
    expect(kind).toBe('gcp-service-account-key')
    expect(decisive).toEqual([])
    expect(verdict).toBeUndefined()
  })

  it('a 16 KiB key is within what the action sends', () => {
    expect(padded.length).toBe(16 * 1024)
    expect(padded.length).toBeLessThanOrEqual(MAX_PASSWORD_CHARS)
    expect(() => checkCredentialShape('_json_key', padded, false)).not.toThrow()
  })

  it('a key in quotes is tried, and a refusal then names the quotes', () => {
    const { decisive, verdict } = gar('_json_key', `'${KEY}'`)
    expect(decisive).toEqual([])
    expect(verdict).toBeUndefined()
  })
})

describe('GAR offline: what cannot be a key is refused, nothing sent', () => {
  const half = KEY.slice(0, KEY.length / 2)
  const unescaped = KEY.replace(/\\n/g, '\n')

  it.each<[string, string, string, RegExp]>([
    ['half a key', '_json_key', half, /is not JSON/],
    ['a JSON array', '_json_key', '[1, 2]', /not an object/],
    [
      'a workload identity federation configuration',
      '_json_key',
      JSON.stringify({
        type: 'external_account',
        audience:
          '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/gh'
      }),
      /external_account/
    ],
    [
      'a service_account key without its private key',
      '_json_key',
      JSON.stringify({
        type: 'service_account',
        client_email: 'a@b.iam.gserviceaccount.com'
      }),
      /no private_key/
    ],
    [
      'a service_account key whose private_key is no key',
      '_json_key',
      JSON.stringify({
        type: 'service_account',
        client_email: 'a@b.iam.gserviceaccount.com',
        private_key: 'REDACTED'
      }),
      /not a PEM private key/
    ],
    [
      'a key whose \\n were turned into line breaks',
      '_json_key',
      unescaped,
      /real line breaks/
    ],
    ['an access token', '_json_key', 'ya29.a0AfH6SMBx', /oauth2accesstoken/],
    [
      'the key base64-encoded under _json_key',
      '_json_key',
      Buffer.from(KEY).toString('base64'),
      /_json_key_base64/
    ],
    [
      'the key JSON under _json_key_base64',
      '_json_key_base64',
      KEY,
      /use username _json_key/
    ],
    [
      'text that is not base64',
      '_json_key_base64',
      'not base64!',
      /not base64/
    ],
    [
      'base64 of something else',
      '_json_key_base64',
      Buffer.from('hello world').toString('base64'),
      /does not decode to JSON/
    ]
  ])('%s', (_name, username, password, detail) => {
    const { decisive, verdict } = gar(username, password)
    expect(decisive).toHaveLength(1)
    expect(decisive[0]).toMatchObject({
      input: 'password',
      problem: 'not-a-service-account-key',
      diagnosis: 'malformed-credentials'
    })
    expect(decisive[0].detail).toMatch(detail)
    expect(verdict?.diagnosis).toBe('malformed-credentials')
    expect(verdict?.evidence).toContain(
      'nothing was sent: the value cannot be right as it is'
    )
    // never a part of the value
    expect(JSON.stringify(verdict)).not.toContain('MIIEvQIBADAN')
  })

  it('the problem texts never quote the value', () => {
    for (const value of [half, unescaped, 'ya29.secretsecret', KEY]) {
      for (const base64 of [false, true]) {
        const problem = serviceAccountKeyProblem(value, base64) ?? ''
        expect(problem).not.toContain('secretsecret')
        expect(problem).not.toContain('MIIEvQ')
      }
    }
  })

  it('only on Artifact Registry: elsewhere _json_key is just a username', () => {
    const input = analyzeInputs('_json_key', half)
    expect(input.findings.filter((f) => f.decisive)).toEqual([])
  })
})

describe('GAR offline: access tokens (oauth2accesstoken)', () => {
  it('a ya29. token is tried', () => {
    const { kind, decisive } = gar(
      'oauth2accesstoken',
      `ya29.a0${'Xk7Q'.repeat(40)}`
    )
    expect(kind).toBe('gcp-access-token')
    expect(decisive).toEqual([])
  })

  it.each([
    ['a key instead of a token', KEY, /service-account key/],
    [
      'the command instead of its output',
      '$(gcloud auth print-access-token)',
      /not its output/
    ],
    [
      'the command without $( )',
      'gcloud auth print-access-token',
      /not its output/
    ]
  ])('%s is refused offline', (_name, password, detail) => {
    const { decisive, verdict } = gar('oauth2accesstoken', password)
    expect(decisive.map((f) => f.problem)).toContain('not-an-access-token')
    expect(
      decisive.find((f) => f.problem === 'not-an-access-token')?.detail
    ).toMatch(detail)
    expect(verdict?.diagnosis).toBe('malformed-credentials')
  })

  it('accessTokenProblem leaves a token alone', () => {
    expect(accessTokenProblem('ya29.c.b0AXv0zT')).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------
// Azure Container Registry: what the shape proves

describe('ACR offline: the zero GUID with an az acr login --expose-token token', () => {
  it('reads the expiry of the token', () => {
    expect(acrTokenExpiry(acrToken(NOW))).toBe(
      Math.floor(NOW / 1000) * 1000 + 3.25 * 3600 * 1000
    )
    expect(acrTokenExpiry('not a jwt')).toBeUndefined()
    expect(acrTokenExpiry(fakeJwt({ sub: 'x' }))).toBeUndefined()
  })

  it('a fresh token is tried', () => {
    const { kind, decisive } = acr(ACR_TOKEN_USER, acrToken(NOW - 3600 * 1000))
    expect(kind).toBe('acr-access-token')
    expect(decisive).toEqual([])
  })

  it('an expired one is refused offline as token-expired, with its expiry', () => {
    const issued = NOW - 4 * 3600 * 1000
    const { verdict, decisive } = acr(ACR_TOKEN_USER, acrToken(issued))
    expect(verdict?.diagnosis).toBe('token-expired')
    // the runner's clock is the judge, and the evidence says so (attack-25 repro-01)
    expect(decisive[0].detail).toBe(
      `it expired at ${new Date(Math.floor(issued / 1000) * 1000 + 3.25 * 3600 * 1000).toISOString()} by this runner's clock (${new Date(NOW).toISOString()}); if the clock is wrong, set the time, or preflight: false lets docker login decide`
    )
    expect(decisive[0].byClock).toBe(true)
  })

  it('a token just past its expiry is still tried: the clock may run ahead', () => {
    const expiry = acrTokenExpiry(acrToken(NOW)) as number
    expect(
      acr(ACR_TOKEN_USER, acrToken(NOW), expiry + CLOCK_SKEW_MS - 1000).decisive
    ).toEqual([])
    expect(
      acr(ACR_TOKEN_USER, acrToken(NOW), expiry + CLOCK_SKEW_MS + 1000).verdict
        ?.diagnosis
    ).toBe('token-expired')
  })

  it('a password that is no JWT is left to the registry', () => {
    expect(acr(ACR_TOKEN_USER, 'opaque-value-123').decisive).toEqual([])
  })

  it('a GUID is a service principal; the admin user and a token are passwords', () => {
    expect(acr('c0ffee00-1234-4abc-8def-0123456789ab', 's3cret~x').kind).toBe(
      'azure-service-principal'
    )
    expect(acr('acmeci', 'Zq9Vn2Lr8Tx5').kind).toBe('password')
    expect(acr('ci-push', 'Tn4Wq8Ez1Rb5').kind).toBe('password')
  })
})

// ---------------------------------------------------------------------------
// Where they are

describe('known challenges: the token service is asked without a ping', () => {
  it.each([
    ['us-docker.pkg.dev', 'https://us-docker.pkg.dev/v2/token', 'gar'],
    [
      'europe-west1-docker.pkg.dev',
      'https://europe-west1-docker.pkg.dev/v2/token',
      'gar'
    ],
    ['gcr.io', 'https://gcr.io/v2/token', 'gar'],
    ['eu.gcr.io', 'https://eu.gcr.io/v2/token', 'gar'],
    ['acmeci.azurecr.io', 'https://acmeci.azurecr.io/oauth2/token', 'acr'],
    // a domain name label scope's hash (attack round 10)
    [
      'acmeci-b3dyf6hme2f0a8c4.azurecr.io',
      'https://acmeci-b3dyf6hme2f0a8c4.azurecr.io/oauth2/token',
      'acr'
    ]
  ])('%s: %s', (host, realm, profile) => {
    const target = resolveRegistry(host, {})
    expect(target.profile).toBe(profile)
    expect(target.challenge).toEqual({ realm, service: host })
  })

  it('a pkg.dev host for another format is not a Docker host', () => {
    expect(resolveRegistry('us-python.pkg.dev', {}).profile).toBe('generic')
  })
})

// ---------------------------------------------------------------------------
// What users saw, and what it means

describe('explain: wordings users reported', () => {
  it.each<{
    profile: ProfileId
    text: string
    diagnosis: DiagnosisId
    rule: string
    kase?: RemediationCase
  }>([
    {
      profile: 'gar',
      text: 'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/MY_PROJECT_ID/locations/us-central1/repositories/cymbal-superstore" (or it may not exist)',
      diagnosis: 'insufficient-scope',
      rule: 'GAR001'
    },
    {
      profile: 'gar',
      text: 'Error: error processing import paths in "-": error resolving image references: GET https://gcr.io/v2/token?scope=repository%3Aate-images%2Faxepp%3Apush%2Cpull&service=gcr.io: DENIED: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/ate-images/locations/us/repositories/gcr.io" (or it may not exist)',
      diagnosis: 'insufficient-scope',
      rule: 'GAR001'
    },
    {
      profile: 'gar',
      text: 'denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "projects/xxx/locations/us-central1/repositories/fixmycar" (or it may not exist)',
      diagnosis: 'missing-credentials',
      rule: 'GAR002',
      kase: 'no-login'
    },
    {
      profile: 'gar',
      text: 'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/p/locations/northamerica-northeast1/repositories/r" (or it may not exist)',
      diagnosis: 'insufficient-scope',
      rule: 'GAR003',
      kase: 'read-denied'
    },
    {
      profile: 'gar',
      text: 'Error response from daemon: Get https://gcr.io/v2/: unknown: Unable to parse json key.',
      diagnosis: 'malformed-credentials',
      rule: 'GAR004'
    },
    {
      profile: 'gar',
      text: 'Error response from daemon: Get "https://asia-east1-docker.pkg.dev/v2/": unauthorized: authentication failed',
      diagnosis: 'invalid-credentials',
      rule: 'GAR005'
    },
    {
      profile: 'gar',
      text: 'ERROR: failed to push us-docker.pkg.dev/p/r/app:1: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://us-docker.pkg.dev/v2/token?scope=repository%3Ap%2Fr%2Fapp%3Apull%2Cpush&service=us-docker.pkg.dev: 401 Unauthorized',
      diagnosis: 'token-expired',
      rule: 'GAR006'
    },
    {
      profile: 'gar',
      text: 'httpReadSeeker: failed open: unexpected status code https://europe-docker.pkg.dev/v2/p/r/img/blobs/sha256:6bd5: 401 Unauthorized - Server message: unauthorized: not authenticated: No valid credential was supplied.',
      diagnosis: 'token-expired',
      rule: 'GAR006'
    },
    {
      profile: 'gar',
      text: "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
      diagnosis: 'missing-credentials',
      rule: 'GAR007',
      kase: 'no-login'
    },
    {
      profile: 'gar',
      text: 'NAME_INVALID: Missing image name. Pushes should be of the form docker push HOST-NAME/PROJECT-ID/REPOSITORY/IMAGE',
      diagnosis: 'repository-not-found',
      rule: 'GAR008',
      kase: 'image-name-missing'
    },
    {
      profile: 'gar',
      text: 'ERROR: (gcloud.builds.submit) NOT_FOUND: Requested entity was not found',
      diagnosis: 'repository-not-found',
      rule: 'GAR010'
    },
    {
      profile: 'gar',
      text: 'name unknown: Repository "dev-journey-repo" not found',
      diagnosis: 'repository-not-found',
      rule: 'REG005'
    },
    {
      profile: 'gar',
      text: 'docker.credentials.errors.InitializationError: docker-credential-gcloud not installed or not available in PATH',
      diagnosis: 'credential-store-error',
      rule: 'GAR009'
    },
    {
      profile: 'gar',
      text: 'error getting credentials - err: exec: "docker-credential-gcloud": executable file not found in $PATH, out: ``',
      diagnosis: 'credential-store-error',
      rule: 'CLI001'
    },
    {
      profile: 'acr',
      text: 'Error response from daemon: Get "https://blah.azurecr.io/v2/": unauthorized: Application not registered with AAD',
      diagnosis: 'invalid-credentials',
      rule: 'ACR001',
      kase: 'service-principal-id'
    },
    {
      profile: 'acr',
      text: 'unauthorized: "aad access token with sp failed client id must be guid"',
      diagnosis: 'invalid-credentials',
      rule: 'ACR002',
      kase: 'service-principal-id'
    },
    {
      profile: 'acr',
      text: 'unauthorized: Invalid clientid or client secret.',
      diagnosis: 'invalid-credentials',
      rule: 'ACR003',
      kase: 'service-principal-secret'
    },
    {
      profile: 'acr',
      // docs/registries.md §13pp (c): the refresh token's 403 is the
      // cause, the disabled admin user the CLI's fallback
      text: 'CONNECTIVITY_REFRESH_TOKEN_ERROR. Access to registry was denied. Response code: 403. Unable to get admin user credentials with message: Admin user is disabled. Unable to authenticate using AAD or admin login credentials.',
      diagnosis: 'insufficient-scope',
      rule: 'ACR007',
      kase: 'registry-role'
    },
    {
      profile: 'acr',
      text: 'Unable to get admin user credentials with message: Admin user is disabled.',
      diagnosis: 'unsupported-credential-kind',
      rule: 'ACR004'
    },
    {
      profile: 'acr',
      text: 'error response from daemon: Get "https://x.azurecr.io/v2/": denied: {"errors":[{"code":"DENIED","message":"client with IP \'172.214.169.102\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}',
      diagnosis: 'registry-unreachable',
      rule: 'ACR005'
    },
    {
      profile: 'acr',
      text: 'Error response from daemon: login attempt to https://x.azurecr.io/v2/ failed with status: 403 Forbidden',
      diagnosis: 'registry-unreachable',
      rule: 'ACR005'
    },
    {
      profile: 'acr',
      text: 'Error response from daemon: login attempt failed with status: 403 Forbidden',
      diagnosis: 'registry-unreachable',
      rule: 'ACR005'
    },
    {
      // no login, token request, pull or push shows: a request sent
      // without a credential ACR took (docs/registries.md §13dd)
      profile: 'acr',
      text: 'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      diagnosis: 'missing-credentials',
      rule: 'FB033',
      kase: 'no-login'
    },
    {
      profile: 'acr',
      text: 'denied: requested access to the resource is denied',
      diagnosis: 'insufficient-scope',
      rule: 'REG002'
    },
    // w-cloud: texts from the threads and pages each new wording cites
    {
      profile: 'ecr',
      text: 'error pulling image configuration: download failed after attempts=1: \ndenied: User: arn:aws:sts::<accountId>:assumed-role/<role>/<session> is not authorized to perform: \necr:GetDownloadUrlForLayer on resource: \narn:aws:ecr:<region>:<account>:repository/<repoName> \nbecause no identity-based policy allows the ecr:GetDownloadUrlForLayer action',
      diagnosis: 'insufficient-scope',
      rule: 'ECR002',
      // a pull refused: the role that pulls (docs/registries.md §13tt (h))
      kase: 'read-denied'
    },
    {
      profile: 'ecr',
      text: "Error response from daemon: pull access denied for 254865750963.dkr.ecr.us-west-2.amazonaws.com/everything2/e2lib, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::254865750963:assumed-role/Docker-Builder-CodeBuild-Role/AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:254865750963:repository/everything2/e2lib because no identity-based policy allows the ecr:BatchGetImage action",
      diagnosis: 'insufficient-scope',
      rule: 'ECR002',
      // a pull refused: the role that pulls (docs/registries.md §13tt (h))
      kase: 'read-denied'
    },
    {
      profile: 'ecr',
      text: 'An error occurred (ThrottlingException) when calling the GetAuthorizationToken operation: Rate exceeded\nECR get-login failed',
      diagnosis: 'rate-limited',
      rule: 'AWS008'
    },
    {
      profile: 'ecr',
      text: 'CannotPullECRContainerError: ThrottlingException: Rate exceeded\n        status code: 400, request id: 75567eb3-6abb-11e6-9d4c-cb4ccd1cee97',
      diagnosis: 'rate-limited',
      rule: 'AWS008'
    },
    {
      profile: 'ecr',
      text: "ERROR: tag invalid: The image tag '<tag>' already exists in the '<ecr-repo>' repository and cannot be overwritten because the repository is immutable.",
      diagnosis: 'not-a-login-failure',
      rule: 'ECR005',
      kase: 'immutable-tag'
    },
    {
      profile: 'ecr',
      text: "[DEPRECATION NOTICE] registry v2 schema1 support will be removed in an upcoming release. Please contact admins of the number.ecr.us-east-1.amazonaws.com registry NOW to avoid future disruption.\ntag invalid: The image tag 'latest' already exists in the 'app_service_image' repository and cannot be overwritten because the repository is immutable.",
      diagnosis: 'not-a-login-failure',
      rule: 'ECR005',
      kase: 'immutable-tag'
    },
    {
      profile: 'ecr',
      text: "error pushing image: failed to push to destination <account>.dkr.ecr.eu-west-1.amazonaws.com/<project>:728f59c9deaa: PUT https://<account>.dkr.ecr.eu-west-1.amazonaws.com/v2/<project>/manifests/728f59c9deaa: TAG_INVALID: The image tag '728f59c9deaa' already exists in the '<project>' repository and cannot be overwritten because the tag is immutable.",
      diagnosis: 'not-a-login-failure',
      rule: 'ECR005',
      kase: 'immutable-tag'
    },
    {
      profile: 'gar',
      text: 'Error: google-github-actions/auth failed with: retry function failed after 4 attempts: gitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork.',
      diagnosis: 'missing-credentials',
      rule: 'GAR013',
      kase: 'id-token-permission'
    },
    {
      profile: 'gar',
      text: 'Error: Action failed with error: Error: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
      diagnosis: 'missing-credentials',
      rule: 'GAR013',
      kase: 'id-token-permission'
    },
    {
      profile: 'gar',
      text: 'Error: Action failed with error: Error: $ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set',
      diagnosis: 'missing-credentials',
      rule: 'GAR013',
      kase: 'id-token-permission'
    },
    {
      profile: 'gar',
      text: 'google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/***: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}',
      diagnosis: 'invalid-credentials',
      rule: 'GAR016',
      kase: 'wif-attribute-condition'
    },
    {
      profile: 'gar',
      text: 'ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature.',
      diagnosis: 'invalid-credentials',
      rule: 'GAR014'
    },
    {
      profile: 'gar',
      text: 'failed to setup auther: google: could not find default credentials. See https://developers.google.com/accounts/docs/application-default-credentials for more information.',
      diagnosis: 'missing-credentials',
      rule: 'GAR015',
      kase: 'google-adc'
    },
    {
      profile: 'acr',
      text: 'Caused by: com.microsoft.aad.msal4j.MsalServiceException: AADSTS700024: Client assertion is not within its valid time range. Current time: 2025-08-29T05:47:32.1501147Z, assertion valid from 1970-01-01T00:00:00.0000000Z, expiry time of assertion 2025-08-29T00:30:05.0000000Z.',
      diagnosis: 'token-expired',
      rule: 'ACR038',
      kase: 'oidc-assertion-expired'
    },
    {
      profile: 'acr',
      text: "Attempting Azure CLI login by using OIDC...\nError: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:RMI-PACTA/workflow.transition.monitor:ref:refs/heads/update-scenario-es'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation",
      diagnosis: 'invalid-credentials',
      rule: 'ACR010',
      kase: 'federated-credential'
    },
    {
      profile: 'acr',
      text: "Error: : AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://token.actions.githubusercontent.com/'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.",
      diagnosis: 'invalid-credentials',
      rule: 'ACR010',
      kase: 'federated-credential'
    },
    {
      profile: 'acr',
      text: "$> az acr login -n exampleacr\nYou may want to use 'az acr login -n vmagentacr --expose-token' to get an access token, which does not require Docker to be installed.\n2022-09-23 04:00:53.806011 An error occurred: DOCKER_COMMAND_ERROR\nPlease verify if Docker client is installed and running.",
      diagnosis: 'docker-cli-missing',
      rule: 'ACR011'
    },
    {
      // a kubelet event: the pod's pull carried no credential (REG013)
      profile: 'acr',
      text: 'Failed to pull image "containerday2021.azurecr.io/backend:0.10.0-dev": rpc error: code = Unknown desc = Error response from daemon: Head "https://containerday2021.azurecr.io/v2/backend/manifests/0.10.0-dev": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      diagnosis: 'missing-credentials',
      rule: 'REG013',
      kase: 'anonymous-pull'
    },
    {
      // the same words from docker login stay a refused credential
      profile: 'acr',
      text: 'Error response from daemon: Get "https://acmeci.azurecr.io/v2/": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      diagnosis: 'invalid-credentials',
      rule: 'REG004'
    },
    {
      profile: 'acr',
      text: "2025-03-17 08:23:50.591717 An error occurred: CONNECTIVITY_DNS_ERROR\nFailed to reach DNS for registry 'kouchouaiacr.azurecr.io'. Please check if the spelling is correct, if the CLI environment is on correct cloud and your network connectivity.",
      diagnosis: 'registry-unreachable',
      rule: 'ACR012'
    },
    {
      profile: 'acr',
      text: "DNS lookup to sbaksdemoregistry.azurecr.io at IP <IP> : OK\n2022-07-12 12:53:26.998535 An error occurred: CONNECTIVITY_SSL_ERROR\nUnable to establish a secure connection to the registry 'sbaksdemoregistry.azurecr.io'. Are you using a proxy server?\n\nPlease refer to https://aka.ms/acr/errors#connectivity_ssl_error for more information.",
      diagnosis: 'registry-unreachable',
      rule: 'ACR012'
    }
  ])(
    '$profile: $rule for "$text"',
    ({ profile, text, diagnosis, rule, kase }) => {
      const verdict = judgeText(
        text,
        profile === 'gar' ? GAR : profile === 'ecr' ? ECR : ACR
      )
      expect(verdict.diagnosis).toBe(diagnosis)
      expect(verdict.rule).toBe(rule)
      expect(verdict.case).toBe(kase)
    }
  )

  it('another registry’s 403 at login is not called a network failure', () => {
    expect(
      judgeText(
        'login attempt to https://nexus.example.com/v2/ failed with status: 403 Forbidden',
        GAR
      ).diagnosis
    ).not.toBe('registry-unreachable')
  })
})

// ---------------------------------------------------------------------------
// The judge on their evidence

function refused(
  profile: 'gar' | 'acr',
  status: number,
  message: string,
  username: string,
  password: string,
  registry = profile === 'gar' ? 'us-docker.pkg.dev' : 'acmeci.azurecr.io'
): Evidence {
  const token: HttpExchange = {
    step: 'token',
    method: 'GET',
    url: `https://${registry}/${profile === 'gar' ? 'v2/token' : 'oauth2/token'}`,
    status,
    headers: {},
    body: JSON.stringify({
      errors: [{ code: status === 401 ? 'UNAUTHORIZED' : 'DENIED', message }]
    }),
    attempts: 1
  }
  return {
    registry: { input: registry, server: registry, profile },
    username,
    input: analyzeInputs(
      username,
      password,
      profile === 'gar' ? GAR : ACR,
      NOW
    ),
    preflight: 'ran',
    exchanges: [token],
    knownChallenge: {
      realm: token.url,
      service: registry
    },
    push: [],
    skipped: false
  }
}

describe('the judge on Artifact Registry and ACR refusals', () => {
  it('a refused key is not called malformed for the line breaks of its file (GAR101)', () => {
    const verdict = judge(
      refused('gar', 401, 'authentication failed', '_json_key', KEY)
    )
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.rule).toBe('GAR005')
    expect(verdict.evidence.join('\n')).toContain(
      'reads as a service-account key'
    )
    expect(verdict.evidence.join('\n')).not.toContain('contains a line break')
  })

  it('a refused key in quotes is malformed, and says so (GAR101)', () => {
    const verdict = judge(
      refused('gar', 401, 'authentication failed', '_json_key', `"${KEY}"`)
    )
    expect(verdict.diagnosis).toBe('malformed-credentials')
    expect(verdict.rule).toBe('GAR101')
    expect(verdict.evidence.join('\n')).toContain('wrapped in quotes')
    expect(verdict.evidence.join('\n')).not.toContain('contains a line break')
  })

  it('a refused access token names its hour', () => {
    const verdict = judge(
      refused(
        'gar',
        401,
        'authentication failed',
        'oauth2accesstoken',
        'ya29.a0expired'
      )
    )
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.evidence.join('\n')).toContain('one lasts an hour')
  })

  it('a username Artifact Registry does not take is named', () => {
    const verdict = judge(
      refused(
        'gar',
        401,
        'authentication failed',
        'ci-bot@acme-ci.iam.gserviceaccount.com',
        'hunter22'
      )
    )
    expect(verdict.evidence.join('\n')).toContain(
      'none of _json_key, _json_key_base64 and oauth2accesstoken'
    )
  })

  it("ACR's firewall refusal is a network failure, with its rule (ACR005)", () => {
    const verdict = judge(
      refused(
        'acr',
        403,
        "client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
        'c0ffee00-1234-4abc-8def-0123456789ab',
        's3cret'
      )
    )
    expect(verdict.diagnosis).toBe('registry-unreachable')
    expect(verdict.rule).toBe('ACR005')
  })

  it('a generic network wording in a refusal is still no network failure', () => {
    const verdict = judge(
      refused(
        'acr',
        403,
        'dial tcp 10.0.0.1:443: connection refused',
        'acmeci',
        'pw'
      )
    )
    expect(verdict.diagnosis).toBe('unknown')
  })

  it.each([
    ['acmeci', "the username is the registry's name: the admin user"],
    [
      'c0ffee00-1234-4abc-8def-0123456789ab',
      "a service principal's application ID"
    ],
    [ACR_TOKEN_USER, 'az acr login --expose-token']
  ])('ACR101: %s is named in the evidence', (username, line) => {
    const verdict = judge(
      refused('acr', 401, 'authentication required', username, acrToken(NOW))
    )
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.evidence.join('\n')).toContain(line)
  })

  it('ACR101 leaves a mangled password to the common refinement', () => {
    const verdict = judge(
      refused('acr', 401, 'authentication required', 'acmeci', 'pass word')
    )
    expect(verdict.diagnosis).toBe('malformed-credentials')
    expect(verdict.rule).toBe('IN001')
  })
})

// ---------------------------------------------------------------------------
// What the user reads

/** Every text of a rendered remediation, one per line. */
function allText(r: ReturnType<typeof remediationFor>): string {
  return [r.title, r.error, r.why, ...r.steps, r.snippet ?? '', ...r.docs].join(
    '\n'
  )
}

describe('GAR texts', () => {
  const context = {
    registry: 'us-docker.pkg.dev',
    profile: 'gar' as const,
    username: '_json_key'
  }
  const all = (
    id: Parameters<typeof remediationFor>[0],
    kase?: RemediationCase
  ): string => allText(remediationFor(id, { ...context, case: kase }))

  it('invalid-credentials: the three usernames, a key, workload identity federation', () => {
    const text = all('invalid-credentials')
    for (const part of [
      '_json_key',
      '_json_key_base64',
      'oauth2accesstoken',
      'google-github-actions/auth',
      'token_format: access_token',
      'id-token: write'
    ]) {
      expect(text).toContain(part)
    }
    expect(remediationFor('invalid-credentials', context).snippet).toContain(
      'username: _json_key'
    )
  })

  it('insufficient-scope: roles/artifactregistry.writer', () => {
    expect(errorLine('insufficient-scope', context)).toBe(
      'The service account may not push there: grant the service account roles/artifactregistry.writer on the repository (reader only pulls)'
    )
    expect(all('insufficient-scope')).toContain('add-iam-policy-binding')
  })

  it('registry-mismatch: the exact regional host', () => {
    expect(errorLine('registry-mismatch', context)).toContain(
      'LOCATION-docker.pkg.dev'
    )
    expect(all('registry-mismatch')).toContain(
      'gcloud auth configure-docker HOST'
    )
  })

  it('missing-credentials, no login sent (GAR002): the exact regional host, not empty inputs', () => {
    expect(
      errorLine('missing-credentials', { ...context, case: 'no-login' })
    ).toBe(
      'No login was sent to this Artifact Registry host: log in to the exact host of the image (LOCATION-docker.pkg.dev), in the same job, before the push or pull'
    )
    const text = all('missing-credentials', 'no-login')
    expect(text).toContain('gcloud auth configure-docker HOST')
    expect(text).toContain('Unauthenticated request')
    expect(text).not.toMatch(/empty|skip-if-missing/i)
  })

  it('insufficient-scope on a read (GAR003): the reader role, not the writer', () => {
    expect(errorLine('insufficient-scope', { ...context, case: 'read-denied' })).toBe(
      'The service account may not read there: grant roles/artifactregistry.reader on the repository to pull (writer to push); GKE: to the node service account'
    )
    expect(all('insufficient-scope', 'read-denied')).toContain('--role=roles/artifactregistry.reader')
  }) // prettier-ignore

  it('credential-store-error: the gcloud helper written by configure-docker', () => {
    const text = all('credential-store-error')
    expect(text).toContain('docker-credential-gcloud')
    expect(text).toContain('gcloud auth configure-docker')
  })

  it('token-expired: an hour, and a token made in the job', () => {
    expect(errorLine('token-expired', context)).toBe(
      'The Google access token has expired: get the access token in the same job right before logging in: it lasts one hour'
    )
  })

  it('malformed-credentials: the key file stored unchanged', () => {
    expect(all('malformed-credentials')).toContain('base64 -w0 key.json')
  })

  it('repository-not-found: how to create the repository', () => {
    expect(all('repository-not-found')).toContain(
      'gcloud artifacts repositories create'
    )
  })
})

describe('ACR texts', () => {
  const context = {
    registry: 'acmeci.azurecr.io',
    profile: 'acr' as const,
    username: 'acmeci'
  }
  const all = (
    id: Parameters<typeof remediationFor>[0],
    kase?: RemediationCase
  ): string => allText(remediationFor(id, { ...context, case: kase }))

  it('invalid-credentials: each kind of login, and OIDC', () => {
    const text = all('invalid-credentials')
    for (const part of [
      'application (client) ID',
      'admin user',
      'Access keys',
      'repository-scoped token',
      'azure/login',
      '--expose-token',
      '00000000-0000-0000-0000-000000000000'
    ]) {
      expect(text).toContain(part)
    }
  })

  it('missing-credentials, a pull without a credential (REG013): attach the registry to AKS, or a pull secret', () => {
    expect(
      errorLine('missing-credentials', { ...context, case: 'anonymous-pull' })
    ).toBe(
      'The image needs a login to pull: on AKS, attach the registry (az aks update --attach-acr); elsewhere, log in before the pull or give the pod an image pull secret'
    )
    const text = all('missing-credentials', 'anonymous-pull')
    expect(text).toContain('--attach-acr NAME')
    expect(text).toContain('imagePullSecrets')
    expect(text).not.toMatch(/empty|skip-if-missing/i)
  })

  it('the cases a wording names: the application ID, the secret', () => {
    expect(
      errorLine('invalid-credentials', {
        ...context,
        case: 'service-principal-id'
      })
    ).toContain('application (client) ID')
    expect(
      errorLine('invalid-credentials', {
        ...context,
        case: 'service-principal-secret'
      })
    ).toContain('az ad sp credential reset')
  })

  it('insufficient-scope: AcrPush', () => {
    expect(errorLine('insufficient-scope', context)).toContain('AcrPush')
    expect(all('insufficient-scope')).toContain('az role assignment create')
  })

  it('token-expired: three hours, --expose-token in the job', () => {
    expect(errorLine('token-expired', context)).toContain(
      'az acr login --expose-token'
    )
    expect(all('token-expired')).toContain('three hours')
  })

  it("unsupported-credential-kind, cloud-service: Container Instances' API version, and no workflow login block (docs/registries.md §13pp (c))", () => {
    const texts = remediationFor('unsupported-credential-kind', { ...context, case: 'cloud-service' })
    expect(texts.error).toContain('API version 2021-07-01 or later')
    expect(texts.snippet).toBeUndefined()
    // the admin user's own texts keep their login block
    expect(remediationFor('unsupported-credential-kind', context).snippet).toContain('AZURE_CLIENT_ID')
  }) // prettier-ignore

  it('unsupported-credential-kind: the admin user is disabled', () => {
    expect(errorLine('unsupported-credential-kind', context)).toContain(
      '--admin-enabled true'
    )
  })

  it('registry-unreachable: network rules and public access', () => {
    const text = all('registry-unreachable')
    expect(text).toContain('az acr network-rule add')
    expect(text).toContain('Public access')
  })
})

describe('GAR texts with the docker config of a failed helper', () => {
  it('credential-store-error, credential-helper: the gcloud entry named', () => {
    const context = {
      registry: 'us-docker.pkg.dev',
      profile: 'gar' as const,
      username: '_json_key',
      case: 'credential-helper' as const,
      dockerConfig: {
        dir: '/home/runner/.docker',
        helper: 'docker-credential-gcloud',
        setting: 'credHelpers["us-docker.pkg.dev"]'
      }
    }
    const line = errorLine('credential-store-error', context)
    expect(line).toBe(
      'The docker credential helper docker-credential-gcloud failed: remove credHelpers["us-docker.pkg.dev"] from the docker config to log in with this step, or install gcloud and log it in'
    )
    expect(line.length).toBeLessThan(200)
    expect(remediationFor('credential-store-error', context).why).toContain(
      'gcloud auth configure-docker'
    )
  })
})

describe('error lines stay under 200 characters with the longest hosts', () => {
  const contexts = [
    {
      registry: 'northamerica-northeast1-docker.pkg.dev',
      profile: 'gar' as const,
      username: '_json_key'
    },
    // ACR registry names have up to 50 characters
    {
      registry: `${'a'.repeat(50)}.azurecr.io`,
      profile: 'acr' as const,
      username: 'ci'
    }
  ]
  const ids = [
    ...Object.keys(GAR_TEXTS),
    ...Object.keys(ACR_TEXTS)
  ] as Parameters<typeof errorLine>[0][]
  it.each(contexts)('$profile', (context) => {
    const texts = context.profile === 'gar' ? GAR_TEXTS : ACR_TEXTS
    const long: string[] = []
    for (const id of ids) {
      const own = Object.keys(texts[id]?.cases ?? {})
      for (const kase of [undefined, ...own] as (
        RemediationCase | undefined
      )[]) {
        const line = errorLine(id, {
          ...context,
          case: kase,
          dockerConfig: {
            dir: '/home/runner/.docker',
            helper: 'docker-credential-gcloud',
            setting: 'credHelpers["us-docker.pkg.dev"]'
          }
        })
        if (line.length >= 200) long.push(`${id} ${kase ?? ''}: ${line}`)
      }
    }
    expect(long).toEqual([])
  })
})

describe("registry-unreachable, cases ip-allow-list and vpc-service-controls: a network rule refused the runner's address (docs/registries.md §13tt (b))", () => {
  const vpc =
    'Error response from daemon: Head "https://gcr.io/v2/cloud-sql-connectors/cloud-sql-proxy/manifests/2.1.1": denied: Request is prohibited by organization\'s policy. vpcServiceControlsUniqueIdentifier: xxx'
  const allowList =
    'Run docker/metadata-action@v4\nError: Although you appear to have the correct authorization credentials, the `ORG_NAME` organization has an IP allow list enabled, and your IP address is not permitted to access this resource.'

  it('GAR054 reads VPC Service Controls so; the error line names the perimeter, not the credential', () => {
    expect(judgeText(vpc, GAR)).toMatchObject({ diagnosis: 'registry-unreachable', case: 'vpc-service-controls', rule: 'GAR054' })
    const context = { registry: 'gcr.io', profile: 'gar' as const, username: 'oauth2accesstoken', case: 'vpc-service-controls' as const }
    expect(errorLine('registry-unreachable', context)).toContain('ingress rule or access level for this runner to the perimeter')
    const text = allText(remediationFor('registry-unreachable', context))
    expect(text).toContain('vpcServiceControlsUniqueIdentifier')
    expect(text).toContain('ingress rule')
    expect(text).not.toMatch(/docker\.io|Docker Hub|IP allow list/)
    // the wording is Google Cloud's whatever registry the job names (attack-35 repro-04)
    expect(allText(remediationFor('registry-unreachable', { ...context, registry: 'ghcr.io', profile: 'ghcr' }))).toContain('Google Cloud refused the request')
  }) // prettier-ignore

  it("NET017 reads GitHub's IP allow list so on every registry, and its text names GitHub's list whatever the registry", () => {
    for (const id of ['ghcr', 'docker-hub', 'gar', 'generic'] as const) {
      expect(judgeText(allowList, profileById(id))).toMatchObject({ diagnosis: 'registry-unreachable', case: 'ip-allow-list', rule: 'NET017' })
    }
    // a job pushing to Artifact Registry whose GitHub API call was refused:
    // GitHub's list, not a VPC Service Controls perimeter
    for (const context of [
      { registry: 'ghcr.io', profile: 'ghcr' as const, username: 'octocat', case: 'ip-allow-list' as const },
      { registry: 'us-docker.pkg.dev', profile: 'gar' as const, username: 'oauth2accesstoken', case: 'ip-allow-list' as const }
    ]) {
      expect(errorLine('registry-unreachable', context)).toContain("organization's IP allow list")
      const text = allText(remediationFor('registry-unreachable', context))
      expect(text).toContain('Authentication security → IP allow list')
      expect(text).not.toContain('VPC Service Controls')
    }
  }) // prettier-ignore
})

describe("attack round 60: the steps name what the refusal asks to change, not a secret's fix", () => {
  const ACR_HOST = 'myregistry.azurecr.io'
  const GAR_HOST = 'europe-docker.pkg.dev'
  /** what explain renders for a text: its rule, case and every text line */
  const rendered = (text: string, profile: typeof ACR | typeof GAR, registry: string) => {
    const verdict = judgeText(text, profile)
    const written = remediationFor(verdict.diagnosis, { profile: profile.id, registry, username: '', case: verdict.case })
    return { verdict, text: allText(written), title: written.title }
  } // prettier-ignore

  it('ACR: an expired client secret (AADSTS7000222) asks for a new secret, not for a service principal (A60-03)', () => {
    const { verdict, text, title } = rendered("AADSTS7000222: The provided client secret keys for app '5a3b…' are expired. Visit the Azure portal to create new keys for your app.", ACR, ACR_HOST)
    expect(verdict).toMatchObject({ diagnosis: 'token-expired', rule: 'ACR037', case: 'service-principal-secret' })
    expect(title).toBe("The service principal's client secret has expired")
    expect(text).toContain('New client secret')
    expect(text).toContain('--append')
    expect(text).not.toContain('Or use a service principal')
  }) // prettier-ignore

  it('ACR: an expired az login (AADSTS700082) asks for az login again; an aged OIDC assertion (AADSTS700024) for azure/login right before (A60-03)', () => {
    const cli = rendered('ERROR: AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2024-01-02T10:00:00Z and was inactive for 90.00:00:00.', ACR, ACR_HOST)
    expect(cli.verdict).toMatchObject({ rule: 'ACR008', case: 'az-login-expired' })
    expect(cli.text).toContain('Run `az login` again')
    expect(cli.title).not.toContain('ACR token')
    const oidc = rendered('Error: AADSTS700024: Client assertion is not within its valid time range.', ACR, ACR_HOST)
    expect(oidc.verdict).toMatchObject({ rule: 'ACR038', case: 'oidc-assertion-expired' })
    expect(oidc.text).toMatch(/azure\/login in the same job, right before/)
    expect(oidc.title).not.toContain('ACR token')
  }) // prettier-ignore

  it("ACR: no matching federated identity record names the app's federated credential and its subject, not a client secret (A60-04)", () => {
    const { verdict, text } = rendered("Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/app:environment:prod'.", ACR, ACR_HOST)
    expect(verdict).toMatchObject({ diagnosis: 'invalid-credentials', rule: 'ACR010', case: 'federated-credential' })
    expect(text).toContain('Federated credentials')
    expect(text).toContain('api://AzureADTokenExchange')
    expect(text).toContain('az ad app federated-credential create')
    expect(text).not.toMatch(/admin user|client secret/i)
  }) // prettier-ignore

  it('GAR: no ID token (GAR013) names id-token: write, not secrets (A60-05); no default credentials (GAR015) names the auth step', () => {
    const token = rendered('Error: google-github-actions/auth failed with: gitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job.', GAR, GAR_HOST)
    expect(token.verdict).toMatchObject({ diagnosis: 'missing-credentials', case: 'id-token-permission' })
    expect(token.title).toBe('The job may not request a GitHub ID token')
    expect(token.text).toContain('`id-token: write`')
    expect(token.text).not.toMatch(/Dependabot secrets|Settings → Secrets and variables → Dependabot/)
    const adc = rendered('google: could not find default credentials. See https://developers.google.com/accounts/docs/application-default-credentials for more information.', GAR, GAR_HOST)
    expect(adc.verdict).toMatchObject({ rule: 'GAR015', case: 'google-adc' })
    expect(adc.text).toContain('GOOGLE_APPLICATION_CREDENTIALS')
    expect(adc.title).not.toMatch(/empty/i)
  }) // prettier-ignore

  it("Docker Hub OIDC without id-token: write: skip-if-missing, or a condition that keeps push runs (A60-01); openssl is given a port (A60-02)", () => {
    const oidc = allText(remediationFor('oidc-permission-missing', { profile: 'docker-hub', registry: 'docker.io', username: 'acme' }))
    expect(oidc).toContain('`skip-if-missing: true`')
    expect(oidc).toContain("github.event_name != 'pull_request' ||")
    expect(oidc).toContain("github.actor != 'dependabot[bot]'")
    const tls = remediationFor('registry-unreachable', { profile: 'generic', registry: 'registry.example.com', username: 'u', case: 'tls-name-mismatch' })
    expect(tls.steps[0]).toContain('openssl s_client -connect <host>:443 -servername <host>')
  }) // prettier-ignore

  it("GAR: a refusal by the provider's attribute condition (GAR016) names the condition and how to read it (A60-06)", () => {
    const { verdict, text } = rendered('failed to generate Google Cloud federated token for //iam.googleapis.com/***: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}', GAR, GAR_HOST)
    expect(verdict).toMatchObject({ diagnosis: 'invalid-credentials', rule: 'GAR016', case: 'wif-attribute-condition' })
    expect(text).toContain("--format='value(attributeCondition)'")
    expect(text).toContain('update-oidc')
    expect(text).not.toContain('_json_key_base64')
  }) // prettier-ignore
})

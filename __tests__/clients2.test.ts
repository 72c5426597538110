/**
 * The wordings of more clients (docs/registries.md §13a): the credential
 * helpers' own errors, helm, oras-go, containers/image (podman, skopeo),
 * jib, buildpacks' lifecycle, kaniko, nomad, Testcontainers, the Terraform
 * docker provider and the cloud helpers. Each text is quoted as a user
 * posted it, or built from the client's format string (`constructed`),
 * with where; each is judged on every profile's rule table. Then the order
 * that keeps a weak wording from stealing a specific one, and `explain`
 * through the command line's `main()`.
 */
import { describe, expect, it } from '@jest/globals'
import { judgeText } from '../src/judge.js'
import { PROFILES } from '../src/profiles/index.js'
import {
  eachOnEveryProfile,
  explain,
  type ExplainRow
} from '../__fixtures__/explain.js'

/** A pasted text, or one built from a client's format string. */
interface Row extends ExplainRow {
  /** built from a format string in the client's source, not posted */
  constructed?: true
}

const HELPERS: Row[] = [
  {
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `pass store is uninitialized`',
    source: 'docker/docker-credential-helpers#140',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  {
    text: 'pass store is uninitialized',
    source: 'docker/docker-credential-helpers#140 (the helper output alone)',
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: 'pass not initialized: exit status 1: Error: password store is empty. Try "pass init".',
    source:
      'docker/docker-credential-helpers pass/pass.go "pass not initialized: %v" around pass ls',
    constructed: true,
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: 'gpg: decryption failed: No secret key',
    source: 'docker/docker-credential-helpers#299, #126',
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: 'exit status 1: gpg: sec: skipped: No public key\ngpg: [stdin]: encryption failed: No public key\nPassword encryption aborted.',
    source: 'docker/docker-credential-helpers#199',
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: '** Message: 00:51:34.306: Remote error from secret service: org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files',
    source: 'docker/docker-credential-helpers#132, goharbor/harbor#15370',
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: 'Error: The name org.freedesktop.secrets was not provided by any .service files',
    source: 'microsoft/vscode-docker#946 (connecting a registry)',
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: 'Cannot create an item in a locked collection',
    source: 'docker/for-linux#474 (the secretservice helper output alone)',
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: 'keychain cannot be accessed because the current session does not allow user interaction. The keychain may be locked; unlock it by running "security -v unlock-keychain ~/Library/Keychains/login.keychain-db" and try again',
    source:
      'docker/docker-credential-helpers osxkeychain/osxkeychain.go ErrInteractionNotAllowed',
    constructed: true,
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: 'error listing credentials - err: exit status 1, out: `User interaction is not allowed. (-25308)`',
    source:
      'docker/docker-credential-helpers client/client.go List and osxkeychain.go errInteractionNotAllowed',
    constructed: true,
    diagnosis: 'credential-store-error',
    rule: 'CLI011'
  },
  {
    text: "subprocess.CalledProcessError: Command '['docker-credential-pass', 'get']' returned non-zero exit status 1.",
    source: 'docker/docker-credential-helpers#217 (docker-compose v1)',
    diagnosis: 'credential-store-error',
    rule: 'CLI012'
  },
  {
    text: 'Error: credentials store is configured to `desktop.exe` but Docker Desktop seems not running',
    source: 'oras-go registry/remote/credentials/internal/executer/executer.go',
    constructed: true,
    diagnosis: 'credential-store-error',
    rule: 'CLI012'
  },
  {
    text: 'docker-credential-ecr-login can only be used with Amazon Elastic Container Registry.',
    source: 'awslabs/amazon-ecr-credential-helper ecr-login/api/client.go',
    constructed: true,
    diagnosis: 'credential-store-error',
    rule: 'CLI012'
  },
  {
    text: 'time="2023-11-21T00:22:55Z" level=info msg="Got error fetching authorization token. Falling back to cached token." error="ecr: Failed to get authorization token: not found, ResolveEndpointV2"',
    source: 'awslabs/amazon-ecr-credential-helper#680',
    diagnosis: 'credential-store-error',
    rule: 'CLI020'
  },
  {
    text: 'level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: operation error ECR: GetAuthorizationToken, exceeded maximum number of attempts, 3, failed to sign request: failed to retrieve credentials: no EC2 IMDS role found, operation error ec2imds: GetMetadata, exceeded maximum number of attempts, 3, request send failed, Get \\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\\": dial tcp 169.254.169.254:80: connect: host is down"',
    source:
      'awslabs/amazon-ecr-credential-helper#381: no AWS credentials off EC2',
    diagnosis: 'missing-credentials',
    rule: 'AWS006'
  },
  {
    text: 'level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: operation error ECR: GetAuthorizationToken, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, Post \\"https://api.ecr.eu-west-1.amazonaws.com/\\": dial tcp: i/o timeout"',
    source: 'awslabs/amazon-ecr-credential-helper#381: the network',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: 'Error: failed to copy index: error getting credentials - err: exit status 1, out: `docker-credential-gcr/helper: could not retrieve GCR\'s access token: oauth2: cannot fetch token: 400 Bad Request\nResponse: {\n  "error": "invalid_grant",\n  "error_description": "reauth related error (invalid_rapt)"\n}`',
    source: 'GoogleCloudPlatform/docker-credential-gcr#113 (crane cp)',
    diagnosis: 'credential-store-error',
    rule: 'CLI001'
  },
  {
    text: 'docker-credential-gcr/helper: could not retrieve GCR\'s access token: oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error": "invalid_grant", "error_description": "reauth related error (invalid_rapt)"}',
    source:
      'GoogleCloudPlatform/docker-credential-gcr#113 (the helper output alone)',
    diagnosis: 'token-expired',
    rule: 'GAR017',
    case: 'reauth'
  },
  {
    text: 'ERROR: (gcloud.config.config-helper) There was a problem reauthenticating while refreshing your current auth tokens: Reauthentication challenge could not be answered because you are not in an interactive session.',
    source: 'kubernetes/kubernetes#96289',
    diagnosis: 'token-expired',
    rule: 'GAR017',
    case: 'reauth'
  }
]

const CLIENTS: Row[] = [
  // helm and oras-go
  {
    text: 'Error: failed to resolve registry-1.docker.io/REDACTED/REDACTED-helm-chart:2.14.1: GET "https://registry-1.docker.io/v2/REDACTED/REDACTED-helm-chart/manifests/2.14.1": response status code 401: unauthorized: authentication required: [map[Action:pull Class: Name:REDACTED/REDACTED-helm-chart Type:repository]]',
    // REG004's 401 read as a pull (§13p)
    source: 'helm/helm#30942 (REG004 read as a pull: FB006)',
    diagnosis: 'missing-credentials',
    rule: 'FB006',
    case: 'anonymous-pull'
  },
  {
    text: 'Error: authenticating to "registry.example.com": GET "https://registry.example.com/v2/": response status code 401: Unauthorized',
    source:
      'helm pkg/registry/client.go Login ("authenticating to %q: %w") around oras-go errcode ErrorResponse without a body',
    constructed: true,
    diagnosis: 'invalid-credentials',
    rule: 'REG004'
  },
  {
    text: 'Error: unexpected status from POST request to https://192.168.64.1:6000/v2/charts/openebs/blobs/uploads/: 403 Forbidden',
    source: 'helm/helm#12234 (helm push to zot)',
    diagnosis: 'insufficient-scope',
    rule: 'REG008'
  },
  {
    text: 'Error: POST "https://registry.example.com/v2/charts/app/blobs/uploads/": response status code 403: Forbidden',
    source: 'oras-go registry/remote/errcode/errors.go ErrorResponse',
    constructed: true,
    diagnosis: 'insufficient-scope',
    rule: 'REG008'
  },
  {
    text: 'Error: unable to retrieve credentials',
    source: 'helm/helm#12476 (helm 3.13 push without ~/.docker/config.json)',
    diagnosis: 'credential-store-error',
    rule: 'CLI012'
  },
  {
    text: 'command: /usr/bin/helm registry login registry.suse.com\nUsername: Error: EOF',
    source: 'suse-edge/edge-image-builder#355',
    diagnosis: 'missing-credentials',
    rule: 'CLI014',
    case: 'username'
  },
  {
    text: 'Error: GET "https://123.dkr.ecr.eu-west-1.amazonaws.com/v2/app/tags/list": basic credential not found',
    source:
      'oras-go registry/remote/auth/client.go ErrBasicCredentialNotFound, wrapped by the request',
    constructed: true,
    diagnosis: 'missing-credentials',
    rule: 'CLI013',
    case: 'no-login'
  },
  // containers/image: podman, skopeo, buildah
  {
    text: 'Error: logging into "quay.io": unable to retrieve auth token: invalid username/password: unauthorized: access to the requested resource is not authorized',
    source:
      "containers/image docker/errors.go ErrUnauthorizedForCredentials around Quay's 401 (docs/registries.md §3)",
    constructed: true,
    diagnosis: 'invalid-credentials',
    rule: 'CLI015'
  },
  {
    text: 'error reading JSON file "/run/containers/0/auth.json": error unmarshaling JSON at "/run/containers/0/auth.json": unexpected end of JSON input',
    source: 'podman-container-tools/podman#1457',
    diagnosis: 'credential-store-error',
    rule: 'CLI092',
    case: 'auth-file-malformed'
  },
  {
    text: 'failed to pull image icr.io/ai-services/chatbot-service:v0.0.21: reading JSON file "/run/containers/auth.json": unmarshaling JSON at "/run/containers/auth.json": unexpected end of JSON input',
    source: 'IBM/project-ai-services#1084',
    diagnosis: 'credential-store-error',
    rule: 'CLI092',
    case: 'auth-file-malformed'
  },
  // jib
  {
    text: "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:0.9.10:build (default-cli) on project product-upgrade-server: Build image failed, perhaps you should make sure your credentials for 'private-docker.changhongedu.cn' are set up correctly: Unauthorized for private-docker.changhongedu.cn/product-upgrade: 401 Unauthorized",
    source: 'GoogleContainerTools/jib#942',
    diagnosis: 'missing-credentials',
    rule: 'CLI016',
    case: 'no-login'
  },
  {
    text: "> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Build to Docker daemon failed, perhaps you should make sure your credentials for 'registry-1.docker.io/library/eclipse-temurin' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help",
    source: 'GoogleContainerTools/jib#3677',
    diagnosis: 'missing-credentials',
    rule: 'CLI016',
    case: 'no-login'
  },
  {
    text: "[INFO] The base image requires auth. Trying again for openjdk:11...\n[WARNING] The credential helper (docker-credential-desktop) has nothing for server URL: registry-1.docker.io\n\nGot output:\n\ncredentials not found in native keychain\n\n[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.3.1:build: Build image failed, perhaps you should make sure your credentials for 'registry-1.docker.io/acme/app' are set up correctly",
    source:
      "jib's helper warning (GoogleContainerTools/jib DockerCredentialHelper, quoted in user logs) before its error: the error's rule wins",
    constructed: true,
    diagnosis: 'missing-credentials',
    rule: 'CLI016',
    case: 'no-login'
  },
  {
    text: '[WARNING] The credential helper (docker-credential-desktop) has nothing for server URL: registry-1.docker.io\n\nGot output:\n\ncredentials not found in native keychain',
    source: "jib's warning alone, as users quote it",
    diagnosis: 'missing-credentials',
    rule: 'CLI021',
    case: 'no-login'
  },
  {
    text: "Build image failed, perhaps you should set a credential helper name with the configuration 'from.credHelper' or from.auth",
    source: 'GoogleContainerTools/jib#758',
    diagnosis: 'missing-credentials',
    rule: 'CLI013',
    case: 'no-login'
  },
  {
    text: 'Build image failed, perhaps you should make sure you have permissions for registry.example.com/acme/app',
    source: 'jib HelpfulSuggestions.forHttpStatusCodeForbidden',
    constructed: true,
    diagnosis: 'insufficient-scope',
    rule: 'CLI017'
  },
  {
    text: "Build image failed, perhaps you should use a registry that supports HTTPS or set the configuration parameter 'allowInsecureRegistries'",
    source: 'jib HelpfulSuggestions.forInsecureRegistry',
    constructed: true,
    diagnosis: 'registry-unreachable',
    rule: 'NET009'
  },
  // buildpacks (pack, lifecycle)
  {
    text: '[analyzer] ERROR: failed to : ensure registry read access to myprivate.registry.com/org/pack:bullseye-linux-amd64\nERROR: failed to build: executing lifecycle. This may be the result of using an untrusted builder: failed with status code: 1',
    source: 'buildpacks/pack#1432',
    diagnosis: 'missing-credentials',
    rule: 'CLI019',
    case: 'no-login'
  },
  {
    text: '[analyzer] ERROR: failed to initialize analyzer: validating registry read access: ensure registry read access to harbor.mydomain/cache/test:latest\nERROR: failed to build: executing lifecycle: failed with status code: 1',
    source: 'buildpacks/pack#1991',
    diagnosis: 'missing-credentials',
    rule: 'CLI019',
    case: 'no-login'
  },
  {
    text: '[analyzer] ERROR: failed to initialize analyzer: validating registry read access:\nfailed to ensure registry read access to localhost:5001/npm-sample:\nGet "https://localhost:5001/v2/": dial tcp [::1]:5001: connect: connection refused',
    source: 'buildpacks/lifecycle#1578: the network error inside wins',
    diagnosis: 'registry-unreachable',
    rule: 'NET001'
  },
  {
    text: '2024-11-18T18:44:45+01:00 ERROR: failed to initialize analyzer: validating registry write access: failed to ensure registry read/write access to quay.io/snowdrop/my-quarkus-app: POST https://quay.io/v2/snowdrop/my-quarkus-app/blobs/uploads/: UNAUTHORIZED: access to the requested resource is not authorized; map[]',
    source: "snowdrop/java-buildpack-client#88: Quay's words inside win",
    diagnosis: 'insufficient-scope',
    rule: 'QUAY005'
  },
  // kaniko (go-containerregistry)
  {
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "my-registry.io/org/team/project": POST https://my-registry.io/v2/org/team/project/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:org/team/project Type:repository] map[Action:push Class: Name:org/team/project Type:repository]]',
    // REG004's 401 read by its request, an upload POST (§13b (f))
    source:
      'GoogleContainerTools/kaniko#1325 (REG004 read as a push: FB004, §13m)',
    diagnosis: 'missing-credentials',
    rule: 'FB004',
    case: 'no-login'
  },
  {
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "dfwpharb01.sial.com/ecommerce/aem-cms/aem-dispatcher:release-integration-3513e70d": POST https://dfwpharb01.sial.com/v2/ecommerce/aem-cms/aem-dispatcher/blobs/uploads/: UNAUTHORIZED: unauthorized to access repository: ecommerce/aem-cms/aem-dispatcher, action: push: unauthorized to access repository: ecommerce/aem-cms/aem-dispatcher, action: push',
    source: "GoogleContainerTools/kaniko#2222: Harbor's words (HBR001)",
    diagnosis: 'insufficient-scope',
    rule: 'HBR001'
  },
  // nomad, Terraform, Testcontainers
  {
    text: 'Failed to find docker auth for repo "123456789012.dkr.ecr.eu-west-2.amazonaws.com/app": docker-credential-ecr-login with input "123456789012.dkr.ecr.eu-west-2.amazonaws.com/app" failed with stderr: ',
    source:
      "hashicorp/nomad#7357 (the title's wording; the rest from nomad's docker driver format)",
    constructed: true,
    diagnosis: 'credential-store-error',
    rule: 'CLI012'
  },
  {
    text: 'Failed to pull `oci.ehtrace.local/kafka-connect:3.8.0-45.0.0-SNAPSHOT-1`: Error response from daemon: Head "https://oci.ehtrace.local/v2/kafka-connect/manifests/3.8.0-45.0.0-SNAPSHOT-1": no basic auth credentials',
    source: 'hashicorp/nomad#24181 (already CLI004)',
    diagnosis: 'missing-credentials',
    rule: 'CLI004',
    case: 'no-login'
  },
  {
    text: 'Got error when attempting to fetch image version from registry: Got bad response from registry: 401 Unauthorized',
    source:
      "kreuzwerker/terraform-provider-docker#86 (REG004's words, no login, token request, pull or push shown: FB033, docs/registries.md §13dd; a misspelled image there, which an anonymous request is refused alike)",
    diagnosis: 'missing-credentials',
    rule: 'FB033',
    case: 'no-login'
  },
  {
    text: 'java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration',
    source: 'testcontainers/testcontainers-java#613, #5030',
    diagnosis: 'not-a-login-failure',
    rule: 'LOOK013'
  }
]

const ROWS = [...HELPERS, ...CLIENTS]

describe('the wordings of more clients, on every profile', () => {
  eachOnEveryProfile(ROWS, (row) => row.source)

  it('every row names where it was seen, or the format string it was built from', () => {
    for (const row of ROWS) expect(row.source.length).toBeGreaterThan(10)
    // most texts were posted by users
    const posted = ROWS.filter((row) => !row.constructed)
    expect(posted.length).toBeGreaterThan(ROWS.length / 2)
  })
})

describe('the order keeps weak wordings from stealing specific ones', () => {
  it.each([
    [
      "Go's ': eof' after helm's empty username prompt is no network error",
      'Username: Error: EOF',
      'CLI014'
    ],
    [
      'a bare 403 on upload to GHCR is still GHCR007',
      'error writing layer blob: unexpected status from POST request to https://ghcr.io/v2/acme/app/blobs/uploads/: 403 Forbidden',
      'GHCR007'
    ],
    [
      "a keychain without the login, then a pull's 401: the 401, read as a pull (§13p)",
      'credentials not found in native keychain\nGET https://registry.example.com/v2/acme/app/manifests/1.0: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
      'FB006'
    ],
    [
      "the lifecycle's check with a server error inside: the server error",
      'ensure registry read/write access to registry.example.com/acme/app: GET https://registry.example.com/v2/: unexpected status code 503 Service Unavailable',
      'NET002'
    ]
  ])('%s', (_name, text, rule) => {
    for (const profile of PROFILES) {
      expect(judgeText(text, profile).rule).toBe(rule)
    }
  })

  it("containers/image's 401 with Docker Hub's words: a refused credential, by Docker Hub's rule on Docker Hub", () => {
    const text =
      'Error: logging into "docker.io": unable to retrieve auth token: invalid username/password: unauthorized: incorrect username or password'
    for (const profile of PROFILES) {
      const verdict = judgeText(text, profile)
      expect(verdict.diagnosis).toBe('invalid-credentials')
      // each table reads its registry's rules first: Quay's says the same
      expect(verdict.rule).toBe(profile.id === 'quay' ? 'QUAY001' : 'HUB010')
    }
  })
})

// ---------------------------------------------------------------------------
// The command line

describe('explain: texts of more clients', () => {
  it.each([
    [
      'a pass store never initialised',
      'pass store is uninitialized',
      'credential-store-error',
      'CLI011'
    ],
    [
      "helm's push refused with a bare 403",
      'Error: unexpected status from POST request to https://192.168.64.1:6000/v2/charts/openebs/blobs/uploads/: 403 Forbidden',
      'insufficient-scope',
      'REG008'
    ],
    [
      "jib's 401",
      "Build image failed, perhaps you should make sure your credentials for 'registry.example.com/acme/app' are set up correctly: Unauthorized for registry.example.com/acme/app: 401 Unauthorized",
      'missing-credentials',
      'CLI016'
    ],
    [
      "pack's lifecycle without a login",
      '[analyzer] ERROR: failed to initialize analyzer: validating registry read access: ensure registry read access to harbor.mydomain/cache/test:latest',
      'missing-credentials',
      'CLI019'
    ]
  ])('%s (--json)', async (_name, text, diagnosis, rule) => {
    const run = await explain(`${text}\n`, ['--json'])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    const out = JSON.parse(run.stdout) as Record<string, unknown>
    expect([out.diagnosis, out.rule]).toEqual([diagnosis, rule])
  })

  it('text output: a helper failure says to repair or remove the helper, for the registry named', async () => {
    const run = await explain('gpg: decryption failed: No secret key\n', [
      '--registry',
      'ghcr.io'
    ])
    expect(run.exitCode).toBe(1)
    const headline = run.stdout.split('\n')[0]
    expect(headline).toContain('credential-store-error')
    expect(run.stdout).toContain('credential helper')
    expect(run.stdout).not.toContain('Docker Hub')
  })

  it("text output: helm's empty username prompt asks for the username", async () => {
    const run = await explain('Username: Error: EOF\n')
    expect(run.exitCode).toBe(1)
    expect(run.stdout.split('\n')[0]).toBe(
      'Diagnosis: missing-credentials — The username is empty'
    )
  })
})

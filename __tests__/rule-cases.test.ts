/**
 * Rules whose wording means one thing get the steps for that thing, not
 * their diagnosis's generic ones (attack rounds 61 and 62: "Username or
 * password is empty" for a Jenkins credentials id, "The ECR token has
 * expired" for an AWS SSO session, `docker logout <your private ECR>` for a
 * stale public.ecr.aws login). One row per finding: the text as a user
 * pastes it, the registry, the rule and case it reads as, what the
 * rendered remediation must say and what it must not.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { judgeText } from '../src/judge.js'
import { loadRules, profileById, recognise } from '../src/profiles/index.js'
import type { RemediationCase } from '../src/profiles/types.js'
import { remediationFor, withWhat } from '../src/remediation.js'

beforeAll(async () => {
  await loadRules()
})

interface Row {
  finding: string
  registry: string
  text: string
  rule: string
  kase: RemediationCase | undefined
  says: readonly string[]
  not: RegExp
}

const ROWS: readonly Row[] = [
  { finding: 'A61-01', registry: 'quay.io', text: 'Error: This registry does not appear to support basic authentication. Please use a registry provider that supports OAuth.', rule: 'CLI089', kase: 'basic-only-client', says: ['docker login quay.io'], not: /password is empty|Dependabot/ },
  { finding: 'A61-02', registry: 'docker.io', text: 'ERROR: Could not find credentials matching dockerhub-creds', rule: 'CLI054', kase: 'jenkins-credentials', says: ['Manage Jenkins → Credentials', 'credentialsId'], not: /Dependabot|skip-if-missing|Secrets and variables/ },
  { finding: 'A61-02', registry: 'registry.example.com', text: 'Username cannot be empty. The base image connector requires authenticated access. Please either use an authenticated connector, or remove the base image connector.', rule: 'CLI056', kase: 'base-image-connector', says: ['base image connector'], not: /Dependabot|skip-if-missing/ },
  { finding: 'A61-03', registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', text: 'E0101 kuberuntime_manager.go: "Failed getting credential from external registry credential provider" err="error execing credential provider plugin ecr-credential-provider for image 123456789012.dkr.ecr.us-east-1.amazonaws.com/app: exit status 1"', rule: 'CLI053', kase: 'kubelet-provider', says: ['--image-credential-provider-config', 'matchImages'], not: /credsStore/ },
  { finding: 'A61-03', registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', text: 'level=error msg="Error parsing the serverURL" error="parse \\"https://{\\"kind\\":\\"CredentialProviderRequest\\"}\\": invalid port"', rule: 'CLI091', kase: 'kubelet-provider', says: ['ecr-credential-provider'], not: /credsStore/ },
  { finding: 'A61-04', registry: 'myreg.azurecr.io', text: 'Signing and pushing trust metadata\nfailed to sign myreg.azurecr.io/app:1.0: you are not authorized to perform this operation: server returned 401.', rule: 'CLI023', kase: 'signing-denied', says: ['AcrImageSigner', 'DOCKER_CONTENT_TRUST'], not: /AcrPush/ },
  { finding: 'A61-05', registry: 'registry.gitlab.com', text: 'Fetching version from https://gitlab.com/api/v4/version failed. The request requires higher privileges than provided by the access token.', rule: 'REG012', kase: 'api-scope', says: ['read_api'], not: /may not push/ },
  { finding: 'A62-06', registry: 'registry.gitlab.com', text: 'Request to https://gitlab.com/api/v4/projects?membership=true failed with status 403: Forbidden', rule: 'GL008', kase: 'api-scope', says: ['read_api'], not: /may not push/ },
  { finding: 'A61-06', registry: 'myreg.azurecr.io', text: 'error pulling image configuration: error parsing HTTP 403 response body: invalid character \'<\': "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?><Error><Code>AuthorizationFailure</Code><Message>This request is not authorized to perform this operation."', rule: 'NET019', kase: 'blob-storage', says: ['blob.core.windows.net'], not: /network-rule add/ },
  { finding: 'A61-07', registry: 'ghcr.io', text: "Error response from daemon: pull access denied for ghcr.m.daocloud.io/acme/app, repository does not exist or may require 'docker login': denied: this image is not in the allowlist.", rule: 'NET020', kase: 'mirror-allowlist', says: ['allowlist', 'registry it comes from'], not: /status page|timeout/ },
  { finding: 'A61-08', registry: 'docker.io', text: '[ERROR] Exception caught: Incomplete Docker registry authorization credentials. Please provide all of username, password, and email or none.', rule: 'CLI086', kase: 'maven-settings', says: ['settings.xml', '<serverId>'], not: /`with:` block|password: \$\{\{/ },
  { finding: 'A61-09', registry: 'quay.io', text: 'Error: reading JSON file "/run/user/1001/containers/auth.json": unmarshaling JSON at "/run/user/1001/containers/auth.json": invalid character \'}\' looking for beginning of object key string', rule: 'CLI092', kase: 'auth-file-malformed', says: ['jq .', 'auth.json'], not: /credsStore/ },
  { finding: 'A62-01', registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', text: 'Error when retrieving token from sso: Token has expired and refresh failed\nThe SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.', rule: 'AWS010', kase: 'aws-sso-session', says: ['aws sso login --profile'], not: /ECR token has expired/ },
  { finding: 'A62-02', registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', text: 'Error response from daemon: pull access denied for public.ecr.aws/lambda/python, repository does not exist or may require \'docker login\': denied: Your authorization token has expired. Reauthenticate and try again.', rule: 'ECR012', kase: 'public-ecr-login', says: ['docker logout public.ecr.aws'], not: /docker logout 123456789012/ },
  { finding: 'A62-03', registry: 'quay.io', text: 'Error: CSRF token was invalid or missing.', rule: 'QUAY010', kase: 'quay-api-token', says: ['OAuth application', 'Generate Token'], not: /ROBOTS_WHITELIST|ROBOTS_DISALLOW/ },
  { finding: 'A62-04', registry: 'docker.io', text: 'Error: access to the resource is forbidden with personal access token', rule: 'HUB016', kase: 'hub-api-token', says: ['/v2/auth/token'], not: /documents for docker login/ },
  { finding: 'A62-05', registry: 'gitlab.example.com', text: 'Error response from daemon: Get "https://gitlab.example.com:5050/v2/": UNAVAILABLE: registry not enabled', rule: 'GL010', kase: 'registry-disabled', says: ['registry_external_url', 'gitlab-ctl reconfigure'], not: /status page|timeout/ },
  { finding: 'A62-07', registry: 'registry.example.com:5000', text: 'Error response from daemon: login attempt to http://registry.example.com:5000/v2/ failed with status: 400 Bad Request\n<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head>', rule: 'GEN008', kase: 'http-to-https-port', says: ['insecure-registries'], not: /status page/ },
  { finding: 'A62-08', registry: 'myreg.azurecr.io', text: "This command requires running the docker daemon, which is not supported in Azure Cloud Shell. You may want to use 'az acr login -n myreg --expose-token' to get an access token, which does not require Docker to be installed.", rule: 'ACR013', kase: 'cloud-shell', says: ['--expose-token'], not: /install the client|no daemon is needed/i },
  { finding: 'A62-09', registry: 'myworkspaceacr.azurecr.io', text: '"message": "Unauthorized error encountered while attempting to connect to the container registry. Please try running resync keys on your workspace and retry."', rule: 'ACR036', kase: 'aml-sync-keys', says: ['az ml workspace sync-keys'], not: /service principal:/ },
  { finding: 'A62-10', registry: 'us-docker.pkg.dev', text: 'NAME_INVALID: Missing image name. Pushes should be of the form docker push HOST-NAME/PROJECT-ID/REPOSITORY/IMAGE', rule: 'GAR008', kase: 'image-name-missing', says: ['PROJECT/REPOSITORY/IMAGE:TAG'], not: /repositories create/ },
  { finding: 'A62-10', registry: 'gcr.io', text: "Error response from daemon: Head \"https://gcr.io/v2/genomics-tools/samtools/manifests/latest\": denied: Project 'project:genomics-tools' not found or deleted.", rule: 'GAR021', kase: 'project-not-found', says: ['gcloud projects list'], not: /repositories create/ },
  { finding: 'A62 (below)', registry: 'quay.io', text: 'Error response from daemon: Get "https://quay.io/v2/": unauthorized: This user has been disabled. Please contact your administrator.', rule: 'QUAY009', kase: 'account-disabled', says: ['administrator'], not: /encrypted password/ },
  { finding: 'A62 (below)', registry: 'harbor.example.com', text: 'unauthorized: Only system admin can create project', rule: 'HBR009', kase: 'namespace-create-denied', says: ['Projects → New Project'], not: /push permission on the repository/ },
  { finding: 'A62 (below)', registry: 'quay.example.com', text: 'Error: writing blob: initiating layer upload to /v2/acme/app/blobs/uploads/ in quay.example.com: UNSUPPORTED: Cannot create organization', rule: 'QUAY015', kase: 'namespace-create-denied', says: ['Create New Organization'], not: /If an earlier step builds the image/ },
  { finding: 'A62 (below)', registry: 'registry.gitlab.com', text: 'denied: Pushing to protected repository path forbidden', rule: 'GL003', kase: 'protected-path', says: ['Protected container repositories', 'Maintainer'], not: /Developer/ },
  { finding: 'A63-01', registry: 'docker.elastic.co', text: 'updater | ERROR <job_1234> Error during file fetching; aborting: private_source_authentication_failure {:source=>"docker.elastic.co"}', rule: 'CLI060', kase: 'dependency-bot', says: ['dependabot.yml', 'hostRules'], not: /Log in before the step/ },
  { finding: 'A63-01', registry: 'ghcr.io', text: 'WARN: docker registry failure: unauthorized (repository=ghcr.io/acme/base)', rule: 'CLI067', kase: 'dependency-bot', says: ['hostRules'], not: /Log in before the step/ },
  { finding: 'A63-02', registry: 'myreg.azurecr.io', text: 'failed to get credential from azure: DefaultAzureCredential: failed to acquire a token.', rule: 'CLI043', kase: 'tool-cloud-identity', says: ['workload identity'], not: /az acr login --name NAME/ },
  { finding: 'A63-03', registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', text: 'time="2019-09-19T20:46:48Z" level=fatal msg="Error determining repository tags: Invalid status code returned when fetching tags list 403 (Forbidden)"', rule: 'REG030', kase: 'tags-list-denied', says: ['ecr:ListImages'], not: /_catalog/ },
  { finding: 'A61 (below)', registry: 'registry.example.com:5000', text: 'Error response from daemon: Get "http://registry.example.com:5000/v2/": net/http: HTTP/1.x transport connection broken: malformed HTTP response "\\x15\\x03\\x01\\x00\\x02\\x02"', rule: 'NET013', kase: 'http-to-https-port', says: ['insecure-registries'], not: /status page/ },
  { finding: 'A61 (below)', registry: 'docker.io', text: 'Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: tls: first record does not look like a TLS handshake', rule: 'NET008', kase: 'tls-to-http-port', says: ['HTTPS_PROXY', 'http://host:port'], not: /status page/ },
  { finding: 'A61 (below)', registry: 'dtr.example.com', text: 'Error response from daemon: Get https://dtr.example.com/v2/myservice/manifests/latest: unauthorized: unable to get identity token from client token: invalid_grant: no such account for refresh token: id:', rule: 'REG041', kase: 'stored-identity-token', says: ['docker logout dtr.example.com', 'identity token'], not: /create a new token/ },
  { finding: 'A63 (below)', registry: '007439368137.dkr.ecr.eu-west-2.amazonaws.com', text: 'ValidationException\nThe repository of your image 007439368137.dkr.ecr.eu-west-2.amazonaws.com/sagemaker-tritonserver:25.09-py3 does not grant ecr:GetDownloadUrlForLayer, ecr:BatchGetImage, ecr:BatchCheckLayerAvailability permission to sagemaker.amazonaws.com service principal.', rule: 'ECR015', kase: 'service-principal-policy', says: ['"Principal": {"Service"', 'set-repository-policy'], not: /execution role|node role|log in/ },
  { finding: 'A62 (below)', registry: 'ghcr.io', text: 'Error response from daemon: Head "https://ghcr.io/v2/acme/private/manifests/latest": denied: {"errors":[{"code":"DENIED","message":"permission_denied: read_package"}]}', rule: 'GHCR024', kase: 'package-read-access', says: ['Read role', 'packages: read', 'Change visibility'], not: /Write role|refused the push/ },
  { finding: 'A62 (below), §13aab (c)', registry: 'ghcr.io', text: '{"errors":[{"code":"DENIED","message":"permission_denied: read_package"}]}', rule: 'GHCR012', kase: 'package-read-access', says: ['Read role', 'read:packages'], not: /Write role|refused the push|Change visibility/ },
  { finding: 'A62 (below)', registry: 'europe-docker.pkg.dev', text: 'ERROR: (gcloud.auth.docker-helper) There was a problem reauthenticating while refreshing your current auth tokens: Reauthentication challenge could not be answered because you are not in an interactive session.', rule: 'GAR017', kase: 'reauth', says: ['gcloud auth login', 'invalid_rapt'], not: /lasts one hour/ },
  { finding: 'A63 (below)', registry: 'ghcr.io', text: "Error response from daemon: Please run 'docker login'", rule: 'CLI062', kase: 'desktop-sign-in', says: ['Docker Desktop', 'organization that enforces sign-in'], not: /log in to ghcr\.io|Log in before/ },
  { finding: 'dev106 (§13aaa (i))', registry: 'registry.example.com', text: 'The push refers to repository [registry.example.com/someimage]\n5f70bf18a086: Layer already exists\n814b91d8ce2a: Pushing [==================================================>]  427.3MB\nunauthorized: authentication required', rule: 'REG042', kase: 'registry-token-ttl', says: ['Authorization token duration', 'Token Expiration'], not: /Update the repository secret|Log in before/ },
  { finding: 'dev106 (§13aaa (i))', registry: 'registry.example.com', text: 'FAILED\nNo Docker password was provided. Please provide the password by setting the CF_DOCKER_PASSWORD environment variable.', rule: 'CLI093', kase: 'cf-docker-password', says: ['CF_DOCKER_PASSWORD'], not: /Dependabot|skip-if-missing/ },
  { finding: 'A67-01', registry: 'ghcr.io', text: '#2 [internal] load metadata for docker.io/library/golang:1.22-alpine\n#9 ERROR: failed to push ghcr.io/acme/app:2.0: denied: permission_denied: read_package', rule: 'GHCR005', kase: 'package-access', says: ['Write role', 'Manage Actions access'], not: /Change visibility|Read role/ },
  { finding: 'A67-02', registry: 'gcr.io', text: '+ cosign sign gcr.io/acme/app:1\nError: signing [gcr.io/acme/app:1]: getting signer: getting key from Fulcio: fetching ambient OIDC credentials: impersonate: status code 403: {\n  "error": {\n    "code": 403,\n    "message": "The caller does not have permission",\n    "status": "PERMISSION_DENIED"\n  }\n}', rule: 'LOOK049', kase: undefined, says: ['serviceAccountOpenIdTokenCreator'], not: /workloadIdentityUser|principalSet|docker had none/ },
  { finding: 'A67-03', registry: 'docker.io', text: 'ERROR: failed to solve: failed to configure gha cache exporter: token contains an invalid number of segments', rule: 'LOOK050', kase: undefined, says: ['type=registry'], not: /ignore-error|Re-run/ },
  { finding: 'A67-04', registry: 'myregistry.azurecr.io', text: 'Error BCP192: Unable to restore the module with reference "br:myregistry.azurecr.io/bicep/modules/app:v1": Service request failed.\nStatus: 401 (Unauthorized)', rule: 'ACR040', kase: 'aad-token-refused', says: ['authentication-as-arm', 'az login --tenant', 'AcrPull'], not: /CONNECTIVITY_REFRESH_TOKEN_ERROR|admin user/ },
  { finding: 'A67 (below)', registry: 'docker.io', text: '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project my-app: Failed to deploy artifacts: Could not transfer artifact com.example:my-app:jar:1.0 from/to release-repo (https://nexus.example.com/repository/releases/): status code: 401, reason phrase: Unauthorized (401)', rule: 'LOOK048', kase: undefined, says: ['a download or a deploy', 'settings.xml'], not: /docker login|Log in before/ },
  { finding: 'A69-03', registry: 'docker.io', text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority', rule: 'NET014', kase: 'tls-unknown-authority', says: ['TLS-inspecting proxy', 'update-ca-certificates', 'docker reads no certs.d for Docker Hub'], not: /save it as \/etc\/docker\/certs\.d|put the registry's CA in docker's certs\.d/ },
  { finding: 'A69-03 (other registries keep certs.d)', registry: 'registry.example.com', text: 'Error response from daemon: Get "https://registry.example.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority', rule: 'NET014', kase: 'tls-unknown-authority', says: ['/etc/docker/certs.d/registry.example.com/ca.crt'], not: /TLS-inspecting proxy answered/ },
  { finding: 'A69-02', registry: 'docker.io', text: 'ERROR: failed to solve: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/20": proxyconnect tcp: dial tcp 10.0.0.5:3128: connect: connection refused', rule: 'NET031', kase: 'proxy-unreachable', says: ['HTTPS_PROXY', 'NO_PROXY', 'refused the tunnel'], not: /Check the `registry` input/ },
  { finding: 'A69-02 (Go\'s form of a refused CONNECT)', registry: 'registry.example.com', text: 'Error response from daemon: Get "https://registry.example.com/v2/": Forbidden', rule: 'FB001', kase: 'proxy-unreachable', says: ['allow list', 'answered 403'], not: /Check the `registry` input/ },
  { finding: 'A69 (below)', registry: 'docker.io', text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": Too Many Requests', rule: 'NET032', kase: 'proxy', says: ['proxy'], not: /Authenticate before pulling|Personal: 100/ },
  { finding: 'dev121 (§13aac (c))', registry: 'myregistry.azurecr.io', text: "az acr login --name myregistry\nThe resource with name 'myregistry' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'MY_SUBSCRIPTION (00000000-0000-0000-0000-000000000000)'.", rule: 'ACR041', kase: 'registry-lookup', says: ['az account set', '--role Reader'], not: /creates repositories on the first push|REPOSITORY:TAG/ },
  { finding: 'dev122 (§13aac (c))', registry: 'docker.io', text: "docker: you are not authorized to perform this operation: server returned 401.\nSee 'docker run --help'.", rule: 'LOOK053', kase: undefined, says: ['DOCKER_CONTENT_TRUST'], not: /AcrImageSigner|signer role/ },
  { finding: 'A70-01', registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', text: 'The push refers to repository [123456789012.dkr.ecr.eu-west-1.amazonaws.com/app]\n845237c43dbf: Retrying in 1 second\n94a688c21a1d: Retrying in 1 second\nEOF', rule: 'ECR020', kase: 'upload-closed', says: ['aws ecr create-repository', 'ecr:InitiateLayerUpload'], not: /AWS Health|endpoint URL/ },
  { finding: 'A70-01 (elsewhere)', registry: 'containerregistry.azurecr.io', text: 'The push refers to repository [containerregistry.azurecr.io/name]\n156ff16f37e4: Retrying in 19 seconds\nEOF', rule: 'NET033', kase: undefined, says: [], not: /create-repository|ecr:InitiateLayerUpload/ },
  { finding: 'A70-03', registry: 'docker.io', text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp 10.0.0.5:3128: connect: connection refused', rule: 'NET034', kase: 'daemon-proxy', says: ['systemctl show docker --property Environment', 'Resources → Proxies', 'not the daemon'], not: /Check HTTPS_PROXY \(and https_proxy\) for the job/ },
  { finding: 'A70-04', registry: 'registry.example.com', text: '$ docker pull registry.example.com/acme/app:latest || true\nlatest: Pulling from acme/app\n$ docker push registry.example.com/acme/app:1.2\nSigning and pushing trust metadata\nyou are not authorized to perform this operation: server returned 401.', rule: 'CLI023', kase: 'signing-denied', says: ['the right to sign'], not: /This is not a login failure|will not fix it/ },
  { finding: 'dev109 (§13aaa (i))', registry: 'gcr.io', text: 'Run elgohr/gcloud-login-action@v1\nbase64: invalid input', rule: 'CLI095', kase: 'base64-secret', says: ['base64 -w0 key.json'], not: /one \$, no quotes/ }
] // prettier-ignore

describe('a rule whose wording names one fix gets that fix', () => {
  it.each(ROWS.map((row) => [`${row.finding} ${row.rule}`, row] as const))(
    '%s',
    (_name, row) => {
      const profile = profileById(recognise(row.registry))
      const verdict = judgeText(row.text, profile)
      expect([verdict.rule, verdict.case]).toEqual([row.rule, row.kase])
      // a rule's own fix (`what`), as the report renders it
      const written = withWhat(
        remediationFor(verdict.diagnosis, {
          profile: profile.id,
          registry: row.registry,
          username: '',
          case: verdict.case
        }),
        verdict.what
      )
      const all = [written.title, written.error, written.why, ...written.steps].join('\n')
      for (const part of row.says) expect([part, all.includes(part)]).toEqual([part, true])
      expect(all).not.toMatch(row.not)
    }
  ) // prettier-ignore
})

describe('credential-expires-soon for a token whose expiry is stamped when issued (attack-63 A63-04)', () => {
  it.each([
    ['ecr', '123456789012.dkr.ecr.us-east-1.amazonaws.com', 'aws ecr get-login-password'],
    ['acr', 'myreg.azurecr.io', 'az acr login --name NAME --expose-token']
  ] as const)('%s: get a new token, not move the step', (profile, registry, command) => {
    const written = remediationFor('credential-expires-soon', { profile, registry, username: '' })
    expect(written.error).toContain('cannot be extended')
    expect(written.steps.join('\n')).toContain(command)
    expect(written.steps.join('\n')).not.toMatch(/move the login step|longer-lived/)
  }) // prettier-ignore
})

/**
 * A sixth development set of real registry error texts ("dev6"), collected
 * on 2026-11-28 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The sixth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool's `issues` corpus (one of them, a Harbor issue, through
 * its `docs` corpus); none is a source of an earlier set (the list of the
 * 640 earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every
 * earlier set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support; "INFERENCE" marks a label the thread does not settle.
 * Where the post masked or left out the registry host, `host` is a
 * placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV6: readonly RealText[] = [
  {
    id: 'dev6-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      "[5671 ms] Looking up Docker credential helper for 'ghcr.io'.",
      "[6140 ms] [httpOci] Could not fetch bearer token for 'ghcr.io': Error: HTTP 403: Forbidden",
      '[6141 ms] [httpOci] ERR: Failed to fetch Bearer token from registry.',
      "[6141 ms] Request 'https://ghcr.io/v2/devcontainers/features/git/manifests/1' failed",
      "[6141 ms] Could not resolve Feature manifest for 'ghcr.io/devcontainers/features/git:1'.  If necessary, provide registry credentials with 'docker login <registry>'."
    ),
    source: 'microsoft/vscode-remote-release#8449',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Dev Containers 0.292.0 resolving a public Feature; the maintainers' fix (devcontainers/cli#515, linked from the thread) retries anonymously when the stored ghcr.io credential from the helper is expired or revoked, i.e. a stale stored login broke a public pull"
  },
  {
    id: 'dev6-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: Authorization failed: https://ghcr.io/token',
    source: 'termoshtt/ocipkg#115',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: ocipkg (a Rust OCI client); the reporter found the credentials stored in ~/.docker/config.json for ghcr.io were stale and removing the file fixed it'
  },
  {
    id: 'dev6-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '[09:59:30 PM]$ docker pull ghcr.io/dnscontrol/dnscontrol:4.37.0',
      'Error response from daemon: error from registry: unauthorized',
      'unauthorized'
    ),
    source: 'DNSControl/dnscontrol#4233',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: an anonymous pull of a package that was not public; the maintainer 'fixed the setting in the GH console' (package visibility). Labelled as earlier sets label private-package pulls without a login. 2026"
  },
  {
    id: 'dev6-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'ERROR: failed to push ghcr.io/heavyg2005/authenticationservice:develop: ',
      'unexpected status from HEAD request to https://ghcr.io/v2/heavyg2005/authenticationservice/blobs/sha256:...',
      '403 Forbidden'
    ),
    source: 'HeavyG2005/AuthenticationService#81',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "GitHub Actions push with GITHUB_TOKEN; the issue's own analysis: the repository's workflow permissions (read-only default) or the package's Actions access must allow writing. The digest is elided as posted. 2025"
  },
  {
    id: 'dev6-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'buildx failed with: ERROR: failed to solve: failed to push ghcr.io/equal-vote/star-server:0d79c92dd159870040e9d5afa51d27c16d442210: unexpected status: 403 Forbidden',
    source: 'Equal-Vote/bettervoting#260',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "fixed by giving GITHUB_TOKEN write access to packages (the maintainers' comment and follow-up PR)"
  },
  {
    id: 'dev6-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: GET "https://ghcr.io/v2/helmforgedev/helm/postgresql/tags/list": response status code 403: denied: permission_denied: read_package',
    source: 'helmforgedev/charts#92',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: anonymous `helm install oci://...`; the maintainer: packages published by GITHUB_TOKEN under the org defaulted to private, and were made public. 2026'
  },
  {
    id: 'dev6-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Error: signing [ghcr.io/smana/charts/runlore@sha256:a7903c71…]: signing digest:',
      'failed to upload layer: POST https://ghcr.io/v2/smana/charts/runlore/blobs/uploads/:',
      'UNAUTHORIZED: User cannot be authenticated with the token provided.'
    ),
    source: 'Smana/runlore#377',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: cosign signing a Helm chart in Actions; only `helm registry login` had run, which writes Helm's own store, so cosign's docker config held no ghcr.io login (the fix adds docker/login-action). The digest is cut as posted. 2026"
  },
  {
    id: 'dev6-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: signing ghcr.io/...: GET https://ghcr.io/token?...: DENIED: denied',
    source: 'sigstore/cosign#2489',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'github-token',
    note: "needs the thread: `cosign attest` in Actions used the ambient GITHUB_TOKEN (no `packages: write`) instead of the PAT given to `cosign login`; the reporter's reading, not contested in the thread"
  },
  {
    id: 'dev6-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: INSTALLATION FAILED: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Akserve%2Fcharts%2Fkserve-crd%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'kserve/kserve#4195',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `helm install` of a public chart; the reporter closed it as 'It worked from a different computer'. INFERENCE: a stored ghcr.io login on the first machine (GHCR answers an expired one with 403 on the token endpoint). 2025"
  },
  {
    id: 'dev6-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'create failed: failed to install release: failed to pull chart: failed to perform "FetchReference" on source: GET "https://ghcr.io/v2/kubernetes-sigs/gateway-api-inference-extension/charts/inferencepool/manifests/v1.0.1": GET "https://ghcr.io/token?scope=repository%3Akubernetes-sigs%2Fgateway-api-inference-extension%2Fcharts%2Finferencepool%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
    source: 'modelplaneai/modelplane#157',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: provider-helm pulling a chart anonymously; the reporter: that ghcr.io path requires authentication (not public), and the chart was pulled from another location. 2026'
  },
  {
    id: 'dev6-gitlab-01',
    family: 'gitlab',
    host: 'gitlab.lvl77.com',
    text: 'invalid credentials: AuthFailed(why: "received unexpected HTTP status code 401 while retrieving an authentication token", details: "{\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"HTTP Basic: Access denied\\\\\\\\nYou must use a personal access token with \'api\' scope for Git over HTTP.\\\\\\\\nYou can generate one at https://gitlab.lvl77.com/-/profile/personal_access_tokens\\"}]}")',
    source: 'openai/tart#483',
    expected: 'pat-required',
    alsoAcceptable: ['password-with-2fa'],
    note: "`tart login` to a self-hosted GitLab registry with the account password; GitLab's own words ask for a personal access token (2FA or a password-disabled instance). The host is the GitLab instance the message names; the registry host was masked"
  },
  {
    id: 'dev6-gitlab-02',
    family: 'gitlab',
    host: 'gitlab.example.com:5050',
    text: lines(
      'level=info msg="fetch failed"',
      'error="failed to authorize: failed to fetch anonymous token:',
      'unexpected status from GET request to',
      'https://git.example.com/jwt/auth?scope=repository%3Agroup%2Fproject%3Apull&service=container_registry:',
      '403 Forbidden"',
      'host=registry.example.com'
    ),
    source: 'Finsys/dockhand#978',
    expected: 'missing-credentials',
    note: "Dockhand (a Docker UI) pulling from a self-hosted GitLab registry with a deploy token configured: the token request to GitLab's /jwt/auth went out anonymous, so the configured credential never reached it. Host masked in the post (registry.example.com); a GitLab placeholder stands in. 2026"
  },
  {
    id: 'dev6-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'ERROR: Head "https://registry.gitlab.com/v2/youtous/mailserver-traefik/manifests/latest": denied: access forbidden',
    source: 'youtous/docker-mailserver-traefik#5',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the README named a wrong image path; the maintainer: the correct value is registry.gitlab.com/youtous/docker-mailserver-traefik (GitLab answers a missing project with access forbidden)'
  },
  {
    id: 'dev6-gitlab-04',
    family: 'gitlab',
    host: 'registry.iversen.disco-stg.bsf.tools',
    text: '2025-06-16 08:33:32 DBG retrying image push error=failed to push image registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-v17.10.1: failed to perform "PushReference" on destination: PUT "https://registry.iversen.disco-stg.bsf.tools/v2/bsf-images/gitlab-org/gitlab-runner/gitlab-runner-helper/manifests/x86_64-v17.10.1-zarf-2339378743": response status code 401: unauthorized: authentication required: [map[Action:pull Class: Name:bsf-images/gitlab-org/gitlab-runner/gitlab-runner-helper ProjectPath: Type:repository] map[Action:push Class: Name:bsf-images/gitlab-org/gitlab-runner/gitlab-runner-helper ProjectPath: Type:repository]] concurrency=1',
    source: 'zarf-dev/zarf#3915',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: `zarf package mirror-resources` to a self-hosted GitLab registry with --registry-push-username/password; the same command works with zarf 0.50.0 and fails from 0.51.0 on (a client regression that stopped sending the push credential, per the report)'
  },
  {
    id: 'dev6-gitlab-05',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      'Getting image source signatures',
      'FATA[0002] trying to reuse blob sha256:3dc63f619455dc97812a554641f188908c4c9a8303f3f5f0e46485b080090043 at destination: checking whether a ',
      'blob sha256:3dc63f619455dc97812a554641f188908c4c9a8303f3f5f0e46485b080090043 exists in ',
      'registry.gitlab.com/data-custodian/custodian/nix/temporary/contract-manager-service: requested access to the resource is denie'
    ),
    source: 'podman-container-tools/skopeo#2484',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: skopeo copy to a new path below an existing GitLab registry repository; the reporter: 'subfolders are not allowed to be repos again' (GitLab refuses the path, the credential is fine). The last word is cut as posted"
  },
  {
    id: 'dev6-gitlab-06',
    family: 'gitlab',
    host: 'gitlab.com',
    text: lines(
      'build-and-run-fortune starting /docker:latest (test)',
      'build-and-run-fortune copied to docker volumes in 7.76 s',
      'Error: Command failed with exit code 1: docker pull /docker:latest',
      'invalid reference format'
    ),
    source: 'firecow/gitlab-ci-local#1358',
    expected: 'not-a-login-failure',
    note: "gitlab-ci-local: the job image ${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/docker resolved to /docker because the Dependency Proxy variable is undefined locally; an image reference mistake, not a login. No registry host in the text; gitlab.com (the Dependency Proxy's host) stands in"
  },
  {
    id: 'dev6-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'Trying to pull quay.io/dataprep1/data-prep-kit/doc_chunk-ray:latest...',
      'Error: initializing source docker://quay.io/dataprep1/data-prep-kit/doc_chunk-ray:latest: reading manifest latest in quay.io/dataprep1/data-prep-kit/doc_chunk-ray: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'data-prep-kit/data-prep-kit#995',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: podman (as docker) pulling anonymously; 'solved by changing the repository permission for the image' (made public). Quay answers a private or missing repository with this wording. 2025"
  },
  {
    id: 'dev6-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'Running Command: oc adm catalog mirror  --insecure=true  --skip-verification=true -a "/tmp/new-dockerconfigjson" quay.io/openshift-qe-optional-operators/aosqe-index:v4.12 ec2-54-196-169-237.compute-1.amazonaws.com:5000 --continue-on-error --to-manifests=/tmp/olm_mirror',
      'error: unable to read image quay.io/openshift-qe-optional-operators/aosqe-index:v4.12: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'openshift/release#34727',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: a Prow step mirroring a private Quay index; the auth file passed with -a held no quay.io entry for that organization, and the PR adds the QE Quay registry auth'
  },
  {
    id: 'dev6-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'error: unable to push quay.io/openshift-release-dev/ocp-v4.0-art-dev: failed to upload blob sha256:bacf4c9a03793fbbb179d8a644c65c23e46dbd9db4c9548c1a7dc08bc01ded9c: unauthorized: access to the requested resource is not authorized',
      'error: unable to push quay.io/openshift-release-dev/ocp-v4.0-art-dev: failed to upload blob sha256:ee11329518be02dbd9573b28833cc496f3cc435ae594d51ce8ed9037df36dc56: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'openshift/oc-mirror#513',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: oc-mirror told to mirror to a registry on localhost pushed to quay.io (the source) instead; the user never meant to push to quay.io, so the target host, not the credential, is wrong'
  },
  {
    id: 'dev6-quay-04',
    family: 'quay',
    host: 'quay.localdomain',
    text: lines(
      '$ helm push --debug --username plattform+create --password mypass rocketchat-6.25.3.tgz oci://quay.localdomain/plattform',
      'level=DEBUG msg=Request id=0 url=https://quay.localdomain/v2/plattform/rocketchat/manifests/sha256:e2648abe7e63f23a455d6cbf8f6397bd6bd8118c7563be9926f7f87723a4a0de method=HEAD header="   \\"Accept\\": \\"application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, application/vnd.oci.artifact.manifest.v1+json\\"\\n   \\"User-Agent\\": \\"Helm/3.19.0\\""',
      'level=DEBUG msg=Response id=0 status="401 UNAUTHORIZED" header="   \\"Set-Cookie\\": \\"*****\\"\\n   \\"Server\\": \\"nginx/1.22.1\\"\\n   \\"Date\\": \\"Tue, 25 Nov 2025 10:41:32 GMT\\"\\n   \\"Content-Type\\": \\"application/json\\"\\n   \\"Content-Length\\": \\"112\\"\\n   \\"Www-Authenticate\\": \\"Bearer realm=\\\\\\"https://quay.localdomain/v2/auth\\\\\\",service=\\\\\\"quay.localdomain\\\\\\",scope=\\\\\\"repository:plattform/rocketchat:pull\\\\\\"\\"\\n   \\"Docker-Distribution-Api-Version\\": \\"registry/2.0\\"" body="   No response body to print"'
    ),
    source: 'helm/helm#31567',
    expected: 'unknown',
    alsoAcceptable: ['repository-not-found', 'insufficient-scope'],
    note: "needs the thread: `helm push --debug` (Helm 3.19) of a new chart to a self-hosted Quay with a robot that has Creator permission on the organization; the repository does not exist yet. Per this thread and helm/helm#30987, Helm >= 3.18 checks the manifest with a pull-only token first and Quay answers a Creator's pull of a missing repository with 401; older Helm pushes fine. A client change meeting Quay's answer, not the credential. The debug lines after the token request are cut in the stored copy. 2025"
  },
  {
    id: 'dev6-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      'Jul 11 10:30:43 172.18.0.1 core[24785]: 2019-07-11T10:30:43Z [ERROR] [/common/token/htoken.go:76]: parse token error, token is expired by 309h12m44s',
      'Jul 11 10:30:43 172.18.0.1 core[24785]: 2019-07-11T10:30:43Z [ERROR] [/core/filter/security.go:200]: failed to decrypt robot token, token is expired by 309h12m44s'
    ),
    source: 'goharbor/harbor#8282',
    expected: 'token-expired',
    note: 'Harbor core log lines a user pasted when CI could no longer push with a robot account (Harbor 1.8.1): the robot token had expired. No host in the post; a Harbor placeholder stands in'
  },
  {
    id: 'dev6-harbor-02',
    family: 'harbor',
    host: 'registry.example.com',
    text: lines(
      'INFO[0012] Error logging in to endpoint, trying next endpoint  error="login attempt to https://registry.[tldomain]/v2/ failed with status: 400 Bad Request"',
      'Error: login attempt to https://registry.[tldomain]/v2/ failed with status: 400 Bad Request'
    ),
    source: 'goharbor/harbor-helm#1710',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: Harbor from the Helm chart behind a Traefik ingress; a commenter with the same error switched to the NGINX ingress controller and it worked (something in front of the registry answering 400, not the credential). Host masked as posted; a placeholder stands in. 2024'
  },
  {
    id: 'dev6-harbor-03',
    family: 'harbor',
    host: '10.184.64.157',
    text: lines(
      '~/harbor-tst/harbor# docker push 10.184.64.157/library/postgres:jt',
      'The push refers to repository [10.184.64.157/library/postgres]',
      'b07a445f2bbe: Layer already exists',
      '748e596c77e9: Layer already exists',
      'd56055da3352: Layer already exists',
      'received unexpected HTTP status: 500 Internal Server Error'
    ),
    source: 'goharbor/harbor#8688',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: a maintainer's reproduction on Harbor 1.9: the project's count quota was below the number of images, and Harbor answered the push with 500 (later changed to a 4xx with a quota message). Layer lines between the first and last are trimmed"
  },
  {
    id: 'dev6-harbor-04',
    family: 'harbor',
    host: 'reg.f-wi.com',
    text: lines(
      'docker pull reg.f-wi.com/proxy-ghcr.io/siderolabs/kubelet',
      'Using default tag: latest',
      'Error response from daemon: Get "https://reg.f-wi.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority'
    ),
    source: 'goharbor/harbor#19496',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'Harbor proxy-cache project; the reporter had configured cert.pem instead of fullchain.pem from certbot (the chain was missing). 2023'
  },
  {
    id: 'dev6-harbor-05',
    family: 'harbor',
    host: 'test.harbor.local.com',
    text: lines(
      'The push refers to repository [test.harbor.local.com/library/socat]',
      'ddc78141088d: Layer already exists',
      '076f4a787bf9: Pushing [==================================================>]    5.6MB/5.6MB',
      'error parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx/1.19.0</center>\\r\\n</body>\\r\\n</html>\\r\\n"'
    ),
    source: 'goharbor/harbor-operator#62',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'the NGINX ingress in front of Harbor limited the request body size (the fix: a proxy-body-size annotation); nothing about the credential'
  },
  {
    id: 'dev6-harbor-06',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'docker login failed: login attempt to https://xxx/v2/ failed with status: 401 Unauthorized',
    source: 'goharbor/harbor#20629',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the issue title (the body's logs are not in the stored copy), found through the `docs` corpus. After upgrading Harbor 2.8.4 to 2.10.2 every CLI login failed while OIDC UI logins worked; the reporter fixed it by removing the registry credentials configured in the Helm values (a server-side misconfiguration, not the user's credential). Host masked; a placeholder stands in. 2024"
  },
  {
    id: 'dev6-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'ERROR: denied: Your authorization token has expired. Reauthenticate and try again.',
    source: 'CircleCI-Public/aws-ecr-orb#277',
    expected: 'token-expired',
    note: 'CircleCI builds longer than 12 hours: the ECR token from `aws-ecr/ecr_login` expired mid-build (the PR adds a logout before re-login). Host not given; an ECR placeholder stands in. 2023'
  },
  {
    id: 'dev6-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.',
      '##[error]Docker run failed with exit code 255'
    ),
    source: 'elgohr/ecr-login-action#4',
    expected: 'invalid-credentials',
    case: 'aws-access-key',
    note: 'the AWS access key pair given to the action is not valid (UnrecognizedClientException), so no ECR token could be fetched. Host not in the post; placeholder'
  },
  {
    id: 'dev6-ecr-03',
    family: 'ecr',
    host: '308535385114.dkr.ecr.us-east-1.amazonaws.com',
    text: 'User: arn:aws:sts::391835788720:assumed-role/ghci-lf-github-action-runners-runner-role/i-03d4fc4f0ea90c6cd is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:308535385114:repository/pytorch/pytorch-linux-jammy-py3-clang18-asan because no resource-based policy allows the ecr:InitiateLayerUpload action',
    source: 'pytorch/pytorch#137361',
    expected: 'insufficient-scope',
    case: 'aws-account',
    note: "a cross-account push from CI runners (account 391835788720) into another account's repository whose repository policy does not allow it; the login itself succeeded. 2024"
  },
  {
    id: 'dev6-ecr-04',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error: invalid from flag value public.ecr.aws/awsguru/aws-lambda-adapter:0.8.2: toomanyrequests: Rate exceeded',
    source: 'aws/aws-lambda-web-adapter#429',
    expected: 'rate-limited',
    note: "ECR Public's 1 request/second limit for unauthenticated pulls (the maintainer's answer: retry, or log in to ECR Public for the higher limit). 2024"
  },
  {
    id: 'dev6-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'level=error msg="Error parsing the serverURL" error="parse \\"https://{\\\\\\"kind\\\\\\":\\\\\\"CredentialProviderRequest\\\\\\",\\\\\\"apiVersion\\\\\\":\\\\\\"credentialprovider.kubelet.k8s.io/v1beta1\\\\\\",\\\\\\"image\\\\\\":\\\\\\"XXXX.dkr.ecr.eu-west-1.amazonaws.com/XXXX\\\\\\"}\\": invalid port \\":\\\\\\"credentialprovider.kubelet.k8s.io\\" after host" serverURL="{\\"kind\\":\\"CredentialProviderRequest\\",\\"apiVersion\\":\\"credentialprovider.kubelet.k8s.io/v1beta1\\",\\"image\\":\\"XXX.dkr.ecr.eu-west-1.amazonaws.com/XXX\\"}"',
    source: 'awslabs/amazon-ecr-credential-helper#616',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "kubelet's image credential provider was configured with docker-credential-ecr-login (the Docker helper) instead of ecr-credential-provider; a commenter: 'You are using the wrong ecr-credential-provider'. Account masked as posted; placeholder host. 2023"
  },
  {
    id: 'dev6-ecr-06',
    family: 'ecr',
    host: '861807767978.dkr.ecr.us-east-2.amazonaws.com',
    text: 'kubelet[4027101]: E1003 20:18:22.385959 4027101 remote_image.go:216] "PullImage from image service failed" err="rpc error: code = Unknown desc = Error response from daemon: Head \\"https://861807767978.dkr.ecr.us-east-2.amazonaws.com/v2/ecr-test/manifests/latest\\": no basic auth credentials" image="861807767978.dkr.ecr.us-east-2.amazonaws.com/ecr-test:latest"',
    source: 'kubernetes/kubernetes#112842',
    expected: 'missing-credentials',
    note: "kubelet sent no credential: the configured image credential provider plugin was never called because the in-tree cloud provider was detected (the report's own analysis). 2022"
  },
  {
    id: 'dev6-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: '{"ts":1727300113642.7864,"caller":"plugin/plugin.go:235","msg":"Failed getting credential from external registry credential provider: error execing credential provider plugin ecr-credential-provider for image XXX.dkr.ecr.us-west-2.amazonaws.com/cilium/cilium: context deadline exceeded: I0925 21:34:13.657531    6329 main.go:129] Getting creds for private image XXX.dkr.ecr.us-west-2.amazonaws.com/cilium/cilium\\nW0925 21:34:13.657585    6329 main.go:65] No region found in the image reference, the default region will be used. Please refer to AWS SDK documentation for configuration purpose."}',
    source: 'kubernetes/cloud-provider-aws#1029',
    expected: 'credential-store-error',
    alsoAcceptable: ['registry-unreachable'],
    case: 'credential-helper',
    note: 'Talos kubelet running ecr-credential-provider: the plugin timed out fetching credentials (no answer from the AWS side, e.g. instance metadata or the ECR API); the credential helper failed, no registry answer was involved. Account masked; placeholder host. 2024'
  },
  {
    id: 'dev6-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'error parsing HTTP 403 response body: unexpected end of JSON input: ""',
    source: 'aws/aws-toolkit-azure-devops#311',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the issue title (an Azure DevOps ECR push task); commenters traced the bodyless 403 to missing ECR push permissions (InitiateLayerUpload, UploadLayerPart, CompleteLayerUpload, PutImage) and list the minimal policy. Host not given; placeholder'
  },
  {
    id: 'dev6-ecr-09',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "17:13:30.642 [main] INFO  org.testcontainers.utility.RegistryAuthLocator - Failure when attempting to lookup auth config. Please ignore if you don't have images in an authenticated registry. Details: (dockerImageName: REDACTED.dkr.ecr.us-east-1.amazonaws.com/REDACTED:latest, configFile: /Users/kevin/.docker/config.json, configEnv: DOCKER_AUTH_CONFIG). Falling back to docker-java default behaviour. Exception message: Status 404: No config supplied. Checked in order: /Users/kevin/.docker/config.json (file not found), DOCKER_AUTH_CONFIG (not set)",
    source: 'testcontainers/testcontainers-java#9477',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'Testcontainers with Podman pulling from ECR: it found no docker config (the podman login lives in auth.json, which it does not read), so the pull went without credentials. Account masked; placeholder host. 2024'
  },
  {
    id: 'dev6-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "Container Registry is deprecated and shutting down, please use the auto migration tool to migrate to Artifact Registry (gcloud artifacts docker upgrade migrate --projects='*****************************')",
    source: 'mozilla/jetstream#2683',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "a push to gcr.io after Container Registry's shutdown: the project must be migrated to Artifact Registry; the credential is not the problem. 2025"
  },
  {
    id: 'dev6-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: '#40 ERROR: failed to push gcr.io/sandbox-298914/test-docker-action:gh-runid-15042134376: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://gcr.io/v2/token?scope=repository%3Asandbox-298914%2Ftest-docker-action%3Apull%2Cpush&service=gcr.io: 412 Precondition Failed',
    source: 'docker/build-push-action#1375',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown', 'registry-unreachable'],
    note: "needs the thread: the action's e2e job pushing to gcr.io; the maintainer removed GCR from the tests because Container Registry stopped accepting writes on 2025-03-18 (the token endpoint answers 412)"
  },
  {
    id: 'dev6-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: validating that builder \'gcr.io/buildpacks/builder:google-22\' exists: failed to inspect remote image \'gcr.io/buildpacks/builder:google-22\': fetching builder image: connect to repo store "gcr.io/buildpacks/builder:google-22": GET https://gcr.io/v2/token?scope=repository%3Abuildpacks%2Fbuilder%3Apull&service=gcr.io: DENIED: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/buildpacks/locations/us/repositories/gcr.io" (or it may not exist)',
    source: 'GoogleCloudPlatform/buildpacks#454',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown', 'missing-credentials'],
    note: "needs the thread: `pack` pulling Google's public builder image; it 'started to fail 5 hours ago' for everyone and a maintainer apologised: the publisher's repository was temporarily not readable anonymously (nothing the user's login could fix). 2024"
  },
  {
    id: 'dev6-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'W0329 16:55:15.865] + gcloud docker -- pull gcr.io/k8s-test-infra-aws/aws-janitor',
      'I0329 16:55:16.344] Using default tag: latest',
      'I0329 16:55:16.589] Pulling repository gcr.io/k8s-test-infra-aws/aws-janitor',
      'W0329 16:55:16.839] Error: Status 403 trying to pull repository k8s-test-infra-aws/aws-janitor: "Unable to access the repository: k8s-test-infra-aws/aws-janitor; please verify that it exists and you have permission to access it (no valid credential was supplied)."'
    ),
    source: 'kubernetes/test-infra#2359',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "a Prow job pulling a non-public GCR image (its move from b.gcr.io to gcr.io lost anonymous access); GCR's own words say no valid credential was supplied, even through `gcloud docker` on that job. 2017, Docker 1.x wording"
  },
  {
    id: 'dev6-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'Google Cloud Run Service Agent service-{}@serverless-robot-prod.iam.gserviceaccount.com must have permission to read the image, gcr.io/slo-generator-ci-a2b4/slo-generator:latest.',
    source: 'terraform-google-modules/terraform-google-slo#128',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "Cloud Run deploying an image from another project's Container Registry: the Cloud Run service agent may not read it (the module's CI; the maintainers consider switching to the GHCR copy). 2024"
  },
  {
    id: 'dev6-gar-06',
    family: 'gar',
    host: 'us.gcr.io',
    text: lines(
      'Failure',
      'pull access denied for us.gcr.io/{PROJECT}/{IMAGENAME} repository does not exist or may require \'docker login\': denied: Permission denied for "{IMAGE_VERSION}" from request "/v2/{PROJECT}/{IMAGENAME}/manifests/{IMAGE_VERSION}".'
    ),
    source: 'portainer/portainer#1702',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: Portainer with a service-account key; a later comment: after the migration to Artifact Registry the account needs the Artifact Registry reader role (gcr.io served by Artifact Registry). Placeholders as posted. 2022'
  },
  {
    id: 'dev6-gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: 'Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/gcp-elixir/locations/us/repositories/gcr.io"',
    source: 'GoogleCloudPlatform/elixir-runtime#46',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: App Engine deploy pulling gcr.io/gcp-elixir/runtime/...; the reporter believes the image should be public and suspects the Container Registry to Artifact Registry migration. INFERENCE (no answer in the thread): the publisher's repository is no longer anonymously readable. 2025"
  },
  {
    id: 'dev6-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "msal.application: Refresh failed. invalid_resource: AADSTS50001: The resource is disabled or does not exist. Check your app's code to ensure that you have specified the exact resource URL for the resource you are trying to access. Requested resource: 'https://containerregistry.azure.net'",
    source: 'Azure/azure-cli#33674',
    expected: 'unknown',
    note: "`az acr login --expose-token` on Azure Local: the CLI asks Entra ID for a token for the public-cloud resource https://containerregistry.azure.net, which does not exist there (a CLI regression, per the report); not the user's credential. Trace and correlation lines trimmed; registry name not given, placeholder. 2026"
  },
  {
    id: 'dev6-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      "WARNING: Unable to get AAD authorization tokens with message: {'error': 'SSO failure, to mitigated it please try to click Jupyter/JupyterLab.'}",
      'WARNING: Unable to get admin user credentials with message: Admin user is disabled.'
    ),
    source: 'Azure/azure-cli#33698',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `az acr login` with `az login --identity` on an AzureML compute instance works with CLI 2.81.0 and fails with 2.87.0, while a direct /oauth2/exchange with the ARM token succeeds: a CLI regression, not RBAC. The final ERROR line is cut in the stored copy and left out. 2026'
  },
  {
    id: 'dev6-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Warning  Failed          59m (x3 over 60m)    kubelet  Failed to pull image "myregistry.azurecr.io/test-image:latest": failed to pull and unpack image "myregistry.azurecr.io/test-image:latest": failed to resolve reference "myregistry.azurecr.io/test-image:latest": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://myregistry.azurecr.io/oauth2/token?scope=repository%3test-image%3Apull&service=myregistry.azurecr.io: 401 Unauthorized',
    source: 'Azure/karpenter-provider-azure#411',
    expected: 'missing-credentials',
    note: "nodes created by Karpenter on AKS pulled without the kubelet identity (anonymous token request), while the cluster's other nodes pulled fine; triaged as a Karpenter bootstrap bug. 2024"
  },
  {
    id: 'dev6-acr-04',
    family: 'acr',
    host: 'msdotnetcontainers.azurecr.io',
    text: 'Error response from registry: HEAD "[https://msdotnetcontainers.azurecr.io/v2/public/dotnet-buildtools/prereqs/manifests/sha256:ca05a529ff0af3a529a48fc65cb5bbd89f659e7367aec8e05024b3848273c217"](https://msdotnetcontainers.azurecr.io/v2/public/dotnet-buildtools/prereqs/manifests/sha256:ca05a529ff0af3a529a48fc65cb5bbd89f659e7367aec8e05024b3848273c217%22): unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: 398dc239-707b-4589-8010-0b4bbd31704c',
    source: 'dotnet/docker-tools#1721',
    expected: 'missing-credentials',
    note: "needs the thread: the image-builder tool's 'Generate EOL Annotation Data' step; a regression in the tool (docker-tools#1704) made it query the registry without authenticating, fixed by #1722. The markdown link is as posted. 2025"
  },
  {
    id: 'dev6-acr-05',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: lines(
      '##[error]denied: requested access to the resource is denied',
      "##[error]The process '/usr/bin/docker' failed with exit code 1"
    ),
    source:
      'MicrosoftLearning/AZ400-DesigningandImplementingMicrosoftDevOpsSolutions#344',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: an AZ-400 lab's 'Push Docker Compose' task; a typo in the pipeline ($var.loginServer instead of $var.acrloginServer) left the ACR login server empty, so the images were pushed to another registry than the one logged in to. The registry name is not in the post; placeholder"
  },
  {
    id: 'dev6-acr-06',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: 'unauthorized: Invalid clientid or client secret',
    source: 'microsoft/azure-pipelines-tasks#15548',
    expected: 'invalid-credentials',
    note: "Docker@2 buildAndPush to ACR through a Docker registry service connection fed from a Key Vault variable group; ACR's wording for a wrong client id or secret. The line is quoted in the issue's prose (the task log is an attachment). Registry name masked; placeholder"
  },
  {
    id: 'dev6-acr-07',
    family: 'acr',
    host: 'mcpsharedreg.azurecr.io',
    text: lines(
      'The push refers to repository [mcpsharedreg.azurecr.io/coesd/aab-base-deploy-helm]',
      'Get ***v2/: read tcp 10.232.61.203:43262->52.236.186.80:443: read: connection reset by peer'
    ),
    source: 'microsoft/azure-pipelines-tasks#11741',
    expected: 'registry-unreachable',
    note: "a comment in the thread: the same service connection works on hosted agents but not on the company's private agents; the connection to ACR is reset on the way (network, not credential)"
  },
  {
    id: 'dev6-generic-01',
    family: 'generic',
    host: 'registry.redhat.io',
    text: 'error: error rendering new refs: render reference "registry.redhat.io/redhat/redhat-operator-index:v4.11": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry.redhat.io/v2/redhat/redhat-operator-index/blobs/sha256:144af1563390e9a694f66e8065b32e12ab836b1412de7fdf423996a229b00d21: 401 Unauthorized - Server message: unauthorized: Access to the requested resource is not authorized',
    source: 'openshift/oc-mirror#526',
    expected: 'token-expired',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: oc-mirror against registry.redhat.io; the reporter reproduces it by slowing the tool down: operations longer than about five minutes get 401 (the short-lived registry token expires mid-operation and is not renewed)'
  },
  {
    id: 'dev6-generic-02',
    family: 'generic',
    host: 'codeberg.org',
    text: 'error getting repository remote digest: GET https://codeberg.org/v2/devxy/shinyproxy-helm/tags/list?n=1000: NAME_UNKNOWN: ',
    source: 'artifacthub/hub#4054',
    expected: 'repository-not-found',
    note: "Artifact Hub tracking a Helm chart on Codeberg's (Forgejo) OCI registry; the reporter had registered oci://codeberg.org/devxy/shinyproxy-helm where the chart is at oci://codeberg.org/devxy/shinyproxy. 2024"
  },
  {
    id: 'dev6-generic-03',
    family: 'generic',
    host: 'gitea.example.com',
    text: lines(
      'unknown: <html>',
      '<head><title>413 Request Entity Too Large</title></head>',
      '<body>',
      '<center><h1>413 Request Entity Too Large</h1></center>',
      '<hr><center>nginx/1.22.1</center>',
      '</body>',
      '</html>'
    ),
    source: 'go-gitea/gitea#33646',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "Gitea's container registry behind nginx: layers 'stuck in retrying' until the retries ended with nginx's body-size refusal; the reverse proxy's client_max_body_size, not a login. Host not given; a Gitea placeholder stands in. 2025"
  },
  {
    id: 'dev6-generic-04',
    family: 'generic',
    host: 'registry.example.com:5000',
    text: 'http: server gave HTTP response to HTTPS client',
    source: 'orbstack/orbstack#78',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'a push to a plain-HTTP registry from OrbStack, whose Docker engine ignored the insecure-registries setting in ~/.docker/daemon.json (a duplicate of an OrbStack bug). Host not given; placeholder. 2023'
  },
  {
    id: 'dev6-generic-05',
    family: 'generic',
    host: 'docker.example.com',
    text: 'Error response from daemon: unauthorized: {"message":"UNAUTHORIZED"}',
    source: 'ciiiii/cloudflare-docker-proxy#132',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a Docker Hub mirror run as a Cloudflare Worker (mydomain.com in the post); adding library/ did not help, replacing the worker with the project's current index.js did (the proxy's own defect). Host masked; placeholder. 2025"
  },
  {
    id: 'dev6-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: signing docker.io/xxx/admission@sha256:xxx: POST https://index.docker.io/v2/xxx/admission/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:xxx/admission Type:repository] map[Action:push Class: Name:xxx/admission Type:repository]]',
    source: 'slsa-framework/slsa-github-generator#1398',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    case: 'username',
    note: "needs the thread: signing a container from the SLSA generator's workflow; the reporter: 'I make a mistake with the registry user name', fixed by correcting it"
  },
  {
    id: 'dev6-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: failed to perform "Exists" on destination: HEAD "https://registry-1.docker.io/v2/feruzjon/charts/node-feature-discovery/manifests/sha256:1d9f2afff2a95362dd13d4f5b0e573ac2891f811e272881b6ac7f7c88239e5aa": response status code 401: Unauthorized',
    source: 'kubernetes-sigs/node-feature-discovery#2299',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: `helm push` to oci://registry-1.docker.io/feruzjon/charts; Docker Hub has no nested repository paths, and removing /charts made the push work (per the PR discussion). 2025'
  },
  {
    id: 'dev6-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '#8 exporting to image',
      '#8 pushing layers 0.7s done',
      '#8 ERROR: failed to push otel/opentelemetry-operator-bundle:0.82.0: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
    ),
    source: 'open-telemetry/community#1635',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'a new image name in the otel organization: a maintainer created the Docker Hub repository and gave the bot user write permission, after which the push worked (both halves of the message applied)'
  },
  {
    id: 'dev6-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: GET https://index.docker.io/v2/bitnami/postgresql/manifests/latest: TOOMANYREQUESTS: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source: 'hiero-ledger/solo#4784',
    expected: 'rate-limited',
    note: "crane (run by the solo CLI's image cache) pulling anonymously in a nightly job. 2026"
  },
  {
    id: 'dev6-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Caused by: Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source: 'lambdaclass/ethrex#2633',
    expected: 'rate-limited',
    note: 'CI jobs (directly and through hive/kurtosis) pulling anonymously; the issue plans a project Docker Hub user and a login in every workflow. 2025'
  },
  {
    id: 'dev6-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'curl -s -H "Content-Type: application/json" -X POST -d \'{"username": "<USERNAME>", "password": "<ACCESS_TOKEN>"}\' https://hub.docker.com/v2/users/login/',
      '{"detail": "unauthorized"}'
    ),
    source: 'docker/hub-feedback#2166',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Docker Hub's API login stopped accepting a personal access token as the password on that day, while `docker login` with the same token still worked (the password did work on the API); a change on Docker's side for that endpoint, not a wrong token"
  },
  {
    id: 'dev6-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'com.github.dockerjava.api.exception.InternalServerErrorException: Status 500: {"message":"Head \\"https://registry-1.docker.io/v2/testcontainers/ryuk/manifests/0.3.3\\": unauthorized: incorrect username or password"}',
    source: 'testcontainers/testcontainers-java#5121',
    expected: 'stale-login',
    alsoAcceptable: ['credential-store-error', 'invalid-credentials'],
    note: 'needs the thread: Testcontainers (docker-java) pulling public images while the user is signed in to Docker Desktop; signing out makes the pulls work. The credential it picks up for docker.io from the Desktop login is refused, breaking public pulls (acknowledged by the maintainers). 2022'
  },
  {
    id: 'dev6-not-login-01',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: lines(
      'Error response from daemon: failed to resolve reference "mcr.microsoft.com/dotnet/framework/sdk:4.8": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials',
      '#2 [internal] load metadata for mcr.microsoft.com/dotnet/sdk:8.0',
      '#2 ERROR: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://mcrprod.azurecr.io/oauth2/token?scope=repository%3Adotnet%2Fsdk%3Apull&service=mcrprod.azurecr.io: 401 Unauthorize'
    ),
    source: 'dotnet/dotnet-docker#7246',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: public MCR images refused to every anonymous client at once on 2026-06-15 (several reports within the hour, e.g. dotnet/docker-tools#2154, dotnet/dotnet-docker#7247): a registry-side incident, nothing to fix in the login. Two errors of the post joined; the last word is cut as posted'
  },
  {
    id: 'dev6-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'docker pull docker/getting-started',
      'Using default tag: latest',
      'Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp PROXYIP:PROXYPORT connect: no route to host'
    ),
    source: 'docker/for-win#9080',
    expected: 'registry-unreachable',
    case: 'proxy',
    note: "the proxy's IP address collided with Docker's default bridge network (bip); changing bip fixed it. Proxy address masked as posted"
  },
  {
    id: 'dev6-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp: lookup http on 192.168.65.1:53: server misbehaving.',
    source: 'docker/for-win#2860',
    expected: 'registry-unreachable',
    case: 'proxy',
    note: "the proxy setting was malformed (the daemon tried to resolve the host name 'http'); the reporter fixed the proxy configuration"
  },
  {
    id: 'dev6-not-login-04',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Error response from daemon: manifest for gcr.io/slo-generator-ci-a2b4/slo-generator:2.5.2 not found: manifest unknown: Failed to fetch "2.5.2" from request "/v2/slo-generator-ci-a2b4/slo-generator/manifests/2.5.2".',
    source: 'google/slo-generator#404',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'releases after 2.4.0 had not been pushed to GCR (they went to GHCR); the tag does not exist'
  },
  {
    id: 'dev6-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'C:\\WINDOWS\\system32> docker pull hello-world',
      'Using default tag: latest',
      'Error response from daemon: Get https://registry-1.docker.io/v2/: x509: certificate signed by unknown authority'
    ),
    source: 'docker-library/hello-world#86',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'the maintainer: an environment problem (corporate proxy, missing CA certificates, firewall), not the image or a login'
  },
  {
    id: 'dev6-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'dial tcp: lookup index.docker.io on 127.0.1.1:53: no such host',
    source: 'moby/moby#34138',
    expected: 'registry-unreachable',
    note: "DNS resolution failing behind a corporate proxy (the daemon's proxy setting and the local resolver); quoted in the issue's prose"
  },
  {
    id: 'dev6-not-login-07',
    family: 'not-login',
    host: 'mydomain.com',
    text: lines(
      'docker push mydomain.com/x/centos:7.2.1511',
      'The push refers to a repository [mydomain/x/centos]',
      'c411e76031a4: Preparing ',
      'Error: Status 405 trying to push repository x/centos: "<!DOCTYPE HTML PUBLIC \\"-//IETF//DTD HTML 2.0//EN\\">\\n<html><head>\\n<title>405 Method Not Allowed</title>\\n</head><body>\\n<h1>Method Not Allowed</h1>\\n<p>The requested method PUT is not allowed for the URL /v1/repositories/x/centos/.</p>\\n</body></html>\\n"'
    ),
    source: 'moby/moby#33564',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "an insecure registry:2 on port 80 of a host whose port 443 is held by another web server: docker tried HTTPS first and the other server's web page answered (then the v1 fallback); the registry was never reached. 2017, Docker 1.12"
  }
]

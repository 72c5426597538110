/**
 * A ninth development set of real registry error texts ("dev9"), collected
 * on 2026-11-28 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The ninth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 862
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support; "INFERENCE" marks a label the thread does not confirm.
 * Where the post masked or left out the registry host, `host` is a
 * placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV9: readonly RealText[] = [
  // ---------------------------------------------------------------- ghcr
  {
    id: 'dev9-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '% docker pull ghcr.io/sysown/proxysql-mysqlbinlog:latest',
      'Error response from daemon: error from registry: unauthorized',
      'unauthorized'
    ),
    source: 'sysown/proxysql_mysqlbinlog#42',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull; the maintainer confirmed the package was private (an organization policy kept it from being made public). Docker 28 words the anonymous refusal as "error from registry: unauthorized" with the bare code on a second line'
  },
  {
    id: 'dev9-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'image pull-error  ghcr.io/ovumcy/ovumcy-web:v0.8.5 unable to copy from source docker://ghcr.io/ovumcy/ovumcy-web:v0.8.5: initializing source docker://ghcr.io/ovumcy/ovumcy-web:v0.8.5: unable to retrieve auth token: invalid username/password: unauthorized',
    source: 'ovumcy/ovumcy-web#42',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a containers/image-based client pulling without a login; the maintainer then made the package public and it pulled anonymously. containers/image words the anonymous token refusal as "invalid username/password" although no password was sent'
  },
  {
    id: 'dev9-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: INSTALLATION FAILED: unexpected status from HEAD request to https://ghcr.io/v2/kgateway-dev/charts/kgateway/manifests/v2.0.0-main: 403 Forbidden',
    source: 'kgateway-dev/kgateway#10605',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: helm install of a freshly published OCI chart without a login; a maintainer fixed the package permissions ("the permissions should be fixed now") and the same command then worked, so the chart package was not public'
  },
  {
    id: 'dev9-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Akubestellar%2Fkubestellar%2Fcore-chart%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'kubestellar/kubestellar#2785',
    expected: 'credential-store-error',
    alsoAcceptable: ['stale-login'],
    case: 'credential-helper',
    note: 'needs the thread: a known-issue page (this PR) quoting what users saw fetching a public chart with helm; the maintainers traced it to a broken Docker configuration (Docker Desktop on Linux with its "pass" store not installed and initialised) whose ghcr.io entry helm consulted. The page had "Fobidden"; the text is the PR\'s corrected line'
  },
  {
    id: 'dev9-ghcr-05',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: '"Could not get tags from registry: Get \\"https://docker.pkg.github.com/v2/nivedita-atci/argocd-example-apps/hello-kubernetes/tags/list\\": http: non-successful response (status=401 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"UNAUTHORIZED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"GitHub Docker Registry needs login\\\\\\"}]}\\\\n\\")" alias=hello-kubernetes application=cpaascanary-updater-git image_name=nivedita-atci/argocd-example-apps/hello-kubernetes image_tag=1.8 registry=docker.pkg.github.com',
    source: 'argoproj-labs/argocd-image-updater#114',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'Argo CD Image Updater listing tags on the old GitHub Packages Docker registry; the maintainer: that registry requires authentication and the only pull secret configured was for a different registry. Escapes kept as posted'
  },
  {
    id: 'dev9-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'WARN[0212] error uploading layer to cache: failed to push to destination cache-image:<hash-id>: HEAD https://index.docker.io/v2/library/cache-image/blobs/<hash-id>: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'aevea/action-kaniko#25',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: "kaniko (aevea/action-kaniko) logged in to ghcr.io with cache_registry: cache-image; a name without a host is Docker Hub's library/cache-image, so the cache push went to index.docker.io, where the ghcr.io login does not apply. <hash-id> is the poster's mask"
  },
  {
    id: 'dev9-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '2026/02/14 22:31:12 existing blob: sha256:60c5d5ed447870bc716279b442bb4140579b2ebc7115b185da87627f911afd10',
      'Error: failed to publish images: error publishing ko://github.com/runmedev/runme/v3: POST https://ghcr.io/v2/runmedev/runme/blobs/uploads/: DENIED: permission_denied: write_package',
      'Error: publish multi-arch image with ko: exit status 1'
    ),
    source: 'runmedev/web#89',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "ko publishing from another repository's workflow (GITHUB_TOKEN); the package ghcr.io/runmedev/runme did not grant that repository write access (the thread: add it under Manage Actions access, or publish from the package's own repository)"
  },
  {
    id: 'dev9-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'permission_denied: The token provided does not match expected scopes',
    source: 'daltoniam/switchboard#139',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'read-only-token',
    note: 'quoted in the PR description: a personal access token (RELEASE_TOKEN) without write:packages, used for the ghcr.io login, made the image push fail; the fix logs in with GITHUB_TOKEN and packages: write. The text is the error as the PR quotes it, without the surrounding log'
  },
  // ---------------------------------------------------------------- gitlab
  {
    id: 'dev9-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      '#40 ERROR: failed to push registry.gitlab.com/test1716/test:gh-runid-30906625924: unknown: blob unknown to registry - sha256:63adb36080a3ab14b9f318345734e94f75d748cb415475e941473177d541f726',
      '------',
      ' > exporting to image:',
      '------',
      'ERROR: failed to build: failed to solve: failed to push registry.gitlab.com/test1716/test:gh-runid-30906625924: unknown: blob unknown to registry - sha256:63adb36080a3ab14b9f318345734e94f75d748cb415475e941473177d541f726'
    ),
    source: 'docker/build-push-action#1593',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'the login and the token for pull,push were fine ("[auth] test1716/test:pull,push token for registry.gitlab.com" just before); GitLab\'s registry rejected the manifest buildx pushes with its attestations as an OCI artifact. The PR sets BUILDX_NO_DEFAULT_OCI_ARTIFACT=true for GitLab as a workaround. Lines between the two errors kept as posted'
  },
  {
    id: 'dev9-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Error: failed to get credentials: creating push check transport for registry.gitlab.example.com failed: GET https://gitlab.example.com/jwt/auth?scope=repository%3Aknativetest%2Fhello%3Apush%2Cpull&service=container_registry: DENIED: access forbidden',
    source: 'knative/func#3183',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope', 'unknown'],
    note: "needs the thread: func deploy to a self-managed GitLab registry that a plain docker push reached with the same login; the fix (knative/func#3263): func's push-permission check first tries without a password, and GitLab's registry answers an empty password with 403 (not 401), so func never retried with the credentials. The prompt lines before it are left out; the host is the poster's mask"
  },
  {
    id: 'dev9-gitlab-03',
    family: 'gitlab',
    host: 'git.domain.com:4567',
    text: 'ts=2020-06-23T13:14:24.68162784Z caller=warming.go:180 component=warmer canonical_name=git.mydomain.com:4567/user/frontend/ui auth={map[]} err="requesting tags: Get https://git.domain.com:4567/v2/user/frontend/ui/tags/list: denied: access forbidden"',
    source: 'fluxcd/flux#3150',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "Flux v1's image warmer scanning a self-managed GitLab registry; auth={map[]} shows it held no credentials for the host (the pull secret was only named in the HelmRelease values, which helm used for the pods). INFERENCE: the stored thread shows no stated fix. The hosts are the poster's masks (two spellings kept)"
  },
  {
    id: 'dev9-gitlab-04',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'time="2022-08-30T17:28:11Z" level=error msg="Could not get tags from registry: Get \\"https://mydomain.com/v2/group/project/image/tags/list\\": denied: access forbidden"',
    source: 'argoproj-labs/argocd-image-updater#477',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: Argo CD Image Updater against a self-hosted GitLab registry; the reporter solved it by declaring the registry (with its pull secret) in the updater\'s configmap and restarting it, so the earlier request went without the credentials. host is a GitLab placeholder for the poster\'s "mydomain.com"'
  },
  {
    id: 'dev9-gitlab-05',
    family: 'gitlab',
    host: 'gitlab.com',
    text: lines(
      'An error occurred while running semantic-release: Error: Command failed with exit code 1: helm push /builds/test/devops/charts/test/gustpTest-1.1.1.tgz oci://https://gitlab.com/api/v4/projects/12345678/packages/helm/release',
      'Error: invalid_reference: invalid repository'
    ),
    source: 'nflaig/semantic-release-helm#30',
    expected: 'not-a-login-failure',
    note: 'semantic-release-helm made an OCI reference of GitLab\'s Helm package-registry URL ("oci://https://gitlab.com/api/v4/..."), which is no image reference and no OCI registry; the reporter published with the chart-museum push plugin and a separate helm registry login instead'
  },
  // ---------------------------------------------------------------- quay
  {
    id: 'dev9-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '/usr/bin/podman push --quiet --digestfile nova-operator-latest_digest.txt nova-operator:latest quay.io/***/nova-operator:latest --tls-verify=true --creds=***:***',
      'Error: writing blob: initiating layer upload to /v2/***/nova-operator/blobs/uploads/ in quay.io: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'openstack-k8s-operators/nova-operator#94',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: redhat-actions/push-to-registry (podman) pushing with a robot\'s credentials; a maintainer "fixed up the repos and permissions on quay.io" and the pushes went through. Quay answers a push the credential may not make (or to a repository it cannot create) this way. *** are the Actions log masks'
  },
  {
    id: 'dev9-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'error=docker images: failed to publish artifacts: failed to push quay.io/operator-framework/catalogd:main-arm64 after 0 tries: failed to push quay.io/operator-framework/catalogd:main-arm64: exit status 1: unauthorized: access to the requested resource is not authorized',
    source: 'operator-framework/operator-controller#1636',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: GoReleaser pushing from the operator-controller repository with a Quay user that had no write permission on quay.io/operator-framework/catalogd (the issue asks to grant it, or to use the old repository's credentials). The stored copy rendered the image names as links; the text is the plain form"
  },
  {
    id: 'dev9-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'error pushing image "quay.io/openshift-hive/hive:v1.2.3254-512b7f4" to "docker://quay.io/openshift-hive/hive:v1.2.3254-512b7f4": trying to reuse blob sha256:74ddd0ec08fa43d09f32636ba91a0a3053b02cb4627c35051aff89f853606b59 at destination: unable to retrieve auth token: invalid username/password: unauthorized: Could not find robot with username: XXXXXXXX and supplied password.',
    source: 'openshift/hive#1562',
    expected: 'invalid-credentials',
    note: 'buildah push from hive\'s bundle script; the author: "Saw the error message because I had bad creds". Quay names a robot that does not exist or a wrong robot token. XXXXXXXX is the poster\'s mask'
  },
  {
    id: 'dev9-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: [error resolving name : unexpected status code [manifests v0.0.1]: 401 UNAUTHORIZED, image "quay.io/bdlink/node-observability-operator-bundle:v0.0.1": not found]',
    source: 'okd-project/okd-operator-pipeline#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: opm building an index from bundles the pipeline had just pushed; the pushes created private repositories and opm read them without credentials. Making the repositories public fixed it'
  },
  {
    id: 'dev9-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'auth for "https:" not found in secret flux-system/quay-secret',
    source: 'fluxcd/image-reflector-controller#146',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['missing-credentials'],
    note: 'a Flux ImageRepository whose image field was a URL (https://quay.io/repository/adoreme/inspector), not an image reference: the controller took "https:" for the registry host and found no credentials for it. Removing the scheme fixed it'
  },
  // ---------------------------------------------------------------- harbor
  {
    id: 'dev9-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: unknown: artifact mirror/portainer/portainer-ce:lts not found',
    source: 'goharbor/harbor#23025',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure', 'repository-not-found'],
    note: 'needs the thread: a Docker Hub proxy-cache project in Harbor 2.15.0; every pull of an image not yet cached failed, downgrading to 2.14.3 fixed it, and maintainers targeted the fix at 2.15.1 (a Harbor regression, only with the Docker Hub provider). host is a Harbor placeholder (the post names none)'
  },
  {
    id: 'dev9-harbor-02',
    family: 'harbor',
    host: 'registry.apps.okd4.myhci.com',
    text: lines(
      'Error: initializing source docker://registry.apps.okd4.myhci.com/hub/library/busybox:latest: reading manifest latest in registry.apps.okd4.myhci.com/hub/library/busybox: unknown: repository hub/library/busybox not found',
      "Proxy to remote failed, fallback to local repo, error: error unmarshalling content: invalid character '<' looking for beginning of value"
    ),
    source: 'goharbor/harbor#18292',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: podman pull through a Harbor proxy-cache project; the second line is Harbor's core.log from the same post: the upstream answered with an HTML page instead of a registry response, so Harbor fell back to its empty local repository. INFERENCE: the thread shows no stated fix. The podman retry lines before the final error are left out"
  },
  {
    id: 'dev9-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: abc-def/pqr',
    source: 'goharbor/harbor#15051',
    expected: 'token-expired',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a Harbor 2.0 robot account used by Jenkins and Kubernetes had expired; setting its expiry to -1 in the database did not revive it (the maintainer: robot v2, from Harbor 2.2, can be extended). Harbor words the refusal like a missing permission. host is a Harbor placeholder'
  },
  {
    id: 'dev9-harbor-04',
    family: 'harbor',
    host: '10.193.59.96',
    text: lines(
      'Failed to copy image cnab/helloworld:0.1.1: failed commit on ref "manifest-sha256:a59a4e74d9cc89e4e75dfb2cc7ea5c108e4236ba6231b53081a9e2506d1197b6": unexpected status: 403 Forbidden',
      'Error: failed commit on ref "manifest-sha256:a59a4e74d9cc89e4e75dfb2cc7ea5c108e4236ba6231b53081a9e2506d1197b6": unexpected status: 403 Forbidden'
    ),
    source: 'goharbor/harbor#11508',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: cnab-to-oci pushing a bundle larger than the Harbor project's storage quota (a maintainer's own report); containerd's pusher shows only the 403, not Harbor's quota message"
  },
  {
    id: 'dev9-harbor-05',
    family: 'harbor',
    host: 'reg.srv.deeproute.cn',
    text: 'ERRO[0445] failed to push reg.srv.deeproute.cn/project-031/repository-1706081006002:tag-0542, error: failed commit on ref "config--sha256:33a99864ad06dde5266521987f02bdf4a296af6ead7df4d3cdc3f422f0e8": unexpected status: 500 Internal Server Error  source=console',
    source: 'goharbor/harbor#19902',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'Harbor 2.10 under a load of concurrent pushes answering 500 (the reporter also saw 502, "no response" and proxy errors; they suspect the quota update). A server-side failure, not the credential. One of the repeated lines is kept'
  },
  // ---------------------------------------------------------------- ecr
  {
    id: 'dev9-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'ERROR: failed to solve: public.ecr.aws/lambda/python:3.9: pulling from host public.ecr.aws failed with status code [manifests 3.9]: 403 Forbidden',
    source: 'aws/aws-lambda-base-images#88',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'credential-store-error'],
    note: 'needs the thread: a public ECR Public image; the commenter found "a conflict in authentication with Docker for Mac": signing out and logging in to public.ecr.aws again fixed the pull (ECR Public refuses an expired stored token with 403 even for public images). The buildx progress lines before it are left out'
  },
  {
    id: 'dev9-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'samcli.local.docker.manager.DockerImagePullFailedException: Could not find public.ecr.aws/sam/build-python3.9:latest-x86_64 image locally and failed to pull it from docker.',
    source: 'aws/aws-lambda-web-adapter#92',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: sam build --use-container pulling a public SAM build image; the author later found "I was logged on ECR with expired credentials, docker logout works fine" (a maintainer: no login is needed for ECR Public). The "> raise DockerImagePullFailedException(" line before it is left out'
  },
  {
    id: 'dev9-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'operation error ECR: CreatePullThroughCacheRule, https response error StatusCode: 400, RequestID: 28909c3b-3c2f-43d0-8fc9-641411e6203c, UnsupportedUpstreamRegistryException: The specified upstream registry requires authentication. Specify a valid Secrets Manager ARN',
    source: 'aws-controllers-k8s/community#2589',
    expected: 'missing-credentials',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'the ACK ECR controller creating a pull-through cache rule for registry-1.docker.io without a credential: ECR requires a Secrets Manager secret with the upstream\'s credentials for Docker Hub (the controller had no field for it yet). The text is the error value of the controller\'s JSON log line; the stored copy ends after "ARN". host is an ECR placeholder'
  },
  {
    id: 'dev9-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Jul 15 15:36:57 ip-<redacted_ip>.us-west-2.compute.internal kubelet[3274]: E0715 15:36:57.656645    3274 remote_runtime.go:96] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = error creating pod sandbox with name "k8s_calico-node-96bth_kube-system_bcdee2f8-a3f6-11e9-ba28-0a792fe9a170_0": Error determining manifest MIME type for docker://<redacted_account_num>.dkr.ecr.us-west-2.amazonaws.com/mirror/pause-amd64:3.1: Error reading manifest 3.1 in <redacted_account_num>.dkr.ecr.us-west-2.amazonaws.com/mirror/pause-amd64: unauthorized: authentication required',
    source: 'cri-o/cri-o#2614',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'CRI-O pulling its pause_image from a private ECR repository itself, outside the kubelet\'s credential provider, so the request carried no ECR credential (older containers/image wording "Error reading manifest ... unauthorized: authentication required"). host is an ECR placeholder for the poster\'s mask'
  },
  {
    id: 'dev9-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 1 time(s): RequestError: send request failed caused by: Post https://api.ecr....',
    source: 'aws-samples/aws-fargate-pipeline-lambda-autoscaling#3',
    expected: 'registry-unreachable',
    alsoAcceptable: ['aws-access-denied'],
    note: 'needs the thread: a Fargate task in a subnet without a route to the ECR API; a commenter fixed it by adding the service VPC endpoints. The request for the registry token never reached AWS. The post ends the URL with "...." as shown; host is an ECR placeholder'
  },
  {
    id: 'dev9-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-2.amazonaws.com',
    text: 'Warning  Failed   21m (x2 over 27m)     kubelet  Failed to pull image "REDACTED.dkr.ecr.us-east-2.amazonaws.com/test:latest": rpc error: code = Unknown desc = failed to pull and unpack image "REDACTED.dkr.ecr.us-east-2.amazonaws.com/test:latest": failed to resolve reference "REDACTED.dkr.ecr.us-east-2.amazonaws.com/test:latest": failed to do request: Head "https://REDACTED.dkr.ecr.us-east-2.amazonaws.com/v2/test/manifests/latest": dial tcp 20.10.1.141:443: i/o timeout',
    source: 'terraform-aws-modules/terraform-aws-eks#1476',
    expected: 'registry-unreachable',
    note: "EKS on Fargate in private subnets reaching ECR through interface VPC endpoints; the connection to the endpoint address timed out (no credential was involved yet). host is an ECR placeholder for the poster's REDACTED account"
  },
  {
    id: 'dev9-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'Status reason: Essential container in task exited',
      'Container message: CannotPullContainerError: API error (404): repository serverless-batch not found: does not exist or no pull access'
    ),
    source: 'RafalWilinski/deploy-with-serverless#11',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    note: 'needs the thread: an AWS Batch job whose image name was the bare repository name (no <account>.dkr.ecr.<region>.amazonaws.com host), so the ECS agent looked for it on Docker Hub; the maintainer linked the ECS agent issue saying so. host is an ECR placeholder'
  },
  {
    id: 'dev9-ecr-08',
    family: 'ecr',
    host: '366590864501.dkr.ecr.eu-north-1.amazonaws.com',
    text: 'Resource handler returned message: "Lambda does not have permission to access the ECR image. Check the ECR permissions. (Service: Lambda, Status Code: 403, Request ID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) (SDK Attempt Count: 1)" (RequestToken: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, HandlerErrorCode: AccessDenied)',
    source: 'aws-samples/bedrock-access-gateway#127',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: CloudFormation creating the sample's Lambda from the project's ECR image in eu-north-1; the same deployment's Fargate variant got 403 on that repository too. INFERENCE: the image was not published (or not shared) in that region, so the function's account could not read it; the thread shows no stated fix"
  },
  // ---------------------------------------------------------------- gar
  {
    id: 'dev9-gar-01',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: "ERROR: (gcloud.artifacts.docker.images.delete) PERMISSION_DENIED: Permission 'artifactregistry.packages.delete' denied on resource '//artifactregistry.googleapis.com/pro.../firebase' (or it may not exist). This command is authenticated as 7...7@cloudbuild.gserviceaccount.com which is the active account specified by the [core/account] property.",
    source: 'GoogleCloudPlatform/cloud-build-samples#327',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "the Cloud Build service account of a test trigger deleting an image in another project's Artifact Registry; the fix was IAM for that account (\"there's some IAM to solve there too\"). The resource and account are the reviewer's masks; host is an Artifact Registry placeholder"
  },
  {
    id: 'dev9-gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: lines(
      'ERROR: (gcloud.auth.docker-helper) There was a problem refreshing your current auth tokens: Reauthentication failed. cannot prompt during non-interactive execution.',
      'Please run:',
      '',
      '  $ gcloud auth login',
      '',
      'to obtain new credentials.',
      '',
      'If you have already logged in with a different account, run:',
      '',
      '  $ gcloud config set account ACCOUNT',
      '',
      'to select an already authenticated account to use.',
      'Error: error getting credentials - err: exit status 1, out: ``'
    ),
    source: 'knative/func#2952',
    expected: 'credential-store-error',
    alsoAcceptable: ['token-expired'],
    case: 'credential-helper',
    note: "func deploy --remote calling the gcloud credential helper of the local docker config; the helper could not refresh the gcloud session without a prompt. The maintainer suggested logging in without a helper (a plain password or token). host is a placeholder for the poster's masked Google registry"
  },
  {
    id: 'dev9-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "- deployment/go-hello-world failed. Error: container server is waiting to start: gcr.io/cloud-code-285423/go-hello-world:latest@sha256:52162a5208d600e5c4b4d699179434fc2076bb41524b7346d4d35e7528218bc3 can't be pulled.",
    source: 'GoogleContainerTools/skaffold#4851',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "needs the thread: skaffold's status check after a build pushed the image; the cluster ran in another Google Cloud project than the registry, so its nodes could not read the image (a maintainer: authorize the cluster with an ImagePullSecret; duplicate of #4132). Following lines left out"
  },
  {
    id: 'dev9-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error: Error pushing docker image: Error response from daemon: Bad parameters and missing X-Registry-Auth: EOF',
    source: 'kreuzwerker/terraform-provider-docker#189',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: the Terraform docker provider (2.11) building and pushing an image to Google Container Registry; the daemon got a push request without any X-Registry-Auth header, so the provider found no credential to send for the registry. INFERENCE: the thread (stale, waiting for reproduction) shows no fix. host from the post\'s "google cloud registry"'
  },
  {
    id: 'dev9-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'draft: Pushing Docker Image: FAIL ❌  (1.0043s)',
      'buildApp: pushImg error: unauthorized: Not Authorized.'
    ),
    source: 'Azure/draft-classic#543',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: Draft pushing to gcr.io with no way to configure Google credentials (a maintainer: GCR support was still being discussed in #355). Assembled from the draft up output and the draft logs line of the same post'
  },
  {
    id: 'dev9-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: 'Image Push error for image gcr.io/codeship-production/google-deployment-example:latest, Post https://gcr.io/v2/codeship-production/google-deployment-example/blobs/uploads/: token auth attempt for registry: https://gcr.io/v2/token?scope=repository%3Acodeship-production%2Fgoogle-deployment-example%3Apush%2Cpull&service=gcr.io request failed with status: 403 Forbidden',
    source: 'codeship-library/google-cloud-utilities#2',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Codeship Jet pushing to gcr.io; the reviewer's fix was to add dockercfg_service: gcr_dockercfg to the service, so the push had gone without the generated Google credentials"
  },
  // ---------------------------------------------------------------- acr
  {
    id: 'dev9-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'time="2025-02-05T12:50:41Z" level=error msg="Could not get tags from registry: Get \\"https://myregistry.azurecr.io/v2/my-app/frontend/tags/list\\": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: 9ec03127-1ad8-467b-8af4-749e6cf53fa6" alias=frontend application=my-app image_name=my-app/frontend image_tag=latest registry=myregistry.azurecr.io',
    source: 'argoproj-labs/argocd-image-updater#1033',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'Argo CD Image Updater on AKS with an "integrated" ACR: the nodes pull with the kubelet identity that AKS attached to the registry, but the updater itself had no credential for ACR (no pull secret, no workload identity), so its tag listing went unauthenticated'
  },
  {
    id: 'dev9-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'Command Path: /usr/bin/helm Args: [registry  login -u ****** -p ****** ******.azurecr.io]',
      'Command Path: /usr/bin/helm Args: [registry  logout ******.azurecr.io]',
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password',
      'while executing *run.Registry step: exit status 1'
    ),
    source: 'pelotech/drone-helm3#89',
    expected: 'registry-mismatch',
    alsoAcceptable: ['malformed-credentials'],
    note: 'needs the thread: a work-in-progress registry-login step for the drone-helm3 plugin meant for ACR; the helm login went to Docker Hub instead, and the author found "it was a extra space issue" in the arguments the plugin built (the empty argument visible in "[registry  login"). The ACR credentials were sent to the wrong registry. host is an ACR placeholder for the masked name'
  },
  {
    id: 'dev9-acr-03',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: lines(
      '2020-04-08 07:42:30.233 INFO  - Pulling image from Docker hub: myacr.azurecr.io/myapp:584',
      '2020-04-08 07:42:30.544 ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://myacr.azurecr.io/v2/myapp/manifests/584: unauthorized: authentication required"}'
    ),
    source: 'MicrosoftDocs/azure-docs#49186',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: App Service for Containers set up to pull from ACR with its managed identity, following the doc under discussion; after the registry user and password were removed from the app settings the pull went without a credential the registry took (the same error with a deliberately bogus service principal before). INFERENCE: the thread ends without a confirmed fix'
  },
  {
    id: 'dev9-acr-04',
    family: 'acr',
    host: 'fiveisprime.azurecr.io',
    text: lines(
      '2018-01-31 17:34:03.590 INFO  - docker login to https://fiveisprime.azurecr.io succeeded',
      '2018-01-31 17:34:03.602 INFO  - Issuing docker pull fiveisprime.azurecr.io/node-todo:latest (2 months ago)',
      '2018-01-31 17:34:03.641 ERROR - docker pull returned STDERR>> "docker pull" requires exactly 1 argument.'
    ),
    source: 'microsoft/vscode-docker#207',
    expected: 'not-a-login-failure',
    note: 'App Service\'s container log after a deploy from the VS Code Docker extension: the login to ACR succeeded, but the extension had set the tag to "latest (2 months ago)" (its display text), which broke the pull command. Fixed in the extension (0.0.24). The usage lines after it are left out'
  },
  {
    id: 'dev9-acr-05',
    family: 'acr',
    host: 'example.azurecr.io',
    text: lines(
      '$ sudo docker pull example.azurecr.io/nginx:latest',
      'Trying to pull repository example.azurecr.io/nginx ... ',
      'unauthorized: authentication required'
    ),
    source: 'Azure/acr#54',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the same login had just pushed the image; the pull failed with Fedora 25's docker 1.12.6 and worked with docker 17.06 on RHEL against the same registry, so the client version, not the credential, was at fault. The host is the poster's example name"
  },
  {
    id: 'dev9-acr-06',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'rpc error: code = Unknown desc = Error response from daemon: Get https://xxxxxx.azurecr.io/v2/xx/xx/xx: unauthorized: authentication required',
    source: 'Azure/AKS#1428',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: an AKS cluster created with --enable-managed-identity and attached to ACR: Linux nodes pulled, Windows nodes got this; an AKS engineer: "a bug with MSI for Windows in AKS", the Windows nodes had no kubelet identity to present. host is an ACR placeholder for the poster\'s mask'
  },
  // ---------------------------------------------------------------- generic
  {
    id: 'dev9-generic-01',
    family: 'generic',
    host: 'registry.hydra.anywhere.navify.com',
    text: '10.0.2.136: {"ts":1730192466923.7874,"caller":"internal/log.go:32","msg":"RunPodSandbox from runtime service failed","err":"rpc error: code = Unknown desc = failed to start sandbox \\"d7dd8a5fdcbfa0d3a2370269216a5824c2125223c8d86f582856138c7c73d85a\\": failed to get sandbox image \\"<private.registry>/pause:3.8\\": failed to pull image \\"<private.registry>/pause:3.8\\": failed to pull and unpack image \\"<private.registry>/pause:3.8\\": failed to resolve reference \\"<private.registry>/pause:3.8\\": unexpected status from HEAD request to https://registry.hydra.anywhere.navify.com/v2/navify-anywhere-edge/navify-anywhere-edge-staging/navify-anywhere/pause/manifests/3.8: 401 Unauthorized"}',
    source: 'siderolabs/talos#9594',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Talos 1.8 pulling a custom pause image from a private registry configured under machine.registries.config.<host>.auth; it worked on Talos 1.6.8, so the sandbox-image pull stopped using the configured credentials (a regression). <private.registry> is the poster's mask"
  },
  {
    id: 'dev9-generic-02',
    family: 'generic',
    host: 'oci.ehtrace.local',
    text: 'Failed to pull `oci.ehtrace.local/kafka-connect:3.8.0-45.0.0-SNAPSHOT-1`: Error response from daemon: Head "https://oci.ehtrace.local/v2/kafka-connect/manifests/3.8.0-45.0.0-SNAPSHOT-1": no basic auth credentials',
    source: 'hashicorp/nomad#24181',
    expected: 'missing-credentials',
    note: 'Nomad 1.9.0\'s docker driver stopped passing the credentials of plugin "docker" { auth { config = ... } } to the daemon (the same setup worked in 1.8.4; others saw it with Artifact Registry), so the pull went without them'
  },
  {
    id: 'dev9-generic-03',
    family: 'generic',
    host: 'python-local.artifactory.int.net.com',
    text: 'Could not get tags from registry: name unknown: Repository name not known to registry.',
    source: 'argoproj-labs/argocd-image-updater#614',
    expected: 'repository-not-found',
    note: "Argo CD Image Updater against JFrog Artifactory (a repository-per-subdomain host); the issue's title quotes the error. The annotation named python-local.artifactory.int.net.com/python-qa while the reporter's working CLI test used /python-backend-qa. INFERENCE: the repository named in the annotation is not there; the thread shows no stated fix"
  },
  {
    id: 'dev9-generic-04',
    family: 'generic',
    host: 'registry.digitalocean.com',
    text: '    Message:               GET https://api.digitalocean.com/v2/registry/auth?scope=repository%3Awalts-fav-registry%3Apull&service=registry.digitalocean.com: unexpected status code 400 Bad Request',
    source: 'fluxcd/flux2#2477',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a Flux ImageRepository with image registry.digitalocean.com/walts-fav-registry; a maintainer showed that on DigitalOcean that name is the registry, a container for repositories, not a repository, and the token service answers 400 (docker push gets "error parsing HTTP 400 response body" the same way). Naming a repository under it works. From kubectl describe, indentation kept'
  },
  {
    id: 'dev9-generic-05',
    family: 'generic',
    host: 'mychartmuseum.domain.io:9999',
    text: lines(
      'An error occurred while running semantic-release: Error: Could not add chart repository. Wrong credentials?',
      '...',
      'Error: looks like "http://myurl/" is not a valid chart repository or cannot be reached: failed to fetch http://myurl : 401 Unauthorized'
    ),
    source: 'cycjimmy/semantic-release-action#133',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: semantic-release-helm3 adding a ChartMuseum repository from a GitHub Action; the reporter could add it and push with the same credentials by hand and saw that the plugin\'s helm repo add did not use HELM_REPO_USERNAME/HELM_REPO_PASSWORD. INFERENCE: no maintainer reply. The "..." line is the poster\'s; host is the ChartMuseum address in the post'
  },
  // ---------------------------------------------------------------- docker-hub
  {
    id: 'dev9-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      "Unable to find image 'busybox:latest' locally",
      'docker: Error response from daemon: Get https://registry-1.docker.io/v2/library/busybox/manifests/latest: unauthorized: incorrect username or password.',
      "See 'docker run --help'."
    ),
    source: 'ddev/ddev#1461',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'ddev\'s macOS NFS setup script running the public busybox image; a maintainer: "This is almost always fixed with docker logout", and it was. The stored Docker Hub login, not the pull, was bad'
  },
  {
    id: 'dev9-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'ERROR: failed to create cluster: failed to pull image "kindest/node:v1.30.4": command "docker pull kindest/node:v1.30.4" failed with error: exit status 1',
      'Command Output: Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit'
    ),
    source: 'application-stacks/runtime-component-operator#693',
    expected: 'rate-limited',
    note: "kind creating a test cluster in a Tekton pipeline; Docker Hub's anonymous pull limit. The team moved the node images off Docker Hub. The kind progress lines before it are left out"
  },
  {
    id: 'dev9-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "index.docker.io/[secret:docker_username]/flexiday:94ade237": UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:[secret:docker_username]/flexiday Type:repository] map[Action:push Class: Name:[secret:docker_username]/flexiday Type:repository]]',
    source: 'banzaicloud/drone-kaniko#35',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the drone-kaniko plugin; every version after 0.5.1 failed this way with the same secrets while 0.5.1 pushed, so the newer plugin did not hand kaniko the credentials. [secret:docker_username] is Drone's masking of the username secret"
  },
  {
    id: 'dev9-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '  Warning  ReadOperationFailed  11m (x227 over 21h)  image-reflector-controller  scan failed: GET https://auth.docker.io/token?scope=repository%!A(MISSING)getirwin%!F(MISSING)antalya%!A(MISSING)pull&service=registry.docker.io: unexpected status code 401 U',
      'nauthorized: {"details":"incorrect username or password"}'
    ),
    source: 'fluxcd/image-reflector-controller#781',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'Flux\'s image-reflector-controller scanning a Docker Hub repository with a pull secret that succeeds on most scans ("successful scan: found 7 tags" in the same events); Docker Hub\'s token service sometimes answers it as a wrong password. From the text alone a wrong credential; the thread shows no cause. The hard wrap inside "Unauthorized" is as posted'
  },
  {
    id: 'dev9-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker-repo	        False	auth for "index.docker.io" not found in secret flux-system/dockerhub	         	False ',
    source: 'fluxcd/flux2#1109',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'Flux image automation with a secret made by kubectl create secret docker-registry without --docker-server: its auths key is https://index.docker.io/v1/, and the controller looked up "index.docker.io", so it found no credential. Recreating the secret with the registry host fixed it. A row of flux get images repository output'
  },
  {
    id: 'dev9-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'oras cp docker.io/nginx:latest ghcr.io/skarlso/nginx:latest',
      'Error: failed to resolve latest: GET "https://registry-1.docker.io/v2/nginx/manifests/latest": response status code 401: unauthorized: authentication required: [map[Action:pull Class: Name:nginx Type:repository]]'
    ),
    source: 'oras-project/oras#1151',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'oras copying an official image named docker.io/nginx: oras does not add Docker\'s library/ prefix, so it asked for repository "nginx" (Name:nginx), which does not exist, and Docker Hub answers that anonymous request with 401. INFERENCE from the scope in the text; the thread\'s resolution is not in the stored excerpt. The prompt prefix of the first line is left out'
  },
  {
    id: 'dev9-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ImageScan name is not ready: GET https://index.docker.io/v2/repo/image/tags/list?n=1000: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:repo/image Type:repository]];',
    source: 'rancher/fleet#1760',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Rancher Fleet's imageScan on a private Docker Hub repository with a docker-registry secret named as fleet.yaml says; the scan went unauthenticated. INFERENCE: the secret was not applied to the scan; the issue was closed when imageScan was deprecated. repo/image is the poster's mask"
  },
  // ---------------------------------------------------------------- not-login
  {
    id: 'dev9-not-login-01',
    family: 'not-login',
    host: 'registry.gitlab.com',
    text: '[9:38:30 PM] [semantic-release] › ✖  An error occurred while running semantic-release: Error: Could not login to registry. Wrong credentials?',
    source: 'm1pl/semantic-release-helm#23',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['docker-cli-missing'],
    note: 'needs the thread: semantic-release-helm in a GitLab job; its next error line (cut in the stored copy) reads "Command failed with ENOENT: helm registry login --username gitlab-ci-t…": the job image had no helm, so no login was attempted and the plugin guessed at credentials. The stack trace after the first line is left out'
  },
  {
    id: 'dev9-not-login-02',
    family: 'not-login',
    host: 'reg.company.com',
    text: '[talos] retrying error: failed to pull image "gcr.io/etcd-development/etcd:v3.5.11": failed to resolve reference "gcr.io/etcd-development/etcd:v3.5.11": parse ":///reg.company.com/gcr.io/etcd-development/etcd/manifests/v3.5.11?ns=gcr.io": missing protocol scheme',
    source: 'siderolabs/talos#8543',
    expected: 'not-a-login-failure',
    note: 'Talos registry mirrors for a Harbor proxy cache written as "reg.company.com/gcr.io" without https://, so the endpoint URL had no scheme; a configuration mistake, not a credential. The markdown list dash before it is left out'
  },
  {
    id: 'dev9-not-login-03',
    family: 'not-login',
    host: 'harbor.domain.tld',
    text: lines(
      'WARN[1437] reference for unknown type: text/html         digest="sha256:34d70ea66cf31c2cffa020863d58e993ccdaa1e06b52af3f96bf9517d1bd9995" mediatype=text/html size=901',
      '[ 1439.299779] [talos] service[etcd](Failed): Failed to run pre stage: failed to pull image "gcr.io/etcd-development/etcd:v3.5.2": 1 error(s) occurred:'
    ),
    source: 'siderolabs/talos#5195',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'not-a-registry',
    note: 'needs the thread: Talos pulling through a Harbor registry mirror behind a proxy: the mirror endpoint answered the manifest request with an HTML page (901 bytes of text/html), so the pull failed; the maintainers then documented how to use Harbor as a mirror (siderolabs/talos#5599). INFERENCE on the exact endpoint mistake. The next line ("unexpected media type text/html ...") is cut in the stored copy; color codes dropped; host is the Harbor host of the post\'s no_proxy'
  },
  {
    id: 'dev9-not-login-04',
    family: 'not-login',
    host: 'localhost:5000',
    text: lines(
      'The push refers to a repository [localhost:5000/mozart/busybox]',
      '5f70bf18a086: Image push failed',
      '16a7ebd37800: Preparing',
      'Get http://localhost:5000/v2/: malformed HTTP response "\\x15\\x03\\x01\\x00\\x02\\x02"'
    ),
    source: 'kwk/docker-registry-setup#2',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: 'docker 1.10 talking plain HTTP to the TLS port of a registry:2 with token auth; the bytes are a TLS alert record. The PR author got past it by logging in explicitly first (docker then used HTTPS). A protocol mismatch, not a refused credential'
  },
  {
    id: 'dev9-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      '$ oras manifest push docker.io/pengfeizhou/spark2.4:1.0.0 manifest.json',
      'Error: PUT "https://registry-1.docker.io/v2/pengfeizhou/spark2.4/manifests/1.0.0": unexpected status code 400: ',
      'manifest blob unknown: blob unknown to registry; manifest blob unknown: blob unknown to registry; manifest ',
      'blob unknown: blob unknown to registry; manifest blob unknown: blob unknown to registry'
    ),
    source: 'oras-project/oras#601',
    expected: 'not-a-login-failure',
    note: 'oras pushing a manifest whose blobs were never pushed; a maintainer: push the blobs first, then the manifest ("customer error"). Hard wraps as posted'
  },
  {
    id: 'dev9-not-login-06',
    family: 'not-login',
    host: 'harbor2.vantage6.ai',
    text: 'Error response from daemon: Get "https://harbor2.vantage6.ai/v2/": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-01-26T10:37:23Z is after 2026-01-26T07:28:33Z',
    source: 'vantage6/vantage6#2477',
    expected: 'registry-unreachable',
    case: 'tls-expired',
    note: "docker compose pulling the project's node image from its Harbor registry three hours after the registry's certificate expired. The compose progress line before it is left out"
  },
  {
    id: 'dev9-not-login-07',
    family: 'not-login',
    host: 'localhost:5000',
    text: lines(
      'FATA[0000] failed to pull "localhost:5000/base_machine:0.1.28": ',
      'failed to pull "localhost:5000/base_machine:0.1.28": failed to resolve image: ',
      'failed to do request: Head "https://localhost:5000/v2/base_machine/manifests/0.1.28": ',
      'tls: failed to verify certificate: x509: certificate has expired or is not yet valid: ',
      'current time 2024-06-22T22:03:47-04:00 is after 2019-02-27T04:29:33Z'
    ),
    source: 'reproducible-containers/diffoci#107',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'tls-expired',
    note: 'diffoci (containerd\'s resolver) reading a local registry whose certificate expired in 2019; docker reached it only because it treats localhost registries as insecure. The reporter asked what diffoci needs for "that access": a valid certificate or an insecure-registry setting, not a credential. Hard wraps as posted; the earlier "trying next host" line is left out'
  }
]

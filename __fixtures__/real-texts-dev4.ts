/**
 * A fourth development set of real registry error texts ("dev4"), collected
 * on 2026-11-27 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The fourth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 527
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support. Where the post masked or left out the registry host,
 * `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV4: readonly RealText[] = [
  {
    id: 'dev4-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/groundnuty/k8s-wait-for/manifests/v2.0": denied: denied',
    source: 'groundnuty/k8s-wait-for#70',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a public image; the reporter found that another ghcr.io login stored in ~/.docker/config.json broke the pull ("I can\'t have some other auth to ghcr.io in my config.json")'
  },
  {
    id: 'dev4-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '❯ helm pull oci://ghcr.io/dragonflydb/dragonfly/helm/dragonfly/dragonfly --version v1.15.1',
      'Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Adragonflydb%2Fdragonfly%2Fhelm%2Fdragonfly%2Fdragonfly%3Apull&service=ghcr.io: 403 Forbidden'
    ),
    source: 'crossplane-contrib/provider-helm#208',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "a maintainer's comment: the chart path has one /dragonfly too many; the same command with oci://ghcr.io/dragonflydb/dragonfly/helm/dragonfly pulls anonymously. GHCR answers an anonymous token request for a package that does not exist with 403"
  },
  {
    id: 'dev4-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: initializing source docker://ghcr.io/vividboarder/vaultwarden_ldap:latest: Requesting bear token: invalid status code from registry 403 (Forbidden)',
    source: 'ViViDboarder/vaultwarden_ldap#203',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: podman pull; the maintainer: the image is published on Docker Hub only, not on GHCR (the text cannot tell a missing package from a private one)'
  },
  {
    id: 'dev4-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Trying to pull ghcr.io/koreader/koxtoolchain:kobo-latest...',
      'Error: initializing source docker://ghcr.io/koreader/koxtoolchain:kobo-latest: unable to retrieve auth token: invalid username/password: unauthorized'
    ),
    source: 'koreader/koxtoolchain#44',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: podman pull without a login; the package had been made private or removed (the maintainer: "I thought it could linger a little longer"); podman words the anonymous token refusal as invalid username/password. The prompt line of the post is left out'
  },
  {
    id: 'dev4-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '  Failed to pull image "ghcr.io/kaito-project/kubeairunway:latest":',
      '    failed to pull and unpack image "ghcr.io/kaito-project/kubeairunway:latest":',
      '    failed to resolve reference "ghcr.io/kaito-project/kubeairunway:latest":',
      '    failed to authorize: failed to fetch anonymous token:',
      '    unexpected status from GET request to',
      '    https://ghcr.io/token?scope=repository%3Akaito-project%2Fkubeairunway%3Apull&service=ghcr.io:',
      '    403 Forbidden'
    ),
    source: 'ai-runway/airunway#89',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'kubelet/containerd pull with no pull secret; the reporter: the image does not exist or is private; unresolved in the stored thread. The kubelet event is hard-wrapped as posted'
  },
  {
    id: 'dev4-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Error: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Acerbos%2Fhelm-charts%2Fcerbos%3Apull&service=ghcr.io: 401 Unauthorized',
      'Error: INSTALLATION FAILED: unexpected status from HEAD request to https://ghcr.io/v2/cerbos/helm-charts/cerbos/manifests/0.31.0: 403 Forbidden'
    ),
    source: 'cerbos/cerbos#1858',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: 'needs the thread: helm install from the documented OCI chart; the second line is what the same command gave after logging in to GHCR (two errors of one post, joined). The package was not public; the project later stopped publishing the chart to GHCR because only a PAT could read it (cerbos/cerbos#3145). INFERENCE from the related pull request'
  },
  {
    id: 'dev4-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '➜  ~ helm pull oci://ghcr.io/apollographql/helm-charts/router --version 0.1.21',
      'Error: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden'
    ),
    source: 'apollographql/router#1643',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'token-expired'],
    note: 'needs the thread: a comment, not the issue\'s description. "oauth token" (not anonymous) means helm sent stored credentials; a fresh docker login ghcr.io fixed it, and a maintainer showed the public chart pulls with no login at all: an outdated stored login'
  },
  {
    id: 'dev4-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      ' Pulling the latest version of ghcr.io/cirruslabs/macos-ventura-xcode:14.3.1...',
      ' tart command returned non-zero exit code: "Error: AuthFailed(why: \\"received unexpected HTTP status code 403 while retrieving an authentication token\\", details: \\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"DENIED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"denied\\\\\\"}]}\\\\n\\")"'
    ),
    source: 'cirruslabs/gitlab-tart-executor#28',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'registry-mismatch'],
    note: "needs the thread: the GitLab Tart executor passed the GitLab job's registry credentials to tart for every registry, so they were sent to ghcr.io for a public image; fixed by scoping them with TART_REGISTRY_HOSTNAME (pull request #29). Credentials that do not belong to the host break an anonymous pull"
  },
  {
    id: 'dev4-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to build: denied: permission_denied: write_package',
    source: 'Siddhant-K-code/distill#14',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "a workflow push with GITHUB_TOKEN; the pull request adds job permissions and points at Settings → Actions → Workflow permissions. INFERENCE: whether the package's Actions access or the token's permissions was the cause is not stated"
  },
  {
    id: 'dev4-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Head "https://ghcr.io/v2/long2ice/meilisync-admin/meilisync-admin/manifests/latest": unauthorized',
    source: 'long2ice/meilisync-admin#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'a pull without a login of a package that was private; the maintainer made it public ("fixed")'
  },
  {
    id: 'dev4-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'INFO[0007] trying next host                              error="failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://gitlab.com/jwt/auth?scope=repository%3A<username>%2F<project>%3Apull&service=container_registry: 403 Forbidden" host=registry.gitlab.com',
    source: 'canonical/microk8s#4754',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'read-denied',
    note: "needs the thread: microk8s ctr image pull --user <username> with a GitLab project access token; GitLab's token service answered 403 (a refused scope), not 401. Unresolved in the stored thread; INFERENCE: the token lacks read_registry or its user may not read the project. The ctr line after it was cut by the excerpt and is left out"
  },
  {
    id: 'dev4-gitlab-02',
    family: 'gitlab',
    host: 'registry.example.com',
    text: 'Error response from daemon: error from registry: access forbidden',
    source: 'docker/sbx-releases#535',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    case: 'no-login',
    note: "needs the thread: docker pull inside Docker's AI sandbox from a self-hosted GitLab registry whose token service (/jwt/auth) is on another host; the sandbox's credential proxy sent the stored PAT only to the registry host, so the token request went without credentials. Fixed by naming the auth endpoint (--registry-auth-endpoint). Host as the post gives it (an example name)"
  },
  {
    id: 'dev4-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'daemon digest lookup failed; registry fallback failed: distribution inspect failed for registry.gitlab.com/crafty-controller/crafty-4:latest: Error response from daemon: Not Found registry manifest inspect failed for registry.gitlab.com/crafty-controller/crafty-4:latest: untrusted auth realm host "gitlab.com" for registry "registry.gitlab.com"',
    source: 'getarcaneapp/arcane#2497',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Arcane's update check refuses to send credentials to GitLab's token realm on another host (gitlab.com); fixed in the client by trusting that delegation. Neither the credential nor the image is at fault"
  },
  {
    id: 'dev4-gitlab-04',
    family: 'gitlab',
    host: 'gitlab.example.com',
    text: lines(
      'pushing config...',
      'pushing disk... this will take a while...',
      '21%',
      'Error: cancelled',
      'Attempting to re-try...',
      'Error: cancelled',
      'Attempting to re-try...',
      'Error: cancelled',
      'Attempting to re-try...',
      'Error: AuthFailed(why: "received unexpected HTTP status code 400 while retrieving an authentication token", details: "Bad Request")'
    ),
    source: 'openai/tart#914',
    expected: 'unknown',
    alsoAcceptable: ['token-expired'],
    note: "needs the thread: a comment; tart push of a VM image to a self-hosted GitLab registry fails with tart 2.18.4 and works with 2.14.0; the maintainer asks to retry with the user's own credentials instead of the job's temporary ones. INFERENCE: a client regression, or a CI job token that ran out during the long push. Host masked in the post: placeholder"
  },
  {
    id: 'dev4-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: failed to perform "Exists" on destination: HEAD "https://quay.io/v2/inference-perf/charts/inference-perf/manifests/sha256:fba075...": response status code 401: Unauthorized',
    source: 'kubernetes-sigs/inference-perf#750',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    case: 'namespace',
    note: 'needs the thread: helm push after a successful helm registry login with a robot account; the robot can push the image repository but the charts repository does not exist and the robot may not create it. Fix: an org owner creates it or grants the robot write. The digest is elided as posted'
  },
  {
    id: 'dev4-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: failed to perform "Exists" on destination: HEAD "https://quay.io/v2/my-org/charts/my-chart/manifests/sha256:...": response status code 401: Unauthorized',
    source: 'helm/helm#32144',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope', 'repository-not-found'],
    note: "needs the thread: the same wording as dev4-quay-01, another cause: Helm 3.18 and later ask Quay's token service for pull scope only, so a robot with Creator rights cannot create a new chart repository; Helm 3.17 works. A client regression, not the credential"
  },
  {
    id: 'dev4-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/weaveworks/consul-sidekick:master-f18ad13": rpc error: code = Unknown desc = Error response from daemon: Get https://quay.io/v2/weaveworks/consul-sidekick/manifests/master-f18ad13: unknown: Namespace weaveworks has been disabled. Please contact a system administrator.',
    source: 'grafana/jsonnet-libs#126',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'kubelet pull; the weaveworks namespace on quay.io was disabled (the pull request moves off the image). Not a credential'
  },
  {
    id: 'dev4-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'Trying to pull repository quay.io/weaveworks/build-golang ... ',
      'unexpected http code: 400, URL: https://quay.io/v2/auth?scope=repository%3Aweaveworks%2Fbuild-golang%3Apull&service=quay.io'
    ),
    source: 'weaveworks/prom-aggregation-gateway#16',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown', 'not-a-login-failure'],
    note: "needs the thread: an old docker's FROM pull; the same weeks as dev4-quay-03: the weaveworks namespace on quay.io had been disabled, and Quay's token endpoint answered 400. INFERENCE from the date and the namespace"
  },
  {
    id: 'dev4-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/open-cluster-management/multicloudhub-operator-bundle@sha256:ba919b34aa7c7c7135f4474791defb6240ff1af2491b876c25ba960af81c5267": rpc error: code = Unknown desc = Error reading manifest sha256:ba919b34aa7c7c7135f4474791defb6240ff1af2491b876c25ba960af81c5267 in quay.io/open-cluster-management/multicloudhub-operator-bundle: unauthorized: access to the requested resource is not authorized',
    source: 'stolostron/deploy#2',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    case: 'read-denied',
    note: 'needs the thread: kubelet pull of a then-private Quay organisation\'s image with the pull secret the deploy steps ask for; "tried several users with access to quay, same error". INFERENCE: the users\' Quay accounts had no read access to that organisation'
  },
  {
    id: 'dev4-harbor-01',
    family: 'harbor',
    host: 'harbor.xxx.cn',
    text: lines(
      'helm push gpu-operator.tgz oci://harbor.xxx.cn/chartrepo/charts',
      'Error: unexpected status from HEAD request to https://harbor.xxx.cn/v2/chartrepo/charts/gpu-operator/blobs/sha256:e0e5c0c37037fee94b40dffef2da1ca3eddd5cd924408d0ffd2f6f11a7ad634d: 401 Unauthorized'
    ),
    source: 'goharbor/harbor#18656',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: helm login succeeded; a maintainer: the target is wrong, OCI charts go to oci://<harbor>/<project_name>, and chartrepo is no project. Host as masked in the post'
  },
  {
    id: 'dev4-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error: unable to remove repo image. DELETE https:/example.com/v2/example/example-operator/manifests/sha256:xxx: UNAUTHORIZED: unauthorized to access repository: example/example-operator, action: delete: unauthorized to access repository: example/example-operator, action: delete',
    source: 'werf/werf#5651',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "werf cleanup logged in with a Harbor robot account; the maintainers: deleting through the registry API with a robot token is not supported (werf would need Harbor's API). Host masked (example.com) in the post: placeholder"
  },
  {
    id: 'dev4-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Failure in initiating upload request: Unauthorized',
    source: 'eclipse-jkube/jkube#3709',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: JKube's helm-push to a fresh Harbor OCI registry; helm push with the same credentials works. JKube skips the HEAD request that makes Harbor issue a token challenge, so it never authenticates: a client defect (fixed in JKube). Host masked in the post: placeholder"
  },
  {
    id: 'dev4-harbor-04',
    family: 'harbor',
    host: 'harbor-cache.abcd.com',
    text: lines(
      'docker pull harbor-cache.abcd.com/cache/memcached:alpine',
      '',
      'Error response from daemon: unknown: repository cache/memcached not found'
    ),
    source: 'goharbor/harbor#13446',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "a Harbor proxy-cache project for Docker Hub; official images need the library/ prefix (cache/library/memcached). Harbor's log showed Docker Hub's 401 for memcached, which is a missing name there, not a credential"
  },
  {
    id: 'dev4-harbor-05',
    family: 'harbor',
    host: 'demo.goharbor.io',
    text: lines(
      'Logging into demo.goharbor.io...',
      'Error: Error response from daemon: Get "https://demo.goharbor.io/v2/": unauthorized: authentication required'
    ),
    source: 'docker/build-push-action#797',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: an end-to-end test logging in to Harbor's demo server; the demo server is reset every two days, accounts included, so the stored account no longer existed"
  },
  {
    id: 'dev4-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: lines(
      'ERRO[0000] Error while retrieving image from cache: public.ecr.aws/docker/library/python:3.7-slim unable to complete operation after 0 attempts, last error: GET https://public.ecr.aws/v2/docker/library/python/manifests/3.7-slim: TOOMANYREQUESTS: Rate exceeded ',
      'error building image: unable to complete operation after 0 attempts, last error: GET https://public.ecr.aws/v2/docker/library/python/manifests/sha256:ffd28e36ef37b3a4a24f6a771a48d7c5499ea42d6309ac911a3f699e122060be: TOOMANYREQUESTS: Rate exceeded'
    ),
    source: 'GoogleContainerTools/kaniko#1787',
    expected: 'rate-limited',
    note: 'kaniko in an Argo workflow pulling an ECR Public base image without authenticating (a comment of the thread); the two INFO lines between the errors are left out'
  },
  {
    id: 'dev4-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: lines(
      'Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/docker.io/library/busybox:1.35.0":',
      'rpc error: code = DeadlineExceeded desc = failed to pull and unpack image',
      '"123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/docker.io/library/busybox:1.35.0": failed to copy:',
      'httpReadSeeker: failed open: failed to do request:',
      'Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/1c/1c10e93757391bd459976f6382e0c0e03a0af3f239cd745424b06d3b4737f60e/data?verify=1709809284-GBrKCqH8amFBS2uwccqDUXDhl9E%!D(MISSING)":'
    ),
    source: 'aws/containers-roadmap#2304',
    expected: 'registry-unreachable',
    note: "EKS nodes without internet access pull through an ECR pull-through cache rule; the cache redirected a blob to Docker Hub's CDN, which the nodes cannot reach (deadline exceeded). Hard-wrapped as posted; the last line (the dial error) was cut by the excerpt and is left out. Account id as posted (a placeholder)"
  },
  {
    id: 'dev4-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'make push-image denied: Your authorization token has expired. Reauthenticate and try again. make: *** [push-image] Error 1',
    source: 'aws-samples/ecs-bg-external-controller#13',
    expected: 'token-expired',
    alsoAcceptable: ['stale-login'],
    note: "the issue's title (its body is a screenshot); an ECR login older than 12 hours. Host not given: placeholder"
  },
  {
    id: 'dev4-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "ERROR: tag invalid: The image tag '<tag>' already exists in the '<ecr-repo>' repository and cannot be overwritten because the repository is immutable.",
    source: 'moby/buildkit#3776',
    expected: 'not-a-login-failure',
    note: 'docker buildx bake --push to an ECR repository with immutable tags; a re-push of an existing tag, not a credential. Names masked as posted; host placeholder'
  },
  {
    id: 'dev4-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-northeast-2.amazonaws.com',
    text: '${project-name}:  fail: docker push ${account}.dkr.ecr.ap-northeast-2.amazonaws.com/cdk-hnb659fds-container-assets-${account}-ap-northeast-2:ae4bc5dc2133bccd9dc0504403cac704028226e8e2b01e8a48b33d18f4fcfb29 exited with error code 1: Post "https://${account}.dkr.ecr.ap-northeast-2.amazonaws.com/v2/cdk-hnb659fds-container-assets-${account}-ap-northeast-2/blobs/uploads/": net/http: TLS handshake timeout',
    source: 'aws/aws-cdk#30591',
    expected: 'registry-unreachable',
    note: "CDK's DockerImageAsset push; the reporter blamed tag immutability, but the text is a TLS handshake timeout to the registry (the thread closed for staleness). The ${...} are the reporter's masks; host placeholder"
  },
  {
    id: 'dev4-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      '#12 exporting to image',
      '#12 0.643 error: failed to do request: Post "https://***.dkr.ecr.***.amazonaws.com/v2/helm-doc/1.0.0/blobs/uploads/": EOF',
      '#12 0.643 retrying in 1s',
      '#12 0.645 error: failed to do request: Post "https://***.dkr.ecr.***.amazonaws.com/v2/helm-doc/1.0.0/blobs/uploads/": EOF'
    ),
    source: 'docker/build-push-action#850',
    expected: 'repository-not-found',
    note: 'needs the thread: the image name has the version as a path segment (helm-doc/1.0.0), a repository that does not exist; ECR answers an upload to a missing repository by closing the connection (EOF) instead of 404 (aws/containers-roadmap#1970). INFERENCE: the thread ended at "needs more info". Host masked: placeholder; later retry lines left out'
  },
  {
    id: 'dev4-ecr-07',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: lines(
      'latest: Pulling from docker/library/redis',
      'unknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://d2glxqk2uabbnd.cloudfront.net/v2/[...]',
      '403 Forbidden'
    ),
    source: 'docker/sbx-releases#525',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "docker pull of a public ECR image inside Docker's AI sandbox; the sandbox's default network policy does not allow ECR Public's CloudFront domains, and the blocked request answers 403. Not a credential"
  },
  {
    id: 'dev4-gar-01',
    family: 'gar',
    host: 'europe-west1-docker.pkg.dev',
    text: 'chart pull error: failed to download chart for remote reference: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
    source: 'fluxcd/source-controller#971',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'Flux\'s source-controller pulling a Helm chart from Artifact Registry with Workload Identity; the reporter had not set provider: gcp on the HelmRepository, so no credential was sent ("anonymous token"). Host not given: placeholder'
  },
  {
    id: 'dev4-gar-02',
    family: 'gar',
    host: 'europe-docker.pkg.dev',
    text: 'Warning  UnpackPackage  7s (x6 over 40s)  packages/provider.pkg.crossplane.io  cannot unpack package: failed to fetch package digest from remote: GET https://**********/v2/token?scope=repository%!A(MISSING)********68%!F(MISSING)docker-gke-irn70740%!F(MISSING)provider-kubernetes%!A(MISSING)pull&service=europe-docker.pkg.dev: DENIED: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/irn-71889-adm-dev-ope-68/locations/europe/repositories/docker-gke-irn70740" (or it may not exist)',
    source: 'crossplane/crossplane#3023',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown', 'insufficient-scope'],
    note: 'needs the thread: Crossplane 1.6.x did not match a package pull secret whose server carried an https:// scheme, so the pull went without it; fixed in crossplane/crossplane#2939, verified with the reporter'
  },
  {
    id: 'dev4-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      '$ crane cp <img> gcr.io/<proj>/<img>',
      "Error: failed to copy index: error getting credentials - err: exit status 1, out: `docker-credential-gcr/helper: could not retrieve GCR's access token: oauth2: cannot fetch token: 400 Bad Request",
      'Response: {',
      '  "error": "invalid_grant",',
      '  "error_description": "reauth related error (invalid_rapt)",',
      '  "error_uri": "https://support.google.com/a/answer/9368756",',
      '  "error_subtype": "invalid_rapt"',
      '}`',
      'exit status 1'
    ),
    source: 'GoogleCloudPlatform/docker-credential-gcr#113',
    expected: 'credential-store-error',
    alsoAcceptable: ['token-expired'],
    case: 'credential-helper',
    note: 'crane with docker-credential-gcr; the organisation requires re-authentication every day or so, and the helper cannot refresh (fix: docker-credential-gcr gcr-login)'
  },
  {
    id: 'dev4-gar-04',
    family: 'gar',
    host: 'eu.gcr.io',
    text: lines(
      'containerregistry.client.v2_2.docker_http_.BadStateException: Bad status during token exchange: 401',
      '{"errors":[{"code":"DENIED","message":"Unable to access the repository; please check that you have permission to access it."}]}'
    ),
    source: 'bazelbuild/rules_docker#225',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: bazel run of a container_image push after docker login -u oauth2accesstoken -p "$(gcloud auth application-default print-access-token)"; the access token lapses within the day and the login must be repeated (the maintainer: use the credential helper)'
  },
  {
    id: 'dev4-gar-05',
    family: 'gar',
    host: 'europe-west3-docker.pkg.dev',
    text: lines(
      'X Pushing image to "https://europe-west3-docker.pkg.dev/sap-kyma-jellyfish-dev/kyma-operator"',
      'Error: unable to push config: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden'
    ),
    source: 'kyma-project/cli#1342',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'kyma create module with --token or --credentials that docker login accepts; "anonymous token": the CLI did not send them (a bug of the CLI, closed)'
  },
  {
    id: 'dev4-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: '2019/10/04 13:10:48 Image pull was unsuccessful: reading image "gcr.io/distroless/base@sha256:e37cf3289c1332c5123cbf419a1657c8dad0811f2f8572433b668e13747718f8": Get https://gcr.io/v2/token?scope=repository%3Adistroless%2Fbase%3Apull&service=gcr.io: invoking docker-credential-gcloud: exit status 1; output: ',
    source: 'bazelbuild/rules_docker#1175',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: 'a public image; the docker config names the gcloud helper for gcr.io and gcloud has no active account (docker pull shows the helper\'s "You do not currently have an active account selected"), so the helper fails before any request'
  },
  {
    id: 'dev4-gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: 'getting hash for artifact "hello-world": getting dependencies for "hello-world": parsing ONBUILD instructions: retrieving image "gcr.io/distroless/static-debian12:nonroot": GET https://storage.googleapis.com/artifacts.distroless.appspot.com/containers/images/sha256:9104641e02422ad525655b288753cce29b993a41579494b20dbd1874830a9586?access_token=REDACTED: unexpected status code 401 Unauthorized: <?xml version=\'1.0\' encoding=\'UTF-8\'?><Error><Code>AuthenticationRequired</Code><Message>Authentication required.</Message></Error>',
    source: 'GoogleContainerTools/skaffold#9383',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'unknown'],
    note: 'needs the thread: skaffold from Cloud Code while logged in to Google Cloud; a public distroless image, and docker pull of it works. INFERENCE (open thread): the access token from the local gCloud login is sent with the blob request and refused; the public image needs no credential'
  },
  {
    id: 'dev4-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error response from daemon: Get "https://myregistry.azurecr.io/v2/": unauthorized: Application not registered with AAD.',
    source: 'Azure/azure-cli#29659',
    expected: 'invalid-credentials',
    case: 'service-principal-id',
    note: 'az acr login or docker login with a wrong username and a password; ACR reads the username as an application id the tenant does not know'
  },
  {
    id: 'dev4-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "denied: client with IP '<my public IP>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access",
    source: 'Azure/acr#603',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'az acr build against a registry with a private endpoint and public access disabled; the build agent runs outside the network, so the registry firewall refuses its IP. Not the credential. Host masked: placeholder'
  },
  {
    id: 'dev4-acr-03',
    family: 'acr',
    host: 'containerregistryname.azurecr.io',
    text: lines(
      'sudo az acr login --name containerregistryname',
      "Unable to get AAD authorization tokens with message: Please run 'az login' to setup account.",
      "Unable to get admin user credentials with message: Please run 'az login' to setup account.",
      'Username:'
    ),
    source: 'Azure/acr#367',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: in a devcontainer the user ran az login without sudo and az acr login with sudo; root has no Azure CLI login (the fix a later commenter confirms: run az login with sudo too)'
  },
  {
    id: 'dev4-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Failed to pull image "<redacted>.azurecr.io/<redacted>": rpc error: code = Unknown desc = Error response from daemon: Get https://<redacted>.azurecr.io/v2/<redacted>: unauthorized: authentication required',
    source: 'kubernetes/kubernetes#92326',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: AKS with a managed identity that may read the registry; the first pull after a public image fails and recovers within 1-2 minutes: a race in the kubelet's ACR credential provider, fixed in Kubernetes. Host masked: placeholder"
  },
  {
    id: 'dev4-acr-05',
    family: 'acr',
    host: 'myrepo.azurecr.io',
    text: 'time="2020-11-02T22:03:26Z" level=error msg="failed to mutate pod, error: failed to get auto cmd, error: Get https://MYREPO.azurecr.io/v2/: http: non-successful response (status=401 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"UNAUTHORIZED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"authentication required, visit https://aka.ms/acr/authorization for more information.\\\\\\",\\\\\\"detail\\\\\\":null}]}\\\\n\\")\\ncannot create client for doker registry',
    source: 'SparebankenVest/azure-key-vault-to-kubernetes#55',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the akv2k8s env-injector inspects the image to find its command; with aad-pod-identity and DOCKER_IMAGE_INSPECTION_USE_ACS_CREDENTIALS=false it had no credential for the registry. INFERENCE from the comments (a comment, not the description); the excerpt ends after "doker registry"'
  },
  {
    id: 'dev4-generic-01',
    family: 'generic',
    host: 'xxx.artifactory.xxx.io',
    text: 'packages/provider.pkg.crossplane.io: cannot unpack package: failed to fetch package digest from remote: failed to fetch package descriptor with a GET request after a previous HEAD request failure: Get "https://xxx.artifactory.xxx.io/v2/": dial tcp x.x.x.x:443: i/o timeout',
    source: 'crossplane-contrib/provider-gcp#506',
    expected: 'registry-unreachable',
    note: "Crossplane on a private GKE cluster installing a provider package from a JFrog Artifactory registry; quoted from the reporter's sentence. A connection timeout, not a credential. Host masked as posted"
  },
  {
    id: 'dev4-generic-02',
    family: 'generic',
    host: 'registry.digitalocean.com',
    text: 'denied: registry contains 1 repositories, limit is 1',
    source: 'docker/build-push-action#586',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "a push to DigitalOcean's registry; the free tier allows one repository per registry and a second one is refused (the reporter's buildx push had shown only a 403 at the token request). A plan limit, not the credential"
  },
  {
    id: 'dev4-generic-03',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Error: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'helm/helm#12121',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: helm push to a registry:2 whose token service is Keycloak; login and pull work. Helm asks for two scopes (pull and pull,push) and Keycloak grants only pull, so the token lacks push: a client/token-service incompatibility, not the user's rights. Host not given: placeholder"
  },
  {
    id: 'dev4-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Pushing dwhitena/chess-annotate:48e986766098493cb1bd4ce4b09029ec, this may take a while.',
      'toomanyrequests: too many failed login attempts for username or IP address'
    ),
    source: 'pachyderm/pachyderm#1121',
    expected: 'login-locked-out',
    note: 'pachctl update-pipeline --push-images; the first push works, then Docker Hub locks the username for a while; the reporter found a local Docker setting producing failed logins, not pachctl'
  },
  {
    id: 'dev4-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: failed to authenticate: bad status code "400 Bad Request": malformed request: EOF',
    source: 'docker/hub-tool#195',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: hub-tool login with the correct password and no 2FA; an old hub-tool (0.4.1) bundled with Docker Desktop shadowed the downloaded one; 0.4.4 logs in. A client defect'
  },
  {
    id: 'dev4-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Main Loculus DB pod loculus-database-86db87c5cc-lf2fm is Pending with ImagePullBackOff, and events show: 429 Too Many Requests ... You have reached your unauthenticated pull rate limit while pulling docker.io/library/postgres:15.12. ',
      '',
      'Keycloak DB pod loculus-keycloak-database-7557ffcd59-28d4p is also Pending with the same ImagePullBackOff / 429 Too Many Requests.'
    ),
    source: 'loculus-project/loculus#5771',
    expected: 'rate-limited',
    note: 'integration tests in CI on a kind/k3d cluster pulling from Docker Hub anonymously; the issue quotes a summary of the pod events'
  },
  {
    id: 'dev4-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Warning  Failed          41s (x2 over 2m7s)   kubelet  Failed to pull image "centos": rpc error: code = Unknown desc = Error reading manifest latest in docker.io/library/centos: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'openshift/network-metrics-daemon#36',
    expected: 'rate-limited',
    note: 'a kubelet pull of a Docker Hub image in CI; the pull request moves the image to Quay to avoid the limit'
  },
  {
    id: 'dev4-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'DEBU[0002] Error pulling image ref //sonartype/nexus3:latest: Error initializing source docker://sonartype/nexus3:latest: Error reading manifest latest in docker.io/sonartype/nexus3: errors:',
      'denied: requested access to the resource is denied',
      'unauthorized: authentication required'
    ),
    source: 'podman-container-tools/podman#9990',
    expected: 'repository-not-found',
    note: 'needs the thread: podman pull while logged in to docker.io; the image is sonatype/nexus3 and the command says sonartype: a misspelt namespace that does not exist. INFERENCE from the name (the stored thread shows the debug log)'
  },
  {
    id: 'dev4-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Pulling powerhole-pdns-admin (powerhole:admin)...',
      '',
      "ERROR: pull access denied for powerhole, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    ),
    source: 'noxPHX/Power-Hole#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "docker-compose up before building: the image powerhole:admin is built locally by the project's build.sh and was never on Docker Hub (the maintainer)"
  },
  {
    id: 'dev4-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": tls: failed to verify certificate: x509: certificate is valid for *.blue-staging.pipingrock.cloud, *.pipingrock.cloud, not registry-1.docker.io',
    source: 'johnnewcombe/telstar-2#5',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: "something on the network answered for registry-1.docker.io with another site's certificate; the maintainer points at a proxy, the reporter says there is none (unresolved). Not a credential"
  },
  {
    id: 'dev4-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": tls: failed to verify certificate: x509: certificate is valid for 76a02b8f34b0a7a5a5dcd164de1ae295.gr7.us-east-1.eks.amazonaws.com, ip-172-16-104-219.ec2.internal, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.cluster.local, not registry-1.docker.io',
    source: 'Koenkk/zigbee2mqtt#25710',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: "only on a machine behind a mobile carrier's connection; other machines of the same network pull. A certificate for other names on the path to Docker Hub"
  },
  {
    id: 'dev4-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'latest: Pulling from library/ubuntu',
      '677076032cca: Retrying in 1 second     ',
      'error pulling image configuration: download failed after attempts=6: x509: certificate signed by unknown authority'
    ),
    source: 'abiosoft/colima#624',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'Colima on a corporate Mac behind Zscaler, which re-signs TLS; the VM does not trust the Zscaler root (login works, pulls fail)'
  },
  {
    id: 'dev4-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: lines(
      'latest: Pulling from androidseb25/igotify-notification-assist',
      'manifest unknown'
    ),
    source: 'androidseb25/iGotify-Notification-Assistent#176',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the latest tag was missing from GHCR after a release; the maintainer republished it (1.5.0.0)'
  },
  {
    id: 'dev4-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      '27.4.0-dind: Pulling from library/docker',
      'manifest for docker:27.4.0-dind not found: manifest unknown: manifest unknown'
    ),
    source: 'docker-library/official-images#18105',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the official docker image's new tags were briefly missing while they were being published; others saw the same at the same time"
  },
  {
    id: 'dev4-not-login-06',
    family: 'not-login',
    host: 'quay.io',
    text: lines(
      'Storing signatures',
      '  invalid argument',
      'Trying to pull quay.io/liveaverage/powerwall-dashboard...',
      '  unauthorized: access to the requested resource is not authorized',
      'Error: unable to pull liveaverage/powerwall-dashboard: 2 errors occurred:',
      '\t* Error committing the finished image: error adding layer with blob "sha256:f019e12b35c45470df49246e0aba4efc6f7209bddf06c9d65e10541b19c145d9": error creating layer with ID "e3ab964ba05b37fa581edcccb7f19c6c04a0eff84a302981faa49b07b0324f62": invalid argument'
    ),
    source: 'liveaverage/docker-powerwall-dashboard#6',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown', 'repository-not-found'],
    note: "needs the thread: podman resolving a short name; the pull from docker.io succeeded and failed in local storage (invalid argument), then podman tried quay.io, where no such repository exists. The Quay refusal is a look-alike. INFERENCE (no stated fix); the error's last line, cut by the excerpt, is left out"
  },
  {
    id: 'dev4-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for scaletone/durablefunctionsmonitor:latest not found: manifest unknown: manifest unknown',
    source: 'scale-tone/DurableFunctionsMonitor#28',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the repository publishes no latest tag; the maintainer: pull a version tag'
  }
]

/**
 * A tenth development set of real registry error texts ("dev10"), collected
 * on 2026-11-28 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The tenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, and one Microsoft Q&A question found in its `pages`
 * corpus; none is a source of an earlier set (the list of the 924 earlier
 * sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV10: readonly RealText[] = [
  {
    id: 'dev10-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'UNAUTHORIZED: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'matutetandil/mycel#58',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `cosign sign` of a Helm chart on GHCR in a release workflow (2026, PR description quoting the failure). `helm registry login` had logged helm in, but helm keeps its own credential store, which cosign does not read, so the signature upload reached GHCR with no credential; fixed by adding docker/login-action before cosign. The wording alone reads like a refused token'
  },
  {
    id: 'dev10-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: INSTALLATION FAILED: GET "https://ghcr.io/v2/controlplaneio-fluxcd/charts/flux-operator/tags/list": GET "https://ghcr.io/token?scope=repository%3Acontrolplaneio-fluxcd%2Fcharts%2Fflux-operator%3Apull&service=ghcr.io": response status code 403: denied: denied',
    source: 'controlplaneio-fluxcd/flux-operator#282',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: "needs the thread: `helm install` of a public chart (2025); the reporter had a `docker login` to ghcr.io, and a fresh `helm registry login ghcr.io` made it work; a maintainer: helm also reads ~/.docker/config.json and the stored PAT had probably expired (GHCR validates a sent credential even for public packages). INFERENCE from the maintainer's 'probably'"
  },
  {
    id: 'dev10-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'time="2023-09-29T08:41:30Z" level=info msg="trying next host" error="failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Amy-login%2Fmy-app%3Apull&service=ghcr.io: 401 Unauthorized" host=ghcr.io',
      'Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Amy-login%2Fmy-app%3Apull&service=ghcr.io: 401 Unauthorized'
    ),
    source: 'project-copacetic/copa-action#16',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: copa-action (Copacetic, BuildKit) patching a GHCR image after docker/login-action had logged docker in and docker had pulled the image; copa's BuildKit asked GHCR for an anonymous token, i.e. sent no credential, for a private package; the maintainer pointed at the package's visibility and a second user hit the same. INFERENCE: no stated fix in the stored thread"
  },
  {
    id: 'dev10-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'ERROR: failed to solve: unexpected status: 403 Forbidden',
      'Error: buildx failed with: ERROR: failed to solve: unexpected status: 403 Forbidden'
    ),
    source: 'kubean-io/kubean#117',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "needs the thread: build-push-action pushing to GHCR (host not in the text: from the thread, which fixes it in the package's settings); the only fix that worked was deleting and re-adding the repository in the package's Actions access settings, so the workflow's GITHUB_TOKEN may write the package"
  },
  {
    id: 'dev10-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: PUT https://ghcr.io/v2/proteanhq/mirror/postgres/blobs/upload/...: DENIED: permission_denied: write_package',
    source: 'proteanhq/protean#1085',
    expected: 'insufficient-scope',
    note: "`crane copy` in a mirror workflow (2026, PR description quoting the failure). The PR: imjasonh/setup-crane's install script had run `crane auth login ghcr.io --username dummy`, overwriting the docker/login-action entry in the shared docker config, so crane pushed with a login that may not write; fixed by logging crane in with GITHUB_TOKEN (packages: write) inside the mirror step. The `...` is the post's"
  },
  {
    id: 'dev10-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      "Unable to find image 'ghcr.io/goreleaser/goreleaser-cross:v1.22.11' locally",
      'docker: Error response from daemon: manifest unknown.',
      "See 'docker run --help'.",
      'make: *** [Makefile:219: release] Error 125'
    ),
    source: 'osmosis-labs/osmosis#8990',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: '`docker run` of a goreleaser-cross tag that was never published on GHCR (2025); the PR changes the image tag. Not a credential'
  },
  {
    id: 'dev10-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'DEBUG: Datasource unauthorized (repository=jsol/workflow-autotagger)',
      '       "datasource": "docker",',
      '       "lookupName": "ghcr.io/jsol/serviceb",',
      '       "url": "https://ghcr.io/v2/jsol/serviceb/tags/list?n=10000"',
      'DEBUG: Failed to look up dependency ghcr.io/jsol/serviceb (repository=jsol/workflow-autotagger, packageFile=deploy/apps/servicea/kustomization.yaml, dependency=ghcr.io/jsol/serviceb)'
    ),
    source: 'renovatebot/renovate#11446',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: Renovate (hosted app) looking up a private GHCR package with credentials configured; GHCR answered DENIED without a WWW-Authenticate header, so Renovate never made the token exchange and sent no credential; fixed in Renovate. A client defect that left the lookup without a login'
  },
  {
    id: 'dev10-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'GET https://gitlab.com/jwt/auth?scope=repository%3Atoyi%2Fskaffold%3Apull&service=container_registry: DENIED: access forbidden',
    source: 'GoogleContainerTools/skaffold#6352',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: skaffold building with in-cluster kaniko for a private GitLab project; kaniko pushed the image with its own docker config, and this came after the push, from skaffold's own lookup of the image, which had no credential (GitLab's token service answers an anonymous request for a private project with 403 `access forbidden`); the thread links skaffold#4287. INFERENCE: no stated fix"
  },
  {
    id: 'dev10-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '⨯ release failed after 5m6s                error=docker images: failed to publish artifacts: failed to push registry.gitlab.com/xxx/afctl:latest after 0 tries: failed to push registry.gitlab.com/xxx/afctl:latest: exit status 1: Error response from daemon: failed to find image registry.gitlab.com/xxx/afctl:latest: image not known',
    source: 'goreleaser/goreleaser#5146',
    expected: 'not-a-login-failure',
    note: "GoreLeaser in GitLab CI (2024): the push found no local image of that name (`image not known` is the local engine's answer, not the registry's); the reporter found a build-environment cause (the sentence is cut in the stored copy). Leading spaces of the log line trimmed"
  },
  {
    id: 'dev10-gitlab-03',
    family: 'gitlab',
    host: 'gitlab.private.com',
    text: '"Error","status.message":"time\\t\\u001b[31mFATAL\\u001b[0m\\timage scan error: scan error: unable to initialize a scanner: unable to initialize a docker scanner: 4 errors occurred:\\n\\t* unable to inspect the image (registry.private.com/project:4**7): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\\n\\t* unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\\n\\t* containerd socket not found: /run/containerd/containerd.sock\\n\\t* GET https://gitlab.private.com/jwt/auth?scope=repository%3Arepo%2Fproject%3Apull&service=container_registry: DENIED: access forbidden\\n\\n\\n"',
    source: 'aquasecurity/trivy-operator#1279',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: trivy-operator scan job against a self-managed GitLab registry (hosts as the user masked them); only the documented option that ran Trivy as root with the node's docker config worked, the image-pull-secret options got this, i.e. the scan job did not carry a credential GitLab accepted for the project. INFERENCE. The image reference the stored copy rendered as a Markdown link is written plain"
  },
  {
    id: 'dev10-gitlab-04',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      'Trying to pull registry.gitlab.com/lightmeter/controlcenter...',
      '  manifest unknown: manifest unknown',
      'Error: error pulling image "registry.gitlab.com/lightmeter/controlcenter": unable to pull registry.gitlab.com/lightmeter/controlcenter: unable to pull image: Error initializing source docker://registry.gitlab.com/lightmeter/controlcenter:latest: Error reading manifest latest in registry.gitlab.com/lightmeter/controlcenter: manifest unknown: manifest unknown'
    ),
    source: 'podman-container-tools/podman#6595',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'podman pull without a tag of a public GitLab project that publishes no `latest` tag (2020). INFERENCE on the cause from the text; no credential involved'
  },
  {
    id: 'dev10-gitlab-05',
    family: 'gitlab',
    host: 'gitlab.example.com',
    text: 'ts=2018-01-12T11:22:36.887182409Z caller=warming.go:154 component=warmer err="requesting tags: Get https://<id>-simba01.environments.katacoda.com/v2/root/front-end/tags/list: denied: access forbidden"',
    source: 'fluxcd/flux#896',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Flux 1.2.0's cache warmer (a comment on the issue, from the Weave Cloud tutorial on Katacoda); the release stopped sending the registry credentials it had (the issue's first post shows Docker Hub's variant), fixed by fluxcd/flux#897. `denied: access forbidden` and the `root/front-end` path are a GitLab registry's wording (INFERENCE); the host is masked in the post, `host` is a placeholder"
  },
  {
    id: 'dev10-gitlab-06',
    family: 'gitlab',
    host: 'gitlab.com',
    text: 'Error: 403: insufficient_scope',
    source: 'chartmuseum/helm-push#155',
    expected: 'insufficient-scope',
    note: "`helm cm-push` to GitLab's Helm package registry (gitlab.com/api/v4/projects/<id>/packages/helm) with a user token (2022); the reporters could not reproduce it from another machine and the thread has no fix. INFERENCE from the wording: the credential may not upload to that project"
  },
  {
    id: 'dev10-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '$ docker pull quay.io/hpestorage/nfs-provisioner:v1.0.0',
      'Error response from daemon: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'hpe-storage/csi-driver#288',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the maintainer: the image had not been migrated to Quay yet and was still on docker.io; Quay answers a pull of a repository that does not exist (or is private) with this wording'
  },
  {
    id: 'dev10-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '❯ podman image pull quay.io/lib/haproxy:latest',
      'Trying to pull quay.io/lib/haproxy:latest...',
      'Error: internal error: unable to copy from source docker://quay.io/lib/haproxy:latest: initializing source docker://quay.io/lib/haproxy:latest: Requesting bearer token: received unexpected HTTP status: 405 METHOD NOT ALLOWED',
      '❯ docker pull quay.io/lib/hello-world:latest',
      'Error response from daemon: {"message":"received unexpected HTTP status: 405 METHOD NOT ALLOWED"}'
    ),
    source: 'docker-library/official-images#20228',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: quay.io/lib was an unofficial, unauthorized mirror of Docker's official images (the Docker maintainers say they never ran it); in Nov 2025 every repository in that organisation answered the token request with 405 and had not been updated since September, i.e. the organisation was withdrawn. INFERENCE; nothing the user's credential can fix"
  },
  {
    id: 'dev10-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'May 18 02:37:44 okd.okd4.example.com kubenswrapper[42587]: E0518 02:37:44.436636   42587 log.go:32] "PullImage from image service failed" err="rpc error: code = Unknown desc = initializing source docker://quay.io/okd/scos-content@sha256:637140d5811ea5f3ebbf1f0185ef4e98085236684337f2aabc4fa6bbffe1b305: reading manifest sha256:637140d5811ea5f3ebbf1f0185ef4e98085236684337f2aabc4fa6bbffe1b305 in quay.io/okd/scos-content: manifest unknown" image="quay.io/okd/scos-content@sha256:637140d5811ea5f3ebbf1f0185ef4e98085236684337f2aabc4fa6bbffe1b305"',
    source: 'okd-project/okd#2194',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'OKD 4.19 node (CRI-O via the kubelet) after a reboot: the digest the release pinned was no longer in quay.io/okd/scos-content. Not a credential'
  },
  {
    id: 'dev10-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'docker pull quay.io/nordstrom/hello-world',
      'Using default tag: latest',
      'Error response from daemon: manifest for quay.io/nordstrom/hello-world:latest not found: manifest unknown: manifest unknown'
    ),
    source: 'docker-hy/docker-hy.github.io#75',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "course material pulling a Quay image without a tag; the repository has no `latest`, `:2.0` works (the issue's own resolution)"
  },
  {
    id: 'dev10-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: '2019-10-26T20:34:38.673Z\tFATAL\terror in image scan: failed to analyze image: failed to extract files: failed to create the registry client: Get https://quay.io/v2/: http: non-successful response (status=401 body="{\\"error\\": \\"Invalid bearer token format\\"}")',
    source: 'aquasecurity/trivy#229',
    expected: 'unknown',
    note: "needs the thread: Trivy 0.1.x scanning a public Quay image (2019); `docker pull` of the same image works; Trivy's own registry client sent an Authorization header Quay could not parse, and the issue (labelled bug, 'support other registries') was fixed in Trivy. A client defect; no id fits"
  },
  {
    id: 'dev10-harbor-01',
    family: 'harbor',
    host: 'han.lanharbor.com',
    text: 'error="pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials" host=han.lanharbor.com',
    source: 'containerd/containerd#11103',
    expected: 'missing-credentials',
    note: "`ctr i pull` from a self-hosted Harbor (2024); `crictl pull` and `ctr i pull --user ...` of the same image worked: ctr does not read the CRI plugin's registry auth in config.toml, so it sent no credential"
  },
  {
    id: 'dev10-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'ErrImagePull (rpc error: code = Unknown desc = failed to pull and unpack image "harbor.xxxxx.com/tekton-test/tekton-test:gitclone": failed to resolve reference "harbor.xxxxx.com/tekton-test/tekton-test:gitclone": pulling from host harbor.xxxxx.com failed with status code [manifests gitclone]: 401 Unauthorized)',
    source: 'tektoncd/pipeline#6276',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a Tekton task step image in a private Harbor project (2023); the same secret works as a pod's imagePullSecret and public images from the same Harbor pull; the maintainer closes it as a duplicate of tektoncd/pipeline#3604 (the pull secret attached to the TaskRun's service account not used). Host masked in the post; `host` is a placeholder"
  },
  {
    id: 'dev10-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'time="2022-11-02T14:14:56Z" level=fatal msg="Error initializing source docker://registry.xxx.com/ci/xxx-services-predict-labels/main/predict-labels:1.0.0: Error reading manifest 1.0.0 in registry.xxx.com/ci/xxx-services-predict-labels/main/predict-labels: unauthorized: unauthorized to access repository: ci/xxx-services-predict-labels/main/predict-labels, action: pull: unauthorized to access repository: ci/xxx-services-predict-labels/main/predict-labels, action: pull"',
    source: 'goharbor/harbor#17713',
    expected: 'unknown',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: skopeo against Harbor 2.6.1 (a comment on the issue): about 30 % of the pulls with the same credentials failed this way, the rest succeeded, i.e. a registry-side fault, not the credential (a similar thread, goharbor/harbor#18161, traces it to HA nodes not sharing private_key.pem, root.crt and CSRF_KEY). INFERENCE. A log-prefix column (`OL7zY| `) left out; host masked in the post, `host` is a placeholder'
  },
  {
    id: 'dev10-harbor-04',
    family: 'harbor',
    host: '10.0.0.87',
    text: lines(
      '[root@xyh-gitlab ~]# docker push 10.0.0.87/s2i/tomcat:8',
      'The push refers to a repository [10.0.0.87/s2i/tomcat]',
      'error parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx/1.14.2</center>\\r\\n</body>\\r\\n</html>\\r\\n"'
    ),
    source: 'goharbor/harbor#15823',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "push to Harbor 2.2.2 (2021): a local nginx proxy in front of Harbor limited the request body; fixed with client_max_body_size 0 there (Harbor's own nginx already had it). The layer-progress lines between the command and the error are left out"
  },
  {
    id: 'dev10-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      '2023-01-09T10:07:16.200Z        FATAL   image scan error: scan error: unable to initialize a scanner: unable to initialize a docker scanner: 4 errors occurred:',
      '        * unable to inspect the image (private-registry.net/org/container:a77b35e9): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      '        * unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory',
      '        * containerd socket not found: /run/containerd/containerd.sock',
      '        * GET https://private-registry.net/v2/org/container/manifests/a77b35e9: UNAUTHORIZED: unauthorized to access repository: org/container, action: pull: unauthorized to access repository: org/container, action: pull'
    ),
    source: 'aquasecurity/trivy#3401',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: `docker run -e TRIVY_USERNAME=... -e TRIVY_PASSWORD=... aquasec/trivy image ...` (2023); the refusal is Harbor's wording for a pull the request's identity may not make; the reporter made it work by running the container differently (an added `-v`, cut in the stored copy), so the credential did not reach Trivy's registry client. INFERENCE. Host masked by the user, `host` is a Harbor placeholder"
  },
  {
    id: 'dev10-ecr-01',
    family: 'ecr',
    host: '111222333444.dkr.ecr.us-west-2.amazonaws.com',
    text: lines(
      '$ aws ecr get-login-password | docker login --username AWS --password-stdin 111222333444.dkr.ecr.us-west-2.amazonaws.com',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `Post "http://ipc/registry/credstore-updated": dial unix /Users/username/Library/Containers/com.docker.docker/Data/backend.sock: connect: connection refused`'
    ),
    source: 'abiosoft/colima#167',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Colima on macOS with Docker Desktop installed but not running (2022): the docker config still named Desktop\'s `desktop` credential helper, which talks to Desktop\'s backend socket; fixed with `"credsStore": "osxkeychain"`'
  },
  {
    id: 'dev10-ecr-02',
    family: 'ecr',
    host: '840364872350.dkr.ecr.ap-northeast-1.amazonaws.com',
    text: "\"could not get ECR image digest for name='aws-appmesh-envoy', tag='v1.12.1.1-prod', registryId='840364872350'\",\"User: arn:aws:iam::845861764576:user/kane is not authorized to perform: ecr:DescribeImages on resource: arn:aws:ecr:ap-northeast-1:840364872350:repository/aws-appmesh-envoy\"]}",
    source: 'aws/aws-toolkit-jetbrains#1463',
    expected: 'aws-access-denied',
    alsoAcceptable: ['insufficient-scope'],
    note: "AWS Toolkit for JetBrains enabling Cloud Debug on an ECS service with App Mesh (2019): the IAM user may not call ecr:DescribeImages on AWS's App Mesh Envoy repository in another account; the maintainers treated App Mesh support as a feature request. The tail of the posted JSON `errors` array (the earlier items are the tool's own wrapping)"
  },
  {
    id: 'dev10-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `The specified item already exists in the keychain.`',
    source: 'go-to-k/cdkd#438',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`docker login --password-stdin <ecr-endpoint>` run by a CDK deploy tool (2026, PR description quoting the error): the osxkeychain helper held a stale entry for the ECR endpoint and refused the overwrite; recovery `docker logout <endpoint>`. The host is not in the text; `host` is an ECR placeholder'
  },
  {
    id: 'dev10-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'CannotPullECRContainerError: AccessDeniedException: User: arn:aws:sts::...:assumed-role/OvertureTilesCdkStack-OvertureTilesContainer... is not authorized to perform: ecr:GetAuthorizationToken on r',
    source: 'OvertureMaps/overture-tiles#20',
    expected: 'aws-access-denied',
    note: "AWS Batch job from CDK (2024): the role pulling the image lacked ECR permissions; the follow-up PR gives them to the execution role. The stored copy ends mid-word (`on r`); the `...` are the post's; `host` is an ECR placeholder"
  },
  {
    id: 'dev10-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'CannotPullContainerError: inspect image has been retried 1 time(s): failed to resolve ref "xxxxx.xxx": unexpected status code [manifests 6981141]: 403 Forbidden',
    source: 'aws/aws-cdk#14457',
    expected: 'aws-access-denied',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: a CDK FargateService whose creation timed out (2021); the ECS events showed this for the service's image, and the reporter closed it as 'likely due to IAM permissions being incorrectly set' (the task execution role's ECR permissions). INFERENCE: the reference is masked, ECR is inferred from the CDK/ECS setting; `host` is a placeholder"
  },
  {
    id: 'dev10-ecr-06',
    family: 'ecr',
    host: '816841120843.dkr.ecr.us-east-2.amazonaws.com',
    text: 'Error response from daemon: login attempt to https://816841120843.dkr.ecr.us-east-2.amazonaws.com/v2/ failed with status: 400 Bad Request',
    source: 'aws/aws-cli#5950',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the token came from `docker run ... --rm -it amazon/aws-cli:latest ... ecr get-login-password | docker login --username AWS --password-stdin ...` on CircleCI; with `-t` the container's terminal ends the output with CR, so the piped password carries a stray character and ECR answers 400; the maintainer marks it a duplicate of aws/aws-cli#4962 (the password's encoding). INFERENCE from the `-it` in the command"
  },
  {
    id: 'dev10-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'Error response from daemon: Head "https://{account-id}.dkr.ecr.{region}.amazonaws.com/v2/{image-id}": ',
      'no basic auth credentials'
    ),
    source: 'awslabs/amazon-ecr-credential-helper#456',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: "`credsStore: ecr-login` configured and docker-credential-ecr-login on PATH (2022); no ~/.ecr log was written, i.e. docker sent the pull with no credential (it worked only under strace); open issue, cause not found. Placeholders are the post's; `host` is an ECR placeholder"
  },
  {
    id: 'dev10-gar-01',
    family: 'gar',
    host: 'us-west2-docker.pkg.dev',
    text: '{"grpc.code":"Unknown","grpc.component":"server","grpc.error":"failed to resolve revision \\"latest\\": cannot get digest for revision latest: HEAD \\"https://us-west2-docker.pkg.dev/v2/PROJECT/app-config/all-configs/manifests/latest\\": GET \\"https://us-west2-docker.pkg.dev/v2/token?scope=repository%3APROJECT%2Fapp-config%2Fall-configs%3Apull\\u0026service=us-west2-docker.pkg.dev\\": response status code 403: denied: Unauthenticated request. Unauthenticated requests do not have permission \\"artifactregistry.repositories.downloadArtifacts\\" on resource \\"projects/PROJECT/locations/us-west2/repositories/app-config\\" (or it may not exist)","grpc.method":"GenerateManifest","grpc.method_type":"unary","grpc.request.deadline":"2026-02-05T19:28:23Z","grpc.service":"repository.RepoServerService","grpc.start_time":"2026-02-05T19:27:23Z","grpc.time_ms":"195.391","level":"error","msg":"finished call","peer.address":"10.136.6.36:56072","protocol":"grpc","time":"2026-02-05T19:27:24Z"}',
    source: 'argoproj/argo-cd#26260',
    expected: 'missing-credentials',
    note: "Argo CD repo-server (2026, a comment on the issue): the OCI repository was added with credentials and tested green, but generating the application's manifests did not use them, so the request reached Artifact Registry unauthenticated. The first of the repeated log lines"
  },
  {
    id: 'dev10-gar-02',
    family: 'gar',
    host: 'europe-west6-docker.pkg.dev',
    text: '2022-06-27T17:21:41.655Z error HelmChart/chart-name.flux-system - Reconciler error chart pull error: chart pull error: failed to get chart version for remote reference: GET "https://europe-west6-docker.pkg.dev/v2/gcp-project-name/artifact-registry-name/chart-name/tags/list": GET "https://europe-west6-docker.pkg.dev/v2/token?scope=repository%3Agcp-project-name%2Fartifact-registry-name%2Fchart-name%3Apull&service=europe-west6-docker.pkg.dev": unexpected status code 403: denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/project-name/locations/europe-west6/repositories/artifact-registry-name" (or it may not exist)',
    source: 'fluxcd/source-controller#798',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Flux OCI HelmRepository on GKE (2022); a maintainer: OCI HelmRepository did not auto-login with the node's or workload identity then, so source-controller sent no credential; pass a secretRef (e.g. a CronJob-refreshed access token)"
  },
  {
    id: 'dev10-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      ' Google Cloud Run Service Agent service-PR_NUMBER@serverless-robot-prod.iam.gserviceaccount.com must have permission to ',
      ' read the image, gcr.io/endpoints-release/endpoints-runtime:2. Ensure that the provided container image URL is correct and that ',
      ' the above account has permission to access the image. If you just enabled the Cloud Run API, the permissions might take a few ',
      ' minutes to propagate. Note that the image is from project [endpoints-release], which is not the same as this project'
    ),
    source: 'GoogleCloudPlatform/esp-v2#923',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Google's public ESPv2 release images in gcr.io/endpoints-release became unreadable for everyone in Aug 2024 (docker pull got `Permission \"artifactregistry.repositories.downloadArtifacts\" denied`); fixed on the publisher's side (esp-v2#924). Nothing the user's credential could fix; the closest id is an image that cannot be read"
  },
  {
    id: 'dev10-gar-04',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: "Failed. Details: Image 'us-docker.pkg.dev/cloudrun/container/mcp.' not found.",
    source: 'GoogleCloudPlatform/cloud-run-mcp#25',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'a Cloud Run deploy (2025); the maintainer: the image exists and pulls anonymously; the reference in the error ends with a stray `.`. INFERENCE on the cause from the text'
  },
  {
    id: 'dev10-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: "error parsing HTTP 412 response body: invalid character 'C' looking for beginning of value: \"Container Registry is deprecated and shutting down, please use the auto migration tool to migrate to Artifact Registry (gcloud artifacts docker upgrade migrate --projects='datasette-222320'). For more details see: https://cloud.google.com/artifact-registry/docs/transition/auto-migrate-gcr-ar\"",
    source: 'simonw/museums#44',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'gcr-shutdown',
    note: 'a Cloud Build push to gcr.io in Aug 2025 (quoted in a comment): Container Registry is shut down for the project; the remedy is migrating to Artifact Registry, not a credential'
  },
  {
    id: 'dev10-gar-06',
    family: 'gar',
    host: 'europe-west1-docker.pkg.dev',
    text: lines(
      'PUSH',
      'Pushing europe-west1-docker.pkg.dev/***-***-***/containers/server',
      'The push refers to repository [europe-west1-docker.pkg.dev/***-***-***/containers/server]',
      '...',
      'name unknown: Repository "containers" not found'
    ),
    source: 'GoogleCloudPlatform/avocano#412',
    expected: 'repository-not-found',
    note: "`gcloud builds submit` of a sample app (2023): the Artifact Registry repository `containers` had not been created; the maintainer's workaround is `gcloud artifacts repositories create containers`. The `...` and `***` are the post's"
  },
  {
    id: 'dev10-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "(InvalidParameterValueInContainerTemplate) The following field(s) are either invalid or missing. Field 'template.containers.appName-fe.image' is invalid with details: 'Invalid value: \"[acr].azurecr.io/full-name-fe:aca-deploy\": GET https:?scope=repository%3Afull-name-fe%3Apull&service=[acr].azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.';.",
    source: 'Azure/container-apps-deploy-action#50',
    expected: 'missing-credentials',
    note: "Azure/container-apps-deploy-action (2023): the action's `az containerapp create` passed no `--registry-server`, so the container app had no credential for the registry; the `docker login` on the runner does not reach it (the issue's title). Registry masked as `[acr]` in the post; `host` is a placeholder"
  },
  {
    id: 'dev10-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'The following field(s) are either invalid or missing. Invalid value: "/albumapp-ui": GET https:: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:albumapp-ui Type:repository]]: template.containers.album-ui.image.',
    source: 'MicrosoftDocs/azure-docs#96888',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "a docs PR (2022): in the tutorial's `az containerapp create`, `--image $ACR_NAME.azurecr.io/albumapp-ui` without quotes lost its registry part, so the image became `/albumapp-ui`; fix: quote the image. The registry host is empty in the text; `host` is a placeholder"
  },
  {
    id: 'dev10-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error details: Code: 90712, ExtendedCode: 90712, Message: Error pulling the container image. Please check the image name or any registry credentials to access if required..',
    source: 'microsoft/azure-container-apps#50',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: creating a container app from a private ACR in an Azure DevOps release (2021); the reporter: the service principal's permissions; passing the ACR admin user (or a service principal with AcrPull) as registry credentials in the create/update command fixed it. The host is not in the text; `host` is a placeholder"
  },
  {
    id: 'dev10-acr-04',
    family: 'acr',
    host: 'myhelmrepo.azurecr.io',
    text: lines(
      '$ kubectl -n flux get helmrepository myhelmrepo',
      'myhelmrepo            oci://myhelmrepo.azurecr.io/helm             17h    False   failed to get credential from azure: DefaultAzureCredential: failed to acquire a token....'
    ),
    source: 'fluxcd/source-controller#898',
    expected: 'missing-credentials',
    note: "Flux OCI HelmRepository with `provider: azure` on AKS (2022): the kubelet's managed identity could pull images, but source-controller found no Azure identity it could use, so it had no credential for ACR (later guidance: give the controller the kubelet identity's AZURE_CLIENT_ID, or workload identity)"
  },
  {
    id: 'dev10-acr-05',
    family: 'acr',
    host: 'gbsfinapdev.azurecr.io',
    text: lines(
      '2020-02-27 20:26:50.967 INFO  - Pulling image: gbsfinapdev.azurecr.io/ap-fds-otl-claimrefid:113127',
      '2020-02-27 20:26:51.098 ERROR - DockerApiException: Docker API responded with status code=NotFound, response={"message":"manifest for gbsfinapdev.azurecr.io/ap-fds-otl-claimrefid:113127 not found: manifest unknown: manifest unknown"}',
      '',
      '2020-02-27 20:26:51.099 ERROR - Pulling docker image gbsfinapdev.azurecr.io/ap-fds-otl-claimrefid:113127 failed:',
      '2020-02-27 20:26:51.100 INFO  - Pulling image from Docker hub: gbsfinapdev.azurecr.io/ap-fds-otl-claimrefid:113127',
      '2020-02-27 20:26:51.124 ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://gbsfinapdev.azurecr.io/v2/ap-fds-otl-claimrefid/manifests/113127: unauthorized: authentication required"}'
    ),
    source: 'Azure/acr#124',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "App Service container log (a comment on the issue): the tag was not in the registry; App Service then retries without the registry credential and reports `unauthorized`, which others in the thread call misleading (one: 'I didn't publish latest tag to the ACR')"
  },
  {
    id: 'dev10-acr-06',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'Pulling image from Docker hub: ****.azurecr.io/microsoft/azuretre/api:dev\t',
      '',
      'DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://****.azurecr.io/v2/microsoft/azuretre/api/manifests/dev: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."}',
      '',
      'Image pull failed: Verify docker image configuration and credentials (if using private repository)'
    ),
    source: 'microsoft/AzureTRE#924',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: App Service pulling the TRE API image from ACR (2021); App Service's `Pulling image from Docker hub:` path is its pull without the registry credential, and the project's earlier fix for the same symptom (microsoft/AzureTRE#648) was setting acr_use_managed_identity_credentials=true. INFERENCE; the issue stays open. Registry masked in the post; `host` is a placeholder"
  },
  {
    id: 'dev10-acr-07',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Failed to provision revision for container app '--------'. Error details: The following field(s) are either invalid or missing. Field 'template.containers.--------.image' is invalid with details: 'Invalid value: \"+++++++++.azurecr.io/api:latest\": GET https:: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.; [map[Action:pull Name:api Type:repository]]';.. (Code: ContainerAppOperationError)",
    source:
      'https://sg.midjourney.stayreal.io/en-us/answers/questions/5814504/failed-to-provision-revision-for-container-app-bec',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a Microsoft Q&A question (2026, a mirror of learn.microsoft.com/answers); the user had AcrPull assigned; the only answer (AI-generated) says the app is not set to pull with that identity, or ACR does not accept ARM tokens (authentication-as-arm). INFERENCE, no confirmed fix. Names masked in the post; `host` is a placeholder'
  },
  {
    id: 'dev10-generic-01',
    family: 'generic',
    host: 'container-registry.console.klovercloud.io',
    text: 'failed to create task run pod "app-builder5fc89e3fdbf91600010d0012-task-run": translating TaskSpec to Pod: error getting image manifest: GET https://container-registry.console.klovercloud.io/v2/superapp-dxi1zsmt-c12u4ujw/repo/manifests/bf28cf28b5463f51e67c8ab951b41a19c6bf6029: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:superapp-dxi1zsmt-c12u4ujw/repo Type:repository]]. Maybe missing or invalid Task tekton/app-builder5fc89e3fdbf91600010d0012',
    source: 'tektoncd/pipeline#3604',
    expected: 'missing-credentials',
    note: "Tekton controller (2020): it reads the step image's manifest itself to find the entrypoint, and did not use the imagePullSecret attached to the TaskRun's service account (maintainer: a bug), so it asked the private registry without a credential"
  },
  {
    id: 'dev10-generic-02',
    family: 'generic',
    host: 'registry.aquasec.com',
    text: lines(
      '* GET https://registry.aquasec.com/v2/gateway/manifests/2022.4: unexpected status code 401 Unauthorized: <html>',
      '<head><title>401 Authorization Required</title></head>',
      '<body>',
      '<center><h1>401 Authorization Required</h1></center>',
      '<hr><center>openresty/1.19.9.1</center>',
      '</body>',
      '</html>'
    ),
    source: 'aquasecurity/trivy#2604',
    expected: 'missing-credentials',
    note: "`trivy image` of an image in a private registry the reporter says they had not logged in to (2022); the registry's openresty answers 401 with an HTML page. One item of Trivy's four-error list"
  },
  {
    id: 'dev10-generic-03',
    family: 'generic',
    host: 'dp.apps.rancher.io',
    text: lines(
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `pass not initialized: exit status 1: Error: password store is empty. Try "pass init".`'
    ),
    source: 'rancher-sandbox/rancher-desktop#8910',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "a Rancher Desktop extension running `docker login` on Linux (2025): the `pass` credential helper had no initialized store in the extension's environment; the same command in a terminal worked. Decoded from the JSON `stderr` field the post shows"
  },
  {
    id: 'dev10-generic-04',
    family: 'generic',
    host: 'git.my.domain',
    text: lines(
      '$ podman push git.my.domain/org/repo:latest',
      'Getting image source signatures',
      'Copying config aedda0f877 done  ',
      'Writing manifest to image destination',
      'Error: writing manifest: uploading manifest latest to git.my.domain/org/repo: unauthorized: authentication required'
    ),
    source: 'go-gitea/gitea#19986',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Gitea's container registry (2022): a CI account in an organisation team with Packages = Write could upload blobs but not the manifest unless every other unit of the team was Write too, a permission check Gitea fixed (type/bug); the text reads as a missing login. The repeated `Copying blob ... skipped: already exists` lines are left out"
  },
  {
    id: 'dev10-generic-05',
    family: 'generic',
    host: 'myociregistry.com',
    text: lines(
      'STDERR:',
      '  Error: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
      '',
      'COMBINED OUTPUT:',
      '  0.4.0: Pulling from myociregistry.com/day-zero-resource',
      '  Error: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden]'
    ),
    source: 'roboll/helmfile#1685',
    expected: 'missing-credentials',
    note: "`helmfile destroy` (2021) pulled an OCI chart without first running `helm registry login` with the repository's username and password from helmfile.yaml (other helmfile commands log in)"
  },
  {
    id: 'dev10-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ podman login docker.io',
      'Username: bviktor',
      'Password:',
      'Error: error logging into "docker.io": invalid username/password'
    ),
    source: 'podman-container-tools/podman#18459',
    expected: 'password-with-2fa',
    alsoAcceptable: ['pat-required', 'invalid-credentials'],
    note: 'needs the thread: a Docker Hub account with two-factor authentication (2023); docker answers the same password with `please use personal access token to login`, podman only with invalid username/password; an access token worked'
  },
  {
    id: 'dev10-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Failed to pull image "prom/memcached-exporter:v0.15.0": failed to pull and unpack image "docker.io/prom/memcached-exporter:v0.15.0": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/prom/memcached-exporter/manifests/sha256:bb01ad25e9fcf0630cbae9c091a7687bca7fc0c7869912d98d95a6887b9eb599: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source: 'suxess-it/kubriX#1075',
    expected: 'rate-limited',
    note: 'kubelet/containerd in a kind-based platform install (2025); the fix planned is authenticated pulls'
  },
  {
    id: 'dev10-docker-hub-03',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: lines(
      'ts=2020-03-04T13:39:57.418286124Z caller=rate_limiter.go:71 component=ratelimiter info="reducing rate limit" host=index.docker.io limit=25.00',
      'ts=2020-03-04T13:39:57.418414366Z caller=warming.go:180 component=warmer canonical_name=index.docker.io/fluxcd/flux auth={map[]} err="requesting tags: Get https://index.docker.io/v2/fluxcd/flux/tags/list: error parsing HTTP 429 response body: invalid character \'T\' looking for beginning of value: \\"Too Many Requests (HAP429).\\\\n\\""'
    ),
    source: 'fluxcd/flux#2893',
    expected: 'rate-limited',
    note: "Flux v1's image cache warmer listing tags on Docker Hub without a login (`auth={map[]}`, 2020): Docker Hub's front end answered 429 with a plain-text body"
  },
  {
    id: 'dev10-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: lines(
      'Error: signing [cosign docker.io/...../nginx:latest]: accessing entity: GET https://index.docker.io/v2/library/cosign/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/cosign Type:repository]]',
      'main.go:74: error during command execution: signing [cosign docker.io/....../nginx:latest]: accessing entity: GET https://index.docker.io/v2/library/cosign/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/cosign Type:repository]]'
    ),
    source: 'sigstore/cosign#3173',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "`cosign sign --key cosign.key cosign docker.io/...` (2023): the stray word `cosign` was taken as the image, i.e. docker.io/library/cosign, which does not exist (Docker Hub answers a missing repository with 401); a commenter guessed a namespace permission. The dots are the post's masking"
  },
  {
    id: 'dev10-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: lines(
      'ctr image pull docker.io/user/image:tag',
      'docker.io/israfilbat22/insight-dashboard-service:desco-v1: resolving |--------------------------------------|',
      'elapsed: 1.9 s total: 0.0 B (0.0 B/s)',
      'INFO[0002] trying next host error="pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed" host=registry-1.docker.io',
      'ctr: failed to resolve reference "docker.io/user/image:tag": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed....'
    ),
    source: 'containerd/containerd#8612',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a private Docker Hub repository with credentials in containerd's config.toml (a comment on the issue, 2023); `ctr` does not use the CRI plugin's registry configuration (maintainers here and in containerd/cri#1214), so it pulled anonymously. The comment's greeting left out"
  },
  {
    id: 'dev10-docker-hub-06',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: lines(
      'clone-build-push-rundqgdl-build-push-pod step-build-and-push error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated co',
      'rrectly, and try again: checking push permission for "tampler/tekton-app:v0.0.1": POST https://index.docker.io/v2/tampler/tekton-app/blobs/uploads/: UNAUTHORIZED: authentica',
      'tion required; [map[Action:pull Class: Name:tampler/tekton-app Type:repository] map[Action:push Class: Name:tampler/tekton-app Type:repository]]'
    ),
    source: 'tektoncd/pipeline#7453',
    expected: 'missing-credentials',
    note: 'kaniko in a Tekton pipeline from the tutorial (2023): the docker-registry secret was mounted with its key `.dockerconfigjson`, but kaniko reads `config.json`, so it pushed with no credential; mapping the key to `config.json` fixed it. Hard wraps as posted'
  },
  {
    id: 'dev10-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "The following field(s) are either invalid or missing. Field 'template.containers.mywebsite-web-server.image' is invalid with details: 'Invalid value: \"docker.io/docker.io/myimage:latest\": GET https:: UNAUTHORIZED: authentication required';. (Code: InvalidParameterValueInContainerTemplate)",
    source: 'microsoft/azure-container-apps#352',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: Azure Container Apps with a private Docker Hub image (a comment, 2023): with the registry login server given as `docker.io` the app had no credential for the host it pulled from; giving `registry.hub.docker.com` as the registry server fixed it (confirmed by another user in 2024)'
  },
  {
    id: 'dev10-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '2020-02-24T22:33:32.757Z\tFATAL\terror in image scan: failed to analyze image: failed to extract files: failed to get the v2 manifest: Get https://registry-1.docker.io/v2/library/app/manifests/bcb96587: http: non-successful response (status=401 body="{\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"authentication required\\",\\"detail\\":[{\\"Type\\":\\"repository\\",\\"Class\\":\\"\\",\\"Name\\":\\"library/app\\",\\"Action\\":\\"pull\\"}]}]}\\n")',
    source: 'aquasecurity/trivy#417',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the image `app` existed only in the local Docker on Travis CI; Trivy could not use the docker socket there and looked for docker.io/library/app, which does not exist'
  },
  {
    id: 'dev10-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ docker login',
      "Login with your Docker ID to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com to create one.",
      'Username: thehejik',
      'Password: ',
      'Error saving credentials: error storing credentials - err: exec: "docker-credential-pass": executable file not found in $PATH, out: ``'
    ),
    source: 'rancher-sandbox/rancher-desktop#2893',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Rancher Desktop (moby) on openSUSE (2022): the docker config Rancher Desktop wrote names the `pass` helper, whose binary was not installed'
  },
  {
    id: 'dev10-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ skopeo --override-os=linux inspect docker://docker.io/certbot',
      'FATA[0000] Error parsing image name "docker://docker.io/certbot": Error reading manifest latest in docker.io/library/certbot: errors:',
      'denied: requested access to the resource is denied',
      'unauthorized: authentication required'
    ),
    source: 'podman-container-tools/skopeo#897',
    expected: 'repository-not-found',
    note: "`docker.io/certbot` means docker.io/library/certbot, which does not exist; the image is certbot/certbot (the reporter's link). Docker Hub answers a missing repository with denied/unauthorized"
  },
  {
    id: 'dev10-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Warning  Failed     2m29s                kubelet            Failed to pull image "busybox:1.34.1": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/busybox:1.34.1": failed to resolve reference "docker.io/library/busybox:1.34.1": failed to do request: Head "https://registry-1.docker.io/v2/library/busybox/manifests/1.34.1": dial tcp 3.94.224.37:443: i/o timeout',
    source: 'kubeflow/kfp-tekton#1512',
    expected: 'registry-unreachable',
    note: 'Kubeflow Pipelines on Tekton in a cluster that pulls everything from a private registry (2025): helper step images still pointed at docker.io, which the nodes cannot reach. Leading spaces of the event line trimmed'
  },
  {
    id: 'dev10-not-login-02',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: lines(
      '❯ docker pull ubuntu',
      'Using default tag: latest',
      'latest: Pulling from library/ubuntu',
      'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/e1/e149199029d15548c4f6d2666e88879360381a2be8a1b747412e3fe91fb1d19d/data?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED%2F20251026%2Fauto%2Fs3%2Faws4_request&X-Amz-Date=20251026T103346Z&X-Amz-Expires=1200&X-Amz-SignedHeaders=host&X-Amz-Signature=REDACTED": dial tcp: lookup docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com on 192.168.5.1:53: no such host'
    ),
    source: 'abiosoft/colima#1437',
    expected: 'registry-unreachable',
    note: "Colima on a Mac mini (2025): the manifest came through, but Colima's VM resolver (192.168.5.1) could not resolve Docker Hub's blob storage host on Cloudflare R2. The presigned URL's credential id and signature are replaced with REDACTED"
  },
  {
    id: 'dev10-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      '❯ docker pull goreleaser/goreleaser:latest',
      'latest: Pulling from goreleaser/goreleaser',
      'no matching manifest for linux/amd64 in the manifest list entries',
      '',
      '❯ docker pull ghcr.io/goreleaser/goreleaser:latest',
      'latest: Pulling from goreleaser/goreleaser',
      'no matching manifest for linux/amd64 in the manifest list entries'
    ),
    source: 'goreleaser/goreleaser#1989',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'a release published a manifest list without linux/amd64 on both Docker Hub and GHCR (2021); the maintainer fixed the release'
  },
  {
    id: 'dev10-not-login-04',
    family: 'not-login',
    host: 'vlab048011.dom047600.lab:5000',
    text: 'FATA[0000] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "vlab048011.dom047600.lab:5000/myjenkins:latest": failed to resolve reference "vlab048011.dom047600.lab:5000/myjenkins:latest": failed to do request: Head https://vlab048011.dom047600.lab:5000/v2/myjenkins/manifests/latest: http: server gave HTTP response to HTTPS client',
    source: 'containerd/containerd#4938',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "crictl pull from a plain-HTTP registry (2021) that containerd's CRI registry configuration did not mark as HTTP; a transport mismatch, not a credential"
  },
  {
    id: 'dev10-not-login-05',
    family: 'not-login',
    host: 'quay.io',
    text: lines(
      '[akalenyu@localhost ocs-test]$ docker pull quay.io/fedora/fedora@sha256:59a4488599eb5c28cfc1695c4d9956fb2734a08be94d86269375cb68fc3c2406',
      'Error response from daemon: manifest for quay.io/fedora/fedora@sha256:59a4488599eb5c28cfc1695c4d9956fb2734a08be94d86269375cb68fc3c2406 not found: manifest unknown: manifest unknown'
    ),
    source: 'kubevirt/containerized-data-importer#2038',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'a test pinned a Fedora image digest that Quay no longer serves (2021); the PR updates the digest. Not a credential'
  },
  {
    id: 'dev10-not-login-06',
    family: 'not-login',
    host: 'hub-mirror.c.163.com',
    text: lines(
      'nerdctl --insecure-registry pull hub-mirror.c.163.com/rancher/rancher',
      'WARN[0000] skipping verifying HTTPS certs for "hub-mirror.c.163.com"',
      'FATA[0000] failed to resolve reference "hub-mirror.c.163.com/rancher/rancher:latest": unexpected status from HEAD request to https://hub-mirror.c.163.com/v2/rancher/rancher/manifests/latest: 403 Forbidden'
    ),
    source: 'containerd/nerdctl#2148',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a public Docker Hub mirror that answered 403 to this user's pulls (Rancher Desktop, 2023); the maintainers could pull and suggest a network problem on the user's side or another mirror; no credential is involved. INFERENCE"
  },
  {
    id: 'dev10-not-login-07',
    family: 'not-login',
    host: 'artifactory.deshaw.com',
    text: lines(
      '2024-04-16T13:46:20.230Z        FATAL   image scan error: scan error: unable to initialize a scanner: unable to initialize a remote image scanner: 6 errors occurred:',
      '        * docker error: unable to inspect the image (artifactory.deshaw.com/k8s-qa/cdnqa:59bcf02): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      '        * containerd error: containerd socket not found: /run/containerd/containerd.sock',
      '        * podman error: unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory',
      '        * remote error: Get "https://artifactory.deshaw.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      '        * remote error: Get "https://artifactory.deshaw.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      '        * remote error: Get "https://artifactory.deshaw.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority'
    ),
    source: 'aquasecurity/trivy-operator#1885',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "trivy-operator scan job against an internal Artifactory (2024; the issue's title speaks of authentication, this comment's output is TLS): the scan pod does not trust the company CA. The trailing empty `* ` item left out"
  }
]

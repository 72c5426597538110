/**
 * A seventeenth development set of real registry error texts ("dev17"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventeenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1277
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV17: readonly RealText[] = [
  {
    id: 'dev17-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/dealii/dealii:master-jammy-amd64: unexpected status from HEAD request to https://ghcr.io/v2/dealii/dealii/blobs/sha256:9cb31e2e37eab1bff50f727e979fcacb509e225fb853433a6fe21d2fb34e6305: 403 Forbidden',
    source: 'dealii/docker-files#62',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'needs the thread: the workflow of the dealii/docker-files repository pushed with its own token to ghcr.io/dealii/dealii, a package of another repository of the organisation; the reviewer points out that pushing under ghcr.io/${{ github.repository }} would work, so the token had no write on that package. INFERENCE: the PR stopped pushing to GHCR instead of granting the repository access, so no fix is confirmed'
  },
  {
    id: 'dev17-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/seanmorley15/adventurelog-frontend/manifests/latest": denied: denied',
    source: 'seanmorley15/AdventureLog#405',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `docker compose up` of the project's documented compose file; the maintainer says both images are public and suggests `docker logout ghcr.io`, and the reporter answers that this was it, so a stored GHCR login broke a public pull. The text alone cannot tell a stale login from a private package. The compose progress lines above the daemon's error are left out"
  },
  {
    id: 'dev17-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling geth (ghcr.io/covalenthq/bsp-geth:latest)...\nERROR: Head "https://ghcr.io/v2/covalenthq/bsp-geth/manifests/latest": unauthorized',
    source: 'covalenthq/bsp-agent#43',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: docker-compose (v1) pulling the stack of an operator guide without a login; the maintainer answers that the `bsp-geth` package had to be made public and did so. The Docker Hub pulls above it are left out'
  },
  {
    id: 'dev17-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: Unable to push image\n\nCaused by:\n    Server error: url https://ghcr.io/v2/<username>/<some name>/blobs/uploads/, code: 401, message: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}',
    source: 'bytecodealliance/wasm-pkg-tools#145',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: `wkg oci push` after a successful `docker login ghcr.io` in Windows PowerShell, while the same steps work in WSL; the maintainer suspects how the docker_credential crate reads the Windows credential store and suggests WKG_OCI_USERNAME/WKG_OCI_PASSWORD as a workaround, so the tool held a login it did not send. INFERENCE: the issue is open. Masking (`<username>`, `<some name>`) as posted'
  },
  {
    id: 'dev17-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'push access denied, repository does not exist or may require authorization\nserver message: insufficient_scope: authorization failed',
    source: 'Dokploy/dokploy#4293',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: Dokploy pushes to registry.gitlab.com/<group>/<app-name>-<random suffix>, a path under no GitLab project, and GitLab only takes pushes under an existing project path (the OAuth request asks for `repository:<username>/<app-name>-<random>:pull,push`). INFERENCE: the issue is open; the reporter diagnosed it. The two log lines are copied from the post, where they stand under "Logs"'
  },
  {
    id: 'dev17-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Pushing registry.gitlab.com/projectgroup/master_placeholder-master_placeholder:20180222033022...\nThe push refers to repository [registry.gitlab.com/projectgroup/master_placeholder-master_placeholder]\nPreparing\ndenied: requested access to the resource is denied',
    source: 'ansible/ansible-container#893',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: `ansible-container push --push-to gitlab` names the image `<project>-<service>` under the group, registry.gitlab.com/projectgroup/master_placeholder-master_placeholder, which is no GitLab project path. INFERENCE: the issue is open with no answer; the conductor had the docker config mounted, so the path rather than the login is the likely cause. The conductor traceback below is left out; names as posted'
  },
  {
    id: 'dev17-gitlab-03',
    family: 'gitlab',
    host: 'registry.example.com',
    text: '$ docker login registry.example.com\nUsername: root\nPassword:\nError response from daemon: login attempt to https://registry.example.com/v2/ failed with status: 404 Not Found',
    source: 'ambroisemaupate/docker-server-env#2',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "needs the thread: a GitLab container registry set up from the repository's GitLab/Traefik example; the reporter says registry.example.com stands for his real domain, and the maintainer asks whether it is the GitLab registry and whether the registry port and proxy are right. A 404 on /v2/ means the address does not answer as a registry. INFERENCE: no fix is posted. The host is the post's own placeholder"
  },
  {
    id: 'dev17-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: "Unable to find image 'quay.io/kubevirtci/hco-test-build:v20210324-ade7f27' locally\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized.",
    source: 'kubevirt/hyperconverged-cluster-operator#1202',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a Prow CI job pulling a freshly pushed test image without Quay credentials; the maintainer answers that the image is there but private, to be made public or the job given credentials'
  },
  {
    id: 'dev17-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: "$ docker run quay.io/bitnami/nginx:1.14\nUnable to find image 'quay.io/bitnami/nginx:1.14' locally\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized.\nSee 'docker run --help'.",
    source: 'confidential-containers/operator#32',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the image of the project's demo deployment; a maintainer answers that it has recently been removed or made private, and the demo was switched to another image"
  },
  {
    id: 'dev17-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/kiegroup/process-business-rules-quarkus:latest": rpc error: code = Unknown desc = Error response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'apache/incubator-kie-kogito-operator#759',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the Kogito operator pulled the custom service from its default image namespace (quay.io/kiegroup) instead of the quay.io/status-im image the user built, so the name it asked for does not exist. INFERENCE: the stored copy shows the question, not the answer'
  },
  {
    id: 'dev17-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'com.github.dockerjava.api.exception.InternalServerErrorException: {"message":"Get https://quay.io/v2/testcontainers/ryuk/manifests/0.2.2: unauthorized: Invalid Username or Password"}',
    source: 'testcontainers/testcontainers-java#645',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Testcontainers 1.10 pulling its public Ryuk image; the image is public, yet a credential was sent and refused, so a stored login broke a public pull. INFERENCE: the stored copy shows no confirmed fix; in testcontainers/testcontainers-java#1711 a maintainer explains that the auth lookup had fallen back on the user's default (index.docker.io) credentials, which should not go to quay.io. The comment's first line (timestamp, thread) is left out; the text is the exception line"
  },
  {
    id: 'dev17-harbor-01',
    family: 'harbor',
    host: 'harbor.example.net',
    text: 'Starting container harbor.example.net/foo/bar:latest\n  image cache not found on this host, downloading harbor.example.net/foo/bar:latest\nError:\nError response from daemon: unauthorized: unauthorized to access repository: foo/bar, action: pull: unauthorized to access repository: foo/bar, action: pull',
    source: 'CircleCI-Public/circleci-cli#1033',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `circleci local execute` of a job whose image is on a private Harbor project; the same image is pulled after a docker login, but the CLI's pull does not send the stored credential. INFERENCE: the issue is open (labelled bug). Host and names are the post's own placeholders; the trailing space after `Error:` is trimmed"
  },
  {
    id: 'dev17-harbor-02',
    family: 'harbor',
    host: 'harbor.mydomain',
    text: '===> ANALYZING\n[analyzer] ERROR: failed to initialize analyzer: validating registry read access: ensure registry read access to harbor.mydomain/cache/test:latest\nERROR: failed to build: executing lifecycle: failed with status code: 1',
    source: 'buildpacks/pack#1991',
    expected: 'missing-credentials',
    note: "needs the thread: `pack build --publish --cache-image` against a remote Docker daemon (DOCKER_HOST over TCP) with a Harbor robot account that docker push and pull accept; the lifecycle container does not get the client's registry credential on this path. INFERENCE: the issue is open. Host as posted"
  },
  {
    id: 'dev17-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Detected registry credentials\n\nError response from daemon: Get "https://harbor.example.com/v2/": unauthorized: authentication required\n\ntime="2023-11-22T15:22:05Z" level=fatal msg="error authenticating: exit status 1"',
    source: 'woodpecker-ci/woodpecker#2859',
    expected: 'invalid-credentials',
    note: "the plugins/docker step of a Woodpecker pipeline logs in to Harbor with a project robot account from two secrets and the login itself is refused. INFERENCE: the issue is open with no answer; robot names contain `$`, which secrets and shells often mangle, so the credential that arrived was likely not the one created. Host is the post's own placeholder"
  },
  {
    id: 'dev17-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'com.github.dockerjava.api.exception.InternalServerErrorException: {"message":"Get https://REPOID.dkr.ecr.eu-west-1.amazonaws.com/v2/IMAGENAME/manifests/IMAGETAG: no basic auth credentials"}',
    source: 'testcontainers/testcontainers-java#820',
    expected: 'missing-credentials',
    note: 'needs the thread: quoted in the thread from #836 (quote prefix trimmed): after `eval $(aws ecr get-login --no-include-email)` the config.json holds an `auth` entry for the ECR host, but Testcontainers 1.8.x did not read `auth` entries, so it pulled without the credential it had (works with 1.8.0; a PR was drafted to fix the lookup). Masking (REPOID, IMAGENAME, IMAGETAG) as posted; `host` is a placeholder ECR host'
  },
  {
    id: 'dev17-ecr-02',
    family: 'ecr',
    host: '203834682469.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Pulling repository 203834682469.dkr.ecr.us-west-2.amazonaws.com/thetalake/python-3.5-opencv-3.2\nunauthorized: authentication required',
    source: 'Shippable/support#3851',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Shippable's ECR integration had no `region`, so it logged in to the default us-east-1 registry while the build image is in us-west-2; adding `region: us-west-2` fixed it (confirmed by the reporter)"
  },
  {
    id: 'dev17-ecr-03',
    family: 'ecr',
    host: 'myregistryid.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Post https://myregistryid.dkr.ecr.us-east-1.amazonaws.com/v2/myregistryname/blobs/uploads/: no basic auth credentials',
    source: 'Shippable/support#2543',
    expected: 'missing-credentials',
    note: "needs the thread: a Shippable push step with an ECR integration marked `agent_only: true`, which keeps the credential on the build agent and out of the push. INFERENCE: the stored copy shows no answer; in Shippable/support#2853 and #3082 the same error with `agent_only: true` was fixed by removing it. Host is the post's own placeholder"
  },
  {
    id: 'dev17-ecr-04',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "Build Failed\nError: VaporHelloWorld failed to build: invalid from flag value public.ecr.aws/awsguru/aws-lambda-adapter:0.6.1: pull access denied for public.ecr.aws/awsguru/aws-lambda-adapter, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'aws/aws-lambda-web-adapter#124',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: '`sam build` with a Dockerfile that copies from a public ECR Public image; an expired public.ecr.aws login was sent (logging in to a private ECR registry did not help). The reporter fixed it with `aws ecr-public get-login-password ... | docker login public.ecr.aws`; `docker logout public.ecr.aws` would do too'
  },
  {
    id: 'dev17-gar-01',
    family: 'gar',
    host: 'asia-northeast1-docker.pkg.dev',
    text: 'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/{プロジェクト ID}/locations/asia-northeast1/repositories/container-image-repo" (or it may not exist)',
    source: 'google-cloud-japan/sa-ml-workshop#54',
    expected: 'insufficient-scope',
    note: "`gcloud builds submit --tag` of a book's tutorial: the Cloud Build service account could not write to the repository. The reporter fixed it by granting roles/artifactregistry.writer; the maintainer found that waiting a minute or two after creating the repository also avoids it. Masking (`{プロジェクト ID}`) as posted; `host` is derived from the location in the text"
  },
  {
    id: 'dev17-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "$ pack build jldec/java-hello:vp1 --builder $PFS_BUILDER_IMAGE --path .\n2018/11/25 17:33:50 Using user provided builder image 'gcr.io/cf-spring-pfs-release/projectriff-builder-a527160a809f5f8d339af74b304e6c46:0.0.1-snapshot-ci-31a4547a8f07'\n2018/11/25 17:33:50 Pulling builder image 'gcr.io/cf-spring-pfs-release/projectriff-builder-a527160a809f5f8d339af74b304e6c46:0.0.1-snapshot-ci-31a4547a8f07' (use --no-pull flag to skip this step)\nError: Error response from daemon: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'buildpacks/pack#74',
    expected: 'missing-credentials',
    note: "needs the thread: pack pulled a private GCR builder through the daemon API without the credential that docker's gcloud credential helper provides (`docker pull` of the same image works). INFERENCE: the issue is closed without a stored answer; pack later sends registry auth on pulls. The trailing space of the command line is trimmed"
  },
  {
    id: 'dev17-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "Error: failed to get buildpackage ID for gcr.io/tanzu-buildpacks/cpython:0.1.0: GET https://gcr.io/v2/tanzu-buildpacks/cpython/manifests/0.1.0: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials.",
    source: 'paketo-buildpacks/packit#175',
    expected: 'missing-credentials',
    note: 'needs the thread: `jam update-buildpack` with buildpack references on a private GCR registry; the reporter expected jam to use the local docker credentials, which packit#95 had added for config.json, and it did not use them on this path. INFERENCE: the stored copy shows no fix'
  },
  {
    id: 'dev17-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: '➜  ~ docker pull gcr.io/triggermesh/knative-lambda-python37:v1.19.0\nError response from daemon: pull access denied for gcr.io/triggermesh/knative-lambda-python37, repository does not exist or may require \'docker login\': denied: Permission denied for "v1.19.0" from request "/v2/triggermesh/knative-lambda-python37/manifests/v1.19.0".',
    source: 'triggermesh/triggermesh#1042',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: released tags had been removed from the public GCR project (the Helm chart also referenced a missing tag); the maintainers put v1.19.0 and v1.18.1 back and the pulls worked, so the tag was missing, not the login'
  },
  {
    id: 'dev17-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error in download: java.io.IOException: Error downloading [https://<redacted>.azurecr.io/oauth2/token?scope=<redacted>:<redacted>/<redacted>:pull&service=<redacted>.azurecr.io] to /home/pjachowi/.cache/bazel/_bazel_pjachowi/837ec61bba9dc67ffa44001a7a1eb11f/external/<redacted>/www-authenticate.json: GET returned 401 Unauthorized',
    source: 'bazel-contrib/rules_oci#475',
    expected: 'missing-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "needs the thread: `oci_pull` from ACR after `az acr login`, while `docker pull` and `podman pull` work; `az acr login` stores an ACR refresh token, which rules_oci's token request on this path does not exchange, so the token endpoint refused it (others report the same with ECR). INFERENCE: the stored copy shows no fix. Masking (`<redacted>`) as posted; `host` is a placeholder ACR host"
  },
  {
    id: 'dev17-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error: "you are not authorized to perform this operation: server returned 401."',
    source: 'Azure/acr#626',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "needs the thread: `docker pull` with DOCKER_CONTENT_TRUST=1 after a login with an ACR repository-scoped token (scope map with content/read and metadata/read); without content trust the pull works, so the token was not allowed to read the trust data. INFERENCE: other users confirm, no fix is stored. Copied as the post's step 7; the post masks the host, `host` is a placeholder"
  },
  {
    id: 'dev17-acr-03',
    family: 'acr',
    host: 'somereponame.azurecr.io',
    text: 'level=error msg="/moby.buildkit.v1.Control/Solve returned error: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 401 Unauthorized\\n"',
    source: 'docker/buildx#1428',
    expected: 'missing-credentials',
    note: "needs the thread: `docker buildx build --push` with the kubernetes driver on AKS, expecting BuildKit to use the cluster's managed identity; a maintainer answers that the credential must come from the client (the Azure credential helper in the client's docker config), which had none for the registry. INFERENCE: no confirmed fix. The literal `\\n` is kept as posted; host as posted"
  },
  {
    id: 'dev17-acr-04',
    family: 'acr',
    host: 'webassembly.azurecr.io',
    text: '[2021-06-25T14:01:48Z ERROR kubelet::state::common::image_pull] OCI API error: authentication required, visit https://aka.ms/acr/authorization for more information. on https://webassembly.azurecr.io/v2/hello-world-wasi-c/manifests/v0.1.0',
    source: 'krustlet/krustlet#635',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a demo module on the project's public (anonymous-pull) registry; another demo from the same registry pulls fine, and the maintainer agrees it is likely an issue with that image and suggests rebuilding and hosting it elsewhere. INFERENCE: no confirmed fix"
  },
  {
    id: 'dev17-generic-01',
    family: 'generic',
    host: 'myprivate.registry.com',
    text: '[analyzer] ERROR: failed to : ensure registry read access to myprivate.registry.com/org/pack:bullseye-linux-amd64\nERROR: failed to build: executing lifecycle. This may be the result of using an untrusted builder: failed with status code: 1',
    source: 'buildpacks/pack#1432',
    expected: 'missing-credentials',
    note: "needs the thread: `pack build --publish` to a private registry; the pull request fixes pack so that the lifecycle phase receives the registry credential, which it did not before (accepted by the maintainer). Host is the post's own placeholder"
  },
  {
    id: 'dev17-generic-02',
    family: 'generic',
    host: 'registry.cn-hangzhou.aliyuncs.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "registry.cn-hangzhou.aliyuncs.com/xx/test:latest": UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:xx/test Type:repository] map[Action:push Class: Name:xx/test Type:repository]]',
    source: 'AliyunContainerService/jenkins-demo#6',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the pipeline writes kaniko's config.json with an `auths` entry for `index.docker.io` only and then pushes to registry.cn-hangzhou.aliyuncs.com, so the credential is for another host (the echo also loses its inner quotes). INFERENCE: the stored copy shows no reply. The Jenkins step lines around it are left out"
  },
  {
    id: 'dev17-generic-03',
    family: 'generic',
    host: 'registry.example.local',
    text: 'error pushing image: failed to push to destination *****.local/.....:latest: POST http://*****.local/..../blobs/uploads/: DENIED: Anonymous is not permitted to perform the Feeds_AddPackage task for the current scope.; []',
    source: 'GoogleContainerTools/kaniko#1757',
    expected: 'missing-credentials',
    note: 'needs the thread: kaniko run from another container with config.json written to /opt/kaniko/.docker, which the executor did not read, so the push to a ProGet feed went out anonymously; a commenter points at the echoed JSON as the likely fault. INFERENCE: no confirmed fix. Masking (`*****`, `.....`) as posted; `host` is a placeholder'
  },
  {
    id: 'dev17-generic-04',
    family: 'generic',
    host: 'nvcr.io',
    text: 'WARNING: Download from https://nvcr.io/v2/nvidia/tritonserver/manifests/sha256:98d08ad85f789fc0ca67c1a0e5db1356d35f096f82446df336e2bcc8fe65f1ea failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException GET returned 401 Unauthorized',
    source: 'bazel-contrib/rules_oci#284',
    expected: 'missing-credentials',
    note: "needs the thread: `oci_pull` of nvcr.io/nvidia/tritonserver while migrating from rules_docker; Bazel's downloader cannot answer nvcr.io's token challenge unless rules_oci knows the registry's WWW-Authenticate scheme, so the pull went out without a token. INFERENCE: the stored copy shows no fix (the same limitation is explained by a maintainer in bazel-contrib/rules_oci#544). One line of the output is copied, the INFO and traceback lines around it are left out"
  },
  {
    id: 'dev17-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'ubuntu-2004:202111-02' locally\ndocker: Error response from daemon: pull access denied for ubuntu-2004, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'getlocalci/local-ci#72',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: Local CI runs a CircleCI job whose `machine: image: ubuntu-2004:202111-02` names a CircleCI VM image, not a Docker Hub image, so docker looks for library/ubuntu-2004, which does not exist. INFERENCE: the reporter guessed a login was needed; the issue is open'
  },
  {
    id: 'dev17-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: buildx failed with: ERROR: failed to solve: failed to push master:\nfailed to authorize: failed to fetch oauth token:\n\nunexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fmaster%3Apull%2Cpush&service=registry.docker.io:\n401 Unauthorized',
    source: 'keikoproj/upgrade-manager#354',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'the push step of a GitHub workflow ran with no Docker Hub login (the PR adds the missing docker/login-action step), so the anonymous token request for push was refused; the image name had also resolved to `master` (library/master). Line breaks as in the PR description; trailing spaces trimmed'
  },
  {
    id: 'dev17-docker-hub-03',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'GET https://index.docker.io/v2/paketo-buildpacks/java/manifests/18.0.0:\nUNAUTHORIZED: authentication required; [map[Action:pull Class: Name:paketo-buildpacks/java Type:repository]]',
    source: 'buildpacks-community/kpack#1877',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a kpack ClusterStore source `docker.io/paketo-buildpacks/java:18.0.0`; Docker Hub namespaces cannot contain a hyphen, and the Paketo buildpacks are published as docker.io/paketobuildpacks/java (and gcr.io/paketo-buildpacks/java), so the name does not exist. INFERENCE: the issue was closed without an answer'
  },
  {
    id: 'dev17-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'HEAD\nhttps://index.docker.io/v2/library/kpack-builder/blobs/sha256:79d031fe9ef94abc7384db9a56fec8b75ca35deb685cf54d3e4928204e01f5cd:\nunexpected status code 401 Unauthorized (HEAD responses have no body,\nuse GET for details)',
    source: 'buildpacks-community/kpack#1310',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the Builder's `tag: kpack-builder:latest` has no registry host, so kpack pushes to Docker Hub's library/kpack-builder while the service account's secret is for an ECR registry. INFERENCE: the issue was closed without a stored answer. Copied from the condition message, indentation trimmed"
  },
  {
    id: 'dev17-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'ERROR: Head https://registry-1.docker.io/v2/spurin/diveintoansible/manifests/ansible: unauthorized: incorrect username or password',
    source: 'spurin/diveintoansible-lab#19',
    expected: 'stale-login',
    note: "needs the thread: `docker-compose up` of the lab; the maintainer answers that the repository is public and needs no password, so a stored Docker Hub login was sent and refused. INFERENCE: the stored copy shows the maintainer's suggestions, not the reporter's confirmation"
  },
  {
    id: 'dev17-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "docker.io/vectorim/ess-starter-edition-core-operator:2.11.9": rpc error: code = Unknown desc = reading manifest 2.11.9 in docker.io/vectorim/ess-starter-edition-core-operator: requested access to the resource is denied',
    source: 'element-hq/ess-starter-edition-core#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the operator image of an installation guide; the maintainers answer that they forgot to make the repository public and fixed it'
  },
  {
    id: 'dev17-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error manifest unknown',
    source: 'basecamp/once-campfire#14',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: '`docker-compose up` with `image: ghcr.io/basecamp/once-campfire` and no tag: the project published only sha- tags, no `latest` (answered in the thread). Copied from the prose of the post'
  },
  {
    id: 'dev17-not-login-02',
    family: 'not-login',
    host: 'harbor.lyiue.com',
    text: '2021-10-16T16:43:19.634+0800\tlogin docker registry http://harbor.lyiue.com\n2021-10-16T16:43:19.700+0800\tdocker login failed with error: exit status 1\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://harbor.lyiue.com/v2/: x509: certificate signed by unknown authority',
    source: 'koderover/zadig#397',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'tls-unknown-authority',
    note: "a Zadig build pod's docker login to a self-hosted Harbor with a private certificate; the answer is a certificate from a known CA or configuring the dind daemon to trust it (insecure registry). The lines after the error are left out"
  },
  {
    id: 'dev17-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'ssokol@Stevens-MacBook-Pro-2 Downloads % docker pull n129bz/chartmaker:v1.25\nError response from daemon: manifest for n129bz/chartmaker:v1.25 not found: manifest unknown: manifest unknown',
    source: 'N129BZ/chartmaker#6',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the tag had not been pushed yet; the maintainer pushed a new tag (v1.34) and pointed at it'
  },
  {
    id: 'dev17-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull mingc/android-build-box:1.25.0\n\nerror:\n\n1.25.0: Pulling from mingc/android-build-box\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'mingchen/docker-android-build-box#189',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an Apple M2 machine pulling an image published for linux/amd64 only; the reporter then ran it with the amd64 platform (the platform warning follows in the thread)'
  },
  {
    id: 'dev17-not-login-05',
    family: 'not-login',
    host: 'nvcr.io',
    text: 'failed to register layer: Error processing tar file(exit status 1): write /opt/conda/lib/python3.6/site-packages/torch/lib/libtorch.so: no space left on device.',
    source: 'NVIDIA-NeMo/Speech#1029',
    expected: 'not-a-login-failure',
    note: '`docker pull nvcr.io/nvidia/nemo:v0.11` on an EC2 instance: the daemon storage ran out of space while extracting a layer; nothing about the login. No answer is stored; the text decides it'
  }
]

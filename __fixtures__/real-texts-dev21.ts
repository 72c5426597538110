/**
 * A twenty-first development set of real registry error texts ("dev21"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-first
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1436
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

export const REAL_TEXTS_DEV21: readonly RealText[] = [
  {
    id: 'dev21-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'docker images: failed to publish artifacts: failed to push registry.gitlab.com/...:latest: exit status 1: denied: access forbidden',
    source: 'goreleaser/goreleaser-cross#40',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: GoReleaser run from the goreleaser/goreleaser-cross image in GitLab CI, following GoReleaser's GitLab guide; that image's entrypoint does not run the docker login that the goreleaser/goreleaser image's entrypoint runs, so the push went out with no login (fixed by an image with the goreleaser entrypoint). GitLab answers such a push with 'access forbidden', which alone also fits a token without write access. The text is the line the post quotes in its prose"
  },
  {
    id: 'dev21-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '401 Unauthorized\nerror saving registry: Cannot ping registry\n{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}',
    source: 'ehazlett/shipyard#917',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: INFERENCE. Shipyard adding a GitLab CI registry: its ping of /v2/ treats the registry\'s 401 challenge as a failure before it has sent any credential ("it hasn\'t tried authorizing yet"); only +1s follow, no fix. Two code blocks of the post joined (the log lines, then the response body). The post does not name the host: registry.gitlab.com is a placeholder'
  },
  {
    id: 'dev21-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: failed to publish images: error publishing ko://github.com/tektoncd/cli/cmd/tkn: writing sbom: HEAD https://quay.io/v2/todabasi_openshift/tkn/tkn-255681d3e39d18f1a8b30ef37f60c17d/blobs/sha256:b742617b43b8ab254eee1f6de38fd1b5692522975a0e84edd48e6d84332e69a2: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'ko-build/ko#834',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: INFERENCE. ko publishing to quay.io/todabasi_openshift/tkn with a robot account logged in with podman (`podman login --get-login quay.io` shows todabasi_openshift+robot); ko names a new repository per import path, and a Quay robot may not create repositories unless granted, so the push of the new repository is refused; the issue went stale with no fix. If ko did not read podman's auth file, the push went out without the robot's credential, hence missing-credentials accepted"
  },
  {
    id: 'dev21-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: unknown: current image with 4 vulnerabilities cannot be pulled due to configured policy in \'Prevent images with vulnerability severity of "Critical" or higher from running.\' To continue with pull, please contact your project administrator to exempt matched vulnerabilities through configuring the CVE allowlist. (manager.go:250:0s)',
    source: 'goharbor/harbor#19983',
    expected: 'not-a-login-failure',
    note: "Harbor's project policy 'Prevent vulnerable images from running' refused the pull; not a credential problem. The post does not name the host: harbor.example.com is a placeholder"
  },
  {
    id: 'dev21-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'root@jt-dev:~# docker push  x.x.x.x/library/photon:1.0\nThe push refers to a repository [x.x.x.x/library/photon]\ndd60b611baaa: Preparing\ndenied: The system is in read only mode. Any modification is not prohibited.',
    source: 'goharbor/harbor#4650',
    expected: 'not-a-login-failure',
    note: "Harbor set to read-only mode refuses the push (the issue is about the message's wording). The post masks the host as x.x.x.x: harbor.example.com is a placeholder"
  },
  {
    id: 'dev21-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'failed to extract image: PROJECT_POLICY_VIOLATION: "Cannot get the image severity."',
    source: 'goharbor/harbor#8958',
    expected: 'not-a-login-failure',
    note: "needs the thread: Concourse's registry-image resource pushed to a Harbor project with scan-on-push and a vulnerability policy, then pulled the image back at once; Harbor refused the pull while the scan had not finished (a second try passed). The post does not name the host: harbor.example.com is a placeholder"
  },
  {
    id: 'dev21-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'docker.errors.APIError: 500 Server Error: Internal Server Error ("Get https://repository/manifests/tag: no basic auth credentials")',
    source: 'docker/docker-py#2827',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials'],
    note: "docker-py pull from ECR with auth_config set to the GetAuthorizationToken response (or its base64 token) instead of a username and password, so no usable credential went with the pull; a later comment's working code logs in with the decoded AWS:<token> pair before pulling. The post masks the registry as 'repository': 123456789012.dkr.ecr.us-east-1.amazonaws.com is a placeholder"
  },
  {
    id: 'dev21-ecr-02',
    family: 'ecr',
    host: '783794618700.dkr.ecr.us-west-2.amazonaws.com',
    text: '# aws ecr get-login-password --region eu-central-1 |docker login --username AWS --password-stdin 783794618700.dkr.ecr.us-west-2.amazonaws.com\nError response from daemon: login attempt to https://783794618700.dkr.ecr.us-west-2.amazonaws.com/v2/ failed with status: 400 Bad Request',
    source: 'aws/eks-anywhere#3919',
    expected: 'invalid-credentials',
    note: "An ECR token fetched for eu-central-1 given to the us-west-2 registry, which answers 400; the pull request's fix is `get-login-password --region us-west-2`, the registry's own region"
  },
  {
    id: 'dev21-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-1.amazonaws.com',
    text: 'Get https://{accountID}.dkr.ecr.{us-west1}.amazonaws.com/v2/test/mydockerimage/manifests/latest: no basic auth credentials',
    source: 'aws/aws-cli#2801',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'Logged in to the eu-west-1 registry only (`aws ecr get-login --region eu-west-1`), then a Dockerfile pulled from the us-west-1 registry, for which docker held no login. The post wraps the line in backticks inside its code block (removed) and keeps its own placeholders; host 123456789012.dkr.ecr.us-west-1.amazonaws.com is a placeholder'
  },
  {
    id: 'dev21-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Using default tag: latest\nError response from daemon: Head "https://gcr.io/v2/distroless/base-debian12/manifests/latest": unauthorized: authentication failed',
    source: 'GoogleContainerTools/distroless#1747',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "A pull of the public gcr.io/distroless image refused with 'authentication failed': a credential docker sent for gcr.io (a stored login or credential helper) was refused where none is needed. INFERENCE: the maintainer could not reproduce and pointed at another issue; no confirmed fix in the stored thread"
  },
  {
    id: 'dev21-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "denied: Token exchange failed for project 'gcp-project-xxxxxxxx'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control\nmake: *** [.build/dse/deployer] Error 1",
    source: 'GoogleCloudPlatform/marketplace-k8s-app-tools#160',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: "Container Registry refused the push's token exchange for lack of a storage permission on the project's bucket. INFERENCE: the reporter owns the project and pushed from the command line earlier that day, so the identity docker used may not be the owner; no fix in the stored thread"
  },
  {
    id: 'dev21-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'DockerResponseServerError {\n    status_code: 500,\n    message: "{\\"message\\":\\"Head https://xxx.azurecr.io/v2/xxx/xxx/manifests/latest: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\\"}\\n",\n})\nError: Kind(Other)',
    source: 'fussybeaver/bollard#155',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'The bollard Rust SDK pulled from ACR without credentials: it does not read ~/.docker/config.json (where `docker pull` found the login); the maintainer: pass DockerCredentials. The post masks the registry as xxx.azurecr.io: myregistry.azurecr.io is a placeholder'
  },
  {
    id: 'dev21-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'az acr login\nThis command requires running the docker daemon, which is not supported in Azure Cloud Shell.',
    source: 'MicrosoftDocs/azure-docs-sdk-java#877',
    expected: 'docker-cli-missing',
    alsoAcceptable: ['not-a-login-failure'],
    note: "az acr login in Azure Cloud Shell, which has no docker daemon to log in (`--expose-token` is the way there). The command and the quoted error are from the post's prose. The post does not name the registry: myregistry.azurecr.io is a placeholder"
  },
  {
    id: 'dev21-generic-01',
    family: 'generic',
    host: 'repo.tld',
    text: '# docker --debug -l debug pull repo.tld/service/baz:latest\nError response from daemon: unauthorized: authentication required',
    source: 'project-zot/zot#2928',
    expected: 'missing-credentials',
    note: "needs the thread: zot allowing anonymous reads on another path answers docker's first GET /v2/ with 200, so docker, logged in, sends no credential and the pull of the restricted path gets 401 (podman, also logged in, pulls it). An unrelated otel debug line between the two lines is cut. repo.tld is the post's own placeholder"
  },
  {
    id: 'dev21-generic-02',
    family: 'generic',
    host: 'abc.com',
    text: 'docker-compose -f docker-compose-build.yml push\n  Pushing xyz (abc.com/def/xyz:latest)...\n  The push refers to a repository [abc.com/def/xyz]\n  blah\n  blah\n  ERROR: unauthorized: authentication required',
    source: 'docker/compose#3929',
    expected: 'missing-credentials',
    case: 'credential-helper',
    note: "needs the thread: docker-compose 1.8.0 (docker-py 1.9) did not read a credsStore (osxkeychain on Docker for Mac), so compose pushed without the login that `docker push` used; fixed in compose 1.8.1. The 'blah' lines and the masked host abc.com are the post's"
  },
  {
    id: 'dev21-generic-03',
    family: 'generic',
    host: 'registry.redhat.io',
    text: '$ ansible -b -m podman_image -a "name=registry.redhat.io/rhel8/dotnet-30-runtime username=peasters password=**** force=yes" localhost\nlocalhost | FAILED! => {\n    "changed": false,\n    "msg": "Failed to pull image registry.********.io/rhel8/dotnet-30-runtime:latest"\n}',
    source: 'ansible/ansible#66372',
    expected: 'missing-credentials',
    note: 'needs the thread: the podman_image module took username and password but used them only to build and push, not to pull, so the pull from the authenticated registry went without them; the pull request makes pulls use them. Masking as posted'
  },
  {
    id: 'dev21-generic-04',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Error: image auth/get-token:latest not found',
    source: 'apocas/dockerode#199',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: dockerode 2.2.4 changed pull so that the credential for a basic-auth private registry was no longer sent (the registry log shows GET /v2/ 401, then a v1 fallback 404); downgrading to 2.2.3 fixed it and the thread traces it to that commit. The post does not name the host: registry.example.com is a placeholder'
  },
  {
    id: 'dev21-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Caused by: com.github.dockerjava.api.DockerClientException: Could not push image: Post https://registry-1.docker.io/v2/ymens/idp/blobs/uploads/: token auth attempt for registry: https://auth.docker.io/token?account=admin&scope=repository%3Aymens%2Fidp%3Apush%2Cpull&service=registry.docker.io request failed with status: 401 Unauthorized',
    source: 'bmuschko/gradle-docker-plugin#209',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: INFERENCE. The Gradle plugin's registryCredentials point at a private registry (url http://10.6.20.153:5000, user admin) but the image is tagged 'ymens/idp:0.12' with no registry host, so the push went to Docker Hub with the private registry's credentials; no confirmed fix in the stored thread. The post's console wraps lines at 80 columns; the wraps are joined"
  },
  {
    id: 'dev21-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'The push refers to repository [docker.io/library/customerportal]\ndenied: requested access to the resource is denied',
    source: 'palantir/gradle-docker#355',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the palantir plugin pushes the image's `name` ('customerportal'), not the `tag` entry that held gcr.io/orderly-gcp/customerportal2, so the push went to Docker Hub's library namespace instead of GCR; setting `name` to the gcr.io name fixed it. Layer lines trimmed"
  },
  {
    id: 'dev21-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error\n(HTTP code 404) unexpected - pull access denied for ********/*******, repository does not exist or may require 'docker login'",
    source: 'apocas/dockerode#467',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a private Docker Hub repository pulled through dockerode with no authconfig (dockerode does not use the CLI's login); the answer passes authconfig with the Hub credentials. Masking as posted"
  },
  {
    id: 'dev21-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '{"errorDetail":{"message":"errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n"},"error":"errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n"}',
    source: 'apocas/dockerode#415',
    expected: 'missing-credentials',
    case: 'credential-helper',
    note: "needs the thread: the CLI's Docker Hub login is kept in the osxkeychain credsStore (config.json has an empty auths entry), which dockerode does not read, so its push went without credentials; the reporter fixed it by passing authconfig"
  },
  {
    id: 'dev21-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ docker push runcom/busybox\nThe push refers to a repository [docker.io/runcom/busybox]\nunauthorized: incorrect username or password',
    source: 'moby/moby#21054',
    expected: 'invalid-credentials',
    note: "A maintainer's list of cases; this one (e.1) is a push to Docker Hub with wrong stored credentials. Layer lines trimmed"
  },
  {
    id: 'dev21-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[root@registry]# docker push newtest/shaozp-hello-world:latest\nThe push refers to a repository [docker.io/newtest/shaozp-hello-world]\nRepository does not exist: newtest/shaozp-hello-world',
    source: 'goharbor/harbor#100',
    expected: 'registry-mismatch',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: meant for a Harbor project 'newtest', but the image was tagged without the Harbor address, so docker pushed to Docker Hub (the maintainer: 'you were missing the URL that will push onto the Docker Hub by default')"
  },
  {
    id: 'dev21-docker-hub-07',
    family: 'docker-hub',
    host: 'registry.hub.docker.com',
    text: '{"manifest_hash":"sha256:bb0eaf4eee00c28cb8ffd54e571dd225f1dd2ed8d8751b2835c31e84188bf2de","state":"IndexError","packages":{},"distributions":{},"repository":{},"environments":{},"success":false,"err":"failed to fetch layers: encountered error while fetching a layer: fetcher: unexpected status code: 401 401 Unauthorized"}',
    source: 'quay/clair#1057',
    expected: 'missing-credentials',
    note: "needs the thread: INFERENCE. A manifest submitted to Clair v4's indexer with layer URIs on registry.hub.docker.com and no authorization headers; Clair fetches layers with only the headers in the Manifest object (the maintainer: 'You may need to provide header information'); no confirmed fix in the stored thread"
  },
  {
    id: 'dev21-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'msg: Docker API error: No such image: privatereregistry/image (tag: latest)\n\nFATAL: all hosts have already failed -- aborting',
    source: 'ansible/ansible#8202',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Ansible 1.6's docker module ignored username and password, so the private repository's image was never pulled with a login and the start failed on a missing image; the maintainer confirmed nothing used the username parameter. The repository name is the post's placeholder"
  },
  {
    id: 'dev21-not-login-01',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'fatal: [192.168.1.134]: FAILED! => {"changed": false, "msg": "Error connecting: Error while fetching server API version: (\'Connection aborted.\', PermissionError(13, \'Permission denied\'))"}',
    source: 'ansible-collections/community.docker#1048',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "docker_login for ECR could not reach the Docker daemon: a permission error on the daemon's socket (a snap-installed Docker), not a refused credential. The post does not name the registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com is a placeholder"
  },
  {
    id: 'dev21-not-login-02',
    family: 'not-login',
    host: 'registry.example.com',
    text: 'FATA[0005] Error pushing to registry: Server error: 413 trying to push foo/bar blob - sha256:985c - etc. etc.',
    source: 'ContainerSolutions/docker-registry-proxy#1',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "The nginx proxy in front of the registry limits request bodies; `client_max_body_size 0;` fixed it (merged in the next pull request). The text is abridged as posted ('etc. etc.'). registry.example.com is a placeholder"
  }
]

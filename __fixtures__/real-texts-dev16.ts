/**
 * A sixteenth development set of real registry error texts ("dev16"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixteenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1232
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

export const REAL_TEXTS_DEV16: readonly RealText[] = [
  {
    id: 'dev16-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Login Succeeded\nError response from daemon: pull access denied for ghcr.io/<org>/<image>, repository does not exist or may require 'docker login': denied: installation not allowed to Read organization package",
    source: 'actions/runner#1039',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a pull with the job's GITHUB_TOKEN in a `pull_request` workflow; the reporter had given the repository Actions access in the package settings and the same pull worked on the default branch only, so the token was refused read on the organization package. INFERENCE: the stored copy shows no fix (GitHub-side behaviour). Masking (`<org>/<image>`) as posted"
  },
  {
    id: 'dev16-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#2 [internal] load metadata for ghcr.io/my-org/my-repo:latest\n#2 ERROR: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Amy-org%2Fmy-repo%3Apull&service=ghcr.io: 401 Unauthorized',
    source: 'actions/runner#3482',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a Docker container action whose Dockerfile starts FROM a private GHCR package of the organization; the runner builds the action image before any step, so no login covers it and the token request is anonymous. Private package pulled without a login = repository-not-found with missing-credentials accepted. Leading spaces of the log lines trimmed'
  },
  {
    id: 'dev16-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "[ghcr.io/username/hello-world](http://ghcr.io/wlun001/hello-world)": POST https://ghcr.io/v2/username/hello-world/blobs/uploads/: DENIED: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'tektoncd/catalog#931',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: "Tekton's kaniko task pushing to GHCR with a `dockerconfig` workspace; GHCR says a token was presented and refused. INFERENCE: the stored copy shows no fix, so an expired token cannot be told from a wrong one. The markdown link inside the quoted name is as posted"
  },
  {
    id: 'dev16-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ kubectl package build -t ghcr.io/jbpratt/pko-demo-nginx --push ./nginx/\nError: building from source: exporting package to image: push: Post "https://ghcr.io/v2/jbpratt/pko-demo-nginx/blobs/uploads/": GET https://ghcr.io/token?scope=repository%3Ajbpratt%2Fpko-demo-nginx%3Apull&scope=repository%3Ajbpratt%2Fpko-demo-nginx%3Apush%2Cpull&service=ghcr.io: DENIED: requested access to the resource is denied',
    source: 'package-operator/package-operator#700',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the same image pushes with `podman push` after a podman login, while package-operator's `kubectl package build --push` (go-containerregistry reading the Docker config) asks GHCR for a push token and is denied, so the tool did not find the login podman stored. INFERENCE: the issue is open in the stored copy. The first of the two failing commands of the post with its output"
  },
  {
    id: 'dev16-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "[DEBUG]   Failed to deploy container-name: Deployment failed: ContainerAppOperationError: Failed to provision revision for container app 'container-name'. Error details: The\nfollowing field(s) are either invalid or missing. Field 'template.containers.zeffer-tenants-api.image' is invalid with details: 'Invalid value: \"ghcr.io/org-name/container-name:0.2.0\":\nGET https:?scope=repository%org-name%2Fcontainer-name%3Apull&service=ghcr.io: UNAUTHORIZED: authentication required';..",
    source: 'microsoft/aspire#12122',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: '`aspire publish` to Azure Container Apps of two containers from a private GHCR package; the reporter finds no way to give the app registry credentials for ghcr.io, so Container Apps pulls with none. Line breaks as posted'
  },
  {
    id: 'dev16-gitlab-01',
    family: 'gitlab',
    host: 'gitlab-registry.cern.ch',
    text: 'FATAL:   While performing build: conveyor failed to get: unable to retrieve auth token: invalid username/password: unauthorized: HTTP Basic: Access denied',
    source: 'sylabs/singularity#457',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: `singularity build` from an image on CERN's GitLab registry that needs no login; the reporter fixed it by logging out of the endpoint, deleting the stored credentials and logging in again, and the maintainer answers that stored credentials for a registry are always sent on pulls. A stored login breaking a public pull"
  },
  {
    id: 'dev16-gitlab-02',
    family: 'gitlab',
    host: 'registry.myrepo.co.uk',
    text: 'error: tag latest failed: Internal error occurred: Get https://registry.myrepo.co.uk/v2/infrastructure/myapp-container/myapp/manifests/latest: denied: access forbidden',
    source: 'openshift/origin#19762',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: `oc import-image` from a private project of a self-hosted GitLab, with a pull secret made from the docker config.json; `docker pull` works with the same login. OpenShift's import did not present a login that may read the project. INFERENCE: the stored copy shows no fix. Private image pulled without a login that may read it = repository-not-found"
  },
  {
    id: 'dev16-gitlab-03',
    family: 'gitlab',
    host: 'git.tu-berlin.de:5000',
    text: 'While making image from oci registry: error fetching image to cache: failed to get checksum for docker://git.tu-berlin.de:5000/florianblume/facial-expression-recognition:latest: error pinging docker registry git.tu-berlin.de:5000: Get "https://git.tu-berlin.de:5000/v2/": Forbidden',
    source: 'apptainer/singularity#6228',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: `singularity pull` on a university HPC cluster node from the university's GitLab registry; Docker Hub pulls work from the same node. A registry's /v2/ ping answers 401, not a bare Forbidden, so something between the node and the registry refused the request. INFERENCE: the stored copy shows no confirmed fix"
  },
  {
    id: 'dev16-gitlab-04',
    family: 'gitlab',
    host: 'gitlab.desy.de:5555',
    text: '$ apptainer pull docker://gitlab.desy.de:5555/thomas.white/crystfel/crystfel:latest\nFATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://gitlab.desy.de:5555/thomas.white/crystfel/crystfel:latest: pinging container registry gitlab.desy.de:5555: Get "https://gitlab.desy.de:5555/v2/": dial tcp 131.169.5.213:5555: i/o timeout',
    source: 'taw10/crystfel#17',
    expected: 'registry-unreachable',
    note: "The reporter's firewall blocked the GitLab registry's port 5555 (confirmed in the thread); the text alone shows the connection timing out"
  },
  {
    id: 'dev16-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '$ skopeo login quay.io\nUsername: myusername\nPassword:\nFATA[0021] mkdir /run/containers/1000: permission denied',
    source: 'podman-container-tools/container-libs#259',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['credential-store-error'],
    case: 'filesystem',
    note: "The login never reached a refusal: without XDG_RUNTIME_DIR skopeo tries to create its auth file under /run/containers and has no permission there (podman picks another default; exporting XDG_RUNTIME_DIR fixed it). A permission error on the runner's files"
  },
  {
    id: 'dev16-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'error copying layers and metadata from "containers-storage:[overlay@/var/lib/containers/storage+/var/run/containers/storage:overlay.override_kernel_check=true]quay.io/openshiftio/fabric8-services-fabric8-build:6271b27" to "docker://quay.io/openshiftio/fabric8-services-fabric8-build:6271b27": Error writing blob: Error initiating layer upload to /v2/openshiftio/fabric8-services-fabric8-build/blobs/uploads/ in quay.io: unauthorized: access to the requested resource is not authorized',
    source: 'podman-container-tools/buildah#1220',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: `buildah push` after a `podman login` to quay.io, while `podman push` of the same image works; a maintainer answers it is a bug of Buildah 1.4 fixed in 1.5, i.e. the client did not present the login it had. INFERENCE: the stored copy does not say which part of the push lost the credential'
  },
  {
    id: 'dev16-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: '$ docker pull quay.io/sergey_grebenshchikov/yeetgif\nUsing default tag: latest\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'sgreben/yeetgif#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the project's README image on quay.io was still private; the maintainer fixed it by making the repository public. A private image pulled without a login that may read it"
  },
  {
    id: 'dev16-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '#12 exporting to image\n#12 pushing layers 0.1s done\n#12 ERROR: failed to push harbor.xxxx/project-b/nb/jupyter-custom:abcd: unexpected status: 401 Unauthorized',
    source: 'moby/buildkit#3569',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: buildctl with one config.json holding two credentials for the same Harbor host (`harbor.xxxxx/project-a` for the base image, `harbor.xxxxx/project-b` for the push); BuildKit looks credentials up by host, so every few runs the push to project-b goes out with project-a's robot. INFERENCE: open in the stored copy. The host was masked (`harbor.xxxx`); `host` is a placeholder"
  },
  {
    id: 'dev16-harbor-02',
    family: 'harbor',
    host: 'myserver.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "[...]...)": POST .../blobs/uploads/: UNAUTHORIZED: unauthorized to access repository: projects/..., action: push: unauthorized to access repository: projects/..., action: push',
    source: 'tektoncd/pipeline#8716',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Tekton's kaniko task with a basic-auth Secret referenced by the ServiceAccount; `docker login myserver.com` and a push work locally with the same credentials, and Harbor's refusal names the push only. Kaniko did not get the credential Tekton holds. INFERENCE: open in the stored copy. Masking (`[...]`, `...`) as posted; `host` is the post's own placeholder"
  },
  {
    id: 'dev16-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "type: 'Warning' reason: 'InternalError' 1 error occurred:\\n\\t* POST https://[HARBOR_URL]/v2/create/test-project/blobs/uploads/: UNAUTHORIZED: unauthorized to access repository: create/test-project, action: push: unauthorized to access repository: create/test-project, action: push\\n\\n\"",
    source: 'tektoncd/chains#423',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Tekton Chains pushing a signature to Harbor after kaniko pushed the image with the build-bot ServiceAccount's Harbor admin credential; Chains runs with its own ServiceAccount, which holds no Harbor credential. INFERENCE: the issue went stale. Literal `\\n\\t` escapes of the log line kept; the host was masked (`[HARBOR_URL]`); `host` is a placeholder"
  },
  {
    id: 'dev16-ecr-01',
    family: 'ecr',
    host: '123456789123.dkr.ecr.us-east-1.amazonaws.com',
    text: 'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 123456789123.dkr.ecr.us-east-1.amazonaws.com/a2-ecr-app-repo:latest: pulling from host 123456789123.dkr.ecr.us-east-1.amazonaws.com failed with status code [manifests latest]: 403 Forbidden',
    source: 'aws/aws-cdk#29876',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied', 'repository-not-found'],
    note: "needs the thread: an ECS service deployed by a CDK pipeline; a maintainer quotes the task error and points at the task's IAM role and the repository policy (the execution role may not read the repository). INFERENCE: closed for staleness, no fix confirmed. The account id is the post's placeholder"
  },
  {
    id: 'dev16-ecr-02',
    family: 'ecr',
    host: '831759287394.dkr.ecr.us-west-2.amazonaws.com',
    text: "CannotPullContainerError: Error response from daemon: pull access denied for 831759287394.dkr.ecr.us-west-2.amazonaws.com/amberwing-sidecar, repository does not exist or may require 'docker login': denied",
    source: 'aws/aws-toolkit-jetbrains#2318',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the AWS Toolkit's Cloud Debug sidecar image lives in an AWS-owned account's ECR repository that the user's ECS task cannot read. INFERENCE: the stored copy shows no fix. A repository the task's identity may not read = repository-not-found with insufficient-scope accepted"
  },
  {
    id: 'dev16-ecr-03',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: '2021-01-29 20:04:38 DEBUG CliBasedStep:73 - [STDERR] Step 7/10 : FROM public.ecr.aws/lambda/java:11\n2021-01-29 20:04:39 DEBUG CliBasedStep:73 - [STDOUT]\n2021-01-29 20:04:39 DEBUG CliBasedStep:73 - [STDOUT] Build Failed\n2021-01-29 20:04:39 DEBUG CliBasedStep:73 - [STDERR] Error: SomeFunction failed to build: toomanyrequests: Rate exceeded',
    source: 'aws/aws-toolkit-jetbrains#2395',
    expected: 'rate-limited',
    note: "The toolkit's integration tests pulling a Lambda base image anonymously from ECR Public were throttled; the PR logs in to public.ecr.aws to raise the limit. A trailing space trimmed"
  },
  {
    id: 'dev16-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'error pushing image: failed to push to destination gcr.io/*****/*****: DENIED: "Access denied."',
    source: 'tektoncd/pipeline#848',
    expected: 'missing-credentials',
    note: "needs the thread: Tekton's kaniko task with a `builder` ServiceAccount holding the GCR secret; the credential Tekton writes is not where kaniko reads it (/root/.docker vs /builder/home/.docker, the same cause as tektoncd/pipeline#706). Masking (`*****`) as posted"
  },
  {
    id: 'dev16-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'unable to get access token for Google Container Registry, configuration for building image will not contain RegistryAuth for GCR\ncom.google.api.client.http.HttpResponseException: 400 Bad Request\n{\n  "error" : "invalid_grant"\n}',
    source: 'spotify/dockerfile-maven#69',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: dockerfile-maven's GCR auth supplier refreshing the application default credentials; the reporter's fix was `gcloud auth application-default login` (the stored authentication had expired), another commenter deleted old gcloud credentials"
  },
  {
    id: 'dev16-gar-03',
    family: 'gar',
    host: 'us.gcr.io',
    text: "$ ./gcrane ls us.gcr.io/flywheel-exchange/flywheel-all-subject-bids-fmriprep\nError: GET https://us.gcr.io/v2/flywheel-exchange/flywheel-all-subject-bids-fmriprep/tags/list?n=1000: DENIED: Failed to read tags for host 'us.gcr.io', repository '/v2/flywheel-exchange/flywheel-all-subject-bids-fmriprep/tags/list?n=1000'",
    source: 'google/go-containerregistry#1375',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the reporter logged in with `docker login -u _json_key` and `crane ls` of the same repository works; `gcrane` takes Google credentials from its own keychain first and did not present that service-account login. INFERENCE: the stored copy shows no maintainer answer'
  },
  {
    id: 'dev16-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'unable to pull image using Managed identity system for registry',
    source: 'microsoft/azure-container-apps#836',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'registry-role',
    note: "needs the thread: a Bicep deployment of a Container App with a system-assigned identity pulling from ACR; the AcrPull role assignment in the same template can only be made after the app (and its identity) exists, so the first pull runs with an identity that has no role on the registry. The message is quoted in the post's prose; the registry name is left out, `host` is a placeholder"
  },
  {
    id: 'dev16-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'resolving authorization for **.azurecr.io failed: error getting credentials - err: exec: "docker-credential-acr-linux": executable file not found in $PATH, out: ``',
    source: 'jenkins-x/jenkins-x-boot-config#153',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Jenkins X boot's kaniko configuration named the credential helper `acr-linux`, which the kaniko image does not ship; the PR switches to the helper kaniko has. The registry host was masked (`**`); `host` is a placeholder"
  },
  {
    id: 'dev16-acr-03',
    family: 'acr',
    host: 'xxxacr.azurecr.io',
    text: 'az acr import --name xxxacr --source docker.io/nats:2.1.8 -t nats:2.1.8\nDeployment failed. Correlation ID: d9eac6a3-d837-4e82-9b85-38e819c9daf5. Operation registries-2b82a968-f3f0-11ea-b928-d43b040c15bf failed. Resource /subscriptions/xxxxxxxxxxxxx/resourceGroups/xxxxxxx-infrastructure-rg/providers/Microsoft.ContainerRegistry/registries/xxxxxxxxxxxacr Invalid message Unauthorized Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"nats","Action":"pull"}]}]}',
    source: 'Azure/acr#457',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: `az acr import` of Docker Hub official images (nats, influxdb) named without `library/`; the import asks Docker Hub for `nats`, a repository that does not exist, and Docker Hub answers with its authentication challenge. Other images of the reporter import fine. INFERENCE: the stored copy shows no maintainer answer. The first of the post's two failing commands with its output; masking (`xxx…`) as posted"
  },
  {
    id: 'dev16-generic-01',
    family: 'generic',
    host: 'nvcr.io',
    text: 'sudo docker pull nvcr.io/ea-linux4tegra/l4t-jetpack:r35.1.0\nError response from daemon: unauthorized: authentication required',
    source: 'dusty-nv/jetson-containers#186',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the repository's build scripts pointed at NVIDIA NGC early-access images (`ea-linux4tegra`) that need an NGC login; the maintainer switched them to the public URLs. A private image pulled without a login that may read it. The command and its output as posted in the post's second code block"
  },
  {
    id: 'dev16-generic-02',
    family: 'generic',
    host: 'gitea.example.com',
    text: 'Error response from daemon: Get "https://URL/v2/": Get "http://gitea:3000/gitea/v2/token?account=username&client_id=docker&offline_token=true&service=container_registry": dial tcp: lookup gitea on 127.0.0.53:53: server misbehaving',
    source: 'go-gitea/gitea#31002',
    expected: 'registry-unreachable',
    note: 'A Gitea nightly sent a token realm on its internal address (`http://gitea:3000`), which the client cannot resolve; rolling back to 1.22.0-rc1 fixed it. The host was masked (`URL`); `host` is a placeholder'
  },
  {
    id: 'dev16-generic-03',
    family: 'generic',
    host: 'gitea.hs.mm',
    text: 'error parsing HTTP 405 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>405 Not Allowed</title></head>\\r\\n<body>\\r\\n<center><h1>405 Not Allowed</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'go-gitea/gitea#24042',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "A push to Gitea's container registry through a hand-written nginx reverse proxy (it worked behind Nginx Proxy Manager); nginx answers the push itself with an HTML 405 page. INFERENCE: the stored copy shows no confirmed nginx fix. Literal `\\r\\n` escapes kept; `host` is the post's server_name"
  },
  {
    id: 'dev16-generic-04',
    family: 'generic',
    host: 'docker-registry-xxxxx.com',
    text: '! error: Import failed (InternalError): Internal error occurred: Get https://docker-registry-xxxxx.com/v2/project/image/manifests/tag: unauthorized: authentication required',
    source: 'openshift/origin#18072',
    expected: 'missing-credentials',
    note: 'needs the thread: OpenShift 3.7 `oc import-image` from a private registry behind nginx with docker_auth; the reporter finds that secrets created with the 3.7 `oc` are in a form the importer does not read (created with oc 3.6.1 they work, a duplicate of openshift/origin#18059), so the import went without the credential. Masking (`xxxxx`) as posted; leading spaces trimmed'
  },
  {
    id: 'dev16-generic-05',
    family: 'generic',
    host: 'registry.redhat.io',
    text: 'Pulling image registry.redhat.io/openjdk/openjdk-11-rhel8:1.2 ...\nWarning: Pull failed, retrying in 5s ...\nWarning: Pull failed, retrying in 5s ...\nWarning: Pull failed, retrying in 5s ...\nerror: build error: failed to pull image: After retrying 2 times, Pull image still failed due to error: unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication',
    source: 'openshift/builder#145',
    expected: 'missing-credentials',
    note: "needs the thread: an OpenShift 4.3 build whose base image is on registry.redhat.io; the cluster's global pull secret works for running pods, but a maintainer confirms builds do not get it automatically, so the builder pod pulled with no credential"
  },
  {
    id: 'dev16-generic-06',
    family: 'generic',
    host: 'registry.example.com',
    text: 'error pushing image: failed to push to destination ... unexpected status code 401 Unauthorized',
    source: 'tektoncd/pipeline#3943',
    expected: 'missing-credentials',
    note: "needs the thread: since Tekton 0.24 the kaniko step runs without HOME, so the docker config.json Tekton writes lands in /root and kaniko's later requests go without it; setting HOME=/home/tekton fixed it (confirmed by the reporter). The destination was masked (`...`); `host` is a placeholder"
  },
  {
    id: 'dev16-generic-07',
    family: 'generic',
    host: 'portus.example.com',
    text: 'f88af6b7b410: Layer already exists\n42755cf4ee95: Pushed\nunauthorized: authentication required',
    source: 'SUSE/Portus#1338',
    expected: 'token-expired',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: large image pushes to a Portus-fronted registry fail after some layers; the answer is to raise Portus's `jwt_expiration_time` from 5 minutes (the bearer token expires during a long upload). The host was not given; `host` is a placeholder"
  },
  {
    id: 'dev16-generic-08',
    family: 'generic',
    host: 'reg-docker-hub:5000',
    text: 'time="2024-10-12T14:07:17.70990141Z" level=error msg="response completed with error" err.code=unknown err.detail="toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit" err.message="unknown error" go.version=go1.22.4 http.request.host="reg-docker-hub:5000" http.request.id=d8942de5-b9e9-4d2d-a68f-108d5a27e77f http.request.method=GET http.request.remoteaddr="172.18.0.10:55748" http.request.uri=/v2/emby/embyserver_arm64v8/manifests/4.5.0.50 http.request.useragent="Faraday v2.11.0" http.response.contenttype=application/json http.response.duration=746.039302ms http.response.status=500 http.response.written=228 instance.id=e65c3f91-d2a0-4d91-b13d-6ac1260a46e8 service=registry vars.name=emby/embyserver_arm64v8 vars.reference=4.5.0.50 version=3.0.0-beta.1',
    source: 'dqzboy/Docker-Proxy#29',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable'],
    case: 'proxy',
    note: "A Distribution (registry:2) pull-through cache in front of Docker Hub: the upstream answered its anonymous pulls with Docker Hub's rate limit and the proxy passed a 500 on to the client. One log line of the registry container, as posted"
  },
  {
    id: 'dev16-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: '2018/07/19 20:39:34 No matching credentials found for index.docker.io, falling back on anonymous\ntime="2018-07-19T20:39:34Z" level=error msg="UNAUTHORIZED: \\"authentication required\\""',
    source: 'knative/docs#207',
    expected: 'missing-credentials',
    note: "Knative's kaniko build template pushing to Docker Hub with a basic-auth Secret annotated for `https://index.docker.io/v1/`; kaniko says it found no credential for the host and pushed anonymously. INFERENCE: the stored copy shows no fix. The `...` line above them left out"
  },
  {
    id: 'dev16-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Step 1/34 : FROM centos:7\n7: Pulling from library/centos\ntoomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nMakefile:31: recipe for target 'build' failed",
    source: 'mozilla-iam/sso-dashboard#446',
    expected: 'rate-limited',
    note: 'AWS CodeBuild pulling a Docker Hub base image unauthenticated from a shared address; the issue plans a dedicated Docker Hub user for the build'
  },
  {
    id: 'dev16-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Nov 17 15:56:57 ip-10-42-1-98 nomad[1170]: 2016/11/17 15:56:57.413265 [ERR] driver.docker: failed pulling container index.docker.io/iadvize/proxysql:1.3: Error: image iadvize/proxysql:1.3 not found',
    source: 'hashicorp/nomad#2003',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a private Docker Hub image with `docker.auth.config` pointing at a config.json that holds the login; Nomad's own auth lookup did not match the entry, and hashicorp/nomad#2190 (bringing the lookup in line with Docker's) fixed it. A tool holding a credential but not sending it"
  },
  {
    id: 'dev16-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: Error response from daemon: Head "https://registry-1.docker.io/v2/catthehacker/ubuntu/manifests/act-20.04": unauthorized: incorrect username or password',
    source: 'catthehacker/docker_images#72',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `act` pulling the public catthehacker/ubuntu image sends the Docker Desktop login stored on the machine, which Docker Hub refuses; act later fell back to an unauthenticated pull on this error (nektos/act#1774). INFERENCE: open in the stored copy. The `> ` quote prefix of the post trimmed'
  },
  {
    id: 'dev16-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to build: failed to solve: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=*****pull%2Cpush&service=registry.docker.io: 401 Unauthorized',
    source: 'docker/buildx#3335',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials', 'stale-login'],
    note: 'needs the thread: `buildx --push` after updating to Docker 28.3.2 and buildx 0.26.1, with the same login that works on 28.3.1/0.25.0; the maintainers track it as a Docker CLI regression (docker/cli#6156): the credential the CLI hands over is refused by the token service. INFERENCE: no fix in the stored copy. Masking (`*****`) as posted'
  },
  {
    id: 'dev16-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: error pushing image "docker.io/nheidloff/database-operator:v1.0.106": writing blob: initiating layer upload to /v2/nheidloff/database-operator/blobs/uploads/ in registry-1.docker.io: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'IBM/operator-sample-go#72',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: "needs the thread: a tester following the sample's documentation pushed to the author's own Docker Hub namespace (`nheidloff`) from REGISTRY/ORG variables left at the author's values; a documentation commit fixed it"
  },
  {
    id: 'dev16-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ctr: failed to resolve reference "docker.io/library/bitnami/mongodb:4.0.13-debian-9-r0": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'canonical/microk8s#1580',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "`microk8s ctr images pull docker.io/library/bitnami/mongodb:…`: `library/` belongs to official images only, so the name is wrong; the answer's `docker.io/bitnami/mongodb:…` pulls without a login"
  },
  {
    id: 'dev16-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#7 [dev-server internal] load metadata for docker.io/library/python:3.8.17-slim-buster\n#7 ERROR: failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://auth.docker.io/token: 502 Bad Gateway',
    source: 'oppia/oppia#21199',
    expected: 'registry-unreachable',
    note: "A CI flake: Docker Hub's token service answered 502 while the build resolved a public base image"
  },
  {
    id: 'dev16-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '📥 Pulling latest nightly image...\nnightly: Pulling from tphakala/birdnet-go\nno matching manifest for linux/arm64/v8 in the manifest list entries\n❌ Failed to pull new image\n⚠️ Update failed',
    source: 'tphakala/birdnet-go#1218',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'The update script on a Raspberry Pi; the nightly tag had no arm64 image until the maintainer re-ran the release workflow'
  },
  {
    id: 'dev16-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'python-wheel-manylinux-test Pulling\nno matching manifest for linux/amd64 in the manifest list entries\nError: Process completed with exit code 18.',
    source: 'apache/arrow-adbc#1951',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'ARM packaging jobs on Linux/arm64 runners whose compose service image had no matching platform entry. Leading and trailing spaces trimmed; the compose `version` warning above left out; the registry is not named, `host` is a placeholder'
  },
  {
    id: 'dev16-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '#18 exporting cache\n#18 preparing build cache for export 0.0s done\n#18 ERROR: GitHub Actions is temporarily unavailable. Please visit https://www.githubstatus.com/ for the status of our services.\n------\n > importing cache manifest from gha:123123123123123:\n------\n------\n > exporting cache:\n------\nerror: failed to solve: GitHub Actions is temporarily unavailable. Please visit https://www.githubstatus.com/ for the status of our services.\nError: buildx failed with: error: failed to solve: GitHub Actions is temporarily unavailable. Please visit https://www.githubstatus.com/ for the status of our services.',
    source: 'docker/build-push-action#632',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: 'A GitHub Actions cache outage failing `cache-to: type=gha`; the registry login and push are not involved. The `cache-from` excerpt above it left out; the push target is not named, `host` is a placeholder'
  },
  {
    id: 'dev16-not-login-04',
    family: 'not-login',
    host: '48xxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Source image 48xxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/cdk-hnb659fds-container-assets-48xxxxxxxxxx-us-east-1:latest does not exist. Provide a valid source image.',
    source: 'aws/aws-cdk#24648',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "A CDK Lambda function built from a DockerImageAsset with `Code.fromEcrImage(repository)`, which defaults to the `latest` tag the asset is never pushed with; the reporter's fix was to pass the asset's tag. Masking (`xxxxxxxxxx`) as posted"
  },
  {
    id: 'dev16-not-login-05',
    family: 'not-login',
    host: '222222222222.dkr.ecr.ap-northeast-1.amazonaws.com',
    text: 'An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: Image repository must be in the same account as the caller',
    source: 'awsdocs/aws-lambda-developer-guide#230',
    expected: 'not-a-login-failure',
    note: "Lambda (at the time) refused container images from another account's ECR repository; a documentation PR with a reproduction. No credential is involved; the accounts are the post's placeholders"
  }
]

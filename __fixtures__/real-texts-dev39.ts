/**
 * A thirty-ninth development set of real registry error texts ("dev39"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-ninth
 * development set"). Its direction: image build tools that push outside
 * docker/build-push-action (Kaniko, buildah, ko, BuildKit run standalone, the
 * fabric8 and Spotify Maven plugins, the bmuschko, Transmode and xenit Gradle
 * plugins, Nix's own image) and their users' issues. Sources are GitHub issues and pull requests found with the search
 * tool; none is a source of an earlier set (the list of the 2016 earlier
 * sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV39: readonly RealText[] = [
  {
    id: 'dev39-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '{"errorDetail":{"message":"unauthorized: unauthenticated: User cannot be authenticated with the token provided."},"error":"unauthorized: unauthenticated: User cannot be authenticated with the token provided."}',
    source: 'xenit-eu/alfresco-docker-gradle-plugin#309',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: 'needs the thread: the Gradle plugin\'s pushDockerImage was run, as the steps say, "without necessary credentials"; the same debug log shows the X-Registry-Auth header sent to the daemon decoding to a null username and password. The text is the daemon\'s JSON answer cut out of an Apache HttpClient wire-log line (the `http-outgoing-8 <<` prefix and the [\\r][\\n] suffix removed)'
  },
  {
    id: 'dev39-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/nixos/nix\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/nixos/nix/manifests/latest": unauthorized',
    source: 'NixOS/nix#9982',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of the image the Nix manual documents; the reporter found no nix package in the NixOS organisation\'s package list and guessed it was private (new GHCR packages default to private), which the follow-up issue NixOS/nix#10042 repeats ("apparently never made public"). INFERENCE: the stored thread shows no change of visibility'
  },
  {
    id: 'dev39-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ crane ls ghcr.io/dentrax/my-project\n2021/05/10 15:10:52 reading tags for ghcr.io/dentrax/my-project: GET https://ghcr.io/v2/dentrax/my-project/tags/list?n=1000: NAME_UNKNOWN: repository name not known to registry',
    source: 'ko-build/ko#360',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: `ko publish` with KO_DOCKER_REPO=ghcr.io/dentrax/my-project had just published ghcr.io/dentrax/my-project/my-project-<hash> (ko appends the import path and a hash), so the listed name has no package; the login was fine. A blank line between the command and its output was removed'
  },
  {
    id: 'dev39-gitlab-01',
    family: 'gitlab',
    host: 'gitlab.comp.de:5555',
    text: "Unable to push 'gitlab.comp.de:5555/proj/docker-images/alpine:3.4' from registry 'gitlab.comp.de:5555' : denied: access forbidden",
    source: 'fabric8io/docker-maven-plugin#858',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: fabric8 docker-maven-plugin pushing to a self-hosted GitLab registry with the credentials under <authConfig><push> in the pom; the same credentials work as -Ddocker.push.username/-Ddocker.push.password, directly under <authConfig>, or after `docker login`, so the plugin did not send the configured push credentials. GitLab answers a push without a usable credential with "access forbidden"'
  },
  {
    id: 'dev39-gitlab-02',
    family: 'gitlab',
    host: 'registry.internal.local',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "registry.internal.local/testing/testimage:latest": creating push check transport for registry.internal.local failed: Get "http://registry.internal.local/v2/": dial tcp 10.10.10.20:80: i/o timeout',
    source: 'GoogleContainerTools/kaniko#1579',
    expected: 'registry-unreachable',
    note: "Kaniko in an internal GitLab's CI pushing to the GitLab registry, which listens on 443 only; go-containerregistry speaks plain HTTP to hosts ending in .local, so the push check dials port 80 and times out. The registry was never asked about a credential"
  },
  {
    id: 'dev39-gitlab-03',
    family: 'gitlab',
    host: 'git.company.local:5002',
    text: 'error pushing image: failed to push to destination git.company.local:5002/project:latest: unrecognized HTTP status: 400 Bad Request',
    source: 'GoogleContainerTools/kaniko#548',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: Kaniko from GitLab CI pushing to the GitLab registry after it moved from HTTP to HTTPS; the reporter asks why Kaniko still speaks HTTP without any --insecure flag (the host ends in .local, which go-containerregistry reaches over plain HTTP), and a plain-HTTP request to a TLS port is answered 400. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev39-gitlab-04',
    family: 'gitlab',
    host: 'gitlab.gitlab:5000',
    text: 'registries must be valid RFC 3986 URI authorities: gitlab.gitlab:5000',
    source: 'GoogleContainerTools/kaniko#248',
    expected: 'not-a-login-failure',
    note: 'needs the thread: Kaniko in a pod pushing to a GitLab registry inside the same cluster; the pod spec passes `- -d gitlab.gitlab:5000/root/awesome-project` as one argument, so the destination reaches Kaniko with a leading space and fails name parsing before any request. INFERENCE: the stored thread shows no fix. The text is the error as the issue title quotes it'
  },
  {
    id: 'dev39-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "error checking push permissions: checking push permission: DENIED: Token exchange failed for project 'mattmoor-public'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'GoogleContainerTools/kaniko#622',
    expected: 'insufficient-scope',
    note: "Kaniko's push-permission check, tested by a maintainer against a Container Registry project his identity may not write (the next run, to his own project, goes on); the credential is accepted and lacks the bucket permission"
  },
  {
    id: 'dev39-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "$ ko publish ./cmd/ko/\n2019/10/04 15:58:00 No matching credentials were found, falling back on anonymous\n2019/10/04 15:58:00 Using base gcr.io/distroless/static:latest for github.com/google/ko/cmd/ko\n2019/10/04 15:58:00 Building github.com/google/ko/cmd/ko\n\t2019/10/04 15:58:04 Publishing gcr.io/jonjohnson-test/ko/ko-099ba5bcefdead87f92606265fb99ac0:latest\n2019/10/04 15:58:04 failed to publish images: error publishing github.com/google/ko/cmd/ko: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'ko-build/ko#8',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a maintainer's demonstration right after `rm ~/.docker/config.json`: ko finds no credential and publishes anonymously to gcr.io"
  },
  {
    id: 'dev39-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'INFO[0000] Downloading base image gcr.io/google_containers/busybox:test\nerror building image: getting stage builder for stage 0: Get https://gcr.io/v2/token?scope=repository%3Agoogle_containers%2Fbusybox%3Apull&service=gcr.io: exit status 1',
    source: 'GoogleContainerTools/kaniko#613',
    expected: 'credential-store-error',
    alsoAcceptable: ['unknown'],
    case: 'credential-helper',
    note: 'needs the thread: a pull of a public gcr.io base image by the Kaniko image, whose docker config names docker-credential-gcr for gcr.io; "exit status 1" is how go-containerregistry reports a credential helper that failed (outside Google Cloud the helper finds no credential). INFERENCE: the thread was closed as not reproducible'
  },
  {
    id: 'dev39-gar-04',
    family: 'gar',
    host: 'marketplace.gcr.io',
    text: "ERRO[0000] Error while retrieving image from cache: marketplace.gcr.io/google/debian9 GET https://marketplace.gcr.io/v2/google/debian9/manifests/latest: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'GoogleCloudPlatform/compute-image-tools#1300',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a Kaniko build with a marketplace.gcr.io base image and no credential for it; the fix (per kaniko's own advice) switched the base image to Google's managed-image endpoint that needs no authentication, after which the build passed"
  },
  {
    id: 'dev39-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "xxx.azurecr.io/xxx:latest": resolving authorization for xxx.azurecr.io failed: error getting credentials - err: exec: "docker-credential-acr": executable file not found in $PATH, out: ``',
    source: 'GoogleContainerTools/kaniko#2006',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'the docker config names the `acr` credential helper, which newer Kaniko images no longer ship (they ship acr-env); the thread\'s fix is `"credHelpers":{"<registry>":"acr-env"}` (kaniko PR #2109 documents it). The post masked the registry; `host` is a placeholder'
  },
  {
    id: 'dev39-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'error checking push permissions -- make sure you entered the\ncorrect tag name, and that you are authenticated correctly, and try again:\nchecking push permission for "MYACR.azurecr.io/mytestimage:test":\nresolving authorization for MYACR.azurecr.io failed: error getting credentials -\nerr: exit status 1, out: `failed to acquire refresh token error refreshing sp token - adal:\nFailed to execute the refresh request. Error = \'context deadline exceeded\'`',
    source: 'GoogleContainerTools/kaniko#2696',
    expected: 'credential-store-error',
    alsoAcceptable: ['registry-unreachable'],
    case: 'credential-helper',
    note: "Kaniko on AKS using the acr-env helper with the cluster's managed identity (no service principal); the helper timed out getting an Azure AD token, so the registry was never asked. INFERENCE: the stored thread shows no fix. Posted wrapped over lines as here (trailing spaces trimmed); the post masked the registry name, `host` is a placeholder"
  },
  {
    id: 'dev39-harbor-01',
    family: 'harbor',
    host: 'harbor.vkdata.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "harbor.vkdata.com/library/test-kaniko": creating push check transport for harbor.vkdata.com failed: Get "https://harbor.data.com/v2/": dial tcp 18.211.9.206:443: connect: connection refused',
    source: 'GoogleContainerTools/kaniko#1415',
    expected: 'registry-unreachable',
    note: "Kaniko in Kubernetes pushing to an intranet-only Harbor whose name was added to the nodes' hosts files; inside the pod the name resolved to a public address that refused the connection (the post anonymises the host inconsistently, as copied)"
  },
  {
    id: 'dev39-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'INFO[0008] Pushing image to <HARBOR>\nerror pushing image: failed to push to destination <HARBOR>: HEAD <HARBOR>: unexpected status code 412 Precondition Failed (HEAD responses have no body, use GET for details)',
    source: 'GoogleContainerTools/kaniko#2838',
    expected: 'not-a-login-failure',
    note: 'needs the thread: Kaniko re-pushing an existing tag to Harbor; the reporter found the project\'s "Deployment security: Cosign" setting refuses to replace a tag that was signed, hence 412. The post masked the registry as <HARBOR>; `host` is a placeholder'
  },
  {
    id: 'dev39-ecr-01',
    family: 'ecr',
    host: '0000000000.dkr.ecr.eu-west-2.amazonaws.com',
    text: '13:14:24  + buildah login --username AWS --password-stdin 0000000000.dkr.ecr.eu-west-2.amazonaws.com\n13:14:24  Error: get credentials: error getting credentials - err: exec: "docker-credential-ecr-login": executable file not found in $PATH, out: ',
    source: 'podman-container-tools/buildah#6301',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`buildah login` to ECR on an agent whose docker config names the ecr-login credential helper, which is not installed; the login fails before the registry is asked. The account id is masked as posted'
  },
  {
    id: 'dev39-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "[MASKED].dkr.ecr.us-east-1.amazonaws.com/[MASKED]:b263001f": POST https://[MASKED].dkr.ecr.us-east-1.amazonaws.com/v2/[MASKED]/blobs/uploads/: DENIED: User: arn:aws:sts::[MASKED]:assumed-role/[MASKED]-NodeInstanceRole/i-[MASKED] is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:[MASKED]:repository/[MASKED]',
    source: 'GoogleContainerTools/kaniko#1455',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    note: "Kaniko in GitLab on Kubernetes: the ecr-login helper signed in as the node's instance role, which may not push, instead of the access keys the job meant to use (a comment shows the job's echo wrote an unquoted, broken config.json). The identity that reached ECR lacks ecr:InitiateLayerUpload. The post masked the account (GitLab [MASKED]); `host` is a placeholder"
  },
  {
    id: 'dev39-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'WARN[0000] Error while retrieving image from cache: unsupported status code 401; body: Not Authorized',
    source: 'GoogleContainerTools/kaniko#410',
    expected: 'missing-credentials',
    note: "needs the thread: Kaniko pushes to the same ECR repository with the ecr-login credential helper, but its cache lookup in --cache-repo answers 401: that Kaniko version looked the cache up without the helper's credential. INFERENCE: the stored thread shows no confirmed fix. The post redacted the registry; `host` is a placeholder"
  },
  {
    id: 'dev39-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'time="2018-06-21T06:54:38Z" level=info msg="appending to multi args XXXXXXXX.dkr.ecr.us-east-1.amazonaws.com/firefly-fib:latest"\ntime="2018-06-21T06:54:42Z" level=error msg="UNAUTHORIZED: \\"authentication required\\""',
    source: 'GoogleContainerTools/kaniko#212',
    expected: 'missing-credentials',
    note: 'needs the thread: an early Kaniko (mid-2018, no ECR credential helper in the image) run locally with ~/.docker and ~/.aws mounted; the ECR login docker had stored could not be used by Kaniko, so the push went without a credential. INFERENCE: the stored thread shows no confirmed fix. The middle log lines (unpacking, mounted directories) were cut; the account is masked as posted'
  },
  {
    id: 'dev39-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Execution failed for task ':project:pushDocker'.\n> Could not push image: Error pushing to registry: Authentication is required.",
    source: 'bmuschko/gradle-docker-plugin#142',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: 'needs the thread: bmuschko gradle-docker-plugin with registryCredentials for index.docker.io pushing company/blabla; the reporter found "it was actually a missing right to write to that REPO"'
  },
  {
    id: 'dev39-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: '> Could not push image: denied: requested access to the resource is denied',
    source: 'bmuschko/gradle-docker-plugin#447',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: 'needs the thread: the DockerPushImage task pushes imageName "test" (tag backend), a name without a namespace, i.e. library/test on Docker Hub, which no user may write. INFERENCE: the reporter only says "Seems like the issue is sorted now"'
  },
  {
    id: 'dev39-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Execution failed for task ':buildDocker'.\n> Docker execution failed\n  Command line [docker push image/example:1.0] returned:\n  denied: requested access to the resource is denied",
    source: 'Transmode/gradle-docker#137',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: the Transmode gradle-docker plugin shells out to `docker push`, which does not use the task's apiUsername/apiPassword; the issue asks the plugin to log in first and the maintainer asks whether a `docker login` before the build works. INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev39-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[ERROR] Failed to execute goal com.spotify:docker-maven-plugin:0.4.13:push (push-image) on project publisher: Exception caught: denied: requested access to the resource is denied -> [Help 1]',
    source: 'spotify/docker-maven-plugin#328',
    expected: 'missing-credentials',
    case: 'credential-helper',
    note: 'needs the thread: Spotify docker-maven-plugin with useConfigFile on macOS; config.json holds an empty entry for Docker Hub and "credsStore": "osxkeychain", which the plugin does not read, so it pushes without a credential; a <server> in settings.xml works'
  },
  {
    id: 'dev39-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[root@bootp-73-3-165 bud]# buildah bud --authfile=/root/auth.json .\nSTEP 1: FROM docker.io/gouyang/httpd\nerror building: error creating build container: no such image "docker.io/gouyang/httpd": image not known',
    source: 'podman-container-tools/buildah#414',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: a private Docker Hub base image; `buildah bud` pulled it with credentials from ~/.docker/config.json but ignored --authfile, so the pull went anonymously and the private image read as not found; fixed in buildah (#419)'
  },
  {
    id: 'dev39-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[root@dd836c415cc3 /]# env REGISTRY_AUTH_FILE=/tmp/non_existent_creds.json buildah pull docker.io/library/hello-world\nerror checking authfile path /tmp/non_existent_creds.json: stat /tmp/non_existent_creds.json: no such file or directory',
    source: 'podman-container-tools/buildah#3259',
    expected: 'credential-store-error',
    alsoAcceptable: ['not-a-login-failure'],
    note: "a public pull fails before any request because REGISTRY_AUTH_FILE (set in the quay.io/buildah/stable image's environment, per podman-container-tools/buildah#3216) names a file that does not exist; unsetting it for the command works"
  },
  {
    id: 'dev39-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'buildah pull docker.io/elyra/kernel-imager-puller\nError initializing source docker://elyra/kernel-imager-puller:latest: Error reading manifest latest in docker.io/elyra/kernel-imager-puller: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\nERRO exit status 125',
    source: 'elyra-ai/elyra#1165',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a typo, kernel-imager-puller for kernel-image-puller ("didn\'t see that they were a typo"); Docker Hub answers a name it does not have with denied/unauthorized. A blank line before the last line was removed'
  },
  {
    id: 'dev39-docker-hub-08',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'error uploading layer to cache: failed to push to destination index.docker.io/library/my.private.repo:b35e3681ce315fa741c42dd991247d42aa0e9d37e3543c4dff44b8c502c5ace7: unsupported status code 401; body:',
    source: 'GoogleContainerTools/kaniko#616',
    expected: 'registry-mismatch',
    alsoAcceptable: ['repository-not-found'],
    note: 'Kaniko run with --cache-repo=my.private.repo: a bare host with no repository path was read as an image name on Docker Hub (library/my.private.repo), so the cache push went to another registry than the one the credentials are for'
  },
  {
    id: 'dev39-docker-hub-09',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'INFO[0007] Resolved base name golang:1.14-alpine to builder\nDEBU[0007] Built stage name to index map: map[builder:0]\nDEBU[0007] Found extra base image stage build_base\nINFO[0007] Retrieving image manifest build_base\nINFO[0007] Retrieving image build_base\nerror building image: GET https://index.docker.io/v2/library/build_base/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/build_base Type:repository]]',
    source: 'GoogleContainerTools/kaniko#1410',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'the Dockerfile names its build stage `builder` but copies `--from=build_base`, so Kaniko looks build_base up as the official image library/build_base, which does not exist. Each line was posted wrapped in backticks; they and trailing spaces were removed'
  },
  {
    id: 'dev39-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[ERROR] Failed to execute goal com.spotify:docker-maven-plugin:0.1.1:push (default-cli) on project vertx-sample-client: Exception caught: Error: Status 401 trying to push repository mtbridge/vertx-sample-client: "" -> [Help 1]',
    source: 'spotify/docker-maven-plugin#57',
    expected: 'missing-credentials',
    note: 'needs the thread: Spotify docker-maven-plugin 0.1.1 `mvn docker:push` with no registry credentials in the pom or settings.xml; that plugin version sends none of its own. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev39-generic-01',
    family: 'generic',
    host: 'reg.docker.aliyun.com',
    text: '> exporting to image:\nerror: failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed',
    source: 'moby/buildkit#838',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: `buildctl build ... --exporter-opt push=true` with the login in $HOME/.docker/config.json; buildkitd's debug log in the post shows the bearer token it sent has an empty subject, i.e. an anonymous token, so buildctl's session offered no credential for that host (a later comment fixed a like case by naming the registry with its port). INFERENCE: no confirmed fix from the reporter. Bold markers (**) around the error line were removed"
  },
  {
    id: 'dev39-generic-02',
    family: 'generic',
    host: 'registry.example.com',
    text: '> Could not push image: no basic auth credentials',
    source: 'bmuschko/gradle-docker-plugin#746',
    expected: 'missing-credentials',
    note: "needs the thread: bmuschko's remote-API plugin pushing to a private registry the user had `docker login`ed to; without a registryCredentials block the plugin sent none (with it, or with the Transmode plugin after docker login, the push works). The post does not name the registry; `host` is a placeholder"
  },
  {
    id: 'dev39-generic-03',
    family: 'generic',
    host: 'registry.example.com',
    text: '$ buildah push ...\nGetting image source signatures\nunauthorized: authentication required',
    source: 'podman-container-tools/buildah#3189',
    expected: 'missing-credentials',
    note: 'needs the thread: buildah running as root in a container; `buildah login` wrote /run/containers/0/auth.json while push looked for the auth file elsewhere, so it pushed without the login (passing --authfile works). The post does not name the private registry; `host` is a placeholder'
  },
  {
    id: 'dev39-generic-04',
    family: 'generic',
    host: 'registry.example.com',
    text: '[ERROR] Failed to execute goal com.spotify:docker-maven-plugin:0.2.11:push (default-cli) on project coreos-sandbox: Exception caught: Incomplete Docker registry authorization credentials. Please provide all of username, password, and email or none.',
    source: 'spotify/docker-maven-plugin#110',
    expected: 'malformed-credentials',
    note: 'a push to a private repository without the settings.xml <server> configuration the plugin needs (the PR adds it to the README); the plugin refuses the incomplete credential before asking the registry. The post does not name the registry; `host` is a placeholder'
  },
  {
    id: 'dev39-generic-05',
    family: 'generic',
    host: 'private.com',
    text: "[ERROR] DOCKER> Unable to push 'private/com/dev/hello-rest-server2:1.0' to registry 'private.com' : unauthorized: authentication required  [unauthorized: authentication required ]",
    source: 'fabric8io/docker-maven-plugin#1180',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials'],
    note: 'needs the thread: the debug lines before it say the AuthConfig came from ~/.m2/setting.xml and "registry = private.com, isValid= false", so the plugin found no valid credential for the registry and pushed without one. INFERENCE: no confirmed fix in the stored thread. The host is anonymised as posted'
  },
  {
    id: 'dev39-not-login-01',
    family: 'not-login',
    host: 'index.docker.io',
    text: 'INFO[0000] Downloading base image maven:3.5-jdk-8\n2018/11/20 18:35:44 No matching credentials were found, falling back on anonymous\nINFO[0001] Executing 0 build triggers\nINFO[0001] Unpacking rootfs as cmd RUN mvn -f /usr/src/backend-demo/pom.xml clean package requires it.\nerror building image: error building stage: chmod /bin: operation not permitted',
    source: 'GoogleContainerTools/kaniko#464',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'Kaniko run as a non-root user in a pod cannot unpack the base image\'s root filesystem; the "falling back on anonymous" line is the normal public pull of the base image, not the failure'
  },
  {
    id: 'dev39-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: error resolving dockerfile path: copying dockerfile: creating file: open /kaniko/Dockerfile: permission denied',
    source: 'GoogleContainerTools/kaniko#1363',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'Kaniko run as a non-root user cannot write /kaniko; kaniko PR #2009 ("Fixes #1363") makes the directory world-writable. No registry is involved; `host` is a placeholder'
  },
  {
    id: 'dev39-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'INFO[0358] Saving file /go/build/booktaxi for later use\nerror building image: mkdir /kaniko/0/go: permission denied',
    source: 'GoogleContainerTools/kaniko#1171',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'Kaniko on a cluster whose pod security policy drops the DAC_OVERRIDE capability; a maintainer confirms Kaniko needs it. No registry is involved; `host` is a placeholder'
  },
  {
    id: 'dev39-not-login-04',
    family: 'not-login',
    host: 'xyz.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Error: error resolving source context: AccessDenied: Access Denied\n\tstatus code: 403, request id: H0D50F01A5H2W032, host id: mkMWL/zspx0utApou5LD/dc/VXaFJtjLCNzNKkAlxX8+S4+iPQZ3z6FxxGLQUo7rV0WdpJIrXF4=',
    source: 'GoogleContainerTools/kaniko#2476',
    expected: 'not-a-login-failure',
    note: "Kaniko run as non-root with --context=s3://...: S3 refused to hand over the build context, before any registry request (the destination is ECR). INFERENCE: the thread moves on to other errors without a confirmed fix; the 403 is the pod's S3 access, not a registry login"
  },
  {
    id: 'dev39-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'error building image: error building stage: failed to get filesystem from image: error removing bin to make way for new symlink: unlinkat //bin/sh: permission denied',
    source: 'GoogleContainerTools/kaniko#3135',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'a commenter with the same error found the Kaniko pod had to run as root. No registry is involved; `host` is a placeholder'
  },
  {
    id: 'dev39-not-login-06',
    family: 'not-login',
    host: 'ghcr.io',
    text: "$ docker run --rm -it ghcr.io/nixos/nix:latest\nUnable to find image 'ghcr.io/nixos/nix:latest' locally\ndocker: Error response from daemon: manifest unknown.",
    source: 'NixOS/nix#10042',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'once the package was readable, ghcr.io/nixos/nix had no `latest` tag; the reporter found ghcr.io/nixos/nix:master works'
  },
  {
    id: 'dev39-not-login-07',
    family: 'not-login',
    host: 'registry.example.com',
    text: 'error pushing image: failed to push to destination $IP_OF_REGISTRY/project/project:latest: TAG_INVALID: "manifest tag did not match URI"',
    source: 'GoogleContainerTools/kaniko#429',
    expected: 'not-a-login-failure',
    note: 'Kaniko pushing to an on-premises private registry; the reporter found "problem was about image" and closed it. INFERENCE: the fix is not described. The post masks the registry as $IP_OF_REGISTRY; `host` is a placeholder'
  }
]

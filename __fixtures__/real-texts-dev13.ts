/**
 * A thirteenth development set of real registry error texts ("dev13"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirteenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1083
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support; INFERENCE marks a label where the stored thread shows no
 * confirmed fix. Where the post masked or left out the registry host,
 * `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV13: readonly RealText[] = [
  {
    id: 'dev13-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "The push refers to repository [ghcr.io/mineiros-io/terramate]\n36ffdceb4c77: Preparing\n36ffdceb4c77: Layer already exists\ndenied: installation not allowed to Write organization package\nError: The process '/opt/hostedtoolcache/goreleaser-action/1.2.5/x64/goreleaser' failed with exit code 1",
    source: 'terramate-io/terramate#213',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'goreleaser pushing with the workflow GITHUB_TOKEN: the installation token may not write the organization package (it is not linked to the repository / granted Actions access); the PR switches to a PAT with write:packages. The line before the refusal (a layer id with a run link pasted into it) is dropped'
  },
  {
    id: 'dev13-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '⨯ release failed after 38.20s error=docker images: failed to publish artifacts: failed to push ghcr.io/helium-diy/lightweight-dashboard:0.0.4: exit status 1: The push refers to repository [ghcr.io/helium-diy/lightweight-dashboard]\na247e2708871: Preparing\n07d3c46c9599: Preparing\ndenied: not_found: owner not found',
    source: 'goreleaser/goreleaser#2815',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    case: 'namespace',
    note: "GHCR says the namespace (owner) of the image name does not exist: the GitHub organization is HeliumDIY, whose GHCR namespace is heliumdiy, not helium-diy. INFERENCE: the thread was closed as invalid without a posted fix; the label rests on GHCR's own words"
  },
  {
    id: 'dev13-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Trying to pull ghcr.io/patillacode/piruetas:latest...\nError: initializing source docker://ghcr.io/patillacode/piruetas:latest: unable to retrieve auth token: invalid username/password: unauthorized',
    source: 'patillacode/piruetas#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: an anonymous podman pull on a Raspberry Pi of a freshly published package; the maintainer found the GHCR package private (the default) and made it public, after which the pull worked. podman\'s "invalid username/password" wording comes from the token request, not from a bad password (2026)'
  },
  {
    id: 'dev13-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/vegardit/gitea-act-runner:latest\nError response from daemon: Head "https://ghcr.io/v2/vegardit/gitea-act-runner/manifests/latest": unauthorized',
    source: 'vegardit/docker-gitea-act-runner#69',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the maintainer found the packages set to private visibility and made them public; an anonymous pull of a private package'
  },
  {
    id: 'dev13-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: rpc error: code = Unknown desc = error getting credentials - err: exit status 1, out: `No stored credential for ghcr.io`',
    source: 'linuxserver/docker-openssh-server#38',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'a BuildKit build on macOS resolving a public base image: the credential helper of the docker config (the keychain helper) exited 1 for a host it held nothing for, and this BuildKit version treated that as fatal; the workaround given was to disable BuildKit or pull the base image first'
  },
  {
    id: 'dev13-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/opendevin/sandbox/manifests/latest": denied: denied',
    source: 'OpenHands/OpenHands#688',
    expected: 'stale-login',
    alsoAcceptable: ['registry-unreachable', 'unknown'],
    note: 'needs the thread: a pull of a public image; maintainers first suspected a GHCR outage, the reporter fixed it by reinstalling Docker Desktop (which drops the stored logins). INFERENCE: a stale stored ghcr.io login is the likeliest reading; no one confirmed it'
  },
  {
    id: 'dev13-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Get https://ghcr.io/v2/: denied: denied',
    source: 'INSPIRE-MIF/helpdesk-validator#608',
    expected: 'invalid-credentials',
    alsoAcceptable: ['pat-required'],
    case: 'password',
    note: 'needs the thread: `docker login ghcr.io` with "a normal GitHub account"; the reporter then pulled the public image without any login. INFERENCE: GHCR refuses an account password (it takes a token); no fix for the login itself is in the thread'
  },
  {
    id: 'dev13-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[ci2/linux-clang] pulling image \'docker.io/catthehacker/ubuntu:full-latest\' () failed with credentials Error response from daemon: Head "https://registry-1.docker.io/v2/catthehacker/ubuntu/manifests/full-latest": unauthorized: incorrect username or password retrying without them, please check for stale docker config files',
    source: 'nektos/act#2086',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'act pulling a public image with the credentials of the docker config: Docker Hub refused them and act retried without them (the pull then succeeded); the stored login is outdated'
  },
  {
    id: 'dev13-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: Error response from daemon: Head "https://registry-1.docker.io/v2/catthehacker/ubuntu/manifests/act-latest": unauthorized: incorrect username or password',
    source: 'nektos/act#1769',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: act on Windows pulling a public image with the Docker Desktop login it read from the docker config; the fix (nektos/act#1774) retries the pull without credentials and tells the user to check for stale docker config files'
  },
  {
    id: 'dev13-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "logging into registry-1.docker.io with username alexcb132 (using credentials from /acb/a-real-project/std/registry/registry-1.docker.io/)\n         alpine:3.17 | WARN: The command 'Load metadata alpine:3.17 linux/amd64' failed: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
    source: 'earthly/earthly#2783',
    expected: 'invalid-credentials',
    case: 'password',
    note: 'Earthly project registry credentials set up with a wrong password (the issue reproduces it on purpose); the token request answers 401. The password in the setup command is a placeholder and is not copied'
  },
  {
    id: 'dev13-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[INFO] The push refers to repository [docker.io/library/json2kafka-0.0.2]\n[INFO] Image 821c7326f20f: Preparing\n[INFO] Image a2ae92ffcd29: Waiting\n[ERROR] denied: requested access to the resource is denied',
    source: 'spotify/dockerfile-maven#99',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: 'dockerfile-maven pushing an image named without a Docker ID, so to docker.io/library/…, the official-images namespace no user may push to. ANSI colour codes of the Maven log and repeated Preparing/Waiting lines are removed'
  },
  {
    id: 'dev13-harbor-01',
    family: 'harbor',
    host: 'harbor-noah.test.com',
    text: '[root@harborC ~]# docker pull   archplatform/janus-server-cluster-staging.test.com:1.5.1_71_d5bc523e1f546008cd8075c1f6d93a69e3b7d3b5\nError response from daemon: repository archplatform/janus-server-cluster-staging.vip.vip.com not found: does not exist or no pull access',
    source: 'dragonflyoss/dragonfly-archived#20',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: docker pulls through Dragonfly's df-daemon as registry mirror in front of a Harbor with authentication; a direct pull from the Harbor host works after `docker login`. The maintainers confirmed df-daemon did not send the credentials to the registry. The repository name in the answer differs from the one pulled as posted (masked by the reporter)"
  },
  {
    id: 'dev13-harbor-02',
    family: 'harbor',
    host: '192.168.0.104',
    text: "[kchan@kchan04 ~]$ docker pull 192.168.0.104/library/hello-world\nUsing default tag: latest\nError response from daemon: error parsing HTTP 403 response body: invalid character 'o' in literal null (expecting 'u'): \"no matched registry for 192.168.0.104\"",
    source: 'dragonflyoss/dragonfly-archived#138',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    case: 'proxy',
    note: "needs the thread: docker pulling from an HTTP-only Harbor with Dragonfly's dfdaemon set as HTTP_PROXY; the 403 and its body come from dfdaemon, not from Harbor (it matched no configured registry and did not do the bearer-token flow). Not the credential"
  },
  {
    id: 'dev13-harbor-03',
    family: 'harbor',
    host: '10.16.33.4',
    text: '# docker pull 10.16.33.4/library/copy-test:v1\nTrying to pull repository 10.16.33.4/library/copy-test ... \nPulling repository 10.16.33.4/library/copy-test\nError: Status 403 trying to pull repository library/copy-test: ""',
    source: 'dragonflyoss/dragonfly-archived#289',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    case: 'proxy',
    note: "needs the thread: a self-hosted Harbor pulled with dfdaemon as the daemon's HTTP_PROXY; `docker login` failed too, and removing the proxy setting made pull and login work. The proxy in between answers, not Harbor. The original post is in Chinese"
  },
  {
    id: 'dev13-harbor-04',
    family: 'harbor',
    host: 'registry.test',
    text: '2023-11-10 07:04:50.309  WARN 1 --- [nio-8080-exec-9] ApplicationConfigurationMetadataResolver : Failed to retrieve properties for resource Docker Resource [docker:registry.test/harbor-project-name/components/myapp:1.0.0] because of HttpClientErrorException.Unauthorized: 401 Unauthorized: "{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: harbor-project-name/components/myapp, action: pull: unauthorized to access repository: harbor-project-name/components/myapp, action: pull"}]}<EOL>"',
    source: 'spring-attic/spring-cloud-dataflow#5548',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: 'needs the thread: Spring Cloud Data Flow reading app metadata from a Harbor project; this 401 is what the reporter got after deliberately putting wrong credentials in the secret, as a maintainer suggested to test whether the secret is read. Host as masked by the reporter (registry.test)'
  },
  {
    id: 'dev13-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "/builds/<user_name>/dependabot-script/vendor/ruby/2.6.0/gems/dependabot-docker-0.113.28/lib/dependabot/docker/update_checker.rb:206:in `rescue in tags_from_registry': The following source could not be reached as it requires authentication (and any provided details were invalid or lacked the required permissions): registry.hub.docker.com (Dependabot::PrivateSourceAuthenticationFailure)",
    source: 'dependabot/feedback#865',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: dependabot-script given a docker_registry credential for a private Harbor (with empty username and password) while the images live there; dependabot looked the tags up on registry.hub.docker.com instead. INFERENCE: no fix is in the stored thread. The Harbor host was masked (<harbor_url>); harbor.example.com stands in'
  },
  {
    id: 'dev13-generic-01',
    family: 'generic',
    host: 'rc.infludata.com:5000',
    text: 'DEBU[0000] Error response from daemon: Head "https://rc.infludata.com:5000/v2/ops/ansible/manifests/latest": no basic auth credentials',
    source: 'nektos/act#788',
    expected: 'missing-credentials',
    note: "act running a job whose `container:` has `credentials:`; act did not use them for the pull (on GitHub's runner the same job works). The job container's credentials are not passed"
  },
  {
    id: 'dev13-generic-02',
    family: 'generic',
    host: 'git.example.com',
    text: '⨯ release failed after 1m4s                        error=ko: failed to publish artifacts: publish: GET https://git.example.com/v2/token?scope=repository%3Auser%2Frepo%3Apush%2Cpull&service=container_registry: UNAUTHORIZED: ',
    source: 'goreleaser/goreleaser#5154',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: goreleaser's ko publisher to a Gitea registry, run inside the goreleaser docker image in Woodpecker CI; the same config works on the host and the docker publisher works in the container, so ko did not get the login. INFERENCE: no confirmed fix in the stored thread. Host as masked by the reporter"
  },
  {
    id: 'dev13-generic-03',
    family: 'generic',
    host: 'artifactory.local',
    text: "Uploading to 'artifactory.local/docker-dcit/apps/productpanel'...\n        Uploading 'artifactory.local/docker-dcit/apps/productpanel@sha256:98132f58b523c391a5788997327cac95e114e3a6609d01163189774510705399'\nError: POST https://artifactory.local/v2/docker-dcit/apps/productpanel/blobs/uploads/: UNAUTHORIZED: User is unauthorized to upload to docker-dcit-local/apps/productpanel/_uploads; map[]",
    source: 'buildpacks-community/kpack-cli#420',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: `kp image create --local-path` uploads the source image from the workstation with its own docker credentials, not with the cluster secret that kpack's Image resource uses (that path works). INFERENCE: no reply in the stored thread; Artifactory's words fit a user without deploy rights on that repository as well"
  },
  {
    id: 'dev13-generic-04',
    family: 'generic',
    host: 'registry.example.com:5000',
    text: 'Invalid Docker publish registry configuration, either token or username/password must be provided',
    source: 'spring-projects/spring-boot#28844',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: spring-boot:build-image publishing to a private registry that needs no authentication; the plugin refused a publishRegistry without credentials. Spring Boot later fixed this (publishing without authentication, spring-boot#31821). The host was masked (<vm-name>:5000); registry.example.com:5000 stands in'
  },
  {
    id: 'dev13-generic-05',
    family: 'generic',
    host: 'registry.cn-shenzhen.aliyuncs.com',
    text: '[ERROR] Failed to execute goal com.spotify:docker-maven-plugin:1.2.0:push (push-image) on project microservice-td: Exception caught: denied: requested access to the resource is denied -> [Help 1]',
    source: 'spotify/docker-maven-plugin#422',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    case: 'namespace',
    note: "needs the thread: docker-maven-plugin pushing to Alibaba Cloud's registry (registry.cn-shenzhen.aliyuncs.com/21jhf/…) after five retries. INFERENCE: no fix in the stored thread; the answer fits a namespace the login may not write or a push without the plugin's server credentials"
  },
  {
    id: 'dev13-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '[11:04:25 AM] [semantic-release] ��� ���  EDOCKERLOGIN Error login to docker registry.\nTry login to docker registry.',
    source: 'eclass/semantic-release-docker#400',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: @eclass/semantic-release-docker configured with user AWS_DOCKER_USER and password AWS_DOCKER_PASSWORD (names of environment variables) for an ECR registry; the maintainer's answer sets AWS_DOCKER_USER=AWS and exports AWS_DOCKER_PASSWORD from `aws ecr get-authorization-token` before the run. The garbled characters are as posted. The account id was masked; a placeholder stands in"
  },
  {
    id: 'dev13-ecr-02',
    family: 'ecr',
    host: '623575552266.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: 'Post https://623575552266.dkr.ecr.ap-southeast-1.amazonaws.com/v2/creditcard_server_dockerimg_rep/blobs/uploads/: no basic auth credentials',
    source: 'Shippable/support#3082',
    expected: 'missing-credentials',
    note: "a docker push in Shippable's post_ci step while the ECR integration was declared `agent_only: true`, so no ECR login existed where the push ran; moving the push to the push section (or dropping agent_only) fixed it"
  },
  {
    id: 'dev13-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error response from daemon: login attempt to https://***/v2/ failed with status: 401 Unauthorized',
    source: 'whoan/docker-build-with-cache-action#30',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the action detected an ECR registry and logged in with what it built from the AWS keys; the keys were valid (the reporter ran the commands by hand). The fix (whoan/docker-build-with-cache-action#32) changed how the action performs the ECR login. INFERENCE: the password docker sent was not a valid ECR token. Host masked as *** by Actions; a placeholder stands in'
  },
  {
    id: 'dev13-gar-01',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: 'Error response received when pushing image: denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "REDACTED" (or it may not exist)',
    source: 'spring-projects/spring-boot#45849',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'credential-helper',
    note: 'needs the thread: bootPublishImage in GitHub Actions after `gcloud auth configure-docker`, whose credHelpers entry `pack build --publish` used fine; the Gradle plugin did not invoke docker-credential-gcloud and pushed without credentials (2025). The host was masked (<REGISTRY>); us-docker.pkg.dev stands in'
  },
  {
    id: 'dev13-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "Getting buildpacks in space: matt\nError: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'google/kf#718',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: `kf buildpacks` reading a buildpack builder image from a private GCR repository with no credentials of its own (related to kf#331); fixed in kf'
  },
  {
    id: 'dev13-acr-01',
    family: 'acr',
    host: 'apwmstestacr.azurecr.io',
    text: '17/09/2018 18:41:42.500 ERROR - Site: testacr917-5 - Docker client error. Pull image failed. Image: apwmstestacr.azurecr.io/customfontssample:latest. StatusCode: InternalServerError. Message: Docker API responded with status code=InternalServerError, response={"message":"Get https://apwmstestacr.azurecr.io/v2/customfontssample/manifests/latest: unauthorized: authentication required"}',
    source: 'Azure/azure-functions-ux#3164',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: "App Service (Windows containers) created through the portal's ACR pickers: the registry credentials were not passed to the site, so the pull was anonymous; entering them as a custom registry worked"
  },
  {
    id: 'dev13-acr-02',
    family: 'acr',
    host: 'bcinsider.azurecr.io',
    text: 'PS C:\\WINDOWS\\system32> docker pull bcinsider.azurecr.io/bcsandbox:us\ndocker : Error response from daemon: Get https://bcinsider.azurecr.io/v2/bcsandbox/manifests/us: unauthorized: authentication required',
    source: 'microsoft/navcontainerhelper#561',
    expected: 'missing-credentials',
    note: 'a Windows container pull from the Business Central insider registry, which needs the credentials given to the insider program; the user pulled without a login. The PowerShell error-record lines after it are trimmed'
  },
  {
    id: 'dev13-acr-03',
    family: 'acr',
    host: 'jyowingtiptoysregistry.azurecr.io',
    text: "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:1.8.0:build (default-cli) on project gs-spring-boot-docker: Build image failed, perhaps you should make sure your credentials for 'jyowingtiptoysregistry.azurecr.io/gs-spring-boot-docker' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help: Unauthorized for jyowingtiptoysregistry.azurecr.io/gs-spring-boot-docker: 401 Unauthorized -> [Help 1]",
    source: 'MicrosoftDocs/azure-dev-docs#87',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error', 'unknown'],
    note: 'needs the thread: `az acr login` wrote an identitytoken entry to config.json, which docker uses but Jib 1.8 did not (GoogleContainerTools/jib#2488), so Jib pushed without a usable credential. `->` was HTML-escaped in the stored copy and is restored'
  },
  {
    id: 'dev13-acr-04',
    family: 'acr',
    host: 'bbhub.azurecr.io',
    text: 'time="2019-06-21T15:29:12+02:00" level=fatal msg="build failed: building [bbhub.azurecr.io/skaffold-test]: build artifact: getting image: unsupported status code 401; body: "',
    source: 'GoogleContainerTools/skaffold#1649',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: "needs the thread: Skaffold with the Jib builder on Windows; Jib pushed to ACR, then Skaffold's own request for the image got 401, reported with the ACR docker credential helper configured. INFERENCE: Skaffold did not obtain the credential the helper gives; no single fix is confirmed in the stored thread"
  },
  {
    id: 'dev13-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '2024-11-18T18:44:45+01:00 ERROR: failed to initialize analyzer: validating registry write access: failed to ensure registry read/write access to quay.io/snowdrop/my-quarkus-app: POST https://quay.io/v2/snowdrop/my-quarkus-app/blobs/uploads/: UNAUTHORIZED: access to the requested resource is not authorized; map[]',
    source: 'snowdrop/java-buildpack-client#88',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope', 'repository-not-found'],
    note: 'needs the thread: the Java buildpack client building to quay.io without the daemon (registry mode); the registry credentials were not handed to the lifecycle (the library added per-registry auth and its wiring in later releases, snowdrop/java-buildpack-client#100). INFERENCE from the follow-up PR'
  },
  {
    id: 'dev13-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '> Error: Status 403 trying to push repository test/devops: {"info_url": "http://docs.quay.io/issues/no-repo-write-permission.html", "error": "You do not have permission to modify repository test/devops"}',
    source: 'bmuschko/gradle-docker-plugin#61',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: gradle-docker-plugin pushing to quay.io with Docker 1.5+ (2015); Quay says the authenticated account may not write test/devops. The title ties it to the plugin with newer Docker, i.e. possibly the plugin's credentials not being used. INFERENCE. Gradle log prefixes trimmed"
  },
  {
    id: 'dev13-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '[ERROR] Failed to execute goal org.springframework.boot:spring-boot-maven-plugin:2.4.2:build-image (default-cli) on project spring-boot-docker: Execution default-cli of goal org.springframework.boot:spring-boot-maven-plugin:2.4.2:build-image failed: Docker API call to \'localhost:2375/v1.24/containers/create\' failed with status code 403 "Forbidden" -> [Help 1]',
    source: 'spring-projects/spring-boot#25606',
    expected: 'not-a-login-failure',
    note: 'the 403 comes from the Docker daemon of Bitbucket Pipelines, which forbids creating the privileged/bind-mounted container the buildpack creator needs; no registry is involved'
  },
  {
    id: 'dev13-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'latest: Pulling from ericjmarti/inventory-hunter\nno matching manifest for unknown in the manifest list entries',
    source: 'EricJMarti/inventory-hunter#57',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "a pull on a Raspberry Pi OS machine: the image has no variant for the host's platform (reported as unknown)"
  },
  {
    id: 'dev13-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: "$ sudo docker run ghcr.io/axsuul/plex-media-server-exporter\nUnable to find image 'ghcr.io/axsuul/plex-media-server-exporter:latest' locally\nlatest: Pulling from axsuul/plex-media-server-exporter\ndocker: no matching manifest for linux/arm64/v8 in the manifest list entries.",
    source: 'axsuul/plex-media-server-exporter#17',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'on a Raspberry Pi: the image is published for amd64 only'
  },
  {
    id: 'dev13-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for arm32v7/squid4,\nrepository does not exist or may require 'docker login': denied: requested\naccess to the resource is denied",
    source: 'diladele/docker-websafety#7',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'a pull of a suggested ARM image name that does not exist on Docker Hub (the reply advising to log in was wrong); lines as wrapped in the emailed reply. INFERENCE: the thread has no confirmation'
  },
  {
    id: 'dev13-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'FATA[0006] failed to copy: httpReadSeeker: failed open: failed to do request (`dial tcp 104.18.124.25:443: connect: connection refused`)',
    source: 'containerd/nerdctl#2143',
    expected: 'registry-unreachable',
    note: 'nerdctl pulling from Docker Hub: the manifest request got the usual 401 challenge and a token, then the layer download from the CDN address was refused at TCP; network, not the credential (the text is the issue title as posted)'
  },
  {
    id: 'dev13-not-login-06',
    family: 'not-login',
    host: 'ghcr.io',
    text: '⨯ release failed after 1m25s               error=docker build failed: failed to build ghcr.io/AbsaOSS/external-dns-infoblox-webhook:latest-amd64: exit status 1: ERROR: invalid tag "ghcr.io/AbsaOSS/external-dns-infoblox-webhook:latest-amd64": repository name must be lowercase',
    source: 'goreleaser/goreleaser#5365',
    expected: 'not-a-login-failure',
    note: 'goreleaser building a GHCR image named after a mixed-case organization; docker rejects the tag before any registry is contacted (lowercase the owner)'
  }
]

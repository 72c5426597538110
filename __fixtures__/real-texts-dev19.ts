/**
 * A nineteenth development set of real registry error texts ("dev19"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The nineteenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1353
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

export const REAL_TEXTS_DEV19: readonly RealText[] = [
  {
    id: 'dev19-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/podtato-head/right-leg/manifests/0.2.1": unauthorized',
    source: 'podtato-head/podtato-head#148',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous docker pull of the project\'s GHCR package; a maintainer answered "We\'ve made the images public now", so the package was private and the pull had no login that may read it'
  },
  {
    id: 'dev19-ghcr-02',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: '~$ docker pull docker.pkg.github.com/solo-io/packer-builder-arm-image/packer-builder-arm:latest\nError response from daemon: unauthorized: Your request could not be authenticated by the GitHub Packages service. Please ensure your access token is valid and has the appropriate scopes configured.',
    source: 'solo-io/packer-plugin-arm-image#89',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the old GitHub Packages Docker registry (docker.pkg.github.com) required a login even for public packages; the maintainer answered "github requires auth.. use quay instead". The wording alone also fits a bad token. INFERENCE: the reporter did not say whether a login was stored'
  },
  {
    id: 'dev19-ghcr-03',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'docker pull docker.pkg.github.com/shellbear/web-watcher/web-watcher\nUsing default tag: latest\nError response from daemon: Head https://docker.pkg.github.com/v2/shellbear/web-watcher/web-watcher/manifests/latest: no basic auth credentials',
    source: 'shellbear/web-watcher#4',
    expected: 'missing-credentials',
    note: '"no basic auth credentials": docker held no login for docker.pkg.github.com, which required one even for public packages; the maintainer pointed to pulling with GitHub credentials or building locally'
  },
  {
    id: 'dev19-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/mccutchen/go-httpbin:2.18.3\n\nError response from daemon: Head "https://ghcr.io/v2/mccutchen/go-httpbin/manifests/2.18.3": denied: denied',
    source: 'mccutchen/go-httpbin#223',
    expected: 'stale-login',
    note: 'needs the thread: the image is public; the maintainer pulls it after `docker logout` with no GHCR login, so "denied: denied" comes from a credential the reporter\'s docker sends for ghcr.io. The skopeo block of the same post (403 on the token request) was trimmed. INFERENCE: the reporter did not confirm a fix'
  },
  {
    id: 'dev19-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: failed to resolve reference "ghcr.io/jbenshetler/mcp-ragex:cpu-latest": unexpected status from HEAD request to https://ghcr.io/v2/jbenshetler/mcp-ragex/manifests/cpu-latest: 403 Forbidden',
    source: 'jbenshetler/mcp-ragex#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull from the project\'s install script; the first reporter got "unauthorized" for the same image and suspected the package is private (a screenshot of the visibility setting). Text from a later comment; the shell prompt line was trimmed. INFERENCE: no maintainer reply in the stored thread'
  },
  {
    id: 'dev19-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed creating container: Pull image error ghcr.io/openappsec/agent:latest: Error response from daemon: denied',
    source: 'openappsec/openappsec#306',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the agent image is public (a maintainer says pulling it needs no authentication), yet GHCR answered "denied"; the reporter had tried to "authorize with GitHub account" and fixed it by logging in to ghcr.io again with a classic PAT, which replaced the stored credential. INFERENCE: what the earlier stored credential was is not shown'
  },
  {
    id: 'dev19-gitlab-01',
    family: 'gitlab',
    host: 'myregistry.example.com',
    text: '2019/10/01 06:33:29 fetching "myregistry.example.com/example/example-test:latest": DENIED: access forbidden',
    source: 'google/go-containerregistry#555',
    expected: 'missing-credentials',
    note: 'needs the thread: crane in a GitLab CI job whose config.json was written with "username"/"password" fields and no "auth"; the maintainer found that the config loader does not read those fields, so crane pulled anonymously and the self-hosted GitLab registry ($CI_REGISTRY, the post\'s placeholder host) refused; writing a base64 "auth" entry is the workaround'
  },
  {
    id: 'dev19-gitlab-02',
    family: 'gitlab',
    host: 'gitlab.example.com',
    text: 'Error: signing [<REDACTED>/blueprints/gitlab-ci:3be77678]: accessing entity: GET https://<REDACTED>/v2/blueprints/gitlab-ci/manifests/3be77678: UNAUTHORIZED: access to the requested resource is not authorized',
    source: 'sigstore/cosign#3015',
    expected: 'missing-credentials',
    note: 'needs the thread: cosign sign in a GitLab CI job (a self-hosted GitLab, host masked as posted; placeholder host) after the job wrote $DOCKER_AUTH_CONFIG to /tmp/.docker/config.json, a directory cosign reads only when DOCKER_CONFIG points to it. The tag WARNING block and the repeated main.go line were trimmed. INFERENCE: the issue is open with no confirmed fix'
  },
  {
    id: 'dev19-gitlab-03',
    family: 'gitlab',
    host: 'gitlab.example.com',
    text: 'Login to  with CI_REGISTRY_USER\nError: authenticating creds for "": error pinging docker registry : Get "https:///v2/": http: no Host in request URL\nERROR: Preparation failed: exit status 2',
    source: 'jonasbb/podman-gitlab-runner#13',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'a podman-based GitLab custom executor logging in with CI_REGISTRY_USER to an empty registry address: the instance set CUSTOM_ENV_CI_REGISTRY_USER and _PASSWORD but not CUSTOM_ENV_CI_REGISTRY, so there was no host to reach (a PR followed). Placeholder host (none in the text). No id names "empty registry address"; `unknown` accepted'
  },
  {
    id: 'dev19-gitlab-04',
    family: 'gitlab',
    host: 'gitlab.local',
    text: 'SEVERE: Service yy13pkwxa7d4vcq4ml6xqeyfl ( portal_scheduler ) autoredeploy failed!  {:status 401, :type :http-client, :headers {X-Download-Options noopen, X-Permitted-Cross-Domain-Policies none, Server nginx, Content-Type application/json; charset=utf-8, X-Content-Type-Options nosniff, Content-Length 309, X-Runtime 0.127532, Alt-Svc h3=":443"; ma=2592000,h3-29=":443"; ma=2592000, X-Frame-Options SAMEORIGIN, Connection close, X-Gitlab-Custom-Error 1, Date Wed, 19 Jul 2023 06:57:15 GMT, Vary Accept, X-Gitlab-Meta {"correlation_id":"01H5PF0M0B4ABCSRKDR6SST41S","version":"1"}, X-Request-Id 01H5PF0M0B4ABCSRKDR6SST41S, X-Xss-Protection 1; mode=block, Cache-Control no-cache}, :body {:error HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password. See https://gitlab.local/help/user/profile/account/two_factor_authentication#troubleshooting}}',
    source: 'swarmpit/swarmpit#671',
    expected: 'invalid-credentials',
    alsoAcceptable: ['password-with-2fa'],
    note: "Swarmpit's autoredeploy checking a self-hosted GitLab registry (gitlab.local, as posted): GitLab's own HTTP Basic refusal, which names a wrong password or token and 2FA. INFERENCE: no reply in the stored thread; a Swarm UI thread, kept because GitLab texts are scarce"
  },
  {
    id: 'dev19-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: initializing source docker://quay.io/centos-bootc/bootc-image-builder:latest-1720185748: unable to retrieve auth token: invalid username/password: unauthorized: Invalid Username or Password',
    source: 'bootc-dev/bootc#757',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the public bootc-image-builder image pulled from Podman Desktop\'s bootc extension, while the same pull works from the CLI: the extension\'s pull sends a stored quay.io credential that Quay refuses. The "trying to pull" line (a Markdown link) was trimmed. The same post was filed as podman-desktop/extension-bootc#724, where a maintainer could not reproduce. INFERENCE'
  },
  {
    id: 'dev19-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '$ podman pull quay.io/kubevirt/common-templates:latest\nTrying to pull quay.io/kubevirt/common-templates:latest...\n  unable to retrieve auth token: invalid username/password: unauthorized: Could not find robot with specified username\nError: unable to pull quay.io/kubevirt/common-templates:latest: Error initializing source docker://quay.io/kubevirt/common-templates:latest: unable to retrieve auth token: invalid username/password: unauthorized: Could not find robot with specified username',
    source: 'openshift/release#11274',
    expected: 'invalid-credentials',
    alsoAcceptable: ['stale-login'],
    note: "a CI pull secret (used as podman's auth file) naming a Quay robot that no longer exists; the PR stops syncing the secret and deletes it. The image is public, so a stale credential breaking the pull is also defensible"
  },
  {
    id: 'dev19-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: '[root@buildah-fresh ~]# podman login quay.io\nUsername: rturk\nPassword:\nerror creating directory "/run/user/0/containers": mkdir /run/user/0/containers: no such file or directory',
    source: 'podman-container-tools/podman#427',
    expected: 'credential-store-error',
    case: 'config-file',
    note: 'podman login could not create the directory of its auth file (/run/user/0 absent after `sudo su -`); `mkdir -p /run/user/0/containers` made the same login succeed. The prompt line with `sudo su -` was trimmed'
  },
  {
    id: 'dev19-harbor-01',
    family: 'harbor',
    host: 'registry.url',
    text: 'Error: signing [<image>]: accessing image: GET https://<redacted>: UNAUTHORIZED: unauthorized to access repository: <redacted>, action: pull: unauthorized to access repository: imagename, action: pull\nmain.go:74: error during command execution: signing [...]: accessing image: GET https://<redacted>: UNAUTHORIZED: unauthorized to access repository: obstsalat/imagename, action: pull: unauthorized to access repository: obstsalat/imagename, action: pull',
    source: 'sigstore/cosign#3182',
    expected: 'missing-credentials',
    note: "needs the thread: the cosign container was run with DOCKER_CONFIG=/config.json, a file, where DOCKER_CONFIG names a directory, so cosign found no login and Harbor refused the anonymous pull of a private project; a commenter's workaround copies config.json into ~/.docker of another image. Host: the post's own placeholder (registry.url). INFERENCE: no confirmed fix for the reporter"
  },
  {
    id: 'dev19-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'failed to send blob post, ref harbor.***0_master_0cc930ee: unauthorized"}',
    source: 'regclient/regclient#922',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: regsync to Harbor with a token passed as the password that "sometimes gets expired (known issue atm for us)", as the reporter says; the maintainer suggests a credential helper instead. Masking kept as posted (the trailing `"}` closes the JSON log line); placeholder host'
  },
  {
    id: 'dev19-harbor-03',
    family: 'harbor',
    host: 'docker-reg.mydomain.com',
    text: 'curl: (22) The requested URL returned error: 401 Unauthorized\nCould not contact registry at https://docker-reg.mydomain.com - quitting',
    source: 'mortensteenrasmussen/docker-registry-manifest-cleanup#11',
    expected: 'missing-credentials',
    note: 'needs the thread: the cleanup container was run against a Harbor registry with only REGISTRY_URL set; the maintainer answers that a username and password of a Harbor admin must be added. INFERENCE: the reporter did not confirm'
  },
  {
    id: 'dev19-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2023-01-11T08:36:09Z [ERROR] [/controller/replication/transfer/image/transfer.go:180]: http status code: 429, body: {\n  "errors": [\n    {\n      "code": "TOOMANYREQUESTS",\n      "message": "You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"\n    }\n  ]\n}',
    source: 'goharbor/harbor#18094',
    expected: 'rate-limited',
    note: "Harbor replication pulling from Docker Hub hit Docker Hub's pull rate limit; a maintainer: use a paid Docker account for the endpoint. The identical block before the log line was trimmed; placeholder Harbor host (the post names none)"
  },
  {
    id: 'dev19-ecr-01',
    family: 'ecr',
    host: 'xxxxxxx.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error response from daemon: Get https://xxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v2/<some>/<image>/manifests/latest: no basic auth credentials',
    source: 'awslabs/amazon-ecr-credential-helper#14',
    expected: 'missing-credentials',
    case: 'credential-helper',
    note: 'the ECR credential helper was configured but the Docker on CoreOS was too old to call credential helpers; Docker 1.11 fixed it. Masking kept as posted'
  },
  {
    id: 'dev19-ecr-02',
    family: 'ecr',
    host: '845828040396.dkr.ecr.us-west-2.amazonaws.com',
    text: 'denied: User: arn:aws:iam::845828040396:user/s3-staging-deploy-transportation is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:845828040396:repository/production/transportation-systems-service',
    source: 'hackoregon/civic-devops#78',
    expected: 'insufficient-scope',
    note: 'docker push after a successful ECR login with reused deployer keys; the repository policy allowed only one other ARN, and new keys, repositories and policies fixed it. Host derived from the ARN'
  },
  {
    id: 'dev19-ecr-03',
    family: 'ecr',
    host: '533243300146.dkr.ecr.us-east-1.amazonaws.com',
    text: 'docker pull 533243300146.dkr.ecr.us-east-1.amazonaws.com/newrelic/logging-firelens-fluentbit\n\nUsing default tag: latest\nError response from daemon: Get https://533243300146.dkr.ecr.us-east-1.amazonaws.com/v2/newrelic/logging-firelens-fluentbit/manifests/latest: no basic auth credentials',
    source: 'aws-samples/amazon-ecs-firelens-examples#28',
    expected: 'missing-credentials',
    note: "a pull from another account's private ECR registry with no login to it; the answer points to ECR registry authentication"
  },
  {
    id: 'dev19-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'ERROR: Preparation failed: Error response from daemon: Get https://<repo>:<tag> no basic auth credentials (executor_docker.go:168:0s)',
    source: 'docker-archive-public/docker.machine#4620',
    expected: 'missing-credentials',
    case: 'credential-helper',
    note: "needs the thread: GitLab runner machines created by docker-machine, with the ECR credential helper installed and configured in /home/ubuntu/.docker/config.json, while the runner's pull used another configuration; a manual `sudo docker pull` works and a commenter suggests configuring root. Host masked as posted; placeholder ECR host. INFERENCE"
  },
  {
    id: 'dev19-ecr-05',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'ERROR: failed to solve: public.ecr.aws/shelf/lambda-libreoffice-base:7.4-node16-x86_64: unexpected status from HEAD request to https://public.ecr.aws/v2/shelf/lambda-libreoffice-base/manifests/7.4-node16-x86_64: 403 Forbidden',
    source: 'shelfio/libreoffice-lambda-base-image#25',
    expected: 'stale-login',
    note: 'needs the thread: a FROM of a public ECR Public image; the reporter had logged in to ECR Public earlier and `docker logout public.ecr.aws` fixed the build. The same post was filed as shelfio/aws-lambda-libreoffice#301'
  },
  {
    id: 'dev19-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'java.lang.NullPointerException: null value in entry: appengine.gcr.io=null\n        at com.google.common.collect.CollectPreconditions.checkEntryNotNull(CollectPreconditions.java:34) ~[guava-20.0.jar:na]\n        at com.google.common.collect.ImmutableMapEntry.<init>(ImmutableMapEntry.java:49) ~[guava-20.0.jar:na]\n        at com.google.common.collect.ImmutableMap.entryOf(ImmutableMap.java:122) ~[guava-20.0.jar:na]\n        at com.google.common.collect.ImmutableMap$Builder.put(ImmutableMap.java:198) ~[guava-20.0.jar:na]\n        at com.spotify.docker.client.messages.RegistryConfigs$Builder.addConfig(RegistryConfigs.java:103) ~[docker-client-8.13.1.jar:8.13.1]\n        at com.spotify.docker.client.DockerConfigReader.authForAllRegistries(DockerConfigReader.java:135) ~[docker-client-8.13.1.jar:8.13.1]',
    source: 'spotify/docker-client#1089',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: "needs the thread: the Java Docker SDK reading a config.json whose credHelpers name `gcr` for the gcr.io hosts; the helper's lookup failed and the SDK crashed on the empty result. The PR makes a failing credHelper not crash the build. Stack trace trimmed after the config reader"
  },
  {
    id: 'dev19-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'failed to initialize task "leto test" for alloc "225353c3-aa60-8470-7b56-54b4364f73de": Failed to pull `gcr.io/terraform-nomad-consul-trial/test:latest`: API error (404): {"message":"pull access denied for gcr.io/terraform-nomad-consul-trial/test, repository does not exist or may require \'docker login\'"}',
    source: 'hashicorp/nomad#3726',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    note: 'needs the thread: Nomad\'s docker driver with an `auth` block whose username is `_token` and whose password is a whole JSON token response ({"access_token": ..., "expires_in": ...}) instead of the access token; the maintainer points to the auth config file. INFERENCE: no confirmed fix'
  },
  {
    id: 'dev19-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: '  testcontainers [INFO] Pulling image "***.azurecr.io/***/***:latest"... +4ms\n  testcontainers [DEBUG] Executing Docker credential provider "docker-credential-desktop" +0ms\n  testcontainers [DEBUG] Auth config found for registry "***.azurecr.io": CredsStore +258ms\n13:29:10.854 detox[1731] i Error: (HTTP code 500) server error - Head "***.azurecr.io/***/***:latest": unauthorized: aad access token with sp failed client id must be guid',
    source: 'testcontainers/testcontainers-node#579',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'username',
    note: 'needs the thread: testcontainers-node read the ACR login from Docker Desktop\'s credential store and sent it with a username ACR does not take (ACR reads a non-GUID username as a service principal id); the reporter found the credential store does not keep the username as the library expects. The "Container is ready" line, a trailing space and the stack trace were trimmed; host masked as posted (placeholder)'
  },
  {
    id: 'dev19-acr-02',
    family: 'acr',
    host: 'registry.azurecr.io',
    text: "az acr login --name registry\nYou may want to use 'az acr login -n registry --expose-token' to get an access token, which does not require Docker to be installed.\nAn error occurred: DOCKER_COMMAND_ERROR\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg",
    source: 'Azure/azure-cli#14768',
    expected: 'docker-cli-missing',
    alsoAcceptable: ['unknown'],
    note: "az acr login on RHEL 8, where `docker` is podman's emulation script (podman-docker): az acr login drives the Docker CLI, which is not there; maintainers track podman support as a feature request. A leading space was trimmed"
  },
  {
    id: 'dev19-acr-03',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: 'Docker.DotNet.DockerImageNotFoundException : Docker API responded with status code=NotFound, response={"message":"No such image: myacr.azurecr.io/myimage:1.2.3.4"}',
    source: 'testcontainers/testcontainers-dotnet#563',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: testcontainers-dotnet starting a container from a private ACR image that docker pull fetches after `az acr login` (managed identity); the library's own pull had no credential it could use, so the image never arrived. INFERENCE: the stored thread shows the maintainer asking how the login is made, no confirmed fix"
  },
  {
    id: 'dev19-generic-01',
    family: 'generic',
    host: 'registry.url',
    text: 'Caused by: com.github.dockerjava.api.exception.DockerClientException: Could not pull image: unauthorized: authentication required',
    source: 'testcontainers/testcontainers-java#835',
    expected: 'missing-credentials',
    note: "needs the thread: a private registry whose login is in ~/.docker/config.json worked with Testcontainers 1.8.0 and failed with 1.8.1; the maintainer marks it a duplicate of the 1.8.1 regression in reading config.json auth (#820). Host: the post's own placeholder"
  },
  {
    id: 'dev19-generic-02',
    family: 'generic',
    host: 'dtr.abcddevpoc.com',
    text: 'Error response from daemon: Get https://dtr.abcddevpoc.com/v2/myservice/manifests/latest: unauthorized: unable to get identity token from client token: invalid_grant: no such account for refresh token: id:',
    source: 'distribution/distribution#2369',
    expected: 'invalid-credentials',
    alsoAcceptable: ['stale-login', 'token-expired'],
    note: "a Docker Trusted Registry refusing the identity (refresh) token docker stored at login: the account it names no longer exists, and a new docker login replaces it. INFERENCE: the maintainer closed the issue pointing to the registry's authorizer"
  },
  {
    id: 'dev19-generic-03',
    family: 'generic',
    host: 'registry.redacted.com',
    text: 'login attempt to https://registry.redacted.com/v2/ failed with status: 401 Unauthorized',
    source: 'docker-archive/docker-registry#1116',
    expected: 'invalid-credentials',
    note: 'docker login to a registry:2 with htpasswd auth; the registry logs "invalid authorization credential" and "authentication failure" for the user. INFERENCE: the stored thread shows no fix. Masking kept as posted'
  },
  {
    id: 'dev19-docker-hub-01',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'crane pull busybox busy.tar\n2018/10/04 17:17:11 Pulling index.docker.io/library/busybox:latest\n2018/10/04 17:17:13 reading image "index.docker.io/library/busybox:latest": no token in bearer response:\n{"details":"incorrect username or password"}',
    source: 'google/go-containerregistry#280',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: an anonymous-able pull of the official busybox image failed because crane sent the credential of a broken config.json (empty auths entries, a misspelled "credSstore" beside credsStore osxkeychain); cleaning the config fixed it'
  },
  {
    id: 'dev19-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '401 Unauthorized: {"details":"access token has insufficient scopes"}',
    source: 'attune-io/attune#128',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: cosign signing a Helm chart on Docker Hub after only `helm registry login`, which cosign does not read, so it went anonymous and Docker Hub's anonymous token lacked push; the issue's root-cause section adds a docker login. INFERENCE: the fix is proposed, not confirmed in the stored thread"
  },
  {
    id: 'dev19-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '~> notation login docker.io\nError: failed to store credentials: error storing credentials - err: no credentials username, out: `no credentials username`',
    source: 'notaryproject/notaryproject.dev#156',
    expected: 'malformed-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'username',
    note: "notation login without a username: the empty username reached the credential helper's store; the follow-up issues make notation prompt for it. Trailing spaces of the prompt line trimmed"
  },
  {
    id: 'dev19-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'Error: signing [sha256:7cb40419573ccedc366bbcaccfa89ee25fefe8bbfe670f59174d9d258691a1f0]: accessing entity: GET https://index.docker.io/v2/library/sha256/manifests/7cb40419573ccedc366bbcaccfa89ee25fefe8bbfe670f59174d9d258691a1f0: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/sha256 Type:repository]]',
    source: 'sigstore/cosign#3301',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'a bare digest given to cosign sign was read as the image docker.io/library/sha256, which does not exist; the text shows the wrong name'
  },
  {
    id: 'dev19-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'time="2024-09-19 10:34:22" level=error msg="Failed to executed generating sync tasks from docker.io/library/nginx:1.13 to registry.cn-beijing.aliyuncs.com/yt-mirror/nginx:1.13: generate docker.io/library/nginx:1.13 image source error: reading manifest 1.13 in docker.io/library/nginx: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit. Now 1/1 tasks have been processed."',
    source: 'AliyunContainerService/image-syncer#160',
    expected: 'rate-limited',
    note: 'image-syncer reading from Docker Hub without a login hit the anonymous pull rate limit (a commenter: Docker Hub says plainly you are limited)'
  },
  {
    id: 'dev19-docker-hub-06',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'Error: phase build on image test stage dockerfile handler failed: unable to fetch dependencies for stage test/dockerfile: get repo image <user>/<project> config file failed: reading image "<user>/<project>": GET https://index.docker.io/v2/<user>/<project>/manifests/SHA256: TOOMANYREQUESTS: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'werf/werf#3617',
    expected: 'rate-limited',
    note: "werf fetched a Docker Hub base image's metadata directly from Docker Hub, bypassing the configured registry mirror, and hit the rate limit; the PR makes werf use the mirrors"
  },
  {
    id: 'dev19-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '$ notation sign docker.io/library/hello-world@sha256:f54a58bc1aac5ea1a25d796ae155dc228b3f0e11d046ae276b39c4bf2f13d8c4\n2021/11/03 06:58:13 https://registry-1.docker.io/v2/library/hello-world/manifests/sha256:f54a58bc1aac5ea1a25d796ae155dc228b3f0e11d046ae276b39c4bf2f13d8c4: 401 Unauthorized',
    source: 'notaryproject/notation#124',
    expected: 'missing-credentials',
    note: "needs the thread: an early notation that did not follow the registry's token challenge, so even reads of public images got 401 (the issue: sign and verify fail on public registries). INFERENCE: the fix is not in the stored thread"
  },
  {
    id: 'dev19-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'FATA[0005] choosing an image from manifest list docker://alpine:latest: no image found in manifest list for architecture amd64, variant "", OS darwin',
    source: 'podman-container-tools/skopeo#1586',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "skopeo on macOS picks the darwin platform by default and alpine has none; --override-os linux works. The command line and the shell's FAIL line were trimmed"
  },
  {
    id: 'dev19-not-login-02',
    family: 'not-login',
    host: 'registry.fritz.box:5000',
    text: 'diun-mbp_1   | Fri, 31 Dec 2021 17:44:05 CET WRN Cannot get remote manifest error="Cannot create image closer: choosing image instance: no image found in manifest list for architecture arm64, variant \\"v8\\", OS linux" image=registry.fritz.box:5000/logopk/nginx:latest provider=docker',
    source: 'crazy-max/diun#526',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'diun on an arm64 host checking an image whose manifest list has no arm64/v8 entry; the maintainer links a platform-matching bug fixed in Docker 20.10. INFERENCE'
  },
  {
    id: 'dev19-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '  Error processing tar file(exit status 1): open /etc/passwd: permission denied\nError: Error committing the finished image: error adding layer with blob "sha256:df9b9388f04ad6279a7410b85cedfdcb2208c0a003da7ab5613af7\n1079148139": Error processing tar file(exit status 1): open /etc/passwd: permission denied',
    source: 'podman-container-tools/podman#14056',
    expected: 'not-a-login-failure',
    note: "podman pull alpine on Ubuntu: the download and signatures succeed and storing the layer fails with a local permission error. The terminal's line wrapping inside the digest is kept; progress lines trimmed"
  },
  {
    id: 'dev19-not-login-04',
    family: 'not-login',
    host: 'registry.svc.ci.openshift.org',
    text: 'sudo -E podman pull --authfile combined-pullsecret--l08EkMYeFz registry.svc.ci.openshift.org/ocp/release:4.4.0-0.ci-2020-01-23-160905\nError: could not get runtime: error creating runtime static files directory /var/lib/containers/storage/libpod: mkdir /var/lib/containers/storage: permission denied',
    source: 'openshift-metal3/dev-scripts#899',
    expected: 'not-a-login-failure',
    note: "`sudo -E` carried the user's XDG_RUNTIME_DIR into root's podman, which then failed on local storage before any registry request; the PR works around the podman bug"
  },
  {
    id: 'dev19-not-login-05',
    family: 'not-login',
    host: 'index.docker.io',
    text: 'Error: signing [tangaraja/alpine:v1]: accessing entity: Get "https://index.docker.io/v2/": x509: certificate signed by unknown authority',
    source: 'sigstore/cosign#2659',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "cosign run inside a home-built container that does not trust the network's TLS-inspecting authority, while the VM itself reaches index.docker.io. INFERENCE: the fix is not shown in the stored thread"
  }
]

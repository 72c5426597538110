/**
 * A twenty-second development set of real registry error texts ("dev22"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-second
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, in the directions of cloud build and deploy services and
 * CI systems other than GitHub Actions; none is a source of an earlier set
 * (the list of the 1436 earlier sources was checked before each pick), and
 * the hygiene test (__fixtures__/real-texts-hygiene.ts) compares every text
 * with every earlier set, the sealed and blind ones included, without
 * printing them.
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

export const REAL_TEXTS_DEV22: readonly RealText[] = [
  {
    id: 'dev22-ghcr-01',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Get https://docker.pkg.github.com/v2/undefinedlabs/maven-jdk18-perl-alpine/maven-jdk18-perl-alpine/manifests/0.1.0: no basic auth credentials\n##[error]Docker build failed with exit code 1',
    source: 'actions/docker#32',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "The GitHub Actions v1-era `actions/docker/login` logged in inside its own container ('Login Succeeded'), which left no credential for the later action that pulled the image; logging in with a `run` step fixed it ('I had to login using the `run` action'). docker.pkg.github.com is GitHub Packages' former Docker registry, filed under ghcr"
  },
  {
    id: 'dev22-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'pulling image \'ghcr.io/catthehacker/ubuntu:act-22.04\' ()\nusing authentication for docker pull\nError response from daemon: Head "https://ghcr.io/v2/catthehacker/ubuntu/manifests/act-22.04": denied: denied',
    source: 'catthehacker/docker_images#145',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: INFERENCE. A Gitea act_runner job pulling a public GHCR image; the runner sends a credential with the pull ('username=***', 'using authentication for docker pull') and GHCR refuses it although the image is public; the stored thread shows no fix. A credential sent with a public pull that breaks it is `stale-login` by the set's convention. The runner's earlier log lines are trimmed"
  },
  {
    id: 'dev22-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Logging into ***...\n##[error]Error response from daemon: Get "https://***/v2/": denied: denied',
    source: 'nimblehq/rails-templates#533',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: "INFERENCE: the registry host is a masked secret (DOCKER_REGISTRY_HOST) and the username the repository owner; `denied: denied` from /v2/ at login is GHCR's answer to a token it refuses, so `host` is ghcr.io as a placeholder. The reporter suspects an expired or revoked DOCKER_REGISTRY_TOKEN; the stored thread shows no confirmed fix"
  },
  {
    id: 'dev22-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'tag does not exist: [docker image]:latest',
    source: 'JanMikes/gitlab-ci-push-to-gcr#6',
    expected: 'not-a-login-failure',
    note: "A GitLab CI job built `$GITLAB_IMAGE:$CI_COMMIT_SHA`, then ran `docker push $GITLAB_IMAGE`, which pushes `:latest`, a tag the job never made; the reporter's fix pushes the tag that was built. `[docker image]` is the post's own placeholder"
  },
  {
    id: 'dev22-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "denied: Token exchange failed for project 'k8s-staging-build-image'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'kubernetes/k8s.io#1772',
    expected: 'insufficient-scope',
    note: "A Cloud Build build, triggered from a Prow job in another project, pushes to gcr.io/k8s-staging-build-image; the maintainer explains that the build runs as the Cloud Build service account of the project that runs it, which had no rights on the staging project's storage. The identity may not write there: not a wrong credential"
  },
  {
    id: 'dev22-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "Step #1: denied: Token exchange failed for project 'repo-automation-bots'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'googleapis/synthtool#1002',
    expected: 'insufficient-scope',
    note: "INFERENCE: a contributor's Cloud Build run (`docker push gcr.io/repo-automation-bots/...` as a build step) is refused by Container Registry; the stored review thread shows no fix. The identity the build ran as has no storage rights on that project. 'Step #1:' is Cloud Build's step prefix"
  },
  {
    id: 'dev22-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "ERROR: (gcloud.run.deploy) Revision 'handle-it-server-00042-fow' is not ready and cannot serve traffic. Image 'gcr.io/handleit-349522/handle-it-server:latest' not found.",
    source: 'google-github-actions/deploy-cloudrun#465',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "INFERENCE: Cloud Run could not find the image it was told to deploy (the reporter sees the new revisions' image URL empty); the text has no word of a credential and the stored thread shows no fix"
  },
  {
    id: 'dev22-gar-04',
    family: 'gar',
    host: 'eu.gcr.io',
    text: '2022/11/29 20:41:54 No matching credentials were found for "eu.gcr.io"\nERRO[0000] checking origin eu.gcr.io/halfpipe-test2/cf-resource-v2 failed: list repository tags: GET https://eu.gcr.io/v2/token?scope=repository%3Arepo%2Fhalfpipe-slack-resource%3Apull&service=eu.gcr.io: UNAUTHORIZED: failed authentication',
    source: 'concourse/concourse#8635',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Concourse 7.8.3's bundled registry-image resource (v1.5.1) checks a gcr.io repository that was moved to Artifact Registry, with a `_json_key` username; the same check works with the resource built from its master branch, so the key was accepted there and the old client's token request is at fault. The text alone reads as a refused key. The blank line between the two lines is dropped"
  },
  {
    id: 'dev22-ecr-01',
    family: 'ecr',
    host: '746476062914.dkr.ecr.us-east-1.amazonaws.com',
    text: 'denied: User: arn:aws:sts::746476062914:assumed-role/github-actions-ecr-push/ecr-push-<run>-1\nis not authorized to perform: ecr:InitiateLayerUpload on resource:\narn:aws:ecr:us-east-1:746476062914:repository/prd/wallet-backend',
    source: 'stellar/wallet-backend#675',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "The role's push rights are conditioned on a `Repository=<org/repo>` tag that the prd/wallet-backend repository lacked (a second repository did not exist yet); the PR switches to a helper that tags or creates the repository before pushing. Line breaks as the PR quotes them; `<run>` is the PR's own placeholder"
  },
  {
    id: 'dev22-ecr-02',
    family: 'ecr',
    host: '179895363651.dkr.ecr.ap-northeast-2.amazonaws.com',
    text: 'ERROR: failed to build: failed to solve: failed to push .../dms-main:<sha>: unexpected status from HEAD request ...: 403 Forbidden',
    source: 'team-aliens/DMS-Backend#1022',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the CD workflow pushed to ECR repositories (dms-gateway, dms-main, dms-notification) that were never created; only dsm-dms exists and the IAM policy grants push on it alone. The fix pushes to dsm-dms with service-prefixed tags. The post masks the registry and URL ('...'); `host` is built from the account and region the issue names"
  },
  {
    id: 'dev22-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "CannotPullContainerError: Error response from daemon: pull access denied for FOO.dkr.ecr.us-east-1.amazonaws.com/foo/app, repository does not exist or may require 'docker login'",
    source: 'aws/amazon-ecs-agent#2137',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: INFERENCE. ECS agent 1.29.0 on EC2 hosts whose instance and task execution roles had not changed; the image pulled elsewhere after a login, and recreated hosts pulled it again. Labelled as the agent not sending its ECR credential (the issue is tagged a bug with a workaround); the stored thread shows no root cause. The post's 'Status reason |' table prefix is dropped; `host` is a placeholder for the post's FOO account"
  },
  {
    id: 'dev22-ecr-04',
    family: 'ecr',
    host: '720541322708.dkr.ecr.eu-west-2.amazonaws.com',
    text: 'ERROR: failed to solve: failed to push 720541322708.dkr.ecr.eu-west-2.amazonaws.com/medic/cht-couchdb-nouveau:4.15.0-couchdb-nouveau.12124430292: unexpected status from HEAD request to https://720541322708.dkr.ecr.eu-west-2.amazonaws.com/v2/medic/cht-couchdb-nouveau/blobs/sha256:268db4a4b80fa4e519d1a26fa5d6382df8df33e19d63f21dc3bdb09b53dc56f2: 403 Forbidden',
    source: 'medic/cht-core#9685',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: INFERENCE. A CI job pushing the first image of a new service; a maintainer creates the ECR repository and then adds permissions for the CI identity on it. ECR's 403 on the blob HEAD is a refusal of that identity on that repository; the stored thread shows no confirmed fix"
  },
  {
    id: 'dev22-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'The push refers to a repository [quay.io/k8scsi/imageplugin]\nunauthorized: access to the requested resource is not authorized\nmake: *** [push-imageplugin] Error 1',
    source: 'kubernetes-retired/csi-driver-image-populator#2',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: INFERENCE. The first Travis push to a quay.io repository just set up for the project ('quay and travis should be setup already, but ... the latest run didn't push anything'); Quay robot accounts need write granted per repository. The stored thread shows no fix. Three 'Preparing' layer lines are trimmed"
  },
  {
    id: 'dev22-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Step 0 : FROM quay.io/xxx/xxxx\nPulling repository quay.io/xxx/xxxx\nError: Status 403 trying to pull repository xxx/xxxx: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'Shippable/support#1716',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: INFERENCE. Shippable's pre-CI build pulls a private quay.io base image with the Docker integration, and the pull 'only works every other time'; the vendor never diagnosed it. A private repository that answers 403 on some runs only points at runs whose build daemon did not get the integration's login. Masking as posted"
  },
  {
    id: 'dev22-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: "web-1: Pre-pulling image ImageTag:quay.io/keyscores/wire:latest in\n9ccf2ee3-b3cf-453e-9cbc-ab46a8c047c9.node.dockerapp.io\nERROR: web-1: Get https://quay.io/v2/keyscores/wire/manifests/latest:\nunauthorized: authentication required\nERROR: Service Redeploy action on 'web' (using\n'quay.io/keyscores/wire:latest') has failed",
    source: 'docker/hub-feedback#853',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: INFERENCE. Docker Cloud redeploying a service from a public quay.io image while quay.io credentials were registered in Docker Cloud; Quay serves a public image to an anonymous pull, so the registered credential it refused broke the pull. No fix in the stored thread. Line breaks as posted (the post is wrapped)'
  },
  {
    id: 'dev22-acr-01',
    family: 'acr',
    host: 'crweuxyzdev.azurecr.io',
    text: 'Bad Request({"code":"WebhookInvalidParameterValue","message":"The following field(s) are either invalid or missing. Invalid value: \\"crweuxyzdev.azurecr.io/azuredocs/containerapps-helloworld:latest\\": GET https://crweuxyzdev.azurecr.io/oauth2/token?scope=repository%3Aazuredocs%2Fcontainerapps-helloworld%3Apull&service=crweuxyzdev.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.: template.containers.helloworld.image."})',
    source: 'microsoft/azure-container-apps#212',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'cloud-service',
    note: "needs the thread: INFERENCE. An ARM PUT (`az rest`) of a Container App whose `registries` entry refers to a password secret; Container Apps checks the image with the registry settings of the payload, and ACR refuses them. The thread ends awaiting the author; labelled as the service's own registry settings (case cloud-service), not the runner's login"
  },
  {
    id: 'dev22-acr-02',
    family: 'acr',
    host: 'johnajoyce17.azurecr.io',
    text: '(TasksOperationsNotAllowed) ACR Tasks requests for the registry johnajoyce17 and 855bbbaa-a548-4102-8a50-01b33ced20af are not permitted. Please file an Azure support request at http://aka.ms/azuresupport for assistance.\nCode: TasksOperationsNotAllowed\nMessage: ACR Tasks requests for the registry johnajoyce17 and 855bbbaa-a548-4102-8a50-01b33ced20af are not permitted. Please file an Azure support request at http://aka.ms/azuresupport for assistance.',
    source: 'MicrosoftDocs/azure-aks-docs#112',
    expected: 'not-a-login-failure',
    note: "`az acr build` from the AKS tutorial on a trial subscription, for which ACR Tasks are not permitted; the reporter could push the same image with docker push. No credential is at fault: the service refuses the feature for the subscription. The command's upload lines are trimmed"
  },
  {
    id: 'dev22-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'failed to unmarshal task before running: failed to resolve secrets: failed to get ACR refresh token, exchange API response code: 403 Forbidden\nRun ID: cbx failed after 3s. Error: failed during run, err: exit status 1',
    source: 'Azure/azure-cli#28151',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: an ACR task running with a user-assigned identity against a registry with public access disabled and trusted services allowed; a maintainer explains that only a system-assigned identity counts as a trusted service, so the registry refuses this identity's token exchange. The registry name is not in the post; `host` is a placeholder"
  },
  {
    id: 'dev22-generic-01',
    family: 'generic',
    host: 'domainname:5000',
    text: 'level=fatal msg="Error authenticating: exit status 1"',
    source: 'drone-plugins/drone-docker#143',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the plugins/docker step was run without PLUGIN_REGISTRY, so the plugin logged in to Docker Hub with the private registry's username and password (the maintainer: 'You are missing PLUGIN_REGISTRY'), while `docker login domainname:5000` by hand succeeded. The host is the post's own placeholder"
  },
  {
    id: 'dev22-generic-02',
    family: 'generic',
    host: 'xxxx.domain.com',
    text: 'time="2017-10-22T09:06:36Z" level=fatal msg="Error authenticating: exit status 1"\ntime="2017-10-22T09:38:23.585803056Z" level=info msg="Error logging in to v2 endpoint, trying next endpoint: Get https://xxxx.domain.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"',
    source: 'drone-plugins/drone-docker#156',
    expected: 'registry-unreachable',
    note: "A Drone plugins/docker step; the first line is from the issue, the second from the reporter's follow-up comment with the plugin's daemon log ('This can be helpful'): the login never reached the registry (a timeout). Masking as posted"
  },
  {
    id: 'dev22-generic-03',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Email: EOF\nLogin failed.\n[info] build failed (exit code 1)',
    source: 'drone-plugins/drone-docker#86',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the Drone 0.4 docker plugin ran a `docker login` (Docker 1.11) that still asked for an email when none was given; with no terminal the prompt read EOF. The registry is a self-hosted registry v2 with basic auth whose name the post leaves out; `host` is a placeholder. The plugin's first two log lines are trimmed"
  },
  {
    id: 'dev22-generic-04',
    family: 'generic',
    host: '172.25.163.133:5000',
    text: 'The push refers to a repository [172.25.163.133:5000/lixw/demooo]\nea9e0b972565: Preparing\n72a2a7ebda91: Preparing\ncd7100a72410: Preparing\nunauthorized: authentication required\ntime="2018-01-17T08:54:08Z" level=fatal msg="exit status 1"',
    source: 'harness/harness#2305',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "needs the thread: INFERENCE. The Drone plugins/docker step gives `username` and an `auth` token but no `password`, which the plugin needs to log in, so the push went to the token-auth registry without a credential; the maintainer only redirected to the forum. The Drone UI's elapsed-time and line-number lines between the log lines are removed"
  },
  {
    id: 'dev22-generic-05',
    family: 'generic',
    host: 'registry.heroku.com',
    text: 'Error response from daemon: login attempt to https://registry.heroku.com/v2/ failed with status: 401 Unauthorized',
    source: 'onplus/v2hero#3',
    expected: 'invalid-credentials',
    note: "A Travis job logging in to Heroku's registry with `$HEROKU_EMAIL` and a variable that held the account password; the maintainer: 'apikey, not password', and the next run logged in. The post's list numbering ('2. ') is dropped"
  },
  {
    id: 'dev22-generic-06',
    family: 'generic',
    host: 'registry.heroku.com',
    text: 'The push refers to a repository [registry.heroku.com/tokenizer_api/web]\nerror parsing HTTP 400 response body: unexpected end of JSON input: ""',
    source: 'heroku/heroku-container-tools#173',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: INFERENCE. `heroku container:login` succeeded, then the push to registry.heroku.com/tokenizer_api/web got an empty 400; Heroku app names cannot contain underscores, and Heroku's registry answers a push for an app name it does not know with such a 400. The maintainer moved it to a support ticket. Eight layer lines are trimmed"
  },
  {
    id: 'dev22-generic-07',
    family: 'generic',
    host: 'registry.heroku.com',
    text: 'no basic auth credentials\n ▸    Error: docker push exited with 1',
    source: 'iic2143-2019/proyecto#42',
    expected: 'missing-credentials',
    case: 'no-login',
    note: '`heroku container:login` reported success, then `heroku container:push web` failed: docker sent no credential for registry.heroku.com. The stored thread shows no confirmed fix; the text itself says no login was sent. Layer lines are trimmed'
  },
  {
    id: 'dev22-generic-08',
    family: 'generic',
    host: 'docker.163.com',
    text: 'Pulling docker image my-private-registry/pyenv-common:latest ...\nWARNING: Cannot pull the latest version of image docker.163.com/pyenv-common:latest : Error: image pyenv-common:latest not found\nWARNING: Locally found image will be used instead.',
    source: 'sameersbn/docker-gitlab-ci-multi-runner#14',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a GitLab Runner (sameersbn/gitlab-ci-multi-runner image) pulling a job image from a private registry, with the host's ~/.docker mounted where that image's runner does not read it; the official gitlab/gitlab-runner image with the same mount pulls fine. A private image pulled without the login answers 'not found'. Masking ('my-private-registry') as posted"
  },
  {
    id: 'dev22-generic-09',
    family: 'generic',
    host: 'registry.example.com',
    text: '+ /usr/local/bin/dockerd -g /var/lib/docker\ntime="2017-12-06T12:32:59Z" level=fatal msg="Error authenticating: exit status 125"',
    source: 'drone-plugins/drone-docker#164',
    expected: 'unknown',
    alsoAcceptable: ['malformed-credentials'],
    note: "needs the thread: exit status 125 is docker refusing its own command line: the plugins/docker 17.10 image passed the email secret to `docker login`, whose `--email` flag its newer Docker no longer takes; removing the email secret (the maintainer) or pinning plugins/docker:17.05 fixed it. Not a refusal by the registry, whose name the post leaves out (`host` is a placeholder). The UI's line numbers are removed"
  },
  {
    id: 'dev22-generic-10',
    family: 'generic',
    host: 'registry.heroku.com',
    text: '$ bash frontend/scripts/deploy-heroku-docker.sh conquery-dev\nError response from daemon: login attempt to https://registry.heroku.com/v2/ failed with status: 401 Unauthorized',
    source: 'ingef/conquery#620',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: "A Travis deploy script logging in to Heroku's registry; a maintainer renewed the Heroku secret in Travis ('For that, i renewed the Travis secret for Heroku. Locally it worked for me.')"
  },
  {
    id: 'dev22-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Registry credentials not provided. Guest mode enabled.\nThe push refers to a repository [docker.io/yangxuan8282/pugo]\ndenied: requested access to the resource is denied\nexit status 1',
    source: 'drone-plugins/drone-docker#120',
    expected: 'missing-credentials',
    case: 'ci-variable',
    note: "The Drone plugins/docker step got no DOCKER_USERNAME/DOCKER_PASSWORD although the reporter had added them as secrets (the plugin says so in its first line); the maintainer points at how the secrets are passed to the plugin. Build output, layer lines and the daemon's own error lines between these lines are trimmed"
  },
  {
    id: 'dev22-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "resource script '/opt/resource/check []' failed: exit status 1\nstderr:\nfailed to ping registry: 2 error(s) occurred:\n* ping https: Get https://registry-1.docker.io/v2: dial tcp: lookup registry-1.docker.io on 127.0.2.1:53: read udp 127.0.0.1:33435->127.0.2.1:53: read: connection refused\n* ping http: Get http://registry-1.docker.io/v2: dial tcp: lookup registry-1.docker.io on 127.0.2.1:53: read udp 127.0.0.1:40087->127.0.2.1:53: read: connection refused",
    source: 'concourse/concourse#347',
    expected: 'registry-unreachable',
    note: "A Concourse worker's docker-image resource check: the worker's DNS resolver (127.0.2.1) refused the lookup, so nothing reached Docker Hub. The first line 'say-hello' and blank lines are dropped"
  },
  {
    id: 'dev22-docker-hub-03',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'check failed: get remote image: unsupported status code 405',
    source: 'concourse/registry-image-resource#138',
    expected: 'invalid-credentials',
    note: 'needs the thread: the reporter reproduces it with a registry-image `image_resource` for a Docker Hub image with `username: fake-user` and `password: fake-password`: failed basic authentication surfaced as a 405. The text is the error the issue title and screenshot give'
  },
  {
    id: 'dev22-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: "ERROR: (RegistryErrorResponse) An error response is received from the docker registry 'index.docker.io'. Please retry later.",
    source: 'Azure/azure-cli#29300',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable', 'missing-credentials'],
    note: "needs the thread: INFERENCE. `az container create` (Azure Container Instances) pulling from Docker Hub without registry credentials started failing on one day for several users; a later comment makes it work by giving Docker Hub credentials (an access token) in the container group's YAML. Read as Docker Hub limiting the service's anonymous pulls; the stored thread has no statement from Azure"
  },
  {
    id: 'dev22-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'CannotPullContainerError: failed to resolve ref "docker.io/library/chatalicious_braid:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'docker-archive/compose-cli#853',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    case: 'official-image',
    note: "needs the thread: `docker compose up` on the ECS integration; the compose file named `chatalicious_braid:latest`, which resolves to a Docker Hub official-image name, while the image had been pushed to ECR; naming the full ECR image fixed it ('Thanks, that solved my issue'). Taken from the CloudFormation event the reporter quotes"
  },
  {
    id: 'dev22-docker-hub-06',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'The following field(s) are either invalid or missing. Invalid value: "myprivaterepo/myapp:latest": GET https://index.docker.io/v2/privaterepo/myapp/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:privaterepo/myapp Type:repository]]: template.containers.myapp.image.',
    source: 'microsoft/azure-container-apps#154',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'cloud-service',
    note: 'needs the thread: INFERENCE. `az containerapp create ... --registry-server docker.io --registry-username ... --registry-password ...` for a private Docker Hub image; the service checks the image at index.docker.io, not at the server name the credentials were stored under (users of a later Container Apps issue got it working by naming registry.hub.docker.com). The stored thread shows no fix. Masking as posted'
  },
  {
    id: 'dev22-not-login-01',
    family: 'not-login',
    host: 'index.docker.io',
    text: "cli.azure.cli.core.azclierror: (InaccessibleImage) The image 'n8nio/n8n:0.214.2' in container group 'redacted' is not accessible. Please check the image and registry credential.\nCode: InaccessibleImage",
    source: 'n8n-io/n8n#5394',
    expected: 'not-a-login-failure',
    note: "needs the thread: a public image, no credential involved; the n8n images from 0.212.1 on carried buildx provenance attestations (an OCI index) that Azure Container Instances could not use, and n8n-io/n8n#5617 ('Disable provenance attestation ... Fixes #5394') fixed it. The text blames 'the image and registry credential'"
  },
  {
    id: 'dev22-not-login-02',
    family: 'not-login',
    host: 'index.docker.io',
    text: "Error: The image 'dependencytrack/apiserver:latest' in container group 'semdeptrackapi' is not accessible. Please check the image and registry credential.",
    source: 'DependencyTrack/dependency-track#2535',
    expected: 'not-a-login-failure',
    note: 'needs the thread: a public Docker Hub image that Azure Container Instances would not run from 4.7.1 on; the reporter finds `docker manifest inspect` failing for the new tags (an OCI index with attestations) and working for 4.7.0. No credential is involved'
  },
  {
    id: 'dev22-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "2019-02-11T17:24:36Z [ERROR] Managed task [arn:aws:ecs:us-east-1:<acctid>:task/ecs-cluster-staging/<taskid>]: error while pulling image amazon/amazon-ecs-pause:0.1.0 for container ~internal~ecs~pause~namespace , moving task to STOPPED: Error response from daemon: pull access denied for amazon/amazon-ecs-pause, repository does not exist or may require 'docker login'",
    source: 'aws/amazon-ecs-agent#1837',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the ECS agent's pause image is loaded from a tarball on the instance and is published nowhere; with ECS_IMAGE_PULL_BEHAVIOR=once the agent tried to pull it and failed, fixed in the agent (aws/amazon-ecs-agent#1840, 'avoid pull behavior check for namespace pause image'). Not a login problem although Docker Hub's wording asks for one"
  },
  {
    id: 'dev22-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Sending container change module="eventhandler" event="ContainerChange: arn:aws:ecs:us-east-1:xxxxx:task/86a61fad-2cf5-429b-b52d-7825b1a50ea3 owncloud -> STOPPED, Reason CannotPullContainerError: Tag latest not found in repository docker.io/library/owncloud, Known Sent: NONE"',
    source: 'aws/amazon-ecs-agent#422',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'An ECS task for the public `owncloud` image stopped because the tag is not in the repository; the stored thread shows no fix, but the text names the missing tag. The syslog prefix and the duplicate `change=` half of the line are cut'
  },
  {
    id: 'dev22-not-login-05',
    family: 'not-login',
    host: 'index.docker.io',
    text: "(InaccessibleImage) The image 'jaegertracing/all-in-one:latest' in container group\n'test' is not accessible. Please check the image and registry credential.\nCode: InaccessibleImage",
    source: 'Azure/azure-cli#25685',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: INFERENCE. `az container create` with the public jaegertracing/all-in-one image: tag 1.41 runs, 1.42 and latest are 'not accessible'; the tags differ in their manifests, not in any credential (the same Azure Container Instances failure as n8n-io/n8n#5394). The stored thread shows no fix"
  }
]

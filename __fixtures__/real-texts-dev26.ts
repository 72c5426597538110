/**
 * A twenty-sixth development set of real registry error texts ("dev26"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-sixth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1523
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them. The set
 * leans on Docker's own tools (buildx, BuildKit, Compose, the CLI), GitHub's
 * runners and runner images, and the registries' own CLIs and credential
 * helpers.
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

export const REAL_TEXTS_DEV26: readonly RealText[] = [
  {
    id: 'dev26-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to authorize: failed to fetch anonymous token: unexpected status from\nGET https://ghcr.io/token?scope=repository:midnight-ntwrk/midnight-node:pull,push: 403 Forbidden',
    source: 'midnightntwrk/midnight-node#1584',
    expected: 'missing-credentials',
    note: "An Earthly/BuildKit push from a self-hosted runner fell back to an anonymous token: the runner slots shared one HOME, and concurrent `docker login`s to other registries rewrote ~/.docker/config.json, so the ghcr.io entry written by the job's login step was gone at push time (the issue's own diagnosis; the fix gives each job its own DOCKER_CONFIG). The line break inside the URL sentence is as posted"
  },
  {
    id: 'dev26-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Docker login for 'ghcr.io' failed with exit code 1",
    source: 'actions/runner#1199',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind', 'unknown'],
    note: "needs the thread: on GitHub Enterprise Server the runner logs in to github.com's ghcr.io for a job or service container with the GHES job token, which GHCR does not accept; the reporter traced it to the runner code. INFERENCE: the stored thread shows no confirmed fix. The text is the one line the post quotes"
  },
  {
    id: 'dev26-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Starting job container\n  /usr/bin/docker --config /home/runner/work/_temp/.docker_f5e17f3e-07be-4a21-82d1-c29f8289b6fd login ghcr.io -u github-grap-bot --password-stdin\n  Error: Docker login for 'ghcr.io' failed with exit code 1",
    source: 'OCA/oca-addons-repo-template#138',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the runner's login for the job container failed during a GitHub incident (a maintainer linked the githubstatus.com incident; it worked again afterwards). Indentation as posted"
  },
  {
    id: 'dev26-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Run docker/login-action@v3\nLogging into ghcr.io...\nError: Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
    source: 'GaloisInc/cryptol#1959',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the nightly job's CR_PAT secret (a personal access token) had expired a few days before; GHCR answers an expired PAT with a bare 'denied'. The maintainers switched to GITHUB_TOKEN. A user repository's CI log, not a thread about the login action"
  },
  {
    id: 'dev26-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: failed commit on ref "manifest-sha256:cf45078539d967014f41593b81f702079247e8261cf48919d06d3391da55d66f": unexpected status: 401 UNAUTHORIZED',
    source: 'open-policy-agent/gatekeeper#665',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: buildx pushed the first of two tags to Quay and got this 401 on the second; the thread ties it to a BuildKit bug (moby/buildkit#1440, docker/buildx#327) where the follow-up request went without the authorization the login provided. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev26-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'docker buildx imagetools create quay.io/jetstack/preflight:b2384c5add501ec97516fc906ceab6967ff868a8 --tag quay.io/jetstack/preflight:latest\nerror: failed commit on ref "index-sha256:fcc90749fc55b6d51f932b3178a710be08cfe89b70beb57aa1d0fbe4ef2e3c66": unexpected status: 401 Unauthorized',
    source: 'jetstack/jetstack-secure#224',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: re-tagging an image the same job had just pushed to Quay; the thread points at the BuildKit bug of docker/buildx#327, and the follow-up (jetstack/jetstack-secure#227) switched setup-buildx to moby/buildkit:master. INFERENCE: no confirmed result in the stored thread'
  },
  {
    id: 'dev26-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: library/redis, action: push: unauthorized to access repository: library/redis, action: push',
    source: 'goharbor/harbor#16724',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'insufficient-scope'],
    note: 'needs the thread: Harbor on plain HTTP behind an nginx that terminates HTTPS (external_url https://...); login succeeded but pushes failed until the proxy sent `proxy_set_header X-Forwarded-Proto https` ("solved"). Not the account\'s rights: the proxy in front broke the token flow. The post names its host; `host` is a Harbor placeholder'
  },
  {
    id: 'dev26-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: library/mddate-maven-lib, action: push: unauthorized to access repository: library/mddate-maven-lib, action: push',
    source: 'goharbor/harbor#12918',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'insufficient-scope'],
    note: "needs the thread: login succeeded, push refused; the reporter solved it in the nginx in front of Harbor (its 443 server now proxies to Harbor's HTTP port, with http:// in harbor.yml). The `message:` prefix of the post is dropped; the host is not in the text (Harbor placeholder)"
  },
  {
    id: 'dev26-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2024-12-02T00:00:22Z [ERROR] [/pkg/reg/adapter/dockerhub/adapter.go:452]: list tags error: 429 -- {"detail": "Rate limit exceeded", "error": false}\n2024-12-02T00:00:22Z [ERROR] [/pkg/reg/adapter/dockerhub/adapter.go:425]: list repos error: 429 -- {"detail": "Rate limit exceeded", "error": false}',
    source: 'goharbor/harbor#21267',
    expected: 'rate-limited',
    note: "Harbor's core log while replicating from Docker Hub with a paid account: Docker Hub rate-limited Harbor's list-tags and list-repositories calls (a maintainer: the list-tags calls consume the quota). Server-side log lines, the `...` lines between them dropped; the Harbor host is not in the post (placeholder)"
  },
  {
    id: 'dev26-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: project/repo, action: push: unauthorized to access repository: ',
    source: 'goharbor/harbor#18860',
    expected: 'token-expired',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: an intermittent failure at the end of a long push of a 3.5 GB image; the maintainer's answer is to raise Harbor's Token Expiration (default 30 minutes) — the reporter already had 60. INFERENCE: no confirmed fix in the stored thread. The text ends where the post cut it; masking (project/repo) as posted; the host is not in the post (placeholder)"
  },
  {
    id: 'dev26-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-northeast-2.amazonaws.com',
    text: "Error response from daemon: pull access denied for ***.dkr.ecr.ap-northeast-2.amazonaws.com, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'ghkdqhrbals/spring-chatting-server#109',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'The image reference was the registry host alone, with no repository path, so Docker read it as a Docker Hub name; the reporter solved it by appending the repository ("wrong ecr url"). Account id masked as posted; `host` is an ECR placeholder of the same region'
  },
  {
    id: 'dev26-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'Error: Could not login to registry redacted.dkr.ecr.eu-west-1.amazonaws.com: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `A specified logon session does not exist. It may already have been terminated.`',
    source: 'actions/runner-images#11172',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'amazon-ecr-login on a Windows Server 2022 larger runner: the runner image 20241211.1.0 broke the wincred credential store (it worked on 20241201.2.0); labelled awaiting-deployment by the image maintainers. The host was redacted in the post; `host` is an ECR placeholder'
  },
  {
    id: 'dev26-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '~/build/dashevo/dashdrive$ eval $(aws ecr get-login --no-include-email)\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `not implemented`',
    source: 'awslabs/amazon-ecr-credential-helper#102',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '~/.docker/config.json named `"credsStore":"ecr-login"`; the ECR credential helper cannot store a login, so `docker login` fails — with the helper configured no docker login is needed (the reporter: "I should not use eval $(aws ecr get-login ...) anymore"). The post does not name the registry (ECR placeholder, region assumed)'
  },
  {
    id: 'dev26-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `The user name or passphrase you entered is not correct.`',
    source: 'aws/aws-cli#3264',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`eval $(aws ecr get-login ...)` on macOS: the osxkeychain credential helper refused to store the login (the keychain, not the registry); locking and unlocking the login keychain fixed it for others in the thread. The registry is not in the text (ECR placeholder)'
  },
  {
    id: 'dev26-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Pushing the docker image to ECR repository...\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `error storing credentials - err: exit status 1, out: `The stub received bad data.``',
    source: 'aws/aws-toolkit-visual-studio#320',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'The AWS Toolkit for Visual Studio logs in to ECR before pushing; on Windows the Docker credential store (wincred via docker-credential-desktop) failed to save the login. INFERENCE: the stored thread points at a Docker-configuration workaround (credsStore) without a confirmed fix. The lines after the error are dropped; the registry is not in the text (ECR placeholder)'
  },
  {
    id: 'dev26-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "$ gcloud docker -- push gcr.io/mikedanese-k8s/kube-addon-manager:latest\nERROR: Docker CLI operation failed:\n\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `docker-credential-gcr/helper: this operation is unsupported for GCR, please see docker-credential-gcr documentation for supported login methods. 'gcloud docker' is unnecessary when using docker-credential-gcr, use 'docker' instead.`\n\nERROR: (gcloud.docker) Docker login failed.",
    source: 'kubernetes/kubernetes#58757',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`gcloud docker` performs a docker login, which the configured docker-credential-gcr helper refuses to store; plain `docker push` through the helper worked, and the PR drops `gcloud docker`'
  },
  {
    id: 'dev26-gar-02',
    family: 'gar',
    host: 'europe-west2-docker.pkg.dev',
    text: '$ echo "europe-west2-docker.pkg.dev" | docker-credential-gcr get\ndocker-credential-gcr/helper: could not retrieve GCR\'s access token: docker-credential-gcr/helper: token was invalid',
    source: 'GoogleCloudPlatform/docker-credential-gcr#180',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'GitLab CI with Workload Identity Federation and no service-account impersonation: the helper fails from v2.1.26 on (v2.1.25 worked), so Docker gets no credential for Artifact Registry. INFERENCE: another user reports the same setup working and the stored thread has no fix'
  },
  {
    id: 'dev26-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'Run docker push gcr.io/***/***-v0.X.X\nUsing default tag: latest\nERROR: (gcloud.auth.docker-helper) There was a problem refreshing your current auth tokens: (\'Unable to acquire impersonated credentials: No access token or invalid expiration in response.\', \'{\\n  "error": {\\n    "code": 403,\\n    "message": "The caller does not have permission",\\n    "status": "PERMISSION_DENIED"\\n  }\\n}\\n\')\nPlease run:\n\n  $ gcloud auth login\n\nto obtain new credentials.\n\nIf you have already logged in with a different account:\n\n    $ gcloud config set account ACCOUNT\n\nto select an already authenticated account to use.',
    source: 'google-github-actions/auth#104',
    expected: 'credential-store-error',
    alsoAcceptable: ['insufficient-scope'],
    case: 'credential-helper',
    note: "needs the thread: the gcloud credential helper could not mint an access token because the workflow's federated identity may not impersonate the service account (403 PERMISSION_DENIED from the impersonation call), so the push went without credentials. INFERENCE: no confirmed fix in the stored thread. The push progress lines and the final `unauthorized: You d...` line (cut in the stored copy) are dropped; masking as posted"
  },
  {
    id: 'dev26-acr-01',
    family: 'acr',
    host: 'exampleacr.azurecr.io',
    text: "$> az acr login -n exampleacr\nYou may want to use 'az acr login -n vmagentacr --expose-token' to get an access token, which does not require Docker to be installed.\n2022-09-23 04:00:53.806011 An error occurred: DOCKER_COMMAND_ERROR\nPlease verify if Docker client is installed and running.",
    source: 'Azure/azure-cli#23987',
    expected: 'docker-cli-missing',
    note: "Docker CE was installed as C:\\Windows\\System32\\docker.exe by Microsoft's install script, but `az acr login` could not run `docker`/`docker.exe` ([WinError 2] in its debug output)"
  },
  {
    id: 'dev26-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "The command 'docker' could not be found in this WSL 2 distro.\nWe recommend to activate the WSL integration in Docker Desktop settings.\n\nFor details about using Docker Desktop with WSL 2, visit:\n\nhttps://docs.docker.com/go/wsl2/",
    source: 'Azure/azure-cli#27907',
    expected: 'docker-cli-missing',
    note: '`az acr login -n ${ACR_PREFIX}` in a WSL 2 distro without the Docker CLI (the issue is that az then exits 0). The registry name is a variable in the post; `host` is an ACR placeholder'
  },
  {
    id: 'dev26-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `error storing credentials - err: exit status 1, out: `A specified logon session does not exist. It may already have been terminated.``',
    source: 'docker/cli#2682',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`docker login` to an Azure container registry after a fresh Docker for Windows install: the Windows credential store (via docker-credential-desktop) failed to save the login. INFERENCE: the stored thread shows no confirmed fix. The registry is not in the text (ACR placeholder)'
  },
  {
    id: 'dev26-generic-01',
    family: 'generic',
    host: 'registry.redhat.io',
    text: 'Sending build context to Docker daemon  4.608kB\nStep 1/10 : FROM registry.redhat.io/ubi8/ubi-minimal AS mq-explorer\nGet https://registry.redhat.io/v2/ubi8/ubi-minimal/manifests/latest: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication',
    source: 'ibm-messaging/mq-container#382',
    expected: 'missing-credentials',
    case: 'no-login',
    note: '`docker build` of a Dockerfile based on registry.redhat.io without a prior `docker login` with a Red Hat account; the maintainer: log in before building'
  },
  {
    id: 'dev26-generic-02',
    family: 'generic',
    host: 'registry.redhat.io',
    text: 'Trying to pull registry.redhat.io/rhel9/bootc-image-builder:latest...\nError: initializing source docker://registry.redhat.io/rhel9/bootc-image-builder:latest: unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication',
    source: 'containers/ansible-podman-collections#930',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'auth-file',
    note: "needs the thread: the podman_container Ansible module was given `authfile: /etc/containers/auth.json` (which holds a valid login) but did not pass it to the image pull, so podman pulled without credentials. The text is the module's `stderr` field, its JSON escapes (\\n) unescaped to lines"
  },
  {
    id: 'dev26-generic-03',
    family: 'generic',
    host: 'foo.bar',
    text: 'docker -D push foo.bar/repo:tag\nThe push refers to repository [foo.bar/repo]\nPushing [==================================================>]  13.99GB\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nLayer already exists\nunauthorized: authentication required',
    source: 'cesanta/docker_auth#240',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a registry:2 behind cesanta/docker_auth; the 14 GB layer upload outlived the registry token (the registry logged `token not to be used after ...`), and raising docker_auth's token `expiration` from 900 seconds fixed it. Host masked as posted (foo.bar)"
  },
  {
    id: 'dev26-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "$docker login\nLogin with your Docker ID to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com to create one.\nUsername (user@example.com):\nPassword:\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password",
    source: 'docker/hub-feedback#1198',
    expected: 'email-as-username',
    alsoAcceptable: ['invalid-credentials'],
    note: 'The prompt\'s default username is the reporter\'s e-mail address (replaced here by user@example.com; trailing spaces trimmed); later comments: the CLI takes the Docker ID, not the e-mail ("logging in fixed it" for another user)'
  },
  {
    id: 'dev26-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Step 1/4 : FROM bitnami/minideb:stretch\nGet https://registry-1.docker.io/v2/bitnami/minideb/manifests/stretch: unauthorized: incorrect username or password',
    source: 'docker/hub-feedback#1098',
    expected: 'stale-login',
    alsoAcceptable: ['email-as-username', 'invalid-credentials'],
    note: "needs the thread: a build of a public base image failed because the stored Docker Hub login was refused (the reporter could not `docker login` either; others in the thread had logged in with their e-mail and fixed it by logging in with the Docker ID). INFERENCE: the reporter's own fix is not in the stored thread"
  },
  {
    id: 'dev26-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'The push refers to a repository [docker.io/******/******]\n0b339c269448: Pushing [==================================================>]  3.855GB\nc4071a1fcaf9: Layer already exists\n...Some similar logs ....\n638903ee8579: Layer already exists\nunauthorized: authentication required',
    source: 'moby/moby#33558',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: only the push with a 3.8 GB layer fails, right after the layer uploads; a maintainer suspects the short-lived registry token expires halfway. INFERENCE: no confirmed fix in the stored thread. Masking and the elision line as posted'
  },
  {
    id: 'dev26-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'unauthorized: authentication required\n##[error]Process completed with exit code 1.',
    source: 'ROCm/ATOM#1567',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the nightly job logged in to Docker Hub once at the start; after a 64-minute build and a multi-GB push, the manifest upload about 70 minutes after the login got 401 while the layers had gone through. The PR re-logs in before each push'
  },
  {
    id: 'dev26-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'ERROR: for snuba-api  Credentials store error: StoreError(\'Credentials store docker-credential-desktop exited with "error getting credentials - err: exec: "docker-credential-wincred.exe": executable file not found in %PATH%, out: ``".\')',
    source: 'getsentry/self-hosted#436',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "docker-compose (docker-py) on Windows pulling the install's public images: the configured credential store docker-credential-desktop could not run docker-credential-wincred.exe. The traceback that follows is dropped. INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev26-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/nats-tower/nats-tower:main\nmain: Pulling from nats-tower/nats-tower\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'nats-tower/nats-tower#53',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'The image was built for amd64 only; the reporter pulls on an arm64 Mac ("Just need to update the GitHub action to cross build")'
  },
  {
    id: 'dev26-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: '$ docker pull --platform linux/arm64 ghcr.io/ggerganov/whisper.cpp:main\nmain: Pulling from ggerganov/whisper.cpp\nno matching manifest for linux/arm64 in the manifest list entries',
    source: 'ggml-org/whisper.cpp#2081',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'The README lists linux/arm64 for the image, but the published package has only linux/amd64 (the reporter checked the package page)'
  },
  {
    id: 'dev26-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to copy: invalid status response 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature. for https://kv4gacprodeus2file3.blob.core.windows.net/45dadb29c9d54e349eaa532551cfbf87/d096ffd0f157ed11819c0022482239a7',
    source: 'moby/buildkit#3239',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "The GitHub Actions cache backend (`type=gha`) at the end of a long matrix build: the pre-signed Azure blob URL of the cache had expired; no registry credential is involved. The URL's query string (an expired SAS signature) is cut here. The post does not name the push target; `host` is a placeholder"
  },
  {
    id: 'dev26-not-login-04',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: "##[error]Docker pull failed with exit code 1\nPull down action image 'golang:1.13.9-alpine3.10'\n/usr/bin/docker pull golang:1.13.9-alpine3.10\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/images/create?fromImage=golang&tag=1.13.9-alpine3.10: dial unix /var/run/docker.sock: connect: permission denied",
    source: 'actions/runner#411',
    expected: 'not-a-login-failure',
    note: "A self-hosted runner installed as a service pulling a `docker://` action image: the runner's account may not use the Docker socket. The first, garbled progress line and the retries after are dropped"
  },
  {
    id: 'dev26-not-login-05',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'allen@allen:~/Desktop/work/snitch_cluster$ docker login ghcr.io\nAuthenticating with existing credentials...\nLogin did not succeed, error: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/auth": dial unix /var/run/docker.sock: connect: permission denied',
    source: 'pulp-platform/snitch_cluster#220',
    expected: 'not-a-login-failure',
    note: 'A snap-installed Docker run by a user without access to the daemon socket: the login never reached ghcr.io. The credential prompt that follows is dropped'
  },
  {
    id: 'dev26-not-login-06',
    family: 'not-login',
    host: 'ghcr.io',
    text: '$> sudo docker pull ghcr.io/shizunge/endlessh-go:latest\nlatest: Pulling from shizunge/endlessh-go\nmanifest unknown',
    source: 'shizunge/endlessh-go#83',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The maintainer found a workflow that deleted untagged package versions, which were the per-platform images the `latest` index points to, so the manifest was gone'
  }
]

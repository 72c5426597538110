/**
 * The late set, part F (Docker Hub (docker.io, registry-1.docker.io) and look-alikes from any registry (`not-login`)): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE_F: readonly RealText[] = [
  {
    id: 'late-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'c:\\Docker>docker push myiis\nThe push refers to a repository [docker.io/library/myiis]\n47f5e43a4809: Preparing\nb06178850402: Preparing\n5b4aace84103: Preparing\n1f2f3eb32edc: Preparing\n0451551dda21: Preparing\nc28d44287ce5: Skipped foreign layer\nf358be10862c: Skipped foreign layer\ndenied: requested access to the resource is denied',
    source: 'docker/for-mac#1271',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "The second reporter's text (a comment), not the opener's: a name with no namespace goes to docker.io/library/, a namespace no user may write."
  },
  {
    id: 'late-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Run docker/setup-buildx-action@v3\nDocker info\nBuildx version\nInspecting default docker context\nCreating a new builder instance\nBooting builder\nError: ERROR: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'docker/hub-feedback#2429',
    expected: 'rate-limited'
  },
  {
    id: 'late-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Run docker login -u $DOCKERHUB_USER -p $DOCKERHUB_ACCESS_TOKEN\nError: Cannot perform an interactive login from a non TTY device\n##[error]Process completed with exit code 1.',
    source: 'amutake/docker-satysfi#12',
    expected: 'missing-credentials',
    note: "The non-TTY error means docker had no username or password to use: the secrets were not in the environment of the step. The merged fix's content is not shown in the stored thread."
  },
  {
    id: 'late-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '#21 exporting to image #21 pushing layers 0.2s done #21 ERROR: server message: insufficient_scope: authorization failed  #25 [auth] ***/image,push token for registry-1.docker.io #25 DONE 0.0s ------  > exporting to image: ------ error: failed to solve: server message: insufficient_scope: authorization failed Error: buildx failed with: error: failed to solve: server message: insufficient_scope: authorization failed',
    source: 'docker/build-push-action#587',
    expected: 'insufficient-scope',
    note: "Posted on one line (the log's line breaks lost in the post); the *** is GitHub's own masking of the namespace, kept as posted."
  },
  {
    id: 'late-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#12 exporting to image\n#12 pushing layers 1.0s done\n#12 ERROR: authorization status: 401: authorization failed\n------\n > exporting to image:\n------\nerror: failed to solve: authorization status: 401: authorization failed\nError: buildx failed with: error: failed to solve: authorization status: 401: authorization failed',
    source: 'docker/build-push-action#423',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: docker/login-action had succeeded with the same username and token just before, so the credential is good and the push to the repository was refused. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'late-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker push jrobison151/cancellation 0s  \nThe push refers to a repository [docker.io/jrobison151/cancellation] (len: 4)\n0ab697ae5ee5: Preparing\nunauthorized: authentication required',
    source: 'Shippable/support#3180',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: "needs the thread: the CI login had succeeded (Shippable's Docker Hub integration) and the same push works from the reporter's laptop; the namespace jrobison151 is not the reporter's account jrobison153. INFERENCE: the fix was a pull request whose content the stored thread does not show."
  },
  {
    id: 'late-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: pass store is uninitialized',
    source: 'docker/docker-credential-helpers#223',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login with no server (Docker Hub); docker-credential-pass has no initialised password store.'
  },
  {
    id: 'late-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '[+] Running 2/2\n ✘ db Error  Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for con...          15.1s\n ✘ app Error context canceled                                                                                     15.1s\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'MewoLab/AquaDX#54',
    expected: 'registry-unreachable',
    note: 'docker compose pulling from Docker Hub; the reporter fixed it by configuring registry mirrors (Docker Hub is not reachable from their network). The compose version warning line before it is trimmed.'
  },
  {
    id: 'late-docker-hub-09',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "dkelim1/kaniko-demo": POST https://index.docker.io/v2/dkelim1/kaniko-demo/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:dkelim1/kaniko-demo Type:repository] map[Action:push Class: Name:dkelim1/kaniko-demo Type:repository]]',
    source: 'GoogleContainerTools/kaniko#1574',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: Kaniko's config.json held the credential under https://index.docker.io/v2/, a key Kaniko does not look up for Docker Hub; with the key https://index.docker.io/v1/ the push worked. So the push carried no credential."
  },
  {
    id: 'late-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Run docker/login-action@f054a8b539a109f9f41c372932f1ae047eff08c9\n  with:\n    username: correctUsername\n    logout: true\n  env:\n    DOCKERHUB_PASS: \n    DOCKERHUB_USER: ozone2021\nError: Username and password required',
    source: 'docker/login-action#90',
    expected: 'missing-credentials',
    case: 'password',
    note: 'The password input is empty: the secret is an environment secret (the reporter says so) and the job names no environment, so the secret reads empty. No registry input: Docker Hub.'
  },
  {
    id: 'late-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error copying image to the remote destination: Error trying to reuse blob sha256:8823818c474862932702f8a920abea43b2560ddceb910d145be9ba0eb149a643 at destination: Error checking whether a blob sha256:8823818c474862932702f8a920abea43b2560ddceb910d145be9ba0eb149a643 exists in docker.io/yeya24/tfevent-metrics-collector: errors:\ndenied: requested access to the resource is denied\nerror parsing HTTP 401 response body: unexpected end of JSON input: ""',
    source: 'podman-container-tools/podman#4604',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'podman push to Docker Hub refused on the blob check with 401 and a denial; the text cannot tell a missing login from one that may not write yeya24/. INFERENCE: the stored thread shows no confirmed cause.'
  },
  {
    id: 'late-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ docker compose up -d\n[+] Running 0/0\n ⠋ db Pulling                                                                              0.0s \n ⠋ wordpress Pulling                                                                       0.0s \nerror getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
    source: 'docker/compose#11584',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Docker Desktop was removed but ~/.docker/config.json still names credsStore desktop; the maintainer's fix is to remove that key. The images (db, wordpress) come from Docker Hub."
  },
  {
    id: 'late-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Using default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/picoded/tomcat7/manifests/latest: unauthorized: incorrect username or password',
    source: 'docker/for-win#2616',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'A pull of a public image refused with "incorrect username or password": the login stored by docker is what is refused, not the pull. INFERENCE: the thread has no answer.'
  },
  {
    id: 'late-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'kubernetes/minikube#20613',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "A bare name resolves to docker.io/library/suedostcargo-web, which no official image has: most likely an image built locally that the cluster cannot see (not-a-login-failure also fits). INFERENCE: the thread's only answer suggests docker login; no confirmed fix."
  },
  {
    id: 'late-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for utils, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'docker/for-win#9562',
    expected: 'repository-not-found',
    case: 'official-image',
    note: 'docker pull -a utils: no official image library/utils exists.'
  },
  {
    id: 'late-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nError response from daemon: manifest for moers/mid-server:\nlatest not found: manifest unknown: manifest unknown',
    source: 'bmoers/docker-mid-server#1',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The repository has no latest tag (the reporter then pulled a named tag). The line break inside the image reference is as posted.'
  },
  {
    id: 'late-not-login-05',
    family: 'not-login',
    host: 'gitlab.com',
    text: '=> ERROR [ 4/10] RUN git clone https://gitlab.com/formigoni/gameimage.git                                                                           0.5s\n------\n > [ 4/10] RUN git clone https://gitlab.com/formigoni/gameimage.git:\n0.230 Cloning into \'gameimage\'...\n0.486 fatal: could not read Username for \'https://gitlab.com\': No such device or address\n------\nDockerfile:19\n--------------------\n  17 |     # WORKDIR gameimage\n  18 |     # RUN sed -i "s/TRUNK/$CI_COMMIT_TAG/" src/main.sh\n  19 | >>> RUN git clone https://gitlab.com/formigoni/gameimage.git\n  20 |     WORKDIR gameimage\n  21 |     RUN sed -i "s/TRUNK/$CI_COMMIT_TAG/" src/main.sh\n--------------------\nERROR: failed to solve: process "/bin/sh -c git clone https://gitlab.com/formigoni/gameimage.git" did not complete successfully: exit code: 128',
    source: 'gameimage/gameimage#139',
    expected: 'not-a-login-failure',
    note: "A build step's own git clone (an old Dockerfile, the maintainer says) that GitLab answered with a credential prompt; no registry is involved. host is the git host in the text."
  },
  {
    id: 'late-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.35/auth: dial unix /var/run/docker.sock: connect: permission denied',
    source: 'docker/hub-feedback#1540',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: "docker login with no server (Docker Hub) on Ubuntu: the user may not open the daemon's socket (not in the docker group); the registry was never asked. case filesystem would also fit."
  },
  {
    id: 'late-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Post http:///var/run/docker.sock/v1.17/auth: dial unix /var/run/docker.sock: no such file or directory. Are you trying to connect to a TLS-enabled daemon without TLS?',
    source: 'moby/moby#11989',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: 'From sudo docker login (Docker Hub); the daemon was not running, fixed with service docker start in the thread.'
  },
  {
    id: 'late-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'Action: vscode-docker.registries.pullImage\nError type: 1\nError Message: Process \'docker login --username "---rod" --password-std...\' exited with code 1\nError: Error response from daemon: dial unix docker.raw.sock: connect: connection refused',
    source: 'microsoft/vscode-docker#2814',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: "Docker Desktop's engine socket refused the connection: docker is not running (the maintainer asks just that); the registry was never asked. The text names no registry: host is a placeholder, Docker Hub. INFERENCE: the reporter did not confirm."
  },
  {
    id: 'late-not-login-09',
    family: 'not-login',
    host: 'artifactcache.actions.githubusercontent.com',
    text: '#17 exporting cache\n#17 preparing build cache for export done\n#17 writing layer sha256:2fcd866b2b28912fa0b8d82b36eab616af243785ee69bbc02ea865c5b103731a\n#17 writing layer sha256:2fcd866b2b28912fa0b8d82b36eab616af243785ee69bbc02ea865c5b103731a 1.2s done\n#17 ERROR: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/<masked>/_apis/artifactcache/caches/730": http: read on closed response body\n------\n > exporting cache:\n------\nerror: failed to solve: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/<masked>/_apis/artifactcache/caches/730": http: read on closed response body\nError: buildx failed with: error: failed to solve: error writing layer blob: Patch "https://artifactcache.actions.githubusercontent.com/<masked>/_apis/artifactcache/caches/730": http: read on closed response body',
    source: 'CERT-Polska/mwdb-core#515',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "build-push-action's export to the GitHub Actions cache (type=gha) failed, not the registry; the project removed the cache export. The cache URL's identifying path segment is masked as <masked>; host is the cache service's, no registry is named."
  },
  {
    id: 'late-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker run -it --rm langfuse/langfuse:2 \nexec /usr/local/bin/docker-entrypoint.sh: exec format error\n\ndocker run -it --rm langfuse/langfuse:2 sh\nexec /usr/local/bin/docker-entrypoint.sh: exec format error\n\ndocker run -it --rm --entrypoint /bin/sh langfuse/langfuse:main -c "ls"\nexec /bin/sh: exec format error',
    source: 'langfuse/langfuse#2556',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "An amd64 image run on an arm64 Ubuntu host (the reporter's uname shows aarch64): the pull worked, the binary cannot run."
  },
  {
    id: 'late-not-login-11',
    family: 'not-login',
    host: 'get.docker.com',
    text: '--2018-10-30 01:49:40--  http://get.docker.com/builds/Linux/x86_64/docker-latest.tgz\nResolving get.docker.com (get.docker.com)... 13.35.20.114, 13.35.20.35, 13.35.20.2, ...\nConnecting to get.docker.com (get.docker.com)|13.35.20.114|:80... connected.\nHTTP request sent, awaiting response... 301 Moved Permanently\nLocation: https://get.docker.com/builds/Linux/x86_64/docker-latest.tgz [following]\n--2018-10-30 01:49:40--  https://get.docker.com/builds/Linux/x86_64/docker-latest.tgz\nConnecting to get.docker.com (get.docker.com)|13.35.20.114|:443... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n2018-10-30 01:49:41 ERROR 403: Forbidden.',
    source: 'moby/moby#38105',
    expected: 'not-a-login-failure',
    note: "A Dockerfile's own RUN wget of a static docker binary that get.docker.com no longer served; no registry is involved. host is the download host in the text."
  },
  {
    id: 'late-not-login-12',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: '○ → docker build -t nodetest .\nSending build context to Docker daemon  3.072kB\nStep 1/2 : FROM node:8\nGet https://registry-1.docker.io/v2/library/node/manifests/8: unauthorized: incorrect username or password',
    source: 'nodejs/docker-node#553',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a public official image refused with "incorrect username or password"; docker logout fixed it for the reporter and others (the stored Docker Hub login was outdated).'
  },
  {
    id: 'late-not-login-13',
    family: 'not-login',
    host: 'index.docker.io',
    text: '$ docker pull nathanleclaire/cmatrix2\nPulling repository nathanleclaire/cmatrix2\n2014/10/02 22:32:41 Authentication is required.',
    source: 'moby/moby#8376',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the reporter had changed the Docker Hub password, so the login stored in ~/.dockercfg was stale and broke a pull of a public image (docker 1.2, v1 registry). The text alone reads as a missing login.'
  }
]

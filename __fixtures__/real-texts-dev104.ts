/**
 * The hundred-and-fourth development set ("dev104": Docker Hub (docker.io, registry-1.docker.io)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-fourth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV104: readonly RealText[] = [
  {
    id: 'dev104-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: resourceDockerRegistryImageCreate: Unable to get authConfig for registry: no auth config found for registry registry-1.docker.io in auth configs: map[string]types.AuthConfig{"index.docker.io":types.AuthConfig{Username:"my_username", Password:"***", Auth:"", Email:"", ServerAddress:"https://index.docker.io/v1/", IdentityToken:"", RegistryToken:""}}',
    source: 'kreuzwerker/terraform-provider-docker#591',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    case: 'no-login',
    note: "The Terraform provider holds a login for index.docker.io only and finds none for registry-1.docker.io, so the push goes out with no credential for its host. The leading box-drawing character of Terraform's output is dropped; the password value (a placeholder in the post) is masked. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev104-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "/usr/bin/docker scout cves registry://docker/buildx-bin:master --format sarif --output /home/runner/work/_temp/docker-scout-9e5R4q/result.txt\n      i New version 1.24.0 available (installed version is 1.11.0) at https://github.com/docker/scout-cli\n        Log in with your Docker ID or email address to use docker scout.\n  \n  If you don't have a Docker ID, head over to https://hub.docker.com/ to\n  create one. You can log in with your password or a Personal Access Token (PAT)\n  by running docker login.\n  Using a limited-scope PAT grants better security and is required for organizations\n  using SSO. Learn more at https://docs.docker.com/go/access-tokens/\n  \n  You can also log in using Docker Desktop.",
    source: 'docker/buildx#4001',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the job had logged in to Docker Hub with OIDC, which Docker Scout does not take ("OIDC doesn\'t seem supported by Scout"); the fix was a login with a personal access token for the Scout step. From the text alone it reads as no login at all. Host docker.io is a placeholder for the Docker Hub image the step scans.'
  },
  {
    id: 'dev104-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Using default tag: latest\nError response from daemon: Head "https://registry-1.docker.io/v2/qmcgaw/gluetun/manifests/latest": unauthorized: incorrect username or password',
    source: 'passteque/gluetun#1155',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the image is public; the same pull worked from another local user account on the same machine, so the failing user's stored Docker Hub login is what breaks it. INFERENCE: the reporter closed the issue without saying what they changed."
  },
  {
    id: 'dev104-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '#3 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/alpine/manifests/sha256:b5a5b7ce4eabc8414bf367761a28f4e8b16952ce5de537c15ed917b71b245f11: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'kubernetes/minikube#16489',
    expected: 'rate-limited'
  },
  {
    id: 'dev104-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "litmuschaos/chaos-operator:1.13.5": rpc error: code = Unknown desc = toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'litmuschaos/litmus#2846',
    expected: 'rate-limited',
    note: "A kubelet event on minikube; the reporter's own docker login did not reach the cluster's pulls. The text names no registry host: docker.io is a placeholder (the image is on Docker Hub)."
  },
  {
    id: 'dev104-docker-hub-06',
    family: 'docker-hub',
    host: 'hub.docker.com',
    text: '::error::Login failed (HTTP 401) — DOCKERHUB_USERNAME / DOCKERHUB_TOKEN appear invalid.',
    source: 'openemr/openemr-devops#714',
    expected: 'invalid-credentials',
    note: "needs the thread: the line is the project's own credential check against Docker Hub's API login (POST /v2/users/login/); the issue names the token as revoked, and rotating the secret made the check pass. The registry login with the old secret had still passed, so the API refused what the registry took."
  },
  {
    id: 'dev104-docker-hub-07',
    family: 'docker-hub',
    host: 'hub.docker.com',
    text: 'USING WEB-BASED LOGIN\nTo sign in with credentials on the command line, use \'docker login -u <username>\'\n\nYour one-time device confirmation code is: XXXX-XXXX\nPress ENTER to open your browser or submit your device code here: https://login.docker.com/activate\n\nWaiting for authentication in the browser…\n\nPost "https://hub.docker.com/v2/access-tokens/desktop-generate": write tcp [fe80::4059:9213:ed33:d465%utun6]:50794->[2600:1f18:2148:bc02:9528:bc49:346f:402c]:443: write: socket is not connected',
    source: 'docker/for-mac#7587',
    expected: 'registry-unreachable',
    note: 'The one-time device confirmation code is masked (XXXX-XXXX).'
  },
  {
    id: 'dev104-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/library/centos/manifests/latest: unauthorized: incorrect username or password',
    source: 'docker-archive-public/docker.kitematic#3261',
    expected: 'email-as-username',
    alsoAcceptable: ['stale-login', 'invalid-credentials'],
    note: 'needs the thread: the reporter logged in with the same credentials that work on the Hub website; logging in with the Docker ID instead of the email address fixed it (confirmed by a second user). The text alone reads as a stored login that breaks a pull of an official image.'
  },
  {
    id: 'dev104-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Execution failed for task ':jib'.\n> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Build\nimage failed, perhaps you should make sure your credentials for 'demo:0.0.1-SNAP\nSHOT' are set up correctly.",
    source: 'GoogleContainerTools/jib#2207',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: "The target `demo:0.0.1-SNAPSHOT` has no namespace, so Jib pushes to Docker Hub's official library/demo, which the user may not write; the maintainers said to use the user's own namespace. Hard-wrapped lines kept as posted. The text names no registry host: docker.io is a placeholder (Jib's default for a bare name)."
  },
  {
    id: 'dev104-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'pushing to docker.io/u/fdsfgsglibc\nPassword:\nEmail: user@example.org\nError response from daemon: Wrong login/password, please try again',
    source: 'edannenberg/kubler#63',
    expected: 'invalid-credentials',
    note: 'needs the thread: the push script logged in with the image namespace as the username; setting DOCKER_LOGIN to the real account name fixed it. The email address in the post is replaced with user@example.org.'
  },
  {
    id: 'dev104-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: '# atomic pull  docker.io/busybox\nFailed: unable to retrieve auth token: 401 unauthorized',
    source: 'podman-container-tools/skopeo#325',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: "needs the thread: the commenter saw this while ~/.docker/config.json held an expired login for Docker Hub; busybox is public. Copied from a comment, not the issue's own report."
  },
  {
    id: 'dev104-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: '/usr/sbin/docker-credential-desktop.exe: Invalid argument',
    source: 'docker/for-win#12273',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Docker Desktop's credential helper under WSL fails, which breaks docker compose pull (the issue title). The text names no registry: docker.io is a placeholder."
  },
  {
    id: 'dev104-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'The push refers to repository [docker.io/duolabmeng666/php8-nginx]\nERROR: An image does not exist locally with the tag: duolabmeng666/php8-nginx',
    source: 'docker/docs#13093',
    expected: 'not-a-login-failure',
    note: 'docker-compose push of an image the compose file only names: nothing was built or tagged locally.'
  },
  {
    id: 'dev104-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'API error (404): {"message":"repository myrepo/myimage not found: does not exist or no pull access"}',
    source: 'hashicorp/nomad#2335',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the reporter's image was built locally and stored on no registry, so Nomad's pull from Docker Hub finds no such repository. The text names no host: docker.io is a placeholder (Nomad's default)."
  },
  {
    id: 'dev104-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'failed to solve: arm64v8/python:3.11.10-slim-bookworm: failed to resolve source metadata for docker.io/arm64v8/python:3.11.10-slim-bookworm: no match for platform in manifest: not found',
    source: 'docker-library/python#987',
    expected: 'not-a-login-failure',
    case: 'platform'
  },
  {
    id: 'dev104-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: initializing source docker://jc21/mariadb-aria:latest: reading manifest latest in docker.io/library/jc21/mariadb-aria: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'podman-container-tools/podman#14731',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'podman resolved the name to docker.io/library/jc21/mariadb-aria, a repository that does not exist (the image is jc21/mariadb-aria), so Docker Hub answers as for a private one; the reporter was logged in. INFERENCE: the issue went stale without a confirmed fix.'
  },
  {
    id: 'dev104-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for <my app docker image>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'docker-archive/compose-cli#2016',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the image is one the compose files build locally (a build section), and Compose v2.0.0-rc.1 tried to pull it from Docker Hub. The image name is the reporter's own placeholder, kept as posted; the text names no host: docker.io is a placeholder."
  },
  {
    id: 'dev104-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'unable to prepare context: unable to evaluate symlinks in context path: lstat /home/REDACTED: permission denied',
    source: 'docker/for-linux#194',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "sudo docker build with the snap-packaged docker, which may not read the home directory. The text names no registry: docker.io is a placeholder; REDACTED is the reporter's own mask."
  },
  {
    id: 'dev104-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "docker.io/bitnami/mysql:8.4.5-debian-12-r0": Error response from daemon: manifest for bitnami/mysql:8.4.5-debian-12-r0 not found: manifest unknown: manifest unknown',
    source: 'bitnami/charts#36530',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'Bitnami removed the tag from docker.io/bitnami (moved to bitnamilegacy).'
  },
  {
    id: 'dev104-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "docker.io/bitnami/redis:6.2.7-debian-11-r3": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/bitnami/redis:6.2.7-debian-11-r3": failed to resolve reference "docker.io/bitnami/redis:6.2.7-debian-11-r3": docker.io/bitnami/redis:6.2.7-debian-11-r3: not found',
    source: 'chatwoot/chatwoot#12735',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "containerd's wording for a removed tag; the fix was the bitnamilegacy repository."
  },
  {
    id: 'dev104-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: '#20 exporting to GitHub Actions Cache\n#20 preparing build cache for export 25.2s done\n#20 sending cache export 30.0s done\n#20 ERROR: Post "https://results-receiver.actions.githubusercontent.com/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL": dial tcp 140.82.112.21:443: i/o timeout\nERROR: failed to build: failed to solve: DeadlineExceeded',
    source: 'ThalesGroup/fred#2500',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: 'The image had built; only the type=gha cache export timed out (fixed with ignore-error=true). The text names no registry: docker.io is a placeholder. The trailing ##[error] line, cut short in the post, is left out.'
  },
  {
    id: 'dev104-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: "#5 [2/2] ADD     https://gitlab.com/some/private/git/repo.git     .\n#5 0.379 Cloning into '/var/lib/docker/overlay2/ban9vyyuk47ca2xg9piwv41jz/diff/nested/repo'...\n#5 0.760 fatal: could not read Username for 'https://gitlab.com': terminal prompts disabled\n#5 0.767 fatal: clone of 'https://gitlab.com/some/nested/repo.git' into submodule path '/var/lib/docker/overlay2/ban9vyyuk47ca2xg9piwv41jz/diff/nested/repo' failed\n#5 0.767 Failed to clone 'nested/repo'. Retry scheduled",
    source: 'moby/buildkit#6046',
    expected: 'not-a-login-failure',
    note: "The build's own git fetch of a private submodule (ADD of a git URL) is refused; the text names no registry: docker.io, where the build's base image comes from, is a placeholder. Trimmed to the first failed clone and its retry; the build-definition lines before it are left out."
  },
  {
    id: 'dev104-not-login-11',
    family: 'not-login',
    host: 'nexus-test.local',
    text: '$ docker pull nexus-test.local/alpine/git:v2.34.2\nError response from daemon: manifest for nexus-test.local/alpine/git:v2.34.2 not found: manifest unknown: manifest unknown',
    source:
      'https://support.sonatype.com/hc/en-us/articles/33993902899731-Handling-request-rate-limiting-from-Docker-Hub',
    expected: 'rate-limited',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'proxy',
    note: 'needs the thread: Sonatype\'s article says a Nexus proxy of Docker Hub answers "manifest unknown" when Docker Hub refused its upstream request with 429 (nexus.log shows the 429 and the pull rate limit message). From the text alone it is a missing tag. A vendor knowledge-base page, not a user\'s post.'
  },
  {
    id: 'dev104-not-login-12',
    family: 'not-login',
    host: 'docker.io',
    text: "Step 48/52 : RUN curl -fL ${!BUILD_DOCKER_URL} > /usr/bin/docker &&     chmod +x /usr/bin/docker\n ---> Running in 5ad4716b4ac0\ncurl: (22) The requested URL returned error: 403 Forbidden\n> :pThe command '/bin/sh -c curl -fL ${!BUILD_DOCKER_URL} > /usr/bin/docker &&     chmod +x /usr/bin/docker' returned a non-zero code: 22",
    source: 'rancher/os#2385',
    expected: 'not-a-login-failure',
    note: 'A RUN curl of a docker binary from download.docker.com answered 403 (fixed upstream the same day). The curl progress-meter lines are trimmed; the stray "> :p" is as posted. The text names no registry: docker.io is a placeholder.'
  }
]

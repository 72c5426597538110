/**
 * The eighty-sixth development set ("dev86": Docker Hub (docker.io, registry-1.docker.io)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-sixth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV86: readonly RealText[] = [
  {
    id: 'dev86-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Trying to pull docker.io/datawiseio/fio:latest...\ntime="2022-02-09T23:15:36Z" level=warning msg="failed, retrying in 1s ... (1/3). Error: initializing source docker://datawiseio/fio:latest: reading manifest latest in docker.io/datawiseio/fio: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"',
    source: 'red-hat-storage/ocs-ci#4612',
    expected: 'rate-limited',
    note: 'podman in a Jenkins job, posted in a comment; the Jenkins time stamps before each line and the earlier tries of other unqualified-search registries are trimmed.'
  },
  {
    id: 'dev86-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `error getting credentials - err: exit status 1, out: A specified logon session does not exist.',
    source: 'docker/for-win#12888',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'The issue\'s title without its lead-in "Docker login fails with: " (the title is cut as posted, before the closing backtick). Docker Desktop for Windows: its credential helper (the Windows credential manager) failed to store the login. The text names no registry: docker.io is a placeholder of the family.'
  },
  {
    id: 'dev86-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: ' > resolve image config for docker.io/docker/dockerfile:1:\n------\nDockerfile:1\n--------------------\n   1 | >>> # syntax=docker/dockerfile:1\n   2 |     \n   3 |     FROM node:18-alpine\n--------------------\nERROR: failed to solve: error getting credentials - err: exit status 1, out: ``',
    source: 'docker/buildx#2395',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Build progress lines before the failing step are trimmed. Docker Desktop (builder desktop-linux) run with sudo; the credential helper named in the docker config failed before the base image could be read.'
  },
  {
    id: 'dev86-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'error listing credentials - err: exit status 1, out: `no usernames for https://index.docker.io/v1//access-token`',
    source: 'docker/desktop-linux#85',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Docker Desktop for Linux with the pass credential store; the helper fails to list the Docker Hub login it should hold. INFERENCE on the cause (the stored thread shows a suggested pass reset, not a confirmed fix); the id rests on the text.'
  },
  {
    id: 'dev86-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '# podman pull docker.io/library/registry:2\nTrying to pull docker.io/library/registry:2...\n  toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nError: unable to pull docker.io/library/registry:2: Error initializing source docker://registry:2: Error reading manifest 2 in docker.io/library/registry: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'IBM-ICP4D/cloud-pak-ocp-4#4',
    expected: 'rate-limited'
  },
  {
    id: 'dev86-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to pull image adminer: failed to initiate image pull for adminer: Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source: 'getarcaneapp/arcane#862',
    expected: 'rate-limited',
    note: 'The user had logged in on the console, but the tool pulled without that login. The text names no host: docker.io is a placeholder of the family (adminer is a Docker Hub official image).'
  },
  {
    id: 'dev86-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed\nError: buildx call failed with: failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed',
    source: 'docker/build-push-action#223',
    expected: 'insufficient-scope',
    note: 'The push target (helldar/laravel-gitlab-ci on hub.docker.com) is named in the issue, not in the text: docker.io is from the thread. The stored thread shows no confirmed fix, so no case is given.'
  },
  {
    id: 'dev86-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Unauthorized for registry-1.docker.io/library/java-hello-world: 401 Unauthorized',
    source: 'GoogleContainerTools/jib#1922',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: "The issue's title (the same line as in its log). The image was named without a Docker ID, so jib pushed to library/, the official images' namespace, which no user may write. INFERENCE: the stored thread shows the log but no confirmed fix; missing-credentials is defensible if no Docker Hub login reached jib at all."
  },
  {
    id: 'dev86-docker-hub-09',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '(HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/tensorflow/tensorflow/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#2752',
    expected: 'email-as-username',
    alsoAcceptable: ['stale-login', 'invalid-credentials'],
    note: "needs the thread: the issue's title; the reporter is logged in to Kitematic, another user says pulls fail only while logged in, and a maintainer asks them to log in to Kitematic again (the stored copy is cut there); in sibling Kitematic issues with this line the maintainers' fix was to log in with the Docker ID, not the e-mail. INFERENCE: no confirmed fix in the stored thread. The stored login breaking a public pull also fits stale-login."
  },
  {
    id: 'dev86-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to authorize: rpc error: code = Unknown desc = failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fsolr%3Apull&service=registry.docker.io: 401 Unauthorized\n------\n > [solr internal] load metadata for docker.io/library/solr:9.6:\n------',
    source: 'ddev/ddev-solr#52',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a pull of the public official solr image refused at the token service; the maintainer answers that docker logout will fix it (a stored Docker Hub login is sent and refused). INFERENCE: the reporter does not confirm in the stored thread. The stderr repetition after the first lines is trimmed.'
  },
  {
    id: 'dev86-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'amazoncorretto:11-al2-jdk: failed to authorize: failed to fetch anonymous token: unexpected status: 401',
    source: 'docker-library/tomcat#321',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: an anonymous token refused with 401 for a public image; a maintainer links a Docker Hub incident of that day (dockerstatus.com), so the registry failed, not a credential. INFERENCE: the reporter does not confirm. The text names no host: docker.io is a placeholder of the family (amazoncorretto is a Docker Hub official image).'
  },
  {
    id: 'dev86-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ sudo docker pull alpine\nUsing default tag: latest\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable',
    source: 'docker/hub-feedback#2437',
    expected: 'registry-unreachable',
    note: "The daemon pulls through an HTTP proxy set in daemon.json; the same post's curl shows the proxy answering the CONNECT to registry-1.docker.io. The text names no host: docker.io is where alpine is pulled from."
  },
  {
    id: 'dev86-docker-hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'com.github.dockerjava.api.exception.InternalServerErrorException: Status 500: {"message":"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}',
    source: 'PlaytikaOSS/testcontainers-spring-boot#569',
    expected: 'rate-limited',
    note: 'The log line before it (timestamped "Error during callback") is trimmed. The daemon wraps Docker Hub\'s 429 in a 500. The text names no host: docker.io is where mariadb:10.3.6 is pulled from.'
  },
  {
    id: 'dev86-docker-hub-14',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Login with your Docker ID to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com to create one.\nUsername: user@mycompany.com\nPassword:\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password",
    source: 'docker/cli#961',
    expected: 'email-as-username',
    note: "The prompt line with its time stamp is trimmed; the e-mail address is the reporter's own placeholder."
  },
  {
    id: 'dev86-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'tribeca:latest' locally\ndocker: Error response from daemon: pull access denied for tribeca, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'michaelgrosner/tribeca#254',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'A bare name resolves to docker.io/library/tribeca, which no image has: the image is built locally from the project before docker run, and the reporter says they are logged in. INFERENCE: the stored thread shows no fix. The text names no host: docker.io is where a bare name resolves.'
  },
  {
    id: 'dev86-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "rmeuser-auth:latest": rpc error: code = Unknown desc = Error response from daemon: pull access denied for rmeuser-auth, repository does not exist or may require \'docker login\'',
    source: 'kubernetes/website#14257',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'A kubelet pull of a bare, locally built image name, which resolves to docker.io/library/rmeuser-auth. INFERENCE: the stored thread shows no fix. The text names no host: docker.io is where a bare name resolves.'
  },
  {
    id: 'dev86-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for hackinglab/hl-kali-docker-ttyd, repository does not exist or may require \n   'docker login': denied: requested access to the resource is denied",
    source: 'asatrya/keycloak-traefik-tutorial#2',
    expected: 'repository-not-found',
    note: 'needs the thread: the issue says the tutorial is outdated and its links gone; the image the tutorial names no longer exists on Docker Hub. INFERENCE: no maintainer answer in the stored thread. The line break inside the message is as posted; the docker pull command line before it is trimmed.'
  },
  {
    id: 'dev86-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "$ docker logout\nNot logged in to https://index.docker.io/v1/\n\n$ docker pull portainer\nUsing default tag: latest\nError response from daemon: pull access denied for portainer, repository does not exist or may require 'docker login'",
    source: 'docker/hub-feedback#1103',
    expected: 'repository-not-found',
    case: 'official-image',
    note: "No login is stored, and portainer is no official image (Portainer's is portainer/portainer): library/portainer does not exist. Posted as a comment; the docker version output after it is trimmed."
  },
  {
    id: 'dev86-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nlatest: Pulling from exodusprivacy/exodus-standalone\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'Exodus-Privacy/exodus-standalone#48',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'An Apple M2 pulling an image published for amd64 only. The text names no host: docker.io is where the name resolves.'
  },
  {
    id: 'dev86-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'error: failed to solve: failed to compute cache key: failed to copy: invalid status response 416 The range specified is invalid for the current size of the resource. for https://vth0acprodeus2file0.blob.core.windows.net/1665cc709f9c430f88b363d79c2f9f6f/35da92eddf84ec1194f60050f276280d?sv=2019-07-07&sr=b&sig=***&se=2022-02-08T15%3A07%3A22Z&sp=r&rscl=x-e2eid-d10f7757-becb4d8c-94279385-0bd5086d',
    source: 'docker/build-push-action#558',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    case: 'actions-cache',
    note: 'The signature (sig=) of the posted storage URL is masked. A read from the GitHub Actions cache\'s blob storage failed during the build (transient, the reporter says); no registry or credential is involved. The repeated "Error: buildx failed with:" line is trimmed. The text names no registry: docker.io is a placeholder.'
  },
  {
    id: 'dev86-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: '1.372 * Getting lib (https://github.com/<org-name>/libraryr)\n1.542 fatal: could not read Username for \'https://github.com/\': No such device or address\n1.548 ** (Mix) Command "git --git-dir=.git fetch --force --quiet --progress" failed\n------\nDockerfile:33\n--------------------\n  31 |     # install mix dependencies\n  32 |     COPY mix.exs mix.lock ./\n  33 | >>> RUN mix deps.get --only $MIX_ENV\n  34 |     RUN mkdir config\n  35 |     \n--------------------\nERROR: failed to solve: process "/bin/sh -c mix deps.get --only $MIX_ENV" did not complete successfully: exit code: 1',
    source: 'docker/build-push-action#1112',
    expected: 'not-a-login-failure',
    note: 'A build step fetching a private GitHub dependency with no git credential; no registry is involved. The final buildx line (cut in the stored copy) is left out. The text names no registry: docker.io is a placeholder.'
  },
  {
    id: 'dev86-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error Message: Command failed: docker login  --username whuera --password-stdin\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/auth: dial unix /var/run/docker.sock: connect: permission denied',
    source: 'microsoft/vscode-docker#2401',
    expected: 'not-a-login-failure',
    note: "A docker login that never reached the registry: the user may not open the daemon's socket (not in the docker group, as the maintainer suggests). The login names no server, so Docker Hub: docker.io."
  },
  {
    id: 'dev86-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nError response from daemon: manifest for scireum/s3-ninja:latest not found: manifest unknown: manifest unknown',
    source: 'scireum/s3ninja#141',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The project publishes no latest tag (the maintainer answers so). The shell prompt before it is trimmed. The text names no host: docker.io is where the name resolves.'
  }
]

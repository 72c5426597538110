/**
 * The ninety-second development set ("dev92": Docker Hub (docker.io, registry-1.docker.io)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-second development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV92: readonly RealText[] = [
  {
    id: 'dev92-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '3>Pulling nosql.data (mongo:)...\n3>Get https://registry-1.docker.io/v2/library/mongo/manifests/latest: unauthorized: incorrect username or password',
    source: 'dotnet-architecture/eShopOnContainers#1099',
    expected: 'email-as-username',
    alsoAcceptable: ['stale-login'],
    note: 'needs the thread: a docker-compose pull of a public official image; the reporter had signed in to Docker Desktop with the email address and fixed it by signing out and signing in with the Docker ID. The text alone reads as a stored login that fails (stale-login).'
  },
  {
    id: 'dev92-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Pulling db-headless (mariadb:)...\nERROR: Get https://registry-1.docker.io/v2/library/mariadb/manifests/latest: unauthorized: incorrect username or password',
    source: 'postlight/headless-wp-starter#256',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'A public official image refused for the credential docker sent: a stored Docker Hub login that no longer works. INFERENCE: the stored thread has no answer.'
  },
  {
    id: 'dev92-docker-hub-03',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'docker push index.docker.io/adoptopenjdk/ubuntu2004_build_image:linux-riscv64\nThe push refers to repository [docker.io/adoptopenjdk/ubuntu2004_build_image]\ndenied: requested access to the resource is denied',
    source: 'adoptium/infrastructure#3294',
    expected: 'insufficient-scope',
    note: 'Layer Preparing/Waiting progress lines trimmed. A push to an organization namespace denied; labelled by the convention for denied pushes. INFERENCE: the thread was closed as a duplicate of another discussion and states no cause.'
  },
  {
    id: 'dev92-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'C:\\Users\\Kim\\mydockerbuild>docker push kimdockertutorial/docker-whale\nThe push refers to a repository [docker.io/kimdockertutorial/docker-whale]\nunauthorized: authentication required',
    source: 'docker/for-win#108',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "needs the thread: the reporter had logged in successfully; the push failed because the repository name did not match the account's namespace (the tutorial's tag). Layer Preparing/Waiting lines trimmed."
  },
  {
    id: 'dev92-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: Failed to pull image "busybox": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/busybox:latest": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'kata-containers/kata-containers#10100',
    expected: 'rate-limited'
  },
  {
    id: 'dev92-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'liudecai@my-ubuntu-server:~$ docker pull ubuntu:16.04\nError response from daemon: Get https://registry-1.docker.io/v2/: x509: certificate is valid for FG3K6C3A15800021, not registry-1.docker.io',
    source: 'moby/moby#33154',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: "The certificate is a firewall's (the reporter confirmed a company proxy-server); the text decides."
  },
  {
    id: 'dev92-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: rpc error: code = Unknown desc = error getting credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
    source: 'ethstaker/eth-docker#884',
    expected: 'credential-store-error',
    case: 'default-helper',
    note: "The post names no registry: host docker.io is a placeholder (the build pulls its base images from Docker Hub). Case from the thread: installing pass fixed it, i.e. docker's default secretservice helper failed on a headless Debian host."
  },
  {
    id: 'dev92-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#2 [internal] load metadata for docker.io/library/openjdk:17\n#2 ERROR: error getting credentials - err: exit status 1, out: `error getting credentials - err: exit status 1, out: `A specified logon session does not exist. It may already have been terminated.``\n------\n > [internal] load metadata for docker.io/library/openjdk:17:\n------\nERROR: failed to solve: openjdk:17: failed to resolve source metadata for docker.io/library/openjdk:17: error getting credentials - err: exit status 1, out: `error getting credentials - err: exit status 1, out: `A specified logon session does not exist. It may already have been terminated.``',
    source: 'jenkins-zh/jenkins-zh#472',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "The Dockerfile excerpt between the error blocks is trimmed. Docker Desktop's credential helper (Windows Credential Manager) is unusable from the Jenkins service session. INFERENCE: the stored thread has no answer."
  },
  {
    id: 'dev92-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "<my docker hub username /nxtest>": rpc error: code = Unknown desc = Error response from daemon: pull access denied for <my docke rhub username /nxtest>, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'portainer/portainer#4308',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'no-login',
    note: 'needs the thread: a private Docker Hub image pulled by Kubernetes through Portainer, which (a maintainer says) created no pull secret for authenticated registries yet, so the pull carried no login. The image names are masked by the reporter as posted; the leading "Warning is: " prose is dropped.'
  },
  {
    id: 'dev92-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'WARN[0004] run: build step: running push: denied: requested access to the resource is denied',
    source: 'GoogleContainerTools/skaffold#271',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: 'needs the thread: the issue (labelled bug) is that skaffold did not pass the Docker Hub credentials to the push, so it carried no login; by the text alone a denied push is insufficient-scope. The post names no host: docker.io. INFERENCE: the stored thread shows no confirmed fix for this reporter.'
  },
  {
    id: 'dev92-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: '07:37:18.305  WARN whats-up-docker/watcher.docker.local: Error when processing (401 - {"details":"incorrect username or password"}) (container=local_wud)',
    source: 'getwud/wud#182',
    expected: 'invalid-credentials',
    note: "What's Up Docker with Docker Hub credentials (WUD_REGISTRY_HUB_AUTH in a later comment); the post names no host: docker.io is a placeholder. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'dev92-docker-hub-12',
    family: 'docker-hub',
    host: 'hub.docker.com',
    text: '(node:17914) UnhandledPromiseRejectionWarning: Error: {"detail":"access to the resource is forbidden with personal access token"}',
    source: 'mvdan/sh#492',
    expected: 'insufficient-scope',
    note: 'needs the thread: a repository-description update through the Docker Hub API (hub.docker.com, no host in the text) refused the access token, which then could not do it; the fix was to use the account password (later a token with read/write/delete).'
  },
  {
    id: 'dev92-docker-hub-13',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "ERROR: Service 'mysql' failed to build: Get https://registry-1.docker.io/v2/library/mysql/manifests/5.7: unauthorized: incorrect username or password",
    source: 'docker/for-mac#3282',
    expected: 'email-as-username',
    alsoAcceptable: ['stale-login'],
    note: 'needs the thread: the macOS keychain entry docker used held the email address as account; changing it to the Docker ID fixed the build. The text alone reads as a stored login that fails.'
  },
  {
    id: 'dev92-docker-hub-14',
    family: 'docker-hub',
    host: 'docker.io',
    text: "failed to create workspace: Error response from daemon: Please run 'docker login'",
    source: 'daytonaio/daytona#1348',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: Docker Desktop with enforced sign-in for an organization refuses pulls that carry no credential; the tool pulled a public Docker Hub image through the Engine API with no X-Registry-Auth. The text names no host: docker.io.'
  },
  {
    id: 'dev92-docker-hub-15',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: error storing credentials - err: exit status 1, out: `The stub received bad data.`',
    source: 'docker/hub-tool#242',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "hub-tool login (Docker Hub) on WSL 2 with Docker Desktop's Windows credential helper; the text names no host: docker.io. INFERENCE: the issue is open with no fix."
  },
  {
    id: 'dev92-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: "Step 7/9 : COPY --from=generator-base /upload/ /upload\ninvalid from flag value generator-base: pull access denied for generator-base, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'cromulencellc/hackasat-qualifier-2020#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: generator-base was meant to be an image built locally first; docker looked for it on Docker Hub, where no such repository exists. No login is involved.'
  },
  {
    id: 'dev92-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling from sebp/elk\nimage operating system "linux" cannot be used on this platform',
    source: 'spujadas/elk-docker#215',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'Docker for Windows in Windows-containers mode pulling a Linux image.'
  },
  {
    id: 'dev92-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Fri, 23 Apr 2021 22:45:25 UTC WRN src/internal/app/job.go:181 > Cannot get remote manifest error="Cannot get image digest from HEAD request: Error reading digest 5bb9814f6a74816c662ff5da72110417d6d3b003d2ce42aa516a40ec8714e8e4 in docker.io/library/sha256: errors:\\ndenied: requested access to the resource is denied\\nerror parsing HTTP 401 response body: unexpected end of JSON input: \\"\\"\\n" image=docker.io/library/sha256:5bb9814f6a74816c662ff5da72110417d6d3b003d2ce42aa516a40ec8714e8e4 provider=docker',
    source: 'crazy-max/diun#334',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'needs the thread: diun read a container started from a digest (image@sha256:…) as the repository library/sha256, an official-image name no image has (a diun enhancement, not a credential). The \\n inside the error="…" field are literal escapes as logged.'
  },
  {
    id: 'dev92-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'error: failed to solve: rpc error: code = Unknown desc = open /.docker/.token_seed: permission denied',
    source: 'moby/buildkit#1936',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'Rootless buildkit could not write its token seed: /.docker was created by root in the image. The text names no host: docker.io is a placeholder.'
  },
  {
    id: 'dev92-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: "root@Dell-Inspiron-3543:~/snap# docker build -t kflee2000/catnip .\nerror checking context: 'no permission to read from '/root/snap/Dockerfile''.",
    source: 'prakhar1989/docker-curriculum#265',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'The build context cannot be read (the tag names a Docker Hub repository, so host docker.io); nothing was sent to a registry.'
  },
  {
    id: 'dev92-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: '=> ERROR [internal] load metadata for docker.io/library/php:1.8.4-apache-buster\n------\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: docker.io/library/php:1.8.4-apache-buster: not found',
    source: 'docker/buildx#1031',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The step timing after the first line is trimmed. A maintainer confirmed the tag does not exist.'
  },
  {
    id: 'dev92-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: '#19 ERROR: error writing layer blob: failed to parse error response 429: {"$id":"1","innerException":null,"message":"Request was blocked due to exceeding usage of resource \'Count\' in namespace \'\'.","typeName":"Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server","typeKey":"RequestBlockedException","errorCode":0,"eventId":3000}: invalid character \'ï\' looking for beginning of value\n------\n > exporting cache:\n------',
    source: 'moby/buildkit#2276',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['rate-limited'],
    case: 'actions-cache',
    note: 'The GitHub Actions cache service (type=gha, mode=max) throttled the cache export, not a registry. The post names no registry: host docker.io is a placeholder. The final error line, which repeats the first, is left out.'
  },
  {
    id: 'dev92-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: ' > [4/4] RUN npm ci:\n#8 1.358 npm ERR! code E401\n#8 1.359 npm ERR! Unable to authenticate, your authentication token seems to be invalid.\n#8 1.359 npm ERR! To correct this please trying logging in again with:\n#8 1.359 npm ERR!     npm login',
    source: 'nodejs/docker-node#1561',
    expected: 'not-a-login-failure',
    note: "A build step's own npm request refused (npm notice lines trimmed); the base image node:16 comes from Docker Hub, so host docker.io is a placeholder."
  },
  {
    id: 'dev92-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: "Step 2/2 : RUN go get github.com/golang/list/golint\n ---> Running in 199d1a7c3f98\n# cd .; git clone https://github.com/golang/list /go/src/github.com/golang/list\nCloning into '/go/src/github.com/golang/list'...\nfatal: could not read Username for 'https://github.com': terminal prompts disabled\npackage github.com/golang/list/golint: exit status 128\nThe command '/bin/sh -c go get github.com/golang/list/golint' returned a non-zero code: 1",
    source: 'docker-library/golang#190',
    expected: 'not-a-login-failure',
    note: "A build step's own git clone of a mistyped path (golang/list for golang/lint); the reporter confirmed. Base image golang from Docker Hub: host docker.io is a placeholder."
  },
  {
    id: 'dev92-not-login-10',
    family: 'not-login',
    host: 'dhub.kubesre.xyz',
    text: '(base) tskj@tskj:~$ sudo docker pull dhub.kubesre.xyz/xprobe/xinference:v0.16.1\nError response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'kubesre/docker-registry-mirrors#2832',
    expected: 'rate-limited',
    case: 'proxy',
    note: "A public Docker Hub mirror passed on the limit of its own upstream pulls; the user's login cannot change it (a reply says the public mirror no longer works)."
  }
]

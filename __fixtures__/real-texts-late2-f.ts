/**
 * The second late set, part F (Docker Hub (docker.io, registry-1.docker.io) and look-alikes from any registry (`not-login`)): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The second late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE2_F: readonly RealText[] = [
  {
    id: 'late2-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Step 1 : FROM node:0.12\nGet https://registry-1.docker.io/v2/library/node/manifests/0.12.12: unauthorized: incorrect username or password',
    source: 'nodejs/docker-node#121',
    expected: 'stale-login',
    note: 'A build (from Jenkins) refused the official public image node:0.12 for a wrong username or password: a login stored on that host is sent with the pull. INFERENCE: the stored thread only guesses at a private registry and shows no confirmed fix.'
  },
  {
    id: 'late2-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '(HTTP code 500) server error - {"message":"Get https://registry-1.docker.io/v2/wekanteam/wekan/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#3401',
    expected: 'stale-login',
    alsoAcceptable: ['email-as-username'],
    note: 'Kitematic pulling a public image, refused for the stored login. The maintainers answer: log out and log in with the Docker Hub username, not the email address (a newer Kitematic refuses email logins because of this), so email-as-username is also defensible. INFERENCE: the reporter does not confirm the fix in the stored thread.'
  },
  {
    id: 'late2-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Pushing ubuntu-cpp (apache/arrow-dev:arm64v8-ubuntu-20.04-cpp)...\nThe push refers to repository [docker.io/apache/arrow-dev]\nERROR: denied: requested access to the resource is denied',
    source: 'apache/arrow#30541',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'A Travis CI push to the apache namespace denied. Docker Hub answers the same to a push with no login at all, so missing-credentials is also defensible. INFERENCE: the thread was closed as outdated (Travis CI dropped) with no fix.'
  },
  {
    id: 'late2-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '+ /usr/local/bin/docker tag gb4cupqlacdjb9nd owncloud/web:latest\n+ /usr/local/bin/docker push owncloud/web:latest\nThe push refers to repository [docker.io/owncloud/web]\ndenied: requested access to the resource is denied\nexit status 1',
    source: 'owncloud/web#13401',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'Drone CI push to Docker Hub. The layer progress lines ("Preparing", "Waiting") between the push line and the denial are left out. INFERENCE: the stored thread shows no cause or fix; a push denied to the namespace reads as the credential not allowed to write it (or no login).'
  },
  {
    id: 'late2-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'The push refers to repository [docker.io/vladgh/testautobuildhooks]\n73046094a9b8: Preparing\n73046094a9b8: Layer already exists\nerrors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'docker/hub-feedback#1611',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a push from a Docker Hub automated build's post_push hook, with credentials Docker Hub provides itself; a Docker staff member says the issue was fixed on Docker's side hours earlier, and the reporter confirms it works again. A registry-side fault, not the credential; no id names a registry incident answering with refusals, hence unknown is also defensible."
  },
  {
    id: 'late2-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/library/postgres/manifests/10": net/http: TLS handshake timeout',
    source: 'xiaopeng163/docker.tips#4',
    expected: 'registry-unreachable',
    note: 'Copied from a post written in Chinese (the error line only). The reporter had already added registry mirrors without effect.'
  },
  {
    id: 'late2-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: '478d5c9246ad: Layer already exists\nd46f9f76f72f: Retrying in 5 seconds\nd46f9f76f72f: Retrying in 4 seconds\nd46f9f76f72f: Retrying in 3 seconds\n0ef7813a3715: Pushed\nd46f9f76f72f: Retrying in 2 seconds\nd46f9f76f72f: Retrying in 1 second\nd46f9f76f72f: Pushed\nreceived unexpected HTTP status: 500 Internal Server Error',
    source: 'docker/hub-feedback#1761',
    expected: 'registry-unreachable',
    note: 'The thread confirms a Docker Hub incident (Docker staff rolled out a fix; pushes then succeeded).'
  },
  {
    id: 'late2-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'error parsing HTTP 404 response body: invalid character \'p\' after top-level value: "404 page not found\\n"\nunknown blob\nError response from daemon: unauthorized: authentication required.',
    source: 'docker/hub-feedback#1693',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the reporter lists the errors seen during a Docker Hub partial outage (the title says so; other users report the same across pushes and pulls). The `unauthorized` line alone would read as a login failure; the 404 error page where the registry should answer and the thread decide. The literal backslash-n inside the quoted body is as posted.'
  },
  {
    id: 'late2-docker-hub-09',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Warning  Failed     41s (x3 over 114s)   kubelet            Failed to pull image "calico/cni:v3.15.0": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/calico/cni:v3.15.0": failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/calico/cni/manifests/sha256:0534a6ec32a1a8790f7762437ec2eda62e58ef1cef88fde67cf894016817fddc: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'k3d-io/k3d#631',
    expected: 'rate-limited',
    note: "One kubelet event line of a k3d cluster's `kubectl describe pod`; the other event lines are left out."
  },
  {
    id: 'late2-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'root@desktop-worker3:/etc/containerd/certs.d/_default# ctr image pull docker.io/library/memcached:1.6.36-alpine\nctr: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/memcached/manifests/sha256:2b3746d0b5fc9212e9623a32508d6a3a0ca67cf4e3fa21df3c80b23ee38fd391: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'docker/desktop-feedback#190',
    expected: 'rate-limited',
    note: "A kind node of Docker Desktop's Kubernetes; ctr's progress lines (resolved, index, elapsed) between the command and the error are left out."
  },
  {
    id: 'late2-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#7 exporting to image\n#7 pushing layers 0.5s done\n#7 ERROR: authorization status: 401: authorization failed\n------\n > exporting to image:\n------\nerror: failed to solve: authorization status: 401: authorization failed',
    source: 'docker/build-push-action#556',
    expected: 'insufficient-scope',
    note: 'docker/build-push-action pushing gattic/base after docker/login-action with DOCKERHUB_USERNAME/DOCKERHUB_TOKEN: the login passed, the push was refused, which reads as a token or account that may not write that namespace. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'late2-docker-hub-12',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Run docker/login-action@v1\n🔑 Logging into Docker Hub...\nError: Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password',
    source: 'rizinorg/rizin#211',
    expected: 'invalid-credentials',
    note: 'A comment on a pull request moving to docker/build-push-action@v2: docker/login-action refused by Docker Hub. INFERENCE: the stored thread does not say which secret was wrong.'
  },
  {
    id: 'late2-not-login-01',
    family: 'not-login',
    host: 'nexus.example.com',
    text: 'http request\nPUT https://XXXX/nexus/repository/XXXX/-/user/org.couchdb.user:my_user\nhttp 201 https://XXXX/nexus/repository/XXXX/-/user/org.couchdb.user:my_user\nnpm ERR! code E401\nnpm ERR! 401 Unauthorized: my_npm_dependency@latest',
    source: 'postmanlabs/npm-cli-login#41',
    expected: 'not-a-login-failure',
    note: 'A `RUN npm-cli-login ... && npm install` step inside a docker build: the npm registry (a Nexus the poster masked as XXXX; host is a placeholder) refused the package, not a container registry. Markdown quote markers dropped. The reporter solved it with npm-cli-adduser.'
  },
  {
    id: 'late2-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for dciancu/unifi-protect-unvr-docker-arm64, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'dciancu/unifi-protect-unvr-docker-arm64#49',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: `docker compose up` after building; a maintainer answers that the image is not published on Docker Hub and must be built first, and that a locally built tag may not match the compose file's image name; the reporter rebuilt on a new VM and it worked. The compose progress lines above the error are left out."
  },
  {
    id: 'late2-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "WARNING: Some service image(s) must be built from source by running:\n    docker compose build proxy\n1 error occurred:\n        * Error response from daemon: pull access denied for doesnotexist, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'docker/compose#10123',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: '`docker compose pull` of a service whose image is built locally (`image: doesnotexist` with `build:`); no such repository exists, no login would help.'
  },
  {
    id: 'late2-not-login-04',
    family: 'not-login',
    host: 'localhost:5000',
    text: 'ERROR: failed to build: Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-cache-backends/\nReference\nCheck build summary support\nError: buildx failed with: Learn more at https://docs.docker.com/go/build-cache-backends/',
    source: 'flanksource/config-db#1751',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: '`--cache-to type=gha` with the docker driver, in a build that pushes to localhost:5000 (the buildx command line above the error is left out).'
  },
  {
    id: 'late2-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm/v7) and no specific platform was requested\nstandard_init_linux.go:228: exec user process caused: exec format error",
    source: 'Red5d/docker-autocompose#27',
    expected: 'not-a-login-failure',
    case: 'platform'
  },
  {
    id: 'late2-not-login-06',
    family: 'not-login',
    host: 'ghcr.io',
    text: "ubuntu@yellow:~$ sudo docker run -it --rm  ghcr.io/coleifer/sqlite-web:latest\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nexec /bin/ash: exec format error",
    source: 'coleifer/sqlite-web#185',
    expected: 'not-a-login-failure',
    case: 'platform'
  },
  {
    id: 'late2-not-login-07',
    family: 'not-login',
    host: 'github.com',
    text: "docker build -t amazon-corretto-8 git@github.com:corretto/corretto-8-docker.git\nunable to prepare context: unable to 'git clone' to temporary context directory: error fetching: \ngit@github.com: Permission denied (publickey).",
    source: 'corretto/corretto-8-docker#4',
    expected: 'not-a-login-failure',
    note: '`docker build` with a git URL as its context: git over SSH to GitHub refused the key; no container registry is involved.'
  },
  {
    id: 'late2-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error Message: Command failed: docker login  --username danilo1988 --password-stdin\nerror during connect: Post http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/auth: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.',
    source: 'microsoft/vscode-docker#2149',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: "The VS Code Docker extension's `docker login` to Docker Hub could not reach the Docker Desktop daemon on Windows."
  },
  {
    id: 'late2-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: '[root@kvm docker]# podman pull docker.io/trilio/trilio-datamover:testosp16\nTrying to pull docker.io/trilio/trilio-datamover:testosp16...ERRO[0000] Error pulling image ref //trilio/trilio-datamover:testosp16: Error initializing source docker://trilio/trilio-datamover:testosp16: Error reading manifest testosp16 in docker.io/trilio/trilio-datamover: manifest unknown: manifest unknown\nFailed\nError: error pulling image "docker.io/trilio/trilio-datamover:testosp16": unable to pull docker.io/trilio/trilio-datamover:testosp16: unable to pull image: Error initializing source docker://trilio/trilio-datamover:testosp16: Error reading manifest testosp16 in docker.io/trilio/trilio-datamover: manifest unknown: manifest unknown',
    source: 'podman-container-tools/podman#5092',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "podman 1.4.4 pulling a tag it had pushed to a private Docker Hub repository: the registry answered that the tag's manifest is unknown, not a refusal. INFERENCE: the stored thread shows no confirmed cause."
  },
  {
    id: 'late2-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: "root@ubuntu:/home/vrothberg# docker pull docker.io/library/foobar\nUsing default tag: latest\nError response from daemon: pull access denied for foobar, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'podman-container-tools/podman#9619',
    expected: 'repository-not-found',
    case: 'official-image',
    note: "A maintainer showing what docker answers for an official-image name that does not exist (library/foobar), in a thread about podman's error for a missing image."
  }
]

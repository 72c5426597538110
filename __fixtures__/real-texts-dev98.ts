/**
 * The ninety-eighth development set ("dev98": Docker Hub (docker.io, registry-1.docker.io)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-eighth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV98: readonly RealText[] = [
  {
    id: 'dev98-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'time="2024-09-13T10:48:04.953565547+08:00" level=error msg="PullImage \\"docker.io/redis:latest\\" failed" error="rpc error: code = DeadlineExceeded desc = failed to pull and unpack image \\"docker.io/library/redis:latest\\": failed to resolve reference \\"docker.io/library/redis:latest\\": failed to authorize: failed to fetch anonymous token: Get \\"https://auth.docker.io/token?scope=repository%!A(MISSING)library%!F(MISSING)redis%!A(MISSING)pull&service=registry.docker.io\\": dial tcp 108.160.165.48:443: i/o timeout"',
    source: 'ciiiii/cloudflare-docker-proxy#62',
    expected: 'registry-unreachable',
    note: 'The containerd line is copied whole with its escaped quotes; the pull went through a self-hosted Cloudflare mirror, which sent the token request to auth.docker.io, and that address timed out from the node (China). Nothing about the credential.'
  },
  {
    id: 'dev98-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/library/cassandra/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#2929',
    expected: 'stale-login',
    alsoAcceptable: ['email-as-username'],
    note: "A pull of a public official image refused for the login Kitematic/docker had stored: the stored login breaks anonymous pulls. The maintainer's stock answer in the thread is to log in with the Docker ID instead of the email address; INFERENCE: the reporter did not confirm in this thread."
  },
  {
    id: 'dev98-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '(HTTP code 500) server error - error from registry: failed to resolve reference "docker.io/docker/welcome-to-docker:latest": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Adocker%2Fwelcome-to-docker%3Apull&service=registry.docker.io: 401 Unauthorized',
    source: 'docker/docs#22787',
    expected: 'registry-unreachable',
    alsoAcceptable: ['stale-login', 'unknown'],
    note: 'needs the thread: a pull of a public image from Docker Desktop; the maintainer found the pull working a day later and pointed to a Docker Hub incident on the day of the report (a service fault answered as 401, not the credential). INFERENCE: the reporter never confirmed; a stale Docker Desktop login would read the same.'
  },
  {
    id: 'dev98-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password\nThe push refers to a repository [docker.io/openstorage/osd]\ndenied: requested access to the resource is denied',
    source: 'libopenstorage/openstorage#202',
    expected: 'invalid-credentials',
    note: 'Travis CI; the layer "Preparing"/"Waiting" progress lines between the last two lines are trimmed. The login failed, so the push went without one; the thread confirms the stored credentials were wrong and updating them fixed it.'
  },
  {
    id: 'dev98-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '1.02s$ if [[ $TRAVIS_PULL_REQUEST == \'false\' ]]; then docker login -u="$DOCKER_USERNAME" -p="$DOCKER_PASSWORD" && docker push $DOCKER_REPO; fi\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password',
    source: 'multiarch/ubuntu-core#14',
    expected: 'invalid-credentials',
    note: 'Travis CI. The maintainer re-entered the Docker Hub credentials in the Travis settings and the next build pushed.'
  },
  {
    id: 'dev98-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#!/bin/bash -eo pipefail\necho $DOCKERHUB_PASSWORD | docker login --username $DOCKERHUB_USERNAME --password-stdin\nError: Cannot perform an interactive login from a non TTY device\n\nExited with code exit status 1\nCircleCI received exit code 1',
    source: 'hypertrace/javaagent#197',
    expected: 'missing-credentials',
    case: 'ci-variable',
    note: 'CircleCI: with --password-stdin docker only prompts (and fails without a TTY) when the username is empty, so $DOCKERHUB_USERNAME was unset in that job; the pull request moves the job to the executor set up for docker login. INFERENCE: the thread does not say why the variable was empty in the old job.'
  },
  {
    id: 'dev98-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on [::1]:53: read udp [::1]:35914->[::1]:53: read: connection refused',
    source: 'moby/moby#35202',
    expected: 'registry-unreachable',
    note: "The issue's title (the description is the empty template); the maintainer calls it a DNS problem on the host."
  },
  {
    id: 'dev98-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: no such host',
    source: 'docker/for-win#9227',
    expected: 'registry-unreachable',
    note: 'Docker Desktop on Windows; DNS of the VM could not resolve Docker Hub. The leading space of the posted line is dropped.'
  },
  {
    id: 'dev98-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: fork/exec /usr/bin/docker-credential-desktop.exe: exec format error, out: ``',
    source: 'docker/for-win#14039',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login in WSL Ubuntu; the docker config names the Windows helper desktop.exe, which cannot run there. Later comments fixed it by removing credsStore from ~/.docker/config.json.'
  },
  {
    id: 'dev98-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: "$ docker login\nLogin with your Docker ID to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com to create one.\nUsername: cebor\nPassword:\nError saving credentials: error storing credentials - err: no credentials server URL, out: `no credentials server URL`",
    source: 'docker/for-win#12242',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Docker Desktop's credential helper in WSL failed to store the login."
  },
  {
    id: 'dev98-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nBuild exited with code 1',
    source: 'datalad/datalad-dataverse#47',
    expected: 'rate-limited',
    note: 'AppVeyor CI, anonymous pulls; the thread decides to authenticate pulls.'
  },
  {
    id: 'dev98-docker-hub-12',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Detected registry credentials\n\n\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n\n\ntime="2024-01-09T19:31:49Z" level=fatal msg="error authenticating: exit status 1"',
    source: 'drone-plugins/drone-docker#419',
    expected: 'invalid-credentials',
    alsoAcceptable: ['registry-mismatch'],
    note: 'needs the thread: the Drone plugins/docker step had no registry setting, so the credentials of the reporter\'s own registry ("phar-registry") were sent to Docker Hub, which refused them. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev98-docker-hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: fsfe/reuse:6: failed to resolve source metadata for docker.io/fsfe/reuse:6: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Afsfe%2Freuse%3Apull&service=registry.docker.io: 401 Unauthorized: incorrect username or password',
    source: 'fsfe/reuse-action#50',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'A pull of a public image in a GitHub Actions build refused because a credential was sent with it and Hub called it wrong: a login held for docker.io breaks the anonymous pull. INFERENCE: the thread has no answer; the reporter guesses a temporary problem.'
  },
  {
    id: 'dev98-docker-hub-14',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'github actions push fails with error: denied: requested access to the resource is denied',
    source: 'docker/build-push-action#853',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "needs the thread: the text is the issue's title; the failing workflow pushes to nfancy/omix while the working one pushes to the namespace held in the (masked) username secret, so the login may not write to nfancy. INFERENCE: no confirmed fix in the stored thread."
  },
  {
    id: 'dev98-docker-hub-15',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.3.1:dockerBuild (default) on project dmn-drools-springboot-metrics: 429 Too Many Requests\nGET https://registry-1.docker.io/v2/library/eclipse-temurin/manifests/sha256:af5dd29f8c318d1c42ceb3df42bcaf8f9cab07022da31ab18fa6af013208920f\n{\n  "errors": [\n    {\n      "code": "TOOMANYREQUESTS",\n      "message": "You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"\n    }\n  ]\n}',
    source: 'apache/incubator-kie-kogito-runtimes#2854',
    expected: 'rate-limited',
    note: 'Jib in a Jenkins CI log pasted into a pull request comment: the Jenkins timestamps and the <br/> markup are removed; the stored copy cuts this block inside the message line, which is completed from the identical [ERROR] copy printed just above it.'
  },
  {
    id: 'dev98-docker-hub-16',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'unauthorized: please use personal access token to login',
    source: 'portainer/portainer#6308',
    expected: 'password-with-2fa',
    alsoAcceptable: ['pat-required'],
    note: "needs the thread: the text is the issue's title (the post shows it in a screenshot of a Portainer pull); the reporter's Docker Hub account had two-factor authentication on and the registry in Portainer held the password; disabling 2FA made it work, and the maintainer advises an access token instead."
  },
  {
    id: 'dev98-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: "$ docker run -it --rm shayonj/pg_easy_replicate:latest pg_easy_replicate\nWARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64/v4) and no specific platform was requested\nexec /usr/local/bundle/bin/pg_easy_replicate: exec format error",
    source: 'shayonj/pg_easy_replicate#14',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'Only an arm64 image was published on Docker Hub; the maintainer added linux/amd64.'
  },
  {
    id: 'dev98-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: "PS C:\\DockerStudy\\ch03\\ch03-nerd-dinner-web> docker container run -d -P dockeronwindows/ch03-nerd-dinner-web:2e-v2\nUnable to find image 'dockeronwindows/ch03-nerd-dinner-web:2e-v2' locally\nC:\\Program Files\\Docker\\docker.exe: Error response from daemon: manifest for dockeronwindows/ch03-nerd-dinner-web:2e-v2 not found: manifest unknown: manifest unknown.\nSee 'C:\\Program Files\\Docker\\docker.exe run --help'.",
    source: 'sixeyed/docker-on-windows#13',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The tag does not exist (a typo for :v2, as a later comment says). A trailing Markdown underscore after the last line is dropped.'
  },
  {
    id: 'dev98-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling cmdbuild_app (itmicus/cmdbuild:app-3.2)...\nERROR: manifest for itmicus/cmdbuild:app-3.2 not found: manifest unknown: manifest unknown',
    source: 'itmicus/cmdbuild_docker#13',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'docker-compose; the post quoted the log with "> " Markdown marks, removed here. No app-3.2 tag was on Docker Hub; the reporter built it locally.'
  },
  {
    id: 'dev98-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker-compose up\nPulling knowage (knowagelabs/knowage-server-docker:7.2)...\nERROR: manifest for knowagelabs/knowage-server-docker:7.2 not found: manifest unknown: manifest unknown',
    source: 'KnowageLabs/Knowage-Server-Docker#34',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The 7.2 tag had not been pushed to Docker Hub yet; the maintainers published it later and the pull worked.'
  },
  {
    id: 'dev98-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'jagdish@jaGdish getting-started-app % docker build -t getting-started .\nERROR: open /Users/jagdish/.docker/buildx/activity/desktop-linux: permission denied',
    source: 'docker/for-mac#7191',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "A file under ~/.docker owned by another user (chmod fixed it); the reporter stresses he had logged in. The text names no registry: host is Docker Desktop's default registry, a placeholder."
  },
  {
    id: 'dev98-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: '#1 [internal] load build definition from container2wasm3891124366\n#1 transferring dockerfile: 53B done\n#1 ERROR: error from sender: lstat /tmp/.mount_jetbraxn9mWC: permission denied\n------\n > [internal] load build definition from container2wasm3891124366:\n------\nERROR: failed to solve: failed to read dockerfile: error from sender: lstat /tmp/.mount_jetbraxn9mWC: permission denied\nexit status 1',
    source: 'container2wasm/container2wasm#324',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'buildx could not read a folder in /tmp (an AppImage mount of another user). The text names no registry: host is a placeholder (the build converts ubuntu:22.04 from Docker Hub).'
  },
  {
    id: 'dev98-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: "WARNING: Some service image(s) must be built from source by running:\n    docker compose build app\nError response from daemon: pull access denied for my/nextcloud, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'docker/compose#8805',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'The progress lines before the warning are trimmed. my/nextcloud is the name of an image the compose file builds locally; it is not on Docker Hub, and no login would help.'
  },
  {
    id: 'dev98-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: "! web Warning              pull access denied for remotesettings/local, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nWARNING: Some service image(s) must be built from source by running:\n    docker compose build web\n1 error occurred:\n        * Error response from daemon: pull access denied for remotesettings/local, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'mozilla/remote-settings#705',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'The layer progress lines before it are trimmed. remotesettings/local is built by the compose file, not published: a name no registry has.'
  },
  {
    id: 'dev98-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: failed to build: failed to solve: error writing layer blob: failed to reserve cache',
    source: 'thekoma/ilpostapi#255',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "Quoted in the pull request's description: the image build and push succeeded, only cache-to: type=gha failed (GitHub's cache service). The text names no registry: host is a placeholder."
  },
  {
    id: 'dev98-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: "2022-05-06 01:09:44 (239 KB/s) - Connection closed at byte 153387008. Retrying.\n\nConnecting to objects.githubusercontent.com (objects.githubusercontent.com)|185.199.108.133|:443... connected.\nHTTP request sent, awaiting response... 401 Unauthorized\n\nUsername/Password Authentication Failed. \nThe command '/bin/sh -c wget https://github.com/NationalSecurityAgency/ghidra/releases/download/${GHIDRA_RELEASE_TAG}/${GHIDRA_BUILD}.zip &&     unzip -d ghidra ${GHIDRA_BUILD}.zip &&     rm ${GHIDRA_BUILD}.zip &&     mv ghidra/ghidra_* /opt/ghidra' returned a non-zero code: 6",
    source: 'KeenSecurityLab/BinAbsInspector#32',
    expected: 'not-a-login-failure',
    note: 'A Dockerfile RUN wget of a GitHub release asset answered 401 after a dropped connection; the wget download progress lines before it are trimmed. Not the registry. The text names no registry: host is a placeholder.'
  },
  {
    id: 'dev98-not-login-11',
    family: 'not-login',
    host: 'docker.io',
    text: '--2018-03-29 16:57:28--  http://www.openwall.com/john/j/john-1.8.0-jumbo-1.tar.gz\nResolving www.openwall.com (www.openwall.com)... 195.42.179.202\nConnecting to www.openwall.com (www.openwall.com)|195.42.179.202|:80... connected.\nHTTP request sent, awaiting response... 403 Forbidden\n2018-03-29 16:57:28 ERROR 403: Forbidden.',
    source: 'secureworks/dcept#7',
    expected: 'not-a-login-failure',
    note: "A RUN wget in the project's docker build refused by the download site (the post wraps it in backquotes, dropped). The text names no registry: host is a placeholder."
  }
]

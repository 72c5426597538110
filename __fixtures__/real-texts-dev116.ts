/**
 * The hundred-and-sixteenth development set ("dev116": Docker Hub (docker.io, registry-1.docker.io)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-sixteenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV116: readonly RealText[] = [
  {
    id: 'dev116-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: GET "https://registry-1.docker.io/v2/bitnamicharts/mariadb-galera/tags/list": response status code 401: unauthorized: authentication required: [map[Action:pull Class: Name:bitnamicharts/mariadb-galera Type:repository]]',
    source: 'bitnami/charts#36294',
    expected: 'registry-unreachable',
    alsoAcceptable: ['insufficient-scope', 'unknown'],
    note: "needs the thread: an anonymous helm pull of public Bitnami charts, refused for every chart for an hour; the maintainer says nothing changed on their side and points to an incident on Docker's status page, so Docker Hub itself was failing, not a credential. INFERENCE: the stored thread shows no confirmed fix; a refused tags listing (case list-denied) is what the text alone reads"
  },
  {
    id: 'dev116-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '#!/bin/sh -eo pipefail\necho "$DOCKERHUB_PASSWORD" | docker login -u $DOCKERHUB_LOGIN --password-stdin\ndocker push $IMAGE_NAME\n\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password\nExited with code 1',
    source: 'rust-mobile/android-rs-glue#250',
    expected: 'invalid-credentials',
    note: 'CircleCI job; the username variable is set (docker login would refuse --password-stdin without one), Docker Hub refused the pair. The thread only discusses who should hold the account'
  },
  {
    id: 'dev116-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Sending build context to Docker daemon  6.797MB\nStep 1/17 : FROM php:7.3-apache\ntoomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading:',
    source:
      'https://jrklein.com/2020/11/04/aws-codebuild-failed-due-to-docker-pull-rate-limit-solution-update-buildspec-yml-file/',
    expected: 'rate-limited',
    note: 'AWS CodeBuild pulling anonymously from its shared addresses; fixed by a docker login in buildspec.yml. The post has no link after "upgrading:"; the host is not in the text (placeholder docker.io)'
  },
  {
    id: 'dev116-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to resolve source metadata for docker.io/library/node:24-alpine:\n429 Too Many Requests\ntoomanyrequests: You have reached your unauthenticated pull rate limit.',
    source:
      'https://dev.classmethod.jp/en/articles/codebuild-docker-hub-429-ecr-public-gallery-workaround',
    expected: 'rate-limited',
    note: "CodeBuild on shared addresses, anonymous pulls; copied as the blog post shows it (the post appears to abridge buildx's one-line error into three lines)"
  },
  {
    id: 'dev116-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'received unexpected HTTP status: 500 Server Error',
    source: 'docker/hub-feedback#815',
    expected: 'registry-unreachable',
    note: "a push to Docker Hub during a service disruption Docker confirmed in the thread; quoted from the post's prose, host not in the text (placeholder docker.io)"
  },
  {
    id: 'dev116-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: '> .\\docker login -u USERNAME -p PASSWORD\nError saving credentials: error storing credentials - err: docker-credential-wincred resolves to executable in current directory (.\\docker-credential-wincred.exe), out: ""',
    source: 'rancher-sandbox/rancher-desktop#2346',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "docker login with no server (Docker Hub, as the thread's logout line shows: index.docker.io); USERNAME and PASSWORD are the post's own placeholders. Host placeholder docker.io"
  },
  {
    id: 'dev116-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: fork/exec C:\\Program Files\\Rancher Desktop\\resources\\resources\\win32\\bin\\docker-credential-wincred.exe: Access is denied., out:',
    source: 'rancher-sandbox/rancher-desktop#6920',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login to Docker Hub on Windows; the helper binary Rancher Desktop installs could not be executed. Host not in the text (placeholder docker.io)'
  },
  {
    id: 'dev116-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Docker\\Resources\\bin\\docker.exe: Error response from daemon: Get https://registry-1.docker.io/v2/arvindr226/alpine-ssh/manifests/latest: unauthorized: incorrect username or password.',
    source: 'arvindr226/alpine-ssh#1',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'a pull (not a login) of a public image refused with "incorrect username or password": the login Docker Desktop stored for Docker Hub was sent and refused; the maintainer answers that it is the reporter\'s Docker Hub login. INFERENCE: no confirmed fix in the stored thread'
  },
  {
    id: 'dev116-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: ":adminservice:buildDocker FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':adminservice:buildDocker'.\n> Docker execution failed\n  Command line [docker push yonadev/adminservice:0.0.8-SNAPSHOT] returned:\n  Received unexpected HTTP status: 500 Internal Server Error",
    source: 'moby/moby#19191',
    expected: 'registry-unreachable',
    note: 'a Gradle Docker plugin pushing to Docker Hub from CloudBees; an occasional 500 that a re-run does not repeat. Host not in the text (placeholder docker.io)'
  },
  {
    id: 'dev116-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to solve: failed to push latest: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'openedx/edx-notes-api#405',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: 'a push from GitHub Actions to Docker Hub refused with insufficient_scope; the reference printed is "latest" alone, so the name went to a namespace the login cannot write, or no login reached the push. INFERENCE: the thread only reports months of failures, no fix. Host not in the text (placeholder docker.io)'
  },
  {
    id: 'dev116-docker-hub-11',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "docker run -it ubuntu /bin/bash\nUnable to find image 'ubuntu:latest' locally\ndocker: Error response from daemon: Get https://registry-1.docker.io/v2/library/ubuntu/manifests/latest: net/http: TLS handshake timeout.\nSee 'docker run --help'.",
    source: 'docker/hub-feedback#1195',
    expected: 'registry-unreachable',
    note: 'the reporter later found outages of their own network that day'
  },
  {
    id: 'dev116-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Action: vscode-docker.dockerHubLogin\nError type: i\nError Message: {"detail":"Incorrect authentication credentials"}',
    source: 'microsoft/vscode-docker#1333',
    expected: 'invalid-credentials',
    note: 'the VS Code Docker extension\'s Docker Hub sign-in; the reporter answers "Password was wrong". Host not in the text (placeholder docker.io; the extension calls Docker Hub\'s web API)'
  },
  {
    id: 'dev116-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: "docker pull tombii/better-ccflare\nUsing default tag: latest\nError response from daemon: pull access denied for tombii/better-ccflare, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'tombii/better-ccflare#61',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "a project's documented Docker Hub image that was not there for anonymous pulls (not published, or private). INFERENCE: the stored thread holds only the report"
  },
  {
    id: 'dev116-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: '#6 [myimage 1/1] FROM docker.io/library/myimage:latest\n#6 resolve docker.io/library/myimage:latest 0.3s done\n#6 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'docker/buildx#159',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: myimage was built and loaded into the local image store just before; the buildx builder resolved FROM myimage on Docker Hub, which has no such repository. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev116-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '{\n  "errorDetail": {\n    "message": "pull access denied for vm-informant, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied"\n  },\n  "error": "pull access denied for vm-informant, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied"\n}',
    source: 'neondatabase/autoscaling#377',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: vm-informant:dev is a local image used in FROM; the buildx docker-container driver cannot read local images, so it was looked up on Docker Hub, where it does not exist (the pull request author's explanation)"
  },
  {
    id: 'dev116-not-login-04',
    family: 'not-login',
    host: 'index.docker.io',
    text: 'WARN: docker registry failure: unauthorized\n{\n  "registry": "https://index.docker.io",\n  "dockerRepository": "library/ubuntu-2004",',
    source: 'renovatebot/renovate#8641',
    expected: 'repository-not-found',
    case: 'official-image',
    note: "needs the thread: Renovate looked up library/ubuntu-2004, a name no official image has (it is the name of a CircleCI machine image), and Docker Hub answers 401 for it; trimmed after the repository line (the error object's timings follow). INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev116-not-login-05',
    family: 'not-login',
    host: 'my-private-repo.com',
    text: '[ERROR] Failed to execute goal on project my-app: Could not resolve dependencies for project com.home.myapp:my-app:jar:0.0.1-SNAPSHOT: Failed to collect dependencies at com.home.pages:content-core:jar:0.0.28: Failed to read artifact descriptor for com.home.pages:content-core:jar:0.0.28: Could not transfer artifact com.home.pages:content-core:jar:0.0.28 from/to release-repo (http://my-private-repo.com/repositories/releases/): Not authorized , ReasonPhrase:Unauthorized. -> [Help 1]',
    source: 'carlossg/docker-maven#48',
    expected: 'not-a-login-failure',
    note: "Maven inside the maven image refused by a Nexus Maven repository (settings.xml), not a container registry login; host as posted (the reporter's own masked name)"
  },
  {
    id: 'dev116-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull synesthesiam/marytts\n\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\nTrying to pull docker.io/synesthesiam/marytts...\n  manifest unknown: manifest unknown\nTrying to pull registry.fedoraproject.org/synesthesiam/marytts...\n  manifest unknown: manifest unknown\nTrying to pull quay.io/synesthesiam/marytts...\n  unauthorized: access to the requested resource is not authorized\nTrying to pull registry.access.redhat.com/synesthesiam/marytts...\n  name unknown: Repo not found\nTrying to pull registry.centos.org/synesthesiam/marytts...\n  manifest unknown: manifest unknown\nError: unable to pull synesthesiam/marytts: 5 errors occurred:\n\t* Error initializing source docker://synesthesiam/marytts:latest: Error reading manifest latest in docker.io/synesthesiam/marytts: manifest unknown: manifest unknown',
    source: 'synesthesiam/docker-marytts#3',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'podman\'s docker emulation tried each search registry; Docker Hub, where the image lives, has no latest tag (manifest unknown), and quay.io\'s "unauthorized" is its answer for a repository it does not hold. Trimmed after the first of the five error bullets. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev116-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: "$ docker build --build-arg KATA_ARTIFACTS=kata-static.tar.xz .\nerror checking context: 'no permission to read from '/home/fidencio/go/src/github.com/kata-containers/kata-containers/tools/packagin",
    source: 'kata-containers/kata-containers#2845',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'a file in the build context this user may not read (fixed with a .dockerignore); the post itself cuts the path. No registry in the text (placeholder docker.io)'
  },
  {
    id: 'dev116-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: failed to solve: failed to configure gha cache exporter: token contains an invalid number of segments\n::error::buildx failed with: ERROR: failed to solve: failed to configure gha cache exporter: token contains an invalid number of segments',
    source: 'moby/buildkit#4409',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "build-push-action under Gitea Actions with cache-to type=gha: the Actions cache runtime token is not one BuildKit's gha exporter accepts; the push target is an unqualified name (Docker Hub), so host placeholder docker.io"
  }
]

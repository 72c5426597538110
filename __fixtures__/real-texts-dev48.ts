/**
 * A forty-eighth development set of real registry error texts ("dev48"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-eighth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 2184
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them. Its
 * direction: programming-language toolchains that pull or push images
 * (cross-rs, cibuildwheel and manylinux, conda-forge, Haskell stack, Micronaut,
 * Spring Boot and Node.js image users, Flutter, R).
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

export const REAL_TEXTS_DEV48: readonly RealText[] = [
  {
    id: 'dev48-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/deislabs/akri/rust-crossbuild:x86_64-unknown-linux-gnu-0.1.16-0.0.6' locally\ndocker: Error response from daemon: Get https://ghcr.io/v2/deislabs/akri/rust-crossbuild/manifests/x86_64-unknown-linux-gnu-0.1.16-0.0.6: unauthorized.\nSee 'docker run --help'.",
    source: 'project-akri/akri#66',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: `cross build` (cross-rs) pulling the project's intermediate cross-build image anonymously; the reporter finds it is not public and asks for it to be made public. INFERENCE: the stored thread shows no confirmed fix (the issue is closed). GHCR answers an anonymous pull of a private package with 'unauthorized', which alone also fits a missing login. Surrounding make/cargo lines trimmed"
  },
  {
    id: 'dev48-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/charmbracelet/vhs/manifests/latest": unauthorized.',
    source: 'charmbracelet/vhs#61',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of the project\'s newly published package; the maintainers had not made it public and did ("fixed, should be public now!"). A commenter\'s later `denied.` after logging in with a PAT is the same private package'
  },
  {
    id: 'dev48-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/villasframework/node:master\nError response from daemon: Head "https://ghcr.io/v2/villasframework/node/manifests/master": unauthorized',
    source: 'VILLASframework/node#1060',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of the project\'s C++ image; the maintainer "adjusted the visibility settings" of the container package, i.e. it was private'
  },
  {
    id: 'dev48-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Error response from daemon: unauthorized: access to the requested resource is not authorized\nRetry failed [5]: docker pull quay.io/pypa/manylinux2_28_x86_64',
    source: 'multi-build/multibuild#550',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: multibuild built the image name from MB_ML_VER=2_28 and pulled quay.io/pypa/manylinux2_28_x86_64, a name that does not exist; the maintainer: "It needs a dash at the beginning `_2_28`" (quay.io/pypa/manylinux_2_28_x86_64). Quay answers an anonymous pull of a name it does not have with \'unauthorized\''
  },
  {
    id: 'dev48-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'docker run --rm -it quay.io/pypa/musllinux_1_2_armv7\ndocker: Error response from daemon: unauthorized: access to the requested resource is not authorized.',
    source: 'pypa/manylinux#1711',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the reporter found the image is quay.io/pypa/musllinux_1_2_armv7l (with the "l"); the name pulled does not exist and Quay answers it with \'unauthorized\'. The command and its output were two code blocks in the post, joined here'
  },
  {
    id: 'dev48-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: "Unable to find image 'quay.io/pypa/manylinux2010_x86_64:2020-05-20-c7bbd11' locally\nError response from daemon: Get https://quay.io/v2/: EOF",
    source: 'pypa/cibuildwheel#357',
    expected: 'registry-unreachable',
    note: "cibuildwheel's `docker create` of its manylinux image; the connection to quay.io/v2/ was dropped (EOF) before any credential mattered. INFERENCE: the reporter suspects a temporary Quay availability issue and the stored thread shows no confirmed cause. The `+ docker create`/`docker rm` lines trimmed"
  },
  {
    id: 'dev48-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: "Unable to find image 'quay.io/pypa/manylinux2010_x86_64:2020-05-20-c7bbd11' locally\n2020-05-20-c7bbd11: Pulling from pypa/manylinux2010_x86_64\nerror pulling image configuration: received unexpected HTTP status: 502 Bad Gateway",
    source: 'pypa/cibuildwheel#384',
    expected: 'registry-unreachable',
    note: 'a 502 from quay.io while cibuildwheel pulled the manylinux image; a commenter points to the quay.io status page ("Its repeating time to time"). The layer progress lines (Pulling fs layer/Waiting) trimmed'
  },
  {
    id: 'dev48-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: "Unable to find image 'quay.io/condaforge/linux-anvil-comp7:latest' locally\ndocker: Error response from daemon: received unexpected HTTP status: 502 Bad Gateway.\nSee 'docker run --help'.",
    source: 'conda-forge/conda-forge.github.io#1289',
    expected: 'registry-unreachable',
    note: 'a conda-forge feedstock\'s Linux build (conda-smithy\'s docker run of the linux-anvil image); a core maintainer: "a known issue affecting all of Quay.io" (status.quay.io incident), wait until it clears. The long `+ docker run` line trimmed'
  },
  {
    id: 'dev48-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2017-03-13T09:54:24Z [INFO] request url: /service/token?scope=repository%3Aswarm001%2Fjavatest2%3Apull&service=token-service\n2017-03-13T09:54:24Z [WARNING] Failed to get secret cookie, error: http: named cookie not present\n2017-03-13T09:54:24Z [DEBUG] [token.go:53]: uid for logging:\n2017-03-13T09:54:24Z [DEBUG] [authenticator.go:57]: Current AUTH_MODE is db_auth\n2017-03-13T09:54:24Z [DEBUG] [authenticator.go:69]: Login failed, locking , and sleep for 1.5s\n2017-03-13T09:54:25Z [WARNING] login request with invalid credentials in token service, uid:',
    source: 'goharbor/harbor#1576',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: Harbor\'s own token-service log for a push whose client saw "unauthorized: authentication required"; the token request arrives with an empty user (uid and username blank), i.e. the client (docker 1.10 with docker-compose 1.8) sent no stored login although the reporter says user and password are right. INFERENCE: the stored thread shows no confirmed fix (closed as stale). The post names no host: `host` is a placeholder. Only the first log lines kept'
  },
  {
    id: 'dev48-ecr-01',
    family: 'ecr',
    host: '005789955001.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Step 1/10 : FROM 005789955001.dkr.ecr.us-east-1.amazonaws.com/python:3.7-slim-buster\nGet https://005789955001.dkr.ecr.us-east-1.amazonaws.com/v2/python/manifests/3.7-slim-buster: no basic auth credentials',
    source: 'polyswarm/polyswarm-client#484',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the project's Dockerfile had been switched from the official python:3.7-slim-buster to a copy in the maintainers' private ECR registry, which an outside builder has no login for (docker has no credential for that host at all); the maintainers restored a base image anyone can pull (#485). The `Sending build context` line trimmed"
  },
  {
    id: 'dev48-gar-01',
    family: 'gar',
    host: 'staging-k8s.gcr.io',
    text: 'Failure running command (docker-credential-gcloud get)\nFailure when attempting to lookup auth config (docker registry: staging-k8s.gcr.io, configFile: /Users/cesarreyes/.docker/config.json). Falling back to docker-java default behaviour\njava.io.IOException: Cannot run program "docker-credential-gcloud": error=2, No such file or directory',
    source: 'micronaut-projects/micronaut-gradle-plugin#53',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Micronaut's dockerBuildNative (through the Gradle Docker plugin) reads ~/.docker/config.json, whose credHelpers name docker-credential-gcloud for the gcr.io hosts, and the helper is not on PATH. The same post's build failed for another reason (no Docker daemon at 127.0.0.1:2375); these lines are the helper failure the plugin reports"
  },
  {
    id: 'dev48-generic-01',
    family: 'generic',
    host: 'dropbox-jfrog-support-public-docker.jfrog.io',
    text: "Unable to find image 'dropbox-jfrog-support-public-docker.jfrog.io/nexus2artifactory:latest' locally\ndocker: Error response from daemon: error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body>\\r\\n<center><h1>403 Forbidden</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n\".",
    source: 'jfrog/nexus2artifactory#72',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable', 'missing-credentials'],
    note: "needs the thread: an anonymous pull of the tool's image from the JFrog-hosted public repository its README names; the host answers every client with nginx's HTML 403, and a second user reports the same months later. INFERENCE: the public repository was withdrawn or closed to anonymous pulls; the stored thread shows no answer. The `\\r\\n` are literal in docker's quoted output"
  },
  {
    id: 'dev48-generic-02',
    family: 'generic',
    host: 'host.docker.internal:3000',
    text: '$> docker push host.docker.internal:3000/kn4ck3r/test:alpine\nThe push refers to repository [host.docker.internal:3000/kn4ck3r/test]\n1ad27bdd166b: Preparing\nunauthorized: authentication required',
    source: 'go-gitea/gitea#19583',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a Gitea maintainer's reproduction in the thread: the push to Gitea's container registry before `docker login` (and again after `docker logout`) is refused so, and succeeds after logging in. Only the first push of the pasted session kept"
  },
  {
    id: 'dev48-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for manylinux2014-latest, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'Qiskit/qiskit#13159',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: cibuildwheel 2.16.5 took the configured manylinux image `manylinux2014-latest` as a literal Docker Hub name; no such repository exists. Upgrading cibuildwheel and naming `manylinux2014` fixed the build. The wording alone also fits a private repository'
  },
  {
    id: 'dev48-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "$ stack docker pull\nPulling image from registry: 'stack-build:lts-10.2-opencv'\nError response from daemon: pull access denied for stack-build, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nCould not pull Docker image:\n    stack-build:lts-10.2-opencv\nThere may not be an image on the registry for your resolver's LTS version in\nyour configuration file.",
    source: 'LumiGuide/haskell-opencv#147',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Haskell stack's Docker integration pulling the image named in stack.yaml; the maintainer points to the README: the image is built locally (`docker build -t stack-build:lts-10.1-opencv ...`), it is on no registry"
  },
  {
    id: 'dev48-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling demo-application (barrycommins/spring-boot-sleuth-splunk-demo:)...\nERROR: pull access denied for barrycommins/spring-boot-sleuth-splunk-demo, repository does not exist or may require 'docker login'",
    source: 'barrycommins/spring-boot-splunk-sleuth-demo#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: docker-compose of a Spring Boot demo pulling its app image; the maintainer: it is not published to Docker Hub, `mvn install` builds it locally (the reporter's Maven build had failed for want of a Docker daemon)"
  },
  {
    id: 'dev48-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for crates-registry, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'TalRoni/crates-registry#12',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: a Rust crates-registry server's Docker instructions; the image is `talroni/crates-registry`, `crates-registry` alone names a Docker Hub library repository that does not exist (maintainer's answer). The post set the line in italics; the markers are dropped"
  },
  {
    id: 'dev48-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "$ docker pull instrumentisto/flutter-docker-image:3.27.1\nError response from daemon: pull access denied for instrumentisto/flutter-docker-image, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'instrumentisto/flutter-docker-image#19',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a Flutter image pulled under its GitHub repository\'s name; the maintainer: "it\'s `instrumentisto/flutter`". Trailing spaces after the command trimmed'
  },
  {
    id: 'dev48-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Caused by: com.github.dockerjava.api.exception.UnauthorizedException: Status 401: {"message":"Get \\"https://registry-1.docker.io/v2/\\": unauthorized: incorrect username or password"}',
    source: 'micronaut-projects/micronaut-maven-plugin#1172',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the Micronaut Maven plugin's credential check before a push ran docker-java's auth against Docker Hub's default address while the image was to go to another registry (the fix's integration test pushes to an OCIR image), so Docker Hub refused a credential meant for that registry; the fix (#1191) makes the check a warning and always attempts the push. INFERENCE from the fix's description and test; the stack trace above the cause is cut"
  },
  {
    id: 'dev48-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Get https://registry-1.docker.io/v2/mhart/alpine-node/manifests/11: unauthorized: incorrect username or password',
    source: 'mhart/alpine-node#137',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'a Dockerfile `FROM mhart/alpine-node` (a public Node.js image) fails because the stored Docker Hub login is refused; the reporter: "My bad, I wasn\'t authenticated on Docker" (logging in again fixed it). A public pull needs no login; the stored one broke it'
  },
  {
    id: 'dev48-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: golang:1.23.6-alpine3.20: failed to resolve source metadata for docker.io/library/golang:1.23.6-alpine3.20: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/golang/blobs/sha256:d9452640ca3fae310f357582059dbe38e87355feb9a1200389b67957a6d71a7f: 500 Internal Server Error\nmake: *** [compose] Error 17',
    source: 'docker-library/golang#548',
    expected: 'registry-unreachable',
    note: "a 500 from Docker Hub's blob endpoint while resolving the official Go image. INFERENCE: the stored thread shows no answer (closed); a server error is the registry's, not the credential's"
  },
  {
    id: 'dev48-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: node:22-alpine: failed to resolve source metadata for docker.io/library/node:22-alpine: failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io": remote error: tls: handshake failure',
    source: 'farzadoxo/todo-list#15',
    expected: 'registry-unreachable',
    note: 'docker compose building on the official Node.js image; the TLS handshake with auth.docker.io fails before any credential is sent (an anonymous token request). A reply suggests `docker login`; INFERENCE: no confirmed fix in the stored thread, and the handshake failure points at the network between the user and Docker Hub. The BuildKit progress lines trimmed'
  },
  {
    id: 'dev48-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: node:18-alpine: failed to authorize: failed to fetch oauth token: Post "https://auth.docker.io/token": dial tcp [2a03:2880:f12c:83:face:b00c:0:25de]:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
    source: 'Ryan-Miao/docker-yapi#19',
    expected: 'registry-unreachable',
    note: "building a Node.js app on node:18-alpine; the connection to auth.docker.io times out, at an address that is not Docker's (a resolver answering for it). INFERENCE: the stored thread shows no answer"
  },
  {
    id: 'dev48-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#3 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n------\n > [internal] load metadata for docker.io/library/dmdu_base:latest:\n------\nfailed to solve with frontend dockerfile.v0: failed to create LLB definition: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'ThinkR-open/dockerfiler#46',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: dockerfiler's renv workflow builds a local base image (dmdu_base) and then a Dockerfile `FROM dmdu_base`; on the reporter's machine the build did not find the local image and looked it up as docker.io/library/dmdu_base, which does not exist (the same files build on a colleague's machine). INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev48-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: "Pulling image from registry: 'fpco/stack-build:lts-13.27'\nError response from daemon: manifest for fpco/stack-build:lts-13.27 not found\nCould not pull Docker image:\n    fpco/stack-build:lts-13.27\nThere may not be an image on the registry for your resolver's LTS version in\nyour configuration file.",
    source: 'commercialhaskell/stack#4945',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: '`stack --docker build` on a project using LTS 13.27: the fpco/stack-build image had no tag for that LTS yet'
  },
  {
    id: 'dev48-not-login-02',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: '[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.1.4:dockerBuild (default-dockerBuild) on project demo: Tried to pull image manifest for registry-1.docker.io/fnproject/fn-java-fdk:latest but failed because: OCI index found, but accept header does not support OCI indexes: 404 Not Found\n[ERROR] {"errors":[{"code":"MANIFEST_UNKNOWN","message":"OCI index found, but accept header does not support OCI indexes"}]}',
    source: 'micronaut-projects/micronaut-maven-plugin#675',
    expected: 'not-a-login-failure',
    note: "the Micronaut Maven plugin's `-Dpackaging=docker` for an Oracle Function (after `docker login` to OCIR): the base image fnproject/fn-java-fdk:latest had become an OCI index, which the Jib version the plugin used does not accept. A client/format mismatch, not a credential. The Maven help lines after the error trimmed"
  },
  {
    id: 'dev48-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: failed to solve: node:18-alpine: failed to resolve source metadata for docker.io/library/node:18-alpine: failed commit on ref "unknown-sha256:d6de5b9f3437c8efffb6479f5e02f43234fc606a37f923856db96a152440fa41": "unknown-sha256:d6de5b9f3437c8efffb6479f5e02f43234fc606a37f923856db96a152440fa41" failed size validation: 290891 != 290815: failed precondition',
    source: 'docker/welcome-to-docker#81',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "Docker's getting-started sample (a Node.js app) built on node:18-alpine: the manifest list fetched had a different size than announced, so something between the user and Docker Hub altered or cut the response. INFERENCE: the stored thread shows no confirmed cause. The BuildKit progress and Dockerfile excerpt lines trimmed"
  },
  {
    id: 'dev48-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: "$ docker run -it  ghcr.io/cross-rs/x86_64-unknown-linux-gnu:0.2.5 /bin/bash\nUnable to find image 'ghcr.io/cross-rs/x86_64-unknown-linux-gnu:0.2.5' locally\n0.2.5: Pulling from cross-rs/x86_64-unknown-linux-gnu\ndocker: no matching manifest for linux/arm64/v8 in the manifest list entries.\nSee 'docker run --help'.",
    source: 'cross-rs/cross#1214',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'cross 0.2.5 on an Apple-silicon Mac runs its x86_64 target image without `--platform linux/amd64`; the image has no arm64 variant. The same command with `--platform linux/amd64` pulls it (in the post)'
  },
  {
    id: 'dev48-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: "WARNING: No output specified with docker-container driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load\nUnable to find image 'cross-custom-martin:aarch64-unknown-linux-musl-4c595-pre-build' locally\ndocker: Error response from daemon: pull access denied for cross-custom-martin, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'cross-rs/cross#1526',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "cross's `pre-build` image was built with a docker-container buildx builder that kept the result in its cache (the warning), so `docker run` looked for the local name on Docker Hub. INFERENCE: the issue is open and the stored thread shows no fix; the warning line decides it"
  },
  {
    id: 'dev48-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull rustembedded/cross\nUsing default tag: latest\nError response from daemon: manifest for rustembedded/cross:latest not found: manifest unknown: manifest unknown',
    source: 'cross-rs/cross#518',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the old cross images on Docker Hub are tagged per target (rustembedded/cross:<target>); there is no `latest`. The post's second block (a local `cross-armhf:lastest` image the build could not find) is left out"
  }
]

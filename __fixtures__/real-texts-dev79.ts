/**
 * A seventy-ninth development set of real registry error texts ("dev79"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventy-ninth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 3038
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines, shell prompts, blank lines and
 * trailing spaces trimmed; notes say where more was done). A note starting
 * "needs the thread:" marks a label the text alone does not support;
 * INFERENCE marks a label where the stored thread shows no confirmed fix.
 * Where the post masked or left out the registry host, `host` is a
 * placeholder of the same family (noted).
 *
 * The session's search budget ran out after ten queries, so the set is
 * small and holds only `ghcr`, `docker-hub` and `not-login` texts
 * (docs/real-texts.md, "Known limits").
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV79: readonly RealText[] = [
  {
    id: 'dev79-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'The push refers to repository [ghcr.io/flipt-io/flipt-devcontainer]\ndenied: installation not allowed to Create organization package',
    source: 'flipt-io/flipt#1488',
    expected: 'insufficient-scope',
    note: "INFERENCE: Flipt's workflow pushed a new organization-level package with the job's installation token (GITHUB_TOKEN), which may not create one; the PR moves the image to a repository-scoped package name the token may create, and is merged, but the stored thread does not confirm that the push then worked. The blank line and the indentation of the 'denied' line as posted were removed"
  },
  {
    id: 'dev79-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/openflagr/flagr give 503 service unavailable',
    source: 'openflagr/flagr#529',
    expected: 'registry-unreachable',
    note: "INFERENCE: a feature-flag service's image pulled from GHCR answered 503 (the reporter's one line in the issue's 'Current Behavior', in prose); the stored thread has no reply, and a 503 from the registry is the registry being unavailable, not the credential"
  },
  {
    id: 'dev79-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied\nError: Process completed with exit code 1.',
    source: 'macbre/push-to-ghcr#27',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "INFERENCE: the output of the action's own 'push_fails' CI job, a job meant to show that a failed login fails the action (the PR adds the assertion); GHCR answers a login whose token it refuses with 'denied' on /v2/. Which token the job passes is not in the stored thread"
  },
  {
    id: 'dev79-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Trying to pull ghcr.io/morse-code-over-ip/chatserver-mopp-udp:latest...\nError: initializing source docker://ghcr.io/morse-code-over-ip/chatserver-mopp-udp:latest: reading manifest latest in ghcr.io/morse-code-over-ip/chatserver-mopp-udp: denied',
    source: 'Morse-Code-over-IP/chatserver-mopp-udp#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "INFERENCE: podman (behind the docker command) had just logged in to ghcr.io ('Login Succeeded!', trimmed with the emulation notices) as the reporter's own account, which is not the package's owner; the reporter asks whether the containers are public, a pull of another tag was denied too, and the stored thread shows no fix. A package that this login may not read is what the denial most likely means"
  },
  {
    id: 'dev79-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error Head "https://ghcr.io/v2/adn8naiagent/f1replaytiming/manifests/latest": denied\nError response from daemon: Head "https://ghcr.io/v2/adn8naiagent/f1replaytiming/manifests/latest": denied',
    source: 'adn8naiagent/F1ReplayTiming#105',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: docker compose pulling the image the README names; the owner had renamed their GitHub account, so the package was no longer at that path, and reverting the rename fixed it ('it's working now'). GHCR answers an anonymous pull of a name it does not serve with 'denied'. A trailing space after the first 'denied' was trimmed"
  },
  {
    id: 'dev79-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Image ghcr.io/666ghj/mirofish:latest Error Get "https://ghcr.io/v2/": EOF\nError response from daemon: Get "https://ghcr.io/v2/": EOF',
    source: 'ChinmayShringi/MicroFish-En#131',
    expected: 'registry-unreachable',
    note: 'INFERENCE: docker compose pulling a public image; the connection to ghcr.io was cut (EOF) before any answer, which is the network or something on it, not a credential. The issue copies 666ghj/MiroFish#107 and the stored thread shows no fix'
  },
  {
    id: 'dev79-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: pull access denied for apollo-quick-start, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'apolloconfig/apollo-quick-start#82',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'not-a-login-failure'],
    note: "`docker-compose up` in Apollo Config's build scripts, whose compose file names a local image 'apollo-quick-start' that is not on Docker Hub; the reporter logged in and it still failed; the maintainer: this repository is for building the image locally (or use the main repository's docker-quick-start compose file with the published image). The two identical error lines posted are kept once"
  },
  {
    id: 'dev79-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling apollo-quick-start (apollo-quick-start:latest)...\nERROR: pull access denied for apollo-quick-start, repository does not exist or may require 'docker login'",
    source: 'apolloconfig/apollo#986',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'not-a-login-failure'],
    note: "INFERENCE: the same local-only image name 'apollo-quick-start' pulled by an older docker-compose (no 'denied' tail); the stored thread has no reply, and the cause is taken from apolloconfig/apollo-quick-start#82: no such repository on Docker Hub, the image is built locally"
  },
  {
    id: 'dev79-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling apollo-quick-start (apollo-quick-start:latest)...\nERROR: pull access denied for apollo-quick-start, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'apolloconfig/apollo#2992',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'not-a-login-failure'],
    note: 'INFERENCE: the same compose file as dev79-docker-hub-01, on CentOS with docker-compose 1.18; the maintainer only said the image can be pulled and pointed at nobodyiam/apollo-quick-start on Docker Hub (the published name, which the compose file does not use); the thread went stale without a confirmed fix'
  },
  {
    id: 'dev79-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull busybox\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/library/busybox/manifests/latest: Received unexpected HTTP status: 500 Internal Server Error',
    source: 'docker-library/official-images#1489',
    expected: 'registry-unreachable',
    note: "Docker Hub answering 500 to every pull of official images; a maintainer called it a Hub infrastructure problem and it worked again the next day. The reporter's browser view of the manifest URL (an UNAUTHORIZED JSON body) is left out, and so is the shell prompt"
  },
  {
    id: 'dev79-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for gostwire, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'siemens/edgeshark#73',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "INFERENCE: Edgeshark's images are ghcr.io/siemens/ghostwire and packetflix; the pull named a bare 'gostwire', which docker looks up on Docker Hub, where no such repository exists; the maintainer pulled both images without a login and asked about rate limits, and the stored thread shows no fix"
  },
  {
    id: 'dev79-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling nacos (nacos/nacos-server:2.0.2)...\nERROR: manifest for nacos/nacos-server:2.0.2 not found: manifest unknown: manifest unknown',
    source: 'nacos-group/nacos-docker#192',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the Nacos maintainers had not pushed the 2.0.2 tag yet (it was only on latest; 'the tag is being pushed')"
  },
  {
    id: 'dev79-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for nacos/nacos-server:vv2.2.0 not found: manifest unknown: manifest unknown',
    source: 'nacos-group/nacos-docker#316',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "a doubled 'v' in the example compose file's tag (vv2.2.0); the PR, merged, fixes the tag. The PR description's 'fix: ' prefix is left out"
  }
]

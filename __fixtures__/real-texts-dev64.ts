/**
 * A sixty-fourth development set of real registry error texts ("dev64"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-fourth
 * development set"). Its direction: linters and code-quality images run in
 * CI (Super-Linter, MegaLinter, hadolint, pre-commit's docker hooks, Checkov,
 * TFLint, Semgrep, Code Climate engines, gitleaks, golangci-lint, commitlint).
 * Sources are GitHub issues and pull requests found with the search tool;
 * none is a source of an earlier set (the list of the 2752 earlier sources
 * was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines, leading spaces and trailing spaces
 * trimmed; notes say where more was done). A note starting "needs the
 * thread:" marks a label the text alone does not support; INFERENCE marks a
 * label where the stored thread shows no confirmed fix. Where the post masked
 * or left out the registry host, `host` is a placeholder of the same family
 * (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV64: readonly RealText[] = [
  {
    id: 'dev64-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "docker run ghcr.io/super-linter/super-linter:v5\nUnable to find image 'ghcr.io/super-linter/super-linter:v5' locally\ndocker: Error response from daemon: denied.\nSee 'docker run --help'.",
    source: 'super-linter/super-linter#4444',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'stale-login'],
    note: 'needs the thread: Super-Linter v5.1.0 had just moved its image to ghcr.io/super-linter/super-linter (and stopped pushing to Docker Hub); the new package could not be pulled by the public, and after the maintainers acted a commenter wrote "Thx, fixed it for me". INFERENCE: the package was not yet public (the stored thread does not say what was changed). The reporter says he had logged in, so a refused stored login is also defensible'
  },
  {
    id: 'dev64-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker pull ghcr.io/super-linter/super-linter:v5.0.0\nError response from daemon: Head "https://ghcr.io/v2/super-linter/super-linter/manifests/v5.0.0": unauthorized',
    source: 'super-linter/super-linter#4423',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the runner's anonymous pull of the action image right after the project moved it to the new super-linter organisation's package, which the public could not read yet (the same days as super-linter/super-linter#4444); github/super-linter still pulled. INFERENCE: no fix is quoted in the stored thread. The second attempt of the retry loop is kept, because the first one's URL holds a log-link the Actions page inserted"
  },
  {
    id: 'dev64-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Pull down action image 'ghcr.io/github/super-linter:v4.8.3'\n/usr/bin/docker pull ghcr.io/github/super-linter:v4.8.3\nError response from daemon: manifest unknown",
    source: 'super-linter/super-linter#2128',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the release v4.8.3 was tagged but its image was never pushed ("Image for release 4.8.3 is missing"); a commenter advised pinning v4.8.1 until the image was published. Only the first attempt of the retry loop is kept'
  },
  {
    id: 'dev64-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/bin/docker pull ghcr.io/github/super-linter:v4.0.2\nError response from daemon: Get ghcr.io/v2/: read tcp 10.111.11.111:34938->140.11.111.11:443: read: connection reset by peer',
    source: 'super-linter/super-linter#1690',
    expected: 'registry-unreachable',
    note: 'self-hosted runners in an internal network that blocks most of the internet; the connection to ghcr.io is reset, and the maintainer suggests mirroring the image into an internal registry. Addresses are as posted (the reporter masked them)'
  },
  {
    id: 'dev64-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/terraform-linters/tflint/manifests/v0.48.0": denied: denied',
    source: 'terraform-linters/tflint#1888',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    note: "needs the thread: the TFLint image is public, and anyone else pulls it without a login; GHCR answers 'denied' when the docker config holds an outdated GHCR token. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev64-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/terraform-linters/tflint:latest\nError response from daemon: Head https://ghcr.io/v2/terraform-linters/tflint/manifests/latest: denied: denied',
    source: 'terraform-linters/tflint#1170',
    expected: 'stale-login',
    alsoAcceptable: [
      'invalid-credentials',
      'repository-not-found',
      'missing-credentials'
    ],
    note: 'needs the thread: a CI pipeline pulling the public TFLint image soon after it moved to GHCR; the maintainer pulled it anonymously from a fresh EC2 host without error, and the reporter found it worked only after a docker login with a PAT. INFERENCE: an earlier login with a credential GHCR no longer takes is the likeliest cause; the thread shows no confirmed one'
  },
  {
    id: 'dev64-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Using default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/terraform-linters/tflint/manifests/latest": Get "https://ghcr.io/token?scope=repository%3Aterraform-linters%2Ftflint%3Apull&service=ghcr.io": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
    source: 'terraform-linters/tflint#1718',
    expected: 'registry-unreachable',
    note: "GHCR's token endpoint did not answer in time; the same CI had pulled the image half an hour earlier. INFERENCE: a transient GHCR outage (the stored thread shows no cause)"
  },
  {
    id: 'dev64-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'super-linter/super-linter:v5' locally\ndocker: Error response from daemon: pull access denied for super-linter/super-linter, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'super-linter/super-linter#4587',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the local-run documentation named super-linter/super-linter without a registry, so docker looked on Docker Hub, where no such repository exists; the image is on ghcr.io (fixed in the docs by super-linter/super-linter#4589). The `docker run` command line before it is left out'
  },
  {
    id: 'dev64-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ crane manifest oxsecurity/megalinter:v8\nError: fetching manifest oxsecurity/megalinter:v8: GET https://auth.docker.io/token?scope=repository%3Aoxsecurity%2Fmegalinter%3Apull&service=registry.docker.io: unexpected status code 401 Unauthorized: {"details":"incorrect username or password"}',
    source: 'oxsecurity/megalinter#4285',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the reporter thought the MegaLinter image had stopped being public, but the token service refused the stored Docker Hub credential that crane sent with the pull (the podman debug log in the same post shows credentials for docker.io found in the docker config's helper). INFERENCE: the stored thread shows no confirmed fix. Only the crane part of the post is kept"
  },
  {
    id: 'dev64-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for 1915keke/commitlint, repository does not exist or may require 'docker login'",
    source: 'KeisukeYamashita/commitlint-rs#373',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "the commitlint-rs image named in the README is no longer on Docker Hub (its badge leads to a 404). The text is as posted, without docker's usual ': denied: …' tail"
  },
  {
    id: 'dev64-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pull down action image 'matoous/golangci-lint-action:v1.1.0'\n/usr/bin/docker pull matoous/golangci-lint-action:v1.1.0\nError response from daemon: pull access denied for matoous/golangci-lint-action, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'matoous/golangci-lint-action#23',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "the README's pre-built image of this golangci-lint action was never published on Docker Hub; other users hit the same with both README examples. INFERENCE: no fix in the stored thread. Only the first attempt of the runner's retry loop is kept"
  },
  {
    id: 'dev64-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'gitleaks/gitleaks:latest' locally docker: Error response from daemon: pull access denied for gitleaks/gitleaks, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'gitleaks/gitleaks#1194',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "a pull request fixing the README's docker run command, which left out ghcr.io/, so docker looked for gitleaks/gitleaks on Docker Hub. The text is the one line the PR quotes (two output lines run together, as posted)"
  },
  {
    id: 'dev64-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'zricethezav/gitleaks@sha256:75bdb2b2f4db213cde0b8295f13a88d6b333091bbfbf3012a4e083d00d31caba' locally\ndocker: Error response from daemon: Get \"https://registry-1.docker.io/v2/zricethezav/gitleaks/manifests/sha256:75bdb2b2f4db213cde0b8295f13a88d6b333091bbfbf3012a4e083d00d31caba\": unauthorized: incorrect username or password.\nSee 'docker run --help'.",
    source: 'PaloAltoNetworks/upload-secure-artifact#3',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: an action that runs the public gitleaks image on a GitHub-hosted runner; the pull of a public image fails only because a Docker Hub credential the job stored is refused. INFERENCE: the stored thread shows no fix. The Actions page had inserted a log-link ('[12](…)') inside the digest of the second line; it is removed, which gives back the digest of the first line"
  },
  {
    id: 'dev64-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'unexpected EOF error: (CC::CLI::Engines::Install::ImagePullFailure) unable to pull image codeclimate/codeclimate-structure',
    source: 'qltysh/qlty#947',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'the Code Climate CLI pulling an engine image from Docker Hub; the download ended with an unexpected EOF five times in a row. INFERENCE: a connection cut during the pull (the stored thread shows no cause)'
  },
  {
    id: 'dev64-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull github/super-linter:3.11.0\nError response from daemon: manifest for github/super-linter:3.11.0 not found: manifest unknown: manifest unknown',
    source: 'super-linter/super-linter#763',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Super-Linter's tags carry a leading v (v3.11.0); the tag 3.11.0 does not exist. The text is from a comment, not the issue's (empty) description"
  },
  {
    id: 'dev64-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull hadolint/hadolint:v2.13.1-beta\nError response from daemon: failed to resolve reference "docker.io/hadolint/hadolint:v2.13.1-beta": docker.io/hadolint/hadolint:v2.13.1-beta: not found',
    source: 'dhyansraj/mcp-mesh#992',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the pre-commit hadolint hook was pinned to a tag no longer on Docker Hub; the fix bumps the hook's rev to v2.14.0"
  },
  {
    id: 'dev64-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '$ /usr/bin/docker pull bridgecrew/checkov:2.0.417\nError response from daemon: manifest for bridgecrew/checkov:2.0.417 not found: manifest unknown: manifest unknown',
    source: 'bridgecrewio/checkov#1620',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the Checkov release was out before its image tag was pushed; the reporter closed it the same day ("this has been resolved")'
  },
  {
    id: 'dev64-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: "Pull down action image 'ghcr.io/github/super-linter:v4.9.6'\n/usr/bin/docker pull ghcr.io/github/super-linter:v4.9.6\nError response from daemon: manifest unknown",
    source: 'super-linter/super-linter#3203',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the action pointed at an image tag v4.9.6 that was not published (a repeat of super-linter/super-linter#2130, as the reporter says). Only the first attempt of the retry loop is kept'
  },
  {
    id: 'dev64-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'exec examples/.../Dockerfile: permission denied\nexit code: 255',
    source: 'dhyansraj/mcp-mesh#1017',
    expected: 'not-a-login-failure',
    note: "a 'permission denied' from inside the hadolint container, not from a registry: the re-built image tag has no entrypoint, so pre-commit's docker run tries to exec each Dockerfile. The path is elided as posted"
  },
  {
    id: 'dev64-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: '> docker run -v $(pwd)/Dockerfile:/Dockerfile --rm -ti hadolint/hadolint sh\ndocker: Error response from daemon: OCI runtime create failed: container_linux.go:370: starting container process caused: exec: "sh": executable file not found in $PATH: unknown.',
    source: 'hadolint/hadolint#578',
    expected: 'not-a-login-failure',
    note: "'Error response from daemon' after a successful pull: the hadolint 2.0.0 image has no shell (the -alpine variant has one)"
  },
  {
    id: 'dev64-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Fetching rules from https://semgrep.dev/registry.\nFile not found: semgrep',
    source: 'semgrep/semgrep#5252',
    expected: 'not-a-login-failure',
    note: "Semgrep's rule registry, not a container registry: the image pulled fine ('Image is up to date'), and the failure is in the command given to the container. INFERENCE: the image's entrypoint of the time already ran semgrep, so the extra word 'semgrep' was read as a path to scan; the stored thread shows no confirmed fix"
  }
]

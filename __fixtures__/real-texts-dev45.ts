/**
 * A forty-fifth development set of real registry error texts ("dev45"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-fifth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, in the directions of release and monorepo build tooling
 * that pushes images (GoReleaser, JReleaser, semantic-release docker plugins,
 * Nx container executors, Pants, make recipes) and their users' release jobs;
 * none is a source of an earlier set (the list of the 2184 earlier sources was
 * checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
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

export const REAL_TEXTS_DEV45: readonly RealText[] = [
  {
    id: 'dev45-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'The push refers to repository [ghcr.io/daenney/gdqbot]\nb3b3f5b6a923: Preparing\nfb0113d63c91: Preparing\n960cfde826a2: Preparing\ndenied: unauthenticated: User cannot be authenticated with the token provided.\n: exit status 1',
    source: 'goreleaser/goreleaser-action#261',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: GoReleaser (run by goreleaser-action) pushing to GHCR with a PAT handed to it only as the GITHUB_TOKEN environment variable; nothing ran docker login, and the same token logged in fine when the reporter ran docker login by hand. GHCR answers an anonymous push with this 'unauthenticated' wording, which alone also fits a refused token. INFERENCE: the stored thread shows no confirmed fix; the maintainer's answer in the sibling thread goreleaser-action#90 is a docker login step before GoReleaser"
  },
  {
    id: 'dev45-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '⨯ release failed after 275.19s error=docker manifests: failed to publish artifacts: failed to push docker manifest: ghcr.io/goreleaser/goreleaser:v0.150:\nfailed to put manifest ghcr.io/goreleaser/goreleaser:v0.150: denied\n: exit status 1\nexit status 1',
    source: 'goreleaser/goreleaser#1977',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown', 'registry-unreachable'],
    note: "needs the thread: GoReleaser's own release pushing its manifest lists to GHCR with a PAT; it failed only sometimes, locally as well, and the same command succeeded right after with the same login. The maintainer found it went away with parallelism 1 (pushes racing each other) and a later thread says GoReleaser 0.150.1 carried the fix. The bare 'denied' reads like a refused credential, which is why unknown is also accepted"
  },
  {
    id: 'dev45-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '[12:47:58] [semantic-release] [@codedependant/semantic-release-docker] » ×  Error: Command failed with exit code 1: docker login ghcr.io -u [redacted] --password-stdin\nError response from daemon: Get "https://ghcr.io/v2/": denied: denied',
    source: 'esatterwhite/semantic-release-docker#37',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "The semantic-release docker plugin's own docker login to GHCR during a dry run on the reporter's machine (the Windows stack trace that follows is cut). GHCR answers a login whose token it refuses with 'denied: denied'. INFERENCE: the stored thread shows no confirmed cause (a wrong or scope-less token is the usual one)"
  },
  {
    id: 'dev45-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'no basic auth credentials make: *** [push-image] Error 1',
    source: 'aws-samples/ecs-bg-external-controller#7',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "needs the thread: the sample's make push-image recipe pushing to Amazon ECR; the post is a screenshot and this is its title, which names no host, so host is a placeholder of the family. The reporter solved it by following a Docker forum thread on docker push to ECR failing with this message INFERENCE: the step taken is only a screenshot; the usual answer there is a docker login (aws ecr get-login) for the registry's exact host before the push"
  },
  {
    id: 'dev45-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'denied: Unable to write blob sha256:5843afab387455b37944e709ee8c78d7520df80f8d01cf7f861aae63beeddb6b',
    source: 'spiffe/spire#2444',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope', 'registry-unreachable'],
    note: "needs the thread: SPIRE's release automation published the release binaries, then its docker push of the release images to GCR was refused with this line; the maintainers pushed the images by hand and noted it was 'not the first time we have encountered issues pushing to GCR'. INFERENCE: no cause is named; the text alone fits a write right missing on the bucket behind GCR as well as a passing fault"
  },
  {
    id: 'dev45-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: '⨯ release failed after 4m10s\n    error=\n    │ docker images: failed to publish artifacts: failed to push nuclei:v3.4.0 after 1 tries: failed to push nuclei:v3.4.0: exit status 1: denied: requested access to the resource is denied\n    │ The push refers to repository [docker.io/library/nuclei]',
    source: 'projectdiscovery/nuclei#6116',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: "GoReleaser's release of nuclei pushed an image named 'nuclei:v3.4.0' with no namespace, so docker sent it to docker.io/library/nuclei (the official-images namespace nobody may push to); the fix (projectdiscovery/nuclei#6119) corrected the image templates. Layer lines cut (one carried a log link in its digest)"
  },
  {
    id: 'dev45-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker manifests: failed to publish artifacts: failed to push redacted/redacted:latest:\nexit status 1: failed to mount blob redacted/redacted-amd64@sha256:631a09d22084b181ee5e32f354a3e6521b37ad879cb3210f8c44183adc4259f0\nto docker.io/redacted/redacted:latest:\nerror parsing HTTP 403 response body: unexpected end of JSON input: ""',
    source: 'goreleaser/goreleaser#5853',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'rate-limited'],
    note: "GoReleaser pushing a manifest list to Docker Hub (names redacted as posted): Docker Hub answered the cross-repository blob mount with a bodiless 403 now and then, and rerunning the release usually worked; the maintainer opened this issue to retry manifest pushes as image pushes already are. INFERENCE: a passing Docker Hub fault, not the credential; nothing in the thread names the 403's cause"
  },
  {
    id: 'dev45-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '⨯ release failed after 9.67s error=docker images: failed to publish artifacts: failed to push equinix/otel-cli:v0.0.9-amd64: exit status 1: The push refers to repository [docker.io/equinix/otel-cli]\n95fba2bb213e: Preparing\ndenied: requested access to the resource is denied',
    source: 'equinix-labs/otel-cli#52',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: "needs the thread: the first GoReleaser release of otel-cli images to the 'equinix' Docker Hub namespace; the maintainer: 'I probably need to do some work on the repo settings and maybe at the equinix-labs level'. INFERENCE: the stored thread shows no confirmed fix; the release credential had no push right on that namespace"
  },
  {
    id: 'dev45-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "example/image:latest": POST https://index.docker.io/v2/example/image/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:example/image Type:repository] map[Action:push Class: Name:example/image Type:repository]]',
    source: 'gperdomor/oss#953',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "Kaniko run by hand inside the nx-container (Nx) Kaniko image with no credentials for Docker Hub, to show what nx-container's build should have reported as a failure ('when Kaniko will not find the right pair of credentials'). The image name is the reporter's placeholder"
  },
  {
    id: 'dev45-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '[semantic-release] [@semantic-release-plus/docker] › ✖  Error: Command failed with exit code 1: docker login  --username AWS --password-stdin \nError response from daemon: Get "registry-1.docker.io/v2": unauthorized: incorrect username or password',
    source: 'semantic-release-plus/semantic-release-plus#124',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "The semantic-release-plus docker plugin 3.0.1 ran docker login with an empty registry argument (the double space after 'login'), so an Amazon ECR token (username AWS) went to Docker Hub, which refused it; the reporter's configuration named an ECR registry. Trailing space kept as posted; the stack trace that follows is cut. INFERENCE: the stored thread shows no confirmed fix (a plugin regression)"
  },
  {
    id: 'dev45-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '[DEBUG]     [docker] login into DEFAULT\n[ERROR]     [docker] WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n[ERROR]     [docker] Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    source: 'jreleaser/jreleaser#1168',
    expected: 'invalid-credentials',
    alsoAcceptable: ['malformed-credentials', 'missing-credentials'],
    note: "needs the thread: JReleaser 1.4.0's docker packager logging in to Docker Hub for a full-release; the same setup logged in under 1.3.1, and the resolved configuration the maintainer read shows the registry's password as '**unset**', so the password JReleaser passed was not the secret. INFERENCE: the issue is open with no confirmed fix"
  },
  {
    id: 'dev45-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "DEBUG:archery:Executing `['docker', 'push', 'ubuntu:20.04']`\nThe push refers to repository [docker.io/library/ubuntu]\ne915d510ff2b: Preparing\ne915d510ff2b: Layer already exists\nerrors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required",
    source: 'apache/arrow#41467',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure', 'missing-credentials'],
    case: 'namespace',
    note: "Apache Arrow's release-verification jobs: its archery tool pushed the base image ubuntu:20.04, that is docker.io/library/ubuntu, which no one outside Docker may push to. INFERENCE: the stored thread shows no confirmed fix; the push itself was the mistake, so not-a-login-failure is also accepted. The Python traceback that follows is cut"
  },
  {
    id: 'dev45-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to push docker image: \nThe push refers to a repository [docker.io/goreleaser/test_run_pipe]\n5602e019ad66: Preparing\ndenied: requested access to the resource is denied',
    source: 'goreleaser/goreleaser#379',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: "needs the thread: GoReleaser's docker pipe test pushed to the goreleaser Docker Hub organisation; it fails for anyone 'not logged in with a docker account with permission into the goreleaser org', and the fix was to change the test. Tab indentation of the test output removed; the Go stack lines that follow are cut"
  },
  {
    id: 'dev45-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'release failed after 132.78s error=docker images: failed to publish artifacts: failed to push docker image: \nThe push refers to repository [docker.io/hellofreshtech/kandalf]',
    source: 'goreleaser/goreleaser-action#235',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    case: 'no-login',
    note: "needs the thread: goreleaser-action was given DOCKER_USERNAME and DOCKER_PASSWORD as environment variables, which only GoReleaser's Docker image used to log in with; the action runs the GoReleaser binary, which does no docker login. The maintainer's answer was a docker login step before the action, and the project's fix (hellofresh/kandalf#61) 'Authenticate on docker hub prior to building release'. GoReleaser printed no registry line, hence unknown"
  },
  {
    id: 'dev45-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'The push refers to repository [docker.io/wpafbo79/cuda-with-prereqs]\n7502adfe1a30: Preparing\ndenied: requested access to the resource is denied',
    source: 'wpafbo79/ai-docker#41',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: "A user running the project's make recipes: after building, the recipe pushed to the maintainer's own Docker Hub namespace (wpafbo79), which the user may not write to; the maintainer took it as an enhancement (make the push optional). Layer progress lines between the first and the error cut; trailing spaces trimmed. INFERENCE: the thread shows no code change"
  },
  {
    id: 'dev45-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '⨯ release failed after 4.01s error=docker manifests: failed to publish artifacts: failed to create docker manifest: docker.io/private/private:v0.0.10-rc1:\nno such manifest: docker.io/private/private:v0.0.10-rc1-amd64\n: exit status 1',
    source: 'goreleaser/goreleaser#2294',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'GoReleaser skipped the per-arch image pushes for a prerelease (skip_push: auto) but still built the manifest list from them; the fix added skip_push to docker_manifests (goreleaser/goreleaser#2302). Names were replaced with placeholders by the reporter; trailing space trimmed'
  },
  {
    id: 'dev45-not-login-02',
    family: 'not-login',
    host: 'quay.io',
    text: '⨯ release failed after 10.69s error=docker manifests: failed to publish artifacts: failed to create quay.io/authzed/spicedb:v1.1.1-devel: exit status 1: no such manifest: quay.io/authzed/spicedb:v1.1.1-devel-amd64',
    source: 'goreleaser/goreleaser#2606',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "GoReleaser's docker_manifests stage cannot reference images the dockers stage built with skip_push: true: the per-arch images were never pushed to Quay, so the manifest list has nothing to point at"
  },
  {
    id: 'dev45-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '⨯ release failed after 5m6s                error=docker manifests: failed to publish artifacts: failed to push ***/***:latest: exit status 1: cannot use source images from a different registry than the target image: ghcr.io != docker.io',
    source: 'openfga/openfga#1796',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-mismatch'],
    note: "GoReleaser's docker_manifests mixed GHCR source images into a Docker Hub manifest list; docker manifest refuses that on the client, before any registry is asked. The image name is masked as posted ('***/***'); host is a placeholder of the family"
  }
]

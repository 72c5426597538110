/**
 * A forty-third development set of real registry error texts ("dev43"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-third
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 2016
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines, CI line prefixes and trailing
 * spaces trimmed; notes say where more was done). A note starting "needs the
 * thread:" marks a label the text alone does not support; INFERENCE marks a
 * label where the stored thread shows no confirmed fix. Where the post masked
 * or left out the registry host, `host` is a placeholder of the same family
 * (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV43: readonly RealText[] = [
  {
    id: 'dev43-ghcr-01',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Get https://docker.pkg.github.com/v2/navikt/mock-oauth2-server/mock-oauth2-server/manifests/0.1.35: no basic auth credentials',
    source: 'navikt/mock-oauth2-server#8',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a pull from GitHub Packages' old docker registry (docker.pkg.github.com), which wanted a login even for public packages; the reporter then logged in (first with the account password, refused, then with a personal access token, which worked). The maintainers moved the image to GHCR later"
  },
  {
    id: 'dev43-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'permission_denied: write_package',
    source: 'tridz-dev/huf#349',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "needs the thread: the words the pull request quotes for GITHUB_TOKEN's refused push: the package had been created by a manual docker push, so the repository was not in its 'Manage Actions access' list; the fix switched to a PAT with write:packages that already had push rights on the package"
  },
  {
    id: 'dev43-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Post https://gcr.io/v2/kubernetes-release-test/hyperkube-arm64/blobs/uploads/: token auth attempt for registry: https://gcr.io/v2/token?\naccount=oauth2accesstoken&scope=repository%3Akubernetes-release-test%2Fhyperkube-arm64%3Apush%2Cpull&service=gcr.io request failed with\nstatus: 403 Forbidden',
    source: 'kubernetes/release#74',
    expected: 'insufficient-scope',
    note: "INFERENCE: the release tool's mock mode pushed to gcr.io/kubernetes-release-test with the reporter's personal gcloud account, which the thread suggests had no push access there (a later issue asks mock mode to check push access to that project first); no fix confirmed. Line breaks are the post's own wrapping; the truncated layer line before it was left out"
  },
  {
    id: 'dev43-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: '/usr/bin/gcloud docker -- push gcr.io/kubernetes-release-test/kube-controller-manager-amd64:v1.5.4\ndenied: Unable to access the repository; please check that you have permission to access it.',
    source: 'kubernetes/release#272',
    expected: 'insufficient-scope',
    note: 'the release tool pushed to a project where the account running it had no push permission (the issue says so, and points to the issue asking for a push-access check first)'
  },
  {
    id: 'dev43-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker push gcr.io/k8s-jkns-pr-kubemark/kubemark:zjlm3i\nThe push refers to a repository [gcr.io/k8s-jkns-pr-kubemark/kubemark]\nc429cafa92a3: Preparing\nffc4c11463ee: Preparing\ndenied: Unable to access the repository, please check that you have permission to access it.',
    source: 'kubernetes/kubernetes#60376',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: the pull request replaced `gcloud docker -- push` with plain `docker push`, and the CI job had no gcloud credential helper configured for gcr.io; the fix added `gcloud beta auth configure-docker` before the push. The prow log's `I0224 22:11:58.910]`/`W0224 …]` prefixes and the make lines were trimmed"
  },
  {
    id: 'dev43-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'denied: Unable to create the repository, please check that you have access to do so.',
    source: 'kubernetes/website#1440',
    expected: 'insufficient-scope',
    note: 'the docs pull request quotes it from a push made with the wrong active gcloud account (one without rights on the project); the fix it documents is `gcloud auth list` and `gcloud config set account <account>`'
  },
  {
    id: 'dev43-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '{"errorDetail":{"message":"error parsing HTTP 403 response body: invalid character \'Y\' looking for beginning of value: \\"Your Authorization Token has expired. Please run \'aws ecr get-login\' to fetch a new one.\\""},"error":"error parsing HTTP 403 response body: invalid character \'Y\' looking for beginning of value: \\"Your Authorization Token has expired. Premote: n \'aws ecr get-login\' to fetch a new one.\\""}',
    source: 'deis/builder#426',
    expected: 'token-expired',
    alsoAcceptable: ['stale-login'],
    note: "Deis Workflow's builder pushing to ECR with a token its registry token refresher should have renewed; restarting the refresher usually fixed it. 'Premote: n' is garbled in the post (interleaved 'remote:' output), kept as posted. The post names no account: `host` is a placeholder"
  },
  {
    id: 'dev43-generic-01',
    family: 'generic',
    host: 'repo.test.local',
    text: 'The push refers to repository [repo.test.local/demo/hello-world]\naf0b15c8625b: Preparing\ndenied: requested access to the resource is denied',
    source: 'SUSE/Portus#2178',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    note: "needs the thread: INFERENCE: a SUSE Portus registry; the 'demo' namespace is owned by the administrator and the pushing user's membership is not shown; the stored thread has no confirmed fix"
  },
  {
    id: 'dev43-generic-02',
    family: 'generic',
    host: '192.168.123.238',
    text: 'Error response from daemon: Get http://192.168.123.238/v2/: Get http://192.168.123.238:8080/api/auth?account=bill&client_id=docker&offline_token=true&service=localhost: EOF',
    source: 'mkuchin/docker-registry-web#64',
    expected: 'registry-unreachable',
    note: "docker-registry-web's token realm (the web UI's /api/auth behind nginx) closed the connection: the token service was not reachable as configured, not a refused credential"
  },
  {
    id: 'dev43-generic-03',
    family: 'generic',
    host: 'registry.mycompany.io',
    text: 'error: manifest upload https://registry.mycompany.io/v2/ubuntu/manifests/latest returned 400: {"errors":[{"code":"BLOB_UNKNOWN","message":"unknown blob sha256:0daecdc511ef686320a43c1fad37a4d77053bcf4c318214781e26d97b36668a9","detail":{}}]}',
    source: 'cloudflare/serverless-registry#59',
    expected: 'not-a-login-failure',
    note: "cloudflare serverless-registry's own push tool uploaded the manifest before a layer it had not pushed; a bug fixed by the maintainers' next pull request. The Bun source lines around the error were trimmed"
  },
  {
    id: 'dev43-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: '$ docker run -it 1f5d6ae64087\nexec /entrypoint.sh: exec format error',
    source: 'unoconv/unoserver-docker#91',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the published linux/arm64 image held x86-64 binaries (the Dockerfile used $BUILDPLATFORM for $TARGETPLATFORM)'
  },
  {
    id: 'dev43-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nexec /app/openchangelog: exec format error",
    source: 'JonasHiltl/openchangelog#21',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'only amd64 images were published; the maintainer then built multi-platform images'
  },
  {
    id: 'dev43-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64) and no specific platform was requested\nexec /usr/local/bin/npm: exec format error\nError: Process completed with exit code 1.",
    source: 'linear-b/gitstream#146',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an arm64-only :latest was pushed by mistake ("a blip"); fixed by republishing'
  },
  {
    id: 'dev43-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'WARNING: image platform (linux/arm64/v8) does not match the expected platform (linux/amd64)\n\n{"msg":"exec container process `/usr/local/bin/python`: Exec format error","level":"error","time":"2025-04-03T23:58:31.409487Z"}',
    source: 'CIROH-UA/NGIAB-CloudInfra#276',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "an arm64 image run on an amd64 host; the 'Writing manifest to image destination' line before it was trimmed"
  },
  {
    id: 'dev43-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'standard_init_linux.go:178: exec user process caused "exec format error"',
    source: 'clue/docker-h5ai#9',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an x86 image run on an aarch64 host ("Silly me")'
  }
]

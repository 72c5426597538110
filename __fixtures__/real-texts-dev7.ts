/**
 * A seventh development set of real registry error texts ("dev7"), collected
 * on 2026-11-29 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The seventh
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 708
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support. Where the post masked or left out the registry host,
 * `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV7: readonly RealText[] = [
  {
    id: 'dev7-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'target slurm-worker2: failed to solve: ghcr.io/exactlab/vhpc-base:v0.3.0: failed to resolve source metadata for ghcr.io/exactlab/vhpc-base:v0.3.0: unexpected status from HEAD request to https://ghcr.io/v2/exactlab/vhpc-base/manifests/v0.3.0: 403 Forbidden',
    source: 'exactlab/vhpc#43',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: docker compose build without a login (2025); the packages were private, and the maintainer made the registry public ("The registry should be open as of this morning"). A 403 on an anonymous manifest HEAD does not say whether the package is missing or private'
  },
  {
    id: 'dev7-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: failed to publish images: error publishing ko://github.com/apricote/releaser-pleaser/cmd/rp: writing sbom: POST https://ghcr.io/v2/apricote/releaser-pleaser/blobs/uploads/: DENIED: installation not allowed to Write organization package',
    source: 'apricote/releaser-pleaser#23',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'ko publish in GitHub Actions with GITHUB_TOKEN (2024); the PR that quotes it fixes the workflow\'s permissions ("Current permissions are not sufficient"). The error line is quoted in the PR description'
  },
  {
    id: 'dev7-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Using default tag: latest',
      'Error response from daemon: Head "https://ghcr.io/v2/beeper/registration-relay/manifests/latest": unauthorized'
    ),
    source: 'beeper/registration-relay#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: anonymous docker pull (2023); the maintainer answered "Fixed" (the package was made readable). The prompt line of the post is left out'
  },
  {
    id: 'dev7-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'unable to pull artifact falcosecurity/plugins/plugin/container with tag 0.4.0 from repo falcosecurity/plugins/plugin/container: GET "https://ghcr.io/v2/falcosecurity/plugins/plugin/container/manifests/sha256:2c6f56657df53e55ae32ba81b6a818a9b7fec5f04ea38e174fe717187236567f": response status code 429: toomanyrequests: retry-after: 1.16676ms, allowed: 44000/minute", "timestamp":"2025-11-17 07:38:07"',
    source: 'falcosecurity/plugins#1069',
    expected: 'rate-limited',
    note: "falcoctl pulling a plugin artifact from GHCR (2025); GHCR's own 429 with retry-after. The trailing JSON fragment of the log line is kept as posted"
  },
  {
    id: 'dev7-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'cli | 2024/11/21 00:43:15 pulling image: ghcr.io/dependabot/dependabot-updater-npm',
      'cli | 2024/11/21 00:43:15 updater failure: failed to pull ghcr.io/dependabot/dependabot-updater-npm: Error response from daemon: toomanyrequests: retry-after: 880.092µs, allowed: 44000/minute'
    ),
    source: 'dependabot/cli#380',
    expected: 'rate-limited',
    note: 'the Dependabot CLI pulling its updater image through the Docker daemon (2024); GHCR\'s 429 without "Too Many Requests" in the text'
  },
  {
    id: 'dev7-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      "Unable to find image 'ghcr.io/epics-containers/ioc-adsimdetector-linux-runtime:2024.2.1' locally",
      'docker: Error response from daemon: Head "https://ghcr.io/v2/epics-containers/ioc-adsimdetector-linux-runtime/manifests/2024.2.1": denied: denied.',
      "See 'docker run --help'."
    ),
    source: 'epics-containers/epics-containers.github.io#109',
    expected: 'stale-login',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a public package (the maintainer: a login should not be needed); the reporter found that it "worked when I did login". INFERENCE: GHCR answers denied: denied when a stored credential it no longer takes is sent, and logging in again replaced it. The command lines around the docker run are left out'
  },
  {
    id: 'dev7-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'helm pull oci://ghcr.io/dandydeveloper/charts/redis-ha',
      'Error: GET "https://ghcr.io/v2/dandydeveloper/charts/redis-ha/tags/list": GET "https://ghcr.io/token?scope=repository%3Adandydeveloper%2Fcharts%2Fredis-ha%3Apull&service=ghcr.io": unexpected status code 401: unauthorized: authentication required'
    ),
    source: 'DandyDeveloper/charts#318',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: Helm OCI pull without a login (2025); the maintainer: the chart registry "is probably neither live nor public", and changed how the chart is published'
  },
  {
    id: 'dev7-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: GET "https://ghcr.io/v2/agentregistry-dev/helm/agentregistry/tags/list": GET "https://ghcr.io/token?scope=repository%3Aagentregistry-dev%2Fhelm%2Fagentregistry%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
    source: 'agentregistry-dev/agentregistry#340',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: anonymous helm pull of a chart the reporter found "not to be available publicly" (2026; closed with no reply in the stored copy, INFERENCE: the chart was not public). The command line (prompt "→ helm pull …") is left out'
  },
  {
    id: 'dev7-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Downloading openclarity from repo oci://ghcr.io/openclarity/charts/openclarity',
      'Save error occurred:  could not download oci://ghcr.io/openclarity/charts/openclarity/openclarity: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aopenclarity%2Fcharts%2Fopenclarity%2Fopenclarity%3Apull&service=ghcr.io: 403 Forbidden',
      'Error: could not download oci://ghcr.io/openclarity/charts/openclarity/openclarity: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aopenclarity%2Fcharts%2Fopenclarity%2Fopenclarity%3Apull&service=ghcr.io: 403 Forbidden'
    ),
    source: 'openclarity/openclarity#1047',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: helm dependency build (2025) with repository oci://ghcr.io/openclarity/charts/openclarity, so Helm asked for …/openclarity/openclarity, a package that does not exist; the reporter closed with "That worked, thank you!" after the suggested repository URL (INFERENCE: the suggestion was oci://ghcr.io/openclarity/charts)'
  },
  {
    id: 'dev7-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'error pulling image configuration: download failed after attempts=1: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "\\n<html><head>\\n<meta http-equiv=\\"content-type\\" content=\\"text/html;charset=utf-8\\">\\n<title>403 Forbidden</title>\\n</head>\\n<body text=#000000 bgcolor=#ffffff>\\n<h1>Error: Forbidden</h1>\\n<h2>Your client does not have permission to get URL <code>/gitlab/docker/registry/v2/blobs/sha256/4e/4ede285a2b79c16f2e1914ac09351fe5db66af7819987a145014dbc2b581f71e/data</code> from this server.</h2>\\n<h2></h2>\\n</body></html>\\n"',
    source: 'sethforprivacy/self-hosted-services#25',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: pulling the Send image from registry.gitlab.com (host from the project's docs, not in the text); the manifest was served and the blob download was refused by the storage behind the registry with a web page; the same pull worked for the maintainer from other hosts; unresolved (INFERENCE: the storage refused this client's address, not the credential)"
  },
  {
    id: 'dev7-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: "Error response from daemon: pull access denied for registry.gitlab.com/ptl/portal_core, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'FreeshardBase/freeshard#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'docker compose up without a login (2025); the repository is private or gone (a commenter: the GitLab repository needs a token). The compose progress lines are left out'
  },
  {
    id: 'dev7-gitlab-03',
    family: 'gitlab',
    host: 'gitlab.example.com:4567',
    text: 'Error obtaining docker token with message `write EPROTO 140141695809344:error:1408F10B:SSL routines:ssl3_get_record:wrong version `',
    source: 'renovatebot/renovate#4753',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'self-hosted Renovate against a self-hosted GitLab registry on port 4567 (host as the post masked it); the registry port answers plain HTTP and Renovate spoke TLS (insecureRegistry was not honoured with a port). The line is quoted in the issue prose'
  },
  {
    id: 'dev7-gitlab-04',
    family: 'gitlab',
    host: 'registry.domain.at:5000',
    text: lines(
      'INFO[0062] Error logging in to v2 endpoint, trying next endpoint: Get "https://registry.domain.at:5000/v2/": http: server gave HTTP response to HTTPS client',
      'Get "https://registry.domain.at:5000/v2/": http: server gave HTTP response to HTTPS client'
    ),
    source: 'sameersbn/docker-gitlab#2237',
    expected: 'registry-unreachable',
    note: 'docker login to a self-hosted GitLab registry behind nginx (docker-gitlab, 2020); the registry port answers plain HTTP; the reporter got it working after reconfiguring the proxy. Host as posted (a masked domain)'
  },
  {
    id: 'dev7-gitlab-05',
    family: 'gitlab',
    host: 'gitlab.example.com:5050',
    text: lines(
      'build           $ docker login --username "$CI_REGISTRY_USER" --password "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"',
      'build            > Error: Cannot perform an interactive login from a non TTY device'
    ),
    source: 'firecow/gitlab-ci-local#778',
    expected: 'missing-credentials',
    case: 'job-token',
    note: "gitlab-ci-local runs the job locally, where GitLab's predefined CI_REGISTRY_USER / CI_REGISTRY_PASSWORD are empty, so docker login prompts and fails without a TTY. Host is a placeholder (the variables were empty)"
  },
  {
    id: 'dev7-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'fsbano @ argon ~% docker pull quay.io/redhat/clair-jwt:v3.3.0',
      'Daemon error response: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'quay/quay-docs#78',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: logged in to quay.io with a personal account, pulling a Red Hat repository that account may not read; the maintainer pointed to the product documentation and to the public upstream images in quay.io/projectquay. "Daemon error response" as posted (a localised client)'
  },
  {
    id: 'dev7-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '+ docker push quay.io/openshiftio/rhel-fabric8-services-fabric8-build-service:latest',
      '[...]',
      'unauthorized: access to the requested resource is not authorized'
    ),
    source: 'openshiftio/openshift.io#4448',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: CI push (2018); fixed by creating the repository on quay.io ("Fixed and created here"); Quay answers a push to a repository the robot may not create as unauthorised. "[...]" is the reporter\'s'
  },
  {
    id: 'dev7-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '[deploy-disconnected-registry : mirror-olm] >>>> Podman Login into Source Registry: quay.io',
      '[deploy-disconnected-registry : mirror-olm] Error: authenticating creds for "quay.io": too many requests to registry'
    ),
    source: 'rh-ecosystem-edge/ztp-pipeline-relocatable#452',
    expected: 'rate-limited',
    note: 'podman login to quay.io repeated by a mirroring pipeline (2022); fixed by logging in with the auth file only instead of auth file plus username and password on every run. A repeated error line is left out'
  },
  {
    id: 'dev7-quay-04',
    family: 'quay',
    host: 'localhost:8443',
    text: lines(
      '$ /bin/oc-mirror --config imageset-config.yaml docker://localhost:8443/test',
      'UNAUTHORIZED: access to the requested resource is not authorized; map[]'
    ),
    source: 'openshift/oc-mirror#273',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the maintainers' own report: on the first run the metadata repository does not exist yet, and Quay answers 401 (not 404) for a missing repository in an existing organisation. Assembled from the command and the error quoted above it in the post"
  },
  {
    id: 'dev7-quay-05',
    family: 'quay',
    host: 'quay2.example.org',
    text: 'error: GET https://quay2.example.org/v2/auth?scope=registry%3Acatalog%3A%2A&service=quay2.example.org: INVALID_REQUEST: Unable to decode repository and actions: registry:catalog:*; map[]',
    source: 'openshift/oc-mirror#204',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: "oc-mirror asked a self-hosted Quay for the registry:catalog scope, which Quay's token endpoint does not decode; the podman login itself had succeeded; no fix in the thread (closed as rotten). Not the credential: a client and registry that disagree"
  },
  {
    id: 'dev7-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      'docker pull registry-public/docker-hub/library/ubuntu/nginx:latest',
      'Error response from daemon: unknown: repository docker-hub/library/ubuntu/nginx not found'
    ),
    source: 'goharbor/harbor#16222',
    expected: 'repository-not-found',
    note: 'a Harbor proxy-cache project for Docker Hub (2022); library/ is only for official images, the right path is docker-hub/ubuntu/nginx (a commenter). Host is a placeholder (the post names it registry-public)'
  },
  {
    id: 'dev7-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      '[ERROR] [/server/middleware/repoproxy/proxy.go:162]: failed to proxy manifest, fallback to local,',
      'request uri: /v2/cache/library/node/manifests/sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43,',
      'error: login to dockerhub error: login to dockerhub error: {"detail": "Rate limit exceeded", "error": false}'
    ),
    source: 'goharbor/harbor#23750',
    expected: 'rate-limited',
    note: "harbor-core's log (2026): a proxy-cache project logs in to Docker Hub for each uncached pull, and Docker Hub's login endpoint rate-limits it even on a paid team account; clients see 404. Host is a placeholder"
  },
  {
    id: 'dev7-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '429 Too Many Requests - Server message: unknown: too many requests to upstream registry',
    source: 'goharbor/harbor#19257',
    expected: 'rate-limited',
    note: "a Harbor proxy cache for Docker Hub passing Docker Hub's 429 on to the client (2023). The line is quoted in the issue prose; host is a placeholder"
  },
  {
    id: 'dev7-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'core[9894]: 2021-05-05T12:38:33Z [ERROR] [/lib/http/error.go:54]: {"errors":[{"code":"UNKNOWN","message":"unknown: login to dockerhub error: login to dockerhub error: {\\"detail\\": \\"Failed to generate login session. Please try again later.\\", \\"error\\": true}\\n"}]}',
    source: 'goharbor/harbor#14803',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable'],
    note: 'harbor-core behind a Docker Hub proxy cache with over a thousand concurrent pulls, each logging in to Docker Hub; clients got HTTP 500 (title: "rate-limit ?"). Host is a placeholder'
  },
  {
    id: 'dev7-harbor-05',
    family: 'harbor',
    host: 'harbor.dev',
    text: lines(
      '$ docker pull harbor.dev/proxy/chlins/nginx:1.7',
      'Error response from daemon: unknown: artifact proxy/chlins/nginx@sha256:2204e6cc1bbcc3c5587aaada2c59819599847f1dbe5876dc21eba6764aa795ef not found'
    ),
    source: 'goharbor/harbor#16429',
    expected: 'registry-unreachable',
    alsoAcceptable: ['repository-not-found', 'unknown'],
    note: 'needs the thread: a maintainer\'s report: a proxy-cache project over a private Docker Hub repository; harbor-core logged "login to dockerhub error: Post \\"https://hub.docker.com/v2/users/login/\\": EOF", so Harbor could not reach Docker Hub\'s login and answered not found (closed stale)'
  },
  {
    id: 'dev7-ecr-01',
    family: 'ecr',
    host: '111222333444.dkr.ecr.eu-west-1.amazonaws.com',
    text: lines(
      '$ finch run 111222333444.dkr.ecr.eu-west-1.amazonaws.com/nginx:latest',
      'WARN[0000] cannot get auth config for authConfigHostname="111222333444.dkr.ecr.eu-west-1.amazonaws.com" (refHostname="111222333444.dkr.ecr.eu-west-1.amazonaws.com")  error="error getting credentials - err: exec: \\"docker-credential-ecr-login-new\\": executable file not found in $PATH, out: ``"'
    ),
    source: 'runfinch/finch#800',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Finch (2024): the credsStore names a helper that is not on the PATH inside Finch's VM"
  },
  {
    id: 'dev7-ecr-02',
    family: 'ecr',
    host: '905418358903.dkr.ecr.us-east-1.amazonaws.com',
    text: 'lh-stickb-ui:  fail: finch login --username AWS --password-stdin https://905418358903.dkr.ecr.us-east-1.amazonaws.com exited with error code 1: time="2024-03-22T14:51:19-04:00" level=fatal msg="error saving credentials: error storing credentials - err: exit status 1, out: `not implemented`"',
    source: 'runfinch/finch#868',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'AWS CDK running finch login (2024): Finch\'s default config.json sets credsStore to ecr-login, which cannot store credentials ("not implemented")'
  },
  {
    id: 'dev7-ecr-03',
    family: 'ecr',
    host: '111222333444.dkr.ecr.eu-west-1.amazonaws.com',
    text: lines(
      '$ finch push --platform linux/arm64 $AWS_ACCOUNT_ID.dkr.ecr.$AWS_REGION.amazonaws.com/nginx:latest',
      'FATA[0000] unexpected status from HEAD request to https://111222333444.dkr.ecr.eu-west-1.amazonaws.com/v2/nginx/blobs/sha256:fc9db2894f4e4b8c296b8c9dab7e18a6e78de700d21bc0cfaf5c78484226db9c: 403 Forbidden',
      'FATA[0000] exit status 1'
    ),
    source: 'runfinch/finch#656',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Finch's ecr-login helper runs in the VM without the host's AWS_PROFILE, so it signs with the default profile's credentials, which may not push to this repository (the maintainers' report, 2023)"
  },
  {
    id: 'dev7-ecr-04',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'unexpected status from HEAD request to https://public.ecr.aws/v2/karpenter/karpenter/manifests/0.37.0: 403 Forbidden',
    source: 'Panfactum/stack#70',
    expected: 'stale-login',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: the issue title (2024); a project credential helper configured for public.ecr.aws supplied a saved token ECR Public refused; removing its credHelpers entry and logging in with aws ecr-public get-login-password fixed it'
  },
  {
    id: 'dev7-ecr-05',
    family: 'ecr',
    host: '123456789.dkr.ecr.us-east-1.amazonaws.com',
    text: 'resourceDockerRegistryImageCreate: Unable to get authConfig for registry: no auth config found for registry 123456789.dkr.ecr.us-east-1.amazonaws.com in auth configs: map[string]types.AuthConfig(nil)',
    source: 'terraform-aws-modules/terraform-aws-lambda#579',
    expected: 'missing-credentials',
    note: 'the Terraform docker provider (docker-build module, 2024) had no registry_auth for the ECR host it pushed to; account id as the reporter redacted it'
  },
  {
    id: 'dev7-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: lines(
      'Step 1 : FROM ########.dkr.ecr.us-west-2.amazonaws.com/amazon-linux-image/main',
      'denied: User: arn:aws:iam::########:user/convox/demo-somerackuser-KernelUser-3K3D5TRH7QYW is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:########:repository/amazon-linux-image/main'
    ),
    source: 'convox/rack#1578',
    expected: 'insufficient-scope',
    note: "convox build (2017) logged in to ECR as its rack's IAM user, which may not pull from that repository (docs: private registries need the rack given access). Host is a placeholder (the account was masked)"
  },
  {
    id: 'dev7-ecr-07',
    family: 'ecr',
    host: '000000000000.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      '$ ./pants package target',
      '...',
      '#3 ERROR: unexpected status code [manifests label]: 401 Unauthorized'
    ),
    source: 'pantsbuild/pants#14426',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: aws ecr get-login-password | docker login succeeded and docker pull of the same base image worked, but the build Pants runs failed with 401 (2022). INFERENCE: Pants runs docker with a reduced environment, so the build did not find the login (HOME/DOCKER_CONFIG or the helper not passed). "..." is the reporter\'s; host as posted'
  },
  {
    id: 'dev7-gar-01',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: lines(
      '$ skaffold dev --default-repo us-central1-docker.pkg.dev/xxxx/yyyy',
      'The push refers to repository [us-central1-docker.pkg.dev/xxxx/yyyy/skaffold-example]',
      '1f73362d2862: Preparing',
      '8d3ac3489996: Preparing',
      'Build Failed. No push access to specified image repository. Check your `--default-repo` value or try `gcloud auth configure-docker`.'
    ),
    source: 'GoogleContainerTools/skaffold#7036',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'credential-helper',
    note: "a maintainer's report (2022): gcloud auth configure-docker without a host does not add the regional pkg.dev hosts, so docker had no credential helper for us-central1-docker.pkg.dev; the fix is gcloud auth configure-docker us-central1-docker.pkg.dev"
  },
  {
    id: 'dev7-gar-02',
    family: 'gar',
    host: 'europe-west3-docker.pkg.dev',
    text: lines(
      'Step #0 - "packageApp": [ERROR] Caused by: com.google.cloud.tools.jib.api.RegistryAuthenticationFailedException: Failed to authenticate with registry europe-west3-docker.pkg.dev/scc-build-docker/show-service/show-service because: 403 Forbidden',
      'Step #0 - "packageApp": [ERROR] GET https://europe-west3-docker.pkg.dev/v2/token?service=europe-west3-docker.pkg.dev&scope=repository:scc-build-docker/show-service/show-service:pull,push',
      'Step #0 - "packageApp": [ERROR] {"errors":[{"code":"DENIED","message":"Permission \\"artifactregistry.repositories.downloadArtifacts\\" denied on resource \\"projects/scc-build-docker/locations/europe-west3/repositories/show-service\\" (or it may not exist)"}]}'
    ),
    source: 'GoogleContainerTools/jib#3680',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "Quarkus/Jib in Cloud Build (2022): the build's service account may not use the repository (or it does not exist). The post wraps the registry and URL in tracking links copied from a bug tracker; they are unwrapped here"
  },
  {
    id: 'dev7-gar-03',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: lines(
      'name unknown: Repository "gcr.io" not found',
      '"): Verify that the repositor(y|ies) us-docker.pkg.dev/<gcp-project-id>/gcr.io/firebase exists'
    ),
    source: 'GoogleCloudPlatform/cloud-builders-community#588',
    expected: 'repository-not-found',
    note: 'a Cloud Build push to gcr.io in a project whose gcr.io is served by Artifact Registry (2022); solved by creating the gcr.io repository in Artifact Registry first. The second line, which starts mid-message, is as posted'
  },
  {
    id: 'dev7-gar-04',
    family: 'gar',
    host: 'asia-southeast2-docker.pkg.dev',
    text: lines(
      '> Task :jib FAILED',
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "Execution failed for task ':jib'.",
      "> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Build image failed, perhaps you should make sure your credentials for 'asia-southeast2-docker.pkg.dev/google-project-311914/myproject-be' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help"
    ),
    source: 'GoogleContainerTools/jib#4286',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'credential-helper',
    note: 'needs the thread: moving from Container Registry to Artifact Registry with Jib in GitHub Actions (2024); the reporter ran gcloud auth configure-docker asia-southeast2 (a region, not the host asia-southeast2-docker.pkg.dev), so no credential helper served that host, and the image path has no repository segment. INFERENCE: closed without a visible fix'
  },
  {
    id: 'dev7-gar-05',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: "ERROR: (gcloud.beta.run.deploy) PERMISSION_DENIED: Permission 'artifactregistry.repositories.get' denied on resource '//artifactregistry.googleapis.com/projects/api-project-222898232626/locations/us-central1/repositories/cloud-run-source-deploy' (or it may not exist).",
    source: 'google-github-actions/deploy-cloudrun#370',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'Cloud Run deploy from source in GitHub Actions (2022): the deploying identity may not read the cloud-run-source-deploy repository (or it does not exist yet); the thread ended waiting for the reporter'
  },
  {
    id: 'dev7-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      "Failed to execute goal com.google.cloud.tools:jib-maven-plugin:1.0.2:build (default-cli) on project demogcp: Build image failed, perhaps you should make sure your credentials for 'gcr.io' are set ",
      'up correctly: Unauthorized forgcr.io/storageproject-12345/demogcp: 401 Unauthorized'
    ),
    source: 'GoogleContainerTools/jib#1617',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Jib in a Cloud Build step (2019) while the same push works from the reporter's shell with docker-credential-gcr; INFERENCE: in the build container Jib found no credential helper or docker config for gcr.io. Hard wrap and missing space as posted"
  },
  {
    id: 'dev7-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      "You may want to use 'az acr login -n xxxx--expose-token' to get an access token, which does not require Docker to be installed.",
      '2025-09-15 06:05:44.329714 An error occurred: DOCKER_COMMAND_ERROR',
      'error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.51/containers/json": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified'
    ),
    source: 'microsoft/aspire#11400',
    expected: 'docker-cli-missing',
    alsoAcceptable: ['unknown'],
    note: 'az acr login on a machine using Podman, not Docker Desktop (2025): docker cannot reach an engine, so the login never reaches ACR; fix: DOCKER_COMMAND=podman (or --expose-token). Host is a placeholder (masked xxxx); the prompt line is left out'
  },
  {
    id: 'dev7-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      "WARNING: Unable to get AAD authorization tokens with message: Please run 'az login' to setup account.",
      "WARNING: Unable to get admin user credentials with message: Please run 'az login' to setup account.",
      'ERROR: Unable to authenticate using AAD or admin login credentials. Please specify both username and password in non-interactive mode.',
      'make: *** [Makefile:38: push-api-image] Error 1'
    ),
    source: 'microsoft/AzureTRE#324',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'az acr login in a CD job with no az login before it (2021). Host is a placeholder'
  },
  {
    id: 'dev7-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      '$ helm install hero-php-test oci://${REGISTRY_NAME}.azurecr.io/helm/hero-php --version 0.2.1 --namespace testing --debug',
      'install.go:178: [debug] Original chart version: "0.2.1"',
      'Error: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized'
    ),
    source: 'helm/helm#10373',
    expected: 'missing-credentials',
    note: 'helm install of an ACR OCI chart (2022): "anonymous token" means Helm sent no credential for the registry, which ACR refuses; the Go stack trace after the error is left out. Host is a placeholder (the post uses ${REGISTRY_NAME})'
  },
  {
    id: 'dev7-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'docker pull xxx.azurecr.io/dhi/beat-exporter:0-debian-dev',
      'Error response from daemon: error from registry: authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: 9788c9dc-17f9-4718-b7c3-10da8669d899'
    ),
    source: 'Azure/acr#893',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: an ACR cache rule for Docker Hardened Images (2026); the ACR team confirmed a regression in a deployment that broke these cache rules (their credential sets turned unhealthy). Assembled from the command and the error quoted in the prose. Host is a placeholder'
  },
  {
    id: 'dev7-acr-05',
    family: 'acr',
    host: 'meshweaver.azurecr.io',
    text: lines(
      'Error response from daemon: Get "https://meshweaver.azurecr.io/v2/":',
      '  Get "https://meshweaver.azurecr.io/oauth2/token?...&service=meshweaver.azurecr.io":',
      '  dial tcp 51.12.25.80:443: connect: connection refused'
    ),
    source: 'Systemorph/MeshWeaver#2570',
    expected: 'registry-unreachable',
    note: 'docker login in CI (2026); a transient connection refusal, the registry healthy (az acr check-health passed); the fix was a retry around the login. Wrapped as posted'
  },
  {
    id: 'dev7-acr-06',
    family: 'acr',
    host: 'zosionleeacr.azurecr.io',
    text: 'Error response from daemon: Get https://zosionleeacr.azurecr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'Azure/azure-cli#17148',
    expected: 'registry-unreachable',
    note: "docker login with the token from az acr login --expose-token (2021); the registry never answered. A maintainer's reply (cut in the stored copy) takes up the request-canceled error, a connectivity problem rather than the token. The command lines before it are left out"
  },
  {
    id: 'dev7-generic-01',
    family: 'generic',
    host: 'registry.cn-beijing.aliyuncs.com',
    text: "Error response from daemon: pull access denied for registry.cn-beijing.aliyuncs.com/ms-jupyter/ak_tools, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'akfamily/aktools#16',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'Alibaba Cloud Container Registry, anonymous pull (2022); the thread has no diagnosis, so the label is read from the text'
  },
  {
    id: 'dev7-generic-02',
    family: 'generic',
    host: 'swr.cn-east-3.myhuaweicloud.com',
    text: lines(
      'docker pull swr.cn-east-3.myhuaweicloud.com/kweaver-ai/studio-web:latest',
      'Error response from daemon: unauthorized: {"errors":[{"code":"DENIED","message":"you do not have the permission","detail":""}]}'
    ),
    source: 'kweaver-ai/kweaver-core#55',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "Huawei Cloud SWR (2026): pulled after docker login with the reporter's own Huawei Cloud account, which may not read the kweaver-ai organisation's repository (open, unanswered; INFERENCE from the text)"
  },
  {
    id: 'dev7-generic-03',
    family: 'generic',
    host: 'swr.cn-north-1.myhuaweicloud.com',
    text: lines(
      '019-11-07T05:53:40Z [ERROR] [/replication/transfer/image/transfer.go:320]: failed to check the existence of the manifest of image hwcloudadmin/rke-tools:v0.1.28 on the destination registry: [401][{"errors":[{"code":"DENIED","message":"Authenticate Error"}]}]',
      '2019-11-07T05:53:40Z [ERROR] [/replication/transfer/image/transfer.go:143]: [401][{"errors":[{"code":"DENIED","message":"Authenticate Error"}]}]'
    ),
    source: 'goharbor/harbor#9763',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'Harbor replicating to Huawei Cloud SWR (2019): SWR refused the endpoint\'s credential with 401 "Authenticate Error"; the thread went stale, the label is read from the text. The first line\'s cut year is as posted; host is a placeholder of SWR (the post names none)'
  },
  {
    id: 'dev7-generic-04',
    family: 'generic',
    host: 'registry.cn-hangzhou.aliyuncs.com',
    text: lines(
      'Run docker login -u $ALIYUN_REGISTRY_USER -p $ALIYUN_REGISTRY_PASSWORD $ALIYUN_REGISTRY',
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error response from daemon: Get "https://***/v2/": unauthorized: authentication required',
      'Error: Process completed with exit code 1.'
    ),
    source: 'tech-shrimp/docker_image_pusher#166',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: GitHub Actions login to Alibaba Cloud ACR (2024); fixed by quoting the secrets and piping the password to --password-stdin, so the unquoted shell expansion had mangled the password. Host is a placeholder (masked ***)'
  },
  {
    id: 'dev7-generic-05',
    family: 'generic',
    host: 'ccr.ccs.tencentyun.com',
    text: lines(
      'Pulling swoole (ccr.ccs.tencentyun.com/plugin/plugin-docker:0.0.1)...',
      'ERROR: Get https://ccr.ccs.tencentyun.com/v2/plugin/plugin-docker/manifests/0.0.1: unauthorized: authentication required'
    ),
    source: 'SwooleDistributed/SwooleDistributed3.X-Dockerfile#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: Tencent Cloud registry, docker-compose (2018); the maintainer: the image name is just an example, build the image yourself (it was never published where anyone may pull it)'
  },
  {
    id: 'dev7-generic-06',
    family: 'generic',
    host: 'syd.ocir.io',
    text: lines(
      'docker login syd.ocir.io',
      'denied: Anonymous users are only allowed read access on public repos'
    ),
    source: 'oracle/docker-images#2551',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "Oracle Cloud OCIR (2023): the reporter's logins with API keys and session tokens as the password failed (OCIR wants an Auth Token with <namespace>/<user>), so the push went anonymously. Assembled from the command and the error the post lists after it"
  },
  {
    id: 'dev7-generic-07',
    family: 'generic',
    host: 'container-registry.oracle.com',
    text: 'Error response from daemon: Head "https://container-registry.oracle.com/v2/database/enterprise/manifests/latest": unauthorized: authentication required',
    source: 'Websoft9/docker-library#19',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'docker-compose pull of Oracle Database Enterprise from the Oracle Container Registry (2022), which needs a login and the licence accepted on the site; the compose progress lines are left out'
  },
  {
    id: 'dev7-generic-08',
    family: 'generic',
    host: 'container-registry.oracle.com',
    text: lines(
      '$ container registry login container-registry.oracle.com',
      'Provide registry username container-registry.oracle.com: s*******t@gmail.com',
      'Provide registry password:',
      'Error: HTTP request to https://container-registry.oracle.com/v2/ failed with response: 401 Unauthorized'
    ),
    source: 'apple/container#240',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Apple's container CLI 0.1.0 (2025); the same Auth Token worked elsewhere and the reporter confirmed it fixed in container 0.2.0 (a client defect). Username masked as posted"
  },
  {
    id: 'dev7-generic-09',
    family: 'generic',
    host: '127.0.0.1:5000',
    text: lines(
      '% docker login -u flux 127.0.0.1:5000',
      'Password: ',
      'Error response from daemon: Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused'
    ),
    source: 'twuni/docker-registry.helm#115',
    expected: 'registry-unreachable',
    note: "registry:2 in Kubernetes reached through kubectl port-forward (2024); the Docker daemon runs in Rancher Desktop's VM, where 127.0.0.1:5000 is not the port-forward (the reporter links rancher-desktop#6294)"
  },
  {
    id: 'dev7-generic-10',
    family: 'generic',
    host: 'localhost:5001',
    text: lines(
      'Trying to pull localhost:5001/docker-cache/pulp/test-fixture-1:manifest_a...',
      'Error: initializing source docker://localhost:5001/docker-cache/pulp/test-fixture-1:manifest_a: reading manifest manifest_a in localhost:5001/docker-cache/pulp/test-fixture-1: requested access to the resource is denied'
    ),
    source: 'pulp/pulp_container#1624',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'registry-role',
    note: "Pulp's pull-through cache (2024), podman logged in as a user without a role on the distribution; a maintainer: granting container.namespace_view_containerdistribution lets it pull"
  },
  {
    id: 'dev7-generic-11',
    family: 'generic',
    host: 'docker.m.daocloud.io',
    text: lines(
      'docker pull nginx-latest',
      'Using default tag: latest',
      'Error response from daemon: unknown: failed to resolve reference "docker.io/library/nginx-latest:latest": unexpected status from HEAD request to https://docker.m.daocloud.io/v2/library/nginx-latest/manifests/latest?ns=docker.io: 403 Forbidden'
    ),
    source: 'DaoCloud/public-image-mirror#45622',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'a Docker Hub mirror set in Docker Desktop (DaoCloud, 2026); the image name was mistyped (nginx-latest for nginx), and the mirror answers 403 for it'
  },
  {
    id: 'dev7-generic-12',
    family: 'generic',
    host: 'registry.local',
    text: lines(
      '> docker login registry.local',
      'Username: user',
      'Password: ',
      'Error saving credentials: error storing credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``'
    ),
    source: 'rancher-sandbox/rancher-desktop#1124',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Rancher Desktop after Docker Desktop was removed (2021): ~/.docker/config.json still names the desktop credential helper'
  },
  {
    id: 'dev7-generic-13',
    family: 'generic',
    host: 'registry.redhat.io',
    text: lines(
      "Unable to find image 'registry.redhat.io/rhscl/ruby-23-rhel7:latest' locally",
      'Trying to pull repository registry.redhat.io/rhscl/ruby-23-rhel7 ... ',
      '/usr/bin/docker-current: Get https://registry.redhat.io/v2/rhscl/ruby-23-rhel7/manifests/latest: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/articles/3399531.'
    ),
    source: 'sclorg/s2i-ruby-container#189',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'registry.redhat.io needs a login that registry.access.redhat.com did not (2018); the command line is left out'
  },
  {
    id: 'dev7-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Run # docker login -u $ALIYUN_REGISTRY_USER -p $ALIYUN_REGISTRY_PASSWORD $ALIYUN_REGISTRY',
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
      'Error: Process completed with exit code 1.'
    ),
    source: 'tech-shrimp/docker_image_pusher#160',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch', 'invalid-credentials'],
    note: "needs the thread: INFERENCE: the login was meant for Alibaba Cloud, but $ALIYUN_REGISTRY was empty, so docker login went to Docker Hub with the Alibaba credentials (a commenter's guess that Alibaba blocks foreign addresses does not fit a request to registry-1.docker.io)"
  },
  {
    id: 'dev7-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ pachctl create pipeline --push-images -f jupyterhub.json ',
      'Tagging/pushing ysimonson/jupyter-pachyderm-service:2b2413fb22824d93babfd94f6eca0d8e, this may take a while.',
      'could not push docker image: API error (400): Bad parameters and missing X-Registry-Auth: EOF'
    ),
    source: 'pachyderm/pachyderm#4314',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'pachctl asked the Docker Engine API to push with no X-Registry-Auth header (2019): no credential was sent for the push (INFERENCE: pachctl found no login for docker.io to pass)'
  },
  {
    id: 'dev7-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '401 - Cannot log into an organization account',
    source: 'docker/terraform-provider-docker#138',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['unknown'],
    note: "Docker's Terraform provider (2026) logged in to the Hub API's /v2/users/login with an organization access token, which that endpoint does not take; fixed by using /v2/auth/token. Quoted in the PR description"
  },
  {
    id: 'dev7-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Pulling the latest compute node image...',
      'Error response from daemon: Head "https://registry-1.docker.io/v2/firstbatch/dkn-compute-node/manifests/latest": unauthorized: incorrect username or password',
      'Error during pulling the latest compute node image'
    ),
    source: 'firstbatchxyz/dkn-compute-launcher#1',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'a public repository; the maintainers: it happens while the user is signed in and is fixed by docker logout (2024)'
  },
  {
    id: 'dev7-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: '`ERROR: server message: insufficient_scope: authorization failed`',
    source: 'docker/build-push-action#160',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: 'needs the thread: the workflow logs in as antoniofalcaojr (the Hub repository in the post) but tags antoniofalcaojf/…, a namespace the account cannot push to (2020). Backticks as posted'
  },
  {
    id: 'dev7-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exec: "docker-credential-docker-desktop": executable file not found in $PATH, out: ``',
    source: 'docker/desktop-linux#5',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Docker Desktop for Linux 4.7/4.8 (2022): credsStore "desktop" names a helper that is missing; a Desktop bug, worked around by changing credsStore to pass'
  },
  {
    id: 'dev7-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `pass not initialized: exec: "pass": executable file not found in $PATH:`',
    source: 'docker/docker-credential-helpers#296',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login with credsStore "pass" on Debian (2023): docker-credential-pass runs, but the pass program it needs is not installed or not set up'
  },
  {
    id: 'dev7-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: `buildx failed with: ERROR: unauthorized: access token has insufficient scopes`',
    source: 'f-str/rcp#6',
    expected: 'insufficient-scope',
    note: "build-push-action push to Docker Hub (2024), fixed in a workflow commit the stored thread does not show; Docker Hub's wording for a token or namespace that may not push. Backticks as posted"
  },
  {
    id: 'dev7-not-login-01',
    family: 'not-login',
    host: 'registry.access.redhat.com',
    text: lines(
      '$ docker push hpcteam/rstudio-4.0.4',
      'The push refers to a repository [registry.access.redhat.com/hpcteam/rstudio-4.0.4]',
      'error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<HTML><HEAD>\\n<TITLE>Access Denied</TITLE>\\n</HEAD><BODY>\\n<H1>Access Denied</H1>\\n \\nYou don\'t have permission to access \\"http&#58;&#47;&#47;registry&#46;access&#46;redhat&#46;com&#47;v2&#47;hpcteam&#47;rstudio&#45;4&#46;0&#46;4&#47;blobs&#47;uploads&#47;\\" on this server.<P>\\nReference&#32;&#35;18&#46;85911160&#46;1634587117&#46;3812c44d\\n</BODY>\\n</HTML>\\n"'
    ),
    source: 'singularityhub/docker2singularity#106',
    expected: 'registry-mismatch',
    alsoAcceptable: ['not-a-login-failure'],
    note: "RHEL's docker resolves an unqualified name to registry.access.redhat.com first, so a push meant for Docker Hub went to Red Hat's registry, whose CDN answers with a web page (2021). The layer lines are left out"
  },
  {
    id: 'dev7-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'FATA[0010] build failed: building [gcr.io/example-gcp-practice/emailservice]: build artifact: docker build: error during connect: Post http://%2Fvar%2Frun%2Fdocker.sock/v',
      '1.38/build?buildargs=null&cachefrom=null&cgroupparent=&cpuperiod=0&cpuquota=0&cpusetcpus=&cpusetmems=&cpushares=0&dockerfile=Dockerfile&forcerm=1&labels=null&memory=0&mem',
      'swap=0&networkmode=&rm=0&shmsize=0&t=gcr.io%2Fexample-gcp-practice%2Femailservice%3Av0.1.1-3-g1c057fc&target=&ulimits=null: creating docker context: getting relative tar ',
      'paths: listing copied files: retrieving image config: getting image: UNAUTHORIZED: authentication required; [map[Type:repository Class: Name:library/base Action:pull]]'
    ),
    source: 'GoogleCloudPlatform/microservices-demo#233',
    expected: 'unknown',
    alsoAcceptable: ['repository-not-found'],
    note: 'a Skaffold defect (2019): while building the tar context it looked up the Dockerfile\'s build stage "base" as an image on Docker Hub (library/base); fixed in Skaffold 0.33 (a maintainer). Hard wraps as posted'
  },
  {
    id: 'dev7-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      "Unable to find image 'acr:latest' locally",
      "docker: Error response from daemon: pull access denied for acr, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
      "See 'docker run --help'.",
      '2020/01/13 14:51:24 Container failed during run: acb_step_0. No retries remaining.'
    ),
    source: 'MicrosoftDocs/azure-docs#46056',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'az acr run purge from PowerShell (2020): the $PURGE_CMD variable did not reach the task, so the task ran the word "acr" as an image and Docker Hub answered (resolved by the reporter); an ACR Tasks log, not a login'
  },
  {
    id: 'dev7-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker: Error response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found.',
    source: 'UM-Bridge/umbridge#96',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'docker run on an Apple M3 (2025): the image has no arm64 build; --platform linux/amd64 runs it under emulation (a maintainer)'
  },
  {
    id: 'dev7-not-login-05',
    family: 'not-login',
    host: 'ghcr.io',
    text: lines(
      "Unable to find image 'ghcr.io/interlynk-io/sbomasm:latest' locally",
      'latest: Pulling from interlynk-io/sbomasm',
      'docker: no matching manifest for linux/arm64/v8 in the manifest list entries.'
    ),
    source: 'interlynk-io/sbomasm#94',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'a GHCR image with no arm64 build, pulled on Apple silicon (2024); the command line is left out'
  },
  {
    id: 'dev7-not-login-06',
    family: 'not-login',
    host: 'myregistry.azurecr.io',
    text: 'MYREG.azurecr.io/ghcr.io/davidkarlsen/flyway-operator-catalog:alpha not found: manifest unknown: manifest tagged by "alpha" is not found',
    source: 'Azure/acr#765',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found', 'unknown'],
    case: 'manifest-unknown',
    note: 'an ACR cache rule for ghcr.io (2024): after the cached repository was deleted, ACR did not fetch it from upstream again (the upstream tag exists); a registry defect reported as a missing tag. Host is a placeholder (MYREG)'
  },
  {
    id: 'dev7-not-login-07',
    family: 'not-login',
    host: 'ghcr.io',
    text: lines(
      'docker run -it alpine/helm:3.13.0 pull oci://ghcr.io/apollographql/helm-charts/router --version 1.31.0',
      'Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aapollographql%2Fhelm-charts%2Frouter%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden'
    ),
    source: 'helm/helm#12449',
    expected: 'unknown',
    alsoAcceptable: ['repository-not-found'],
    note: 'a Helm 3.13.0 regression (2023): the token request adds a stray scope repository:user/image, which GHCR refuses; the same pull of a public chart works with 3.12.3 (closed as a duplicate of the regression)'
  }
]

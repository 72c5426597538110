/**
 * A held-out corpus of real error texts that users posted in public (GitHub
 * issues and pull requests, GitLab issues, vendor trackers) from `docker
 * login`, `docker push`/`pull`, buildx/build-push-action, podman and the
 * registries themselves, each with the diagnosis a careful expert would give
 * using only our taxonomy (src/diagnosis.ts). It measures how the wording
 * rules generalise: it was collected without reading the rule tables. On
 * 2026-11-27 the rules were tuned on it, so it is a development set since;
 * the held-out set is real-texts-fresh.ts. Method and sources:
 * docs/real-texts.md.
 *
 * Texts are copied as posted; surrounding log lines are trimmed, error lines
 * are kept whole unless a note says otherwise. Where the post masked or
 * omitted the registry host, `host` is a placeholder of the same family
 * (noted), because `host` only picks the profile whose rules come first.
 */
import type { DiagnosisId } from '../src/diagnosis.js'
import type { RemediationCase } from '../src/profiles/types.js'

/** Where the text came from; `not-login` holds the look-alikes. */
export const REAL_TEXT_FAMILIES = [
  'ghcr',
  'gitlab',
  'quay',
  'harbor',
  'ecr',
  'gar',
  'acr',
  'generic',
  'docker-hub',
  'not-login'
] as const

export type RealTextFamily = (typeof REAL_TEXT_FAMILIES)[number]

/** The fewest texts each family must have (the task's floor). */
export const REAL_TEXT_FAMILY_MINIMUMS: Record<RealTextFamily, number> = {
  ghcr: 15,
  gitlab: 12,
  quay: 8,
  harbor: 8,
  ecr: 12,
  gar: 10,
  acr: 10,
  generic: 8,
  'docker-hub': 8,
  'not-login': 12
}

export interface RealText {
  /** stable id, `<family>-<nn>` */
  id: string
  family: RealTextFamily
  /** the registry host the text came from (drives `recognise`) */
  host: string
  /** the text, lines as posted */
  text: string
  /** `owner/repo#N` (GitHub) or a URL */
  source: string
  /** the diagnosis an expert gives from the text and its thread */
  expected: DiagnosisId
  /** other diagnoses that are also defensible for an ambiguous text */
  alsoAcceptable?: readonly DiagnosisId[]
  /** the remediation case where it is obvious (reported, not scored) */
  case?: RemediationCase
  /** why, for ambiguous texts and inferences */
  note?: string
}

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS: readonly RealText[] = [
  // ---------------------------------------------------------------- GHCR
  {
    id: 'ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'buildx failed with: ERROR: denied: permission_denied: write_package',
    source: 'danger/danger-js#1414',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'fixed by granting the repository access in the package settings'
  },
  {
    id: 'ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'denied: installation not allowed to Create organization package',
    source: 'pinchbench/skill#17',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'GITHUB_TOKEN without `packages: write`; the PR adds it'
  },
  {
    id: 'ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#12 ERROR: denied: installation not allowed to Write organization package',
    source: 'enketo/enketo-express#312',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'pull-request builds, where GITHUB_TOKEN cannot write packages'
  },
  {
    id: 'ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'autc04/Retro68#274',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'the reporter suspected an expired PAT; the cause was a stale secret overriding the new one'
  },
  {
    id: 'ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Run docker/login-action@v2',
      'Logging into ghcr.io...',
      'Error: Error response from daemon: Get "https://ghcr.io/v2/": denied: denied'
    ),
    source: 'dataforgoodfr/12_bloom#109',
    expected: 'invalid-credentials',
    note: 'GHCR refusing the credential at login'
  },
  {
    id: 'ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '$ docker logout',
      'Removing login credentials for https://index.docker.io/v1/',
      '',
      '$ docker pull ghcr.io/korthout/camunda-platform-rest-api:latest',
      'Error response from daemon: Head "https://ghcr.io/v2/korthout/camunda-platform-rest-api/manifests/latest": denied: denied'
    ),
    source: 'korthout/camunda-platform-rest-api#106',
    expected: 'stale-login',
    note: 'public image; an expired stored ghcr.io login breaks the pull, `docker logout ghcr.io` fixes it'
  },
  {
    id: 'ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/insightsengineering/debian-gcc-devel:2023.12.07: unexpected status from POST request to https://ghcr.io/v2/insightsengineering/debian-gcc-devel/blobs/uploads/: 403 Forbidden',
    source: 'insightsengineering/ci-images#91',
    expected: 'insufficient-scope'
  },
  {
    id: 'ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: trying to reuse blob sha256:b2d5eeeaba3a22b9b8aa97261957974a6bd65274ebd43e1d81d0a7b8b752b116 at destination: failed to read from destination repository my_org/my_image: 403 (Forbidden)',
    source: 'redhat-actions/push-to-registry#52',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'fixed under the package\'s "Manage Actions access"'
  },
  {
    id: 'ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'failed to push ghcr.io/ryokun6/ryos:latest: unexpected status from HEAD request to',
      '  https://ghcr.io/v2/ryokun6/ryos/blobs/sha256:7316047...: 403 Forbidden'
    ),
    source: 'ryokun6/ryos#1156',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'first push of a new package with GITHUB_TOKEN bounded by read-only default workflow permissions'
  },
  {
    id: 'ghcr-10',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'denied: Resource not accessible by integration',
    source: 'actions/starter-workflows#332',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'GitHub Packages (docker.pkg.github.com, now ghcr.io) refusing GITHUB_TOKEN a push; a PAT worked'
  },
  {
    id: 'ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Run echo "" | docker login https://ghcr.io -u zembutsu --password-stdin',
      'Error: Cannot perform an interactive login from a non TTY device',
      'Error: Process completed with exit code 1.'
    ),
    source: 'zembutsu/docs.docker.jp#307',
    expected: 'missing-credentials',
    case: 'password'
  },
  {
    id: 'ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Run docker/login-action@v1',
      '  with:',
      '    registry: ghcr.io',
      '    username: machinezone',
      '    logout: true',
      '##[error]Input required and not supplied: password'
    ),
    source: 'docker/login-action#6',
    expected: 'missing-credentials',
    case: 'password'
  },
  {
    id: 'ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      ' #11 ERROR: denied: permission_denied: The requested installation does not exist.',
      ' ------',
      '  > pushing ghcr.io/ynezz/buildworker-v3.5.0:master with docker:',
      ' ------',
      ' ERROR: denied: permission_denied: The requested installation does not exist.',
      ' Error: buildx failed with: ERROR: denied: permission_denied: The requested installation does not exist.'
    ),
    source: 'openwrt/buildbot#2',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: 'the openwrt/buildbot GITHUB_TOKEN pushing into the personal namespace ghcr.io/ynezz'
  },
  {
    id: 'ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '{"errors":[{"code":"DENIED","message":"permission_denied: read_package"}]}',
    source: 'RightNow-AI/openfang#12',
    expected: 'insufficient-scope',
    note: 'a PAT that cannot read a package left private; token service answer from curl'
  },
  {
    id: 'ghcr-15',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: unauthorized: Your request could not be authenticated by the GitHub Packages service. Please ensure your access token is valid and has the appropriate scopes configured.',
    source: 'istio-ecosystem/authservice#142',
    expected: 'invalid-credentials'
  },
  {
    id: 'ghcr-16',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'ERROR: Get https://docker.pkg.github.com/v2/olivia-ai/olivia/olivia/manifests/latest: no basic auth credentials',
    source: 'olivia-ai/olivia#102',
    expected: 'missing-credentials',
    note: 'no docker login; docker.pkg.github.com wanted a login even for public packages'
  },
  {
    id: 'ghcr-17',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: lines(
      'The push refers to repository [docker.pkg.github.com/factfiber/nuclio/processor-hello-world]',
      '4df0e67bbb6d: Preparing',
      'name unknown: The expected resource was not found.'
    ),
    source: 'nuclio/nuclio#1624',
    expected: 'repository-not-found',
    note: 'inference: GitHub Packages answers NAME_UNKNOWN for an owner/repository path it does not have'
  },

  // -------------------------------------------------------------- GitLab
  {
    id: 'gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      ' DEBUG [a35c8ad2] Command: docker login registry.gitlab.com -u [REDACTED] -p [REDACTED]',
      ' DEBUG [a35c8ad2]       WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      ' DEBUG [a35c8ad2]       Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you\'re required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped. See https://gitlab.com/help/user/profile/account/two_factor_authentication_troubleshooting.md#error-http-basic-access-denied-if-a-password-was-provided-for-git-authentication-'
    ),
    source: 'basecamp/kamal#1498',
    expected: 'invalid-credentials',
    alsoAcceptable: ['pat-required', 'token-expired'],
    note: "GitLab's wording covers a wrong password, a password where a token is required, and a wrong/expired/under-scoped token"
  },
  {
    id: 'gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Gitlab registry creation failed. HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password. See https://gitlab.com/help/user/profile/account/two_factor_authentication#troubleshooting',
    source: 'swarmpit/swarmpit#657',
    expected: 'invalid-credentials',
    alsoAcceptable: ['pat-required'],
    note: 'older GitLab wording; cannot tell a wrong secret from a password on a 2FA account'
  },
  {
    id: 'gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      '#26 pushing layers',
      '#26 pushing layers 2.5s done',
      '#26 ERROR: server message: insufficient_scope: authorization failed',
      '------',
      ' > exporting to image:',
      '------',
      'failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed'
    ),
    source: 'docker/buildx#202',
    expected: 'insufficient-scope'
  },
  {
    id: 'gitlab-04',
    family: 'gitlab',
    host: 'registry.mydomain.com',
    text: lines(
      '$ docker push $CONTAINER_TEST_IMAGE',
      'The push refers to a repository [registry.mydomain.com/thegroup/nonexistent-projectname]',
      'ca3062dfa464: Preparing',
      'denied: requested access to the resource is denied'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab-foss/issues/42463',
    expected: 'repository-not-found',
    note: 'self-managed GitLab; the project path does not exist'
  },
  {
    id: 'gitlab-05',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'FATA[0012] Error response from daemon: no successful auth challenge for https://registry.gitlab.com/v2/ - errors: [token auth attempt for registry https://registry.gitlab.com/v2/: https://gitlab.com/jwt/auth?account=jannickfahlbusch&service=container_registry request failed with status: 403 Forbidden]',
    source: 'https://gitlab.com/gitlab-org/gitlab-ce/issues/17802',
    expected: 'invalid-credentials',
    note: "GitLab's token endpoint refusing the credential; the thread traced it to Docker older than 1.11"
  },
  {
    id: 'gitlab-06',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      '++ docker pull registry.gitlab.com/ORG_XXX/REPO_DDD:DOCKERIMG_TAG',
      'Error response from daemon: Get https://registry.gitlab.com/v2/ORG_XXX/REPO_DDD/manifests/DOCKERIMG_TAG: denied: access forbidden'
    ),
    source: 'ros-industrial/industrial_ci#239',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'no docker login before pulling a private project image'
  },
  {
    id: 'gitlab-07',
    family: 'gitlab',
    host: 'myregistry.com',
    text: lines(
      'docker push myregistry.com/myproject/docs:latest',
      'The push refers to a repository [myregistry.com/myproject/docs]',
      '630816f32edb: Preparing',
      'unauthorized: authentication required',
      'ERROR: Build failed: exit code 1'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab-ce/issues/20185',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: 'gitlab-ci-token of project backend pushing into project docs (a job token only pushes to its own project)'
  },
  {
    id: 'gitlab-08',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error response from daemon: Get https://registry.gitlab.com/v2/: Get https://gitlab.com/jwt/auth?account=gitlab%2Bdeploy-token-XXXXX&client_id=docker&offline_token=true&service=container_registry: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers) (Client.Timeout exceeded while awaiting headers)'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab-foss/-/issues/78259',
    expected: 'registry-unreachable'
  },
  {
    id: 'gitlab-09',
    family: 'gitlab',
    host: 'gitlab.example.com:5050',
    text: 'Error response from daemon: Get "https://<self-hosted-gitlab-host>:5050/v2/": received unexpected HTTP status: 500 Internal Server Error',
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/536823',
    expected: 'registry-unreachable',
    note: 'host is a placeholder (masked in the post); a 500 from /jwt/auth after an upgrade'
  },
  {
    id: 'gitlab-10',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      'ERRO[0012] failed to call tryLoginWithRegHost            error="failed to call rh.Authorizer.Authorize: failed to fetch oauth token: unexpected status from GET request to https://gitlab.com/jwt/auth?offline_token=true&service=container_registry: 401 Unauthorized" i=0',
      'FATA[0012] failed to call rh.Authorizer.Authorize: failed to fetch oauth token: unexpected status from GET request to https://gitlab.com/jwt/auth?offline_token=true&service=container_registry: 401 Unauthorized'
    ),
    source: 'containerd/nerdctl#3378',
    expected: 'invalid-credentials',
    alsoAcceptable: ['pat-required'],
    note: 'nerdctl login with the account password on a 2FA account; the text alone shows a refused credential'
  },
  {
    id: 'gitlab-11',
    family: 'gitlab',
    host: 'gitdocker.example.com',
    text: lines(
      '[root@foo ~]# podman login --authfile=/root/.docker/config.json gitdocker.example.com',
      'Username: foo.bar.example.com',
      'Password: ',
      'Error: error logging into "gitdocker.example.com": invalid username/password'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/296028',
    expected: 'invalid-credentials',
    note: 'project access tokens refused after an upgrade to GitLab 13.7 (a GitLab regression)'
  },
  {
    id: 'gitlab-12',
    family: 'gitlab',
    host: 'registry.mycompany.com',
    text: lines(
      '$ docker push $CI_REGISTRY/my-project/client:production',
      'The push refers to a repository [registry.mycompany.com/my-project/client]',
      'denied: requested access to the resource is denied'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab/issues/18284',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "the CI job token pushing into another project; the log excerpt was cut before the error, which the issue's description quotes"
  },
  {
    id: 'gitlab-13',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      '$ docker login registry.gitlab.com -u gitlab+deploy-token-XXXX',
      'Password:',
      'Login Succeeded',
      '$ docker pull registry.gitlab.com/kinsecta/kinsecta-web-app/api:1.4.0-SNAPSHOT',
      'Error response from daemon: pull access denied for registry.gitlab.com/kinsecta/kinsecta-web-app/api,',
      "repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/370039',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'deploy token refused a pull on a public project whose registry is restricted to members'
  },
  {
    id: 'gitlab-14',
    family: 'gitlab',
    host: 'registry.domain',
    text: 'Failed to pull image "registry.domain/tag": rpc error: code = Unknown desc = Error response from daemon: Get https://registry.domain/tag: denied: access forbidden',
    source: 'https://gitlab.com/gitlab-org/gitlab-ce/issues/41204',
    expected: 'token-expired',
    note: 'a Kubernetes pull secret holding a gitlab-ci-token job token, valid only while its job ran'
  },

  // ---------------------------------------------------------------- Quay
  {
    id: 'quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '$ docker push quay.io/example/memcached-operator:v0.0.1',
      'unauthorized: access to the requested resource is not authorized'
    ),
    source: 'operator-framework/operator-sdk#1337',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "pushing into the tutorial's `example` namespace; error quoted in the issue's prose after the commands"
  },
  {
    id: 'quay-02',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '~ clairctl pull quay.io/coreos/clair:v2.0.0',
      'client quit unexpectedly',
      '2017-07-11 17:02:33.783305 C | cmd: retrieving manifest for "quay.io/coreos/clair:v2.0.0": Get https://quay.io/v2/: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'jgsqware/clairctl#62',
    expected: 'stale-login',
    note: 'public image; fixed by `docker logout quay.io`'
  },
  {
    id: 'quay-03',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'docker login quay.io',
      '   Login Succeeded',
      'docker pull quay.io/polarsignals/pprof-example-app-go:v0.1.0',
      '   Error response from daemon: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'polarsignals/pprof-example-app-go#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'the image had not been published yet; Quay answers a missing repository as unauthorised, so from the text alone no access is as likely'
  },
  {
    id: 'quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: buildx failed with: ERROR: failed to build: failed to solve: failed to push quay.io/ambient_code/vteam_api_server:latest: unexpected status from HEAD request to https://quay.io/v2/ambient_code/vteam_api_server/blobs/sha256:063fbd5fac6af91f4042bbe66bae69795aa46675d5b0c800ed195ad79ed8fb02: 401 UNAUTHORIZED',
    source: 'ambient-code/platform#669',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'the repository did not exist in the organization and the robot cannot create one'
  },
  {
    id: 'quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'docker: Error response from daemon: Get https://quay.io/v2/rebuy/aws-nuke/manifests/latest: received unexpected HTTP status: 500 Internal Server Error.',
    source: 'rebuy-de/aws-nuke#506',
    expected: 'registry-unreachable',
    note: 'Quay.io outage'
  },
  {
    id: 'quay-06',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '/usr/bin/docker pull quay.io/terraform-docs/gh-actions:1.4.1',
      'Error response from daemon: received unexpected HTTP status: 502 Bad Gateway',
      'Warning: Docker pull failed with exit code 1, back off 6.068 seconds before retry.'
    ),
    source: 'terraform-docs/gh-actions#157',
    expected: 'registry-unreachable'
  },
  {
    id: 'quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: trying to reuse blob sha256:388184f84e0a7b2fd7ac01f2aaa87aef6f25e078705497001fb0356698118739 at destination: checking whether a blob sha256:388184f84e0a7b2fd7ac01f2aaa87aef6f25e078705497001fb0356698118739 exists in quay.io/sclorg/python-312-c10s: unauthorized: authentication required',
    source: 'sclorg/s2i-python-container#714',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'fixed by creating the repository on quay.io'
  },
  {
    id: 'quay-08',
    family: 'quay',
    host: 'quay.MYSUBDOMAIN.MYDOMAIN.com',
    text: lines(
      'Getting image source signatures',
      'Error: trying to reuse blob sha256:0c23ed2428e1ef41fdb571789f6968dd47c95135311b1c8bf56462c98581694b at destination: Requesting bearer token: invalid status code from registry 400 (Bad Request)'
    ),
    source: 'containers/podman#19247',
    expected: 'repository-not-found',
    note: 'inference: the push named a three-level path under organization/repository, which Quay does not take'
  },

  // -------------------------------------------------------------- Harbor
  {
    id: 'harbor-01',
    family: 'harbor',
    host: 'harbor.mydomain.com',
    text: lines(
      '$ docker login https://harbor.mydomain.com --username robot$test',
      'Password: ',
      'Error response from daemon: Get "https://harbor.mydomain.com/v2/": unauthorized: authentication required'
    ),
    source: 'goharbor/harbor#15757',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'username',
    note: 'the unquoted `robot$test` lost `$test` to the shell (thread and goharbor/harbor#7464)'
  },
  {
    id: 'harbor-02',
    family: 'harbor',
    host: 'harbor.10.186.36.58.xip.io',
    text: lines(
      'root@kube-worker:~# docker pull harbor.10.186.36.58.xip.io/yinw/hello-world:latest',
      'Error response from daemon: unauthorized: unauthorized to access repository: yinw/hello-world, action: pull: unauthorized to access repository: yinw/hello-world, action: pull'
    ),
    source: 'goharbor/harbor#13973',
    expected: 'insufficient-scope',
    note: 'robot account without the Pull Artifact permission'
  },
  {
    id: 'harbor-03',
    family: 'harbor',
    host: 'docker.XXX.com',
    text: lines(
      'Logging into docker.XXX.com...',
      '::error::Error response from daemon: Get "https://docker.XXX.com/v2/": unauthorized: authentication required'
    ),
    source: 'docker/login-action#584',
    expected: 'invalid-credentials'
  },
  {
    id: 'harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: myapp/mysql, action: push: unauthorized to access repository: myapp/mysql, action: push',
    source: 'goharbor/harbor#21373',
    expected: 'insufficient-scope',
    note: 'host is a placeholder (not in the post)'
  },
  {
    id: 'harbor-05',
    family: 'harbor',
    host: '172.28.32.23:8808',
    text: lines(
      'The push refers to a repository [172.28.32.23:8808/openresty/openresty]',
      'c28ad65e74ab: Preparing',
      '0aeb287b1ba9: Preparing',
      'unauthorized: authentication required'
    ),
    source: 'goharbor/harbor#890',
    expected: 'repository-not-found',
    note: 'the Harbor project did not exist; Harbor answers as if unauthorised'
  },
  {
    id: 'harbor-06',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      '5f70bf18a086: Preparing',
      '1834950e52ce: Preparing',
      'unauthorized: access to the requested resource is not authorized'
    ),
    source: 'goharbor/harbor#81',
    expected: 'insufficient-scope',
    note: 'the user had no role in the project; host is a placeholder'
  },
  {
    id: 'harbor-07',
    family: 'harbor',
    host: 'harbor-node',
    text: lines(
      'The push refers to repository [docker.io/harbor-node/abc/project]',
      'd1895ea63a00: Preparing',
      '65c76a27c619: Preparing',
      'denied: requested access to the resource is denied'
    ),
    source: 'goharbor/harbor#4413',
    expected: 'registry-mismatch',
    note: 'a host name without a dot is read as a Docker Hub namespace'
  },
  {
    id: 'harbor-08',
    family: 'harbor',
    host: 'registry.foo.bar.tld',
    text: lines(
      "docker login --username 'robot$deploy' --password '<password>' registry.foo.bar.tld",
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error response from daemon: Get "https://registry.foo.bar.tld/v2/": Get "https://10.0.2.36:8443/service/token?account=robot%24deploy&client_id=docker&offline_token=true&service=harbor-registry": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
    ),
    source: 'goharbor/harbor#23008',
    expected: 'registry-unreachable',
    note: 'the token realm points at an internal address; line trimmed after its first repetition, password replaced'
  },
  {
    id: 'harbor-09',
    family: 'harbor',
    host: 'test.harbor.com',
    text: lines(
      '[root@localhost ~]# docker push test.harbor.com/library/ubuntu',
      'The push refers to repository [test.harbor.com/library/ubuntu]',
      '629d9dbab5ed: Pushing  80.35MB',
      'denied: adding 29.0 MiB of storage resource, which when updated to current usage of 152.4 MiB will exceed the configured upper limit of 10.0 MiB.'
    ),
    source: 'goharbor/harbor#17390',
    expected: 'not-a-login-failure',
    note: 'project storage quota'
  },
  {
    id: 'harbor-10',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      'docker login <FQDN>',
      'Username: john.doe',
      'Password:',
      'Error response from daemon: Get "https://<FQDN>/v2/": x509: certificate signed by unknown authority'
    ),
    source: 'goharbor/harbor#6774',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'host is a placeholder (masked in the post)'
  },
  {
    id: 'harbor-11',
    family: 'harbor',
    host: 'harbor.fe.zziyang.com',
    text: lines(
      '$sudo docker login harbor.fe.zziyang.com',
      'Username: admin',
      'Password:',
      'Error response from daemon: Get http://harbor.fe.zziyang.com/v2/: error parsing HTTP 404 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>404 Not Found</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>404 Not Found</h1></center>\\r\\n<hr><center>nginx/1.4.6 (Ubuntu)</center>\\r\\n</body>\\r\\n</html>\\r\\n"'
    ),
    source: 'goharbor/harbor#1089',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "Harbor's proxy could not reach its registry container and served an nginx 404 page"
  },

  // ----------------------------------------------------------------- ECR
  {
    id: 'ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::sdfsdfsd:assumed-role/buildkite-docker-builders-Role/i-sdfsdf is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
    source: 'buildkite/elastic-ci-stack-for-aws#193',
    expected: 'aws-access-denied',
    note: 'host is a placeholder (not in the post)'
  },
  {
    id: 'ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: <USER> is not authorized to perform: <AWS_SERVICES:ACTION> on resource: * with an explicit deny',
    source: 'aws/aws-cli#5592',
    expected: 'aws-access-denied',
    note: 'host is a placeholder (masked in the post)'
  },
  {
    id: 'ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'Removing login credentials for xxxxxxx.dkr.ecr.us-east-1.amazonaws.com',
      '',
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam::xxxxxxx:user/xxxxxxx is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
    ),
    source: 'CircleCI-Public/aws-ecr-orb#316',
    expected: 'aws-access-denied',
    note: 'host placeholder for the masked account'
  },
  {
    id: 'ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      '== START LOGIN',
      '',
      'An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.'
    ),
    source: 'kciter/aws-ecr-action#15',
    expected: 'invalid-credentials',
    case: 'aws-access-key',
    note: 'host is a placeholder (not in the post)'
  },
  {
    id: 'ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      '== START PUSH TO ECR',
      'The push refers to repository [***.dkr.ecr.us-east-1.amazonaws.com/my-app]',
      '6403477052d0: Preparing',
      'no basic auth credentials'
    ),
    source: 'kciter/aws-ecr-action#1',
    expected: 'registry-mismatch',
    note: 'a wrong AWS_ACCOUNT_ID: the login went to another registry than the push; error quoted in the prose after the log'
  },
  {
    id: 'ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'Pulling container_name (container details)...',
      "ERROR: denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one."
    ),
    source: 'buildkite/elastic-ci-stack-for-aws#178',
    expected: 'token-expired',
    note: 'agents running for more than a day (12-hour ECR tokens); host is a placeholder'
  },
  {
    id: 'ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: "Error response from daemon: pull access denied for CUSTID.dkr.ecr.REGION.amazonaws.com/project, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'aws/aws-cli#7977',
    expected: 'token-expired',
    note: 'host placeholder for the masked account'
  },
  {
    id: 'ecr-08',
    family: 'ecr',
    host: '754256621582.dkr.ecr.eu-west-2.amazonaws.com',
    text: 'denied: User: arn:aws:sts::754256621582:assumed-role/cloud-platform-ecr-e344de1fe05708ec-github/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-2:754256621582:repository/laa-pcuam/csv-converter because no identity-based policy allows the ecr:InitiateLayerUpload action',
    source: 'ministryofjustice/cloud-platform#7245',
    expected: 'insufficient-scope'
  },
  {
    id: 'ecr-09',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: lines(
      'denied: User: arn:aws:sts::A:assumed-role/cp-sw-actions-runner/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:B:repository/runner-test because no resource-based policy allows the ecr:InitiateLayerUpload action',
      'Error: Process completed with exit code 1.'
    ),
    source: 'aws-actions/amazon-ecr-login#232',
    expected: 'insufficient-scope',
    note: 'cross-account push without a repository policy; host placeholder'
  },
  {
    id: 'ecr-10',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "name unknown: The repository with name 'public.ecr.aws/a1e6v7a9/myrepo' does not exist in the registry with id 'xxx'",
    source: 'actions/starter-workflows#2647',
    expected: 'repository-not-found',
    note: 'the repository URI was given where the repository name belongs; host placeholder'
  },
  {
    id: 'ecr-11',
    family: 'ecr',
    host: '000000000000.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'Error response from daemon: login attempt to',
      'https://000000000000.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status:',
      '400 Bad Request'
    ),
    source: 'aws/aws-cli#4962',
    expected: 'invalid-credentials',
    note: 'ambiguous: ECR rejecting the token docker login sent (the thread suspects how the password was passed); a fresh get-login-password for this registry is the fix'
  },
  {
    id: 'ecr-12',
    family: 'ecr',
    host: '937788672844.dkr.ecr.cn-northwest-1.amazonaws.com.cn',
    text: lines(
      "Unable to find image '937788672844.dkr.ecr.cn-northwest-1.amazonaws.com.cn/c9-ide:amazonlinux-full' locally",
      'docker: Error response from daemon: Get https://937788672844.dkr.ecr.cn-northwest-1.amazonaws.com.cn/v2/c9-ide/manifests/amazonlinux-full: no basic auth credentials.',
      "See 'docker run --help'."
    ),
    source: 'pahud/c9-ide#5',
    expected: 'registry-mismatch',
    note: "logged in to the runner's own account registry; the image lives in another account's registry"
  },
  {
    id: 'ecr-13',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `not implemented`',
    source: 'aws-samples/eks-workshop-developers#11',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker config names the ecr-login helper, which cannot store; host placeholder'
  },
  {
    id: 'ecr-14',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: lines(
      'Run aws-actions/amazon-ecr-login@v2',
      'Logging into registry public.ecr.aws',
      'Error: Could not login to registry public.ecr.aws: WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `The stub received bad data.`'
    ),
    source: 'aws-actions/amazon-ecr-login#694',
    expected: 'credential-store-error',
    case: 'credential-helper'
  },
  {
    id: 'ecr-15',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: lines(
      '"cmd": "docker pull \\"public.ecr.aws/zebrunner/appium:2.0.2\\"",',
      '"stderr": "Error response from daemon: toomanyrequests: Rate exceeded",'
    ),
    source: 'zebrunner/mcloud-agent#235',
    expected: 'rate-limited'
  },

  // ------------------------------------------------- Artifact Registry/GCR
  {
    id: 'gar-01',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: lines(
      "│ Error running command 'docker push us-central1-docker.pkg.dev/MY_PROJECT_ID/cymbal-superstore/inventory-api:79f565f204c41618': exit status 1. Output: The push refers to repository [us-central1-docker.pkg.dev/MY_PROJECT_ID/cymbal-superstore/inventory-api]",
      'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/MY_PROJECT_ID/locations/us-central1/repositories/cymbal-superstore" (or it may not exist)'
    ),
    source: 'GoogleCloudPlatform/cymbal-superstore#4',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'the fix was `gcloud auth configure-docker us-central1-docker.pkg.dev`: docker had no credential for the regional host'
  },
  {
    id: 'gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "projects/xxx/locations/us-central1/repositories/fixmycar" (or it may not exist)',
    source: 'GoogleCloudPlatform/generative-ai#693',
    expected: 'missing-credentials',
    note: 'docker (run as another user) had no credential helper for the host'
  },
  {
    id: 'gar-03',
    family: 'gar',
    host: 'northamerica-northeast1-docker.pkg.dev',
    text: 'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/prj-d-perso-fleroux-4094/locations/northamerica-northeast1/repositories/fleroux-docker" (or it may not exist)',
    source: 'google-github-actions/auth#50',
    expected: 'insufficient-scope'
  },
  {
    id: 'gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      '2026/06/17 22:39:47 Publishing gcr.io/ate-images/axepp-d31e5e24b669310b9a1219724b00a095:latest',
      'Error: error processing import paths in "-": error resolving image references: GET https://gcr.io/v2/token?scope=repository%3Aate-images%2Faxepp-d31e5e24b669310b9a1219724b00a095%3Apush%2Cpull&service=gcr.io: DENIED: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/ate-images/locations/us/repositories/gcr.io" (or it may not exist)'
    ),
    source: 'google/ax#140',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "users pushing into the maintainers' project instead of their own"
  },
  {
    id: 'gar-05',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: lines(
      "denied: Permission 'artifactregistry.repositories.uploadArtifacts' denied on resource (or it may not exist). Remediate access with this Troubleshooter URL or share it with your administrator - https://console.cloud.google.com/iam-admin/troubleshooter;errorId=<errorId> .",
      'ERROR: failed to push because we ran out of retries.',
      'ERROR: error pushing image "us-docker.pkg.dev/flutter-infra/flutter-infra/flutter_docker:3.44.2": retry budget exhausted (10 attempts): step exited with non-zero status: 1'
    ),
    source: 'flutter/flutter#188342',
    expected: 'insufficient-scope',
    note: 'the long errorId was replaced by a placeholder'
  },
  {
    id: 'gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'Error: failed to push image to gcr.io/arp-test-3/arp-installer: docker push failed: exit status 1, output:',
      'Using default tag: latest',
      'The push refers to repository [gcr.io/arp-test-3/arp-installer]',
      '581bf958b3be: Preparing',
      "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"
    ),
    source: 'GoogleCloudPlatform/cloud-run-button#247',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'fixed by `gcloud auth configure-docker`: docker sent no Google credential'
  },
  {
    id: 'gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'build-my-project-main-1634746396-3138521323: error checking push permissions -- make sure you entered the correct tag name, and that you are authenti',
      'cated correctly, and try again: checking push permission for "gcr.io/my-project/my-project/main:94839f3f599cee88e3c81919f3e98d3a78c17ced": creati',
      'ng push check transport for gcr.io failed: GET https://gcr.io/v2/token?scope=repository%3Amy-project%2Fmain%2Fmain%3Apush%2Cpull&service=gc',
      'r.io: UNAUTHORIZED: Not Authorized.'
    ),
    source: 'GoogleContainerTools/kaniko#1793',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials', 'token-expired'],
    note: 'kaniko push check refused; it had worked hours earlier; cause not resolved in the thread'
  },
  {
    id: 'gar-08',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'Run docker/login-action@v2',
      'Error: Username and password required'
    ),
    source: 'docker/login-action#233',
    expected: 'missing-credentials',
    case: 'password',
    note: 'the password came from an expression that was empty (`env.` instead of `secrets.`)'
  },
  {
    id: 'gar-09',
    family: 'gar',
    host: 'gcr.io',
    text: "denied: Token exchange failed for project '***'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'RafikFarhad/push-to-gcr-github-action#13',
    expected: 'insufficient-scope'
  },
  {
    id: 'gar-10',
    family: 'gar',
    host: 'gcr.io',
    text: 'failed to fetch builder image \'gcr.io/paketo-buildpacks/builder:tiny\': error getting credentials - err: exec: "docker-credential-gcloud": executable file not found in $PATH, out:',
    source: 'buildpacks/pack#728',
    expected: 'credential-store-error',
    case: 'credential-helper'
  },
  {
    id: 'gar-11',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: Get "https://gcr.io/v2/": unknown: Unable to parse json key.',
    source: 'RafikFarhad/push-to-gcr-github-action#25',
    expected: 'malformed-credentials',
    note: 'extra quotes around the JSON key before base64 encoding'
  },
  {
    id: 'gar-12',
    family: 'gar',
    host: 'us-east4-docker.pkg.dev',
    text: 'Could not push image: unauthorized: incorrect username or password',
    source: 'docker-java/docker-java#2166',
    expected: 'registry-mismatch',
    note: 'the image tag lacked the registry host, so the push (and login) went to Docker Hub'
  },

  // ----------------------------------------------------------------- ACR
  {
    id: 'acr-01',
    family: 'acr',
    host: 'containerday2021.azurecr.io',
    text: lines(
      'Failed to pull image "containerday2021.azurecr.io/backend:0.10.0-dev": ',
      'rpc error: code = Unknown desc = Error response from daemon: ',
      'Head "https://containerday2021.azurecr.io/v2/backend/manifests/0.10.0-dev": ',
      'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.'
    ),
    source: 'dotnet/tye#1185',
    expected: 'missing-credentials',
    note: 'a local cluster pulling from ACR without any pull secret'
  },
  {
    id: 'acr-02',
    family: 'acr',
    host: 'myserver.azurecr.io',
    text: 'Error response from daemon: Get https://myserver.azurecr.io/v2/: unauthorized: authentication required',
    source: 'MicrosoftDocs/azure-docs#17220',
    expected: 'invalid-credentials'
  },
  {
    id: 'acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'Unable to get AAD authorization tokens with message: 2025-09-08 15:31:40.404189 An error occurred: CONNECTIVITY_CHALLENGE_ERROR',
      "Registry '<my_registry_name>.azurecr.io' did not issue a challenge.",
      'Error response from daemon: login attempt to https://<my_registry_name>.azurecr.io/v2/ failed with status: 404 Not Found',
      'Login failed.'
    ),
    source: 'Azure/acr#847',
    expected: 'registry-unreachable',
    note: 'host placeholder for the masked registry name'
  },
  {
    id: 'acr-04',
    family: 'acr',
    host: 'elswcr.azurecr.io',
    text: lines(
      'The command failed with an unexpected error. Here is the traceback:',
      "HTTPSConnectionPool(host='elswcr.azurecr.io', port=443): Max retries exceeded with url: /v2/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x04918988>: Failed to establish a new connection: [WinError 10060] A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond'))"
    ),
    source: 'Azure/azure-cli#19486',
    expected: 'registry-unreachable'
  },
  {
    id: 'acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'WARNING: Unable to get AAD authorization tokens with message: An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR',
    source: 'Azure/azure-cli#28740',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: "the service principal could not see the registry in its subscription (debug log); error from the issue's title"
  },
  {
    id: 'acr-06',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'error response from daemon: Get "https://.azurecr.io/v2/": denied: {"errors":[{"code":"DENIED","message":"client with IP \\u0027172.214.169.102\\u0027 is not allowed access. Refer',
      'https://aka.ms/acr/firewall',
      'to grant access."}]}*'
    ),
    source: 'docker/build-push-action#1214',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the registry's network rules refuse the runner's address; not the credential"
  },
  {
    id: 'acr-07',
    family: 'acr',
    host: 'blah.azurecr.io',
    text: 'Error response from daemon: Get "https://blah.azurecr.io/v2/": unauthorized: Application not registered with AAD',
    source: 'MicrosoftDocs/azure-docs#84204',
    expected: 'invalid-credentials',
    note: 'the username is not a service principal of the tenant'
  },
  {
    id: 'acr-08',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'unauthorized: "aad access token with sp failed client id must be guid"',
    source: 'microsoft/vscode-docker#3780',
    expected: 'invalid-credentials',
    alsoAcceptable: ['malformed-credentials'],
    note: 'a non-GUID username taken for a service principal; a fresh `az acr login` fixed it'
  },
  {
    id: 'acr-09',
    family: 'acr',
    host: 'mhcpoccr.azurecr.io',
    text: lines(
      '[command]/usr/bin/docker push mhcpoccr/myhealth.web',
      'The push refers to repository [docker.io/mhcpoccr/myhealth.web]',
      '581c38738922: Preparing',
      'denied: requested access to the resource is denied',
      '##[error]denied: requested access to the resource is denied'
    ),
    source: 'microsoft/azuredevopslabs#222',
    expected: 'registry-mismatch',
    note: 'meant for the ACR; the image name without its host went to Docker Hub'
  },
  {
    id: 'acr-10',
    family: 'acr',
    host: 'aksrepos.azurecr.io',
    text: 'Failed to pull image ""aksrepos.azurecr.io/mirror/hyperkube-amd64:v1.14.8_f0.0.2"": [rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers., rpc error: code = Unknown desc = error pulling image configuration: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers.]',
    source: 'Azure/AKS#1400',
    expected: 'rate-limited'
  },
  {
    id: 'acr-11',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'WARNING: Unable to get AAD authorization tokens with message: 2022-12-12 16:05:11.564324 An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR',
      "Access to registry '<redacted>.azurecr.io' was denied. Response code: 429. Please try running 'az login' again to refresh permissions."
    ),
    source: 'Azure/azure-cli#24886',
    expected: 'rate-limited',
    note: "ACR throttling (429) reported as a refresh-token error; the suggested 'az login' is misleading (azure-cli#25549)"
  },
  {
    id: 'acr-12',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'unauthorized: Invalid clientid or client secret.',
      'Error: Process completed with exit code 1.'
    ),
    source: 'Azure/docker-login#46',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: 'inference: the service principal secret expired after exactly one year'
  },
  {
    id: 'acr-13',
    family: 'acr',
    host: 'happysoftware.azurecr.io',
    text: 'AADSTS700082: The refresh token has expired due to inactivity.',
    source: 'Azure/acr#655',
    expected: 'token-expired',
    note: 'during `az acr login` after `az login`'
  },

  // ------------------------------------------------------------- generic
  {
    id: 'generic-01',
    family: 'generic',
    host: 'gitea.example.com',
    text: 'unauthorized: reqPackageAccess',
    source: 'go-gitea/gitea#31531',
    expected: 'pat-required',
    alsoAcceptable: ['insufficient-scope'],
    note: 'Gitea registry push after a password login; maintainers: use a PAT with package scope; host placeholder'
  },
  {
    id: 'generic-02',
    family: 'generic',
    host: 'my.gitea.domain',
    text: lines(
      'Log in to the Container registry',
      'Logging into my.gitea.domain...',
      '::error::Error response from daemon: login attempt to https://my.gitea.domain/v2/ failed with status: 401 Unauthorized'
    ),
    source: 'go-gitea/gitea#23642',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "Gitea Actions' GITEA_TOKEN refused by the package registry"
  },
  {
    id: 'generic-03',
    family: 'generic',
    host: 'my-artifactory-website:5006',
    text: lines(
      'Error: ErrImagePull',
      '"Failed to pull image "my-artifactory-website:5006/imagename:4": rpc error: code = Unknown desc = Error response from daemon: unauthorized: The client does not have permission for manifest"'
    ),
    source: 'kubernetes/kubernetes#65958',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: 'Artifactory; the same credentials pulled with docker login; cause not resolved in the thread'
  },
  {
    id: 'generic-04',
    family: 'generic',
    host: 'registry.digitalocean.com',
    text: lines(
      '#20 [auth] yourmom/nakama:pull,push token for registry.digitalocean.com',
      '#20 DONE 0.0s',
      '',
      '#19 exporting to image',
      '#19 pushing layers 0.8s done',
      '#19 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden',
      '------',
      ' > exporting to image:',
      '------',
      'error: failed to solve: failed to fetch oauth token: unexpected status: 403 Forbidden',
      'Error: buildx failed with: error: failed to solve: failed to fetch oauth token: unexpected status: 403 Forbidden'
    ),
    source: 'docker/build-push-action#585',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: 'DigitalOcean registry refusing a push token; cause not resolved in the thread'
  },
  {
    id: 'generic-05',
    family: 'generic',
    host: 'localhost:5000',
    text: lines(
      'docker login localhost:5000',
      'Username (test): test',
      'Error response from daemon: Get http://localhost:5000/v2/: unauthorized: authentication required'
    ),
    source: 'mkuchin/docker-registry-web#82',
    expected: 'invalid-credentials',
    note: 'the posted password line was dropped'
  },
  {
    id: 'generic-06',
    family: 'generic',
    host: 'nexus.example.com',
    text: 'Error: Error response from daemon: Get "https://***/v2/": http: server gave HTTP response to HTTPS client',
    source: 'docker/login-action#295',
    expected: 'registry-unreachable',
    note: 'a Nexus registry served over plain HTTP; host placeholder'
  },
  {
    id: 'generic-07',
    family: 'generic',
    host: 'nexus',
    text: lines(
      'docker login https://nexus',
      'Username: user1',
      'Password: ',
      'Error response from daemon: login attempt to https://nexus/v2/ failed with status: 404 Not Found'
    ),
    source: 'ansible-ThoTeam/nexus3-oss#299',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "the Nexus web port, not the Docker repository's connector port"
  },
  {
    id: 'generic-08',
    family: 'generic',
    host: 'localhost:8095',
    text: 'Error response from daemon: Get "http://localhost:8095/v2/": dial tcp [::1]:8095: connect: connection refused',
    source: 'sonatype/nexus-public#242',
    expected: 'registry-unreachable'
  },

  // ---------------------------------------------------------- Docker Hub
  {
    id: 'hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ docker pull koalaman/scbuilder:latest',
      'Error response from daemon: Get https://registry-1.docker.io/v2/koalaman/scbuilder/manifests/latest: unauthorized: please use personal access token to login'
    ),
    source: 'docker/hub-feedback#1981',
    expected: 'stale-login',
    alsoAcceptable: ['pat-required', 'password-with-2fa'],
    note: 'pull of a public image with a stored password login after enabling 2FA'
  },
  {
    id: 'hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Logging into Docker Hub...',
      'Error: Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login'
    ),
    source: 'medic/cht-conf#554',
    expected: 'pat-required',
    alsoAcceptable: ['password-with-2fa'],
    note: 'the account password on a 2FA account'
  },
  {
    id: 'hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Pushing index.docker.io/gsillc/spdhi:latest...',
      'Push failed. Attempt 2 in 60 seconds.',
      'Push failed. Attempt 3 in 60 seconds.',
      'Push failed. Attempt 4 in 60 seconds.',
      'Push failed. Attempt 5 in 60 seconds.',
      "{u'message': u'unauthorized: please use personal access token to login when SSO is enforced'}"
    ),
    source: 'docker/hub-feedback#2181',
    expected: 'password-with-sso',
    note: 'Docker Hub automated build; Docker said a backend auth change caused it that day'
  },
  {
    id: 'hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Run echo "${DOCKER_PASSWORD}" | docker login --username "${DOCKER_USERNAME}" --password-stdin',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens',
      'Error: Process completed with exit code 1.'
    ),
    source: 'Ladicle/kubectl-rolesum#49',
    expected: 'pat-required'
  },
  {
    id: 'hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/library/redis/manifests/alpine": unauthorized: personal access token is expired',
    source: 'sailor-sh/CK-X#60',
    expected: 'token-expired',
    alsoAcceptable: ['stale-login'],
    note: 'an expired PAT stored by an earlier login breaks a public pull'
  },
  {
    id: 'hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aneuropoly%2Fsct%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: access token has insufficient scopes',
    source: 'spinalcordtoolbox/spinalcordtoolbox#5286',
    expected: 'insufficient-scope',
    case: 'read-only-token',
    note: 'a read-only PAT while build-push-action asked for push'
  },
  {
    id: 'hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: buildx failed with: ERROR: failed to build: failed to solve: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Froboreg%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized: access token has insufficient scopes',
    source: 'roboreg/roboreg#117',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: 'the tag had no namespace, so the push targeted library/roboreg'
  },
  {
    id: 'hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'docker login',
      "Login with your Docker ID to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com to create one.",
      'Username: <REDACTED>',
      'Password: <A PERSONAL ACCESS TOKEN>',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `getting entitlement: request to https://accounts-api.s.us-east-1.aws.dckr.io/v2/users/<REDACTED>/orgs/?page_size=2147483647 failed with status 403: {"message":"access is forbidden with a JWT issued from a personal access token","errinfo":{}}`'
    ),
    source: 'docker/hub-feedback#2285',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Docker Desktop's credential helper failing on a PAT login"
  },
  {
    id: 'hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ docker login',
      '....',
      'Error response from daemon: Get https://registry-1.docker.io/v2/: toomanyrequests: too many failed login attempts for username or IP address'
    ),
    source: 'docker/hub-feedback#786',
    expected: 'login-locked-out'
  },
  {
    id: 'hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: Login: Too many failed login attempts. You have been locked out for one hour. Try again later or contact support. (Code: 429; Headers: map[Content-Type:[application/json] Vary:[Cookie] X-Frame-Options:[SAMEORIGIN] Strict-Transport-Security:[max-age=31536000] Server:[nginx/1.6.2] Date:[Tue, 12 Apr 2016 20:37:05 GMT]])',
    source: 'docker/hub-feedback#642',
    expected: 'login-locked-out'
  },
  {
    id: 'hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Run docker/login-action@v1',
      '  with:',
      '    username: ***',
      '    password: $***',
      '    logout: true',
      'Logging into Docker Hub...',
      'Error: Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password'
    ),
    source: 'docker/login-action#95',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'the workflow had `password: $${{ secrets.DOCKER_PASSWORD }}`; the log shows the extra `$`'
  },
  {
    id: 'hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'docker login',
      "Login with your Docker ID to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com to create one.",
      'Username: USERNAME@gmail.com',
      'Password:',
      'Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password'
    ),
    source: 'docker/hub-feedback#935',
    expected: 'email-as-username',
    case: 'username'
  },
  {
    id: 'hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'denied: requested access to the resource is denied',
    source: 'elgohr/Publish-Docker-Github-Action#97',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "an access token of an account that may not push to the organization's repository; another account worked"
  },
  {
    id: 'hub-14',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '$ docker login -u "${CI_REGISTRY_USER}" -p "${CI_REGISTRY_PASSWORD}"',
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password'
    ),
    source: 'docker-library/docker#259',
    expected: 'invalid-credentials',
    note: 'GitLab CI logging in to Docker Hub (no registry argument)'
  },
  {
    id: 'hub-15',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: failed to SAVE IMAGE: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%!A(MISSING)osrf%!F(MISSING)space-ros%!A(MISSING)pull%!C(MISSING)push&service=registry.docker.io: 401 Unauthorized',
    source: 'space-ros/space-ros#292',
    expected: 'invalid-credentials'
  },
  {
    id: 'hub-16',
    family: 'docker-hub',
    host: 'docker.io',
    text: '(HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/library/postgres/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#3089',
    expected: 'invalid-credentials',
    alsoAcceptable: ['email-as-username'],
    note: "Kitematic; the maintainers' fix: sign in with the Docker ID, not the email"
  },
  {
    id: 'hub-17',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Run docker login -u $DOCKER_USER -p $DOCKER_PASSWORD',
      'Error: Cannot perform an interactive login from a non TTY device',
      'Error: Process completed with exit code 1.'
    ),
    source: 'Tribler/tribler#6951',
    expected: 'missing-credentials'
  },

  // -------------------------------------------- look-alikes (not logins)
  {
    id: 'not-login-01',
    family: 'not-login',
    host: 'ghrc.io',
    text: lines(
      'The push refers to repository [ghrc.io/joshuanianji/<repo>/<name>]',
      'Get "https://ghrc.io/v2/": dial tcp: lookup ghrc.io: no such host'
    ),
    source: 'pennsignals/publish_docker-compose#4',
    expected: 'registry-unreachable',
    note: 'a typo for ghcr.io'
  },
  {
    id: 'not-login-02',
    family: 'not-login',
    host: 'registry.example.com:8443',
    text: lines(
      '$ docker login $CI_REGISTRY -u gitlab-ci-token -p $REGISTRY_TOKEN',
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'time="2020-12-22T16:02:13Z" level=info msg="Error logging in to v2 endpoint, trying next endpoint: Get https://XXXXXX:8443/v2/: x509: certificate signed by unknown authority"',
      'Get XXXXXX:8443/v2/: x509: certificate signed by unknown authority'
    ),
    source: 'docker-library/docker#283',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'host placeholder for the masked registry'
  },
  {
    id: 'not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      "Unable to find image 'dockly:latest' locally",
      "docker: Error response from daemon: pull access denied for dockly, repository does not exist or may require 'docker login'.",
      "See 'docker run --help'."
    ),
    source: 'lirantal/dockly#37',
    expected: 'repository-not-found',
    note: 'no such repository; the image is lirantal/dockly'
  },
  {
    id: 'not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: " ! Image localbuild/zeek-tcpreplay-kafka                      pull access denied for localbuild/zeek-tcpreplay-kafka, repository does not exist or may require 'docker login'",
    source: 'confluentinc/demo-siem-optimization#30',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'an image meant to be built locally, pulled instead'
  },
  {
    id: 'not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      ' > exporting to image:',
      '------',
      'error: failed to solve: authorization status: 401: authorization failed',
      'Error: buildx failed with: error: failed to solve: authorization status: 401: authorization failed'
    ),
    source: 'docker/build-push-action#442',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: 'the GitHub Actions cache (type=gha) refused, not the registry'
  },
  {
    id: 'not-login-06',
    family: 'not-login',
    host: 'us-docker.pkg.dev',
    text: lines(
      ' > exporting to GitHub Actions Cache:',
      '------',
      'ERROR: failed to solve: Signing certificate with thumbprint 943DC3545AEC524FF3E4C1FC45CE22256D24C501 not found in store /etc/certificates. See https://aka.ms/actionsDbBackups for possible mitigation.',
      'Error: buildx failed with: ERROR: failed to solve: Signing certificate with thumbprint 943DC3545AEC524FF3E4C1FC45CE22256D24C501 not found in store /etc/certificates. See https://aka.ms/actionsDbBackups for possible mitigation.'
    ),
    source: 'grafana/shared-workflows#103',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: 'host: the Artifact Registry the workflow pushes to'
  },
  {
    id: 'not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'konard@MacBook-Pro-Konstantin ~ % docker pull konard/hive-mind:latest',
      'Error response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found'
    ),
    source: 'link-assistant/hive-mind#962',
    expected: 'not-a-login-failure',
    case: 'platform'
  },
  {
    id: 'not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'docker pull ivangabriele/dockfish',
      'Using default tag: latest',
      'Error response from daemon: manifest for ivangabriele/dockfish:latest not found: manifest unknown: manifest unknown'
    ),
    source: 'ivangabriele/dockfish#13',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'no `latest` tag'
  },
  {
    id: 'not-login-09',
    family: 'not-login',
    host: 'ghcr.io',
    text: lines(
      'PS C:\\Users\\maste> docker pull ghcr.io/devcontainers/color:latest',
      'Error response from daemon: manifest unknown'
    ),
    source: 'devcontainers/template-starter#50',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown'
  },
  {
    id: 'not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'PS C:\\Windows\\system32> docker login',
      'Authenticating with existing credentials...',
      'Login did not succeed, error: Error response from daemon: Get https://registry-1.docker.io/v2/: Proxy Authorization Required'
    ),
    source: 'docker/for-win#5291',
    expected: 'proxy-authentication-required'
  },
  {
    id: 'not-login-11',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/: authenticationrequired',
    source: 'docker/hub-feedback#1899',
    expected: 'proxy-authentication-required',
    note: 'a proxy configuration hidden in the system answered; the reporter had checked the credentials'
  },
  {
    id: 'not-login-12',
    family: 'not-login',
    host: 'gitlab.linphone.org:4567',
    text: 'Login did not succeed, error: Error response from daemon: Get "https://gitlab.linphone.org:4567/v2/": x509: certificate has expired or is not yet valid: current time 2023-02-15T12:56:35Z is after 2023-02-12T23:59:59Z',
    source: 'BelledonneCommunications/linphone-sdk#280',
    expected: 'registry-unreachable',
    case: 'tls-expired'
  },
  {
    id: 'not-login-13',
    family: 'not-login',
    host: 'our.company.registry:5000',
    text: 'Error response from daemon: Get https://our.company.registry:5000/v2/: x509: certificate is not valid for any names, but wanted to match our.company.registry',
    source: 'docker/for-linux#248',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch'
  },
  {
    id: 'not-login-14',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'Run docker/login-action@v1',
      '  with:',
      '    username: ***',
      '    password: ***',
      '    logout: true',
      'Logging into Docker Hub...',
      'Error: Unable to locate executable file: docker. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.'
    ),
    source: 'docker/login-action#93',
    expected: 'docker-cli-missing',
    note: 'macOS runner without docker'
  },
  {
    id: 'not-login-15',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/rust/manifests/sha256:de6e081a4e9c10e70731071cec6f629892da1bbaa24b478a96bdc59060674117: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'ScribeMD/docker-cache#829',
    expected: 'rate-limited'
  },
  {
    id: 'not-login-16',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: 'Error: buildx failed with: ERROR: failed to solve: failed to compute cache key: failed to copy: httpReadSeeker: failed open: unexpected status code https://mcr.microsoft.com/v2/dotnet/aspnet/blobs/sha256:d3b756117bfc66a1c14dcc282f851891ef89aae8f856f4104f5eead552a718f1: 429 Too Many Requests',
    source: 'microsoft/containerregistry#140',
    expected: 'rate-limited'
  },
  {
    id: 'not-login-17',
    family: 'not-login',
    host: 'ouracr.azurecr.io',
    text: lines(
      'Step 1/11 : FROM ouracr.azurecr.io/dotnet/sdk:6.0 AS installer-env',
      "toomanyrequests: too many requests to source registry for cache rule 'dotnet-sdk'."
    ),
    source: 'Azure/acr#754',
    expected: 'rate-limited',
    case: 'proxy',
    note: "an ACR cache rule (pull-through) throttled by its upstream; the line's trailing CorrelationId was trimmed"
  }
]

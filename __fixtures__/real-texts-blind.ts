/**
 * A fifth held-out corpus of real registry error texts ("the blind set"),
 * collected independently of the wording rules: the collector did not read
 * the rule tables, the rule tests or docs/registries.md, and never ran
 * `explain`/`judgeText` on these texts. No source here is a source of an
 * earlier corpus (real-texts.ts, -fresh, -unseen, -sealed), and no text is
 * (near-)identical to one of theirs. Method, queries and sources:
 * docs/real-texts.md, "The blind set".
 *
 * Texts are copied as posted (surrounding log lines trimmed; notes say where
 * more was done). Labels use only the taxonomy of src/diagnosis.ts and the
 * README's Diagnoses table; a note starting "needs the thread:" marks a label
 * the text alone does not support. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_BLIND: readonly RealText[] = [
  // ---------------------------------------------------------------- ghcr
  {
    id: 'blind-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: failed to perform "Push" on destination: POST "https://ghcr.io/v2/luzilla/charts/dnsbl-exporter/blobs/uploads/": response status code 403: denied: permission_denied: write_package',
    source: 'Luzilla/dnsbl_exporter#313',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "helm push from a workflow whose job already had `packages: write`; the reporter's fix was a setting on the GHCR package itself (its Actions access)"
  },
  {
    id: 'blind-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: failed to perform "FetchReference" on source: GET "https://ghcr.io/v2/dragonflydb/dragonfly-operator/helm/manifests/v1.2.1": GET "https://ghcr.io/token?scope=repository%3Adragonflydb%2Fdragonfly-operator%2Fhelm%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
    source: 'dragonflydb/dragonfly-operator#383',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: an anonymous `helm show chart`; the answer was that the chart path lacked its last segment (`.../helm/dragonfly-operator`), so the name did not exist'
  },
  {
    id: 'blind-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: INSTALLATION FAILED: GET "https://ghcr.io/v2/nginx/charts/nginx-gateway-fabric/tags/list": GET "https://ghcr.io/token?scope=repository%3Anginx%2Fcharts%2Fnginx-gateway-fabric%3Apull&service=ghcr.io": response status code 403: denied: denied',
    source: 'nginx/nginx-gateway-fabric#4282',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    note: 'needs the thread: an install of a chart documented as public; GHCR answering `denied: denied` to a public pull is typical of a stale stored ghcr.io login (inference: the resolution of the thread was not visible to the collector, so the other readings stay acceptable)'
  },
  {
    id: 'blind-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '403: permission_denied: installation not allowed to Write organization package',
    source: 'SlyBase/helm-charts#595',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unsupported-credential-kind'],
    case: 'github-token',
    note: 'a GitHub App installation token pushing an OCI chart to an organization package; the fix was to push with GITHUB_TOKEN instead (the PR cites GitHub discussions saying App tokens cannot write org packages)'
  },
  {
    id: 'blind-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/doxygen/doxygen/manifests/latest": denied: denied',
    source: 'https://qiita.com/aKuad/items/8885da126d829470f42b',
    expected: 'stale-login',
    note: 'a blog post (Japanese): a pull of a public image failed because an expired personal access token was still stored for ghcr.io; `docker logout ghcr.io` fixed it'
  },
  // ---------------------------------------------------------------- gitlab
  {
    id: 'blind-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'error logging into "registry.gitlab.com": invalid username/password',
    source: 'podman-container-tools/podman#3884',
    expected: 'invalid-credentials',
    note: '`podman login registry.gitlab.com` with random credentials (the reporter says so); podman prints no server text'
  },
  {
    id: 'blind-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'WARNING: Failed to pull image with policy "always": Error response from daemon: Head "<REMOVED>/manifests/latest": unauthorized: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password. See',
    source:
      'https://forum.gitlab.com/t/gitlab-runner-cannot-authenticate-2fa/104507',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: host masked by the poster (`<REMOVED>`), GitLab.com SaaS so registry.gitlab.com stands in; the line ends at "See" as posted. The answer (accepted by the reporter) was a token in the pipeline variables that had hit its forced one-year expiry'
  },
  {
    id: 'blind-gitlab-03',
    family: 'gitlab',
    host: 'gitregistry.knut.univention.de',
    text: 'error checking push permissions … checking push permission for “gitregistry.knut.univention.de/univention/components/ucsschool-kelvin-rest-api:branch-dtroeder-21-kelvin-add-support-for-head-schools-school-name” UNAUTHORIZED: authentication required',
    source: 'https://pmhahn.github.io/gitlab-105-beware-global-variables',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a blog post quoting its kaniko job (the ellipsis and curly quotes are the post's). An included CI fragment overwrote CI_REGISTRY, so the kaniko auth file held credentials for another registry host than the one pushed to"
  },
  // ---------------------------------------------------------------- quay
  {
    id: 'blind-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'The push refers to a repository [quay.io/external_storage/local-volume-provisioner]',
      'unauthorized: access to the requested resource is not authorized'
    ),
    source: 'kubernetes-retired/external-storage#907',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "`make push` pushed to the project's official quay.io organisation; the maintainer's answer: push to a namespace you have write access to"
  },
  // ---------------------------------------------------------------- harbor
  {
    id: 'blind-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: xxxx/lnmp-nginx, action: push: unauthorized to access repository: xxxx/lnmp-nginx, action: push',
    source: 'yanzhangshuai/lightweight-deploy-blogs#1',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: 'host not given (placeholder); the title says login works but push is refused. Harbor words a missing project the same way, hence repository-not-found too'
  },
  {
    id: 'blind-harbor-02',
    family: 'harbor',
    host: 'registry.elpenguino.net',
    text: 'Error: Looks like "https://registry.elpenguino.net/chartrepo/retort" is not a valid chart repository or cannot be reached: Failed to fetch https://registry.elpenguino.net/chartrepo/retort/index.yaml : 401 Unauthorized',
    source: 'goharbor/harbor#9726',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: `helm repo add` with a Harbor 1.9 robot account that had chart push/pull access; INFERENCE: robot accounts were not accepted by the chartrepo API of that release'
  },
  // ---------------------------------------------------------------- gar
  {
    id: 'blind-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "Error: Error publishing image: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'google/kf#484',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'credential-helper',
    note: 'needs the thread: `kf push` publishing to gcr.io; the PR fixes it by adding `gcloud auth configure-docker` to the install steps, so docker had no credential for gcr.io'
  },
  // ---------------------------------------------------------------- acr
  {
    id: 'blind-acr-01',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: lines(
      "Could not connect to the registry login server 'myacr.azurecr.io'. Please verify that the registry exists and the URL 'https://myacr.azurecr.io/v2/' is reachable from your environment.",
      "Try running 'az acr check-health -n myacr --yes' to diagnose this issue."
    ),
    source: 'Azure/acr#659',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'az acr login; its health check adds CONNECTIVITY_CHALLENGE_ERROR (the registry did not issue a challenge). The maintainers asked for a support ticket; INFERENCE: something between the runner and the registry (network rules, a proxy) answers /v2/'
  },
  {
    id: 'blind-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Head "https://<container-registry-name>.azurecr.io/v2/<repository>/manifests/<tag>": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source:
      'https://zcusa.951200.xyz/en-us/troubleshoot/azure/azure-container-registry/authentication-required',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "Microsoft's troubleshooting page (a mirror of learn.microsoft.com) quoting what users see on a pull; its two causes are not authenticated, and no pull permission. Placeholders are the page's; host is a placeholder"
  },
  // ---------------------------------------------------------------- generic
  {
    id: 'blind-generic-01',
    family: 'generic',
    host: 'image-registry.openshift-image-registry.svc:5000',
    text: 'time="2022-06-21T10:10:44Z" level=fatal msg="writing blob: initiating layer upload to /v2/tektonpoc-dev/front-end/blobs/uploads/ in image-registry.openshift-image-registry.svc:5000: unauthorized: authentication required"',
    source: 'opendevstack/ods-pipeline#567',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: skopeo copying between two namespaces of the OpenShift internal registry in a Tekton task; INFERENCE: the pipeline service account had no push right on the target namespace (the reporter could not see which token skopeo used)'
  },
  {
    id: 'blind-generic-02',
    family: 'generic',
    host: 'zhensi-docker.pkg.coding.net',
    text: lines(
      "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.3.1:build (default-cli) on project demo-app: Build image failed, perhaps you should make sure your credentials for 'zhensi-docker.pkg.coding.net/core/core/demo-app' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help: Unauthorized for zhensi-docker.pkg.coding.net/core/core/demo-app: 401 Unauthorized",
      '[ERROR] GET https://auth.pkg.coding.net/artifacts-auth/docker/jwt?host=zhensi-docker.pkg.coding.net?service%3Ddocker&scope=repository:core/core/demo-app:pull,push',
      '[ERROR] {"errors":[{"code":"UNAUTHORIZED","message":"Invalid credential. 请确认输入了正确的用户名和密码。\\n"}]}'
    ),
    source: 'GoogleContainerTools/jib#3955',
    expected: 'invalid-credentials',
    note: 'jib against the coding.net registry; the reporter posted this as the answer when the password is wrong'
  },
  {
    id: 'blind-generic-03',
    family: 'generic',
    host: 'my-registry.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "my-registry.io/org/team/project": POST https://my-registry.io/v2/org/team/project/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:org/team/project Type:repository] map[Action:push Class: Name:org/team/project Type:repository]]',
    source: 'GoogleContainerTools/kaniko#1325',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: kaniko with a config.json made by `docker login` (host anonymised by the reporter); docker pushes with it, kaniko does not. INFERENCE: kaniko sent no usable credential for that host'
  },
  // ---------------------------------------------------------------- docker-hub
  {
    id: 'blind-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Warning Failed 14m (x4 over 15m) kubelet',
      'Failed to pull image "docker.io/armory/echo:2.26.10":',
      'rpc error: code = Unknown desc = Error response from daemon:',
      'toomanyrequests: You have reached your pull rate limit. You may',
      'increase the limit by authenticating and upgrading:',
      'https://www.docker.com/increase-rate-limit'
    ),
    source:
      'https://developer.harness.io/kb/armory/general/resolve-cluster-wide-dockerhub-rate-limit-warning',
    expected: 'rate-limited',
    note: 'a vendor knowledge-base article quoting the kubelet event its users saw (wrapped as on the page)'
  },
  {
    id: 'blind-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: unable to pull docker://docker.io/library/alpine:latest: unable to pull image: Error determining manifest MIME type for docker://alpine:latest: unable to retrieve auth token: invalid username/password',
    source: 'podman-container-tools/podman#3739',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    case: 'config-file',
    note: 'from the troubleshooting entry this PR adds: a public pull broken by stored credentials whose password changed since; the fix is `podman logout`'
  },
  {
    id: 'blind-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Error type: 401',
      'Error Message: Require secondary authentication on MFA enabled account'
    ),
    source: 'microsoft/vscode-docker#1591',
    expected: 'password-with-2fa',
    note: 'the VS Code Docker extension logging in to Docker Hub with a password on an account with 2FA; the answer was a personal access token'
  },
  {
    id: 'blind-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '(node:1) UnhandledPromiseRejectionWarning: Error: {"detail":"access to the resource is forbidden with personal access token"}',
    source: 'SISheogorath/readme-to-dockerhub#95',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['insufficient-scope'],
    note: 'a tool updating a Docker Hub README through the Hub API with a personal access token; that API refused PATs (the detail says so)'
  },
  // ---------------------------------------------------------------- not-login
  {
    id: 'blind-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'FATA[0001] initializing source docker://tagless:test: reading manifest test in docker.io/library/tagless: requested access to the resource is denied',
    source: 'podman-container-tools/skopeo#1929',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'skopeo asked for a locally built image with the docker:// transport, so it looked on Docker Hub; the fix was the docker-daemon: transport'
  },
  {
    id: 'blind-not-login-02',
    family: 'not-login',
    host: 'registry.my.com:31231',
    text: 'Error: error authenticating creds for "registry.my.com:31231": pinging docker registry returned: Get https://registry.my.com:31231/v2/: http: server gave HTTP response to HTTPS client',
    source: 'podman-container-tools/podman#8051',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'podman login to a plain-HTTP registry; the answer was `--tls-verify=false` — the credentials were never tried'
  },
  {
    id: 'blind-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'Trying to pull docker.io/pi-hole/pi-hole...',
      '  denied: requested access to the resource is denied'
    ),
    source: 'podman-container-tools/podman#5405',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'a comment in the thread: `podman login docker.io` reported valid credentials; INFERENCE: the image is published as pihole/pihole, so docker.io/pi-hole/pi-hole does not exist'
  },
  {
    id: 'blind-not-login-04',
    family: 'not-login',
    host: 'registry.opensuse.org',
    text: '[ERROR ImagePull]: failed to pull image registry.opensuse.org/devel/kubic/containers/container/kubic/hyperkube:v1.13.2: output: time="2019-01-22T16:17:42Z" level=fatal msg="pulling image failed: rpc error: code = Unknown desc = Error reading manifest v1.13.2 in registry.opensuse.org/devel/kubic/containers/container/kubic/hyperkube: manifest unknown"',
    source: 'kubic-project/kubic-init#178',
    expected: 'not-a-login-failure',
    note: 'kubeadm (CRI-O) pulling a tag that was published without its `v`'
  },
  {
    id: 'blind-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for grafana/tanka:v0.5.0 not found: manifest unknown: manifest unknown',
    source: 'grafana/tanka#89',
    expected: 'not-a-login-failure',
    note: "the release notes named a tag with `v`; CI had pushed it without (the maintainers' answer)"
  }
]

/**
 * An eleventh development set of real registry error texts ("dev11"),
 * collected on 2026-11-29 to be measured once, as it is, before any rule is
 * written on it, and then used for development (docs/real-texts.md, "The
 * eleventh development set"). Sources are GitHub issues and pull requests
 * found with the search tool's `issues` corpus; none is a source of an
 * earlier set (the list of the 989 earlier sources was checked before each
 * pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts) compares
 * every text with every earlier set, the sealed and blind ones included,
 * without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support; "INFERENCE" marks a label the thread does not confirm.
 * Where the post masked or left out the registry host, `host` is a
 * placeholder of the same family (noted). This set leans on registries'
 * own server-side logs (Harbor core and jobservice, a self-managed GitLab
 * registry, Quay's nginx, registry:2 behind a token service, docker_auth)
 * and on tools that hold their own registry client (Packer, Terraform's
 * docker provider, Nomad, rules_oci, oras, crane,
 * oc adm release mirror, helm push, doctl, docker-compose v1).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV11: readonly RealText[] = [
  {
    id: 'dev11-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: ghcr.io/stanford-crfm/levanter-base:latest: failed to resolve source metadata for ghcr.io/stanford-crfm/levanter-base:latest: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Astanford-crfm%2Flevanter-base%3Apull&service=ghcr.io: 401 Unauthorized',
    source: 'marin-community/levanter#693',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a review comment on a PR (2024) that moved a Dockerfile base image to ghcr.io/stanford-crfm/levanter-base; a reviewer building on a shared TPU instance got this from BuildKit, which asked GHCR for an anonymous token (it sent no credential). The author answered "try now" the next day: INFERENCE that the new package was private and was made public (or its access opened); the wording alone cannot tell a private package from a missing one'
  },
  {
    id: 'dev11-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/riverqueue/riverui/manifests/latest": denied: denied',
    source: 'riverqueue/riverui#182',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: `docker pull` of a public image (2024); the maintainer could pull it; the reporter then found they had expired ghcr.io credentials stored that docker sent with the pull, and removing them (the Stack Overflow answer on `docker logout ghcr.io`) fixed it'
  },
  {
    id: 'dev11-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Pulling proxy (ghcr.io/juliushaertl/nextcloud-dev-nginx:latest)...',
      'ERROR: Head "https://ghcr.io/v2/juliushaertl/nextcloud-dev-nginx/manifests/latest": denied: denied'
    ),
    source: 'juliusknorr/nextcloud-docker-dev#158',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'repository-not-found'],
    note: 'needs the thread: docker-compose v1 (Python) pulling a public image (2023); the maintainer could not reproduce and pointed at removing stored GHCR credentials (`docker logout ghcr`); the reporter\'s reply ("It see\u2026") is cut off in the stored copy. INFERENCE: no confirmed fix. The compose `WARNING: The PRIMARY variable is not set` line before it is left out'
  },
  {
    id: 'dev11-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'n\u00e5r bruker kommando docker-compose up: Head "https://ghcr.io/v2/vortexntnu/vortex-auv/manifests/development": unauthorized',
    source: 'vortexntnu/vortex-auv#357',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'stale-login'],
    note: 'needs the thread: quoted in Norwegian from a team member ("when using the command docker-compose up: \u2026", 2023); a maintainer suspected a cached expired token, and the issue was closed after the packages were made public ("the pkg is now public. There shouldn\'t be any authorization issues"). A private package pulled without a login that may read it'
  },
  {
    id: 'dev11-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitpodbread.com',
    text: lines(
      '2022-03-14_13:46:49.89923 time="2022-03-14T08:46:49.899-05:00" level=warning msg="error authorizing context: authorization token required" correlation_id=01FY4AWY4WN1XVK62G2ME885SD go_version=go1.17.6 root_repo=workspace-images vars_name=workspace-images vars_reference=68f415049cf6f3028c3427028d3699e5cc2ab3a915c4ddc623c4ec5d3e21369d',
      '2022-03-14_13:46:49.89940 {"content_type":"application/json","correlation_id":"01FY4AWY4WN1XVK62G2ME885SD","duration_ms":14,"host":"registry.gitpodbread.com","level":"info","method":"HEAD","msg":"access","proto":"HTTP/1.1","referrer":"","remote_addr":"127.0.0.1:44830","remote_ip":"0.0.0.0","status":401,"system":"http","time":"2022-03-14T08:46:49.899-05:00","ttfb_ms":14,"uri":"/v2/workspace-images/manifests/68f415049cf6f3028c3427028d3699e5cc2ab3a915c4ddc623c4ec5d3e21369d","user_agent":"containerd/1.5.5+unknown","written_bytes":159}'
    ),
    source: 'gitpod-io/gitpod#8795',
    expected: 'missing-credentials',
    note: "the self-managed GitLab container registry's own log (2022) while a self-hosted Gitpod's containerd pulled a workspace image: `authorization token required` and a 401 for a HEAD that carried no token, i.e. containerd sent no credential for that registry. Two of the posted log lines (the blank line between them dropped). INFERENCE: the issue is open; no confirmed fix in the stored copy"
  },
  {
    id: 'dev11-quay-01',
    family: 'quay',
    host: 'quay.example.com',
    text: 'nginx stdout | 10.117.8.255 () - mirror_test+mirror_test_robot [14/Jul/2021:12:23:47 +0000] "GET /v2/auth?account=mirror_test%2Bmirror_test_robot&scope=repository%3Amirror_test%2Falpine%2Falpine%3Apull%2Cpush&service=MY.REGISTRY.COM HTTP/1.1" 400 133 "-" "skopeo/1.3.1" (0.009 422 0.009)',
    source: 'podman-container-tools/skopeo#1180',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a self-hosted Quay's own nginx log from `skopeo sync` with a robot account (posted by the reporter, quoted by the maintainer, 2021): the token request answers 400 because the scope names a three-level repository `mirror_test/alpine/alpine`, which Quay does not support; the destination argument of `skopeo sync` was given wrongly (it appends the source name), a maintainer explained, so the fix is the command line, not the credential. Host masked as MY.REGISTRY.COM in the post: placeholder"
  },
  {
    id: 'dev11-quay-02',
    family: 'quay',
    host: 'quay-proxy.ci.openshift.org',
    text: 'Failed to pull image quay-proxy.ci.openshift.org/openshift/ci:ci_git-sync_v4.3.0: unable to retrieve auth token: invalid username/password: authentication required',
    source: 'openshift/release#73377',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: kubelet in OpenShift CI (2026, quoted in the PR description): the init containers of ci-images-mirror pull from the quay-proxy host; the fix added quay-proxy.ci.openshift.org credentials to the pod's pull secret, which had none for that host. The wording (containers/image) reads like a wrong password"
  },
  {
    id: 'dev11-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'error: unable to retrieve source image quay.io/openshift-release-dev/ocp-v4.0-art-dev manifest sha256:599585dafdbaf5a108dcd3b1c0ae9f688fe1cf96db49d08234f53d6a88868188: unauthorized: access to the requested resource is not authorized',
    source: 'ocp-power-automation/openshift-install-power#215',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `oc adm release mirror` run by an Ansible task (the stderr is a JSON string with `\\n` separators; one complete item of its error list is kept) while mirroring an OpenShift release from quay.io/openshift-release-dev to a local registry: Quay refuses the release images to a pull secret that does not hold a valid quay.io entry. INFERENCE: the stored copy shows no fix; the usual cause is a missing or wrong pull secret'
  },
  {
    id: 'dev11-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2020-06-10T08:59:14Z [ERROR] [/replication/operation/controller.go:108]: the execution 60809 failed: failed to do the prepare work for pushing/uploading resources: http error: code 403, message {"code":403,"message":"Only system admin can create project"}',
    source: 'goharbor/harbor#9412',
    expected: 'insufficient-scope',
    case: 'registry-role',
    note: "Harbor's own jobservice/core log (2020): a replication from one Harbor to another whose endpoint credential is a robot account; the target project had to be created, and a robot (or non-admin) account may not create projects. A comment in a feature request; the maintainers answered that robot accounts cannot be used for replication. Host not in the post: placeholder"
  },
  {
    id: 'dev11-harbor-02',
    family: 'harbor',
    host: '123.abc.com',
    text: 'HTTPS ERROR: Get https://123.abc.com/v1/users/: x509: certificate signed by unknown authority',
    source: 'goharbor/harbor#5300',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: '`docker login` to Harbor 1.5 (2018) whose certificate was bought from a public CA; docker does not trust the chain it is served (a missing intermediate or a private root), not a credential matter; answers pointed at the root CA and `openssl verify`. Host as masked in the post'
  },
  {
    id: 'dev11-harbor-03',
    family: 'harbor',
    host: '192.168.56.103',
    text: 'Error response from daemon: Get https://192.168.56.103/v1/users/: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "JiangCA")',
    source: 'goharbor/harbor#3724',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "`docker login` from a second machine to Harbor (2017): the user generated a new CA (`JiangCA`) on the client and put it under /etc/docker/certs.d instead of copying the CA that signed Harbor's certificate, so verification fails; TLS, not the credential"
  },
  {
    id: 'dev11-harbor-04',
    family: 'harbor',
    host: 'localhost:8080',
    text: '{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: to/alpine, action: push: unauthorized to access repository: to/alpine, action: push"}]}',
    source: 'oras-project/oras#1892',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the response body in `oras copy --debug` output (2025) copying between two projects of one Harbor (`from/alpine` to `to/alpine`) where the user holds a separate credential for each project: oras keeps one credential per registry host, so the source project's credential, which may not push to `to`, was sent. The fix is a credential that may push to the target project (or a tool that takes one per repository)"
  },
  {
    id: 'dev11-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      'Oct 28 14:06:18 192.168.112.1 core[1185]: 2019-10-28T14:06:18Z [ERROR] [/pkg/token/token.go:66]: parse token error, token is expired by 460h28m36s',
      'Oct 28 14:06:18 192.168.112.1 core[1185]: 2019-10-28T14:06:18Z [ERROR] [/core/filter/security.go:196]: failed to decrypt robot token, token is expired by 460h28m36s',
      "Oct 28 14:06:20 192.168.112.1 core[1185]: 2019-10-28T14:06:20Z [ERROR] [/core/filter/security.go:431]: failed to authenticate robot$4004fd50-ea74-11e9-a182-0242c0a85008: Failed to authenticate user, due to error 'Invalid credentials'"
    ),
    source: 'goharbor/harbor#9628',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "Harbor 1.10's core log (2019, a maintainer's report): requests with robot-account tokens that expired weeks earlier (here the scanner's generated robot) are refused; the log says so. The first line (`Unable to handle service:`) is left out. Host not in the post: placeholder"
  },
  {
    id: 'dev11-harbor-06',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      "May 5, 2020 @ 14:15:48.383 2020-05-05T14:15:48Z [ERROR] [/core/filter/security.go:430]: failed to authenticate robot$mrs-build: Failed to authenticate user, due to error 'Not found an entry'",
      'May 5, 2020 @ 14:15:46.862 2020-05-05T14:15:46Z [ERROR] [/pkg/token/token.go:66]: parse token error, crypto/rsa: verification error'
    ),
    source: 'goharbor/harbor#12085',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: Harbor 1.10 core log (2020): robot accounts with far-future expiry are periodically refused (`crypto/rsa: verification error` on their tokens) and replication logins fail at the same time; restarting both registries cleared it, no password had changed. A server-side fault behind a refusal, not the credential. Log shipper timestamps kept as posted; the third, cut line left out. Host not in the post: placeholder'
  },
  {
    id: 'dev11-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      '==> docker: Running post-processor: docker-push',
      '    docker (docker-push): Logging in...',
      '    docker (docker-push): Error: Cannot perform an interactive login from a non TTY device',
      "Build 'docker' errored: 1 error(s) occurred:"
    ),
    source: 'hashicorp/packer#3843',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials'],
    note: "needs the thread: Packer's docker-push post-processor logging in to ECR (2016): the push works when `login_password` is written inline but fails when it comes from the user variable `aws_ecr_pwd` (default empty), so `docker login` got no password and tried to prompt. Account id masked in the post: placeholder"
  },
  {
    id: 'dev11-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'User: arn:aws:iam::XXX:user/XXX-ecr-push is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:XXX:XXX:repository/XXX because no identity-based policy allows the ecr:BatchGetImage action',
    source: 'bazel-contrib/rules_oci#648',
    expected: 'aws-access-denied',
    alsoAcceptable: ['insufficient-scope'],
    note: "Bazel rules_oci `oci_push` (crane underneath) to ECR on CI (2024): the push user's IAM policy lacks ecr:BatchGetImage, which crane needs to probe the existing manifest (rules_docker did not); maintainers: expected, grant it. An IAM refusal of an ECR API call other than GetAuthorizationToken (dev10 convention). Host masked (XXX): placeholder"
  },
  {
    id: 'dev11-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error parsing HTTP response: unexpected end of JSON input: ""',
    source: 'aws-actions/amazon-ecr-login#14',
    expected: 'aws-access-denied',
    alsoAcceptable: ['insufficient-scope', 'unknown'],
    note: 'needs the thread: a `docker push` to ECR after aws-actions/amazon-ecr-login with the IAM permissions its README suggested (2019): the push also needs ecr:BatchCheckLayerAvailability, whose refusal docker reported as an empty body it could not parse; adding the permission fixed it'
  },
  {
    id: 'dev11-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: '"message":"unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"',
    source: 'hashicorp/nomad#4221',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Nomad 0.7's docker driver pulling from gcr.io (2018) in a Vagrant VM where `docker pull` works after `gcloud auth configure-docker`: the driver does not use docker's gcloud credential helper, so it pulled without a credential (the same with ECR, the reporter says). INFERENCE from the thread's setup; the JSON field name before the message is kept as posted"
  },
  {
    id: 'dev11-gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'artifactregistry.repositories.get' denied on resource '...' (or it may not exist).",
    source: 'google-github-actions/deploy-cloudrun#487',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'deploy-cloudrun in GitHub Actions with Workload Identity (2024): the deploying identity may not read the Artifact Registry repository (or the repository does not exist); the reporter says the permission was granted, and the issue is open. Resource masked as `...` in the post: host placeholder'
  },
  {
    id: 'dev11-gar-03',
    family: 'gar',
    host: 'europe-west1-docker.pkg.dev',
    text: '{"errors":[{"code":"DENIED","message":"Permission \\"artifactregistry.repositories.downloadArtifacts\\" denied on resource ... }"',
    source: 'quarkusio/quarkus#25793',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Quarkus's Jib extension pushing to Artifact Registry from Cloud Build (2022) answered 403 with this body (the reporter elided the resource with `...`, kept as posted): the identity Jib used may not read the repository (Jib checks the base and existing layers); Jib did not pick up Cloud Build's credential as docker does. INFERENCE: no confirmed fix in the stored copy. Region not in the post: placeholder"
  },
  {
    id: 'dev11-acr-01',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: '23:13:22 [DBG] #10 ERROR: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'microsoft/azure-pipelines-tasks#19224',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown', 'token-expired'],
    note: 'needs the thread: an Azure Pipelines AzureCLI task ran `az acr login --name myacr` (Login Succeeded) and then `docker compose build --push` (2023); the BuildKit push of the layers was refused as carrying no credential. INFERENCE: the issue went stale without a fix; the usual cause is a builder that does not read the login docker stored'
  },
  {
    id: 'dev11-acr-02',
    family: 'acr',
    host: 'test.azurecr.io',
    text: 'Failed to pull image "test.azurecr.io/q/p:01": rpc error: code = Unknown desc = Error response from daemon: Get https://test.azurecr.io/v2/q/p/manifests/01: unauthorized: authentication required',
    source: 'MicrosoftDocs/azure-docs#35411',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: AKS 1.14 with a Windows node pool (2019) after granting the cluster's service principal AcrPull as the docs say: the kubelet on the Windows nodes pulled without an ACR credential. INFERENCE: the docs issue closed without a confirmed fix"
  },
  {
    id: 'dev11-generic-01',
    family: 'generic',
    host: 'registry.digitalocean.com',
    text: lines(
      'Logging Docker in to registry.digitalocean.com',
      'Notice: Login valid for 30 days. Use the --expiry-seconds flag to set a shorter expiration or --never-expire for no expiration.',
      'Error: error storing credentials - err: exit status 1, out: `error storing credentials - err: exit status 1, out: `User interaction is not allowed.``'
    ),
    source: 'digitalocean/doctl#1530',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "`doctl registry login` on macOS over ssh/tmux (2024): docker's osxkeychain helper could not write to the locked login keychain; `security unlock-keychain` first fixed it"
  },
  {
    id: 'dev11-generic-02',
    family: 'generic',
    host: 'registry.example.internal:5000',
    text: lines(
      'Trying to pull registry.example.internal:5000/ocp4/openshift4:4.3.29-jenkins...',
      '  unauthorized: authentication required',
      'Error: error pulling image "registry.example.internal:5000/ocp4/openshift4:4.3.29-jenkins": unable to pull registry.example.internal:5000/ocp4/openshift4:4.3.29-jenkins: unable to pull image: Error initializing source docker://registry.example.internal:5000/ocp4/openshift4:4.3.29-jenkins: Error reading manifest 4.3.29-jenkins in registry.example.internal:5000/ocp4/openshift4: unauthorized: authentication required'
    ),
    source: 'liuxiaoyu-git/ocp4-bm-install#6',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'podman pull from a registry:2 mirror with htpasswd (2020, an OpenShift disconnected-install guide): after `podman login` to it the same pull worked'
  },
  {
    id: 'dev11-generic-03',
    family: 'generic',
    host: 'docker-test.company.com',
    text: lines(
      'denied: requested access to the resource is denied',
      '{<user> pull,push repository <repository>} did not match any authz rule'
    ),
    source: 'cesanta/docker_auth#330',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "docker_auth (cesanta) with GitLab OAuth in front of a registry (2021): `docker login` works, pulls and pushes are denied, and the auth server's log says the request matched no ACL rule (the ACL keyed on a GitLab group label). The two lines are quoted in the post's prose (client error, then the auth server log); no fix in the stored copy"
  },
  {
    id: 'dev11-generic-04',
    family: 'generic',
    host: '192.168.1.106:8083',
    text: '\u2502 Error: Unable to read Docker image into resource: unable to pull image 192.168.1.106:8083/repository/docker-nexus/demo-terraform:0.0.1-SNAPSHOT: error pulling image 192.168.1.106:8083/repository/docker-nexus/demo-terraform:0.0.1-SNAPSHOT: Error response from daemon: Head "http://192.168.1.106:8083/v2/repository/docker-nexus/demo-terraform/manifests/0.0.1-SNAPSHOT": unauthorized: access to the requested resource is not authorized',
    source: 'hashicorp/terraform#35370',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the kreuzwerker/docker Terraform provider's `docker_image` pulling from a Nexus 3 docker connector (2024) with no `registry_auth` in the provider; the reporter says a pull on the target host works. Also, on a Nexus connector port the image path does not take `repository/<repo>/`. INFERENCE: closed in the Terraform core repository as the wrong place, no fix shown"
  },
  {
    id: 'dev11-generic-05',
    family: 'generic',
    host: 'registry.example.com',
    text: 'docker_image.my-image: Unable to read Docker image into resource: Unable to pull image my-private-registry/my-image:latest: error pulling image my-private-registry/my-image:latest: Error response from daemon: Get https://my-private-registry/v2/my-image/manifests/latest: unauthorized: BAD_CREDENTIAL',
    source: 'hashicorp/terraform-provider-docker#131',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "the Terraform docker provider (2019) with `registry_auth` blocks for two aliased providers on remote docker hosts; `BAD_CREDENTIAL` is Artifactory's answer to a wrong username or password. A maintainer linked a provider issue about registry_auth, so the credential may not have been the one sent. Host masked (`my-private-registry`): placeholder"
  },
  {
    id: 'dev11-generic-06',
    family: 'generic',
    host: 'hz09:5000',
    text: lines(
      '10.27.228.201 - - [10/Jan/2017:14:47:01 +0800] "POST /v2/lzhtomcat/blobs/uploads/ HTTP/1.0" 401 198 "" "docker/1.12.5 go/go1.6.4 git-commit/7392c3b kernel/3.10.0-327.22.2.el7.x86_64 os/linux arch/amd64 UpstreamClient(Docker-Client/1.12.5 \\\\(linux\\\\))"',
      'time="2017-01-10T14:47:01.32086714+08:00" level=warning msg="error authorizing context: insufficient scope" go.version=go1.5.3 http.request.host="hz09:5000" http.request.id=9ab9c314-b11a-4eca-92a8-7606843254bc http.request.method=POST http.request.remoteaddr="10.27.228.201:49490" http.request.uri="/v2/lzhtomcat/blobs/uploads/" http.request.useragent="docker/1.12.5 go/go1.6.4 git-commit/7392c3b kernel/3.10.0-327.22.2.el7.x86_64 os/linux arch/amd64 UpstreamClient(Docker-Client/1.12.5 \\\\(linux\\\\))" instance.id=1fea0bf7-0ab0-4d3e-9288-5130ec90887b service=registry vars.name=lzhtomcat version=v2.3.0'
    ),
    source: 'Dataman-Cloud/crane#627',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the registry:2 server log behind Dataman Crane's token service (2017): `docker login` succeeded, the push of `lzhtomcat` (a repository with no namespace) got a token without push scope. INFERENCE: no fix in the stored copy; the token service did not grant push on that name"
  },
  {
    id: 'dev11-generic-07',
    family: 'generic',
    host: 'artifactory.example.com',
    text: 'Error: unexpected status from HEAD request to https://ARTIFACTORY_AUTHORITY/v2/MY_HELM_REPO/PATH/TO/LOCATION/test-chart/manifests/0.1.0: 403 Forbidden',
    source: 'helm/community#390',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: `helm push` of a chart to an Artifactory OCI repository (2025): it works after `helm registry login`, and fails like this after `helm registry logout` and a `docker login` to the same host, i.e. helm did not use the login docker stored (helm keeps its own registry config). INFERENCE: no maintainer fix in the stored copy. Host masked (ARTIFACTORY_AUTHORITY): placeholder'
  },
  {
    id: 'dev11-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'docker.errors.DockerException: Credentials store error: StoreError(\'Credentials store docker-credential-osxkeychain exited with "User interaction is not allowed.".\',)',
    source: 'docker/docker-credential-helpers#82',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker-compose (Python) building over ssh on a Mac (2017): the osxkeychain helper may not open the locked keychain in a non-interactive session; unticking "Securely store docker logins in macOS keychain" (or unlocking the keychain) fixed it. Last line of the traceback; `Failed to execute script docker-compose` after it is left out'
  },
  {
    id: 'dev11-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: lines(
      '+ docker push index.docker.io/abhishekf5/ultimate-cicd:9',
      'The push refers to repository [docker.io/abhishekf5/ultimate-cicd]',
      '0c48ee9b3385: Preparing',
      'denied: requested access to the resource is denied'
    ),
    source: 'iam-veeramalla/Jenkins-Zero-To-Hero#21',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "a Jenkins pipeline of a tutorial (2023 comment): the learner put their own Docker Hub credentials in Jenkins but the pipeline still pushes to the tutorial author's namespace `abhishekf5`, which their account may not write; the other Preparing lines are left out"
  },
  {
    id: 'dev11-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '[2022-05-30T19:43:41.951Z] error: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/debian/manifests/sha256:3f1d6c17773a45c97bd8f158d665c9709d7b29ed7917ac934086ad96f92e4510: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'jenkins-infra/helpdesk#2961',
    expected: 'rate-limited',
    note: "ci.jenkins.io building the Jenkins docker images with BuildKit (2022): Docker Hub's pull rate limit for the free-team account"
  },
  {
    id: 'dev11-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'ERROR: Post https://registry-1.docker.io/v2/fabric8/kansible/blobs/uploads/: token auth attempt for registry: https://auth.docker.io/token?account=serviceaccount&scope=repository%3Afabric8%2Fkansible%3Apush%2Cpull&service=registry.docker.io request failed with status: 401 Unauthorized',
    source: 'fabric8io/kubernetes-pipeline#30',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the fabric8 Jenkins pipeline's pushImage step in a Kubernetes pod (2016): the login the pod had was for the account `serviceaccount` (the cluster's service-account docker config, not the Docker Hub secret the maintainer meant to mount), which Docker Hub refused; `docker push` from the CLI worked. INFERENCE: the maintainer was still digging in the stored copy"
  },
  {
    id: 'dev11-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Failed to pull `docker.io/<dockerhub_org>/keycloak:<image tag>`: API error (404): pull access denied for <dockerhub_org>/keycloak, repository does not exist or may require 'docker login'",
    source: 'hashicorp/nomad#5412',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Nomad 0.9.0-beta3's docker driver pulling a private Docker Hub image with the job's `auth` block (2019), which had worked with 0.8: the new version sent no credential, so Docker Hub answered as for a missing repository (labelled a bug). Placeholders as posted"
  },
  {
    id: 'dev11-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: ERROR: Error response from daemon: Head "https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1": unauthorized: incorrect username or password',
    source: 'docker/setup-buildx-action#509',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: docker/setup-buildx-action booting a docker-container builder (2026), which pulls the public moby/buildkit image through the runner's daemon: Docker Hub refused a stored login the daemon sent with the pull, although no login step precedes it in the job shown. INFERENCE: a stale or wrong Docker Hub login in the runner's docker config; the stored copy shows no fix"
  },
  {
    id: 'dev11-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'time="2024-09-18T19:00:50.149245108Z" level=error msg="AuthZRequest for HEAD /_ping returned error: authorization denied by plugin pipelines: "',
    source: 'ros-industrial/industrial_ci#882',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "Bitbucket Pipelines (2024): its docker service runs an authorization plugin that refuses some docker API calls (here BuildKit's ping) after the legacy runtime was retired; no registry and no credential is involved"
  },
  {
    id: 'dev11-not-login-02',
    family: 'not-login',
    host: 'index.docker.io',
    text: 'Error: HEAD https://index.docker.io/v2/library/localhost/manifests/sha256:2df55d034b4546d5cec977fba60c7e47fec044e8e5f19855177ece6eba5e04cd: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'google/go-containerregistry#1717',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: '`crane push /tmp/images-oci/ --index localhost:5003` (2023): crane took the argument `localhost` for the image, which became docker.io/library/localhost, and Docker Hub answers a missing repository with 401; the destination was never asked'
  },
  {
    id: 'dev11-not-login-03',
    family: 'not-login',
    host: 'localhost:8002',
    text: 'Error: trying to reuse blob sha256:50644c29ef5a27c9a40c393a73ece2479de78325cae7d762ef3cdc19bf42dd0a at destination: pinging container registry localhost:8002: invalid status code from registry 404 (Not Found)',
    source: 'ansible/galaxy_collection#184',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "podman push with `--creds` to a private automation hub in CI (2022): nothing at that address answers the registry API (`/v2/` is 404), so the push never reaches a login; the collection's workflow was fixed later. One line of the Ansible task's stderr"
  },
  {
    id: 'dev11-not-login-04',
    family: 'not-login',
    host: 'index.docker.io',
    text: lines(
      '2022/07/04 08:31:37 Copying from registry.gitlab.com/bbbatscale/bbbatscale/bbbatscale:4.6.0 to docker.io/bbbatscale/bbbatscale:4.6.0',
      'Error: failed to copy image: POST https://index.docker.io/v2/bbbatscale/bbbatscale/blobs/uploads/?from=bbbatscale%2Fbbbatscale%2Fbbbatscale&mount=sha256%3Ab85a868b505ffd0342a37e6a3b1c49f7c71878afe569a807e6238ef08252fcb7&origin=REDACTED: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:bbbatscale/bbbatscale Type:repository] map[Action:push Class: Name:bbbatscale/bbbatscale Type:repository] map[Action:pull Class: Name:bbbatscale/bbbatscale/bbbatscale Type:repository]]'
    ),
    source: 'google/go-containerregistry#1404',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'crane copy from GitLab to Docker Hub, working with crane 0.9 and failing with 0.10 in the same pipeline and with the same tokens (2022, labelled a bug): 0.10 tried a cross-repository blob mount naming the source path `bbbatscale/bbbatscale/bbbatscale`, a repository that does not exist on Docker Hub, and asked for a pull scope on it, which Docker Hub refused for the whole request. A client defect, not the credential'
  },
  {
    id: 'dev11-not-login-05',
    family: 'not-login',
    host: 'registry.ng.bluemix.net',
    text: lines(
      'D:\\Project\\LH\\source_code\\crew-safety-service-api>docker login registry.ng.bluemix.net',
      'Username: vikash315@gmail.com',
      'Password:',
      'Error response from daemon: Get https://registry.ng.bluemix.net/v1/users/: x509: certificate signed by unknown authority'
    ),
    source: 'moby/moby#10150',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "Docker Toolbox on Windows 7 logging in to IBM Bluemix's registry (2017, a comment in a long thread): the daemon does not trust the certificate it is served; a maintainer asked whether a proxy sits in between (a TLS-inspecting proxy re-signs with its own CA). TLS, not the credential; the username is an email address as posted, which Bluemix took"
  }
]

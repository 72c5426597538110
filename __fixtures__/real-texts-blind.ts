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
  {
    id: 'blind-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Error: INSTALLATION FAILED: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden',
      'Error response from daemon: Head "https://ghcr.io/v2/akuity/kargo/manifests/v0.1.0-rc.21": denied: denied'
    ),
    source: 'akuity/kargo#778',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: "a project's docs tip (helm install of a public chart, then the `docker pull` that confirms it): docker was configured for ghcr.io with an expired token; the `% docker pull` prompt line between the two errors was dropped"
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
  {
    id: 'blind-gitlab-04',
    family: 'gitlab',
    host: 'foobar.example.net',
    text: lines(
      'Authenticating with credentials from job payload (GitLab Registry)',
      'Pulling docker image foobar.example.net/your/project/image:latest ...',
      'WARNING: Failed to pull image with policy "always": Error response from daemon: pull access denied for foobar.example.net/your/project/image, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied (manager.go:237:0s)'
    ),
    source: 'https://qiita.com/ssc-ksaitou/items/b1a90e10bcfe4d52637a',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'job-token',
    note: "a blog post (Japanese), host anonymised by the poster: a self-managed GitLab (16.1+) job pulling its image from another project's registry with the job token; the other project's Settings → CI/CD → Token Access did not allow this project's CI_JOB_TOKEN"
  },
  {
    id: 'blind-gitlab-05',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'ERROR: Job failed: failed to pull image "registry.gitlab.com/namespace/my-private-project/my-image:latest" with specified policies [always]: Error response from daemon: pull access denied for registry.gitlab.com/namespace/my-private-project/my-image, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied (manager.go:237:0s)',
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/411406',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'job-token',
    note: 'needs the thread: a GitLab issue; a job\'s `image:` from another private project of the same namespace, pulled with the job token, refused while the source project\'s "Allow access to this project with a CI_JOB_TOKEN" setting was on (the reporter calls the toggle inverted)'
  },
  {
    id: 'blind-gitlab-06',
    family: 'gitlab',
    host: 'your.gitlab.address.com:5000',
    text: lines(
      'Using Docker executor with image your.gitlab.address.com:5000/project_a/group/container:1.2.3 ...',
      'Authenticating with credentials from job payload (GitLab Registry)',
      'WARNING: Failed to pull image with policy "always": Error response from daemon: pull access denied for your.gitlab.address.com:5000/project_a/group/container, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied (manager.go:205:0s)'
    ),
    source:
      'https://sam.hooke.me/note/2023/07/gitlab-ci-using-a-private-projects-container-as-an-image/',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'job-token',
    note: "a personal blog (host anonymised by the author): project B's runner pulls an image from private project A's registry with B's job credentials; the author's fix was a DOCKER_AUTH_CONFIG variable with a credential that may read A (the `Pulling docker image` line between was dropped)"
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
  {
    id: 'blind-quay-02',
    family: 'quay',
    host: 'quay-server.example.com',
    text: 'Error: initializing source docker://quay-server.example.com/example_repository/busybox:latest: reading manifest in quay-server.example.com/example_repository/busybox: unauthorized: access to the requested resource is not authorized',
    source:
      'https://docs.redhat.com/ja/documentation/red_hat_quay/3.13/html/manage_red_hat_quay/pushing-pulling-images-robot-account',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "Red Hat Quay's docs (Japanese edition) showing the output users get when a robot account pulls from a repository it has no permission on (`podman pull`); host is the docs' example"
  },
  {
    id: 'blind-quay-03',
    family: 'quay',
    host: 'quay-server.example.com',
    text: lines(
      'Error: logging into "<quay-server.example.com>": invalid username/password',
      '... DEBU[0000] error logging into "quay-server.example.com": unable to retrieve auth token: invalid username/password: unauthorized: Robot accounts have been disabled. Please contact your administrator.'
    ),
    source:
      'https://gitx.xyz/quay/quay-docs/blob/master/modules/disabling-robot-account.adoc',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials'],
    note: "Quay's docs (a mirror of quay/quay-docs): `podman login` with a robot account after an administrator set ROBOTS_DISALLOW; the second line is the same login with --log-level=debug. The robot token is right; the registry no longer takes robot accounts"
  },
  {
    id: 'blind-quay-04',
    family: 'quay',
    host: 'quay.example.com',
    text: 'Error: logging into "quay.example.com": invalid username/password',
    source: 'quay/quay#2155',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the PR that adds ROBOTS_DISALLOW shows `podman login -u milang+test2` (a robot account) refused this way once robots are disabled; only the server log says why'
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
  {
    id: 'blind-harbor-03',
    family: 'harbor',
    host: 'Harbor.test.com',
    text: lines(
      '[root@Harbor harbor]# docker login Harbor.test.com  -u robot$develop -p token',
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error response from daemon: Get https://Harbor.test.com/v2/: unauthorized: authentication required'
    ),
    source: 'goharbor/harbor#13858',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'username',
    note: 'a Harbor robot account (title: 机器人账号无法登录, the robot account cannot log in); `token` stands for the token as posted. INFERENCE: the shell expands `$develop` (also inside the double quotes the reporter tried next), so the username sent is `robot`; single quotes fix it (the answer given in goharbor/harbor#7944, not visible in this thread)'
  },
  {
    id: 'blind-harbor-04',
    family: 'harbor',
    host: 'harbor.at.my.domain',
    text: lines(
      '% echo <token> | docker login --password-stdin -u robot$<name> harbor.at.my.domain',
      'Error response from daemon: Get https://harbor.at.my.domain/v2/: unauthorized: authentication required'
    ),
    source: 'goharbor/harbor#8054',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'username',
    note: 'reported as robot accounts failing under OIDC mode (a core log line blamed the auth mode); the maintainer pointed to the `$` in `robot$` being expanded by the shell and the reporter confirmed ("Yes, that was it!")'
  },
  {
    id: 'blind-harbor-05',
    family: 'harbor',
    host: '10.139.23.226:80',
    text: lines(
      'root@photon-lJUA39j42 [ ~/vic ]# docker push 10.139.23.226:80/heimdall/vmware/powerclicore:latest',
      'The push refers to a repository [10.139.23.226:80/heimdall/vmware/powerclicore]',
      'unauthorized: authentication required'
    ),
    source: 'goharbor/harbor#966',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    case: 'namespace',
    note: 'needs the thread: logged in, the image tagged under `heimdall/vmware/` where only the project `heimdall` exists; Harbor answers a missing project this way (the layer lines between were dropped)'
  },
  {
    id: 'blind-harbor-06',
    family: 'harbor',
    host: '123.126.106.88',
    text: lines(
      'The push refers to repository [123.126.106.88/baseimg]',
      'error parsing HTTP 404 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>404 Not Found</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>404 Not Found</h1></center>\\r\\n<hr><center>nginx/1.14.0</center>\\r\\n</body>\\r\\n</html>\\r\\n"'
    ),
    source: 'goharbor/harbor#11615',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: `docker push 123.126.106.88/baseimg:latest` to Harbor (the reporter suspected a colleague's iptables change); the maintainer's answer: a Harbor push must name a project (`<host>/<project>/baseimg`). The layer lines between were dropped"
  },
  // ---------------------------------------------------------------- ecr
  {
    id: 'blind-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: ',
      'User: arn:aws:sts::xxx is not authorized to perform: ecr:GetAuthorizationToken on resource: *'
    ),
    source: 'aws/aws-cdk#1319',
    expected: 'aws-access-denied',
    note: "an AWS CodeBuild project's role running `aws ecr get-login` in us-east-1; host is a placeholder (account masked). The maintainers: the build role needs the permission added by the user"
  },
  {
    id: 'blind-ecr-02',
    family: 'ecr',
    host: '053722134931.dkr.ecr.us-east-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::053722134931:assumed-role/buildkite-IAMRole-XXX is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
    source: 'buildkite/elastic-ci-stack-for-aws#166',
    expected: 'aws-access-denied',
    note: "Buildkite's Elastic CI Stack agent role with AWS_ECR_LOGIN=true; region not given (us-east-1 in the placeholder host is an assumption)"
  },
  {
    id: 'blind-ecr-03',
    family: 'ecr',
    host: '254865750963.dkr.ecr.us-west-2.amazonaws.com',
    text: "Error response from daemon: pull access denied for 254865750963.dkr.ecr.us-west-2.amazonaws.com/everything2/e2lib, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::254865750963:assumed-role/Docker-Builder-CodeBuild-Role/AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:254865750963:repository/everything2/e2lib because no identity-based policy allows the ecr:BatchGetImage action",
    source: 'everything2/everything2#2562',
    expected: 'insufficient-scope',
    note: 'a CodeBuild role that logged in but may not pull (no ecr:BatchGetImage on the repository); not a push, but the nearest id is a credential without the right on the repository'
  },
  {
    id: 'blind-ecr-04',
    family: 'ecr',
    host: '692230297653.dkr.ecr.us-west-2.amazonaws.com',
    text: 'denied: User: arn:aws:iam::871259748386:root is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:692230297653:repository/celeba-spoof-challenge-871259748386',
    source: 'ZhangYuanhan-AI/CelebASpoofChallengeSubmissionExample#9',
    expected: 'insufficient-scope',
    note: "a challenge participant pushing to the organisers' account (another AWS account than the caller's); the reporter said reinstalling the AWS CLI made it go away. INFERENCE: the repository policy did not (yet) let that account push"
  },
  {
    id: 'blind-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'denied: User: arn:aws:sts::<account>:assumed-role/role-name/role-session-name is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:<region>:<account>:repository/catboost',
    source: 'aws/amazon-sagemaker-examples#1257',
    expected: 'insufficient-scope',
    note: "a SageMaker notebook's execution role pushing a new repository; the maintainers' answer was the role's permissions. Account and region masked by the reporter; host is a placeholder"
  },
  {
    id: 'blind-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-2.amazonaws.com',
    text: lines(
      "name unknown: The repository with name 'service-t' does not exist in the registry with id '***'",
      '',
      'Error: Process completed with exit code 1.'
    ),
    source: 'aws-actions/amazon-ecr-login#166',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    note: 'GitHub Actions with aws-actions/amazon-ecr-login in us-east-2 (account masked, host a placeholder); the reporter was sure the repository existed and the thread has no answer, so the repository may live in another account or region'
  },
  {
    id: 'blind-ecr-07',
    family: 'ecr',
    host: '267023985100.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: lines(
      'err: Error response from daemon: Head "https://***/v2/***/manifests/55": no basic auth credentials',
      "err: Unable to find image '***/***:55' locally",
      'err: docker: Error response from daemon: Head "https://***/v2/***/manifests/55": no basic auth credentials.'
    ),
    source: 'aws/amazon-vpc-cni-k8s#1217',
    expected: 'missing-credentials',
    note: 'needs the thread: a comment; the same `docker run` works on the server by hand but not from a GitHub Actions script (host from the command the commenter ran by hand). INFERENCE: the script logs in with `aws ecr get-login-password` where it runs, while the pull runs over ssh on the server, whose docker has no login for the registry'
  },
  {
    id: 'blind-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: lines(
      'The push refers to repository [***.dkr.ecr.eu-central-1.amazonaws.com/registry]',
      '374b29f6eb29: Preparing',
      'no basic auth credentials'
    ),
    source: 'aws-actions/amazon-ecr-login#431',
    expected: 'missing-credentials',
    alsoAcceptable: ['stale-login'],
    note: 'needs the thread: self-hosted runners (three on one machine), failing on random builds after amazon-ecr-login succeeded (the other layer lines were dropped; account masked, host a placeholder). INFERENCE from the issue it duplicates (aws-actions/amazon-ecr-login#337: "multiple pushes on different actions on the same runner instance"): another job on the same host logged out of the shared docker config'
  },
  {
    id: 'blind-ecr-09',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "Error: failed to create cluster: Error response from daemon: pull access denied for public.ecr.aws/eks-anywhere/cli-tools, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'aws/eks-anywhere#1628',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: "`eksctl anywhere create cluster` pulling a public image; the reporter's fix was a fresh `aws ecr-public get-login-password` login, the maintainer's answer `docker logout` (an old public.ecr.aws login was being sent)"
  },
  {
    id: 'blind-ecr-10',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "pull access denied for public.ecr.aws/bitnami/golang, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'awslabs/amazon-ecr-credential-helper#286',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'credential-store-error'],
    note: 'needs the thread: a `docker pull` of a public gallery image from a machine with the ECR credential helper installed; the only answer asks for the docker config. INFERENCE: a stored or helper-supplied public.ecr.aws credential that has expired is sent with the anonymous pull'
  },
  {
    id: 'blind-ecr-11',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'ERROR: failed to solve: public.ecr.aws/lts/ubuntu:22.04_stable: pulling from host public.ecr.aws failed with status code [manifests 22.04_stable]: 403 Forbidden',
    source:
      'aws-samples/amazon-eks-machine-learning-with-terraform-and-kubeflow#69',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'registry-unreachable'],
    note: 'needs the thread: a build script (buildx) whose FROM is a public ECR image, titled "fails due to AWS login failure". INFERENCE: public.ecr.aws answers 403 when a stored public.ecr.aws login is expired; the resolution is not visible'
  },
  {
    id: 'blind-ecr-12',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'time="2020-03-25T06:25:34Z" level=fatal msg="build failed: building [xxx.dkr.ecr.eu-central-1.amazonaws.com/xx/xx/api-gateway]: getting image: GET https://xxx.dkr.ecr.eu-central-1.amazonaws.com/v2/xx/xx/api-gateway/manifests/0.0.0-SNAPSHOT-PR-10-10: unsupported status code 401; body: Not Authorized\\n"',
    source: 'GoogleContainerTools/skaffold#3868',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: skaffold with an in-cluster kaniko build (the push itself worked), failing when skaffold reads the pushed image back; account masked, host a placeholder. INFERENCE (as in GoogleContainerTools/skaffold#1719, which it cites): the machine running skaffold had no ECR credential, only the kaniko pod did'
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
  {
    id: 'blind-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "denied: Token exchange failed for project 'devopsdemo'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'spinnaker/spinnaker#3840',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'credential-helper',
    note: "needs the thread: a codelab's setup script pushing to gcr.io; the reporter's fix was `gcloud auth configure-docker -q` before the push (docker had no gcloud credential for gcr.io)"
  },
  {
    id: 'blind-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "error pushing image: failed to push to destination gcr.io/project-id/test:0.0.0-SNAPSHOT-PR-2-3: DENIED: Token exchange failed for project 'project-id'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'jenkins-x/jx#4956',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-mismatch', 'missing-credentials'],
    note: 'needs the thread: Jenkins X (Tekton + kaniko) on GKE; the thread ends without an answer (closed as rotten). INFERENCE: the kaniko service account may not read the storage bucket behind gcr.io; the install was made with `--docker-registry eu.gcr.io` while the push goes to gcr.io, hence registry-mismatch too'
  },
  {
    id: 'blind-gar-04',
    family: 'gar',
    host: 'eu.gcr.io',
    text: "denied: Token exchange failed for project 'gardener-project'. Caller does not have permission or the resource may not exist 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'gardener/ops-toolbelt#175',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a release job pushing to eu.gcr.io/gardener-project; the PR fixes it by no longer pushing there (its release note). INFERENCE: that Container Registry location was retired (the GCR shutdown), so the target no longer exists'
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
  {
    id: 'blind-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'ERROR: Error: authentication required. Correlation ID: 753e02ea-9dd7-400e-878c-2647a66e5006.',
    source: 'Azure/azure-cli#9010',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    case: 'registry-role',
    note: "needs the thread: `az acr helm push` from Azure DevOps after `az login --service-principal`; the principal has AcrPush and `az acr helm show` works. The maintainers' workaround was to assign a further role (a service-side change); registry name is a pipeline variable, host a placeholder"
  },
  {
    id: 'blind-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'failed to login, ran out of retries: failed to set docker credentials: Error: Cannot perform an interactive login from a non TTY device',
    source: 'Azure/acr-builder#613',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'registry-role',
    note: "needs the thread: ACR Tasks (acr-builder) logging in with an identity that has no permission on the registry; the issue explains the token exchange's refusal is not checked, so docker login gets an empty password. Host a placeholder"
  },
  {
    id: 'blind-acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error: internalError: "HTTP request to https://myregistry.azurecr.io/v2/big/manifests/latest failed with response: 401 Unauthorized. Reason: Access denied or wrong credentials. No credentials found for host myregistry.azurecr.io"',
    source: 'apple/container#183',
    expected: 'missing-credentials',
    note: "Apple's `container image pull` from ACR with no stored login, quoted by a maintainer to show the new message"
  },
  {
    id: 'blind-acr-06',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: 'No push access to specified image repository',
    source: 'GoogleContainerTools/skaffold#5601',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: skaffold 1.21 pushing to ACR, fine with 1.20 and with `docker push`; labelled a regression (skaffold's own push-access check), not the credential. Registry name not given; host a placeholder"
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
  {
    id: 'blind-generic-04',
    family: 'generic',
    host: 'registry.example.net',
    text: 'ERR actions.push._push | failed: failed to solve: unexpected status: 401 Unauthorized',
    source: 'dagger/dagger#1445',
    expected: 'missing-credentials',
    note: "dagger (Europa) with `auth` given only on docker.#Push; the issue explains the registry login is per session and was taken from the pull, so the push went without a credential (the example's host)"
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
  {
    id: 'blind-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'E  HEAD https://index.docker.io/v2/craciunoiuc/test-nginx-3/manifests/latest: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'unikraft/kraftkit#1714',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: '`kraft pkg push` to Docker Hub after `docker login`; the maintainer: kraft did not read the login data docker stored, workaround `kraft login`'
  },
  {
    id: 'blind-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker: Error response from daemon: unknown: error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "docker.io/pditommaso/cowsay-demo:d9abbf0c47e19d5d8c56bac3bbe8e6cf": POST https://index.docker.io/v2/pditommaso/cowsay-demo/blobs/uploads/: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:pditommaso/cowsay-demo Type:repository] map[Action:push Class: Name:pditommaso/cowsay-demo Type:repository]].',
    source: 'seqeralabs/wave#134',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Wave's build service (a kaniko-style builder) pushing a user's image to Docker Hub, relayed by the wave registry proxy; INFERENCE: the builder had no Docker Hub credential for the user's namespace (the fix is not visible)"
  },
  {
    id: 'blind-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'GET https://index.docker.io/v2/<org-name>/foundation-inference-llmtuner-001-development/manifests/sha256:a7d92bc294e2fe8ec6eae13e613ed95fa2812ccafd3b888c162798db46641c90: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:<org-name>/foundation-inference-llmtuner-001-development Type:repository]]',
    source: 'enix/kube-image-keeper#276',
    expected: 'missing-credentials',
    note: "the `error` field of kube-image-keeper's cache-manager log: caching a private Docker Hub image the pod itself pulls with imagePullSecrets; INFERENCE: the cache manager did not use the pod's pull secret"
  },
  {
    id: 'blind-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'FATA[0007] failed to build: build failed: building [emailservice]: build artifact: denied: requested access to the resource is denied',
    source: 'GoogleCloudPlatform/microservices-demo#290',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'namespace',
    note: 'needs the thread: `skaffold run` against a local kind cluster; skaffold pushed `emailservice` (docker.io/library/emailservice), a namespace nobody may push to. INFERENCE: for kind the images should be loaded into the cluster, not pushed'
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

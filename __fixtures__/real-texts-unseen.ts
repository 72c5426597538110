/**
 * A third held-out corpus of real registry error texts ("the unseen set"),
 * collected independently of the wording rules: the collector did not read
 * the rule tables, the rule tests or docs/registries.md, and never ran
 * `explain`/`judgeText` on these texts. No source here is a source of
 * __fixtures__/real-texts.ts or __fixtures__/real-texts-fresh.ts, and no text
 * is (near-)identical to one of theirs. Method, queries and sources:
 * docs/real-texts.md, "The unseen set".
 *
 * Texts are copied as posted (surrounding log lines trimmed; notes say where
 * more was done). Labels use only the taxonomy of src/diagnosis.ts and the
 * README's Diagnoses table; a note starting "needs the thread:" marks a label
 * the text alone does not support. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_UNSEEN: readonly RealText[] = [
  // ---------------------------------------------------------------- ghcr
  {
    id: 'unseen-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: writing blob: Requesting bearer token: invalid status code from registry 403 (Forbidden)',
    source: 'ansible-community/images#87',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: podman push after a successful podman login; the reporter found the GitHub token had expired on the day of the release'
  },
  {
    id: 'unseen-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to put manifest ghcr.io/apache/arrow-nanoarrow:ubuntu: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'apache/arrow-nanoarrow#225',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the workflow pushed without a login step (the maintainer's own diagnosis); the wording alone reads as a bad token"
  },
  {
    id: 'unseen-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: GET "https://ghcr.io/v2/securecodebox/helm/operator/tags/list": GET "https://ghcr.io/token?scope=repository%3Asecurecodebox%2Fhelm%2Foperator%3Apull&service=ghcr.io": unexpected status code 403: denied: denied',
    source: 'secureCodeBox/secureCodeBox#2574',
    expected: 'stale-login',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: helm install of a public OCI chart; a maintainer later found the chart pulls without login and the 403 came from outdated stored credentials'
  },
  {
    id: 'unseen-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/runatlantis/testing-env:2025.03.04: unexpected status from POST request to https://ghcr.io/v2/runatlantis/testing-env/blobs/uploads/: 403 Forbidden',
    source: 'runatlantis/atlantis#5377',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "fixed by adding `packages: write` to the workflow's permissions"
  },
  {
    id: 'unseen-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Akube-logging%2Fhelm-charts%2Flogging-operator%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'kube-logging/logging-operator#1522',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: helm install of a public chart; the anonymous token request also asks for the scope repository:user/image (inference: a placeholder image reference in the chart's values), which GHCR refuses; no credential was involved. Label is an inference, the thread's excerpt ends before a fix"
  },
  {
    id: 'unseen-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: writing blob: initiating layer upload to /v2/freeipa/ipa-tuura/blobs/uploads/ in ghcr.io: denied: installation not allowed to Create organization package"',
    source: 'freeipa/ipa-tuura#38',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'podman/buildah push from a pull-request workflow; the trailing quote is as posted. The organization then had to let Actions create packages (inference from the thread, which links actions/runner#1039)'
  },
  {
    id: 'unseen-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker: error pulling image configuration: download failed after attempts=1: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'EnricoMi/publish-unit-test-result-action#308',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: many users at once during a GitHub incident (githubstatus.com incident linked in the thread); no credential of the user was wrong'
  },
  {
    id: 'unseen-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '(20:46:19) WARNING: Download from https://ghcr.io/v2/bank-vaults/helm-charts/vault-operator/manifests/1.23.0 failed: class com.google.devtools.build.lib.bazel.repository.downloader.UnrecoverableHttpException GET returned 401 Unauthorized',
    source: 'periareon/rules_helm#240',
    expected: 'missing-credentials',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'anonymous-pull',
    note: "bazel's downloader fetches a public chart's manifest without first getting GHCR's anonymous bearer token (inference); the thread is open"
  },
  {
    id: 'unseen-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'StatusCodeError: 401 - {"errors":[{"code":"UNAUTHORIZED","message":"unauthenticated: User cannot be authenticated with the token provided."}]}',
    source: 'getwud/wud#219',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: What's Up Docker watching a GHCR image; closed without the cause being stated, label from the wording (a token was sent and refused)"
  },
  // ---------------------------------------------------------------- gitlab
  {
    id: 'unseen-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Error response from daemon: unauthorized: authentication required',
    source: 'rpardini/docker-registry-proxy#127',
    expected: 'missing-credentials',
    note: "needs the thread: pulls through a caching proxy (docker-registry-proxy) reached registry.gitlab.com without credentials; fixed by configuring the proxy's AUTH_REGISTRIES for GitLab (README link in the thread)"
  },
  {
    id: 'unseen-gitlab-02',
    family: 'gitlab',
    host: 'example.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "registry-example.com:443/me/registry-test:v0.0.14": GET https://example.com/users/sign_in: unexpected status code 200 OK: <!DOCTYPE html>',
    source: 'GoogleContainerTools/kaniko#3146',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: kaniko push to a self-hosted GitLab (host masked as example.com by the reporter, kept); the token request was redirected to the sign-in page, which GitLab does for a request without credentials (inference: kaniko found none for registry-example.com:443). The HTML after the doctype is trimmed'
  },
  {
    id: 'unseen-gitlab-03',
    family: 'gitlab',
    host: 'gitlab.com',
    text: lines(
      '{',
      '  "error":"invalid_client",',
      '  "error_description":',
      '  "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."',
      '}'
    ),
    source: 'microsoft/vscode-docker#2688',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['pat-required'],
    note: "the VS Code Docker extension logged in with GitLab's OAuth password grant, which GitLab no longer accepts without a registered client; replaced by personal access token auth"
  },
  {
    id: 'unseen-gitlab-04',
    family: 'gitlab',
    host: 'gitlab.com',
    text: "Error: Cannot read property 'fullId' of undefined",
    source: 'microsoft/vscode-docker#3199',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the token had read_registry/write_registry but not read_api, which the extension needs to list projects; the message is the extension's own bug"
  },
  {
    id: 'unseen-gitlab-05',
    family: 'gitlab',
    host: 'registry.gitlab.foo.bar',
    text: 'Error: writing blob: initiating layer upload to /v2/repos/repo1/blobs/uploads/ in registry.gitlab.foo.bar: requested access to the resource is denied',
    source: 'containers/image#1972',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: podman push to a self-hosted GitLab; the root cause was a missing podman login (confirmed by the reporter and gitlab-org/gitlab#414402)'
  },
  {
    id: 'unseen-gitlab-06',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      'requesting list . done',
      'authentication against auth server failed with code 403'
    ),
    source: 'mayflower/docker-ls#36',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: docker-ls listing tags on registry.gitlab.com with a username and an API token that docker login accepts; unresolved in the thread, label from the wording (GitLab's token service refused the credential)"
  },
  {
    id: 'unseen-gitlab-07',
    family: 'gitlab',
    host: 'gitlab.example.com:5050',
    text: 'ERRO[0001] UNAUTHORIZED: "authentication required"',
    source: 'GoogleContainerTools/kaniko#181',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: kaniko's push asked GitLab for a second pull-only scope that overrode push (a kaniko bug, fixed there); the credential was fine. Host not given in the post; placeholder"
  },
  {
    id: 'unseen-gitlab-08',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Error ((HTTP code 500) server error - Head "https://registry.gitlab.com/v2/group-name/project-name/manifests/latest": denied: access forbidden)',
    source: 'getwud/wud#600',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: "needs the thread: What's Up Docker with a GitLab PAT that works against gitlab.com/jwt/auth by hand; the daemon's pull was still refused. The thread's outcome is not in the excerpt; label from the wording (a token without access to that project)"
  },
  // ---------------------------------------------------------------- quay
  {
    id: 'unseen-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'The push refers to repository [quay.io/jaegertracing/example-hotrod]',
      'a93b60b49a79: Preparing',
      'unauthorized: access to the requested resource is not authorized',
      'Error: Process completed with exit code 1.'
    ),
    source: 'jaegertracing/jaeger#2498',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the robot could push only to repositories that already existed; the maintainers created the missing repositories on quay.io'
  },
  {
    id: 'unseen-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'STDERR: time="2021-08-12T11:10:58Z" level=fatal msg="Error writing blob: Error initiating layer upload to /v2/my_organization/destination_image_name/blobs/uploads/ in quay.io: unauthorized: access to the requested resource is not authorized"',
    source: 'podman-container-tools/skopeo#1416',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'unknown'],
    note: 'needs the thread: skopeo copy to a quay.io repository that did not exist yet, failing intermittently with the same credentials that succeed on existing repositories'
  },
  {
    id: 'unseen-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: pushing image "quay.io/opendatahub/odh-pipeline-runtime-tensorflow-rocm-py312-ubi9:on-pr-4fc5119d8e5595e91959248dfb519ea69e942bac-linux-d160-m2xlarge-amd64" to "docker://quay.io/opendatahub/odh-pipeline-runtime-tensorflow-rocm-py312-ubi9:odh-pipeline-runtie0cf4cc849a29236ec69aa7183ff7731-build-images": writing blob: initiating layer upload to /v2/opendatahub/odh-pipeline-runtime-tensorflow-rocm-py312-ubi9/blobs/uploads/ in quay.io: denied: System is currently read-only. Pulls will succeed but all write operations are currently suspended.',
    source: 'opendatahub-io/notebooks#3421',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'quay.io in read-only maintenance; not the credential'
  },
  {
    id: 'unseen-quay-04',
    family: 'quay',
    host: 'localhost:8080',
    text: 'Error: writing blob: initiating layer upload to /v2/proxycachetest/alpine/blobs/uploads/ in localhost:8080: unauthorized: access to the requested resource is not authorized',
    source: 'quay/quay#4796',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: a push to a Quay proxy-cache organization, which Quay makes read-only for clients (the pull request's own test output; host as posted, a local Quay)"
  },
  {
    id: 'unseen-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: unable to copy from source docker://quay.io/ibuziuk/udi:fuse: initializing source docker://quay.io/ibuziuk/udi:fuse: reading manifest fuse in quay.io/ibuziuk/udi: unauthorized: access to the requested resource is not authorized',
    source: 'eclipse-che/che#23919',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'anonymous-pull',
    note: "needs the thread: Che's automatic podman login injected no credentials, so a private repository was pulled anonymously"
  },
  // ---------------------------------------------------------------- harbor
  {
    id: 'unseen-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2020-09-21T08:16:32Z [DEBUG] [/server/error/error.go:58]: {"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: library/maven, action: push: unauthorized to access repository: library/maven, action: push"}]}',
    source: 'goharbor/harbor#13115',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the reporter pushed to a public project without docker login (a public project allows anonymous pulls only); Harbor's core log line as posted, host not given (placeholder)"
  },
  {
    id: 'unseen-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      'docker image pull HARBOR.URL/proxy/alpine',
      'Using default tag: latest',
      'Error response from daemon: unauthorized: http status code: 401, body:'
    ),
    source: 'goharbor/harbor#14767',
    expected: 'repository-not-found',
    note: 'needs the thread: pull through a Harbor proxy-cache project of a Docker Hub official image without its library/ prefix; HARBOR.URL/proxy/library/alpine worked. Host masked by the reporter (placeholder)'
  },
  {
    id: 'unseen-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: Get http://**************/v2/: Get http://*.***.***.***/service/token?account=robot&client_id=docker&offline_token=true&service=harbor-registry: EOF',
    source: 'goharbor/harbor#7944',
    expected: 'malformed-credentials',
    alsoAcceptable: ['registry-unreachable'],
    case: 'username',
    note: 'account=robot in the token request shows the shell ate $chitti from the unquoted robot$chitti username (the reporter also tried quotes); EOF points at the token endpoint as well, so registry-unreachable is defensible. Host masked (placeholder)'
  },
  {
    id: 'unseen-harbor-04',
    family: 'harbor',
    host: 'registry.example.xyz',
    text: lines(
      "echo -n '***' | docker login -u 'robot$cd' --passwo",
      'rd-stdin registry.***.xyz',
      'Error response from daemon: Get "https://registry.***.xyz/v2/": unauthorized: authentication required'
    ),
    source: 'goharbor/harbor#22420',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the same system robot credential logs in with podman and newer docker; docker 20.10.8 is refused (a client/Harbor incompatibility, not the credential). Hard-wrapped command kept as posted; host masked (placeholder)'
  },
  {
    id: 'unseen-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: <harborproject>/<imagename>, action: push: unauthorized to access repository: <harborproject>/<imagename>, action: push',
    source: 'goharbor/harbor#13988',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: a commenter found the image was tagged with the port from Harbor's copy-paste command while the login was to the host without it, so no credential was sent for host:port; the reporter never confirmed. Host not given (placeholder)"
  },
  {
    id: 'unseen-harbor-06',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'I can\'t push images to harbor with error: "denied: requested access to the resource is denied".',
    source: 'goharbor/harbor#10936',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the repository had reached Harbor 1.8's tag-count quota; deleting tags fixed it. The error is quoted in the reporter's sentence, kept whole"
  },
  {
    id: 'unseen-harbor-07',
    family: 'harbor',
    host: 'registry.example.ovh.net',
    text: 'Logs: Error when pushing image : "denied: The system is in read only mode. Any modification is prohibited."',
    source: 'ovh/public-cloud-roadmap#242',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "OVHcloud Managed Private Registry (Harbor) switched to read-only when the plan's storage quota was reached. Host not given (placeholder)"
  },
  // ---------------------------------------------------------------- ecr
  {
    id: 'unseen-ecr-01',
    family: 'ecr',
    host: 'xxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com',
    text: 'docker.errors.APIError: 500 Server Error: Internal Server Error ("error parsing HTTP 403 response body: invalid character \'Y\' looking for beginning of value: "Your Authorization Token has expired. Please run \'aws ecr get-login\' to fetch a new one."")',
    source: 'docker/docker-py#1170',
    expected: 'token-expired',
    alsoAcceptable: ['stale-login'],
    note: "docker-py login with registry='https://…' then a pull; the thread points to refreshing the credentials (docker/docker-py#1121)"
  },
  {
    id: 'unseen-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '"error":"could not generate [0]: unable to get authorization token: AccessDeniedException: User: arn:aws:sts::1234567890:assumed-role/common-tools-external-secrets/1725541882585093008 is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action\\n\\tstatus code: 400, request id: ??????"',
    source: 'terraform-aws-modules/terraform-aws-iam#514',
    expected: 'aws-access-denied',
    note: "External Secrets' ECR token generator; the generated IAM policy lacked ecr:GetAuthorizationToken. Trimmed to the error field of the JSON log line; registry host not given (placeholder)"
  },
  {
    id: 'unseen-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      '"Error executing "GetAuthorizationToken" on "https://ecr.us-east-1.amazonaws.com"; AWS HTTP error: Client error: `POST https://ecr.us-east-1.amazonaws.com` resulted in a `400 Bad Request` response:',
      '{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}'
    ),
    source: 'aws/aws-sdk-php#1114',
    expected: 'invalid-credentials',
    alsoAcceptable: ['malformed-credentials'],
    case: 'aws-access-key',
    note: 'needs the thread: the same key id and secret work with the AWS CLI but not in the PHP SDK call (inference: the key pair reached the SDK altered or swapped); registry host not given (placeholder)'
  },
  {
    id: 'unseen-ecr-04',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: lines(
      'Retrieving registries data through AWS SDK...',
      'AWS Public ECR detected with us-east-1 region',
      'Error: The security token included in the request is invalid.'
    ),
    source: 'docker/login-action#129',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a regression of docker/login-action v1.11.0 with assumed-role credentials for ECR Public; pinning v1.10.0 fixed it, the credentials were valid'
  },
  {
    id: 'unseen-ecr-05',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'unexpected status from HEAD request to https://public.ecr.aws/v2/docker/library/golang/manifests/1.24-alpine: 403 Forbidden',
    source:
      'aws-solutions-library-samples/guidance-for-game-server-hosting-using-agones-and-open-match-on-amazon-eks#71',
    expected: 'stale-login',
    alsoAcceptable: ['rate-limited'],
    note: "an expired public.ecr.aws login stored by an earlier run is sent with the base-image pull (the issue's own analysis; it also names the unauthenticated rate limit as a second cause)"
  },
  {
    id: 'unseen-ecr-06',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'ERROR: failed to solve: public.ecr.aws/lambda/python:3.11.2023.11.13.10-x86_64: unexpected status from HEAD request to https://public.ecr.aws/v2/lambda/python/manifests/3.11.2023.11.13.10-x86_64',
    source: 'awslabs/generative-ai-cdk-constructs#331',
    expected: 'stale-login',
    note: 'needs the thread: fixed by docker logout public.ecr.aws (stale, expired ECR credentials in the terminal); the text has no status code'
  },
  {
    id: 'unseen-ecr-07',
    family: 'ecr',
    host: '123456789101.dkr.ecr.ap-southeast-2.amazonaws.com',
    text: 'failed to resolve reference \\"123456789101.dkr.ecr.ap-southeast-2.amazonaws.com/k8s-example/pause@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097\\": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials\\"" pod="kube-system/etcd-manager-main-i-0b9bd5da0497cb428" podUID="e6690dd45219e272fbb9992ff07f37b9"',
    source: 'kubernetes/kops#16762',
    expected: 'missing-credentials',
    note: 'kubelet/containerd on kops nodes pulling from an ECR containerProxy asset repository before any ECR credential provider is configured; trimmed from the start of a long kubelet log line'
  },
  {
    id: 'unseen-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'User: arn:aws:sts::${ACCOUNT_ONE}:assumed-role/ack-lambda-controller-role/*** is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:${ACCOUNT_TWO}:repository/example/hello-world-lambda because no identity-based policy allows the ecr:BatchGetImage action',
    source: 'aws-controllers-k8s/community#1641',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    note: "CloudTrail message: the role may get tokens but not read the other account's repository; fixed by allowing ecr:BatchGet*. Account ids masked by the reporter; host placeholder"
  },
  {
    id: 'unseen-ecr-09',
    family: 'ecr',
    host: 'xxx.dkr.ecr.us-west-1.amazonaws.com',
    text: 'Error response from daemon: Get https://xxx.dkr.ecr.us-west-1.amazonaws.com/v2/xxx/manifests/xxx: no basic auth credentials',
    source: 'awslabs/amazon-ecr-credential-helper#135',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: 'needs the thread: config.json named credsStore ecr-login but the binary was installed as ecr-login instead of docker-credential-ecr-login, so docker never got credentials'
  },
  // ---------------------------------------------------------------- gar
  {
    id: 'unseen-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "denied: Token exchange failed for project '**************************'. Caller does not have permission 'storage.buckets.create'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'CircleCI-Public/gcp-gcr-orb#54',
    expected: 'insufficient-scope',
    note: "the service account could not create Container Registry's storage bucket; the maintainer points at the role's permissions"
  },
  {
    id: 'unseen-gar-02',
    family: 'gar',
    host: 'eu.gcr.io',
    text: lines(
      'error pushing image: failed to push to destination eu.gcr.io/starlit-casing-234321/app-from-source:latest: no token in bearer response:',
      '{"errors":[{"code":"UNAUTHORIZED","message":"Not Authorized."}]}'
    ),
    source: 'evry-bergen/knative-workshop#22',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: "needs the thread: the reporter's fix links the Homebrew install of gcloud leaving docker-credential-gcloud off PATH; inference that no credential reached the push"
  },
  {
    id: 'unseen-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:0.10.0:build (default-cli) on project demo: Build image failed, perhaps you should set a credential helper name with the configuration '<to><credHelper>' or set credentials for 'gcr.io' in your Maven settings: Unauthorized for gcr.io/spring-boot-cloud-shell/hello-java: 401 Unauthorized",
      '[ERROR] {"errors":[{"code":"UNAUTHORIZED","message":"You don\'t have the needed permissions to perform this operation, and you may have invalid credentials.'
    ),
    source: 'googlecodelabs/feedback#523',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: jib push from Cloud Shell; closed as a duplicate of an API-enablement issue (the Container Registry API was not enabled in the project). The posted error ends mid-message (as posted)'
  },
  {
    id: 'unseen-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'Post https://gcr.io/v2/k8s-jkns-pr-bldr-e2e-gce-fdrtn/hyperkube/blobs/uploads/: token auth attempt for registry: https://gcr.io/v2/token?account=oauth2accesstoken&scope=repository%3Ak8s-jkns-pr-bldr-e2e-gce-fdrtn%2Fhyperkube%3Apush%2Cpull&service=gcr.io request failed with status: 403 Forbidden',
    source: 'kubernetes/test-infra#470',
    expected: 'insufficient-scope',
    note: 'gcloud docker push from a CI service account; the thread points at the bucket ACLs for that account'
  },
  {
    id: 'unseen-gar-05',
    family: 'gar',
    host: 'europe-west3-docker.pkg.dev',
    text: 'Error response from daemon: Head "https://europe-west3-docker.pkg.dev/v2/k8s-artifacts-prod/images/sig-storage/csi-provisioner/manifests/v4.0.0": Forbidden',
    source: 'kubernetes/registry.k8s.io#273',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "registry.k8s.io redirects to Artifact Registry, which refused the client's network; the maintainers point to their debugging note (blocked IP ranges), not a credential"
  },
  {
    id: 'unseen-gar-06',
    family: 'gar',
    host: 'europe-west1-docker.pkg.dev',
    text: '10 ERROR: failed to authorize: failed to fetch oauth token: unexpected status: 404 Not Found',
    source: 'docker/setup-buildx-action#155',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "intermittent: the same push works on a re-run with no change, so the token endpoint's 404 was transient. Region not given (placeholder host)"
  },
  {
    id: 'unseen-gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: 'Warning  Failed     24m (x4 over 25m)    kubelet            Failed to pull image "gcr.io/maloney-scratch/monolith:1.0.0": rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/maloney-scratch/monolith:1.0.0": failed to resolve reference "gcr.io/maloney-scratch/monolith:1.0.0": pulling from host gcr.io failed with status code [manifests 1.0.0]: 403 Forbidden',
    source: 'googlecodelabs/monolith-to-microservices#59',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: "GKE nodes could not read the image pushed in the codelab's previous step (the reporter's diagnosis: the cluster lacks permission to pull it)"
  },
  {
    id: 'unseen-gar-08',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: denied: Permission denied for "511da35bbc76d04181e37021bfc0dae639c8ef16" from request "/v2/shopify-docker-images/apps/ci/starscream/manifests/511da35bbc76d04181e37021bfc0dae639c8ef16".',
    source: 'Shopify/buildkit#11',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: CI agents outside Google Cloud pulling from a private GCR project they were not granted; moved to another repository without a stated fix'
  },
  {
    id: 'unseen-gar-09',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/ml-writers/sarahmaddox-kf-gcp-train:1535231259": rpc error: code = Unknown desc = unauthorized: authentication required',
    source: 'kubeflow/kubeflow#1432',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'GKE nodes whose VM service account lacked the devstorage.read_only OAuth scope; adding it fixed the pull'
  },
  {
    id: 'unseen-gar-10',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'Pulling repository gcr.io/etcd-development/etcd',
      'unauthorized: authentication required'
    ),
    source: 'etcd-io/etcd#10241',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the images had lost their public permissions during an organization move; the maintainers fixed the permissions'
  },
  // ---------------------------------------------------------------- acr
  {
    id: 'unseen-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'Azure/acr#506',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: push after a successful az acr login by a resource-group owner, while the admin user works; closed unresolved, label is an inference (the AAD identity's token was not allowed to push)"
  },
  {
    id: 'unseen-acr-02',
    family: 'acr',
    host: 'cloudtechnologies.azurecr.io',
    text: 'Failed to pull image "cloudtechnologies.azurecr.io/poc-k8s-web:20181007.1": rpc error: code = Unknown desc = Error response from daemon: Get https://cloudtechnologies.azurecr.io/v2/poc-k8s-web/manifests/20181007.1: unauthorized: authentication required',
    source: 'Azure/AKS#679',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: "needs the thread: a cluster outside Azure whose pull secret held the admin user's password; it worked for weeks then stopped (inference: the admin password was regenerated)"
  },
  {
    id: 'unseen-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Error: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '***'.",
    source: 'Azure/login#475',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    case: 'service-principal-secret',
    note: "azure/login with a service principal before az acr login; Entra refused the client secret (stale or rotated, or the secret's id instead of its value). Trace and correlation ids after the sentence are trimmed"
  },
  {
    id: 'unseen-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "This command requires running the docker daemon, which is not supported in Azure Cloud Shell. You may want to use 'az acr login -n jackyharbor --expose-token' to get an access token, which does not require Docker to be installed.",
    source: 'Azure/azure-cli#16813',
    expected: 'docker-cli-missing',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'az acr login in Azure Cloud Shell, which has no docker daemon (by design, per the maintainers)'
  },
  {
    id: 'unseen-acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'An error occurred: DOCKER_COMMAND_ERROR',
      'error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/containers/json: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.'
    ),
    source: 'MicrosoftDocs/azure-docs#95127',
    expected: 'docker-cli-missing',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'az acr login on Windows with Docker Desktop not running'
  },
  {
    id: 'unseen-acr-06',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error response from daemon: Get "https://***/v2/": dial tcp: lookup *** on 127.0.0.53:53: no such host',
    source: 'docker/login-action#718',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: docker/login-action to an ACR whose registry name comes from a secret (masked as ***); the runner could not resolve the name. Host masked (placeholder)'
  },
  {
    id: 'unseen-acr-07',
    family: 'acr',
    host: 'bitwardenprod.azurecr.io',
    text: '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information.","detail":[{"Type":"repository","Name":"billing","Action":"pull"}]}]}',
    source: 'Azure/acr#841',
    expected: 'unknown',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: random UNAUTHORIZED mid-upload after a successful az acr login in the same workflow; closed as stale without a cause'
  },
  {
    id: 'unseen-acr-08',
    family: 'acr',
    host: 'fkhcontosoacr.azurecr.io',
    text: lines(
      "WARNING: You may want to use 'az acr login -n fkhcontosoacr --expose-token' to get a refresh token, which does not require Docker to be installed.",
      'ERROR: 2026-04-30 18:10:50.182405 An error occurred: DOCKER_COMMAND_ERROR',
      'failed to connect to the docker API at npipe:////./pipe/docker_engine; check if the path is correct and if the daemon is running: open //./pipe/docker_engine: The system cannot find the file specified.'
    ),
    source: 'Freddy-DK/Fkh#7',
    expected: 'docker-cli-missing',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: az acr login on a Windows runner whose docker engine was not (yet) running; the same step succeeded ten minutes earlier (labelled Cannot Repro)'
  },
  // ---------------------------------------------------------------- generic
  {
    id: 'unseen-generic-01',
    family: 'generic',
    host: 'docker.example.com',
    text: '"response":{"statusCode":401,"statusMessage":"Unauthorized","body":{"statusCode":401,"details":"BAD_CREDENTIAL"},"headers":{"date":"Tue, 14 Sep 2021 16:50:39 GMT","content-type":"application/json","transfer-encoding":"chunked","connection":"close","server":"Artifactory/6.23.1"',
    source: 'renovatebot/renovate#11765',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "Renovate's lookup on an Artifactory docker registry sent an empty username and password (visible in the same log line); the thread is about configuring host rules. Host masked by the reporter (placeholder)"
  },
  {
    id: 'unseen-generic-02',
    family: 'generic',
    host: 'artifactory.example.com',
    text: lines(
      'v1: digest: sha256:e7f0bc939c6fdc86f737267b3d52412401e82c711251f70a02a6bc5bab509477 size: 1776',
      '[🚨Error] error while getting docker repository name. Artifactory response: 403 Forbidden'
    ),
    source: 'jfrog/jfrog-cli-core#1101',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: 'jf docker push succeeded; the 403 came from an Xray policy blocking download of unscanned artifacts when the CLI read back the repository. Host masked as xx (placeholder)'
  },
  {
    id: 'unseen-generic-03',
    family: 'generic',
    host: 'gitea.corp.company.com',
    text: lines(
      '$ echo $PASS | docker login -u $USER --password-stdin gitea.corp.company.com',
      'Error response from daemon: Get "https://gitea.corp.company.com/v2/": unauthorized'
    ),
    source: 'go-gitea/gitea#32379',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: "after upgrading Gitea to 1.22.3 a token with only write:repository scope no longer logs in to the registry; a token with write:package works (the reporter's edit)"
  },
  {
    id: 'unseen-generic-04',
    family: 'generic',
    host: 'registry.digitalocean.com',
    text: lines(
      'Run doctl registry login --expiry-seconds 1200',
      'Logging Docker in to registry.digitalocean.com',
      'Error: GET https://api.digitalocean.com/v2/registry/docker-credentials?expiry_seconds=1200&read_write=true: 403 (request "34fe003d-496e-4c9e-b689-558c7396b9e3") you do not have access for the attempted action'
    ),
    source: 'digitalocean/action-doctl#83',
    expected: 'insufficient-scope',
    note: 'a custom-scoped DigitalOcean token without registry:create; doctl asks for read-write registry credentials by default (--read-only for pulls)'
  },
  {
    id: 'unseen-generic-05',
    family: 'generic',
    host: 'registry.digitalocean.com',
    text: lines(
      'Pushing backend (registry.digitalocean.com/***/backend:stag)...',
      'The push refers to repository [registry.digitalocean.com/***/backend]',
      'unauthorized: authentication required',
      'Error: Process completed with exit code 1.'
    ),
    source: 'digitalocean/action-doctl#51',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: `doctl registry login --expiry-seconds 240` before a docker-compose build and push that took longer (inference: the short-lived registry credential expired before the push); the reporter's bold markers are dropped"
  },
  {
    id: 'unseen-generic-06',
    family: 'generic',
    host: 'iad.ocir.io',
    text: lines(
      '2023/04/13 21:24:20[TERRAFORM_CONSOLE] [INFO] null_resource.IdcsAuditLogPush2OCIR (local-exec): c9264e9aa767: Waiting',
      'Denied: Anonymous users are only allowed read access on public repos'
    ),
    source: 'oracle-quickstart/oci-observability-and-management#21',
    expected: 'missing-credentials',
    note: "needs the thread: the Terraform stack pushed to OCIR without a docker login; logging in first fixed it. The error is quoted in the reporter's prose after the log (assembled; region not given, placeholder host)"
  },
  {
    id: 'unseen-generic-07',
    family: 'generic',
    host: 'container-registry.oracle.com',
    text: lines(
      '[root@den02czo rohggupt]# docker pull container-registry.oracle.com/fmw-infrastructure:12.2.1.3',
      'Trying to pull repository container-registry.oracle.com/fmw-infrastructure ... ',
      "pull access denied for container-registry.oracle.com/fmw-infrastructure, repository does not exist or may require 'docker login'"
    ),
    source: 'oracle/docker-images#1321',
    expected: 'repository-not-found',
    note: 'the reporter was using a wrong image path; the correct repository lives under middleware/'
  },
  // ---------------------------------------------------------------- docker-hub
  {
    id: 'unseen-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to solve: failed to push otel/autoinstrumentation-java:1.25.1: server message: insufficient_scope: authorization failed',
    source: 'docker/build-push-action#864',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "a Docker Hub community-organization bot user's PAT could not push to the organization's repository (inference: the bot lacked write access on the repository)"
  },
  {
    id: 'unseen-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `pass not initialized: exit status 1: Error: password store is empty. Try "pass init".`',
    source: 'docker/docker-credential-helpers#140',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login from Jenkins with credsStore pass on a host where pass was never initialised'
  },
  {
    id: 'unseen-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `Post "https://hub.docker.com/v2/users/login?refresh_token=true": dialing hub.docker.com:443 with direct connection: connecting to 208.101.21.43:443: dial tcp 208.101.21.43:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.`',
    source: 'docker/docker-credential-helpers#300',
    expected: 'registry-unreachable',
    alsoAcceptable: ['credential-store-error'],
    note: "Docker Desktop's credential helper could not reach hub.docker.com (network), so the login was not stored"
  },
  {
    id: 'unseen-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source: 'docker/hub-feedback#2464',
    expected: 'rate-limited',
    note: 'an OVH host pulling three images; Docker rate-limited its whole IPv6 /64 (the thread); logging in raises the limit'
  },
  {
    id: 'unseen-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'fatal: [127.0.0.1]: FAILED! => {"changed": false, "msg": "Error pulling image linuxserver/bazarr:latest - 500 Server Error: Internal Server Error (\\"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\\")"}',
    source: 'linuxserver/docker-bazarr#48',
    expected: 'rate-limited',
    note: 'an Ansible docker_image pull, anonymous'
  },
  {
    id: 'unseen-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'helm push /home/runner/work/gateway/gateway/bin/charts/gateway-crds-helm-v0.0.0-latest.tgz oci://docker.io/envoyproxy',
      'Error: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aenvoyproxy%2Fgateway-crds-helm%3Apull&scope=repository%3Aenvoyproxy%2Fgateway-crds-helm%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized'
    ),
    source: 'envoyproxy/gateway#5907',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the first push of a new chart repository in an organization; fixed once the repository existed on Docker Hub (the maintainer links it)'
  },
  {
    id: 'unseen-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Request to https://hub.docker.com/v2/users/login failed with status 401: Unauthorized',
    source: 'microsoft/vscode-docker#3280',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['password-with-2fa'],
    note: "needs the thread: the VS Code Docker extension's Hub API login with an access token on a 2FA account; password login works once 2FA is off (labels external, fix released). Quoted from the reporter's prose"
  },
  {
    id: 'unseen-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'No access token in response',
    source: 'docker/for-mac#5692',
    expected: 'pat-required',
    alsoAcceptable: ['password-with-2fa'],
    note: 'Docker Desktop sign-in with the account password on a 2FA account; using a personal access token as the password worked'
  },
  {
    id: 'unseen-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'token issued from personal access token is not allowed.',
    source: 'docker/hub-feedback#2478',
    expected: 'unsupported-credential-kind',
    note: "a JWT obtained with a PAT calling Hub's /v2/access-tokens API, which answers 403 for PAT-issued tokens; the message is quoted in the reporter's prose"
  },
  // ---------------------------------------------------------------- not-login
  {
    id: 'unseen-not-login-01',
    family: 'not-login',
    host: 'ghrc.io',
    text: lines(
      'docker push ghrc.io/USER/PACKAGE:latest',
      '>"<html><body><h1>403 Forbidden</h1>\\nRequest forbidden by administrative rules.\\n</body></html>\\n\\n"'
    ),
    source: 'rancher-sandbox/rancher-desktop#5301',
    expected: 'registry-mismatch',
    alsoAcceptable: ['registry-unreachable'],
    note: 'logged in to ghcr.io, tagged and pushed to ghrc.io (a typo); whatever answers at ghrc.io refused with a web page'
  },
  {
    id: 'unseen-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: lines(
      '$ helm3 push ./test-0.1.0.tgz oci://ghcr.io/robberphex/ack-mse-pilot:0.1.0',
      'Error: failed commit on ref "manifest-sha256:eff0b56aec1f5d45c7c65607f4311f435145ebb9a872568ee3c3023e23c8ee87": unexpected status: 405 Method Not Allowed'
    ),
    source: 'helm/helm#10152',
    expected: 'not-a-login-failure',
    note: 'the chart reference must not carry a tag (push to oci://ghcr.io/robberphex); not a credential problem'
  },
  {
    id: 'unseen-not-login-03',
    family: 'not-login',
    host: 'container-registry.oracle',
    text: 'Error response from daemon: Get https://container-registry.oracle/v2/: x509: certificate signed by unknown authority',
    source: 'oracle/docker-images#1283',
    expected: 'registry-unreachable',
    alsoAcceptable: ['registry-mismatch'],
    case: 'tls-unknown-authority',
    note: 'docker login to container-registry.oracle (missing .com); whatever answered had a certificate the host does not trust'
  },
  {
    id: 'unseen-not-login-04',
    family: 'not-login',
    host: 'reg.local',
    text: 'Error response from daemon: Get https://reg.local/v2/: Get https://reg.harbor.com/service/token?account=admin&client_id=docker&offline_token=true&service=harbor-registry: x509: certificate has expired or is not yet valid',
    source: 'goharbor/harbor#14924',
    expected: 'registry-unreachable',
    case: 'tls-expired',
    note: "Harbor's token realm points at another host whose certificate is expired (or the clock is wrong); login never reaches the credential check"
  },
  {
    id: 'unseen-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/henrygd/beszel/manifests/latest": Get "https://auth.docker.io/token?scope=repository%3Ahenrygd%2Fbeszel%3Apull&service=registry.docker.io": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-05-17T10:34:05+02:00 is before 2026-07-08T01:10:17Z',
    source: 'henrygd/beszel#2123',
    expected: 'registry-unreachable',
    case: 'tls-expired',
    note: "the host's clock is two months behind (current time before the certificate's start), not the credential"
  },
  {
    id: 'unseen-not-login-06',
    family: 'not-login',
    host: 'docker-rep.dep.ca.inet:18443',
    text: 'Error response from daemon: Get https://docker-rep.dep.ca.inet:18443/v1/users/: dial tcp: lookup docker-rep.dep.ca.inet on 192.168.65.3:53: read udp 192.168.65.2:45051->192.168.65.3:53: i/o timeout',
    source: 'docker/for-win#26',
    expected: 'registry-unreachable',
    note: "Docker for Windows' VM could not resolve an internal registry name (DNS through a corporate proxy setup)"
  },
  {
    id: 'unseen-not-login-07',
    family: 'not-login',
    host: 'registry.access.redhat.com',
    text: 'Error response from daemon: Get https://registry.access.redhat.com/v1/users/: dial tcp 184.31.248.134:443: i/o timeout',
    source: 'docker/for-win#4226',
    expected: 'registry-unreachable',
    note: 'docker login from a RHEL server that could not reach the registry; closed stale'
  },
  {
    id: 'unseen-not-login-08',
    family: 'not-login',
    host: 'localhost:5001',
    text: lines(
      'Copying blob 1e56088a7464 [====>---------------------------------] 29.0MiB / 214.7MiB',
      'Error: writing blob: uploading layer chunked: StatusCode: 413, <html>',
      '<head><title>413 Request Entity Too Large<...'
    ),
    source: 'pulp/pulp_container#1454',
    expected: 'not-a-login-failure',
    note: 'podman push through an nginx with a body-size limit; client_max_body_size fixes it'
  },
  {
    id: 'unseen-not-login-09',
    family: 'not-login',
    host: 'hub.logful.top',
    text: lines(
      '7381522c58b0: Pushing [==================================================>]  322.7MB/322.7MB',
      'error parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"'
    ),
    source: 'SteveLTN/https-portal#100',
    expected: 'not-a-login-failure',
    note: "docker push to a registry behind https-portal's nginx; fixed with CLIENT_MAX_BODY_SIZE=0"
  },
  {
    id: 'unseen-not-login-10',
    family: 'not-login',
    host: 'registry.example.com',
    text: 'buildx failed with: ERROR: failed to build: failed to solve: error writing layer blob: rpc error: code = Unknown desc = mkdir /var/lib/docker/cache/ingest/37a3cba545c9a2832ea83e8f4845ac4ddb131dec9e2c04c86afb225380b4f9ce: no space left on device',
    source: 'dto-btn/canchat-v2#224',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "the runner's disk filled with cached layers (the pull request's own analysis); the registry is not named in the line (placeholder host)"
  },
  {
    id: 'unseen-not-login-11',
    family: 'not-login',
    host: 'registry.k8s.io',
    text: 'Error response from daemon: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "\\n<html><head>\\n<meta http-equiv=\\"content-type\\" content=\\"text/html;charset=utf-8\\">\\n<title>403 Forbidden</title>\\n</head>\\n<body text=#000000 bgcolor=#ffffff>\\n<h1>Error: Forbidden</h1>\\n<h2>Your client does not have permission to get URL <code>/v2/pause/manifests/sha256:3d380ca8864549e74af4b29c10f9cb0956236dfb01c40ca076fb6c37253234db</code> from this server.</h2>\\n<h2></h2>\\n</body></html>\\n',
    source: 'kubernetes/registry.k8s.io#277',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the server's IP range is blocked by the registry's backend; maintainers point to the mirroring guide, no credential involved"
  }
]

/**
 * A fifth development set of real registry error texts ("dev5"), collected
 * on 2026-11-28 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The fifth
 * development set"). Sources are GitHub issues and pull requests (corpus
 * `issues`), GitLab issues, a gist and vendor/user pages (corpora `docs` and
 * `pages`) found with the search tool; none is a source of an earlier set
 * (the list of the 578 earlier sources was checked before each pick), and the
 * hygiene test (__fixtures__/real-texts-hygiene.ts) compares every text with
 * every earlier set, the sealed and blind ones included, without printing
 * them.
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

export const REAL_TEXTS_DEV5: readonly RealText[] = [
  {
    id: 'dev5-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to solve: ghcr.io/astral-sh/uv:0.6.9: failed to resolve source metadata for ghcr.io/astral-sh/uv:0.6.9: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aastral-sh%2Fuv%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'nickjj/docker-django-example#62',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "docker compose up --build of a Dockerfile whose FROM is the public astral-sh/uv image. 'failed to fetch oauth token' (not 'anonymous token') says stored credentials were sent for ghcr.io; the reporter: 'Must've been bad creds lying around because: docker logout ghcr.io solved it'"
  },
  {
    id: 'dev5-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error when pulling image ghcr.io/[image]:[version] ((HTTP code 500) server error - Head "https://ghcr.io/v2/[image]/manifests/[version]": unauthorized )',
    source: 'getwud/wud#271',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: What's Up Docker's docker-compose trigger pulling a private GHCR image through the Docker Engine API; the reporter traced it to WUD's GHCR provider no longer passing a username after a change, and the maintainer agreed the engine still needs one, so the pull reached the daemon without usable credentials (INFERENCE: no fix is quoted in the stored copy). Image names are masked as posted"
  },
  {
    id: 'dev5-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Can\'t install ghcr.io/maxifly/yabackup-aarch64:2.0.2-b: 500 Server Error for http+docker://localhost/v1.45/images/create?tag=2.0.2-b&fromImage=ghcr.io%2Fmaxifly%2Fyabackup-aarch64&platform=linux%2Farm64: Internal Server Error ("Head "https://ghcr.io/v2/maxifly/yabackup-aarch64/manifests/2.0.2-b": denied")',
    source: 'home-assistant/builder#206',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the Home Assistant supervisor installing an add-on through the Docker API; the reporter found the image field of the add-on's config.yml named a path that was never published (the builder pushed ghcr.io/maxifly/yabackupaddon...). GHCR answers an anonymous pull of a missing package with denied"
  },
  {
    id: 'dev5-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'Error response from daemon: Head "https://ghcr.io/v2/strausmann/mcp-dockhand/manifests/latest": denied',
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}'
    ),
    source: 'strausmann/mcp-dockhand#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: docker pull of a package that was still private; the maintainer made it public and the pull works anonymously. Two snippets of the post joined (the second is what the reporter's browser got from the same URL; the prose between them is left out)"
  },
  {
    id: 'dev5-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '$ helm template whereabouts oci://ghcr.io/k8snetworkplumbingwg/whereabouts-chart --version 0.8.0',
      'Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Ak8snetworkplumbingwg%2Fwhereabouts-chart%3Apull&service=ghcr.io: 403 Forbidden',
      '$ helm template whereabouts oci://ghcr.io/k8snetworkplumbingwg/whereabouts-chart --version 0.8.0',
      'Error: ghcr.io/k8snetworkplumbingwg/whereabouts-chart:0.8.0: not found'
    ),
    source: 'k8snetworkplumbingwg/whereabouts#564',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "helm OCI pull of the chart path the README gave: anonymously GHCR refuses the token (403), and after 'helm registry login ghcr.io' (Login Succeeded, left out here) the same command says not found: the chart is not published at that path/version. Two commands of the post joined, the login between them left out"
  },
  {
    id: 'dev5-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'docker pull ghcr.io/shaurya-sethi/circuitron-kicad:latest',
      'docker pull ghcr.io/shaurya-sethi/circuitron-mcp:latest',
      'docker pull python:3.12-slim',
      '',
      'Error response from daemon: Head https://ghcr.io/v2/shaurya-sethi/circuitron-kicad/manifests/latest: unauthorized',
      '',
      'Error response from daemon: Head https://ghcr.io/v2/shaurya-sethi/circuitron-mcp/manifests/latest: unauthorized'
    ),
    source: 'Shaurya-Sethi/circuitron#174',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: anonymous pulls of a project's GHCR images fail while python:3.12-slim from Docker Hub pulls fine: the two packages were not public (the maintainer took it up; INFERENCE: the stored copy has no closing comment). GHCR answers a pull of a private or missing package without a login with unauthorized. The Docker Hub pull progress of the post is left out"
  },
  {
    id: 'dev5-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'helm install woodpecker oci://ghcr.io/woodpecker-ci/helm --version 3.0.0 --username ***** --password ******',
      '',
      'Error: INSTALLATION FAILED: ghcr.io/woodpecker-ci/helm:3.0.1: not found'
    ),
    source: 'woodpecker-ci/helm#314',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: helm install of the Woodpecker chart as the README said; after first getting access-denied without a login, the reporter logged in with a token and every version is not found. A maintainer: the docs were wrong, the chart lives at another OCI path. Masked values as posted'
  },
  {
    id: 'dev5-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      'docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY',
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied'
    ),
    source:
      'https://gitlab.com/gitlab-org/ci-cd/codequality/-/merge_requests/45',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    case: 'job-token',
    note: "a GitLab CI job logging in with CI_REGISTRY_USER/CI_REGISTRY_PASSWORD; GitLab's registry refuses the pair (HTTP Basic: Access denied) and the MR switches the login to $CI_JOB_TOKEN. The MR does not say why the predefined password stopped working (INFERENCE: a project variable overriding it)"
  },
  {
    id: 'dev5-gitlab-02',
    family: 'gitlab',
    host: 'gdk.test:3000',
    text: lines(
      'rad@mjolnirv3 ~/g/gitlab (362991-group-access-token-support-for-dependency-proxy)> docker pull gdk.test:3000/flightjs/dependency_proxy/containers/alpine:3.14.0',
      'Error response from daemon: unauthorized: authentication required'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/362991',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: "needs the thread: a GitLab developer's reproduction (a local GDK instance, host as posted): docker login to the Dependency Proxy with a group access token seems to succeed, but GitLab answered 401 behind the scenes and the pull is refused, because the Dependency Proxy did not accept group access tokens at the time (fixed later by gitlab MR 128583). The text alone reads as a missing login"
  },
  {
    id: 'dev5-gitlab-03',
    family: 'gitlab',
    host: 'gitlab.com',
    text: lines(
      'root@ip-172-31-24-229:~# docker pull gitlab.com/codeclimate-dep-proxy-test/dependency_proxy/containers/ubuntu:latest',
      'Error response from daemon: error parsing HTTP 404 response body: invalid character \\\'<\\\' looking for beginning of value: "<!DOCTYPE html>\\n<html>\\n<head>\\n  <meta content=\\"width=device-width, initial-scale=1, maximum-scale=1\\" name=\\"viewport\\">\\n  <title>The page you\\\'re looking for could not be found (404)</title>'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/390163',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown', 'repository-not-found'],
    note: "needs the thread: GitLab.com's Dependency Proxy answering an HTML 404 page for some images (ubuntu:18.04, ubuntu:latest) while alpine works: a GitLab defect reproduced by GitLab support, not a credential. The HTML body continues in the post; it is cut after <title> here (the stored copy cuts it too)"
  },
  {
    id: 'dev5-gitlab-04',
    family: 'gitlab',
    host: 'gitlab.com',
    text: lines(
      '# docker pull gitlab.com/acme-org-test/dependency_proxy/containersnode:latest',
      'Trying to pull repository gitlab.com/acme-org-test/dependency_proxy/containersnode ...',
      'Pulling repository gitlab.com/acme-org-test/dependency_proxy/containersnode',
      'Error: Status 503 trying to pull repository acme-org-test/dependency_proxy/containersnode: "<!DOCTYPE html>\\n<html>\\n<head>\\n  <meta content=\\"width=device-width, initial-scale=1, maximum-scale=1\\" name=\\"viewport\\">\\n  <title>Checking your Browser - GitLab</title>'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/294018',
    expected: 'registry-unreachable',
    alsoAcceptable: ['password-with-sso', 'unknown'],
    note: "Dependency Proxy of a private group with SSO enforced: a browser-check web page (503) answers where the registry should, which the README files under registry-unreachable; the issue's own framing is that SSO enforcement breaks Dependency Proxy pulls. The HTML continues in the post and is cut after <title>"
  },
  {
    id: 'dev5-gitlab-05',
    family: 'gitlab',
    host: 'gitlab.example.com:443',
    text: lines(
      'Pulling docker image gitlab.example.com:443/myuser/dependency_proxy/containers/alpine:latest ...',
      'WARNING: Failed to pull image with policy "always": Error response from daemon: error parsing HTTP 404 response body: unexpected end of JSON input: ""'
    ),
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/342397',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: a job in a personal fork using ${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}: the Dependency Proxy exists only for groups, so under a user namespace there is nothing to pull from (the same job in the group's project works). The runner's trailing '(manager.go:214:...)' is cut (the stored copy cuts it); host as posted"
  },
  {
    id: 'dev5-gitlab-06',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: "error pulling image configuration: download failed after attempts=1: error parsing HTTP 403 response body: invalid character \\'<\\' looking for beginning of value: \"<?xml version=\\'1.0\\' encoding=\\'UTF-8\\'?><Error><Code>AccessDenied</Code><Message>Access denied.</Message></Error>\"",
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/423380',
    expected: 'unknown',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: a pull with a group deploy token that had worked two days earlier and never expires; a new token with full permissions fails the same way. The manifest was served; the 403 XML comes from the object storage behind GitLab.com's registry on the config blob download, so neither the token nor its scopes explain it (INFERENCE: a GitLab.com storage-side problem; the stored copy gives no fix)"
  },
  {
    id: 'dev5-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'com.github.dockerjava.api.exception.InternalServerErrorException: Get https://quay.io/v2/testcontainers/ryuk/manifests/0.2.2: unauthorized: Invalid Username or Password',
    source: 'testcontainers/testcontainers-java#813',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: Testcontainers pulling its public ryuk image from quay.io; the reporter had put Docker Hub credentials into ~/.docker-java.properties, which docker-java sends as the default auth with every pull, so quay.io received (and refused) credentials meant for another registry. A maintainer in a sibling thread (#1711) notes such default credentials should only apply to index.docker.io. Stack frames after the line are left out'
  },
  {
    id: 'dev5-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      '+ docker pull quay.io/condaforge/linux-anvil-x86_64:alma9',
      'alma9: Pulling from condaforge/linux-anvil-x86_64',
      'unknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://quay.io/v2/condaforge/linux-anvil-x86_64/blobs/sha256:96c9840048d8388d1992ac6b88c3c6ba051a2400f82a8a6b68df89b69e6eb079: 500 Internal Server Error'
    ),
    source: 'conda-forge/status#205',
    expected: 'registry-unreachable',
    note: 'Quay.io returning 500 on blob downloads during an incident the thread links (status.redhat.com)'
  },
  {
    id: 'dev5-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Error response from daemon: manifest for quay.io/gogatekeeper/gatekeeper:2.9.0 not found: manifest unknown: manifest unknown',
    source: 'gogatekeeper/gatekeeper#383',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'the 2.9.0 tag had not been built yet because of a Quay build-service outage; 2.8.1 pulls fine and 2.9.0 appeared once Quay was back. A missing tag, nothing about credentials'
  },
  {
    id: 'dev5-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'ctr: failed to copy: httpReadSeeker: failed open: unexpected status code https://quay.io/v2/prometheus/busybox/blobs/sha256:d17d710a3fa783d4e5fcc4b67d94351ad747146f1335323271d6d32e61276f7a: 502 Bad Gateway',
    source: 'kata-containers/tests#4041',
    expected: 'registry-unreachable',
    note: "containerd's ctr in a Jenkins job pulling a public quay.io image; quay.io answered 502 (the thread has no other cause)"
  },
  {
    id: 'dev5-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: unknown: http status code: 404, body: {"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"test1"}}]}',
    source: 'goharbor/harbor#12713',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "a Harbor maintainer's report: pulling through a proxy-cache project a tag that was added locally (test1) and does not exist upstream; Harbor passes on the upstream 404. Host masked in the post (******/mycache/...); placeholder"
  },
  {
    id: 'dev5-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'GET https://xxxxx.com/v2/etscache/library/nextcloud/manifests/latest: NOT_FOUND: artifact etscache/library/nextcloud:latest not found',
    source: 'goharbor/harbor#20417',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found', 'unknown'],
    note: 'needs the thread: a Harbor 2.7 proxy-cache project answering 404 for a Docker Hub image right after its cache was cleared, and serving it again about half an hour later; a proxy-cache behaviour, not the credential. Host masked as xxxxx.com in the post; placeholder'
  },
  {
    id: 'dev5-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'proxy cache:Error response from daemon: received unexpected HTTP status: 500 Internal Server Error',
    source: 'goharbor/harbor#14588',
    expected: 'registry-unreachable',
    note: "a Harbor proxy-cache project whose upstream is another Harbor; Harbor answers 500 (its core log shows the upstream's 400). Copied as posted in the issue body, prefix included; host not given, placeholder"
  },
  {
    id: 'dev5-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      '2019-10-22T22:54:36Z [ERROR] [/core/filter/security.go:249]: Failed to verify secret: failed to verify the secret: secret mismatch',
      '2019-10-22T22:54:36Z [ERROR] [/core/filter/security.go:422]: failed to authenticate owen.wolf: Unrecognized auth_mode: oidc_auth'
    ),
    source: 'goharbor/harbor#9536',
    expected: 'password-with-sso',
    alsoAcceptable: ['pat-required', 'invalid-credentials'],
    note: "needs the thread: Harbor's core log (two lines of the posted log) for a docker login of an OIDC (Google SSO) user that the docker CLI only reported as 'unauthorized'; with auth_mode oidc_auth the CLI must be given the user's CLI secret, and 'secret mismatch' shows the password given was not it (robot logins work). INFERENCE: the stored copy has no closing comment. Host masked (harbor.devops.mysite.com); placeholder"
  },
  {
    id: 'dev5-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: unknown: repository proxy/library/nginx not found',
    source: 'goharbor/harbor#23190',
    expected: 'unknown',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: after upgrading Harbor to v2.15.0 a proxy-cache project with Docker Hub as its source no longer fetches images it has not cached; the same regression is tracked as goharbor/harbor#23025 with a fix in PR #23030. A Harbor defect, not the pull's credential. Host not given; placeholder"
  },
  {
    id: 'dev5-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      '+ ./scripts/cipublish',
      '',
      'An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.',
      'Must provide --username with --password-stdin'
    ),
    source: 'opensupplyhub/open-apparel-registry#2341',
    expected: 'invalid-credentials',
    case: 'aws-access-key',
    note: 'Jenkins publish step; the AWS access keys used by CI had been disabled, and generating new keys fixed it. The second line is docker login failing because the password pipe was empty. Registry host hidden by Jenkins masking; placeholder'
  },
  {
    id: 'dev5-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: lines(
      '(base) admin:~/environment $ docker pull public.ecr.aws/p8v8e7e5/myartifacts:alpine-3.8',
      "Error response from daemon: repository public.ecr.aws/p8v8e7e5/myartifacts not found: name unknown: The repository with name 'myartifacts' does not exist in the registry with id 'p8v8e7e5'"
    ),
    source: 'aws-samples/amazon-eks-cdk-blue-green-cicd#24',
    expected: 'repository-not-found',
    note: 'ECR Public says the repository does not exist'
  },
  {
    id: 'dev5-ecr-03',
    family: 'ecr',
    host: '347883428170.dkr.ecr.us-east-1.amazonaws.com',
    text: "Status reason | CannotPullContainerError: API error (404): pull access denied for 347883428170.dkr.ecr.us-east-1.amazonaws.com/myecr, repository does not exist or may require 'docker login'",
    source: 'aws/aws-cdk#1272',
    expected: 'repository-not-found',
    note: "an ECS task defined with CDK; the repository is myecr/nginxlight but CDK's repositoryUri dropped the part after the slash, so the task asked for a repository that does not exist (a CDK bug, fixed in a release)"
  },
  {
    id: 'dev5-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: lines(
      'aws ecr get-login-password --region us-west-2 | docker login --username AWS --password-stdin <ID>.dkr.ecr.us-west-2.amazonaws.com',
      'Error saving credentials: error storing credentials - err: exit status 1, out: `not implemented`'
    ),
    source: 'awslabs/amazon-ecr-credential-helper#574',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker login while the docker config names the ECR credential helper, which does not implement store; the helper fetches tokens itself, so either drop the login or the helper entry. Account masked as <ID>; placeholder'
  },
  {
    id: 'dev5-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: "pull access denied for xxxxx.dkr.ecr.eu-west-1.amazonaws.com/xxxxx, repository does not exist or may require 'docker login': denied: User: arn:aws:iam::xxxxx:user/javapapo-cli is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:eu-west-1:xxxxxx:repository/xxxx",
    source: 'awslabs/amazon-ecr-credential-helper#164',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'aws-account',
    note: 'needs the thread: the ECR credential helper signs with the default AWS credentials (an IAM user with no pull rights on that repository) instead of the intended named profile in ~/.aws/credentials; the maintainer points to AWS_PROFILE. The identity that pulled may not BatchGetImage. Account masked; placeholder'
  },
  {
    id: 'dev5-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: lines(
      '2017-06-09T12:20:54Z [DEBUG] Calling ECR.GetAuthorizationToken for XXXXXXXXXXXXX',
      '2017-06-09T12:21:14Z [ERROR] Error retrieving credentials: NoCredentialProviders: no valid providers in chain. Deprecated. ',
      '\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors'
    ),
    source: 'awslabs/amazon-ecr-credential-helper#40',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'aws-access-key',
    note: "the helper's own log (~/.ecr/log) when docker pull fails: it finds no AWS credentials because they live under a named profile and no profile is selected (renaming it default works, as the reporter says). Two lines of the posted log; account masked; placeholder"
  },
  {
    id: 'dev5-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error response from daemon: invalid registry endpoint https://xxxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v0/: unable to ping registry endpoint https://xxxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v0/ v2 ping attempt failed with error: Get https://xxxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v2/: dial tcp: lookup xxxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com on 172.20.10.1:53: read udp 172.20.10.1:53: i/o timeout',
    source:
      'https://docs.aws.amazon.com/ja_jp/AmazonECR/latest/userguide/common-errors.html',
    expected: 'registry-unreachable',
    note: "AWS's ECR troubleshooting page (the Japanese edition, from the pages corpus) quoting what users see after 'aws ecr get-login': DNS lookup of the registry times out, typically Docker Toolbox/Desktop behind a changed gateway. Account masked; placeholder"
  },
  {
    id: 'dev5-ecr-08',
    family: 'ecr',
    host: '724013829182.dkr.ecr.us-west-2.amazonaws.com',
    text: lines(
      'failed to resolve source metadata for 724013829182.dkr.ecr.us-west-2.amazonaws.com/node:18-slim:',
      'unexpected status from HEAD request at',
      'https://724013829182.dkr.ecr.us-west-2.amazonaws.com/v2/node/manifests/18-slim:',
      '403 Forbidden'
    ),
    source:
      'https://shareful.ai/s/mblode/shares/fix-docker-ecr-auth-expired-pull',
    expected: 'token-expired',
    alsoAcceptable: ['stale-login'],
    note: "needs the thread: a user's shared fix (pages corpus): a build whose base image is in ECR fails with 403 because the ECR token stored in ~/.docker/config.json by an earlier docker login was past its 12 hours; logging in again fixed it. The text alone says only 403 on a pull"
  },
  {
    id: 'dev5-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      '$ docker pull gcr.io/google.com/cloudsdktool/google-cloud-cli:latest',
      'Error response from daemon: Head "https://gcr.io/v2/google.com/cloudsdktool/google-cloud-cli/manifests/latest": unauthorized: failed authentication'
    ),
    source: 'GoogleCloudPlatform/cloud-sdk-docker#328',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'unknown'],
    note: "needs the thread: a pull of Google's public Cloud SDK image from Docker Desktop on Windows; 'failed authentication' on a public image means credentials were sent for gcr.io and refused, i.e. a stored gcloud/credential-helper login for gcr.io (INFERENCE: the thread only gives the workaround of pulling google/cloud-sdk from Docker Hub)"
  },
  {
    id: 'dev5-gar-02',
    family: 'gar',
    host: 'asia-southeast1-docker.pkg.dev',
    text: lines(
      '11 Docker login successful with username  _json_key  on docker registry URL  asia-southeast1-docker.pkg.dev',
      '12 WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      '13 Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
      '14 /bin/sh: type:: not found',
      '15 /bin/sh: project_id:: not found',
      '16 /bin/sh: private_key_id:: not found',
      '17 /bin/sh: private_key:: not found'
    ),
    source: 'devtron-labs/devtron#3549',
    expected: 'malformed-credentials',
    alsoAcceptable: ['registry-mismatch'],
    note: "Devtron's CI step logging in to Artifact Registry with a _json_key service-account key: the key's JSON was pasted unquoted into a shell command, so the shell split it (the /bin/sh lines), the login went to Docker Hub without the registry argument and was refused. A templating/quoting mistake in the tool (a Devtron bug report); later log lines of the post left out"
  },
  {
    id: 'dev5-gar-03',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'input:1: container.withDirectory.publish failed to solve: failed to push [PATH REDACTED]: unexpected status from HEAD request to https://[PATH REDACTED]: 401 Unauthorized',
    source: 'dagger/dagger#4698',
    expected: 'token-expired',
    alsoAcceptable: ['stale-login'],
    note: "needs the thread: a Dagger (Go SDK) script publishing to Artifact Registry after 'gcloud auth configure-docker us-central1-docker.pkg.dev': it worked for hours, then failed after midnight while docker push still worked; deleting the Dagger engine container fixed it, i.e. the engine kept a Google access token that had expired. Host redacted in the post; placeholder from the reporter's steps"
  },
  {
    id: 'dev5-gar-04',
    family: 'gar',
    host: 'eu.gcr.io',
    text: lines(
      'dist-build starting shell (dist:build)',
      'Error: Command failed with exit code 1: docker pull eu.gcr.io/project/external-docker-docker:dind-debian',
      "Error response from daemon: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"
    ),
    source: 'firecow/gitlab-ci-local#1518',
    expected: 'missing-credentials',
    note: "needs the thread: gitlab-ci-local pulling the job's image from a private GCR/Artifact Registry host: the tool does not use the ~/.docker/config.json login the user relies on in GitLab, so the pull goes out without credentials (the issue asks for that support)"
  },
  {
    id: 'dev5-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'detiberyeti~$ docker push gcr.io/k8s-staging-cluster-api-aws/cluster-api-aws-controller:v0.3.5',
      'The push refers to repository [gcr.io/k8s-staging-cluster-api-aws/cluster-api-aws-controller]',
      '813b69fcb0db: Pushing [==================================================>]  51.22MB/51.22MB',
      '87c747af6dc3: Layer already exists',
      '44873b569cf3: Layer already exists',
      'denied: Access denied.'
    ),
    source: 'https://gist.github.com/detiber/134bd75a537716feaac6d363223698ca',
    expected: 'insufficient-scope',
    note: "a gist (docs corpus): with the same login the push to gcr.io/k8s-staging-cluster-api succeeds seconds earlier and the push to the k8s-staging-cluster-api-aws project is denied: the account may not write that project's GCR bucket (INFERENCE from the two pushes; the gist has no comments)"
  },
  {
    id: 'dev5-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: 'Step #1 - "Build production image": error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "gcr.io/_some-repository_": creating push check transport for gcr.io failed: GET https://gcr.io/v2/token?scope=repository%_3Asome-repository%_3Apush%2Cpull&service=gcr.io: UNAUTHORIZED: Not Authorized.',
    source: 'GlobalFishingWatch/frontend#1069',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: kaniko v1.7.0 in Cloud Build: a regression in kaniko's GCR keychain (GoogleContainerTools/kaniko#1791, fixed by #1794) made the push-permission check fail with credentials that worked on 1.6.0; the PR pins the earlier kaniko. Repository masked as posted"
  },
  {
    id: 'dev5-acr-01',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: lines(
      'Failed to pull image "myacr.azurecr.io/webfrontend:v1": rpc',
      '  error: code = Unknown desc = Error response from daemon: Get',
      '  https://myacr.azurecr.io/v2/webfrontend/manifests/v1:',
      '  unauthorized: authentication required, visit https://aka.ms/acr/authorization',
      '  for more information.'
    ),
    source: 'MicrosoftDocs/azure-docs#65510',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "the AKS deployment event of a Helm tutorial: the cluster was never given access to the registry; 'az aks update --attach-acr' fixed it. Hard-wrapped as posted"
  },
  {
    id: 'dev5-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      'Warning: failed to get default registry endpoint from daemon (Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?). Using system default: https://index.docker.io/v1/',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'
    ),
    source: 'Azure/acr#63',
    expected: 'docker-cli-missing',
    alsoAcceptable: ['not-a-login-failure'],
    note: "'az acr login' in Azure Cloud Shell, which has no Docker daemon; the command runs docker login and cannot. Not the credential: docker cannot be used there (a token via --expose-token would be). The closest id is docker-cli-missing; registry name masked, placeholder"
  },
  {
    id: 'dev5-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: lines(
      '$ ./crane ls [repo name omited].azurecr.io',
      '2019/10/16 15:55:27 No matching credentials were found, falling back on anonymous',
      '2019/10/16 15:55:29 reading tags for [repo name omitted].azurecr.io: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/[repo name omitted].azurecr.io Type:repository]]'
    ),
    source: 'bazelbuild/rules_docker#1193',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch', 'missing-credentials'],
    note: 'crane ls given a registry name instead of a repository: crane read it as the Docker Hub repository library/<name>.azurecr.io (the scope says so), found no credentials for Docker Hub and asked anonymously. The reference names no repository on the ACR at all. Registry masked as posted; placeholder host'
  },
  {
    id: 'dev5-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'ERROR: Error: authentication required. Correlation ID: 8e639743-b3ae-4aa2-86fe-bdff31d82894.',
    source: 'Azure/azure-cli#10959',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: 'az acr helm push -u $(registryUsername) -p $(registryPassword)' in an Azure DevOps pipeline; the maintainer: with -u/-p the command uses exactly those credentials, so drop them (and use az login) or check that they are valid; no reply followed (INFERENCE)"
  },
  {
    id: 'dev5-acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "ERROR: Please run 'az login' to setup account.",
    source: 'Azure/azure-cli#8460',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "'az acr helm push -n <> ... -u <> -p <>' on a hosted agent: from Azure CLI 2.0.55 the command needs an az login even with -u/-p (the team's workaround, linked in the thread); no Azure CLI session, so nothing to authenticate with"
  },
  {
    id: 'dev5-acr-06',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: 'Sign in to AAD failed with: failed to refresh ARM access token: adal: Refresh request failed. Status Code = \'401\'. Response body: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'************\'.\\r\\nTrace ID: 4dbc5460-7409-4b26-8535-977db6773400\\r\\nCorrelation ID: fb15127c-61c8-442a-b4db-eba9d17c9903\\r\\nTimestamp: 2022-07-29 13:13:58Z","error_codes":[7000215],"timestamp":"2022-07-29 13:13:58Z","trace_id":"4dbc5460-7409-4b26-8535-977db6773400","correlation_id":"fb15127c-61c8-442a-b4db-eba9d17c9903","error_uri":"https://login.microsoftonline.com/error?code=7000215"} Endpoint https://login.microsoftonline.com/***************/oauth2/token?api-version=1.0',
    source: 'Azure/AKS#3109',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    case: 'service-principal-secret',
    note: "az aks check-acr after a year of working ACR pulls: the cluster's service principal secret had expired and the reporter deleted it, so AAD refuses the secret the cluster still sends; renewing the AKS service-principal credential fixed the pulls. Registry not named in the text; placeholder"
  },
  {
    id: 'dev5-generic-01',
    family: 'generic',
    host: 'container-upload.us-1.crowdstrike.com',
    text: 'podman.errors.exceptions.APIError: 400 Client Error: Bad Request (error pushing image "container-upload.us-1.crowdstrike.com/docker.io/library/python:slim": trying to reuse blob sha256:fd95118eade99a75b949f634a0994e0f0732ff18c2573fabdfc8d4f95b092f0e at destination: unable to retrieve auth token: invalid username/password: unauthorized)',
    source: 'CrowdStrike/container-image-scan#40',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown', 'invalid-credentials'],
    note: "needs the thread: CrowdStrike's scan script pushing through the Podman API; the client id and secret are valid, but the script's container_push passes no auth_config to podman-py, so podman pushes without them (the reporter's analysis; the maintainers later reworked podman login in PR #102). podman words the refused anonymous token as invalid username/password"
  },
  {
    id: 'dev5-generic-02',
    family: 'generic',
    host: 'registry.example.com',
    text: lines(
      'err:  backend-dev Pulling ',
      'err:  backend-dev Error ',
      'err: Error response from daemon: Head "https://xxxx.com/v2/xxxxxxxx/": unauthorized: authentication required'
    ),
    source: 'appleboy/ssh-action#258',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: docker compose pull run over SSH on a deploy host from a Gitea Actions job; the login the workflow did happens on the runner, not on the remote host, so the remote pull has no credentials (the ssh-action threads' recurring cause; this reporter only asks how to fail the step, INFERENCE). Registry masked as xxxx.com; placeholder"
  },
  {
    id: 'dev5-generic-03',
    family: 'generic',
    host: 'docker.xuanyuan.run',
    text: 'Error response from daemon: Head "https://docker.xuanyuan.run/v2/homeassistant/home-assistant/manifests/latest": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"您无法拉取该镜像,请您使用轩辕镜像用户名密码进行身份验证。","detail":[{"Type":"repository","Name":"library/*","Action":"pull"}]}]}',
    source: 'https://xuanyuan.hk.cn/faq/unauthorized-error',
    expected: 'missing-credentials',
    note: "the troubleshooting page of a paid Docker Hub mirror (pages corpus) quoting the error its users see: the mirror requires its own login ('please authenticate with your Xuanyuan mirror username and password'); the page's first cause is logging in as one user and pulling with sudo as root, whose config has no login"
  },
  {
    id: 'dev5-generic-04',
    family: 'generic',
    host: 'registry.example.com',
    text: 'error getting credentials - err: exit status 255, out: ``',
    source: 'https://qiita.com/suin/items/5bab337469248e3d3a4e',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "a user's post (pages corpus): inside a VS Code Dev Container, docker pull, az acr login and helm fail when the container is entered by SSH or docker exec, because the Dev Containers extension writes credsStore 'dev-containers-...' into the container's ~/.docker/config.json and that helper only works from the VS Code terminal. Registry not named (ACR, OCI charts); placeholder"
  },
  {
    id: 'dev5-generic-05',
    family: 'generic',
    host: '10.0.47.239:60000',
    text: lines(
      'docker pull 10.0.47.239:60000/docker/library/python:3.12',
      '3.12: Pulling from docker/library/python',
      '3e6b9d1a9511: Retrying in 1 second ',
      '37927ed901b1: Retrying in 1 second ',
      '79b2f47ad444: Retrying in 1 second ',
      'error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error'
    ),
    source: 'distribution/distribution#4252',
    expected: 'registry-unreachable',
    note: "a registry:2 pull-through cache in front of public.ecr.aws; the cache answers 500 because its upstream fetch ends in 'unexpected EOF' (its log, in the post). Layer lines waiting are left out"
  },
  {
    id: 'dev5-generic-06',
    family: 'generic',
    host: 'iad.ocir.io',
    text: 'unknown: Unauthorized',
    source: 'derekoneil/twitter-feed-oke#4',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "needs the thread: pushing to Oracle Cloud's registry (OCIR) from the workshop's build; the reporter's auth token belonged to a federated user, and creating the token for a non-federated user ('Federated: No') fixed it. The text is the only line quoted in the post; region not given, placeholder host"
  },
  {
    id: 'dev5-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Acquiring token',
      'Sending PATCH request',
      'Received response code: 401',
      '##[error]Docker run failed with exit code 1'
    ),
    source: 'peter-evans/dockerhub-description#7',
    expected: 'password-with-2fa',
    alsoAcceptable: ['pat-required'],
    note: "needs the thread: the dockerhub-description action updating a repository description with the account password of a Docker Hub account that has 2FA enabled; the maintainer: with 2FA (then new) the password no longer gets a token from Hub's login API, and neither did personal access tokens at the time"
  },
  {
    id: 'dev5-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '2024-12-03T09:06:54.4491208Z Acquiring token',
      '2024-12-03T09:06:54.7319170Z ##[error]Unexpected response: 401 Unauthorized'
    ),
    source: 'peter-evans/dockerhub-description#294',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['insufficient-scope', 'invalid-credentials'],
    note: "needs the thread: the same action given a Docker Hub organization access token (OAT), which works for pushes elsewhere in the workflow; the action's login endpoint (/v2/users/login) did not accept OATs (the action later moved to /v2/auth/token, PR #311, and OATs still lack rights to edit repositories)"
  },
  {
    id: 'dev5-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Failed\t\tError: ErrImagePull',
      'BackOff\t\tBack-off pulling image "openshift/hello-openshift:v3.6.0"',
      'Failed\t\tError: ImagePullBackOff',
      'Failed\t\tFailed to pull image "openshift/hello-openshift:v3.6.0": rpc error: code = Unknown desc = reading manifest v3.6.0 in docker.io/openshift/hello-openshift: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit'
    ),
    source: 'arquillian/arquillian-cube#1423',
    expected: 'rate-limited',
    note: 'OpenShift (CRI-O) events in a CI test cluster pulling from Docker Hub anonymously'
  },
  {
    id: 'dev5-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Warning  Failed     76s                 kubelet            Failed to pull image "busybox": rpc error: code = Unknown',
      'desc = failed to pull and unpack image "docker.io/library/busybox:latest": failed to copy: httpReadSeeker: failed open:',
      'unexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:50aa4698fa6262977cff89181b2664b99d8a56dbca847bf62f2ef04854597cf8:',
      '429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.',
      'You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'
    ),
    source: 'kata-containers/kata-containers#10109',
    expected: 'rate-limited',
    note: "kubelet (containerd) pulls in the project's CI while deploying kbs; hard-wrapped as posted"
  },
  {
    id: 'dev5-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to push shish2k/shimmie2:latest: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3A***%2Fshimmie2%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized',
    source: 'shish/shimmie2#1255',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the login step of the workflow succeeds (against the registry named in a DOCKER_REGISTRY setting) but the push to Docker Hub is refused; a fresh token did not help, and the fix was to leave the registry at its default: the values tried for DOCKER_REGISTRY were all wrong, so the login was stored for another address than the one pushed to (INFERENCE from 'all the different things that I tried for DOCKER_REGISTRY were incorrect, and the default seems to be correct')"
  },
  {
    id: 'dev5-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'server message: insufficient_scope: authorization failed',
    source: 'microsoft/vscode-docker#4379',
    expected: 'insufficient-scope',
    note: "the issue title (the error the Docker CLI gave when the VS Code Docker extension pushed to Docker Hub); the maintainer asks whether the personal access token has write scope, the reporter says read/write/delete, and it is left to Docker support. From the text alone: the token or account may not push to that repository (a token's scope, or a namespace it cannot write)"
  },
  {
    id: 'dev5-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'May  4 15:49:12.579: INFO: At 2021-05-04 15:45:50 +0000 UTC - event for pvc-tester-zlrfq: {kubelet kind-worker} Failed: Error: ImagePullBackOff',
      'May  4 15:49:12.579: INFO: At 2021-05-04 15:45:50 +0000 UTC - event for pvc-tester-zlrfq: {kubelet kind-worker} Failed: Failed to pull image "centos": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/centos:latest": failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/centos/manifests/sha256:dbbacecc49b088458781c16f3775f2a2ec7521079034a7ba499c8b0bb7f86875: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'
    ),
    source: 'dell/csi-baremetal#391',
    expected: 'rate-limited',
    note: 'Kubernetes e2e tests on kind pulling centos anonymously from Docker Hub (the older containerd spelling httpReaderSeeker, as posted)'
  },
  {
    id: 'dev5-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'docker pull gitea/runner-images:ubuntu-20.04-full-v25.02.01',
      'ubuntu-20.04-full-v25.02.01: Pulling from gitea/runner-images',
      '3924e917822d: Retrying in 1 second',
      '334fba2b9714: Retrying in 1 second',
      'error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error'
    ),
    source: 'docker/hub-feedback#2440',
    expected: 'registry-unreachable',
    note: 'Docker Hub incident on 2025-02-06 (other users: node, amazoncorretto, bitnami/kubectl fail the same way; dockerstatus.com linked). Waiting layer lines left out'
  },
  {
    id: 'dev5-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: lines(
      "Build container for action use: '/home/runner/work/_actions/appleboy/ssh-action/master/Dockerfile'.",
      'Step 1/4 : FROM ghcr.io/appleboy/drone-ssh:1.6.13',
      'Head "https://ghcr.io/v2/appleboy/drone-ssh/manifests/1.6.13": Get "https://ghcr.io/token?scope=repository%3Aappleboy%2Fdrone->ssh%3Apull&service=ghcr.io": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
      'Error: Docker build failed with exit code 1'
    ),
    source: 'appleboy/ssh-action#247',
    expected: 'registry-unreachable',
    note: "GitHub Actions building a Docker container action whose base image is on GHCR; GHCR's token endpoint timed out for many users at the same hour. The '>' inside the URL is as posted (a quote marker of the post)"
  },
  {
    id: 'dev5-not-login-02',
    family: 'not-login',
    host: 'registry.example.com',
    text: lines(
      'ERRO[0001] failed to call tryLoginWithRegHost            error="failed to call rh.Client.Do: Get \\"https://<some_public_registry_listeining_on_443>:8443/v2/\\": dial tcp <some_ip>:8443: connect: connection refused" i=0',
      'FATA[0001] failed to call rh.Client.Do: Get "https://<some_public_registry_listeining_on_443>:8443/v2/": dial tcp <some_ip>:8443: connect: connection refused'
    ),
    source: 'containerd/nerdctl#773',
    expected: 'registry-unreachable',
    note: 'nerdctl 0.16.0 login to a Harbor listening on 443 tries port 8443 (a nerdctl bug, fixed in the lima release the maintainer points to); the connection is refused before any credential is sent. Host masked; placeholder'
  },
  {
    id: 'dev5-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'blah@ITDEV50:~$ docker pull alpine',
      'Using default tag: latest',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
    ),
    source: 'docker/for-win#12542',
    expected: 'registry-unreachable',
    note: 'Docker Desktop 4.4.4 behind a corporate proxy: the desktop stopped sending some requests through the configured proxy (packet capture in the post); downgrading to 4.3.2 works. The network path, not a login'
  },
  {
    id: 'dev5-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull images of the stack: compose pull operation failed: no matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'Freika/dawarich#1840',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Portainer's stack update on a Raspberry Pi 5: release 0.33.1 was published without an arm64 image (fixed in 0.34.0)"
  },
  {
    id: 'dev5-not-login-05',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'failed to determine artifact digest: GET https://ghcr.io/v2/stefanprodan/charts/podinfo/manifests/6.0.0: MANIFEST_UNKNOWN: manifest unknown',
    source: 'fluxcd/flux2#5329',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'Flux OCIRepository following the docs: the docs named version 6.0.0, for which no OCI chart was ever published (a maintainer: a typo in the docs, use >=6.5.0)'
  },
  {
    id: 'dev5-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      '#19 [auth] library/gha:pull,push token for registry-1.docker.io',
      '#19 DONE 0.0s',
      '------',
      ' > importing cache manifest from gha:',
      '------',
      '------',
      ' > exporting content cache:',
      '------',
      'ERROR: failed to solve: error writing layer blob: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
      'Error: buildx failed with: ERROR: failed to solve: error writing layer blob: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized'
    ),
    source: 'docker/build-push-action#869',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-mismatch'],
    case: 'actions-cache',
    note: "the reusable workflow passed cache-to/cache-from values that buildx read as the image reference 'gha' (type missing), so the cache export went to docker.io/library/gha, which the job may not push to; the scope line shows it. The cache settings, not the registry login"
  },
  {
    id: 'dev5-not-login-07',
    family: 'not-login',
    host: 'ghcr.io',
    text: lines(
      '$ helm repo add nidhogg https://ghcr.io/pelotech/charts/nidhogg',
      'Error: looks like "https://ghcr.io/pelotech/charts/nidhogg" is not a valid chart repository or cannot be reached: failed to fetch https://ghcr.io/pelotech/charts/nidhogg/index.yaml : 404 Not Found'
    ),
    source: 'pelotech/nidhogg#42',
    expected: 'not-a-login-failure',
    case: 'not-a-registry',
    note: "helm repo add against an OCI registry: 'helm repo' subcommands do not work with OCI registries (the maintainer: use helm pull oci://ghcr.io/pelotech/charts/nidhogg); nothing about credentials"
  },
  {
    id: 'dev5-not-login-08',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: lines(
      '$ helm install my-otterwiki \\',
      '  --set config.SITE_DESCRIPTION="An Otter Wiki deployed with Helm" \\',
      '  --set ingress.enabled=true \\',
      '  --set ingress.hosts[0].host="helm.otterwiki.com" \\',
      '  oci://registry-1.docker.io/redimp/otterwiki',
      'Error: INSTALLATION FAILED: manifest does not contain minimum number of descriptors (2), descriptors found: 1'
    ),
    source: 'redimp/otterwiki#122',
    expected: 'not-a-login-failure',
    note: 'helm install of an OCI chart without --version: Helm picked a tag of the same Docker Hub repository that holds the container image, not the chart; with --version 0.1.0 it installs. The wrong artifact, not a login'
  },
  {
    id: 'dev5-not-login-09',
    family: 'not-login',
    host: 'harbor.intra.example.com',
    text: lines(
      'Warning Failed kubelet Failed to pull image `harbor.intra.example.com/proj/app:1.2.3`:',
      'rpc error: code = Unknown desc = failed to pull and unpack image `harbor.intra.example.com/proj/app:1.2.3`:',
      'failed to resolve reference `harbor.intra.example.com/proj/app:1.2.3`:',
      'failed to do request: Head https://harbor.intra.example.com/v2/proj/app/manifests/1.2.3:',
      'x509: certificate signed by unknown authority'
    ),
    source: 'https://cloud.tencent.com.cn/developer/article/2567768',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "a user's write-up of a production incident (pages corpus): kubelet/containerd on kubeadm nodes could not verify a Harbor certificate signed by an internal CA the nodes' containerd did not trust; the text is the event they captured (host as the author wrote it)"
  }
]

/**
 * A thirty-fifth development set of real registry error texts ("dev35"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-fifth
 * development set"). Sources are public web pages only (GitLab's own issue
 * tracker, vendor trackers, blog posts, question-and-answer pages and their
 * rewrites) found with the search tool's `pages` corpus; none is a source of
 * an earlier set (the list of the 1862 earlier sources was checked before
 * each pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts)
 * compares every text with every earlier set, the sealed and blind ones
 * included, without printing them.
 *
 * Each text was labelled from its page before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * page shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV35: readonly RealText[] = [
  {
    id: 'dev35-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'failed to resolve reference "registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helperxxxx": failed to authorize: failed to fetch anonymous token: unexpected status: 502 Bad Gateway',
    source: 'https://gitlab.com/gitlab-org/gitlab-runner/-/issues/29473',
    expected: 'registry-unreachable',
    note: "GitLab's issue on an incident of the GitLab Container Registry: the runner helper image could not be pulled while registry.gitlab.com's token endpoint answered 502. The issue quotes a shorter line (the same error without the reference) and this one; the sentence's closing period was dropped"
  },
  {
    id: 'dev35-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: [
      'Pulling docker image registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-12335144 ...',
      'WARNING: Failed to pull image with policy "always": initializing source docker://registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-12335144: pinging container registry registry.gitlab.com: Get "https://registry.gitlab.com/v2/": dial tcp 35.227.35.254:443: i/o timeout (manager.go:237:243s)'
    ].join('\n'),
    source: 'https://gitlab.com/gitlab-org/gitlab-runner/-/issues/29576',
    expected: 'registry-unreachable',
    note: 'a podman-based runner in a walled garden that cannot reach registry.gitlab.com ("This failed due to the fact the runner is in a walled garden"); the prebuilt helper image was not imported, so the runner tried to pull it'
  },
  {
    id: 'dev35-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: "Couldn't mount blobs for cross-repository push: Blob mount failed to url https://registry.gitlab.com/v2/craiggardener/alpine/alpine/blobs/uploads/?from=craiggardener%2Falpine%2Fppc64le_alpine&mount=sha256%3Adaa414b19dcffa0ba7b80abb50a6b31156f1efd7bb1b8cdaeeb848da367afa38: HTTP status 401",
    source: 'https://gitlab.com/gitlab-org/gitlab/-/work_items/20167',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: manifest-tool pushing a multi-arch manifest list to GitLab; the registry\'s own log for the request says "error authorizing context: authorization token required", i.e. the tool held a credential (its pushes worked) but sent no token with the cross-repository blob mount. INFERENCE: the stored page shows no fix'
  },
  {
    id: 'dev35-ecr-01',
    family: 'ecr',
    host: '123456798012.dkr.ecr.eu-west-1.amazonaws.com',
    text: [
      'WARNING: Failed to pull image with policy "always": Error response from daemon: Head "https://123456798012.dkr.ecr.eu-west-1.amazonaws.com/v2/my-image/manifests/3.10": no basic auth credentials (manager.go:237:0s)',
      'ERROR: Job failed: failed to pull image "123456798012.dkr.ecr.eu-west-1.amazonaws.com/my-image:3.10" with specified policies [always]: Error response from daemon: Head "https://123456798012.dkr.ecr.eu-west-1.amazonaws.com/v2/my-image/manifests/3.10": no basic auth credentials (manager.go:237:0s)'
    ].join('\n'),
    source:
      'https://blog.revolve.team/2024/02/01/private-amazon-ecr-registry-with-gitlab/',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a GitLab runner's docker executor pulling a job image from a private ECR repository with no registry credential for it (the post's fix propagates ECR credentials to the job before it starts); the account id is the post's own example. The runner's preamble lines are trimmed"
  },
  {
    id: 'dev35-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam::ACCOUNT_NUMBER:user/MY_USER is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
    source: 'https://openillumi.com/en/en-aws-ecr-access-denied-exception-fix',
    expected: 'aws-access-denied',
    note: '`aws ecr get-login-password` from a laptop; the post (a write-up of a Stack Overflow question, masking as posted) says the policy had been attached to another identity than the one making the call. The post names no registry: `host` is a placeholder ECR host'
  },
  {
    id: 'dev35-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: [
      'User: arn:aws:iam::123456789:user/admin is not authorized to perform:',
      'ecr:CreateRepository on resource: *'
    ].join('\n'),
    source: 'https://serverdevworker.com/130933384d',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied', 'not-a-login-failure'],
    note: 'an IAM user whose attached AmazonEC2ContainerServiceFullAccess policy lacks ecr:CreateRepository; the fix adds that permission. Not the token request (ecr:GetAuthorizationToken) that aws-access-denied names, and not a login, hence the alternatives. The post names no registry: `host` is a placeholder ECR host; the line break is as posted (a trailing space trimmed)'
  },
  {
    id: 'dev35-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: [
      'docker run -p 80:80 gcr.io/prj_name/image_name',
      "Unable to find image 'gcr.io/prj_name/image_name:latest' locally",
      'Pulling repository gcr.io/prj_name/image_name',
      'FATA[0000] HTTP code: 403'
    ].join('\n'),
    source:
      'https://stackoverflow.com/questions/29291576/access-google-container-registry-without-the-gcloud-client',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: a CoreOS host without gcloud pulling a private gcr.io image with no docker login for gcr.io (the question asks how to log in without gcloud; the answers give the _token/oauth2accesstoken login with an access token). GCR answered this old client's anonymous pull with a bare 403. INFERENCE: the stored excerpt does not show which answer fixed it"
  },
  {
    id: 'dev35-gar-02',
    family: 'gar',
    host: 'us-east1-docker.pkg.dev',
    text: 'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied...',
    source:
      'https://openillumi.com/en/en-artifact-registry-docker-push-error-fix',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a push to Artifact Registry with IAM roles in place; the fix was `gcloud auth configure-docker us-east1-docker.pkg.dev`, i.e. docker had no credential helper for the regional host. The text is cut with "..." as the post (a write-up of a Stack Overflow question) quotes it; the host is the region the post names'
  },
  {
    id: 'dev35-gar-03',
    family: 'gar',
    host: 'asia-south1-docker.pkg.dev',
    text: [
      'denied: Permission "artifactregistry.repositories.uploadArtifacts"',
      'denied on resource "projects/PROJECT_ID/locations/asia-south1/repositories/images"'
    ].join('\n'),
    source: 'https://dev-solve.com/posts/4853aa4',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: "INFERENCE: a push from GitHub Actions to Artifact Registry; the page lists the service account's missing roles/artifactregistry.writer first and docker not configured for the regional host second, with no confirmed fix. The denial names the write permission, so the identity that reached the registry may not upload; the line break is as posted"
  },
  {
    id: 'dev35-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'failed to verify id token signature',
    source: 'https://blog.gitcode.com/9b0e3a8227883bac670679cfb87e6653.html',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: "needs the thread: `docker login` to a Harbor whose users come from OIDC (Dex with GitHub); the web login works. The page's advice: log in with the CLI secret from the Harbor user profile (not the OIDC provider's credential), log in to the UI again and regenerate the secret, or recreate the user. INFERENCE: the page (a Chinese write-up of a Harbor thread) shows no confirmed fix. The post names no registry: `host` is a placeholder Harbor host"
  },
  {
    id: 'dev35-generic-01',
    family: 'generic',
    host: 'nexus.example.com',
    text: [
      'The push refers to repository []',
      '9c27e219663c: Layer already exists',
      'blob upload invalid: blob upload invalid'
    ].join('\n'),
    source: 'https://issues.sonatype.org/browse/NEXUS-25275',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a push to a Nexus docker group repository whose writable member is a hosted repository with a read-only deployment policy; Nexus\'s response detail says "Repository is read only: docker-hosted" and the issue asks for a clearer message. The login worked. The issue masked the host (the brackets are empty as posted): `host` is a placeholder; a trailing space trimmed'
  },
  {
    id: 'dev35-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: Job failed (system failure): prepare environment: image pull failed: rpc error: code = Unknown desc = Error reading manifest x86_64-6fbc7474 in docker.io/gitlab/gitlab-runner-helper: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit. Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information',
    source: 'https://gitlab.com/gitlab-org/gitlab-runner/-/issues/27193',
    expected: 'rate-limited',
    note: "GitLab Runner's Kubernetes executor pulling its helper image from Docker Hub when Docker Hub's pull limits began (November 2020)"
  },
  {
    id: 'dev35-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: Preparation failed: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit (docker.go:142:1s)',
    source:
      'https://kabanashvili.com/blog/post/postmortem-2-toomanyrequests-response-from-docker_29edkmdtkk83om6c',
    expected: 'rate-limited',
    note: 'GitLab CI jobs pulling their images anonymously from Docker Hub; the fix moved the images to the GitLab registry'
  },
  {
    id: 'dev35-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: Preparation failed: failed to pull image "node:12.19" with specified policies [always]: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit (manager.go:205:1s)',
    source: 'https://blog.talanlabs.com/fix-docker-pull-limit',
    expected: 'rate-limited',
    note: "a French post: GitLab CI jobs pulling from Docker Hub; the fix is GitLab's Dependency Proxy. The same post is also stored at http://www.nicosauvage.fr/posts/gitlab-dependency-proxy.fr/ (not used)"
  },
  {
    id: 'dev35-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'HTTP/1.1 429 Too Many Requests',
    source:
      'https://developer.skatelescope.org/en/st-1757-before-workshop/tools/containers/docker-proxy-cache.html',
    expected: 'rate-limited',
    note: "the SKA developer portal's account of Docker Hub's pull limits reached by their CI and clusters; their fix is a caching proxy in front of Docker Hub"
  },
  {
    id: 'dev35-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'exec /usr/local/bin/app: exec format error',
    source: 'https://sumguy.com/multi-arch-docker-builds-qemu-buildx/',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an image built on an x86_64 laptop and run on an arm64 Raspberry Pi; the fix is a multi-arch build with buildx. The post names no registry: `host` is Docker Hub, where its example image lives'
  }
]

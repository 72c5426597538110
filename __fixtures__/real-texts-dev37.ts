/**
 * A thirty-seventh development set of real registry error texts ("dev37"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-seventh
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1964
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them. Its
 * direction: the images CI jobs pull for themselves in users' repositories
 * (GitHub Actions job containers and docker:// or Docker action images,
 * GitLab CI, Drone, Gitea Actions runners), and look-alikes from the same
 * places.
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

export const REAL_TEXTS_DEV37: readonly RealText[] = [
  {
    id: 'dev37-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker pull ghcr.io/wangyoucao577/go-release-action:v1.36\nError response from daemon: Head "https://ghcr.io/wangyoucao577/go-release-action/manifests/v1.36": received unexpected HTTP status: 503 Service Unavailable\nWarning: Docker pull failed with exit code 1, back off 5.225 seconds before retry.',
    source: 'wangyoucao577/go-release-action#115',
    expected: 'registry-unreachable',
    note: "The runner pulling a Docker action's image (a docker:// step) on every job; GHCR answered 503. The three lines were posted each in its own backticks (removed); the URL lacks /v2/ as posted. INFERENCE: the stored thread shows no cause beyond the report, but a 503 from the registry is a registry-side failure by its wording"
  },
  {
    id: 'dev37-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker --config /home/runner/work/_temp/.docker_5e75b663-7848-47c1-a3d7-caf86a3229bb login ghcr.io -u jkwak-work --password-stdin\n/usr/bin/docker --config /home/runner/work/_temp/.docker_5e75b663-7848-47c1-a3d7-caf86a3229bb pull ghcr.io/shader-slang/slang-linux-gpu-ci:v1.6.1\nError response from daemon: denied\nWarning: Docker pull failed with exit code 1, back off 5.147 seconds before retry.\n/usr/bin/docker --config /home/runner/work/_temp/.docker_5e75b663-7848-47c1-a3d7-caf86a3229bb pull ghcr.io/shader-slang/slang-linux-gpu-ci:v1.6.1\nError response from daemon: denied\nWarning: Docker pull failed with exit code 1, back off 6.28 seconds before retry.\n/usr/bin/docker --config /home/runner/work/_temp/.docker_5e75b663-7848-47c1-a3d7-caf86a3229bb pull ghcr.io/shader-slang/slang-linux-gpu-ci:v1.6.1\nError response from daemon: denied\nError: Docker pull failed with exit code 1',
    source: 'shader-slang/slang#11366',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the 'Starting job container' step of a run on a fork: the runner logs in to GHCR with the fork's GITHUB_TOKEN (as the fork's actor), which may not read the upstream organisation's private package; the issue asks for the package to be readable from any repository. Leading indentation and the step headers above the login line trimmed. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev37-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/radiantearth/stac-browser:latest\nError response from daemon: denied',
    source: 'radiantearth/stac-browser#433',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the reporter was logged in to ghcr.io; the maintainer found the package's visibility set to private and had it made public (\"Should work now\"). GHCR answers a logged-in user's read of a private package it does not grant with a bare 'denied'"
  },
  {
    id: 'dev37-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '# docker pull ghcr.io/browser-use/web-ui\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/browser-use/web-ui/manifests/latest": denied',
    source: 'browser-use/web-ui#614',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a collaborator answered that it is "a problem with the build image permission of the repository" (the package is not public) and pointed to docker compose instead. INFERENCE: no confirmed fix in the stored thread'
  },
  {
    id: 'dev37-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker pull ghcr.io/jacobtomlinson/gha-find-replace:2.0.0\nError response from daemon: Head "https://ghcr.io/v2/jacobtomlinson/gha-find-replace/manifests/2.0.0": unauthorized\nWarning: Docker pull failed with exit code 1, back off 1.293 seconds before retry.\n/usr/bin/docker pull ghcr.io/jacobtomlinson/gha-find-replace:2.0.0\nError response from daemon: Head "https://ghcr.io/v2/jacobtomlinson/gha-find-replace/manifests/2.0.0": unauthorized\nWarning: Docker pull failed with exit code 1, back off 6.891 seconds before retry.\n/usr/bin/docker pull ghcr.io/jacobtomlinson/gha-find-replace:2.0.0\nError response from daemon: Head "https://ghcr.io/v2/jacobtomlinson/gha-find-replace/manifests/2.0.0": unauthorized',
    source: 'jacobtomlinson/gha-find-replace#41',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a Docker action's new image on GHCR, pulled anonymously by the runner in users' workflows; the maintainer \"forgot to make the image public\". Copied from a commenter's log (leading indentation trimmed)"
  },
  {
    id: 'dev37-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker login ghcr.io -u <app-bot>\ndocker pull ghcr.io/<owner>/ai-implement-runner:latest\nError response from daemon: denied',
    source: 'BuildDownAI/AI-Implement#88',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: "needs the thread: a job container's private runner image pulled with the job's token under an explicit `permissions:` block that leaves `packages` at none; the PR adds `packages: read` (its successor #92 also adds a container `credentials:` block). The placeholders <app-bot> and <owner> are the post's own. INFERENCE: the PR was closed for #92, so this exact fix was not confirmed"
  },
  {
    id: 'dev37-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull minio/minio\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/minio/minio/manifests/latest: unauthorized: incorrect username or password',
    source: 'minio/minio#5552',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: minio/minio is public; the maintainer pointed to docker/hub-feedback#1098 and `docker logout`, i.e. a stored Docker Hub login that Hub no longer accepts breaking an anonymous pull. INFERENCE: the reporter's confirmation is not in the stored excerpt"
  },
  {
    id: 'dev37-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#3 ERROR: pulling from host registry-1.docker.io failed with status code [manifests 20.10]: 429 Too Many Requests\nERROR: failed to solve: docker:20.10: pulling from host registry-1.docker.io failed with status code [manifests 20.10]: 429 Too Many Requests\nWarning: Docker build failed with exit code 1, back off 6.46 seconds before retry.',
    source: 'addnab/docker-run-action#56',
    expected: 'rate-limited',
    note: "The runner building a Docker container action's own image (FROM docker:20.10) on a self-hosted runner; Docker Hub refused the anonymous manifest read with 429. Lines kept are three of the posted build log; the Dockerfile excerpt between them is cut"
  },
  {
    id: 'dev37-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#8 [internal] load metadata for docker.io/library/node:18@sha256:d0bbfdbad0bff8253e6159dcbee42141db4fc309365d5b8bcfce46ed71569078\n#8 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/node/manifests/sha256:d0bbfdbad0bff8253e6159dcbee[42](https://github.com/headlamp-k8s/headlamp/actions/runs/11331518470/job/31511712340?pr=2416#step:10:43)141db4fc309365d5b8bcfce46ed71569078: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'kubernetes-sigs/headlamp#2417',
    expected: 'rate-limited',
    note: "A docker build in the project's CI on hosted runners; the '[42](\u2026)' inside the digest is a log line link GitHub's copy inserted, kept as posted. The maintainer thought it temporary"
  },
  {
    id: 'dev37-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Pull down action image \'mikefarah/yq:4-githubaction\'\n/usr/bin/docker pull mikefarah/yq:4-githubaction\nError response from daemon: Head "https://registry-1.docker.io/v2/mikefarah/yq/manifests/4-githubaction": unauthorized: incorrect username or password\nWarning: Docker pull failed with exit code 1, back off 1.872 seconds before retry.\n/usr/bin/docker pull mikefarah/yq:4-githubaction\nError response from daemon: Head "https://registry-1.docker.io/v2/mikefarah/yq/manifests/4-githubaction": unauthorized: incorrect username or password\nWarning: Docker pull failed with exit code 1, back off 1.528 seconds before retry.\n/usr/bin/docker pull mikefarah/yq:4-githubaction\nError response from daemon: Head "https://registry-1.docker.io/v2/mikefarah/yq/manifests/4-githubaction": unauthorized: incorrect username or password\nError: Docker pull failed with exit code 1',
    source: 'mikefarah/yq#2160',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'stale-login'],
    note: "needs the thread: the runner pulling a Docker action's public image (a `uses:` step) on hosted runners, where the users had logged in to nothing; others hit it the same day \"across the board\" (also docker/setup-qemu-action#168 with tonistiigi/binfmt), so Docker Hub itself answered the anonymous read wrongly. The post's '> ' quote markers and indentation removed. INFERENCE: no cause confirmed in the stored thread"
  },
  {
    id: 'dev37-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Logging into Docker registry docker.io...\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login\nError: Command failed: docker login -u *** --password-stdin docker.io\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: please use personal access token to login',
    source: 'frncsdrk/avatar#8',
    expected: 'pat-required',
    alsoAcceptable: ['password-with-2fa'],
    note: 'A third-party docker push action (not login-action) logging in with the account password; Docker Hub asks for a personal access token. INFERENCE: the issue was closed with "Done" and no description of the fix'
  },
  {
    id: 'dev37-generic-01',
    family: 'generic',
    host: 'drone-registry.xy.mycompany.corp',
    text: 'Pulling repository drone-registry.xy.mycompany.corp/example_org/example_image\n2015/01/07 19:39:41 Error building 0b79975407ac4b5fb007f82ae2a1f1151b8f9c1b, Err: Authentication is required.',
    source: 'harness/harness#789',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "Drone (0.3) pulling a build image from a private registry; `docker login` and `docker pull` on the host worked, but Drone did not yet support private build images (the maintainer merged it into the feature request #728): the pull carried no credential. The registry host is the post's own (anonymised by the reporter)"
  },
  {
    id: 'dev37-generic-02',
    family: 'generic',
    host: 'docker.uncharted.software',
    text: 'Error response from daemon: Get https://docker.uncharted.software/v2/torflow/manifests/latest: no basic auth credentials.',
    source: 'unchartedsoftware/torflow#12',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'The text is the issue\'s title (the body says "I get this error"); the reporter had logged in with Docker Hub credentials, not to the project\'s own registry, so docker sent none to it. INFERENCE: no reply in the stored thread (the registry may not be open to outsiders at all)'
  },
  {
    id: 'dev37-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Pulling config-server (registry.gitlab.com/youness951/spring-petclinic-microservices/spring-petclinic-config-server:2.1.5)...\nmanifest for registry.gitlab.com/youness951/spring-petclinic-microservices/spring-petclinic-config-server:2.1.5 not found: manifest unknown: manifest unknown\nERROR: Job failed: exit code 1',
    source: 'openshift/origin#23790',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "docker-compose in a GitLab CI job pulling a tag the project's registry does not have; filed in openshift/origin's tracker though nothing in it is OpenShift. A blank line before the last line removed. The thread has no answer (closed as rotten): the label rests on the text"
  },
  {
    id: 'dev37-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'INFO[0000] Retrieving image manifest gcr.io/distroless/base-debian12:nonroot\nINFO[0000] Retrieving image gcr.io/distroless/base-debian12:nonroot from registry gcr.io\nerror building image: unable to complete operation after 0 attempts, last error: GET https://gcr.io/v2/token?scope=repository%3Adistroless%2Fbase-debian12%3Apull&service=gcr.io: UNAUTHORIZED: authentication failed',
    source: 'GoogleContainerTools/kaniko#1984',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Kaniko in a GitLab CI job (GitLab's SaaS runners) reading a public distroless base image; the same URL fetched anonymously with wget worked, and the commenter traced the change to the runner fleet between a good and a bad job: a credential the runner environment supplies for gcr.io (not the job's) is sent and refused, breaking an anonymous read. Trailing spaces trimmed. INFERENCE: no fix confirmed in the stored excerpt"
  },
  {
    id: 'dev37-ecr-01',
    family: 'ecr',
    host: '308535385114.dkr.ecr.us-east-1.amazonaws.com',
    text: '+ docker manifest inspect 308535385114.dkr.ecr.us-east-1.amazonaws.com/pytorch/pytorch-linux-focal-cuda12.6-cudnn9-py3-gcc11:c097a94c03da3be2f692f9ff22e3963e933633cf\ndenied: User: arn:aws:sts::391835788720:assumed-role/ghci-lf-github-action-runners-runner-role/i-0e98877505f067739 is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:308535385114:repository/pytorch/pytorch-linux-focal-cuda12.6-cudnn9-py3-gcc11 because no resource-based policy allows the ecr:BatchGetImage action',
    source: 'pytorch/pytorch#148771',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    case: 'read-denied',
    note: "A CI step on self-hosted GitHub Actions runners whose role (account 391835788720) reads an image of another account's repository (308535385114) that grants it no pull in its repository policy; the maintainers answered that runners should have read access and advised OIDC. INFERENCE: the stored excerpt shows no final fix"
  },
  {
    id: 'dev37-acr-01',
    family: 'acr',
    host: 'mcr.microsoft.com',
    text: 'failed to solve: mcr.microsoft.com/playwright:v1.58.2-noble: failed to resolve source metadata for\nmcr.microsoft.com/playwright:v1.58.2-noble: unexpected status from HEAD request to\nhttps://mcr.microsoft.com/v2/playwright/manifests/v1.58.2-noble: 403 Forbidden',
    source: 'microsoft/containerregistry#188',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Microsoft Container Registry (served from Azure Container Registry, hence the family) answering 403 to anonymous reads from some Azure-hosted address ranges: the issue reports it from Codespaces, this comment (a commenter's) from a Docker build on GitHub Actions, intermittently. No credential is involved. INFERENCE: no cause confirmed by Microsoft in the stored thread"
  },
  {
    id: 'dev37-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: Get https://<registry-name>/v2/: unauthorized: authentication required',
    source: 'goharbor/harbor#10840',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    case: 'clock',
    note: 'needs the thread: a commenter\'s `docker login` as a Harbor robot account (core log: failed to verify secret \u2026 robot$temp); they found "the time on our worker nodes was out of sync. Once synced our login issue was resolved". The post masked the host as <registry-name> (kept); `host` is a placeholder of the family'
  },
  {
    id: 'dev37-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: "docker-setup Warning pull access denied for swift-website-builder, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'swiftlang/swift-org-website#1346',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "A warning in a workflow's docker compose setup: the service image swift-website-builder is built locally, so no registry has it and compose's pull attempt fails harmlessly (the maintainer asks whether to address or squash it). INFERENCE: no answer in the stored thread"
  },
  {
    id: 'dev37-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'oca-fleet:6c20a4c_env_1_job_1' locally\ndocker: Error response from daemon: pull access denied for oca-fleet, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'OCA/fleet#31',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'runbot\'s CI job runs an image it builds locally; when that build has not produced the image, docker looks for it on Docker Hub. "It was probably a problem at the moment. It\'s working now." INFERENCE'
  },
  {
    id: 'dev37-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for cerc/act-runner, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'cerc-io/stack-orchestrator#337',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: cerc/act-runner is an image the stack builds locally; the documentation left out the build step, which the PR adds ("docs: add missing step")'
  },
  {
    id: 'dev37-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for codalab/server:bpython3 not found: manifest unknown: manifest unknown',
    source: 'codalab/codalab-worksheets#1331',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "A bug made the service script pull a tag built from the branch name ('bpython3'), which does not exist; fixed in the script"
  },
  {
    id: 'dev37-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: "Error: EACCES: permission denied, open '/__w/_temp/_runner_file_commands/save_state_2b00fafd-10c3-4255-90f8-57582bc4e694'",
    source: 'ChristopherHX/runner-image-blobs#1',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "actions/checkout in a job container (christopherhx/runner-images) run by a Gitea Actions runner: the container's user may not write the runner's file-command files. Only the error line of a Node stack trace kept"
  },
  {
    id: 'dev37-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for configuration-server, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'ghkdqhrbals/spring-chatting-server#78',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the deployment workflow's compose file names images built on the developer's machine (configuration-server:latest and others, listed in the thread); on the runner no such image exists and Docker Hub has no such repository. INFERENCE: the stored excerpt shows no fix"
  }
]

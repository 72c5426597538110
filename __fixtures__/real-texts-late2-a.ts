/**
 * The second late set, part A (GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The second late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE2_A: readonly RealText[] = [
  {
    id: 'late2-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: buildx failed with: ERROR: denied: installation not allowed to Write organization package',
    source: 'jidicula/clang-format-action#190',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'the description says the failing runs are Dependabot updates (a read-only GITHUB_TOKEN); fixed by the maintainer in #191'
  },
  {
    id: 'late2-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '{\n    "errors": [\n        {\n            "code": "DENIED",\n            "message": "installation not allowed to Create organization package"\n        }\n    ]\n}',
    source: 'devcontainers/template-starter#14',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "the registry's JSON answer as posted; the reporter's fix was the workflow's and the organization's package permission settings (a screenshot, \"not positive what finally got it to work\")"
  },
  {
    id: 'late2-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker buildx imagetools inspect ghcr.io/openai/tunnel-client-runtime:0.0.14\n# failed to fetch anonymous token ... 401 Unauthorized',
    source: 'openai/tunnel-client#75',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'the "..." is the reporter\'s own elision; an anonymous pull of a package that is not public (the issue: the full image is public, the runtime one returns 401 on the token request); no fix in the stored thread (INFERENCE on the cause: package visibility)'
  },
  {
    id: 'late2-ghcr-04',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Get https://docker.pkg.github.com/v2/org/repo/image/manifests/latest: no basic auth credentials',
    source: 'actions/example-services#9',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the path org/repo/image is the reporter's own mask; a job service container pulled from the old registry with no login for it (it wanted one even for public packages)"
  },
  {
    id: 'late2-ghcr-05',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Head https://docker.pkg.github.com/v2/eu-digital-green-certificates/dgc-gateway/container/manifests/1.0.1: no basic auth credentials',
    source: 'eu-digital-green-certificates/dgc-gateway#59',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'the maintainers answer that a docker login to docker.pkg.github.com is needed to pull'
  },
  {
    id: 'late2-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/pagefaultgames/pokerogue/manifests/latest": denied',
    source: 'pagefaultgames/rogueserver#10',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the compose example names a package the reporters cannot read; a second user logged in with a token with read:packages is denied too, so the package is not public to them (a commenter\'s "log in even for public images" does not explain that). Compose progress lines before the error are trimmed. INFERENCE: no confirmed fix in the stored thread'
  },
  {
    id: 'late2-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '❯ docker pull ghcr.io/enricomi/publish-unit-test-result-action:v1.38\nv1.38: Pulling from enricomi/publish-unit-test-result-action\nerror pulling image configuration: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'EnricoMi/publish-unit-test-result-action#307',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a public image, pulled anonymously on a laptop and in Actions, failing for several reporters the same day (2022-06-22), the day other GHCR threads report the same answer for public images: GHCR's fault, not a credential. Layer progress lines are trimmed. INFERENCE: the stored thread shows no statement of the cause"
  },
  {
    id: 'late2-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/cially/cially-web/manifests/latest": unauthorized',
    source: 'cially/cially#44',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'the last line of a docker compose pull (the per-service progress lines before it are trimmed); images that could be pulled before now answer unauthorized to an anonymous pull: a package made private (INFERENCE: the stored thread shows no fix)'
  },
  {
    id: 'late2-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'permission_denied: installation not allowed to Create organization package',
    source: 'atlanhq/application-sdk#2680',
    expected: 'insufficient-scope',
    note: "quoted in a pull request's description: a GitHub App installation token may not create a new organization package (an organization-level restriction); the PR retests against an existing package"
  },
  {
    id: 'late2-ghcr-10',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Get https://docker.pkg.github.com/v2/codespell-project/actions-codespell/master/manifests/latest: no basic auth credentials',
    source: 'codespell-project/actions-codespell#20',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'a pull with no login from the old registry, which wanted one even for public packages'
  },
  {
    id: 'late2-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#30 [prereqs 20/21] ADD .git/index /cuda-quantum/.git/index\n#30 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://ghcr.io/v2/nvidia/buildcache-cuda-quantum-merge-group-assets-prereqs-cu12-6-llvm-arm64/blobs/sha256:f6d240177c52f64e99f6e65d17a5ccaa4e67a79a92a25789dd5d56c05da7e41b: 429 Too Many Requests - Server message: toomanyrequests: retry-after: 333.939671ms',
    source: 'NVIDIA/cuda-quantum#3979',
    expected: 'rate-limited'
  },
  {
    id: 'late2-ghcr-12',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: '1a4f5de7f684: Layer already exists\n13545bbbc98b: Layer already exists\nc67dd3decb62: Layer already exists\nunknown blob\nError: exit status 1',
    source: 'docker/build-push-action#271',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'host from the workflow in the post (docker.pkg.github.com, logged in with github.token); an intermittent registry-side blob error on push, labelled upstream by the maintainers: not a credential'
  },
  {
    id: 'late2-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '➜  ~ oras repo ls ghcr.io/guacsec/guac-test-image --debug\nDEBU[0000] Request #0\n> Request URL: "https://ghcr.io/v2/_catalog"\n> Request method: "GET"\nDEBU[0000] Response #0\n< Response Status: "401 Unauthorized"\nDEBU[0003] Request #1\n> Request URL: "https://ghcr.io/token?scope=registry%3Acatalog%3A%2A&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io"\n> Request method: "GET"\nDEBU[0003] Response #1\n< Response Status: "403 Forbidden"',
    source: 'oras-project/oras#1128',
    expected: 'insufficient-scope',
    case: 'list-denied',
    note: 'trimmed inside: the request and response header lines are left out, and the closing Error line (cut short in the stored copy) is not copied; an anonymous listing of the registry catalog, which GHCR refuses, while pulls of the public image work'
  },
  {
    id: 'late2-ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'time="2021-09-02T10:40:58Z" level=error msg="trigger.poll.RepositoryWatcher.Watch: failed to add image watch job" error="Get \\"https://ghcr.io/v2/myuser/myapp/manifests/1.0.0\\": http: non-successful response (status=403 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"DENIED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"invalid token\\\\\\"}]}\\\\n\\")" image="namespace:shared,image:ghcr.io/myuser/myapp:1.0.0,provider:kubernetes,trigger:poll,sched:@every 1m,secrets:[mysercret]"',
    source: 'keel-hq/keel#632',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "the image path myuser/myapp and the secret name are the reporter's own; GHCR refuses the token keel sends with the pull secret, while the kubelet deploys the image with the same secret; later comments say keel does not support ghcr.io, so the tool rather than the secret may be at fault (INFERENCE: no fix in the thread)"
  },
  {
    id: 'late2-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to push ghcr.io/tr3kkr/yuzu-agent-bundle-chisel:0.12.0:\nHEAD request to .../blobs/sha256:... 403 Forbidden',
    source: 'Tr3kkR/Yuzu#1180',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "quoted in a pull request's description, with the reporter's own elisions; the package was first created by a local PAT push, so the repository's GITHUB_TOKEN has no role on it"
  },
  {
    id: 'late2-ghcr-16',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/scaleoutsystems/fedn/fedn:develop-mnist-pytorch' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/scaleoutsystems/fedn/fedn/manifests/develop-mnist-pytorch\": denied: denied.\nSee 'docker run --help'.",
    source: 'scaleoutsystems/scaleout-client#470',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found', 'insufficient-scope'],
    note: "denied: denied for a documented public image is GHCR's answer to a stored ghcr.io login it refuses; the reporter only tried logging in and out of Docker Hub. INFERENCE: the stored thread shows no fix, and a package not public would read the same"
  },
  {
    id: 'late2-ghcr-17',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'pushing artifact failed: pushing artifact failed: HEAD https://ghcr.io/v2/ameyp/manifests/k3s-cluster/blobs/sha256:994b1a57917cbabb64fc705a801940f38b5a55d3104150bacc079affb5da5ee3: unexpected status code 403 Forbidden (HEAD responses have no body, use GET for details)',
    source: 'fluxcd/flux2#3969',
    expected: 'insufficient-scope',
    note: 'needs the thread: flux push artifact in Actions with GITHUB_TOKEN is refused, while the same push with a PAT works locally; the token may not write that package. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'late2-ghcr-18',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "[2023-05-18T21:52:52.879Z] Start: Run: docker-credential-desktop get\n[2023-05-18T21:52:52.983Z] Stop (104 ms): Run: docker-credential-desktop get\n[2023-05-18T21:52:53.207Z] [httpOci] Could not fetch bearer token for 'ghcr.io': Error: HTTP 403: Forbidden\n[2023-05-18T21:52:53.207Z] [httpOci] ERR: Failed to fetch Bearer token from registry.\n[2023-05-18T21:52:53.207Z] Request 'https://ghcr.io/v2/devcontainers/features/docker-from-docker/manifests/1' failed",
    source: 'microsoft/vscode-remote-release#8506',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'the dev container CLI sends the ghcr.io credential it got from docker-credential-desktop to fetch a public Feature and gets 403; the next log line is cut in the stored copy and not copied. INFERENCE: the stored thread shows no fix'
  },
  {
    id: 'late2-ghcr-19',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Error: ERR: Feature 'ghcr.io/entireio/devcontainer-features/entire-cli:1' could not be processed. You may not have permission to access this Feature, or may not be logged in. If the issue persists, report this to the Feature author.",
    source: 'entireio/cli#1090',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: docker manifest inspect of the documented Feature answers unauthorized without a login, and the issue (by the vendor) calls the package not publicly accessible'
  }
]

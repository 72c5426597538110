/**
 * The ninety-ninth development set ("dev99": GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-ninth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV99: readonly RealText[] = [
  {
    id: 'dev99-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'GITHUB_TOKEN Permissions\nContents: read\nMetadata: read\nPackages: read\n\nERROR: failed to build: failed to solve: failed to push ghcr.io/openagenthq/openagent-eval:latest: denied: installation not allowed to Write organization package',
    source: 'OpenAgentHQ/openagent-eval#319',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'A pull_request run from a fork: the job token is Packages: read (shown in the text), so the organization package cannot be written.'
  },
  {
    id: 'dev99-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#16 ERROR: failed to push ghcr.io/MY_ORG/MY_REPO:latest: unexpected status from HEAD request to https://ghcr.io/v2/MY_ORG/MY_REPO/blobs/sha256:f698428706820e407a258fef7b91e82cecfa28636a487094468a8ee12ce15b7b: 403 Forbidden\n------\n > exporting to image:\n------\nERROR: failed to solve: failed to push ghcr.io/MY_ORG/MY_REPO:latest: unexpected status from HEAD request to https://ghcr.io/v2/MY_ORG/MY_REPO/blobs/sha256:f698428706820e407a258fef7b91e82cecfa28636a487094468a8ee12ce15b7b: 403 Forbidden',
    source: 'docker/build-push-action#981',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "needs the thread: a push from GitHub Actions refused with 403; the thread's answer is the repository's Actions workflow permissions (read and write for GITHUB_TOKEN). INFERENCE: this commenter (two tags, the first pushed) reports no confirmed fix. The owner and repository were masked as MY_ORG/MY_REPO by the poster; the final buildx line, cut in the stored copy, is left out."
  },
  {
    id: 'dev99-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Command failed with exit code 18: docker compose --project-directory /tmp/build-sources/repo-name/clff74xxd003a9alt4oq436vo -f /tmp/build-sources/repo-name/clff74xxd003a9alt4oq436vo/docker/stg.yml pull\nworker Pulling\napi Pulling\napi Error\ntime="2023-03-19T09:29:33Z" level=warning msg="commandConn.CloseWrite: commandconn: failed to wait: signal: killed"\nworker Error\nError response from daemon: Head "https://ghcr.io/v2/user-name/package-name/manifests/staging": unauthorized',
    source: 'coollabsio/coolify#999',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a private GHCR package pulled by docker compose on a remote docker host; the registry credential added in Coolify was not used for the pull, so it went without a login that may read it. INFERENCE: no confirmed fix in the stored thread. The [hh:mm:ss] prefix is dropped; names were masked by the poster (user-name/package-name).'
  },
  {
    id: 'dev99-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Got error when attempting to fetch image version xyz/xyz:latest from registry: Got bad response from registry: 403 Forbidden',
    source: 'pulumi/pulumi-docker#332',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the provider (upstream terraform-provider-docker) sent HTTP basic auth where ghcr.io wants a bearer token, so every read of a private image's digest got 403 although the same username and PAT pulled it; fixed upstream. No id names a client that authenticates the wrong way. The image name was masked (xyz/xyz) by the poster; the host is from the thread."
  },
  {
    id: 'dev99-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to solve: ghcr.io/kevinveenbirkenbach/infinito-nexus-core/mirror/docker.io/node:latest: failed to resolve source metadata for ghcr.io/kevinveenbirkenbach/infinito-nexus-core/mirror/docker.io/node:latest: failed to do request: Head "https://ghcr.io/v2/kevinveenbirkenbach/infinito-nexus-core/mirror/docker.io/node/manifests/latest": dial tcp 140.82.113.34:443: i/o timeout',
    source: 'infinito-nexus/core#166',
    expected: 'registry-unreachable'
  },
  {
    id: 'dev99-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'command: "/usr/local/bin/nerdctl", "-n", "k8s.io", "pull", "--quiet", "ghcr.io/k8snetworkplumbingwg/multus-cni:stable"\nerror: failed to resolve reference "ghcr.io/k8snetworkplumbingwg/multus-cni:stable": failed to do request: Head "https://ghcr.io/v2/k8snetworkplumbingwg/multus-cni/manifests/stable": dial tcp: i/o timeout',
    source: 'onosproject/sdran-in-a-box#190',
    expected: 'registry-unreachable'
  },
  {
    id: 'dev99-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/cloudtty/cloudshell/manifests/v0.6.3": Get "https://ghcr.io/token?scope=repository%3Acloudtty%2Fcloudshell%3Apull&service=ghcr.io": EOF',
    source: 'cloudtty/cloudtty#444',
    expected: 'registry-unreachable',
    note: "The token request's connection closed (EOF); the maintainer answered that it was an issue of ghcr.io, not of the image."
  },
  {
    id: 'dev99-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '* [httpOci] 403: Credentials for \'ghcr.io\' may be expired. Attempting request anonymously.\n[2025-06-30T14:38:32.202Z] {"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}\n.\n[2025-06-30T14:38:32.337Z] [httpOci] 403: Failed to fetch bearer token for \'ghcr.io\': {"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
    source: 'Bossett/bsky-feeds#155',
    expected: 'repository-not-found',
    alsoAcceptable: ['stale-login'],
    note: 'needs the thread: the dev container feature\'s old ghcr.io path no longer exists (the pull request is "old path no longer works" and its fix points the feature at its new path); the anonymous retry is denied the same way, so the credential is not the cause.'
  },
  {
    id: 'dev99-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Could not get tags from registry: Get \\"https://ghcr.io/v2/sachinmaharana/argo-app/tags/list\\": http: non-successful response (status=403 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"DENIED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"invalid token\\\\\\"}]}\\\\n\\")"',
    source: 'argoproj-labs/argocd-image-updater#276',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "GHCR's DENIED \"invalid token\" for a pull secret (username and a personal access token) that the image updater sent; the same secret pulled the image in a pod, so the updater's use of it may be at fault. INFERENCE: the stored thread shows no confirmed fix. The log line's escaping is kept as posted."
  },
  {
    id: 'dev99-ghcr-10',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Get https://docker.pkg.github.com/v2/revdotcom/fstalign/fstalign/manifests/1.0.0: no basic auth credentials',
    source: 'revdotcom/fstalign#3',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'The old GitHub Packages docker registry wanted a login even for public images; the reporter had not logged docker in to it.'
  },
  {
    id: 'dev99-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '❯ podman logout --all\nRemoved login credentials for all registries\n❯ podman pull ghcr.io/tomwright/dasel:latest\nTrying to pull ghcr.io/tomwright/dasel:latest...\nError: initializing source docker://ghcr.io/tomwright/dasel:latest:\nRequesting bearer token: invalid status code from registry 403 (Forbidden)',
    source: 'podman-container-tools/podman#18155',
    expected: 'stale-login',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a public image; the reporter's next podman login says \"Existing credentials are invalid\" although podman logout --all had run, so an outdated stored login (one logout --all does not remove, such as docker's config.json) was still sent with the pull; after a fresh login the pull works. INFERENCE: the stored copy shows no maintainer's confirmation."
  },
  {
    id: 'dev99-ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Pull down action image 'ghcr.io/timkrase/phpunit-coverage-badge:v1.0.0'\nerror pulling image configuration: download failed after attempts=1: unauthorized: unauthenticated: User cannot be authenticated with the token provided.",
    source: 'timkrase/phpunit-coverage-badge#12',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a public action image that failed the same way locally; it worked again later the same day, and the reporter put it down to GitHub itself (GHCR's incident of 2022-06-22, when blob downloads were refused). The text alone reads like a credential failure."
  },
  {
    id: 'dev99-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ helm install nifikop \\\n    oci://ghcr.io/konpyutaika/helm-charts/nifikop \\\n    --namespace=nifi \\\n    --version 1.1.1 \\\n    --set image.tag=v1.1.1-release \\\n    --set resources.requests.memory=256Mi \\\n    --set resources.requests.cpu=250m \\\n    --set resources.limits.memory=256Mi \\\n    --set resources.limits.cpu=250m \\\n    --set namespaces={"nifi"}\nError: INSTALLATION FAILED: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden\ndocker pull ghcr.io/konpyutaika/helm-charts/nifikop:1.1.1\nError response from daemon: Head "https://ghcr.io/v2/konpyutaika/helm-charts/nifikop/manifests/1.1.1": denied: denied',
    source: 'konpyutaika/nifikop#273',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found', 'token-expired'],
    note: "needs the thread: the chart and images are published for anonymous use, and both helm (which reads docker's credentials) and docker are denied with 403/denied rather than asked to authenticate: the pattern of an outdated ghcr.io login stored on the machine. INFERENCE: the issue is open with no confirmed fix; the reporter suspected the registry's permissions. The reporter's prose between the helm error and the docker pull is dropped."
  },
  {
    id: 'dev99-ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'GET "https://ghcr.io/token... response status code 403: denied: denied',
    source: 'confidential-containers/cloud-api-adaptor#2829',
    expected: 'missing-credentials',
    alsoAcceptable: ['stale-login', 'repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: helm\'s pull during a deployment on an s390x runner was refused; the fix added a ghcr.io login step before it. INFERENCE: whether no login or an outdated stored one was sent is not shown. The "..." is the poster\'s.'
  },
  {
    id: 'dev99-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/srl-labs/clab\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/srl-labs/clab/manifests/latest": denied: denied',
    source: 'srl-labs/containerlab#1591',
    expected: 'stale-login',
    note: 'needs the thread: a public image; the reporter found a leftover ghcr.io entry in ~/.docker/config.json (with the desktop credential store), and after docker logout ghcr.io the pull worked.'
  },
  {
    id: 'dev99-ghcr-16',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: '===> ANALYZING\n[analyzer] Error: failed to access previous image: connect to repo store \'docker.pkg.github.com/<owner>/<repo>/<image>:latest\': NAME_UNKNOWN: docker package "<image>" does not exist under owner "<image>/<repo>"\nERROR: failed with status code: 1',
    source: 'buildpacks/pack#371',
    expected: 'repository-not-found',
    note: "pack build --publish looked up the previous image of a package not yet pushed to GitHub Packages; the reporter notes the analyzer passed once a first push existed. The <owner>/<repo>/<image> placeholders are the poster's."
  },
  {
    id: 'dev99-ghcr-17',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: Error trying to upload file://C:/Test/POC/camel-k-examples/generic-examples/kafka/sasl_ssl/custom.jar to the Image Registry.: POST https://ghcr.io/v2/*****/*****-docker-packages/maven_org_apache_camel_k_external_sasl-ssl-kafka-producer-enterprise-data-models_1_12_0_sasl-ssl-kafka-producer-custom-1_12_0_jar/blobs/uploads/: UNAUTHORIZED: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'apache/camel-k#4398',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: kamel run uploads local dependencies to ghcr.io without the registry credential given to kamel install (the maintainer says the feature lacks the secret/token configuration); runs without local files work. The ***** masking is the poster's."
  },
  {
    id: 'dev99-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'docker/setup-buildx-action#20 pushing layers 0.1s done\ndocker/setup-buildx-action#20 ERROR: failed to push ghcr.io/tenant:0.0.0: unexpected status from HEAD request to https://ghcr.io/v2/tenant/blobs/sha256:4abcf20661432fb2d719aaf90656f55c287f8ca915dc1c92ec14ff61e67fbaf8: 400 Bad Request\n------\n > exporting to image:\n------',
    source: 'docker/build-push-action#1111',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'A 400 on a push to ghcr.io/tenant: the name has no owner namespace, which GHCR requires, so the image name is at fault, not the login. INFERENCE: the issue was closed for lack of information, and the poster may have shortened the name. The "docker/setup-buildx-action#20" prefixes are GitHub\'s rendering of "#20", kept as posted; the cut final line is left out.'
  },
  {
    id: 'dev99-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'An unexpected error occured: code=416 Range Not Satisfiable, message=\'{"errors":[{"code":"REQUESTED_RANGE_NOT_SATISFIABLE","message":"the request body is too large and exceeds the maximum permissible limit of 4.00MiB"}]}\n\'',
    source: 'wasmCloud/wash-archive#268',
    expected: 'not-a-login-failure',
    note: "wash pushed an artifact layer to ghcr.io in one request larger than GHCR's 4 MiB chunk limit; the login (a PAT with write:packages) was fine."
  },
  {
    id: 'dev99-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'ghcr.io/patrikjuvonen/docker-nginx-http3:v2.1.3:                               resolved       |++++++++++++++++++++++++++++++++++++++|\nFATA[0002] no match for platform in manifest: not found',
    source: 'patrikjuvonen/docker-nginx-http3#6',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "The GHCR image had no manifest for the puller's platform (the maintainer added a GHCR workflow building it); progress lines between the two are dropped."
  },
  {
    id: 'dev99-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: "$ docker run -it ghcr.io/buoyantio/emojivoto-web:v11\nWARNING: The requested image's platform (linux/arm64) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested\nexec /bin/sh: exec format error",
    source: 'linkerd/website#1984',
    expected: 'not-a-login-failure',
    case: 'platform'
  }
]

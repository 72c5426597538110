/**
 * The eighty-seventh development set ("dev87": GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-seventh development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV87: readonly RealText[] = [
  {
    id: 'dev87-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#30 exporting to image\n#30 pushing layers 0.6s done\n#30 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: unexpected status: 403 Forbidden\nError: buildx failed with: error: failed to solve: unexpected status: 403 Forbidden',
    source: 'Roave/DocbookTool#15',
    expected: 'insufficient-scope',
    note: 'needs the thread: a push to ghcr.io from the pull request that moved the image name to ghcr.io; the author answered "Fixed permission issue" (the token\'s or package\'s write permission), so the 403 on the push is a refused write.'
  },
  {
    id: 'dev87-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/base-org/node:main: unexpected status from POST request to 403 Forbidden',
    source: 'base/node#352',
    expected: 'insufficient-scope',
    note: "A push to the base-org organization's package refused with 403 on the blob upload (the URL is missing as posted); the reporter is not of that organization. The thread has only a spam answer: INFERENCE that the credential may not write that namespace."
  },
  {
    id: 'dev87-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: INSTALLATION FAILED: GET "https://ghcr.io/v2/openclaw-rocks/charts/openclaw-operator/tags/list": GET "https://ghcr.io/token?scope=repository%3Aopenclaw-rocks%2Fcharts%2Fopenclaw-operator%3Apull&service=ghcr.io": response status code 401: unauthorized: authentication required',
    source: 'paperclipinc/openclaw-operator#23',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'helm install of an OCI chart with no login: GHCR refused the anonymous pull token, as it does for a package that is private (or absent). The command lines above the error are trimmed. The reporter fell back to the git repository; no maintainer answer is stored: INFERENCE that the chart package was not public.'
  },
  {
    id: 'dev87-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Saving 1 charts\nDownloading grafana-operator from repo oci://ghcr.io/grafana-operator/helm-charts/grafana-operator\nSave error occurred:  could not download oci://ghcr.io/grafana-operator/helm-charts/grafana-operator/grafana-operator: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Agrafana-operator%2Fhelm-charts%2Fgrafana-operator%2Fgrafana-operator%3Apull&service=ghcr.io: 403 Forbidden\nError: could not download oci://ghcr.io/grafana-operator/helm-charts/grafana-operator/grafana-operator: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Agrafana-operator%2Fhelm-charts%2Fgrafana-operator%2Fgrafana-operator%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'helm/helm#12062',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "A commenter's `helm dependency build`: the dependency's repository already ends in the chart name and helm appends it again (grafana-operator/grafana-operator), a repository that does not exist; GHCR refuses the anonymous token for it. INFERENCE: the stored excerpt stops before a confirmed fix."
  },
  {
    id: 'dev87-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#33 [auth] yikun/apache-spark-ci-image:pull,push token for ghcr.io\n#33 DONE 0.0s\n\n#32 exporting to image\n#32 ...\n\n#34 [auth] apache/spark/apache-spark-github-action-image-cache:pull yikun/apache-spark-ci-image:pull,push token for ghcr.io\n#34 DONE 0.0s\n\n#32 exporting to image\n#32 pushing layers 1.5s done\n#32 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nERROR: failed to solve: unexpected status: 403 Forbidden\nError: buildx failed with: ERROR: failed to solve: unexpected status: 403 Forbidden',
    source: 'docker/build-push-action#687',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-unreachable'],
    note: 'A push to ghcr.io refused with 403 after the pull,push token was granted; the reporter says nothing changed and other forks of the same repository failed the same day, which may also have been a GHCR fault. INFERENCE: the stored thread shows no confirmed cause.'
  },
  {
    id: 'dev87-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: signing [ghcr.io/chainguard-images/git@sha256:9b4afea457fb39e297f83ec71e35f4094badbe8d49bab6ce9af5ae55734050a2\nghcr.io/chainguard-images/git@sha256:4e7eae52cad8463c7d19c40fc821a144b06472fddb431431f0da430a0d123270\nghcr.io/chainguard-images/git@sha256:8be1d6ce98579d65b04b57b749e7cef7dd261a6a51854f5d4aae2f5ce241236a]: signing digest:\nPOST https://ghcr.io/v2/chainguard-images/git/blobs/uploads/: TOOMANYREQUESTS: retry-after: 10.305464ms, allowed: 2000/minute',
    source: 'chainguard-images/images#173',
    expected: 'rate-limited'
  },
  {
    id: 'dev87-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: denied: permission_denied: write_package\nError: buildx failed with: ERROR: denied: permission_denied: write_package',
    source: 'mcuadros/ofelia#202',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "needs the thread: the pull request's second run logged in with GITHUB_TOKEN (the first, with a GHCR_TOKEN secret, was refused at login); the push was then refused write_package, the job token's permission on the package."
  },
  {
    id: 'dev87-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#10 ERROR: failed to push ghcr.io/project-copacetic/copa-action:v0.4.0: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aproject-copacetic%2Fcopa-action%3Apull%2Cpush&service=ghcr.io: 403 Forbidden',
    source: 'project-copacetic/copacetic#266',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: 'A release push that asked GHCR for an anonymous token: no credential for ghcr.io was sent. The maintainer wrote that the workflow needed permission to push to GHCR; the fixing pull request is not stored.'
  },
  {
    id: 'dev87-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#19 pushing manifest for docker.io/danteev/texlive:latest\n#19 pushing manifest for docker.io/danteev/texlive:latest 0.6s done\n#19 pushing layers 0.3s done\n#19 ERROR: unexpected status: 403 Forbidden',
    source: 'dante-ev/docker-texlive#18',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'namespace',
    note: 'needs the thread: the push to Docker Hub succeeded; the 403 is the push to ghcr.io in the same build. The author found "the issue for the authentication": the GitHub name is dante-ev, not danteev as on Docker Hub (the ghcr.io image namespace, or the login\'s username: the thread does not say which). The host is ghcr.io from the thread; the text names only docker.io.'
  },
  {
    id: 'dev87-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '     Publish container (ghcr.io/termoshtt/ocipkg/static/rust:f787a2b)\nError: RegistryError(ErrorResponse { errors: [ErrorInfo { code: Denied, message: Some("installation not allowed to Write organization package"), detail: None }] })',
    source: 'termoshtt/ocipkg#72',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "needs the thread: the run was a pull request from an external developer's fork, whose GITHUB_TOKEN may not write packages (the maintainer: the push should be skipped there). Cargo build lines above are trimmed."
  },
  {
    id: 'dev87-ghcr-11',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'unauthorized: Your request could not be authenticated by the GitHub Packages service. Please ensure your access token is valid and has the appropriate scopes configured.\nError: Error initializing source docker://docker.pkg.github.com/agrinman/tunnelto/tunnelto_server:0.1.10: Error reading manifest 0.1.10 in docker.pkg.github.com/agrinman/tunnelto/tunnelto_server: unauthorized: Your request could not be authenticated by the GitHub Packages service. Please ensure your access token is valid and has the appropriate scopes configured.',
    source: 'agrinman/tunnelto#40',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'An anonymous pull (podman/skopeo wording) from the old docker.pkg.github.com, which took no pull without a login even of a public package; the maintainer pointed to the docs on logging in.'
  },
  {
    id: 'dev87-ghcr-12',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'E0514 18:00:39.534977    9696 cache.go:129] Error downloading kic artifacts:  getting remote image: GET https://docker.pkg.github.com/v2/kubernetes/minikube/kicbase/manifests/v0.0.10: UNAUTHORIZED: GitHub Docker Registry needs login',
    source: 'kubernetes/minikube#8124',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "A commenter's `minikube start`: the fallback base image on docker.pkg.github.com was fetched with no credential, and that registry needed a login for every pull (the thread says so)."
  },
  {
    id: 'dev87-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ podman pull ghcr.io/rajveermalviya/pubsub-broker:latest\nTrying to pull ghcr.io/rajveermalviya/pubsub-broker:latest...\nError: Error initializing source docker://ghcr.io/rajveermalviya/pubsub-broker:latest: Requesting bear token: invalid status code from registry 403 (Forbidden)',
    source: 'containers/podman#10342',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'The stored copy names the repository podman-container-tools/podman (the renamed containers/podman). podman without a login was refused the pull token (403); the reporter says docker (logged in) pulls it, so the package needed a login that may read it. INFERENCE: the stored thread shows no confirmed cause.'
  },
  {
    id: 'dev87-ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '2024-04-20 14:24:57.880 ERROR (MainThread) [supervisor.docker.interface] Can\'t install ghcr.io/hcpy2-0/hcpy:v0.1.0: 500 Server Error for http+docker://localhost/v1.45/images/create?tag=v0.1.0&fromImage=ghcr.io%2Fhcpy2-0%2Fhcpy&platform=linux%2Farm%2Fv7: Internal Server Error ("Head "https://ghcr.io/v2/hcpy2-0/hcpy/manifests/v0.1.0": unauthorized")',
    source: 'hcpy2-0/hcpy#54',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: Home Assistant's supervisor pulls without a login; the 500 is the local docker API's wrapping of GHCR's \"unauthorized\". A member answered that the package's visibility had to be changed (it was private)."
  },
  {
    id: 'dev87-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: '> ✘ gitea-mirror Error no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found                                                                      1.9s \nError response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found',
    source: 'RayLabsHQ/gitea-mirror#140',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'docker compose on Apple Silicon: the image of that tag was built without arm64. The host is not in the text: the project publishes to ghcr.io.'
  },
  {
    id: 'dev87-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = failed commit on ref "layer-sha256:7965e1fc3104b399bf7b2dacb209de86494b45aba89cd0b87a813584067f40f1": failed to do request: Put ghcr.io/v2/dante-ev/texlive/blobs/upload/fb0545fd-10da-4b3f-aad0-578ded9514c0?digest=sha256%3A7965e1fc3104b399bf7b2dacb209de86494b45aba89cd0b87a813584067f40f1: read tcp 172.17.0.2:58002->140.82.113.33:443: read: connection timed out\nError: buildx call failed with: failed to solve: rpc error: code = Unknown desc = failed commit on ref "layer-sha256:7965e1fc3104b399bf7b2dacb209de86494b45aba89cd0b87a813584067f40f1": failed to do request: Put ghcr.io/v2/dante-ev/texlive/blobs/upload/fb0545fd-10da-4b3f-aad0-578ded9514c0?digest=sha256%3A7965e1fc3104b399bf7b2dacb209de86494b45aba89cd0b87a813584067f40f1: read tcp 172.17.0.2:58002->140.82.113.33:443: read: connection timed out',
    source: 'docker/build-push-action#251',
    expected: 'registry-unreachable',
    note: "A commenter's push of a large layer to ghcr.io timed out on the connection; a later run succeeded."
  },
  {
    id: 'dev87-ghcr-16',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '❯ helm pull oci://ghcr.io/actions/actions-runner-controller-charts/gha-runner-scale-set-controller --version 0.7.0\nError: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aactions%2Factions-runner-controller-charts%2Fgha-runner-scale-set-controller%3Apull&service=ghcr.io: 403 Forbidden\n\n❯ helm pull oci://ghcr.io/actions/actions-runner-controller-charts/gha-runner-scale-set-controller:0.7.0\nError: GET "https://ghcr.io/v2/actions/actions-runner-controller-charts/gha-runner-scale-set-controller/tags/list": GET "https://ghcr.io/token?scope=repository%3Aactions%2Factions-runner-controller-charts%2Fgha-runner-scale-set-controller%3Apull&service=ghcr.io": unexpected status code 403: denied: denied',
    source: 'actions/actions-runner-controller#3041',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'invalid-credentials'],
    note: 'needs the thread: a commenter\'s pull of a public chart; "oauth token" (not "anonymous token") shows helm sent a stored credential for ghcr.io, refused with 403; the commenter found it worked after `helm registry login` with a current token (gh auth token), so the stored login was outdated.'
  },
  {
    id: 'dev87-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: "* What went wrong:\nExecution failed for task ':server:jib'.\n> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Tried to push BLOB for ghcr.io/<org>/<repo> with digest sha256:<hash> but failed because: other: blob upload unknown to registry",
    source: 'GoogleContainerTools/jib#4301',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'jib-gradle-plugin push to ghcr.io (organization and repository masked by the reporter as posted): the registry lost the blob upload (BLOB_UPLOAD_UNKNOWN), not a credential refusal; the push had been authorized.'
  },
  {
    id: 'dev87-ghcr-17',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'init error: DB error: failed to download vulnerability DB: OCI artifact error: OCI artifact error: OCI repository error: GET https://ghcr.io/token?scope=repository%3Aaquasecurity%2Ftrivy-db%3Apull&service=ghcr.io: DENIED: denied',
    source: 'aquasecurity/trivy#3470',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'invalid-credentials'],
    note: "Trivy's download of its public database from ghcr.io, refused at the token endpoint with DENIED; trivy sends the docker config's ghcr.io login, and GHCR answers this to an outdated one. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev87-ghcr-18',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ trivy image --download-db-only\n2023-03-01T13:54:36.294Z\tINFO\tNeed to update DB\n2023-03-01T13:54:36.294Z\tINFO\tDownloading DB...\n2023-03-01T13:54:42.664Z\tFATAL\tDB error: failed to download vulnerability DB: OCI artifact error: OCI artifact error: OCI repository error: GET https://ghcr.io/token?scope=repository%3Aaquasecurity%2Ftrivy-db%3Apull&service=ghcr.io: UNAVAILABLE: service unavailable',
    source: 'aquasecurity/trivy#3721',
    expected: 'registry-unreachable',
    note: 'From a GitLab CI runner; the thread confirms a GitHub incident at the time.'
  },
  {
    id: 'dev87-ghcr-19',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'error getting credentials - err: exit status 1, out: ``\nError saving credentials: error storing credentials - err: exit status 1, out: ``',
    source: 'docker/login-action#515',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Docker Desktop on WSL2 after a `docker login` with a GitHub token for images from docker.pkg.github.com: the credential helper fails both to read and to store (the two messages are quoted from separate blocks of the post). The host comes from the post's steps, not the text."
  },
  {
    id: 'dev87-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: '# docker pull ghcr.io/DRuggeri/alertmanager_gotify_bridge\ninvalid reference format: repository name (DRuggeri/alertmanager_gotify_bridge) must be lowercase',
    source: 'DRuggeri/alertmanager_gotify_bridge#34',
    expected: 'not-a-login-failure',
    note: "The image name copied from the README with the owner's capitals: docker refuses the reference before asking the registry anything; fixed by lowercasing the links."
  },
  {
    id: 'dev87-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: '# docker pull ghcr.io/authelia/authelia\nUsing default tag: latest\nError response from daemon: manifest unknown',
    source: 'authelia/authelia#1870',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The package is public but had no `latest` tag yet; the maintainer said it would be pushed with the next release.'
  }
]

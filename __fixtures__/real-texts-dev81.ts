/**
 * The eighty-first development set ("dev81": GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-first development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV81: readonly RealText[] = [
  {
    id: 'dev81-ghcr-01',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'ERROR: Head "https://docker.pkg.github.com/v2/eu-digital-green-certificates/dgca-issuance-service/dgca-issuance-service/manifests/0.0.9": no basic auth credentials',
    source: 'eu-digital-green-certificates/dgca-issuance-web#67',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'docker-compose pulled from the old docker.pkg.github.com, which wanted a login for every pull, with no login for that host; repository-not-found is defensible under the convention for pulls of packages that need a login.'
  },
  {
    id: 'dev81-ghcr-02',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: "unauthorized: Your token has not been granted the required scopes to execute this query. The 'createRegistryPackageVersion' field requires one of the following scopes: ['write:packages'], but your token has only been granted the: [''] scopes. Please modify your token's scopes at: \nhttps://github.com/settings/tokens.",
    source: 'elgohr/Publish-Docker-Github-Action#41',
    expected: 'insufficient-scope',
    case: 'read-only-token',
    note: 'A push to docker.pkg.github.com (the workflow names that registry; the text names no host) with a credential that had no scopes; the reporter then generated a personal token. The line break is as posted.'
  },
  {
    id: 'dev81-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ helm show chart oci://ghcr.io/maximhq/helm-charts/bifrost --version 2.1.26\nError: failed to perform "FetchReference" on source: GET "https://ghcr.io/v2/maximhq/helm-charts/bifrost/manifests/2.1.26": GET "https://ghcr.io/token?scope=repository%3Amaximhq%2Fhelm-charts%2Fbifrost%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
    source: 'maximhq/bifrost#3891',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous helm pull of a chart the commenters say does not allow anonymous pulls, and later "I still do not see the helm chart on ghcr.io" (not published, or private). INFERENCE: no fix is recorded in the stored thread.'
  },
  {
    id: 'dev81-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/***/go-httpbin:v2.17.0: unexpected status from POST request to https://ghcr.io/v2/***/go-httpbin/blobs/uploads/: 403 Forbidden',
    source: 'mccutchen/go-httpbin#201',
    expected: 'insufficient-scope',
    note: 'Quoted in the pull request\'s description; `***` is GitHub Actions\' own masking of the owner, as posted. A push refused at the upload: the credential may not write the package. INFERENCE: the pull request calls itself "one attempt to fix it"; which permission was missing is not recorded.'
  },
  {
    id: 'dev81-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '>>> installing topaz...\nError response from daemon: Head "https://ghcr.io/v2/aserto-dev/topaz/manifests/latest": denied: denied\ntopaz: error: running "docker pull ghcr.io/aserto-dev/topaz:latest" failed with exit code 1',
    source: 'aserto-dev/topaz#23',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the maintainers say the image is public, and the reporter had run docker login to ghcr.io before pulling; a public image refused to a stored login is the stale-login case. INFERENCE: the stored thread ends before a confirmed fix.'
  },
  {
    id: 'dev81-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '✘ Image ghcr.io/karakeep-app/karakeep:latest Error Head "https://ghcr.io/v2/karakeep-app/karakeep/manifests/latest": denied: denied\nError response from daemon: Head "https://ghcr.io/v2/karakeep-app/karakeep/manifests/latest": denied: denied',
    source: 'karakeep-app/karakeep#2311',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found', 'registry-unreachable'],
    note: "needs the thread: the image is the project's public one, pulled by `docker compose pull`; the reporter later says it works without saying what changed. INFERENCE. The padding spaces and the `0.5s` timing at the end of the first line are trimmed."
  },
  {
    id: 'dev81-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: fetching "ghcr.io/atlanhq/<app>:<tag>": GET https://ghcr.io/v2/atlanhq/<app>/manifests/<tag>: DENIED: requested access to the resource is denied',
    source: 'atlanhq/application-sdk#2033',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: "needs the thread: crane; imjasonh/setup-crane overwrote the ghcr.io login with the calling repository's GITHUB_TOKEN, which has no access to the organization package (published with an org PAT): a read refused to the identity that was sent. `<app>` and `<tag>` are the pull request's own placeholders."
  },
  {
    id: 'dev81-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Trying to pull ghcr.io/yannh/kubeconform:v0.4.13...\nError: parsing image configuration: unable to retrieve auth token: invalid username/password: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'yannh/kubeconform#117',
    expected: 'registry-unreachable',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a podman pull of a public image on 2022-06-22; the reporter says it "resolved itself" the next day and the maintainer points to the GitHub status incident of that day (GHCR failing pulls). INFERENCE: the maintainer only says "Maybe".'
  },
  {
    id: 'dev81-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: ' > exporting to image:\n------\nERROR: failed to solve: failed to push ghcr.io/testssl/testssl.sh:3.2: unexpected status from POST request to https://ghcr.io/v2/testssl/testssl.sh/blobs/uploads/: 403 Forbidden\nReference\nCheck build summary support\nError: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/testssl/testssl.sh:3.2: unexpected status from POST request to https://ghcr.io/v2/testssl/testssl.sh/blobs/uploads/: 403 Forbidden',
    source: 'testssl/testssl.sh#2611',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'needs the thread: after moving the repository to an organization, the organization\'s workflow permissions were "read" only; changing them there solved it (the text alone says only 403 on the upload).'
  },
  {
    id: 'dev81-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#13 [auth] bakajzon/ffmpeg-builds/base:pull,push token for ghcr.io\n#13 DONE 0.0s\n#12 exporting to image\n#12 pushing layers 0.8s done\n#12 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: unexpected status: 403 Forbidden\nError: buildx failed with: error: failed to solve: unexpected status: 403 Forbidden',
    source: 'BtbN/FFmpeg-Builds#159',
    expected: 'insufficient-scope',
    note: "needs the thread: a fork's workflow pushing with its GITHUB_TOKEN; the reporter says it works after following docker/build-push-action#463 (the package's and the workflow token's write access). INFERENCE: which setting was changed is not recorded."
  },
  {
    id: 'dev81-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Trying to login into registry ghcr.io\nError: Cannot perform an interactive login from a non TTY device',
    source: 'containrrr/shepherd#133',
    expected: 'missing-credentials',
    note: "shepherd's own docker login (WITH_REGISTRY_AUTH, REGISTRY_USER set, the password from a swarm secret): docker login was given no password. INFERENCE: no answer in the stored thread says why the secret did not reach it."
  },
  {
    id: 'dev81-ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Run docker/login-action@v2\nwith:\n    registry: ghcr.io\n    username: korthout\n    ecr: auto\n    logout: true\n  env:\n    REGISTRY: ghcr.io\n    GHCR_USER: korthout\nError: Username and password required',
    source: 'korthout/camunda-platform-rest-api#81',
    expected: 'missing-credentials',
    note: 'A run started by a Dependabot merge, which gets no repository secrets, so the password input was empty. Two JAVA_HOME env lines (with link markup) between `GHCR_USER` and the error are trimmed.'
  },
  {
    id: 'dev81-ghcr-13',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Get https://docker.pkg.github.com/v2/.../manifests/latest: no basic auth credentials',
    source: 'MicrosoftDocs/vscodespaces#574',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: 'needs the thread: Codespaces pulled the environment\'s `image` from the old docker.pkg.github.com, which wanted a login even for public packages, and the service sent none (a maintainer: "We do not currently support any form of auth for the docker image pull"); `...` is the reporter\'s own elision.'
  },
  {
    id: 'dev81-ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ nerdctl pull ghcr.io/stargz-containers/python:3.9-org\nFATA[0000] expected the hostname part of ac.ServerAddress ("ghcr.io") to be authConfigHostname="ghcr.io", got "" ',
    source: 'containerd/nerdctl#121',
    expected: 'credential-store-error',
    alsoAcceptable: ['unknown'],
    note: 'nerdctl v0.7.1 could not use the ghcr.io entry of a valid ~/.docker/config.json (a bug of its own, labelled priority/high): the stored login could not be read, nothing was refused by the registry. The trailing space is as posted.'
  },
  {
    id: 'dev81-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: signing [ghcr.io/jenkins-x/jx@sha256:6c3bf60fafee21ddcdf269a0d606b7fff17bcecab4916f9209c979133fa9edbe]: signing digest: POST https://ghcr.io/v2/jenkins-x/jx/blobs/uploads/: DENIED: installation not allowed to Write organization package',
    source: 'jenkins-x/jx#8446',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'cosign signing in GitHub Actions with the workflow token; the author then changed the permissions in the package settings (linking the Stack Overflow answer on Manage Actions access). The repeated `main.go:62: error during command execution: …` line, which the copy broke with a log link, is left out.'
  },
  {
    id: 'dev81-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: '{"level":"error","ts":"2025-07-23T03:03:42.847Z","msg":"Reconciler error","controller":"fluxinstance","controllerGroup":"fluxcd.controlplane.io","controllerKind":"FluxInstance","FluxInstance":{"name":"flux","namespace":"flux-system"},"namespace":"flux-system","name":"flux","reconcileID":"30f3fb2d-66fa-493a-afff-f91b48db8b59","error":"pulling artifact oci://ghcr.io/controlplaneio-fluxcd/flux-operator-manifests:latest failed: Get \\"https://ghcr.io/v2/\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"',
    source: 'controlplaneio-fluxcd/flux-operator#361',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'The reporter asks whether it is GitHub authentication; it is the certificate: a KIND cluster behind a CA the reporter had to add to the nodes, not to the operator. The JSON log line is cut after its error field (the stacktrace field is left out).'
  },
  {
    id: 'dev81-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: '  Step 1/4 : FROM ghcr.io/urlstechie/urlchecker:0.0.34\n  Head "https://ghcr.io/v2/urlstechie/urlchecker/manifests/0.0.34": Get "https://ghcr.io/token?scope=repository%3Aurlstechie%2Furlchecker%3Apull&service=ghcr.io": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
    source: 'urlstechie/urlchecker-action#103',
    expected: 'registry-unreachable',
    note: 'The issue\'s title says "Unauthorized - authentication required", but the first failure posted is a timeout on the token request while building the action\'s image; the first of the retried attempts is taken.'
  },
  {
    id: 'dev81-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: '------\n> exporting cache:\n------\nerror: failed to solve: rpc error: code = Unknown desc = error writing manifest blob: failed commit on ref "sha256:ab3273d08b550eacbe8b626dca6a262d40046f88748fef4bc8f6e2c401917e0b": unexpected status: 400 Bad Request',
    source: 'moby/buildkit#1865',
    expected: 'not-a-login-failure',
    note: "A registry cache export (cache manifest list) to ghcr.io, which GHCR did not take until GitHub rolled out a fix; the host is in the issue's title, not the text."
  },
  {
    id: 'dev81-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/authelia/authelia:4.30.5\n4.30.5: Pulling from authelia/authelia\nmanifest unknown',
    source: 'authelia/authelia#2400',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The tags older than 4.31.0 had been removed from GHCR in a cleanup (maintainer); one of the four pulls posted is taken.'
  }
]

/**
 * A thirty-second development set of real registry error texts ("dev32"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-second
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1742
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * The set leans on local development tools (Supabase CLI, LocalStack, DDEV,
 * Lando, Tilt, Okteto), OCI used by other package managers (Homebrew bottles
 * on GHCR, WebAssembly tools: wkg, wash, wasm-to-oci, krustlet, Flatpak's OCI
 * remotes, OPA bundles) and operator packaging (opm, operator-sdk, the
 * operator certification pipeline, Strimzi's Kafka Connect builds).
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the dev20 section of docs/real-texts.md.
 * Texts are copied as posted (surrounding log lines and trailing spaces
 * trimmed; notes say where more was done). A note starting "needs the
 * thread:" marks a label the text alone does not support; INFERENCE marks a
 * label where the stored thread shows no confirmed fix. Where the post masked
 * or left out the registry host, `host` is a placeholder of the same family
 * (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV32: readonly RealText[] = [
  {
    id: 'dev32-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '==> Downloading https://ghcr.io/v2/homebrew/core/srm/manifests/1.2.15\ncurl: (22) The requested URL returned error: 404',
    source: 'khell/homebrew-srm#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: Homebrew bottles are OCI artifacts on GHCR, fetched anonymously. The formula was resolved to homebrew/core, which has no srm package; the tap\'s maintainer: "the URL you are downloading from is definitely wrong as that points to the main homebrew repo", install with brew install khell/homebrew-srm/srm. A missing package, not a login'
  },
  {
    id: 'dev32-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '==> Downloading https://ghcr.io/v2/homebrew/core/guile/manifests/3.0.6\ncurl: (35) error:1400443E:SSL routines:CONNECT_CR_SRVR_HELLO:tlsv1 alert inappropriate fallback\nError: Failed to download resource "guile_bottle_manifest"\nDownload failed: https://ghcr.io/v2/homebrew/core/guile/manifests/3.0.6',
    source: 'Homebrew/brew#11070',
    expected: 'registry-unreachable',
    note: "A user's comment on the PR that made GHCR Homebrew's default bottle host: curl's TLS handshake with ghcr.io failed before any HTTP answer, on an anonymous bottle download (no credential involved). A curl progress-bar line between the first two lines was dropped, and only the first of the comment's three failed bottles is kept. INFERENCE: the stored thread shows no fix for this comment (an earlier comment by another user found a similar failure went away on retrying)"
  },
  {
    id: 'dev32-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '2026-02-24T17:57:36.054084Z  WARN oci_client::token_cache: Invalid bearer token error=Error(InvalidToken)\nError: registry error: HTTP status server error (503 Egress is over the account limit.) for url (https://pkg-containers.githubusercontent.com/ghcr1/blobs/sha256:fdbe84136b3dd46d94305ef37f24f3cf04a70cc2026dca2592ac2ec0c9de15c7?se=2026-02-24T18%3A05%3A00Z)',
    source: 'WebAssembly/WASI#886',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable'],
    case: 'blob-storage',
    note: 'wkg (the WebAssembly package tool) fetching WASI WIT packages from GHCR during a burst of CI jobs: GHCR\'s blob storage host answered 503 "Egress is over the account limit"; the issue calls hosting WITs on GHCR flaky under load. Not the credential. Only the last of four identical WARN lines (the client\'s token-cache noise) is kept, and the signed query of the storage URL is cut after its first parameter (it carried a signature); the Caused by lines are dropped'
  },
  {
    id: 'dev32-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: Unable to resolve dependencies\n\nCaused by:\n    0: registry error: Registry error: url https://ghcr.io/v2/itowlson/wasm-pkg/spin/variables/tags/list, envelope: OCI API errors: [OCI API error: repository name not known to registry]\n    1: Registry error: url https://ghcr.io/v2/itowlson/wasm-pkg/spin/variables/tags/list, envelope: OCI API errors: [OCI API error: repository name not known to registry]',
    source: 'bytecodealliance/wasm-pkg-tools#206',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'wkg wit build looked the WIT dependencies up in the user\'s default (test) registry namespace on GHCR, which has no such package (the packages were local files); GHCR\'s "repository name not known to registry" says the name is missing. Two WARN lines before the error were dropped'
  },
  {
    id: 'dev32-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'docker exception: 500 Server Error: Internal Server Error ("Get https://registry.gitlab.com/v2/sylvainar/myrepo/symfony/manifests/dev: denied: access forbidden")',
    source: 'francescou/docker-compose-ui#95',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: docker-compose-ui (a web UI for docker-compose running in its own container) pulled a private GitLab image with no credential for registry.gitlab.com; the fix was to log in on the host and mount ~/.docker into the UI\'s container ("Yeay, it works"). GitLab answers a pull without a login that may read the project with "denied: access forbidden"'
  },
  {
    id: 'dev32-gitlab-02',
    family: 'gitlab',
    host: 'registry.renkulab.io',
    text: '$ sudo docker pull registry.renkulab.io/gitlab/ba_math_gen-16/et-data:e0796781\nError response from daemon: Get https://registry.renkulab.io/v2/gitlab/ba_math_gen-16/et-data/manifests/e0796781: denied: access forbidden',
    source: 'SwissDataScienceCenter/renku#2043',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: RenkuLab's registry is its GitLab's container registry (hence the gitlab family); the user pulled a private project's image with no docker login (git push worked with git credentials). Another user and the maintainer: create a GitLab access token and docker login registry.renkulab.io. The sudo password prompt line between the two lines was dropped"
  },
  {
    id: 'dev32-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'INFO[0000] running docker pull                           img="quay.io/example/memcached-operator:v0.1.0"\nERRO[0001] Error response from daemon: unauthorized: access to the requested resource is not authorized  img="quay.io/example/memcached-operator:v0.1.0"',
    source: 'operator-framework/operator-registry#226',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: opm index add pulled a bundle image that had only been built locally (quay.io/example is the docs\' placeholder namespace) and was never pushed; Quay answers a name it does not have, or may not show, with this "unauthorized" wording. The issue\'s title: "index add requires image be present remotely"'
  },
  {
    id: 'dev32-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '[cloud-user@preserve-olm-agent-test ~]$ opm render quay.io/xzhao/etcd-operator:0.9.4-2196\n2022/01/14 09:53:41 render reference "quay.io/xzhao/etcd-operator:0.9.4-2196": error resolving name : unexpected status code [manifests 0.9.4-2196]: 401 UNAUTHORIZED',
    source: 'operator-framework/operator-registry#906',
    expected: 'missing-credentials',
    note: "needs the thread: podman pull of the same private image works with the login in podman's default auth file ($XDG_RUNTIME_DIR/containers/auth.json), which opm render did not read, so opm sent no credential; the issue is a feature request for opm to read that file. A tool holding a credential but not sending it"
  },
  {
    id: 'dev32-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: failed to pull remote container: GET https://quay.io/v2/mayurwaghmode111/power-cloud-native-postgresql/manifests/1.12.0: UNAUTHORIZED: access to the requested resource is not authorized;',
    source: 'redhat-openshift-ecosystem/operator-pipelines#276',
    expected: 'missing-credentials',
    note: "needs the thread: the operator certification pipeline's preflight check pulled a partner's private bundle image without the registry credential stored as a cluster secret; a later preflight release passed the credential and fixed it. The text is the one line quoted in the issue's prose"
  },
  {
    id: 'dev32-harbor-01',
    family: 'harbor',
    host: '222.85.96.104',
    text: 'docker push 222.85.96.104/myregistry/docker.io/hello-world:0.1\nThe push refers to a repository [222.85.96.104/myregistry/docker.io/hello-world]\n45761469c965: Pushed \n0.1: digest: sha256:f3b3b28a45160805bb16542c9531888519430e9e6d6ffc09d72261b0d26ff74f size: 524\nSigning and pushing trust metadata\nx509: certificate signed by unknown authority',
    source: 'goharbor/harbor#3153',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'tls-unknown-authority',
    note: "needs the thread: with Docker Content Trust on, the image push itself succeeded; the signing step then failed because the docker client did not trust the self-signed CA of Harbor's Notary server, which needs its own copy of the CA (the maintainer pointed to Harbor's Notary guide; the user's copy of the CA was not where docker looks for the Notary server's). Not a refused login. INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev32-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: ': x509: certificate signed by unknown authority',
    source: 'goharbor/harbor#10380',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "The line the reporter quotes from logging in to a Harbor running on Kubernetes with its own certificate; the maintainer pointed to Harbor's HTTPS configuration guide (install the CA on the client). INFERENCE: no confirmed fix in the stored thread. The post names no host: harbor.example.com is a placeholder"
  },
  {
    id: 'dev32-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "failed to pull docker image: Error response from daemon: pull access denied for public.ecr.aws/supabase/postgres, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.\nRetrying after 4s: public.ecr.aws/supabase/postgres:15.1.0.147",
    source: 'supabase/cli#2038',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: 'supabase start pulls public images from ECR Public; the daemon sent a stored public.ecr.aws login whose token had expired ("I am indeed logged in via docker"), and ECR Public refuses the expired token where an anonymous pull would succeed. Only the first of three identical attempts is kept. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev32-ecr-02',
    family: 'ecr',
    host: '000000000000.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Failed to run AWS Batch container MOTO-BATCH-... Error 500 Server Error for http+docker://localhost/v1.41/images/create?tag=usa&fromImage=000000000000.dkr.ecr.us-east-1.amazonaws.com%2Fusa: Internal Server Error ("Head https://000000000000.dkr.ecr.us-east-1.amazonaws.com/v2/foo/manifests/usa: no basic auth credentials")',
    source: 'localstack/localstack#4643',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'LocalStack emulates ECR under the real ECR host name; its Batch emulation pulled the job image through docker-py with no credential for that host ("no basic auth credentials"), and the reporter\'s docker-py login "appears to fail silently". The text is copied from the issue\'s prose (the ellipsis is the reporter\'s). INFERENCE: the issue is open with no fix'
  },
  {
    id: 'dev32-ecr-03',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "Error response from daemon: pull access denied for public.ecr.aws/supabase/postgres-meta, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'supabase/supabase#16187',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: 'supabase gen types / supabase start pulling the public postgres-meta image from ECR Public; the reporter had "ensured that I am logged in to both AWS and docker", so the daemon sent a stored public.ecr.aws token that had expired, refused where an anonymous pull would pass. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev32-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: pushing image "gcr.io/windmill-test-containers/integration/oneup": unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials.',
    source: 'tilt-dev/tilt#966',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: 'needs the thread: Tilt\'s first-example project pushes to the Tilt team\'s own GCR project, which a new user cannot write to ("attempts to push an image to GCR to which the user may not have access by default"); Tilt\'s FAQ answer is to use a local cluster so no push happens. The line is cut after "invalid credentials." where the stored post is cut'
  },
  {
    id: 'dev32-gar-02',
    family: 'gar',
    host: 'eu.gcr.io',
    text: "⠍⠁  Pushing ./actor/kvcounter/build/kvcounter_s.wasm to eu.gcr.io/wasmcloud-k8s-demo/kvcounter:0.3.0 ...Error: An unexpected error occured: code=204 No Content, message=''",
    source: 'wasmCloud/wash-archive#187',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: wash reg push with a valid oauth2accesstoken login; the client (oci-distribution) expected HTTP 200 where GCR answered 204 No Content, a client incompatibility the reporters isolated and patched; no credential was refused'
  },
  {
    id: 'dev32-acr-01',
    family: 'acr',
    host: 'webassembly.azurecr.io',
    text: 'OCI API error: authentication required, visit https://aka.ms/acr/authorization for more information. on https://webassembly.azurecr.io/v2/greet-wascc/manifests/v0.5',
    source: 'krustlet/krustlet#311',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a regression in krustlet's new OCI auth code: the demo module lives in an ACR repository open to anonymous pulls, wasm-to-oci pulls it without any login, and reverting to the commit before the OCI auth change works; krustlet's client no longer completed the anonymous token exchange, so ACR saw a request with no credential"
  },
  {
    id: 'dev32-acr-02',
    family: 'acr',
    host: 'foo.azurecr.io',
    text: '403 Server failed to authenticate the request.',
    source: 'open-policy-agent/opa#6590',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'blob-storage',
    note: "needs the thread: OPA's OCI bundle downloader authenticated to a private ACR and fetched the manifest; the blob download, which ACR redirects to Azure storage, was refused by the storage host with this message, while oras with the same service principal works. The text is the one the reporter quotes in prose; the host is the post's masked foo.azurecr.io. INFERENCE: closed as inactive with no fix in the stored thread"
  },
  {
    id: 'dev32-generic-01',
    family: 'generic',
    host: 'registry.example.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "<registry name>/strimzi-kafka-connect-ng-post:2.7.0": creating push check transport for <registry name>: Get "<registry name>/v2/": x509: certificate signed by unknown authority',
    source: 'strimzi/strimzi-kafka-operator#5568',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "Strimzi's Kafka Connect build (Kaniko) pushing the built image: the registry's certificate is signed by an authority the build pod does not trust; the \"authenticated correctly\" wording is Kaniko's generic preamble. The post masked the registry as <registry name>; registry.example.com is a placeholder"
  },
  {
    id: 'dev32-generic-02',
    family: 'generic',
    host: 'registry.cloud.okteto.net',
    text: 'build failed: failed to solve: rpc error: code = Unknown desc = failed to fetch oauth token: unexpected status: 401 Unauthorized',
    source: 'okteto/okteto#721',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: okteto build with the token only in OKTETO_TOKEN; the Okteto registry needs the token together with the user's Okteto ID, which only okteto login --token records, so the CLI sent an incomplete credential; the maintainers' answer was to drop the env var in favour of okteto login --token"
  },
  {
    id: 'dev32-generic-03',
    family: 'generic',
    host: 'registry.fedoraproject.org',
    text: 'Login required remote fedora (realm https://registry.fedoraproject.org/)\nUser: adfa\nPassword: \nerror: Failed to get tokens for ref: Unexpected response status 503 from repo',
    source: 'flatpak/flatpak#3753',
    expected: 'registry-unreachable',
    note: "Flatpak's OCI remote (Fedora's registry) was down and answered 503; Flatpak's OCI authenticator took the failed anonymous token request for a login requirement and prompted for a user and password, which cannot help. The user typed a dummy name; no password was copied"
  },
  {
    id: 'dev32-generic-04',
    family: 'generic',
    host: 'aws.xxx.local:4510',
    text: 'Error response from daemon: Get "http://aws.xxx.local:4510/v2/": EOF',
    source: 'localstack/localstack#4525',
    expected: 'registry-unreachable',
    note: 'docker login to LocalStack\'s emulated ECR registry after an upgrade: the registry port answered nothing (curl: "Empty reply from server"); it had worked with an older LocalStack. The host is masked as posted (aws.xxx.local). Nothing about the credential'
  },
  {
    id: 'dev32-generic-05',
    family: 'generic',
    host: 'localhost:5000',
    text: 'FATA[0000] Failed to run bundle: pull bundle image: error pulling image localhost:5000/pmem-csi-bundle:v0.9.0: error resolving name : failed to do request: Head "https://localhost:5000/v2/pmem-csi-bundle/manifests/v0.9.0": http: server gave HTTP response to HTTPS client',
    source: 'operator-framework/operator-sdk#4815',
    expected: 'registry-unreachable',
    note: 'operator-sdk run bundle against a local plain-HTTP registry (registry:2 on localhost:5000): the tool spoke HTTPS and had no option for an insecure registry until the PR this issue led to'
  },
  {
    id: 'dev32-generic-06',
    family: 'generic',
    host: 'localhost',
    text: 'msg="Failed to run bundle: error generating File-Based Catalog with bundle \\"localhost/routernetes-operator-bundle:v0.0.1\\": error creating a File-Based Catalog with image \\"localhost/routernetes-operator-bundle:v0.0.1\\": error in rendering the bundle and index image: render reference \\"localhost/routernetes-operator-bundle:v0.0.1\\": error resolving name : failed to do request: Head \\"https://localhost/v2/routernetes-operator-bundle/manifests/v0.0.1\\": x509: certificate signed by unknown authority\\n"',
    source: 'operator-framework/operator-sdk#5910',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'operator-sdk run bundle --skip-tls-verify against a local registry with a self-signed certificate: the file-based-catalog path ignored the flag (a bug, labelled release-blocker), so the certificate check failed. Copied as posted, with its escaped quotes and literal \\n'
  },
  {
    id: 'dev32-generic-07',
    family: 'generic',
    host: 'registry.arthurvardevanyan.com',
    text: '2026-04-01T10:48:40.414979Z\terror\twasm\terror in converting the wasm config to local: cannot fetch Wasm module oci://registry.arthurvardevanyan.com/caas-infra/coraza-proxy-wasm:179ea90b2617f557f805fe672daf880c14c6b8b7: could not fetch Wasm OCI image: could not fetch manifest: GET https://registry.arthurvardevanyan.com/v2/auth?scope=repository%3Acaas-infra%2Fcoraza-proxy-wasm%3Apull&service=registry.arthurvardevanyan.com: unexpected status code 401 Unauthorized: {"error": "Anonymous access is not allowed"}. applying deny RBAC filter',
    source: 'networking-incubator/coraza-kubernetes-operator#232',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: the operator created Istio WasmPlugins without an image pull secret, so the proxy fetched the Wasm module from a private registry anonymously ("Anonymous access is not allowed"); the PR adds pull-secret support. The registry\'s product is not named (its /v2/auth token path looks like Quay\'s), so the family is generic; only the first of the repeated log lines is kept'
  },
  {
    id: 'dev32-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Failed to start ddev-ssh-agent container: failed to start ddev-ssh-agent: ComposeCmd failed to run 'COMPOSE_PROJECT_NAME=ddev- docker-compose -f /home/ar/.ddev/.ssh-auth-compose-full.yaml -p ddev-ssh-agent up --build --force-recreate -d', action='[-p ddev-ssh-agent up --build --force-recreate -d]', err='exit status 1', stdout='Sending build context to Docker daemon     258B\nStep 1/6 : ARG BASE_IMAGE\nStep 2/6 : FROM $BASE_IMAGE\n', stderr='1 error occurred:\n        * Status: pull access denied for 984, repository does not exist or may require 'docker login': denied: requested access to the resource is denied, Code: 1\n\n'",
    source: 'ddev/ddev#3362',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'The ssh-agent build\'s FROM $BASE_IMAGE resolved to "984", which is no image name, and Docker Hub refuses a pull of a name it does not have with this access-denied wording; a broken image reference, not a login. The first copy of the error (printed twice) was dropped. INFERENCE: the stored thread shows no fix'
  },
  {
    id: 'dev32-docker-hub-02',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'INFO[0003] Retrieving image manifest null\nINFO[0003] Retrieving image null from registry index.docker.io\nerror building image: GET https://index.docker.io/v2/library/null/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/null Type:repository]]',
    source: 'strimzi/strimzi-kafka-operator#5793',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'Strimzi\'s Kafka Connect build generated a Dockerfile whose base image was the string "null", which Kaniko took for the official image library/null; Docker Hub answers a library name no image has with "authentication required"'
  },
  {
    id: 'dev32-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Pulling ca (devwithlando/util:stable)...\nERROR: Get https://registry-1.docker.io/v2/devwithlando/util/manifests/stable: unauthorized: incorrect username or password',
    source: 'lando/lando#944',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: lando start pulls its public utility images; "Lando start doesn\'t work when you are logged into the Dockers ... when I logged out from Dockers it works perfectly fine", so the stored Docker Hub login was refused on a public pull. Only the first of three identical attempts is kept'
  },
  {
    id: 'dev32-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/drud/ddev-webserver/manifests/v1.9.0: unauthorized: incorrect username or password\nFailed to start dialog: exit status 1',
    source: 'ddev/ddev#1689',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: ddev\'s images are public; the maintainer: "This is fixed easily with docker logout", and the reporter confirmed it fixed the problem, so the stored Docker Hub login was what Docker Hub refused'
  },
  {
    id: 'dev32-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Build Failed: docker push: pushing image "docker.io/library/tilt-avatar-api": denied: requested access to the resource is denied',
    source: 'tilt-dev/tilt-avatars#17',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "tilt up on a cluster without a local registry pushed the demo image under Docker Hub's library namespace, where no user may push; a commenter fixed it by naming the image under their own Docker Hub namespace"
  },
  {
    id: 'dev32-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "error building image 'okteto/hello-world:php': build failed: failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed",
    source: 'okteto/okteto#1384',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: 'needs the thread: running an Okteto sample pushed to the okteto/ namespace on Docker Hub, which users cannot write to; the linked fix builds the samples\' images in the Okteto registry instead "to avoid auth scope errors"'
  },
  {
    id: 'dev32-docker-hub-07',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'Error: Unable to push image\n\nCaused by:\n    Server error: url https://index.docker.io/v2/myaccount/image/blobs/uploads/, code: 401, message: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"myaccount/image","Action":"pull"},{"Type":"repository","Class":"","Name":"myaccount/image","Action":"push"}]}]}',
    source: 'bytecodealliance/wasm-pkg-tools#61',
    expected: 'missing-credentials',
    note: 'needs the thread: the docker login was stored under https://index.docker.io/v1/ but the tool looked up credentials for https://docker.io, found none and pushed anonymously; passing -u and -p works. A tool holding a credential but not sending it'
  },
  {
    id: 'dev32-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for supabase/imgproxy, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nRetrying after 4s: supabase/imgproxy:v1.0.4",
    source: 'supabase/cli#743',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'With SUPABASE_INTERNAL_IMAGE_REGISTRY=docker.io the CLI rewrote the imgproxy image to supabase/imgproxy, which does not exist on Docker Hub (the image is darthsim/imgproxy there)'
  },
  {
    id: 'dev32-not-login-01',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: 'failed to pull docker image: Error response from daemon: manifest for public.ecr.aws/supabase/gotrue:vunspecified not found: manifest unknown: Requested image not found',
    source: 'supabase/cli#2807',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The project\'s supabase/.temp version file held "unspecified", so the CLI asked for the tag vunspecified; the reporter traced the failure to that file. (Browsing the registry anonymously gave "Not Authorized", which misled the reporter)'
  },
  {
    id: 'dev32-not-login-02',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: 'failed to pull docker image: Error response from daemon: manifest for public.ecr.aws/supabase/postgres:15.8.1.018 not found: manifest unknown: Requested image not found',
    source: 'supabase/cli#2977',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The postgres tag had not been published to ECR Public ("there is no tag in the registry"); the workaround was to delete the local version file'
  },
  {
    id: 'dev32-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: '> brew install inframap\n==> Downloading https://ghcr.io/v2/linuxbrew/core/inframap/manifests/0.6.7\ncurl: (22) The requested URL returned error: 404\n\nError: Failed to download resource "inframap_bottle_manifest"\nDownload failed: https://ghcr.io/v2/linuxbrew/core/inframap/manifests/0.6.7',
    source: 'Homebrew/homebrew-core#83571',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The Linux bottle for the new version had not yet been uploaded to the Linuxbrew GHCR package; a maintainer: the package "is now at 0.6.7 too"'
  },
  {
    id: 'dev32-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: failed commit on ref "manifest-sha256:beb9a5b4269a91d4f6abb5d7c7c0e60bc0db2b90f38cac467aa9866791e73b1e": unexpected status: 403 Forbidden',
    source: 'engineerd/wasm-to-oci#7',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: pushing a WebAssembly module as an OCI artifact to Docker Hub, which then refused unknown artifact types (the reporter found the same push works to ECR, and the tool\'s README, quoted in the project\'s issue #39, said "Docker Hub does not accept unknown artifact types"). The usage text printed after the error was dropped'
  },
  {
    id: 'dev32-not-login-05',
    family: 'not-login',
    host: 'quay.io',
    text: "INFO[0001] Unpacking rootfs as cmd RUN 'mkdir' '-p' '/opt/kafka/plugins/debezium-oracle-connector/3bf764c2'       && 'curl' '-f' '-L' '--output' '/opt/kafka/plugins/debezium-oracle-connector/3bf764c2.tgz' 'https://repo1.maven.org/maven2/io/debezium/debezium-connector-oracle/1.9.5.Final/debezium-connector-oracle-1.9.5.Final-plugin.tar.gz'       && 'tar' 'xvfz' '/opt/kafka/plugins/debezium-oracle-connector/3bf764c2.tgz' '-C' '/opt/kafka/plugins/debezium-oracle-connector/3bf764c2'       && 'rm' '-vf' '/opt/kafka/plugins/debezium-oracle-connector/3bf764c2.tgz' requires it.\nerror building image: error building stage: failed to get filesystem from image: failed to write \"security.capability\" attribute to \"/usr/bin/newgidmap\": operation not permitted",
    source: 'strimzi/strimzi-kafka-operator#7178',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "Strimzi's Kafka Connect build (Kaniko) pulled the base image from quay.io fine and then could not unpack it: a filesystem-capability error in the build pod, not a registry refusal. The stored copy of this issue is cut inside the last line; the line is completed from the same reporter's identical log in GoogleContainerTools/kaniko#2201"
  },
  {
    id: 'dev32-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'drud/ddev-ssh-agent:v1.10.1-built' locally\ndocker: Error response from daemon: manifest for drud/ddev-ssh-agent:v1.10.1-built not found.",
    source: 'ddev/ddev#1768',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The -built tag is made locally by ddev and never exists on Docker Hub; ddev poweroff and start rebuilt it ("That fixed it")'
  },
  {
    id: 'dev32-not-login-07',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: 'Trying to pull repository public.ecr.aws/supabase/postgres ...\n15.1.0.147: Pulling from public.ecr.aws/supabase/postgres\nfailed to display json stream: missing signature key\nRetrying after 4s: public.ecr.aws/supabase/postgres:15.1.0.147',
    source: 'supabase/supabase#21514',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'The pull started (no refusal) and then failed on the client side with "missing signature key", output of a distribution-patched docker client; the maintainer asked whether the system was 64-bit ("Pulling the image should work for 64-bit systems"). Only the first of three attempts is kept. INFERENCE: closed for inactivity without a confirmed cause'
  }
]

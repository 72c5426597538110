/**
 * A forty-fourth development set of real registry error texts ("dev44"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-fourth
 * development set"). Its direction: alternative local container runtimes and
 * hosts (podman itself, nerdctl, Colima and Lima, OrbStack, AWS Finch, Apple's
 * `container`, distrobox and toolbx, Incus OCI remotes, docker-ce on Windows
 * Server and in WSL). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 2016
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
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

export const REAL_TEXTS_DEV44: readonly RealText[] = [
  {
    id: 'dev44-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Trying to pull ghcr.io/ublue-os/bazzite-arch-gnome:latest...\nError: initializing source docker://ghcr.io/ublue-os/bazzite-arch-gnome:latest: unable to retrieve auth token: invalid username/password: unauthorized',
    source: 'ublue-os/bazzite-arch#13',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a `just distrobox-bazzite` recipe creating a distrobox with podman, no login for ghcr.io; a maintainer found the package had been set to private ('Mistake made in testing, this is now fixed'). containers/image words any 401 from the token endpoint as 'invalid username/password', even when no credential was sent; the recipe's own echo line after the error is trimmed"
  },
  {
    id: 'dev44-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'podman pull ghcr.io/tomwright/dasel:latest\nTrying to pull ghcr.io/tomwright/dasel:latest...\nError: initializing source docker://ghcr.io/tomwright/dasel:latest:\nRequesting bearer token: invalid status code from registry 403 (Forbidden)',
    source: 'containers/podman#18155',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a public image, pulled right after `podman logout --all`; the next `podman login ghcr.io` said 'Authenticating with existing credentials for ghcr.io / Existing credentials are invalid', so podman still found an old GHCR credential outside its own auth file (docker's config.json, which podman also reads), and a fresh login made the pull work. INFERENCE: the stored thread shows no maintainer's diagnosis. The shell prompt before the command is trimmed"
  },
  {
    id: 'dev44-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'podman pull ghcr.io/mgm3746/garbagecat\nTrying to pull ghcr.io/mgm3746/garbagecat:latest...\nError: initializing source docker://ghcr.io/mgm3746/garbagecat:latest: reading manifest latest in ghcr.io/mgm3746/garbagecat: manifest unknown',
    source: 'mgm3746/garbagecat#183',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the package had no `latest` tag; the maintainer's workflow added one. The shell prompt is trimmed"
  },
  {
    id: 'dev44-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to solve: ghcr.io/[REDACTED]:latest: pulling from host ghcr.io failed with status code [manifests latest]: 403 Forbidden',
    source: 'orbstack/orbstack#149',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error', 'repository-not-found'],
    note: "needs the thread: OrbStack's docker with a fresh `docker login ghcr.io` (a PAT): `docker pull` of the private base image worked, `docker compose build` failed, so the build did not send the credential the CLI held; labelled a bug and closed. INFERENCE: the stored thread shows no fix. The post redacted the image name; the BuildKit progress line before the error is trimmed"
  },
  {
    id: 'dev44-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'ERRO[0005] failed to call tryLoginWithRegHost            error="unexpected status code 503" i=0\nFATA[0005] unexpected status code 503',
    source: 'containerd/nerdctl#4050',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "`nerdctl login` (2.0.4) to a self-hosted GitLab container registry answered 503 while `docker login`, ctr and curl of /v2 worked; labelled kind/external (something in front of the registry answering nerdctl's request). INFERENCE: the stored thread shows no fix. The post hid the host behind ${REGISTRY_DOMAIN}; `host` is a placeholder"
  },
  {
    id: 'dev44-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Error: unhandledError(status: -25308)',
    source: 'apple/container#577',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'needs the thread: `container registry login -u <login_name> --scheme https registry.gitlab.com` on a macOS 26 beta: the login could not store the credential in the keychain (-25308 is errSecInteractionNotAllowed), the same command worked on macOS 15, and GHCR failed the same way; nothing in the text names the keychain'
  },
  {
    id: 'dev44-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '# podman pull docker://quay.io/{myprivaterepo}/testing:third\nTrying to pull docker://quay.io/{myprivaterepo}/testing:third...Failed\n(0x1840f00,0xc000486e60)',
    source: 'containers/podman#2736',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a private Quay repository pulled with no login (the issue is podman 1.1's unhelpful wording; Docker answers 'unauthorized: access to the requested resource is not authorized'); nothing in the text names the cause. The repository name is masked as posted"
  },
  {
    id: 'dev44-harbor-01',
    family: 'harbor',
    host: 'harbor-registry.internal',
    text: 'Error: error querying keychain for harbor-registry.internal (cause: "queryError("query failure: unhandledError(status: -25308)")")',
    source: 'apple/container#1310',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Apple's `container` CLI in a Screen Sharing session: `container registry login` succeeded but the push could not read the login back from the macOS keychain (-25308 is errSecInteractionNotAllowed, the keychain refusing a prompt), and no prompt appeared"
  },
  {
    id: 'dev44-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Using `podman pull` returns the error **unauthorized: unauthorized to access repository**',
    source: 'goharbor/harbor#16385',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: "needs the thread: a Harbor system robot account with 'Pull Artifact' on all projects could not pull from a private project (OIDC auth mode, Harbor 2.3/2.4); the identity authenticated but was refused the read. INFERENCE: the stored thread is cut before the reporter's own finding. The text is the sentence the comment wrote, markdown kept; the post named no host, `host` is a placeholder"
  },
  {
    id: 'dev44-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'error authenticating creds for "https://##########.dkr.ecr.us-west-2.amazonaws.com": pinging docker registry returned: Get https://https//###########.dkr.ecr.us-west-2.amazonaws.com/v2/: dial tcp: lookup https on 192.168.73.1:53: no such host',
    source: 'containers/podman#1599',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "podman 0.8 `podman login -u AWS -p … https://<account>.dkr.ecr…` kept the `https://` scheme as part of the host, so it looked up a host named 'https'; the registry was never reached. The post masked the account id; `host` is a placeholder"
  },
  {
    id: 'dev44-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'WARN[0000] cannot get auth config for authConfigHostname="XXXXX.dkr.ecr.us-east-1.amazonaws.com" (refHostname="XXXXX.dkr.ecr.us-east-1.amazonaws.com")  error="error getting credentials - err: exit status 1, out: `Exhausted all available authentication mechanisms (tried: EXTERNAL) (available: EXTERNAL)`"',
    source: 'containerd/nerdctl#742',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: "rootless nerdctl after a successful `aws ecr get-login-password | nerdctl login`: the credential helper named in config.json (a D-Bus secret service) could not be reached from nerdctl's rootless namespace, so the pull went without the ECR token and got 401. INFERENCE: the thread's later fix (a login address with https://) is outside the stored excerpt. The account id is masked as posted; `host` is a placeholder"
  },
  {
    id: 'dev44-ecr-03',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'time="2023-11-30T13:14:25Z" level=error msg="failed to call tryLoginWithRegHost" error="unexpected status code 403" i=0\ntime="2023-11-30T13:14:25Z" level=fatal msg="unexpected status code 403"',
    source: 'containerd/nerdctl#2673',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "needs the thread: `aws ecr get-login-password --region us-east-1 | lima nerdctl login --username AWS --password-stdin public.ecr.aws/…`: the password is a private-registry ECR token, while ECR Public takes only one from `aws ecr-public get-login-password`. INFERENCE: the issue is open with no maintainer's diagnosis. Debug lines before it trimmed"
  },
  {
    id: 'dev44-gar-01',
    family: 'gar',
    host: 'us.gcr.io',
    text: 'Error: internalError: "HTTP request to https://us.gcr.io/v2/token?client_id=containerization-registry-client&service=us.gcr.io&scope=repository:reponame/us.gcr.io/image:pull failed with response: 403 Forbidden. No credentials found for host us.gcr.io"',
    source: 'apple/container#321',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: "needs the thread: Apple's `container` CLI after `gcloud auth print-access-token | container registry login -u oauth2accesstoken --password-stdin us.gcr.io` ('Login succeeded'): the login sat in the keychain but the pull found none for the host and asked for a token anonymously. INFERENCE: the thread is open with no fix"
  },
  {
    id: 'dev44-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'podman pull gcr.io/cirrus-ci-community/cirrus-ci-agent:v1.26.0 || true\nTrying to pull gcr.io/cirrus-ci-community/cirrus-ci-agent:v1.26.0...\n  error getting credentials - err: exit status 1, out: `You do not currently have an active account selected. See https://cloud.google.com/sdk/docs/authorizing for more information.`\nError: Error initializing source docker://gcr.io/cirrus-ci-community/cirrus-ci-agent:v1.26.0: error getting username and password: error getting credentials - err: exit status 1, out: `You do not currently have an active account selected. See https://cloud.google.com/sdk/docs/authorizing for more information.`',
    source: 'cirruslabs/cirrus-cli#260',
    expected: 'credential-store-error',
    alsoAcceptable: ['stale-login'],
    case: 'credential-helper',
    note: 'podman on a CI machine whose docker config names gcloud as the credential helper for gcr.io, with no gcloud account selected: the helper fails and podman stops before an anonymous pull of the public image. INFERENCE: the stored thread shows no fix'
  },
  {
    id: 'dev44-gar-03',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: 'Error: HTTP request to https://us-docker.pkg.dev/v2/ failed with response: 401 Unauthorized. Reason: invalidArgument: "cannot parse service from WWW-Authenticate header"',
    source: 'apple/container#2274',
    expected: 'unknown',
    note: "`gcloud auth print-access-token | container registry login --username oauth2accesstoken --password-stdin us-docker.pkg.dev`: Artifact Registry's challenge on /v2/ names no `service`, which Apple's `container` (a newer release) required, so the login failed before any credential was judged; the reporter's workaround seeds the keychain by hand. Neither the token nor the registry is at fault; the thread is open"
  },
  {
    id: 'dev44-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error: internalError: "HTTP request to https://myregistry.azurecr.io/oauth2/token?client_id=containerization-registry-client&service=myregistry.azurecr.io&scope=repository:api/dummy:pull failed with response: 401 Unauthorized. No credentials found for host myregistry.azurecr.io"',
    source: 'apple/container#254',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: "needs the thread: Apple's `container` CLI after `container registry login myregistry.azurecr.io --username 00000000-0000-0000-0000-000000000000` with an `az acr login --expose-token` token ('Login succeeded'): the pull found no credential for the host and asked ACR's token endpoint anonymously. INFERENCE: the thread is open with no fix. `myregistry` is the post's own placeholder"
  },
  {
    id: 'dev44-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error: internalError: "Error querying keychain for myregistry.azurecr.io (cause: "queryError("query failure: unhandledError(status: -25308)")")"',
    source: 'apple/container#704',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Apple's `container` CLI on macOS 26.0.1, local terminal: `container registry login` with an `az acr login --expose-token` token succeeded, then the pull could not read the stored login from the keychain (-25308, errSecInteractionNotAllowed). The post changed the registry name itself"
  },
  {
    id: 'dev44-acr-03',
    family: 'acr',
    host: 'mycompreg.azurecr.io',
    text: 'container image pull mycompreg.azurecr.io/my-comp/my-image:v1.16.0\nError: internalError: "error querying keychain for mycompreg.azurecr.io (cause: "queryError("query failure: unhandledError(status: -25308)")")"',
    source: 'apple/container#816',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Apple's `container` 0.6.0 pulling from a private ACR after a successful `container registry login`: the keychain item was not readable by the images helper (`container-core-images`) that does the pull; a commenter's workaround adds that helper to the item's access list, another found two installed versions of the CLI"
  },
  {
    id: 'dev44-generic-01',
    family: 'generic',
    host: 'oci.example.com',
    text: 'Error: internal error: unable to copy from source docker://oci.example.com/alpine:latest: initializing source docker://oci.example.com/alpine:latest: pinging container registry oci.example.com: Get "https://oci.example.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'containers/podman#26567',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "registry:2 behind Caddy with a certificate from a private CA; podman did not trust it although the CA sat in `~/.config/containers/certs.d/oci.example.com:443/` (the thread is about the `:443` folder being ignored). The host is the post's own placeholder"
  },
  {
    id: 'dev44-generic-02',
    family: 'generic',
    host: 'registry.example.com',
    text: 'FATA[0000] failed to call rh.Authorizer.Authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    source: 'containerd/nerdctl#792',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: `nerdctl login` to a SUSE Portus registry (and a Harbor one) failed where `docker login` with the same password worked; the debug line before it says 'no scope specified for token auth challenge', a nerdctl bug of that release in how it asked for the token. INFERENCE: labelled bug and closed, the fix is not in the stored thread. The post masked the host; `host` is a placeholder"
  },
  {
    id: 'dev44-generic-03',
    family: 'generic',
    host: '10.4.0.1:5000',
    text: 'too many 401 (probably)\nfailed to call rh.Client.Do: Get \\"https://10.4.0.1:5000/v2/\\": tls: failed to verify certificate: x509: certificate signed by unknown authority" i=1',
    source: 'containerd/nerdctl#3068',
    expected: 'invalid-credentials',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: a nerdctl maintainer's repro, `nerdctl login` with a wrong password to a Basic-auth registry:2; nerdctl retried ten times, then tried another scheme whose certificate it did not trust, so the last line speaks of TLS though the cause is the password. The two lines are the two fragments the post quotes in its prose, joined"
  },
  {
    id: 'dev44-generic-04',
    family: 'generic',
    host: 'nexus.example.com',
    text: 'FATA[0000] failed to resolve reference "docker.****.net/mailhog/mailhog:v1.0.1": pulling from host docker.*****.net failed with status code [manifests v1.0.1]: 401 Unauthorized',
    source: 'containerd/nerdctl#750',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: 'needs the thread: a Nexus 3 registry; `nerdctl login` had failed (nerdctl asked for /v2 without the trailing slash and Nexus answered 404, a nerdctl bug closed as a duplicate), so the pull went with no credential. The host is masked as posted; `host` is a placeholder'
  },
  {
    id: 'dev44-generic-05',
    family: 'generic',
    host: 'pulp3-source-fedora34.fluffy.example.com',
    text: '$ podman login pulp3-source-fedora34.fluffy.example.com\nUsername: no-such-user\nPassword:\nError: authenticating creds for "pulp3-source-fedora34.fluffy.example.com": Requesting bear token: invalid status code from registry 403 (Forbidden)',
    source: 'pulp/pulp_container#918',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: a Pulp maintainer's repro of `podman login` to Pulp's container registry with a user that does not exist (and then with a wrong password): Pulp's token endpoint answered 403 where a 401 was due, so the text reads like a refused permission. The issue asks Pulp to answer 401"
  },
  {
    id: 'dev44-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Trying to pull docker.io/library/holoiso:latest...\nError: initializing source docker://holoiso:latest: reading manifest latest in docker.io/library/holoiso: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: '89luca89/distrobox#521',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: 'distrobox-create with podman on a Steam Deck: `holoiso:latest` resolved to the official-image namespace `library/holoiso`, which does not exist; the maintainer pointed to `thevakhovske/holoiso:latest`. The short-name prompt line before it is trimmed'
  },
  {
    id: 'dev44-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: internalError: "HTTP request to https://registry-1.docker.io/v2/library/big/manifests/latest failed with response: 401 Unauthorized. No credentials found for host registry-1.docker.io"',
    source: 'apple/container#189',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: "`container run … big`: a bare name that Apple's `container` resolved to the official image `library/big`, which does not exist; Docker Hub answers such a name with 401, and the CLI adds that it had no credential. INFERENCE: the thread shows no fix (the reporter looked into the keychain code)"
  },
  {
    id: 'dev44-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'DEBUG  [2025-02-06T15:37:29+07:00] Error getting image alias                     name="mysql:latest" stderr="Failed to run: skopeo inspect docker://docker.io/mysql:latest: exit status 1 (time=\\"2025-02-06T15:37:29+07:00\\" level=fatal msg=\\"Error parsing image name \\\\\\"docker://docker.io/mysql:latest\\\\\\": unable to retrieve auth token: invalid username/password: unauthorized: incorrect username or password\\")" stdout=\nError: Image not found',
    source: 'lxc/incus#1633',
    expected: 'registry-unreachable',
    alsoAcceptable: ['stale-login', 'unknown'],
    note: "needs the thread: `incus image info docker:mysql:latest` on an OCI remote (Incus runs skopeo); the reporter closed it as 'the incident of docker hub' that day, when Docker Hub's token service refused anonymous requests. INFERENCE: the reporter's own reading, no maintainer reply. The DEBUG line before it (connecting to the remote) is trimmed"
  },
  {
    id: 'dev44-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'podman pull python:3.8.1\nTrying to pull docker.io/library/python:3.8.1...\nError: initializing source docker://python:3.8.1: pinging container registry registry-1.docker.io: Get "https://registry-1.docker.io/v2/": x509: certificate signed by unknown authority',
    source: 'containers/podman#13330',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'podman machine on macOS behind a corporate proxy that re-signs TLS with its own CA; the CA had to be installed inside the podman machine VM'
  },
  {
    id: 'dev44-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Resolving "redis" using unqualified-search registries (/etc/containers/registries.conf.d/999-podman-machine.conf)\nTrying to pull docker.io/library/redis:alpine...\nError: copying system image from manifest list: parsing image configuration: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/39/39267c75a2300e96dc84d36e4d38affa75e70aabe8a4464db69cd8f9ba53ba13/data?verify=1667580604-V89M%2FWg7JlqU11%2Bd8o00TTxOnLE%3D": x509: certificate signed by unknown authority',
    source: 'containers/podman#16413',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "podman 4.3 on macOS on a network where all TLS is re-signed with a company certificate; the host's CA bundle (SSL_CERT_FILE and others) does not reach the podman machine VM, so the layer download from Docker Hub's CDN failed the TLS check"
  },
  {
    id: 'dev44-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: '✔ docker.io/library/max-image-resolution-enhancer:latest\nTrying to pull docker.io/library/max-image-resolution-enhancer:latest...\nError: Error initializing source docker://max-image-resolution-enhancer:latest: Error reading manifest latest in docker.io/library/max-image-resolution-enhancer: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'IBM/MAX-Image-Resolution-Enhancer#58',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: '`sudo podman run … max-image-resolution-enhancer` with no such local image (the README builds it first or pulls `quay.io/codait/…`); the short name went to the official-image namespace `library/`, where it does not exist. INFERENCE: the stored thread has no reply'
  },
  {
    id: 'dev44-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ podman run -it --rm docker://docker.io/library/alpine:latest ls\nTrying to pull docker://docker.io/library/alpine:latest...ERRO[0000] Error pulling image ref //alpine:latest: Error determining manifest MIME type for docker://alpine:latest: unable to retrieve auth token: invalid username/password\nFailed\nError: unable to pull docker://docker.io/library/alpine:latest: unable to pull image: Error determining manifest MIME type for docker://alpine:latest: unable to retrieve auth token: invalid username/password',
    source: 'containers/podman#1963',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: an anonymous pull of a public official image that failed with and without sudo; the maintainer asked about an auth file, and the fix that followed (podman's troubleshooting entry) is `podman logout` of a stored credential that no longer works"
  },
  {
    id: 'dev44-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'error: failed to solve: myorg/mybaseimage: pull access denied, repository does not exist or may require authorization: authorization status: 401: authorization failed',
    source: 'containerd/nerdctl#826',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: nerdctl inside a container: `nerdctl login` wrote the Docker Hub entry under `index.docker.io` instead of `https://index.docker.io/v1/`, so `nerdctl pull` of the private image worked but the build's FROM looked up the other key and went without credentials. The text is the error the post quotes in a shell comment; `myorg/mybaseimage` is the post's placeholder"
  },
  {
    id: 'dev44-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'error getting credentials - err: exec: "docker-credential-desktop.exe": executable file not found in $PATH',
    source: 'aimh-lab/visione#26',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "docker in a WSL Ubuntu 22.04 distro whose ~/.docker/config.json names the Docker Desktop helper `desktop.exe`, which is not on the distro's PATH (the reporter found it under /mnt/c/Program Files/Docker/Docker/resources/bin). INFERENCE: no fix is in the stored thread. The registry is not named; `host` is a placeholder"
  },
  {
    id: 'dev44-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'copying system image from manifest list: Source image rejected: Running image docker://debian:latest is rejected by policy.',
    source: 'secureblue/secureblue#477',
    expected: 'not-a-login-failure',
    note: 'a hardened image whose /etc/containers/policy.json rejects unsigned images: the pull reached Docker Hub and the local signature policy refused the image; the maintainers point to the signed-distrobox recipe'
  },
  {
    id: 'dev44-not-login-02',
    family: 'not-login',
    host: 'registry.fedoraproject.org',
    text: "Pulling registry.fedoraproject.org/fedora-toolbox:36: | Error: failed to pull image registry.fedoraproject.org/fedora-toolbox:36\nIf it was a private image, log in with: podman login registry.fedoraproject.org\nUse 'toolbox --verbose ...' for further details.",
    source: 'coreos/fedora-coreos-tracker#926',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "toolbox on Rawhide asked for `fedora-toolbox:36` before any such tag had been built; the registry is public and the login hint is toolbox's stock wording. The shell prompt line is trimmed"
  },
  {
    id: 'dev44-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'podman pull caddy\nError: error getting default registries to try: short-name "caddy" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    source: 'containers/podman#12933',
    expected: 'not-a-login-failure',
    note: "podman's short-name resolution: registries.conf named no unqualified-search registries, so a bare name had nowhere to go; no registry was asked"
  },
  {
    id: 'dev44-not-login-04',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: 'no matching manifest for windows/amd64 10.0.17763 in the manifest list entries',
    source: 'microsoft/Windows-Containers#334',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'docker-ce (Moby) on Windows Server 2019 pulling `mcr.microsoft.com/windows/server:ltsc2022`: a Windows Server 2022 image cannot run on a 2019 (10.0.17763) host. The text is the error line the post quotes in its prose'
  },
  {
    id: 'dev44-not-login-05',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: 'PS U:\\&gt; docker pull mcr.microsoft.com/windows/nanoserver:1903\n1903: Pulling from windows/nanoserver\nno matching manifest for windows/amd64 10.0.14393 in the manifest list entries',
    source: 'MicrosoftDocs/Virtualization-Documentation#1354',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'a Windows Server 2016 (10.0.14393) host pulling a Nano Server 1903 image; Windows hosts run only images of their own or older OS builds. The HTML entity in the prompt is kept as posted'
  },
  {
    id: 'dev44-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'no matching manifest for Linux/arm64/v8 in the manifest list entries',
    source: 'abiosoft/colima#180',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Colima on an Apple-silicon Mac, `docker-compose up` of an image with no arm64 variant (MySQL); setting `platform:` in the compose file fixed it, and the maintainer confirmed the error is expected. The text is the issue's title (capitalised as posted)"
  },
  {
    id: 'dev44-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERRO[0004] Error while applying layer: ApplyLayer exit status 1 stdout:  stderr: lchown /etc/gshadow: operation not permitted\nERRO[0004] Error pulling image ref //ubuntu:latest: Error committing the finished image: error adding layer with blob "sha256:cecce6095d35c15ae2a27f2e80fbc0a0806d92aa38fbd27d004a9168f6b3aa58": ApplyLayer exit status 1 stdout:  stderr: lchown /etc/gshadow: operation not permitted\nFailed\nError: unable to pull ubuntu: 1 error occurred:\n\t* Error committing the finished image: error adding layer with blob "sha256:cecce6095d35c15ae2a27f2e80fbc0a0806d92aa38fbd27d004a9168f6b3aa58": ApplyLayer exit status 1 stdout:  stderr: lchown /etc/gshadow: operation not permitted',
    source: 'containers/podman#1908',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'rootless podman on Ubuntu 18.04: the download from Docker Hub worked and unpacking a layer failed, because the user had no usable subordinate id range (/etc/subuid, /etc/subgid) to own files like /etc/gshadow. The pull progress lines before it trimmed'
  },
  {
    id: 'dev44-not-login-08',
    family: 'not-login',
    host: 'docker-registry.example.com',
    text: 'Error: Failed instance creation: Failed getting remote image info: Failed to run: skopeo --insecure-policy inspect docker://docker-registry.example.com/library/hello:latest --no-tags: exit status 2 (time="2026-06-16T20:51:08Z" level=fatal msg="Error parsing image name \\"docker://docker-registry.example.com/library/hello:latest\\": reading manifest latest in docker-registry.example.com/library/hello: manifest unknown")',
    source: 'lxc/incus#3507',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "`incus launch docker.io:library/hello:latest` through an OCI remote that points at the reporter's own registry: the registry had no `library/hello:latest` (the issue is about skopeo being needed on the client; the maintainer notes the error came from the server side). The shell prompt line is trimmed; the host is the post's own"
  },
  {
    id: 'dev44-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: short-name "archlinux-toolbox:latest" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"',
    source: '89luca89/distrobox#1024',
    expected: 'not-a-login-failure',
    note: '`distrobox create -n name -i image:archlinux-toolbox:latest` with podman on Pop!_OS: a bare short name and no unqualified-search registries in registries.conf; the answer was to give the full name `quay.io/toolbx-images/archlinux-toolbox`. No registry was asked'
  }
]

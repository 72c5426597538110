/**
 * A thirty-sixth development set of real registry error texts ("dev36"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-sixth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, in the directions of vendor and entitlement registries and
 * air-gapped distribution (NVIDIA NGC, Red Hat, Oracle, Elastic, Chainguard,
 * Docker Hardened Images, HPE, Sitecore, Bitnami's catalog change, Rancher's
 * Hangar, Harbor behind OIDC) and the trackers of the projects whose images
 * users pull from them; none is a source of an earlier set (the list of the
 * 1862 earlier sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV36: readonly RealText[] = [
  {
    id: 'dev36-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: GET https://ghcr.io/token?scope=repository%3Aublue-os%2Fcosmic-base%3Apull&service=ghcr.io: DENIED: requested access to the resource is denied\nmain.go:69: error during command execution: GET https://ghcr.io/token?scope=repository%3Aublue-os%2Fcosmic-base%3Apull&service=ghcr.io: DENIED: requested access to the resource is denied',
    source: 'ublue-os/cosmic#72',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a downstream build based on ghcr.io/ublue-os/cosmic-base; the image had been renamed to cosmic, and changing the name fixed it ("This fixed our issue"). GHCR\'s token endpoint answers a name it does not have, or a private one, with DENIED'
  },
  {
    id: 'dev36-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/zcube/bitnami-compat/mongodb:4.4.15\n4.4.15: Pulling from zcube/bitnami-compat/mongodb\nmanifest unknown',
    source: 'zcube/bitnami-compat#37',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a community rebuild of the Bitnami images; the maintainer had pruned untagged versions and the cleanup left tags whose manifests were gone; the images were restored and the pull worked. The tag-level manifest unknown is not about the credential'
  },
  {
    id: 'dev36-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Step 1/2 : FROM ghcr.io/cross-rs/aarch64-unknown-linux-gnu:latest\nunauthorized',
    source: 'cross-rs/cross#649',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: cross had just moved its images to GHCR; the packages were still private and had no latest tag yet; the maintainers made them public and pointed to the main tag. The reporter had a GHCR login, but not one that could read the private package'
  },
  {
    id: 'dev36-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/sammcj/mcp-devtools:main\nError response from daemon: Head "https://ghcr.io/v2/sammcj/mcp-devtools/manifests/main": unauthorized',
    source: 'sammcj/mcp-devtools#252',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the package GitHub Actions published was private (the GHCR default); the maintainer made it public and the reporter confirmed the pull then worked'
  },
  {
    id: 'dev36-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '[user@linux hello_world]$ cross build --target riscv64gc-unknown-linux-musl\nTrying to pull ghcr.io/cross-rs/riscv64gc-unknown-linux-musl:0.2.5...\nError: initializing source docker://ghcr.io/cross-rs/riscv64gc-unknown-linux-musl:0.2.5: reading manifest 0.2.5 in ghcr.io/cross-rs/riscv64gc-unknown-linux-musl: manifest unknown',
    source: 'cross-rs/cross#1669',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'podman through cross: the image for that target exists only under the main tag, not 0.2.5, as the maintainer answered'
  },
  {
    id: 'dev36-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: Earthfile:42:2 copy artifact: apply build +build: earthfile2llb for +build: /tmp/earthly-git3082701759/Earthfile:126:8 with docker run: pull: resolve image config for ghcr.io/cross-rs/aarch64-apple-darwin:0.2.5: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Across-rs%2Faarch64-apple-darwin%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'earthly/lib#64',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the reporter's own analysis: the cross-rs images exist only for Linux targets (licensing), so ghcr.io/cross-rs/aarch64-apple-darwin does not exist, and GHCR's anonymous token request answers 403 for it. INFERENCE: the stored thread shows no maintainer reply. Only the second of the two posted lines is kept"
  },
  {
    id: 'dev36-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Error response from daemon: manifest for registry.gitlab.com/sje-kubefirst/metaphor:2d3cfe2f not found: manifest unknown: manifest unknown',
    source: 'konstructio/kubefirst#2256',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-mismatch'],
    note: "INFERENCE: a local docker pull made while debugging a cluster's ImagePullBackOff; the reporter's later edit says the cluster's failure came from its dockerconfigjson secret naming registry.gitlab.io instead of registry.gitlab.com, and that the manifest lead was wrong; the stored thread does not explain this local manifest unknown, which on its face is a tag the repository does not have"
  },
  {
    id: 'dev36-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '$ docker pull quay.io/keycloak/keycloak@sha256:b4841a7b8401fd209bfcddf10773cdfa7c7cfde4bf7e87780663226be5587ee2\nError response from daemon: i/o timeout',
    source: 'keycloak/keycloak#13274',
    expected: 'registry-unreachable',
    note: 'Red Hat\'s Keycloak image on quay.io; the reporter saw quay.io time out (titled "quay.io server is down"). Only the first of several identical attempts is kept'
  },
  {
    id: 'dev36-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: "Unable to find image 'quay.io/openshiftio/rhchestage-rh-che-e2e-tests:7.14.2' locally\ndocker: Error response from daemon: received unexpected HTTP status: 502 Bad Gateway.",
    source: 'redhat-developer/rh-che#1934',
    expected: 'registry-unreachable',
    note: 'a Red Hat CodeReady/Che e2e job pulling from quay.io; the team filed it as an infrastructure issue (quay.io answering 502)'
  },
  {
    id: 'dev36-quay-03',
    family: 'quay',
    host: 'quay.example.com',
    text: 'gunicorn-registry stdout | 2024-03-13 20:19:49,414 [369] [DEBUG] [endpoints.v2] sending response: b\'{"errors":[{"code":"METHOD NOT ALLOWED","detail":{},"message":"Pushes to the registry are currently disabled. Please contact the administrator for more information."}]}\\n\'',
    source: 'quay/quay#2755',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "Quay's own log of the answer a push gets when the administrator sets DISABLE_PUSHES (the PR that adds it); the registry refuses every push whatever the credential. The log names no host: quay.example.com is a placeholder. A registry-side refusal, so registry-unreachable is also defensible"
  },
  {
    id: 'dev36-harbor-01',
    family: 'harbor',
    host: 'harbor.demo.eks.otomi.cloud',
    text: '$ docker login harbor.<cluster-domain> -u <User name> -p <CLI secret>\nError response from daemon: Get https://harbor.demo.eks.otomi.cloud/v2/: unauthorized: authentication required',
    source: 'linode/apl-core#308',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Harbor behind Keycloak OIDC; the CLI secret is tied to the user's OIDC ID token, and Keycloak gave Harbor no refresh token, so the secret became invalid once the ID token expired (Harbor's documentation, quoted in the issue); the fix asked for is a refresh token. Masking as posted"
  },
  {
    id: 'dev36-harbor-02',
    family: 'harbor',
    host: 'h2.example.com:30080',
    text: '[10:18:27] [WARN] Failed, retrying in 100ms ... (1/3). Error: reading manifest 3 in h2.example.com:30080/library/alpine: unknown: artifact library/alpine:3 not found',
    source: 'cnrancher/hangar#44',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "Rancher's Hangar loading an air-gap image archive into Harbor: the warning is Harbor's non-standard not-found for an artifact that is not there yet (Hangar checks before copying); the maintainers traced it to Hangar failing to create the Harbor project and to Harbor's error code. Only the first of three retries is kept"
  },
  {
    id: 'dev36-harbor-03',
    family: 'harbor',
    host: 'registry.example.com',
    text: 'harbor-core        | 2024-06-18T02:47:26Z [WARNING] [/core/auth/authenticator.go:158]: Login failed, locking robot$gitlab_bot, and sleep for 1.5s\nharbor-core        | 2024-06-18T02:47:28Z [ERROR] [/server/middleware/security/basic_auth.go:72][client IP="172.28.14.148" requestID="5933e526-3bcd-4b70-8808-144cfe9f1e30" user agent="docker/25.0.3 go/go1.21.6 git-commit/f417435 kernel/5.15.0-97-generic os/linux arch/amd64 UpstreamClient(Docker-Client/25.0.3 \\(linux\\))"]: failed to authenticate user:robot$gitlab_bot, error:Failed to authenticate user, due to error \'Invalid credentials\'',
    source: 'goharbor/harbor-helm#752',
    expected: 'invalid-credentials',
    alsoAcceptable: ['login-locked-out'],
    note: "INFERENCE: Harbor's core log for a docker login with a robot account (the client only saw 'unauthorized:'); the commenter fixed it by deleting and recreating the robot account, unsure whether the lockout was the cause. The nginx line before is trimmed; the host was masked (registry.xxxxxx.com): registry.example.com is a placeholder"
  },
  {
    id: 'dev36-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "Error response from daemon: pull access denied for public.ecr.aws/docker/library/registry, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'twuni/docker-registry.helm#143',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "a maintainer testing a PR that moves the chart's image to ECR Public; the repository is public, and ECR Public answers this when docker sends an expired stored login for public.ecr.aws (the PR was closed without the fix being named). The 'What's next' hint line is trimmed"
  },
  {
    id: 'dev36-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'pull access denied for public.ecr.aws/deep-learning-containers/sglang:\nYour authorization token has expired. Reauthenticate and try again.',
    source: 'aws/deep-learning-containers#6104',
    expected: 'stale-login',
    note: "as quoted (and wrapped) in the PR's description: reused CodeBuild runners kept an expired public.ecr.aws login in config.json, which docker sent instead of pulling anonymously; the fix runs docker logout public.ecr.aws before the pull"
  },
  {
    id: 'dev36-ecr-03',
    family: 'ecr',
    host: '328549459982.dkr.ecr.us-west-2.amazonaws.com',
    text: "Error response from daemon: pull access denied for 328549459982.dkr.ecr.us-west-2.amazonaws.com/bottlerocket/bottlerocket-update-operator, repository does not exist or may require 'docker login': denied: User: arn:aws:iam::***:user/taylorjs is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:328549459982:repository/bottlerocket/bottlerocket-update-operator because no resource-based policy allows the ecr:BatchGetImage action",
    source: 'bottlerocket-os/bottlerocket-update-operator#157',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the second of two errors (the first was no basic auth credentials, before a login to AWS's registry); the maintainer answered that the image URI was wrong: the repository is bottlerocket-update-operator, not bottlerocket/bottlerocket-update-operator. ECR answers a repository another account does not share with the caller this way. Masking as posted"
  },
  {
    id: 'dev36-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "FATA generating doc: creating SPDX document: generating SPDX package from image ref gcr.io/my-gcp-project/myimage:mytag: while downloading images to archive: fetching remote descriptor: GET https://gcr.io/v2/my-gcp-project/my-gcp-project/myimage/manifests/mytag: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'kubernetes-sigs/bom#17',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: docker pull of the same private image worked; bom fetched it without reading the docker credentials (the issue, a feature request, asks bom to use them). INFERENCE: the stored thread shows no fix'
  },
  {
    id: 'dev36-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/cos-containers/cerebro:0.6.5": rpc error: code = Unknown desc = Error response from daemon: denied: Permission denied for "0.6.5" from request "/v2/cos-containers/cerebro/manifests/0.6.5".',
    source: 'CenterForOpenScience/helm-charts#14',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a kubelet event; the chart's default pointed at the maintainers' private GCR mirror instead of their public quay.io images, which they then fixed. Container Registry answers an image the caller may not read this way"
  },
  {
    id: 'dev36-acr-01',
    family: 'acr',
    host: 'scr.sitecore.com',
    text: 'ERROR: manifest for scr.sitecore.com/tools/sitecore-docker-tools-asset:10.3.0-1809 not found: manifest unknown: manifest tagged by "10.3.0-1809" is not found.',
    source: 'Sitecore/docker-images#1107',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Sitecore's vendor registry (served by Azure Container Registry, whose wording this is): the tag for the Windows 1809 base does not exist there"
  },
  {
    id: 'dev36-acr-02',
    family: 'acr',
    host: 'scr.sitecore.com',
    text: 'docker pull scr.sitecore.com/sxp/sitecore-xm1-cd:10.0-ltsc2019\nError response from daemon: Get https://scr.sitecore.com/v2/: x509: certificate signed by unknown authority',
    source: 'Sitecore/container-deployment#10',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "INFERENCE: the docker host did not trust the certificate presented for Sitecore's registry (a TLS-inspecting network is the usual cause); the reporter could pull the next day and named no fix"
  },
  {
    id: 'dev36-acr-03',
    family: 'acr',
    host: 'mcr.microsoft.com',
    text: 'sha256:7afc10568a79ffbaf11dfc70b13937ca8bec419fb2d408499f4568f40fae3e61: Pulling from windows/servercore\nno matching manifest for unknown in the manifest list entries',
    source: 'Azure/acr#265',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "an ACR Tasks build whose Dockerfile starts FROM a Windows Server Core digest on mcr.microsoft.com: the build host's platform is not in that image's manifest list (the maintainer: the version may not be supported by, or compatible with, the Tasks host). The Tasks runner's own lines after it are trimmed"
  },
  {
    id: 'dev36-generic-01',
    family: 'generic',
    host: 'nvcr.io',
    text: 'ERROR: failed to build: failed to solve: nvcr.io/nvidia/cosmos/cosmos-predict2-container:1.2: failed to resolve source metadata for nvcr.io/nvidia/cosmos/cosmos-predict2-container:1.2: unexpected status from HEAD request to https://nvcr.io/v2/nvidia/cosmos/cosmos-predict2-container/manifests/1.2: 401 Unauthorized',
    source: 'nv-tlabs/Fixer#5',
    expected: 'missing-credentials',
    case: 'anonymous-pull',
    note: 'needs the thread: NVIDIA NGC (nvcr.io) requires a login for this image; the reporter closed it with "This docker need to login in nvidia ngc!"'
  },
  {
    id: 'dev36-generic-02',
    family: 'generic',
    host: 'nvcr.io',
    text: "Pull access denied for nvcr.io/nvidia-l4t-base, repository does not exist or may require 'docker login' denied: requested access to the resource is denied",
    source: 'dusty-nv/jetson-containers#1',
    expected: 'repository-not-found',
    note: 'the Dockerfile named nvcr.io/nvidia-l4t-base; the image is nvcr.io/nvidia/l4t-base:r32.4.2, which the maintainer fixed; the reporter then built it. The line is as quoted in the issue body'
  },
  {
    id: 'dev36-generic-03',
    family: 'generic',
    host: 'nvcr.io',
    text: "✘ cached Error         pull access denied for nvcr.io/ohlfw0olaadg/ea-participants/cached, repository does not exist or may require 'docker login': denie...               2.7s",
    source: 'NVIDIA/NeMo-Retriever#138',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "INFERENCE: an NGC early-access org (ea-participants) the reporter's account may not read: logged in, tried two accounts and a rotated key; the stored thread shows no answer. Compose's own line, cut by compose as posted; the context-canceled lines of the other services are trimmed"
  },
  {
    id: 'dev36-generic-04',
    family: 'generic',
    host: 'cgr.dev',
    text: 'docker pull cgr.dev/chainguard/memcached\nUsing default tag: latest\nError response from daemon: Head "https://cgr.dev/v2/chainguard/memcached/manifests/latest": denied',
    source: 'chainguard-images/images#180',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: Chainguard had not yet published the new image (too many PRs merged at once); it was available after the next build. cgr.dev answers a name it does not have with denied'
  },
  {
    id: 'dev36-generic-05',
    family: 'generic',
    host: 'docker.elastic.co',
    text: '$ docker pull docker.elastic.co/elasticsearch/elasticsearch:7.2.0\nError response from daemon: Get https://docker.elastic.co/v2/elasticsearch/elasticsearch/manifests/7.2.0: unauthorized: authentication required',
    source: 'elastic/elasticsearch#61047',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Elastic's registry was broken for everyone (the issue is titled \"docker.elastic.co is down\"); the team fixed it server-side within hours. The public images need no login, so the 'authentication required' was the outage's answer, not the user's credential"
  },
  {
    id: 'dev36-generic-06',
    family: 'generic',
    host: 'docker.elastic.co',
    text: 'Error response from daemon: Get https://docker.elastic.co/v2/: EOF',
    source: 'elastic/elasticsearch#53060',
    expected: 'registry-unreachable',
    note: "the connection to Elastic's registry was cut; the maintainer could not reproduce it and suspected the reporter's network (a firewall)"
  },
  {
    id: 'dev36-generic-07',
    family: 'generic',
    host: 'container-registry.oracle.com',
    text: "docker pull container-registry.oracle.com/oracle/database:12.2.0.1-ee\nError response from daemon: pull access denied for container-registry.oracle.com/oracle/database, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'oracle/docker-images#1497',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "INFERENCE: Oracle's registry after a successful login: a pull of another product worked, and the maintainers answered that the license must be accepted for each image; the stored thread shows no confirmed fix"
  },
  {
    id: 'dev36-generic-08',
    family: 'generic',
    host: 'container-registry.oracle.com',
    text: 'Trying to pull container-registry.oracle.com/database/enterprise:latest...\nError: initializing source docker://container-registry.oracle.com/database/enterprise:latest: unable to retrieve auth token: invalid username/password: authentication required',
    source: 'oracle/docker-images#2773',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "INFERENCE: podman (aliased as docker) pulling Oracle's licensed database image with no login for the registry; the reporter switched to the Express image, which pulled. containers/image words any 401 of the token endpoint 'invalid username/password', also when no credential was sent"
  },
  {
    id: 'dev36-generic-09',
    family: 'generic',
    host: 'dhi.io',
    text: 'Error response from daemon: Get "https://dhi.io/v2/": received unexpected HTTP status: 503 Service Unavailable',
    source: 'docker-hardened-images/catalog#171',
    expected: 'registry-unreachable',
    note: "Docker Hardened Images' registry answered 503 to logins and pulls alike (its token endpoint too) while Docker's status page said operational"
  },
  {
    id: 'dev36-generic-10',
    family: 'generic',
    host: 'hub.myenterpriselicense.hpe.com',
    text: 'Error response from daemon: login attempt to https://hub.myenterpriselicense.hpe.com/v2/ failed with status: 401 Unauthorized',
    source: 'HewlettPackard/swarm-learning#21',
    expected: 'invalid-credentials',
    note: "needs the thread: HPE's entitlement registry takes the HPE Passport e-mail address registered with the My HPE Software Center as the username; asked whether it was registered there, the reporter solved it"
  },
  {
    id: 'dev36-generic-11',
    family: 'generic',
    host: 'docker.whatsapp.biz',
    text: 'error pulling image configuration: error parsing HTTP 403 response body: invalid character \'F\' looking for beginning of value: "Forbidden!"',
    source: 'WhatsApp/WhatsApp-Business-API-Setup-Scripts#23',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    case: 'blob-storage',
    note: "needs the thread: docker.whatsapp.biz served its layers from Bintray, whose storage refused clients outside EU/US IP ranges (the reporter's curl to the Bintray repository got 403 too); the manifest was fetched, the image configuration blob was refused. The docker pull command and layer lines before it are trimmed"
  },
  {
    id: 'dev36-generic-12',
    family: 'generic',
    host: 'registry.access.redhat.com',
    text: '❯ docker pull registry.access.redhat.com/rhel8/postgresql-16:latest\nError response from daemon: unsupported: This repo requires terms acceptance and is only available on registry.redhat.io',
    source: 'redhat-developer/rhdh-local#20',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Red Hat's unauthenticated registry does not serve this image; it is on registry.redhat.io, which needs a login with a Red Hat account or registry service account; the PR moves the image there and documents docker login registry.redhat.io"
  },
  {
    id: 'dev36-generic-13',
    family: 'generic',
    host: 'docker.bintray.io',
    text: 'Failed to pull image "docker.bintray.io/jfrog/xray-analysis:2.7.3": rpc error: code = Unknown desc = error pulling image configuration: received unexpected HTTP status: 502 Bad Gateway',
    source: 'jfrog/charts#261',
    expected: 'registry-unreachable',
    note: "JFrog's own registry (Bintray) was failing; the maintainer pointed to Bintray's status page. A kubelet event; the reporter's docker pull got the same 502"
  },
  {
    id: 'dev36-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Step 1/12 : FROM oracle/weblogic:12.2.1.3-developer\npull access denied for oracle/weblogic, repository does not exist or may require 'docker login'",
    source: 'oracle/docker-images#763',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: oracle/weblogic is not a Docker Hub repository; the maintainers answered to pull container-registry.oracle.com/middleware/weblogic after accepting the license there and logging in to that registry'
  },
  {
    id: 'dev36-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Step 3/26 : FROM oracle/instantclient:12.2.0.1\npull access denied for oracle/instantclient, repository does not exist or may require 'docker login'",
    source: 'oracle/docker-images#1286',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the image was only in the Docker Store namespace (store/oracle/...) behind a licence click-through, not at oracle/instantclient; the maintainer advised building Instant Client 19 from the repository's Dockerfile instead"
  },
  {
    id: 'dev36-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'oracle/database:19.3.0-ee' locally\ndocker: Error response from daemon: pull access denied for oracle/database, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'oracle/docker-images#2036',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the oracle/database images are built locally from Oracle's Dockerfiles, never pushed to Docker Hub; the maintainer answered to build the image first, so docker run finds it instead of pulling"
  },
  {
    id: 'dev36-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for rustfs/cli, repository does not exist or may require 'docker login'",
    source: 'rustfs/cli#380',
    expected: 'repository-not-found',
    note: 'the documented image name was out of date: the image is rustfs/rc, as the reporter found'
  },
  {
    id: 'dev36-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'elasticsearch Warning pull access denied for elastdocker/elasticsearch',
    source: 'sherifabdlnaby/elastdocker#116',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: docker compose pull of services whose images are built locally (each has a build section); the elastdocker namespace has no such repositories on Docker Hub, and docker compose build (or make up) builds them'
  },
  {
    id: 'dev36-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits.',
    source: 'bitnami/charts#4430',
    expected: 'rate-limited',
    note: "Bitnami's pinned announcement quoting the Docker Hub error its chart users got when anonymous pulls hit the new limit; it advises a registry login (imagePullSecrets) or another registry"
  },
  {
    id: 'dev36-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Updating docker images...\nError response from daemon: manifest for bitnami/git:latest not found: manifest unknown: manifest unknown',
    source: 'geraldolsribeiro/microCI#61',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Bitnami removed its free images' tags from docker.io/bitnami in 2025 and moved them to bitnamilegacy"
  },
  {
    id: 'dev36-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull bitnami/redis:7.0.11-debian-11-r12\nError response from daemon: failed to resolve reference "docker.io/bitnami/redis:7.0.11-debian-11-r12": docker.io/bitnami/redis:7.0.11-debian-11-r12: not found',
    source: 'salaboy/platforms-on-k8s#86',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the tag was removed from docker.io/bitnami in the Bitnami catalog change; the same tag under bitnamilegacy/ pulled, as the reporter tested'
  },
  {
    id: 'dev36-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for bitnami/clickhouse:latest not found: manifest unknown: manifest unknown',
    source: 'RedPlanetHQ/core#79',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "quoted in the issue's prose: no tags left in docker.io/bitnami/clickhouse after the Bitnami catalog change; bitnamilegacy/clickhouse has them"
  },
  {
    id: 'dev36-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: manifest for sameersbn/gitlab:14.4.2 not found: manifest unknown: manifest unknown',
    source: 'sameersbn/docker-gitlab#2467',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the release tag had not been published: the CI's tag filter skipped it; the maintainers re-pushed the tag"
  },
  {
    id: 'dev36-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling keycloak (jboss/keycloak:legacy)...\nERROR: manifest for jboss/keycloak:legacy not found: manifest unknown: manifest unknown',
    source: 'keycloak/keycloak-containers#404',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a compose file from the keycloak-containers repository names a tag that jboss/keycloak on Docker Hub does not have; a missing tag, not a login (the stored thread shows no reply)'
  },
  {
    id: 'dev36-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'latest: Pulling from library/mysql\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'docker-library/mysql#698',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the mysql:latest of the time had no arm64 image (an Apple-silicon host); closed as a duplicate of #318'
  }
]

/**
 * A forty-ninth development set of real registry error texts ("dev49"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The forty-ninth
 * development set"). Its direction: organisation policy and account-state
 * refusals (project quotas and read-only modes, registry firewalls and VPC
 * Service Controls, IP allow lists, billing and inactive accounts, service-tier
 * limits). Sources are GitHub issues and pull requests found with the search
 * tool; none is a source of an earlier set (the list of the 2184 earlier
 * sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV49: readonly RealText[] = [
  {
    id: 'dev49-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '> docker pull ghcr.io/dexidp/dex:v2.30.2\nError response from daemon: Head "https://ghcr.io/v2/dexidp/dex/manifests/v2.30.2": denied: denied',
    source: 'dexidp/dex#2672',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a public image; the pull worked as soon as the reporter removed the ghcr.io entry from ~/.docker/config.json, and a maintainer\'s question ("your ghcr.io authorization is not valid? tried docker login ghcr.io again with a new token?") was answered "that was it". GHCR answers a pull that carries a dead stored login with \'denied\', which alone also fits a private or missing package'
  },
  {
    id: 'dev49-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '[warning] [server stderr] Unable to find image \'ghcr.io/github/github-mcp-server:latest\' locally\n[warning] [server stderr] docker: Error response from daemon: Head "https://ghcr.io/v2/github/github-mcp-server/manifests/latest": denied: denied',
    source: 'github/github-mcp-server#192',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    note: "needs the thread: the image is public; a maintainer pulled it after `docker logout ghcr.io`, and the linked pull request (#282) says users logged in to ghcr.io with an expired token hit this. INFERENCE: the stored thread ends before the reporter confirms that logging out fixed it. The editor's MCP log prefixes are kept as posted"
  },
  {
    id: 'dev49-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/tuannvm/mcp-trino\n\nUsing default tag: latest\nError response from daemon: denied',
    source: 'tuannvm/mcp-trino#40',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the package was private; the maintainer changed its visibility to public ("Visibility adjusted to public"). Trailing spaces after the command trimmed'
  },
  {
    id: 'dev49-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/growthbook/growthbook-mcp:2.1.0\nError response from daemon: Head "https://ghcr.io/v2/growthbook/growthbook-mcp/manifests/2.1.0": unauthorized',
    source: 'growthbook/growthbook-mcp#73',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "INFERENCE: the issue (\"GHCR growthbook-mcp image is not publicly pullable\") has no reply in the stored thread; an anonymous pull of a package that is private (or not there) gets GHCR's 'unauthorized'"
  },
  {
    id: 'dev49-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '❯ docker pull docker.nix-community.org/nixpkgs/nix-flakes\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/nixpkgs/nix-flakes/manifests/latest": unauthorized',
    source: 'nix-community/docker-nixpkgs#55',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: docker.nix-community.org is a redirecting gateway; the maintainer pointed it at ghcr.io because Docker Hub was about to delete the organisation, and the redirect produced a name GHCR does not have (ghcr.io/nixpkgs/nix-flakes; the image is ghcr.io/nix-community/docker-nixpkgs/nix-flakes, which pulled anonymously). The change was reverted. `host` is ghcr.io, which answered'
  },
  {
    id: 'dev49-ghcr-06',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'sudo docker pull docker.pkg.github.com/sotrx/pandora/pandora:latest\n\nError response from daemon: unauthorized: Your request could not be authenticated by the GitHub Packages service. Please ensure your access token is valid and has the appropriate scopes configured.',
    source: 'SoTrxII/Pandora#2',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "INFERENCE: no reply in the stored thread; docker.pkg.github.com (GitHub Packages' Docker registry, GHCR's predecessor) answered every pull without a login this way, public packages included, so the fix is a docker login with a personal access token (read:packages) or moving to ghcr.io. The markdown backticks around the command were dropped"
  },
  {
    id: 'dev49-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/sourcentis/mercator:latest\nError response from daemon: unknown: failed to resolve reference "ghcr.io/sourcentis/mercator:latest": unexpected status from HEAD request to https://ghcr.io/v2/sourcentis/mercator/manifests/latest: 403 Forbidden',
    source: 'sourcentis/mercator#2368',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: after the repository moved from a user to an organisation, the organisation's new package was private (GHCR's default); the maintainer made it public (\"c'est bien un oubli\"). The thread is in French; the docker output is as posted"
  },
  {
    id: 'dev49-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/vektorcloud/mesos-cli\nUsing default tag: latest\nPulling repository quay.io/vektorcloud/mesos-cli\nError: Status 403 trying to pull repository vektorcloud/mesos-cli: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'kevinschoon/mesos-cli#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the README named the wrong namespace; the image is quay.io/vektorlab/mesos-cli. An old (v1-protocol) docker client; Quay answers a repository it does not have, or may not show, with this 403'
  },
  {
    id: 'dev49-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '$ docker pull quay.io/tinkerbell/tink-controller\nUsing default tag: latest\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'tinkerbell/tink#629',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: CI pushed the image to a new Quay repository that was private; a maintainer toggled it public. Quay answers an anonymous pull of a private repository this way'
  },
  {
    id: 'dev49-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Not enough quota available to process the request, add 1.3MiB of storage resource overflow the hard limit, current usage is 235.9MiB and hard limit is 100.0MiB.',
    source: 'goharbor/harbor#8802',
    expected: 'not-a-login-failure',
    note: "Harbor's project storage quota refusing a push, as a maintainer quotes the message docker showed (the issue proposes a new wording). `host` is a placeholder"
  },
  {
    id: 'dev49-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'The push refers to a repository [myregistry/library/busybox]\n123abc123abc: Preparing\ndenied: Upload/Delete is prohibited in read only mode.',
    source: 'goharbor/harbor#4524',
    expected: 'not-a-login-failure',
    note: "Harbor in read-only mode (set by an administrator, or during garbage collection) refusing a push; the pull request shows docker's output with the new DENIED answer. Trailing space trimmed; `host` is a placeholder for the post's `myregistry`"
  },
  {
    id: 'dev49-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Oct 24 08:00:09 bogon core[1052]: 2019-10-24T00:00:09Z [WARNING] [/core/middlewares/readonly/hanlder.go:39]: The request is prohibited in readonly mode, url is: /v2/paas/file-service/manifests/sha256:1670aa33d2820b7f47f2488f3bfe36fc88a24de24390204a4ed314c47a5fb782',
    source: 'goharbor/harbor#10055',
    expected: 'not-a-login-failure',
    note: "Harbor's core log (not client output) after the instance went into read-only mode; only the first such line is kept. INFERENCE: the thread (in Chinese) gives no confirmed cause; read-only mode is what a running or stuck garbage collection sets. `host` is a placeholder"
  },
  {
    id: 'dev49-harbor-04',
    family: 'harbor',
    host: 'registry.camunda.cloud',
    text: '#29 ERROR: failed to push registry.camunda.cloud/team-infrastructure-experience/keycloak:ci-25-prem-sha-6b9fac9:\ndenied: adding 151.7 MiB of storage resource, which when updated to current usage of 100.0 GiB\nwill exceed the configured upper limit of 100.0 GiB.',
    source: 'camunda/keycloak#641',
    expected: 'not-a-login-failure',
    note: 'the CI project on Harbor is at its 100 GiB quota ("not a flake and not a credentials problem: the login succeeds, the push is refused by the quota"); the line breaks are as posted'
  },
  {
    id: 'dev49-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'registry panic: storage: service returned error: StatusCode=403, ErrorCode=AccountSizeOverQuota, ErrorMessage=The account permission has been restricted as account storage usage is over quota.',
    source: 'goharbor/harbor#18897',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "Harbor's registry pod crash-looping because its Azure storage account refuses writes over its quota: clients then reach no registry. INFERENCE: the issue is open and the reporter believes no quota is reached; the ErrorCode names the storage account's size quota. Server-side log, not client output; `host` is a placeholder"
  },
  {
    id: 'dev49-harbor-06',
    family: 'harbor',
    host: 'harbor.demo.eks.otomi.cloud',
    text: '$ docker login harbor.<cluster-domain> -u < User_Name > -p <CLI secret>\nError response from daemon: Get https://harbor.demo.eks.otomi.cloud/v2/: unauthorized: authentication required',
    source: 'linode/apl-core#316',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Harbor with OIDC login; the 'CLI secret' copied from the user profile stopped working once the user's OIDC token expired (about 60 s), and the workaround is to sign in again and copy a fresh CLI secret. The text alone reads as a wrong password. Placeholders are the post's own"
  },
  {
    id: 'dev49-ecr-01',
    family: 'ecr',
    host: '623860924167.dkr.ecr.eu-north-1.amazonaws.com',
    text: "Error response from daemon: pull access denied for 623860924167.dkr.ecr.eu-north-1.amazonaws.com/helpers, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'causify-ai/helpers#20',
    expected: 'token-expired',
    note: 'the stored ECR login was past its 12 hours; "the fix is to relogin" (the issue is about the project\'s login task wrongly reporting "Already logged in")'
  },
  {
    id: 'dev49-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: '✘ Image public.ecr.aws/p1t3u8a3/chalice:v1.22.0      Error toomanyrequests: Rate exceeded',
    source: 'openreplay/openreplay#4076',
    expected: 'rate-limited',
    note: "ECR Public's limit for unauthenticated pulls (one per second per IP), hit by a compose pull of many images; logging in to public.ecr.aws raises it. The spacing is docker compose's, as posted"
  },
  {
    id: 'dev49-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'CannotPullContainerError: Error response from daemon: Get https://XXXXXXXXXXX.dkr.ecr.eu-west-1.amazonaws.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'aws/amazon-ecs-agent#2235',
    expected: 'registry-unreachable',
    note: 'Fargate tasks in private subnets pulling through VPC endpoints; the registry endpoint never answered. `host` is a placeholder (the post masked the account id)'
  },
  {
    id: 'dev49-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: Head "https://gcr.io/v2/cloud-sql-connectors/cloud-sql-proxy/manifests/2.1.1": denied: Request is prohibited by organization\'s policy. vpcServiceControlsUniqueIdentifier: xxx',
    source: 'GoogleCloudPlatform/cloud-sql-proxy#1686',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "VPC Service Controls: the organisation's perimeter (restricted VIP for gcr.io) blocked the image's new repository path, which Google had not yet listed as VPC-SC-supported; Google added it. Not the credential. The post's markdown auto-link around the URL was removed; the identifier is masked as posted"
  },
  {
    id: 'dev49-gar-02',
    family: 'gar',
    host: 'eu.gcr.io',
    text: "$ docker pull eu.gcr.io/brunsgaard-public/eks-nvme-ssd-provisioner:v1.0.0\nv1.0.0: Pulling from brunsgaard-public/eks-nvme-ssd-provisioner\nd599a449871e: Pulling fs layer\n6b04862fbb49: Pulling fs layer\n530c92a3a932: Pulling fs layer\nerror pulling image configuration: error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<?xml version='1.0' encoding='UTF-8'?><Error><Code>UserProjectAccountProblem</Code><Message>User project billing account not in good standing.</Message><Details>The billing account for the owning project is disabled in state delinquent</Details></Error>\"",
    source: 'brunsgaard/eks-nvme-ssd-provisioner#1',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "the publisher's Google Cloud project had a delinquent billing account, so its GCR storage refused the image's blobs to everyone; the owner fixed the billing. Nothing the puller's login could change"
  },
  {
    id: 'dev49-acr-01',
    family: 'acr',
    host: 'dotnetdocker.azurecr.io',
    text: '-- EXECUTING: docker login -u dotnetdocker --password-stdin dotnetdocker.azurecr.io\nError response from daemon: Get https://dotnetdocker.azurecr.io/v2/: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers.',
    source: 'dotnet/docker-tools#403',
    expected: 'rate-limited',
    note: "the registry's request quota for its service tier (SKU) refused the login; the issue adds retries. A build tool's log lines around it trimmed"
  },
  {
    id: 'dev49-acr-02',
    family: 'acr',
    host: 'acrmathczfwnou5pzkms.azurecr.io',
    text: 'step "publish-orchestrator" failed: publishing service orchestrator: failed publishing service \'orchestrator\':\nfailed logging into container registry, token: failed getting ACR token:\nPOST https://acrmathczfwnou5pzkms.azurecr.io/oauth2/exchange\n--------------------------------------------------------------------------------\nRESPONSE 403: 403 Forbidden\nERROR CODE UNAVAILABLE\n--------------------------------------------------------------------------------\n{\n  "errors": [\n    {\n      "code": "DENIED",\n      "message": "client with IP \'<redacted>\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."\n    }\n  ]\n}\n, admin: admin user is not enabled for container registry \'acrmathczfwnou5pzkms\'',
    source: 'ccampora/domain-agent-orchestrator#35',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the registry is private-endpoint-only (public network access off), so the deploy machine's IP is refused by the registry's network rules before any credential counts; the admin-user fallback is off too. The fix is network line of sight (a runner in the VNet, or a firewall rule), not a credential. The IP is redacted as posted; an azd deploy (Microsoft tooling, a direction the brief asked to avoid where possible)"
  },
  {
    id: 'dev49-generic-02',
    family: 'generic',
    host: 'nexus-vm:5555',
    text: '#docker pull nexus-vm:5555/hello-world\nUsing default tag: latest\nError response from daemon: Head "https://nexus-vm:5555/v2/hello-world/manifests/latest": no basic auth credentials',
    source: 'sonatype/nexus-public#328',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'a Nexus docker repository with "Allow anonymous docker pull" off, pulled with no docker login for that host (the reporter shows it as the expected behaviour, against podman\'s)'
  },
  {
    id: 'dev49-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: Status 403 trying to pull repository seanloook/centos6: "Account is not Active"',
    source: 'docker-archive-public/docker.kitematic#2040',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the signed-in Docker Hub account was not activated (its e-mail address unverified); the maintainer's fix is to log in to hub.docker.com and verify it. An account state, not a wrong password; no diagnosis names it. The text is the issue's title (the body is the empty template); Kitematic, the old Docker GUI"
  },
  {
    id: 'dev49-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Head https://registry-1.docker.io/v2/xanders/make-help/manifests/latest: unauthorized: incorrect username or password',
    source: 'Xanders/make-help#5',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a public image; the CLI's stored Docker Hub login was outdated (the reporter was signed in only in Docker Desktop), other pulls worked, and a fresh `docker login` in the CLI fixed it"
  },
  {
    id: 'dev49-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '[root@ip-10-20-0-178 etc]# docker pull ubuntu\nUsing default tag: latest\nlatest: Pulling from library/ubuntu\nerror pulling image configuration: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>25231E9DDA1C61BE</RequestId><HostId>uqGt18U0pHIj3pC4G7Kw5QotGCJtcnbtTWevTAkjEQoDfU2pgNfSLSOgYdZPeuIvfHGvHlyELEc=</HostId></Error>"',
    source: 'rancher/os#2032',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'blob-storage',
    note: "needs the thread: an EC2 host in a VPC whose S3 gateway endpoint policy denied every bucket but the company's own, so Docker Hub's S3 layer bucket answered 403; allowing arn:aws:s3:::docker-images-prod in the endpoint policy fixed it. The layer progress lines were cut"
  },
  {
    id: 'dev49-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Run docker/metadata-action@v4\nError: Although you appear to have the correct authorization credentials, the `ORG_NAME` organization has an IP allow list enabled, and your IP address is not permitted to access this resource.',
    source: 'docker/metadata-action#342',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "the GitHub API (read by metadata-action for the repository's metadata), not a registry: the organisation's IP allow list refuses the runner's address, as the text says. INFERENCE: the issue was closed waiting for more information; the fix is a runner whose IP the allow list has (or the allow list's GitHub Actions setting). `host` is a placeholder of the family; the organisation name is masked as posted"
  },
  {
    id: 'dev49-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Step 1/32 : FROM scottyhardy/docker-wine\nlatest: Pulling from scottyhardy/docker-wine\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'scottyhardy/docker-wine#165',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'a build on a Raspberry Pi (arm64) from an amd64-only image; the reporter solved it with `FROM --platform=linux/x86_64`'
  },
  {
    id: 'dev49-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/snok/container-retention-policy:v3.0.0\nv3.0.0: Pulling from snok/container-retention-policy\nmanifest unknown',
    source: 'snok/container-retention-policy#104',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the tag's manifest was missing on GHCR for a few days although the version page listed it; it came back without any change on the users' side. Trailing spaces after the command trimmed"
  },
  {
    id: 'dev49-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: for mariadb  no matching manifest for unknown in the manifest list entries\nERROR: no matching manifest for unknown in the manifest list entries',
    source: 'influxdata/influxdb#10288',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "a Raspberry Pi 3 (32-bit ARM, which this docker version reports as `unknown`) pulling tags that had no arm variant (the issue's influxdb:1.6-alpine; this comment's mariadb); `latest` pulled. Docker Compose's lines as posted in a comment"
  }
]

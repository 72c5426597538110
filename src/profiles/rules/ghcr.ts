/**
 * The wordings of GitHub Container Registry (its profile: src/profiles/ghcr.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

// Most specific first; every wording is lower case (docs/registries.md §1 (c)).
export const RULES: readonly TextRule[] = [
  {
    // before GHCR002 and GHCR005: "DENIED: permission_denied: …" while
    // GHCR's own authorization service failed, not the credential
    id: 'GHCR010',
    diagnosis: 'registry-unreachable',
    match: ['unable to connect to authzd server'],
    source:
      'GHCR push (cosign PUT …/blobs/upload/…) during a GHCR fault: "DENIED: permission_denied: unable to connect to authzd server: twirp error bad_route" (docs/registries.md §1 (f): slsa-framework/slsa-github-generator#1699)'
  },
  {
    // docs/registries.md §13cc (a): GHCR knows no account or organisation
    // of that name (the image's namespace): nothing to grant or log in to
    id: 'GHCR018',
    diagnosis: 'repository-not-found',
    match: ['not_found: owner not found'],
    source:
      'docs/registries.md §13cc (a): GHCR refusing a push whose namespace names no GitHub account: "denied: not_found: owner not found" for ghcr.io/helium-diy/… where the organisation is HeliumDIY, namespace heliumdiy (goreleaser/goreleaser#2815, docs/real-texts.md dev13-ghcr-02)'
  },
  {
    id: 'GHCR004',
    diagnosis: 'insufficient-scope',
    case: 'github-token',
    match: [
      'installation not allowed to write organization package',
      'installation not allowed to create organization package'
    ],
    source:
      'GHCR push with GITHUB_TOKEN without packages: write, or an App token (docs/registries.md §1 (c), (f): bachp/git-mirror#516, freeipa/ipa-tuura#38, actions/runner#1039, hyperledger-firefly/signer#74, SlyBase/helm-charts#595)'
  },
  {
    // before GHCR001, which names the scopes
    id: 'GHCR005',
    diagnosis: 'insufficient-scope',
    case: 'package-access',
    match: ['permission_denied: write_package', 'write_package'],
    source:
      'GHCR push to a package that does not grant this repository access (docs/registries.md §1 (c), (f): ynotbhatc/rego_policy_libraries#89, tridz-dev/huf#349, tuna-os/tunaOS#642, cloudfoundry/stratos#5763)'
  },
  {
    id: 'GHCR011',
    diagnosis: 'insufficient-scope',
    case: 'github-token',
    match: [
      'resource not accessible by integration',
      'the requested installation does not exist'
    ],
    source:
      'GitHub\'s refusal of an installation token (GITHUB_TOKEN, a GitHub App) without the permission: "Resource not accessible by integration" (docs.github.com REST troubleshooting; GitHub Packages, actions/starter-workflows#332); GHCR push by GITHUB_TOKEN to a namespace its app is not installed in: "permission_denied: The requested installation does not exist." (openwrt/buildbot#2)'
  },
  {
    id: 'GHCR012',
    diagnosis: 'insufficient-scope',
    case: 'package-read-access',
    match: ['permission_denied: read_package'],
    source:
      'GHCR token service for a private package the credential may not read: {"errors":[{"code":"DENIED","message":"permission_denied: read_package"}]} (RightNow-AI/openfang#12)'
  },
  {
    // docs/registries.md §13aab (c): GHCR012's wording in a text: a package
    // private to the credential (`byRequest`)
    id: 'GHCR024',
    diagnosis: 'repository-not-found',
    case: 'package-read-access',
    match: [],
    source:
      'GHCR refuses to read a package private to the credential that asked, or to a request that carried none: a package pushed by GITHUB_TOKEN is private until made public (docs/registries.md §13aab (c): packages pushed private and made public later, dexidp/dex#1872, helmforgedev/charts#92; whittlem/pycryptobot#56, DevoteamNL/opendora#123)'
  },
  {
    // docs/registries.md §13tt (a): docker.pkg.github.com wanted a login
    // for every pull; its refusal of a pull the text shows with no login
    // (GHCR015's reading), before GHCR013
    id: 'GHCR021',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: [
      [
        'pull docker.pkg.github.com/',
        'could not be authenticated by the github packages service'
      ],
      // docs/registries.md §13vv (d): podman's and skopeo's pull
      [
        'reading manifest',
        'in docker.pkg.github.com/',
        'could not be authenticated by the github packages service'
      ]
    ],
    source:
      'docs/registries.md §13tt (a): docker.pkg.github.com answered every pull without a login, public packages too (GHCR015, kubernetes/minikube#8160): "sudo docker pull docker.pkg.github.com/sotrx/pandora/pandora:latest … unauthorized: Your request could not be authenticated by the GitHub Packages service. Please ensure your access token is valid and has the appropriate scopes configured." (SoTrxII/Pandora#2), "docker pull docker.pkg.github.com/solo-io/packer-builder-arm-image/…" answered the same, "github requires auth" (solo-io/packer-plugin-arm-image#89); podman\'s and skopeo\'s pull, "Error initializing source docker://docker.pkg.github.com/agrinman/tunnelto/tunnelto_server:0.1.10: Error reading manifest 0.1.10 in docker.pkg.github.com/agrinman/tunnelto/tunnelto_server: unauthorized: Your request could not be authenticated by the GitHub Packages service…" (docs/real-texts.md dev87-ghcr-11; docs/registries.md §13vv (d))'
  },
  {
    id: 'GHCR013',
    diagnosis: 'invalid-credentials',
    match: ['could not be authenticated by the github packages service'],
    source:
      'docker.pkg.github.com refusing a login: "unauthorized: Your request could not be authenticated by the GitHub Packages service. Please ensure your access token is valid and has the appropriate scopes configured." (istio-ecosystem/authservice#142)'
  },
  {
    // GitHub's GraphQL scope refusal, which docker.pkg.github.com passed on
    id: 'GHCR016',
    diagnosis: 'insufficient-scope',
    match: ['your token has not been granted the required scopes'],
    source:
      "docker.pkg.github.com passing on GitHub's scope refusal for a token without the scope the package needs: \"Your token has not been granted the required scopes to execute this query. The 'name' field requires one of the following scopes: ['repo'], but your token has only been granted the: ['read:packages'] scopes.\" (dita-ot/docs#281); the same refusal naming ['read:packages'] for docker.pkg.github.com/v2/…/manifests/… (kubernetes/minikube#8160)"
  },
  {
    id: 'GHCR001',
    diagnosis: 'insufficient-scope',
    case: 'read-only-token',
    match: ['does not match expected scopes'],
    source:
      'GHCR push with a classic token without write:packages: "denied: permission_denied: The token provided does not match expected scopes." (docs/registries.md §1 (c): daltoniam/switchboard#139)'
  },
  {
    id: 'GHCR006',
    diagnosis: 'insufficient-scope',
    case: 'namespace',
    match: ['permission_denied: create_package'],
    source:
      'GHCR push that would create a package under an owner the account may not publish to (docs/registries.md §1 (f): h4rkon/jbossqueues README.md)'
  },
  {
    // before GHCR002: the same words on a pull, not a login
    id: 'GHCR003',
    diagnosis: 'stale-login',
    match: [
      ['/manifests/', 'denied: denied'],
      // docs/registries.md §13c (h): the same answer to the other requests
      // of a pull, and GHCR's body quoted as JSON
      ['/tags/list', 'denied: denied'],
      ['%3apull&', 'denied: denied'],
      ['/manifests/', '"message":"denied"'],
      ['pulling manifest', '"message":"denied"'],
      ['pulling manifest', '\\"message\\":\\"denied\\"'],
      // docs/registries.md §13i: a pull's token request refused with the
      // stored credential, as containerd (helm) and tart word it
      ['helm pull oci://ghcr.io/', 'failed to fetch oauth token', '403'],
      ['ghcr.io/token?', '%3apull&', 'failed to fetch oauth token', '403'],
      [
        'pulling',
        'ghcr.io/',
        'while retrieving an authentication token',
        'denied'
      ],
      // docs/registries.md §13o (d): the Dev Containers CLI's token request
      // for a Feature (a pull) refused 403 with the stored login
      ["could not fetch bearer token for 'ghcr.io'", 'http 403'],
      // docs/registries.md §13t (a): docker 28's words for GHCR's
      // {"code":"DENIED","message":"denied"} on a pull (compose up pulls)
      ['pull ghcr.io/', 'error from registry: denied'],
      ['compose up', 'error from registry: denied']
    ],
    source:
      'the Dev Containers CLI resolving a public Feature: "[httpOci] Could not fetch bearer token for \'ghcr.io\': Error: HTTP 403: Forbidden", fixed by retrying without the expired stored credential (microsoft/vscode-remote-release#8449, devcontainers/cli#515: docs/registries.md §13o (d)); GHCR rejects every request with an outdated stored login, even for public images (docs/registries.md §1 (c): GenSpectrum/LAPIS-SILO#566, github/github-mcp-server#282, korthout/camunda-platform-rest-api#106); the token request of a pull (helm: secureCodeBox/secureCodeBox#2574) and tart\'s "pulling manifest… AuthFailed(… 403 … {\\"errors\\":[{\\"code\\":\\"DENIED\\",\\"message\\":\\"denied\\"}]})" with an expired stored token (openai/tart#277): docs/registries.md §13c (h); a pull\'s token request refused with a stale stored login, "helm pull oci://ghcr.io/… Error: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden" (apollographql/router#1643; actions/actions-runner-controller#3041, dragonflydb/dragonfly#4997) and tart\'s "Pulling the latest version of ghcr.io/… received unexpected HTTP status code 403 while retrieving an authentication token … DENIED" (cirruslabs/gitlab-tart-executor#28): docs/registries.md §13i'
  },
  {
    id: 'GHCR002',
    diagnosis: 'invalid-credentials',
    match: ['unauthorized: unauthenticated', 'denied: denied'],
    source:
      'GHCR login with a wrong, expired or revoked token: `Get "https://ghcr.io/v2/": denied: denied` (docs/registries.md §1 (c), (f): GaloisInc/cryptol#1959, mithro/actions-includes#52, getwud/wud#219)'
  },
  {
    // docs/registries.md §13kk (a): GHCR's words for a token it refused, in
    // forms GHCR002 does not read (a push's DENIED)
    id: 'GHCR019',
    diagnosis: 'invalid-credentials',
    match: ['user cannot be authenticated with the token provided'],
    source:
      'docs/registries.md §13kk (a): GHCR refusing a token that was presented, "DENIED: unauthenticated: User cannot be authenticated with the token provided." on a push\'s upload (kaniko in a Tekton task, docs/real-texts.md dev16-ghcr-03) and in its JSON body (What\'s Up Docker, docs/real-texts.md unseen-ghcr-09): a wrong, revoked or expired token, not one that may not push'
  },
  {
    // after GHCR013 and GHCR016, whose words a 401 of it may carry:
    // docker.pkg.github.com (GitHub Packages' Docker registry before
    // GHCR) refusing a request that carried no login
    id: 'GHCR015',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: [
      'github docker registry needs login',
      // docs/registries.md §13c (h): its 401 on a manifest, printed bare
      ['docker.pkg.github.com/v2/', '/manifests/', '401 unauthorized'],
      ['docker.pkg.github.com/v2/', '/manifests/', ': unauthorized']
    ],
    source:
      'docker.pkg.github.com pull without a login: "GET https://docker.pkg.github.com/v2/kubernetes/minikube/kicbase/manifests/v0.0.10: UNAUTHORIZED: GitHub Docker Registry needs login" (kubernetes/minikube#8160; kubernetes/minikube pkg/minikube/image tests for this wording as ErrGithubNeedsLogin); the same 401 printed by containerd for a public package pulled without a pull secret: "unexpected status code https://docker.pkg.github.com/v2/…/manifests/3.1.5: 401 Unauthorized" (containerd/containerd#3291; docs/registries.md §13c (h))'
  },
  {
    // a client that fetched a manifest with no token at all and prints the
    // status: it sent no credential, whatever the package
    id: 'GHCR017',
    diagnosis: 'missing-credentials',
    case: 'anonymous-pull',
    match: [['https://ghcr.io/v2/', '/manifests/', '401 unauthorized']],
    source:
      'bazel\'s downloader fetching a chart\'s manifest from ghcr.io without its bearer token flow: "Download from https://ghcr.io/v2/bank-vaults/helm-charts/vault-operator/manifests/1.23.0 failed: … GET returned 401 Unauthorized" (periareon/rules_helm#240): docs/registries.md §13c (h), §13g'
  },
  {
    // a pull without a login, of a private package or of none: ghcr.io
    // answers both alike (docs/registries.md §13g)
    id: 'GHCR008',
    diagnosis: 'repository-not-found',
    case: 'anonymous-pull',
    match: [
      ['https://ghcr.io/v2/', '/manifests/', '": unauthorized'],
      // docs/registries.md §13c (h): older docker without the quotes
      ['https://ghcr.io/v2/', '/manifests/', ': unauthorized'],
      // docs/registries.md §13aac (c): podman's and skopeo's pull
      // (containers/image "reading manifest … in ghcr.io/…"; dev117-ghcr-09)
      ['reading manifest', 'in ghcr.io/', ': unauthorized'],
      // docs/registries.md §13o (e): docker 28 with the containerd image
      // store, which names no request
      ['pull ghcr.io/', 'error from registry: unauthorized'],
      // docker run's pull of an image it does not have (§13rr (o))
      ["unable to find image 'ghcr.io/", 'error from registry: unauthorized'],
      // docker compose v2's line for the service's image (§13tt (e))
      ['image ghcr.io/', 'error from registry: unauthorized'],
      // docs/registries.md §13l (h): a manifest's HEAD refused 403, no body
      // (GHCR003 reads GHCR's "denied: denied" first)
      ['https://ghcr.io/v2/', '/manifests/', '": denied'],
      // docs/registries.md §13ff (e): the same without the quotes (docker
      // before 20.10, a kubelet's event)
      ['https://ghcr.io/v2/', '/manifests/', ': denied'],
      // docs/registries.md §13t (b): the token request of a pull that sent
      // no login, refused 401 (go-containerregistry's words: trivy)
      ['ghcr.io/token?', '%3apull&', 'unauthorized: authentication required']
    ],
    source:
      'GHCR pull without a login of a private package, or of a name no package has: `Head "https://ghcr.io/v2/<o>/<n>/manifests/<t>": unauthorized` (docs/registries.md §1 (c), (f): tpm2-software/tpm2-pkcs11#807, beeper/registration-relay#3, rubenbe/opensoho#10); the same without quotes (whiteducksoftware/az-dns-forwarder#1): docs/registries.md §13c (h), §13g; a bare `": denied` to the HEAD for a name never published and a package still private (docs/registries.md §13l (h): home-assistant/builder#206, strausmann/mcp-dockhand#3); the same unquoted, "Head https://ghcr.io/v2/…/manifests/v0.1.0: denied" (docs/registries.md §13ff (e): docs/real-texts.md dev14-ghcr-07, dev14-ghcr-08); docker run\'s "Unable to find image \'ghcr.io/…\' locally … Error response from daemon: error from registry: unauthorized" (docs/real-texts.md dev34-ghcr-06, docs/registries.md §13rr (o)); docker compose v2\'s "✘ Image ghcr.io/vechain/block-explorer:2.41.0 Error …" over the daemon\'s "error from registry: unauthorized" (vechain/vechain-kit#635, docs/registries.md §13tt (e))'
  },
  {
    // buildx and podman print the status without GHCR's wording
    id: 'GHCR007',
    diagnosis: 'insufficient-scope',
    match: [
      ['failed to push ghcr.io/', '403 forbidden'],
      ['ghcr.io/v2/', '/blobs/uploads/', '403 forbidden'],
      // GHCR's wording elided, the status kept (§13aab (b))
      ['failed to push ghcr.io/', '403 "forbidden"'],
      ['failed to push ghcr.io/', 'denied: permission_denied']
    ],
    source:
      'buildx push refused by GHCR: "failed to push ghcr.io/…: unexpected status from POST request to https://ghcr.io/v2/…/blobs/uploads/: 403 Forbidden" (docs/registries.md §1 (f): insightsengineering/ci-images#91, ryokun6/ryos#1156, docker/build-push-action#981); the same with GHCR\'s reason elided by the poster, "ERROR: failed to push ghcr.io/…: denied: permission_denied … HTTP status code 403 \\"Forbidden\\"" (rubentalstra/FerroEHR#2120, docs/real-texts.md dev111-ghcr-09; docs/registries.md §13aab (b))'
  },
  {
    id: 'GHCR009',
    diagnosis: 'rate-limited',
    match: [['retry-after:', 'allowed:', '/minute']],
    source:
      'GHCR request rate limit: "toomanyrequests: retry-after: 985.86µs, allowed: 44000/minute" (docs/registries.md §1 (c), (f): alexklibisz/terraform-provider-terrifi#50, chainguard-images/images#173, falcosecurity/plugins#1069)'
  },
  {
    // docs/registries.md §13rr (z): GHCR's bare DENIED to a pull that
    // sent a login: a package that login may not read (private, or not
    // granted to the repository whose token it is). After GHCR002 and
    // GHCR003, which read the same word with more around it
    id: 'GHCR020',
    diagnosis: 'repository-not-found',
    match: [
      ['pull ghcr.io/', 'error response from daemon: denied'],
      // docker run's pull of an image it does not have (§13uu (c))
      ["unable to find image 'ghcr.io/", 'error response from daemon: denied'],
      // docker 28's "error from registry: denied", podman's manifest read
      // (§13uu (h))
      ["unable to find image 'ghcr.io/", 'error from registry: denied'],
      ['failed to pull image ghcr.io/', 'error from registry: denied'],
      ['reading manifest ', ' in ghcr.io/', ': denied']
    ],
    source:
      'docs/registries.md §13rr (z): GHCR answers a pull that carries a login without read access to the package {"errors":[{"code":"DENIED","message":"denied"}]} (403), which docker before 28 prints as a bare "Error response from daemon: denied" under its "docker pull ghcr.io/…": a package still private ("Should work now" once public, docs/real-texts.md dev37-ghcr-03), a fork\'s GITHUB_TOKEN pulling the upstream organisation\'s private job container (dev37-ghcr-02), a job token under permissions that leave packages at none (dev37-ghcr-06), dev15-ghcr-02; docker run\'s own pull, "Unable to find image \'ghcr.io/super-linter/super-linter:v5\' locally / docker: Error response from daemon: denied." of a package not yet public (docs/real-texts.md dev64-ghcr-01, dev63-ghcr-01; docs/registries.md §13uu (c)); docker 28\'s "docker: Error response from daemon: error from registry: denied" under "Unable to find image \'ghcr.io/vanszs/vansroute:latest\' locally" (a name GHCR does not have, docs/real-texts.md dev77-ghcr-02), an install script\'s "Failed to pull image ghcr.io/…" (dev77-ghcr-05); podman\'s "reading manifest latest in ghcr.io/…: denied" (dev79-ghcr-05; docs/registries.md §13uu (h))'
  },
  {
    // attack-37 repro-03: GitHub's API rate limits answer 403 too: before
    // GHCR022
    id: 'GHCR023',
    diagnosis: 'rate-limited',
    case: 'api-rate-limit',
    match: [
      ['api.github.com', 'api rate limit exceeded'],
      ['api.github.com', 'secondary rate limit']
    ],
    source:
      'docs.github.com "Rate limits for the REST API": a request past the primary rate limit is answered 403 or 429 with "API rate limit exceeded for …", past a secondary rate limit 403 or 429 with "You have exceeded a secondary rate limit"; asked by a tool that browses GHCR (docs/registries.md §13uu (d))'
  },
  {
    // docs/registries.md §13uu (b): GitHub's REST API refusing the token's
    // scopes, asked by a tool before it browses GHCR
    id: 'GHCR022',
    diagnosis: 'insufficient-scope',
    case: 'list-denied',
    match: [['request to https://api.github.com/', 'failed with status 403']],
    source:
      "docs/registries.md §13uu (b): the VS Code Docker extension's GitHub provider lists the user's organisations before it browses GHCR, and a token that docker login takes lacked the scopes for it: \"Request to https://api.github.com/user/orgs failed with status 403: Forbidden\" (docs/real-texts.md dev61-ghcr-04; GitLab's API in the same words is GL008)"
  }
]

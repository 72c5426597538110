/**
 * A fifty-fourth development set of real registry error texts ("dev54"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-fourth
 * development set"). Its direction: blockchain and web3 node software
 * (Ethereum clients and their deploy scripts, Hyperledger Fabric, Cosmos,
 * Polygon, Arbitrum, Mina, Chainlink and others). Sources are GitHub issues
 * and pull requests found with the search tool; none is a source of an
 * earlier set (the list of the 2356 earlier sources was checked before each
 * pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts) compares
 * every text with every earlier set, the sealed and blind ones included,
 * without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. Where the post left out the registry host,
 * `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV54: readonly RealText[] = [
  {
    id: 'dev54-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'The push refers to repository [ghcr.io/intersectmbo/cardano-db-sync]\n190fe373008b: Preparing\n6a7775dbe07b: Preparing\nca8fa9811680: Preparing\ndenied: permission_denied: write_package\nError: Process completed with exit code 1.',
    source: 'IntersectMBO/cardano-db-sync#1622',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'A Cardano indexer\'s release workflow pushing with GITHUB_TOKEN; the maintainer fixed it the same day: "Added actions access to the workflow" (the package\'s Manage Actions access). The text alone says the credential may not write the package; the case comes from the thread'
  },
  {
    id: 'dev54-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ make publish-evm-prover-docker\n/opt/homebrew/bin/docker push ghcr.io/celestiaorg/celestia-zkevm-ibc-demo/evm-prover\nUsing default tag: latest\nThe push refers to repository [ghcr.io/celestiaorg/celestia-zkevm-ibc-demo/evm-prover]\ndenied: permission_denied: write_package\nmake: *** [publish-evm-prover-docker] Error 1',
    source: 'celestiaorg/celestia-zkevm-ibc-demo#292',
    expected: 'insufficient-scope',
    note: "A manual push of a new package under the Celestia organisation; six layer progress lines cut. The reporter adds that a PAT with write:packages is refused the same way and turns to a CI workflow instead. INFERENCE: no confirmed fix in the stored thread (the organisation's package-creation policy or an SSO authorisation of the token are the likely causes); the text alone says the credential may not write the package"
  },
  {
    id: 'dev54-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker: Error response from daemon: Head "https://ghcr.io/v2/base/flashblocks-websocket-proxy/manifests/master": unauthorized.',
    source: 'base/flashblocks-websocket-proxy#10',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "An anonymous pull of a Base (L2) component's image; the reporter suspects the package is not public and the maintainer answers that the repository is moving to flashbots/rollup-boost, where it will be fixed. GHCR answers an anonymous pull of a private package with 'unauthorized'. INFERENCE: no confirmed fix"
  },
  {
    id: 'dev54-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: ' ✘ Image ghcr.io/vechain/block-explorer:2.41.0          Error error fr...       9.4s\nError response from daemon: error from registry: unauthorized\nunauthorized',
    source: 'vechain/vechain-kit#635',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'A VeChain dev script pulling its block explorer from GHCR ("do i need extra permissions?"); two "Interrupted" lines of other images cut. GHCR\'s newer wording for an anonymous pull of a package that is private or absent. INFERENCE: the issue was closed without a stored answer'
  },
  {
    id: 'dev54-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'DOCKER_BUILDKIT=1 docker  pull ghcr.io/mbrandenburger/hyperledger/fabric-private-chaincode-ccenv:main\nError response from daemon: Head https://ghcr.io/v2/mbrandenburger/hyperledger/fabric-private-chaincode-ccenv/manifests/main: unauthorized\nmake: *** [Makefile:242: pull] Error 1',
    source: 'hyperledger/fabric-private-chaincode#612',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a tester of the PR that moves Fabric Private Chaincode's images to GHCR; the PR's own TODO says DOCKER_REGISTRY still points at the author's namespace and that automated publishing was removed from it, so the image pulled was not published there (or not public). INFERENCE: the stored thread shows no fix for this pull"
  },
  {
    id: 'dev54-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/blockscout/visualizer/manifests/latest": denied: denied',
    source: 'blockscout/blockscout#9022',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Blockscout's docker-compose pulls public GHCR images (stats, sig-provider, visualizer, frontend) that pull anonymously for everyone else; GHCR answers 'denied' when an outdated ghcr.io login is sent. The maintainer's reply is cut in the stored thread and the issue was closed 'waiting on feedback': INFERENCE"
  },
  {
    id: 'dev54-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/pimlicolabs/mock-contract-deployer/manifests/main": unauthorized',
    source: 'pimlicolabs/permissionless.js#379',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'The local-testing docker compose of an Ethereum account-abstraction SDK, from its docs; three compose status lines cut (the other services only "context canceled"). An anonymous pull GHCR refuses with \'unauthorized\': a package that is private or absent. INFERENCE: no reply in the stored thread'
  },
  {
    id: 'dev54-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker image pull gcr.io/prysmaticlabs/prysm/prysmctl:latest\nError response from daemon: manifest for gcr.io/prysmaticlabs/prysm/prysmctl:latest not found: manifest unknown: Failed to fetch "latest" from request "/v2/prysmaticlabs/prysm/prysmctl/manifests/latest".',
    source: 'OffchainLabs/prysm-documentation#729',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "Prysm's docs named the image wrongly: a maintainer answers that the right one is gcr.io/prysmaticlabs/prysm/cmd/prysmctl:latest. The command line is quoted in backticks in the post (removed); the same report was also filed as OffchainLabs/prysm#12052 (not used)"
  },
  {
    id: 'dev54-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Pulling archive (gcr.io/o1labs-192920/mina-archive:1.2.0beta1-c856692-mainnet)...\nERROR: manifest for gcr.io/o1labs-192920/mina-archive:1.2.0beta1-c856692-mainnet not found: manifest unknown: Failed to fetch "1.2.0beta1-c856692-mainnet" from request "/v2/o1labs-192920/mina-archive/manifests/1.2.0beta1-c856692-mainnet".',
    source: 'MinaProtocol/mina#9147',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'A Mina archive-node tag announced before it was published; the reporter could pull it later the same day ("I can pull it now")'
  },
  {
    id: 'dev54-acr-01',
    family: 'acr',
    host: 'blockchainworkbenchprod.azurecr.io',
    text: '2020-09-15T00:07:38.419Z INFO  - Pulling image from Docker hub: blockchainworkbenchprod.azurecr.io/appbuilder.api:1.8.1\n2020-09-15T00:07:38.990Z ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://blockchainworkbenchprod.azurecr.io/v2/appbuilder.api/manifests/1.8.1: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."}',
    source: 'Azure-Samples/blockchain#238',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'cloud-service',
    note: "needs the thread: Azure Blockchain Workbench's App Service pulls its API image from Microsoft's registry with no registry credentials configured (\"Pulling image from Docker hub\"), which worked for days after provisioning and then got ACR's anonymous refusal: the registry stopped taking anonymous pulls. App Service is a cloud service pulling with its own settings. INFERENCE: no fix in the stored thread (it points to an MSDN forum thread)"
  },
  {
    id: 'dev54-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for cryptocom/chainmaindnode, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'crypto-org-chain/chain-main#432',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "The Crypto.org chain's docker-compose names an image that is deprecated or private (the issue's title asks whether a public repository exists). INFERENCE: no maintainer answer stored"
  },
  {
    id: 'dev54-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "# docker pull offchain-labs/nitro-node:v3.10.2-db30ef0\nError response from daemon: pull access denied for offchain-labs/nitro-node, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'OffchainLabs/nitro#4693',
    expected: 'repository-not-found',
    note: 'The Arbitrum Nitro release notes spelt the namespace offchain-labs instead of offchainlabs; the reporter found it and the notes were corrected'
  },
  {
    id: 'dev54-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for minaprotocol/mina-demo, repository does not exist or may require 'docker login'.",
    source: 'MinaProtocol/mina#6826',
    expected: 'repository-not-found',
    note: 'The sandbox-node guide named an image that did not exist under that name; the reporter, logged in, solved it with codaprotocol/coda-demo:sandbox-32a.1'
  },
  {
    id: 'dev54-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull ethereum/eth2.0-deposit-cli\nUsing default tag: latest\nError response from daemon: pull access denied for ethereum/eth2.0-deposit-cli, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'ethereum/staking-deposit-cli#209',
    expected: 'repository-not-found',
    note: "The ethereum organisation on Docker Hub no longer hosts the deposit CLI image (a later comment), so the Makefile's docker commands broke"
  },
  {
    id: 'dev54-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "[root@server merge-ready]# ./ethd keyimport\n[+] Running 0/1\n ⠿ validator-import Error\nError response from daemon: pull access denied for teku, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'ethstaker/eth-docker#755',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: 'teku' is the name of an image eth-docker builds locally; the maintainer's fix is to build it first (`docker-compose build --pull`, which ./ethd config and update do). Docker Hub answers a name it does not have this way"
  },
  {
    id: 'dev54-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: for libp2p-node-1  pull access denied for nomos, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nERROR: pull access denied for nomos, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'logos-blockchain/logos-blockchain#668',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the compose services of the Nomos testnet lacked the build settings of the locally built nomos image, so compose pulled it from Docker Hub; the PR adds them. Three similar "ERROR: for …" lines of other services cut'
  },
  {
    id: 'dev54-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling zkevm-mock-l1-network (hermeznetwork/geth-zkevm-contracts@sha256:419cf8c488d5cd099d1ffb5722613375c5392bdcda7a3c5ae2801d498fe49af8)...\nERROR: pull access denied for hermeznetwork/geth-zkevm-contracts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nmake: *** [run] Error 1",
    source: '0xPolygon/zkevm-node#922',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "Polygon zkEVM's local-node guide; a maintainer answers that the Docker images are still private and would be opened in the next days (or built from source)"
  },
  {
    id: 'dev54-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling shop-ca (shop-ca:latest)...\nERROR: pull access denied for shop-ca, repository does not exist or may require 'docker login'",
    source: 'IBM/build-blockchain-insurance-app#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: shop-ca is one of the Hyperledger Fabric sample's images that its build scripts create locally; `docker-compose pull` sent the bare name to Docker Hub. Commenters point to installing the Fabric binaries and to a fork's build scripts that create the images first (INFERENCE: no confirmed fix in the stored thread)"
  },
  {
    id: 'dev54-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#16 exporting to image\n#16 pushing layers 0.3s done\n#16 ERROR: server message: insufficient_scope: authorization failed\n#20 [auth] cosmos/gaia:pull,push token for registry-1.docker.io\n#20 DONE 0.0s',
    source: 'cosmos/gaia#916',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-mismatch'],
    case: 'namespace',
    note: 'A contributor setting up the Gaia (Cosmos Hub) image workflow believed the push went to GHCR, but the auth lines show buildx asking Docker Hub for push on cosmos/gaia: the tag had no ghcr.io prefix, and the login held no push right there. A blank line between the steps removed. INFERENCE: the fix is not in the stored thread'
  },
  {
    id: 'dev54-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/storjlabs/storagenode/manifests/alpha: unauthorized: incorrect username or password',
    source: 'storj/storj#1856',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: pulling the public Storj storage-node image while a Docker Hub login was stored; a helper suggested `docker logout` (or logging in again with the Docker ID, not the email), and the reporter confirmed the stored login caused it. The text alone reads as a refused credential'
  },
  {
    id: 'dev54-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Step 1/5 : FROM ethereum/client-go\nGet https://registry-1.docker.io/v2/ethereum/client-go/manifests/latest: received unexpected HTTP status: 503 Service Unavailable',
    source: 'ethereum/go-ethereum#17995',
    expected: 'registry-unreachable',
    note: 'A Dockerfile FROM the geth image; the reporter closed it an hour later: "Works again now"'
  },
  {
    id: 'dev54-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error: failed to start environment: failed to setup test environment:\nfailed to setup jobs: failed to start Job Distributor or DONs:\nfailed to start Job Distributor: failed to start JD container for image job-distributor:0.12.7:\nfailed to create new job distributor: create container:\nError response from daemon: pull access denied for job-distributor,\nrepository does not exist or may require 'docker login'",
    source: 'smartcontractkit/chainlink#19052',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Chainlink's local test environment expected a locally built job-distributor image; with none, docker sent the bare name to Docker Hub. The PR eliminates the error by setting the capability up automatically (and says remote images that need authentication are not handled). Trailing spaces trimmed; the line breaks are the PR's"
  },
  {
    id: 'dev54-docker-hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: "(HTTP code 404) unexpected - pull access denied for stacks-blockchain, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'syvita/stacks-api-node#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "The issue's title; its body lists a local stacks-blockchain image tagged 2.0.11.3.0, so the name is a locally built one and another tag was pulled from Docker Hub, which has no such repository. INFERENCE: no answer stored"
  },
  {
    id: 'dev54-docker-hub-14',
    family: 'docker-hub',
    host: 'docker.io',
    text: "invalid from flag value builder: pull access denied for builder, repository does not exist or may require 'docker login'",
    source: 'smartcontractkit/chainlink#2719',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "A `--from=builder` in the chainlink-sgx image build named no stage or local image called builder, so docker looked for an image 'builder' on Docker Hub; the PR ('Use builder cache for chainlink-sgx') makes the builder image available. A blank line and the make recipe line after it cut. INFERENCE from the PR's title: the stored thread has no explanation"
  },
  {
    id: 'dev54-docker-hub-15',
    family: 'docker-hub',
    host: 'docker.io',
    text: "⠿ zkevm-mock-l1-network Error                                                                                                         2.2s\nError response from daemon: pull access denied for hermeznetwork/geth-zkevm-contracts, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nmake: *** [run] Error 18",
    source: '0xPolygon/zkevm-node#1111',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "Another report of Polygon zkEVM's `make run`, with the compose v2 wording; sibling threads (0xPolygon/zkevm-node#922, #1104) have the maintainers saying the images were still private. INFERENCE for this thread, which has no stored answer"
  },
  {
    id: 'dev54-docker-hub-16',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for opencex, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'Polygant/OpenCEX#31',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "An open-source crypto exchange's install: 'opencex' is a bare name with no namespace, an image its scripts build locally, so docker asked Docker Hub for it (\"Has the docker repo been deleted?\"). INFERENCE: no answer stored"
  },
  {
    id: 'dev54-docker-hub-17',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: pull access denied for oceanprotocol/provider-backend, repository does not exist or may require 'docker login'",
    source: 'oceanprotocol/barge#12',
    expected: 'repository-not-found',
    note: "Ocean Protocol's barge compose named an image not published under that name; a maintainer merged the pending PR that corrected it and the reporter confirmed it works"
  },
  {
    id: 'dev54-not-login-01',
    family: 'not-login',
    host: 'gcr.io',
    text: 'ubuntu@validator:~$ docker pull gcr.io/prysmaticlabs/prysm/validator:stable\nGot permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/images/create?fromImage=gcr.io%2Fprysmaticlabs%2Fprysm%2Fvalidator&tag=stable: dial unix /var/run/docker.sock: connect: permission denied',
    source: 'OffchainLabs/prysm-documentation#273',
    expected: 'not-a-login-failure',
    note: "Prysm's docker install instructions run as a user outside the docker group: the socket refused the client, no registry was asked"
  },
  {
    id: 'dev54-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling ca.example.com (hyperledger/fabric-ca:)...\nERROR: manifest for hyperledger/fabric-ca:latest not found: manifest unknown: manifest unknown',
    source: 'accordproject/template-studio#158',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'A Fabric sample pulling hyperledger/fabric-ca with no tag: Hyperledger stopped publishing the latest tag (as other threads of the time found; this one was moved to the docs project without an answer)'
  },
  {
    id: 'dev54-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: could not assemble transaction, err proposal response was not successful, error code 500, msg error starting container: error starting container: Failed to generate platform-specific docker build: Failed to pull hyperledger/fabric-ccenv:latest: API error (404): manifest for hyperledger/fabric-ccenv:latest not found: manifest unknown: manifest unknown',
    source: 'worldsibu/hurley#265',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The Fabric peer pulls its chaincode builder image by the latest tag, which Hyperledger removed; Hurley 1.1.5 passes the tag to the peers'
  },
  {
    id: 'dev54-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: could not assemble transaction, err proposal response was not successful, error code 500, msg error starting container: error starting container: Post http://localhost:2375/build?t=nid1-org1peer2-cc-1.0-00eb6ab3283c9baa2e0d3514c774f5b4025b081dcf0eac4a88ef3e72c6761cf5: Failed to generate platform-specific docker build: Failed to pull hyperledger/fabric-ccenv:latest: API error (404): manifest for hyperledger/fabric-ccenv:latest not found',
    source: 'IBM/Hyperledger-Fabric-for-Trusted-IoT#10',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The same removed latest tag of fabric-ccenv, from a chaincode-instantiate pod; a maintainer points to the issue that pins the tag. From a comment (the description is a screenshot); the kubectl command and two INFO lines before it cut'
  },
  {
    id: 'dev54-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for hyperledger/fabric-ca:2.0.0 not found: manifest unknown: manifest unknown',
    source: 'yeasy/docker-compose-files#136',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'fabric-ca 2.0 was not released; the maintainer recommends 1.4.8'
  },
  {
    id: 'dev54-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for hyperledger/fabric-nodeenv:1.4.6 not found: manifest unknown: manifest unknown\nError response from daemon: manifest for hyperledger/fabric-baseos:1.4.6 not found: manifest unknown: manifest unknown',
    source: 'yeasy/docker-compose-files#134',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'Fabric 1.4.6 images the compose files named were not published; the maintainer suggests 1.4.8'
  },
  {
    id: 'dev54-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: "docker run minaprotocol/mina-daemon:1.4.0-c980ba8-CODENAME-mainnet\nUnable to find image 'minaprotocol/mina-daemon:1.4.0-c980ba8-CODENAME-mainnet' locally\ndocker: Error response from daemon: manifest for minaprotocol/mina-daemon:1.4.0-c980ba8-CODENAME-mainnet not found: manifest unknown: manifest unknown.\nSee 'docker run --help'.",
    source: 'MinaProtocol/mina#14545',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The Mina 1.4.0 release notes gave the tag with a CODENAME placeholder left in it'
  },
  {
    id: 'dev54-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: '➜ docker pull ethcore/parity\nUsing default tag: latest\nError response from daemon: manifest for ethcore/parity:latest not found',
    source: 'openethereum/parity-ethereum#4503',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    case: 'manifest-unknown',
    note: 'ethcore/parity had no latest tag ("try nightly" worked for the reporter); later commenters hit the same words during a Docker Hub incident that day, hence the alternative'
  },
  {
    id: 'dev54-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for qtum/qtum:dev not found',
    source: 'qtumproject/qtum-docker#3',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'A Qtum node image tag that does not exist; no answer stored, the text decides'
  },
  {
    id: 'dev54-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling peer0.org3.example.com (hyperledger/fabric-peer:latest)...\nERROR: manifest for hyperledger/fabric-peer:latest not found',
    source: 'IBM-Blockchain-Archive/marbles#178',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'A three-organisation Fabric network for the Marbles demo pulling fabric-peer by the latest tag, which the registry does not have; the Stack Overflow remedy the reporter tried did not help and the thread ends without a fix: the text decides'
  },
  {
    id: 'dev54-not-login-11',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for hyperledger/fabric-peer:latest not found',
    source: 'IBM/build-blockchain-insurance-app#109',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The text is the start of the issue\'s title. There are no latest tags of the Fabric images; a commenter\'s fix, to pin x86_64-1.0.0 in docker-images.sh, was confirmed ("Thank you so much")'
  }
]

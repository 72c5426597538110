/**
 * A seventieth development set of real registry error texts ("dev70"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventieth
 * development set"). Its direction is finance, accounting, billing and
 * trading tools (Freqtrade and its strategies, QuantConnect Lean, OpenBB,
 * crypto trading bots, Firefly III, Actual Budget, Ghostfolio, Wealthfolio,
 * ezBookkeeping, Crater, Apache Fineract/Mifos, BTCPay Server, LNbits).
 * Sources are GitHub issues and pull requests found with the search tool;
 * none is a source of an earlier set (the list of the 2903 earlier sources
 * was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. Where the post left out the registry host,
 * `host` is the registry the image name resolves to (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV70: readonly RealText[] = [
  {
    id: 'dev70-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/gamestonkterminal/gst-poetry:latest\nError response from daemon: Head "https://ghcr.io/v2/gamestonkterminal/gst-poetry/manifests/latest": denied',
    source: 'OpenBB-finance/OpenBB#2133',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the website still named the project's old package (gamestonkterminal/gst-poetry); the answer was to pull ghcr.io/openbb-finance/openbbterminal-poetry instead, and the maintainers updated the Docker instructions. GHCR answers a name it does not serve with a bare 'denied'"
  },
  {
    id: 'dev70-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Error response from daemon: pull access denied for ghcr.io/whittlem/pycryptobot/pycryptobot, repository does not exist or may require 'docker login': denied: permission_denied: read_package",
    source: 'whittlem/pycryptobot#56',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: 'needs the thread: the reporter was logged in with a PAT holding read:packages, yet the package was private to its publisher; the contributor who added Docker asked whether the package had been set public (his own copy pulled anonymously because it was public) and another user built the image locally instead. INFERENCE: the stored thread shows no confirmed switch to public. A login cannot read a private package it was not granted, so no credential fix applies'
  },
  {
    id: 'dev70-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '# docker pull ghcr.io/actualbudget/actual-server\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/actualbudget/actual-server/manifests/latest": unauthorized',
    source: 'actualbudget/actual-server#61',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the issue reports that ghcr.io/actualbudget/actual-server was not served (404) while jlongster/actual-server was; a maintainer thought it fixed, then this anonymous pull got 'unauthorized', which GHCR answers for a package that is private or not published. INFERENCE: the stored thread shows no later fix. The leading '# ' is the root prompt as posted"
  },
  {
    id: 'dev70-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: pull access denied for mikekonan/exchange-proxy, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'mikekonan/exchange-proxy#29',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a `docker-compose pull` of a Freqtrade exchange proxy; the maintainer answered that the image was not ready yet (not published) and pointed to mikekonan/freqtrade-proxy'
  },
  {
    id: 'dev70-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Step 1/7 : FROM ubuntu:16.04\nGet https://registry-1.docker.io/v2/library/ubuntu/manifests/16.04: unauthorized: incorrect username or password',
    source: 'philipperemy/deep-learning-bitcoin#11',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "INFERENCE: the stored thread has no reply. The build's base image is the public official ubuntu image, which needs no login; Docker Hub refusing it with 'incorrect username or password' means a stored login was sent and refused, and logging out (or in again) fixes the pull. The `docker build` and 'Sending build context' lines are trimmed"
  },
  {
    id: 'dev70-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'PS E:\\freqtrade\\ft_userdata> docker compose pull\nError response from daemon: failed to resolve reference "docker.io/freqtradeorg/freqtrade:stable": failed to do request: Head "https://registry-1.docker.io/v2/freqtradeorg/freqtrade/manifests/stable": proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused',
    source: 'freqtrade/freqtrade#11898',
    expected: 'registry-unreachable',
    note: "the daemon is set to use a local proxy at 127.0.0.1:7890 that was not running; the maintainer called it a proxy misconfiguration or network problem on the host. Compose's progress lines ('[+] Pulling 1/1' and the cut '✘ freqtrade Error …' line) are trimmed"
  },
  {
    id: 'dev70-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/24/246f92cef0e67dbd25a21c2ad64317d109c896c2b57ca4d8235e5187118516e3/data?verify=1639933866-4hw%2FsqRw9ylGXMjNYv%2FzGJu7pJs%3D: net/http: TLS handshake timeout',
    source: 'btcpayserver/btcpayserver#3216',
    expected: 'registry-unreachable',
    note: "BTCPay Server's update script pulling from Docker Hub's blob CDN timed out; the reporter wrote 'works now' the next day (a passing network fault). The verify parameter is the CDN's expired signed-URL stamp as posted, not a credential"
  },
  {
    id: 'dev70-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "> Pulling lean-cli/engine:formac...\nError response from daemon: pull access denied for lean-cli/engine, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nError: Something went wrong while pulling lean-cli/engine:formac, see the logs above for more information",
    source: 'QuantConnect/lean-cli#146',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: lean-cli/engine:formac was a custom image built locally on an M1 Mac; the Lean CLI tried to pull it from Docker Hub, where no such repository exists. The fix was the CLI's PR 'Do not pull local images' (QuantConnect/lean-cli#148). No login helps"
  },
  {
    id: 'dev70-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "[ERROR] FATAL UNHANDLED EXCEPTION:Unable to find image 'quantconnect/backtesting:16772' locally,docker: Error response from daemon: pull access denied for\nquantconnect/backtesting, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.,See 'docker run\n--help'.",
    source: 'QuantConnect/lean-cli#521',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a cloud backtest on QuantConnect's side failed to pull its own backtesting image (not public, or not pushed for that build); the maintainer answered 'we will fix this asap', so the fix was theirs, not the user's login. INFERENCE: the stored thread does not say which. The line breaks are the post's wrapping; the trailing space after 'docker run' is trimmed"
  },
  {
    id: 'dev70-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "root@vmi331920:~/fintecheando-mifos-docker-ubuntu# docker-compose -f mifos-stack-DEV.yml up\nPulling mifos-db-server (com.mx.fintecheando.mysql.mifosx.19.07:latest)...\nERROR: pull access denied for com.mx.fintecheando.mysql.mifosx.19.07, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'fintecheand01/fintecheando-mifos-docker-ubuntu#7',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'INFERENCE: the stored thread has no reply. The Mifos stack names its database image com.mx.fintecheando.mysql.mifosx.19.07 with no namespace, a name the project builds locally and never published; Docker Hub has no such repository, so the image must be built first'
  },
  {
    id: 'dev70-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "pull access denied for freqtrade_with_numba, repository does not exist or may require 'docker login",
    source: 'iterativv/NostalgiaForInfinity#531',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the strategy's docker-compose.tests.yml names a locally built image (freqtrade_with_numba) that is on no registry; the maintainer answered he would switch the file to the normal image. The text is the line quoted in the post's prose, its closing quote missing as posted"
  },
  {
    id: 'dev70-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'C:\\Windows\\system32>docker pull mayswind/ezbookkeeping\nUsing default tag: latest\nError response from daemon: failed to resolve reference "docker.io/mayswind/ezbookkeeping:latest": failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Amayswind%2Fezbookkeeping%3Apull&service=registry.docker.io": dialing auth.docker.io:443 container via direct connection because static system has no HTTPS proxy: connecting to auth.docker.io:443: dial tcp 44.208.254.194:443: bind: An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full.',
    source: 'mayswind/ezbookkeeping#98',
    expected: 'registry-unreachable',
    note: "despite 'failed to authorize', no credential was involved: the anonymous token request never left the Windows host (the socket bind failed for lack of buffer space or ports). INFERENCE: the maintainer only pointed to Docker's documentation; the stored thread shows no fix"
  },
  {
    id: 'dev70-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Feb 12 01:08:55 myNode lnbits[12207]: docker: Error response from daemon: pull access denied for lnbits-legend, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nFeb 12 01:08:53 myNode lnbits[12207]: Unable to find image 'lnbits-legend:latest' locally",
    source: 'lnbits/lnbits#1483',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: myNode's LNbits service runs a locally built image `lnbits-legend` that its install had not produced; the reporter guessed a private image needing a login, but an LNbits maintainer answered it was a myNode issue (myNode builds its own image). INFERENCE: the stored thread shows no confirmed fix. Journal lines newest first as posted; the 'See docker run --help' and 'Started LNBits' lines are trimmed"
  },
  {
    id: 'dev70-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'manifest for freqtradeorg/freqtrade:master not found: manifest unknown: manifest unknown',
    source: 'lhandal/crypto-trading-bot#1',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the bot's compose file still used Freqtrade's `master` tag, which Freqtrade no longer publishes; the repository owner pointed to Freqtrade's current instructions"
  },
  {
    id: 'dev70-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: '✘ Image afadil/wealthfolio:latest Error manifest for afadil/wealthfolio:latest not found: manifest unknown: manifest unknown\nError response from daemon: manifest for afadil/wealthfolio:latest not found: manifest unknown: manifest unknown',
    source: 'wealthfolio/wealthfolio#648',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "INFERENCE: the issue is open with no reply; the repository answers, only the `latest` tag is missing. The post has both lines on one line with compose's timing ('0.2s') between them; split here and the timing trimmed"
  },
  {
    id: 'dev70-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling btcpayserver (nicolasdorier/btcpayserver:1.0.1.83)...\nERROR: manifest for nicolasdorier/btcpayserver:1.0.1.83 not found',
    source: 'btcpayserver/btcpayserver-docker#5',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the production compose file named a tag that was never pushed; the reporter changed it to 1.0.1.84 and the maintainer acknowledged the mistake. The compose command line and '[...]' are trimmed"
  },
  {
    id: 'dev70-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm/v7) and no specific platform was requested\nstandard_init_linux.go:219: exec user process caused: exec format error",
    source: 'freqtrade/freqtrade#5026',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an amd64 Freqtrade image run on a 32-bit Raspberry Pi; the maintainer pointed to the Raspberry Pi instructions (the _pi image). The blank line between the two lines is trimmed'
  },
  {
    id: 'dev70-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'ubuntu@ubuntu:~/ft_userdata$ docker-compose run --rm freqtrade create-userdir --userdir user_data\nstandard_init_linux.go:219: exec user process caused: exec format error',
    source: 'freqtrade/freqtrade#5033',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'an architecture mismatch: the reporter ran the x86 image on a Raspberry Pi 4; the maintainer explained the error and pointed to the Raspberry Pi tab of the setup guide'
  },
  {
    id: 'dev70-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: 'pi@raspberrypi:~/firefly_iii $ docker-compose -f docker-compose.yml up -d\nPulling fireflyiiidb (mariadb:10.4-bionic)...\n10.4-bionic: Pulling from library/mariadb\nERROR: no matching manifest for linux/arm/v7 in the manifest list entries',
    source: 'firefly-iii/firefly-iii#3464',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Firefly III's compose file named a MariaDB tag with no 32-bit ARM image; the maintainer said that compose file was not meant to go out yet and pushed an update"
  },
  {
    id: 'dev70-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'sudo docker logs 432d0d05c334\nexec /usr/local/bin/docker-entrypoint.sh: operation not permitted',
    source: 'ghostfolio/ghostfolio#3903',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "a container of Ghostfolio's compose stack (images pulled from Docker Hub) exited because its entrypoint could not be executed; the pull request adds execute permission to entrypoint.sh in the Dockerfile. Nothing to do with the registry"
  },
  {
    id: 'dev70-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: '! app Warning   pull access denied for crater-php',
    source: 'crater-invoice-inc/crater#1297',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Crater's docker-compose.yml builds the `crater-php` image locally, so Compose's pull warning for it is expected and harmless; the reporter's real failure was the app answering 404 and the setup script failing, and a commenter noted Crater is abandoned. The text is the line quoted in the post's prose"
  }
]

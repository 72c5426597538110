/**
 * A sixtieth development set of real registry error texts ("dev60"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixtieth
 * development set"). Its direction is business, collaboration and
 * web-analytics applications' images (Sentry self-hosted, Frappe/ERPNext,
 * Odoo, Umami, Mattermost, Rocket.Chat, Zulip, Cal.com, Collabora, Drupal's
 * Lagoon, Sylius, Chatwoot, Discourse, Overleaf…). Sources are
 * GitHub issues found with the search tool; none is a source of an earlier
 * set (the list of the 2562 earlier sources was checked before each pick),
 * and the hygiene test (__fixtures__/real-texts-hygiene.ts) compares every
 * text with every earlier set, the sealed and blind ones included, without
 * printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. Where the text does not name the registry
 * host, `host` is the one the thread names (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV60: readonly RealText[] = [
  {
    id: 'dev60-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling umami (ghcr.io/mikecao/umami:postgresql-latest)...\nERROR: Get https://ghcr.io/v2/mikecao/umami/manifests/postgresql-latest: unauthorized',
    source: 'umami-software/umami#113',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: an anonymous docker-compose pull of Umami's image; the maintainer found the package 'was marked as private', made it public, and the reporter's pull then 'Works perfectly'. GHCR answers a private package pulled without a login with a bare 'unauthorized'"
  },
  {
    id: 'dev60-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: Head "https://ghcr.io/v2/plankanban/planka/manifests/latest": denied',
    source: 'plankanban/planka#235',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the Planka image had been published minutes before and its new GHCR package was still private; a maintainer changed its visibility ('Sorry, please try again') and the anonymous pull worked. The text alone also fits a stale GHCR login"
  },
  {
    id: 'dev60-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '✘ frontend Error     Head "https://ghcr.io/v2/frappe/helpdesk/manifests/stable": denied',
    source: 'frappe/helpdesk#2119',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: INFERENCE: Frappe's easy-install deploy pulled ghcr.io/frappe/helpdesk:stable anonymously when that image was not yet published for anonymous pulls (the same report was filed for frappe/drive and frappe/education, and frappe/crm#536 added the missing 'stable' image publishing to another Frappe app); the stored thread shows no fix. Only the first compose line is kept (its duration cut); the other services were 'context canceled'"
  },
  {
    id: 'dev60-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to resolve reference "ghcr.io/frappe/helpdesk:stable": failed to authorize: failed to fetch anonymous token',
    source: 'frappe/helpdesk#2125',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: INFERENCE: the same anonymous easy-install pull of ghcr.io/frappe/helpdesk:stable as frappe/helpdesk#2119, two days later, answered by GHCR's token service; no fix in the stored thread. The text is the issue's title, which quotes the error (the body's log is cut in the stored copy)"
  },
  {
    id: 'dev60-ghcr-05',
    family: 'ghcr',
    host: 'docker.umami.is',
    text: 'Failed to pull image "docker.umami.is/umami-software/umami:postgresql-latest": failed to pull and unpack image "docker.umami.is/umami-software/umami:postgresql-latest": failed to resolve image: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aumami-software%2Fumami%2Fumami%3Apull&scope=repository%3Aumami-software%2Fumami%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'umami-software/umami#3652',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: Umami's documented pull name docker.umami.is/umami-software/umami redirects to GHCR, whose token service refuses the name umami-software/umami/umami that does not exist there; the reporter and the maintainer (umami-software/umami#3636: 'Pull from GitHub instead') point to ghcr.io/umami-software/umami. A kubelet event posted in Umami's tracker; host is the name the user pulled"
  },
  {
    id: 'dev60-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pull ghcr.io/infosupport/huddle:latest\nError response from daemon: Head "https://ghcr.io/v2/infosupport/huddle/manifests/latest": denied: denied\nFout: Command failed: docker pull ghcr.io/infosupport/huddle:latest',
    source: 'infosupport/huddle#65',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a maintainer suggested `docker logout ghcr.io` before the pull and the reporter confirmed 'that was the issue', a leftover GHCR login. The image is public; GHCR's 'denied' alone also fits a private or missing package. 'Fout' is the Dutch CLI's 'Error'"
  },
  {
    id: 'dev60-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: for php  unauthorized: access to the requested resource is not authorized\nERROR: for nginx  unauthorized: access to the requested resource is not authorized',
    source: 'Sylius/Sylius-Standard#392',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: INFERENCE: Sylius-Standard's docker-compose names quay.io/sylius/php, nodejs and nginx images that the install steps build locally after `docker-compose pull --ignore-pull-failures`; Quay answers an anonymous pull of a repository it does not serve publicly with 'unauthorized'. The reporter closed it as a duplicate of an older thread without a stated fix. The text does not name the host (quay.io from the compose file, noted); trailing spaces trimmed"
  },
  {
    id: 'dev60-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: for nodejs  unauthorized: access to the requested resource is not authorized\n\nERROR: for nginx  unauthorized: access to the requested resource is not authorized\n\nERROR: for php  unauthorized: access to the requested resource is not authorized\nERROR: unauthorized: access to the requested resource is not authorized\nunauthorized: access to the requested resource is not authorized\nunauthorized: access to the requested resource is not authorized',
    source: 'Sylius/Sylius#12871',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the reporter, 'despite being logged into quay.io', could not pull Sylius's quay.io/sylius/* images; he then found his mistake ('I installed Sylius via Composer instead of cloning the Repo via git'): the images are built locally from the cloned repository, not pulled. The leading 'Pulling …' progress lines are trimmed; the host is not in the text (quay.io from the compose file, noted)"
  },
  {
    id: 'dev60-generic-01',
    family: 'generic',
    host: 'docker.umami.is',
    text: 'Error response from daemon: Get "https://docker.umami.is/v2/": dial tcp: lookup docker.umami.is: no such host',
    source: 'umami-software/umami#3636',
    expected: 'registry-unreachable',
    note: "Umami's own registry name docker.umami.is no longer resolved; the maintainer: 'Pull from GitHub instead' (ghcr.io/umami-software/umami)"
  },
  {
    id: 'dev60-generic-02',
    family: 'generic',
    host: 'docker.umami.is',
    text: 'docker pull docker.umami.is/umami-software/umami:mysql-latest\nError response from daemon: received unexpected HTTP status: 502 Bad Gateway',
    source: 'umami-software/umami#1634',
    expected: 'registry-unreachable',
    note: "Umami's self-run registry answered 502; the maintainer: 'we keep having issues with our docker server. Alternatively you can use docker.umami.dev'. The command and its answer were posted in two code blocks, joined here"
  },
  {
    id: 'dev60-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: sentry-self-hosted-local: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\nError in build-docker-images.sh:7.',
    source: 'getsentry/self-hosted#1781',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "needs the thread: sentry-self-hosted-local is the image Sentry's install.sh builds itself and the other services build FROM; the build resolved it on Docker Hub (library/…), where no such image exists. The maintainer pointed to an aarch64 host (unsupported outside macOS) and, for a second reporter, an old docker-compose installed beside `docker compose`. INFERENCE for which applied"
  },
  {
    id: 'dev60-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull snuba-api\nUsing default tag: latest\nError response from daemon: pull access denied for snuba-api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'getsentry/self-hosted#1878',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "needs the thread: snuba-api is Sentry's compose service name, not an image; the maintainer: 'The image for snuba definitely exists, https://hub.docker.com/r/getsentry/snuba'. The reporter's manual pull of the service name; trailing space trimmed"
  },
  {
    id: 'dev60-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'sentry-self-hosted-jq-local:latest' locally\ndocker: Error response from daemon: pull access denied for sentry-self-hosted-jq-local, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'getsentry/self-hosted#1884',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "needs the thread: sentry-self-hosted-jq-local is a helper image install.sh builds locally; when that build did not produce it, `docker run` fell back to pulling the name from Docker Hub. INFERENCE: the stored thread has only a commenter's workaround about the daemon's settings"
  },
  {
    id: 'dev60-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: Service 'sentry-cleanup' failed to build: pull access denied for sentry-onpremise-local, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'getsentry/self-hosted#278',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: 'needs the thread: sentry-onpremise-local is built by the `web` service and used as the base of sentry-cleanup; the maintainer: run `docker-compose build web --pull` first, then `docker-compose build --pull`'
  },
  {
    id: 'dev60-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling api-db (lagoon/api-db:latest)...\nERROR: pull access denied for lagoon/api-db, repository does not exist or may require 'docker login'",
    source: 'uselagoon/lagoon#442',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Lagoon (Drupal hosting) local kickstart; the lagoon/* service images are meant to be built locally first ('did you build the images locally first?' … '`make build` will kick off the build process for all the images')"
  },
  {
    id: 'dev60-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '2020-12-04T00:42:48.306229219Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n2020-12-04T00:42:49.971050129Z Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password',
    source: 'uselagoon/lagoon#2377',
    expected: 'invalid-credentials',
    note: "a Lagoon (Drupal hosting) deploy's docker login with Docker Hub credentials the project had been given wrong (the reporter's own steps: 'Enter bad credentials'); the thread is about the build hanging afterwards. Timestamps kept as posted"
  },
  {
    id: 'dev60-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Pulling localizr (michaelhenry119/localizr:v1.2.14)...\nERROR: Get https://registry-1.docker.io/v2/michaelhenry119/localizr/manifests/v1.2.14: unauthorized: incorrect username or password',
    source: 'michaelhenry/Localizr#50',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a public image; the reporter: 'found the issue was due to an expired credential configured on our server. Removing the credential fixed the issue'"
  },
  {
    id: 'dev60-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling web (akaunting:)...\nERROR: pull access denied for akaunting, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'akaunting/akaunting#894',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "the reporter's compose file names a bare `akaunting` image, which Docker Hub resolves to library/akaunting, an official image that does not exist (Akaunting publishes akaunting/akaunting); the maintainer only redirected to akaunting/docker. INFERENCE. The compose 'image has been removed' prompt lines are trimmed"
  },
  {
    id: 'dev60-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0:\nfailed to create LLB definition: pull access denied, repository does not exist or may require authorization:\nserver message: insufficient_scope: authorization failed',
    source: 'chatwoot/chatwoot#3233',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "INFERENCE: Chatwoot's development `docker-compose up --build`, whose services build FROM an image another service of the same compose file builds; BuildKit resolved that name on Docker Hub, where it does not exist. A commenter's post; the stored thread shows no confirmed fix; trailing spaces trimmed"
  },
  {
    id: 'dev60-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'relay Error Get "https://registry-1.docker.io/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\nError response from daemon: Get "https://registry-1.docker.io/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    source: 'getsentry/self-hosted#3763',
    expected: 'registry-unreachable',
    note: "INFERENCE: Sentry's install.sh pulling the relay image timed out reaching Docker Hub; the thread went stale without a fix. The install script's surrounding lines are trimmed"
  },
  {
    id: 'dev60-not-login-01',
    family: 'not-login',
    host: 'registry.rocket.chat',
    text: 'Error response from daemon: manifest for registry.rocket.chat/rocketchat/rocket.chat:7.13.7 not found: manifest unknown: manifest unknown',
    source: 'RocketChat/Rocket.Chat#40506',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the 7.13.7 tag was not yet published on Rocket.Chat's registry; a maintainer: 'the release images take some time to be released after the TAG is created'"
  },
  {
    id: 'dev60-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling chat (rocketchat/rocket.chat:0.54.2)...\nERROR: manifest for rocketchat/rocket.chat:0.54.2 not found',
    source: 'RocketChat/Rocket.Chat#6475',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the 0.54.2 image was still being built; the maintainer: 'Need to wait for' the CI build"
  },
  {
    id: 'dev60-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull zulip/docker-zulip:4.6-0\nError response from daemon: manifest for zulip/docker-zulip:4.6-0 not found: manifest unknown: manifest unknown',
    source: 'zulip/docker-zulip#323',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the 4.6-0 tag had not been built (Docker Hub had stopped the free automated builds); a maintainer pushed it by hand. The shell prompt before the command is trimmed'
  },
  {
    id: 'dev60-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for mattermost/mattermost-team-edition:9.2 not found: manifest unknown: manifest unknown',
    source: 'mattermost/mattermost#25582',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the minor-version tag 9.2 was missing from Docker Hub (9.1 had one); Mattermost merged a fix for future releases'
  },
  {
    id: 'dev60-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: '5.26.1: Pulling from mattermost/mattermost-prod-app\n21c83c524219: Already exists\n17ba0c0993d1: Pulling fs layer\n3ec6382b88e3: Pulling fs layer\na3915bedfade: Pulling fs layer\nerror pulling image configuration: unknown blob',
    source: 'mattermost/mattermost-docker#495',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "INFERENCE: the image's configuration blob could not be fetched ('unknown blob'); months later another user pulled the same tag without error. Not a credential. The post repeats the block twice; it is kept once, trailing spaces trimmed"
  },
  {
    id: 'dev60-not-login-06',
    family: 'not-login',
    host: 'calcom.docker.scarf.sh',
    text: 'docker pull calcom.docker.scarf.sh/calcom/cal.com\nUsing default tag: latest\nlatest: Pulling from calcom/cal.com\nno matching manifest for linux/amd64 in the manifest list entries',
    source: 'calcom/cal.diy#25914',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Cal.com's latest image had been published for arm64 only; older digests pulled on amd64"
  },
  {
    id: 'dev60-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: "! calcom The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
    source: 'calcom/docker#244',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Cal.com's image then had no arm64 variant; the container failed with 'exec format error'. One of two identical warning lines kept, its duration cut"
  },
  {
    id: 'dev60-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull collabora/code\nUsing default tag: latest\nError response from daemon: manifest for collabora/code:latest not found: manifest unknown: manifest unknown',
    source: 'CollaboraOnline/online#1908',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Collabora's `latest` tag was briefly missing from Docker Hub after a change of the published architectures; the maintainer restored it ('it should be working already'). The shell prompt is trimmed"
  },
  {
    id: 'dev60-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling mongo (mongo:latest)...\nlatest: Pulling from library/mongo\nERROR: no matching manifest for linux/arm in the manifest list entries',
    source: 'overleaf/overleaf#576',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Overleaf's compose stack on a 32-bit ARM Raspberry Pi; the maintainers: 'Only x86 architectures are supported'"
  },
  {
    id: 'dev60-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nlatest: Pulling from library/odoo\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'odoo/docker#396',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the official odoo image had no arm64 variant for an Apple M1; pulling with --platform=linux/amd64 worked. Indentation trimmed'
  },
  {
    id: 'dev60-not-login-11',
    family: 'not-login',
    host: 'docker.io',
    text: '14.0: Pulling from library/odoo\nERROR: no matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'minhng92/odoo-14-docker-compose#9',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "an Odoo compose file on a Raspberry Pi; the maintainer: the official Odoo image is 'only compatible with amd64 architecture'"
  },
  {
    id: 'dev60-not-login-12',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'sha256-ca97d2f9bd2fe28e598453e2de7241b3bdc9c0a0e6ce5e09cb138c6efd40a038: Pulling from katyukha/odood/odoo/17.0\nno matching manifest for linux/amd64 in the manifest list entries: failed to unpack image on snapshotter overlayfs: no match for platform in manifest sha256:007b9a3851deadfd4f204858128dab00a32c807b0465b1dde6c7f8cea2fdac26: not found',
    source: 'katyukha/Odood#35',
    expected: 'not-a-login-failure',
    note: "the copied tag 'sha256-…' names a signature/attestation artifact of the Odoo image in GHCR, not a runnable image; the reporter: 'pulling without the sha signature part resolved the issue'"
  },
  {
    id: 'dev60-not-login-13',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'discourse/discourse:1.3.7' locally\n1.3.7: Pulling from discourse/discourse\ne9d5dc9fc926: Pulling fs layer\n45ca71ffb140: Pulling fs layer\ne9d5dc9fc926: Verifying Checksum\ne9d5dc9fc926: Download complete\n45ca71ffb140: Verifying Checksum\n45ca71ffb140: Download complete\nPulling repository docker.io/discourse/discourse\nTag 1.3.7 not found in repository docker.io/discourse/discourse",
    source: 'discourse/discourse_docker#304',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "INFERENCE: the tag existed (the maintainer linked it); the v2 pull failed part-way and the old engine fell back to the v1 protocol, whose answer is 'Tag … not found'; after a reboot `./launcher rebuild app` completed. Indentation trimmed"
  },
  {
    id: 'dev60-not-login-14',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error response from daemon: No such image: ghcr.io/getsentry/vroom:25.7.0',
    source: 'getsentry/self-hosted#3826',
    expected: 'not-a-login-failure',
    note: "'No such image' is the daemon's local image store, not GHCR's answer: Sentry's install.sh used the vroom image before it had been pulled; the reporter's workaround was `docker pull ghcr.io/getsentry/vroom:25.7.0` first"
  }
]

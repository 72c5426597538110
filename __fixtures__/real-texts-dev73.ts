/**
 * A seventy-third development set of real registry error texts ("dev73"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventy-third
 * development set"). Its direction is the images of email, chat and
 * federation servers (mailcow, Mailu, docker-mailserver, Roundcube, Mastodon
 * and glitch-soc, Lemmy, Pleroma, Matrix bridges and the
 * matrix-docker-ansible-deploy playbook, Jitsi, Stoat/Revolt, ProtonMail
 * Bridge). Sources are GitHub issues found with the search tool; none is a
 * source of an earlier set (the list of the 2903 earlier sources was checked
 * before each pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts)
 * compares every text with every earlier set, the sealed and blind ones
 * included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is the host the thread names (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV73: readonly RealText[] = [
  {
    id: 'dev73-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/glitch-soc/mastodon-streaming/manifests/nightly.2023-12-23": unauthorized',
    source: 'glitch-soc/mastodon#2545',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of the newly published glitch-soc mastodon-streaming package; the maintainer changed the package ("this should now be fixed") and the reporter confirmed it pulled. GHCR answers a pull of a package that is not public, made without a login, with a bare "unauthorized"'
  },
  {
    id: 'dev73-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error Head "https://ghcr.io/v2/stoatchat/backend/pushd/manifests/0.11.1": denied',
    source: 'stoatchat/self-hosted#269',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: a compose pull of the self-hosted Stoat (Revolt) chat stack as its README shows; the stored thread is closed with no reply. GHCR answers an anonymous pull of a package or tag it does not have, or that is not public, with "denied". The text is the one line the post quotes in its prose'
  },
  {
    id: 'dev73-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://pkg-containers.githubusercontent.com/ghcr1/blobs/sha256:1a44789376cdaa2*****',
    source: 'docker-mailserver/docker-mailserver#4444',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "INFERENCE: `docker compose up` pulling ghcr.io/docker-mailserver/docker-mailserver:latest on macOS; the request for a layer on GHCR's blob storage host failed before any answer came (the reporter cut the line and masked the digest with *****, kept as posted), and the thread was closed as limited support without a cause. `host` is ghcr.io, whose blob host this is"
  },
  {
    id: 'dev73-gitlab-01',
    family: 'gitlab',
    host: 'dock.mau.dev',
    text: 'ERROR: for mautrix-signal  Head "https://dock.mau.dev/v2/tulir/mautrix-signal/manifests/latest": denied: access forbidden\nERROR: Head "https://dock.mau.dev/v2/tulir/mautrix-signal/manifests/latest": denied: access forbidden',
    source: 'mautrix/signal#186',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: dock.mau.dev is the GitLab container registry of mau.dev; the Matrix-Signal bridge image had moved from tulir/mautrix-signal to dock.mau.dev/mautrix/signal ("The path is now dock.mau.dev/mautrix/signal"). GitLab answers an anonymous pull of a path it does not have with "denied: access forbidden"'
  },
  {
    id: 'dev73-gitlab-02',
    family: 'gitlab',
    host: 'dock.mau.dev',
    text: 'Error response from daemon: Head "https://dock.mau.dev/v2/mautrix/imessage/manifests/latest": denied: access forbidden',
    source: 'mautrix/imessage#108',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: no image is published for the iMessage bridge ("You can\'t run iMessage in docker"); mau.dev\'s GitLab registry answers the anonymous pull of a repository it does not have with "access forbidden", which the reporter took for a registry-wide 403'
  },
  {
    id: 'dev73-gitlab-03',
    family: 'gitlab',
    host: 'dock.mau.dev',
    text: 'Error                       received unexpected HTTP status: 502 Bad Gateway',
    source: 'mautrix/whatsapp#706',
    expected: 'registry-unreachable',
    note: 'pulling dock.mau.dev/mautrix/whatsapp:latest; mau.dev\'s GitLab registry answered 502 and a later try works ("It happens from time to time, usually trying again a bit later works fine"). The spaces inside the line are as posted'
  },
  {
    id: 'dev73-gitlab-04',
    family: 'gitlab',
    host: 'dock.mau.dev',
    text: "docker run --rm -v ${PWD}/config:/data/config dock.mau.dev/tulir/mautrix-whatsapp:latest\nUnable to find image 'dock.mau.dev/tulir/mautrix-whatsapp:latest' locally\ndocker: Error response from daemon: manifest for dock.mau.dev/tulir/mautrix-whatsapp:latest not found: manifest unknown: manifest unknown.\nSee 'docker run --help'.",
    source: 'mautrix/whatsapp#766',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: the bridge image is published as dock.mau.dev/mautrix/whatsapp; the old tulir/ path the reporter used has no latest tag. The maintainer only pointed to the setup instructions, so the fix is INFERENCE'
  },
  {
    id: 'dev73-gitlab-05',
    family: 'gitlab',
    host: 'dock.mau.dev',
    text: 'fatal: [matrix.digitalkr.am]: FAILED! => {"changed": false, "msg": "Error pulling image dock.mau.dev/tulir/mautrix-whatsapp:latest - 500 Server Error: Internal Server Error (\\"received unexpected HTTP status: 502 Bad Gateway\\")"}',
    source: 'mautrix/whatsapp#123',
    expected: 'registry-unreachable',
    note: 'matrix-docker-ansible-deploy pulling the bridge image through docker-py; mau.dev\'s GitLab registry answered 502 and the reporter found it intermittent ("Intermittent. Works again."). The task banner and play recap lines trimmed'
  },
  {
    id: 'dev73-gitlab-06',
    family: 'gitlab',
    host: 'dock.mau.dev',
    text: 'ERROR: for mautrix-telegram  Get https://dock.mau.dev/v2/: remote error: tls: internal error\nERROR: Get https://dock.mau.dev/v2/: remote error: tls: internal error',
    source: 'mautrix/telegram#525',
    expected: 'registry-unreachable',
    note: 'docker-compose pulling the Telegram bridge from mau.dev\'s GitLab registry; the TLS handshake failed on the server\'s side and the same pull "Worked just now" the next day ("Maybe just a hiccup or a networking issue")'
  },
  {
    id: 'dev73-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Prefetching images...\nError response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nError pulling mailcow/unbound:1.12, retrying...\nToo many failed retries, exiting',
    source: 'mailcow/mailcow-dockerized#3863',
    expected: 'rate-limited',
    note: "mailcow's update script prefetching its images anonymously from Docker Hub just after the November 2020 pull limits. The post quoted the output with '> ' markers (removed) and the error and retry lines four times (kept once); blank lines removed"
  },
  {
    id: 'dev73-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: for solr-mailcow  unauthorized: authentication required\nERROR: for dovecot-mailcow  unauthorized: authentication required\nERROR: unauthorized: authentication required',
    source: 'mailcow/mailcow-dockerized#3963',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: an anonymous mailcow update during a Docker Hub incident ("Looks like an active incident @ docker: https://status.docker.com/", then "Should be ok now again"); the 401s came from the registry\'s outage, not from a missing login. A blank line and the nginx status lines after these trimmed'
  },
  {
    id: 'dev73-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: for resolver  pull access denied for mailu/unbound, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nERROR: for antivirus  pull access denied for mailu/clamav, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'Mailu/Mailu#2793',
    expected: 'repository-not-found',
    note: "Mailu 1.7 pulling mailu/* from Docker Hub after Mailu's images left it (Docker ended Free Team organisations and Mailu moved to ghcr.io/mailu, Mailu/Mailu#2704). Only the first two of the seven such lines kept, blank line between them removed"
  },
  {
    id: 'dev73-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for mailu/clamv, repository does not exist or may require 'docker login'",
    source: 'Mailu/Mailu#525',
    expected: 'repository-not-found',
    note: 'a typo in the image name: the repository is mailu/clamav ("Indeed, the repository is named mailu/clamav")'
  },
  {
    id: 'dev73-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for mailu/setup, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'Mailu/Mailu#3881',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "INFERENCE (the stored thread has no reply): Mailu's images left Docker Hub for ghcr.io/mailu in 2023, so mailu/setup is not on Docker Hub; the reporter's docker login did not change the answer. Only the last line of the compose output kept (the progress lines before it trimmed)"
  },
  {
    id: 'dev73-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for mailu/traefik-certdumper, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'Mailu/Mailu#2760',
    expected: 'repository-not-found',
    note: 'mailu/traefik-certdumper was no longer on Docker Hub after Mailu left it and had not been published on ghcr.io (the issue asks for that). The post wraps the line in a code span'
  },
  {
    id: 'dev73-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error pulling image docker.io/etkecc/synapse-admin:v0.10.3-etke12 - 404 Client Error for http+docker://localhost/v1.47/images/create?tag=v0.10.3-etke12&fromImage=docker.io%2Fetkecc%2Fsynapse-admin: Not Found (\"pull access denied for etkecc/synapse-admin, repository does not exist or may require ''docker login'': denied: requested access to the resource is denied\")",
    source: 'spantaleev/matrix-docker-ansible-deploy#3522',
    expected: 'repository-not-found',
    note: 'INFERENCE: matrix-docker-ansible-deploy asked for the new synapse-admin fork as etkecc/synapse-admin on Docker Hub, which did not have it (a manual docker pull failed the same way); the stored thread shows no fix. The doubled quotes around docker login are as posted'
  },
  {
    id: 'dev73-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: for web  pull access denied for pleroma, repository does not exist or may require 'docker login'\nERROR: pull access denied for pleroma, repository does not exist or may require 'docker login'",
    source: 'angristan/docker-pleroma#22',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: `pleroma` is the local name of an image the compose file builds; `docker-compose pull` looked it up on Docker Hub, which has no such repository ("You need to use build"). The reporter\'s docker login did not help. The "Pulling web ... error" line trimmed'
  },
  {
    id: 'dev73-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'tulir/mautrix-whatsapp: Error getting image: manifest for tulir/mautrix-whatsapp:latest not found',
    source: 'mautrix/whatsapp#103',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: Cockpit pulling the WhatsApp bridge from Docker Hub after the image moved to dock.mau.dev ("The image moved from docker hub to https://dock.mau.dev/tulir/mautrix-whatsapp"). The text is the issue title, the post\'s only copy of the error'
  },
  {
    id: 'dev73-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "alpine/curl:latest": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "docker.io/alpine/curl:latest": failed to resolve reference "docker.io/alpine/curl:latest": failed to do request: Head "https://registry-1.docker.io/v2/alpine/curl/manifests/latest": dial tcp 100.63.54.175:443: i/o timeout',
    source: 'jitsi-contrib/jitsi-helm#275',
    expected: 'registry-unreachable',
    note: "INFERENCE: the kubelet of a managed cluster pulling a sidecar image for the Jitsi helm chart's Jibri pods; the request to Docker Hub timed out (a maintainer guessed a rate limit, but the text is a connection timeout). The reporter moved the sidecar to an image of their own. A kubelet event, from the Jitsi chart's tracker"
  },
  {
    id: 'dev73-docker-hub-11',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Feb 28 18:49:42 example dockerd[545]: time="2017-02-28T18:49:42.837110254+01:00" level=error msg="Attempting next endpoint for pull after error: manifest unknown: manifest unknown"\nFeb 28 18:49:42 example dockerd[545]: time="2017-02-28T18:49:42.837289553+01:00" level=info msg="Translating \\"manifest unknown: manifest unknown\\" to \\"manifest for mariadb:10.1 not found\\""\nFeb 28 18:49:42 example dockerd[545]: time="2017-02-28T18:49:42.837355184+01:00" level=error msg="Handler for POST /v1.24/images/create returned error: manifest for mariadb:10.1 not found"',
    source: 'mailcow/mailcow-dockerized#79',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: mariadb:10.1 existed on Docker Hub; a maintainer put the manifest-unknown answers down to Docker Hub\'s temporary problems at the time ("seems to me that docker is having temp. problems", status.docker.com). Only the three daemon log lines of the second pull kept'
  },
  {
    id: 'dev73-docker-hub-12',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull hardware/mailserver\nUsing default tag: latest\nError response from daemon: manifest for hardware/mailserver:latest not found',
    source: 'hardware/mailserver#293',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the mail server image has no latest tag; its tags are 1.1-latest and the like ("Hi, it\'s 1.1-latest")'
  },
  {
    id: 'dev73-docker-hub-13',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ docker pull roundcube/roundcubemail:1.4.x-fpm-alpine\n1.4.x-fpm-alpine: Pulling from roundcube/roundcubemail\nerror pulling image configuration: unknown blob',
    source: 'roundcube/roundcubemail-docker#103',
    expected: 'not-a-login-failure',
    note: "a Roundcube tag pushed broken by Docker Hub's automated build (its image configuration blob was missing); the maintainer triggered a rebuild and the reporter confirmed it pulled. The sixteen layer progress lines between the second line and the error trimmed"
  },
  {
    id: 'dev73-docker-hub-14',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling prosody (prosody:latest)...\nERROR: pull access denied for prosody, repository does not exist or may require 'docker login'",
    source: 'tiredofit/docker-jitsi-meet#3',
    expected: 'repository-not-found',
    note: 'an early Jitsi Meet compose example named its Prosody service image `prosody`, which is not a Docker Hub repository (the maintainer\'s images are tiredofit/*; "You can also pull the builds from Docker Hub"). The compose warning about recreating a removed image, its prompt and the first Pulling line, before these two lines, trimmed'
  },
  {
    id: 'dev73-not-login-01',
    family: 'not-login',
    host: 'dock.mau.dev',
    text: 'fatal: [matrix.domain]: FAILED! => changed=false\n  msg: \'Error pulling image dock.mau.dev/mautrix/telegram:v0.9.0 - 404 Client Error: Not Found ("manifest for dock.mau.dev/mautrix/telegram:v0.9.0 not found: manifest unknown: manifest unknown")\'',
    source: 'spantaleev/matrix-docker-ansible-deploy#1239',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the playbook asked for a v0.9.0 tag that mau.dev\'s GitLab registry did not have ("There\'s no image tagged with v0.9.0 in the dock.mau.dev/mautrix/telegram container registry"), a regression of the playbook. The task banner line and a trailing space trimmed'
  },
  {
    id: 'dev73-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling lemmy (dessalines/lemmy:0.16.5)...\n0.16.5: Pulling from dessalines/lemmy\nERROR: no matching manifest for linux/amd64 in the manifest list entries',
    source: 'LemmyNet/lemmy#2320',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'INFERENCE as to the fix (the stored thread shows no reply): the Lemmy 0.16.5 tag on Docker Hub had no linux/amd64 entry in its manifest list, so a pull on an amd64 VM found no image for its platform'
  },
  {
    id: 'dev73-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image 'shenxn/protonmail-bridge:build' locally\nbuild: Pulling from shenxn/protonmail-bridge\ndocker: no matching manifest for linux/arm/v7 in the manifest list entries.\nSee 'docker run --help'.",
    source: 'shenxn/protonmail-bridge-docker#46',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'a Raspberry Pi (linux/arm/v7) running the ProtonMail Bridge image, whose build tag had no arm/v7 entry; fixed by the maintainer ("It should be fixed by #45"). The shell prompt line trimmed'
  },
  {
    id: 'dev73-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: manifest for mailu/roundcube:master not found: manifest unknown: manifest unknown',
    source: 'Mailu/Mailu#2730',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: Mailu had moved its master images to ghcr.io and renamed roundcube to webmail ("We have switched to a different registry and the new container name is webmail, not roundcube"), so Docker Hub had no master tag for mailu/roundcube'
  }
]

/**
 * A twenty-ninth development set of real registry error texts ("dev29"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-ninth
 * development set"). Sources are GitHub issues found with the search tool,
 * mostly from home-lab, NAS and self-hosting directions (Home Assistant's
 * Supervisor and add-ons, Unraid, TrueNAS SCALE apps, balena, Immich,
 * linuxserver.io, self-hosted Harbor, GitLab and Gitea-like registries);
 * none is a source of an earlier set (the list of the 1673 earlier sources
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
 * thread shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV29: readonly RealText[] = [
  {
    id: 'dev29-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Can\'t install ghcr.io/faserf/apache2-aarch64:2.13.1: 500 Server Error for http+docker://localhost/v1.48/images/create?tag=2.13.1&fromImage=ghcr.io%2Ffaserf%2Fapache2-aarch64&platform=linux%2Farm64: Internal Server Error ("Head "https://ghcr.io/v2/faserf/apache2-aarch64/manifests/2.13.1": denied")',
    source: 'FaserF/hassio-addons#408',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: Home Assistant's Supervisor pulls add-on images with no GHCR login; a commenter's browser got 'Unauthorized' on the manifest URL and blamed the package's access rights; the maintainer fixed it with the next release (2.13.2). INFERENCE: the 2.13.1 image was not published where an anonymous pull may read it (the thread does not say which)"
  },
  {
    id: 'dev29-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'nasnet-panel: download/extract error: fetch manifest failed: getting https://ghcr.io/v2/nasnet-community/nasnet-panel/manifests/latest failed: auth error',
    source: 'nasnet-community/nasnet-panel#263',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the panel\'s own image downloader (on a router) pulled anonymously; the maintainer found the package visibility private and made it public ("tested and it\'s working perfect now"). The text is the line the post gives above its screenshot'
  },
  {
    id: 'dev29-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Can\'t install ghcr.io/brenner-tobias/cloudflared/aarch64:4.0.12: 500 Server Error for http+docker://localhost/v1.41/images/create?tag=4.0.12&fromImage=ghcr.io%2Fbrenner-tobias%2Fcloudflared%2Faarch64&platform=linux%2Farm64: Internal Server Error ("Head "https://ghcr.io/v2/brenner-tobias/cloudflared/aarch64/manifests/4.0.12": Get "https://ghcr.io/token?scope=repository%3Abrenner-tobias%2Fcloudflared%2Faarch64%3Apull&service=ghcr.io": net/http: request canceled (Client.Timeout exceeded while awaiting headers)")',
    source: 'homeassistant-apps/app-cloudflared#343',
    expected: 'registry-unreachable',
    note: 'a Home Assistant OS add-on install whose request to GHCR\'s token endpoint timed out; the reporter wrote "works now" the same day (a passing network problem). The text alone decides'
  },
  {
    id: 'dev29-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'immich-machine-learning Error Get "https://ghcr.io/v2/immich-app/immich-machine-learning/manifests/latest": dial tcp: lookup ghcr.io: no such host',
    source: 'immich-app/immich#20812',
    expected: 'registry-unreachable',
    note: 'the host (Ubuntu on OpenMediaVault) could not resolve ghcr.io; the title\'s "authentication required" is what the reporter\'s browser got for the manifest URL without a token, not the failure. The post gives the line in prose. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev29-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/synesthesiam/homeassistant-satellite/manifests/latest": unauthorized',
    source: 'synesthesiam/homeassistant-satellite#32',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a Raspberry Pi pulling the image anonymously from the README\'s compose file; the maintainer\'s first GHCR package was not public ("This is my first time using Github for Docker images") and after his change a commenter wrote "works for me now". The compose progress line above it is trimmed'
  },
  {
    id: 'dev29-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/immich-app/immich-server/manifests/release": denied: denied',
    source: 'immich-app/immich#27931',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: immich-server is a public package and the same upgrade had worked many times before; GHCR answers "denied: denied" to a pull that carries a stored ghcr.io login it no longer accepts. INFERENCE: the stored thread shows no confirmed fix (it is closed)'
  },
  {
    id: 'dev29-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker: Error response from daemon: Head "https://ghcr.io/v2/imagegenius/ai-chat-app/manifests/latest": denied.',
    source: 'imagegenius/docker-ai-chat-app#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the app appeared in Unraid\'s Community Applications before its package was public; the maintainer set it public and the reporter confirmed "Works after package set to public."'
  },
  {
    id: 'dev29-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "2026-01-11 16:16:34.932 ERROR (MainThread) [supervisor.docker.interface] Can't install ghcr.io/ateodorescu/amd64-ha-addon-impi-server:1.2.16: DockerError(403, 'Head \"https://ghcr.io/v2/ateodorescu/amd64-ha-addon-impi-server/manifests/1.2.16\": denied')",
    source: 'ateodorescu/home-assistant-addons#29',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a Home Assistant Supervisor install (anonymous pull) of an add-on version whose image the maintainer was still experimenting with ("not fully ready yet"); version 2.0.0 installed. INFERENCE: the 1.2.16 image was never published publicly. Only the first of the two ERROR lines is kept'
  },
  {
    id: 'dev29-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/linuxserver/freetube/manifests/latest": unauthorized',
    source: 'linuxserver/docker-freetube#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: `docker pull lscr.io/linuxserver/freetube` (lscr.io sends the pull on to ghcr.io) filed days after the repository was created; an anonymous pull of a package GHCR does not serve publicly. INFERENCE: no image had been published yet; the stored thread shows no reply'
  },
  {
    id: 'dev29-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '❯ docker pull ghcr.io/maybe-finance/maybe:latest\nError response from daemon: Head "https://ghcr.io/v2/maybe-finance/maybe/manifests/latest": denied: denied',
    source: 'maybe-finance/maybe#899',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: self-hosting a public image by its compose file; the reporter fixed it himself with `docker logout ghcr.io` ("It is working now"): a stored GHCR login the registry refused broke the public pull. The prompt\'s trailing spaces are trimmed'
  },
  {
    id: 'dev29-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'INFO (SyncWorker_11) [hassio.docker.interface] Pull image registry.gitlab.com/group/subgroup/project-name tag armv7.\nERROR (SyncWorker_11) [hassio.docker.interface] Can\'t install registry.gitlab.com/group/subgroup/project-name:armv7 -> 500 Server Error: Internal Server Error ("Get https://registry.gitlab.com/v2/group/subgroup/project/manifests/armv7: denied: access forbidden").',
    source: 'home-assistant/supervisor#646',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: a private GitLab image in a Hass.io add-on repository; `docker login registry.gitlab.com` on the host shell made a manual pull work but not the add-on store, because the Supervisor pulled through the Docker SDK with no credentials (it had no registry login then; support came later, supervisor#2038). Project names are masked as posted'
  },
  {
    id: 'dev29-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '18-08-13 11:27:55 ERROR (SyncWorker_10) [hassio.docker.interface] Can\'t install registry.gitlab.com/eisler/test/testdocker:armv7 -> 500 Server Error: Internal Server Error ("Get https://registry.gitlab.com/v2/eisler/test/testdocker/manifests/armv7: denied: access forbidden").',
    source: 'home-assistant/supervisor#647',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: the same situation as supervisor#646 (closed as its duplicate): a private GitLab image for an add-on, which the Supervisor pulled with no registry login ("it now only fails due to authentication"). Only the ERROR line of the log is kept'
  },
  {
    id: 'dev29-gitlab-03',
    family: 'gitlab',
    host: 'registry.selfdesign.org',
    text: 'docker pull registry.selfdesign.org/docker/openldap\nUsing default tag: latest\nError response from daemon: Get https://registry.selfdesign.org/v2/docker/openldap/manifests/latest: denied: access forbidden',
    source: 'nfrastack/container-openldap#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the README named the maintainer's own self-hosted registry copy, which anonymous users may not read; the Docker Hub image worked and the maintainer said he would repair the README. 'denied: access forbidden' is GitLab's registry wording (the family is taken from it; the host is a self-hosted instance). A blank line is trimmed"
  },
  {
    id: 'dev29-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling transform-router (quay.io/alfresco/alfresco-transform-router:1.2.0-RC1)...\nERROR: unauthorized: access to the requested resource is not authorized',
    source: 'Alfresco/acs-deployment#316',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the enterprise compose file names quay.io images that only Alfresco customers may pull; the answer: community users should use the acs-community-deployment project, otherwise log in to quay.io first (confirmed by a maintainer)'
  },
  {
    id: 'dev29-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: for php  unauthorized: access to the requested resource is not authorized\nERROR: for nodejs  unauthorized: access to the requested resource is not authorized\nERROR: for nginx  unauthorized: access to the requested resource is not authorized\nERROR: unauthorized: access to the requested resource is not authorized',
    source: 'Sylius/Sylius-Standard#566',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the compose file names quay.io/sylius/* images that are not public; the project runs `docker-compose pull --ignore-pull-failures` and builds them locally (a maintainer-side comment says the error is expected). The text names no host: quay.io is from the thread. The progress lines and blank lines are trimmed'
  },
  {
    id: 'dev29-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: "Service 'web' failed to build: Unauthorized: access to the requested resource is not authorized",
    source: 'Syncano/syncano-platform#51',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the compose file builds FROM quay.io/syncano/syncano-platform, which "is protected"; the fix was to build that image (and quay.io/syncano/codebox) locally with those tags first. The text names no host: quay.io is from the thread'
  },
  {
    id: 'dev29-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "[/core/filter/security.go:471]: failed to authenticate admin_zcm: Failed to authenticate user, due to error 'Invalid credentials'",
    source: 'goharbor/harbor#9429',
    expected: 'invalid-credentials',
    alsoAcceptable: ['login-locked-out'],
    note: "Harbor's core log (server side) behind a `docker login` that failed with 'unauthorized: authentication required' (the title); a commenter traced many logins with a wrong password, after which Harbor also freezes the user for a while, and others wrote \"This helped!!\". The post names no host (placeholder)"
  },
  {
    id: 'dev29-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'docker login  harbor.xxx.com\nUsername: admin\nPassword:\nError response from daemon: Get https://harbor.xxx.com/v2/: x509: certificate signed by unknown authority',
    source: 'goharbor/harbor#14385',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'a self-hosted Harbor with a certificate made after its HTTPS guide; later commenters found the server sent only its own certificate and not the whole chain. The host is masked as posted (placeholder host)'
  },
  {
    id: 'dev29-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: test/image, action: push: unauthorized to access repository: test/image, action: push',
    source: 'goharbor/harbor-helm#1520',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "a push as admin after `docker login` succeeded, to a fresh Harbor on k3s; a maintainer asked whether the project existed and how the admin password had been changed. INFERENCE: no confirmed fix in the stored thread. The post's host harbor.domain.com is a mask (placeholder host)"
  },
  {
    id: 'dev29-harbor-04',
    family: 'harbor',
    host: 'harbor.miotech.com',
    text: 'docker login harbor.miotech.com\nUsername: admin\nPassword:\nError response from daemon: Get https://harbor.miotech.com/v2/: net/http: TLS handshake timeout',
    source: 'goharbor/harbor#8088',
    expected: 'registry-unreachable',
    note: 'a Harbor on AWS whose HTTPS port did not complete a handshake (the same post also logs in to the registry port 5000 directly and gets a 401, left out). The text alone decides'
  },
  {
    id: 'dev29-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Waiting for [instance:mystack_myapp_1]. Instance status: 500 Server Error: Internal Server Error ("Get    https://95629****971.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/latest: no basic auth credentials")',
    source: 'rancher/rancher#4250',
    expected: 'missing-credentials',
    note: 'Rancher 1.0 (Cattle) with Amazon ECR configured as a custom registry sent no credential with the pull; Rancher did not support ECR then (duplicate of rancher#3126, basic-auth stripping in rancher#3634). The account id is masked as posted (placeholder host)'
  },
  {
    id: 'dev29-ecr-02',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error response from daemon: failed to resolve reference "public.ecr.aws/lambda/provided:al2023": unexpected status from HEAD request to https://public.ecr.aws/v2/lambda/provided/manifests/al2023: 403 Forbidden',
    source: 'aws/aws-lambda-base-images#220',
    expected: 'stale-login',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: a public image that a maintainer pulled fine from inside and outside AWS and asked whether the reporter had logged in; ECR Public answers 403 to a pull carrying an expired stored token. INFERENCE: the reporter saw nothing for public.ecr.aws in ~/.docker/config, and the stored thread shows no confirmed fix (a credential store or a network block would also fit)'
  },
  {
    id: 'dev29-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: pull access denied for gcr.io/slo-generator-ci-a2b4/slo-generator, repository does not exist or may require \'docker login\': denied: Permission denied for "2.5.2" from request "/v2/slo-generator-ci-a2b4/slo-generator/manifests/2.5.2"',
    source: 'google/slo-generator#427',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the documented image lives in the project's CI project, which is not readable by outsiders (every tag from 2.2.0 to 2.5.2 failed the same way); the maintainer took it to e-mail. INFERENCE: no confirmed fix in the stored thread. The `pull` command line above it is trimmed"
  },
  {
    id: 'dev29-acr-01',
    family: 'acr',
    host: 'mcr.microsoft.com',
    text: 'Error response from daemon: Get "https://mcr.microsoft.com/v2/": EOF',
    source: 'microsoft/containerregistry#180',
    expected: 'registry-unreachable',
    note: "Microsoft's public registry (served from Azure Container Registry, hence the family) closed the connection for every image while Docker Hub pulls worked; the MCR team deployed a fix and the reporter confirmed. The text alone decides"
  },
  {
    id: 'dev29-generic-01',
    family: 'generic',
    host: 'tccr.io',
    text: 'Failed to pull image "tccr.io/tccr/freeradius:v3.2.0@sha256:e6a9295ae6caf282e957d0e329810e13bbdedc3bec3865e8ab322a0055107623": rpc error: code = Unknown desc = failed to pull and unpack image "tccr.io/tccr/freeradius@sha256:e6a9295ae6caf282e957d0e329810e13bbdedc3bec3865e8ab322a0055107623": failed to resolve reference "tccr.io/tccr/freeradius@sha256:e6a9295ae6caf282e957d0e329810e13bbdedc3bec3865e8ab322a0055107623": unexpected status from HEAD request to https://tccr.io/v2/tccr/freeradius/manifests/sha256:e6a9295ae6caf282e957d0e329810e13bbdedc3bec3865e8ab322a0055107623: 401 UNAUTHORIZED',
    source: 'trueforge-org/truecharts#17528',
    expected: 'registry-unreachable',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a TrueCharts app on TrueNAS SCALE whose chart still named TrueCharts' retired tccr.io mirror (\"shouldn't be using the old mirror, will need to be updated to upstream image\"). The event's timestamp line is trimmed"
  },
  {
    id: 'dev29-generic-02',
    family: 'generic',
    host: 'tccr.io',
    text: 'Error: initializing source docker://tccr.io/truecharts/reg@sha256:ae581387764a23c62c1386389e27358bac5088790904938264cb0bcd4e8c946c: reading manifest sha256:ae581387764a23c62c1386389e27358bac5088790904938264cb0bcd4e8c946c in tccr.io/truecharts/reg: unauthorized: access to the requested resource is not authorized',
    source: 'trueforge-org/truecharts#3427',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a TrueNAS SCALE app whose image the TrueCharts registry did not have under that name ('image is not available'); the maintainers changed the chart (the later comment shows it renamed to dockerregistry). The wording is Quay's, which tccr.io answered with"
  },
  {
    id: 'dev29-generic-03',
    family: 'generic',
    host: 'beta.openregistry.dev',
    text: 'docker push beta.openregistry.dev/grissinb/redis:latest\nThe push refers to repository [beta.openregistry.dev/grissinb/redis]\ne32a54e9cf7b: Preparing\n9cf6f7d59322: Preparing\n1d07bac5c7c7: Preparing\ncf2aefb51919: Preparing\na6b7270e6c20: Preparing\n14a1ca976738: Waiting\nunauthorized: authentication required',
    source: 'containerish/OpenRegistry#71',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'namespace',
    note: 'a push after "Login Succeeded" and a working pull, to a namespace the beta registry did not let this user write (the maintainers explained what the beta allowed). INFERENCE: the stored thread is cut before a confirmed fix. Trailing spaces trimmed'
  },
  {
    id: 'dev29-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: error pulling image "tusc/ntopng-udm:latest": unable to pull tusc/ntopng-udm:latest: 3 errors occurred:\n        * Error initializing source docker://tusc/ntopng-udm:latest: Error reading manifest latest in docker.io/tusc/ntopng-udm: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\n        * Error initializing source docker://quay.io/tusc/ntopng-udm:latest: Error reading manifest latest in quay.io/tusc/ntopng-udm: unauthorized: access to the requested resource is not authorized\n        * Error initializing source docker://registry.fedoraproject.org/tusc/ntopng-udm:latest: Error reading manifest latest in registry.fedoraproject.org/tusc/ntopng-udm: manifest unknown: manifest unknown',
    source: 'tusc/ntopng-udm#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: podman on a UniFi Dream Machine, logged in to docker.io ("Existing credentials are valid"), tried three registries for an image the maintainer had not yet made available ("It\'s been fixed now"). The per-registry "Trying to pull" lines and a blank line are trimmed'
  },
  {
    id: 'dev29-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: Get https://registry-1.docker.io/v2/chatopera/qna-bo ok/manifests/1.0.1: unauthorized: incorrect username or password',
    source: 'l11x0m7/book-of-qna-code#2',
    expected: 'invalid-credentials',
    alsoAcceptable: ['stale-login'],
    note: "the pull of a public image carried a stored Docker Hub login that Hub refused (the reporter had reset his password); the maintainers' answer was to register and `docker login` again. The space inside the repository name is as posted (a wrapped line). INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev29-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for homeassistant-ai/ha-mcp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'homeassistant-ai/ha-mcp#2312',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    note: 'needs the thread: the image is on ghcr.io, but the name without a registry prefix went to Docker Hub, which has no such repository; `docker login` could not help. The maintainer: use ghcr.io/homeassistant-ai/ha-mcp:latest (public, anonymous pull verified)'
  },
  {
    id: 'dev29-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "19-01-25 16:58:35 ERROR (SyncWorker_13) [hassio.docker.interface] Can't install homeassistant/armv7l-homeassistant:landingpage -> 404 Client Error: Not Found (\"pull access denied for homeassistant/armv7l-homeassistant, repository does not exist or may require 'docker login'\").",
    source: 'home-assistant/hassio-build#142',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the Hass.io installer built the image name from the machine's `armv7l` architecture, a name Docker Hub has no repository for (the images are named for the machine type); the thread points to the fix in hassio-build#146. INFERENCE: the stored thread does not show that fix"
  },
  {
    id: 'dev29-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "[Error]   Build failed\nError: (HTTP code 404) unexpected - pull access denied for org/PRIVATE, repository does not exist or may require 'docker login'",
    source: 'balena-io/balena-cli#960',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: `resin build` of a compose project with a private Docker Hub image; the CLI could pass registry credentials only to `push` (--registry-secrets), not to build or deploy, which balena-cli#1116 then extended. Names masked as posted; the stack trace below and a trailing space are trimmed'
  },
  {
    id: 'dev29-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "boredazfcuk/icloudpd:1.0.714@sha256:6a2b18a6e0f14d2307c993aab6fd842816c2906affe74147c2dc7ea47352a00f": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/boredazfcuk/icloudpd@sha256:6a2b18a6e0f14d2307c993aab6fd842816c2906affe74147c2dc7ea47352a00f": failed to resolve reference "docker.io/boredazfcuk/icloudpd@sha256:6a2b18a6e0f14d2307c993aab6fd842816c2906affe74147c2dc7ea47352a00f": failed to do request: Head "https://registry-1.docker.io/v2/boredazfcuk/icloudpd/manifests/sha256:6a2b18a6e0f14d2307c993aab6fd842816c2906affe74147c2dc7ea47352a00f": dial tcp: lookup registry-1.docker.io: no such host',
    source: 'boredazfcuk/docker-icloudpd#493',
    expected: 'registry-unreachable',
    note: "a TrueCharts app on TrueNAS SCALE: the node could not resolve registry-1.docker.io; the reporter read the manifest URL's 'unauthorized' in a browser as the cause, which it is not. The text alone decides. Timestamp lines trimmed"
  },
  {
    id: 'dev29-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for windmill, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'windmill-labs/windmill#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the early compose file named an image the maintainer kept in a private repository ("I use a private docker repository for now"); he then published it to Docker Hub. The compose progress lines above it are trimmed'
  },
  {
    id: 'dev29-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pulling image: calcom/cal.com:latest\nIMAGE ID [1161519652]: Pulling from calcom/cal.com.\nTOTAL DATA PULLED: 0 B\nError: no matching manifest for linux/amd64 in the manifest list entries',
    source: 'ibracorp/unraid-templates#37',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Unraid's Docker manager installing a Community Applications template whose image had no linux/amd64 entry at that tag. Blank lines trimmed. The text alone decides"
  },
  {
    id: 'dev29-not-login-02',
    family: 'not-login',
    host: 'cr.hotio.dev',
    text: 'ERROR: manifest for cr.hotio.dev/hotio/prowlarr:latest not found: manifest unknown: manifest unknown',
    source: 'hotio/prowlarr#2',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "a self-hosted media stack pulling a `latest` tag the image's registry did not have (hotio publishes release and testing tags). The text alone decides"
  },
  {
    id: 'dev29-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/alex3025/ilo-fans-controller:latest\nlatest: Pulling from alex3025/ilo-fans-controller\nmanifest unknown',
    source: 'alex3025/ilo-fans-controller#16',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the tag resolved but a manifest it lists was missing from the registry; the maintainer rebuilt and pushed the images ("now it\'s working"). Nothing about a login'
  },
  {
    id: 'dev29-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: manifest for lmscommunity/logitechmediaserver:latest not found: manifest unknown',
    source: 'LMS-Community/lms-plugin-repository#12',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the image has no `latest` tag; the reporter used `:stable` as the maintainer pointed to. The text alone decides'
  }
]

/**
 * The hundred-and-tenth development set ("dev110": Docker Hub (docker.io, registry-1.docker.io)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-tenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV110: readonly RealText[] = [
  {
    id: 'dev110-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: INSTALLATION FAILED: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/bitnamicharts/drupal/manifests/sha256:9538e0c4fd55aa75d75f6846bc99b1ecddad3a4ffbb7cbf8d0fc8578a5c2b02f: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'docker/docs#21908',
    expected: 'rate-limited'
  },
  {
    id: 'dev110-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Run docker compose -f docker-compose.yaml pull --quiet\n unifi Pulling \n mongo Pulling \ntoomanyrequests: retry-after: 985.86µs, allowed: 44000/minute\nError: Process completed with exit code 1.',
    source: 'alexklibisz/terraform-provider-terrifi#50',
    expected: 'rate-limited',
    note: "The text names no host: registry-1.docker.io is a placeholder (the compose file pulls Docker Hub images such as mongo). A per-minute request limit (Docker Hub's abuse limit), not the six-hour pull limit; still a 429 toomanyrequests."
  },
  {
    id: 'dev110-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull singularity image\n  command: singularity pull  --name ubuntu-18.04.img.pulling.1626155307848 docker://ubuntu:18.04 > /dev/null\n  status : 255\n  message:\n    FATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://ubuntu:18.04: Error reading manifest 18.04 in docker.io/library/ubuntu: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'Golob-Minot/geneshot#79',
    expected: 'rate-limited',
    note: 'Nextflow\'s "Error executing process" and "Caused by:" lines above the text are trimmed.'
  },
  {
    id: 'dev110-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "/usr/local/bin/docker-credential-rancher-desktop: source: line 5: can't open '/etc/rancher/desktop/credfwd': No such file or directory\nFATA[0028] error saving credentials: error storing credentials - err: exit status 2, out:",
    source: 'rancher-sandbox/rancher-desktop#2744',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "nerdctl login (to Docker Hub, the default) inside the rancher-desktop WSL distribution, as the post's Result block gives it; the Markdown fence the post ran into after `out:` is left out. The text names no host: docker.io is a placeholder. The credential helper's own script failed; no fix is stored, the label rests on the text."
  },
  {
    id: 'dev110-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: ' langgraph-postgres Pulling \n langgraph-redis Pulling \nerror getting credentials - err: exec: "docker-credential-osxkeychain": executable file not found in $PATH, out: ``',
    source: 'langchain-ai/langgraph-studio#227',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'The text names no host (compose pulls of Docker Hub images): docker.io is a placeholder. Rancher Desktop without its credential helper on PATH; a symlink of docker-credential-osxkeychain into /usr/local/bin fixed it.'
  },
  {
    id: 'dev110-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error saving credentials: error storing credentials - err: signal: segmentation fault, out: ``',
    source: 'rancher-sandbox/rancher-desktop#1607',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'Plain `docker login` (Docker Hub) on Rancher Desktop, Apple M1: docker.io is a placeholder, the text names no host. The credential helper crashed after the registry accepted the login.'
  },
  {
    id: 'dev110-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: '>nerdctl login\nEnter Username: my-dockerhub-id\nEnter Password:\nFATA[0021] error saving credentials: error storing credentials - err: exit status 22, out: `Error: spawn docker-credential-desktop ENOENT`',
    source: 'rancher-sandbox/rancher-desktop#4178',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'nerdctl login to Docker Hub (the default): docker.io is a placeholder. The docker config named credsStore "desktop", whose helper is not installed with Rancher Desktop.'
  },
  {
    id: 'dev110-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'MacBook-Pro-3:imageU1 david$ docker push ubuntu:latest\nThe push refers to a repository [docker.io/library/ubuntu]\n9a39129ae0ac: Preparing\n98305c1a8f5e: Preparing\n0185b3091e8e: Preparing\nea9f151abb7e: Preparing\nunauthorized: authentication required',
    source: 'docker/for-mac#101',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: "A push to docker.io/library/ubuntu, the official images' namespace, which no user may write; the maintainer: re-tag it as <your_username>/ubuntu."
  },
  {
    id: 'dev110-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Created manifest list docker.io/eshop/basket.api:dev\nCreated manifest list docker.io/eshop/basket.api:latest\nfailed to put manifest docker.io/eshop/basket.api:dev: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required\n\nfailed to put manifest docker.io/eshop/basket.api:latest: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'dotnet-architecture/eShopOnContainers#1513',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the pipeline logs in to Azure Container Registry (a service connection), but the multi-arch manifest step pushes to docker.io/eshop; the maintainer points at the registry name in multiarch.yml. INFERENCE: the stored thread shows no confirmed fix. insufficient-scope (namespace eshop is not the user's) is also defensible from the text alone."
  },
  {
    id: 'dev110-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '(HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/library/mysql/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#3062',
    expected: 'email-as-username',
    alsoAcceptable: ['invalid-credentials', 'stale-login'],
    note: 'needs the thread: Kitematic had signed in with the email address; the maintainer said to sign in with the Docker ID and the reporter confirmed it fixed it. The text alone shows only a stored login refused on a pull of a public image (stale-login or invalid-credentials).'
  },
  {
    id: 'dev110-docker-hub-11',
    family: 'docker-hub',
    host: 'registry.hub.docker.com',
    text: 'login attempt to https://registry.hub.docker.com/v2/ failed with status: 401 Unauthorized',
    source: 'docker/hub-feedback#1694',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'invalid-credentials'],
    note: 'needs the thread: intermittent, at two times on one day; the same login worked before, between and after, and the issue was closed as a duplicate of #1693 (read as a Docker Hub fault, not the credential). INFERENCE: no confirmed cause is stored. From the text alone, invalid-credentials.'
  },
  {
    id: 'dev110-docker-hub-12',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Step 1 : FROM ubuntu:12.04\nGet https://registry-1.docker.io/v2/library/ubuntu/manifests/12.04: unauthorized: incorrect username or password',
    source: 'docker/hub-feedback#711',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: anonymous builds of a public base image; the reporter found that another subsystem, logging in to a private registry, also wrote Docker Hub login details into ~/.docker/config.json, and those wrong credentials were sent with the pull. The post's code-block indentation is removed."
  },
  {
    id: 'dev110-docker-hub-13',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '0.39s$ docker login -u $DOCKER_USER -p $DOCKER_PASS\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password\nThe push refers to a repository [docker.io/wrouesnel/postgres_exporter]\n70a102b25064: Preparing\ndenied: requested access to the resource is denied',
    source: 'prometheus-community/postgres_exporter#282',
    expected: 'invalid-credentials',
    note: 'Travis CI; the after_success step labels and the tag/push command lines between the login and the push are trimmed. The reporter asked for the Docker credentials in Travis to be updated; the maintainer did so.'
  },
  {
    id: 'dev110-docker-hub-14',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: Must provide --username with --password-stdin',
    source: 'docker/login-action#17',
    expected: 'missing-credentials',
    case: 'username',
    note: 'docker/login-action to Docker Hub (no registry input): docker.io is a placeholder. The workflow read secrets.DOCKERHUB_USERNAME while the secret was named DOCKERHUB_USER, so the username was empty.'
  },
  {
    id: 'dev110-docker-hub-15',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Run echo "$DOCKER_PASSWORD" | docker login -u "$DOCKER_USERNAME" --password-stdin\n  echo "$DOCKER_PASSWORD" | docker login -u "$DOCKER_USERNAME" --password-stdin\n  docker push weygu/chatroom-syncer:latest\n  shell: /usr/bin/bash -e {0}\n  env:\n    DOCKER_USERNAME: \n    DOCKER_PASSWORD: \nMust provide --username with --password-stdin\nError: Process completed with exit code 1.',
    source: 'wey-gu/chatroom-syncer#15',
    expected: 'missing-credentials',
    note: 'A GitHub Actions run step; both secrets expanded empty. The text names no host: docker.io is a placeholder (the push goes to Docker Hub).'
  },
  {
    id: 'dev110-docker-hub-16',
    family: 'docker-hub',
    host: 'hub.docker.com',
    text: '(node:1) UnhandledPromiseRejectionWarning: Error: {"detail":"access to the resource is forbidden with personal access token"}\n    at Object.<anonymous> (/app/node_modules/docker-hub-api/src/api.js:1428:47)',
    source: 'RyanTheAllmighty/Docker-Hub-API#28',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['insufficient-scope'],
    note: "A README push through Docker Hub's web API (hub.docker.com, not the registry), which then took no personal access token, only the account password. The rest of the Node stack trace is trimmed."
  },
  {
    id: 'dev110-docker-hub-17',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '401 unauthorized after applying token as well for https://registry-1.docker.io/v2/_catalog',
    source: 'docker/hub-feedback#1614',
    expected: 'insufficient-scope',
    case: 'list-denied',
    note: "The issue's title. A token that passes /v2/ is refused the catalog listing (and a tags list); Docker Hub gives no catalog to a user token."
  },
  {
    id: 'dev110-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Normal   Pulling    8m50s (x4 over 10m)  kubelet            Pulling image "docker/whalesay"\nWarning  Failed     8m48s (x4 over 10m)  kubelet            Failed to pull image "docker/whalesay": [DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the author of docker.io/docker/whalesay:latest to upgrade the image to the OCI Format or Docker Image manifest v2, schema 2. More information at https://docs.docker.com/go/deprecated-image-specs/',
    source: 'gitopsbook/resources#36',
    expected: 'not-a-login-failure',
    note: "The image's format (schema 1) is no longer pulled by the runtime; nothing about credentials. The event table's header and other rows are trimmed."
  },
  {
    id: 'dev110-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: image with reference opencoze/opencoze:latest was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64/v8',
    source: 'coze-dev/coze-studio#415',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'The text names no host: docker.io is a placeholder (the image is on Docker Hub).'
  },
  {
    id: 'dev110-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: '#10 3.385 Err:1 https://packages.cloudfoundry.org/debian stable/main amd64 cf7-cli amd64 7.7.15\n#10 3.386   401  Unauthorized [IP: 185.199.110.133 443]\n#10 3.396 E: Failed to fetch https://objects.githubusercontent.com/github-production-release-asset-2e65be/12223350/3c53f8f3-e2ab-4465-9caa-a36b0ba366e7?…',
    source: 'citizen-of-planet-earth/cf-cli-action#8',
    expected: 'not-a-login-failure',
    note: 'A Dockerfile RUN apt-get install refused 401 by a package download host, not a registry. The signed query string of the download URL (an S3 signature) and the rest of the log are cut at "?…". No registry host in the text: docker.io is a placeholder.'
  },
  {
    id: 'dev110-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: '$ docker pull ymqytw/nginxhttps:1.5\nError response from daemon: missing signature key',
    source: 'kata-containers/kata-containers#10517',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the pull request explains the image was modified on Docker Hub and its schema 1 (signed) manifest can no longer be pulled; the test was removed. Nothing about credentials. The text names no host: docker.io is a placeholder.'
  },
  {
    id: 'dev110-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'root@fernandotest:/# docker pull fermenreq/docker-whale\nUsing default tag: latest\nError response from daemon: manifest for fermenreq/docker-whale:latest not found',
    source: 'distribution/distribution-library-image#40',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    alsoAcceptable: ['repository-not-found'],
    note: "No latest tag in the repository; a commenter says to pull a tag that exists. INFERENCE: the reporter never confirmed. The post's Markdown bold markers are removed. The text names no host: docker.io is a placeholder."
  },
  {
    id: 'dev110-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "ERROR: pull access denied for onzu/cloudflare-ddns, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'oznu/docker-cloudflare-ddns#65',
    expected: 'repository-not-found',
    note: 'needs the thread: a typo (onzu for oznu) in the compose file; the reporter had logged in, which did not help, and the right name fixed it. The text names no host: docker.io is a placeholder.'
  },
  {
    id: 'dev110-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error response from daemon: repository finalduty/docker not found: does not exist or no pull access',
    source: 'finalduty/docker-archlinux#4',
    expected: 'repository-not-found',
    note: 'The image had been renamed (finalduty/archlinux); the pull request corrects the name. The text names no host: docker.io is a placeholder.'
  },
  {
    id: 'dev110-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: '(HTTP code 500) server error - error creating temporary lease: write /var/lib/desktop-containerd/daemon/io.containerd.metadata.v1.bolt/meta.db: input/output error',
    source: 'jeroenjanssens/data-science-at-the-command-line#153',
    expected: 'not-a-login-failure',
    note: "needs the thread: a pull from Docker Desktop's client; the reporter found the disk full, and the pull worked once space was freed. The 500 is the local daemon's, not the registry's. The text names no host: docker.io is a placeholder (the image is on Docker Hub)."
  },
  {
    id: 'dev110-not-login-09',
    family: 'not-login',
    host: 'ghcr.io',
    text: "#14 exporting to GitHub Actions Cache\n#14 preparing build cache for export\n#14 preparing build cache for export 0.3s done\n#14 ERROR: failed to parse error response 400: <h2>Our services aren't available right now</h2>",
    source: 'docker/build-push-action#1485',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: 'The cache export to the GitHub Actions cache (type=gha) failed, not the push. The rest of the error page after its first heading is trimmed. No host in the text: ghcr.io is the push target of the posted workflow.'
  },
  {
    id: 'dev110-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: '#88 exporting to GitHub Actions Cache\n#88 preparing build cache for export\n#88 preparing build cache for export 99.0s done\n#88 ERROR: Signing certificate with thumbprint 943DC3545AEC524FF3E4C1FC45CE22256D24C501 not found in store /etc/certificates. See https://aka.ms/actionsDbBackups for possible mitigation.',
    source: 'docker/build-push-action#1100',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "The Actions cache service's own failure after the repository was renamed and recreated; the word certificate is not a registry's TLS. The thumbprint is a public certificate fingerprint, not a secret. No registry host in the text: docker.io is a placeholder."
  }
]

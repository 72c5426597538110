/**
 * The hundred-and-twenty-second development set ("dev122": Docker Hub (docker.io, registry-1.docker.io)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-twenty-second development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV122: readonly RealText[] = [
  {
    id: 'dev122-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'ImagePull: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/debian:latest": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/debian/manifests/sha256:63d62ae233b588d6b426b7b072d79d1306bfd02a72bff1fc045b8511cc89ee09: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'linz/topo-workflows#129',
    expected: 'rate-limited'
  },
  {
    id: 'dev122-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'error parsing HTTP 429 response body: invalid character \'T\' looking for beginning of value: "Too Many Requests (HAP429).\\n"',
    source: 'docker/hub-feedback#1907',
    expected: 'rate-limited',
    note: 'Docker Hub\'s abuse limit (HAP429) answered a Bitbucket Pipelines job; a re-run mostly worked. The "\\n" is the two characters as posted, not a line break. The text names no host: placeholder of the family.'
  },
  {
    id: 'dev122-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'check: ERROR failed get image digest: UNAUTHORIZED: "authentication required"\nin: ERRO[0004] failed to extract image: UNAUTHORIZED: "authentication required"',
    source: 'concourse/registry-image-resource#9',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: the pull request says the resource sent no credentials in `check` and `in`, so a private Docker Hub repository answered 401; the fix makes it send them. Copied from the pull request description; the Markdown backticks around each error were dropped. The text names no host: placeholder of the family.'
  },
  {
    id: 'dev122-docker-hub-04',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'WARNING: fetching from https://index.docker.io/v2/python/manifests/3.11.4-slim-bullseye without an integrity hash. The result will not be cached.\nWARNING: Could not fetch the manifest. Either there was an authentication issue or trying to pull an image with OCI image media types.\nFalling back to using `curl`. See https://github.com/bazelbuild/bazel/issues/17829 for the context.',
    source: 'bazel-contrib/rules_oci#301',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: 'needs the thread: the rules_docker pull it replaced named `repository = "python"`, which rules_docker completes to library/python; oci_pull asks for `index.docker.io/python`, a repository Docker Hub does not have, and Docker Hub answers an anonymous request for it 401. INFERENCE: the stored excerpt shows no confirmed fix.'
  },
  {
    id: 'dev122-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'error getting credentials - err: exit status 1, out: `exit status 2: gpg: public key decryption failed: No such file or directory\ngpg: decryption failed: No such file or directory`',
    source: 'docker/compose#12773',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "docker-credential-pass is the configured helper (the post says so); the compose progress lines before the error are trimmed. The text names no host; the login before it is Docker Hub's (its PAT hint), so host is a placeholder of the family."
  },
  {
    id: 'dev122-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: rpc error: code = Unknown desc = error getting credentials - err: exit status 1, out: `error getting credentials - err: exit status 1, out: `exit status 2: gpg: decryption failed: No secret key```',
    source: 'docker/docker-credential-helpers#254',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Docker Desktop on Ubuntu: its credential store (pass underneath) could not decrypt the stored login when a build pulled its base image. The text names no host: placeholder of the family (Docker Desktop's Docker Hub login)."
  },
  {
    id: 'dev122-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error response from daemon: Head "https://registry-1.docker.io/v2/basecamp/kamal-proxy/manifests/v0.8.1": unauthorized: incorrect username or password',
    source: 'basecamp/kamal#1090',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the app's registry is ghcr.io and its login works; only the pull of the public basecamp/kamal-proxy image from Docker Hub fails, so the servers sent an outdated Docker Hub login of their own. INFERENCE: the stored thread shows no confirmed fix (the reporter only says switching the registry back to Docker Hub worked)."
  },
  {
    id: 'dev122-docker-hub-08',
    family: 'docker-hub',
    host: 'auth.docker.io',
    text: 'Warning  Failed     24s (x2 over 38s)  kubelet            \nFailed to pull image "error: code = Unknown desc = failed to pull and unpack image \n failed to resolve reference ": \nfailed to authorize: failed to fetch oauth token: unexpected status: 429 Too Many Requests',
    source: 'docker/hub-feedback#2204',
    expected: 'rate-limited',
    alsoAcceptable: ['login-locked-out'],
    note: "Kubelet pulls from Docker Hub with a login; the token request answered 429. Docker support told the reporter it looked like failed logins (the lock-out limit), which the reporter disputed (intermittent, same credentials); they moved to another registry. The reporter's Markdown bold around the last line was dropped; the line breaks and the mangled image reference are as posted. The text names no host: auth.docker.io is where the oauth token request goes."
  },
  {
    id: 'dev122-docker-hub-09',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Unable to find image 'node:18-slim' locally\ndocker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.\nSee 'docker run --help'.",
    source: 'open-spaced-repetition/fsrs-rs-nodejs#10',
    expected: 'rate-limited',
    note: 'The text names no host (node:18-slim is a Docker Hub official image): placeholder of the family.'
  },
  {
    id: 'dev122-docker-hub-10',
    family: 'docker-hub',
    host: 'hub.docker.com',
    text: 'curl -s -H "Content-Type: application/json" -X POST -d \'{"username": "<USERNAME>", "password": "<ACCESS_TOKEN>"}\' https://hub.docker.com/v2/users/login/\n{"detail": "Incorrect authentication credentials"}',
    source: 'docker/hub-feedback#2227',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials', 'unknown'],
    note: "needs the thread: the same personal access token logs `docker login` in, and the account password works on this endpoint; Docker Hub's web API login stopped taking the token that day (as in an earlier report the post links). INFERENCE: the stored thread shows no statement from Docker. The Markdown backticks around each line were dropped; the placeholders are the reporter's."
  },
  {
    id: 'dev122-docker-hub-11',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Sending build context to Docker daemon  5.877MB\nStep 1/9 : FROM jupyter/scipy-notebook\nGet https://registry-1.docker.io/v2/jupyter/scipy-notebook/manifests/latest: unauthorized: incorrect username or password',
    source: 'the-deep-learners/TensorFlow-LiveLessons#21',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a public base image pulled with `sudo docker build`, so the Docker Hub login stored for root was sent and refused; the maintainer asks about sudo. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev122-docker-hub-12',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: 'WARNING: Pushing 0.1.0 to index.docker.io\npublishing policy 0.1.0\nERROR: ✗ upload artifact to latest: PUT "https://index.docker.io/v2/olblak/updatecli-docusaurus/manifests/0.1.0": response status code 401: unauthorized: authentication required: [map[Action:pull Class: Name:olblak/updatecli-docusaurus Type:repository] map[Action:push Class: Name:olblak/updatecli-docusaurus Type:repository]]',
    source: 'updatecli/updatecli#2332',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: 'The push to the reporter\'s own namespace answered "authentication required": no credential went with it (the tool did not use the docker login the reporter had). INFERENCE: the stored thread is cut before the fix. The banner lines before WARNING are trimmed.'
  },
  {
    id: 'dev122-docker-hub-13',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: "Successfully built 41371458293e\nSuccessfully tagged {organization}/{image}:latest\nPushing index.docker.io/{organization}/{image}:latest...\nPush failed. Attempt 2 in 60 seconds.\nPush failed. Attempt 3 in 60 seconds.\nPush failed. Attempt 4 in 60 seconds.\nPush failed. Attempt 5 in 60 seconds.\n{u'message': u'denied: requested access to the resource is denied'}",
    source: 'docker/hub-feedback#1975',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: "Docker Hub autobuilds pushing to an organization; the reporter, an organization admin, got the same denial pushing locally. INFERENCE: the stored thread shows only Docker's questions (password or token, personal namespace), no cause; it may have been on Docker Hub's side. The `{organization}/{image}` masks are the reporter's; the leading \"....\" line is trimmed."
  },
  {
    id: 'dev122-not-login-01',
    family: 'not-login',
    host: 'registry.gha-prod.svc.cluster.local:5000',
    text: 'Failed to pull image "registry.gha-prod.svc.cluster.local:5000/solana-contract:tilt-d0187147de2228a4": pull QPS exceeded',
    source: 'tilt-dev/tilt#5893',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['rate-limited'],
    note: "The kubelet's own pull throttle (registryPullQPS), not a registry's answer nor a credential: Kubernetes retries it."
  },
  {
    id: 'dev122-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Using default tag: latest\nTrying to pull repository docker.io/library/mysql ...\nTrying to pull repository docker.io/library/mysql ...\nmissing signature key',
    source: 'docker-library/mysql#1001',
    expected: 'not-a-login-failure',
    note: "An old distribution docker (RHEL's 1.13) refusing the image's manifest; an older tag pulled fine. The shell prompt lines (with a masked host name) are trimmed."
  },
  {
    id: 'dev122-not-login-03',
    family: 'not-login',
    host: 'ppa.launchpad.net',
    text: 'Failed to fetch http://ppa.launchpad.net/rwky/redis/ubuntu/dists/trusty/main/binary-amd64/Packages 403 Forbidden',
    source: 'moby/moby#35760',
    expected: 'not-a-login-failure',
    note: "The issue's title: an apt-get update inside a docker build refused by the package archive, not a registry. host is the archive the text names."
  },
  {
    id: 'dev122-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "# docker pull xirixiz/dsmr-reader-docker\nUsing default tag: latest\nlatest: Pulling from xirixiz/dsmr-reader-docker\nmediaType in manifest should be 'application/vnd.docker.distribution.manifest.v2+json' not 'application/vnd.oci.image.manifest.v1+json'",
    source: 'xirixiz/dsmr-reader-docker#339',
    expected: 'not-a-login-failure',
    note: 'Docker 19.03.3 cannot read an OCI manifest; the Markdown escape before "#" was dropped.'
  },
  {
    id: 'dev122-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Pull image: linuxkit/compose-dynamic-example:de453299b70435f19372dc0b983d018a9501bc72\nFATA[0148] Failed to extract root filesystem for linuxkit/compose-dynamic-example:de453299b70435f19372dc0b983d018a9501bc72: Could not pull image linuxkit/compose-dynamic-example:de453299b70435f19372dc0b983d018a9501bc72: Trusted pull for linuxkit/compose-dynamic-example:de453299b70435f19372dc0b983d018a9501bc72 failed: you are not authorized to perform this operation: server returned 401.\nmake: *** [dynamic] Error 1',
    source: 'moby/tool#64',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a maintainer found the repository does not exist on Docker Hub or its Notary server, which answers 401 for a repository that might be private. The text names no host: Docker Hub placeholder.'
  },
  {
    id: 'dev122-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "docker: you are not authorized to perform this operation: server returned 401.\nSee 'docker run --help'.",
    source: 'moby/moby#37410',
    expected: 'not-a-login-failure',
    note: 'needs the thread: `DOCKER_CONTENT_TRUST=1` was set, and `docker run` of a locally built image asked the Notary server for trust data; no registry login is involved. The text names no host: Docker Hub placeholder.'
  },
  {
    id: 'dev122-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'Sending build context to Docker daemon  181.5MB\nStep 1/8 : FROM python:3.7-slim-stretch\n3.7-slim-stretch: Pulling from library/python\nno matching manifest for windows/amd64 10.0.17134 in the manifest list entries',
    source: 'docker/for-win#6128',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'Docker Desktop in Windows containers mode pulling a Linux-only image; switching to Linux containers fixed it.'
  },
  {
    id: 'dev122-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'failed to register layer: Error processing tar file(exit status 1): open /bin/[: permission denied',
    source: 'moby/moby#46817',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'The daemon could not write a layer\'s file on the host; the image name was masked ("xxx") in the post, so host is a Docker Hub placeholder.'
  },
  {
    id: 'dev122-not-login-09',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
    source: 'misskey-dev/misskey#9744',
    expected: 'not-a-login-failure',
    case: 'actions-cache',
    note: "The publish workflow's cache export needs a buildx builder of another driver; the pull request adds setup-buildx. host: the workflow publishes to Docker Hub (the text names none)."
  },
  {
    id: 'dev122-not-login-10',
    family: 'not-login',
    host: 'docker.io',
    text: "Building teamcity\nStep 1/6 : FROM teamcity_oraclejdk-8\nERROR: Service 'teamcity' failed to build: pull access denied for teamcity_oraclejdk-8, repository does not exist or may\n require 'docker login': denied: requested access to the resource is denied",
    source: 'pixelistik/rpi-teamcity#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'The base image is one the project builds locally first; no such repository exists on Docker Hub, so the pull is refused. The hard wrap is as posted. INFERENCE: the stored thread shows no fix.'
  }
]

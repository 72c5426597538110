/**
 * The late set, part A (GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE_A: readonly RealText[] = [
  {
    id: 'late-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '🔑 Logging into ghcr.io...\nError: Error response from daemon: Get https://ghcr.io/v2/: denied: denied',
    source: 'docker/login-action#26',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'A PAT (CR_PAT secret) refused at login with denied: denied; the maintainer could not reproduce. INFERENCE: the stored thread shows no confirmed cause.'
  },
  {
    id: 'late-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/banzaicloud/vault-env:1.15.0": rpc error: code = Unknown desc = failed to pull and unpack image "ghcr.io/banzaicloud/vault-env:1.15.0": failed to copy: httpReaderSeeker: failed open: unexpected status code https://ghcr.io/v2/banzaicloud/vault-env/blobs/sha256:766c52bc20840538b2aa166e6f4ab30906ccb620ef58d7f49394eec61fbfe144: 401 Unauthorized - Server message: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'bank-vaults/bank-vaults#1640',
    expected: 'registry-unreachable',
    alsoAcceptable: ['invalid-credentials', 'stale-login', 'unknown'],
    note: "needs the thread: a public image pulled by the kubelet; others hit the same refusal the same day and it could not be reproduced hours later, so a fault on GHCR's side rather than the credential. INFERENCE: no cause is confirmed in the thread."
  },
  {
    id: 'late-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/theartofficial/artofficialstudio:latest' locally\ndocker: Error response from daemon: denied",
    source: 'TheArtOfficial/ArtOfficialStudio-Documentation#7',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'invalid-credentials'],
    case: 'read-denied',
    note: 'needs the thread: the reporter had logged in to ghcr.io with a token (Login Succeeded) and was still denied, so the identity may not read the package. The docker run command line before these lines is trimmed. INFERENCE: the stored thread shows no fix.'
  },
  {
    id: 'late-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: denied: permission_denied: write_package',
    source: 'juyterman1000/entroly#164',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "Quoted in a pull request's description; the merged fix gives the workflow packages: write for GITHUB_TOKEN."
  },
  {
    id: 'late-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'level=error msg="doPull failed for \\"ghcr.io/xxx/xxx:latest\\": auth attempt failed. Status: 401"',
    source: 'aceeric/ociregistry#17',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a pull-through registry configured with a classic token (read:packages) that works with docker login; the maintainer suspected the token in the tool's configuration was cut short, and the reporter made the image public instead. The image name is masked as posted. INFERENCE."
  },
  {
    id: 'late-ghcr-06',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: login attempt to https://docker.pkg.github.com/v2/ failed with status: 401 Unauthorized',
    source: 'actions/starter-workflows#66',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: a 2019 login with the Actions GITHUB_TOKEN to the old GitHub Packages registry, refused with every username tried; at the time that registry did not take GITHUB_TOKEN (a PAT was needed). INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'late-ghcr-07',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Step 1/8 : FROM docker.pkg.github.com/r-hub/r-minimal/r-minimal:4.0.3-patched as builder\nHead https://docker.pkg.github.com/v2/r-hub/r-minimal/r-minimal/manifests/4.0.3-patched: no basic auth credentials\nERROR',
    source: 'r-hub/r-minimal#29',
    expected: 'missing-credentials',
    case: 'anonymous-pull',
    note: "The old docker.pkg.github.com asked for a login even for public packages; the maintainer's answer is to docker login with GitHub credentials. The Sending build context line before is trimmed."
  },
  {
    id: 'late-ghcr-08',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Pulling database (docker.pkg.github.com/open-discourse/open-discourse/database:latest)...\nERROR: Head https://docker.pkg.github.com/v2/open-discourse/open-discourse/database/manifests/latest: no basic auth credentials',
    source: 'open-discourse/open-discourse#50',
    expected: 'missing-credentials',
    case: 'anonymous-pull',
    note: 'docker-compose pull from the old registry with no login; the maintainer explains that it does not allow pulls of public images without logging in.'
  },
  {
    id: 'late-ghcr-09',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'error: failed to solve: unexpected status: 401 Unauthorized',
    source: 'docker/buildx#780',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown', 'invalid-credentials'],
    note: "needs the thread: docker buildx build --push to docker.pkg.github.com after a successful docker login; docker push with the same login works and buildx logs no [auth] step for that host, so no credential was sent. Quoted in the issue's description. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'late-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/motoridersd/pixbyt/manifests/main": unauthorized\nError: Process completed with exit code 18.',
    source: 'DouweM/pixbyt#14',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: an Actions job pulling the reporter's own image with no login for ghcr.io (a private or not yet pushed package). The reporter abandoned it: INFERENCE."
  },
  {
    id: 'late-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'The push refers to repository [ghcr.io//my-repo]\ndenied: denied\n##[error]denied: denied',
    source: 'microsoft/azure-pipelines-tasks#20625',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "Azure Pipelines Docker@v2 push with a Docker Registry service connection; timestamps, the layers' Preparing/Waiting lines and debug lines are trimmed; the namespace was removed by the reporter (kept as posted). GHCR answers denied: denied to a credential it does not accept. INFERENCE: the issue went stale without a fix."
  },
  {
    id: 'late-ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'buildx failed with: error: failed to solve: unexpected status: 403 Forbidden',
    source: 'docker/build-push-action#463',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-unreachable'],
    case: 'package-access',
    note: "needs the thread: reported as random 403s on pushes; what worked (reporter and others) was adding the repository with write access in each package's settings and inheriting access from the source repository."
  },
  {
    id: 'late-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'DENIED: requested access to the resource is denied',
    source: 'charmbracelet/catwalk#518',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a crane copy reading a private ghcr.io package with no ghcr credentials on the runner; fixed with packages: read and crane auth login ghcr.io with GITHUB_TOKEN. Quoted in a pull request's description."
  },
  {
    id: 'late-ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'atlantis-with-terragrunt.docker.atlantis (docker-push): unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'hashicorp/packer#12428',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "Packer's docker-push from a GitHub Codespace; docker push with the same docker login works, so the credential Packer sent is in doubt. Closed as not a Packer issue. INFERENCE: no confirmed cause."
  },
  {
    id: 'late-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker: Error response from daemon: Head "https://ghcr.io/v2/tpm2-software/fedora-30/manifests/latest": unauthorized.',
    source: 'tpm2-software/tpm2-pkcs11#807',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: quoted in a pull request that adds a GITHUB_TOKEN login before the pull; the maintainer answered that no secret is needed for it (the package being public). INFERENCE.'
  },
  {
    id: 'late-ghcr-16',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '[platform@dgm010af8 ~]$ docker pull ghcr.io/valet-customers/valet-cli:latest\nError response from daemon: denied',
    source: 'github/gh-valet#66',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: the image is private to the tool's customers; the maintainers pointed to docker login ghcr.io with a PAT and the reporter did not answer. INFERENCE."
  },
  {
    id: 'late-ghcr-17',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "#24 ERROR: server message: insufficient_scope: authorization failed\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed\n##[error]The process '/usr/bin/docker' failed with exit code 1",
    source: 'docker/build-push-action#105',
    expected: 'insufficient-scope',
    note: 'A 2020 push to GHCR after a successful login with a PAT holding write:packages; the maintainer turned to the tags the action generated (the stored thread stops there), so the target rather than the token is suspect. INFERENCE.'
  }
]

/**
 * The hundred-and-seventeenth development set ("dev117": GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-seventeenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV117: readonly RealText[] = [
  {
    id: 'dev117-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '==> Downloading https://ghcr.io/v2/homebrew/core/terramate/blobs/sha256:b0d38fc4e5e187eeecdb09c6e6c4e1cadb24f03d079bc261c3df4e395cf78715\ncurl: (22) The requested URL returned error: 401 \nError: terramate: Failed to download resource "terramate"\nDownload failed: https://ghcr.io/v2/homebrew/core/terramate/blobs/sha256:b0d38fc4e5e187eeecdb09c6e6c4e1cadb24f03d079bc261c3df4e395cf78715',
    source: 'Homebrew/brew#13461',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a 401 to Homebrew\'s anonymous download of public bottles, reported by many users the same day (2022-06-22, Homebrew/brew#13460 "GitHub Packages HTTP 401 errors" and Homebrew/homebrew-core#104190 alongside): a GitHub Packages fault, not a credential of the user; nothing to log in to. INFERENCE: the stored thread shows no statement of the fix. Trimmed to one formula\'s lines of a longer `brew upgrade` log.'
  },
  {
    id: 'dev117-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '❯ docker run -i --rm ghcr.io/michaelmior/jsonoid-discovery:latest\nUnable to find image \'ghcr.io/michaelmior/jsonoid-discovery:latest\' locally\ndocker: Error response from daemon: Head "https://ghcr.io/v2/michaelmior/jsonoid-discovery/manifests/latest": unauthorized.\nSee \'docker run --help\'.\n❯ docker pull ghcr.io/michaelmior/jsonoid-discovery:latest\nError response from daemon: Head "https://ghcr.io/v2/michaelmior/jsonoid-discovery/manifests/latest": unauthorized',
    source: 'dataunitylab/jsonoid-discovery#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'An anonymous pull of the README\'s image answered "unauthorized": GHCR\'s answer for a private package (the convention: repository-not-found, missing-credentials also defensible). INFERENCE: the maintainer closed the issue two weeks later without saying what changed (presumably made the package public).'
  },
  {
    id: 'dev117-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#16 pushing layers 0.8s done\n#16 ERROR: failed to push ghcr.io/cloudfoundry/stratos:5.0.0: denied: permission_denied: write_package',
    source: 'cloudfoundry/stratos#5763',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'The login step succeeded; the push was refused write_package. Case from the thread: the only tag under that package name was pushed by an earlier process that predates the workflows, so the package does not grant this workflow write access. INFERENCE for the case: the stored thread does not show the fix.'
  },
  {
    id: 'dev117-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '[2025-01-16T16:47:00.254Z] https://ghcr.io/v2/devcontainers-extra/features/homebrew-package/blobs/uploads/: Unexpected status code \'403\' \n{\n    "errors": [\n        {\n            "code": "DENIED",\n            "message": "permission_denied: write_package"\n        }\n    ]\n}\n[2025-01-16T16:47:00.254Z] Failed to get upload session ID\n[2025-01-16T16:47:00.254Z] (!) ERR: Failed to publish feature: \'ghcr.io/devcontainers-extra/features/homebrew-package\'\n[2025-01-16T16:47:00.254Z] (!) ERR: Failed to publish \'ghcr.io/devcontainers-extra/features/homebrew-package\'',
    source: 'devcontainers-extra/features#98',
    expected: 'insufficient-scope',
    note: "devcontainer CLI `features publish` in a release job: the blob upload was refused write_package, a credential that may not write this package. INFERENCE: the stored thread breaks off (the reporter suspects a linked cause) before any fix, so no case is given (the job's permissions or the package's Actions access). Earlier log lines of the publish are trimmed."
  },
  {
    id: 'dev117-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'level=fatal msg="copying image 1/2 from manifest list: writing blob: initiating layer upload to /v2/davidchall/hep/fastjet/blobs/uploads/ in ghcr.io: denied: installation not allowed to Write organization package"',
    source: 'Homebrew/brew#16105',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "skopeo, run by `brew pr-upload` in a tap's publish workflow: the GITHUB_TOKEN (an installation) may not write the package; the pull request adds `packages: write` to the generated workflow."
  },
  {
    id: 'dev117-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling manifest: ostree-unverified-registry:ghcr.io/ublue-os/bazzite-asus-nvidia-open:stable\nerror: Preparing import: Fetching manifest: failed to invoke method OpenImage: (Mirrors also failed: [ghcr.io/ublue-os/bazzite-asus-nvidia-open:stable: unable to retrieve auth token: invalid username/password: unauthorized]): ghcr.io/ublue-os/bazzite-asus-nvidia-open:stable: unable to retrieve auth token: invalid username/password: unauthorized',
    source: 'ublue-os/bazzite#4806',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `rpm-ostree upgrade` of a public Bazzite image; GHCR\'s token service answers "invalid username/password" only to a credential that was sent, so a stored login for ghcr.io (in an auth file rpm-ostree reads) was outdated; the reporter had already removed the usual auth files. INFERENCE: the stored thread shows no confirmed fix. The `ujust update` banner line is trimmed.'
  },
  {
    id: 'dev117-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR Switching: Pulling: Creating importer: failed to invoke method OpenImage: failed to invoke method OpenImage: Requesting bearer token: invalid status code from registry 403 (Forbidden)',
    source: 'ublue-os/bluefin#1913',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: `bootc switch ghcr.io/ublue-os/bluefin:41-…` run from a script failed, the same command typed by hand worked; a maintainer answered that the script likely mangled the image name or tag and the reporter agreed. GHCR answers 403 to an anonymous token request for a repository that does not exist. INFERENCE: the reporter's confirming reply is cut off in the stored thread."
  },
  {
    id: 'dev117-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: failed to SAVE IMAGE: failed to push ghcr.io/blue-build/cli:5ae479d7199d75a6c6e80a296ab9b004c7c514d3-distrobox-prebuild-amd64: unexpected status from POST request to https://ghcr.io/v2/blue-build/cli/blobs/uploads/: 403 Forbidden body={"errors":[{"code":"DENIED","message":"installation not allowed to Write organization package"}]}',
    source: 'blue-build/cli#802',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "A GitHub Actions token (installation) refused writing the organization package, in pull request runs of the CI. INFERENCE for the case: the stored thread does not show whether the job's permissions or the package's Actions access was changed."
  },
  {
    id: 'dev117-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: initializing source docker://ghcr.io/dusk-labs/dim:latest: reading manifest latest in ghcr.io/dusk-labs/dim: unauthorized',
    source: 'Dusk-Labs/dim#320',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: podman run of the project's image; the reporter, logged in to ghcr.io, concluded the package was not public. INFERENCE: the maintainers closed the issue without confirming or making it public."
  },
  {
    id: 'dev117-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/camicroscope/iipimage:master\nError response from daemon: Head "https://ghcr.io/v2/camicroscope/iipimage/manifests/master": denied: denied',
    source: 'camicroscope/Distro#210',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'stale-login'],
    note: 'needs the thread: the package had defaulted to private; once it was made public the pull worked (a pull of a private package without a login that may read it, by the convention).'
  },
  {
    id: 'dev117-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to push ghcr.io/llm-d/llm-d-workload-variant-autoscaler:v0.5.1-rc.1: denied: permission_denied: write_package',
    source: 'llm-d/llm-d-autoscaling#699',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: "Case from the thread: after a switch from PAT secrets to github.token, the package did not grant the repository's GITHUB_TOKEN write access; the PR reverted to the PATs."
  },
  {
    id: 'dev117-ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'helm push "/home/runner/work/loki/loki/.cr-release-packages/loki-6.19.0.tgz" "oci://ghcr.io/${GITHUB_REPOSITORY_OWNER}/helm-charts"\nError: unexpected status from POST request to https://ghcr.io/v2/grafana/helm-charts/loki/blobs/uploads/: 403 Forbidden\nError: Process completed with exit code 1.',
    source: 'grafana/loki#14835',
    expected: 'insufficient-scope',
    note: "A release job's `helm push` to the organization's chart package refused at the blob upload (the job logs in with a GitHub App's token, per its env). The post's copied log turned `v2` into a Markdown link to the run (`v[2](…)`): the link syntax is dropped; the env lines between the command and the error are trimmed. INFERENCE: the stored thread does not show the fix, so no case is given."
  },
  {
    id: 'dev117-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: failed to push ghcr.io/hyperledger/firefly-tezosconnect:v0.2.5-20240808-47: unexpected status from POST request to https://ghcr.io/v2/hyperledger/firefly-tezosconnect/blobs/uploads/: 403 Forbidden',
    source: 'hyperledger-firefly/helm-charts#78',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "needs the thread: a buildx push from GitHub Actions after a successful login; adding `packages: write` to the workflow's permissions fixed it (the pull request quotes this failure from a sibling repository of the same organization)."
  },
  {
    id: 'dev117-ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker compose up --pull always -d\n[+] Running 3/3\n ✘ chrome Error      context canceled 1.9s \n ✘ meilisearch Error context canceled 1.9s \n ✘ web Error         Head "https://ghcr.io/v2/hoarder-app/hoarder/manifests/release": denied: denied 1.9s \nError response from daemon: Head "https://ghcr.io/v2/hoarder-app/hoarder/manifests/release": denied: denied',
    source: 'karakeep-app/karakeep#510',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: the project\'s image is public and needs no login (the maintainer: "you\'re not supposed to get creds from anywhere"); GHCR answers "denied" to such a pull only when a credential was sent, so an outdated stored login for ghcr.io is the likely cause. INFERENCE: the stored thread breaks off before a confirmed fix. The long runs of padding spaces in the compose progress lines are shortened.'
  },
  {
    id: 'dev117-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/snicker/juicepassproxy:0.1.0: unexpected status from POST request to https://ghcr.io/v2/snicker/juicepassproxy/blobs/uploads/: 403 Forbidden',
    source: 'JuiceRescue/juicepassproxy#11',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "needs the thread: a release workflow's push with GITHUB_TOKEN; the fix offered was the repository's Settings → Actions → General → Workflow permissions (read and write), since the owner could not use a fine-grained token. INFERENCE: the stored thread does not show the re-run succeeding."
  },
  {
    id: 'dev117-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'environment/docker: failed to run pre-boot process: environment/docker: failed to pull "ghcr.io/ptero-eggs/yolks:ubuntu_24.04" image for server: Error response from daemon: manifest unknown',
    source: 'pterodactyl/game-eggs#516',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'Pterodactyl Wings pulling a public yolk image whose tag was broken; the maintainers republished it and the install worked. No credential involved.'
  },
  {
    id: 'dev117-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Pulling manifest: ostree-image-signed:docker://ghcr.io/ublue-os/silverblue-nvidia:latest\n\nerror: Preparing import: Fetching manifest: containers-policy.json specifies a default of `insecureAcceptAnything`; refusing usage',
    source: 'ublue-os/hwe#133',
    expected: 'not-a-login-failure',
    note: 'rpm-ostree refuses a signed-image rebase while the local signature policy accepts anything: rebasing to the unsigned image first (which installs the policy) worked. Not about logging in; no case fits.'
  },
  {
    id: 'dev117-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: '$ rpm-ostree rebase ostree-image-signed:docker://ghcr.io/wayblueorg/$IMAGE_NAME:latest\nPulling manifest: ostree-image-signed:docker://ghcr.io/wayblueorg/:latest\nerror: Creating importer: failed to invoke method OpenImage: failed to invoke method OpenImage: invalid reference format',
    source: 'wayblueorg/wayblue#135',
    expected: 'not-a-login-failure',
    note: "The README's `$IMAGE_NAME` placeholder was left unset, so the image reference had no name. Not about logging in."
  },
  {
    id: 'dev117-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Trying to pull ghcr.io/ricoberger/script_exporter:dev...\nError: initializing source docker://ghcr.io/ricoberger/script_exporter:dev: reading manifest dev in ghcr.io/ricoberger/script_exporter: manifest unknown',
    source: 'ricoberger/script_exporter#182',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'podman: the README named a `dev` tag that does not exist; `main` worked and the README was fixed.'
  }
]

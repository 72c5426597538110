/**
 * The ninety-third development set ("dev93": GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-third development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV93: readonly RealText[] = [
  {
    id: 'dev93-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#11 pushing layers 0.5s done\n#11 ERROR: unexpected status: 403 Forbidden\n------\n > exporting to image:\n------\nerror: failed to solve: rpc error: code = Unknown desc = unexpected status: 403 Forbidden\nError: buildx call failed with: error: failed to solve: rpc error: code = Unknown desc = unexpected status: 403 Forbidden',
    source: 'docker/docs#12603',
    expected: 'insufficient-scope',
    note: 'needs the thread: the text names no host; the thread is a push to GHCR from a build-push-action workflow after a successful login. INFERENCE: the stored thread shows no fix; a 403 on the push after an accepted login is a credential that may not write the package. The "#11 sha256:…" line is trimmed.'
  },
  {
    id: 'dev93-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '------\nfailed to solve: rpc error: code = Unknown desc = unexpected status: 403 Forbidden\nError: buildx call failed with: failed to solve: rpc error: code = Unknown desc = unexpected status: 403 Forbidden',
    source: 'docker/build-push-action#238',
    expected: 'insufficient-scope',
    note: 'needs the thread: the text names no host; the thread pushes to ghcr.io with a CR_PAT secret after "login to ghcr.io (which was ok)". INFERENCE: the stored thread shows no confirmed fix; a push refused after an accepted login is the token\'s missing write permission (write:packages) or package access.'
  },
  {
    id: 'dev93-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/sidestore/omnisette-server/manifests/latest": unauthorized',
    source: 'SideStore/omnisette-server#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of a package that was not public; the maintainer changed the package settings and the pull worked.'
  },
  {
    id: 'dev93-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '✗  ERROR:  Credential.api.acorn.io "ghcr.io" is invalid: username/password: Forbidden: GET https://ghcr.io/token?service=ghcr.io: DENIED: denied',
    source: 'acorn-io/runtime#1396',
    expected: 'pat-required',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: `acorn login ghcr.io` with the GitHub account password (2FA on); a personal access token worked. From the text alone it is a refused credential (invalid-credentials).'
  },
  {
    id: 'dev93-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/ietf-tools/datatracker-db/manifests/latest": denied: denied',
    source: 'ietf-tools/datatracker#3604',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: a docker-compose pull (then `docker pull`) of an image the maintainer pulls fine from another machine, so the package is readable anonymously and the denial is of what this docker sent. INFERENCE: the stored thread shows no confirmed fix (logout).'
  },
  {
    id: 'dev93-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Downloading homepage from repo oci://ghcr.io/m0nsterrr/helm-charts/homepage\nSave error occurred:  could not download oci://ghcr.io/m0nsterrr/helm-charts/homepage/homepage: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Am0nsterrr%2Fhelm-charts%2Fhomepage%2Fhomepage%3Apull&service=ghcr.io: 403 Forbidden\nError: could not download oci://ghcr.io/m0nsterrr/helm-charts/homepage/homepage: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Am0nsterrr%2Fhelm-charts%2Fhomepage%2Fhomepage%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'M0NsTeRRR/helm-charts#244',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found', 'rate-limited'],
    note: 'needs the thread: `helm install` of a public chart; "oauth token" means helm sent a stored credential, which GHCR refused. INFERENCE: the maintainer only suggested `helm registry login` or a rate limit and the stored thread shows no fix; the doubled chart name (homepage/homepage) may also be a repository that does not exist.'
  },
  {
    id: 'dev93-ghcr-07',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Get https://docker.pkg.github.com/v2/necoro/feed2imap-go/feed2imap-go/manifests/latest: no basic auth credentials',
    source: 'Necoro/feed2imap-go#15',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'docker.pkg.github.com needed a login even for public packages; the pull carried none. Posted inline in backticks with the command before it (not copied).'
  },
  {
    id: 'dev93-ghcr-08',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Get https://docker.pkg.github.com/v2/crytic/echidna/echidna/manifests/latest: no basic auth credentials',
    source: 'crytic/echidna#520',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'A pull from docker.pkg.github.com with no login for it; the maintainer points to authenticating docker with a GitHub user.'
  },
  {
    id: 'dev93-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Logging into ghcr.io...\n##[error]Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
    source: 'mithro/actions-includes#52',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: the login uses a personal access token secret (GHA_CR_TOKEN) that the issue finds invalid or expired (pull-request runs, which skip the login, pass). INFERENCE: the stored thread shows no confirmed fix, and expiry cannot be told from revocation.'
  },
  {
    id: 'dev93-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Login Succeeded\n\n$ docker pull ghcr.io/ekalinin/awsping:v2.0.1\nError response from daemon: denied',
    source: 'ekalinin/awsping#15',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a PAT with read:packages logs in, then the pull of another user\'s package is denied; the reporter doubts the image is public. INFERENCE: no answer in the stored thread. The login command and docker\'s unencrypted-storage warning above "Login Succeeded" are trimmed.'
  },
  {
    id: 'dev93-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error HEAD "https://ghcr.io/v2/metadrop/aljibe-tools/pa11y/manifests/9.1.1-base1.0.0": denied: denied',
    source: 'Metadrop/ddev-aljibe#73',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the pull ran with no docker login for ghcr.io and logging in is the reported workaround, so the package needs a login; from the text alone "denied: denied" could also be a stale login. Quoted in the issue as a block quote (marker not copied).'
  },
  {
    id: 'dev93-ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/catthehacker/ubuntu/manifests/act-latest": denied: denied',
    source: 'nektos/act#1248',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: the image is act's public default runner image, which pulls anonymously, so the denial is of a login docker sent. INFERENCE: the stored thread shows no fix. The text is the issue's title."
  },
  {
    id: 'dev93-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Logging into ghcr.io...\nError: Error response from daemon: Get "https://ghcr.io/v2/": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
    source: 'mitogen-hq/mitogen#1517',
    expected: 'registry-unreachable',
    note: 'docker/login-action in GitHub Actions timing out on GHCR. Posted as a Markdown block quote; the "> " markers are not copied.'
  },
  {
    id: 'dev93-ghcr-14',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Warning  Failed     14s   kubelet, kind-control-plane  Failed to pull image \n"docker.pkg.github.com/kaidotdev/vegeta-controller/vegeta-controller:v0.3.0": rpc error: code = \nUnknown desc = failed to pull and unpack image "docker.pkg.github.com/kaidotdev/vegeta-\ncontroller/vegeta-controller:v0.3.0": failed to resolve reference \n"docker.pkg.github.com/kaidotdev/vegeta-controller/vegeta-controller:v0.3.0": unexpected status code \n[manifests v0.3.0]: 401 Unauthorized',
    source: 'kaidotdev/vegeta-controller#1',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "A kind cluster's kubelet pulling from docker.pkg.github.com, which answered every pull without a login 401 (public packages too); the reporter asks for a public image. No imagePullSecret is mentioned, so the pull carried no login for the host. INFERENCE: no answer in the stored thread. Hard-wrapped lines kept as posted."
  },
  {
    id: 'dev93-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '/usr/bin/docker buildx imagetools create -t ghcr.io/tbugfinder/manirepotest:master ghcr.io/tbugfinder/manirepotest:master-linux-amd64 ghcr.io/tbugfinder/manirepotest:master-linux-arm64\n#1 [internal] pushing ghcr.io/tbugfinder/manirepotest:master\n#1 0.000 pushing sha256:adb5d2a8683b2897e90acfb62a38289c60a3de8cd99c590451bb43d8d07248be to ghcr.io/tbugfinder/manirepotest:master\n#1 ERROR: failed commit on ref "index-sha256:adb5d2a8683b2897e90acfb62a38289c60a3de8cd99c590451bb43d8d07248be": unexpected status from PUT request to https://ghcr.io/v2/tbugfinder/manirepotest/manifests/master: 403 Forbidden\n------\n > [internal] pushing ghcr.io/tbugfinder/manirepotest:master:\n0.000 pushing sha256:adb5d2a8683b2897e90acfb62a38289c60a3de8cd99c590451bb43d8d07248be to ghcr.io/tbugfinder/manirepotest:master\n------\nERROR: failed commit on ref "index-sha256:adb5d2a8683b2897e90acfb62a38289c60a3de8cd99c590451bb43d8d07248be": unexpected status from PUT request to https://ghcr.io/v2/tbugfinder/manirepotest/manifests/master: 403 Forbidden',
    source: 'int128/docker-manifest-create-action#158',
    expected: 'insufficient-scope',
    note: 'The manifest-merging job of a GitHub Actions workflow (int128/docker-manifest-create-action, which runs `buildx imagetools create`) refused the manifest PUT with 403: the job\'s credential may not write the package. INFERENCE: the stored thread shows no confirmed fix (the usual one is `packages: write` on that job). The action\'s "Run …/Checking…/Using builder" lines are trimmed.'
  },
  {
    id: 'dev93-not-login-01',
    family: 'not-login',
    host: 'docker.pkg.github.com',
    text: 'image docker.pkg.github.com/myorg/myrepo/myimage:mytag could not be accessed on a registry to record\nits digest. Each node will access docker.pkg.github.com/myorg/myrepo/myimage:mytag independently,\npossibly leading to different nodes running different\nversions of the image.',
    source: 'moby/moby#40403',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: `docker stack deploy --with-registry-auth` after `docker login docker.pkg.github.com`; `docker pull` of the same image with the same login works, so the credential is good and the digest lookup is what the old GitHub Packages registry did not answer. INFERENCE: the stored thread shows no confirmed cause. Names masked by the reporter (myorg/myrepo/myimage) are kept; hard-wrapped lines kept as posted.'
  },
  {
    id: 'dev93-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Agabe565%2Fcharts%2Fvaultwarden%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'gabe565/charts#362',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a public chart the maintainer pulls without auth; the reporter runs Helm v3.13.0, whose token request adds a bogus `repository:user/image:pull` scope that GHCR refuses (a client defect: upgrade Helm). INFERENCE: the stored thread stops before a confirmed fix.'
  },
  {
    id: 'dev93-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'PS > helm install --dry-run netbox --devel oci://ghcr.io/netbox-community/netbox-chart/netbox\nError: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Anetbox-community%2Fnetbox-chart%2Fnetbox%3Apull&scope=repository%3Auser%2Fimage%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'netbox-community/netbox-chart#363',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a public chart the maintainer cannot fail to install; the extra `repository:user/image:pull` scope in the anonymous token request is the Helm 3.13.0 defect, not the chart's access. INFERENCE: the stored thread shows no confirmed fix or Helm version."
  },
  {
    id: 'dev93-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: '$ sudo docker pull ghcr.io/jonlabelle/network-tools:latest\nlatest: Pulling from jonlabelle/network-tools\nmanifest unknown',
    source: 'jonlabelle/docker-network-tools#44',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'A public image whose tag points at a manifest GHCR no longer has (the kubelet in the same post names the missing manifest digest): not about a login.'
  }
]

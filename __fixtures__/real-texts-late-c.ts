/**
 * The late set, part C (Quay (quay.io and Red Hat Quay) and Harbor): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE_C: readonly RealText[] = [
  {
    id: 'late-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '+ skopeo login --username *** --password-stdin quay.io\ntime="2021-02-11T10:04:26Z" level=fatal msg="mkdir /run/containers: permission denied"',
    source: 'ansible-community/toolset#107',
    expected: 'credential-store-error',
    case: 'auth-file',
    note: "skopeo login run unprivileged on a GitHub Actions runner cannot create the folder of its auth file; the *** is GitHub's own mask, as posted"
  },
  {
    id: 'late-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '/usr/bin/docker pull quay.io/guix77/phpcs-drupal-action:php8.4RC3\nError response from daemon: received unexpected HTTP status: 502 Bad Gateway\n\nError: Docker pull failed with exit code 1',
    source: 'guix77/phpcs-drupal-action#3',
    expected: 'registry-unreachable',
    note: 'trimmed to the last of three identical pull attempts and the closing line; the reporter saw the quay.io web page answer 502 too, and it cleared by itself'
  },
  {
    id: 'late-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: initializing source docker://quay.io/libpod/alpine:latest: Requesting bearer token: invalid status code from registry 502 (Bad Gateway)',
    source: 'podman-container-tools/podman#17802',
    expected: 'registry-unreachable',
    note: 'the first of several 502 variants the flake tracker lists; the 502 came from the token request, not from the credential'
  },
  {
    id: 'late-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Run docker/login-action@v2\n  with:\n    registry: quay.io\n    ecr: auto\n    logout: true\nError: Username and password required',
    source: 'ogx-ai/ogx-k8s-operator#2',
    expected: 'missing-credentials',
    note: "both inputs are absent from the with: block: the repository's Quay secrets had not been set up yet"
  },
  {
    id: 'late-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'Error reading manifest 1.0.0-SNAPSHOT-2020-03-12-18-56-25 in quay.io/open-cluster-management/multiclusterhub-operator-index: unauthorized: access to the requested resource is not authorized',
    source: 'stolostron/deploy#6',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "the issue's title (the pod's ErrImagePull message); Quay answers this for a private or a missing repository alike, and the pull carried no login that may read the snapshot index; INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'late-quay-06',
    family: 'quay',
    host: 'quay.io',
    text: 'FATA[0001] Error parsing image name "docker://quay.io/openshift/origin-sriov-cni": reading manifest latest in quay.io/openshift/origin-sriov-cni: unauthorized: access to the requested resource is not authorized',
    source: 'openshift/sriov-network-operator#988',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'the first of several such lines (one per image) from make deploy-setup-k8s, an anonymous skopeo inspect; Quay gives a public repository\'s missing tag "manifest unknown", so this reads as a repository the anonymous pull may not see; INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'late-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: unable to pull quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:359d83a6d05534fd3c05dbb1c8fc4244fa1daa5e76cc0898341739b598654dcd: unable to pull image: Error initializing source docker://quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:359d83a6d05534fd3c05dbb1c8fc4244fa1daa5e76cc0898341739b598654dcd: Error reading manifest sha256:359d83a6d05534fd3c05dbb1c8fc4244fa1daa5e76cc0898341739b598654dcd in quay.io/openshift-release-dev/ocp-v4.0-art-dev: unauthorized: access to the requested resource is not authorized',
    source: 'okd-project/okd#549',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: the reporter used OKD's fake pull secret, and the maintainer answered that this was OCP's installer, whose release images need a Red Hat pull secret: a private repository pulled with no login that may read it; the journal prefix (date, host, bootkube.sh[pid]) is dropped"
  },
  {
    id: 'late-harbor-01',
    family: 'harbor',
    host: 'registry.pyrohost.cloud',
    text: 'Error response from daemon: Get "http://registry.pyrohost.cloud/v2/": dial tcp 127.0.1.1:80: connect: connection refused',
    source: 'goharbor/harbor#16274',
    expected: 'registry-unreachable',
    note: "the docker login run after Harbor's installer; the name resolved to 127.0.1.1, a loopback address; the posted command (with the default admin password) is not copied"
  },
  {
    id: 'late-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: Get https://XXX/v1/users/: dial tcp XXX:443: getsockopt: connection refused',
    source: 'goharbor/harbor#130',
    expected: 'registry-unreachable',
    note: 'the reporter masked the host as XXX (kept in the text; host is a placeholder); the thread points at the insecure-registry option not matching the name docker was given, so docker went to HTTPS on 443'
  },
  {
    id: 'late-harbor-03',
    family: 'harbor',
    host: 'registry.company',
    text: 'helm push redmine-9.1.0.tgz https://mr:<masked>@registry.company/chartrepo/library\nError: 401: could not properly parse response JSON: {"code":401,"message":"Unauthorized"}',
    source: 'goharbor/harbor#8130',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: an OIDC user's CLI secret, which docker login accepted, was refused by Harbor 1.8.1's chart API (core log: Unrecognized auth_mode: oidc_auth), a bug labelled for 1.8.2; the secret in the posted URL (already cut short by the poster) is masked"
  },
  {
    id: 'late-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'ERRO[2023-07-05T11:23:44.212764900+02:00] Handler for POST /v1.41/images/create returned error: unauthorized: unauthorized to access repository: myrepo/myimage, action: pull',
    source: 'goharbor/harbor#18895',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'read-denied',
    note: 'needs the thread: the project is private and the pull works once it is made public; the reporter says the user is a member and docker login works, so whether the pull carried that login is not settled (INFERENCE); no host in the post (placeholder)'
  },
  {
    id: 'late-harbor-05',
    family: 'harbor',
    host: 'registry.app.xxx.net',
    text: 'Failed to pull image "registry.app.xxx.net/XXXXX/partsgo42:GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7": rpc error: code = Unknown desc = failed to pull and unpack image "registry.app.xxx.net/spm2fog/partsgo42:GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7": failed to resolve reference "registry.app.xxx.net/spm2fog/partsgo42:GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7": pulling from host registry.app.xxx.net failed with status code [manifests GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7]: 401 Unauthorized',
    source: 'kubernetes/kubernetes#110678',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'a kubelet (containerd) pull from Harbor that got 401 on the manifest with no token error, i.e. no credential was sent; the same image deploys from Jenkins, so the GitHub Actions deployment lacked the pull secret (INFERENCE: the stored thread shows no confirmed fix); host masked by the reporter as registry.app.xxx.net, kept'
  },
  {
    id: 'late-harbor-06',
    family: 'harbor',
    host: '10.158.214.5',
    text: 'The push refers to a repository [10.158.214.5/default-project/busybox]\nf9d9e4e6e2f0: Preparing\ndenied: requested access to the resource is denied',
    source: 'vmware/vic-product#1953',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the embedded Harbor of the VIC appliance; the maintainer read it as the project default-project not existing and traced it to a changed Admiral API that creates projects, fixed there (INFERENCE that the project was missing in Harbor)'
  },
  {
    id: 'late-harbor-07',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'error parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'goharbor/harbor#10621',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'a look-alike: pushing a 2 GB image, an nginx in front of Harbor refused the upload for its body size (the fix given: raise the proxy body size); the escaped \\r\\n are as posted; no host in the post (placeholder)'
  },
  {
    id: 'late-harbor-08',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://harbor.example.com/v2/: unauthorized: authentication required',
    source: 'goharbor/harbor#12172',
    expected: 'invalid-credentials',
    note: 'an OIDC user logging in with the CLI secret from the user profile, Harbor 2.0.0; INFERENCE: the stored thread shows no confirmed fix; host as the reporter masked it'
  },
  {
    id: 'late-harbor-09',
    family: 'harbor',
    host: 'artifact.aee.atomi.cloud',
    text: 'Pushing harbor-0.0.1.tgz to lib...\nError: 401: could not properly parse response JSON: {"errors":[{"code":"UNAUTHORIZED","message":"UnAuthorized"}]}',
    source: 'goharbor/harbor#14526',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: 'helm push (the chartmuseum plugin) with -u admin to a private project; the core log shows an unauthorized security context for the upload, so Harbor took no login from the request; INFERENCE: the stored thread shows no confirmed fix; host from the posted helm repo list'
  }
]

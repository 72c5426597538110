/**
 * The hundred-and-eleventh development set ("dev111": GHCR (ghcr.io, and the old docker.pkg.github.com)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-eleventh development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV111: readonly RealText[] = [
  {
    id: 'dev111-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Pulling hedgedoc (ghcr.io/linuxserver/hedgedoc:latest)...\nERROR: pull access denied for ghcr.io/linuxserver/hedgedoc, repository does not exist or may require 'docker login': denied: permission_denied: read_package",
    source: 'linuxserver/docker-hedgedoc#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: docker-compose pulled with no login, and the reporter reads the package as private, not public; the text alone cannot tell whether a login was sent. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev111-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "2025-12-22 15:28:37.975 INFO (MainThread) [supervisor.docker.interface] Downloading docker image ghcr.io/chrisuthe/multiroom-audio-hassio-amd64 with tag 1.1.0.\n2025-12-22 15:28:38.573 ERROR (MainThread) [supervisor.docker.interface] Can't install ghcr.io/chrisuthe/multiroom-audio-hassio-amd64:1.1.0: DockerError(403, 'Head \"https://ghcr.io/v2/chrisuthe/multiroom-audio-hassio-amd64/manifests/1.1.0\": denied')\n2025-12-22 15:28:38.575 ERROR (MainThread) [supervisor.addons.addon] Could not pull image to update addon 7a5d9164_multiroom-audio: Can't install ghcr.io/chrisuthe/multiroom-audio-hassio-amd64:1.1.0: DockerError(403, 'Head \"https://ghcr.io/v2/chrisuthe/multiroom-audio-hassio-amd64/manifests/1.1.0\": denied').",
    source: 'chrisuthe/Multi-SendSpin-Player-Container#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: the Home Assistant Supervisor pulls the add-on image with no login; the maintainer answered that the latest push should solve it, i.e. the package was not yet public (or the image not yet there). INFERENCE: the reporter had not confirmed when the stored thread ends.'
  },
  {
    id: 'dev111-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to build: failed to solve: failed to fetch anonymous token: \nunexpected status from GET request to \nhttps://ghcr.io/token?scope=repository%3Ahassio-addons%2Fapp-base%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'TazzerMAN/increase_swap_addon#19',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "Hard-wrapped as posted. An anonymous token refused with 403 for the add-on's base image (ghcr.io/hassio-addons/app-base): the name or version is not a public package there. INFERENCE: the maintainer reproduced it, but the stored thread shows no fix."
  },
  {
    id: 'dev111-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to to call /addons/f1c878cb_angryipscanner/install - Can\'t install ghcr.io/maxwinterstein/homeassistant-addon-angry-ip-scanner-armhf:1.1.2: 500 Server Error for http+docker://localhost/v1.41/images/create?tag=1.1.2&fromImage=ghcr.io%2Fmaxwinterstein%2Fhomeassistant-addon-angry-ip-scanner-armhf&platform=linux%2Farm%2Fv6: Internal Server Error ("Head "https://ghcr.io/v2/maxwinterstein/homeassistant-addon-angry-ip-scanner-armhf/manifests/1.1.2": denied")',
    source: 'MaxWinterstein/homeassistant-addons#122',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the maintainer had published no armhf image ("mixed the arm things up"); GHCR answers an anonymous pull of a package that does not exist with "denied". The 500 is the Docker API\'s wrapper, not the registry. INFERENCE: the reporter still saw the error after the first fix when the stored thread ends.'
  },
  {
    id: 'dev111-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'time="2022-12-27T07:56:46Z" level=error msg="Could not get tags from registry: Get \\"https://ghcr.io/v2/\\": x509: certificate signed by unknown authority" alias=app application=app-backend image_name=test-org/test-img image_tag=latest registry=ghcr.io',
    source: 'argoproj-labs/argocd-image-updater#510',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "Argo CD Image Updater; the reporter got past it with insecure: yes in registries.conf (the certificate's authority was not trusted in the pod)."
  },
  {
    id: 'dev111-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ podman login ghcr.io --username anderbubble\nPassword: \nLogin Succeeded!\n\n$ podman pull ghcr.io/hpcng/warewulf-rockylinux:8\nTrying to pull ghcr.io/hpcng/warewulf-rockylinux:8...\nError: initializing source docker://ghcr.io/hpcng/warewulf-rockylinux:8: reading manifest 8 in ghcr.io/hpcng/warewulf-rockylinux: denied',
    source: 'warewulf/warewulf-node-images#2',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'package-read-access',
    note: "Logged in, then refused a read: the organization's packages pushed from Actions were private and this account had no read access to them (the poster asks an organization owner to change the packages' permissions). Text trimmed to the first of two pulls."
  },
  {
    id: 'dev111-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/antrea-io/antrea-controller-ubuntu-amd64:test-latest\nError response from daemon: Head "https://ghcr.io/v2/antrea-io/antrea-controller-ubuntu-amd64/manifests/test-latest": unauthorized',
    source: 'antrea-io/antrea#6834',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a reviewer pulled, with no login, test packages that the pull request's workflow had just created in the organization (new packages start private). INFERENCE: the stored thread does not show the packages made public."
  },
  {
    id: 'dev111-ghcr-08',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error: No credentials found for registry ghcr.io',
    source: 'openai/codex-security#162',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "actions/attest-build-provenance with push-to-registry in a job that had not logged in to GHCR; the pull request fixes it by logging in before the attestation. Quoted from the pull request's description."
  },
  {
    id: 'dev111-ghcr-09',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'digest-mismatch: error\nERROR: failed to push ghcr.io/rubentalstra/ferroehr:develop:\n  denied: permission_denied … HTTP status code 403 "Forbidden"',
    source: 'rubentalstra/FerroEHR#2120',
    expected: 'insufficient-scope',
    note: "Quoted by the issue's author with an ellipsis inside the error line (kept as posted). A push from Actions refused with permission_denied; the author doubts a missing permission (the same workflow pushed the same tag hours before) and suspects a package setting or a transient failure. INFERENCE: the stored thread shows no confirmed cause."
  },
  {
    id: 'dev111-ghcr-10',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "The image 'ghcr.io/whiteducksoftware/az-dns-forwarder/az-dns-forwarder:latest' in container group 'dns-forwarder' is not accessible. Please check the image and registry credential.",
    source: 'whiteducksoftware/az-dns-forwarder#2',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'cloud-service',
    note: "needs the thread: the issue's title and description; Azure Container Instances pulled the private GHCR package with no registry credential, and the maintainer answers that one must authenticate to pull it (give the container group a credential for ghcr.io)."
  },
  {
    id: 'dev111-ghcr-11',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "$ docker pull ghcr.io/username/reponame:tag\n\nWhat's next:\n    View a summary of image vulnerabilities and recommendations → docker scout quickview ghcr.io/username/reponame:tag\nError response from daemon: denied",
    source: 'cli/cli#5150',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'package-read-access',
    note: "needs the thread: the credential came from `gh auth token` (gh used as docker's credential for ghcr.io); later comments say the gh token needs the read:packages scope (gh auth login --scopes read:packages). Image name as posted (a placeholder of the poster). INFERENCE: the poster did not confirm."
  },
  {
    id: 'dev111-ghcr-12',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Message:               HelmChart \'ingress-auth/ingress-auth-traefik\' is not ready: chart pull error: failed to get chart version for remote reference: could not get tags for "traefik": could not fetch tags for "oci://ghcr.io/traefik/helm/traefik/traefik": GET "https://ghcr.io/v2/traefik/helm/traefik/traefik/tags/list": GET "https://ghcr.io/token?scope=repository%3Atraefik%2Fhelm%2Ftraefik%2Ftraefik%3Apull&service=ghcr.io": response status code 403: denied: requested access to the resource is denied',
    source: 'traefik/traefik-helm-chart#1613',
    expected: 'repository-not-found',
    note: 'Flux CD, anonymous: the chart path has the chart name twice (traefik/helm/traefik/traefik), a repository GHCR does not have, so the anonymous token is refused. Declined by the maintainers. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev111-ghcr-13',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Error: failed to publish images: error publishing ko://github.com/kcp-dev/kcp/cmd/syncer: POST https://ghcr.io/v2/kcp-dev/kcp/syncer-c2e3073d5026a8f7f2c47a50c16bdbec/blobs/uploads/: DENIED: failed_precondition: Improved container support has not been enabled for 'kcp-dev'. Learn more: https://docs.github.com/packages/getting-started-with-github-container-registry/enabling-improved-container-support",
    source: 'kcp-dev/kcp#113',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    case: 'namespace',
    note: 'ko push from Actions in 2021: the organization had not enabled the Container registry, so nothing may be written in its namespace until an owner does (the thread asks an owner to). No id names an organization setting; insufficient-scope is the nearest.'
  },
  {
    id: 'dev111-ghcr-14',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/groundnuty/k8s-wait-for:v1.6\nError response from daemon: Head "https://ghcr.io/v2/groundnuty/k8s-wait-for/manifests/v1.6": unauthorized\n\ndocker pull ghcr.io/groundnuty/k8s-wait-for:latest\nError response from daemon: Head "https://ghcr.io/v2/groundnuty/k8s-wait-for/manifests/latest": unauthorized',
    source: 'groundnuty/k8s-wait-for#46',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: anonymous pulls of images the maintainer had just started pushing to GHCR, still private; fixed by making the package public (confirmed by the reporter).'
  },
  {
    id: 'dev111-ghcr-15',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#23 ERROR: failed to push ghcr.io/tue-robotics/tue-env-ros-noetic:dependabot_github_actions_vlaurin_action-ghcr-prune-0.6.0-amd64: unexpected status from POST request to https://ghcr.io/v2/tue-robotics/tue-env-ros-noetic/blobs/uploads/: 403 Forbidden',
    source: 'tue-robotics/tue-env#708',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'github-token',
    note: 'needs the thread: the reporter blames the tag name, but the tag comes from a Dependabot branch (dependabot/github_actions/…): workflows Dependabot triggers get a read-only GITHUB_TOKEN, which may not push. INFERENCE: the stored thread shows no cause or fix.'
  },
  {
    id: 'dev111-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Can\'t install ghcr.io/robocopklaus/aarch64-addon-blocky:0.2.0: 404 Client Error for http+docker://localhost/v1.44/images/ghcr.io/robocopklaus/aarch64-addon-blocky:0.2.0/json: Not Found ("No such image: ghcr.io/robocopklaus/aarch64-addon-blocky:0.2.0")',
    source: 'robocopklaus/hassio-addon-blocky#15',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "needs the thread: the Home Assistant Supervisor found no local image after the pull: the add-on version had no image for the reporter's platform; a new release fixed it. The 404 is the local Docker API's, not the registry's. INFERENCE on the cause."
  },
  {
    id: 'dev111-not-login-02',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error: OCIError: Error uploading artifact to container registry\nError: Error fetching https://ghcr.io/v2/usatlas/actions-runner/manifests/sha256:1308113f945e420fd9a4fba2efe266315ffdb29fcdf0e214893d164cc15c86d0 - expected 200, received 404',
    source: 'actions/attest-build-provenance#747',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: the attested digest was never pushed (the workflow builds with load: true and pushes only on pushes to main of the upstream repository), so the registry has no manifest for it. INFERENCE: no reply in the stored thread.'
  },
  {
    id: 'dev111-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Wed, 27 Jul 2022 18:00:02 CEST WRN Cannot get remote manifest error="Cannot get image digest from HEAD request: reading digest master in docker.io/ghcr.io/umputun/github-backup-docker: errors:\\ndenied: requested access to the resource is denied\\nerror parsing HTTP 401 response body: unexpected end of JSON input: \\"\\"\\n" image=docker.io/ghcr.io/umputun/github-backup-docker:master provider=docker',
    source: 'crazy-max/diun#660',
    expected: 'registry-mismatch',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'Diun read a ghcr.io image as a Docker Hub repository (docker.io/ghcr.io/…), so the request went to Docker Hub, which answers a name it does not have with a denial; nothing about the credential. Escaped \\n kept as posted. INFERENCE: no reply in the stored thread.'
  },
  {
    id: 'dev111-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: '📦 [Enabled Registry] Uploading image to cloud | whoami-ldwypr:latest | ghcr.io\nLogin Succeeded\nThe push refers to repository [ghcr.io/whoami-ldwypr]\n4121cb200847: Preparing\n5e587e476b62: Preparing\n844eea3cbc19: Preparing\n5e587e476b62: Retrying in 5 seconds\n4121cb200847: Retrying in 5 seconds\n....\nname invalid\nError ❌\nname invalid',
    source: 'Dokploy/dokploy#2080',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "Dokploy's registry upload, build lines above trimmed. The login succeeded; the push target has no owner namespace (ghcr.io/whoami-ldwypr, GHCR wants ghcr.io/<owner>/<name>), so GHCR refuses the name, not the credential."
  }
]

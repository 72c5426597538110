/**
 * The hundred-and-nineteenth development set ("dev119": Quay (quay.io and Red Hat Quay) and Harbor): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-nineteenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV119: readonly RealText[] = [
  {
    id: 'dev119-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'level=debug msg="push readme, response body: {\\"error\\": \\"CSRF token was invalid or missing.\\"}"\nlevel=debug msg="push README, status code: 403"\nlevel=debug msg="error pushing README, bad status code for response: 403 Forbidden. Try \\"docker logout\\" and \\"docker login\\""\nlevel=error msg="error pushing readme to repo server. See error message below. Run with \\"--debug\\" for more details. \\n\\nerror pushing README, bad status code for response: 403 Forbidden. Try \\"docker logout\\" and \\"docker login\\""',
    source: 'christian-korneck/update-container-description-action#2',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind', 'unknown'],
    note: 'INFERENCE: Quay\'s REST API (not the registry) answers 403 "CSRF token was invalid or missing" when the request carries no OAuth token it accepts and falls back to session auth, so the API key given was not a valid Quay application token; the thread has no fix. Debug lines before these (the masked API key) are trimmed; the escaped \\n inside the last message is kept as posted.'
  },
  {
    id: 'dev119-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '[internal] load metadata for quay.io/quarkus/quarkus-micro-image:2.0\nERROR: failed to do request: Head "https://quay.io/v2/quarkus/quarkus-micro-image/manifests/2.0": net/http: TLS handshake timeout\n[internal] load metadata for quay.io/quarkus/ubi-quarkus-graalvmce-builder-image:jdk-21.0.1\nERROR: failed to do request: Head "https://quay.io/v2/quarkus/ubi-quarkus-graalvmce-builder-image/manifests/jdk-21.0.1": net/http: TLS handshake timeout\n[internal] load metadata for quay.io/quarkus/ubi-quarkus-graalvmce-builder-image:jdk-21.0.1\nERROR: failed to solve: quay.io/quarkus/ubi-quarkus-graalvmce-builder-image:jdk-21.0.1: failed to do request: Head "https://quay.io/v2/quarkus/ubi-quarkus-graalvmce-builder-image/manifests/jdk-21.0.1": net/http: TLS handshake timeout',
    source: 'quarkusio/quarkus#37400',
    expected: 'registry-unreachable',
    note: 'A comment on a pull request that added retries for sporadic quay.io pull failures in CI.'
  },
  {
    id: 'dev119-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/armosec/kubescape:v2.0.156": rpc error: code = Unknown desc = Error response from daemon: Head "https://quay.io/v2/armosec/kubescape/manifests/v2.0.156": Get "https://quay.io/v2/auth?scope=repository%3Aarmosec%2Fkubescape%3Apull&service=quay.io": context deadline exceeded\nFailed to pull image "quay.io/armosec/kubescape:v2.0.156": rpc error: code = Unknown desc = Error response from daemon: Get "https://quay.io/v2/": dial tcp: lookup quay.io on 192.168.65.2:53: no such host',
    source: 'kubescape/kubescape#531',
    expected: 'registry-unreachable',
    note: 'Two kubelet events of the posted `kubectl describe` output; the event table columns (type, reason, age, from) are trimmed. The pulls worked again after about ten minutes.'
  },
  {
    id: 'dev119-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Error response from daemon: Get https://quay.io/v2/pypa/manylinux1_i686/manifests/latest: received unexpected HTTP status: 500 Internal Server Error\nUsing default tag: latest\nError response from daemon: Get https://quay.io/v2/pypa/manylinux1_i686/manifests/latest: received unexpected HTTP status: 500 Internal Server Error\nUsing default tag: latest\nError response from daemon: Get https://quay.io/v2/pypa/manylinux1_i686/manifests/latest: Get https://quay.io/v2/auth?scope=repository%3Apypa%2Fmanylinux1_i686%3Apull&service=quay.io: net/http: request canceled (Client.Timeout exceeded while awaiting headers)\nUsing default tag: latest\nError response from daemon: Get https://quay.io/v2/pypa/manylinux1_i686/manifests/latest: received unexpected HTTP status: 500 Internal Server Error\nUsing default tag: latest\nError response from daemon: Get https://quay.io/v2/pypa/manylinux1_i686/manifests/latest: received unexpected HTTP status: 500 Internal Server Error\nRetry failed [5]: docker pull quay.io/pypa/manylinux1_i686',
    source: 'multi-build/multibuild#332',
    expected: 'registry-unreachable'
  },
  {
    id: 'dev119-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'Executing: oras push --annotation=quay.expires-after=5d --registry-config /tmp/create-oci.sh.MYtQiR/auth-FScUp1.json quay.io/redhat-user-workloads/rhtap-contract-tenant/ec-main/cli-main:on-pr-f01422293597c5c90aceb63d088938543d65e98c.git SOURCE_ARTIFACT\nUploading c136d37a3d80 SOURCE_ARTIFACT\nError response from registry: denied: System is currently read-only. Pulls will succeed but all write operations are currently suspended.: map[]',
    source: 'conforma/cli#3008',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'quay.io itself was in read-only mode during an incident: a "denied" that no credential can change. The registry refusing service is read as registry-unreachable (an outage); not-a-login-failure is also defensible.'
  },
  {
    id: 'dev119-quay-06',
    family: 'quay',
    host: 'quay.io',
    text: 'unable to pull quay.io/openshift-release-dev/ocp-release@sha256:212296a41e04176c308bfe169e7c6e05d77b76f403361664c3ce55cd30682a94: unable to pull image: Error determining manifest MIME type for docker://quay.io/openshift-release-dev/ocp-release@sha256:212296a41e04176c308bfe169e7c6e05d77b76f403361664c3ce55cd30682a94: pinging docker registry returned: Get https://quay.io/v2/: x509: certificate signed by unknown authority',
    source: 'christianh814/ocp4-upi-helpernode#27',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'The text decides; which authority (a TLS-inspecting proxy, a mirror) the bootstrap node met is not shown in the stored thread.'
  },
  {
    id: 'dev119-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'v0.19.1-browser: Pulling from blockstack/blockstack-core\nreceived unexpected HTTP status: 500 Internal Server Error',
    source: 'stacks-network/stacks-core#668',
    expected: 'registry-unreachable',
    note: 'The host is from the thread (a maintainer: a temporary outage of the quay registry the image is pulled from); the layer progress lines between the two lines are trimmed.'
  },
  {
    id: 'dev119-quay-08',
    family: 'quay',
    host: 'quay.io',
    text: 'error: unable to upload blob sha256:1757db4d8792c5ec4aa766862d1bfde2dcadc8943053048bc076f40d110fb731 to quay.io/openshift-on-azure/prometheus-sidecar: unauthorized: access to the requested resource is not authorized\nerror: unable to upload blob sha256:cdcd8938ebf75b92148acfdea5c506ec98bde37460fec0394d7a1042b020548b to quay.io/openshift-on-azure/prometheus-sidecar: unauthorized: access to the requested resource is not authorized\nerror: unable to push registry.svc.ci.openshift.org/azure/azure-misc: failed to upload blob sha256:f062eb3df9d3eacb43fe74f9cf51b4bd3bc14e19df69235b50eafb8f170b1551: unauthorized: access to the requested resource is not authorized\nerror: unable to upload blob sha256:7dc0dca2b1516961d6b3200564049db0a6e0410b370bb2189e2efae0d368616f to quay.io/openshift-on-azure/prometheus-sidecar: unauthorized: access to the requested resource is not authorized\ninfo: Mirroring completed in 3.36s (0B/s)\nerror: one or more errors occurred while uploading images',
    source: 'openshift/release#1500',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "INFERENCE: `oc image mirror` pushed other repositories of the same quay.io organization in the same run (the digest lines before these, trimmed), so the mirror job's credential may push there but not to prometheus-sidecar; a repository not yet created (a robot cannot create one) would read the same. The stored thread shows no fix."
  },
  {
    id: 'dev119-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '/opt/azure_repos/home_dir_tgw_user/.nuget/packages/microsoft.net.build.containers/0.4.0/build/Microsoft.NET.Build.Containers.targets(195,5): error CONTAINER1013: Failed to push to the output registry: System.ApplicationException: CONTAINER1001: Failed to upload blob to POST****',
    source: 'dotnet/sdk-container-builds#418',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the registry is Harbor (the title); a maintainer found that Harbor answered the SDK's blob upload with its CSRF check because the SDK's HTTP client sent back Harbor's session cookie: a client defect fixed in the SDK, not the credential. The post masked the URL (****); the host is a placeholder."
  },
  {
    id: 'dev119-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2023/07/05 03:54PM WRN github.com/portainer/docker-compose-wrapper@v0.0.0-20230301083819-3dbc6abf1ce7/compose/internal/composeplugin/composeplugin.go:161 > docker compose command failed | error="exit status 18" error_output=" XXX Pulling \\n YYY Pulling \\n XXX Error \\n YYY Error \\nError response from daemon: unauthorized: unauthorized to access repository: XXX, action: pull: unauthorized to access repository: XXX, action: pull\\n" output=',
    source: 'portainer/portainer#9153',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'read-denied',
    note: "INFERENCE: Harbor's read denial (`action: pull`) for a stack Portainer pulled with a registry whose credentials the reporter had saved; whether Portainer's compose wrapper sent them at all the stored thread does not settle, and Harbor answers an anonymous pull of a private project the same way. The reporter masked the image names (XXX, YYY) and the host; the host is a placeholder. The escaped \\n are as posted."
  },
  {
    id: 'dev119-harbor-03',
    family: 'harbor',
    host: 'hub.test.com',
    text: 'Failed to pull image "hub.test.com/ci/clone:latest": rpc error: code = Unknown desc = Error response from daemon: Head "http://hub.test.com/v2/ci/clone/manifests/latest": Get "http://hub.test.com/service/token?account=CI-Robot&scope=repository%3Aci%2Fclone%3Apull&service=harbor-registry": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
    source: 'goharbor/harbor#17003',
    expected: 'registry-unreachable',
    note: "The CI log's timestamp and event prefix (`02:02:04  [Warning][pytorch/compile-p5kcm-hlz0v][Failed]`) are trimmed. Harbor's token service did not answer in time; the reporter suspected many jobs pulling the image at once."
  },
  {
    id: 'dev119-harbor-04',
    family: 'harbor',
    host: 'harbor.scpmtk.com',
    text: 'Failed to pull image "harbor.scpmtk.com/mtk-connect/mtk-connect-installers:v1.8.1": failed to pull and unpack image "harbor.scpmtk.com/mtk-connect/mtk-connect-installers:v1.8.1": failed to resolve reference "harbor.scpmtk.com/mtk-connect/mtk-connect-installers:v1.8.1": failed to do request: Head "https://harbor.scpmtk.com/v2/mtk-connect/mtk-connect-installers/manifests/v1.8.1": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2025-06-12T03:05:25Z is after 2025-06-07T05:48:45Z',
    source: 'GoogleCloudPlatform/horizon-sdv#8',
    expected: 'registry-unreachable',
    case: 'tls-expired',
    note: 'One kubelet event of the posted output; the event table columns are trimmed.'
  },
  {
    id: 'dev119-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'failed to read expected number of bytes: unexpected EOF',
    source: 'goharbor/harbor#22393',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: containerd's line on the node while pulling a ~40 GB image through a Harbor proxy-cache project; the pull is cut off after about 30 minutes whatever timeouts were raised (the registry log shows the client disconnecting during the blob PUT). INFERENCE: the issue is open with no fix. The post names no host; placeholder."
  },
  {
    id: 'dev119-harbor-06',
    family: 'harbor',
    host: 'harbor.myDomain.com',
    text: 'Error response from daemon: Get https://harbor.myDomain.com/v2/: x509: certificate is valid for 826f898e38816b48e9d68b01e49fc05b.526849e13b633cb69a05d233f7d3f5e6.traefik.default, not harbor.myDomain.com',
    source: 'goharbor/harbor#13438',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: "The certificate named is Traefik's generated default one: the ingress in front of Harbor did not present Harbor's certificate. Host as posted (a readable placeholder)."
  },
  {
    id: 'dev119-harbor-07',
    family: 'harbor',
    host: '192.168.189.144',
    text: 'Error response from daemon: Get "https://192.168.189.144/v2/": tls: failed to verify certificate: x509: cannot validate certificate for 192.168.189.144 because it doesn\'t contain any IP SANs',
    source: 'goharbor/harbor#19128',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch'
  },
  {
    id: 'dev119-harbor-08',
    family: 'harbor',
    host: 'core.harbor.domain:31247',
    text: 'Error response from daemon: Get https://core.harbor.domain:31247/v2/: Get https://core.harbor.domain/service/token?account=admin&client_id=docker&offline_token=true&service=harbor-registry: dial tcp 172.20.0.2:443: connect: connection refused',
    source: 'goharbor/harbor#13878',
    expected: 'registry-unreachable',
    note: 'docker reached the registry on the NodePort, but the token service its challenge named (core.harbor.domain on port 443) refused the connection; a maintainer pointed at the name resolving to a docker-network address (172.20.0.2). The web UI worked.'
  },
  {
    id: 'dev119-not-login-01',
    family: 'not-login',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/cortexproject/cortex": rpc error: code = Unknown desc = Error response from daemon: manifest for quay.io/cortexproject/cortex:latest not found',
    source: 'cortexproject/cortex#1805',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The repository has no `latest` tag; the maintainers pointed to a versioned tag.'
  },
  {
    id: 'dev119-not-login-02',
    family: 'not-login',
    host: 'quay.io',
    text: 'time="2020-11-12T23:37:02Z" level=fatal msg="Error parsing image name \\"docker://quay.io/prometheus-operator/prometheus-config-reloader:v0.39.0\\": Error reading manifest v0.39.0 in quay.io/prometheus-operator/prometheus-config-reloader: manifest unknown: manifest unknown"',
    source: 'rancher/rancher#30067',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "A Drone image-mirroring job (skopeo); the CI log's line-number prefix (`856 | `) is trimmed. The same job mirrored newer tags of the repository; this tag is not in it."
  },
  {
    id: 'dev119-not-login-03',
    family: 'not-login',
    host: 'quay.io',
    text: "  + docker image inspect quay.io/pypa/manylinux2014_aarch64:2024.11.16-1 --format '{{.Os}}/{{.Architecture}}'\n  Error response from daemon: No such image: quay.io/pypa/manylinux2014_aarch64:2024.11.16-1\n  2024.11.16-1: Pulling from pypa/manylinux2014_aarch64\n  Status: Downloaded newer image for quay.io/pypa/manylinux2014_aarch64:2024.11.16-1\n      + /bin/true\n  exec /usr/local/bin/manylinux-entrypoint: exec format error",
    source: 'pypa/cibuildwheel#2114',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: '`No such image` is only the local inspect before the pull, which succeeds; the aarch64 image then cannot run on the x86_64 runner (no QEMU/binfmt). Layer lines the reporter already cut (`<omit docker pulling layers>`) and the container id line are trimmed; the last line is as the reporter quoted it in the description, since the stored log copy is cut inside it.'
  }
]

/**
 * The hundred-and-thirteenth development set ("dev113": Quay (quay.io and Red Hat Quay) and Harbor): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-thirteenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV113: readonly RealText[] = [
  {
    id: 'dev113-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/biocontainers/mulled-v2-848eb9b6a829414c79e64bc96d43109620d1cfd9:869b2b6d573ee185276907ccda7237a29552a952-0\nError response from daemon: unauthorized: access to the requested resource is not authoriz',
    source: 'BioContainers/multi-package-containers#1727',
    expected: 'repository-not-found',
    note: 'needs the thread: asked just after the pull request building this mulled container was merged; the Singularity mirror also answered "the requested image was not found", and the same day the image pulled fine for a maintainer: it had most likely not been published yet when the reporter tried. The error line is cut short ("authoriz") as posted; the "#DOCKER" comment line before the command is trimmed. INFERENCE: the thread does not say when it was published.'
  },
  {
    id: 'dev113-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: failed to build: failed to solve: quay.io/centos/centos:stream9: failed to resolve source metadata for quay.io/centos/centos:stream9: failed to do request: Head "https://quay.io/v2/centos/centos/manifests/stream9": net/http: TLS handshake timeout',
    source: 'IBM/actionspz#59',
    expected: 'registry-unreachable',
    note: "The Dockerfile excerpt the post shows above the error line is trimmed. The same pull works from the reporter's own machine: the runners' network."
  },
  {
    id: 'dev113-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'ERRO[0012] /moby.buildkit.v1.Control/Solve returned error: unexpected status: 415 Unsupported Media Type',
    source: 'moby/buildkit#409',
    expected: 'not-a-login-failure',
    note: 'needs the thread: the host (the debug lines above, trimmed, show the PUT to https://quay.io/v2/…/manifests/latest answered 415); Quay.io did not accept schema 2 manifests then, so the push fails for the manifest format, not a credential.'
  },
  {
    id: 'dev113-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: Pull command failed: 2019/10/28 19:09:37 Running the Image Puller to pull images from a Docker Registry...\n2019/10/28 19:09:38 Image pull was unsuccessful: reading image "quay.io/keycloak/keycloak-gatekeeper@sha256:103d49ceaf9dab3d96757fb76732e2047051471deb4e8a459347aa17a9fe65d7": unsupported MediaType: "application/vnd.docker.distribution.manifest.v1+prettyjws", see https://github.com/google/go-containerregistry/issues/377',
    source: 'bazelbuild/rules_docker#1253',
    expected: 'not-a-login-failure',
    note: 'A schema 1 manifest the puller does not read: no word of a login. The bazel INFO line before it is trimmed.'
  },
  {
    id: 'dev113-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: '#29 pushing manifest for quay.io/eclipse/che-workspace-loader:next 0.2s done\n#29 ERROR: failed commit on ref "manifest-sha256:c6e2b61b24d6e9cce631a20165a8bc391330bbc6db4173f67e723ffc8aa86d0b": unexpected status: 401 UNAUTHORIZED\n------\n > exporting to image:\n------\nfailed to solve: rpc error: code = Unknown desc = failed commit on ref "manifest-sha256:c6e2b61b24d6e9cce631a20165a8bc391330bbc6db4173f67e723ffc8aa86d0b": unexpected status: 401 UNAUTHORIZED',
    source: 'eclipse-che/che#16983',
    expected: 'unknown',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a multi-platform buildx build with --cache-to type=registry,mode=max in the Che CI, which the issue says fails only "in some cases"; a refusal at the manifest commit alone matches the 401 buildkit then got from Quay for a rewritten tag or a cache manifest rather than a missing write permission. The node.js stack trace after it is trimmed. INFERENCE: the stored thread shows no confirmed cause; read alone, the text says insufficient-scope.'
  },
  {
    id: 'dev113-quay-06',
    family: 'quay',
    host: 'quay.io',
    text: 'docker.errors.APIError: 500 Server Error: Internal Server Error ("{"message":"Get https://quay.io/v2/openai/universe.world-of-bits/manifests/0.20.0: net/http: TLS handshake timeout"}")',
    source: 'openai/universe#90',
    expected: 'registry-unreachable',
    note: 'The first of several network errors the post lists (the others, connection resets and a v1 _ping timeout, are left out). The thread puts it down to a firewall between China and quay.io.'
  },
  {
    id: 'dev113-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'core@core-02 ~ $ sudo rkt fetch quay.io/coreos/flannel:v0.8.0\nfetch: Get https://quay-registry.s3.amazonaws.com/sharedimages/af3677fa-f126-46a5-804c-0b0f8022ab2c/layer?Signature=<masked>&Expires=1505285457&AWSAccessKeyId=<masked>: dial tcp 52.216.65.8:443: i/o time out',
    source: 'ustclug/mirrorrequest#135',
    expected: 'registry-unreachable',
    note: 'A layer download from quay.io\'s storage host timing out (from China). Two lines between the command and the error ("image: keys already exist…", a signature progress bar) are trimmed; the signed URL\'s Signature and AWSAccessKeyId values are masked.'
  },
  {
    id: 'dev113-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'The push refers to a repository [harbor.example.com/tomcat]\nreceived unexpected HTTP status: 504 Gateway Timeout',
    source: 'goharbor/harbor#9394',
    expected: 'registry-unreachable',
    note: 'The host was masked ("xxx") in the post; harbor.example.com is a placeholder. The layer progress lines between the two lines are trimmed. A push of a 1 GB layer through Harbor\'s proxy timing out (harbor_core logs "proxy error: unexpected EOF").'
  },
  {
    id: 'dev113-harbor-02',
    family: 'harbor',
    host: 'harbor.my.domain',
    text: 'Error response from daemon: Get https://harbor.my.domain/v2/: error parsing HTTP 404 response body: invalid character \'d\' looking for beginning of value: "default backend - 404"',
    source: 'goharbor/harbor#4499',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "An ingress controller's default backend answers /v2/ where Harbor (deployed with the Helm chart) should."
  },
  {
    id: 'dev113-harbor-03',
    family: 'harbor',
    host: 'harbour:8445',
    text: 'Error response from daemon: Get https://harbour:8445/v2/: Get https://harbour/service/token?account=tmunn&client_id=docker&offline_token=true&service=harbor-registry: Service Unavailable',
    source: 'goharbor/harbor#6977',
    expected: 'registry-unreachable',
    note: "Harbor's token service answers 503 (the realm drops the port the registry is on); the reporter gave up, blaming IPv6. No credential was judged."
  },
  {
    id: 'dev113-harbor-04',
    family: 'harbor',
    host: '192.168.199.45',
    text: '[root@harbor harbor]# docker login http://192.168.199.45\nUsername: tinker\nPassword: \nError response from daemon: Get https://192.168.199.45/v1/users/: dial tcp 192.168.199.45:443: getsockopt: connection refused',
    source: 'goharbor/harbor#987',
    expected: 'registry-unreachable',
    note: "Docker 1.12 tries HTTPS on a Harbor served over plain HTTP; the thread's answer is the insecure-registries option."
  },
  {
    id: 'dev113-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon:login attempt to http://harbor.example.com failed with status:502 Bad Gateway',
    source: 'goharbor/harbor#10240',
    expected: 'registry-unreachable',
    note: 'The issue\'s title, spacing as typed; the post masked the host ("XXX"), harbor.example.com is a placeholder (the body shows a private IP address).'
  },
  {
    id: 'dev113-harbor-06',
    family: 'harbor',
    host: 'registry.mydomain.com',
    text: '$ docker login registry.mydomain.com\nUsername: admin\nPassword:\nError response from daemon: Login: <html>\n<head><title>404 Not Found</title></head>\n<body bgcolor="white">\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/1.4.6 (Ubuntu)</center>\n</body>\n</html>\n\n (Code: 404; Headers: map[Server:[nginx/1.4.6 (Ubuntu)] Date:[Tue, 16 Aug 2016 08:57:25 GMT] Content-Type:[text/html]])',
    source: 'goharbor/harbor#686',
    expected: 'registry-unreachable',
    note: 'An nginx 404 page answers the (v1) login where Harbor, served over plain HTTP on a remote host, should; not the credential.'
  },
  {
    id: 'dev113-harbor-07',
    family: 'harbor',
    host: 'ic-registry.epfl.ch',
    text: 'docker login ic-registry.epfl.ch\nError response from daemon: Get https://ic-registry.epfl.ch/v2/: unauthorized: authentication required',
    source: 'epfml/kubernetes-setup#2',
    expected: 'invalid-credentials',
    note: 'needs the thread: that the registry is Harbor (the maintainer points to Harbor\'s robot-account docs and says to log in to the host as is, with a robot account\'s credentials). Two code blocks of the post joined ("returns error message:" between them dropped). INFERENCE: the reporter\'s own "fix" (logging in to …/v1) explains nothing; no confirmed cause.'
  },
  {
    id: 'dev113-harbor-08',
    family: 'harbor',
    host: 'harbor-foo.bar',
    text: 'docker pull harbor-foo.bar/rh-proxy/rhel7:latest\nlatest: Pulling from rh-proxy/rhel7\nunsupported manifest format',
    source: 'goharbor/harbor#14401',
    expected: 'not-a-login-failure',
    note: "A Harbor proxy-cache project for registry.redhat.io that cannot serve the upstream's manifest (other proxy projects work): a manifest format, not a login."
  },
  {
    id: 'dev113-harbor-09',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'docker image pull harbor.example.com/alpine\nError response from daemon: Get https://harbor.example.com/v2/alpine/manifests/latest: received unexpected HTTP status: 500 Internal Server Error',
    source: 'goharbor/harbor#8629',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: Harbor answered 500 for an image name without a project (the image lives in library/alpine; Harbor adds no default "library" project); the text alone reads as a server error. Two code blocks of the post joined ("returns" dropped).'
  },
  {
    id: 'dev113-harbor-10',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'docker login https://harbor.example.com\nUsername: robot$harborupgradetest\nPassword:\nError response from daemon: login attempt to https://harbor.example.com/v2/ failed with status: 401 Unauthorized',
    source: 'goharbor/harbor-helm#1780',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: after an upgrade of Harbor (2.8.4 to 2.10.2 with the Helm chart) robot, OIDC and pull logins all failed with 401, which points at the upgrade rather than this robot\'s secret. The host was masked ("harbor.xxx"); harbor.example.com is a placeholder. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev113-not-login-01',
    family: 'not-login',
    host: 'quay.io',
    text: '  Warning  Failed     33s (x2 over 50s)  kubelet            Failed to pull image "quay.io/thanos/thanos:v0.11.2": rpc error: code = Unknown desc = Error response from daemon: manifest for quay.io/thanos/thanos:v0.11.2 not found: manifest unknown: manifest unknown',
    source: 'prometheus-operator/prometheus-operator#4662',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The tag never existed on quay.io (an example manifest named it). The Pulling and ErrImagePull event lines around it are trimmed.'
  },
  {
    id: 'dev113-not-login-02',
    family: 'not-login',
    host: 'harbor.example.com',
    text: '{\n    "errorDetail":{\n        "message":"unauthorized: http status code: 401, body: {\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"authentication required\\",\\"detail\\":[{\\"Type\\":\\"repository\\",\\"Class\\":\\"\\",\\"Name\\":\\"faulttest-default/a-30153\\",\\"Action\\":\\"pull\\"}]}]}\\n"\n    },\n    "error":"unauthorized: http status code: 401, body: {\\"errors\\":[{\\"code\\":\\"UNAUTHORIZED\\",\\"message\\":\\"authentication required\\",\\"detail\\":[{\\"Type\\":\\"repository\\",\\"Class\\":\\"\\",\\"Name\\":\\"faulttest-default/a-30153\\",\\"Action\\":\\"pull\\"}]}]}\\n"\n}',
    source: 'goharbor/harbor#15375',
    expected: 'unknown',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: a docker push to Harbor (upgraded to 2.3.1 with the Helm chart) failing about one time in five with the same credential; harbor-registry logs "basic authentication challenge for realm harbor-registry-basic-realm: invalid authorization credential", i.e. Harbor core\'s own credential for its registry refused, not the user\'s. The text carries no host: harbor.example.com is a placeholder. INFERENCE: the stored thread shows no confirmed fix.'
  }
]

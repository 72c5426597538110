/**
 * A seventy-second development set of real registry error texts ("dev72"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The seventy-second
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, in the directions of infrastructure testing and policy
 * tools (Sonobuoy, Chaos Mesh, LitmusChaos, kube-bench, Test Kitchen,
 * container-structure-test, Conftest); none is a source of an earlier set
 * (the list of the 2903 earlier sources was checked before each pick), and
 * the hygiene test (__fixtures__/real-texts-hygiene.ts) compares every text
 * with every earlier set, the sealed and blind ones included, without
 * printing them.
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

export const REAL_TEXTS_DEV72: readonly RealText[] = [
  {
    id: 'dev72-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/chaos-mesh/chaos-daemon:v2.3.0": rpc error: code = Unknown desc = context deadline exceeded',
    source: 'chaos-mesh/chaos-mesh#3552',
    expected: 'registry-unreachable',
    note: 'a kubelet event of a Chaos Mesh helm install on minikube (only the message kept, not the event columns); the pull timed out, nothing about credentials. INFERENCE: no fix in the stored thread'
  },
  {
    id: 'dev72-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "runnning conftest pull: Error: download policies: error downloading 'oci://***.dkr.ecr.***.amazonaws.com/***:latest': pulling policy: unexpected status code [manifests latest]: 401 Unauthorized",
    source: 'YubicoLabs/action-conftest#9',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'token-expired'],
    note: "needs the thread: conftest pull of a policy bundle from ECR inside a container action, after a `docker login` to ECR on the runner succeeded; the reporter asks why the action cannot find the docker credentials (the container does not see the runner's docker config). INFERENCE: the thread holds no answer. Host masked as posted (***); `host` is a placeholder"
  },
  {
    id: 'dev72-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERRO[0037] Error response from daemon: pull access denied for gcr.io/authenticated-image-pulling/windows-nanoserver, repository does not exist or may require \'docker login\': denied: Permission denied for "v1" from request "/v2/authenticated-image-pulling/windows-nanoserver/manifests/v1".',
    source: 'cncf/k8s-conformance#981',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'not-a-login-failure'],
    note: "needs the thread: `sonobuoy images pull` with the reporter's gcloud docker login; gcr.io/authenticated-image-pulling holds the deliberately private images of the e2e test of pulls with a secret, which a user's own Google login may not read. INFERENCE: no answer in the stored excerpt"
  },
  {
    id: 'dev72-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/heptio-images/sonobuoy:0.11.0-rc.1": rpc error: code = Unknown desc = unauthorized: authentication required',
    source: 'vmware-tanzu/sonobuoy#383',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'not-a-login-failure'],
    note: 'needs the thread: `sonobuoy run` of a release candidate whose image the cluster pulled anonymously from the public heptio-images project; the issue is labelled a bug of the release. INFERENCE: the rc image was not published readable, no fix in the stored excerpt; kubelet event message only'
  },
  {
    id: 'dev72-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker pull gcr.io/oauth2l/oauth2l\nUsing default tag: latest\nError response from daemon: Head "https://gcr.io/v2/oauth2l/oauth2l/manifests/latest": error parsing HTTP 412 response body: invalid character \'R\' looking for beginning of value: "Request Rejected: Please contact project owners"',
    source: 'google/oauth2l#172',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable', 'unknown'],
    note: 'needs the thread: an anonymous pull ("My docker CLI is not authenticated on gcr.io") refused with 412 by the owning project; it worked again after the maintainers published new releases, so nothing on the puller\'s side. The shell prompt character before `docker pull` was dropped. INFERENCE on the cause (a project-side refusal)'
  },
  {
    id: 'dev72-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: "Unable to find image 'gcr.io/heptio-images/golang:1.9-alpine3.6' locally\ndocker: Error response from daemon: Get https://gcr.io/v2/heptio-images/golang/manifests/1.9-alpine3.6: Get https://gcr.io/v2/token?scope=repository%3Aheptio-images%2Fgolang%3Apull&service=gcr.io: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).",
    source: 'vmware-tanzu/sonobuoy#138',
    expected: 'registry-unreachable',
    note: 'a CI build of Sonobuoy pulling its build image; the token request timed out and the author reran the job'
  },
  {
    id: 'dev72-generic-01',
    family: 'generic',
    host: 'gcr.azk8s.cn',
    text: 'Failed to pull image "gcr.azk8s.cn/pingcap/chaos-mesh:v2.0.0": rpc error: code = Unknown desc = Error response from daemon: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>403 Forbidden</h1></center>\\r\\n<hr><center>nginx/1.14.0 (Ubuntu)</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'chaos-mesh/chaos-mesh#2294',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'not-a-registry',
    note: "Chaos Mesh's `install.sh --docker-mirror` points at the gcr.azk8s.cn mirror, which answers with an nginx 403 page; the issue is a bug of the script's mirror option. The escaped \\r\\n and quotes are as posted in the kubelet event (message only kept). INFERENCE: the mirror refusing outside traffic is not stated in the stored thread"
  },
  {
    id: 'dev72-generic-02',
    family: 'generic',
    host: 'docker.chameleoncloud.org',
    text: 'APIError: 500 Server Error: Internal Server Error (\\"Get https://docker.chameleoncloud.org/v2/: no basic auth credentials\\")',
    source: 'ChameleonCloud/chi-in-a-box#77',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'the last line of a docker-py traceback inside Ansible output (the escaped quotes are as posted; the traceback frames were cut); the maintainer: the registry requires authentication, run `docker login docker.chameleoncloud.org`'
  },
  {
    id: 'dev72-generic-03',
    family: 'generic',
    host: 'litmuschaos.docker.scarf.sh',
    text: 'Failed to pull image "litmuschaos.docker.scarf.sh/litmuschaos/litmusportal-frontend:3.15.0": failed to pull and unpack image "litmuschaos.docker.scarf.sh/litmuschaos/litmusportal-frontend:3.15.0": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/66/66a62ee936755212645672d659ec89d09fdd76985316659a3351f913ba84d52c/data?X-Amz-Algorithm=AWS4-HMAC-SHA256": read tcp 10.204.11.114:58158->172.66.1.46:443: read: connection reset by peer',
    source: 'litmuschaos/litmus#5046',
    expected: 'registry-unreachable',
    note: "a LitmusChaos install pulling through the Scarf gateway; the blob download from the storage behind it was reset by the network, while a `docker pull` elsewhere worked. The presigned URL's credential, date, expiry and signature parameters were cut. INFERENCE: closed without an answer"
  },
  {
    id: 'dev72-generic-04',
    family: 'generic',
    host: 'us.icr.io',
    text: 'Error: error creating driver: unable to retrieve auth token: invalid username/password',
    source: 'GoogleContainerTools/container-structure-test#173',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "container-structure-test's tar driver in an IBM Cloud delivery pipeline, which reads the registry credential from the stage's docker config; the registry's token service refused what it was sent. The image name was masked as posted, so `host` is a placeholder of IBM's registry. INFERENCE: the maintainer explains the driver, no confirmed fix"
  },
  {
    id: 'dev72-docker-hub-01',
    family: 'docker-hub',
    host: 'registry.hub.docker.com',
    text: 'time="2022-06-02T14:34:37Z" level=fatal msg="writing blob: initiating layer upload to /v2/sonobuoy/sonobuoy/blobs/uploads/ in registry.hub.docker.com: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n"',
    source: 'vmware-tanzu/sonobuoy#1730',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'insufficient-scope'],
    note: "Sonobuoy's CI pushing its image to Docker Hub; the maintainer guessed the key had expired. The push's token carried no push right ('authentication required'), as when no usable credential was sent. INFERENCE: no confirmed fix in the stored thread; the escaped \\n are as posted"
  },
  {
    id: 'dev72-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull sonobuoy/sonobuoy:$SONOBUOY_VERSION\nError response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'vmware-tanzu/sonobuoy#1195',
    expected: 'rate-limited',
    note: "the command and its result, each quoted in the post's list of steps (markdown emphasis removed); the maintainer pointed to the readme's note on Docker Hub's limits"
  },
  {
    id: 'dev72-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: ">>>>>>     Failed to complete #create action: [pull access denied for org/chefdk, repository does not exist or may require 'docker login'\n] on chefdk-chefdk",
    source: 'test-kitchen/kitchen-dokken#150',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: kitchen-dokken pulled a private image through the Docker API without passing any credential (kitchen-dokken#126); the PR adds credentials for private registries and the same `kitchen create` then works. The image name is masked as posted (org/chefdk)'
  },
  {
    id: 'dev72-not-login-01',
    family: 'not-login',
    host: 'gcr.io',
    text: 'docker pull gcr.io/heptio-images/sonobuoy:v0.11.6-2-gc14a483\nError response from daemon: manifest for gcr.io/heptio-images/sonobuoy:v0.11.6-2-gc14a483 not found',
    source: 'vmware-tanzu/sonobuoy#538',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "a Sonobuoy built from master asks for an image tagged with its git describe, never published; the maintainers recommend the released binaries. The command's backticks and the result's quote marker were removed"
  },
  {
    id: 'dev72-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "docker.io/aquasec/kube-bench:v0.15.1": Error response from daemon: manifest for aquasec/kube-bench:v0.15.1 not found: manifest unknown: manifest unknown',
    source: 'aquasecurity/kube-bench#2085',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "kube-bench's job.yaml from main names a tag not yet on Docker Hub (kubelet event message only). INFERENCE: no fix quoted in the stored excerpt"
  },
  {
    id: 'dev72-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull litmuschaos/ansible-runner:1.13.0\nError response from daemon: manifest for litmuschaos/ansible-runner:1.13.0 not found: manifest unknown: manifest unknown',
    source: 'litmuschaos/chaos-charts#454',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a LitmusChaos experiment chart names a tag that was never pushed; the maintainers point to 1.13.5'
  },
  {
    id: 'dev72-not-login-04',
    family: 'not-login',
    host: 'k8s.gcr.io',
    text: 'time="2021-06-24T02:23:44Z" level=error msg="Error response from daemon: manifest for k8s.gcr.io/conformance:auto not found: manifest unknown: Failed to fetch \\"auto\\" from request \\"/v2/conformance/manifests/auto\\"."',
    source: 'vmware-tanzu/sonobuoy#1324',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "`sonobuoy images pull` 0.52.0 failed to resolve the cluster's version and asked for the tag 'auto'; setting --kubernetes-version worked. The Jenkins timestamp prefix was cut; the escaped quotes are as posted"
  },
  {
    id: 'dev72-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "sonobuoy/sonobuoy:v0.16.1": rpc error: code = Unknown desc = Error response from daemon: manifest for sonobuoy/sonobuoy:v0.16.1 not found',
    source: 'vmware-tanzu/sonobuoy#939',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'Sonobuoy from master defaulted to a new Docker Hub repository where the tag did not exist yet; pointing --sonobuoy-image at the old gcr.io repository worked (kubelet event message only)'
  }
]

/**
 * The second late set, part C (Quay (quay.io and Red Hat Quay) and Harbor): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The second late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE2_C: readonly RealText[] = [
  // ---------------------------------------------------------------- quay
  {
    id: 'late2-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Get https://quay.io/v2/weaveworks/flux/manifests/latest: unknown: Namespace weaveworks has been disabled. Please contact a system administrator',
    source: 'fluxcd/flux#1953',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'unknown'],
    note: 'needs the thread: Quay disabled the whole namespace, so no credential helps and the way out is another image name; the thread is closed as a duplicate of #1948, which the stored copy does not show (INFERENCE that the fix was pulling the image from elsewhere). The text has no word of a login, hence not-a-login-failure is also defensible.'
  },
  {
    id: 'late2-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Caused by: org.testcontainers.containers.ContainerFetchException: Can\'t get Docker image: RemoteDockerImage(imageName=quay.io/repository/arkmq-org/activemq-artemis-broker:artemis.2.42.0, imagePullPolicy=DefaultPullPolicy(), imageNameSubstitutor=org.testcontainers.utility.ImageNameSubstitutor$LogWrappedImageNameSubstitutor@6d293993)\nCaused by: com.github.dockerjava.api.exception.UnauthorizedException: Status 401: {"message":"unauthorized: access to the requested resource is not authorized"}',
    source: 'wildfly/wildfly#19148',
    expected: 'repository-not-found',
    note: 'Testcontainers in CI: the image name carries the quay.io web path (quay.io/repository/arkmq-org/...), a repository that does not exist, which Quay answers as not authorized; the PR author then fixed the PR ("should be fixed now"). The stack frames between the two "Caused by" lines are dropped.'
  },
  {
    id: 'late2-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/kubernetes-ingress-controller/nginx-ingress-controller:0.32.0": rpc error: code = Unknown desc = Error response from daemon: Get https://quay.io/v2/kubernetes-ingress-controller/nginx-ingress-controller/manifests/0.32.0: received unexpected HTTP status: 500 Internal Server Error',
    source: 'kubernetes/ingress-nginx#5579',
    expected: 'registry-unreachable',
    note: 'kubelet pull during a quay.io incident; the maintainer confirms it (status.quay.io).'
  },
  {
    id: 'late2-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/kubernetes-ingress-controller/nginx-ingress-controller:master": rpc error: code = Unknown desc = Error response from daemon: manifest for quay.io/kubernetes-ingress-controller/nginx-ingress-controller:master not found',
    source: 'kubernetes/ingress-nginx#4890',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a look-alike: the master tag was gone for a while (maintainer: use a release tag); nothing about a login.'
  },
  {
    id: 'late2-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: '4m12.6680513 Error: error pushing bundle "...": failed commit on ref "manifest-sha256:9667e259a2c6c54d7a675dd4eed770bd683c7403a562475eaae65db72df00d41": unexpected status: 415 Unsupported Media Type',
    source: 'werf/werf#3182',
    expected: 'not-a-login-failure',
    note: 'a look-alike: werf publishing a Helm bundle (an OCI artifact) to Quay, which refused its media type with 415; nothing about a login. The post masks the bundle reference ("...") and names no host beyond "quay" in its title (placeholder quay.io). The thread has no answer.'
  },
  {
    id: 'late2-quay-06',
    family: 'quay',
    host: 'quay.io:443',
    text: 'ERRO[0000] failed to extract image: MANIFEST_UNKNOWN: "manifest unknown"',
    source: 'concourse/registry-image-resource#38',
    expected: 'not-a-login-failure',
    note: 'a look-alike: Concourse registry-image getting quay.io:443/coreos/hyperkube:v1.9.6_coreos.2, a tag Quay served only as a schema-1 manifest (docker manifest inspect in the post: unsupported manifest media type ...v1+prettyjws) that the resource could not read; later versions worked. Not a missing tag, hence no case. The trailing space is trimmed.'
  },
  // -------------------------------------------------------------- harbor
  {
    id: 'late2-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '$ harbor login <server> -u <user> -p <cli-secret>\nError: login failed: response status code does not match any response statuses defined for this endpoint in the swagger spec (status 502): {}',
    source: 'goharbor/harbor-cli#808',
    expected: 'registry-unreachable',
    note: "harbor-cli against an OIDC Harbor whose /api/v2.0/users/current answers 502 (a server-side defect; the credential works elsewhere). Found through a mirror page of the issue in the pages corpus; the post shows no host (placeholder). <cli-secret> is the post's own placeholder."
  },
  {
    id: 'late2-harbor-02',
    family: 'harbor',
    host: 'harbor.example.io',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: login attempt to https://harbor......io/v2/ failed with status: 401 Unauthorized',
    source: 'goharbor/harbor#22384',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'the post masked the host with dots (kept as posted; host is a placeholder). The thread says admin and new users fail while the same users log in to the portal (Harbor from Helm behind a Gateway with TLS off), which points at the setup rather than the password; INFERENCE: no confirmed fix in the stored thread.'
  },
  {
    id: 'late2-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'harbor  --debug --insecure project-list\nDEBUG (connectionpool:813) Starting new HTTPS connection (1): local:443\nDEBUG (connectionpool:393) https://local:443 "POST /login HTTP/1.1" 405 174\nCommandError: Unable to authorize user \'admin\': {"reason": "Not Allowed", "message": "<html>\n<head><title>405 Not Allowed</title></head>\n<body bgcolor="white">\n<center><h1>405 Not Allowed</h1></center>\n<hr><center>nginx/1.13.10</center>\n</body>\n</html>\n"}',
    source: 'int32bit/python-harborclient#17',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: python-harborclient posts its login to /login, which Harbor behind an nginx ingress answers with an nginx 405 page; another user fixed it by changing the client's login URL, so an error page answered, not a refusal of the credential. The post's host reads \"local\" (placeholder host). The post's first command, which holds a new user's password, is not copied."
  },
  {
    id: 'late2-harbor-04',
    family: 'harbor',
    host: 'harbor-test.yishifuwu.cn',
    text: 'lunauthorized: unauthorized to access repository: system/django-layui, action: push: unauthorized to access repository: system/django-layui, action: push',
    source: 'goharbor/harbor#18667',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: 'copied as posted, with its stray leading "l"; host from the registry log in the post. The reporter says it is the admin account after "Login Succeeded", and the registry log shows the upload POST answered 202, which points at something in between rather than a missing role; INFERENCE: the issue is open with no fix.'
  },
  {
    id: 'late2-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: unknown: artifact projectname/imagename:v3-centosrepo_cve_fix not found',
    source: 'goharbor/harbor#17852',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a look-alike after an upgrade to Harbor v2.6.2: the tag is in the database and the UI, and pulls by digest work; a server-side data problem, not a login. The post quotes it with "> " (dropped) and masks the host (placeholder).'
  },
  {
    id: 'late2-harbor-06',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "ERROR: /..../images/testcontainers/BUILD.bazel:3:24: //images/testcontainers:redis_7_4_debian_12_linux_arm64_container depends on @@rules_oci~~oci~redis_7_4_debian_12_linux_arm64//:redis_7_4_debian_12_linux_arm64 in repository @@rules_oci~~oci~redis_7_4_debian_12_linux_arm64 which failed to fetch. no such package '@@rules_oci~~oci~redis_7_4_debian_12_linux_arm64//': Unable to retrieve the image manifest. This could be due to\n*) Authentication problems. Check if `docker pull` command succeeds with same parameters.\n*) If there is a configured URL Rewriter, check that it does not block the request.\nERROR: Analysis of target '//images/testcontainers:redis_7_4_debian_12_linux_arm64_container' failed; build aborted: Analysis failed",
    source: 'bazel-contrib/rules_oci#801',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    case: 'no-login',
    note: 'needs the thread: Bazel rules_oci oci.pull from an internal Harbor that lets docker pull anonymously; the reporter then found that rules_oci needs a credential (helper) for the host even so. The post names no host (placeholder).'
  },
  {
    id: 'late2-harbor-07',
    family: 'harbor',
    host: '139.9.162.134:30043',
    text: 'Error response from daemon: Get "https://139.9.162.134:30043/v2/": x509: cannot validate certificate for 139.9.162.134 because it doesn\'t contain any IP SANs',
    source: 'goharbor/harbor-helm#1156',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: 'docker login to a Harbor NodePort by IP; the certificate has no IP SAN (maintainers: use the name in the certificate, or set the IP as commonName). The post\'s "response: " prefix and its command line, which holds the default admin password, are not copied.'
  },
  {
    id: 'late2-harbor-08',
    family: 'harbor',
    host: 'harbor.infra-cluster',
    text: 'Uploading bb60178e2a6c images/capi/output/ubuntu-2204-kube-v1.28.6/ubuntu-2204-kube-v1.28.6.qcow2\nError: PUT "https://harbor.infra-cluster/v2/itz-dev/ubuntu-22.04-kube/blobs/uploads/8914d340-3e97-4a3d-b75e-be7d050d498f?_state=Ze7X_YQ8MeNeF4rS65Hx1lLjYWGZzhf8x8G5_-T2Zj57Ik5hbWUiOiJpdHotZGV2L3VidW50dS0yMi4wNC1rdWJlIiwiVVVJRCI6Ijg5MTRkMzQwLTNlOTctNGEzZC1iNzVlLWJlN2QwNTBkNDk4ZiIsIk9mZnNldCI6MCwiU3RhcnRlZEF0IjoiMjAyNC0wMS0xOVQxODoxNzoyNi45Mzk5Nzg4NjNaIn0%3D&digest=sha256%3Abb60178e2a6c971dc96ae4b023767398b7b4a91358eb0c04565a8000b30886d6": response status code 500: unknown: unknown error: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. For more information, see REST Authentication and SOAP Authentication for details.\n\tstatus code: 403, request id: 70974918-d335-148d-9ae2-1070fde7ed2c, host id:',
    source: 'oras-project/oras#1249',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "oras push of a qcow2 image to Harbor: Harbor answered 500 because its own S3-compatible storage refused Harbor's request signature (a server-side storage setting), not the client's credential; the AWS words are the storage backend's. The _state value is the upload's state, not a credential. The trailing space after \"host id:\" is trimmed. The stored thread (labels Harbor, wontfix) shows no fix: the label rests on the text's 500."
  }
]

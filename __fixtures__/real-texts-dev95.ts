/**
 * The ninety-fifth development set ("dev95": Quay (quay.io and Red Hat Quay) and Harbor): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-fifth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV95: readonly RealText[] = [
  {
    id: 'dev95-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/openshift-on-azure/azure:v6.0\nGet https://quay.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'openshift/openshift-azure#1870',
    expected: 'registry-unreachable'
  },
  {
    id: 'dev95-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/ansible/awx-ee:latest": rpc error: code = Unknown desc = failed to pull and unpack image "quay.io/ansible/awx-ee:latest": failed to copy: httpReaderSeeker: failed open: failed to do request: Get "https: // cdn02.\nquay.io/sha256/b2/b2a28c3a93db229b413efb9085283949243e2741385282beae51d7285f1f3402?Expires=1632318661&Signature=<masked> & Key-Pair-Id = <masked> ": read tcp 10.20.130.43:50116->13.32.143.102:443: read: connection reset by peer',
    source: 'ansible/awx#11109',
    expected: 'registry-unreachable',
    note: "The signed CDN URL's Signature and Key-Pair-Id values are masked (the post's own line break inside the signature went with them); the spaces the post has inside the URL (\"https: // cdn02.\") are kept. The reset comes from quay.io's layer CDN host (cdn02.quay.io), not from the registry's auth."
  },
  {
    id: 'dev95-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: '2017/10/02 13:24:17 registry failed ping request, error: Get https://quay.io/v2/: http: non-successful response (status=401 body="{\\"error\\": \\"Invalid bearer token format\\"}")',
    source: 'keel-hq/keel#104',
    expected: 'unknown',
    alsoAcceptable: ['malformed-credentials'],
    note: 'needs the thread: the pull secret was created with kubectl create secret docker-registry and Kubernetes pulls with it fine; the maintainer fixed how Keel read that secret format (keel PR #107), so the credential itself was good and the tool sent it in a form Quay rejects. No id names a client that mangles a valid credential; malformed-credentials is the nearest.'
  },
  {
    id: 'dev95-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling chainpoint-node (quay.io/chainpoint/chainpoint-node:6cb123963feecd8dad9ed9cb5b95a9b8195ed81f)...\nERROR: Get https://quay.io/v1/_ping: dial tcp: lookup quay.io on 127.0.0.1:53: no such host',
    source: 'chainpoint/chainpoint-node#39',
    expected: 'registry-unreachable'
  },
  {
    id: 'dev95-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'Dec 19 11:39:17 172.29.0.1 core[11160]: 2019-12-19T10:39:17Z [ERROR] [/replication/operation/controller.go:108]: the execution 112 failed: failed to fetch image: http error: code 401, message {"error": "Invalid bearer token format"}',
    source: 'goharbor/harbor#10317',
    expected: 'unknown',
    alsoAcceptable: ['malformed-credentials'],
    note: "needs the thread: Harbor's replication pulling from quay.io with a Quay robot account; the 401 body is Quay's (family quay, although the log line is Harbor's core log). The robot credential is not shown to be wrong: Quay refused the form of the Authorization header Harbor's quay adapter sent (Harbor later changed that adapter from basic to token authorization, PR #12709). INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev95-quay-06',
    family: 'quay',
    host: 'quay.io',
    text: 'Unable to find image \'quay.io/coreos/flannel-amd64:0.6.0\' locally\nPulling repository quay.io/coreos/flannel-amd64\ndocker: Error: Status 403 trying to pull repository coreos/flannel-amd64: "{\\"error\\": \\"Permission Denied\\"}".\nSee \'docker run --help\'.',
    source: 'kubernetes-retired/kube-deploy#198',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the reporter found that quay.io/coreos/flannel-amd64 does not exist (at least publicly) and that the image is named quay.io/coreos/flannel:v0.6.0-${ARCH}; Quay answers an anonymous (v1) pull of a missing or private repository with 403 Permission Denied. A later error in the thread is another one (INFERENCE that the renamed image then pulled).'
  },
  {
    id: 'dev95-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling image "quay.io/coreos/flannel:v0.11.0-amd64"\nWarning  Failed     14m (x3 over 16m)   kubelet, ip-10-10-74-203.eu-west-1.compute.internal  Failed to pull image "quay.io/coreos/flannel:v0.11.0-amd64": rpc error: code = Unknown desc = Error response from daemon: Get https://quay.io/v2/coreos/flannel/manifests/v0.11.0-amd64: received unexpected HTTP status: 500 Internal Server Error',
    source: 'flannel-io/flannel#1297',
    expected: 'registry-unreachable',
    note: 'The reporter closed it himself: "quay.io is down".'
  },
  {
    id: 'dev95-quay-08',
    family: 'quay',
    host: 'quay.io',
    text: 'Warning  Failed     6m36s (x4 over 8m4s)   kubelet, kind-1.14.2-control-plane  Failed to pull image "quay.io/coreos/flannel:v0.11.0-amd64": rpc error: code = Unknown desc = failed to resolve image "quay.io/coreos/flannel:v0.11.0-amd64": no available registry endpoint: failed to do request: Head https://quay.io/v2/coreos/flannel/manifests/v0.11.0-amd64: EOF',
    source: 'kubevirt/kubevirtci#119',
    expected: 'registry-unreachable',
    note: 'Quoted in a pull-request review comment; the leading indentation of the events table is trimmed.'
  },
  {
    id: 'dev95-harbor-01',
    family: 'harbor',
    host: 'harbor.geekcloudnative.com',
    text: 'Error response from daemon: Get "https://harbor.geekcloudnative.com/v2/": Get "https://core.harbor.domain/service/token?account=admin&client_id=docker&offline_token=true&service=harbor-registry": dial tcp: lookup core.harbor.domain on 8.8.8.8:53: no such host',
    source: 'goharbor/harbor#18155',
    expected: 'registry-unreachable',
    note: "The docker login command line above it (with a password) is not copied. The token realm is the Helm chart's default externalURL (core.harbor.domain), which the posted values do not set."
  },
  {
    id: 'dev95-harbor-02',
    family: 'harbor',
    host: '202.120.39.13:61555',
    text: 'Error response from daemon: Get http://202.120.39.13:61555/v2/: Get http://192.168.1.61:30002/service/token?account=admin&client_id=docker&offline_token=true&service=harbor-registry: net/http: request canceled (Client.Timeout exceeded while awaiting headers) (Client.Timeout exceeded while awaiting headers)',
    source: 'goharbor/harbor#15127',
    expected: 'registry-unreachable',
    note: "The docker login command line above it (with a password) is not copied. Harbor's hostname is the internal address, so the token realm points where the client cannot reach."
  },
  {
    id: 'dev95-harbor-03',
    family: 'harbor',
    host: '120.11.22.33',
    text: 'Error response from daemon: Get "http://120.11.22.33/v2/": Get "http://172.11.22.33/service/token?account=admin&client_id=docker&offline_token=true&service=harbor-registry": dial tcp 172.11.22.33:80: connect: no route to host',
    source: 'goharbor/harbor#21854',
    expected: 'registry-unreachable',
    note: 'The docker login command line above it (with a password) is not copied; the addresses are as the reporter wrote them.'
  },
  {
    id: 'dev95-harbor-04',
    family: 'harbor',
    host: '10.10.102.91',
    text: 'is not a valid chart repository or cannot be reached: Failed to fetch http://10.10.102.91/chartrepo/helmrepo/index.yaml : 401 Unauthorized',
    source: 'goharbor/harbor#7131',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: helm repo add with credentials against Harbor's chart repository over http; the reporter fixed it by giving the https URL, so the credential was right and the http request (redirected to https) reached the index without it. INFERENCE on the mechanism: the thread gives the fix, not why."
  },
  {
    id: 'dev95-harbor-05',
    family: 'harbor',
    host: 'core.harbor.yizhishang.com',
    text: 'Error: looks like "https://core.harbor.yizhishang.com/chartrepo/library" is not a valid chart repository or cannot be reached: Get "https://core.harbor.yizhishang.com/chartrepo/library/index.yaml": x509: certificate signed by unknown authority',
    source: 'goharbor/harbor#12326',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'The helm repo add command line above it (with a password) is not copied.'
  },
  {
    id: 'dev95-harbor-06',
    family: 'harbor',
    host: '117.119.33.138:8080',
    text: 'Error response from daemon: Get http://117.119.33.138:8080/v2/: error parsing HTTP 404 response body: invalid character \'<\' looking for beginning of value: "<!DOCTYPE HTML PUBLIC \\"-//IETF//DTD HTML 2.0//EN\\">\\r\\n<html>\\r\\n<head><title>404 Not Found</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<h1>404 Not Found</h1>\\r\\n<p>The requested URL was not found on this server. Sorry for the inconvenience.<br/>\\r\\nPlease report this message and include the following information to us.<br/>\\r\\nThank you very much!</p>\\r\\n<table>\\r\\n<tr>\\r\\n<td>URL:</td>\\r\\n<td>http://117.119.33.138/service/token?account=admin&amp;client_id=docker&amp;offline_token=true&amp;service=harbor-registry</td>\\r\\n</tr>\\r\\n<tr>\\r\\n<td>Server:</td>\\r\\n<td>uy07-04</td>\\r\\n</tr>\\r\\n<tr>\\r\\n<td>Date:</td>\\r\\n<td>2017/08/11 02:57:33</td>\\r\\n</tr>\\r\\n</table>\\r\\n<hr/>Powered by Tengine/2.2.0</body>\\r\\n</html>\\r\\n"',
    source: 'goharbor/harbor#3032',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: 'The escaped \\r\\n and \\" are as posted (docker quotes the body). The token realm lacks the custom port 8080, so another web server (Tengine) answered it; the maintainer pointed to the customized-port guide and the reporter confirmed it resolved.'
  },
  {
    id: 'dev95-harbor-07',
    family: 'harbor',
    host: 'harbor.fabrique.social.gouv.fr',
    text: 'curl -s https://harbor.fabrique.social.gouv.fr/v2/fabrique/template/app/manifests/sha-410816bb29e8588789840b408e1a65c4270c0add\n\n{"errors":[{"code":"UNAUTHORIZED","message":"authorize header needed to send HEAD to repository: authorize header needed to send HEAD to repository"}]}',
    source: 'SocialGouv/kontinuous#67',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "A CI check (skipExisting) reading a manifest with no credential; Harbor's message says no Authorization header was sent, and the issue asks to send the registry login with it. repository-not-found is the convention's label for an unauthenticated read of a private repository."
  },
  {
    id: 'dev95-harbor-08',
    family: 'harbor',
    host: '192.0.2.10:30003',
    text: 'ERRO[0000] failed to call tryLoginWithRegHost            error="failed to call rh.Client.Do: Get \\"https://xxxx:30003/v2/\\": x509: cannot validate certificate for  xxxx because it doesn\'t contain any IP SANs" i=0\nFATA[0000] failed to call rh.Client.Do: Get "https://xxxx:30003/v2/": x509: cannot validate certificate for xxxx  because it doesn\'t contain any IP SANs ',
    source: 'goharbor/harbor#17502',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: 'nerdctl login; the reporter masked the address as xxxx (kept in the text, doubled spaces as posted), so host is a placeholder address. The nerdctl command line (with a password) and its --password warning are not copied.'
  },
  {
    id: 'dev95-harbor-09',
    family: 'harbor',
    host: 'harbor.example.com',
    text: ' Loading registry credentials from service account secrets\n\n Loading secret for "harbor.example.com/project" from secret "kpack-reg-creds-2" at location "/var/build-secrets/kpack-reg-creds-2"\n\n Loading cluster credential helpers\n\n Error verifying write access to "harbor.example.com/project/test": UNAUTHORIZED',
    source: 'buildpacks-community/kpack#1712',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: 'needs the thread: the same credentials push the builder image fine, and the reporter\'s workaround is a kubernetes.io/basic-auth secret instead of a dockerconfigjson one, so the credential was good and was not applied to the image\'s write check (the secret is keyed "harbor.example.com/project"). INFERENCE: no maintainer-confirmed cause in the stored thread. Earlier build-log lines trimmed; host as the reporter masked it.'
  },
  {
    id: 'dev95-not-login-01',
    family: 'not-login',
    host: 'quay.io',
    text: '$ docker pull quay.io/tinkerbell-actions/grub2disk:v1.0.0\nError response from daemon: unknown: Tag v1.0.0 was deleted or has expired. To pull, revive via time machine',
    source: 'tinkerbell/actions#84',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown'
  },
  {
    id: 'dev95-not-login-02',
    family: 'not-login',
    host: 'quay.io',
    text: "['ERROR_AUTH', u'quay.io/openshiftio/rhel-fabric8-ui-admin-console:e1df25', 'time=\"2019-01-30T11:32:13Z\" level=fatal msg=\"Error reading manifest e1df25 in quay.io/openshiftio/rhel-fabric8-ui-admin-console: manifest unknown: manifest unknown\" \\n']\n['ERROR_NOAUTH', u'quay.io/openshiftio/rhel-fabric8-ui-admin-console:e1df25', 'time=\"2019-01-30T11:32:14Z\" level=fatal msg=\"Error reading manifest e1df25 in quay.io/openshiftio/rhel-fabric8-ui-admin-console: unauthorized: access to the requested resource is not authorized\" \\n']",
    source: 'openshiftio/saas-openshiftio#1207',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The literal \\n inside each Python list is as posted. The authenticated read answers manifest unknown (the unauthenticated one unauthorized); the reviewer's fix was hash_length 7, i.e. the tag named does not exist."
  },
  {
    id: 'dev95-not-login-03',
    family: 'not-login',
    host: '10.160.247.138',
    text: '~# docker pull 10.160.247.138/default-project/ubuntu:14.04\nPull (1 of 1): 10.160.247.138/default-project/ubuntu:14.04@sha256:0204dc6e09fa57ab99ac40e415eb637d62c8b2571ecbbc9ca0eb5e2ad2b5c56f\nError response from daemon: unknown: The image is not signed in Notary.',
    source: 'goharbor/harbor#2991',
    expected: 'not-a-login-failure',
    note: "Harbor's project-level content trust refusing the pull (DOCKER_CONTENT_TRUST=1); a Harbor bug fixed upstream, not a credential matter."
  }
]

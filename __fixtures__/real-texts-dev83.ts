/**
 * The eighty-third development set ("dev83": Quay (quay.io and Red Hat Quay) and Harbor): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-third development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV83: readonly RealText[] = [
  {
    id: 'dev83-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: pushing image "quay.io/redhat-user-workloads-stage/dev-release-team-tenant/test-component-pac-fqgxic:5d125d22bc04cd3f1fde85f79450225a0b3324cb-linux-x86-64" to "docker://quay.io/\nredhat-user-workloads-stage/dev-release-team-tenant/test-component-pac-fqgxic:test-component-pac-fqgxic-on-push-vpgvn-build-images": writing blob: uploading layer to https://quay.io/v2\n/redhat-user-workloads-stage/dev-release-team-tenant/test-component-pac-fqgxic/blobs/uploads/88179ebb-fdd4-4289-9458-8f19302d34a1?digest=sha256%3Ad2da84f6e5b72b37214fb486accfc8764a26f9\n1a31d4cb6f6f593c4a8246a675: received unexpected HTTP status: 502 Bad Gateway',
    source: 'konflux-ci/release-service-catalog#996',
    expected: 'registry-unreachable',
    note: 'Quoted from a pull request comment; the hard-wrapped lines stay wrapped as posted; the following "Failed to push sbom image" line is trimmed.'
  },
  {
    id: 'dev83-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'stderr: \'time="2023-06-23T16:02:45Z" level=fatal msg="Failed to run bundle: pull bundle image: error pulling image quay.io/openshift-community-operators/pubsubplus-eventbroker-operator:v1.0.0: error resolving name : unexpected status code [manifests v1.0.0]: 401 UNAUTHORIZED\\n"\'',
    source: 'redhat-openshift-ecosystem/community-operators-prod#2858',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: an anonymous pull of a bundle image quay.io answers 401 (quay.io answers so for a repository that is private or not there); the thread went stale with no confirmed cause. INFERENCE. The \\n inside the quoted stderr is a literal backslash-n, as posted.'
  },
  {
    id: 'dev83-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: '403: Unauthorized\nYou are not authorized to view this resource',
    source: 'ENCODE-DCC/chip-seq-pipeline2#17',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the title names quay.io/encode-dcc/chip-seq-pipeline2:v1 and the text is the page quay.io shows for a repository the visitor may not see (private, or not there); closed for inactivity with no answer. INFERENCE.'
  },
  {
    id: 'dev83-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: '*** Uploading /tmp/tmp.kIKRERgZ1H/image to quay.io/wire/spar-integration:4.25.22Getting image source signatures\nFATA[0004] trying to reuse blob sha256:95218c34e1598cf423f77062d98259bedcc19c9b8f4d937d0905895ee7b0242e at destination: too many requests to registry',
    source: 'wireapp/wire-server#2784',
    expected: 'rate-limited',
    note: 'skopeo copy to quay.io in a CI upload script, quoted in a pull request that adds retries; the "Copying blob" progress lines between the two lines and the make lines after are trimmed.'
  },
  {
    id: 'dev83-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: '[+] Running 5/5\n ✘ es01 Error    Get "https://quay.io/v2/": EOF\n ✘ mysql Error   Get "https://quay.io/v2/": EOF\n ✘ minio Error   Get "https://quay.io/v2/": EOF\n ✘ redis Error   Get "https://quay.io/v2/": EOF',
    source: 'infiniflow/ragflow#8834',
    expected: 'registry-unreachable',
    note: 'docker compose pulling images from quay.io; the elapsed-time column at the end of each line and the fifth line (cut off in the stored copy) are trimmed.'
  },
  {
    id: 'dev83-quay-06',
    family: 'quay',
    host: 'quay.io',
    text: 'The push refers to repository [quay.io/cryointhecloud/cryo-hub-image]\n  Get "https://quay.io/v2/": net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
    source: 'CryoInTheCloud/hub-image#126',
    expected: 'registry-unreachable',
    note: 'A GitHub Actions push to quay.io; the Markdown quote marker the post put before the lines is dropped.'
  },
  {
    id: 'dev83-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: '13s         Normal    Pulling                       pod/sealed-secrets-controller-5d8db499cd-zthst    Pulling image "quay.io/bitnami/sealed-secrets-controller:v0.17.4"\n12s         Warning   Failed                        pod/sealed-secrets-controller-5d8db499cd-zthst    Failed to pull image "quay.io/bitnami/sealed-secrets-controller:v0.17.4": rpc error: code = Unknown desc = reading manifest v0.17.4 in quay.io/bitnami/sealed-secrets-controller: unauthorized: access to the requested resource is not authorized',
    source: 'bitnami/sealed-secrets#822',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the images of the bitnami organization had stopped being served from quay.io (commenters: the organization made private or purged; the charts moved to docker.io/bitnami), so the anonymous pull met the 401 quay.io gives for a repository it may not see; no credential was at fault.'
  },
  {
    id: 'dev83-quay-08',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/bitnami/sealed-secrets-controller:v0.16.0": rpc error: code = Unknown desc = failed to pull and unpack image "quay.io/bitnami/sealed-secrets-controller:v0.16.0": failed to resolve reference "quay.io/bitnami/sealed-secrets-controller:v0.16.0": pulling from host quay.io failed with status code [manifests v0.16.0]: 401 UNAUTHORIZED',
    source: 'linkerd/linkerd-examples#270',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the pull request fixes it by moving to a sealed-secrets release whose image is published elsewhere (the quay.io/bitnami image was no longer available), i.e. the repository, not a credential.'
  },
  {
    id: 'dev83-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Apr 30 02:48:34 192.168.16.1 core[20741]: 2019-04-30T09:48:34Z [ERROR] [security.go:435]: failed to authenticate test3: Unrecognized auth_mode: oidc_auth\nApr 30 02:48:34 192.168.16.1 core[20741]: 2019-04-30T09:48:34Z [ERROR] [base.go:69]: GET /chartrepo/test3/index.yaml failed with error: {"code":401,"message":"Unauthorized"}',
    source: 'goharbor/harbor#7625',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the Harbor core log when helm adds a chart repository with the CLI secret of an OIDC user; the chart API of Harbor 1.8 did not take that kind of credential in OIDC mode (a Harbor bug, fixed by goharbor/harbor#7645), so the credential was not wrong. The post shows no host: placeholder harbor.example.com.'
  },
  {
    id: 'dev83-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: login attempt to ?.?.?.? failed with status: 401 Unauthorized',
    source: 'goharbor/harbor#17350',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'From the text (a login refused with 401); the thread adds that docker login to this Harbor over HTTP (insecure-registries set) is refused while the same login works in the web UI, for the reporter and later commenters; no cause or fix in the stored thread. INFERENCE. The reporter masked the address as ?.?.?.? (kept); host is a placeholder.'
  },
  {
    id: 'dev83-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'failed to pull and unpack image "<harbor_server_name>/<proxy_project_name>/bitnami/kubectl:1.12.3": failed to resolve reference "<harbor_server_name>/<proxy_project_name>/bitnami/kubectl:1.12.3": pulling from <harbor_server_name> failed with status code [manifests 1.12.3]: 401 Unauthorized',
    source: 'goharbor/harbor#19521',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a kubelet pull through a Harbor proxy-cache project (image names rewritten by a mutating webhook); Harbor core logged a 401 from the upstream and fell back to local, and the node got 401, i.e. a private project read without a login that may read it. Went stale, no confirmed fix. INFERENCE. Host masked in the post: placeholder.'
  },
  {
    id: 'dev83-harbor-04',
    family: 'harbor',
    host: 'h.lbhyun.com',
    text: 'ctr: failed to resolve reference : unexpected status code [manifests ]: 401 Unauthorized',
    source: 'containerd/containerd#5084',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the issue title (as posted, reference elided by the reporter); a private image on the Harbor of the reporter pulled with ctr, whose credentials were only in the registry config of the CRI plugin, which ctr does not read, so no login was sent. INFERENCE (the stored thread shows no maintainer answer).'
  },
  {
    id: 'dev83-harbor-05',
    family: 'harbor',
    host: 'harbor.bd.test.lanrui-ai.com',
    text: 'Error response from daemon: Get "https://harbor.bd.test.lanrui-ai.com/v2/": unauthorized: authentication required',
    source: 'goharbor/harbor#20051',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'The error part of the issue title (its Chinese prefix says docker login with an OIDC user), labelled from the text; Harbor in OIDC mode takes the CLI secret of the user, not the password of the identity provider; the stored thread shows core logs only and went stale. INFERENCE.'
  },
  {
    id: 'dev83-harbor-06',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: Get "https://<harbor-url>/v2/" : x509: certificate signed by unknown authority',
    source: 'goharbor/harbor#20010',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: 'The docker login of a robot account from a Jenkins pipeline; the reporter masked the host as <harbor-url> (kept in the text); host is a placeholder.'
  },
  {
    id: 'dev83-harbor-07',
    family: 'harbor',
    host: 'registry.mydomain.com',
    text: 'The push refers to repository [registry.mydomain.com/charts/josephChart]\nref:     registry.mydomain.com/charts/josephChart:0.1.0\ndigest:  26bb1fdac0966b7d708abc47d3bff380ff7ec7bd3d9dacf695a3bd7835b64b1b\nsize:    3.5 KiB\nname:    josephChart\nversion: 0.1.0\nError: unexpected response: 401 Unauthorized',
    source: 'helm/helm#10426',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: 'needs the thread: helm chart push (helm 3.4, OCI) to the Harbor of the reporter after only helm repo add --username/--password (the chartmuseum way), with no helm registry login for the host; no confirmed fix in the thread. INFERENCE. The shell prompt line is trimmed.'
  },
  {
    id: 'dev83-harbor-08',
    family: 'harbor',
    host: 'harbor.anrisoftware.com',
    text: 'Pushing certs-1.0.3.tgz to robobeerun...\nError: 401: could not properly parse response JSON: {"errors":[{"code":"UNAUTHORIZED","message":"UnAuthorized"}]}',
    source: 'chartmuseum/helm-push#143',
    expected: 'insufficient-scope',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: helm cm-push to the chart repository of Harbor 2.4.2 with a robot account (robot prefix changed to robot_) whose helm repo add with the same credential works, so it reads but the push is refused; the reporter says the robot has every permission; open, no fix. INFERENCE. Leading kubeconfig warnings trimmed.'
  },
  {
    id: 'dev83-harbor-09',
    family: 'harbor',
    host: '10.48.26.18',
    text: 'docker login login attempt to http://10.48.26.18/v2/ failed with status: 401 Unauthorized',
    source: 'goharbor/harbor#3865',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'The issue title as posted (docker login to a Harbor over HTTP, insecure-registry set in the body); the stored thread shows no answer. INFERENCE.'
  },
  {
    id: 'dev83-not-login-01',
    family: 'not-login',
    host: 'harbor.example.com',
    text: 'Error response from daemon: unknown: current image with "" vulnerable\' cannot be pulled due to configured policy in \'Prevent images with vulnerability severity of "Low" from running.\' Please contact your project administrator for help\'',
    source: 'goharbor/harbor#11202',
    expected: 'not-a-login-failure',
    note: 'Harbor\'s project policy "Prevent vulnerable images from running" refusing a pull after a scan: not the credential. No host in the post: placeholder.'
  },
  {
    id: 'dev83-not-login-02',
    family: 'not-login',
    host: 'harbor.example.com',
    text: 'error parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx/1.17.6</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'goharbor/harbor-helm#460',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: pushing to Harbor deployed with its helm chart, the nginx ingress in front refused the layer for its body size (a commenter fixed it with the nginx.org/client-max-body-size annotation); an error page from the proxy, not a login problem. The \\r\\n are literal as posted. No host in the post: placeholder.'
  },
  {
    id: 'dev83-not-login-03',
    family: 'not-login',
    host: 'harbor.example.com',
    text: '#21 exporting to image\n#21 pushing layers 1.2s done\n#21 ERROR: failed to copy: unexpected status: 413 Request Entity Too Large',
    source: 'docker/build-push-action#634',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: build-push-action pushing to a bitnami Harbor behind nginx-proxy; a 413 on the layer upload (body size or the proxy), not the login, which had succeeded. INFERENCE on the exact cause. The post masks the host: placeholder.'
  },
  {
    id: 'dev83-not-login-04',
    family: 'not-login',
    host: 'quay.example.com',
    text: '[2019-09-20T09:05:45.888Z] [ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:1.6.1:build (build_docker_image) on project app-backend: Tried to push BLOB for QUAY-REGISTRY/group/app with digest sha256:1eebb6432678ad971dfd2f732c51595050482f3d7aad8059ed5549f789cd273c but failed because: other: blob upload invalid | If this is a bug, please file an issue at https://github.com/GoogleContainerTools/jib/issues/new: 400 BAD REQUEST\n[2019-09-20T09:05:45.888Z] [ERROR] {"errors":[{"code":"BLOB_UPLOAD_INVALID","detail":{},"message":"blob upload invalid"}]}',
    source: 'GoogleContainerTools/jib#2013',
    expected: 'not-a-login-failure',
    note: 'Jib pushing to a self-managed Red Hat Quay (the reporter masked the host as QUAY-REGISTRY, kept in the text; host is a placeholder); an occasional blob upload Quay refused as invalid, which passed when re-run: not a login problem.'
  }
]

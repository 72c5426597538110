/**
 * The hundred-and-first development set ("dev101": Quay (quay.io and Red Hat Quay) and Harbor): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-first development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV101: readonly RealText[] = [
  {
    id: 'dev101-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '2021/05/19 05:23:53 Publishing quay.io/shipwright/shipwright-build-controller:nightly-2021-05-19-1621401573\nError: error processing import paths in "deploy/500-controller.yaml": error resolving image references: HEAD https://quay.io/v2/shipwright/shipwright-build-controller/manifests/sha256:5a082fe25f6427efad95ca2c9d1c84ddec9236a9d4309c4d872e4b1c586ad5a5: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'shipwright-io/build#788',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: ko publishing nightly images after the image was renamed to a new Quay repository (shipwright-build-controller); the maintainers suspect that new repository (to be created, or its push rights granted to the CI credential), not the login. INFERENCE: the stored thread stops before the fix is confirmed.'
  },
  {
    id: 'dev101-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Trying to pull quay.io/iop/iop-insights-engine:foreman-3.16...\nError: unable to copy from source docker://quay.io/iop/iop-insights-engine:foreman-3.16: initializing source docker://quay.io/iop/iop-insights-engine:foreman-3.16: reading manifest foreman-3.16 in quay.io/iop/iop-insights-engine: unauthorized: access to the requested resource is not authorized',
    source: 'theforeman/foreman-installer#1037',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'Quoted from a pull-request review comment; trimmed to the first of three images that failed alike. An anonymous podman pull of images the reviewer doubts are named right (or public): Quay answers "unauthorized" for a repository or tag that does not exist or is private. INFERENCE: the stored thread does not say which.'
  },
  {
    id: 'dev101-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'ERROR: failed to push quay.io/piraeusdatastore/drbd9-flatcar:v9.1.14: unexpected status: 401 UNAUTHORIZE',
    source: 'piraeusdatastore/piraeus#142',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: 'The issue\'s title, cut short by the poster ("UNAUTHORIZE"). A GitHub Actions buildx push to a new Quay repository refused; the reporter guesses a wrong or missing secret. INFERENCE: the stored thread shows no fix.'
  },
  {
    id: 'dev101-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Login Succeeded\ndocker build -f containers/custom-dashboard/Dockerfile -t quay.io/kubermatic/ui-v2-custom:2ef305d5ba3633eefc2e0fb636c10aba98144448 .\nSending build context to Docker daemon  22.82MB\n\nStep 1/6 : FROM quay.io/kubermatic/go-node:1.12.9-11\nunauthorized: access to the requested resource is not authorized\nmake: *** [Makefile:47: docker-build-custom] Error 1',
    source: 'kubermatic/dashboard#1527',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'Trimmed the Docker-in-Docker start-up lines and the login warnings above "Login Succeeded". After a login that succeeded, the pull of the private base image quay.io/kubermatic/go-node is refused: the CI identity may not read it (or the tag is gone). INFERENCE: the stored thread shows no fix.'
  },
  {
    id: 'dev101-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'helm pull oci://quay.io/jetstack/cert-manager --version v1.17.1\nError: unexpected status from HEAD request to https://quay.io/v2/jetstack/cert-manager/manifests/v1.17.1: 401 Unauthorized',
    source: 'cert-manager/cert-manager#7574',
    expected: 'repository-not-found',
    note: 'needs the thread: there is no OCI Helm chart at quay.io/jetstack/cert-manager (closed as a duplicate of cert-manager#5566); Quay answers an anonymous request for a repository that does not exist with 401.'
  },
  {
    id: 'dev101-quay-06',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: failed to perform "FetchReference" on source: GET "https://quay.io/v2/calico/charts/tigera-operator/manifests/3.32.0": response status code 401: unauthorized: access to the requested resource is not authorized: map[]',
    source: 'projectcalico/calico#12792',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous `helm pull oci://quay.io/calico/charts/tigera-operator`; the maintainer says the OCI chart repository on quay.io had been set to private by mistake and made it public.'
  },
  {
    id: 'dev101-quay-07',
    family: 'quay',
    host: 'quay.io',
    text: 'Run make docker-push\ndocker push ***/argocd-operator:latest\nThe push refers to repository [***/argocd-operator]\n29b337577a2a: Preparing\n9cfd2c8d9aea: Preparing\n636092609a0e: Preparing\n6d75f23be3dd: Preparing\nunauthorized: access to the requested resource is not authorized\nmake: *** [Makefile:105: docker-push] Error 1\nError: Process completed with exit code 2.',
    source: 'argoproj-labs/argocd-operator#498',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'registry-mismatch'],
    note: "needs the thread: the fix (argoproj-labs/argocd-operator#503) changed the Quay organization the workflow pushes to; the docker/login-action credential could not write the one it used. The `***` is GitHub's masking of the REGISTRY_URL secret (quay.io/<org>), kept as posted; host from the issue's title."
  },
  {
    id: 'dev101-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: <project/image>, action: push: unauthorized to access repository: <project/image>, action: push',
    source: 'goharbor/harbor#14350',
    expected: 'insufficient-scope',
    note: "Harbor v2.1.1; the post names no host, so host is a placeholder. Harbor's refusal of a push the identity may not make. INFERENCE: the stored thread (pending-for-more-info) shows no fix."
  },
  {
    id: 'dev101-harbor-02',
    family: 'harbor',
    host: 'yhub.ssl.ysten.com',
    text: 'crictl pull yhub.ssl.ysten.com/kube/pause:3.5\nFATA[0000] pulling image: rpc error: code = Unknown desc = failed to pull and unpack image "yhub.ssl.ysten.com/kube/pause:3.5": failed to resolve reference "yhub.ssl.ysten.com/kube/pause:3.5": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'kubesphere/kubekey#1165',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the title says a private Harbor; crictl pulled through containerd with no registry credential configured (the reporter links containerd's registry-auth docs). A pull of a private image without a login that may read it. INFERENCE: no confirmed fix in the stored thread."
  },
  {
    id: 'dev101-harbor-03',
    family: 'harbor',
    host: 'registry.xx.xx',
    text: 'E0831 14:45:03.040510   53605 remote_image.go:218] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"registry.xx.xx/project/nginx:latest\\": failed to resolve reference \\"registry.xx.xx/project/nginx:latest": failed to do request: Head \\"https://registry.xx.xx/v2/project/nginx/manifests/latest\\": Service Unavailable" image="registry.xx.xx/project/nginx:latest"\nFATA[0060] pulling image: rpc error: code = Unknown desc = failed to pull and unpack image "registry.xx.xx/project/nginx:latest": failed to resolve reference "registry.xx.xx/project/nginx:latest": failed to do request: Head "registry.xx.xx/v2/project/nginx:latest": Service Unavailable',
    source: 'kubernetes-sigs/cri-tools#975',
    expected: 'registry-unreachable',
    note: 'The description says the registry is a Harbor; host masked by the poster with a readable name, kept. Trimmed the crictl command line (its --creds, already masked by the poster) and the DEBU lines. A 503 Service Unavailable answer; ctr and nerdctl reached the same registry, so likely a proxy in between. INFERENCE: no confirmed fix.'
  },
  {
    id: 'dev101-harbor-04',
    family: 'harbor',
    host: 'harbor.nebula.com',
    text: 'E1016 16:43:09.501206 2644669 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"harbor.nebula.com/base/df/nginx:0911\\": failed to resolve reference \\"harbor.nebula.com/base/df/nginx:0911\\": pulling from host 127.0.0.1:65001 failed with status code [manifests 0911]: 500 Internal Server Error" image="harbor.nebula.com/base/df/nginx:0911"\nFATA[0000] pulling image: failed to pull and unpack image "harbor.nebula.com/base/df/nginx:0911": failed to resolve reference "harbor.nebula.com/base/df/nginx:0911": pulling from host 127.0.0.1:65001 failed with status code [manifests 0911]: 500 Internal Server Error',
    source: 'dragonflyoss/dragonfly#3582',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: "A crictl pull from a private Harbor through Dragonfly's local proxy (127.0.0.1:65001), which answers 500. The reporter could not locate the cause; the proxy may be failing for want of the Harbor credential. INFERENCE: no confirmed fix in the stored thread."
  },
  {
    id: 'dev101-harbor-05',
    family: 'harbor',
    host: '10.192.134.214:8081',
    text: 'root@sc2-rdops-vm04-dhcp-129-83:~/harbor# docker login 10.192.134.214:8081\nUsername: admin\nPassword:\nError response from daemon: Get https://10.192.134.214:8081/v2/: Get https://10.192.134.214/service/token?account=admin&client_id=docker&offline_token=true&service=harbor-registry: dial tcp 10.192.134.214:443: connect: connection refused',
    source: 'goharbor/harbor#7672',
    expected: 'registry-unreachable',
    note: "Harbor started on a customized port: its token service URL drops the port, so docker's token request goes to :443, where nothing listens (a Harbor bug, duplicate of goharbor/harbor#7561). The password prompt was empty as posted."
  },
  {
    id: 'dev101-harbor-06',
    family: 'harbor',
    host: 'core.harbor.domain:31718',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://core.harbor.domain:31718/v2/": Get "https://core.harbor.domain/service/token?account=admin&client_id=docker&offline_token=true&service=harbor-registry": dial tcp 192.168.72.50:443: connect: connection refused',
    source: 'goharbor/harbor-helm#1266',
    expected: 'registry-unreachable',
    note: 'The command line above it, holding the password, is not copied. Harbor (helm chart) exposed through an ingress NodePort: without externalURL set to the NodePort address, the token realm points at :443, which refuses the connection; the reporter found externalURL had to be set.'
  },
  {
    id: 'dev101-harbor-07',
    family: 'harbor',
    host: 'harbor.com.vn',
    text: 'Error response from daemon: Get "http://harbor.com.vn/v2/": EOF',
    source: 'goharbor/harbor#19674',
    expected: 'registry-unreachable',
    note: "Quoted from the description's sentence. The maintainer asks whether the address in harbor.yml is reachable; a commenter's cause was a port mismatch between harbor.yml and docker-compose.yml. INFERENCE: the reporter confirms no fix."
  },
  {
    id: 'dev101-harbor-08',
    family: 'harbor',
    host: 'xyz.mydomain.net:1234',
    text: 'Error response from daemon: Get https://xyz.mydomain.net:1234/v2/: unauthorized: authentication required',
    source: 'goharbor/harbor#7464',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: 'Host masked by the poster with a readable name, kept. The same credentials log in to the web UI; Harbor sits behind NAT on a non-default port with 307 redirects from the default ports, so the token service address may be the cause rather than the password. INFERENCE: closed stale with no fix.'
  },
  {
    id: 'dev101-not-login-01',
    family: 'not-login',
    host: 'myquay-registry.com',
    text: '$ helm push ebi-amq-streams-1.0.0.tgz oci://myquay-registry.com/myorga/helm-charts\nError: failed to perform "Tag" on destination: sha256:cee5ba39b273d86ffde7ea149e549a757f58c1a0af43df1099d0eaf9eb20b72b: not found',
    source: 'helm/helm#31348',
    expected: 'not-a-login-failure',
    note: "Self-hosted Red Hat Quay 3.6.10 with helm 3.19.0: Quay accepts the manifest but does not return it by digest, so helm's tag step fails; helm 3.15.2 pushes the same chart. A client/registry incompatibility, not a credential."
  },
  {
    id: 'dev101-not-login-02',
    family: 'not-login',
    host: 'harbor.example.com',
    text: 'Harbor is set to read-only mode, Deleting repository, tag and pushing image will be disabled under read-only mode.',
    source: 'goharbor/harbor#10615',
    expected: 'not-a-login-failure',
    note: "The issue's title, Harbor's own read-only banner; the post names no host, so host is a placeholder. The fix in the thread: clear \"Repository Read Only\" in Harbor's configuration (left on by a stuck garbage collection)."
  },
  {
    id: 'dev101-not-login-03',
    family: 'not-login',
    host: 'quay.io',
    text: '$ podman manifest push olm-list:v1.1 docker://quay.io/dmesser/olm-list:v1.1 --format v2s2\nGetting image list signatures\nCopying 0 of 1 images in list\nWriting manifest list to image destination\nError: error pushing manifest olm-list:v1.1 to docker://quay.io/dmesser/olm-list:v1.1: Uploading manifest list failed, attempted the following formats: application/vnd.docker.distribution.manifest.list.v2+json(Error uploading manifest v1.1 to quay.io/dmesser/olm-list: manifest invalid: manifest invalid)',
    source: 'podman-container-tools/podman#8242',
    expected: 'not-a-login-failure',
    note: 'Quay refused the manifest list itself ("manifest invalid"), after copying 0 of its 1 images: a content problem between podman and Quay, not a credential.'
  }
]

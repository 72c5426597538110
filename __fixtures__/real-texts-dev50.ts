/**
 * A fiftieth development set of real registry error texts ("dev50"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fiftieth
 * development set"). Its direction: observability, networking and platform
 * add-ons whose images users pull or mirror (Cilium, Calico, cert-manager,
 * Istio, Linkerd, ingress-nginx and registry.k8s.io, Prometheus and its
 * exporters, Grafana, OpenTelemetry, Datadog, Fluent Bit, the AWS
 * Load Balancer Controller, Harbor and registry:2 behind an ingress).
 * Sources are GitHub issues and pull requests found with the search tool;
 * none is a source of an earlier set (the list of the 2184 earlier sources
 * was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
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

export const REAL_TEXTS_DEV50: readonly RealText[] = [
  {
    id: 'dev50-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/open-feature/flagd/manifests/v0.11.2": denied: denied',
    source: 'open-telemetry/opentelemetry-demo#1762',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    note: "needs the thread: the OpenTelemetry demo's compose file pulls the public flagd image; GHCR answers a public pull with 'denied' when the docker config sends a stored GHCR login it no longer accepts. INFERENCE: the stored thread shows the maintainer asking to retry with a newer release and no confirmed cause; the text alone also fits a package that is missing or private"
  },
  {
    id: 'dev50-ghcr-02',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: '$ docker-compose up -d\nPulling netstats (docker.pkg.github.com/sponsianus/dishy_grafana/netstats:)...\nERROR: Head https://docker.pkg.github.com/v2/sponsianus/dishy_grafana/netstats/manifests/latest: no basic auth credentials',
    source: 'sponsianus/dishy_grafana#1',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a Grafana dashboard stack's compose file pulled from GitHub Packages' old docker registry, which wanted a login even for public packages ('GH reg needs auth even for public images'); the maintainer moved the image to Docker Hub. Trailing spaces trimmed"
  },
  {
    id: 'dev50-ghcr-03',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: '$ docker pull  docker.pkg.github.com/opsgenie/kubernetes-event-exporter/exporter:0.2\nError response from daemon: Get https://docker.pkg.github.com/v2/opsgenie/kubernetes-event-exporter/exporter/manifests/0.2: no basic auth credentials',
    source: 'opsgenie/kubernetes-event-exporter#7',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the event exporter's deployment manifest named its GitHub Packages image; the maintainers had a login there and did not notice that 'even though the Github packages are public, they still require login', and changed the image reference"
  },
  {
    id: 'dev50-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/fastly/fastly-exporter:latest\nError response from daemon: Head "https://ghcr.io/v2/fastly/fastly-exporter/manifests/latest": unauthorized',
    source: 'fastly/fastly-exporter#100',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: an anonymous pull of a Prometheus exporter's image; the repository had moved to the fastly organisation and its package was no longer public, and the maintainers fixed the package permissions ('it should now be public'). GHCR answers a pull of a package it will not show with 'unauthorized'"
  },
  {
    id: 'dev50-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: '$ docker pull quay.io/jetstack/cert-manager-cainjector:v0.15.1\nError response from daemon: Get https://quay.io/v2/: EOF',
    source: 'cert-manager/cert-manager#2960',
    expected: 'registry-unreachable',
    note: "pulling cert-manager's image by hand during a quay.io outage (the thread is about quay.io being down, 'the second time after the big one last week'); the connection closed before any answer"
  },
  {
    id: 'dev50-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '$ docker pull quay.io/prometheuscommunity/elasticsearch_exporter:1.1.0\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'prometheus-community/elasticsearch_exporter#428',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'not-a-login-failure'],
    note: "needs the thread: the exporter had just moved to the prometheus-community organisation and no tagged release had been pushed to the new quay.io repository yet (the maintainer pointed to the old image); quay.io answers a pull of a repository or tag it will not show with 'unauthorized'. The reporter had logged in to quay.io, which did not help"
  },
  {
    id: 'dev50-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/prometheus/smartctl-exporter:v0.7.0\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'prometheus-community/smartctl_exporter#59',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the image is published under quay.io/prometheuscommunity, not quay.io/prometheus (the maintainer's answer); quay.io answers a name it does not have with 'unauthorized'. A blank line between the command and the error trimmed"
  },
  {
    id: 'dev50-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Error response from daemon: Head "https://quay.io/v2/prometheus/prometheus/manifests/v3.2.0": unauthorized: Could not find robot with specified username',
    source: 'open-telemetry/opentelemetry.io#6417',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "the OpenTelemetry demo's compose file pulls the public quay.io/prometheus/prometheus image; quay.io refused the robot account the docker config sent for quay.io, which no longer exists. INFERENCE: the reporter worked round it by switching to the Docker Hub image; no logout is confirmed in the stored thread"
  },
  {
    id: 'dev50-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/jetstack/cert-manager-ctl:v1.16.1\nError response from daemon: manifest for quay.io/jetstack/cert-manager-ctl:v1.16.1 not found: manifest unknown: manifest unknown',
    source: 'cert-manager/cert-manager#7426',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the startupapicheck image of cert-manager 1.16.1 was not published under that name and tag; the kubelet events that follow in the post are left out'
  },
  {
    id: 'dev50-harbor-01',
    family: 'harbor',
    host: 'harbor.onprem.com',
    text: 'docker -D push harbor.onprem.com/test/nginx\nThe push refers to repository [harbor.onprem.com/test/nginx]\nffc9b21953f4: Retrying in 3 seconds\nreceived unexpected HTTP status: 504 Gateway Timeout',
    source: 'goharbor/harbor#12126',
    expected: 'registry-unreachable',
    note: 'Harbor behind the nginx ingress controller with a load balancer in front that terminates TLS; docker login worked, the push timed out at the gateway. The progress lines of the other layers trimmed. INFERENCE: the stored thread shows no confirmed fix'
  },
  {
    id: 'dev50-harbor-02',
    family: 'harbor',
    host: 'harbor.liudz.net',
    text: 'docker push harbor.liudz.net/test/busybox:v1\nThe push refers to a repository [harbor.liudz.net/test/busybox]\n0610f7f0e378: Preparing\nError: Status 404 trying to push repository test/busybox: "default backend - 404"',
    source: 'goharbor/harbor-helm#61',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "Harbor exposed through an ingress: the ingress controller's default backend answered the push ('the ingress controller failed to route the request to registry service'); pushing to the NodePort worked. The shell prompt and a trailing space trimmed; the post is in Chinese, its text in English"
  },
  {
    id: 'dev50-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '# docker push <hostname.domainname.com/library/alpine:latest\nThe push refers to repository [<hostname.domainname.com/library/alpine]\nec34fcc1d526: Pushed\nerror parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body>\\r\\n<center><h1>403 Forbidden</h1></center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'goharbor/harbor-helm#1261',
    expected: 'registry-unreachable',
    alsoAcceptable: ['insufficient-scope'],
    note: "Harbor behind a Kong ingress the reporter wrote by hand; docker login worked and the 403 is an HTML page, not Harbor's JSON, so the proxy answered. The post masked the host: `host` is a placeholder of the same family. INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev50-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: '$ docker pull public.ecr.aws/datadog/agent:7.26.0\nError response from daemon: manifest for public.ecr.aws/datadog/agent:7.26.0 not found: manifest unknown: Requested image not found',
    source: 'DataDog/helm-charts#198',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "the Datadog agent's ECR Public copy lacked the tag the Helm chart used; Datadog fixed the sync job and pushed 7.26.0"
  },
  {
    id: 'dev50-ecr-02',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: '$ docker pull 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.3.0\nFATA[0000] failed to resolve reference "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.3.5": pulling from host 602401143452.dkr.ecr.us-west-2.amazonaws.com failed with status code [manifests v2.3.5]: 401 Unauthorized',
    source: 'aws/eks-charts#703',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the AWS Load Balancer Controller's default image lives in the EKS add-on registry, which wants an ECR token (of any account) even to pull; the pull went out without one (the reporter switched to the Docker Hub image). The command and the error name different tags, as posted; the FATA prefix is the client's"
  },
  {
    id: 'dev50-ecr-03',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Failed to pull image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.2.4": rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon/aws-load-balancer-controller/manifests/v2.2.4: no basic auth credentials',
    source: 'kubernetes-sigs/aws-load-balancer-controller#2204',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a pull request that would switch the Helm chart's default image to Docker Hub, quoting the node's docker daemon: it held no ECR credential for the EKS add-on registry. INFERENCE: the maintainers declined the change (Docker Hub rate limits) without naming the reporter's cause"
  },
  {
    id: 'dev50-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "Unable to find image 'gcr.io/istio-testing/registry:2' locally\ndocker: error getting credentials - err: exit status 1, out: `You do not currently have an active account selected. See https://cloud.google.com/sdk/docs/authorizing for more information.`",
    source: 'istio/release-builder#2429',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: "Istio's release builder pulling a test image from gcr.io: the docker config named gcloud as credential helper for gcr.io, and gcloud had no active account, so the helper failed before any pull (the PR fixes 'wrong GCR credentials')"
  },
  {
    id: 'dev50-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: '$ docker pull gcr.io/istio-testing/proxy:3d3c2052243676ef8e0236b731710a8964f2c841\nError response from daemon: manifest for gcr.io/istio-testing/proxy:3d3c2052243676ef8e0236b731710a8964f2c841 not found',
    source: 'istio/istio#2409',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'an automated dependency update named an Istio proxy build that was never pushed to gcr.io/istio-testing'
  },
  {
    id: 'dev50-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "docker: Error: error contacting notary server: unknown: Project 'project:gcr.io:datadoghq' not found or deleted.",
    source: 'DataDog/documentation#10874',
    expected: 'not-a-login-failure',
    note: 'the Datadog DogStatsD docs set DOCKER_CONTENT_TRUST=1 with the gcr.io/datadoghq image; Container Registry has no notary, so content trust fails (the maintainer removed the variable from the example). No login is involved'
  },
  {
    id: 'dev50-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/danny-239313/ingresscontroller:v0.1.0": rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/danny-239313/ingresscontroller:v0.1.0": failed to resolve reference "gcr.io/danny-239313/ingresscontroller:v0.1.0": unexpected status code [manifests v0.1.0]: 401 Unauthorized',
    source: 'caddyserver/ingress#33',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the Caddy ingress controller's manifests still named a developer's gcr.io project that no longer served the image anonymously; the maintainers pointed to the official image on Docker Hub. The kubelet event's columns trimmed to its message"
  },
  {
    id: 'dev50-acr-01',
    family: 'acr',
    host: 'cloudsandbox.azurecr.io',
    text: 'PreciseTimeStamp\t        err_code\terr_detail\n2021-08-30 12:51:15.4759510  manifest unknown\tunknown manifest name=jettech/kube-webhook-certgen revision=sha256:f3b6b39a6062328c095337b4cadcefd1612348fdd5190b1dcbcb9b9e90bd8068\n2021-08-30 12:51:15.5134830\tblob unknown\tsha256:f3b6b39a6062328c095337b4cadcefd1612348fdd5190b1dcbcb9b9e90bd8068\n2021-08-30 12:51:15.5467040\tunauthorized\tbearer token authentication challenge for realm "https://cloudsandbox.azurecr.io/oauth2/token": err_auth_token_required\n2021-08-30 12:51:15.5509890\t\t        The Authorization header is not present.',
    source: 'MicrosoftDocs/azure-docs#80321',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "needs the thread: the registry's own log, posted by an Azure engineer, for the AKS ingress-nginx tutorial that imports the controller's images into ACR with az acr import; the chart pinned a digest of kube-webhook-certgen that the imported tag did not have, and the 'unauthorized' rows are the registry's ordinary challenge. Empty rows and later repeats trimmed"
  },
  {
    id: 'dev50-acr-02',
    family: 'acr',
    host: 'acraksdemodwi.azurecr.io',
    text: 'error invalid reference format',
    source: 'MicrosoftDocs/azure-docs#119442',
    expected: 'not-a-login-failure',
    note: "the AKS ingress-nginx tutorial with the controller's images imported into ACR; the reporter's image reference begins with https://, which docker does not take as a reference. The text is the error as quoted in the post's prose. INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev50-generic-01',
    family: 'generic',
    host: 'cr.l5d.io',
    text: 'Failed to pull image "cr.l5d.io/linkerd/proxy:stable-2.11.0": rpc error: code = Unknown desc = failed to pull and unpack image "cr.l5d.io/linkerd/proxy:stable-2.11.0": failed to resolve reference "cr.l5d.io/linkerd/proxy:stable-2.11.0": failed to do request: Head "https://cr.l5d.io/v2/linkerd/proxy/manifests/stable-2.11.0": dial tcp 54.70.21.136:443: i/o timeout',
    source: 'linkerd/linkerd2#7012',
    expected: 'registry-unreachable',
    note: "Linkerd's own registry host (which redirects to GHCR) did not answer from an AKS cluster; the thread closes it as a duplicate of an AKS network issue"
  },
  {
    id: 'dev50-generic-02',
    family: 'generic',
    host: 'cr.fluentbit.io',
    text: 'Failed to pull image "cr.fluentbit.io/fluent/fluent-bit:2.0.9": failed to pull and unpack image "cr.fluentbit.io/fluent/fluent-bit:2.0.9": failed to copy: httpReadSeeker: failed open: unexpected status code https://cr.fluentbit.io/v2/fluent/fluent-bit/blobs/sha256:7cf364a450aa9947df636a2823afe931a41ac4fd4daa7d7ba8a13a76ca2750b3: 500 Internal Server Error',
    source: 'fluent/helm-charts#583',
    expected: 'registry-unreachable',
    alsoAcceptable: ['rate-limited'],
    note: "Fluent Bit's own registry host is a wrapper (Scarf) in front of Docker Hub; the maintainer thinks the 500 is Docker Hub's pull limit seen through the wrapper and points to ghcr.io/fluent/fluent-bit. INFERENCE: not confirmed in the thread"
  },
  {
    id: 'dev50-generic-03',
    family: 'generic',
    host: 'registry.local',
    text: 'docker push registry.local/hello-app:2.0\nThe push refers to repository [registry.local/hello-app]\n08f85e699e99: Pushing [==================================================>]  5.895MB/5.895MB\n2aebd096e0e2: Pushing [==================================================>]  3.966MB/3.966MB\nerror parsing HTTP 413 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body>\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>openresty/1.15.8.2</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'helm/charts#19739',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "a registry:2 (the docker-registry chart) behind the nginx ingress controller, whose default body size limit refused the layer upload; the fix is the ingress annotation proxy-body-size, which the chart's values had not passed on. No credential is involved"
  },
  {
    id: 'dev50-generic-04',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Error parsing HTTP response: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>413 Request Entity Too Large</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>413 Request Entity Too Large</h1></center>\\r\\n<hr><center>nginx/1.9.14</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'nginx/kubernetes-ingress#21',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "a docker registry behind NGINX's ingress controller, whose client_max_body_size refused larger layers (the reporter patched the controller's template). The post names no host: `host` is a placeholder of the same family"
  },
  {
    id: 'dev50-generic-05',
    family: 'generic',
    host: 'hub.global.cloud.sap',
    text: 'docker run -it hub.global.cloud.sap/monsoon/vrops_exporter /bin/sh\nUnable to find image ‘hub.global.cloud.sap/monsoon/vrops_exporter:latest’ locally\ndocker: Error response from daemon: Get https://hub.global.cloud.sap/v2/: dial tcp 10.46.2.200:443: connect: no route to host.',
    source: 'sapcc/vrops-exporter#122',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "a Prometheus exporter's README named an image in the company's internal registry, which is not reachable from outside ('Given repository is internal and therefore a straight pull won't work'); the maintainers told the reporter to build it with make. The shell prompt trimmed; the quotes are as posted"
  },
  {
    id: 'dev50-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'blackbox_exporter:latest' locally\ndocker: Error response from daemon: pull access denied for blackbox_exporter, repository does not exist or may require 'docker login'.",
    source: 'prometheus/blackbox_exporter#309',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the blackbox exporter's README ran the name of a locally built image; Docker Hub has no such repository, and the published image is quay.io/prometheus/blackbox-exporter (the change this pull request proposed)"
  },
  {
    id: 'dev50-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull docker.io/calico/cni:v3.20.0\nError response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'projectcalico/calico#4918',
    expected: 'rate-limited',
    note: "pulling Calico's CNI image by hand while installing it; the maintainer explains Docker Hub's per-IP limit for anonymous pulls. Trailing spaces trimmed"
  },
  {
    id: 'dev50-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Pulling grafana (tomwilkie/grafana:exemplars-1)...\nERROR: Get https://registry-1.docker.io/v2/tomwilkie/grafana/manifests/exemplars-1: unauthorized: incorrect username or password',
    source: 'grafana/old-tns#31',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    note: "needs the thread: a reviewer of a Grafana demo's pull request could not pull the author's public Grafana build; Docker Hub refused the login stored on the reviewer's machine ('I was not logged in obviously'), and the pull worked after (the author had also wondered whether he had pushed the image)"
  },
  {
    id: 'dev50-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling collector (otelcol:latest)...\nERROR: pull access denied for otelcol, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'open-telemetry/opentelemetry-collector#536',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the collector's demo compose file names an image the demo builds locally; no otelcol repository exists on Docker Hub (the maintainer pointed to the published image)"
  },
  {
    id: 'dev50-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'kernel-collector:latest' locally\ndocker: Error response from daemon: pull access denied for kernel-collector, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'open-telemetry/opentelemetry-network#124',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the eBPF collector's README ran an image name that exists only after a local build; docker looked for it on Docker Hub"
  },
  {
    id: 'dev50-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker push local/opentelemetry-operator:e2e\nThe push refers to repository [docker.io/local/opentelemetry-operator]\n708581e9352f: Preparing\n7a5b9c0b4b14: Preparing\ndenied: requested access to the resource is denied',
    source: 'open-telemetry/opentelemetry-operator#201',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'namespace',
    note: "needs the thread: the operator's Makefile tagged the image for the end-to-end tests (local/...), which docker pushes to the Docker Hub namespace 'local' that the contributor does not own; the Makefile on master was already fixed. Trailing spaces trimmed"
  },
  {
    id: 'dev50-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull ingress-nginx/kube-webhook-certgen:v1.3.0\nError response from daemon: pull access denied for ingress-nginx/kube-webhook-certgen, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'prometheus-community/helm-charts#2939',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "debugging kube-prometheus-stack's admission job by hand: the certgen image lives on registry.k8s.io, and without the registry prefix docker asks Docker Hub, which has no such repository"
  },
  {
    id: 'dev50-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling ot-sample-app (mxiamxia/aws-otel-collector-java-sample-app:0.4.0)...\nERROR: pull access denied for mxiamxia/aws-otel-collector-java-sample-app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'aws-observability/aws-otel-collector#187',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the ADOT collector's docker demo named a sample-app image in a maintainer's personal namespace that no longer exists; the maintainer changed the demo to aottestbed/aws-otel-collector-java-sample-app"
  },
  {
    id: 'dev50-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref docker.io/amazon/aws-for-fluent-bit:stable: failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Aamazon%2Faws-for-fluent-bit%3Apull&service=registry.docker.io": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'aws/aws-for-fluent-bit#924',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "ECS pulling the AWS for Fluent Bit image from Docker Hub: the certificate presented for Docker Hub's token service was not one the host trusted (something in between, or the host's trust store). INFERENCE: the maintainer only notes that the pull went to Docker Hub, not ECR"
  },
  {
    id: 'dev50-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: "$ docker pull kube-state-metrics:v2.5.0\nError response from daemon: pull access denied for kube-state-metrics, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'kubernetes/kube-state-metrics#1795',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the example deployment pulls kube-state-metrics from registry.k8s.io; pulling the bare name by hand asked Docker Hub, which has no library/kube-state-metrics (the maintainer: 'that image references a different registry')"
  },
  {
    id: 'dev50-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'unable to get image \'ghcr.io/open-telemetry/demo:latest-frontend\': permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/images/ghcr.io/open-telemetry/demo:latest-frontend/json": dial unix /var/run/docker.sock: connect: permission denied',
    source: 'open-telemetry/opentelemetry.io#10311',
    expected: 'not-a-login-failure',
    note: 'starting the OpenTelemetry demo with compose as a user who may not use the docker socket; the reporter read it as restricted access to the images. No registry was asked. INFERENCE: the thread was triaged as invalid without a confirmed fix'
  },
  {
    id: 'dev50-not-login-02',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: 'Error: cannot start pipelines: failed to start "awscontainerinsightreceiver" receiver: cannot get pods from kubelet: call to /pods endpoint failed: kubelet request GET https://10.37.188.74:10250/pods failed - "403 Forbidden", response: "Forbidden (user=system:serviceaccount:amazon-cloudwatch:cloudwatch-agent-cluster-scraper, verb=get, resource=nodes, subresource(s)=[pods proxy])\\n"',
    source: 'aws-observability/helm-charts#290',
    expected: 'not-a-login-failure',
    note: "the CloudWatch agent (an EKS observability add-on whose images come from public.ecr.aws) refused by the kubelet API: its ClusterRole lacks nodes/proxy; patching the role fixed it. A Kubernetes RBAC refusal, not a registry. `host` is the add-on's registry, not in the text"
  },
  {
    id: 'dev50-not-login-03',
    family: 'not-login',
    host: 'quay.io',
    text: 'server returned HTTP status 403 Forbidden',
    source: 'prometheus-operator/prometheus-operator#867',
    expected: 'not-a-login-failure',
    note: "a Prometheus scrape target's error (the kubelet exporter under kube-prometheus), shown on Prometheus's targets page: the kubelet refused the scrape, no registry is involved. INFERENCE: the stored thread does not show what fixed it. `host` is Prometheus's image registry, not in the text"
  },
  {
    id: 'dev50-not-login-04',
    family: 'not-login',
    host: 'cr.l5d.io',
    text: 'docker pull  cr.l5d.io/linkerd/client:current\nError response from daemon: manifest unknown',
    source: 'linkerd/linkerd2#12897',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Linkerd's guide for non-Kubernetes workloads names a client image and tag that was never published; the reporter had logged in to GHCR (where cr.l5d.io redirects), which is irrelevant here"
  },
  {
    id: 'dev50-not-login-05',
    family: 'not-login',
    host: 'registry.gitlab.com',
    text: 'time="2017-05-12T19:58:11Z" level=error msg="github.com/prometheus/prometheus/vendor/k8s.io/client-go/1.5/tools/cache/reflector.go:109: Failed to list *v1.Node: the server does not allow access to the requested resource (get nodes)" component="kube_client_runtime" source="kubernetes.go:73"',
    source: 'helm/charts#1070',
    expected: 'not-a-login-failure',
    note: "the Prometheus bundled in GitLab (the gitlab-ce Helm chart) tries to list Kubernetes nodes without the RBAC rights; a Kubernetes API refusal, not a registry. The log's file prefix (==> ... <==) and timestamp column trimmed; `host` is GitLab's registry, not in the text"
  }
]

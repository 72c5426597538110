/**
 * A thirty-eighth development set of real registry error texts ("dev38"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-eighth
 * development set"). Its direction: Kubernetes installers and distributions
 * pulling images during an install or an upgrade (kubeadm, Kubespray, kops,
 * MicroK8s, Rancher and RKE1, Tanzu, Cluster API, Gardener), from their own
 * trackers and their users' issues. Sources are GitHub issues and pull
 * requests found with the search tool; none is a source of an earlier set
 * (the list of the 1964 earlier sources was checked before each pick), and
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

export const REAL_TEXTS_DEV38: readonly RealText[] = [
  {
    id: 'dev38-gar-01',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: '5月 29 22:10:43 cdqpc microk8s.daemon-kubelite[4233]: E0529 22:10:43.070511    4233 kuberuntime_sandbox.go:68] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to get sandbox image \\"k8s.gcr.io/pause:3.1\\": failed to pull image \\"k8s.gcr.io/pause:3.1\\": failed to pull and unpack image \\"k8s.gcr.io/pause:3.1\\": failed to resolve reference \\"k8s.gcr.io/pause:3.1\\": failed to do request: Head \\"https://k8s.gcr.io/v2/pause/manifests/3.1\\": dial tcp 74.125.203.82:443: i/o timeout" pod="kube-system/calico-node-cqqrh"',
    source: 'canonical/microk8s#2300',
    expected: 'registry-unreachable',
    note: 'MicroK8s bootstrapping its own sandbox image; the line is from the kubelite journal as the maintainer quoted it from the inspection report (not a kubelet Event). The maintainer asked about a firewall, the reporter agreed ("You\'re right") and was told to use a proxy'
  },
  {
    id: 'dev38-gar-02',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'error execution phase preflight: [preflight] Some fatal errors occurred:\n        [ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.14.0: output: Error response from daemon: Get https://k8s.gcr.io/v2/: remote error: tls: access denied\n, error: exit status 1',
    source: 'kubernetes/kubernetes#81937',
    expected: 'registry-unreachable',
    note: 'INFERENCE: kubeadm init preflight; only the first of six identical [ERROR ImagePull] lines kept. A TLS alert "access denied" on the ping means something on the path (a filtering proxy or firewall, or a block of the client\'s network) refused the connection before any credential was involved; the stored thread shows no confirmed fix'
  },
  {
    id: 'dev38-gar-03',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'error execution phase preflight: [preflight] Some fatal errors occurred:\n\t[ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.18.3: output: Error response from daemon: Get https://k8s.gcr.io/v2/: EOF\n, error: exit status 1',
    source: 'kubernetes/kubernetes#91402',
    expected: 'registry-unreachable',
    note: "INFERENCE: kubeadm init preflight; only the first of the identical [ERROR ImagePull] lines kept. The registry's ping cut off (EOF) is a network or proxy failure, not a refusal; the stored thread shows no confirmed fix"
  },
  {
    id: 'dev38-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'E0924 08:45:19.845007  316501 remote_image.go:171] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"gcr.io/cloud-provider-vsphere/csi/release/driver:v2.5.1\\": failed to resolve reference \\"gcr.io/cloud-provider-vsphere/csi/release/driver:v2.5.1\\": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://gcr.io/v2/token?scope=repository%3Acloud-provider-vsphere%2Fcsi%2Frelease%2Fdriver%3Apull&service=gcr.io: 401 Unauthorized"',
    source: 'kubernetes-sigs/kubespray#11569',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: `crictl pull` on a Kubespray node of the vSphere CSI driver image Kubespray still pointed at; the issue (titled "gcr.io/cloud-provider-vsphere is no longer available") is that the project moved its images off gcr.io, so the anonymous token for that name is refused. The trailing image="…" field of the crictl line is cut (the stored copy is cut there)'
  },
  {
    id: 'dev38-gar-05',
    family: 'gar',
    host: 'europe-west2-docker.pkg.dev',
    text: 'ctr: failed to resolve reference "registry.k8s.io/pause:3.9": failed to do request: Head "https://europe-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/pause/manifests/3.9": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'kubernetes-sigs/kubespray#11033',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "INFERENCE: Kubespray's download role (`ctr -n k8s.io images pull --hosts-dir …`); the line is the last of the task's stderr, unescaped from Ansible's JSON. registry.k8s.io redirected to Artifact Registry, whose certificate the node did not trust (a TLS-inspecting proxy is the usual cause); the stored thread shows no confirmed fix"
  },
  {
    id: 'dev38-generic-01',
    family: 'generic',
    host: 'docker.kesci.com:5000',
    text: 'PullImage "docker.kesci.com:5000/kube-apiserver:latest" from image service failed: rpc error: code = Unknown desc = Error response from daemon: Get https://**my.private.image.registry**/v2/kube-apiserver/manifests/latest: no basic auth credentials',
    source: 'kubernetes/kubeadm#474',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "kubeadm upgrade with control-plane images in a private registry: the kubelet pulls static pods' images with no pull secret and the node's docker had no login for that host. The reporter masked the host inside the URL as posted (kept)"
  },
  {
    id: 'dev38-generic-02',
    family: 'generic',
    host: '10.0.0.9:5000',
    text: '[Failed to pull image [10.0.0.9:5000/rancher/rke-tools:v0.1.88] on host [10.0.1.8]: Error response from daemon: Get http://10.0.0.9:5000/v2/rancher/rke-tools/manifests/v0.1.88: no basic auth credentials]',
    source: 'rancher/rancher#40321',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'Rancher v2.6.10 provisioning an RKE1 node with privateRegistries username and password set: a regression made Rancher pull rke-tools without sending the configured credential (fixed in a later release; backport rancher/rancher#40457)'
  },
  {
    id: 'dev38-generic-03',
    family: 'generic',
    host: 'docker-registry.my.domain.com',
    text: 'APIError: 500 Server Error: Internal Server Error ("Get https://docker-registry.my.domain.com/v2/app1/web/manifests/latest: no basic auth credentials")',
    source: 'rancher/rancher#3634',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'Rancher 0.56 agent starting a service from a registry configured in Rancher with its credentials; `docker run` on the node worked. Rancher did not send the credential; reported working in 1.0.1'
  },
  {
    id: 'dev38-generic-04',
    family: 'generic',
    host: 'registry.k8s.io',
    text: '[ERROR ImagePull]: failed to pull image registry.k8s.io/kube-apiserver:v1.29.2: output: E0312 17:13:01.989013   41570 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"registry.k8s.io/kube-apiserver:v1.29.2\\": failed to resolve reference \\"registry.k8s.io/kube-apiserver:v1.29.2\\": failed to do request: Head \\"https://registry.k8s.io/v2/kube-apiserver/manifests/v1.29.2\\": dial tcp: lookup registry.k8s.io on [::1]:53: read udp [::1]:46078->[::1]:53: read: connection refused" image="registry.k8s.io/kube-apiserver:v1.29.2"',
    source: 'kubernetes/kubernetes#123901',
    expected: 'registry-unreachable',
    note: "kubeadm init preflight; only the first [ERROR ImagePull] line kept. The node's resolver (::1:53) refused the DNS lookup: no registry was reached. registry.k8s.io is counted as generic (it redirects to several backends)"
  },
  {
    id: 'dev38-generic-05',
    family: 'generic',
    host: 'registry.k8s.io',
    text: '[ERROR ImagePull]: failed to pull image registry.k8s.io/coredns/coredns:v1.9.3: output: E0405 12:02:14.230591  371096 remote_image.go:171] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"registry.k8s.io/coredns/coredns:v1.9.3\\": failed to resolve reference \\"registry.k8s.io/coredns/coredns:v1.9.3\\": failed to do request: Head \\"https://registry.k8s.io/v2/coredns/coredns/manifests/v1.9.3\\": dial tcp 34.107.244.51:443: i/o timeout" image="registry.k8s.io/coredns/coredns:v1.9.3"',
    source: 'kubernetes/website#40520',
    expected: 'registry-unreachable',
    note: 'INFERENCE: kubeadm init on CentOS Stream 8; the following time=… level=fatal line (the same error) is cut. A connect timeout to the registry is the network; the thread was redirected to support channels with no confirmed fix'
  },
  {
    id: 'dev38-generic-06',
    family: 'generic',
    host: 'nexus.example.com:8082',
    text: 'Failed to pull image ": rpc error: code = Unknown desc = unauthorized: authentication required',
    source: 'rancher/rancher#17241',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: Rancher 2.1.3 workload pulling from a Nexus 3 registry added in Rancher; `docker pull` on the node worked. The deployment had no imagePullSecrets; adding them fixed it ("i works"). The post cut the image name; host is a placeholder (Nexus, not named). A kubelet event message, quoted alone'
  },
  {
    id: 'dev38-ecr-01',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: '# docker pull 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.6.3\nError response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.6.3: no basic auth credentials',
    source: 'aws/amazon-vpc-cni-k8s#1117',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a manual pull of the VPC CNI image Amazon's EKS installs, with no ECR login for that account's registry; the maintainer answered with the `aws ecr get-login --registry-ids 602401143452` step. The reporter later said the cluster's own pull failures were networking issues, which this docker text does not show"
  },
  {
    id: 'dev38-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-2.amazonaws.com',
    text: 'Jun 07 14:49:41 ip-172-20-57-45 docker[22849]: Pulling repository REDACTED.dkr.ecr.eu-west-2.amazonaws.com/REDACTED/aws-ec2-ssh-hook\nJun 07 14:49:41 ip-172-20-57-45 docker[22849]: unauthorized: authentication required',
    source: 'kubernetes/kops#2690',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "INFERENCE: a kops 1.6 hook (`ExecStartPre=/usr/bin/docker pull …`) on a master node; the node's docker had no ECR login, kops hooks pulling with plain docker. The stored thread shows no confirmed fix. The account id was redacted in the post; host is a placeholder of the same region"
  },
  {
    id: 'dev38-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'time="2022-04-15T20:43:19Z" level=debug msg="Calling ECR.GetAuthorizationToken" registry=xxxxxx\ntime="2022-04-15T20:43:19Z" level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: EC2RoleRequestError: no EC2 instance role found\\ncaused by: EC2MetadataError: failed to make EC2Metadata request\\ncaused by: "',
    source: 'kubernetes/kops#13494',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: 'needs the thread: ~/.ecr/log/ecr-login.log of docker-credential-ecr-login 0.6.0 on a kops 1.23 master, for a `docker pull` from a private ECR. kops requires IMDSv2 tokens and the helper could not read the instance role through them; setting http-tokens to optional fixed the pull. Region and account masked in the post; host is a placeholder'
  },
  {
    id: 'dev38-harbor-01',
    family: 'harbor',
    host: 'projects.registry.vmware.com',
    text: 'Error: unable to ensure prerequisites: unable to ensure tkg BOM file: failed to download TKG compatibility file from the registry: failed to list TKG compatibility image tags: GET https://projects.registry.vmware.com/v2/tkg/tkg-compatibility/tags/list?n=1000: NAME_UNKNOWN: Repository name not known to registry.; map[name:tkg/tkg-compatibility]',
    source: 'vmware-tanzu/tanzu-cli#865',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "`tanzu management-cluster create` (TKG 2.4.1); projects.registry.vmware.com is VMware's Harbor, and the tkg-compatibility repository it asked for is no longer there. INFERENCE as to the fix: the stored thread is open"
  },
  {
    id: 'dev38-harbor-02',
    family: 'harbor',
    host: 'projects.registry.vmware.com',
    text: 'unable to list plugin from discovery \'default\': error while processing package: failed to get resource files from discovery: fetching location image: Get "https://projects.registry.vmware.com/v2/tkg/packages/standalone/standalone-plugins/manifests/sha256-30e5ebd9357a5b9110404b36efa7e1ea838f89396724abeeaf9b8e298d749d13.image-locations.imgpkg": EOF',
    source: 'elastic/cloud-on-k8s#6705',
    expected: 'registry-unreachable',
    note: "the Tanzu CLI fetching its plugins from VMware's Harbor during a TKG cluster creation in a CI job; the connection was cut (EOF) and the thread closed it as a transient error that went away"
  },
  {
    id: 'dev38-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/calico/calico-upgrade:v1.0.5\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'nwcdheap/kops-cn#53',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: mirroring kops' required images for the China regions; calico/calico-upgrade was not public on quay.io while calico/kube-controllers pulled fine. The shell prompt and markdown bold around the command are removed"
  },
  {
    id: 'dev38-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'INFO[0002] Checking for quay.io/sangeetha/test1:latest on sangee38rc3again-10acre-2: da85b2c3-0837-47f2-b110-72753e08a34d : Image [quay.io/sangeetha/test1:latest] failed to pull : Error: Status 403 trying to pull repository sangeetha/test1: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'rancher/rancher#2110',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Rancher 0.38 QA bug; a registry entry for quay.io with valid credentials was configured, and rancher-compose pull of the private repository got quay's v1 403. Only the first of three identical host lines kept. INFERENCE: filed as a Rancher bug (credentials not applied), the stored thread shows no fix"
  },
  {
    id: 'dev38-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'manifest for quay.io/coreos/hyperkube:1.9.3_coreos.0 not found',
    source: 'kubernetes-sigs/kubespray#2399',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Kubespray upgrade-cluster.yml to kube_version 1.9.3: the hyperkube tag it derived does not exist. The text is the error as the reporter quoted it in the issue title (the task output's stderr is cut in the stored copy)"
  },
  {
    id: 'dev38-gitlab-01',
    family: 'gitlab',
    host: 'registry.example.com:5000',
    text: "WARN[0011] [certificates] Can't pull Docker image [registry.example.com:5000/some/path/rancher/rke-tools:v0.1.74] on host [1a77570d.docker.example.com]: Error response from daemon: Head https://registry.example.com:5000/v2/some/path/rancher/rke-tools/manifests/v0.1.74: denied: access forbidden\nFATA[0011] [Error response from daemon: Head https://registry.example.com:5000/v2/some/path/rancher/rke-tools/manifests/v0.1.74: denied: access forbidden]",
    source: 'rancher-archives/rke#2532',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'read-denied',
    note: 'needs the thread: rke up in an air-gapped setup whose registry had just been made to require credentials; private_registries names user project_110_bot, a GitLab project access token\'s bot, so the registry is GitLab\'s (its wording "denied: access forbidden"). Such a token reads only its own project, and the system images sit under another path. INFERENCE: closed after a request for more information, no confirmed fix. The host was masked by the reporter (kept)'
  },
  {
    id: 'dev38-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'kindest/haproxy:2.1.1-alpine' locally\ndocker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.\nSee 'docker run --help'.",
    source: 'vmware-tanzu/community-edition#897',
    expected: 'rate-limited',
    note: "the CAPD controller of a Tanzu Community Edition standalone cluster bootstrap pulling its load balancer image anonymously from a data centre behind one address; the issue moved the image to VMware's Harbor"
  },
  {
    id: 'dev38-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Mar 12 23:53:50 wdfl34382999a microk8s.daemon-containerd[13573]: time="2020-03-12T23:53:50.326195095+01:00" level=error msg="PullImage "redis:alpine" failed" error="failed to resolve image "docker.io/library/redis:alpine": no available registry endpoint: failed to fetch oauth token: unexpected status: 429 Too Many Requests"',
    source: 'canonical/microk8s#1025',
    expected: 'rate-limited',
    note: 'MicroK8s containerd journal as the maintainer quoted it; the line before it (the same pull answered 401 on the token request) is cut'
  },
  {
    id: 'dev38-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'crictl -r /run/containerd/containerd.sock pull docker.io/library/alpine:latest\nFATA[0002] pulling image: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/alpine:latest": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/alpine/manifests/sha256:f271e74b17ced29b915d351685fd4644785c6d1559dd1f2d4189a5e851ef753a: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'giantswarm/k8scloudconfig#1104',
    expected: 'rate-limited',
    note: "Giant Swarm's node configuration: anonymous pulls from nodes behind a shared NAT hit the limit; the fix adds Docker Hub credentials to containerd's registry config"
  },
  {
    id: 'dev38-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "ranchercharts/goharbor-harbor-core:v1.9.1": rpc error: code = Unknown desc = Error response from daemon: pull access denied for ranchercharts/goharbor-harbor-core, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'rancher/rancher#23529',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: Rancher 2.3 catalog app (Harbor) whose mirrored image had not been synced to the ranchercharts namespace; once it was, the deploy worked. A kubelet event message, quoted alone'
  },
  {
    id: 'dev38-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "busybox": rpc error: code = Unknown desc = failed to resolve image "docker.io/library/busybox:latest": failed to fetch anonymous token: Get https://auth.docker.io/token?scope=repository%3Alibrary%2Fbusybox%3Apull&service=registry.docker.io: read tcp myipaddress:59158->52.55.168.20:443: read: connection reset by peer',
    source: 'vmware/vsphere-with-tanzu-quick-start#2',
    expected: 'registry-unreachable',
    alsoAcceptable: ['rate-limited'],
    note: "INFERENCE: vSphere with Tanzu quick start; the connection to Docker's token service was reset. The maintainer suspected Docker Hub's rate limiting and moved the guide's images off Docker Hub; the wording itself is a network reset. A kubelet event message as the reporter quoted it (masking of the address kept)"
  },
  {
    id: 'dev38-not-login-01',
    family: 'not-login',
    host: 'eu.gcr.io',
    text: "Unable to find image 'eu.gcr.io/gardener-project/sow:1.0.7-dev' locally\ndocker: Error response from daemon: manifest for eu.gcr.io/gardener-project/sow:1.0.7-dev not found.\nSee 'docker run --help'.",
    source: 'gardener-attic/garden-setup#30',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Gardener's garden-setup (`sow order -A`) asked for a dev tag that was never published; fixed by a commit to the sow version"
  },
  {
    id: 'dev38-not-login-02',
    family: 'not-login',
    host: 'docker.forio.com',
    text: 'microk8s.ctr image pull docker.forio.com/k8s/epicenter/desktop/epicenter-facade:2.9.0\nctr: no signatures',
    source: 'canonical/microk8s#1349',
    expected: 'not-a-login-failure',
    note: 'INFERENCE: containerd refusing the manifest the (old, insecure) registry served (a schema 1 manifest without signatures); a maintainer reproduced it with plain containerd and put it on the remote server. The two progress lines between the command and the error are cut'
  },
  {
    id: 'dev38-not-login-03',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Trying to pull repository gcr.io/google-containers/pause ... \nPulling repository gcr.io/google-containers/pause\nunauthorized: authentication required',
    source: 'kubernetes-sigs/kubespray#7226',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: Kubespray 2.15 on RHEL 7 (docker 1.13) pulling gcr.io/google-containers/pause:3.3, a tag that registry does not have (kubernetes-sigs/kubespray#8092); the old docker fell back to the v1 protocol, which GCR answers "unauthorized". The text joins the task\'s stdout_lines and its stderr, as Ansible printed them. INFERENCE: the stored thread shows no fix'
  }
]

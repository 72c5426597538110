/**
 * A fifty-eighth development set of real registry error texts ("dev58"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-eighth
 * development set"). Its direction is storage, backup and data-protection
 * software: Rook/Ceph and Ceph CSI, Longhorn, OpenEBS, Piraeus, Kasten
 * (kubestr), Stash, HwameiStor, KubeVirt and CDI, the Kubernetes CSI sidecars
 * and cloud CSI drivers (EBS, EFS, GCE PD, Hetzner, DigitalOcean), and Harbor
 * on Ceph, GlusterFS or a full volume. Sources are GitHub issues and pull
 * requests found with the search tool; none is a source of an earlier set
 * (the list of the 2562 earlier sources was checked before each pick), and
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

export const REAL_TEXTS_DEV58: readonly RealText[] = [
  {
    id: 'dev58-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/kastenhq/kubestr:latest": rpc error: code = Unknown desc = error pulling image configuration: denied: unauthenticated: User cannot be authenticated with the token provided.',
    source: 'kastenhq/kubestr#66',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown', 'invalid-credentials'],
    note: 'needs the thread: INFERENCE. Kasten\'s kubestr CSI checker pulling its own public GHCR image anonymously from a kubelet; the image had pulled the day before and the reporter closed the issue with "resolved itself", with no change on either side, so a passing GHCR fault is the likeliest reading. The wording alone reads like a refused token'
  },
  {
    id: 'dev58-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Download the image quay.io/kubevirtci/ocp-4.3@sha256:86a2720562809462803aa2de066a50cd725af141d4971daf04895d0b3d75d4cc\n2019/12/20 08:20:58 failed to download quay.io/kubevirtci/ocp-4.3@sha256:86a2720562809462803aa2de066a50cd725af141d4971daf04895d0b3d75d4cc: Error response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'kubevirt/kubevirtci#221',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: INFERENCE. KubeVirt's gocli pulling a freshly pushed quay.io/kubevirtci repository without a login; the stored thread stops before a fix, but a repository newly created by a push is private on Quay until made public, and Quay answers an anonymous pull of a private repository this way. Only the two complete log lines are kept"
  },
  {
    id: 'dev58-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/cephcsi/cephcsi:canary": rpc error: code = Unknown desc = Error: Status 403 trying to pull repository cephcsi/cephcsi: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'ceph/ceph-csi#388',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'not-a-login-failure'],
    note: 'needs the thread: INFERENCE. A kubelet event (Docker fell back to the v1 protocol) when the Ceph CSI manifests first pointed at the new quay.io/cephcsi/cephcsi repository; filed by a maintainer and fixed for release 1.1 with no comment stored, so the repository not yet being public (or not yet holding the tag) is inferred. Quay answers that with this 403 "Permission Denied"'
  },
  {
    id: 'dev58-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/ceph/ceph:v16.2.6": rpc error: code = Unknown desc = Error response from daemon: Get "https://quay.io/v2/": dial tcp: lookup quay.io on 192.168.122.1:53: no such host',
    source: 'rook/rook#8886',
    expected: 'registry-unreachable',
    note: 'Rook\'s ceph detect-version job: the node\'s resolver could not resolve quay.io; the maintainer closed it as not a Rook issue ("quay is down")'
  },
  {
    id: 'dev58-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'sudo docker pull  quay.io/k8scsi/mock-plugin\nUsing default tag: latest\nPulling repository quay.io/k8scsi/mock-plugin\nError: Status 403 trying to pull repository k8scsi/mock-plugin: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'kubernetes-csi/external-attacher#120',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the external-attacher example manifest named quay.io/k8scsi/mock-plugin, a repository that does not exist; the image is quay.io/k8scsi/mock-driver and the manifest was fixed (#121). The shell prompt before the command is trimmed'
  },
  {
    id: 'dev58-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/k8scsi/csi-attacher:v1.1.2": rpc error: code = Unknown desc = Error response from daemon: manifest for quay.io/k8scsi/csi-attacher:v1.1.2 not found',
    source: 'digitalocean/csi-digitalocean#195',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "DigitalOcean's CSI driver manifests for v1.1.2 bumped the csi-attacher sidecar to a tag quay.io/k8scsi never had; going back to v1.1.1 fixed it. Quoted from the post's prose"
  },
  {
    id: 'dev58-quay-06',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/external_storage/nfs-client-provisioner:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://quay.io/v2/external_storage/nfs-client-provisioner/manifests/latest: received unexpected HTTP status: 500 Internal Server Error.',
    source: 'kubernetes-retired/external-storage#1323',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the NFS client provisioner image pulled anonymously during a quay.io outage (May 2020); the reporter closed it as solved the same day without a change. Quoted from the post's prose, its closing full stop kept"
  },
  {
    id: 'dev58-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'The push refers to repository [registry.com/image:tag]\n4869d90fc910: Retrying in 1 second\n1dd93828313a: Retrying in 1 second\na9af80b49b36: Retrying in 1 second\n730b7b587e36: Retrying in 1 second\nreceived unexpected HTTP status: 500 Internal Server Error',
    source: 'goharbor/harbor#14616',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Harbor's registry storage was full (the issue title), so Harbor failed the upload with a 500; the maintainer answered that a full disk surfaces this way. The post masked the registry as registry.com; host is a Harbor placeholder"
  },
  {
    id: 'dev58-harbor-02',
    family: 'harbor',
    host: '10.255.1.101',
    text: 'The push refers to a repository [10.255.1.101/library/k8s-dns-dnsmasq-nanny-amd64]\n5bef08742407: Retrying in 1 second\nblob upload unknown',
    source: 'goharbor/harbor#3801',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure', 'unknown'],
    note: "needs the thread: INFERENCE. Harbor storing its registry on a three-replica GlusterFS volume: a first push ended in a 500, the retry in this 'blob upload unknown'; the same push works with local storage, so the storage backend is inferred as the cause (no fix stored). The other layer and progress lines of the second push are trimmed"
  },
  {
    id: 'dev58-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'a6d503001157: Pushing [==================================================>]  1.437MB\ndial tcp 10.0.0.21:7480: i/o timeout',
    source: 'goharbor/harbor-helm#579',
    expected: 'registry-unreachable',
    note: 'needs the thread: Harbor (Helm chart) with a Ceph RGW S3 backend redirects blob uploads to the RGW endpoint 10.0.0.21:7480, which the pushing client\'s network could not reach; giving Harbor an externally reachable regionendpoint fixed it ("by design"). The post names no Harbor host; host is a placeholder'
  },
  {
    id: 'dev58-ecr-01',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'docker pull 602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/aws-ebs-csi-driver:v0.4.0\nError response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/eks/aws-ebs-csi-driver/manifests/v0.4.0: no basic auth credentials',
    source: 'kubernetes-sigs/aws-ebs-csi-driver#384',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "The EBS CSI driver image in EKS's ECR account pulled with no ECR login; the maintainer's answer is to get an ECR token for registry 602401143452 first. The prompt glyph before the command is trimmed"
  },
  {
    id: 'dev58-ecr-02',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Failed to pull image "602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/aws-efs-csi-driver:v1.0.0": rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/eks/aws-efs-csi-driver/manifests/v1.0.0: no basic auth credentials',
    source: 'kubernetes-sigs/aws-efs-csi-driver#245',
    expected: 'missing-credentials',
    note: "A kubelet event installing the EFS CSI driver: the node's Docker sent no ECR credential for EKS's image account. Two terminal line wraps inside the line are joined"
  },
  {
    id: 'dev58-ecr-03',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: '$ docker pull 602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/csi-node-driver-registrar:v2.6.1-eks-1-23-8\nError response from daemon: manifest for 602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/csi-node-driver-registrar:v2.6.1-eks-1-23-8 not found: manifest unknown: Requested image not found',
    source: 'kubernetes-sigs/aws-efs-csi-driver#886',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "After an ECR login: the EFS CSI driver's release-1.4 kustomization named sidecar tags that EKS's private ECR did not hold. The first of the two pulls posted is kept"
  },
  {
    id: 'dev58-ecr-04',
    family: 'ecr',
    host: '209411653980.dkr.ecr.us-west-2.amazonaws.com',
    text: 'ERROR: failed to solve: failed to push 209411653980.dkr.ecr.us-west-2.amazonaws.com/aws-ebs-csi-driver:fc52f7d8597340d52f263923768024b8-windows-amd64-ltsc2022: failed commit on ref "manifest-sha256:cf82f3a2999248be710bf71eebfced344c2ceeccdb1a3f412b1f051ae9aebda0": unexpected status from PUT request to https://209411653980.dkr.ecr.us-west-2.amazonaws.com/v2/aws-ebs-csi-driver/manifests/fc52f7d8597340d52f263923768024b8-windows-amd64-ltsc2022: 403 Forbidden',
    source: 'kubernetes-sigs/aws-ebs-csi-driver#1998',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the EBS CSI driver's e2e script pushing test images to its CI ECR repository; the PR says the root cause was ECR's quota of 10,000 images per repository, which ECR enforces with a 403 on the manifest PUT after the blobs were accepted"
  },
  {
    id: 'dev58-gar-01',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'docker pull k8s.gcr.io/sig-storage/csi-provisioner:v3.2.1\nError response from daemon: manifest for k8s.gcr.io/sig-storage/csi-provisioner:v3.2.1 not found: manifest unknown: Failed to fetch "v3.2.1" from request "/v2/sig-storage/csi-provisioner/manifests/v3.2.1"',
    source: 'kubernetes-csi/external-provisioner#756',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The v3.2.1 release tag of the CSI provisioner sidecar had not yet been promoted to k8s.gcr.io. A blank line between the command and the error is removed'
  },
  {
    id: 'dev58-gar-02',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'docker pull k8s.gcr.io/sig-storage/csi-provisioner\nUsing default tag: latest\nError response from daemon: manifest for k8s.gcr.io/sig-storage/csi-provisioner:latest not found: manifest unknown: Failed to fetch "latest" from request "/v2/sig-storage/csi-provisioner/manifests/latest"',
    source: 'kubernetes-csi/external-resizer#124',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "k8s.gcr.io's sig-storage repositories publish version tags only, no 'latest'; the pull named no tag. The post's inline-code backticks are removed"
  },
  {
    id: 'dev58-gar-03',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'Failed to pull image "k8s.gcr.io/provider-aws/livenessprobe:v2.1.0": rpc error: code = Unknown desc = Error response from daemon: manifest for k8s.gcr.io/provider-aws/livenessprobe:v2.1.0 not found: manifest unknown: Failed to fetch "v2.1.0" from request "/v2/provider-aws/livenessprobe/manifests/v2.1.0".',
    source: 'kubernetes-sigs/aws-ebs-csi-driver#564',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The EBS CSI driver's manifests (v0.9.0, on Bottlerocket) named sidecar images under k8s.gcr.io/provider-aws that were never published there; the sidecars live under sig-storage"
  },
  {
    id: 'dev58-acr-01',
    family: 'acr',
    host: 'aaatest3contreg.azurecr.io',
    text: 'Failed to pull image "aaatest3contreg.azurecr.io/aaa-yyyyy-zzz-qryh:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://aaatest3contreg.azurecr.io/v2/aaa-yyyyy-zzz-qryh/manifests/latest: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'Azure/secrets-store-csi-driver-provider-azure#173',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'INFERENCE. Pulls from ACR on AKS failing during a cluster upgrade, in a thread about the Secrets Store CSI driver not being registered; ACR answers a pull that carries no credential this way, and the stored thread shows no fix for the pulls. Names are masked as posted; the first of two events is kept'
  },
  {
    id: 'dev58-generic-01',
    family: 'generic',
    host: 'registry.k8s.io',
    text: 'Failed to pull image "registry.k8s.io/sig-storage/livenessprobe:v2.9.0": failed to pull and unpack image "registry.k8s.io/sig-storage/livenessprobe:v2.9.0": failed to resolve reference "registry.k8s.io/sig-storage/livenessprobe:v2.9.0": unexpected status from HEAD request to https://registry.k8s.io/v2/sig-storage/livenessprobe/manifests/v2.9.0: 403 Forbidden',
    source: 'hetznercloud/csi-driver#592',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Hetzner Cloud's CSI sidecars pulled anonymously from registry.k8s.io, whose Google front end refuses some Hetzner IP addresses with a 403 (the issue's TL;DR; a mirror worked around it). The k9s pane borders and the wraps they caused are removed"
  },
  {
    id: 'dev58-generic-02',
    family: 'generic',
    host: 'daocloud.io',
    text: 'Failed to pull image "daocloud.io/daocloud/hwameistor-migrate-rclone:v1.1.2": rpc error: code = Unknown desc = Error response from daemon: pull access denied for daocloud.io/daocloud/hwameistor-migrate-rclone, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
    source: 'hwameistor/hwameistor#482',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: INFERENCE. HwameiStor's Helm values suggest a DaoCloud copy of the rclone migrate image as 'exactly the same' as rclone/rclone; pulled without a login it was refused, and the project had moved to the official rclone image. The DaoCloud repository being absent or private is inferred"
  },
  {
    id: 'dev58-generic-03',
    family: 'generic',
    host: 'registry.redhat.io',
    text: 'E1014 07:06:58.032303       1 transport.go:75] Could not create image reference: unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication\nE1014 07:06:58.032373       1 data-processor.go:229] unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication\nCould not create image reference',
    source: 'kubevirt/containerized-data-importer#1992',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: KubeVirt CDI's importer pod importing a DataVolume from registry.redhat.io does not use the cluster-wide pull secret the nodes have, so it asked for a token with no credential (the RFE's point). Red Hat's token service words an anonymous request as 'invalid username/password'"
  },
  {
    id: 'dev58-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull kubevirt/libvirtd:latest\nError response from daemon: pull access denied for kubevirt/libvirtd, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'kubevirt/libvirt#34',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a typo in the README\'s image name; the repository is kubevirt/libvirt ("try with kubevirt/libvirt instead, it should work"). The shell prompt is trimmed'
  },
  {
    id: 'dev58-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Failed to pull image "rancher/mirrored-longhornio-longhorn-share-manager:v1.6.2": failed to pull and unpack image "docker.io/rancher/mirrored-longhornio-longhorn-share-manager:v1.6.2": failed to resolve reference "docker.io/rancher/mirrored-longhornio-longhorn-share-manager:v1.6.2": failed to do request: Head "https://registry-1.docker.io/v2/rancher/mirrored-longhornio-longhorn-share-manager/manifests/v1.6.2": dial tcp: lookup registry-1.docker.io: Try again',
    source: 'longhorn/longhorn#8945',
    expected: 'registry-unreachable',
    note: "Longhorn's share-manager pod on k3s: the node's DNS lookup of registry-1.docker.io failed temporarily ('Try again')"
  },
  {
    id: 'dev58-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull rancher/mirrored-longhornio-longhorn-ui:v1.3.0\nError response from daemon: manifest for rancher/mirrored-longhornio-longhorn-ui:v1.3.0 not found: manifest unknown: manifest unknown',
    source: 'longhorn/longhorn#4241',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Rancher's Longhorn chart 1.3.0 pointed at Rancher's mirrored images before the mirror had copied the v1.3.0 tags (fixed in rancher/image-mirror#250)"
  },
  {
    id: 'dev58-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for longhornio/snapshot-controller, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'longhorn/longhorn#9898',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "INFERENCE. Longhorn's image release script checks that a new tag does not exist yet and grepped for 'manifest ... not found', but Docker Hub answered with this because the longhornio/snapshot-controller repository itself did not exist (yet) in the org; the surrounding script lines are trimmed"
  },
  {
    id: 'dev58-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "drbd-shutdown-guard": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/drbd-shutdown-guard:latest": failed to resolve reference "docker.io/library/drbd-shutdown-guard:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'piraeusdatastore/piraeus-operator#425',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the Piraeus operator\'s satellite pods carried the bare image name drbd-shutdown-guard (normally replaced with quay.io/piraeusdatastore/... from the operator\'s image config), which containerd expanded to docker.io/library; re-applying the v2.0.1 operator manifests fixed it ("yes! its work")'
  },
  {
    id: 'dev58-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "openebs/lvm-driver1.2.0": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/openebs/lvm-driver1.2.0:latest": failed to resolve reference "docker.io/openebs/lvm-driver1.2.0:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'openebs/lvm-localpv#246',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "OpenEBS LVM LocalPV's published operator manifest lost the colon between image name and tag (openebs/lvm-driver1.2.0), a repository that does not exist"
  },
  {
    id: 'dev58-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "amazon/aws-efs-csi-driver:v1.3.2": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'aws/containers-roadmap#1462',
    expected: 'rate-limited',
    note: "Upgrading the EFS CSI driver chart on 20+ nodes pulled its Docker Hub image anonymously from every node and hit Docker Hub's pull rate limit"
  },
  {
    id: 'dev58-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull org/csi-driver:win-v1\nError response from daemon: pull access denied for org/csi-driver, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'kubernetes-csi/csi-proxy#169',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: org/csi-driver:win-v1 in csi-proxy's README is a placeholder for a real CSI driver image (the maintainer's answer), not an image. The command and error are joined from the post's prose"
  },
  {
    id: 'dev58-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ podman pull docker.io/openebs/mayastor-api-rest:latest\nTrying to pull docker.io/openebs/mayastor-api-rest:latest...\nError: initializing source docker://openebs/mayastor-api-rest:latest: reading manifest latest in docker.io/openebs/mayastor-api-rest: manifest unknown',
    source: 'openebs/openebs#3719',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "OpenEBS images that the 4.x chart no longer publishes under those names or tags (the thread's velero-plugin tag was 'not found' the same way); the repository has no 'latest'. The second of the post's two texts is kept"
  },
  {
    id: 'dev58-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "rook/rook:latest": rpc error: code = Unknown desc = Error response from daemon: manifest for rook/rook:latest not found',
    source: 'rook/rook#1407',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Rook's alpha Helm chart (0.6.2) left the mon pods on rook/rook:latest, a tag the repository did not have. Quoted from the post's prose, without its surrounding quotation marks"
  },
  {
    id: 'dev58-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "longhornio/longhorn-manager:v1.1.0": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/longhornio/longhorn-manager:v1.1.0": no match for platform in manifest: not found',
    source: 'longhorn/longhorn#2395',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'Longhorn v1.1.0 on Raspberry Pi nodes running armv7 (HypriotOS): Longhorn publishes amd64 and arm64 images only'
  },
  {
    id: 'dev58-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Error: failed to save images: save image longhornio/openshift-origin-oauth-proxy:4.15: choosing an image from manifest list docker://longhornio/openshift-origin-oauth-proxy:4.15: no image found in manifest list for architecture arm64, variant "", OS linux',
    source: 'labring-actions/cluster-image#1072',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Packaging Longhorn v1.7.1's image list for arm64: Longhorn's openshift-origin-oauth-proxy image has no arm64 entry"
  },
  {
    id: 'dev58-not-login-03',
    family: 'not-login',
    host: 'registry.k8s.io',
    text: 'Failed to pull image "registry.k8s.io/sig-storage/nfs-provisioner:v4.0.8": rpc error: code = NotFound desc = failed to pull and unpack image "registry.k8s.io/sig-storage/nfs-provisioner:v4.0.8": failed to resolve reference "registry.k8s.io/sig-storage/nfs-provisioner:v4.0.8": registry.k8s.io/sig-storage/nfs-provisioner:v4.0.8: not found',
    source: 'kubernetes-sigs/nfs-ganesha-server-and-external-provisioner#125',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The NFS Ganesha provisioner chart named a v4.0.8 image that had not been promoted to registry.k8s.io yet (fixed by kubernetes/k8s.io#4893)'
  },
  {
    id: 'dev58-not-login-04',
    family: 'not-login',
    host: 'registry.k8s.io',
    text: 'docker pull registry.k8s.io/cloud-provider-gcp/gcp-compute-persistent-disk-csi-driver:v1.13.0\nError response from daemon: manifest for registry.k8s.io/cloud-provider-gcp/gcp-compute-persistent-disk-csi-driver:v1.13.0 not found: manifest unknown: Failed to fetch "v1.13.0"',
    source: 'kubernetes-sigs/gcp-compute-persistent-disk-csi-driver#1578',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The GCE PD CSI driver's v1.13.0 image had not been promoted to registry.k8s.io (kubernetes/k8s.io#6313)"
  },
  {
    id: 'dev58-not-login-05',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'registry.ping url=https://registry-1.docker.io/v2/\nrun.go:43] Image appscode/stash:0.6.0 not found.',
    source: 'stashed/stash#1134',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Stash 0.6.0's operator checks its own image on Docker Hub at start-up; in a cluster without internet access that check fails and Stash reports the image 'not found' although it is present locally. The maintainers advised a newer Stash"
  },
  {
    id: 'dev58-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "Could not open '/var/run/kubevirt-ephemeral-disks/disk-data/containerdisk/disk.qcow2': Permission denied",
    source: 'kubevirt/kubevirt#7722',
    expected: 'not-a-login-failure',
    note: "A KubeVirt containerDisk VM stops because QEMU cannot open the disk file of the pulled container disk (the reporter works around it with a chmod on the kubelet's pod directories): a file permission on the node, not the registry. The line is the issue's title, also quoted in its body; the containerDisk was a locally built Docker image, so host is a placeholder"
  },
  {
    id: 'dev58-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: "failed to get image info: failed to invoke qemu-img: exit status 1: 'qemu-img: Could not open '/var/run/kubevirt/container-disks/disk_0.img': Could not open '/var/run/kubevirt/container-disks/disk_0.img': Permission denied",
    source: 'kubevirt/kubevirt#3367',
    expected: 'not-a-login-failure',
    note: "KubeVirt's own report of a containerDisk whose disk file is not readable by the qemu user (UID 107): the image was pulled; the 'Permission denied' is a file mode inside it. Host is a placeholder (the example image is built locally)"
  }
]

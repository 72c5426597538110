/**
 * A twenty-eighth development set of real registry error texts ("dev28"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-eighth
 * development set"). Its directions: posts not written in English, the
 * registries of Chinese clouds (Alibaba Cloud ACR, Tencent Cloud TCR, Huawei
 * Cloud SWR, Volcengine), Chinese Docker Hub, GHCR, gcr.io and quay.io
 * mirrors and proxies, and the trackers of Chinese projects (1Panel, MaxKB,
 * Sealos, FastGPT, KubeSphere, Rainbond). Sources are GitHub issues found
 * with the search tool; none is a source of an earlier set (the list of the
 * 1598 earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done); texts that show escapes such as \r\n or \"
 * show them because the post does. A note starting "needs the thread:" marks
 * a label the text alone does not support; INFERENCE marks a label where the
 * stored thread shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV28: readonly RealText[] = [
  {
    id: 'dev28-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.nju.edu.cn',
    text: 'Error response from daemon: manifest for ghcr.nju.edu.cn/runtime:0.1.0 not found: manifest unknown: manifest unknown',
    source: 'codefuse-ai/CodeFuse-muAgent#88',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "Nanjing University's GHCR mirror; the pulled name has no GitHub owner in it (ghcr.io/<owner>/runtime), so the mirror has no such manifest. INFERENCE: the stored thread shows no answer"
  },
  {
    id: 'dev28-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '# docker pull registry.gitlab.com/timvisee/send:latest\nError response from daemon: Get "https://registry.gitlab.com/v2/": context deadline exceeded',
    source: 'timvisee/send#232',
    expected: 'registry-unreachable',
    note: "GitLab.com's registry did not answer from the reporter's network while Docker Hub did; the maintainer suggests a passing outage, the reporter says it persists"
  },
  {
    id: 'dev28-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'ERROR: Get https://registry.gitlab.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'bodastage/bts-ce#45',
    expected: 'registry-unreachable',
    note: "a compose pull of the project's images from GitLab.com's registry inside docker-machine; the maintainer's answer is an unreachable DNS server in resolv.conf"
  },
  {
    id: 'dev28-quay-01',
    family: 'quay',
    host: 'quay.mirrors.ustc.edu.cn',
    text: '~$ sudo docker pull quay.mirrors.ustc.edu.cn/calico/ctl:v3.1.3\nv3.1.3: Pulling from calico/ctl\n81033e7c1d6a: Pull complete\nunexpected EOF',
    source: 'ustclug/discussions#259',
    expected: 'registry-unreachable',
    note: "USTC's quay.io mirror broke off layer downloads while quay.io itself worked (thread in Chinese); the mirror's maintainers later changed it to a pull-through cache. Download progress lines trimmed"
  },
  {
    id: 'dev28-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Error response from daemon: Head "https://quay.io/v2/coreos/etcd/manifests/v3.5.5": Get "https://quay.io/v2/auth?scope=repository%3Acoreos%2Fetcd%3Apull&service=quay.io": EOF',
    source: 'netease-youdao/QAnything#473',
    expected: 'registry-unreachable',
    note: "QAnything's compose pulling etcd from quay.io (thread in Chinese); the token request's connection closed before an answer. No answer in the stored thread (INFERENCE: the network on the way)"
  },
  {
    id: 'dev28-quay-03',
    family: 'quay',
    host: 'quay-mirror.qiniu.com',
    text: '$ docker pull quay-mirror.qiniu.com/calico/cni:v3.3.2\nv3.3.2: Pulling from calico/cni\nunknown blob',
    source: 'projectcalico/cni-plugin#822',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "Qiniu's quay.io mirror in China answered a layer it should have had with 'unknown blob'; the Calico maintainers pulled the same tag from quay.io and Docker Hub and sent the reporter to the mirror's operators. Download progress lines trimmed"
  },
  {
    id: 'dev28-harbor-01',
    family: 'harbor',
    host: 'harbor.cloud.netease.com',
    text: 'Error response from daemon: error parsing HTTP 403 response body: invalid character \'<‘ looking fro  beginning of value: "<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>403 Forbidden</h1></center>...',
    source: 'opencurve/curveadm#273',
    expected: 'registry-unreachable',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: curveadm's playground pulling its default image from NetEase's Harbor (thread in Chinese); the maintainers explain that this Harbor is no longer open to the outside, so its web server refuses with a 403 page, and the fix is the public image on Docker Hub. The text is the post's Error-Clue line, typos and '...' as posted"
  },
  {
    id: 'dev28-harbor-02',
    family: 'harbor',
    host: 'harbor.devops.kubesphere.local:30280',
    text: '[root@node3 ~]# docker pull harbor.devops.kubesphere.local:30280/library/admin/mps:1.0.0\nError response from daemon: Get http://harbor.devops.kubesphere.local:30280/v2/library/admin/mps/manifests/1.0.0: read tcp 192.168.0.239:39108->192.168.0.93:30280: read: connection reset by peer',
    source: 'kubesphere/kubesphere#1494',
    expected: 'registry-unreachable',
    note: "KubeSphere 2.1's built-in Harbor (thread in Chinese): login worked, the pull's connection was reset. No answer in the stored thread"
  },
  {
    id: 'dev28-harbor-03',
    family: 'harbor',
    host: 'harbor.devops.kubesphere.local:30280',
    text: '[root@ks-allinone scripts]# docker login -u admin  http://harbor.devops.kubesphere.local:30280\nPassword:\nError response from daemon: Get https://harbor.devops.kubesphere.local:30280/v2/: http: server gave HTTP response to HTTPS client',
    source: 'kubesphere/kubesphere#1224',
    expected: 'registry-unreachable',
    note: "KubeSphere's built-in Harbor served over plain HTTP (thread in Chinese); the fix was insecure-registries in /etc/docker/daemon.json and a restart of docker"
  },
  {
    id: 'dev28-ecr-01',
    family: 'ecr',
    host: '048912060910.dkr.ecr.cn-northwest-1.amazonaws.com.cn',
    text: 'Failed to pull image "048912060910.dkr.ecr.cn-northwest-1.amazonaws.com.cn/google-containers/coredns:1.3.1": rpc error: code = Unknown desc = Error response from daemon: pull access denied for 048912060910.dkr.ecr.cn-northwest-1.amazonaws.com.cn/google-containers/coredns, repository does not exist or may require \'docker login\'',
    source: 'nwcdlabs/container-mirror#3',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a public mirror of gcr.io images in ECR's Ningxia region; the maintainer points to the mirror's mapping rule, under which the name is gcr/google_containers/coredns. The event's columns before 'Failed to pull image' and the post's italics markers are left out"
  },
  {
    id: 'dev28-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Pulling etcd (gcr.io/etcd-development/etcd:)...\nTrying to pull repository gcr.io/etcd-development/etcd ...\nERROR: Get https://gcr.io/v1/_ping: dial tcp 74.125.203.82:443: i/o timeout',
    source: 'fagongzi/manba#216',
    expected: 'registry-unreachable',
    note: 'docker-compose from China pulling etcd from gcr.io (thread in Chinese), which is not reachable there; the reporter asks for a mirror on Alibaba Cloud'
  },
  {
    id: 'dev28-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker pull gcr.docker.xxx.cool/kaniko-project/executor:v1.23.2\nError response from daemon: Head "https://gcr.docker.xxx.cool/v2/kaniko-project/executor/manifests/v1.23.2": Get "https://gcr.io/v2/token?scope=repository%3Akaniko-project%2Fexecutor%3Apull&service=gcr.io": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'cmliu/CF-Workers-docker.io#25',
    expected: 'registry-unreachable',
    note: "a Cloudflare Workers proxy of gcr.io used from China (thread in Chinese; the post masks the proxy's domain, so `host` is gcr.io): the proxy passed on gcr.io's token realm, and docker could not reach gcr.io for the token. The reporter blames the proxy's handling of the redirect"
  },
  {
    id: 'dev28-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: Get https://gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'aws-samples/amazon-ecr-replication-for-pub-container-images#1',
    expected: 'registry-unreachable',
    note: "an AWS sample that copies public images into ECR in AWS's China regions (thread in Chinese); the build ran in the China account, which cannot reach gcr.io, and the fix was to run it in a region outside China"
  },
  {
    id: 'dev28-generic-01',
    family: 'generic',
    host: 'registry.cn-shanghai.aliyuncs.com',
    text: 'Error response from daemon: Get "https://registry.cn-shanghai.aliyuncs.com/v2/": unauthorized: authentication required',
    source: 'AlexGeControl/Sensor-Fusion-for-Localization-Courseware#1',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "docker login to Alibaba Cloud ACR after installing docker (thread in Chinese); Alibaba's registry answers a wrong password this way. The maintainer says the password was wrong (or the user not in the docker group) and closed it: INFERENCE"
  },
  {
    id: 'dev28-generic-02',
    family: 'generic',
    host: 'registry.cn-beijing.aliyuncs.com',
    text: 'com.github.dockerjava.api.exception.NotFoundException: {"message":"pull access denied for registry.cn-beijing.aliyuncs.com/huoxian/java, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied"}',
    source: 'docker-java/docker-java#1547',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'docker-java pulling a private repository of Alibaba Cloud ACR; the reporter set a username, password and registry address but the pull went without them. INFERENCE: no fix in the stored thread'
  },
  {
    id: 'dev28-generic-03',
    family: 'generic',
    host: 'ccr.ccs.tencentyun.com',
    text: '✘ safety-admin Error                                                              Get "https://ccr.ccs.tencentyun.com/v2/": context deadline exceeded (Client.Timeout exceeded while awaitin...                   255.1s',
    source: 'JoySafety/JoySafety#29',
    expected: 'registry-unreachable',
    note: "docker compose pulling the project's images from Tencent Cloud TCR (thread in Chinese); one line of compose's progress table kept as posted, compose itself cut the message with '...'. No answer in the stored thread"
  },
  {
    id: 'dev28-generic-04',
    family: 'generic',
    host: 'cr-cn-beijing.volces.com',
    text: '$ docker pull cr-cn-beijing.volces.com/cloudwego-demo/bookinfo:v1.0\nError response from daemon: toomanyrequests: remaining traffic quota is not enough to download this layer for current month',
    source: 'cloudwego/biz-demo#45',
    expected: 'rate-limited',
    alsoAcceptable: ['not-a-login-failure'],
    note: "Volcengine's container registry: the publisher's instance had used its monthly traffic quota, which the maintainers confirmed ('at present, this has a quota limit'); nothing the puller's credential can change. The post quotes it with '> ' markers, left out"
  },
  {
    id: 'dev28-generic-05',
    family: 'generic',
    host: 'docker.example.cn',
    text: '[root@yzfs-file-228 ~]# docker pull  docker.xxxxx.cn/coredns/coredns:latest\nError response from daemon: denied',
    source: 'DaoCloud/crproxy#8',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: a self-hosted DaoCloud crproxy (thread in Chinese; the post masks its domain, so `host` is a placeholder); crproxy wants the upstream registry as the first path segment, and docker.xxxxx.cn/docker.io/coredns/coredns:latest worked ('可以了', it works). The proxy's own 'denied' for a path it cannot route"
  },
  {
    id: 'dev28-generic-06',
    family: 'generic',
    host: 'cr2.fit2cloud.com',
    text: "docker: failed to copy: httpReadSeeker: failed open: unexpected status code https://cr2.fit2cloud.com/v2/1panel/maxkb/blobs/sha256:6040b61bcd643bc0d338f3e6058c46a5dac0014fdebdac5b925cc65ff559e5c4: 400 Bad Request.\nSee 'docker run --help'.",
    source: '1Panel-dev/MaxKB#2171',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "MaxKB's quick start on macOS pulling from FIT2CLOUD's registry; a layer download answered 400. The maintainers ask to retry; INFERENCE: no cause in the stored thread"
  },
  {
    id: 'dev28-generic-07',
    family: 'generic',
    host: 'registry.cn-guangzhou.aliyuncs.com',
    text: 'error building image: GET https://registry.cn-guangzhou.aliyuncs.com/v2/middlewaress/middleware/manifests/bcp-maven-3.9.6-01: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:middlewaress/middleware Type:repository]]',
    source: 'goodrain/rainbond#1875',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Rainbond's Dockerfile build (kaniko) pulling a base image from a private Alibaba Cloud ACR repository (thread in Chinese); the credential entered in the team's registry settings never reached the build, and the maintainers' fix is to add the registry under the platform's registry settings of the newer version"
  },
  {
    id: 'dev28-generic-08',
    family: 'generic',
    host: 'dockerhub.qingcloud.com',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://dockerhub.qingcloud.com/v2/: Get https://dockerauth.qingcloud.com:6000/auth?account=guest&client_id=docker&offline_token=true&service=dockerhub.qingcloud.com: Forbidden',
    source: 'kubesphere/kubesphere#892',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "KubeSphere 2.0.2's installer logging in to QingCloud's registry as guest/guest (thread in Chinese); the stderr lines of Ansible's JSON result, with its \\n as line breaks. The token service's port 6000 answered Forbidden; the maintainer suspects a firewall and the login worked two days later (INFERENCE)"
  },
  {
    id: 'dev28-generic-09',
    family: 'generic',
    host: 'dockerhub.qingcloud.com',
    text: 'Error response from daemon: Get https://dockerhub.qingcloud.com/v2/: Get https://dockerauth.qingcloud.com:6000/auth?account=guest&client_id=docker&offline_token=true&service=dockerhub.qingcloud.com: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'kubesphere/kubesphere#1051',
    expected: 'registry-unreachable',
    note: 'the same installer step on another network (thread in Chinese): the token service on port 6000 did not answer. One stderr line of the Ansible result'
  },
  {
    id: 'dev28-generic-10',
    family: 'generic',
    host: 'sealos.hub:5000',
    text: 'FATA[0000] pulling image: rpc error: code = Unknown desc = Error response from daemon: Head "http://sealos.hub:5000/v2/pause/manifests/3.6": no basic auth credentials',
    source: 'labring/sealos#2266',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "Sealos 4.1.3 installing a cluster with cri-dockerd: docker had no login for the cluster's own registry (registry:2 behind basic auth) that Sealos set up. The maintainer points to a fix release; a commenter says it still fails (INFERENCE)"
  },
  {
    id: 'dev28-generic-11',
    family: 'generic',
    host: '127.0.0.1:5000',
    text: 'Error: authenticating creds for "127.0.0.1:5000": pinging container registry 127.0.0.1:5000: Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused',
    source: 'labring/sealos#1412',
    expected: 'registry-unreachable',
    note: "sealos login to the built-in registry (thread in Chinese); the maintainers explain that it runs on the first master's address, not on this node's loopback"
  },
  {
    id: 'dev28-generic-12',
    family: 'generic',
    host: 'sealos.hub:5000',
    text: 'FATA[0000] pulling image: rpc error: code = Unknown desc = failed to pull and unpack image "sealos.hub:5000/kube-proxy:v1.24.0": failed to resolve reference "sealos.hub:5000/kube-proxy:v1.24.0": pulling from host sealos.hub:5000 failed with status code [manifests v1.24.0]: 503 Service Unavailable',
    source: 'labring/sealos#1047',
    expected: 'registry-unreachable',
    note: "crictl pulling from Sealos's built-in registry (thread in Chinese); the maintainer asks whether the registry container is running"
  },
  {
    id: 'dev28-generic-13',
    family: 'generic',
    host: 'registry.cn-hangzhou.aliyuncs.com',
    text: 'Error response from daemon: Get "https://registry.cn-hangzhou.aliyuncs.com/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'labring/FastGPT#56',
    expected: 'registry-unreachable',
    note: "a server outside China pulling FastGPT from Alibaba Cloud ACR's Hangzhou registry (thread in Chinese); ping answered, curl of /v2/ did not. The maintainer offers the images on GHCR instead"
  },
  {
    id: 'dev28-generic-14',
    family: 'generic',
    host: 'registry.cn-hangzhou.aliyuncs.com',
    text: 'Error response from daemon: Head "https://registry.cn-hangzhou.aliyuncs.com/v2/onlinejudge/judge_server/manifests/latest": Get "https://dockerauth.cn-hangzhou.aliyuncs.com/auth?scope=repository%3Aonlinejudge%2Fjudge_server%3Apull&service=registry.aliyuncs.com%3Acn-hangzhou%3A26842": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'QingdaoU/OnlineJudgeDeploy#90',
    expected: 'registry-unreachable',
    note: "a Chinese project's compose file pulling from Alibaba Cloud ACR, run from outside China: its token service timed out; a commenter points to the same image on Docker Hub"
  },
  {
    id: 'dev28-generic-15',
    family: 'generic',
    host: 'ccr.ccs.tencentyun.com',
    text: 'Error response from daemon: Head "https://ccr.ccs.tencentyun.com/v2/cube-studio/mpioperator-kubectl-delivery/manifests/latest": unauthorized: authentication required.',
    source: 'tencentmusic/cube-studio#30',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: one of cube-studio's images on Tencent Cloud TCR could not be pulled while the others could (thread in Chinese); the maintainers had left that repository private and opened it ('已放开仓库权限')"
  },
  {
    id: 'dev28-generic-16',
    family: 'generic',
    host: 'swr.cn-southwest-2.myhuaweicloud.com',
    text: 'failed: [LocalHost] [SaveImages] exec failed after 1 retries: copy image docker://swr.cn-southwest-2.myhuaweicloud.com/ks/kubesphere/ks-apiserver:v4.1.2 failed: initializing source docker://swr.cn-southwest-2.myhuaweicloud.com/ks/kubesphere/ks-apiserver:v4.1.2: unable to retrieve auth token: invalid username/password: denied: You may not login yet',
    source: 'whenegghitsrock/kubesphere-carryon#20',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'KubeKey saving KubeSphere images anonymously from Huawei Cloud SWR (thread in Chinese; the post wraps the message in a markdown link, only the message is kept). INFERENCE: the repository is no longer public there; the only answer points to another mirror'
  },
  {
    id: 'dev28-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '2025/12/22 14:48:48 拉取镜像 失败 : 拉取镜像超时,请尝试增加镜像加速或者更换其他镜像加速:Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: '1Panel-dev/1Panel#11428',
    expected: 'registry-unreachable',
    note: "1Panel's app store pulling 1panel/openresty from a server in China (thread in Chinese); the log line is kept whole, its Chinese words are 1Panel's own ('pulling the image timed out, add or change a registry mirror'). The maintainers' answer is to configure working registry mirrors"
  },
  {
    id: 'dev28-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'error pulling image configuration: download failed after attempts=6: dial tcp 104.18.124.25:443: i/o timeout',
    source: '1Panel-dev/1Panel#1418',
    expected: 'registry-unreachable',
    note: "1Panel installing its web server and MySQL apps from China (thread in Chinese); 104.18.x.x is the CDN address Docker Hub serves layers and configs from. The maintainers' fix is a list of registry mirrors for the daemon"
  },
  {
    id: 'dev28-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'gemfield@CivilNet:/mnt/c/Users/civil$ sudo docker pull gemfield/homepod:2.0\n2.0: Pulling from gemfield/homepod\nunauthorized: authentication required',
    source: 'DeepVAC/TorchPod#60',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    case: 'clock',
    note: 'needs the thread: a long pull of a public Docker Hub image under WSL failed half-way (thread in Chinese); the reporter found the cause himself: the system clock was wrong, and syncing the Windows clock fixed it. The layer progress lines between the pull line and the error are trimmed'
  },
  {
    id: 'dev28-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.erojk.eu.org',
    text: 'Trying to pull docker.io/strm/dnsmasq:latest...\nWARN[0247] Failed, retrying in 1s ... (1/3). Error: initializing source docker://strm/dnsmasq:latest: (Mirrors also failed: [docker.erojk.eu.org/strm/dnsmasq:latest: pinging container registry docker.erojk.eu.org: StatusCode: 429, "Too Many Requests (HAP429).\\n"]): registry-1.docker.io/strm/dnsmasq:latest: pinging container registry registry-1.docker.io: Get "http://registry-1.docker.io/v2/": read tcp 192.168.15.50:54058->18.235.105.159:80: read: connection reset by peer',
    source: 'cmliu/CF-Workers-docker.io#132',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable'],
    case: 'proxy',
    note: "podman with a Cloudflare Workers proxy of Docker Hub as its mirror (thread in Chinese): the mirror passed on Docker Hub's HAProxy 429 for its shared addresses, and the fallback to Docker Hub itself was reset on the way. The reporter blames Docker Hub banning IPs; no fix in the stored thread (INFERENCE)"
  },
  {
    id: 'dev28-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Resolving "kubernetes" using unqualified-search registries (/etc/containers/registries.conf)\nTrying to pull docker.io/library/kubernetes:v1.25.0...\nError: initializing source docker://kubernetes:v1.25.0: reading manifest v1.25.0 in docker.io/library/kubernetes: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'labring/sealos#1654',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: "needs the thread: `sealos pull kubernetes:v1.25.0` as the Sealos website then said (thread in Chinese); no official image is called kubernetes, and the maintainer's fix is the name labring/kubernetes:v1.25.0"
  },
  {
    id: 'dev28-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Unable to find image 'ubuntu/kafka:3.6-22.04_edge' locally\n3.6-22.04_edge: Pulling from ubuntu/kafka\ndocker: Get \"https://registry-1.docker.io/v2/\": dial tcp 199.16.156.40:443: i/o timeout.\nSee 'docker run --help'.",
    source: 'silenceshell/docker_mirror#30',
    expected: 'registry-unreachable',
    note: "a server in China after running a script that configures Docker Hub mirrors (thread in Chinese); the maintainer answers that those mirrors are now mostly unusable in China. 199.16.156.40 is not an address of Docker's (INFERENCE: a poisoned DNS answer)"
  },
  {
    id: 'dev28-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'docker pull jxxghp/nas-tools:3.0.1\nPulling repository jxxghp/nas-tools\nFATA[0004] Error: Status 410 trying to pull repository jxxghp/nas-tools: "<html>\\r\\n<head><title>410 Gone</title></head>\\r\\n<body>\\r\\n<center><h1>410 Gone</h1></center>\\r\\n<hr><center>openresty</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: 'NAStool/nas-tools#3656',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "'Pulling repository' and FATA are a docker 1.x client speaking the v1 protocol, and a web server (openresty) answered 410 Gone with an HTML page (thread in Chinese). INFERENCE: no answer in the stored thread; the v1 protocol is no longer served, so a newer docker is the fix"
  },
  {
    id: 'dev28-docker-hub-08',
    family: 'docker-hub',
    host: 'dhub.kubesre.xyz',
    text: "# docker pull dhub.kubesre.xyz/quark-auto-save:latest\nError response from daemon: pull access denied for dhub.kubesre.xyz/quark-auto-save, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'kubesre/docker-registry-mirrors#7',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a public Docker Hub mirror in China (thread in Chinese); the mirror's web page generated a name without the namespace of cp0204/quark-auto-save, and the maintainer gives the name with it. INFERENCE: the stored thread does not confirm it worked"
  },
  {
    id: 'dev28-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nError: Process completed with exit code 1.",
    source: 'wukongdaily/DockerTarBuilder#11',
    expected: 'repository-not-found',
    case: 'official-image',
    note: 'a workflow that pulls an image and saves it as a tar (thread in Chinese), asked for minio:2024.6.26; there is no official image called minio (it is minio/minio). INFERENCE: no answer in the stored thread'
  },
  {
    id: 'dev28-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error response from daemon: Head "https://*域名*/v2/library/alpine/manifests/latest": Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Falpine%3Apull&service=registry.docker.io": dial tcp 162.125.7.1:443: i/o timeout',
    source: 'whyun-pages/docker-registry#4',
    expected: 'registry-unreachable',
    note: "a self-deployed Docker Hub proxy on Cloudflare, used from China (thread in Chinese; the post masks the proxy's domain as *域名*, 'domain', so `host` is docker.io); the proxy sent docker to auth.docker.io for the token, which timed out. The maintainer's fix is the proxy's SELF_AUTH setting, which proxies the token endpoint too"
  },
  {
    id: 'dev28-not-login-01',
    family: 'not-login',
    host: 'registry.cn-beijing.aliyuncs.com',
    text: 'pull image failed: Failed to exec command: sudo -E /bin/bash -c "env PATH=$PATH docker pull registry.cn-beijing.aliyuncs.com/kubesphereio/kube-apiserver:v1.22.15"\nError response from daemon: manifest for registry.cn-beijing.aliyuncs.com/kubesphereio/kube-apiserver:v1.22.15 not found: Process exited with status 1',
    source: 'kubesphere/kubekey#1741',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "KubeKey pulling Kubernetes images from KubeSphere's mirror on Alibaba Cloud ACR: that tag is not mirrored there. The issue's title asks why docker wants a login, from a later pull of a mistyped name; INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev28-not-login-02',
    family: 'not-login',
    host: 'sealos.hub:5000',
    text: 'FATA[0003] pulling image: rpc error: code = NotFound desc = failed to pull and unpack image "sealos.hub:5000/pause:3.8": failed to resolve reference "sealos.hub:5000/pause:3.8": sealos.hub:5000/pause:3.8: not found',
    source: 'labring/sealos#4117',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'Sealos 4.3.5 initialising a cluster: its registry had no pause:3.8, because the image copy before it had failed (the log shows the temporary registry refusing connections). INFERENCE: the stored thread shows no fix'
  }
]

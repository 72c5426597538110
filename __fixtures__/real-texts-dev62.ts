/**
 * A sixty-second development set of real registry error texts ("dev62"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-second
 * development set"). Its direction: telecom, IoT and industrial platforms
 * (Open5GS, UERANSIM with OpenAirInterface's core, O-RAN SC, ONAP, Magma, Nephio's kpt,
 * EdgeX Foundry, ThingsBoard, LF Edge) and low-code/automation tools (n8n,
 * NocoDB). Sources are GitHub issues found with the search tool; none is a
 * source of an earlier set (the list of the 2562 earlier sources was checked
 * before each pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts)
 * compares every text with every earlier set, the sealed and blind ones
 * included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines, shell prompts and trailing spaces
 * trimmed; notes say where more was done). A note starting "needs the
 * thread:" marks a label the text alone does not support; INFERENCE marks a
 * label where the stored thread shows no confirmed fix. No post masked a
 * registry host.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV62: readonly RealText[] = [
  {
    id: 'dev62-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker pull gcr.io/kpt-dev/kpt-gcloud\nUsing default tag: latest\nError response from daemon: pull access denied for gcr.io/kpt-dev/kpt-gcloud, repository does not exist or may require \'docker login\': denied: Permission denied for "latest" from request "/v2/kpt-dev/kpt-gcloud/manifests/latest".',
    source: 'kptdev/kpt#4155',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: kpt (the package tool Nephio builds on) documented gcr.io/kpt-dev/kpt and kpt-gcloud as public; the repositories had been removed or made non-public, for every user and company in the thread, and the issue asks for the new location. GCR answers a name it will not serve to an anonymous pull with this denial. INFERENCE: the stored excerpt ends before a maintainer answer. The text is a commenter's, shell prompt trimmed"
  },
  {
    id: 'dev62-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/kpt-dev/helloworld-gke:0.1.0": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/kpt-dev/helloworld-gke, repository does not exist or may require \'docker login\'',
    source: 'kptdev/kpt#153',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "INFERENCE: a GKE node pulling kpt's sample image anonymously; the reporter asked whether the images needed to be made public, and a maintainer answered two weeks later that they are public (no confirmation from the reporter). A kubelet event, kept because the thread is kpt's"
  },
  {
    id: 'dev62-generic-01',
    family: 'generic',
    host: 'nexus3.edgexfoundry.org:10004',
    text: 'Pulling logging (nexus3.edgexfoundry.org:10004/docker-support-logging:0.5.0)...\nERROR: Get https://nexus3.edgexfoundry.org:10004/v2/docker-support-logging/manifests/0.5.0: no basic auth credentials',
    source: 'edgexfoundry/developer-scripts#48',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "EdgeX Foundry's compose file mixed Docker Hub images with images on the Linux Foundation's Nexus, which takes no anonymous pulls; the maintainer's answer is to docker login to that Nexus first. Earlier Docker Hub pull lines of the same run trimmed"
  },
  {
    id: 'dev62-generic-02',
    family: 'generic',
    host: 'nexus3.onap.org:10001',
    text: 'docker pull nexus3.onap.org:10001/openecomp/mso:v1.1.1\nPulling repository nexus3.onap.org:10001/openecomp/mso\nError: image openecomp/mso:v1.1.1 not found',
    source: 'crosscloudci/crosscloudci#4',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: ONAP's Nexus registry on a clean VM; an old docker reports the anonymous refusal as 'not found'. The same post then logs in with ONAP's published read-only account and the same pull succeeds ('it is an anon request issue'). Shell prompt trimmed"
  },
  {
    id: 'dev62-generic-03',
    family: 'generic',
    host: 'nexus3.o-ran-sc.org:10002',
    text: '"https://nexus3.o-ran-sc.org:10002/v2/": dial tcp 38.108.68.158:10002: connect: connection refused',
    source: 'srsran/oran-sc-ric#65',
    expected: 'registry-unreachable',
    note: "INFERENCE: docker compose up of srsRAN's O-RAN SC near-RT RIC, whose images are on the O-RAN SC Nexus; the reporter thought tokens were missing, the maintainer pulled the same images without any login. The text is the part the reporter quoted in prose (the rest is a screenshot)"
  },
  {
    id: 'dev62-generic-04',
    family: 'generic',
    host: 'docker.n8n.io',
    text: 'ERROR: for n8n  Get "https://docker.n8n.io/v2/": x509: certificate is valid for 8f934887b757032740f5e3f6bc96b8cb.7707e72ec82575e02ee1245726a09be0.traefik.default, not docker.n8n.io',
    source: 'n8n-io/n8n-hosting#11',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: "docker-compose pull of n8n's image; the reporter's VPN DNS blocked docker.n8n.io and answered with another server's default certificate (the maintainer found the real certificate valid). Only the first of three identical lines kept"
  },
  {
    id: 'dev62-generic-05',
    family: 'generic',
    host: 'magmad_',
    text: 'Logging into docker registry at magmad_\nUsername:\nPassword:\nError response from daemon: Get https://magmad_/v2/: dial tcp: lookup magmad_: no such host',
    source: 'magma/magma#513',
    expected: 'registry-unreachable',
    note: "Magma's install_gateway.sh logs in to the registry its .env names; left unset, the address is the placeholder 'magmad_', which no DNS resolves. The maintainer: Magma's images are not on Docker Hub, push them to your own registry and name it in .env. `host` is the placeholder as posted"
  },
  {
    id: 'dev62-generic-06',
    family: 'generic',
    host: 'docker.n8n.io',
    text: 'Trying to pull docker.n8n.io/n8nio/n8n:latest...\nWARN[0037] Failed, retrying in 1s ... (1/3). Error: initializing source docker://docker.n8n.io/n8nio/n8n:latest: reading manifest latest in docker.n8n.io/n8nio/n8n: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
    source: 'n8n-io/n8n#32102',
    expected: 'rate-limited',
    note: "INFERENCE: podman run of n8n from n8n's own address docker.n8n.io, which answers with Docker Hub's anonymous pull limit; closed as a support issue. Only the first retry line kept"
  },
  {
    id: 'dev62-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "ERROR: pull access denied for store/thingsboard/tb-pe, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'thingsboard/thingsboard#3295',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: ThingsBoard PE was a Docker Store image; the reporter's Docker Hub account had not checked it out. The maintainer: open the image's page, 'Proceed to Checkout', accept the licence, then docker login with that account ('It is working now')"
  },
  {
    id: 'dev62-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Get https://registry-1.docker.io/v2/thingsboard/application/manifests/2.0.2: unauthorized: incorrect username or password',
    source: 'thingsboard/thingsboard#848',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "INFERENCE: a pull of ThingsBoard's public image refused for the credential docker sent, i.e. a stored Docker Hub login that no longer works; the only answer is unrelated install steps. The post's leading 'On Mac' trimmed"
  },
  {
    id: 'dev62-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to solve: ubuntu:focal: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fubuntu%3Apull&service=registry.docker.io: 401 Unauthorized',
    source: 'herlesupreeth/docker_open5gs#227',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "INFERENCE: building docker_open5gs; Docker Hub's token service refused the credential sent for the official ubuntu image, which needs none, so a stored login was refused. The stored thread shows no reply"
  },
  {
    id: 'dev62-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for docker_srsran, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'herlesupreeth/docker_open5gs#270',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: docker compose up of docker_open5gs's srsgnb.yaml; docker_srsran is an image the README has you build locally first, which the reporter had skipped ('This was a me issue'). Compose progress lines trimmed"
  },
  {
    id: 'dev62-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Building controller\nStep 1/46 : ARG baseImage=\"ubuntu:xenial\"\nStep 2/46 : FROM ${baseImage} as base\nERROR: Service 'controller' failed to build: pull access denied for orc8r_cache, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'magma/magma#503',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Magma's orc8r build.py builds a local orc8r_cache image before the controller; under sudo its build context was wrong, so the cache image was never built and docker looked for it on Docker Hub. Fixed by 'sudo PWD=$PWD ./build.py' (another user: worked on a retry)"
  },
  {
    id: 'dev62-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Unable to find image 'edge-orchestration:coconut' locally\ndocker: Error response from daemon: pull access denied for edge-orchestration, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'lf-edge/edge-home-orchestration-go#363',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: LF Edge's Home Edge orchestration on a Raspberry Pi; the image is meant to be built or loaded from a tar locally, and the reporter's docker load left it untagged (<none>), so docker run looked it up on Docker Hub. INFERENCE: the stored thread ends before a confirmed fix"
  },
  {
    id: 'dev62-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: 'ERROR: manifest for store/thingsboard/tb-pe-node:latest not found: manifest unknown: manifest unknown',
    source: 'thingsboard/thingsboard-pe-docker-compose#16',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "ThingsBoard PE's docker-compose .env defaulted to TB_VERSION=latest, a tag the PE images do not have; setting TB_VERSION=3.2.0PE fixed it"
  },
  {
    id: 'dev62-not-login-02',
    family: 'not-login',
    host: 'docker.n8n.io',
    text: 'docker: Error response from daemon: failed to resolve reference "docker.n8n.io/n8nio/n8:latest": docker.n8n.io/n8nio/n8:latest: not found',
    source: 'n8n-io/n8n#15983',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "a typo: n8nio/n8 for n8nio/n8n (the README's command was cut off on screen); the reporter confirmed 'that was the problem'"
  },
  {
    id: 'dev62-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'Waiting no matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'nocodb/nocodb#8932',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "Portainer starting NocoDB's stack on an arm64 VPS: an image of the stack had no arm64 variant. The line is quoted in the post's prose; the issue itself is about another error (a stray space in the docker run command)"
  },
  {
    id: 'dev62-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'OCI runtime exec failed: exec failed: unable to start container process:\'exec:"./nr-binder": permission denied: unknown',
    source: 'aligungr/UERANSIM#625',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'docker exec into a prebuilt UERANSIM (5G UE/RAN simulator) container: nr-binder in the image is not executable. Markdown bold markers and a stray backtick the post put inside the line removed'
  },
  {
    id: 'dev62-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull nocodb/nocodb:0.104.2\nTrying to pull repository docker.io/nocodb/nocodb ...\nmanifest for docker.io/nocodb/nocodb:0.104.2 not found',
    source: 'nocodb/nocodb#4977',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "INFERENCE: the tag exists (a maintainer pulled it), and older tags pulled on the reporter's machine; the 'Trying to pull repository' wording is the old docker 1.13 of RHEL/CentOS, which cannot read the newer tags' manifest format. No confirmed fix in the stored thread. Shell prompt trimmed"
  }
]

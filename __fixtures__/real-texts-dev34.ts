/**
 * A thirty-fourth development set of real registry error texts ("dev34"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-fourth
 * development set"). Sources are GitHub issues found with the search tool,
 * in the directions of AI agent sandboxes and evaluation harnesses (OpenHands,
 * SWE-bench and SWE-agent, E2B, Daytona, docker agent, Bedrock AgentCore), LLM
 * serving stacks and their front ends (vLLM, Ollama, LocalAI, llama.cpp,
 * text-generation-inference, Triton and NVIDIA's NGC registry, Open WebUI,
 * LiteLLM, Dify) and game-server panels (Pterodactyl), with a few threads
 * outside them for the thin families; none is a source of an earlier set
 * (the list of the 1779 earlier sources was checked before each pick), and
 * the hygiene test (__fixtures__/real-texts-hygiene.ts) compares
 * every text with every earlier set, the sealed and blind ones included,
 * without printing them.
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

export const REAL_TEXTS_DEV34: readonly RealText[] = [
  {
    id: 'dev34-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/collabora/whisperfusion:latest' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/collabora/whisperfusion/manifests/latest\": unauthorized.\nSee 'docker run --help'.",
    source: 'collabora/WhisperFusion#12',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous docker run of the WhisperFusion image from the README; a maintainer answered "fixed, you should be able to pull the image now" (the package was not yet public). GHCR answers an anonymous pull of a private package with \'unauthorized\''
  },
  {
    id: 'dev34-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker: Error response from daemon: Head "https://ghcr.io/v2/ggerganov/llama.cpp/manifests/full": denied.\nSee \'docker run --help\'.',
    source: 'ggml-org/llama.cpp#263',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the llama.cpp images were not yet being published when the README named them ("I don\'t believe the containers are successfully publishing yet"); the reporter accepted that. The command line, which the post ran into the output\'s first line, is cut'
  },
  {
    id: 'dev34-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Get https://ghcr.io/v2/: read tcp 10.10.5.108:33012->20.207.73.86:443: read: connection reset by peer',
    source: 'huggingface/text-generation-inference#657',
    expected: 'registry-unreachable',
    note: 'INFERENCE: the connection to ghcr.io was reset from a DGX machine on a lab network; the maintainer only pointed out that the tag pulled was a cosign signature (.sig), and the stored thread shows no confirmed fix of the network'
  },
  {
    id: 'dev34-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'ERROR: failed to solve: ghcr.io/berriai/litellm:main-v1.31.14: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aberriai%2Flitellm%3Apull&service=ghcr.io: 403 Forbidden',
    source: 'BerriAI/litellm#2543',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a FROM of the public LiteLLM image; 'oauth token' means the builder sent a stored GHCR login, and the reporter's \"My problem solved after logging in github successfully\" says a fresh login fixed it. The post set the line in markdown bold (** removed)"
  },
  {
    id: 'dev34-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'error pulling image configuration: download failed after attempts=6: dial tcp: lookup pkg-containers.githubusercontent.com on 192.168.1.1:53: read tcp 192.168.1.100:50798->192.168.1.1:53: i/o timeout',
    source: 'open-webui/open-webui#9450',
    expected: 'registry-unreachable',
    note: "updating Open WebUI from ghcr.io: the DNS lookup of GHCR's blob host timed out; the maintainer called it a GitHub-side problem to retry later. The layer progress lines ('Retrying in 1 second', 'Waiting') are cut"
  },
  {
    id: 'dev34-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "Unable to find image 'ghcr.io/z-lab/vllm-openai:gemma4-dflash-cu130' locally\ndocker: Error response from daemon: error from registry: unauthorized\nunauthorized",
    source: 'z-lab/dflash#101',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "INFERENCE: a vLLM image named in the project's README that neither an anonymous nor a logged-in client could pull (a second user got 403); the stored thread has no maintainer answer, and a package not made public is the likely cause"
  },
  {
    id: 'dev34-ghcr-07',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '$ docker pull ghcr.io/allenai/vla-evaluation-harness/robotwin:latest\nError response from daemon: error from registry: denied',
    source: 'allenai/vla-evaluation-harness#8',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the reporter, logged in to ghcr.io, could pull the harness's other images (libero) but not this one and asked whether its package visibility was set; the issue was closed without a stored comment. INFERENCE: the robotwin package was not public"
  },
  {
    id: 'dev34-gitlab-01',
    family: 'gitlab',
    host: 'registry.selfdesign.org',
    text: 'Error response from daemon: Head "https://registry.selfdesign.org/v2/docker/spamassassin/manifests/latest": denied: access forbidden',
    source: 'tiredofit/docker-spamassassin#5',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the example compose file named the maintainer's private registry by mistake (\"that was an error of a private registry\"); the fix was to pull tiredofit/spamassassin from Docker Hub. The family is GitLab by the registry's 'denied: access forbidden' wording (INFERENCE: the host runs GitLab's registry)"
  },
  {
    id: 'dev34-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Completed 500 Internal Server Error in 36ms (ActiveRecord: 3.9ms | Elasticsearch: 0.0ms | Allocations: 13907)\n\nErrno::EACCES (Permission denied @ rb_sysopen - /certs/registry.key):',
    source: 'sameersbn/docker-gitlab#2120',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    case: 'filesystem',
    note: "GitLab's own log (a dockerised GitLab) when its container registry page answered 500: GitLab could not read the registry's token-signing key, a file permission inside the container, so it could issue no registry token at all. INFERENCE: no confirmed fix in the stored thread. The host is a placeholder (the post names none); the Rails traceback after these lines is cut"
  },
  {
    id: 'dev34-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'container@pterodactyl~ Error Event [68f6b57e-882c-46c6-8baf-837af2cba30d]: environment/docker: failed to run pre-boot process: environment/docker: failed to pull "quay.io/pterodactyl/core:source" image for server: Error response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'Hembi/cs16-pterodactyl-egg#13',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a Pterodactyl egg still named quay.io/pterodactyl/core:source, a repository that no longer exists ("the repository dosent exists any more"); Quay answers a missing or private repository with this \'not authorized\' wording. The Wings lines before and after the error are cut'
  },
  {
    id: 'dev34-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Error pulling image quay.io/pterodactyl/panel:latest - 500 Server Error: Internal Server Error (\\"unauthorized: access to the requested resource is not authorized\\"',
    source: 'pterodactyl/panel#1757',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the panel\'s example docker-compose named quay.io/pterodactyl/panel, a placeholder for an image that was never published ("We never had an official image"). Copied as posted, escaped quotes and unclosed parenthesis included'
  },
  {
    id: 'dev34-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Pulling panel (quay.io/pterodactyl/panel:latest)...\nERROR: unauthorized: access to the requested resource is not authorized',
    source: 'pterodactyl/panel#1670',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: docker-compose pulling the same placeholder image ("We don\'t have an official docker image. That is just a placeholder"); the post\'s second attempt, a docker pull after a shell prompt, is cut'
  },
  {
    id: 'dev34-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: initializing source docker://quay.io/go-skynet/local-api:latest: reading manifest latest in quay.io/go-skynet/local-api: unauthorized: access to the requested resource is not authorized',
    source: 'mudler/LocalAI#42',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: podman pulling LocalAI's image under a mistyped name; the maintainer answered that it is quay.io/go-skynet/local-ai, not local-api"
  },
  {
    id: 'dev34-harbor-01',
    family: 'harbor',
    host: 'cr.app.daytona.io',
    text: '(HTTP code 500) server error - unauthorized: unauthorized to access repository: sbox-transient/ocean, action: pull: unauthorized to access repository: sbox-transient/ocean, action: pull',
    source: 'daytonaio/daytona#1985',
    expected: 'unknown',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: `daytona image push` of a sandbox image to Daytona's own (Harbor) transient registry, where Daytona's backend holds the credential; staff answered that \"we had an auth issue on the backend for our transient registry - it is now sorted out\". Not the user's credential; no id names a registry's own authorisation fault"
  },
  {
    id: 'dev34-harbor-02',
    family: 'harbor',
    host: 'registry.neweximbills.com',
    text: 'Fail to get the image info:GET https://registry.neweximbills.com/v2/csnjcloud/billy-kubevela/manifests/v1.0.0: UNAUTHORIZED: unauthorized to access repository: csnjcloud/billy-kubevela, action: pull: unauthorized to access repository: csnjcloud/billy-kubevela, action: pull',
    source: 'kubevela/community#236',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the VelaUX console reading a private Harbor image with a pull secret selected in the form, while `vela up` with the same image works; the console's request carried no usable credential. INFERENCE: the stored thread has no answer. The post set the line in markdown bold (** removed)"
  },
  {
    id: 'dev34-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'ollama push habor-server/aistuff/llama2:7b\nretrieving manifest \nError: Get "harbor?nonce=zzzz&scope=&service=&ts=xxxx": unsupported protocol scheme ""',
    source: 'ollama/ollama#4204',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: ollama pushing a model to a Harbor registry; ollama's own registry client built a token URL with no scheme from Harbor's challenge, so no login was tried. INFERENCE: the thread (a feature request) has no fix. The host is a placeholder: the post masked it as 'habor-server'"
  },
  {
    id: 'dev34-ecr-01',
    family: 'ecr',
    host: '476559339891.dkr.ecr.us-east-1.amazonaws.com',
    text: "❌ Launch failed: An error occurred (ValidationException) when calling the CreateAgentRuntime operation: Access denied while validating ECR URI\n'476559339891.dkr.ecr.us-east-1.amazonaws.com/bedrock-agentcore-customersupport:latest'. The execution role requires permissions for ecr:GetAuthorizationToken, ecr:BatchGetImage, and\necr:GetDownloadUrlForLayer operations.",
    source: 'awslabs/agentcore-samples#154',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    case: 'read-denied',
    note: "`agentcore launch` creating a Bedrock AgentCore agent runtime from an ECR image: the runtime's execution role may not read the repository; the reporter found the README named the wrong role and the role lacked ECR permissions. Trailing spaces at the post's line breaks trimmed"
  },
  {
    id: 'dev34-ecr-02',
    family: 'ecr',
    host: '975050295866.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Failed to pull image "975050295866.dkr.ecr.us-west-2.amazonaws.com/ray-vllm-neuron:2.47.0-0.9.1": failed to pull and unpack image "975050295866.dkr.ecr.us-west-2.amazonaws.com/ray-vllm-neuron:2.47.0-0.9.1": failed to resolve reference "975050295866.dkr.ecr.us-west-2.amazonaws.com/ray-vllm-neuron:2.47.0-0.9.1": unexpected status from HEAD request to https://975050295866.dkr.ecr.us-west-2.amazonaws.com/v2/ray-vllm-neuron/manifests/2.47.0-0.9.1: 403 Forbidden',
    source: 'awslabs/ai-on-eks-charts#5',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: inference charts for vLLM on Neuron naming an image in another AWS account's private ECR repository; a maintainer confirmed \"we do not have a version of that image that is publicly available\" and pointed to its Dockerfile. A kubelet event (the pod's pull), but the subject is the chart's image"
  },
  {
    id: 'dev34-ecr-03',
    family: 'ecr',
    host: '763104351884.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: unexpected status code [manifests 1.6.0-gpu-py36-cu101-ubuntu16.04]: 401 Unauthorized',
    source: 'aws-samples/amazon-sagemaker-pytorch-detectron2#4',
    expected: 'missing-credentials',
    alsoAcceptable: ['token-expired'],
    note: "INFERENCE: a docker build FROM an AWS Deep Learning Container in account 763104351884, whose registry takes no anonymous pulls; a 401 on the manifest means no (or a lapsed) ECR token for that account was sent. The stored thread shows no confirmed fix. The build's metadata lines that precede it on the same posted line are cut"
  },
  {
    id: 'dev34-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "projects/<project-id>/locations/us/repositories/gcr.io" (or it may not exist)',
    source: 'BerriAI/litellm#5311',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the Cloud Run button deploying LiteLLM pushed to gcr.io from Cloud Shell with no docker credential helper configured for it; the fix was a prebuild hook running `gcloud auth configure-docker` (a known cloud-run-button issue). Masking ('<project-id>') as posted"
  },
  {
    id: 'dev34-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: Head "https://gcr.io/v2/validator/validator/manifests/latest": denied: Artifact Registry API has not been used in project 215900959124 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/artifactregistry.googleapis.com/overview?project=215900959124 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
    source: 'validator/validator#1753',
    expected: 'registry-unreachable',
    alsoAcceptable: ['repository-not-found', 'unknown'],
    note: "needs the thread: an anonymous pull of the Nu Html Checker image while the publisher's project had no Artifact Registry API enabled behind gcr.io; nothing on the puller's side, and the reporter found it worked the next day (\"works today\"). The publisher's registry was not serving, not a login failure"
  },
  {
    id: 'dev34-acr-01',
    family: 'acr',
    host: 'crviviappeastus2dev.azurecr.io',
    text: 'unauthorized: Head "https://crviviappeastus2dev.azurecr.io/v2/vivi-sandbox-dev/manifests/bypass-cache-test":\nunauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}',
    source: 'daytonaio/daytona#3637',
    expected: 'missing-credentials',
    note: "Daytona creating a sandbox from a private ACR image while the registry's admin credentials were set in Daytona's dashboard; the same credentials worked with docker login and docker pull, so the snapshot build sent none. INFERENCE: the issue was closed without a stored fix"
  },
  {
    id: 'dev34-generic-01',
    family: 'generic',
    host: 'docker.all-hands.dev',
    text: 'docker pull docker.all-hands.dev/openhands/runtime:0.59-nikolaik\nError response from daemon: repository docker.all-hands.dev/openhands/runtime not found: name unknown: repository name not known to registry',
    source: 'OpenHands/OpenHands#11512',
    expected: 'repository-not-found',
    note: "OpenHands' own registry address after the project moved from All-Hands-AI to OpenHands; the README was updated to the new image name. Trailing spaces after the command trimmed"
  },
  {
    id: 'dev34-generic-02',
    family: 'generic',
    host: 'nvcr.io',
    text: 'docker pull nvcr.io/nvidia/nemo:v0.9\nunauthorized: authentication required',
    source: 'NVIDIA-NeMo/Speech#243',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: pulling the NeMo container from NVIDIA\'s NGC registry, which took no anonymous pulls then; "its solved after docker login". The post\'s trailing words "error happend." are cut'
  },
  {
    id: 'dev34-generic-03',
    family: 'generic',
    host: 'nvcr.io',
    text: "docker pull nvcr.io/nvidian/nim-llm-dev/yatai-bentos-jsm3:yatai.frontend.x3eoxfyqz2g4x3td\nError response from daemon: pull access denied for nvcr.io/nvidian/nim-llm-dev/yatai-bentos-jsm3, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'ai-dynamo/dynamo#515',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: an NVIDIA engineer could not pull a vLLM worker image a colleague had pushed to a private NGC org; the colleague then published it elsewhere for him'
  },
  {
    id: 'dev34-generic-04',
    family: 'generic',
    host: 'docker.e2b.app',
    text: 'The push refers to repository [docker.e2b.app/e2b/custom-envs/qyqe0cmkkddnt40if6q0]\nunexpected status from HEAD request to https://docker.e2b.app/v2/e2b/custom-envs/qyqe0cmkkddnt40if6q0/blobs/sha256:a5f7c6f343109e5bab5e9f5fbda27ee5dca844dde6c9e6a7d151b94f963b7d32: 401 Unauthorized',
    source: 'e2b-dev/E2B#685',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: `e2b template build` pushing to E2B's registry; E2B's troubleshooting (the CLI's proxy workaround) is for docker clients that send no Authorization header to their registry. INFERENCE: the stored thread shows no confirmed fix. The 'Waiting' layer lines are cut"
  },
  {
    id: 'dev34-generic-05',
    family: 'generic',
    host: 'docker.example.com',
    text: 'unexpected status from HEAD request to https://docker.[domain].com/v2/e2b/custom-envs/rki5dems9wqfm4r03t7g/blobs/sha256:3ef4a104d2f3371ce84a4d441e3b123b353a4c51fc4b8ed05eafae5825ca5533: 401 Unauthorized\nThere was an issue during Docker authentication. Please follow the workaround steps from https://e2b.dev/docs/troubleshooting/templates/build-authentication-error and then continue.',
    source: 'e2b-dev/infra#365',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a self-hosted E2B's registry proxy logged \"creds for '' not found in cache, header: \" for the push, so the push carried no credential; the maintainer pointed to the CLI's workaround. The host is a placeholder: the post masked it as docker.[domain].com"
  },
  {
    id: 'dev34-generic-06',
    family: 'generic',
    host: 'registry.example.com',
    text: '(HTTP code 500) server error - Get "https://xxxx.registry.cn/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority.',
    source: 'daytonaio/daytona#2971',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "a self-hosted Daytona's runner pulling a snapshot image from a private registry whose certificate authority the runner's docker does not trust (docker on the host did). The host is a placeholder: the post masked it as xxxx.registry.cn"
  },
  {
    id: 'dev34-generic-07',
    family: 'generic',
    host: 'nvcr.io',
    text: 'ERROR: failed to solve: nvcr.io/nvidia/tritonserver:22.12-py3: failed to resolve source metadata for nvcr.io/nvidia/tritonserver:22.12-py3: failed to do request: Head "https://nvcr.io/v2/nvidia/tritonserver/manifests/22.12-py3": dial tcp: lookup nvcr.io: i/o timeout',
    source: 'triton-inference-server/server#7356',
    expected: 'registry-unreachable',
    note: 'a docker build FROM the Triton image; the reporter titled it a 401 but the text is a DNS timeout, and he confirmed "it was a dns namespace problem". The post\'s later docker login line (with a partly visible key) is not copied'
  },
  {
    id: 'dev34-generic-08',
    family: 'generic',
    host: 'nvcr.io',
    text: '#5 [internal] load metadata for nvcr.io/nvidia/tritonserver:21.09-py3\n#5 ERROR: failed to authorize: rpc error: code = Unknown desc = failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    source: 'triton-inference-server/server#3805',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: an anonymous FROM of the Triton image that failed every few CI runs and worked in between; a Triton maintainer answered "This is a problem with NGC". The build\'s sha256 line between the two is cut'
  },
  {
    id: 'dev34-generic-09',
    family: 'generic',
    host: 'nvcr.io',
    text: "Using default tag: latest\nError response from daemon: pull access denied for nvcr.io/nvidia/morpheus/morpheus-tritonserver-models, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'nv-morpheus/Morpheus#1972',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the docs' command lost its :25.02 tag (a markdown link), so docker pulled 'latest', which NGC does not have; the reporter's NGC keys changed nothing. INFERENCE: closed as a documentation issue, no stored fix. The quoting '> ' of the post is removed"
  },
  {
    id: 'dev34-generic-10',
    family: 'generic',
    host: 'nvcr.io',
    text: 'Error response from daemon: Head "https://nvcr.io/v2/nvidia/jetson-inference/manifests/latest": denied: {"errors": [{"code": "DENIED", "message": "Access Denied"}]}',
    source: 'dusty-nv/jetson-inference#1939',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: after 'Login Succeeded' to nvcr.io with an NGC key; jetson-inference is published on Docker Hub (dustynv/jetson-inference), not under nvcr.io/nvidia. INFERENCE: the stored thread has no answer"
  },
  {
    id: 'dev34-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling lite/sweb.base.x86_64:latest into sweb.base.x86_64:latest\nError response from daemon: pull access denied for lite/sweb.base.x86_64, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'OpenHands/OpenHands#4242',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: OpenHands' SWE-bench pull script run as `pull_all_eval_docker.sh instance lite` took 'lite' as the Docker Hub namespace, a repository that does not exist. INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev34-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for xingyaoww/sweb.eval.x86_64.sphinx-doc__sphinx-8713, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'OpenHands/OpenHands#4583',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: pulling the full SWE-bench instance images from the maintainer's namespace, logged in; the lite set pulls. INFERENCE: the full set's images had not all been pushed (the maintainer's reply is cut in the stored thread). The 'What's next' docker scout lines are cut"
  },
  {
    id: 'dev34-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker pull swesmith.x86_64.getmoto__moto.694ce1f4\nUsing default tag: latest\nError response from daemon: pull access denied for swesmith.x86_64.getmoto__moto.694ce1f4, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'SWE-agent/SWE-agent#1186',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: SWE-agent on SWE-smith instances asked for an image name with no namespace (docker.io/library/…); the images live under another user's namespace with '__' written '_1776'. INFERENCE: the fix is stated in SWE-bench/SWE-smith#50, not in this thread"
  },
  {
    id: 'dev34-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error building image sympy__sympy-20590: 404 Client Error for http+docker://localhost/v1.47/images/create?tag=latest&fromImage=swebench%2Fsweb.eval.arm64.sympy_1776_sympy-20590: Not Found ("pull access denied for swebench/sweb.eval.arm64.sympy_1776_sympy-20590, repository does not exist or may require \'docker login\'")',
    source: 'SWE-bench/SWE-bench#316',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the SWE-bench harness on an arm64 machine asked Docker Hub for an arm64 instance image, and only x86_64 images are published (arm64 ones must be built locally). INFERENCE: labelled documentation, no stored fix'
  },
  {
    id: 'dev34-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: "docker: Error response from daemon: pull access denied for aorwall/swe-bench-scikit-learn_scikit-learn-instance, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    source: 'aorwall/SWE-bench-docker#6',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the maintainer had not pushed the scikit-learn instance images yet ("might have missed to push them"); building them locally worked. The harness\'s log prefix is cut'
  },
  {
    id: 'dev34-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: failed to pull OCI image agent: resolving remote digest for agent: GET https://index.docker.io/v2/library/agent/manifests/latest: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/agent Type:repository]]',
    source: 'docker/docker-agent#2297',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: docker agent's sandbox mode took the bare name 'agent' from the example file as an OCI image, docker.io/library/agent, which does not exist; the error stayed after docker login. INFERENCE: closed without a stored fix"
  },
  {
    id: 'dev34-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ docker pull ollama/ollama:0.12.1\nError response from daemon: unauthorized: authentication required',
    source: 'ollama/ollama#12406',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the reporter could not pull a public tag anonymously and the same pull worked the next day with nothing changed; a Docker Hub-side fault. INFERENCE: the thread states no cause'
  },
  {
    id: 'dev34-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for langgenius/dify-nginx, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'langgenius/dify#21323',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: a Dify self-hosted install asking for langgenius/dify-nginx, an image Dify does not publish (its compose file uses nginx); a verified Docker Hub login changed nothing. INFERENCE: closed without a stored fix'
  },
  {
    id: 'dev34-not-login-01',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'container@pterodactyl~ Error Event [27dc0850-3cf2-4be0-9f13-29362c1d8a2e]: environment/docker: failed to run pre-boot process: environment/docker: failed to pull "ghcr.io/ym0t/pterodactyl-nginx-egg:8.5-latest" image for server: Error response from daemon: failed to resolve reference "ghcr.io/ym0t/pterodactyl-nginx-egg:8.5-latest": ghcr.io/ym0t/pterodactyl-nginx-egg:8.5-latest: not found',
    source: 'Ym0T/pterodactyl-nginx-egg#56',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "Pterodactyl's Wings pulling an egg's image tag that the egg's registry did not have; closed as a duplicate"
  },
  {
    id: 'dev34-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'no matching manifest for linux/arm64/v8 in the manifest list entries\nmake: *** [up] Error 18',
    source: 'Atinoda/text-generation-webui-docker#22',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'the nightly text-generation-webui image had no arm64 variant for an Apple M1; the point release worked and building locally worked. The compose progress line is cut'
  },
  {
    id: 'dev34-not-login-03',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: 'WARNING: image platform (linux/amd64) does not match the expected platform (linux/arm64)\n{"msg":"exec container process `/opt/venv/bin/vllm`: Exec format error","level":"error","time":"2025-12-04T15:15:35.826445Z"}',
    source: 'vllm-project/vllm#30076',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "podman running vLLM's CPU image (amd64 only) on aarch64; maintainers then published an arm64 repository. The post set WARNING in markdown bold (** removed)"
  },
  {
    id: 'dev34-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "! ollama-intel-gpu Warning pull access denied for ollama-intel-gpu, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'mattcurf/ollama-intel-gpu#16',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: docker compose first tries to pull a service image that its compose file builds locally; the maintainer called it "a harmless warning" and the image is then built. The post\'s surrounding backquotes are removed'
  },
  {
    id: 'dev34-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'FATA[0079] failed to create workspace: Error response from daemon: No such image: daytonaio/workspace-project:latest',
    source: 'daytonaio/daytona#99',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: Daytona creating a workspace from an image the local daemon did not have; the maintainer asked whether a default registry other than Docker Hub was configured. No registry refused anything. INFERENCE: closed as stale'
  }
]

/**
 * A twenty-fifth development set of real registry error texts ("dev25"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-fifth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool, in the directions of machine-learning, data and
 * application platforms that pull or push images (SageMaker, KServe and
 * Knative, Kubeflow, MLflow, Airflow, minikube and kind, DevPod, CapRover…);
 * none is a source of an earlier set (the list of the 1523 earlier sources
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

export const REAL_TEXTS_DEV25: readonly RealText[] = [
  {
    id: 'dev25-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/llaville/umlwriter:v3\nError response from daemon: Head "https://ghcr.io/v2/llaville/umlwriter/manifests/v3": unauthorized',
    source: 'llaville/umlwriter#24',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'stale-login'],
    case: 'anonymous-pull',
    note: "needs the thread: the package was private; the reporter's `docker logout ghcr.io` did not help, the owner changed its visibility to public and the reporter confirmed the pull. GHCR's bare 'unauthorized' alone also fits a stale login. The command and its output are two blocks of the post, joined"
  },
  {
    id: 'dev25-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/genspectrum/lapis-silo\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/genspectrum/lapis-silo/manifests/latest": denied: denied',
    source: 'GenSpectrum/LAPIS-SILO#566',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the maintainers pull the public images without trouble and point to an outdated GHCR login, which GitHub rejects on every request; they suggest `docker logout ghcr.io`. INFERENCE: closed without the reporter confirming'
  },
  {
    id: 'dev25-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '> sudo docker pull ghcr.io/toeverything/affine-self-hosted:latest\nError response from daemon: Head "https://ghcr.io/v2/toeverything/affine-self-hosted/manifests/latest": unauthorized',
    source: 'toeverything/docker#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the reporter, signed in on the web, gets 'unauthorized' for the manifest URL too, and later comments say the package is not public. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev25-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/1mcp-app/agent/manifests/latest": unauthorized',
    source: '1mcp-app/agent#88',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'stale-login'],
    case: 'anonymous-pull',
    note: "INFERENCE: following the README's anonymous `docker pull ghcr.io/1mcp-app/agent:latest`; the stored thread shows no reply, so the label follows the convention for an anonymous pull GHCR refuses (a package that is not public). The text is the one the post quotes in its prose"
  },
  {
    id: 'dev25-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Deploy failed! Error: (HTTP code 500) server error -\nGet https://registry.gitlab.com/v2/handshake/handshake-se/frontend/manifests/latest: denied: access forbidden',
    source: 'caprover/caprover#370',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: CapRover pulled a private GitLab.com image without the credentials set under Cluster → Docker Registries; the maintainer called it a bug and fixed it in v1.2.1. GitLab answers a pull with no login that may read with this wording, which alone also fits a missing image'
  },
  {
    id: 'dev25-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: "Unable to find image 'registry.gitlab.com/clinicalreporting/megsap_containerized:latest' locally\ndocker: Error response from daemon: Get https://registry.gitlab.com/v2/clinicalreporting/megsap_containerized/manifests/latest: denied: access forbidden.",
    source: 'imgag/megSAP#13',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull following old instructions; the maintainers point to the updated instructions of megSAP_containerized (the image the old name pointed to is not readable without a login). INFERENCE: the reporter does not confirm'
  },
  {
    id: 'dev25-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Unable to fetch image \\"registry.example.com/mlops-sdk/custom-model:v1\\": failed to resolve image to digest: GET https://code.example.com/jwt/auth?scope=repository%3REDACTED%2Fmlops-sdk%2Fmlops-sdk%2Fcustom-model%3Apull&service=container_registry: DENIED: access forbidden',
    source: 'kserve/kserve#2643',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "the Knative controller's tag-to-digest resolution for a KServe predictor image on a self-hosted GitLab (its /jwt/auth token endpoint), without the pod's pull credential; GitLab's token endpoint refuses it. INFERENCE: the stored thread shows no confirmed fix. The text is the `error` field of a JSON log line, its escaped quotes kept; the post masked the hosts (example.com), `host` is a GitLab placeholder"
  },
  {
    id: 'dev25-gitlab-04',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Jan 20 15:22:21 minikube dockerd[1975]: time="2020-01-20T15:22:21.123601897Z" level=error msg="Handler for POST /images/create returned error: Get https://my-registry.foo.bar/v2/my/private/image/manifests/master: denied: access forbidden"',
    source: 'kubernetes/minikube#6354',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the reporter ran `docker login` inside the minikube VM (minikube ssh), which a manual `docker pull` there uses, but the kubelet's pull does not: it sends no credential for the host; the thread turned into documenting imagePullSecrets and the registry-creds addon. 'denied: access forbidden' is GitLab's registry wording; the post masked the host (my-registry.foo.bar), `host` is a GitLab placeholder"
  },
  {
    id: 'dev25-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64: Docker Client Error: failed to resolve reference "quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64": quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64: not found',
    source: 'gpustack/gpustack#4860',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'a custom vLLM backend version in GPUStack names a runner tag that was not published. INFERENCE: the stored thread shows no reply'
  },
  {
    id: 'dev25-harbor-01',
    family: 'harbor',
    host: 'myharbor.com',
    text: 'error processing import paths in "config/default/manager/manager.yaml": error resolving image references: Get https://myharbor.com/v2/: x509: certificate signed by unknown authority',
    source: 'kserve/kserve#801',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "`make deploy-dev` runs ko against the reporter's own Harbor, whose certificate the host's docker was told to accept but ko does not trust; the maintainers: the certificate is not valid for a client that checks it. `host` is the post's (myharbor.com)"
  },
  {
    id: 'dev25-harbor-02',
    family: 'harbor',
    host: 'harbor-repo.vmware.com',
    text: 'Failed to pull image "harbor-repo.vmware.com/juanl/helmet_detection_pipeline:v1": rpc error: code = Unknown desc = failed to pull and unpack image "harbor-repo.vmware.com/juanl/helmet_detection_pipeline:v1": failed to resolve reference "harbor-repo.vmware.com/juanl/helmet_detection_pipeline:v1": failed to do request: Head "https://harbor-repo.vmware.com/v2/juanl/helmet_detection_pipeline/manifests/v1": dial tcp: lookup harbor-repo.vmware.com: No address associated with hostname',
    source: 'vmware-archive/vSphere-machine-learning-extension#129',
    expected: 'registry-unreachable',
    note: "a Kubeflow pipeline example names an image on VMware's internal Harbor, whose name does not resolve outside (the issue's title). The kubelet event's prefix (Warning Failed … kubelet) is dropped"
  },
  {
    id: 'dev25-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the CreateRepository operation: User: arn:aws:sts::[account id]:assumed-role/AmazonSageMaker-ExecutionRole-20180605T151861/SageMaker is not authorized to perform: ecr:CreateRepository on resource: *\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\ndenied: User: arn:aws:sts::[account id]:assumed-role/AmazonSageMaker-ExecutionRole-20180605T151861/SageMaker is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:[account id]:repository/nb-classifier',
    source: 'aws/amazon-sagemaker-examples#363',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    note: "the scikit_bring_your_own build_and_push.sh in a SageMaker notebook: the notebook's execution role may log in but neither create the repository nor push to it; the maintainer asks whether the role has AmazonEC2ContainerRegistryFullAccess. INFERENCE: no confirmation in the stored thread. The post masked the account ([account id]), `host` is an ECR placeholder in the ARN's region"
  },
  {
    id: 'dev25-ecr-02',
    family: 'ecr',
    host: '763104351884.dkr.ecr.us-west-2.amazonaws.com',
    text: "Error response from daemon: pull access denied for 763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-inference-neuron, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'philschmid/cdk-samples#7',
    expected: 'token-expired',
    note: "a local pull of an AWS Deep Learning Containers image with an old ECR login; the reporter says it works once logged in again (`aws ecr … | docker login`). Quoted in the reporter's prose"
  },
  {
    id: 'dev25-ecr-03',
    family: 'ecr',
    host: '520713654638.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Get https://520713654638.dkr.ecr.us-west-2.amazonaws.com/v2/sagemaker-pytorch/manifests/0.4.0-cpu-py3: no basic auth credentials\nError response from daemon: No such image: pytorch-extending-our-containers-cifar10-example:latest\nAn image does not exist locally with the tag: 501239978509.dkr.ecr.us-east-1.amazonaws.com/pytorch-extending-our-containers-cifar10-example',
    source: 'aws/amazon-sagemaker-examples#414',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    case: 'no-login',
    note: "the pytorch_extending_our_containers notebook logs in twice ('Login Succeeded' ×2: its own registry in us-east-1 and the SageMaker account's) but the Dockerfile's FROM names the SageMaker image in us-west-2, a host with no login. INFERENCE: the stored thread shows no confirmed fix. The two later lines follow from the failed FROM"
  },
  {
    id: 'dev25-ecr-04',
    family: 'ecr',
    host: '272398656194.dkr.ecr.me-central-1.amazonaws.com',
    text: '<user> is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:me-central-1:272398656194:repository/forecasting-deepar because no resource-based policy allows the ecr:BatchGetImage action',
    source: 'aws/sagemaker-python-sdk#4064',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied', 'repository-not-found'],
    case: 'read-denied',
    note: "the image URI the SDK's image_uri config gives for DeepAR in me-central-1 names an AWS-owned repository whose policy grants no pull to the caller's account; the identity was accepted and the read refused. INFERENCE: nobody in the stored thread found a fix ('Nope'). The post masked the principal (<user>); `host` is the registry of the ARN"
  },
  {
    id: 'dev25-ecr-05',
    family: 'ecr',
    host: '520713654638.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'ClientError: Cannot pull algorithm container. Either the image does not exist or its permissions are incorrect.\nError response from daemon: manifest for 520713654638.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-tensorflow:1.0.0-cpu-py2 not found',
    source: 'aws-samples/aws-sagemaker-build#28',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "the account 520713654638 has no SageMaker TensorFlow images in eu-west-1; the same images are under 763104351884 there, which the reporter pulled fine. Two quotes of the post joined: SageMaker's failure reason, then docker's pull after an ECR login"
  },
  {
    id: 'dev25-ecr-06',
    family: 'ecr',
    host: '757901089955.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Error for Processing job tf2-object-detection-2021-06-10-13-17-37-173: Failed. Reason: ClientError: API error (404): manifest for 757901089955.dkr.ecr.us-west-2.amazonaws.com/tfrecord-processing:20210610131649 not found: manifest unknown: Requested image not found',
    source: 'aws-samples/amazon-sagemaker-tensorflow-object-detection-api#14',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    case: 'manifest-unknown',
    note: "the image was never pushed: the build step's push had failed with 'denied: User: …AmazonSageMaker-ExecutionRole… is not authorized to perform: ecr:InitiateLayerUpload' (a later comment), and a policy added to the notebook's role fixed it. The text alone names only the missing image; the push refusal behind it is accepted"
  },
  {
    id: 'dev25-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "podman pull gcr.io/k8s-minikube/kube-registry-proxy:0.0.6\nTrying to pull gcr.io/k8s-minikube/kube-registry-proxy:0.0.6...\nError: initializing source docker://gcr.io/k8s-minikube/kube-registry-proxy:0.0.6: reading manifest 0.0.6 in gcr.io/k8s-minikube/kube-registry-proxy: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'kubernetes/minikube#19538',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: on 2024-08-29 minikube's public images under gcr.io/k8s-minikube went missing (the same day's reports: kubernetes/minikube#19533, #19535 'suddenly missing'); an anonymous pull of a public image gets this wording when the image is gone. INFERENCE: the stored excerpt does not show the maintainers' fix"
  },
  {
    id: 'dev25-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'message: \'Revision "stock-service-example-5wlbf" failed with message: Unable to\n      fetch image "gcr.io/<redacted>/rest-api-go": failed to resolve image\n      to digest: failed to fetch image information: UNAUTHORIZED: You don\'\'t have\n      the needed permissions to perform this operation, and you may have invalid credentials.\n      To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication.\'',
    source: 'knative/serving#6895',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    note: "needs the thread: on kind, the nodes pull from the private GCR with a service account's key, but Knative's controller resolves the tag itself and has no credential for gcr.io; mounting the node's config.json into the controller did not help, skipping tag resolution is the documented way out. INFERENCE: no confirmed fix in the stored thread. The YAML value is kept as posted (folded, '' for an apostrophe), its first line's indentation trimmed"
  },
  {
    id: 'dev25-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'Message:                     Revision "helloworld-go-g5kql" failed with message: Unable to fetch image "gcr.io/knative-samples/helloworld-go": failed to resolve image to digest: Get "https://gcr.io/v2/": dial tcp 64.233.188.82:443: connect: connection refused.',
    source: 'knative/serving#9090',
    expected: 'registry-unreachable',
    note: "gcr.io is not reachable from the cluster's nodes without the proxy docker uses; Knative's controller does not use docker's proxy. Skipping tag resolution worked ('Skipping tag resolution works，thanks!')"
  },
  {
    id: 'dev25-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'Feb 02 13:14:42 minikube dockerd[1087]: time="2026-02-02T13:14:42.469894761Z" level=warning msg="reference for unknown type: " digest="sha256:f832bbe1d48c62de040bd793937eaa0c05d2f945a55376a99c80a4dd9961aeb1" remote="gcr.io/k8s-minikube/kube-registry-proxy@sha256:f832bbe1d48c62de040bd793937eaa0c05d2f945a55376a99c80a4dd9961aeb1"\nFeb 02 13:14:42 minikube dockerd[1087]: time="2026-02-02T13:14:42.834476376Z" level=error msg="Not continuing with pull after error" error="manifest unknown: Requested entity was not found."',
    source: 'kubernetes/minikube#22608',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "minikube's registry addon pins kube-registry-proxy by a digest the registry does not serve. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev25-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'AzureMLCompute job failed.\nFailedPullingImage: Unable to pull docker image\n\timageName: [...]\n\terror: Run docker command to pull public image failed with error: Error response from daemon: Head https://[...]: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'MicrosoftLearning/mslearn-dp100#77',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: "an Azure ML pipeline step's compute pulled the workspace's environment image from its ACR with no credential; the reporter's fix: a compute cluster with the system-assigned identity enabled. The post masked the image and host ([...]), `host` is an ACR placeholder"
  },
  {
    id: 'dev25-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'message: \'Unable to fetch image "xxxxxxx.azurecr.io/xxxx:1.0":\n      unsupported status code 401\'',
    source: 'knative/serving#6114',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: on AKS the nodes pull from ACR with the cluster's identity, but Knative's controller resolves the tag itself with no credential for the registry; adding it to registriesSkippingTagResolving made it work. A bare 401 alone also fits a refused credential. The post masked the registry, `host` is an ACR placeholder; the YAML value is kept as posted, its first line's indentation trimmed"
  },
  {
    id: 'dev25-acr-03',
    family: 'acr',
    host: 'internal.azurecr.io',
    text: 'GET https://internal.azurecr.io/oauth2/token?scope=repository%3Aimage%3Apull&service=internal.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'loft-sh/devpod#743',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "DevPod's agent on an SSH host resolves the workspace image itself; the `docker login` made on the laptop does not reach it and the one on the VM was made for another user, so the token request goes out anonymous. INFERENCE: the stored thread shows no confirmed fix. The host name is as posted (internal, a mask of the reporter's)"
  },
  {
    id: 'dev25-generic-01',
    family: 'generic',
    host: 'nvcr.io',
    text: 'message: "Revision \\"simple-string-default-bjvmq\\" failed with message: Unable\n      to fetch image \\"nvcr.io/nvidia/tensorrtserver:19.05-py3\\": unsupported status\n      code 500; body: <html>\\r\\n<head><title>500 Internal Server Error</title></head>\\r\\n<body\n      bgcolor=\\"white\\">\\r\\n<center><h1>500 Internal Server Error</h1></center>\\r\\n<hr><center>nginx/1.14.2</center>\\r\\n</body>\\r\\n</html>\\r\\n."',
    source: 'kserve/kserve#134',
    expected: 'registry-unreachable',
    note: "Knative's tag-to-digest resolution got a 500 page from nvcr.io, which did not serve that request then; `registriesSkippingTagResolving: nvcr.io` made it work. The YAML value is kept as posted (escapes included), its first line's indentation trimmed"
  },
  {
    id: 'dev25-generic-02',
    family: 'generic',
    host: 'images.astronomer.cloud',
    text: 'echo "$TOKEN" | docker login <registry-url> -u astro-token --password-stdin\nunauthorized: authentication required',
    source: 'astronomer/astro-cli#1876',
    expected: 'invalid-credentials',
    case: 'username',
    note: 'needs the thread: a valid Astro Deployment API token with the username `astro-token`; the maintainer: the username is `cli`. The post masked the registry (<registry-url>), `host` is a placeholder of an Astro registry'
  },
  {
    id: 'dev25-generic-03',
    family: 'generic',
    host: 'artifactory.swg-devops.com',
    text: 'Unable to fetch image "artifactory.swg-devops.com/repo/image:tag": failed to resolve image to digest: GET https://artifactory.swg-devops.com: : Authentication is required',
    source: 'WASdev/websphere-liberty-operator#125',
    expected: 'missing-credentials',
    note: "a Knative Service created by the operator: the pod's pull works with the namespace's default pull secret, but Knative's tag resolution does not use it and asks Artifactory with no credential. INFERENCE: the stored thread shows workarounds (a public or insecure registry), no confirmed fix. The post masked the repository and tag"
  },
  {
    id: 'dev25-generic-04',
    family: 'generic',
    host: '10.10.47.1',
    text: 'Message:  Revision "sklearn-iris-predictor-default-tclgg" failed with message: Unable to fecth image "10.10.47.1/myhub/sklearnserver:v0.4.0": failed to resolve image to digest: failed to fech image information: Get "https://10.10.47.1/v2/": dail tcp 10.10.47.1:443:  connect: connection refused.',
    source: 'kserve/kserve#993',
    expected: 'registry-unreachable',
    note: "a private registry the nodes pull from (over HTTP) refuses HTTPS connections from Knative's controller; adding it to the tag-resolution skip list worked ('It works'). The post's misspellings are kept"
  },
  {
    id: 'dev25-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "$ docker pull huggingface-pytorch-inference:1.13.1-transformers4.26.0-gpu-py39-cu117-ubuntu20.04\nError response from daemon: pull access denied for huggingface-pytorch-inference, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'aws/deep-learning-containers#3115',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch', 'missing-credentials'],
    note: 'after logging in to 763104351884.dkr.ecr.us-east-1.amazonaws.com the reporter pulled the image name without that registry, so docker asked Docker Hub, which has no such repository (and the images are in us-west-2). INFERENCE: the stored thread shows no reply'
  },
  {
    id: 'dev25-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: '2022/09/06 23:35:36 INFO mlflow.projects.kubernetes: === Pushing docker image user/test:04e4263 ===\n2022/09/06 23:35:38 ERROR mlflow.cli: === Error while pushing to docker registry: denied: requested access to the resource is denied ===',
    source: 'mlflow/mlflow#6716',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: `mlflow run --backend kubernetes` pushes the built image to the repository-uri of kubernetes_config.json, a 'public' Docker Hub repository; a push needs a login with write access whatever the repository's visibility, and MLflow's push sends only what the docker config holds (mlflow/mlflow#1672). Hub answers a push without a login and one to another namespace with the same 'denied'. INFERENCE: closed without a confirmed fix"
  },
  {
    id: 'dev25-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'ERROR: failed to solve: base: failed to resolve source metadata for docker.io/library/base:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'PacktPublishing/Data-Engineering-with-Databricks-Cookbook#23',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'official-image',
    note: "the Dockerfile begins `FROM base`, an image the book's setup builds locally first; built on its own, docker asks Docker Hub for library/base, an official image name no image has. INFERENCE on the cause: the stored thread shows no reply"
  },
  {
    id: 'dev25-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Pulling image: vllm-node...\nFailed to pull image vllm-node: Error response from daemon: pull access denied for vllm-node, repository does not exist or may require 'docker login'",
    source: 'spark-arena/sparkrun#62',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'vllm-node is the name of an image the eugr/spark-vllm-docker recipe builds locally; with no local copy, sparkrun pulled the bare name from Docker Hub. INFERENCE: the stored thread shows no reply'
  },
  {
    id: 'dev25-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'failed with message: Unable to fetch image "kserve/sklearnserver:v0.11.2": failed to resolve image to digest: Get "https://index.docker.io/v2/": dial tcp 3.219.239.5:443: i/o timeout.',
    source: 'kserve/kserve#3372',
    expected: 'registry-unreachable',
    note: "the issue's title, the revision's message: Knative's controller could not reach Docker Hub from the cluster to resolve the tag. INFERENCE: the stored thread shows 'same problem' reports, no confirmed fix"
  },
  {
    id: 'dev25-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Unable to fetch image "docker.io/username/private-image:v0.1":\nfailed to resolve image to digest:\nHEAD https://index.docker.io/v2/username/private-image/manifests/v0.1:\nunexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'knative/serving#16282',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the Service's imagePullSecrets hold valid Docker Hub credentials, but Knative's tag-to-digest resolution sends the HEAD without them (the issue's finding); a bare 401 alone also fits a refused credential. The post masked the account (username); trailing spaces trimmed"
  },
  {
    id: 'dev25-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "example-nodejs:1": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/example-nodejs:1": failed to resolve reference "docker.io/library/example-nodejs:1": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'hashicorp/waypoint#537',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'missing-credentials'],
    note: "Waypoint's getting-started on kind: the image it built exists in the host's docker but was never loaded into the kind node, so the kubelet asked Docker Hub for library/example-nodejs. The terminal's box borders (│) and line wraps are removed and the event's prefix (Warning Failed … kubelet) dropped"
  },
  {
    id: 'dev25-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Error response from daemon: pull access denied for doodle-classify-server, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 't111/doodle-classification-server#6',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "the maintainer: the image was never put on Docker Hub; the fix is to build it with the repository's docker-compose file"
  },
  {
    id: 'dev25-not-login-01',
    family: 'not-login',
    host: 'registry.linuxone.cloud.marist.edu',
    text: '[linux1@manrique ~]$ docker pull registry.linuxone.cloud.marist.edu/l1cc/jupyterlab-image-s390x:latest\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/images/create?fromImage=registry.linuxone.cloud.marist.edu%2Fl1cc%2Fjupyterlab-image-s390x&tag=latest": dial unix /var/run/docker.sock: connect: permission denied',
    source: 'linuxone-community-cloud/jupyter-lab-ml#2',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['docker-cli-missing'],
    case: 'filesystem',
    note: "titled 'fails due to authorization', but the user may not open the docker socket (not in the docker group); the registry was never asked. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev25-not-login-02',
    family: 'not-login',
    host: 'nvcr.io',
    text: 'sudo docker pull nvcr.io/nvidia/tritonserver:23.04-py\nError response from daemon: manifest for nvcr.io/nvidia/tritonserver:23.04-py not found: manifest unknown: manifest unknown',
    source: 'triton-inference-server/server#5747',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a mistyped tag (23.04-py for 23.04-py3). A blank line between the command and its output is trimmed'
  },
  {
    id: 'dev25-not-login-03',
    family: 'not-login',
    host: 'nvcr.io',
    text: '25.09-py3: Pulling from nvidia/tritonserver\nfilesystem layer verification failed for digest sha256:171a4dd1b354cfc199e996c784b37a2bd3d6bc202c708877b0c55dc3522ade82',
    source: 'triton-inference-server/server#8471',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'a layer whose download does not match its digest (a broken transfer or something in between); nothing about a login. INFERENCE: the stored excerpt shows no fix. The progress lines between the two are trimmed'
  },
  {
    id: 'dev25-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "[2020-02-06 13:48:04,576] {docker_operator.py:201} INFO - Starting docker container from image pi:sample\n[2020-02-06 13:48:04,579] {taskinstance.py:1058} ERROR - ('Connection aborted.', PermissionError(13, 'Permission denied'))",
    source: 'bitnami/bitnami-docker-airflow#17',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "Airflow's DockerOperator (docker-py) may not open the docker socket when the task runs under the scheduler; the image is a local one (pi:sample, `host` is a placeholder). INFERENCE: closed as stale. The traceback that follows is cut"
  }
]

/**
 * A twelfth development set of real registry error texts ("dev12"), collected
 * on 2026-11-28 to be measured once, as it is, before any rule is written on
 * it, and then used for development (docs/real-texts.md, "The twelfth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1029
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines trimmed; notes say where more was
 * done). A note starting "needs the thread:" marks a label the text alone
 * does not support; INFERENCE marks a label where the stored thread shows no
 * confirmed fix. Where the post masked or left out the registry host,
 * `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV12: readonly RealText[] = [
  {
    id: 'dev12-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '[07:22:37 AM]$ docker pull ghcr.io/dnscontrol/dnscontrol:latest\nError response from daemon: error from registry: unauthorized\nunauthorized',
    source: 'DNSControl/dnscontrol#4236',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: an anonymous pull of a package the maintainer believed public; the reporter found the GHCR package was still private and made it public (the same image on Docker Hub pulled fine). The text alone cannot tell a private package from a missing login'
  },
  {
    id: 'dev12-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'helm pull oci://ghcr.io/agentdesktop-dev/charts/agentdesktop-controller --version 0.1.0\nError: failed to perform "FetchReference" on source:\n  GET https://ghcr.io/v2/agentdesktop-dev/charts/agentdesktop-controller/manifests/0.1.0:\n  UNAUTHORIZED: authentication required',
    source: 'agentdesktop-dev/agentdesktop#76',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: anonymous helm pull of an OCI chart; the issue found both chart and image packages private (GHCR packages default to private on first push) and the fix is to change their visibility to public'
  },
  {
    id: 'dev12-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '✘ Image ghcr.io/oblien/openship-dashboard:0.4.5 Error unknown: failed to resolve reference "ghcr.io/oblien/openship-dashboard:0.4.5": unexpected status from HEAD request to https://ghcr.io/v2/oblien/openship-dashboard/manifests/0.4.5: 403 Forbidden',
    source: 'oblien/openship#255',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: 'needs the thread: `openship up --compose`; the reporter got the same 403 even logged in with a PAT holding read:packages and the thread points to the packages being private to the oblien organization (visibility to be changed to public); INFERENCE: no maintainer fix is in the stored copy'
  },
  {
    id: 'dev12-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '{"message":"error from registry: unauthorized\\nunauthorized"}\nHTTP_CODE: 500',
    source: 'portainer/portainer#13165',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the response body of Portainer 2.39.2 EE `images/create` with `registryId=` for a private ghcr.io image; the same credentials work for compose-side pulls and with an explicit X-Registry-Auth header, so this Portainer path sends no usable credential (the reporter first rotated the PAT in vain); the `\\n` is posted literally'
  },
  {
    id: 'dev12-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: "[httpOci] - ERR: Server did not provide instructions to authenticate (Required: A 'WWW-Authenticate' header)",
    source: 'devcontainers/cli#1057',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a dev container feature fetched from ghcr.io; ghcr.io always sends a WWW-Authenticate challenge with its 401, so a 401 without one comes from something else answering (a corporate TLS-inspecting proxy, as in the related zscaler threads); INFERENCE: the stored copy shows no reply'
  },
  {
    id: 'dev12-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Get https://registry.gitlab.com/XXXXXX/manifests/XXXXXX: denied: access forbidden',
    source: 'dokku/dokku#4602',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: `dokku git:from-image` against a private GitLab image; the command did not use any registry login (the workaround is `docker login` + `docker pull` first, and the maintainer routed it to registry:login support). Masking (XXXXXX) as posted'
  },
  {
    id: 'dev12-gitlab-02',
    family: 'gitlab',
    host: 'my.registry.tld',
    text: 'Jan 07 21:31:22 area51 k3s[15803]: E0107 21:31:22.850050   15803 pod_workers.go:191] Error syncing pod 3c8b5ed2-fc7c-47e0-95e8-30b56df50794 ("app-deployment-bfcf44fdd-jrbwv_project-production(3c8b5ed2-fc7c-47e0-95e8-30b56df50794)"), skipping: failed to "StartContainer" for "app" with ErrImagePull: "rpc error: code = Unknown desc = failed to pull and unpack image \\"my.registry.tld/some/image:latest\\": failed to resolve reference \\"my.registry.tld/some/image:latest\\": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized"',
    source: 'k3s-io/k3s#2787',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a self-hosted GitLab registry (host placeholder `my.registry.tld` as posted); k3s sent the registries.yaml username/token and GitLab's token endpoint refused them with 401 while crictl with explicit credentials pulled; INFERENCE: the thread went stale without a confirmed fix"
  },
  {
    id: 'dev12-gitlab-03',
    family: 'gitlab',
    host: 'gitlab.example.com:5005',
    text: 'containerd[9436]: time="2020-02-07T10:49:59.850907361+01:00" level=error msg="PullImage \\"gitlab.example.com:5005/gf-hub/nginx:latest\\" failed" error="failed to pull and unpack image \\"gitlab.example.com:5005/gf-hub/nginx:latest\\": failed to resolve reference \\"gitlab.example.com:5005/gf-hub/nginx:latest\\": failed to authorize: failed to fetch oauth token: unable to decode token response: invalid character \'<\' looking for beginning of value"',
    source: 'containerd/containerd#4005',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'a GitLab Geo secondary configured as containerd mirror of the primary registry: the token request got an HTML page (`<`) instead of a token, i.e. a web page answered where the token service should; hosts as posted (example.com); no confirmed fix in the stored copy'
  },
  {
    id: 'dev12-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: Status 403 trying to pull repository private/repo-name: "{\\"error\\": \\"Permission Denied\\"}"',
    source: 'containrrr/watchtower#6',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: Watchtower checking a private quay.io repository; a commenter found the request carried no basic-auth token until one was added by hand, and Watchtower v0.1.0 added registry auth, which fixed it. Repository name masked as posted'
  },
  {
    id: 'dev12-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '  $   docker pull quay.io/prometheuscommunity/elasticsearch_exporter:v1.2.0\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'prometheus-community/elasticsearch_exporter#437',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: an anonymous pull of an image the README documents as public; the repository page on quay.io itself answered 403, so the repository was private or misconfigured on Quay (Quay answers unauthorized for private and missing repositories alike); INFERENCE: the stored copy cuts the maintainers' last reply"
  },
  {
    id: 'dev12-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'error: failed to solve: rpc error: code = Unknown desc = failed to push quay.io/cilium/cilium-clang-format:1734430757-c9274c2: unexpected status from HEAD request to https://quay.io/v2/cilium/cilium-clang-format/blobs/sha256:c97ff06e65a91d36e11d1ad5f8ceb468afdfdda0a3b30b839c5201eabb313770: 401 UNAUTHORIZED',
    source: 'cilium/image-tools#344',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a CI push whose credentials publish every other image of the organization; no `cilium-clang-format` repository exists under the cilium organization on quay.io (the robot cannot create it), and the maintainers dropped the image'
  },
  {
    id: 'dev12-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/projectquay/quay-operator-index": rpc error: code = Unknown desc = Error reading manifest latest in quay.io/projectquay/quay-operator-index: unauthorized: access to the requested resource is not authorized',
    source: 'quay/quay-operator#492',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: installing the Quay operator per the README on plain Kubernetes/OLM; a commenter: the index image does not exist on quay.io (Quay answers "unauthorized" for images that are not found) and had to be rebuilt'
  },
  {
    id: 'dev12-harbor-01',
    family: 'harbor',
    host: 'harbor.mideazy.com',
    text: 'Failed to pull image "harbor.mideazy.com/rancher/istio-pilot:1.4.9": rpc error: code = Unknown desc = Error response from daemon: unauthorized: unauthorized to access repository: rancher/istio-pilot, action: pull: unauthorized to access repository: rancher/istio-pilot, action: pull',
    source: 'k3s-io/k3s#2130',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: k3s with the docker runtime; `docker pull` of the same image as root on the node works after a `docker login`, but the kubelet pull carries no credential of its own (no imagePullSecret), and Harbor words an anonymous pull of a private project the same way as a refused one; INFERENCE: no confirmed fix in the stored copy'
  },
  {
    id: 'dev12-harbor-02',
    family: 'harbor',
    host: 'mycustomregistry.com',
    text: '2021/02/02 16:31:07 http error: Pulling sea (mycustomregistry.com/sea/sea:1.0.9)...\nunauthorized: unauthorized to access repository: sea/sea, action: pull: unauthorized to access repository: sea/sea, action: pull',
    source: 'portainer/portainer#4807',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: Portainer 2.1.0 starting a compose-file-v2 stack from a Harbor registry configured with authentication; it works when the Harbor project is made public or for a single container, so the stack path sent no credential (labelled bug/confirmed). Host masked as posted'
  },
  {
    id: 'dev12-harbor-03',
    family: 'harbor',
    host: 'harbor-d.com:443',
    text: 'Error response from daemon: unauthorized: unauthorized to access repository: commons/bsk-rhel9-java17-tomcat10, action: pull: unauthorized to access repository: commons/bsk-rhel9-java17-tomcat10, action: pull',
    source: 'goharbor/harbor#17845',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    note: "needs the thread: the pull command Harbor generated named `harbor-d.com:443/commons/…@sha256:…`; without `:443` the same pull works, i.e. the login is stored for `harbor-d.com` and docker sends nothing for `harbor-d.com:443` (the error is quoted in the post's prose)"
  },
  {
    id: 'dev12-harbor-04',
    family: 'harbor',
    host: 'harbor.xxx',
    text: 'Error response from daemon: Get https://harbor.xxx/v2/: unauthorized: authentication required\n2024-06-21T09:29:20Z [ERROR] [/server/middleware/security/robot.go:58][requestID="69edae9dd49c89eb0dd38c90ddeba9b1"]: failed to authenticate robot account: robot$client-test+testing\n2024-06-21T09:29:20Z [ERROR] [/server/middleware/security/basic_auth.go:72][client IP="10.27.63.71" requestID="69edae9dd49c89eb0dd38c90ddeba9b1" user agent="docker/1.13.1 go/go1.10.3 kernel/5.10.16.3-microsoft-standard-WSL2 os/linux arch/amd64 UpstreamClient(Docker-Client/1.13.1 \\(linux\\))"]: failed to authenticate user:robot$client-test+testing, error:not supported',
    source: 'goharbor/harbor#20646',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: `docker login` with a project robot account on Harbor 2.10.2 with OIDC, the robot created after granting the user project admin as a workaround for a UI problem; Harbor's core log refuses the robot's secret. The login prompt and the core log are two blocks of the post joined here; INFERENCE: the stored copy cuts before any fix"
  },
  {
    id: 'dev12-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'failed to resolve image to digest: failed to fetch image information: unsupported status code 401; body: Not Authorized',
    source: 'kserve/kserve#1022',
    expected: 'missing-credentials',
    alsoAcceptable: ['aws-access-denied'],
    note: 'needs the thread: a docs PR for KServe/KFServing: the Knative Serving controller resolving an ECR tag to a digest has no ECR credential of its own, while pods pull through the node IAM role; the fix is to give the controller credentials or skip tag resolution for ECR. Host is a placeholder of the family (the text names none)'
  },
  {
    id: 'dev12-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: "Error response from daemon: pull access denied for [your ecr repo], repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'amzn/amazon-ray#2',
    expected: 'token-expired',
    note: 'Ray cluster launcher: the ECR login ran only in initialization_commands at first cluster start, so a cluster brought up again later pulled with the 12-hour token from then; `[your ecr repo]` masked as posted, host a placeholder of the family'
  },
  {
    id: 'dev12-ecr-03',
    family: 'ecr',
    host: '922560784203.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Authenticating 621564128436.dkr.ecr.us-east-1.amazonaws.com: Login Succeeded\n\nrunning: docker pull 922560784203.dkr.ecr.us-east-1.amazonaws.com/console-private:20160915\nPulling repository 922560784203.dkr.ecr.us-east-1.amazonaws.com/console-private\nunauthorized: authentication required\nERROR: build error: exit status 1\nERROR: console build failed',
    source: 'convox/rack#1302',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: "convox deploy: the build logged in to the rack's own ECR registry (account 621564128436) and then pulled from another account's registry (922560784203) added with `convox registries`, for which no login was made; fixed in convox/rack#1303. Lines before the login trimmed"
  },
  {
    id: 'dev12-ecr-04',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error: failed to install Karpenter: failed to install Karpenter chart: failed to locate chart: pulling from host public.ecr.aws failed with status code [manifests v0.18.1]: 403 Forbidden',
    source: 'eksctl-io/eksctl#6229',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: "needs the thread: eksctl installing Karpenter's public chart from public.ecr.aws; a maintainer asked whether the user was logged into Docker, and `docker logout public.ecr.aws` fixed it (an expired stored login broke the anonymous pull)"
  },
  {
    id: 'dev12-ecr-05',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: "$ docker pull public.ecr.aws/sam/build-python3.8\n\nUsing default tag: latest\nError response from daemon: pull access denied for public.ecr.aws/sam/build-python3.8, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
    source: 'aws/aws-sam-cli#2904',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: `sam build --use-container` pulling a public build image; the reporter found a "Docker Credentials" keychain entry for https://public.ecr.aws, and removing it fixed the pull (the text says "token expired" but the image needs no token at all)'
  },
  {
    id: 'dev12-ecr-06',
    family: 'ecr',
    host: 'XXXXXXXXXX.dkr.ecr.us-east-1.amazonaws.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "XXXXXXXXXX.dkr.ecr.us-east-1.amazonaws.com/igdianov/test-springboot-app:0.0.1": unsupported status code 401; body: Not Authorized',
    source: 'jenkins-x/terraform-aws-eks-jx#33',
    expected: 'aws-access-denied',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "needs the thread: kaniko in a Jenkins X (Tekton) pipeline on EKS; the tekton-bot IAM role the module created had no ECR policy, so kaniko's ECR credential lookup got nothing; fixed by adding the ECR access policy (jenkins-x/terraform-aws-eks-jx#27, released in 1.0.1). Account masked as posted"
  },
  {
    id: 'dev12-ecr-07',
    family: 'ecr',
    host: 'xxx.dkr.ecr.us-east-1.amazonaws.com',
    text: 'I0607 03:51:56.013969 1 docker.go:583] pulling image error : Error response from daemon: Head "https://xxx.dkr.ecr.us-east-1.amazonaws.com/v2/kubesphere/java-8-centos7/manifests/v3.2.0": no basic auth credentials',
    source: 'kubesphere/s2irun#44',
    expected: 'missing-credentials',
    note: 'KubeSphere s2irun pulling its builder image from a private ECR: the docker daemon it drives had no ECR login for that registry; one entry of a repeated log (the others trimmed); account masked as posted; no fix in the stored copy'
  },
  {
    id: 'dev12-gar-01',
    family: 'gar',
    host: 'europe-docker.pkg.dev',
    text: 'Failed to pull image "europe-docker.pkg.dev/sample-dev-xxxxxx/github-cr/org-name/app:v0.0.46": Error response from daemon: Head "https://europe-docker.pkg.dev/v2/sample-dev-xxxxxx/github-cr/org-name/app/manifests/v0.0.46": denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.downloadArtifacts" on resource "projects/sample-dev-xxxxxx/locations/europe/repositories/github-cr" (or it may not exist)',
    source: 'kubernetes/minikube#19668',
    expected: 'missing-credentials',
    note: "minikube on Cloud Shell pulling from an Artifact Registry remote repository: the same image pulls with docker in Cloud Shell, on Cloud Run and on GKE, but minikube's docker sends no Google credential (the gcp-auth addon is the path). Project masked as posted"
  },
  {
    id: 'dev12-gar-02',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: '2024/07/25 17:56:45 GCP Auth Webhook started!\n2024/07/25 17:56:45 creating pull secret: oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_scope","error_description":"Invalid OAuth scope or ID token audience provided."}',
    source: 'kubernetes/minikube#19328',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: minikube's gcp-auth addon given a read-only Artifact Registry service-account key; Google's token endpoint refused the addon's token request for its scope, so no pull secret was created and pods got ImagePullBackOff; the maintainer invited a PR (an addon defect, not the key); INFERENCE. Host a placeholder of the family (the post names no registry)"
  },
  {
    id: 'dev12-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "test_user@r-vm3 ~ $ docker pull gcr.io/my_test_project/myimage:version1\nUnable to find image 'gcr.io/my_test_project/myimage:version1' locally\n/usr/bin/docker: Error response from daemon: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication.",
    source: 'cloudyr/googleComputeEngineR#153',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: a VM cluster created with googleComputeEngineR (`gce_vm_cluster` with a private GCR image) where the SSH user has no ~/.docker directory, i.e. no gcloud credential helper or login was set up for that user, so docker pulls gcr.io without a credential (labelled a bug of the package's VM setup); the cut `See …` line after the error is left out"
  },
  {
    id: 'dev12-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'Get \\"https://gcr.io/v2/<MY IMAGE>/manifests/latest\\": http: non-successful response (status=401 body=\\"{\\\\\\"errors\\\\\\":[{\\\\\\"code\\\\\\":\\\\\\"UNAUTHORIZED\\\\\\",\\\\\\"message\\\\\\":\\\\\\"You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication\\\\\\"}]}\\")" image="<MY IMAGE>" password= username=',
    source: 'keel-hq/keel#546',
    expected: 'missing-credentials',
    note: 'Keel polling a private GCR image on GKE: the log line shows `password= username=` (nothing sent); the maintainer asked whether GCP credentials were mounted into Keel, which they were not. Image masked as posted, escapes as posted'
  },
  {
    id: 'dev12-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error: error getting credentials - err: exec: "docker-credential-gcloud": executable file not found in $PATH, out: ``',
    source: 'engineerd/wasm-to-oci#12',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "`wasm-to-oci push … gcr.io/<registry_path>`: the docker config names gcloud's credential helper, which is not on PATH for this tool; logging in with an access token (no helper) worked"
  },
  {
    id: 'dev12-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Failed to pull image "myregistry.azurecr.io/image:tag": rpc error: code = Unknown desc = failed to pull and unpack image "myregistry.azurecr.io/image:tag": failed to resolve reference "myregistry.azurecr.io/image:tag": failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    source: 'portainer/portainer#5371',
    expected: 'missing-credentials',
    note: 'Portainer: an ACR registry added on the control node is not passed to agent-connected Kubernetes clusters, so the kubelet pull goes anonymous ("anonymous token"). Registry name masked as posted'
  },
  {
    id: 'dev12-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Jul  7 08:21:58 server03 dockerd[32337]: time="2023-07-07T08:21:58.416124366+02:00" level=warning msg="invalid authconfig: illegal base64 data at input byte 91"\nJul  7 08:21:58 server03 dockerd[32337]: time="2023-07-07T08:21:58.544478504+02:00" level=info msg="Attempting next endpoint for pull after error: Head \\"[https://myregistry.azurecr.io/v2/my/imagename/manifests/beta-latest\\":](https://myregistry.azurecr.io/v2/my/imagename/manifests/beta-latest/%22:) unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."',
    source: 'portainer/portainer#2341',
    expected: 'malformed-credentials',
    alsoAcceptable: ['unknown'],
    note: "a Portainer 2.18.3 swarm service update after rotating the ACR access keys: dockerd could not decode the X-Registry-Auth Portainer sent (not valid base64), so the pull went without credentials; the blank line between the two log lines is dropped and GitHub's link mangling of the URL is kept as posted"
  },
  {
    id: 'dev12-acr-03',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: 'Message:              Waiting for image availability for node blazing-jaguar-3: GET https://myacr.azurecr.io/oauth2/token?scope=repository%3Atalos%2Fmetal-installer%2Fxxx%3Apull&service=myacr.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: xxx',
    source: 'home-operations/tuppr#581',
    expected: 'missing-credentials',
    note: "needs the thread: tuppr (a Talos upgrade controller) checks the installer image in ACR itself and does not use the Talos nodes' registry auth from the MachineConfig, so it asks ACR's token endpoint with no credential; labelled an enhancement (use the nodes' auth or an imagePullSecret)"
  },
  {
    id: 'dev12-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: '2025/10/29 08:44AM ??? github.com/docker/cli@v28.2.1+incompatible/cli/streams/out.go:20 >  my-container Error Head "https://myregistry.azurecr.io/v2/my-container/manifests/2025.10.23": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: 9be61af6-240e-400c-9957-389bd4d51aad"}]} |',
    source: 'portainer/portainer#12888',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: "Credentials for private registry not accepted by agent": a scheduled Portainer EE redeploy of a compose stack on an agent environment pulls from ACR without the registry credentials Portainer holds; INFERENCE: the issue is open with no fix in the stored copy'
  },
  {
    id: 'dev12-acr-05',
    family: 'acr',
    host: 'sajaywus2.azurecr.io',
    text: "az acr repository list\nUnable to get AAD authorization tokens with message: Registry 'sajaywus2.azurecr.io' did not issue a challenge.\nError: requested access to the resource is denied. Correlation ID: d1de6b02-8fba-45c9-88ee-7692ce3d7639.",
    source: 'Azure/azure-cli#8798',
    expected: 'registry-unreachable',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a registry with VNET/firewall rules enabled refusing a client outside them; the ACR team filed it to make the error say so (azure-cli#8799: "Are firewalls and virtual networks enabled?")'
  },
  {
    id: 'dev12-generic-01',
    family: 'generic',
    host: '10.111.160.21:39435',
    text: 'time="2025-05-13T08:58:00.914367996+08:00" level=info msg="trying next host" error="pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials" host="10.111.160.21:39435"',
    source: 'k3s-io/k3s#12326',
    expected: 'missing-credentials',
    note: 'k3s agent containerd.log with registries.yaml using a "*" mirror and a "*" auth config for a plain-HTTP private registry: containerd sent no credential to the endpoint; a CNI JSON blob glued before the line is trimmed; no confirmed fix in the stored copy'
  },
  {
    id: 'dev12-generic-02',
    family: 'generic',
    host: 'cubox.prod.hulu.com',
    text: 'crictl -D pull cubox.prod.hulu.com/capos/v2/node-manager:v0.1\nDEBU[0000] PullImageRequest: &PullImageRequest{Image:&ImageSpec{Image:cubox.prod.hulu.com/capos/v2/node-manager:v0.1,},Auth:nil,SandboxConfig:nil,}\nDEBU[0000] PullImageResponse: nil\nFATA[0000] pulling image failed: rpc error: code = Unknown desc = failed to resolve image "cubox.prod.hulu.com/capos/v2/node-manager:v0.1": no available registry endpoint: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'containerd/containerd#4386',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope', 'unknown'],
    note: "needs the thread: crictl against a private registry behind an OAuth 2.0 token service; the request carries `Auth:nil` and the registry refuses the anonymous token's scope; INFERENCE: the stored copy does not show whether containerd's own registry auth config was then applied"
  },
  {
    id: 'dev12-generic-03',
    family: 'generic',
    host: 'registry.digitalocean.com',
    text: 'Could not get tags from registry: Get \\"https://registry.digitalocean.com/v2/fugue-state-registry/etl/tags/list\\": unauthorized: authentication required" alias=etl application=ci image_name=fugue-state-registry/etl image_tag=5c6e59bd registry=registry.digitalocean.com',
    source: 'argoproj-labs/argocd-image-updater#655',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: 'needs the thread: argocd-image-updater listing tags of a private DigitalOcean registry; the configured registry credentials were not accepted/used by the updater (the reporter asked for bearer-token support; DigitalOcean takes the API token as username and password); INFERENCE: closed as an enhancement'
  },
  {
    id: 'dev12-generic-04',
    family: 'generic',
    host: 'docker-registry.yatai-image-builder.svc.cluster.local:5000',
    text: 'error checking push permissions \n-- make sure you entered the correct tag name, and that you are authenticated correctly, and try again:\nchecking push permission for "docker-registry.yatai-image-builder.svc.cluster.local:5000/yatai-bentos:yatai.image_models.vc4zx5x5j2mueaib": creating push check transport for docker-registry.yatai-image-builder.svc.cluster.local:5000 failed: \nGet "https://docker-registry.yatai-image-builder.svc.cluster.local:5000/v2/": dial tcp 10.103.223.165:5000: connect: connection refused; \nGet "http://docker-registry.yatai-image-builder.svc.cluster.local:5000/v2/": dial tcp 10.103.223.165:5000: connect: connection refused',
    source: 'bentoml/Yatai#470',
    expected: 'registry-unreachable',
    note: 'Yatai\'s image builder (kaniko) pushing to the in-cluster registry on minikube: nothing listens on the registry service port; kaniko\'s generic "authenticated correctly" advice is not the cause'
  },
  {
    id: 'dev12-generic-05',
    family: 'generic',
    host: 'nexus.example.com',
    text: 'Error: Unable to parse WWW-Authenticate header: "BASIC realm="Sonatype Nexus Repository Manager""',
    source: 'microsoft/vscode-containers#440',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the VS Code Containers extension connecting to an on-premise Sonatype Nexus docker registry: the extension could not parse Nexus's uppercase BASIC challenge; fixed in a release (vscode-docker-extensibility#355). Host a placeholder of the family (the post names none)"
  },
  {
    id: 'dev12-generic-06',
    family: 'generic',
    host: 'docker-public.docker.XYZ.com',
    text: 'FailedCreatePodSandBox:  failed to pull and unpack\n image "docker.io/rancher/mirrored-pause:3.1":\n failed to resolve reference \n"docker.io/rancher/mirrored-pause:3.1": failed to authorize:\n failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    source: 'k3s-io/k3s#4637',
    expected: 'missing-credentials',
    note: 'k3d/k3s in a network with only a secured docker.io mirror (docker-public.docker.XYZ.com, masked as posted); registries.yaml keys the auth under `docker.io` rather than under the mirror\'s host, so containerd asks the mirror anonymously ("anonymous token"); INFERENCE: the issue is open, line breaks as posted'
  },
  {
    id: 'dev12-generic-07',
    family: 'generic',
    host: 'docker.ketches.cn',
    text: 'ctr: failed to resolve reference "docker.ketches.cn/library/nginx:latest": failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io": dial tcp 199.59.148.222:443: i/o timeout',
    source: 'ketches/registry-proxy#3',
    expected: 'registry-unreachable',
    note: 'a Docker Hub pull-through proxy used from mainland China ("拉取镜像失败"): the proxy answers /v2/ with a challenge whose realm is auth.docker.io, which the client cannot reach; the reporter compared it with Aliyun\'s mirror, whose realm is on its own host'
  },
  {
    id: 'dev12-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Warning  Failed     35s (x3 over 82s)  kubelet            Failed to pull image "aojea/kindnetd:v1.0.1": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/aojea/kindnetd:v1.0.1": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/aojea/kindnetd/manifests/sha256:cb4e59bf2a28ada50ffd0b1120d223c58a344ba0694e8f8ef4140b1143bb84c4: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'aojea/kindnet#21',
    expected: 'rate-limited',
    note: 'kind cluster nodes (KNE) pulling the kindnet CNI image anonymously from Docker Hub; leading spaces of the event line trimmed'
  },
  {
    id: 'dev12-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: '(HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/kitematic/hello-world-nginx/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#2982',
    expected: 'email-as-username',
    alsoAcceptable: ['invalid-credentials'],
    case: 'username',
    note: "needs the thread: Kitematic creating its hello-world container right after logging in; the maintainer's answer: log in with the Docker ID instead of the e-mail address"
  },
  {
    id: 'dev12-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '# crictl -r /run/dockershim.sock pull nginx --creds foo:foo\nFATA[0000] pulling image failed: rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/library/nginx/manifests/latest: unauthorized: incorrect username or password',
    source: 'containerd/cri#668',
    expected: 'invalid-credentials',
    alsoAcceptable: ['stale-login'],
    note: 'a maintainer reproducing "cannot pull public image with invalid username/password": a public image pulled with wrong credentials fails because Docker Hub rejects the credentials sent, instead of falling back to anonymous'
  },
  {
    id: 'dev12-docker-hub-04',
    family: 'docker-hub',
    host: 'dhi.io',
    text: 'watchtower  | time="2026-04-05T07:51:43+02:00" level=warning msg="Image pull failed: authentication required" container=nginx error="Error response from daemon: Head \\"https://dhi.io/v2/nginx/manifests/1\\": unauthorized: Unauthorized" image="dhi.io/nginx:1"',
    source: 'nicholas-fedor/watchtower#1533',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: Watchtower 1.16.1 updating a container from Docker Hardened Images (dhi.io, Docker's registry, which needs a Docker login); it worked for months before that release, and the debug log shows the digest check failing to decode the token response first, so this release pulls without the stored login; INFERENCE: the issue is open"
  },
  {
    id: 'dev12-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'time="2019-03-05T18:18:29+01:00" level=fatal msg="build failed: building [docker.io/sieben/foobar/frontend-server]: build artifact: denied: requested access to the resource is denied"',
    source: 'GoogleCloudPlatform/cloud-code-vscode#33',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found', 'insufficient-scope'],
    note: 'Cloud Code (skaffold) pushing `docker.io/sieben/foobar/frontend-server` while `docker login` works: Docker Hub repositories are `namespace/name`, so a three-part name cannot be pushed whatever the credential; INFERENCE: closed for lack of information'
  },
  {
    id: 'dev12-docker-hub-06',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: "Login Succeeded\n docker pull index.docker.io/myorg/acme:1.0.0\nError response from daemon: pull access denied for index.docker.io/myorg/acme, repository does not exist or may require 'docker login'",
    source: 'OctopusDeploy/Issues#5493',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    note: 'needs the thread: an Octopus Deploy DockerHub feed (a regression): the login succeeds but the acquisition pulls `index.docker.io/myorg/acme`, under a registry key the login was not stored for, so the private pull goes without credentials. Names masked as posted'
  },
  {
    id: 'dev12-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: '> [internal] load metadata for docker.io/library/dev_container_feature_content_temp:latest:\n------\nDockerfile-with-features:20\n--------------------\n  20 | >>> FROM dev_container_feature_content_temp as dev_containers_feature_content_source\n--------------------\nerror: failed to solve: dev_container_feature_content_temp: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'voideditor/void#151',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the Dev Containers build of a features image: `dev_container_feature_content_temp` is a local intermediate image the extension builds first, and BuildKit looked for it on Docker Hub (the builder did not see the local image); nothing to log in to; INFERENCE: the stored copy has no confirmed fix'
  },
  {
    id: 'dev12-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'Failed to pull image "open-dataplatform-hadoop-hdfs": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/open-dataplatform-hadoop-hdfs:latest": failed to resolve reference "docker.io/library/open-dataplatform-hadoop-hdfs:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'kubernetes-sigs/kind#2474',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: a locally built image loaded with `kind load docker-image` and present in the node (crictl images lists it), but the pod pulls `:latest` with the default pull policy Always, so the kubelet asks Docker Hub for a repository that exists nowhere'
  },
  {
    id: 'dev12-not-login-03',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/myproject/apps/myapp01:testing": rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/myproject/apps/myapp01:testing": failed to resolve reference "gcr.io/myproject/apps/myapp01:testing": unexpected status code [manifests testing]: 401 Unauthorized',
    source: 'kubernetes-sigs/kind#2446',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: an image built locally with a GCR-style name, expected to be visible in kind; a maintainer: kind nodes run their own container runtime and do not share the host's images, so the kubelet went to gcr.io (the fix is to load the image into the nodes and not pull it)"
  },
  {
    id: 'dev12-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: "Pulling images.\n image Pulling \n image Error pull access denied for private/my-image, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'coollabsio/coolify#6122',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a custom image copied onto the server (not in any registry) and deployed as a Coolify Docker-image resource; Coolify always runs a pull, which goes to Docker Hub for a repository that does not exist (a Coolify member's explanation). Image name masked as posted"
  },
  {
    id: 'dev12-not-login-05',
    family: 'not-login',
    host: 'docker.io',
    text: 'Could not do a head request for "sha256:e1688bbea26473c306345275b9b1f2ccad6c9293af9298d28098c629a77fcbf6", falling back to regular pull.\nReason: registry responded to head request with "401 Unauthorized", auth: "Bearer realm=\\"https://auth.docker.io/token\\",service=\\"registry.docker.io\\",scope=\\"repository:library/sha256:pull\\",error=\\"insufficient_scope\\""\nUnable to update container "/watchtower": Error response from daemon: pull access denied for sha256, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied. Proceeding to next.',
    source: 'containrrr/watchtower#1081',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'Watchtower updating a container whose image reference is an image ID (`sha256:…`), which it turns into a Docker Hub repository `library/sha256`; no credential can help'
  },
  {
    id: 'dev12-not-login-06',
    family: 'not-login',
    host: 'docker.io',
    text: "Unable to find image '39a62b:0ab75364e68e47cc90d5aa9e43fcc042' locally\ndocker: Error response from daemon: pull access denied for 39a62b, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.",
    source: 'actions/runner#2480',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: a self-hosted runner running a Docker container action (aevea/action-kaniko): the action image was built with the docker-container buildx driver ("No output specified with docker-container driver. Build result will only remain in the build cache"), so the locally tagged image does not exist and docker run tries Docker Hub'
  },
  {
    id: 'dev12-not-login-07',
    family: 'not-login',
    host: 'docker.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "https://index.docker.io/v1/falkonryml/func-sk-project-gen-iris-latest": creating push check transport for https: failed: Get "http://https/v2/": dial tcp: lookup https on 10.43.0.10:53: no such hosthttp://https/v2/": dial tcp: lookup https on 10.43.0.10:53: no such host',
    source: 'mlrun/mlrun#711',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "MLRun's kaniko build after the registry URL `https://index.docker.io/v1/` was put into the image destination: kaniko takes `https` as the registry host; the destination must be `index.docker.io/<user>/<image>` or `<user>/<image>` (text as posted, including the run-together repetition)"
  },
  {
    id: 'dev12-not-login-08',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker pull alpine:latest\nError response from daemon: Get "https://registry-1.docker.io/v2/": Bad Request',
    source: 'goharbor/harbor-helm#2215',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Harbor (helm chart) set as the docker daemon's http/https proxy in daemon.json to use its proxy cache; Harbor is a registry, not an HTTP proxy, so the CONNECT to Docker Hub fails (labelled user-error); a proxy cache project is used as `harbor/<project>/library/alpine` or as a registry mirror"
  }
]

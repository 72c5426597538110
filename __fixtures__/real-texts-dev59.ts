/**
 * A fifty-ninth development set of real registry error texts ("dev59"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifty-ninth
 * development set"). Its direction: cloud marketplaces and managed add-ons
 * (EKS add-ons and their regional ECR account, the ECR Public Gallery, Google
 * Cloud Marketplace and GKE, AKS add-ons and extensions, Arc-enabled
 * Kubernetes extensions). Sources are GitHub issues and pull requests found
 * with the search tool; none is a source of an earlier set (the list of the
 * 2562 earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines, prompts and trailing spaces
 * trimmed; notes say where more was done). A note starting "needs the
 * thread:" marks a label the text alone does not support; INFERENCE marks a
 * label where the stored thread shows no confirmed fix. Where the post masked
 * the registry host, `host` keeps the masking as posted (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV59: readonly RealText[] = [
  {
    id: 'dev59-ecr-02',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'sudo crictl pull 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni-init:v1.11.4\nE1102 16:44:41.887389  742460 remote_image.go:242] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni-init:v1.11.4\\": failed to resolve reference \\"602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni-init:v1.11.4\\": pulling from host 602401143452.dkr.ecr.us-west-2.amazonaws.com failed with status code [manifests v1.11.4]: 401 Unauthorized" image="602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni-init:v1.11.4"',
    source: 'aws/amazon-vpc-cni-k8s#2127',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "INFERENCE: the VPC CNI's init image pulled with crictl on a self-managed Kubernetes cluster on EC2, whose containerd has no ECR credential for the EKS add-on account; containerd answers an anonymous pull of private ECR with a bare 401. The `$ ` prompt is trimmed and the FATA line after the E-line (the same error again) is left out"
  },
  {
    id: 'dev59-ecr-03',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Warning  Failed     12s (x2 over 23s)  kubelet, ip-xx-xx-xxx-xxx.ec2.internal  Failed to pull image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.0.1": rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon/aws-load-balancer-controller/manifests/v2.0.1: no basic auth credentials',
    source: 'kubernetes-sigs/aws-load-balancer-controller#1694',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'INFERENCE: the AWS Load Balancer Controller image from the EKS add-on account in us-west-2, pulled by the kubelet of a us-east-1 cluster whose node role holds AmazonEC2ContainerRegistryReadOnly; the kubelet sent no ECR credential for that host (the stored thread shows no confirmed fix; another reporter has the same). Only the failing event line is kept'
  },
  {
    id: 'dev59-ecr-04',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Warning  Failed          46m (x4 over 48m)     kubelet            Failed to pull image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.1.0": rpc error: code = Unknown desc= Error reading manifest v2.1.0 in 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller: unauthorized: authentication required',
    source: 'kubernetes-sigs/aws-load-balancer-controller#1736',
    expected: 'missing-credentials',
    alsoAcceptable: ['aws-access-denied'],
    note: "INFERENCE: the maintainer's answer is to check that the node instance role grants ECR access (without it the kubelet gets no ECR token and pulls with none); no fix is confirmed in the stored thread. The reporter passed AWS credentials to the controller by environment variables, which the kubelet does not use. Only the failing event line is kept"
  },
  {
    id: 'dev59-ecr-05',
    family: 'ecr',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'docker pull 602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/pod-identity-webhook:latest\nError response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/eks/pod-identity-webhook/manifests/latest: no basic auth credentials',
    source: 'aws/amazon-eks-pod-identity-webhook#5',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the EKS pod identity webhook's image in the EKS add-on account, pulled with no ECR login (a Docker Desktop cluster); the `$ ` prompt is trimmed"
  },
  {
    id: 'dev59-ecr-06',
    family: 'ecr',
    host: '111111111.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Warning  Failed     10m                kubelet, ip-10-0-154-77.ec2.internal  Failed to pull image "111111111.dkr.ecr.us-east-1.amazonaws.com/my/container:e87716617021afc0307a7537d74d3927f6cb9526: rpc error: code = Unknown desc = error pulling image configuration: Get https://prod-us-east-1-starport-layer-bucket.s3.amazonaws.com/***snip***dial tcp: i/o timeout',
    source: 'aws-quickstart/quickstart-amazon-eks#52',
    expected: 'registry-unreachable',
    case: 'blob-storage',
    note: "the AWS Quick Start for EKS: the image's config blob, served from ECR's S3 layer bucket, timed out (the PR changes the kubelet's service settings for slow pulls); the account number and the S3 path are masked as posted"
  },
  {
    id: 'dev59-ecr-07',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error: pulling from host public.ecr.aws failed with status code [manifests v0.25.0]: 403 Forbidden',
    source: 'aws/karpenter-provider-aws#3441',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `helm template` of Karpenter's chart from the ECR Public Gallery; the fix (a comment the docs PR aws/karpenter-provider-aws#3880 cites) was `helm registry logout public.ecr.aws`: helm's own stored, expired ECR Public token broke an anonymous pull"
  },
  {
    id: 'dev59-ecr-08',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Release "karpenter" does not exist. Installing it now.\nError: unexpected status from HEAD request to https://public.ecr.aws/v2/karpenter/karpenter/manifests/v0.27.3: 403 Forbidden',
    source: 'aws/karpenter-provider-aws#3880',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: after `docker logout public.ecr.aws` the install still failed; `helm registry logout public.ecr.aws` fixed it (the PR adds that step to the getting-started guide). The helm command line before the output is left out'
  },
  {
    id: 'dev59-ecr-09',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'helm upgrade --install --namespace karpenter --create-namespace   karpenter oci://public.ecr.aws/karpenter/karpenter   --version v0.31.0\nRelease "karpenter" does not exist. Installing it now.\nError: unexpected status from HEAD request to https://public.ecr.aws/v2/karpenter/karpenter/manifests/v0.31.0: 400 Bad Request',
    source: 'aws/karpenter-provider-aws#4724',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: INFERENCE: the maintainer points to Karpenter's troubleshooting entry (log out of public.ecr.aws before installing: a stored, expired ECR Public token); the stored thread does not show the reporter confirming it. The prompt and a trailing space are trimmed"
  },
  {
    id: 'dev59-ecr-10',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Downloading cost-analyzer from repo oci://public.ecr.aws/kubecost\nSave error occurred:  could not download oci://public.ecr.aws/kubecost/cost-analyzer: public.ecr.aws/kubecost/cost-analyzer:1.99.0: not found\nError: could not download oci://public.ecr.aws/kubecost/cost-analyzer: public.ecr.aws/kubecost/cost-analyzer:1.99.0: not found',
    source: 'aws-samples/eks-blueprints-add-ons#129',
    expected: 'stale-login',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the EKS Blueprints Kubecost add-on from the ECR Public Gallery; the maintainer: "this is caused by an expired token for public ECR - either delete the local expired token or pull a new token". The text alone reads as a missing tag'
  },
  {
    id: 'dev59-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "Step 1/6 : FROM gcr.io/cloud-marketplace-tools/k8s/deployer_helm\nunauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'GoogleCloudPlatform/marketplace-k8s-app-tools#190',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'anonymous-pull',
    note: 'needs the thread: the Google Cloud Marketplace Helm deployer base image, pulled anonymously by `docker build`; the reporter: "The image is available after docker auth to gcr". GCR\'s wording alone also fits a refused credential'
  },
  {
    id: 'dev59-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: pull access denied for gcr.io/saas-e2e-product-tester/saas-test-tool, repository does not exist or may require \'docker login\': denied: Permission denied for "latest" from request "/v2/saas-e2e-product-tester/saas-test-tool/manifests/latest".',
    source: 'GoogleCloudPlatform/marketplace-tools#82',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'INFERENCE: `mpdev test` of the Marketplace SaaS tools pulls a tester image that is not public (the reporter: it "should be public"); no answer in the stored thread. A line break the post\'s wrapping put inside `saas-test-tool` is removed'
  },
  {
    id: 'dev59-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "Step 11/15 : FROM gcr.io/google-marketplace-tools/k8s/deployer_helm\nGet https://gcr.io/v2/google-marketplace-tools/k8s/deployer_helm/manifests/latest: denied: Token exchange failed for project 'google-marketplace-tools'. Please enable or contact project owners to enable the Google Container Registry API in Cloud Console at https://console.cloud.google.com/apis/api/containerregistry.googleapis.com/overview?project=google-marketplace-tools before performing this operation.",
    source: 'GoogleCloudPlatform/marketplace-k8s-app-tools#146',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: INFERENCE: after a refresh of the Marketplace tools the app's Dockerfile named the `google-marketplace-tools` project, which serves no registry (the tools' images are under gcr.io/cloud-marketplace-tools); the owners' fix is not in the stored thread. The progress line before is trimmed"
  },
  {
    id: 'dev59-gar-04',
    family: 'gar',
    host: 'marketplace.gcr.io',
    text: "Step 5/8 : FROM marketplace.gcr.io/google/ubuntu1804:latest\nunauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'GoogleCloudPlatform/cloud-run-hello#1',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: 'needs the thread: INFERENCE: a public Google Cloud Marketplace base image; others (and Cloud Build) pulled it fine ("Likely a setup issue on your side"), so the reporter\'s docker sent a stored credential for gcr hosts that was refused; the reporter switched the base image instead of fixing it'
  },
  {
    id: 'dev59-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'image pull failed for gcr.io/td-middleware/tdb, this may be because there are no credentials on this request.  details: (Error: image td-middleware/tdb:latest not found)',
    source: 'kubernetes/kubernetes#17086',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'GKE nodes pulling a private GCR image: the maintainers found the console created clusters without the storage read scope, so the nodes sent no credential (GCR then answered "not found")'
  },
  {
    id: 'dev59-acr-01',
    family: 'acr',
    host: 'aksiotdevacr.azurecr.io',
    text: '3s          Warning   FailedCreatePodSandBox   pod/resource-sync-agent-test-aks-pull   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "aksiotdevacr.azurecr.io/pause:3.9": failed to pull image "aksiotdevacr.azurecr.io/pause:3.9": failed to pull and unpack image "aksiotdevacr.azurecr.io/pause:3.9": failed to resolve reference "aksiotdevacr.azurecr.io/pause:3.9": failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    source: 'Azure/AKS-Edge#156',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: INFERENCE: enabling Azure Arc monitoring on AKS Edge Essentials; the cluster's sandbox (pause) image points at AKS Edge's own development registry, which takes no anonymous pull; closed as a bug, its fix not in the stored thread"
  },
  {
    id: 'dev59-acr-02',
    family: 'acr',
    host: 'scaksextension.azurecr.io',
    text: 'Failed to pull image "scaksextension.azurecr.io/prod/image/sc-operator:20251013.1": failed to pull and unpack image "scaksextension.azurecr.io/prod/image/sc-operator:20251013.1": failed to resolve reference "scaksextension.azurecr.io/prod/image/sc-operator:20251013.1": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://scaksextension.azurecr.io/oauth2/token?scope=repository%3Aprod%2Fimage%2Fsc-operator%3Apull&service=scaksextension.azurecr.io: 401 Unauthorized',
    source: 'Azure/AKS#5493',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "INFERENCE: the AKS Service Connector extension's operator image, pulled anonymously from Microsoft's extension registry, stopped being served on a date (an older cluster had it cached); the cause is on the registry's side, no fix in the stored thread"
  },
  {
    id: 'dev59-acr-03',
    family: 'acr',
    host: 'osbapublicacr.azurecr.io',
    text: 'Warning  Failed     21s (x2 over 34s)  kubelet, k8s-linuxpool-11683214-vmss000001  Failed to pull image "osbapublicacr.azurecr.io/microsoft/azure-service-broker:v1.6.0": rpc error: code = Unknown desc = Error response from daemon: Get https://osbapublicacr.azurecr.io/v2/microsoft/azure-service-broker/manifests/v1.6.0: received unexpected HTTP status: 500 Internal Server Error',
    source: 'Azure/open-service-broker-azure#700',
    expected: 'registry-unreachable',
    note: "Open Service Broker for Azure's public registry answered 500 for a day (an outage on the registry's side). Only the failing event line is kept"
  },
  {
    id: 'dev59-acr-04',
    family: 'acr',
    host: 'aksrepos.azurecr.io',
    text: 'Failed to pull image "aksrepos.azurecr.io/mirror/ip-masq-agent-amd64:v2.0.0_v0.0.5": [rpc error: code = Unknown desc = error pulling image configuration: error parsing HTTP 403 response body: invalid character \'ï\' looking for beginning of value: "\\ufeff<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?><Error><Code>AuthorizationFailure</Code><Message>This request is not authorized to perform this operation.\\nRequestId:31d6913c-901e-0013-4fb9-ca617d000000\\nTime:2020-01-14T09:02:12.6212166Z</Message></Error>", rpc error: code = Unknown desc =',
    source: 'Azure/AKS#1383',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'blob-storage',
    note: "an AKS system add-on image from AKS's registry: the subnet's storage service endpoint policy refused the layer download from Azure Storage (the reporter: only ACR images are blocked); not the credential. The text ends where the post cut it"
  },
  {
    id: 'dev59-generic-01',
    family: 'generic',
    host: 'dockerio.azureedge.net',
    text: 'Failed to pull image "dockerio.azureedge.net/microsoft/oms:ciprod06072018": rpc error: code = Unknown desc = Error: Status 405 trying to pull repository microsoft/oms: "<!DOCTYPE HTML PUBLIC \\"-//W3C//DTD HTML 3.2 Final//EN\\">\\n<title>405 Method Not Allowed</title>\\n<h1>Method Not Allowed</h1>\\n<p>The method is not allowed for the requested URL.</p>\\n"',
    source: 'Azure/AKS#489',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    case: 'not-a-registry',
    note: "INFERENCE: AKS's monitoring add-on (omsagent) pulled through Azure's Docker Hub mirror host, which answered a web server's 405 page instead of a registry; recreating the cluster fixed it, the cause is not named"
  },
  {
    id: 'dev59-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Failed to pull image "prom/node-exporter:v0.18.1": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'kubecost/cost-analyzer#10',
    expected: 'rate-limited',
    note: "Kubecost installed on EKS (AWS's cost-tracking walkthrough): its bundled Prometheus node exporter pulled anonymously from Docker Hub by EKS nodes hit the pull limit"
  },
  {
    id: 'dev59-not-login-01',
    family: 'not-login',
    host: '602401143452.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Failed to pull image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:2.0": rpc error: code = NotFound desc = failed to pull and unpack image "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:2.0": failed to resolve reference "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:2.0": 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller:2.0: not found',
    source: 'aws/eks-charts#467',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the AWS Load Balancer Controller on an EKS Fargate cluster with the image tag `2.0`: the add-on registry tags releases `v2.x.y`, so no such tag exists'
  },
  {
    id: 'dev59-not-login-02',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: '$ docker pull mcr.microsoft.com/oss/azure/workload-identity/webhook:v0.15.0\nError response from daemon: manifest for mcr.microsoft.com/oss/azure/workload-identity/webhook:v0.15.0 not found: manifest unknown: manifest tagged by "v0.15.0" is not found',
    source: 'Azure/azure-workload-identity#674',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'the AKS workload identity webhook released before its image reached MCR; the maintainer: "Images were just published. They should be available now."'
  },
  {
    id: 'dev59-not-login-03',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: 'Trying to pull mcr.microsoft.com/oss/azure/workload-identity/webhook:v1.6.0...\nError: unable to copy from source docker://mcr.microsoft.com/oss/azure/workload-identity/webhook:v1.6.0: initializing source docker://mcr.microsoft.com/oss/azure/workload-identity/webhook:v1.6.0: reading manifest v1.6.0 in mcr.microsoft.com/oss/azure/workload-identity/webhook: manifest unknown: manifest tagged by "v1.6.0" is not found',
    source: 'Azure/azure-workload-identity#1736',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "INFERENCE: podman's pull of a webhook tag MCR did not have yet (the post also quotes the kubelet's `not found`, left out here); the stored thread is cut before the maintainers' answer"
  },
  {
    id: 'dev59-not-login-04',
    family: 'not-login',
    host: 'mcr.microsoft.com',
    text: '(ExtensionOperationFailed) The extension operation failed with the following error:  Error: [Failed to setup Helm client during helm chart upgrade : err [mcr.microsoft.com/oss/azure/secrets-store/preview/provider-azure-arc:1.4.0: not found]] occurred while doing the operation : [Installing the extension] on the config.Code: ExtensionOperationFailed',
    source: 'microsoft/azure_arc#1587',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'INFERENCE: installing the Key Vault Secrets Provider extension on an Arc-enabled cluster: the extension\'s Helm chart version is not on MCR (labelled upstream-related; the fix is not in the stored thread). The text starts after the post\'s "Error message as:"'
  }
]

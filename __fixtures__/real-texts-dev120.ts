/**
 * The hundred-and-twentieth development set ("dev120": Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-twentieth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV120: readonly RealText[] = [
  {
    id: 'dev120-ecr-01',
    family: 'ecr',
    host: '402365376235.dkr.ecr.us-east-1.amazonaws.com',
    text: "fetching 402365376235.dkr.ecr.us-east-1.amazonaws.com/codebuild-resource@sha256:9209a005748daa7ce781661b928adab006b9a6a093a748c5cdabbd3b97878341\nERRO[0000] failed to extract image: unsupported status code 401; body: Not Authorized \n\nresource script '/opt/resource/in [/tmp/build/get]' failed: exit status 1",
    source: 'concourse/concourse#3092',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: the comment says the worker has no AWS access key or token and relies on its EC2 instance role, which the registry-image resource did not use then (it spoke Basic auth only), while the docker-image resource with the same role pulls: the pull went without a credential. The text alone (401 Not Authorized) could also be a refused key.'
  },
  {
    id: 'dev120-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'WARN[0000] ECR integration is experimental and untested \n\nERRO[0000] failed to authenticate to ECR: RequestError: send request failed\n\ncaused by: Post "https://api.ecr.us-east-1.amazonaws.com/": net/http: invalid header field value for "Authorization" \n\nERRO[0000] cannot authenticate with ECR',
    source: 'concourse/registry-image-resource#333',
    expected: 'malformed-credentials',
    note: 'Go refuses to send an Authorization header holding a control character: the signed request carried an access key id with a newline or other invisible character from the pipeline\'s secret. Padding spaces at the end of the last line dropped. The post masked the registry (account 012345678910 "obviously changed"), so the host is a placeholder. INFERENCE: the issue is closed but the stored thread shows no fix.'
  },
  {
    id: 'dev120-ecr-03',
    family: 'ecr',
    host: '12345678.dkr.ecr.il-central-1.amazonaws.com',
    text: 'INFO[0000] Fetching available tags and metadata from registry  application=test image_alias= image_name=12345678.dkr.ecr.il-central-1.amazonaws.com/tekes/ovd registry_url=12345678.dkr.ecr.il-central-1.amazonaws.com\nFATA[0000] could not get tags: Get "https://12345678.dkr.ecr.il-central-1.amazonaws.com/v2/tekes/ovd/tags/list": no basic auth credentials',
    source: 'argoproj-labs/argocd-image-updater#929',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'argocd-image-updater\'s `test` command read the tags with no credential for the ECR host although registries were configured for the pod. The log fields after "no basic auth credentials" on the FATA line are left out (the stored copy cuts them).'
  },
  {
    id: 'dev120-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'time="2022-12-05T09:33:14Z" level=info msg=/scripts/ecr-login.sh dir= execID=657b6\ntime="2022-12-05T09:33:15Z" level=error msg="Could not set registry endpoint credentials: invalid script output, must be single line with syntax <username>:<password>" alias= application=ui-connectivity image_name=qa image_tag=latest registry=<aws-number>.dkr.ecr.eu-central-1.amazonaws.com',
    source: 'argoproj-labs/argocd-image-updater#500',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials', 'aws-access-denied'],
    case: 'token-command-empty',
    note: "needs the thread: the credentials script is `aws ecr get-authorization-token … | base64 -d`, which prints `AWS:<token>` on one line when the call succeeds; an invalid output means the aws call printed nothing (no credential for the pod's role, or a refusal). INFERENCE: the thread is closed without a stated fix. The post masked the account (`<aws-number>`), so the host is a placeholder."
  },
  {
    id: 'dev120-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'GTAApi could not be published as Container Image to Amazon Elastic Container Registry (ECR): Failed to push Docker Image due to the following reason:\ndenied: Your authorization token has expired. Reauthenticate and try again.',
    source: 'aws/aws-toolkit-visual-studio#464',
    expected: 'token-expired',
    note: "The AWS Toolkit for Visual Studio's publish to ECR. The text names no registry host; the host is a placeholder of the same family."
  },
  {
    id: 'dev120-ecr-06',
    family: 'ecr',
    host: 'our.custom.registry.tld',
    text: 'aws ecr get-login-password | docker login --username AWS --password-stdin our.custom.registry.tld\nLogin Succeeded\ndocker pull our.custom.registry.tld/image\nUsing default tag: latest\nError response from daemon: failed to resolve reference "our.custom.registry.tld/image:latest": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials',
    source: 'httptoolkit/docker-registry-facade#2',
    expected: 'missing-credentials',
    alsoAcceptable: ['registry-mismatch'],
    note: "needs the thread: the custom host is a CloudFront function that answers with a 307 redirect to ECR; the login is stored for the custom host, and the pull that followed the redirect carried no credential for ECR's own host. INFERENCE: nobody in the thread found a fix. Two code blocks (login, pull) joined, their `>` prompts and an empty prompt line dropped; the host is the readable name the reporter masked with, kept as posted."
  },
  {
    id: 'dev120-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '2022/03/25 13:13:54 Error pushing image to [AWS Account ID].dkr.ecr.us-east-1.amazonaws.com/[Repository]/[Img Name]:latest: unable to push image to [AWS Account Id].dkr.ecr.us-east-1.amazonaws.com/[Repository]/[Img Name]:latest: Post "https://[AWS Account ID].dkr.ecr.us-east-1.amazonaws.com/v2/[Repository]/[Img Name]/blobs/uploads/": EOF',
    source: 'bazelbuild/rules_docker#2049',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: 'rules_docker container_push with the ECR credential helper. ECR answers a blob upload to a repository that does not exist by closing the connection (EOF), while a refused credential gets a 401 or a denial; a network fault would read the same. INFERENCE: the stored thread shows no fix. The reporter masked account and names with bracketed words (kept in the text); the host is a placeholder.'
  },
  {
    id: 'dev120-ecr-08',
    family: 'ecr',
    host: '123123123.dkr.ecr.us-west-2.amazonaws.com',
    text: '{"level":"error","ts":"2022-11-09T00:11:52.376Z","msg":"Reconciler error","controller":"helmchart","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"HelmChart","HelmChart":{"name":"trino-trino","namespace":"httpbin"},"namespace":"httpbin","name":"trino-trino","reconcileID":"5d4faa2f-0a9b-4a85-8bd1-bd7b20ae0581","error":"chart pull error: failed to download chart for remote reference: pulling from host 123123123.dkr.ecr.us-west-2.amazonaws.com failed with status code [manifests 1.1.5]: 401 Unauthorized"',
    source: 'fluxcd/source-controller#951',
    expected: 'missing-credentials',
    note: 'needs the thread: the issue (labelled bug) is that Flux\'s ECR auto-login gave no credential for a chart stored at the root of an ECR repository, though the source-controller\'s service account has a role that may read it (fluxcd/pkg#429 follows it up); the text alone (401) could also be a refused credential. The log line\'s "stacktrace" field after "error" is left out.'
  },
  {
    id: 'dev120-ecr-09',
    family: 'ecr',
    host: 'xxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com',
    text: "2020-04-29 22:10:30.385  WARN 1 --- [ecutionAction-0] c.n.s.c.d.r.a.v.c.DockerRegistryClient   : Registry https://xxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com returned status 400 for request '_catalog' without a WWW-Authenticate header\n2020-04-29 22:10:30.390  WARN 1 --- [ecutionAction-0] c.n.s.c.d.r.a.v.c.DockerRegistryClient   : Error encountered during catalog of null\n\nretrofit.RetrofitError: 400 Bad Request",
    source: 'spinnaker/spinnaker#5723',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials', 'invalid-credentials'],
    case: 'token-command-empty',
    note: 'needs the thread: Spinnaker\'s clouddriver gets the ECR password from a password command (aws ecr get-authorization-token); on local kubeadm VMs the container has no AWS credentials ("How do I provide AWS related permissions to the clouddriver container?") while the same configuration works on kops in AWS, and ECR answers 400 to an empty or garbled Basic password. INFERENCE: the issue was closed as stale. Markdown quote marks and the stack frames after the RetrofitError line dropped.'
  },
  {
    id: 'dev120-ecr-10',
    family: 'ecr',
    host: '980970363349.dkr.ecr.us-west-2.amazonaws.com',
    text: 'User: arn:aws:sts::980970363349:assumed-role/AmazonSageMaker-ExecutionRole-20200806T154123/SageMaker is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:980970363349:repository/test',
    source: 'aws/amazon-sagemaker-examples#1443',
    expected: 'insufficient-scope',
    note: 'A push from a SageMaker notebook whose execution role may not upload layers (the issue says it works once a permission is added outside the instance). The surrounding quotation marks dropped; the host is built from the account and region of the ARN.'
  },
  {
    id: 'dev120-ecr-11',
    family: 'ecr',
    host: 'NNNN.dkr.ecr.us-west-2.amazonaws.com',
    text: 'time="2023-11-21T00:22:55Z" level=debug msg="Retrieving credentials" region=us-west-2 registry=NNNN serverURL=NNNN.dkr.ecr.us-west-2.amazonaws.com service=ecr\ntime="2023-11-21T00:22:55Z" level=debug msg="Checking file cache" registry=NNNN\ntime="2023-11-21T00:22:55Z" level=debug msg="Cached token is no longer valid" expiresAt="2023-11-17 07:24:04.14 +0000 UTC" requestedAt="2023-11-16 19:24:04.151845422 +0000 UTC"\ntime="2023-11-21T00:22:55Z" level=debug msg="Calling ECR.GetAuthorizationToken" registry=NNNN\ntime="2023-11-21T00:22:55Z" level=info msg="Got error fetching authorization token. Falling back to cached token." error="ecr: Failed to get authorization token: not found, ResolveEndpointV2"',
    source: 'awslabs/amazon-ecr-credential-helper#680',
    expected: 'credential-store-error',
    alsoAcceptable: ['token-expired'],
    case: 'credential-helper',
    note: "The ECR credential helper's own log: its AWS SDK could not resolve the ECR endpoint, and it fell back to a cached token that had expired four days before. INFERENCE: the issue is open with no fix in the stored thread. Markdown quote marks dropped; the account is masked as posted (NNNN)."
  },
  {
    id: 'dev120-ecr-12',
    family: 'ecr',
    host: '783794618700.dkr.ecr.us-west-2.amazonaws.com',
    text: '2022-10-25T15:57:09.198Z\tV6\tExecuting command\t{"cmd": "/usr/bin/docker pull 783794618700.dkr.ecr.us-west-2.amazonaws.com/harbor/harbor-log@sha256:68b259ff53a56280004ee40b8f4d466b10b288564de1bd53e0e3711207462e5b"}\n2022-10-25T15:57:09.231Z\tV9\tdocker\t{"stderr": "Error response from daemon: Get \\"https://783794618700.dkr.ecr.us-west-2.amazonaws.com/v2/adot/aws-observability/aws-otel-collector/manifests/sha256:34b9ab82bda4996858e16baa2878dcd8ff5eec9365ca183292d4601d7a97260b\\": no basic auth credentials\\n"}',
    source: 'aws/eks-anywhere#3836',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "`eksctl anywhere download images --include-packages` pulled the curated packages from EKS Anywhere's private ECR without a login for that registry; the maintainers point to the packages authentication step."
  },
  {
    id: 'dev120-ecr-13',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: '{"level":"fatal","ts":1740398253.4376733,"caller":"./main.go:53","msg":"Command failed","error":"operation error ECR: GetAuthorizationToken, exceeded maximum number of attempts, 3, https response error StatusCode: 503, RequestID: , deserialization failed, failed to decode response body, invalid character \'<\' looking for beginning of value","stacktrace":"main.main\\n\\t./main.go:53\\nruntime.main\\n\\truntime/proc.go:267"}',
    source: 'aws/eks-hybrid#367',
    expected: 'registry-unreachable',
    note: 'nodeadm init on an EKS hybrid node: the ECR API answered 503 with an HTML page; the thread says a corporate firewall blocked api.ecr.ap-southeast-1.amazonaws.com. The text names no registry host; the host is a placeholder of the same family and region.'
  },
  {
    id: 'dev120-ecr-14',
    family: 'ecr',
    host: '387483478344.eu-west-2.amazonaws.com',
    text: 'Warning  Failed                 7m13s (x2 over 7m24s)   kubelet, ip-192-168-5-57.eu-west-2.compute.internal  Failed to pull image "387483478344.eu-west-2.amazonaws.com/demo:master": rpc error: code = Unknown desc = unauthorized: authentication required',
    source: 'coreos/tectonic-forum#318',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'A kubelet of a Tectonic cluster on EC2 pulling from ECR with no credential configured: the reporter asks how to set up ECR pulls at all. The image name is posted without `.dkr.ecr` (kept as posted, host too).'
  },
  {
    id: 'dev120-ecr-15',
    family: 'ecr',
    host: 'numbers.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'sudo docker pull numbers.dkr.ecr.eu-west-1.amazonaws.com/my-repo:1.0.0\nError response from daemon: Head "https://numbers.dkr.ecr.eu-west-1.amazonaws.com/v2/my-repo/manifests/1.0.0": no basic auth credentials',
    source: 'awslabs/amazon-ecr-credential-helper#418',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "The ECR helper was set up in the user's ~/.docker/config.json and the AWS keys exported in the user's shell, but docker ran under sudo, which reads neither; the reporter's answer is cut in the stored copy (\"I found th…\"). Markdown quote marks dropped; the host is the reporter's readable mask, kept as posted."
  },
  {
    id: 'dev120-ecr-16',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error saving credentials: open /home/runner/.docker/config.json2271103188: permission denied',
    source: 'CloudSnorkel/cdk-github-runners#117',
    expected: 'credential-store-error',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'aws-actions/amazon-ecr-login on a self-hosted runner of cdk-github-runners: docker could not write the temporary file of its config in ~/.docker (a file permission of the runner image, "feels like a file system issue"); the token was fine. The post names no host; the host is a placeholder.'
  },
  {
    id: 'dev120-ecr-17',
    family: 'ecr',
    host: '266174327389.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'failed to solve: failed to do request: Head https://266174327389.dkr.ecr.eu-west-1.amazonaws.com/v2/shared-mysql/manifests/latest: dial tcp: lookup',
    source: 'vmware-archive/builder-task#10',
    expected: 'registry-unreachable',
    note: 'BuildKit in Concourse\'s builder-task resolving a FROM image on ECR: the name lookup of the registry host failed after 10 s. The stored copy cuts the line inside the host name after "lookup"; the text stops there. INFERENCE: the stored thread shows no fix.'
  },
  {
    id: 'dev120-not-login-01',
    family: 'not-login',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError: open /etc/docker/certs.d/[account id].dkr.ecr.eu-central-1.amazonaws.com: permission denied',
    source: 'helm/helm#7280',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "helm 3.0's experimental `helm registry login` to ECR read docker's certs.d folder for the host, which the user may not open: a file permission, not the token. The reporter masked the account (`[account id]`, kept in the text); the host is a placeholder."
  },
  {
    id: 'dev120-not-login-02',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: '#2 [internal] load metadata for public.ecr.aws/amazonlinux/amazonlinux:latest\n#2 ERROR: no match for platform in manifest: not found',
    source:
      'aws-actions/vulnerability-scan-github-action-for-amazon-inspector#110',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: "The action's own Dockerfile FROM public.ecr.aws/amazonlinux/amazonlinux:latest: the image index held no manifest for the runner's platform at the time. Leading indentation dropped; the last ERROR line of the log is cut in the stored copy and not taken."
  },
  {
    id: 'dev120-not-login-03',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: '➜ HELM_EXPERIMENTAL_OCI=1 helm pull oci://public.ecr.aws/aws-controllers-k8s/s3-chart --version v0.0.5 -d /tmp/chart\nv0.0.5: Pulling from public.ecr.aws/aws-controllers-k8s/s3-chart\nError: manifest does not contain a layer with mediatype application/tar+gzip',
    source: 'aws-controllers-k8s/community#1169',
    expected: 'not-a-login-failure',
    note: 'Helm 3.6 cannot read charts pushed in the Helm 3.7+ OCI format; the reporter confirms that upgrading to Helm 3.8 fixed it.'
  },
  {
    id: 'dev120-not-login-04',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: 'helm pull $CHART_REF\nError: repo public.ecr.aws not found',
    source: 'helm/helm#10509',
    expected: 'not-a-login-failure',
    note: 'needs the thread: CHART_REF was `public.ecr.aws/aws-controllers-k8s/apigatewayv2-controller:v0.0.8`, with no `oci://` (and the controller image, not its chart), so helm looked for a chart repository named public.ecr.aws in its own configuration; the answer points to the chart in the ECR Public Gallery. Nothing was asked of the registry.'
  }
]

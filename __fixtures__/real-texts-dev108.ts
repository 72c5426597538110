/**
 * The hundred-and-eighth development set ("dev108": Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-eighth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV108: readonly RealText[] = [
  {
    id: 'dev108-ecr-01',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'unable to get digest: Got bad response from registry: 400 Bad Request',
    source: 'kreuzwerker/terraform-provider-docker#622',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the error as quoted in the issue's title (terraform-provider-docker's docker_registry_image pushing to public.ecr.aws with data.aws_ecrpublic_authorization_token); the failure comes after the push, when the provider reads the digest, and public.ecr.aws answers 400 to an Authorization header it does not take. INFERENCE: the stored thread shows no fix; a provider that reads the digest with a credential public ECR refuses, not a wrong credential, is the likelier reading"
  },
  {
    id: 'dev108-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: "stefano@stefano-XPS:~$ aws ecr get-login\ndocker login -u AWS -p XXX -e none https://xxx.dkr.ecr.eu-west-1.amazonaws.com\nunknown shorthand flag: 'e' in -e\nSee 'docker login --help'.",
    source: 'aws/aws-cli#7783',
    expected: 'unknown',
    alsoAcceptable: ['not-a-login-failure'],
    note: "the docker login command that AWS CLI v1's get-login prints carries -e, which docker 17.06 and later removed: docker refused its own command line, no credential was sent (fix: --no-include-email, or get-login-password). No id names a refused command line. The token and the account were masked by the poster (XXX, xxx); host is a placeholder of the same region"
  },
  {
    id: 'dev108-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '% aws ecr get-login --no-include-email     \n\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\naws: error: argument operation: Invalid choice',
    source: 'devteds/e9-cloudformation-docker-ecs#2',
    expected: 'unknown',
    alsoAcceptable: ['missing-credentials'],
    note: "AWS CLI v2 has no `ecr get-login` (the thread: use get-login-password): the token command failed before any docker login ran, so nothing logs in (`aws ecr get-login --no-include-email | sh`). Neither the AWS CLI's usage error nor a removed subcommand has an id; missing-credentials (the login that then has no token) is defensible. The post names no registry; host is a placeholder"
  },
  {
    id: 'dev108-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error Message: CannotPullContainerError: context canceled.\nStatus reason: DockerTimeoutError: Could not transition to started; timed out after waiting 3m0s',
    source:
      'https://7thzero.com/blog/limiting-outbound-egress-traffic-while-using-aws-fargate-and-ecr',
    expected: 'registry-unreachable',
    note: "needs the thread: a Fargate task in a VPC without outbound egress; the post's fix was the ECR (api, dkr) and S3 VPC endpoints with private DNS, i.e. no network path to the registry. The two lines were posted as two bullets (kept as two lines). The post names no registry host; host is a placeholder of the region it names (us-east-1)"
  },
  {
    id: 'dev108-ecr-05',
    family: 'ecr',
    host: '472662001309.dkr.ecr.eu-central-1.amazonaws.com',
    text: "Invoking 'C:\\Windows\\system32\\docker.exe' with command 'login'\n##[debug]arguments:\n##[debug]   login\n##[debug]   -u\n##[debug]   AWS\n##[debug]   -p\n##[debug]   xxx\n##[debug]   https://472662001309.dkr.ecr.eu-central-1.amazonaws.com/\n##[debug]Process exited with code 1 and signal null for tool 'C:\\Windows\\system32\\docker.exe'\n##[error]Error: The process 'C:\\Windows\\system32\\docker.exe' failed with exit code 1",
    source: 'aws/aws-toolkit-azure-devops#590',
    expected: 'unknown',
    alsoAcceptable: ['credential-store-error'],
    note: "the AWS Toolkit's ECRPushImage task on a windows-2022 Azure Pipelines agent: docker login exited 1 and the log shows no reason. Trimmed: the `which`/`found`/`arg:` debug lines between the first line and `arguments:` and the debug lines after the error are left out. The token was masked by the poster (xxx). INFERENCE: the thread shows no fix; a known cause on Windows is wincred refusing the long ECR token (`The stub received bad data`), hence credential-store-error as also acceptable"
  },
  {
    id: 'dev108-ecr-06',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error response from daemon: Get "https://public.ecr.aws/v2/": net/http: TLS handshake timeout',
    source: 'Skyvern-AI/skyvern#1061',
    expected: 'registry-unreachable',
    note: "`docker compose up` pulling the project's images from public.ecr.aws on macOS; the maintainer suspected a transient error to ECR and pulled fine"
  },
  {
    id: 'dev108-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Could not login to registry xxxxxxxx WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://xxxxxxxxxxxx.amazonaws.com/v2/": net/http: TLS handshake timeout',
    source: 'aws-actions/amazon-ecr-login#607',
    expected: 'registry-unreachable',
    note: 'amazon-ecr-login@v2 on ubuntu-latest; the reporter closed it as caused by the March 2024 undersea cable outages in Africa. The registry host was masked by the poster (kept in the text); host is a placeholder'
  },
  {
    id: 'dev108-ecr-08',
    family: 'ecr',
    host: '690557453776.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Encountered error during executing: docker push,690557453776.dkr.ecr.us-east-1.amazonaws.com/serverless-docker-selenium-lambda-prod:img\nOutput of the command:\nThe push refers to repository [690557453776.dkr.ecr.us-east-1.amazonaws.com/serverless-docker-selenium-lambda-prod]\nHead "https://690557453776.dkr.ecr.us-east-1.amazonaws.com/v2/serverless-docker-selenium-lambda-prod/blobs/sha256:8c82c571103636517888d46ddd60d59565ab0f7bfc96eba351016faf16d35584": Bad Gateway',
    source: 'umihico/docker-selenium-lambda#123',
    expected: 'registry-unreachable',
    note: '`sls deploy` (Serverless Framework) pushing to ECR; the 22 layer progress lines (Preparing, Waiting, Pushed) between `The push refers to` and the error are left out. The reporter restarted and it worked'
  },
  {
    id: 'dev108-ecr-09',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'Error:\nEncountered error during executing: docker push,XXXXXXXXXXXX.dkr.ecr.eu-west-1.amazonaws.com/serverless-public-api:server-publicapi\nOutput of the command:\nThe push refers to repository [XXXXXXXXXXXX.dkr.ecr.eu-west-1.amazonaws.com/serverless-public-api]\n763ac63792f3: Preparing\n59d3f253c6c7: Preparing\n... removed a few...\nae56c0c5405b: Preparing\nca745f79e3b0: Waiting\n763ac63792f3: Retrying in 5 seconds\n59d3f253c6c7: Retrying in 5 seconds\n... a ton more of these. ..\n128128ebb44b: Retrying in 1 second\nEOF',
    source: 'eddmann/serverless-fargate#51',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure', 'unknown'],
    note: "needs the thread: pushes that retry and end in EOF are often an IAM or missing-repository refusal on ECR, but the reporter could push by hand and a reboot of the deploy server (which had file I/O failures too) fixed it. INFERENCE: no cause was confirmed. The `... removed a few...` and `... a ton more of these. ..` lines are the poster's; a few Waiting/Retrying lines are trimmed further. The account was masked by the poster (kept); host is a placeholder"
  },
  {
    id: 'dev108-ecr-10',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Authenticating with AWS ECR :ecr: :docker:\n[2021-09-07T21:18:59Z] ^^^ Authenticating with AWS ECR in *** for *** :ecr: :docker:\n[2021-09-07T21:19:14Z] Error response from daemon: Get https://***.dkr.ecr.***.amazonaws.com/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'buildkite-plugins/ecr-buildkite-plugin#71',
    expected: 'registry-unreachable',
    note: "occasional failures of the Buildkite ECR plugin's docker login (the fix added retries). The account and region were masked by the poster (kept); host is a placeholder"
  },
  {
    id: 'dev108-ecr-11',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'Failed to pull image "xxx.dkr.ecr.eu-central-1.amazonaws.com/xx/x:0.0.3": failed to pull and unpack image "xxx.dkr.ecr.eu-central-1.amazonaws.com/xx/x:0.0.3": failed to resolve reference "xxx.dkr.ecr.eu-central-1.amazonaws.com/xx/x:0.0.3": unexpected status from HEAD request to https://xxx.dkr.ecr.eu-central-1.amazonaws.com/v2/xx/x/manifests/0.0.3: 400 Bad Request',
    source: 'vitobotta/hetzner-k3s#361',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'token-expired'],
    note: 'needs the thread: a k3s cluster on Hetzner (containerd) pulling a private ECR image; the reporter, new to k3s, asks whether ECR can be used at all and moved to Docker Hub with a regcred, so the nodes had no working ECR credential (a 12-hour token in registries.yaml that expired would read the same). INFERENCE: no fix with ECR. Labelled by the convention for a pull of a private image without a login that may read it. The account and names were masked by the poster (kept); host is a placeholder'
  },
  {
    id: 'dev108-ecr-12',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '2023-10-01T09:37:45.720+0100\tERROR\tError during vulnerabilities or misconfiguration scan: scan error: unable to initialize a scanner: unable to initialize a docker scanner: 4 errors occurred:\n\t* unable to inspect the image (<my-aws-registry>/<my-microservice>:<image-tag>): Error response from daemon: No such image: <my-aws-registry>/<my-microservice>:<image-tag>\n\t* containerd socket not found: /run/containerd/containerd.sock\n\t* unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\n\t* GET https://<my-aws-registry>/v2/<project>/<microservice>/manifests/<tag>: DENIED: Your authorization token has expired. Reauthenticate and try again.',
    source: 'aquasecurity/trivy#5310',
    expected: 'token-expired',
    note: "`trivy kubernetes` reading the cluster's images from ECR with the ECR token stored on the machine, which had expired (the remote read is the error that counts; the others are trivy's other image sources). The registry was masked by the poster (kept); host is a placeholder"
  },
  {
    id: 'dev108-ecr-13',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'FATAL\tFatal error\timage scan error: scan error: unable to initialize a scanner: unable to initialize an image scanner: unable to find the specified image "<ecr-docker-image-url>" in ["docker" "containerd" "podman" "remote"]: 4 errors occurred:\n\t* docker error: unable to inspect the image (<ecr-docker-image-url>): Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n\t* containerd error: containerd socket not found: /run/containerd/containerd.sock\n\t* podman error: unable to initialize Podman client: no podman socket found: stat podman/podman.sock: no such file or directory\n\t* remote error: GET : unexpected status code 401 Unauthorized: Not Authorized',
    source: 'aquasecurity/trivy#7161',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: trivy (bitnami/trivy image) in a GitLab CI job scanning an image already pushed to ECR, with no docker daemon in the job: the remote read reached ECR without a credential it took (ECR's 401 `Not Authorized`). INFERENCE: the stored thread shows no fix. Labelled by the convention for a pull of a private image without a login that may read it. The image was masked by the poster (kept); host is a placeholder"
  },
  {
    id: 'dev108-ecr-14',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'DEBUG: ECR getAuthorizationToken error (repository=org/repo)\n WARN: No docker auth found - returning (repository=org/repo)',
    source: 'mend/renovate-ce-ee#304',
    expected: 'aws-access-denied',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Renovate (Mend on-premises) with an IAM user's keys in hostRules; the IAM policy posted allows only repository actions on arn:aws:ecr:us-west-2:<account id>:…, no ecr:GetAuthorizationToken on *, so the token request is refused. INFERENCE: the stored thread shows no confirmed fix, and the text does not say why the call failed. The post names no registry; host is a placeholder of the region in the policy"
  },
  {
    id: 'dev108-ecr-15',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ca-central-1.amazonaws.com',
    text: 'ExecError: Command failed: helm dependency update --registry-config /tmp/renovate/cache/__renovate-private-cache/registry.json --repository-config /tmp/renovate/cache/__renovate-private-cache/repositories.yaml --repository-cache /tmp/renovate/cache/__renovate-private-cache/repositories <repo name>\nError: could not download oci://<aws-account>.dkr.ecr.ca-central-1.amazonaws.com/<sub-chart name>: pulling from host <aws-account>.dkr.ecr.ca-central-1.amazonaws.com failed with status code [manifests 0.5.2]: 401 Unauthorized',
    source: 'renovatebot/renovate#19241',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'dependency-bot',
    note: "needs the thread: Renovate ran `helm dependency update` without handing helm an ECR credential (the issue is the feature request to pass ECR credentials to helm); copied from the `stack` string of Renovate's JSON log, whose `\\n` is a line break here and whose `at ChildProcess…` frames are left out. The account and names were masked by the poster (kept); host is a placeholder"
  },
  {
    id: 'dev108-ecr-16',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: '  proxy | 2021/09/09 10:39:04 [012] GET https://public.ecr.aws:443/v2/prima/elixir/tags/list\n  proxy | 2021/09/09 10:39:04 [012] * authenticating docker registry request (host: public.ecr.aws)\n  proxy | 2021/09/09 10:39:05 [012] 400 https://public.ecr.aws:443/v2/prima/elixir/tags/list\nupdater | ERROR <job_200928659> Error processing prima/elixir (RestClient::BadRequest)\nupdater | ERROR <job_200928659> 400 Bad Request',
    source: 'dependabot/dependabot-core#4212',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: 'needs the thread: the Dependabot registry entry for https://public.ecr.aws gave an AWS access key id and secret as username and password; public.ecr.aws takes an ecr-public token (or nothing, for public images) and answers 400 to a credential it does not take. The updater line to Sentry and the proxy lines for sentry.io between are left out'
  },
  {
    id: 'dev108-ecr-17',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'ERROR: Job failed: failed to pull image ... with specified policies [always]: Error response from daemon: Head ...: no basic auth credentials (manager.go:237:0s)',
    source: 'pepperize/cdk-autoscaling-gitlab-runner#698',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "a GitLab runner (docker+machine, built with CDK) pulling a job image from private ECR with no ECR login for the pull (the runner's docker had no ecr-login helper or DOCKER_AUTH_CONFIG for the host). The image and host were left out by the poster (`...`, kept); host is a placeholder"
  },
  {
    id: 'dev108-ecr-18',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: '[AppRunner] Failed to pull your application image. Be sure you configure your service with a valid access role to your ECR repository.',
    source: 'aws-containers/hello-app-runner#3',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'repository-not-found'],
    note: "needs the thread: App Runner pulls with its ECR access role; in the thread the role App Runner created could not be assumed (the issue's title), and one commenter's cause was an ECR repository in another region than the service. INFERENCE: the commenter who posted this text reports no fix. The post names no registry; host is a placeholder of the region named in the thread"
  },
  {
    id: 'dev108-ecr-19',
    family: 'ecr',
    host: '542754589326.dkr.ecr.us-east-1.amazonaws.com',
    text: 'null_resource.image_XjUqB-QI7ittxKZxCMAvdh8U_GY (local-exec): 2024-05-02 18:11:23,031   DEBUG MainThread azul.docker: 542754589326.dkr.ecr.us-east-1.amazonaws.com/docker.io/gitlab/gitlab-ce:16.11.1-ce.0: docker push {"errorDetail":{"message":"denied: User: arn:aws:sts::542754589326:assumed-role/viewer/dsotirho@ucsc.edu is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:542754589326:repository/docker.io/gitlab/gitlab-ce because no identity-based policy allows the ecr:InitiateLayerUpload action"},"error":"denied: User: arn:aws:sts::542754589326:assumed-role/viewer/dsotirho@ucsc.edu is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:542754589326:repository/docker.io/gitlab/gitlab-ce because no identity-based policy allows the ecr:InitiateLayerUpload action"}',
    source: 'DataBiosphere/azul#6231',
    expected: 'insufficient-scope',
    note: 'a deployment run with a read-only (viewer) role pushed to ECR through docker-py, whose JSON answer is logged as is'
  },
  {
    id: 'dev108-not-login-01',
    family: 'not-login',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'FATAL unable to initialize a scanner: unable to initialize a filesystem scanner: authentication required',
    source: 'aquasecurity/trivy#694',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the command was `trivy --debug repo <TENANT_ID>.dkr.ecr.eu-central-1.amazonaws.com/image:latest`: `trivy repo` scans a git repository, so it tried to clone the image reference over git, and the `authentication required` is git's, not ECR's (the fix is `trivy image`). INFERENCE: the stored thread shows no confirmed fix. Host is a placeholder for the masked account"
  },
  {
    id: 'dev108-not-login-02',
    family: 'not-login',
    host: '767520670908.dkr.ecr.us-west-2.amazonaws.com',
    text: "Error: failed to publish images: error publishing ko://github.com/ellistarn/kube-event-bridge/cmd/controller: writing sbom: PUT https://767520670908.dkr.ecr.us-west-2.amazonaws.com/v2/kube-event-bridge/controller/manifests/sha256-7080477680a6fd9b077fe590442383b759e300a5ab628439cefd5d4f012fd5e1.sbom: UNSUPPORTED: Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'Invalid JSON syntax'",
    source: 'ko-build/ko#928',
    expected: 'not-a-login-failure',
    note: "ko v0.12 pushing its SBOM to ECR: ECR refused the manifest's format, not the credential (works with v0.11.2). The second, repeated log line of the post is left out"
  },
  {
    id: 'dev108-not-login-03',
    family: 'not-login',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: "failed to copy index: PUT https://xxxxx.dkr.ecr.an-aws-region.amazonaws.com/v2/library/ubuntu/manifests/sha256:e5dd9dbb37df5b731a6688fa49f4003359f6f126958c9c928f937bec69836320: UNSUPPORTED: Invalid parameter at 'imageTag' failed to satisfy constraint: 'must satisfy regular expression '[a-zA-Z0-9-_.]+''",
    source: 'google/go-containerregistry#704',
    expected: 'not-a-login-failure',
    note: 'crane copy from Docker Hub to ECR: ECR refused to store an image index by digest without a tag, not the credential. The post set the line in Markdown italics (underscores left out). The account and region were masked by the poster (kept); host is a placeholder'
  },
  {
    id: 'dev108-not-login-04',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '2017-07-31T08:42:37Z [INFO] Error transitioning container module="TaskEngine" task="<OUR_TASK_DEFINITION> arn:aws:ecs:<AWS_REGION>:<ACCOUNT_ID>):task/815da137-4291-4ebe-a9af-47ba2846f629, Status: (NONE->RUNNING) Containers: [<CONTAINER_NAME> (NONE->RUNNING),]" container="<CONTAINER_NAME>(<ACCOUNT_ID>).dkr.ecr.<AWS_REGION>.amazonaws.com/<IMAGE_NAME>) (NONE->RUNNING)" state="PULLED" error="write /var/lib/docker/tmp/GetImageBlob102484030: no space left on device"',
    source: 'aws/amazon-ecs-agent#716',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "an ECS container instance pulling a large image from ECR: docker's temporary directory (/var/lib/docker/tmp, not on the attached EBS volumes) ran out of space; the pull was authorised. A line of ecs-agent.log from a comment; account, region and names were masked by the poster (kept); host is a placeholder"
  }
]

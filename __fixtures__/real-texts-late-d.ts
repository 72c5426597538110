/**
 * The late set, part D (Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry error texts
 * collected on 2026-11-29 as a held-out measure, labelled before anyone
 * ran the classifier on them and never shown to the people writing its
 * rules (docs/real-texts.md, "The late set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_LATE_D: readonly RealText[] = [
  {
    id: 'late-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error response from daemon: Login: 404 page not found\n (Code: 404; Headers: map[Content-Length:[19] Content-Type:[text/plain; charset=utf-8] Date:[Mon, 17 Jul 2017 11:59:07 GMT] Docker-Distribution-Api-Version:[registry/2.0] X-Content-Type-Options:[nosniff]])',
    source: 'docker/for-mac#1876',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the text names neither the host nor ECR; the thread says it is a docker login to an ECR registry that fails about once in a few hundred runs and succeeds otherwise, so a passing fault of the registry, not of the credential. INFERENCE: closed as stale, no cause found. The time stamp at the start of both lines is trimmed; the post names no host, so host is a placeholder.'
  },
  {
    id: 'late-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Error response from daemon: login attempt to https://XXXXXX.dkr.ecr.us-west-2.amazonaws.com/v2/ failed with status: 400 Bad Request',
    source: 'docker-archive/for-aws#187',
    expected: 'invalid-credentials',
    alsoAcceptable: ['malformed-credentials'],
    note: 'ECR answers a docker login with 400 when the password is no valid authorization token for that registry (one fetched for another region or account, or garbled on its way). The reporter says the same commands work when pasted by hand but not from the script, which points at the token the script passes, hence malformed-credentials is also defensible. INFERENCE: the stored thread shows no confirmed fix. The Markdown quote marker before the line is dropped; the account id is masked in the post, so host is a placeholder.'
  },
  {
    id: 'late-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam:... is not authorized to perform: ecr:GetAuthorizationToken on resource: *\nError: Cannot perform an interactive login from a non TTY device',
    source: 'CircleCI-Public/aws-ecr-orb#144',
    expected: 'aws-access-denied',
    note: 'The ARN is shortened in the post (kept as posted); the text names no registry host, so host is a placeholder.'
  },
  {
    id: 'late-ecr-04',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error response from daemon: Get https://public.ecr.aws/v2/: denied: Not Authorized',
    source: 'docker/login-action#38',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "needs the thread: the text alone cannot tell what was sent. The maintainer answers that public ECR support was merged into login-action but not released (the runners' AWS CLI lacked ecr-public), so the released action sent the AWS keys to public.ecr.aws as a plain username and password instead of exchanging them for a token (what case ecr-off describes for private ECR). INFERENCE: the reporter did not confirm. Copied from inline code in the description."
  },
  {
    id: 'late-ecr-05',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Step 1/9 : ARG IMAGE=public.ecr.aws/sam/build-python3.7\nStep 2/9 : FROM $IMAGE\ntoomanyrequests: Rate exceeded\ndocker exited with status 1\nSubprocess exited with error 1',
    source: 'aws/aws-cdk#16927',
    expected: 'rate-limited',
    note: 'The job logged in to its private ECR registry only, so the pulls from public.ecr.aws were anonymous and met its low anonymous limit.'
  },
  {
    id: 'late-ecr-06',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Step 1/19 : FROM public.ecr.aws/docker/library/gradle:jdk11 as gradle\ntoomanyrequests: Rate exceeded\n[100%] fail: docker build --tag <some_tag> --platform linux/amd64 . exited with error code 1: toomanyrequests: Rate exceeded',
    source: 'aws/aws-cdk#23923',
    expected: 'rate-limited',
    note: 'The CDK lines after the error (Building assets failed and its stack trace) are trimmed.'
  },
  {
    id: 'late-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: Could not login: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: The stub received bad data.',
    source: 'aws-actions/amazon-ecr-login#106',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'needs the thread: the text does not name the helper; the thread is a Windows runner whose docker config names the Windows credential manager helper, and the workaround rewrites config.json without it. The leading space is trimmed; the text names no registry host, so host is a placeholder.'
  },
  {
    id: 'late-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "[ERROR] DOCKER> Error getting the version of the configured credential helper [Process 'docker-credential-ecr-login version' exited with status 1]",
    source: 'pottava/dockerized-ecr-credential-helper#3',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'The docker-maven-plugin calling the ecr-login credential helper named in the docker config, here a wrapper script that handled no version command; the workaround in the thread adds it. The text names no registry host, so host is a placeholder.'
  },
  {
    id: 'late-ecr-09',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-1.amazonaws.com',
    text: 'Failed to pull image "00000000000.dkr.ecr.us-west-1.amazonaws.com/project:tag": rpc error: code = Unknown desc = unauthorized: authentication required',
    source: 'heptio/aws-quickstart#213',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'A kubelet pull of a private ECR image on a cluster whose nodes were given no ECR credential (the same pull works with docker after an AWS login), the README\'s kubelet "authentication required" case; repository-not-found is the earlier sets\' convention for a private pull without a login. The account id is masked in the post, so host is a placeholder.'
  },
  {
    id: 'late-ecr-10',
    family: 'ecr',
    host: '602401143452.dkr.ecr.ap-south-1.amazonaws.com',
    text: 'Warning  FailedCreatePodSandBox  7s (x2 over 18s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "602401143452.dkr.ecr.ap-south-1.amazonaws.com/eks/pause:3.5": failed to pull image "602401143452.dkr.ecr.ap-south-1.amazonaws.com/eks/pause:3.5": failed to pull and unpack image "602401143452.dkr.ecr.ap-south-1.amazonaws.com/eks/pause:3.5": failed to resolve reference "602401143452.dkr.ecr.ap-south-1.amazonaws.com/eks/pause:3.5": unexpected status from HEAD request to https://602401143452.dkr.ecr.ap-south-1.amazonaws.com/v2/eks/pause/manifests/3.5: 401 Unauthorized',
    source: 'awslabs/amazon-eks-ami#1740',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "needs the thread: the thread is about the pause (sandbox) image being garbage-collected on EKS nodes; containerd then pulls it again itself, without the kubelet's ECR credential provider, so the request carries no credential and ECR answers 401. INFERENCE: the commenter who posted this event did not confirm the cause. The preceding Scheduled event line and leading spaces are trimmed."
  },
  {
    id: 'late-ecr-11',
    family: 'ecr',
    host: '123456789012.dkr.ecr.sa-east-1.amazonaws.com',
    text: 'time="2018-10-23T18:02:42.616639182-03:00" level=error msg="Not continuing with pull after error: denied: Your Authorization Token has expired. Please run \'aws ecr get-login --no-include-email\' to fetch a new one."\ntime="2018-10-23T18:02:42.616707624-03:00" level=error msg="pulling image failed" error="pull access denied for ######.dkr.ecr.sa-east-1.amazonaws.com/alegrafoods, repository does not exist or may require \'docker login\'" module=node/agent/taskmanager node.id=x0oha0bylllzz996u03ce6vq5 service.id=txgklyldus42z8qdyubwj81rd task.id=hwgbcw81hp7km87vvh4hx6pec',
    source: 'awslabs/amazon-ecr-credential-helper#118',
    expected: 'token-expired',
    note: 'Docker Swarm workers pulling an ECR image; the manager pulls through the ecr-login helper, the workers with a token that ECR says has expired (INFERENCE: the registry auth passed along from the manager, which lasts 12 hours; no fix is shown in the stored thread). A third log line (a warning about deleting an object) is trimmed; the account id is masked in the post, so host is a placeholder.'
  },
  {
    id: 'late-ecr-12',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "name unknown: The repository with name 'public.ecr.aws/k5n6o2s4/sadapay-test' does not exist in the registry with id '***'\nError: Process completed with exit code 1.",
    source: 'aws-actions/amazon-ecr-login#202',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-mismatch'],
    note: "The workflow gave a public ECR repository URI as the repository name; amazon-ecr-login logged in to the account's private registry, which has no repository of that name. registry-mismatch is also defensible, for the image was meant for public.ecr.aws, not the registry logged in to. The registry id is masked in the post, so host is a placeholder for the private registry."
  },
  {
    id: 'late-ecr-13',
    family: 'ecr',
    host: 'api.ecr.us-east-2.amazonaws.com',
    text: 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://api.ecr.us-east-2.amazonaws.com/": dial tcp [ANIPADDRESSIDONTWANTTOSHARE]: i/o timeout. Please check your task network configuration.',
    source: 'doctorray117/minecraft-ondemand#74',
    expected: 'registry-unreachable',
    note: 'An ECS Fargate task that could not reach the ECR API for its pull token (task network configuration). The address was masked by the reporter and is kept as posted; host is the ECR endpoint the text names.'
  },
  {
    id: 'late-ecr-14',
    family: 'ecr',
    host: 'api.ecr.us-east-1.amazonaws.com',
    text: 'ResourceInitializationError: unable to pull secrets or registry auth: The task cannot pull registry auth from Amazon ECR: There is a connection issue between the task and Amazon ECR. Check your task network configuration. RequestError: send request failed caused by: Post "https://api.ecr.us-east-1.amazonaws.com/": dial tcp 172.40.1.94:443: i/o timeout',
    source: 'aws/copilot-cli#5927',
    expected: 'registry-unreachable',
    note: 'An ECS task in a custom VPC that could not reach the ECR API; host is the ECR endpoint the text names.'
  },
  {
    id: 'late-ecr-15',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '------\n > exporting cache to registry:\n------\nerror: failed to solve: rpc error: code = Unknown desc = error writing manifest blob: failed commit on ref "sha256:dbddfa9dc32dd219457de9c9b1534f667024da6e36e5a085f7f52540fc9ef9af": unexpected status from PUT request to https://2xxxxxxx4.dkr.ecr.us-east-1.amazonaws.com/v2/myrepo/openedx/manifests/202409032122-cache: 400 Bad Request',
    source: 'overhangio/tutor#1118',
    expected: 'not-a-login-failure',
    note: 'A buildx registry cache export to ECR refused for its manifest format, not a credential failure. The lines before (importing cache manifest) and after (the command line that failed) are trimmed; the account id is masked in the post, so host is a placeholder.'
  },
  {
    id: 'late-ecr-16',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: "Step 1 : FROM *******.dkr.ecr.eu-west-1.amazonaws.com/net.ea.docker.php5:latest\nPulling repository *******.dkr.ecr.eu-west-1.amazonaws.com/net.ea.docker.php5\nunauthorized: authentication required\nBuild step 'Docker Build and Publish' marked build as failure",
    source: 'awslabs/amazon-ecr-credential-helper#16',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'no-login',
    note: 'needs the thread: the maintainer explains that docker build does not ask the credential helper for the registry of the FROM line (the CLI sends credentials only for registries listed in config.json), so the base image pull went out with no credential; credential-store-error is also defensible, for the helper setup is what fell short. The time stamps before each line are trimmed; the account id is masked in the post, so host is a placeholder.'
  },
  {
    id: 'late-ecr-17',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "Execution failed for task ':jib'.\n> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: The system does not have docker-credential-ecr-login CLI",
    source: 'GoogleContainerTools/jib#4176',
    expected: 'credential-store-error',
    note: "Jib is configured with the ecr-login credential helper, which is not on the PATH Jib sees (the reply points at the FAQ on helpers missing from an IDE's or daemon's PATH). INFERENCE: no confirmed fix in the stored thread. The post gives no repository URI, so host is a placeholder."
  }
]

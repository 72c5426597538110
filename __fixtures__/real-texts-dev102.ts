/**
 * The hundred-and-second development set ("dev102": Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-second development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV102: readonly RealText[] = [
  {
    id: 'dev102-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Driver Failure   failed to initialize task "xxxx" for alloc "44395b24-95c3-7598-8758-e0ed2363a2e1": Failed to find docker auth for repo "xxxx.dkr.ecr.xxxx.amazonaws.com/xxx/xxxxx": exec: "docker-credential-ecr-login": executable file not found in $PATH',
    source: 'hashicorp/nomad#4776',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Nomad's docker driver named the ecr-login helper, which is not on its PATH. The leading timestamp of the event line is trimmed; the post masked the account and region: host is a placeholder."
  },
  {
    id: 'dev102-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'level=error msg="Attempting next endpoint for pull after error: Get https://xxxxxxxxxxxx.dkr.ecr.us-west-2.amazonaws.com/v2/hello-world/manifests/latest: no basic auth credentials"',
    source: 'hashicorp/nomad#2233',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'A daemon log line (its time= prefix trimmed): Nomad asked docker to pull with no credential for the ECR host. The post masked the account id: host is a placeholder.'
  },
  {
    id: 'dev102-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Driver Failure   failed to initialize task "test-api" for alloc "c828eb7b-e396-d947-0d60-f6cf2064120d": Failed to find docker auth for repo "<XYZ>.dkr.ecr.us-west-2.amazonaws.com/test-api": docker-credential-ecr-login with input "https://<XYZ>.dkr.ecr.us-west-2.amazonaws.com/test-api" failed with stderr: 2017-11-09T06:22:10Z [ERROR] Error retrieving credentials: NoCredentialProviders: no valid providers in chain. Deprecated.',
    source: 'hashicorp/nomad#3526',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: 'The ecr-login helper ran and failed: it found no AWS credentials (an on-premise host, no instance role). The helper failing is the text\'s subject; the missing AWS credentials are its cause, hence missing-credentials too. The stored copy stops after "Deprecated." (the helper\'s "For verbose messaging" line is cut). The post masked the account: host is a placeholder.'
  },
  {
    id: 'dev102-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: '[Container] 2022/08/30 06:32:01 Running command docker push $REPOSITORY_URI:latest\nThe push refers to repository [XXXXXXXXXX.dkr.ecr.eu-west-1.amazonaws.com/gitoccupacy-backend-service]\n845237c43dbf: Retrying in 1 second\n94a688c21a1d: Retrying in 1 second\nEOF\n[Container] 2022/08/30 06:32:51 Command did not exit successfully docker push $REPOSITORY_URI:latest exit status 1',
    source: 'aws/aws-codebuild-docker-images#558',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a CodeBuild push to ECR that retries every layer and ends in a bare EOF; ECR answers so when the build role lacks the layer-upload permissions (ecr:InitiateLayerUpload and the rest), or when the repository does not exist. INFERENCE: the stored thread shows no fix. The CodeBuild console's line-number prefixes and the Preparing/Retrying progress lines between are trimmed; the post masked the account id: host is a placeholder."
  },
  {
    id: 'dev102-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ca-central-1.amazonaws.com',
    text: "BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE: Unable to pull customer's container image. CannotPullContainerError: Error response from daemon: pull access denied for *censored id number here*.dkr.ecr.ca-central-1.amazonaws.com/ami-build-env, repository does not exist or may require 'docker login'",
    source: 'kalrish/aws-csgo#6',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "needs the thread: CodeBuild could not pull its build image from the stack's own ECR repository right after the stack was deployed; the likeliest reading is that no image had been pushed to that repository yet, else that the CodeBuild role may not pull it. INFERENCE: the stored thread shows no fix. The reporter censored the account id in the text (kept as posted): host is a placeholder."
  },
  {
    id: 'dev102-ecr-06',
    family: 'ecr',
    host: '007439368137.dkr.ecr.eu-west-2.amazonaws.com',
    text: 'ValidationException\nThe repository of your image 007439368137.dkr.ecr.eu-west-2.amazonaws.com/sagemaker-tritonserver:25.09-py3 does not grant ecr:GetDownloadUrlForLayer, ecr:BatchGetImage, ecr:BatchCheckLayerAvailability permission to sagemaker.amazonaws.com service principal.',
    source: 'aws/deep-learning-containers#5657',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: "A pull refused by the repository's policy (an AWS-owned repository that did not grant SageMaker read): the convention for a denied pull."
  },
  {
    id: 'dev102-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-1.amazonaws.com',
    text: 'Sep 13 23:47:01 localhost CRON[9224]: (root) CMD (docker pull XXXXXX.dkr.ecr.us-west-1.amazonaws.com/my-image-repo:latest)\nSep 13 23:47:01 localhost dockerd[1298]: time="2024-09-13T23:47:01.737021888Z" level=info msg="Attempting next endpoint for pull after error: Get https://XXXXXX.dkr.ecr.us-west-1.amazonaws.com/v2/my-image-repo/manifests/latest: no basic auth credentials"\nSep 13 23:47:01 localhost dockerd[1298]: time="2024-09-13T23:47:01.737075289Z" level=error msg="Handler for POST /v1.40/images/create returned error: Get https://XXXXXX.dkr.ecr.us-west-1.amazonaws.com/v2/my-image-repo/manifests/latest: no basic auth credentials"',
    source: 'awslabs/amazon-ecr-credential-helper#870',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'no-login',
    note: "needs the thread: the same pull works in an SSH session; from cron the ecr-login helper (credsStore) is never invoked (nothing in its log), so the pull carries no credential. INFERENCE: the stored thread shows no fix (likely cron's environment, its PATH or HOME, so that docker never finds or never runs the helper). The post masked the account id: host is a placeholder."
  },
  {
    id: 'dev102-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: 'Failed to pull image "<aws_account>.dkr.ecr.ap-southeast-1.amazonaws.com/:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://<aws_account>.dkr.ecr.ap-southeast-1.amazonaws.com/v2/<foo>/manifests/latest: no basic auth credentials',
    source: 'canonical/microk8s#281',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "A kubelet pull (MicroK8s) with no credential for the ECR host: the `docker login` was made on the host's docker, not the one the cluster pulls with. The post masked the account: host is a placeholder."
  },
  {
    id: 'dev102-ecr-09',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error downloading [https://public.ecr.aws/v2/lambda/python/manifests/sha256:46b3b8614b31761b24f56be1bb8c7ba191d9b9b4624bbf7f53ed7ddc696c928b] to /shared/cache/bazel/user_base/31d1af6682b925f850635e639ebdf8e8/external/aws_lambda_python/46b3b8614b31761b24f56be1bb8c7ba191d9b9b4624bbf7f53ed7ddc696c928b: GET returned 401 Unauthorized',
    source: 'bazel-contrib/rules_oci#134',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a public image; public.ecr.aws wants even anonymous pulls to carry a (free, anonymous) bearer token, which this rules_oci version never fetched, so the GET went with no credential at all. INFERENCE: the stored thread shows the question, not the fix.'
  },
  {
    id: 'dev102-ecr-10',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Assuming role with OIDC\nRetry AssumeRole: attempt 1 of 12 failed: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity. Retrying after 17ms.',
    source: 'docker/build-push-action#1561',
    expected: 'aws-access-denied',
    case: 'oidc-trust-policy',
    note: "configure-aws-credentials before an ECR login in the e2e workflow: STS refused the job's GitHub OIDC token for the role (its trust policy not yet set up, as the maintainer expected). The post names no registry host: host is a placeholder."
  },
  {
    id: 'dev102-ecr-11',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers',
    source: 'stargate/stargate#3128',
    expected: 'oidc-permission-missing',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the pull request fixes the ECR login of the release workflow by adding `permissions: id-token: write`: the job could not request its GitHub ID token, so no AWS credentials were loaded. oidc-permission-missing names exactly that cause and fix, though the taxonomy describes it for Docker Hub; missing-credentials for the AWS keys that never came. The post names no registry host: host is a placeholder.'
  },
  {
    id: 'dev102-ecr-12',
    family: 'ecr',
    host: '072822818685.dkr.ecr.eu-central-1.amazonaws.com',
    text: '[...] ⚙  ::set-output:: registry=072822818685.dkr.ecr.eu-central-1.amazonaws.com\n[...] ❗  ::error::Unable to locate executable file: docker. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.\n[...] ❌  Failure - Login to Amazon ECR',
    source: 'nektos/act#119',
    expected: 'docker-cli-missing',
    note: 'amazon-ecr-login run locally with act in a job container that has no docker client.'
  },
  {
    id: 'dev102-ecr-13',
    family: 'ecr',
    host: 'myrepo.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: trying to reuse blob sha256:1a058d5342cc722ad5439cacae4b2b4eedde51d8fe8800fcf28444302355c16d at destination: checking whether a blob sha256:1a058d5342cc722ad5439cacae4b2b4eedde51d8fe8800fcf28444302355c16d exists in myrepo.dkr.ecr.us-east-1.amazonaws.com/my-task unauthorized: authentication required',
    source: 'podman-container-tools/podman#12620',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'registry-mismatch'],
    note: "needs the thread: podman login with an ECR token (saved to an --authfile) succeeded, yet the push's first blob check went unauthenticated: the stored login did not match the pushed host (or the auth file was not the one read). INFERENCE: the stored thread shows no fix. The host is masked with a readable name in the post (kept)."
  },
  {
    id: 'dev102-ecr-14',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: Could not login to registry ***: WARNING! Using -*** the CLI is insecure. Use --password-stdin.\nWARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\nError saving credentials: open /home/runner/.docker/config.json3597419489: permission denied',
    source: 'CloudSnorkel/cdk-github-runners#129',
    expected: 'credential-store-error',
    note: 'docker login to ECR on a self-hosted runner could not write its config file (the runner user may not write ~/.docker). GitHub masked the registry and part of the warning (`***`, kept as posted): host is a placeholder.'
  },
  {
    id: 'dev102-ecr-15',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ca-central-1.amazonaws.com',
    text: 'Connection was closed before we received a valid response from endpoint URL: "https://api.ecr.ca-central-1.amazonaws.com/". Error: Cannot perform an interactive login from a non TTY device',
    source: 'aws/aws-cli#7621',
    expected: 'registry-unreachable',
    note: "aws ecr get-login-password never reached the ECR API (a firewall or VPN, as the reporter and the maintainer say), so docker login got an empty password on a pipe. The post's command names aws_account_id.dkr.ecr.region.amazonaws.com: host is a placeholder."
  },
  {
    id: 'dev102-ecr-16',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'denied: User: arn:aws:iam::AAAAAAAAA:user/infr-ecr-publisher is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:BBBBBBBBB:repository/xxxxxxx',
    source: 'jenkinsci/pipeline-aws-plugin#217',
    expected: 'insufficient-scope',
    note: 'A cross-account push (Jenkins pipeline-aws ecrLogin): the user of one account may not write to the repository in another. The post masked both account ids: host is a placeholder.'
  },
  {
    id: 'dev102-ecr-17',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com',
    text: 'Internal Server Error ("failed to resolve reference "----.dkr.ecr.ap-northeast-1.amazonaws.com/----:----": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials")',
    source:
      'https://rst0070.github.io/notes/26-06-02-how-aws-inject-cred-for-ecr.md',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "An application on ECS called the Docker API to pull from ECR without an auth config (the note's fix: fetch a token with the task role and pass it). The post masked the account and image: host is a placeholder."
  },
  {
    id: 'dev102-ecr-18',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'unexpected status from HEAD request to https://public.ecr.aws/v2/karpenter/karpenter-crd/manifests/v0.29.0: 400 Bad Request',
    source: 'aws/karpenter-provider-aws#5186',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials', 'unknown'],
    note: "needs the thread: a public chart; Karpenter's troubleshooting (cited by its maintainers in other threads) gives this 400 from public.ecr.aws for a stored login the registry no longer takes, fixed by `helm registry logout public.ecr.aws` / `docker logout public.ecr.aws`. The reporter installs through AWS CDK, whose Helm handler may log in with a private ECR token (a credential public.ecr.aws refuses), hence invalid-credentials; a Helm client fault would be unknown. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev102-not-login-01',
    family: 'not-login',
    host: 'account.dkr.ecr.region.amazonaws.com',
    text: 'error pushing image: failed to push to destination account.dkr.ecr.region.amazonaws.com/repo:tag: BLOB_UPLOAD_INVALID: “First byte of the layer part is 10485760 instead of 20971520”',
    source: 'GoogleContainerTools/kaniko#607',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'A chunked layer upload ECR rejected mid-push after other blobs had pushed (the retry worked): an upload fault, not a credential. The host is masked with readable names in the post (kept).'
  },
  {
    id: 'dev102-not-login-02',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'sed: bad option in substitution expression\nsh: XXX.dkr.ecr.***.amazonaws.com/slackcat: unknown operand',
    source: 'elgohr/Publish-Docker-Github-Action#34',
    expected: 'not-a-login-failure',
    note: 'Publish-Docker-Github-Action logging in and pushing to ECR (username AWS) failed in its own shell script: the `registry` input held `https://…`, which broke its sed expression, not the credential (the cause is read from the inputs shown; the stored copy shows no fix, and the label does not rest on it). The docker login warning that follows in the post is cut (the stored copy ends mid-line). The post masked account and region: host is a placeholder.'
  },
  {
    id: 'dev102-not-login-03',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: "Unable to find image 'public.ecr.aws/amazonlinux/amazonlinux:2023' locally\n2023: Pulling from amazonlinux/amazonlinux\ndocker: no matching manifest for linux/amd64 in the manifest list entries.\nSee 'docker run --help'.",
    source: 'amazonlinux/container-images#127',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'The published image index briefly lacked linux/amd64 (Amazon Linux re-pushed it the same day): a platform mismatch on public.ecr.aws, not a login.'
  }
]

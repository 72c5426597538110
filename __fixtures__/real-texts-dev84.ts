/**
 * The eighty-fourth development set ("dev84": Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-fourth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV84: readonly RealText[] = [
  {
    id: 'dev84-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: Could not login: WARNING! Using -*** the CLI is insecure. Use --password-stdin.\nError saving credentials: error storing credentials - err: exit status 1, out: `not implemented`',
    source: 'aws-actions/amazon-ecr-login#147',
    expected: 'credential-store-error',
    case: 'helper-read-only',
    note: "amazon-ecr-login on an EKS runner whose docker config names the ecr-login helper, which cannot store a login. The `-***` is GitHub's log masking, kept as posted. The post shows no registry host (account and region masked as $MY_…): host is a placeholder."
  },
  {
    id: 'dev84-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-northeast-2.amazonaws.com',
    text: '2023-09-12T11:33:53.710Z ERROR controller.cachedimage failed to cache image {"reconciler group": "kuik.enix.io", "reconciler kind": "CachedImage", "name": "MYID.dkr.ecr.ap-northeast-2.amazonaws.com-REPONAME-lastest", "namespace": "", "sourceImage": "MYID.dkr.ecr.ap-northeast-2.amazonaws.com/REPONAME:lastest", "error": "GET https://MYID.dkr.ecr.ap-northeast-2.amazonaws.com/v2/REPONAME/manifests/lastest: unexpected status code 401 Unauthorized: Not Authorized\\n"}',
    source: 'enix/kube-image-keeper#172',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: kube-image-keeper's controller pulls from ECR itself, with no ECR credential of its own (the nodes' instance role is not its login); ECR answers 401 Not Authorized to a request without one. repository-not-found by the convention for pulls of private images without a login. INFERENCE: the stored thread is cut before any fix. The reporter masked the account as MYID (kept in the text); host is a placeholder. The `\\n` inside the JSON is literal, as posted."
  },
  {
    id: 'dev84-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-2.amazonaws.com',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "111111111.dk\nr.ecr.us-east-2.amazonaws.com/cs/aaa-svc:master": POST https://1111111111.dkr.ecr.us-east-2.amazonaws.com/v2/cs/aaa-svc/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized',
    source: 'GoogleContainerTools/kaniko#2088',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'credential-store-error'],
    note: "Kaniko in an Argo workflow relying on the ecr-login helper and the pod's AWS configuration: ECR's 401 Not Authorized on the push check means no usable ECR token reached it. INFERENCE: the stored thread shows no fix, so whether the helper found no AWS credentials or sent a bad token is open. The line break inside the host is the post's hard wrap, kept. The account is masked with 1s: host is a placeholder."
  },
  {
    id: 'dev84-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'time="2019-09-19T20:46:48Z" level=fatal msg="Error determining repository tags: Invalid status code returned when fetching tags list 403 (Forbidden)"',
    source: 'podman-container-tools/skopeo#726',
    expected: 'insufficient-scope',
    case: 'list-denied',
    note: 'skopeo inspect with an ECR token: the manifest read works (skopeo copy succeeds with the same token) but listing tags is refused; the maintainer asks whether the credential may list tags (ecr:ListImages). INFERENCE: the stored thread shows no confirmed fix. Host written as $AWS_ACCOUNT in the post: placeholder.'
  },
  {
    id: 'dev84-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'failed to initialize task "wp-app" for alloc "515a4b00...": Failed to find docker auth for repo "<XYZ>.dkr.ecr.eu-west-1.amazonaws.com/wp-app": docker-credential-ecr-login with input "<XYZ>.dkr.ecr.eu-west-1.amazonaws.com/wp-app" failed with stderr: credentials not found in native keychain',
    source: 'hashicorp/nomad#5453',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Nomad's docker driver calls the ecr-login helper named in credHelpers, and the helper fails. The account is masked as <XYZ> in the post: host is a placeholder."
  },
  {
    id: 'dev84-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'error saving credentials: error storing credentials - err: exit status 1,\nout: `User interaction is not allowed. (-25308)`',
    source: 'JiRaska/open-bank-oss#37',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "The ECR login step of a workflow on a self-hosted Mac mini runner: docker's credsStore osxkeychain needs an unlocked keychain, which a non-interactive session cannot give; the fix removed credsStore. Line break as posted. The post names no registry host: placeholder."
  },
  {
    id: 'dev84-ecr-07',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'INFO[0003] pushing tag(s) test-tag\nERRO[0003] pushing image failed: pushing tag(s): HEAD https://public.ecr.aws/v2/r5b5q6h9/MY_REPOSITORY/blobs/sha256:86d...: unexpected status code 401 Unauthorized (HEAD responses have no body, use GET for details)',
    source: 'concourse/registry-image-resource#319',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: 'needs the thread: "Public aws ECR is not supported": the registry-image resource exchanges AWS keys for private ECR only, so its push to public.ecr.aws carried no ECR Public token. INFERENCE: nobody in the stored thread confirms a fix (the reporter moved away). Trailing space of the posted line dropped.'
  },
  {
    id: 'dev84-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-2.amazonaws.com',
    text: 'unauthorized: authentication required make: *** [push-image] Error 1',
    source: 'aws-samples/ecs-bg-external-controller#8',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: "needs the thread: the issue's title (the body is a screenshot). The reporter's solution was to configure the AWS CLI with the right region and tag the image for the us-east-2 registry: the login and the push were for different regional ECR hosts. The post names no host: placeholder in the region of the solution."
  },
  {
    id: 'dev84-ecr-09',
    family: 'ecr',
    host: '782534010321.dkr.ecr.eu-west-2.amazonaws.com',
    text: 'Warning  Failed             18s (x2 over 31s)  kubelet            Failed to pull image "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": rpc error: code = Unknown desc = failed to pull and unpack image "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": failed to resolve reference "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": pulling from host 782534010321.dkr.ecr.eu-west-2.amazonaws.com failed with status code [manifests v1.1]: 401 Unauthorized',
    source: 'canonical/microk8s#3541',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: MicroK8s (EKS-D) on EC2 with an instance role holding AmazonEC2ContainerRegistryReadOnly; its kubelet/containerd has no ECR credential provider configured, so the pull goes out with no token and ECR answers 401. INFERENCE: the thread was closed as inactive without a confirmed fix. repository-not-found by the convention for pulls of private images without a login.'
  },
  {
    id: 'dev84-ecr-10',
    family: 'ecr',
    host: '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
    text: 'Error: buildx failed with: ERROR: failed to solve: failed to do request: Post "https://xxxxxxxx.dkr.ecr.cn-north-1.amazonaws.com.cn/v2/ai-lab-cn/streamlit-athena-glue-table/blobs/uploads/": EOF',
    source: 'docker/build-push-action#1017',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'registry-unreachable'],
    note: 'needs the thread: build-push-action pushing to ECR in the China partition; the upload POST ends in EOF. ECR drops the connection like this for a repository that does not exist (and, per other reports, for an identity without ecr:InitiateLayerUpload). INFERENCE: the stored thread is marked needs-more-info with no fix. The post quotes the error twice in one sentence; the second, complete copy is taken. Account masked as xxxxxxxx: host is a placeholder.'
  },
  {
    id: 'dev84-ecr-11',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Run aws-actions/amazon-ecr-login@v2\n  with:\n    registry-type: public\n    mask-password: true\n    skip-logout: false\n  env:\n    AWS_DEFAULT_REGION: ap-northeast-1\n    AWS_REGION: ap-northeast-1\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\nError: getaddrinfo ENOTFOUND api.ecr-public.ap-northeast-1.amazonaws.com',
    source: 'aws-actions/amazon-ecr-login#537',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "A DNS failure: ECR Public's token API exists only in us-east-1, so the endpoint for ap-northeast-1 has no address (the action's troubleshooting notes say to log in to ECR Public from us-east-1). The cause is the region setting, not the network; unknown is defensible for that."
  },
  {
    id: 'dev84-ecr-12',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Run aws-actions/amazon-ecr-login@v2\n  with:\n    mask-password: true\n    registry-type: private\n    skip-logout: false\nError: Region is missing',
    source: 'aws-actions/amazon-ecr-login#620',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: from a comment; the job runs amazon-ecr-login with no AWS configuration before it (no configure-aws-credentials step, no AWS_REGION or keys), and the commenter asks whether that step is required. INFERENCE: the stored thread has no confirmed answer. The post names no registry: placeholder host.'
  },
  {
    id: 'dev84-ecr-13',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'An error occurred (UnsupportedCommandException) when calling the GetAuthorizationToken operation: GetAuthorizationToken command is only supported in us-east-1.',
    source: 'codeship-library/aws-utilities#117',
    expected: 'unknown',
    alsoAcceptable: ['registry-mismatch'],
    note: "The docker login to ECR Public in a CodeShip build: the ecr-public token request was sent to a region other than us-east-1; the pull request pins the region. No id names a token request made in a region the registry does not serve; registry-mismatch is the nearest (ECR's regions)."
  },
  {
    id: 'dev84-ecr-14',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-2.amazonaws.com',
    text: 'level=error msg="Not continuing with pull after error: denied: Your authorization token has expired. Reauthenticate and try again."\nlevel=error msg="pulling image failed" error="pull access denied for 123123.dkr.ecr.us-east-2.amazonaws.com/test, repository does not exist or may require \'docker login\': denied: Your authorization token has expired. Reauthenticate and try again." module=node/agent/taskmanager node.id=123123service.id=123123task.id=123123',
    source: 'portainer/portainer#6764',
    expected: 'token-expired',
    note: 'Portainer with a swarm agent, 16 hours after the stack was created: the stored ECR token (12 hours) had expired; removing and re-adding the registry in Portainer fixed it. The account is masked as 123123: host is a placeholder.'
  },
  {
    id: 'dev84-ecr-15',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: "Error response from daemon: error parsing HTTP 403 response body: invalid character 'Y' looking for beginning of value: \"Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.\"",
    source: 'awslabs/amazon-ecr-credential-helper#7',
    expected: 'token-expired',
    alsoAcceptable: ['credential-store-error'],
    note: 'The ecr-login helper served an expired token from its cache (a helper bug the issue is about), so the helper is also defensible. The registry is <snip> in the post: host is a placeholder.'
  },
  {
    id: 'dev84-ecr-16',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Error response from daemon: Get https://<>.dkr.ecr.us-west-2.amazonaws.com/v2/agent-ecr/manifests/latest: no basic auth credentials',
    source: 'awslabs/amazon-ecr-credential-helper#259',
    expected: 'aws-access-denied',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: a cross-account pull with the ecr-login helper on Flatcar; the reporter found that the pulling account's role lacked ecr:GetAuthorizationToken (and the pull actions), so the helper got no token and docker sent none. The account is masked as <>: host is a placeholder."
  },
  {
    id: 'dev84-ecr-17',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Dec 28 23:57:02 ip-10-0-1-124 dockerd[487]: time="2017-12-28T23:57:02.236510887Z" level=error msg="Not continuing with pull after error: denied: User: arn:aws:sts::XXX:assumed-role/nomad-client20171228230446599800000004/i-03543d3e416f0f883 is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:XXX:repository/YYY"',
    source: 'awslabs/amazon-ecr-credential-helper#88',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: 'A pull denied to an instance role that may not read the repository (insufficient-scope by the convention for pulls). The account is masked as XXX: host is a placeholder.'
  },
  {
    id: 'dev84-ecr-18',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-north-1.amazonaws.com',
    text: 'Run aws-actions/amazon-ecr-login@v1.3.3\n  with:\n  env:\n    AWS_WEB_IDENTITY_TOKEN_FILE: /tmp/awscred-1682-WR0Kr6NKctmg\n    AWS_DEFAULT_REGION: eu-north-1\n    AWS_REGION: eu-north-1\n    AWS_ROLE_ARN: arn:aws:iam::xxxxxxxxx:role/somerole\nError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1',
    source: 'aws-actions/amazon-ecr-login#206',
    expected: 'missing-credentials',
    note: "amazon-ecr-login v1.3.3 after a third-party OIDC step that only wrote a web-identity token file: the action's AWS SDK found no credentials. The post names no registry: placeholder host in the region shown."
  },
  {
    id: 'dev84-not-login-01',
    family: 'not-login',
    host: '720541322708.dkr.ecr.eu-west-2.amazonaws.com',
    text: 'ERROR: failed to push 720541322708.dkr.ecr.eu-west-2.amazonaws.com/medic/cht-api:4.9.0-alpha.9462328284: failed commit on ref "manifest-sha256:fdcb9b1b802acfcf184946ea5e6cc782a5c545866f2d154e6663252aa06f6948": unexpected status from PUT request to https://720541322708.dkr.ecr.eu-west-2.amazonaws.com/v2/medic/cht-api/manifests/sha256:fdcb9b1b802acfcf184946ea5e6cc782a5c545866f2d154e6663252aa06f6948: 403 Forbidden',
    source: 'medic/cht-core#9175',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the maintainers found the repository had reached ECR's limit of images per repository; deleting about 1000 old images made pushes work again. From the text alone it reads as a push denied to the identity (insufficient-scope)."
  },
  {
    id: 'dev84-not-login-02',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '[Container] 2018/03/22 06:55:17 Running command $(aws ecr get-login --no-include-email)\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nWarning: failed to get default registry endpoint from daemon (Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?). Using system default: https://index.docker.io/v1/\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    source: 'aws/aws-codebuild-docker-images#46',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: "An ECR login in CodeBuild with a self-built image whose docker daemon had not started (the answer: enable the project's privileged flag). The console's time column and the phase lines after the error are trimmed. The login's ECR host is not printed (docker falls back to index.docker.io): host is a placeholder."
  },
  {
    id: 'dev84-not-login-03',
    family: 'not-login',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: "INFO[0007] Pushing image to <account>.dkr.ecr.eu-west-1.amazonaws.com/<project>:728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8 \nerror pushing image: failed to push to destination <account>.dkr.ecr.eu-west-1.amazonaws.com/<project>:728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8: PUT https://<account>.dkr.ecr.eu-west-1.amazonaws.com/v2/<project>/manifests/728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8: TAG_INVALID: The image tag '728f59c9deaa5e22a153c31ee2f01317341220660aaba5acf286b5cd9d247ca8' already exists in the '<project>' repository and cannot be overwritten because the tag is immutable.",
    source: 'osscontainertools/kaniko#204',
    expected: 'not-a-login-failure',
    case: 'immutable-tag',
    note: "Kaniko's output before the fix, quoted in the pull request's description: a push of a tag that exists in an ECR repository with immutable tags. The account and project are masked in the post: host is a placeholder."
  }
]

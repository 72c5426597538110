/**
 * The wordings of Amazon ECR (its profile: src/profiles/ecr.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

/**
 * AWS's refusals of the request for a registry token (the AWS CLI's and
 * SDKs' words). They come before the docker CLI's own wordings in every
 * table (src/profiles/index.ts `rulesFor`): `aws ecr get-login-password |
 * docker login …` that AWS refused gives docker an empty password, and
 * docker's complaint of it ("Must provide --username with
 * --password-stdin", "Cannot perform an interactive login from a non TTY
 * device") follows AWS's words in the text, but the cause, and the fix,
 * is AWS's (docs/registries.md §13l).
 */
export const AWS_API_RULES: readonly TextRule[] = [
  {
    id: 'AWS001',
    diagnosis: 'aws-access-denied',
    match: [['not authorized to perform', 'ecr:getauthorizationtoken']],
    source:
      'AWS AccessDeniedException for ecr:GetAuthorizationToken, HTTP 400 (docs/registries.md §5 (c), (f): terraform-aws-modules/terraform-aws-iam#514, buildkite/elastic-ci-stack-for-aws#193, awsdocs/amazon-ecr-user-guide#19)'
  },
  {
    id: 'AWS005',
    diagnosis: 'aws-access-denied',
    match: [
      ['not authorized to perform', 'ecr-public:getauthorizationtoken'],
      ['not authorized to perform', 'sts:getservicebearertoken']
    ],
    source:
      'ECR Public GetAuthorizationToken "requires the ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken permissions" (AWS CLI reference, ecr-public get-authorization-token); the refusal in AWS\'s AccessDeniedException form [I] (docs/registries.md §5 (f))'
  },
  {
    // the AWS CLI's wording, whatever the policy's action is called
    id: 'AWS007',
    diagnosis: 'aws-access-denied',
    match: [['accessdeniedexception', 'getauthorizationtoken']],
    source:
      'aws ecr get-login-password refused by IAM: "An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: … is not authorized to perform: … with an explicit deny" (aws/aws-cli#5592)'
  },
  {
    id: 'AWS002',
    diagnosis: 'invalid-credentials',
    case: 'aws-access-key',
    match: ['the security token included in the request is invalid'],
    source:
      'AWS UnrecognizedClientException, HTTP 400: an access key id AWS does not know (docs/registries.md §5 (f): aws/aws-sdk-php#1114, kciter/aws-ecr-action#15, Shippable/support#4440)'
  },
  {
    id: 'AWS003',
    diagnosis: 'invalid-credentials',
    case: 'aws-access-key',
    match: [
      'the request signature we calculated does not match the signature you provided'
    ],
    source:
      'AWS InvalidSignatureException, HTTP 400: a secret access key that does not go with the key id (docs/registries.md §5 (f): teralytics/prometheus-ecs-discovery#7, smithy545/aws-apps-scripts#12)'
  },
  {
    id: 'AWS004',
    diagnosis: 'token-expired',
    case: 'aws-access-key',
    match: ['the security token included in the request is expired'],
    source:
      'AWS ExpiredTokenException, HTTP 403: temporary keys past their session (docs/registries.md §5 (f): cloudquery/cq-provider-aws#1171, grafana/timestream-datasource#92)'
  },
  {
    // docs/registries.md §13vv (h): STS refused the role to the job's OIDC
    // token: the trust policy, case oidc-trust-policy (before AWS006, whose
    // missing keys follow from it: attack-44 A44-03)
    id: 'AWS014',
    diagnosis: 'aws-access-denied',
    case: 'oidc-trust-policy',
    // configure-aws-credentials' words: a GitHub job's token, not an EKS
    // pod's (IRSA) or another CI's, whose trust policies differ
    match: [
      [
        'could not assume role with oidc',
        'not authorized to perform sts:assumerolewithwebidentity'
      ]
    ],
    source:
      "docs/registries.md §13vv (h): AWS STS refusing the job's GitHub OIDC token for the role, \"Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity\" (aws-actions/configure-aws-credentials#318, #511, #672, #1358; docs/real-texts.md dev96-ecr-20): the role's trust policy (its OIDC provider, aud and sub conditions), with its own steps (AWS012 gave the keys' steps, attack-43 A43-03)"
  },
  {
    // docs/registries.md §13ww (b): STS refused the role to a web identity
    // token in other words than configure-aws-credentials' (the AWS CLI and
    // SDKs: a GitLab job's token, an EKS pod's): the role's trust policy for
    // that token's provider and claims
    id: 'AWS015',
    diagnosis: 'aws-access-denied',
    case: 'web-identity-trust-policy',
    match: ['not authorized to perform sts:assumerolewithwebidentity'],
    source:
      'docs/registries.md §13ww (b): AWS STS AccessDenied for AssumeRoleWithWebIdentity in the words of the AWS CLI, "An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity" (sentry-kubernetes/charts#514, an EKS pod\'s service account), of the AWS SDK for JavaScript v3 for an EKS pod (aws/aws-sdk-js-v3#6225: "If the role you are assuming does not have the correct permissions, you will see an AccessDenied … The way you set up IRSA might be incorrect") and of the AWS SDK for Ruby, "Not authorized to perform sts:AssumeRoleWithWebIdentity (Aws::STS::Errors::AccessDenied)" (code-dot-org/code-dot-org#60274); read before AWS006, whose "Unable to locate credentials" follows from it (attack-44 A44-03)'
  },
  {
    // docs/registries.md §13aaa (i): Renovate's ECR lookup could not get a
    // registry token with the keys of its hostRules
    id: 'AWS016',
    diagnosis: 'aws-access-denied',
    match: ['ecr getauthorizationtoken error'],
    source:
      'docs/registries.md §13aaa (i): Renovate\'s docker datasource (lib/modules/datasource/docker/ecr.ts), "DEBUG: ECR getAuthorizationToken error (repository=…)" then "WARN: No docker auth found", with an IAM user\'s keys in hostRules whose policy allowed repository actions but not ecr:GetAuthorizationToken on * (mend/renovate-ce-ee#304; docs/real-texts.md dev108-ecr-14)'
  },
  {
    id: 'AWS006',
    diagnosis: 'missing-credentials',
    match: [
      'could not load credentials from any providers',
      'unable to locate credentials',
      'no ec2 imds role found',
      'nocredentialproviders: no valid providers in chain'
    ],
    source:
      'no AWS keys anywhere: the AWS SDK for JavaScript v3 (@aws-sdk/credential-provider-node defaultProvider) and the AWS CLI ("Unable to locate credentials. You can configure credentials by running "aws configure".") (docs/registries.md §5 (f)); the AWS SDK for Go v2 at the end of its chain, off EC2: "failed to retrieve credentials: no EC2 IMDS role found" (docker-credential-ecr-login, awslabs/amazon-ecr-credential-helper#381; docs/registries.md §13a (h)); the chain of the AWS SDK for Go v1: "NoCredentialProviders: no valid providers in chain" (aws-sdk-go credentials ErrNoValidProvidersFoundInChain), in docker-credential-ecr-login\'s log for AWS keys under a profile no variable selects (docs/registries.md §13l: awslabs/amazon-ecr-credential-helper#40)'
  },
  {
    // docs/registries.md §13s (f): an AWS client that found a part of the
    // keys, or a profile by name that does not exist: no keys to sign with
    id: 'AWS009',
    diagnosis: 'missing-credentials',
    match: [
      ['partial credentials found in', 'missing:'],
      "'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided",
      ['the config profile (', ') could not be found'],
      'failed to get shared config profile,'
    ],
    source:
      'docs/registries.md §13s (f): boto/botocore botocore/exceptions.py PartialCredentialsError ("Partial credentials found in {provider}, missing: {cred_var}": an AWS_ACCESS_KEY_ID without its secret, the AWS CLI\'s aws ecr get-login-password) and ProfileNotFound ("The config profile ({profile}) could not be found"); aws-actions/configure-aws-credentials src/index.ts ("\'aws-secret-access-key\' must be provided if \'aws-access-key-id\' is provided": an empty secret); aws/aws-sdk-go-v2 config/shared_config.go SharedConfigProfileNotExistError ("failed to get shared config profile, %s", as vendored in awslabs/amazon-ecr-credential-helper: AWS_PROFILE naming no profile)'
  },
  {
    // docs/registries.md §13s (f): the IAM Identity Center session the
    // profile signs in with has ended
    id: 'AWS010',
    diagnosis: 'token-expired',
    case: 'aws-sso-session',
    match: ['the sso session associated with this profile has expired'],
    source:
      'docs/registries.md §13s (f): the AWS SDK for JavaScript v3 @aws-sdk/credential-provider-sso ("The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.", as bundled, found through the code index) and the AWS CLI v2\'s "… has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile." (as tools that read its output quote it, found through the code index)'
  },
  {
    // docs/registries.md §13aac (c): Go refused to send an Authorization
    // header holding a control character (a key pasted with its newline)
    id: 'AWS017',
    diagnosis: 'malformed-credentials',
    match: [
      ['api.ecr.', 'field value for "authorization"'],
      ['api.ecr.', 'invalid header field value', 'for key authorization']
    ],
    source:
      'Go net/http (Transport.roundTrip: httpguts.ValidHeaderFieldValue; "net/http: invalid header field value for "Authorization"" since Go 1.20, "invalid header field value %q for key %v" before): the signed request to the ECR API carried an access key with a newline or another invisible character, "ERRO[0000] failed to authenticate to ECR: RequestError: send request failed caused by: Post "https://api.ecr.us-east-1.amazonaws.com/": net/http: invalid header field value for "Authorization"" (concourse/registry-image-resource#333, docs/real-texts.md dev120-ecr-02); before AWS011, which reads the SDK\'s frame alone; docs/registries.md §13aac (c)'
  },
  {
    // docs/registries.md §13v (d): the AWS SDK could not send the request
    // for the registry token at all: the network, not the keys
    id: 'AWS011',
    diagnosis: 'registry-unreachable',
    match: [
      'requesterror: send request failed',
      // docs/registries.md §13ww (d): botocore's, the AWS CLI's
      'connection was closed before we received a valid response from endpoint url',
      'could not connect to the endpoint url'
    ],
    source:
      'docs/registries.md §13v (d): aws-sdk-go request.ErrCodeRequestError "RequestError: send request failed caused by: Post https://api.ecr.<region>.amazonaws.com/…", as ECS prints it: "ResourceInitializationError: unable to pull secrets or registry auth: … unable to retrieve ecr registry auth: service call has been retried 1 time(s): RequestError: send request failed" for a Fargate task in a subnet with no route to the ECR API (aws-samples/aws-fargate-pipeline-lambda-autoscaling#3: VPC endpoints fixed it); botocore\'s ConnectionClosedError, "Connection was closed before we received a valid response from endpoint URL: "https://api.ecr.ca-central-1.amazonaws.com/"." from aws ecr get-login-password behind a firewall (docs/real-texts.md dev102-ecr-15), and its EndpointConnectionError, "Could not connect to the endpoint URL: …" (botocore/exceptions.py; docs/registries.md §13ww (d))'
  }
]

export const RULES: readonly TextRule[] = [
  ...AWS_API_RULES,
  {
    // docs/registries.md §13qq (f): a client that completed an upload of
    // no parts (an empty blob sent as a single empty part); not the login
    id: 'ECR010',
    diagnosis: 'not-a-login-failure',
    match: [['blob upload invalid', 'does not have any parts']],
    source:
      "docs/registries.md §13qq (f): ECR's BLOB_UPLOAD_INVALID \"The upload with id '…' in the repository with name '…' in registry with id '…' cannot be completed because it does not have any parts.\" to a PUT closing an empty blob's upload (rad bicep publish, radius-project/radius#7855; docs/real-texts.md dev27-ecr-02)",
    what: "ECR refused to complete an upload with no parts (the client sent an empty blob): a defect of the pushing tool; report it to the tool's maintainers"
  },
  {
    // docs/registries.md §13rr (x): a pull from ECR Public, where every
    // repository is public, refused for the expired token docker sent: a
    // stored login breaks the pull. Before ECR001
    id: 'ECR012',
    diagnosis: 'stale-login',
    case: 'public-ecr-login',
    match: [
      [
        'pull access denied for public.ecr.aws/',
        'your authorization token has expired'
      ]
    ],
    source:
      'docs/registries.md §13rr (x): ECR Public repositories are public ("Amazon ECR Public … public repositories": anyone may pull without a login, AWS ECR Public user guide); docker pulls with the login config.json holds for public.ecr.aws, and an expired one is refused: "pull access denied for public.ecr.aws/docker/library/registry, repository does not exist or may require \'docker login\': denied: Your authorization token has expired. Reauthenticate and try again." (docs/real-texts.md dev36-ecr-01); reused CodeBuild runners, fixed by docker logout public.ecr.aws before the pull (dev36-ecr-02)'
  },
  {
    id: 'ECR001',
    diagnosis: 'token-expired',
    match: ['your authorization token has expired'],
    source:
      'Amazon ECR, HTTP 403 "denied: Your authorization token has expired. Reauthenticate and try again." (docs/registries.md §5 (c), (g): flipt-io/flipt#3043, aws/aws-cli#6580)'
  },
  {
    id: 'ECR002',
    diagnosis: 'insufficient-scope',
    match: [
      ['not authorized to perform', 'ecr:initiatelayerupload'],
      ['not authorized to perform', 'ecr:completelayerupload'],
      ['not authorized to perform', 'ecr:batchgetimage'],
      // w-cloud: a pull's layer download denied the same way
      ['not authorized to perform', 'ecr:getdownloadurlforlayer']
    ],
    source:
      'Amazon ECR push or pull denied by IAM, "denied: User: … is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:…:repository/…" (docs/registries.md §5 (g): ministryofjustice/cloud-platform#7245, aws-actions/amazon-ecr-login#232, aws-samples/aws-modern-application-workshop#95, aws/copilot-cli#3518); a layer download: "denied: User: … is not authorized to perform: ecr:GetDownloadUrlForLayer on resource: arn:aws:ecr:…:repository/… because no identity-based policy allows the ecr:GetDownloadUrlForLayer action" (aws-amplify/amplify-category-api#1255)'
  },
  {
    // docs/registries.md §13c (k): ECR Public serves public repositories
    // to anyone: a pull refused 403 carried a stored, expired token
    id: 'ECR006',
    diagnosis: 'stale-login',
    case: 'public-ecr-login',
    match: [
      ['public.ecr.aws/v2/', '/manifests/', '403 forbidden'],
      ['pulling from host public.ecr.aws', '403 forbidden']
    ],
    source:
      'docs/registries.md §13c (k): docs.aws.amazon.com AmazonECR/latest/public "Registry authentication in Amazon ECR public" (the token is valid for 12 hours; public repositories need none); "You do not need to be logged in for the pull; however, if you have previously been logged in …, the docker client will attempt to use your now expired authentication token" (aws-samples/amazon-eks-cicd-codebuild#188, "unexpected status code [manifests latest]: 403 Forbidden"); a BuildKit pull of public.ecr.aws/docker/library/golang answered 403 with an expired stored login (aws-solutions-library-samples/guidance-for-game-server-hosting-using-agones-and-open-match-on-amazon-eks#71)'
  },
  {
    id: 'ECR003',
    diagnosis: 'repository-not-found',
    match: ['does not exist in the registry with id'],
    source:
      "Amazon ECR NAME_UNKNOWN \"The repository with name '…' does not exist in the registry with id '…'\" (docs/registries.md §5 (e): actions/starter-workflows#2647, moby/moby#24520)"
  },
  {
    // w-cloud: AWS throttles GetAuthorizationToken (1 TPS, bursts)
    id: 'AWS008',
    diagnosis: 'rate-limited',
    match: [['throttlingexception', 'rate exceeded']],
    source:
      'AWS ThrottlingException for ECR\'s token: "An error occurred (ThrottlingException) when calling the GetAuthorizationToken operation: Rate exceeded" (aws ecr get-login, Shippable/support#2950); "CannotPullECRContainerError: ThrottlingException: Rate exceeded" (aws/amazon-ecs-agent#498: GetAuthorizationToken\'s 1 TPS limit)'
  },
  {
    // w-cloud: a push of a tag that exists in a repository with tag
    // immutability: the login and the rights were fine
    id: 'ECR005',
    diagnosis: 'not-a-login-failure',
    case: 'immutable-tag',
    match: [
      'cannot be overwritten because the repository is immutable',
      'cannot be overwritten because the tag is immutable'
    ],
    source:
      'Amazon ECR TAG_INVALID (ImageTagAlreadyExistsException): "tag invalid: The image tag \'…\' already exists in the \'…\' repository and cannot be overwritten because the repository is immutable." (moby/buildkit#3776, aws/containers-roadmap#862); newer wording "… because the tag is immutable." (osscontainertools/kaniko#204)'
  },
  {
    id: 'ECR004',
    diagnosis: 'invalid-credentials',
    match: [['.dkr.ecr.', 'failed with status: 400 bad request']],
    source:
      'Amazon ECR refuses a token of another region or account with 400 at docker login (docs/registries.md §5 (g): aws/aws-cli#5317, aws/aws-cli#4962, aws/eks-anywhere#3919)'
  },
  {
    // docs/registries.md §13ww (d): ECR Public's 400 to a pull that sent a
    // stored login it does not take
    id: 'ECR016',
    diagnosis: 'stale-login',
    case: 'public-ecr-login',
    sameLine: true,
    match: [
      ['public.ecr.aws/v2/', '/manifests/', '400 bad request'],
      ['public.ecr.aws/v2/', '/blobs/', '400 bad request']
    ],
    source:
      'docs/registries.md §13ww (d): ECR Public answers 400 (DENIED "Your Authorization Token is invalid."), not 401, to a pull carrying an Authorization it does not take (dependabot/proxy#157), as a stored login whose token expired is sent with every pull of the host, even of public images (aws-samples/amazon-eks-cicd-codebuild#188); helm\'s "could not download chart: unexpected status from HEAD request to https://public.ecr.aws/v2/karpenter/karpenter/manifests/v0.32.1: 400 Bad Request" (awslabs/data-on-eks#376; docs/real-texts.md dev102-ecr-18): docker logout public.ecr.aws (helm registry logout public.ecr.aws)'
  },
  {
    // docs/registries.md §13aaa (i): ECS (Fargate) could not reach ECR:
    // the pull was cancelled waiting for the network
    id: 'ECR017',
    diagnosis: 'registry-unreachable',
    match: [['cannotpullcontainererror', 'context canceled']],
    source:
      'docs/registries.md §13aaa (i): Amazon ECS, "CannotPullContainerError: context canceled" with "DockerTimeoutError: Could not transition to started; timed out after waiting 3m0s" for a Fargate task in a VPC without a route to ECR (no NAT, no public IP, no ECR api/dkr and S3 VPC endpoints; https://7thzero.com/blog/limiting-outbound-egress-traffic-while-using-aws-fargate-and-ecr; docs/real-texts.md dev108-ecr-04)'
  },
  {
    // docs/registries.md §13aaa (i): App Runner pulls with its ECR access
    // role, which did not let it read the image
    id: 'ECR018',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: [['failed to pull your application image', 'access role']],
    source:
      'docs/registries.md §13aaa (i): AWS App Runner, "[AppRunner] Failed to pull your application image. Be sure you configure your service with a valid access role to your ECR repository." (aws-containers/hello-app-runner#3; docs/real-texts.md dev108-ecr-18): the service\'s ECR access role may not read the repository, or cannot be assumed'
  },
  {
    // docs/registries.md §13aac (c): ECR refuses with 400 and no challenge
    // a request whose Basic password is not a token it can read
    id: 'ECR019',
    diagnosis: 'missing-credentials',
    case: 'token-command-empty',
    match: [
      [
        '.dkr.ecr.',
        'returned status 400 for request',
        'without a www-authenticate header'
      ]
    ],
    source:
      'Spinnaker clouddriver DockerRegistryClient: "Registry https://xxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com returned status 400 for request \'_catalog\' without a WWW-Authenticate header … retrofit.RetrofitError: 400 Bad Request" when its passwordCommand (aws ecr get-authorization-token) had no AWS credentials in the container (spinnaker/spinnaker#5723, docs/real-texts.md dev120-ecr-09); ECR answers a login it cannot read with 400 (docs/registries.md §5, "failed with status: 400 Bad Request"; §13tt); docs/registries.md §13aac (c)'
  },
  {
    // attack-70 A70-01: ECR hangs up on an upload it refuses: a repository
    // that does not exist, or an identity that may not push (docker's
    // push then retries its layers and ends with EOF)
    id: 'ECR020',
    diagnosis: 'insufficient-scope',
    case: 'upload-closed',
    match: [
      ['.dkr.ecr.', 'retrying in', 'seconds eof'],
      ['.dkr.ecr.', 'retrying in', 'second eof']
    ],
    source:
      'Amazon ECR\'s upload endpoint "disconnects with an EOF rather than returning a 4XX" for a repository that does not exist (aws/containers-roadmap#1970); docker push to ECR retrying then "EOF" with ecr:PutImage missing from the role (aws/aws-dotnet-deploy#474, docs/real-texts.md dev96-ecr-07), or with no repository (moby/moby#43106; aws/aws-codebuild-docker-images#558, dev102-ecr-04); before NET033, which reads the same ending elsewhere (attack-70 A70-01; docs/registries.md §13aac (d))'
  },
  {
    // docs/registries.md §13v (c): Lambda's service may not read the image
    id: 'ECR007',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: ['lambda does not have permission to access the ecr image'],
    source:
      'docs/registries.md §13v (c): AWS Lambda\'s "Lambda does not have permission to access the ECR image. Check the ECR permissions." (Status Code: 403, AccessDenied) when the function\'s account may not pull the repository: a repository policy without lambda.amazonaws.com, another account\'s or region\'s image (aws-samples/bedrock-access-gateway#127; Lambda developer guide, "Amazon ECR permissions")'
  },
  {
    // docs/registries.md §13ww (d): an AWS service that the repository's
    // policy does not let read the image
    id: 'ECR015',
    diagnosis: 'insufficient-scope',
    case: 'service-principal-policy',
    match: [['does not grant ecr:', 'service principal']],
    source:
      'docs/registries.md §13ww (d): SageMaker refusing an image whose repository policy does not let its service read it, "ValidationException The repository of your image 007439368137.dkr.ecr.eu-west-2.amazonaws.com/… does not grant ecr:GetDownloadUrlForLayer, ecr:BatchGetImage, ecr:BatchCheckLayerAvailability permission to sagemaker.amazonaws.com service principal." (docs/real-texts.md dev102-ecr-06): the repository\'s policy, not a login'
  },
  {
    // docs/registries.md §13x (d): ECS (the agent's CannotPullContainerError)
    // got 403 from ECR for the image: the task's execution role, or another
    // account's repository policy, does not let it read the repository
    id: 'ECR008',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: [['cannotpullcontainererror', '403 forbidden']],
    source:
      'docs/registries.md §13x (d): Amazon ECS "CannotPullContainerError: … unexpected status … [manifests …]: 403 Forbidden" for a Fargate service whose task execution role lacked ECR permissions (aws/aws-cdk#14457, docs/real-texts.md dev10-ecr-05), and "… HEAD request to https://<account>.dkr.ecr.<region>.amazonaws.com/v2/…/blobs/…: 403 Forbidden" after the publisher\'s cross-account repository policy was withdrawn (aws-samples/bedrock-access-gateway#114); the ECS developer guide, "CannotPullContainer task errors" and "Amazon ECS task execution IAM role"'
  },
  {
    // docs/registries.md §13ss (c): a build's FROM image in a private ECR
    // registry the build had no login for (ECS's own pull is ECR008's)
    id: 'ECR013',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [['load metadata for', '.dkr.ecr.', '[manifests ', '403 forbidden']],
    source:
      'docs/registries.md §13ss (c): BuildKit, "[internal] load metadata for <account>.dkr.ecr.<region>.amazonaws.com/…" then "ERROR: pulling from host <account>.dkr.ecr.<region>.amazonaws.com failed with status code [manifests <tag>]: 403 Forbidden" from `cdk deploy`, which builds a DockerImageAsset before its docker login to that registry (aws/aws-cdk#25894), and "unexpected status code [manifests 0.23-1-cpu-py3]: 403 Forbidden" for an AWS-owned SageMaker base image the build had not logged in to (aws/aws-cdk#17268)'
  },
  {
    // docs/registries.md §13ss (c): ECR refusing what was sent as its
    // token (the encoded GetAuthorizationToken answer, not its password):
    // before LOOK004, which reads the pull's framing
    id: 'ECR014',
    diagnosis: 'invalid-credentials',
    match: ['your authorization token is invalid'],
    source:
      'docs/registries.md §13ss (c): "pull access denied for XXXXX.dkr.ecr.us-west-2.amazonaws.com/XXXXXXX, repository does not exist or may require \'docker login\': denied: Your Authorization Token is invalid." to dockerode given the base64 authorizationToken as the password, not its decoded part after "AWS:" (apocas/dockerode#448)'
  },
  {
    // docs/registries.md §13kk (d): Lambda refusing another account's ECR repository
    id: 'ECR009',
    diagnosis: 'not-a-login-failure',
    match: ['image repository must be in the same account as the caller'],
    source:
      'docs/registries.md §13kk (d): AWS Lambda\'s CreateFunction, "InvalidParameterValueException … Image repository must be in the same account as the caller" (before Lambda took images of other accounts: docs/real-texts.md dev16-not-login-05): where the image is, not a credential',
    what: "Lambda refused an image from another account's ECR repository: push the image to an ECR repository in the function's own account"
  },
  {
    // docs/registries.md §13rr (q): an AWS service whose execution role may
    // not read the repository it is given
    id: 'ECR011',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: ['access denied while validating ecr uri'],
    source:
      "docs/registries.md §13rr (q): Amazon Bedrock AgentCore's CreateAgentRuntime, \"ValidationException … Access denied while validating ECR URI '<account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>'. The execution role requires permissions for ecr:GetAuthorizationToken, ecr:BatchGetImage, and ecr:GetDownloadUrlForLayer operations.\" (docs/real-texts.md dev34-ecr-01: the runtime's execution role lacked them)"
  }
]

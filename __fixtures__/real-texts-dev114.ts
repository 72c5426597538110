/**
 * The hundred-and-fourteenth development set ("dev114": Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-fourteenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV114: readonly RealText[] = [
  {
    id: 'dev114-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "[ERROR] Failed to execute goal io.fabric8:docker-maven-plugin:0.15.16:push (default-cli) on project service: Unable to push service': error parsing HTTP 403 response body: invalid character 'Y' looking for beginning of value: \"Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.\" -> [Help 1]",
    source: 'fabric8io/docker-maven-plugin#556',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired', 'malformed-credentials'],
    note: 'needs the thread: the reporter fetched the token right before the run with `aws ecr get-authorization-token --query authorizationData[].authorizationToken` and passed that value (the base64 of `AWS:<password>`, not the password) as -Ddocker.password with username AWS; ECR calls the token it cannot use expired. INFERENCE: no fix is confirmed in the thread (a later comment says newer plugin versions take IAM keys instead). Host: placeholder host of the same family: the post does not show the registry host.'
  },
  {
    id: 'dev114-ecr-02',
    family: 'ecr',
    host: '219919340901.dkr.ecr.us-east-1.amazonaws.com',
    text: "Failed to execute goal io.fabric8:docker-maven-plugin:0.20.1:build (build) on project auto-analysis-service-server: Unable to pull '219919340901.dkr.ecr.us-east-1.amazonaws.com/decp/decp-base-image-corretto:8u242' from registry '219919340901.dkr.ecr.us-east-1.amazonaws.com' : Head \"https://219919340901.dkr.ecr.us-east-1.amazonaws.com/v2/decp/decp-base-image-corretto/manifests/8u242\": no basic auth credentials (Internal Server Error: 500) -> [Help 1]",
    source: 'fabric8io/docker-maven-plugin#1716',
    expected: 'missing-credentials',
    note: 'The plugin sent the pull with no credential although `docker login` to ECR had run (plain docker pull works); the maintainer suggests upgrading from 0.20.1, INFERENCE: not confirmed.'
  },
  {
    id: 'dev114-ecr-03',
    family: 'ecr',
    host: 'xxxx.dkr.ecr.us-west-2.amazonaws.com',
    text: "Failed to execute goal io.fabric8:fabric8-maven-plugin:3.5.40:push (default-cli) on project jenkins-master: Unable to push 'dbg/jenkins-master' from registry 'xxxx.dkr.ecr.us-west-2.amazonaws.com' : no basic auth credentials -> [Help 1]",
    source: 'fabric8io/fabric8-maven-plugin#1320',
    expected: 'missing-credentials',
    note: 'Host kept as the reporter masked it. docker push from the command line works, so the plugin sent its push with no credential; the reporter suspects it does not read the login docker keeps in wincred. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev114-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '[ERROR] Failed to execute goal com.spotify:dockerfile-maven-plugin:1.4.8:push (default-cli) on project website: Could not push image: denied: Your Authorization Token is invalid. -> [Help 1]',
    source: 'spotify/dockerfile-maven#243',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'ECR refused the token the plugin sent as invalid; the thread is a request for ECR authentication support, so which stored token the plugin picked is not shown (an old one would read expired too). Host: placeholder host of the same family: the post does not show the registry host.'
  },
  {
    id: 'dev114-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: (HTTP code 500) server error - failed to resolve reference "<AWS_ACCOUNT>.dkr.ecr.<AWS_REGION>.amazonaws.com/myContainer:latest": unexpected status from HEAD request to <AWS_ACCOUNT>.dkr.ecr.<AWS_REGION>.amazonaws.com/v2/myContainer/manifests/latest: 401 Unauthorized',
    source: 'testcontainers/testcontainers-node#752',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: '`docker pull` of the same image works after `aws ecr get-login-password | docker login`; the pull Testcontainers asked the daemon for carried no credential for the ECR host. INFERENCE: the stored thread shows no confirmed fix. Host: placeholder of the same family (the post masked account and region).'
  },
  {
    id: 'dev114-ecr-06',
    family: 'ecr',
    host: 'redacted.dkr.ecr.us-west-2.amazonaws.com',
    text: 'failed to resolve digest: failed to fetch image reference: redacted.dkr.ecr.us-west-2.amazonaws.com/nginx:latest, error: GET https://redacted.dkr.ecr.us-west-2.amazonaws.com/v2/nginx/manifests/latest: unexpected status code 401 Unauthorized: Not Authorized',
    source: 'nirmata/kyverno-notation-aws#315',
    expected: 'missing-credentials',
    case: 'tool-cloud-identity',
    note: 'needs the thread: the kyverno-notation-aws pod was to sign in to ECR with its IRSA role; the reporter closed it with "My IRSA was misconfigured", so the tool found no AWS identity and read the manifest with no credential. Host kept as masked.'
  },
  {
    id: 'dev114-ecr-07',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error: INSTALLATION FAILED: unexpected status from HEAD request to https://public.ecr.aws/v2/kro/kro/manifests/0.1.0: 403 Forbidden',
    source: 'kubernetes-sigs/kro#153',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired'],
    note: 'needs the thread: a helm install of a chart anyone may pull; a commenter fixed the same error by deleting the ECR login entries in Keychain Access (an old stored public.ecr.aws login sent with the pull). INFERENCE for the reporter, who did not confirm.'
  },
  {
    id: 'dev114-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Pulling [imagename] ([aws_account_id].dkr.ecr.[region].amazonaws.com/[path]:[tag])...\nPulling repository [aws_account_id].dkr.ecr.[region].amazonaws.com/[path]\nERROR: unauthorized: authentication required',
    source: 'awslabs/amazon-ecr-credential-helper#41',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: `docker-compose pull` with the ECR helper named per registry under credHelpers (credsStore works); docker-compose of the time did not consult credHelpers (docker/compose#4948), so the pull carried no credential. The lines before (a Docker Hub image pulled) are trimmed. Host: placeholder of the same family (the post wrote [aws_account_id] and [region]).'
  },
  {
    id: 'dev114-ecr-09',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam::982****37**5:user/whatever is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
    source: 'aws/aws-cli#2170',
    expected: 'aws-access-denied',
    note: '`aws ecr get-login --region eu-west-1`, run again with --no-verify-ssl after a certificate error behind a corporate proxy; the text is the second error, with the account id as the reporter masked it; the urllib3 InsecureRequestWarning lines before it are trimmed. Host: placeholder host of the same family: the post does not show the registry host (region from the command).'
  },
  {
    id: 'dev114-ecr-10',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'error pushing image: failed to push to destination redact.amazonaws.com/redact.ecr/redact:0.0.72: GET https://public.ecr.aws/v2/docker/library/python/blobs/sha256:d2c04aca259ccbbbd92a78c0452532b76b5b2812b06999bafaaae910297770a9: DENIED: Your Authorization Token is invalid.',
    source: 'GoogleContainerTools/kaniko#3199',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials'],
    case: 'registry-token-ttl',
    note: 'needs the thread: it fails only when the Kaniko build (on EKS with IRSA, pushing to private ECR from a public.ecr.aws base) runs just over an hour, the life of the role session behind the token. INFERENCE: the issue is open with no confirmed fix. Host: the host that refused (the destination is masked in the post).'
  },
  {
    id: 'dev114-ecr-11',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '#2 ERROR: error getting credentials - err: exec: "docker-credential-ecr-login": executable file not found in $PATH, out: ``',
    source: 'aws/aws-codebuild-docker-images#743',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'CodeBuild image aws/codebuild/standard:7.0 with the ECR helper named in the docker config but not installed in that image version. Host: placeholder host of the same family: the post does not show the registry host.'
  },
  {
    id: 'dev114-ecr-12',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.',
    source: 'docker/login-action#64',
    expected: 'invalid-credentials',
    case: 'aws-access-key',
    note: 'docker/login-action@v1 with an ECR registry and no username or password on a self-hosted runner with an instance role; a manual `aws ecr get-login-password | docker login` works there. The maintainer says the action only sets AWS keys from its inputs; INFERENCE: which stale key the AWS CLI picked up is not shown. Host: placeholder of the same family (the post wrote <aws-account-id> and <aws-region>).'
  },
  {
    id: 'dev114-ecr-13',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'fail: docker push <accountid>.dkr.ecr.eu-central-1.amazonaws.com/cdk-hnb659fds-container-assets-<accountid>-eu-central-1:<hash> \nexited with error code 1: denied: User: arn:aws:sts::<trusted-accountid>:assumed-role/<sso>/<username> is not authorized \nto perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-central-1:<accountid>:repository/cdk-hnb659fds-container-assets-<accountid>-eu-central-1 \nbecause no resource-based policy allows the ecr:InitiateLayerUpload action',
    source: 'aws/aws-cdk#30400',
    expected: 'insufficient-scope',
    note: "cdk deploy from a trusted account: the push to the bootstrap assets repository of another account is refused by that repository's policy. Lines broken as posted. Host: placeholder of the same family (the post wrote <accountid>)."
  },
  {
    id: 'dev114-ecr-14',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::<user-id>:assumed-role/InfrastructureStack-CdkPipelineBuildSynthCdkBuildP-1Q0CJAMRUF46N/AWSCodeBuild-a11b21c5-96f2-400b-960d-2383afedc067 is not authorized to perform: ecr:GetAuthorizationToken on resource: *\n--\nError: Cannot perform an interactive login from a non TTY device',
    source: 'aws/aws-cdk#11544',
    expected: 'aws-access-denied',
    note: "`aws ecr get-login-password | docker login` run from a CDK pipeline's CodeBuild synth step; the empty stdin of docker login follows from the refusal above it. Host: placeholder host of the same family: the post does not show the registry host."
  },
  {
    id: 'dev114-ecr-15',
    family: 'ecr',
    host: '602401143452.dkr.ecr.eu-central-1.amazonaws.com',
    text: 'failed to resolve reference "602401143452.dkr.ecr.eu-central-1.amazonaws.com/amazon-k8s-cni:v1.7.10": unexpected status code [manifests v1.7.10]: 401 Unauthorized\nerror getting credentials from ECR for 602401143452.dkr.ecr.us-west-2.amazonaws.com AccessDeniedException: User: arn:aws:sts::######:assumed-role/##### is not authorized to perform: ecr:GetAuthorizationToken on resource: * with an explicit deny',
    source: 'kubernetes/kops#12408',
    expected: 'aws-access-denied',
    alsoAcceptable: ['missing-credentials'],
    note: "Two lines the post quotes separately (the aws-node pod's event, then the kubelet log), joined here. The nodes' account disables region us-west-2 (an explicit deny), and the kubelet asked that region's ECR for a token, so the pull went without one."
  },
  {
    id: 'dev114-not-login-01',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: '2024/03/07 17:06:56 Failed to get image auth for public.ecr.aws. Setting empty credentials for the image: public.ecr.aws/docker/library/postgres:15-alpine. Error is:credentials not found in native keychain\n2024/03/07 17:06:56 🐳 Creating container for image public.ecr.aws/docker/library/postgres:15-alpine\n2024/03/07 17:06:56 ERROR could not start postgres container error="Error response from daemon: No such image: public.ecr.aws/docker/library/postgres:15-alpine: failed to create container"\npanic: Error response from daemon: No such image: public.ecr.aws/docker/library/postgres:15-alpine: failed to create container',
    source: 'opentdf/platform#323',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "The keychain line is testcontainers-go's routine notice before an anonymous pull of a public image; the test failed because the image was not on the host when the container was created, occasionally, and passes on a re-run. Earlier Ryuk lines trimmed. INFERENCE: no cause is confirmed in the thread."
  },
  {
    id: 'dev114-not-login-02',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Error: creating Lambda Function (alex-researcher): InvalidParameterValueException:\nThe image manifest, config or layer media type for the source image\n<account>.dkr.ecr.us-east-1.amazonaws.com/alex-researcher:deploy-<tag> is not supported.',
    source: 'ed-donner/alex#43',
    expected: 'not-a-login-failure',
    note: "The push to ECR succeeded; Lambda refuses the OCI image index that BuildKit's provenance attestation made; the pull request adds --provenance=false. Quoted from the pull request's description. Host: placeholder of the same family (the post wrote <account>)."
  },
  {
    id: 'dev114-not-login-03',
    family: 'not-login',
    host: '012345678901.dkr.ecr.ap-southeast-2.amazonaws.com',
    text: 'failed to solve: failed to push 012345678901.dkr.ecr.ap-southeast-2.amazonaws.com/sst-asset:my-service: failed to do request: Head "https://012345678901.dkr.ecr.ap-southeast-2.amazonaws.com/v2/sst-asset/blobs/sha256:<long sha value>": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    source: 'anomalyco/sst#4023',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "A corporate network with a TLS-inspecting proxy: docker push from the shell works, sst's own build-and-push does not trust the proxy's certificate authority. The post's sst header lines above the error are trimmed."
  },
  {
    id: 'dev114-not-login-04',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Failed to log in to ECR: Error response from daemon: client version 1.43 is too new. Maximum supported API version is 1.42\nError: Error response from daemon: client version 1.43 is too new. Maximum supported API version is 1.42',
    source: 'surajincloud/ecrctl#18',
    expected: 'not-a-login-failure',
    note: "Reads as a failed login, but the docker daemon (Docker Desktop) was older than the API version the tool's client speaks; fixed by updating Docker Desktop. The `> ecrctl login` prompt line is trimmed. Host: placeholder host of the same family: the post does not show the registry host."
  }
]

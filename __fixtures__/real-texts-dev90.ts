/**
 * The ninetieth development set ("dev90": Amazon ECR (private `*.dkr.ecr.*.amazonaws.com` and `public.ecr.aws`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninetieth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV90: readonly RealText[] = [
  {
    id: 'dev90-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '$ aws ecr get-login-password --region <<region>> | docker login --username AWS --password-stdin <<account-id>>.dkr.ecr.<<region>>.amazonaws.com\nError saving credentials: error storing credentials - err: exit status 1, out: `not implemented`',
    source: 'NixOS/nixpkgs#151920',
    expected: 'credential-store-error',
    case: 'helper-read-only',
    note: 'The credential helper refused to store the login. The case rests on the thread: the docker config had {"credsStore": "ecr-login"}, and removing it fixed the login. The post masked the registry host as <<account-id>>.dkr.ecr.<<region>>.amazonaws.com (kept in the text); host is a placeholder.'
  },
  {
    id: 'dev90-ecr-02',
    family: 'ecr',
    host: '692230297653.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Connect timeout on endpoint URL: "https://api.ecr.us-west-2.amazonaws.com/"\nError: Cannot perform an interactive login from a non TTY device',
    source: 'ZhangYuanhan-AI/CelebASpoofChallengeSubmissionExample#6',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: 'The ECR API endpoint timed out, so get-login-password printed nothing and docker login got an empty password on stdin (the non-TTY line). The cause is the network; missing-credentials describes only the second line. The host is the registry named in the posted command.'
  },
  {
    id: 'dev90-ecr-03',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Retrieving registries data through AWS SDK...\nAWS Public ECR detected with us-east-1 region\nLogging into public.ecr.aws...\nError: Error saving credentials: error storing credentials - err: exit status 1, out: `The stub received bad data.`',
    source: 'docker/login-action#575',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: 'docker/login-action on a Windows runner: the Windows credential store (wincred) refuses the long ECR Public token.'
  },
  {
    id: 'dev90-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: <user-arn> is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
    source: 'awsdocs/amazon-ecr-user-guide#19',
    expected: 'aws-access-denied',
    note: 'Quoted in a pull request that fixes the guide\'s sample policy: ecr:GetAuthorizationToken had been scoped to one repository, and it takes only Resource "*". The ARN is masked as posted; no registry is named, so host is a placeholder.'
  },
  {
    id: 'dev90-ecr-05',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: '% docker pull public.ecr.aws/sam/emulation-python3.8\nUsing default tag: latest\nError response from daemon: Get "https://public.ecr.aws/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n% docker pull public.ecr.aws/sam/emulation-python3.8\nUsing default tag: latest\nError response from daemon: Get "https://public.ecr.aws/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'aws/aws-sam-build-images#42',
    expected: 'registry-unreachable',
    note: 'From a comment in the thread (the issue is titled as an access denial, the comment shows the timeouts).'
  },
  {
    id: 'dev90-ecr-06',
    family: 'ecr',
    host: '097676021280.dkr.ecr.eu-central-1.amazonaws.com',
    text: '10.25.2.10: {"ts":1748003206479.928,"caller":"plugin/plugin.go:440","msg":"Failed getting credential from external registry credential provider: error execing credential provider plugin ecr-credential-provider for image 097676021280.dkr.ecr.eu-central-1.amazonaws.com/backend-daemon-import: fork/exec /usr/local/lib/kubelet/credentialproviders/ecr-credential-provider: no such file or directory: "}',
    source: 'siderolabs/talos#11086',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    note: "The kubelet could not start its ECR credential provider plugin (the kubelet's counterpart of a docker credential helper); the thread finds the binary is linked against musl, which the node lacks. The pull then goes without a credential, hence missing-credentials too. INFERENCE: the stored thread shows no confirmed fix. Inline-code backticks around the posted line dropped."
  },
  {
    id: 'dev90-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-northeast-3.amazonaws.com',
    text: "2024/05/27 00:11:15 Publishing XXXXXXXXXXXXXX.dkr.ecr.ap-northeast-3.amazonaws.com/ko-example/ko-example-yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy:latest\nError: failed to publish images: error publishing ko://ko-example: writing sbom: POST https://XXXXXXXXXXXXXX.dkr.ecr.ap-northeast-3.amazonaws.com/v2/ko-example/ko-example-yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy/blobs/uploads/: NAME_UNKNOWN: The repository with name 'ko-example/ko-example-yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' does not exist in the registry with id 'XXXXXXXXXXXXXX'",
    source: 'ko-build/ko#1322',
    expected: 'repository-not-found',
    note: 'ko build without --bare appends a hash to the repository name, which ECR does not create on push. The post masked the account id; host is a placeholder.'
  },
  {
    id: 'dev90-ecr-08',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
    text: "Error: Inaccessible host: `api.ecr.eu-central-1.amazonaws.com' at port `undefined'. This service may not be available in the `eu-central-1' region.",
    source: 'aws-actions/amazon-ecr-login#313',
    expected: 'registry-unreachable',
    note: 'amazon-ecr-login could not reach the ECR API: the runner needs a proxy (HTTP_PROXY, HTTPS_PROXY), which the action then ignored. The post names no registry; host is a placeholder of the region shown.'
  },
  {
    id: 'dev90-ecr-09',
    family: 'ecr',
    host: 'vpce-04491ad6d5ad762be-w2ubuh1p.api.ecr.eu-west-1.vpce.amazonaws.com',
    text: 'aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin vpce-xxxxxxxx-w2ubuh1p.api.ecr.eu-west-1.vpce.amazonaws.com\n-----\nError response from daemon: login attempt to https://vpce-04491ad6d5ad762be-w2ubuh1p.api.ecr.eu-west-1.vpce.amazonaws.com/v2/ failed with status: 403 Forbidden',
    source: 'aws/aws-cli#6147',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    alsoAcceptable: ['registry-mismatch', 'unknown'],
    note: 'docker login was pointed at the VPC endpoint of the ECR API (api.ecr), not at a registry (the dkr endpoint), which answers /v2/ with 403: the address is not a registry. registry-mismatch (the wrong host for the login) and unknown are defensible too.'
  },
  {
    id: 'dev90-ecr-10',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: 'time="2021-05-08T15:05:34Z" level=info msg="Unable to update container \\"/[container-name]\\": Error response from daemon: Get https://[redacted].dkr.ecr.ap-southeast-1.amazonaws.com/v2/[ecr-repo]/manifests/latest: no basic auth credentials. Proceeding to next."',
    source: 'containrrr/watchtower#957',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'Watchtower pulled from ECR with no credential although it was set up with the ecr-login helper (the posted compose file also sets AWS_REGION=us-southeast-1); the helper giving nothing makes credential-store-error defensible. INFERENCE: the stored thread shows no confirmed fix. The post masked the account id; host is a placeholder.'
  },
  {
    id: 'dev90-ecr-11',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '2022/04/27 09:20:50 authentication failed\nPassword: Error: getting username and password: reading password: inappropriate ioctl for device',
    source: 'mmmorris1975/aws-runas#81',
    expected: 'missing-credentials',
    case: 'password',
    note: 'needs the thread: aws-runas ... aws ecr get-login-password piped into podman login --password-stdin; the token request failed (aws-runas called GetAuthorizationToken without a region, fixed in 3.3.3), so podman got no password and tried to prompt. The post names the registry only as ECR-endpoint-1; host is a placeholder.'
  },
  {
    id: 'dev90-ecr-12',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'Exception in thread "pool-2-thread-1" com.github.dockerjava.api.exception.DockerClientException: Could not build image: Get https://{aws_account}.dkr.ecr.us-west-2.amazonaws.com/v2/my-base/manifests/latest: no basic auth credentials\n\tat com.github.dockerjava.core.command.BuildImageResultCallback.getImageId(BuildImageResultCallback.java:79)\n\tat com.github.dockerjava.core.command.BuildImageResultCallback.awaitImageId(BuildImageResultCallback.java:51)',
    source: 'docker-java/docker-java#1173',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'docker-java: the client was configured with the ECR token, but the build of a FROM image on ECR sent no registry credential (a build needs its own auth configs). INFERENCE: the thread went stale without a confirmed fix. The post masked the account id; host is a placeholder.'
  },
  {
    id: 'dev90-ecr-13',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '#31 [auth] sharing credentials for ***\n#31 DONE 0.0s\n\n#30 exporting to image\n#30 19.66 error: failed to do request: Post "https://***/v2/dev/db-migration/blobs/uploads/": EOF',
    source: 'docker/build-push-action#599',
    expected: 'repository-not-found',
    alsoAcceptable: ['registry-unreachable'],
    note: 'needs the thread: the registry is ECR (login-action with AWS keys on secrets.DEV_ECR_REPOSITORY_URL) and only one of several images fails; ECR ends the upload request with EOF when the repository (dev/db-migration) does not exist. INFERENCE: the stored thread shows no confirmed fix. The post masked the host (***); host is a placeholder.'
  },
  {
    id: 'dev90-ecr-14',
    family: 'ecr',
    host: '066245240757.dkr.ecr.us-east-1.amazonaws.com',
    text: '2018-04-01T16:21:13Z [ERROR] Managed task [arn:aws:ecs:us-east-1:066245240757:task/436501b9-5759-46e4-ada1-192f08892cc6]: Error while pulling container deploy-ecs-basic-image, will try to run anyway: API error (404): repository 066245240757.dkr.ecr.us-east-1.amazonaws.com/deploy-ecs-basic not found',
    source: 'Shippable/support#4234',
    expected: 'repository-not-found',
    note: 'An ECS agent log line from a comment; the later log lines of the post are trimmed.'
  },
  {
    id: 'dev90-ecr-15',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn: aws:lam::ARN:user/ecr_pipeline is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
    source: 'cattle-ops/terraform-aws-gitlab-runner#779',
    expected: 'aws-access-denied',
    note: 'From a comment (the issue is titled for a docker socket error): aws ecr get-login-password | docker login in a GitLab CI job. The ARN is masked as posted; the registry is $DOCKER_REGISTRY, so host is a placeholder.'
  },
  {
    id: 'dev90-not-login-01',
    family: 'not-login',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 12345678-eu-west-1.amazonaws.com/example-service:example-image:image-tag@sha256:sha digest: not found',
    source: 'aws/containers-roadmap#2687',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'ECS (Fargate) resolved the tag to a digest the cross-account ECR repository no longer has. The post masked the registry as 12345678-eu-west-1.amazonaws.com (kept in the text); host is a placeholder.'
  },
  {
    id: 'dev90-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref docker.io/library/sha256:8795397484604bc67cfcda4f4245dd248b172df523ce9778209e735ffe370426: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'aws-actions/amazon-ecs-deploy-task-definition#584',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'Met deploying an ECR image to ECS: the task definition held a bare digest, which ECS read as the Docker Hub repository library/sha256. Looks like a refused login, but the image reference names no repository that exists.'
  },
  {
    id: 'dev90-not-login-03',
    family: 'not-login',
    host: '064250592128.dkr.ecr.ap-southeast-2.amazonaws.com',
    text: 'CannotPullContainerError: failed to find a descriptor for platform {linux/amd64}',
    source: 'aws/containers-roadmap#1120',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'Fargate platform version 1.4.0 could not match an image that buildah pushed to ECR in OCI format; pushing with --format=docker works around it. The host is the registry of the posted workaround.'
  },
  {
    id: 'dev90-not-login-04',
    family: 'not-login',
    host: 'public.ecr.aws',
    text: 'CannotPullContainerError failed to find a descriptor for platform 0xc0004d52c0 0xc0004d5320',
    source: 'hashicorp/consul-ecs#64',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'Fargate pulling public.ecr.aws/hashicorp/consul-ecs:0.3.0, whose published manifest list had no linux/amd64 entry (docker pull says no matching manifest).'
  }
]

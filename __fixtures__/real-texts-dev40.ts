/**
 * A fortieth development set of real registry error texts ("dev40"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fortieth
 * development set"). Its direction: CI systems other than GitHub Actions and
 * cloud deployment services (Concourse, Travis CI, AWS CodeBuild and
 * CodePipeline, CDK assets, Copilot, App Runner, Lambda container images, ECS
 * and AWS Batch, Elastic Beanstalk, Cloud Build and Cloud Run, Firebase
 * Functions, Azure Container Apps, App Service and Container Instances,
 * Trigger.dev), plus Harbor behind reverse proxies. Sources are GitHub issues
 * and pull requests found with the search tool; none is a source of an
 * earlier set (the list of the 2016 earlier sources was checked before each
 * pick), and the hygiene test (__fixtures__/real-texts-hygiene.ts) compares
 * every text with every earlier set, the sealed and blind ones included,
 * without printing them.
 *
 * Each text was labelled from its thread before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * thread shows no confirmed fix. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV40: readonly RealText[] = [
  {
    id: 'dev40-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '2021-11-14T16:52:54.689Z INFO  - Pulling image: ghcr.io/microsoft/azure-api-management-monetization/app:latest\n2021-11-14T16:52:56.888Z ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://ghcr.io/v2/microsoft/azure-api-management-monetization/app/manifests/latest: unauthorized"}\n2021-11-14T16:52:56.890Z ERROR - Pull image threw Exception: Input string was not in a correct format.\n2021-11-14T16:52:56.892Z INFO  - Pulling image from Docker hub: ghcr.io/microsoft/azure-api-management-monetization/app:latest\n2021-11-14T16:52:57.608Z ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://ghcr.io/v2/microsoft/azure-api-management-monetization/app/manifests/latest: unauthorized"}\n2021-11-14T16:52:57.614Z WARN  - Image pull failed. Defaulting to local copy if present.\n2021-11-14T16:52:57.617Z ERROR - Image pull failed: Verify docker image configuration and credentials (if using private repository)\n2021-11-14T16:52:57.624Z INFO  - Stopping site yukiapimpaymentproviderdemo because it failed during startup.',
    source: 'microsoft/azure-api-management-monetization#19',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: Azure App Service (Web App for Containers) pulled the sample's GHCR image with no registry credential; after a maintainer's reply the reporter thanks him: \"I can pull t…\" (the stored reply is cut there). INFERENCE: the package was made readable anonymously. GHCR answers an anonymous pull of a private package with a bare 'unauthorized'. The App Service container log lines are kept whole"
  },
  {
    id: 'dev40-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed to pull image "ghcr.io/danwahlin/container-apps-store-api-microservice/node-service:sha-ac6a0a4": rpc error: code = Unknown desc = failed to pull and unpack image "ghcr.io/danwahlin/container-apps-store-api-microservice/node-service:sha-ac6a0a4": failed to resolve reference "ghcr.io/danwahlin/container-apps-store-api-microservice/node-service:sha-ac6a0a4": failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden',
    source: 'Azure-Samples/container-apps-store-api-microservice#33',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'cloud-service',
    note: "needs the thread: an Azure Container Apps revision pulling the tutorial's image, which the GitHub Actions workflow had just pushed to a new (private by default) GHCR package, with no registry credential on the container app. INFERENCE: the stored thread is open with no confirmed fix. The post's list bullet before the line is dropped"
  },
  {
    id: 'dev40-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'The push refers to a repository [quay.io/coreos/kube-etcd-signer-server]\na9de20b4874d: Preparing\ne53f74215d12: Preparing\nunauthorized: access to the requested resource is not authorized\nmake: *** [push/kube-etcd-signer-server] Error 1',
    source: 'coreos/kubecsr#13',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: 'a Travis CI job pushing new images with the repository\'s Quay robot credentials after its docker login; the author found "it was a permission issue" (the robot had no write permission on the new repositories) and the next build pushed. Quay answers a push it refuses this way whether the repository is missing or the robot lacks write, so repository-not-found is close; the build lines before the push are trimmed'
  },
  {
    id: 'dev40-harbor-01',
    family: 'harbor',
    host: 'registry.mydomain.com',
    text: 'The push refers to repository [registry.mydomain.com/my/app]\nunauthorized: unauthorized to access repository: my/app, action: push: unauthorized to access repository: my/app, action: push',
    source: 'bitnami/bitnami-docker-harbor-portal#12',
    expected: 'registry-unreachable',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Harbor (Bitnami compose) behind an AWS classic load balancer that terminates TLS; the push of large layers ended in this refusal, and the reporter fixed it by no longer setting X-Forwarded-Proto $scheme in Harbor's own nginx (\"The problem is the header forward\"): the proxy in front, not the account's rights. The host is the post's own masked name. Five 'Pushing'/'Preparing' progress lines between the two lines are cut"
  },
  {
    id: 'dev40-harbor-02',
    family: 'harbor',
    host: 'harbor.internal.domain.com',
    text: 'The push refers to repository [harbor.internal.domain.com/my-test-project/foo]\n9c27e219663c: Preparing\nunauthorized: unauthorized to access repository: my-test-project/foo, action: push: unauthorized to access repository: my-test-project/foo, action: push',
    source: 'goharbor/harbor#13553',
    expected: 'registry-unreachable',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a brand-new Harbor where the user is Project Admin, logged in ("Login Succeeded") and still refused the push; the maintainers labelled it an environment issue, and a later commenter with the same text behind a load-balancing nginx fixed it by adding proxy_redirect http:// $scheme:// to that proxy. INFERENCE: the reporter\'s own fix is not in the stored thread. The host is the post\'s own masked name'
  },
  {
    id: 'dev40-harbor-03',
    family: 'harbor',
    host: 'myurl:2000',
    text: 'Login Succeeded\nThe push refers to a repository [myurl:2000/library/harbor-log]\nunauthorized: authentication required',
    source: 'goharbor/harbor#1097',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Harbor behind the reporter's own nginx: the login succeeds and the push of the layers ends in this; the registry log shows requests reaching it without the token (\"authorization token required\"), the proxy in front not passing the flow through as Harbor expects. INFERENCE: closed as stale without a stated fix. Five 'Pushing' progress lines between the last two lines are cut; the host is the post's own masked name"
  },
  {
    id: 'dev40-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'Step 1/13 : FROM <account>.dkr.ecr.eu-west-1.amazonaws.com/...\n| Get https://<account>.dkr.ecr.eu-west-1.amazonaws.com/...: no basic auth credentials',
    source: 'aws/aws-cdk#10999',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "the asset-publishing CodeBuild project of CDK Pipelines logs in only to the CDK assets repository, so a Dockerfile whose FROM is an ECR image of another account is pulled with no credential for that host (the feature request that led to CDK Pipelines' dockerCredentials). The post masked the account: the host is a placeholder"
  },
  {
    id: 'dev40-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: '#3 [internal] load metadata for <ACCOUNT>.dkr.ecr.<REGION>.amazonaws.com/<REPO>:<TAG>\n#3 ERROR: pulling from host<ACCOUNT>.dkr.ecr.<REGION>.amazonaws.com failed with status code [manifests <TAG>]: 403 Forbidden',
    source: 'aws/aws-cdk#25894',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: "needs the thread: `cdk deploy` builds a DockerImageAsset before it runs its docker login to the deployment account's ECR, so a FROM image in that same registry is requested with no credential (ECR answers an anonymous manifest read with 403). The post masked account and region: the host is a placeholder"
  },
  {
    id: 'dev40-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-southeast-2.amazonaws.com',
    text: 'Step 1/6 : FROM xxxxxxxxxx.dkr.ecr.ap-southeast-2.amazonaws.com/myimage-base:latest\nPulling repository xxxxxxxxxx.dkr.ecr.ap-southeast-2.amazonaws.com/myimage-base\nunauthorized: authentication required',
    source: 'concourse/docker-image-resource#120',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: "needs the thread: a Concourse docker-image resource given aws_access_key_id/aws_secret_access_key builds an image whose FROM is in the same ECR; the docker 1.13 in the resource and its bundled ECR credential helper did not work together (concourse/docker-image-resource#101), so the base image was pulled without credentials; the workaround was the resource's docker-1.12.6 tag. The post masked the account: the host is a placeholder"
  },
  {
    id: 'dev40-ecr-04',
    family: 'ecr',
    host: '113537969376.dkr.ecr.ca-central-1.amazonaws.com',
    text: 'stderr:\nfailed to get ECR credentials: credentials not found in native keychain',
    source: 'concourse/docker-image-resource#270',
    expected: 'missing-credentials',
    alsoAcceptable: ['aws-access-denied', 'credential-store-error'],
    note: "needs the thread: the pipeline's docker-image resource names its keys access_key_id/secret_access_key instead of aws_access_key_id/aws_secret_access_key, so the resource's ECR credential helper had no AWS keys to exchange; a commenter with the same error fixed it in the AWS user's IAM permissions instead. INFERENCE: the reporter did not confirm a fix. The host is the repository the post names"
  },
  {
    id: 'dev40-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: "resource script '/opt/resource/check []' failed: exit status 1\n\nstderr:\nfailed to fetch manifest: Get https://xxxxxxxxxx.dkr.ecr.eu-west-1.amazonaws.com/v2/xxxxxxxxxxxx/manifests/xxxxxx: no basic auth credentials",
    source: 'concourse/concourse#1571',
    expected: 'missing-credentials',
    note: "the docker-image resource's check, configured with aws_access_key_id/aws_secret_access_key, stopped sending an ECR credential after an upgrade to Concourse 3.4.0 with nothing else changed (the same keys worked with the aws CLI). INFERENCE: the stored thread shows no fix. The post masked the account: the host is a placeholder"
  },
  {
    id: 'dev40-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Get https://<ECR_URL>/manifests/latest: no basic auth credentials',
    source: 'concourse/docker-image-resource#210',
    expected: 'missing-credentials',
    note: 'a put with load_base naming another ECR resource: the resource fetched the base image from the registry again, without the credential it held, instead of loading the saved one; the reporter later found it fixed in a newer Concourse. The post masked the registry: the host is a placeholder'
  },
  {
    id: 'dev40-ecr-07',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "Step 1/8 : FROM xxx.dkr.ecr.{region}.amazonaws.com/{image}:{tag}\n\npull access denied for xxx.dkr.ecr.{region}.amazonaws.com/{image}, repository does not exist or may require 'docker login'",
    source: 'aws/copilot-cli#1869',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: "needs the thread: a Copilot pipeline's CodeBuild build of a Dockerfile whose base image was moved to a private ECR repository; with the reporter's docker login in the buildspec the pull is refused this way (without it: no basic auth credentials). Copilot's build role may pull only from repositories tagged copilot-application (the maintainers' pointer, also aws/copilot-cli#4190). INFERENCE: no confirmed fix in the stored thread. The post masked account and region: the host is a placeholder"
  },
  {
    id: 'dev40-ecr-08',
    family: 'ecr',
    host: '238241637211.dkr.ecr.us-west-2.amazonaws.com',
    text: '[Container] 2022/04/15 17:12:24 Running command docker login --username $DOCKER_USERNAME -p $DOCKER_PASS $REPOSITORY_URI\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: login attempt to https://238241637211.dkr.ecr.us-west-2.amazonaws.com/v2/ failed with status: 401 Unauthorized',
    source: 'Hack4Eugene/SpeedUpAmerica#294',
    expected: 'invalid-credentials',
    alsoAcceptable: ['registry-mismatch'],
    note: 'a CodeBuild buildspec changed to log in to the ECR repository with Docker Hub credentials ($DOCKER_USERNAME/$DOCKER_PASS), which ECR does not know; the PR reverts to the aws ecr get-login login'
  },
  {
    id: 'dev40-gar-01',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'Step #0 - "fetch": Pulling image: us-central1-docker.pkg.dev/serverless-runtimes/utilities/gcs-fetcher:base_20251101_18_04_RC00\nError response from daemon: Head "https://us-central1-docker.pkg.dev/v2/serverless-runtimes/utilities/gcs-fetcher/manifests/base_20251101_18_04_RC00": denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/serverless-runtimes/locations/us-central1/repositories/utilities" (or it may not exist)',
    source: 'firebase/firebase-tools#9563',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: "a Firebase Functions (2nd gen) deploy: the Cloud Build step that fetches the source pulls Google's managed serverless-runtimes image and the build's identity is refused the read. INFERENCE: the stored thread is open with no confirmed fix"
  },
  {
    id: 'dev40-gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'ERROR: (gcloud.builds.submit) NOT_FOUND: Requested entity was not found',
    source: 'googlecodelabs/feedback#1960',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: `gcloud builds submit --pack image=${ARTIFACT_REGISTRY}/myimage` in a Cloud Run codelab; the maintainer answers that the command must run in the right directory with $ARTIFACT_REGISTRY set so that the image names a valid Artifact Registry repository. INFERENCE: no confirmation. The text names no host: the host is a placeholder'
  },
  {
    id: 'dev40-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Multiple error occurred: 'BadRequest':'InaccessibleImage':'The image '$REGISTRY/app:latest' in container group '$RG' is not accessible.",
    source: 'Azure/azure-cli#7593',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: "needs the thread: `az container create --file deploy.yaml` with --registry-login-server/--registry-username/--registry-password for the ACR: with --file the CLI ignores those arguments and the YAML held no imageRegistryCredentials, so Container Instances pulled with no credential (open issue, confirmed by other users). The post's $REGISTRY is kept; the host is a placeholder"
  },
  {
    id: 'dev40-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "The image 'myimage' in container group 'mygroup' is not accessible. Please check the image and azure registry credential.",
    source: 'Azure/azure-cli#27860',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: 'needs the thread: a multi-container Container Instances group from a YAML or ARM template with images in an ACR; --registry-username/--registry-password given beside --file are not applied, while the same credential works for a single image given on the command line. INFERENCE: open issue. The text is the message as the post quotes it in prose; the host is a placeholder (the post names none)'
  },
  {
    id: 'dev40-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Failed to provision revision for container app 'container-app08'. Error details: Code: 90712, ExtendedCode: 90712, Message: Error pulling the container image. Please check the image name or any registry credentials to access if required",
    source: 'microsoft/azure-container-apps#60',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    case: 'cloud-service',
    note: 'the reporter deployed the container app with wrong registry credentials on purpose (a Bicep repro); Container Apps could not pull with them. The registry is not named in the post: the host is a placeholder'
  },
  {
    id: 'dev40-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: '2025-06-02T12:23:49.153Z INFO  - Pulling image: xxxxxx.azurecr.io/xxxxxx:xxxxxx\n2025-06-02T12:23:49.378Z ERROR - DockerApiException: Docker API responded with status code=NotFound, response={"message":"manifest for xxxxxx.azurecr.io/xxxxxx:xxxxxx not found: manifest unknown: manifest tagged by \\"xxxxxx\\" is not found"}\n\n2025-06-02T12:23:49.489Z ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Head \\"https://xxxxxx.azurecr.io/v2/xxxxxx/manifests/xxxxxx\\": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: d6fd885c-3389-4d44-9eb8-d9eb5745f1da"}\n\n2025-06-02T12:23:49.490Z WARN  - Image pull failed. Defaulting to local copy if present.\n2025-06-02T12:23:49.492Z ERROR - Image pull failed: Verify docker image configuration and credentials (if using private repository)',
    source: 'Azure/webapps-deploy#454',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['missing-credentials'],
    case: 'manifest-unknown',
    note: "App Service pulling a tag its ACR does not (yet) have after a deploy reported success: the registry's own answer is manifest unknown; App Service then retries another way and gets the ACR 'unauthorized' line, which is not the cause (the issue asks the deploy action to check the image first). The post masked registry and image: the host is a placeholder"
  },
  {
    id: 'dev40-generic-01',
    family: 'generic',
    host: 'rrr-docker-nonprod-virtual.us.artifactory.r1.rrr.com',
    text: 'CannotPullContainerError: inspect image has been retried 1 time(s): failed to resolve ref "rrr-docker-nonprod-virtual.us.artifactory.r1.rrr.com/rrr-backend-service/aws2o:20220128.2": failed to authorize: failed to fetch anonymous token.',
    source: 'aws/containers-roadmap#1658',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: 'an ECS Fargate task pulling from a JFrog Artifactory Docker repository with no repositoryCredentials in the task definition, so the pull asked for an anonymous token; the answers (and the closing maintainer) point to ECS private registry authentication. INFERENCE: the reporter did not confirm'
  },
  {
    id: 'dev40-generic-02',
    family: 'generic',
    host: 'registry.depot.dev',
    text: '#28 ERROR: failed to push registry.depot.dev/0tz24lsnjm:TAG: failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized\n------\n > exporting to image:\n------\nError: failed to solve: failed to push registry.depot.dev/0tz24lsnjm:TAG: failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    source: 'triggerdotdev/trigger.dev#3732',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: '`trigger.dev deploy` to Trigger.dev Cloud: the build on Depot succeeds and the push to registry.depot.dev goes without a credential (an anonymous-token request); the reporter suspects the per-build token minted by the service was missing or lacked push scope. INFERENCE: the issue was closed without a stated cause. The post redacted the tag as TAG'
  },
  {
    id: 'dev40-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Login Succeeded\nThe push refers to repository [docker.io/gentoo/stage3]\n9fa033b3feca: Preparing\ndenied: requested access to the resource is denied',
    source: 'gentoo/gentoo-docker-images#95',
    expected: 'insufficient-scope',
    case: 'namespace',
    note: 'a Travis CI cron job whose account (larrythecow) logged in but was not a collaborator of the newly created stage3 repository; the maintainer gave the builder role Read & Write on it and every target pushed'
  },
  {
    id: 'dev40-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Instance: i-0746549b9c344f65e] Command failed on instance. Return code: 1 Output: (TRUNCATED)...ot exist or may require 'docker login' Failed to pull Docker image nikhilgb/testdocker:latest: Error response from daemon: pull access denied for nikhilgb/testdocker, repository does not exist or may require 'docker login'. Check snapshot logs for details. Hook /opt/elasticbeanstalk/hooks/appdeploy/pre/03build.sh failed. For more detail, check /var/log/eb-activity.log using console or EB CLI.",
    source: 'prakhar1989/docker-curriculum#187',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: an Elastic Beanstalk (single-container Docker) deploy whose Dockerrun.aws.json names nikhilgb/testdocker, while the Docker Hub repository the post links is nikhilgb/dockertest. INFERENCE: closed as stale with no confirmation'
  },
  {
    id: 'dev40-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Flow run could not be submitted to infrastructure: TaskFailedToStart - CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/prefecthq/prefect/manifests/sha256:69998e9cf3744779b98d816351e6ac837dc0eea4f450e0ad4180b6aefe995d33: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'PrefectHQ/prefect#12003',
    expected: 'rate-limited',
    note: "ECS tasks started by Prefect pull prefecthq/prefect from Docker Hub anonymously; the reporter's paid Prefect tier has nothing to do with Docker Hub's pull limit"
  },
  {
    id: 'dev40-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '#4 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/cypress/included/manifests/sha256:86e3bff9634b85a5239a65974ac3c98f51277a8e1519fbd57b5e528f55ab8bf7: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'apptension/saas-boilerplate#204',
    expected: 'rate-limited',
    note: 'an AWS CodePipeline PostDeploy step (CodeBuild) pulling cypress/included anonymously from Docker Hub; the issue proposes ECR Public and an ECR pull-through cache'
  },
  {
    id: 'dev40-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'CannotPullContainerError: API error (500): Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'aws/amazon-ecs-agent#1128',
    expected: 'registry-unreachable',
    note: "a Fargate task that could not reach the registry: the maintainer explains the pull goes over the task's network interface, which needs a route to the internet (public IP or NAT); the reporter posted the same line for an ECR image"
  },
  {
    id: 'dev40-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: "CannotPullContainerError: Error response from daemon: pull access denied for myprivate/testbatch, repository does not exist or may require 'docker login'",
    source: 'awslabs/aws-batch-helpers#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'cloud-service',
    note: "needs the thread: an AWS Batch job (ECS) on a private Docker Hub image; the launch template ran docker login in user data, which the ECS agent does not use (it takes ECS_ENGINE_AUTH_TYPE/DATA or the task's repositoryCredentials), so the pull went without a credential. INFERENCE: the only reply points at ECR instead. The console labels around the line are dropped"
  },
  {
    id: 'dev40-not-login-01',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'UPDATE_FAILED: XXXLambdaFunction (AWS::Lambda::Function)\nResource handler returned message: "The image manifest or layer media type for the source image xxxxxx.dkr.ecr.region.amazonaws.com/serverless-xxx-stage@sha256:80966d8006f61a65f21ca9ce8a9e1c972ccc9b4b2b79d79\nad2a83e6a54e02ccc is not supported. (Service: Lambda, Status Code: 400, Request ID: 873aad37-92bf-4242-914c-361d010f64e\ne)" (RequestToken: 9335626b-3947-aea0-d4bd-1913eb03c3ae, HandlerErrorCode: InvalidRequest)',
    source: 'serverless/serverless#12933',
    expected: 'not-a-login-failure',
    note: "a Serverless Framework deploy of a Lambda container image after a Docker upgrade: the newer build pushes an image index with attestations, a media type Lambda does not take (built with --provenance=false it deploys). INFERENCE: the stored thread has no reply. The post's line wraps inside the digest and request id are kept; the host is a placeholder for the masked account"
  },
  {
    id: 'dev40-not-login-02',
    family: 'not-login',
    host: '367749062877.dkr.ecr.us-east-1.amazonaws.com',
    text: 'BedrockChatStack |  77/159 | 9:57:34 AM | CREATE_FAILED        | AWS::Lambda::Function                     | Embedding/FetchStackOutputHandler (EmbeddingFetchStackOutputHandlerA0F2B6A9) Resource handler returned message: "The image manifest, config or layer media type for the source image 367749062877.dkr.ecr.us-east-1.amazonaws.com/cdk-hnb659fds-container-assets-367749062877-us-east-1:b15a8be4c79bc7f56ef42399e3871920382d83febe3090a677f12d35de4f9430 is not supported. (Service: Lambda, Status Code: 400, Request ID: 1588994a-ad09-402e-822f-d7a40ec86d70) (SDK Attempt Count: 1)" (RequestToken: 930e0736-7d5d-d5e2-ecee-73b35be76d71, HandlerErrorCode: InvalidRequest)',
    source: 'aws-samples/bedrock-chat#890',
    expected: 'not-a-login-failure',
    note: 'a CDK deploy in AWS CodePipeline: the container asset pushed by cdk-assets is an image index with provenance attestations, which Lambda rejects as a media type; nothing about credentials'
  },
  {
    id: 'dev40-not-login-03',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'This AWS::Lambda::Function resource is in a CREATE_FAILED state.\n\nResource handler returned message: "The image manifest, config or layer media type for the source image [AWSACCT#].dkr.ecr.us-east-1.amazonaws.com/bedrock-proxy-api:latest is not supported. (Service: Lambda, Status Code: 400, Request ID: 72b88508-7f01-487d-8460-cfe49db47651) (SDK Attempt Count: 1)" (RequestToken: b924457d-1f77-0f63-c0c1-7c0e601fe327, HandlerErrorCode: InvalidRequest)',
    source: 'aws-samples/bedrock-access-gateway#206',
    expected: 'not-a-login-failure',
    note: 'a CloudFormation deploy of a Lambda container image; the reporter got past it by building with `docker buildx build --platform linux/$ARCH --provenance=false --sbom=false`. The post masked the account: the host is a placeholder'
  },
  {
    id: 'dev40-not-login-04',
    family: 'not-login',
    host: '830482727482.dkr.ecr.eu-central-1.amazonaws.com',
    text: '2026/02/17 05:33:58 Current State Reason: The image manifest, config or layer media type for the source image %s is not supported.\n2026/02/17 05:33:58 Current State Reason Code: InvalidImage',
    source: 'marchof/java-almanac#310',
    expected: 'not-a-login-failure',
    note: 'Lambda functions updated from GitHub Actions with images whose build now added provenance manifests; fixed with `docker build --provenance=false` (and a manual save of the function in the console). The host is the repository the thread names'
  },
  {
    id: 'dev40-not-login-05',
    family: 'not-login',
    host: 'docker.pkg.github.com',
    text: 'Expected [region.]gcr.io/repo-path[:tag or @digest], obtained docker.pkg.github.com/.../.../image',
    source: 'GoogleCloudPlatform/cloud-run-button#147',
    expected: 'not-a-login-failure',
    note: '`gcloud beta run deploy --image docker.pkg.github.com/...` from a workflow: Cloud Run then deployed only images from gcr.io ("For now Cloud Run only supports gcr.io registries"); no request reached the GitHub registry'
  },
  {
    id: 'dev40-not-login-06',
    family: 'not-login',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'Deployment with ID : (REDACTED) failed. Failure reason : Failed to copy the image from ECR',
    source: 'aws/apprunner-roadmap#46',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    case: 'platform',
    note: "needs the thread: an App Runner deployment from a private ECR repository that held only an arm64 image, while App Runner runs amd64 (the commenter's own finding, in the thread about App Runner's terse deployment logs). The host is a placeholder"
  },
  {
    id: 'dev40-not-login-07',
    family: 'not-login',
    host: '192.168.1.3:5000',
    text: 'ERRO[0000] invalid payload: json: unknown field "insecure_registries"',
    source: 'concourse/registry-image-resource#29',
    expected: 'not-a-login-failure',
    note: 'a Concourse registry-image resource given insecure_registries, a field it did not take (the issue asks for insecure registries); the put fails on its own configuration before any request. The host is the plain-HTTP registry the comment names'
  }
]

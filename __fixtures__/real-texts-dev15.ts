/**
 * A fifteenth development set of real registry error texts ("dev15"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The fifteenth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1178
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
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

export const REAL_TEXTS_DEV15: readonly RealText[] = [
  {
    id: 'dev15-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error response from daemon: Head "https://ghcr.io/v2/themartz90/jellydash/manifests/latest": unauthorized',
    source: 'themartz90/jellydash#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "`docker compose up` of the project's README image; the maintainer's reply: the GHCR package was still private, fixed by making it public. The `[+] Running` and `✘` lines around it are left out"
  },
  {
    id: 'dev15-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/vroom-project/vroom-docker:v1.14.0\nError response from daemon: denied',
    source: 'VROOM-Project/vroom-docker#79',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: logged in with a classic token holding `read:packages`, the pull is refused; a maintainer answers that the org's packages are private by default and the reporter gets `unauthorized` once logged out, so the package is not readable by that account. INFERENCE: no fix confirmed in the stored copy. The command and its reply are quoted in the post's prose; they are joined here"
  },
  {
    id: 'dev15-ghcr-03',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error Unable to access image docker.pkg.github.com/<PACKAGE:TAG>: 401 Unauthorized',
    source: 'superfly/flyctl#75',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: `flyctl deploy` of an image on the old GitHub Packages registry (docker.pkg.github.com, which asked for a login even for public images); Fly's maintainer: the service then only pulled from Docker Hub or its own registry, so it sent no credential for that host. Masking (`<PACKAGE:TAG>`) as posted"
  },
  {
    id: 'dev15-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Unable to find image \'ghcr.io/coollabsio/coolify-helper:1.0.1\' locally\ndocker: Error response from daemon: Head "https://ghcr.io/v2/coollabsio/coolify-helper/manifests/1.0.1": denied: denied.',
    source: 'coollabsio/coolify#3412',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Coolify's installer pulling its own public helper image from GHCR on a server; the image is public (other installs pull it), so `denied` comes from a stored ghcr.io login on that server. INFERENCE: the issue was closed with a Docs label and no confirmed fix in the stored copy"
  },
  {
    id: 'dev15-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#2 ERROR: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Arailwayapp%2Fnixpacks%3Apull&service=ghcr.io: 403 Forbidden`',
    source: 'coollabsio/coolify#5575',
    expected: 'stale-login',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a Coolify nixpacks build pulling the public `ghcr.io/railwayapp/nixpacks` image that had worked before; BuildKit's `oauth token` (not `anonymous token`) shows a stored ghcr.io credential was sent. INFERENCE: no fix in the stored copy. The trailing backtick is as posted"
  },
  {
    id: 'dev15-gitlab-01',
    family: 'gitlab',
    host: 'registry.private.com.br',
    text: 'INFO[0000] Checking containers for updated images\nGet https://registry.private.com.br/v2/git/pw2/manifests/pwnginx: denied: access forbidden',
    source: 'containrrr/watchtower#30',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: Watchtower (centurylink/watchtower) checking an image on a self-managed GitLab registry with REPO_USER/REPO_PASS set; the maintainer answers it should be fixed by #26 (Watchtower did not send those credentials to that registry). INFERENCE: the reporter did not confirm. Trailing spaces trimmed'
  },
  {
    id: 'dev15-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.myapp.com',
    text: '"State": "rejected",\n"Message": "preparing",\n"Err": "No such image: registry.gitlab.myapp.com/web-transverse/project/frontend/frontend:develop-latest",',
    source: 'Dokploy/dokploy#1998',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a Dokploy application on Docker Swarm pulling from a self-managed GitLab registry chosen under the app's registry settings; the reporter traces it to Dokploy's getAuthConfig, which passes no registry auth when the app's own username and password are empty. INFERENCE: no fix confirmed in the stored copy. Three lines of a `docker inspect` Status block, indentation trimmed; the host is as posted"
  },
  {
    id: 'dev15-gitlab-03',
    family: 'gitlab',
    host: 'example.com:5050',
    text: "pull access denied for <registry host>:<registry port><registry path> (ex. example.com:5050/group/project), repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'portainer/portainer#12086',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: Portainer deploying a stack whose image is in a GitLab (or custom) registry added under Settings > Registries; the same image pulls from Portainer's Images page, so the stack deploy did not send the registry's credentials. INFERENCE: no fix confirmed in the stored copy. The placeholders are the post's own; host is its example (GitLab's registry port 5050)"
  },
  {
    id: 'dev15-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'docker pull quay.io/biocontainers/mulled-v2-7c516b755f8d6ae616ce3223f9bd681d6ec05c74:06b6dbb30cd61267dcce9872b3795023b7883dba\nError response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'BioContainers/multi-package-containers#342',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "The maintainer's reply: the image is only built once the PR is merged, so the repository did not exist yet (Quay answers `unauthorized` for a missing repository). The command is quoted in the post's prose after the error; it is put first here"
  },
  {
    id: 'dev15-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '! error: Import failed (InternalError): Internal error occurred: quay.io/3scale/3scale27:zync-3scale-2.7.0-GA: Get "https://quay.io/v2/3scale/3scale27/manifests/zync-3scale-2.7.0-GA": error parsing HTTP 429 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>429 Too Many Requests</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>429 Too Many Requests</h1></center>\\r\\n<hr><center>nginx/1.12.1</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
    source: '3scale/3scale-operator#583',
    expected: 'rate-limited',
    note: "An OpenShift image stream importing the operator's images from quay.io; one of about nine imports fails with Quay's nginx 429 page (the reporter: quay.io's rate limit). The escaped `\\r\\n` and `\\\"` are literal in the post; the `2.7 (latest)` and `tagged from` lines and the `15 seconds ago` line are left out, leading spaces trimmed"
  },
  {
    id: 'dev15-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: could not download oci://tccr.io/truecharts/sonarr: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://quay.io/v2/auth?scope=repository%3Atruecharts%2Fsonarr%3Apull&service=quay.io: 429 Too Many Requests',
    source: 'fonzdm/servarr#68',
    expected: 'rate-limited',
    note: "`helm dependency` downloads of TrueCharts charts (tccr.io is served by quay.io) from two CI pipelines at once; the reporter: quay.io's pull limits. The `Save error occurred:` line that repeats it is left out"
  },
  {
    id: 'dev15-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: 'Bad response status: 429 Too Many Requests >> https://quay.io/v2/jetstack/cert-manager-cainjector/tags/list?next_page=....',
    source: 'ivanilves/lstags#204',
    expected: 'rate-limited',
    note: "lstags mirroring quay.io repositories to ECR, even at concurrency 1; a later release that waits on 429 fixed it. The `....` is the post's own cut"
  },
  {
    id: 'dev15-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '$ docker pull my-harbor/dockerhub/library/alpine:3.2\nError response from daemon: unknown: artifact dockerhub/library/alpine:3.2 not found',
    source: 'goharbor/harbor#14802',
    expected: 'registry-unreachable',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: a Harbor proxy-cache project for Docker Hub that suddenly stopped serving; the reporter's logs show Harbor getting 404 when logging in to its configured hub.docker.com endpoint, so the proxy, not the client's credential or the image, failed (others saw the same). The host `my-harbor` is the post's mask; `harbor.example.com` is a placeholder"
  },
  {
    id: 'dev15-harbor-02',
    family: 'harbor',
    host: 'company.harbor.com',
    text: 'Error response from daemon: Get https://company.harbor.com/v2/: x509: certificate is valid for harbor.com, harbor, company, not company.harbor.com',
    source: 'goharbor/harbor#11124',
    expected: 'registry-unreachable',
    case: 'tls-name-mismatch',
    note: '`docker login` to a Harbor whose self-signed certificate names other hosts (after the reporter copied certificates over `/etc/docker/certs`). The `docker login` command line and the CLI warning are left out (the command held a password)'
  },
  {
    id: 'dev15-harbor-03',
    family: 'harbor',
    host: 'registry.niudingfeng.com',
    text: 'Error response from daemon: Get https://registry.niudingfeng.com/v1/users/: x509: certificate signed by unknown authority',
    source: 'goharbor/harbor#2452',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: '`docker login` to a Harbor with HTTPS configured; the browser trusts it but the Docker daemon does not, and the maintainers point to putting the CA under /etc/docker/certs.d. INFERENCE: the reporter suspects the certificate itself and no fix is confirmed in the stored copy. The post masks the host in its command but not in the error line'
  },
  {
    id: 'dev15-harbor-04',
    family: 'harbor',
    host: 'harbor.mydomain.ru:80',
    text: 'docker login harbor.mydomain.ru:80\nUsername: user1\nPassword:\nError response from daemon: Get https://harbor.mydomain.ru:80/v2/: http: server gave HTTP response to HTTPS client',
    source: 'goharbor/harbor#12267',
    expected: 'registry-unreachable',
    note: "A Harbor set up for plain HTTP only (https block commented out in harbor.yml); the maintainer points to Docker's insecure-registries setting. Trailing spaces trimmed"
  },
  {
    id: 'dev15-ecr-01',
    family: 'ecr',
    host: '07579032XXXX.dkr.ecr.ap-south-1.amazonaws.com',
    text: "[info] AWS account id: 07579032XXXX\nThe push refers to repository [07579032XXXX.dkr.ecr.ap-south-1.amazonaws.com/XXXX-service]\ndenied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.",
    source: 'sjednac/sbt-ecr#20',
    expected: 'token-expired',
    note: "sbt-ecr's `ecr:push` after an old login; the maintainer asks whether `ecr:login` ran before the push (the sample config chains them). INFERENCE: not confirmed. The first two lines are quoted in the post, the error is its title (the full log is an attachment); joined here. Masking (`XXXX`) as posted"
  },
  {
    id: 'dev15-ecr-02',
    family: 'ecr',
    host: '604370441254.dkr.ecr.us-east-1.amazonaws.com',
    text: 'time="2018-08-29T08:35:25Z" level=fatal msg="build step: building [changeme]: pushing: no basic auth credentials"',
    source: 'jenkins-x/jx#1550',
    expected: 'missing-credentials',
    note: "Jenkins X's pipeline (skaffold) pushing to ECR after a jx upgrade changed the AWS SDK; the ECR repositories are still created, but the build step has no ECR credential for the push"
  },
  {
    id: 'dev15-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'failed to request manifest head ...: request failed: unauthorized [http 403]',
    source: 'pulumi/pulumi-docker-build#121',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: `pulumi refresh` of docker-build Image resources pushed to a private ECR; the maintainer: refresh uses the registry credentials stored in state at the last update, which have expired (ECR tokens last 12 hours). The text is the issue's title after its `ECR: ` prefix, with its own `...`; the host is a placeholder"
  },
  {
    id: 'dev15-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: 'docker:index:Image (ts-re-main):\n    error: EOF\n    : This error is most likely due to incorrect or mismatched registry credentials. Please double check you are using the correct credentials and registry name.',
    source: 'klothoplatform/klotho#467',
    expected: 'missing-credentials',
    note: "Pulumi's docker provider pushing a Klotho-generated image to the ECR repository Klotho created; the issue says the push had no credentials and plans to pass ECR credentials from aws.ecr.getAuthorizationToken. The post gives no host; a placeholder ECR host is used. Leading spaces of the first line trimmed"
  },
  {
    id: 'dev15-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: '$ docker-compose up -d\nCreating network "service_default" with the default driver\nPulling <redacted>\nERROR: Get <redacted>: no basic auth credentials',
    source: 'awslabs/amazon-ecr-credential-helper#49',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: docker-compose pulling from ECR with the amazon-ecr-credential-helper configured; `docker pull` works, and the maintainer notes docker-compose may not support the same credential-helper features as the Docker CLI. INFERENCE: no fix confirmed in the stored copy. Masking (`<redacted>`) as posted; the host is a placeholder'
  },
  {
    id: 'dev15-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'egn4xqiebigmnstgkganzd2qi  app_redis.1     gcr.io/app/redis:81e43996a74ed2e49c743470dab7797b31b77ff0     swarm  Ready          Rejected less than a second ago  "No such image: gcr.io/app/redis:81e43996a74ed2e49c743470dab7797b31b77ff0"',
    source: 'moby/moby#30388',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: `docker deploy --compose-file` of a stack with a private Container Registry image; `docker run` of the same image works on the same machine after `docker login`, so the swarm task pulled without the login (no `--with-registry-auth`). INFERENCE: no fix in the stored copy. One line of `docker stack ps`; its header is left out'
  },
  {
    id: 'dev15-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'W0330 05:12:37.834] CRITICAL:root:Error publishing provided image: Bad status during token exchange: 401\nW0330 05:12:37.834] {"errors":[{"code":"UNAUTHORIZED","message":"You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"}]}',
    source: 'knative/serving#546',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'invalid-credentials'],
    note: "needs the thread: rules_docker's pusher in Knative's release script with DOCKER_REPO_OVERRIDE set to a registry the account has no write access to (the issue's own repro; it is about the exit code)"
  },
  {
    id: 'dev15-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: '2018/08/07 12:28:08 error processing import paths in "config/webhook.yaml": Get https://gcr.io/v2/token?scope=repository%3Adistroless%2Fbase%3Apull&service=gcr.io: exit status 1',
    source: 'knative/serving#1813',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: `ko apply` with a gcr.io KO_DOCKER_REPO; the token request for the base image fails with the exit status of the docker config's credential helper for gcr.io, and the PR's fix is running `gcloud auth configure-docker` (registering gcloud as that helper). INFERENCE: which helper was configured before is not shown"
  },
  {
    id: 'dev15-gar-04',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: 'docker.credentials.errors.InitializationError: docker-credential-gcr not installed or not available in PATH',
    source: 'GoogleCloudPlatform/composer-local-dev#13',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "composer-local-dev (docker-py) starting a local Cloud Composer environment; the reporter fixed it with `gcloud components install docker-credential-gcr`. The post gives no host; Composer's images are on Artifact Registry, `us-docker.pkg.dev` is a placeholder"
  },
  {
    id: 'dev15-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'ERROR: for **redacted** Get https://**redacted**.azurecr.io/v2/**redacted**/manifests/1.9: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\nERROR: Get https://**redacted**.azurecr.io/v2/**redacted**/manifests/1.9: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'docker/compose#8365',
    expected: 'missing-credentials',
    note: 'needs the thread: docker-compose 1.29 pulling from ACR while `docker pull` of the same image works on the same machine, so compose did not send the stored login. INFERENCE: no fix confirmed in the stored copy. Masking (`**redacted**`) as posted; `myregistry.azurecr.io` is a placeholder'
  },
  {
    id: 'dev15-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "The image 'acr/image name' in container group 'container group' is not accessible. Please check the image and registry credential",
    source: 'MicrosoftDocs/azure-docs#45129',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'invalid-credentials'],
    note: "needs the thread: creating an Azure Container Instance from an ACR image with Key Vault-stored service principal credentials; the reporter's own fix: the container registry and image name were wrong. The text is the issue's title with the post's placeholders; the host is a placeholder"
  },
  {
    id: 'dev15-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "ERROR: (InaccessibleImage) The image 'XXXX' in container group 'XXXXX' is not accessible. Please check the image and registry credential",
    source: 'Azure/azure-cli#18596',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: `az container create` from Azure Pipelines for several repositories on one ACR that had deployed fine that morning; it corrected itself overnight with no change on the user's side (a service-side fault). INFERENCE: no cause given by the maintainers in the stored copy. Masking (`XXXX`) as posted; the host is a placeholder"
  },
  {
    id: 'dev15-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Azure.RequestFailedException: 'The image 'http://*****.azurecr.io/*****:*****' in container group '*****' is not accessible. Please check the image and registry credential.\nStatus: 400 (Bad Request)\nErrorCode: InaccessibleImage",
    source: 'Azure/azure-sdk-for-net#36227',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: 'Azure.ResourceManager.ContainerInstance creating a container group from an ACR image with no ImageRegistryCredentials, expecting the DefaultAzureCredential to be used for the pull (it is not). Masking as posted; the host is a placeholder'
  },
  {
    id: 'dev15-acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "ERROR: Error: The image 'myregistry.azurecr.io/image_name:latest' in container group 'image_name' is not accessible. Please check the image and registry credential.",
    source: 'dgkanatsios/AzureContainerInstancesManagement#15',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: "needs the thread: the project's ACICreate function creating an Azure Container Instance from an image that is in ACR; the maintainer points to adding `imageRegistryCredentials` to the container group. INFERENCE: the reporter had edited the names and no fix is confirmed in the stored copy"
  },
  {
    id: 'dev15-generic-01',
    family: 'generic',
    host: 'app-docker02.example.com:443',
    text: 'Error response from daemon: Get https://app-docker02.xxxx:443/v2/: Get http://localhost:8080/api/auth?account=bergtwvd&client_id=docker&offline_token=true&service=localhost: dial tcp 127.0.0.1:8080: getsockopt: connection refused',
    source: 'mkuchin/docker-registry-web#48',
    expected: 'registry-unreachable',
    note: "A registry:2 with docker-registry-web as its token server: logging in works on the registry's own machine but not from another, because the token realm is `http://localhost:8080`, which the other machine cannot reach. Host masked (`xxxx`) in the post; a placeholder is used"
  },
  {
    id: 'dev15-generic-02',
    family: 'generic',
    host: 'registry.com',
    text: "docker.api.image.pull: Looking for auth config\ndocker.auth.auth.resolve_authconfig: Looking for auth entry for 'registry.com'\ndocker.auth.auth.resolve_authconfig: No entry found\ndocker.api.image.pull: No auth config found",
    source: 'docker/compose#3683',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: docker-compose (docker-py) pulling from a private registry after `docker login`; its verbose log above shows `auths` empty and a `credsStore` section, so the login lives in the credential store, which compose of that time did not read, and the pull went without it. The lines before (`compose.service.pull: Pulling consul ...`) are left out'
  },
  {
    id: 'dev15-generic-03',
    family: 'generic',
    host: 'docker-hub.holisticon.de:4443',
    text: 'com.github.dockerjava.api.exception.InternalServerErrorException: {"message":"Get https://docker-hub.holisticon.de:4443/v2/holi_ci/jenkins_node_jdk8/manifests/latest: no basic auth credentials"}',
    source: 'jenkinsci/docker-plugin#528',
    expected: 'missing-credentials',
    note: "Jenkins docker-plugin 1.1.2 provisioning an agent from a private registry with registry credentials configured on the template; the plugin did not pass them to the pull (the issue's title). The stack trace below is left out"
  },
  {
    id: 'dev15-generic-04',
    family: 'generic',
    host: 'my.private.registry:5443',
    text: '15:43:06 Step 1/11 : FROM my.private.registry:5443/wf/wf-os-base:latest\n15:43:06 \n15:43:06 ERROR: Build step failed with exception\n15:43:06 com.github.dockerjava.api.exception.DockerClientException: Could not build image: unauthorized: authentication required',
    source: 'jenkinsci/docker-plugin#589',
    expected: 'missing-credentials',
    note: "Jenkins docker-plugin's Build / Publish Docker Image step with registry credentials set: they are not used when the build pulls the Dockerfile's FROM image from the private registry (the issue's title). The stack trace below is left out"
  },
  {
    id: 'dev15-generic-05',
    family: 'generic',
    host: 'registry.fly.io',
    text: '% docker image pull registry.fly.io/nikola-proxy\nUsing default tag: latest\nError response from daemon: Get https://registry.fly.io/v2/nikola-proxy/manifests/latest: no basic auth credentials',
    source: 'superfly/flyctl#142',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "Pulling from Fly.io's registry with no login for it; the maintainer: after updating, run `flyctl auth docker` to save credentials to the Docker CLI (the next reply then gets past authentication)"
  },
  {
    id: 'dev15-generic-06',
    family: 'generic',
    host: 'registry.example.com',
    text: 'ERROR: failed to solve: ******: failed to resolve source metadata for ******: error getting credentials - err: exec: "docker-credential-osxkeychain": executable file not found in $PATH, out: ``',
    source: 'rancher-sandbox/rancher-desktop#8313',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "`docker build` on Rancher Desktop (moby) on macOS; the docker config names osxkeychain but Rancher Desktop's helper directory was not on PATH (PATH management off); adding it fixed it. The image is masked (`******`) in the post; the host is a placeholder"
  },
  {
    id: 'dev15-generic-07',
    family: 'generic',
    host: 'registry.example.com',
    text: " x  Error building service 'frontend': error building image 'xxxxx/xxxxx:xxxx': build failed: failed to solve: error getting credentials - err: docker-credential-desktop resolves to executable in current directory (./docker-credential-desktop), out: ``",
    source: 'okteto/okteto#3353',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "`okteto build` reading `credsStore: desktop` from the docker config while the helper is only found in the current directory (PATH without it); the maintainers traced it to BuildKit's credential-store lookup. Masking (`xxxxx`) as posted; the host is a placeholder"
  },
  {
    id: 'dev15-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'time="2017-12-20T07:21:15Z" level=debug msg="Pulling v2tec/watchtower:latest for /tyomaarainrealm_watchtower_1"\ntime="2017-12-20T07:21:15Z" level=debug msg="Loaded auth credentials {user password     } for v2tec/watchtower:latest"\ntime="2017-12-20T07:21:16Z" level=debug msg="Error pulling image v2tec/watchtower:latest, Error response from daemon: Get https://registry-1.docker.io/v2/v2tec/watchtower/manifests/latest: unauthorized: incorrect username or password"',
    source: 'containrrr/watchtower#127',
    expected: 'registry-mismatch',
    alsoAcceptable: ['stale-login', 'invalid-credentials'],
    note: "needs the thread: Watchtower configured with a private registry's credentials sends them to Docker Hub when updating its own public image (the reporter's reading, shared by later commenters). INFERENCE: no fix from the maintainers in the stored copy. `{user password     }` is the post's own masking; trailing spaces trimmed"
  },
  {
    id: 'dev15-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '$ kamal deploy\nLog into image registry...\n  INFO [eacef5c7] Running docker login -u [REDACTED] -p [REDACTED] on localhost\n  Finished all in 0.9 seconds\n  ERROR (SSHKit::Command::Failed): docker exit status: 256\ndocker stdout: Nothing written\ndocker stderr: WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    source: 'basecamp/kamal#1276',
    expected: 'registry-mismatch',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Kamal's config names `image: ghcr.io/...` and a GHCR username and token but no `registry.server`, so Kamal logged in to Docker Hub (its default) with the GHCR credentials. INFERENCE from the posted config; the stored copy shows no maintainer reply"
  },
  {
    id: 'dev15-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "ERROR: pull access denied for digite/kairon-script-runner, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'digiteinfotech/kairon#1053',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "An anonymous pull of the project's image; the maintainer changed something on their side (`can you check now?`) and the reporter confirms it pulls, so the repository was not (yet) public"
  },
  {
    id: 'dev15-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '(HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/library/jenkins/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#2673',
    expected: 'email-as-username',
    alsoAcceptable: ['invalid-credentials', 'stale-login'],
    note: "needs the thread: Kitematic downloading the official Jenkins image after the user reset their password and logged in; the reporter's workaround, confirmed by three others: log in with the Docker ID (username), not the email"
  },
  {
    id: 'dev15-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '#14 ERROR: failed to push agency-portal-846e1cad79b34ab8578e04b85f96de6a0d30af8a-1272: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fagency-portal-846e1cad79b34ab8578e04b85f96de6a0d30af8a-1272%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized',
    source: 'pulumi/pulumi-docker-build#241',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the docker-build provider's ECR example copied with `tags` that lack the ECR repository URL, so the push went to Docker Hub's `library/` namespace (the reporter: why does it go to docker at all?); closed as by design. The `pushing layers` line before it is left out"
  },
  {
    id: 'dev15-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Oct  5 16:03:51 ikent dockerd[13839]: time="2017-10-05T16:03:51.259937635+08:00" level=error msg="Handler for GET /v1.32/distribution/kent/copycatclean:1.1/json returned error: errors:\nOct  5 16:03:51 ikent dockerd[13839]: denied: requested access to the resource is denied\nOct  5 16:03:51 ikent dockerd[13839]: unauthorized: authentication required\nOct  5 16:03:51 ikent dockerd[13839]: "',
    source: 'moby/moby#35094',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: `docker stack deploy` of an image that exists only in the local image store (`docker-compose up` works with it); swarm asks Docker Hub for the digest of `kent/copycatclean`, which is not there. INFERENCE: no maintainer answer in the stored copy'
  },
  {
    id: 'dev15-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Using default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/kunickiaj/kudu/manifests/latest: unauthorized: incorrect username or password',
    source: 'kunickiaj/kudu-docker#7',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "A pull of a public image; the reporter's own fix: `docker logout`"
  },
  {
    id: 'dev15-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '$ python docker_pull.py foo/bar:latest\n[-] Cannot fetch manifest for foo/bar [HTTP 401]\nb\'{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"foo/bar","Action":"pull"}]}]}\\n\'',
    source: 'NotGlop/docker-drag#24',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: "docker-drag's script fetching a private image that `docker pull` fetches; the maintainer: the script does not support authenticating to private registries yet. `foo/bar` is the post's placeholder; the `\\n` is literal (a Python bytes repr)"
  },
  {
    id: 'dev15-docker-hub-09',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Could not pull base image: API error (500): toomanyrequests: You have reached your pull rate limit.\nYou may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    source: 'uc-cdis/metadata-service#16',
    expected: 'rate-limited',
    note: "Quay.io's build service pulling the Dockerfile's base image from Docker Hub anonymously and hitting Docker Hub's pull limit; the fix moved the base image to Quay. Trailing space trimmed"
  },
  {
    id: 'dev15-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'rudolph@RUDOLPHs-MacBook-Pro vfi % lando start\nLet\'s get this party started! Starting app vfi...\n[+] Running 0/0\n ⠋ proxy Pulling                                                           0.0s\nerror getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``\nERROR ==> UNKNOWN ERROR',
    source: 'lando/drupal#155',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "Lando pulling its proxy image with a docker config that names Docker Desktop's credential helper, which is not on PATH. INFERENCE: no fix in the stored copy; the wording decides it. Trailing spaces trimmed; the repeated blocks after it are left out"
  },
  {
    id: 'dev15-not-login-01',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'fatal: [localhost]: FAILED! => {"changed": false, "msg": "Error pulling image ubunutu:latest - 404 Client Error: Not Found (\\"pull access denied for ubunutu, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied\\")"}',
    source: 'ansible/ansible#68379',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Ansible's docker_image module reported as a credential error; the maintainer found the playbook's typo (`ubunutu`), so the repository does not exist. The `\\\"` are literal in the post"
  },
  {
    id: 'dev15-not-login-02',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: "failed to deploy a stack: breitband-desktop Pulling breitband-desktop Error Error response from daemon: pull access denied for breitband, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'fabianbees/breitbandmessung-docker#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: a Portainer stack from the project's compose file; the maintainer: the image is not published on Docker Hub and must be built locally first (the README says so)"
  },
  {
    id: 'dev15-not-login-03',
    family: 'not-login',
    host: 'ghcr.io',
    text: '[+] Running 0/1\n ⠙ excalidraw Pulling                                                      3.2s\nno matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'BetterAndBetterII/excalidraw-full#13',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: '`docker compose up` on a Raspberry Pi (arm64) of an image published for other platforms only; the reporter then inspects the GHCR manifest list. Trailing spaces trimmed; the `WARN` about `version` before it is left out'
  },
  {
    id: 'dev15-not-login-04',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/ietf-tools/www:v2.0.0\nError response from daemon: manifest unknown',
    source: 'ietf-tools/www#392',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "The reporter's own analysis: the image was renamed from `wagtail_website` to `www` after v2.0.0 was published, so that tag does not exist under the new name; a newer tag pulls. The command and its output are in two code blocks of the post, joined here"
  },
  {
    id: 'dev15-not-login-05',
    family: 'not-login',
    host: 'scr.sitecore.com',
    text: 'ERROR: for tenant service  manifest for scr.sitecore.com/demo/base/lighthouse-xp0-modules-tenant-service:10.0-ltsc2019-1001.0 not found: manifest unknown: manifest tagged by "10.0-ltsc2019-1001.0" is not found',
    source: 'Sitecore/Sitecore.Demo.Platform#189',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "`docker-compose pull` of the demo with an .env naming tags the registry did not have yet; fixed by the maintainers' later .env"
  },
  {
    id: 'dev15-not-login-06',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Error Message: Process \'docker login --username "ewens" --password-stdin\' exited with code 1\nError: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/auth": dial unix /var/run/docker.sock: connect: permission denied',
    source: 'microsoft/vscode-docker#2948',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'The VS Code Docker extension running `docker login` as a user who may not use the Docker socket; the maintainer asks whether the steps to run the Docker CLI as non-root were followed. The login never reached a registry; the registry is not named (placeholder host)'
  },
  {
    id: 'dev15-not-login-07',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Pulling civicrm (michaelmcandrew/civicrm-buildkit:new)...\nERROR: manifest for michaelmcandrew/civicrm-buildkit:new not found: manifest unknown: manifest unknown',
    source: 'michaelmcandrew/civicrm-buildkit-docker#74',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: '`docker-compose up` with a compose file naming a tag that was never pushed; the maintainer: a typo in the compose file, now fixed'
  }
]

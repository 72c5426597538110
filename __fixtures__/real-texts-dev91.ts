/**
 * The ninety-first development set ("dev91": Google Artifact Registry / GCR (`*-docker.pkg.dev`, `gcr.io`) and Azure Container Registry (`*.azurecr.io`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-first development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV91: readonly RealText[] = [
  {
    id: 'dev91-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Building [gcr.io/stackdriver-sandbox-230822/sandbox/adservice]...\nWARNING: Could not open the configuration file: [/home/sanche/.config/gcloud/configurations/config_default].\nERROR: (gcloud.auth.docker-helper) You do not currently have an active account selected.\nPlease run:\n\n  $ gcloud auth login\n\nto obtain new credentials, or if you have already logged in with a\ndifferent account:\n\n  $ gcloud config set account ACCOUNT\n\nto select an already authenticated account to use.',
    source: 'GoogleCloudPlatform/cloud-ops-sandbox#168',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: "gcloud's docker credential helper failed (it could not read its configuration, so no account): the helper named in the docker config, not a credential the registry refused. missing-credentials is defensible since no gcloud account was active. The trailing `Sending build context` line is trimmed."
  },
  {
    id: 'dev91-gar-02',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'output: E0915 10:09:11.295012   70114 remote_image.go:238] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"k8s.gcr.io/kube-apiserver:v1.20.15\\": failed to resolve reference \\"k8s.gcr.io/kube-apiserver:v1.20.15\\": failed to do request: Head \\"https://k8s.gcr.io/v2/kube-apiserver/manifests/v1.20.15\\": dial tcp 142.251.5.82:443: connect: connection refused" image="k8s.gcr.io/kube-apiserver:v1.20.15"',
    source: 'kubernetes/kubernetes#112464',
    expected: 'registry-unreachable',
    note: 'kubeadm config images pull; the following `level=fatal` line repeating the same error is trimmed.'
  },
  {
    id: 'dev91-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "The push refers to repository [gcr.io/***/meenachisundaram-com]\nunauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication\nError: Process completed with exit code 1.",
    source: 'google-github-actions/setup-gcloud#258',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    note: 'INFERENCE: the layer `Preparing`/`Waiting` progress lines are trimmed. The service account is listed with Storage Admin and Editor, and the stored thread shows no fix; GCR gives this line both for a request with no usable credential and for one without permission, so missing-credentials is as defensible.'
  },
  {
    id: 'dev91-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: '[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:1.4.0:build (default-cli) on project gs-spring-boot: Build image failed, perhaps\n you should make sure you have permissions for gcr.io/focal-psyche-248214/hello-java and set correct credentials. See https://github.com/GoogleContaine\nrTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-forbidden-or-denied for help: Unauthorized for gcr.io/focal-psyche-\n248214/hello-java: 403 Forbidden\n[ERROR] {"errors":[{"code":"DENIED","message":"Token exchange failed for project \'focal-psyche-248214\'. Please enable Google Container Registry API in \nCloud Console at https://console.cloud.google.com/apis/api/containerregistry.googleapis.com/overview?project=focal-psyche-248214 before performing this\n operation."}]}',
    source: 'googlecodelabs/feedback#620',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown', 'not-a-login-failure'],
    note: "The project's Container Registry API was not enabled (and billing, per the reporter), so the project has no registry to push to yet: not the credential. No id names a disabled API; repository-not-found (the namespace does not exist) is the nearest. Hard-wrapped lines kept as posted."
  },
  {
    id: 'dev91-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: (gcloud.container.images.add-tag) Bad status during token exchange: 403\n{"errors":[{"code":"DENIED","message":"Token exchange failed for project \'tejal-test\'. Please enable Google Container Registry API in Cloud Console at https://console.cloud.google.com/apis/api/containerregistry.googleapis.com/overview?project=tejal-test before performing this operation."}]}',
    source: 'grafeas/kritis#240',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown', 'not-a-login-failure'],
    note: 'A new project without the Container Registry API enabled (the pull request enables it in the tutorial): no registry for the project, not a refused credential; no id names a disabled API.'
  },
  {
    id: 'dev91-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: "Error: failed to publish images: error publishing ko://github.com/sigstore/cosign/v2/cmd/cosign: writing sbom: GET https://gcr.io/v2/token?scope=repository%3Aprojectsigstore%2Fcosign%3Apush%2Cpull&service=gcr.io: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication\nmake: *** [Makefile:151: ko-local] Error 1\nError: Process completed with exit code 2.",
    source: 'sigstore/cosign#2786',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'no-login',
    note: 'needs the thread: INFERENCE. The `ko-local` target of a pull-request job (which holds no gcr.io login) wrote the SBOM to gcr.io/projectsigstore; the token request for push was refused. The stored thread only has a maintainer saying they will look at it.'
  },
  {
    id: 'dev91-gar-07',
    family: 'gar',
    host: 'europe-west1-docker.pkg.dev',
    text: "Unable to retrieve the repository metadata for projects/myproject-12345/locations/europe-west1/repositories/gcf-artifacts. Ensure that the Cloud Functions service account has 'artifactregistry.repositories.list' and 'artifactregistry.repositories.get' permissions. You can add the permissions by granting the role 'roles/artifactregistry.reader'.\",\"status\":\"PERMISSION_DENIED\"}}",
    source: 'onmyway133/notes#683',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: 'A Firebase/Cloud Functions deploy: the Cloud Functions service account may not read the gcf-artifacts repository. The text is the tail of a JSON error as posted. The host is not in the text: europe-west1-docker.pkg.dev is the location the text names.'
  },
  {
    id: 'dev91-gar-08',
    family: 'gar',
    host: 'gcr.io',
    text: 'task fetch-from-git has failed: the step "clone" in TaskRun "service-resource-deploy-dmbq2-fetch-from-git" failed to pull the image "". The pod errored with the message: "Back-off pulling image "gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/git-init:v0.29.0": ErrImagePull: failed to pull and unpack image "gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/git-init:v0.29.0": failed to resolve reference "gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/git-init:v0.29.0": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://gcr.io/v2/token?scope=repository%3Atekton-releases%2Fgcr.io%2Fgithub.com%2Ftektoncd%2Fpipeline%2Fcmd%2Fgit-init%3Apull&scope=repository%3Atekton-releases%2Fgithub.com%2Ftektoncd%2Fpipeline%2Fcmd%2Fgit-init%3Apull&service=gcr.io: 403 Forbidden."',
    source: 'tektoncd/pipeline#8870',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a maintainer answers that Tekton removed access to its gcr.io repositories in favour of ghcr.io, where the same image is; nobody may read the old repository now, whatever the login. The Markdown backticks around the posted line are dropped.'
  },
  {
    id: 'dev91-gar-09',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: '[root@pink01 ~]# docker pull k8s.gcr.io/kube-apiserver-amd64:v1.12.2\nError response from daemon: Get https://k8s.gcr.io/v1/_ping: net/http: TLS handshake timeout',
    source: 'kubernetes/kubeadm#1201',
    expected: 'registry-unreachable',
    note: 'A maintainer calls it a connectivity problem unrelated to kubeadm (the same pull works elsewhere). The second command of the same comment, with the same error, is left out.'
  },
  {
    id: 'dev91-gar-10',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/webhook:v0.42.0@sha256:90989eeb6e0ba9c481b1faba3b01bcc70725baa58484c8f6ce9d22cc601e63dc"',
    source: 'jenkins-x/jx#8863',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure', 'unknown'],
    note: 'needs the thread: INFERENCE. Posted on 2025-07-25 ("first build in 2 weeks"), after Tekton removed access to its gcr.io repositories (see tektoncd/pipeline#8870); the stored thread shows no answer. The kubelet line carries no reason, so the text alone cannot tell.'
  },
  {
    id: 'dev91-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'WARNING: No credential was provided to access Azure Container Registry. Trying to look up...\nERROR: Failed to retrieve credentials for container registry. Please provide the registry username and password\nError: Error: az cli script failed.',
    source:
      'Azure-Samples/dotNET-FrontEnd-to-BackEnd-with-DAPR-on-Azure-Container-Apps#5',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'cloud-service',
    note: 'INFERENCE: the Container Apps deploy step (`az containerapp` in azure/CLI) was given no registry credential and could not look one up (admin user disabled, or no right to list the credentials); the stored thread shows no fix. The post names no host: myregistry.azurecr.io is a placeholder.'
  },
  {
    id: 'dev91-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Failed to restart the container group 'my-container-group'. Error: Multiple error occurred: 'BadRequest':'InaccessibleImage':The image '{myregistry}/my-repo:my-image-tag' in container group 'my-container-group' is not accessible. Please check the image and registry credential.",
    source: 'Azure/docker-login#65',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    case: 'cloud-service',
    note: "INFERENCE: Azure Container Instances pulls with the container group's own registry credentials, not the workflow's docker login; the stored thread shows no fix, so a stale credential in the group or a wrong image name is as defensible. The post masked the host as `{myregistry}`: myregistry.azurecr.io is a placeholder."
  },
  {
    id: 'dev91-acr-03',
    family: 'acr',
    host: 'MyRegistry.azurecr.io',
    text: "ERROR: failed deploying service 'apiservice': failing invoking action 'deploy', logging in to registry: failed logging into docker registry MyRegistry.azurecr.io: failed logging into docker: exit code: 1, stdout: , stderr: Error response from daemon: Get \"https://MyRegistry.azurecr.io/v2/\": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
    source: 'dotnet/docs-aspire#71',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "needs the thread: INFERENCE. azd's own `docker login` with the token it obtained for the user was refused at /v2/; the reporter got past it by running `docker login` to the registry themselves. Why azd's credential was refused (no role on the registry, another tenant) is not in the stored thread."
  },
  {
    id: 'dev91-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Error response from daemon: unauthorized: authentication required with source registry for cache rule 'docker-io' For more information",
    source: 'Azure/acr#599',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: 'needs the thread: INFERENCE. An ACR cache rule for docker.io: `docker pull myregistry.azurecr.io/docker.io/grafana/loki:2.8.2` works while `.../docker.io/alpine` fails, so the upstream refusal is Docker Hub\'s 401 for `alpine` without `library/`, a name no image has. The stored comment ends after "For more information"; the pull command that precedes it is left out. The host is as the comment spells it (myregistry.azurecr.io).'
  },
  {
    id: 'dev91-acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error saving credentials: error storing credentials - err: exit status 1, out: `error storing credentials - err: exit status 1, out: `A specified logon session does not exist. It may already have been terminated.``\nLogin failed.',
    source: 'Azure/azure-cli#19906',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`az acr login --name <name>` from PowerShell and WSL with Docker Desktop: the Windows credential helper could not store the login. The post names no host: myregistry.azurecr.io is a placeholder.'
  },
  {
    id: 'dev91-acr-06',
    family: 'acr',
    host: 'xxxxxxx.azurecr.io',
    text: "Error event: SourceId='System.Hosting', Property='Download:1.0:1.0'. There was an error during download.Container xxxxxxx.azurecr.io/authorization.api:v2",
    source: 'microsoft/service-fabric-issues#1108',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'cloud-service',
    note: 'needs the thread: INFERENCE. Service Fabric could not download the image from ACR while `docker pull` by hand worked; the maintainer points to the container registry credentials the application manifest must carry. The stored thread does not show whether that was the fix. Host kept as the reporter masked it.'
  },
  {
    id: 'dev91-acr-07',
    family: 'acr',
    host: 'mikemortacr.azurecr.io',
    text: "Could not automatically login to mikemortacr.azurecr.io from your Azure login. Assuming you already logged in to the ACR > registry\ncontainerinstance.ContainerGroupsClient#CreateOrUpdate: Failure sending request: StatusCode=400 -- Original Error: Code=\"InaccessibleImage\" Message=\"The image 'mikemortacr.azurecr.io/myexpressapp:2.2' in container group 'goofy-rhodes' is not access",
    source: 'docker-archive/cloud-integration-beta#29',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'cloud-service',
    note: '`docker run` in a Docker ACI context: the integration could not exchange the Azure login for an ACR credential, so Container Instances got none. Quoted in the issue from another user: the quote markers at line starts and the `[+] Running`/`Waiting` progress lines are dropped; the stray `>` inside the first line is as posted. The stored excerpt ends at "is not access".'
  },
  {
    id: 'dev91-acr-08',
    family: 'acr',
    host: 'myorgregistry.azurecr.io',
    text: 'ContainerInvalidImage with unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'microsoft/AzureClusterlessHPC.jl#19',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'cloud-service',
    note: 'needs the thread: INFERENCE. An Azure Batch pool pulling `myorgregistry.azurecr.io/myimage:v0.1.0` was given no registry credential or managed identity (the reporter\'s own reading; no confirmed fix). The post writes the error code and message in backticks inside one sentence ("an error `ContainerInvalidImage` with `unauthorized: …`"); the backticks are dropped.'
  },
  {
    id: 'dev91-acr-09',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'ERROR: failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    source: 'moby/buildkit#3179',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found', 'insufficient-scope'],
    note: 'needs the thread: INFERENCE. buildctl (rootless, DOCKER_CONFIG set) pushes to ACR fine but fails once `--export-cache`/`--import-cache type=registry,ref=<image>:cache` is added; "anonymous token" says no credential went with the cache request. The stored thread shows no fix. The post names the registry only as ACR: myregistry.azurecr.io is a placeholder.'
  },
  {
    id: 'dev91-acr-10',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'docker : unauthorized: authentication required',
    source: 'Azure/azure-cli#7111',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'needs the thread: INFERENCE. `az acr login -n <registry name>` on Windows Server 1803 printed nothing and logged nothing in, so the following `docker push` carried no login (PowerShell prefixes `docker :`). The stored thread shows no fix. The post names no host: myregistry.azurecr.io is a placeholder.'
  },
  {
    id: 'dev91-not-login-01',
    family: 'not-login',
    host: 'us-east1-docker.pkg.dev',
    text: 'docker: Error response from daemon: manifest for us-east1-docker.pkg.dev/firezone-staging/firezone/gateway:1 not found: manifest unknown: Failed to fetch "1".',
    source: 'firezone/firezone#10484',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'The tag the admin portal printed did not exist in that repository; the fix was to correct the artifact URL.'
  },
  {
    id: 'dev91-not-login-02',
    family: 'not-login',
    host: 'myregistry.azurecr.cn',
    text: 'Error: PUT https://[REDACTED].azurecr.cn/v2/[REDACTED]/manifests/[REDACTED]: MANIFEST_BLOB_UNKNOWN: blob unknown to registry; sha256:[REDACTED]',
    source: 'Azure/acr#588',
    expected: 'not-a-login-failure',
    note: 'A geo-replicated ACR (China regions) whose DNS switched replicas between the layer uploads and the manifest PUT: the layers were not replicated yet. The post masked the host: myregistry.azurecr.cn is a placeholder.'
  },
  {
    id: 'dev91-not-login-03',
    family: 'not-login',
    host: 'gcr.io',
    text: 'ERROR GET https://gcr.io/v2/token?&service=gcr.io&scope=repository:zenika-hub/alpine-chrome:pull: Unexpected error: {"errors":[{"code":"DENIED","message":"This API method requires billing to be enabled. Please enable billing on project #24742942950 by visiting https://console.developers.google.com/billing/enable?project=24742942950 then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry."}]}',
    source: 'sergi0g/cup#174',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "An anonymous token request for a public image refused because the publisher's project has no billing: nothing the puller's login can change. repository-not-found is defensible as the image is unavailable to everyone."
  },
  {
    id: 'dev91-not-login-04',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init:v0.11.2@sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init, repository does not exist or may require \'docker login\': denied: Permission denied for "sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943" from request "/v2/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init/manifests/sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943".',
    source: 'tektoncd/pipeline#3082',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: closed as a duplicate of tektoncd/pipeline#3083, where the project hosting the public release images had its billing account disabled ("billing account not in good standing"): every pull was refused, whatever the login. Labelled like sergi0g/cup#174.'
  }
]

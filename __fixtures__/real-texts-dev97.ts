/**
 * The ninety-seventh development set ("dev97": Google Artifact Registry / GCR (`*-docker.pkg.dev`, `gcr.io`) and Azure Container Registry (`*.azurecr.io`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The ninety-seventh development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV97: readonly RealText[] = [
  {
    id: 'dev97-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker: Error response from daemon: pull access denied for gcr.io/cloud-solutions-images/df-ml-finserv-anomaly-detection, repository does not exist or may require \'docker login\': denied: Permission denied for "latest"',
    source: 'GoogleCloudPlatform/df-ml-anomaly-detection#23',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    case: 'read-denied',
    note: "needs the thread: Dataflow's flex-template launcher pulled the official sample's image from Google's own project (gcr.io/cloud-solutions-images), which the user's project may not read: the sample image is no longer public, or gone; not the user's login. INFERENCE: the issue is open with no answer. The stored excerpt ends inside the request path, so the text stops after `Permission denied for \"latest\"`."
  },
  {
    id: 'dev97-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker.credentials.errors.StoreError: Credentials store docker-credential-gcloud exited with "You do not currently have an active account selected. See https://cloud.google.com/sdk/docs/authorizing fo',
    source: 'CiscoDevNet/yangsuite#131',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: "The issue's title, cut as posted. The docker config names gcloud's helper (credsStore), and gcloud has no active account, so the helper fails for every registry docker asks it about. The text names no host: gcr.io is a placeholder of the family. INFERENCE: closed as stale with no fix."
  },
  {
    id: 'dev97-gar-03',
    family: 'gar',
    host: 'asia-south2-docker.pkg.dev',
    text: 'Error: buildx failed with: ERROR: failed to solve: failed to push asia-south2-docker.pkg.dev/***: failed to authorize: failed to fetch anonymous token',
    source: 'mr-smithers-excellent/docker-build-push#227',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the workflow ran `gcloud auth configure-docker` with no host, which registers gcloud\'s helper for the gcr.io hosts only, then pushed to asia-south2-docker.pkg.dev: buildx had no credential for that host and fell back to an anonymous token. INFERENCE: closed as an enhancement with no confirmed fix. The stored excerpt ends inside the line ("unex…"): the text stops after "failed to fetch anonymous token"; `***` is GitHub\'s masking as posted.'
  },
  {
    id: 'dev97-gar-04',
    family: 'gar',
    host: 'k8s.gcr.io',
    text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed pulling image "k8s.gcr.io/pause:3.1": Error response from daemon: Get https://k8s.gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'kubernetes/kubelet#7',
    expected: 'registry-unreachable',
    note: "The kubelet event's message, without the event columns (Warning, FailedCreatePodSandBox, age, node). The node could not reach k8s.gcr.io (a timeout), whatever the image's local copy."
  },
  {
    id: 'dev97-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error publishing gcr.io/[project-name]/setup-robot:latest: Bad status during token exchange: 403\n{"errors":[{"code":"DENIED","message":"Token exchange failed for project \'[project-name]\'. Please enable Google Container Registry API in Cloud Console at https://console.cloud.google.com/apis/api/containerregistry.googleapis.com/overview?project=[project-name] before performing this operation."}]}',
    source: 'googlecloudrobotics/core#44',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown'],
    note: "A fresh project whose Container Registry API was never enabled: the project has no registry yet, so the push's namespace does not exist; the credential is not at fault (the fix was to enable the API in the deploy script). No id names a disabled API: repository-not-found is the nearest, unknown defensible. The glog prefix (`F0512 07:24:16.916115 35662 fast_pusher_.py:194]`) is dropped; `[project-name]` is the reporter's masking."
  },
  {
    id: 'dev97-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: '{"errors":[{"code":"DENIED","message":"Please enable or contact project owners to enable the Google Container Registry API in Cloud Console at https://console.cloud.google.com/apis/api/containerregistry.googleapis.com/overview?project=kubernetesui before performing this operation."}]}',
    source: 'kubernetes-retired/dashboard#4226',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown', 'insufficient-scope'],
    note: "needs the thread: the user listed the tags of the dashboard's images in project kubernetesui, whose Container Registry API is off: what is asked for is not served there, and only the project's owners could change it (the maintainers sent the user to GCP support); the user's credential is not at fault. INFERENCE: no fix in the thread. The text names no host (only the Google Container Registry API): gcr.io is the registry of that API."
  },
  {
    id: 'dev97-gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: 'docker-credential-gcr/helper: could not retrieve GCR\'s access token: oauth2: cannot fetch token: Post "https://oauth2.googleapis.com/token": dial tcp: lookup oauth2.googleapis.com: device or resource busy',
    source: 'google/go-containerregistry#1154',
    expected: 'credential-store-error',
    alsoAcceptable: ['registry-unreachable'],
    case: 'credential-helper',
    note: 'Run as `echo "gcr.io" | docker-credential-gcr get` inside a Kaniko image: the helper failed because the name of Google\'s token endpoint could not be resolved, so a network fault underlies it (registry-unreachable defensible). INFERENCE: closed as stale.'
  },
  {
    id: 'dev97-gar-08',
    family: 'gar',
    host: 'eu.gcr.io',
    text: '2019/10/25 00:59:34 Pushing eu.gcr.io/<PROJECT>/ubuntu:latest\n2019/10/25 00:59:34 No matching credentials were found, falling back on anonymous\n2019/10/25 00:59:34 failed to copy image: failed to copy index: unsupported status code 404; body: <!DOCTYPE html>',
    source: 'google/go-containerregistry#593',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "gcrane found no credential for eu.gcr.io and pushed anonymously (the user had mounted the service-account JSON key itself as ~/.docker/config.json, which holds no docker login). The text stops after `<!DOCTYPE html>` of Google's error page; the pull lines for docker.io before it are dropped. INFERENCE: the thread shows no confirmed fix."
  },
  {
    id: 'dev97-gar-09',
    family: 'gar',
    host: 'eu.gcr.io',
    text: 'Error: failed to write eu.gcr.io/<PROJECT-ID>/<PROJECT-NAME>: no token in bearer response:\n{"errors":[{"code":"UNAUTHORIZED","message":"You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"}]',
    source: 'knative/build#345',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials', 'missing-credentials'],
    note: "A Knative build (CF buildpack template) pushing with a service account said to have Storage Admin through a _json_key or oauth2accesstoken secret. GCR's answer cannot tell a credential without write permission from one not sent or not valid. INFERENCE: the issue is open with no fix. The missing closing brace is as posted."
  },
  {
    id: 'dev97-acr-01',
    family: 'acr',
    host: 'ssllcregistry909606.azurecr.io',
    text: 'Unable to publish module "br:ssllcregistry909606.azurecr.io/website:v1": Service request failed.\nStatus: 401 (Unauthorized)\n\nContent:\n{"errors":[{"code":"UNAUTHORIZED","message":"retrieving permissions failed"}]}',
    source: 'MicrosoftDocs/azure-docs#87574',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'registry-role',
    note: '`bicep publish` to a registry created in a Learn sandbox subscription. ACR could not find any permission of the signed-in identity on the registry: no role on it. INFERENCE: the stored thread shows no confirmed fix. The response headers after the content are dropped.'
  },
  {
    id: 'dev97-acr-02',
    family: 'acr',
    host: 'rainercontainer.azurecr.io',
    text: 'Containerize: error CONTAINER001: Failed to push to output registry: System.AggregateException: One or more errors occurred. (Failed retrieving credentials for "rainercontainer.azurecr.io": Failed to execute \'docker-credential-desktop get\':\ncredentials not found in native keychain\n)',
    source: 'dotnet/sdk-container-builds#214',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'no-login',
    note: "Example output in a pull request's description (.NET SDK container publishing). Docker Desktop's helper answered that it holds no login for the registry: no `docker login`/`az acr login` had been stored for it. The stack trace after it is dropped."
  },
  {
    id: 'dev97-acr-03',
    family: 'acr',
    host: 'registryname.azurecr.io',
    text: "The image 'registryname/repo:v1' in container group 'group-name' is not accessible. Please check the image and registry credential.",
    source: 'MicrosoftDocs/azure-docs#38439',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'repository-not-found'],
    case: 'cloud-service',
    note: "needs the thread: `az container create` from an image in the user's ACR, with registry credentials said to come from Key Vault: Container Instances pulled with the credentials in its own settings, which it could not use. Which part was wrong the thread does not say (INFERENCE). The reporter masked the names; the text has no host: registryname.azurecr.io is a placeholder of the family."
  },
  {
    id: 'dev97-acr-04',
    family: 'acr',
    host: 'xxxxxmodulecontainer.azurecr.io',
    text: 'Could not pull image xxxxxmodulecontainer.azurecr.io/samplemodule:0.0.2-amd64, unauthorized: Application not registered with AAD',
    source: 'Azure/iotedge#5085',
    expected: 'invalid-credentials',
    case: 'service-principal-id',
    note: 'The issue\'s title (the edgeAgent log in the stored copy is cut just before the refusal, after `caused by: Could not pull image …`). ACR says "Application not registered with AAD" when the registry username in the deployment manifest is neither the admin user nor an application ID its tenant knows. The host is the reporter\'s masking, kept as posted.'
  },
  {
    id: 'dev97-acr-05',
    family: 'acr',
    host: 'as01weuacrom4vosf3mpux7.azurecr.io',
    text: 'AzureMLCompute job failed.\nFailedPullingImage: Unable to pull docker image\n\timageName: as01weuacrom4vosf3mpux7.azurecr.io/custom:v1\n\terror: Run docker command to pull public image failed with error: Error response from daemon: Head "https://as01weuacrom4vosf3mpux7.azurecr.io/v2/custom/manifests/v1": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\n.',
    source: 'Azure/MachineLearningNotebooks#1733',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'cloud-service',
    note: 'needs the thread: an Azure ML compute cluster with a user-assigned managed identity holding AcrPull, on a registry without admin keys: the compute pulled the image as a public one, with no credential. INFERENCE: the issue is open. The `Reason:` and `Info:` lines after the error are dropped.'
  },
  {
    id: 'dev97-acr-06',
    family: 'acr',
    host: 'myworkspaceacr.azurecr.io',
    text: 'ActivityFailedException:\n        Message: Activity Failed:\n{\n    "error": {\n        "code": "UserError",\n        "message": "Unauthorized error encountered while attempting to connect to the container registry. Please try running resync keys on your workspace and retry.",\n        "details": []\n    },',
    source: 'MicrosoftDocs/pipelines-azureml#10',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired'],
    note: 'Azure ML\'s image build could not log in to the workspace\'s registry with the keys the workspace keeps for it; the fix the text names (resync keys) means the stored admin password no longer matches. The JSON is cut after "details" (correlation, environment and location fields dropped). The text names no host: myworkspaceacr.azurecr.io is a placeholder of the family. INFERENCE: the thread shows no confirmed fix.'
  },
  {
    id: 'dev97-acr-07',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Step 1/6 : FROM 4*********.azurecr.io/ 4*********.azurecr.io/azureml/54*********4/shared_base_env:1@sha256:7824*********\n\nGet https://4*********.azurecr.io/v2/4*********.azurecr.io/azureml/54*********4/shared_base_env/manifests/sha256:7824*********\n: unauthorized: authentication required',
    source: 'Azure/azureml-examples#2959',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: packaging a model from a shared Azure ML registry, the image reference carries the registry's domain twice, so the build asks for a repository that does not exist (ACR answers unauthorized for it). INFERENCE: the issue is open. The reporter's bold markers (`**`) are dropped; hosts and digests are masked as posted; myregistry.azurecr.io is a placeholder host."
  },
  {
    id: 'dev97-acr-08',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: 'Authentication failed for container registry myacr. Code: UserError',
    source: 'Azure/azureml-examples#3420',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    case: 'cloud-service',
    note: "needs the thread: `az ml environment create --registry-name` with an image in the user's private ACR: the user can pull it, but the Azure ML registry service copying the image could not authenticate to that ACR; the same environment in a workspace works. INFERENCE: the issue is open. The text names the registry only as myacr: myacr.azurecr.io is a placeholder host."
  },
  {
    id: 'dev97-acr-09',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "Error saving credentials: error storing credentials - err: exit status 1, out: 'user interaction not allowed'",
    source: 'Azure/azure-cli#9598',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: '`az acr login` over SSH on a Mac: the keychain helper may not prompt in a session without a desktop, so docker could not store the login (it works when logged in at the machine). The text names no host: myregistry.azurecr.io is a placeholder of the family.'
  },
  {
    id: 'dev97-acr-10',
    family: 'acr',
    host: 'cblmariner.azurecr.io',
    text: 'Error response from daemon: Head "https://cblmariner.azurecr.io/v2/base/core/manifests/1.0": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\nRetry 1/5, retrying in 1 seconds...',
    source: 'microsoft/go-images#222',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: CI pulled CBL-Mariner\'s base image anonymously from cblmariner.azurecr.io, which had stopped serving it to anonymous pulls; the fix was to take the base image from MCR instead. The post wrapped the URL in Markdown link syntax (`"[https://…"](https://…%22)`), removed here.'
  },
  {
    id: 'dev97-not-login-01',
    family: 'not-login',
    host: 'globald32640e6.azurecr.io',
    text: 'Error response from daemon: manifest for globald32640e6.azurecr.io/p-it-travis-job-containers-5cd6a4cb-container-164fa748:latest not found',
    source: 'pulumi/pulumi-cloud#680',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'An intermittent test failure: the tag was not (yet) in the registry. The Pulumi prefix (`[ loud/azure/examples/containers ] + pulumi:pulumi:Stack … created warning: `) is dropped.'
  },
  {
    id: 'dev97-not-login-02',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Error response from daemon: manifest unknown: Invalid manifest reference "fafe4735269937ef7ba1fa0badb66d7fd70736619862e3982144c59289fddb11".',
    source: 'moby/moby#18832',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: a development build of docker 1.10 pulling gcr.io/google_containers/etcd:2.0.12 asked GCR for a manifest by a reference GCR did not take (the new pull code of a development build against GCR), not a credential matter. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev97-not-login-03',
    family: 'not-login',
    host: 'myregistry.azurecr.io',
    text: 'exec /canipull: exec format error',
    source: 'MicrosoftDocs/SupportArticles-docs#1761',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: 'needs the thread: `az aks check-acr` ran its checking pod on nodes of a VM size of the wrong size (the reporter met it in a support case: "it was wrong VM SKU"; an exec format error is a binary for another architecture), and the pull request adds it to the AKS/ACR pull troubleshooting guide: no login is involved. The text names no registry: myregistry.azurecr.io is a placeholder.'
  }
]

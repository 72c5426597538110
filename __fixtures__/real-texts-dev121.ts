/**
 * The hundred-and-twenty-first development set ("dev121": Google Artifact Registry / GCR (`*-docker.pkg.dev`, `gcr.io`) and Azure Container Registry (`*.azurecr.io`)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-twenty-first development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV121: readonly RealText[] = [
  {
    id: 'dev121-gar-01',
    family: 'gar',
    host: 'us-central1',
    text: 'Error response from daemon: Get "https://us-central1/v2/": dial tcp: lookup us-central1: Temporary failure in name resolution',
    source: 'docker/login-action#417',
    expected: 'registry-unreachable',
    note: 'The name did not resolve: the workflow in the thread passed the bare region (its LOCATION, `us-central1`) as the registry instead of `us-central1-docker.pkg.dev`. The text alone says DNS; INFERENCE for the cause, the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev121-gar-02',
    family: 'gar',
    host: 'eu.gcr.io',
    text: 'Error response from daemon: pull access denied for eu.gcr.io/opsgy-com/loki-rule-operator, repository does not exist or may require \'docker login\': denied: Permission denied for "v0.5.0" from request "/v2/opsgy-com/loki-rule-operator/manifests/v0.5.0".',
    source: 'opsgy/loki-rule-operator#11',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    case: 'project-deleted',
    note: "needs the thread: a maintainer found the Cloud console answering `Project not found or deleted` for the publishing project; days later the image could be pulled again (the project restored). A public image whose project was gone, not the puller's login."
  },
  {
    id: 'dev121-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'Failed to pull image "gcr.io/spinnaker-marketplace/halyard:1.41.1": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/spinnaker-marketplace/halyard, repository does not exist or may require \'docker login\': denied: Permission denied for "1.41.1" from request "/v2/spinnaker-marketplace/halyard/manifests/1.41.1".',
    source: 'spinnaker/spinnaker#6364',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "needs the thread: images of a public project that pulled the day before; the reporter's own `gcloud container images list --project spinnaker-marketplace` was denied too, and the issue was closed as a duplicate of the project's report: the publisher's images were no longer public, not a login of the cluster. The kubelet event's column prefix (Warning Failed, age, kubelet) is trimmed. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'dev121-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'pulling gcr.io/google_containers/pause-amd64:3.0\nError response from daemon: name invalid: Requested repository does not match bearer token resource: google_containers/pause-amd64',
    source: 'kubernetes/kubernetes#27451',
    expected: 'unknown',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: a flake of the Kubernetes e2e jobs on some nodes only (priority P1, area images-registry): the bearer token handed back did not match the repository asked for, a fault of the registry's or the client's token handling, not a credential the user can fix. The leading timestamp is trimmed. INFERENCE: the stored thread shows no confirmed cause."
  },
  {
    id: 'dev121-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'func deploy --path /tmp/func-node-http --registry gcr.io/sampleproject\n...\nPlease provide credentials for image registry (gcr.io).\n? Username: oauth2accesstoken\n? Password: ***\nIncorrect credentials, please try again.',
    source: 'knative/func#1129',
    expected: 'unknown',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: func's own push-authorization check refused gcr.io credentials that docker (and func 0.24.0) accepted; fixed in func by knative/func#1130 (push authorization validation for gcr.io). Not the credential. The posted password, already masked with asterisks, is shortened to `***`."
  },
  {
    id: 'dev121-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: Get https://gcr.io/v2/: unknown: Unable to parse json key.',
    source: 'whoan/docker-build-with-cache-action#50',
    expected: 'malformed-credentials',
    note: 'The service-account key secret reached docker login quoted or escaped: the reporter found `echo ${{ secrets.GCLOUD_JSON_AUTH }} | docker login -u _json_key --password-stdin https://gcr.io` worked while the quoted forms failed.'
  },
  {
    id: 'dev121-gar-07',
    family: 'gar',
    host: 'docker.io',
    text: 'The push refers to a repository [docker.io/intelai-mlt/42934d20-3]\ndenied: requested access to the resource is denied',
    source: 'IntelAI/mlt#238',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    case: 'name-without-host',
    note: "needs the thread: the tool was given `--registry=gcr.io/…` but built the image name without the registry host, so docker pushed to Docker Hub (`docker.io/intelai-mlt/…`), where the Google login does not apply. Family gar because the push was meant for gcr.io; the layers' Preparing/Waiting lines are trimmed."
  },
  {
    id: 'dev121-gar-08',
    family: 'gar',
    host: 'europe-west3-docker.pkg.dev',
    text: 'google-github-actions/auth failed with: failed to generate Google Cloud OAuth 2.0 Access Token for github-actions-service-account@PROJECT.iam.gserviceaccount.com: {\n  "error": {\n    "code": 403,\n    "message": "Permission \'iam.serviceAccounts.getAccessToken\' denied on resource (or it may not exist).",\n    "status": "PERMISSION_DENIED",\n    "details": [\n      {\n        "@type": "type.googleapis.com/google.rpc.ErrorInfo",\n        "reason": "IAM_PERMISSION_DENIED",\n        "domain": "iam.googleapis.com",\n        "metadata": {\n          "permission": "iam.serviceAccounts.getAccessToken"\n        }\n      }\n    ]\n  }\n}',
    source: 'google-github-actions/auth#455',
    expected: 'insufficient-scope',
    case: 'sa-impersonation',
    note: "The Workload Identity Federation principal may not act as the service account (no Workload Identity User binding for it, or another provider than the one bound), in the job that was to push to Artifact Registry. The host is a placeholder: the text names none; the thread's setup grants on a europe-west3 Docker repository. INFERENCE: the stored thread shows no confirmed fix."
  },
  {
    id: 'dev121-gar-09',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: failed to solve: failed to push <IMAGE-NAME>:<IMAGE-TAG>: server message: insufficient_scope: authorization failed',
    source: 'thegeeklab/drone-docker-buildx#277',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    case: 'name-without-host',
    note: "needs the thread: the plugin logged in to gcr.io with a _json_key that worked with docker login and push, but `repo` named the image without the registry host, so buildx pushed it to Docker Hub; adding the registry to `repo` fixed it (the reporter's word). The image name was left out by the poster (placeholders as posted); host is a placeholder of the family the push was meant for."
  },
  {
    id: 'dev121-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'error="failed to sync pod \\"[REDACTED]-64779b77f9-nsm6s\\" in the provider: no username present in auth config for server: [REDACTED].azurecr.io"',
    source: 'virtual-kubelet/azure-aci#568',
    expected: 'missing-credentials',
    alsoAcceptable: ['malformed-credentials'],
    note: "needs the thread: the virtual kubelet (ACI provider) found the pull secret's entry for the registry without a username and created no container group: no usable credential reached the pull. Trimmed to the error field of one log line, escapes as posted; the registry name was masked in the post, so host is a placeholder. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'dev121-acr-02',
    family: 'acr',
    host: 'example.azurecr.io',
    text: "The following field(s) are either invalid or missing. Field 'template.containers.CONTAINER_APPS.image' is invalid with details: 'Invalid value: \"ghcr.io/ORG/USERNAME:TAG\": GET https:?example.azurecr.io: UNAUTHORIZED: authentication required'",
    source: 'microsoft/azure-container-apps#816',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: "Azure Container Apps' own pull refused (the README's `template.containers.… Invalid value … UNAUTHORIZED`); the names in it were masked by the commenter, as posted. The thread is about apps and jobs losing their registry pull access; the commenter worked around it with a public image. INFERENCE: no confirmed fix in the stored thread."
  },
  {
    id: 'dev121-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "az acr login --name myregistry\nThe resource with name 'myregistry' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'MY_SUBSCRIPTION (00000000-0000-0000-0000-000000000000)'.",
    source: 'MicrosoftDocs/azure-docs#22796',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the registry exists; the user held only AcrPull on it, and az acr login looks the registry up through Azure Resource Manager, which needs read access (Reader) on the resource; with Reader it worked. The posted shell prompt is trimmed; host is made from the posted registry name.'
  },
  {
    id: 'dev121-acr-04',
    family: 'acr',
    host: 'testregistrymichal.azurecr.io',
    text: "Error event: SourceId='System.Hosting', Property='Download:1.0:1.0'.\nThere was an error during download.Failed to download container image testregistrymichal.azurecr.io/samples/myasp\nContainerImagesOperation returned FABRIC_E_INVALID_OPERATION, isDelete\nFailed to import docker image error FABRIC_E_INVALID_OPERATION.",
    source: 'microsoft/service-fabric-issues#944',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown', 'invalid-credentials'],
    case: 'cloud-service',
    note: "needs the thread: Service Fabric's own pull of a private ACR image; a manual docker pull on the node failed as well while the public base image pulled, so the pull carried no credential the registry took. The post's Markdown quote markers are dropped. INFERENCE: the maintainer's answer is cut off in the stored copy; no confirmed fix."
  },
  {
    id: 'dev121-acr-05',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error response from daemon: Get "https://***/v2/": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'Azure/azure-sdk-for-net#30736',
    expected: 'invalid-credentials',
    alsoAcceptable: ['token-expired', 'missing-credentials'],
    note: "Azure Pipelines' Initialize containers step logging in to the container registry with its service connection (the host masked as *** by Azure Pipelines); ACR refused the login. The Markdown link the post wrapped around the URL is dropped; host is a placeholder. INFERENCE: the stored thread shows no cause."
  },
  {
    id: 'dev121-acr-06',
    family: 'acr',
    host: 'containerregistry.azurecr.io',
    text: 'The push refers to repository [containerregistry.azurecr.io/name]\n156ff16f37e4: Retrying in 19 seconds\nEOF',
    source: 'MicrosoftDocs/azure-docs#32424',
    expected: 'registry-unreachable',
    note: "The other layers' progress lines are trimmed. The connection dropped during the upload (EOF after retries): the network or the registry, not the login. The stored thread shows no fix."
  },
  {
    id: 'dev121-acr-07',
    family: 'acr',
    host: 'mcpsharedreg.azurecr.io',
    text: 'The push refers to repository [mcpsharedreg.azurecr.io/coesd/aab-base-deploy-helm]\nGet ***v2/: read tcp 10.232.61.203:43262->52.236.186.80:443: read: connection reset by peer\n##[error]Get ***v2/: read tcp 10.232.61.203:43262->52.236.186.80:443: read: connection reset by peer',
    source: 'Azure/acr#305',
    expected: 'registry-unreachable',
    note: "The agent's debug lines are trimmed. Only the company's private agents failed while hosted agents worked: their network reset the connection to the registry."
  },
  {
    id: 'dev121-acr-08',
    family: 'acr',
    host: '121marketingreg.azurecr.io',
    text: "Internal error message: Container setup failed because of an invalid request: Image doesn't exist or invalid credential to pull image from 121marketingreg.azurecr.io/sample:latest. Error: ",
    source: 'MicrosoftDocs/azure-docs#71575',
    expected: 'invalid-credentials',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'cloud-service',
    note: "needs the thread: Azure Databricks' cluster start pulling a custom image with the registry's admin username and password from its access keys panel, which the reporter doubted were the right ones; the text cannot tell a refused credential from a missing image. INFERENCE: the stored thread ends asking which article was followed."
  },
  {
    id: 'dev121-acr-09',
    family: 'acr',
    host: 'bridgetokubernetes.azurecr.io',
    text: 'Failed to pull image "bridgetokubernetes.azurecr.io/lpkremoteagent:0.1.4": [rpc error: code = Unknown desc = Error response from daemon: Get https://bridgetokubernetes.azurecr.io/v2/lpkremoteagent/manifests/0.1.4: unauthorized: Application not registered with AAD., rpc error: code = Unknown desc = Error response from daemon: Get https://bridgetokubernetes.azurecr.io/v2/lpkremoteagent/manifests/0.1.4: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.]',
    source: 'microsoft/mindaro#45',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: Microsoft's public registry for the Bridge to Kubernetes images stopped taking anonymous pulls (it worked days before; other users hit it at once); the AKS nodes sent their own cluster credential (`Application not registered with AAD`) and then none. Not the users' login. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'dev121-not-login-01',
    family: 'not-login',
    host: 'gcr.io',
    text: 'ctr: rpc error: code = NotFound desc = image "gcr.io/kubebuilder/kube-rbac-proxy:v0.16.0": not found\nError response from daemon: manifest for gcr.io/kubebuilder/kube-rbac-proxy:v0.16.0 not found: manifest unknown: Failed to fetch "v0.16.0"',
    source: 'kubeslice/kubeslice-controller#289',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "The image's tags are gone from gcr.io/kubebuilder (kube-rbac-proxy was discontinued there; the posted tags list is empty): a missing image, not a login. The shell prompt line between the two errors is trimmed."
  },
  {
    id: 'dev121-not-login-02',
    family: 'not-login',
    host: 'gcr.io',
    text: 'the push refers to repositoriy [gcr.io/250312//iost-worker]\nan image does not exist locally with the tag; gcr.io/250312/iost-worker',
    source: 'groovenauts/SmartShoppingNavigator#20',
    expected: 'not-a-login-failure',
    note: 'The image was never built under that name (the maintainer asks whether `docker build -t gcr.io/${PROJECT_ID}/iost-worker .` ran); retyped by the reporter, as posted.'
  },
  {
    id: 'dev121-not-login-03',
    family: 'not-login',
    host: 'gcr.io',
    text: 'Authentication successful to [.... registry]...\nSkipping image build ...\nFully qualified image name: [.....]myimage:develop\nCreating docker tag ...\nError response from daemon: No such image: [.....]myimage:temporary\nPushing image [.....]myimage:develop ...\nThe push refers to repository [.....]myimage\ntag does not exist: [.....]myimage:develop\nPushing failed. Exiting ...',
    source: 'RafikFarhad/push-to-gcr-github-action#46',
    expected: 'not-a-login-failure',
    note: "The action's push_only mode tags a temporary image name that the earlier build never produced, so the push finds no such tag; the login had succeeded. The registry was masked by the poster (as posted); host is a placeholder of the family."
  },
  {
    id: 'dev121-not-login-04',
    family: 'not-login',
    host: 'mycontainerregistry.azurecr.io',
    text: 'You may want to use \'az acr login -n myContainerRegistry --expose-token\' to get an access token, which does not require Docker to be installed.\n2024-01-21 15:00:07.400014 An error occurred: DOCKER_COMMAND_ERROR\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
    source: 'MicrosoftDocs/azure-docs#119054',
    expected: 'not-a-login-failure',
    case: 'docker-daemon',
    note: 'az acr login got its token (the reporter says --expose-token works) but the docker command it runs may not open the daemon socket: a file permission of the user, not the registry login. Host made from the posted registry name.'
  }
]

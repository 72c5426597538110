/**
 * The eighty-fifth development set ("dev85": Google Artifact Registry / GCR (`*-docker.pkg.dev`, `gcr.io`) and Azure Container Registry (`*.azurecr.io`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The eighty-fifth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV85: readonly RealText[] = [
  {
    id: 'dev85-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "default/hello-java-z77mz-pod-577625[build-step-export]: writing image\ndefault/hello-java-z77mz-pod-577625[build-step-export]: Error: failed to : DENIED: Token exchange failed for project 'cf-sandbox-trisberg'. Caller does not have permission 'storage.buckets.get'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
    source: 'projectriff/riff#1249',
    expected: 'insufficient-scope',
    note: "The build's Google identity may not read the project's Container Registry bucket (storage.buckets.get): a push refused for a permission, said in the text. INFERENCE: the stored thread shows no fix."
  },
  {
    id: 'dev85-gar-02',
    family: 'gar',
    host: 'europe-west9-docker.pkg.dev',
    text: '+ exec /nix/store/a21lk75fpp6n42vkzj7cn0z370y4vj4p-skopeo-1.18.0/bin/skopeo --insecure-policy copy docker-archive:/nix/store/qh3zf0pjnhh86l2sy11nmar59cjswx14-docker-image-trampoline.tar.gz docker://europe-west9-docker.pkg.dev/twin-multiverse-sandbox/twin-multiverse-sandbox-paris:0926250\nGetting image source signatures\nFATA[0002] trying to reuse blob sha256:e59f03e7b5b701e292446e3608d2d734fa52390c7a5564a4b0b342f5ba6533c8 at destination: Requesting bearer token: invalid status code from registry 400 (Bad Request)',
    source: 'podman-container-tools/skopeo#2573',
    expected: 'repository-not-found',
    alsoAcceptable: ['unknown'],
    note: 'INFERENCE: the destination has only a project and a repository, no image name; Artifact Registry answers such a path with 400 ("Missing image name"), not a refusal of the credential. The stored thread shows no reply. The gcloud configure-docker lines above the command are trimmed.'
  },
  {
    id: 'dev85-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: 'Warning  Failed     13m (x4 over 14m)     kubelet            Failed to pull image "gcr.io/viya4-poc/sasviyav4-9cl4s-0-lts-2021-1-20210813-1628876294130/viya-4-x64_oci_linux_2-docker/sas-orchestration:1.41.6-20210513.1620868672630": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/viya4-poc/sasviyav4-9cl4s-0-lts-2021-1-20210813-1628876294130/viya-4-x64_oci_linux_2-docker/sas-orchestration, repository does not exist or may require \'docker login\': denied: Permission denied for "1.41.6-20210513.1620868672630" from request',
    source: 'sassoftware/viya4-iac-gcp#109',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'read-denied',
    note: 'INFERENCE: GKE nodes pulling from the project\'s registry are denied; the stored thread shows no fix (the nodes\' service account read permission is the usual cause). The stored copy ends inside the request path after "from request"; the line is cut there.'
  },
  {
    id: 'dev85-gar-04',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'failed to setup auther: google: could not find default credentials. See https://developers.google.com/accounts/docs/application-default-credentials for more information.',
    source: 'GoogleCloudPlatform/gcr-cleaner#101',
    expected: 'missing-credentials',
    note: 'gcr-cleaner against an Artifact Registry repository after docker/login-action with _json_key: the tool reads Google application default credentials, which the job never set, so it has no credential at all. INFERENCE: the thread points to a sample in a pull request; no confirmed fix.'
  },
  {
    id: 'dev85-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERRO[0185] Attempting next endpoint for pull after error: manifest unknown: Failed to fetch "latest" from request "/v2/pure-muse-748/red/manifests/latest". \n\nERRO[0186] Not continuing with pull after error: Error: Status 403 trying to pull repository pure-muse-748/red: "Unable to access the repository: pure-muse-748/red; please verify that it exists and you have permission to access it',
    source: 'spotify/docker-client#447',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'insufficient-scope'],
    note: "needs the thread: a pull from a private gcr.io repository through docker-client with auth read from the local Docker config (gcloud's), which the remote daemon's pull did not carry usable; labelled an enhancement (help wanted), no fix. INFERENCE. The stored copy ends before the closing quote."
  },
  {
    id: 'dev85-gar-06',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'name unknown: Repository "my-repository" not found',
    source: 'GoogleCloudPlatform/gke-gitops-tutorial-cloudbuild#15',
    expected: 'repository-not-found',
    note: "INFERENCE: the Artifact Registry repository was never created (maintainer: run gcloud artifacts repositories create my-repository --location=us-central1; the lab was not updated for Artifact Registry). The post names no host: us-central1-docker.pkg.dev is the thread's location."
  },
  {
    id: 'dev85-gar-07',
    family: 'gar',
    host: 'us-docker.pkg.dev',
    text: 'WARN error reading from stream:problems encountered: unexpected response code 401; body: {"errors":[{"code":"UNAUTHORIZED","message":"not authenticated: No valid credential was supplied."}]}\nERRO error: problems encountered: unexpected response code 401; body: {"errors":[{"code":"UNAUTHORIZED","message":"not authenticated: No valid credential was supplied."}]}\n happened at time: 1.020932058s',
    source: 'kubernetes/k8s.io#3192',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "The promoter's manifest tool read us-docker.pkg.dev/k8s-staging-releng/i (host from the command in the pull request) and sent no credential (INFERENCE: a work-in-progress pull request, no fix stated); invalid-credentials is also defensible, for the words do not tell none from a bad one. The command line and INFO lines above are trimmed."
  },
  {
    id: 'dev85-gar-08',
    family: 'gar',
    host: 'us.gcr.io',
    text: '$ docker-compose pull\nPulling mysql (us.gcr.io//mysql:latest)...\nERROR: repository us.gcr.io//mysql not found: does not exist or no pull access',
    source: 'docker/compose#4885',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials', 'credential-store-error'],
    note: 'needs the thread: docker pull of the same private image works through the gcloud credential helper, but docker-compose (docker-py) did not use credHelpers, so its pull went without a login (INFERENCE: no fix in the stored copy). The project in the path is redacted in the post (us.gcr.io//mysql).'
  },
  {
    id: 'dev85-gar-09',
    family: 'gar',
    host: 'gcr.io',
    text: 'time="2020-04-01T17:21:57Z" level=fatal msg="failed to build: build failed: building time="2020-04-01T17:21:57Z" level=fatal msg="failed to build: build failed: building [gcr.io/project/my-image]: getting image: GET https://gcr.io/v2/project/my-image/manifests/2c46f1d: UNAUTHORIZED: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"',
    source: 'GoogleContainerTools/skaffold#3899',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a skaffold cluster build on a GitLab runner; kaniko pushes with the in-cluster kaniko-secret, but skaffold itself reads the pushed image from the runner, which holds no Google credential (the same service account works from Minikube). INFERENCE: no fix in the stored thread. The doubled prefix is as posted.'
  },
  {
    id: 'dev85-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'containerinstance.ContainerGroupsClient#CreateOrUpdate: Failure sending request: StatusCode=400 -- Original Error: Code="InvalidImageRegistryPassword" Message="The password in the \'imageRegistryCredentials\' of container group \'test\' cannot be empty."',
    source: 'docker-archive/cloud-integration-beta#10',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: 'docker compose up in an ACI context with images on a private ACR: Azure Container Instances got the registry with an empty password (maintainer: docker login to the ACR first; INFERENCE: not confirmed). The post masks the registry as ***.azurecr.io: myregistry.azurecr.io is a placeholder.'
  },
  {
    id: 'dev85-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'unauthorized: Application not registered with AAD.',
    source: 'docker/for-win#9201',
    expected: 'invalid-credentials',
    case: 'service-principal-id',
    note: "INFERENCE: the issue's title (its body is the empty template, and nobody answered); ACR's words for a username that is no application ID the tenant knows. The post names no registry: myregistry.azurecr.io is a placeholder."
  },
  {
    id: 'dev85-acr-03',
    family: 'acr',
    host: 'myacrname.azureacr.io',
    text: 'docker push [myacrname].azureacr.io/azure-vote-front:v1\nThe push refers to repository [[myacrname].azureacr.io/azure-vote-front]\nGet https://[myacrname].azureacr.io/v2/: Service Unavailable',
    source: 'MicrosoftDocs/azure-docs#11737',
    expected: 'registry-unreachable',
    note: "The reporter had typed azureacr.io for azurecr.io: the address answering is no registry (Service Unavailable). The host is the post's masked name without its brackets."
  },
  {
    id: 'dev85-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "HTTPSConnectionPool(host='<name>.azurecr.io', port=443): Max retries exceeded with url: /acr/v1/_catalog?n=100 (Caused by NewConnectionError('<urllib3.connection.VerifiedHTTPSConnection object at 0x058557D0>: Failed to establish a new connection: [Errno 11001] getaddrinfo failed',))",
    source: 'Azure/azure-cli#8584',
    expected: 'registry-unreachable',
    note: "az acr repository list with -u/-p: the registry's name did not resolve (getaddrinfo failed); the reporter thought the CLI queried a wrong URL. INFERENCE: no fix shown. The post masks the name as <name>: the host is a placeholder."
  },
  {
    id: 'dev85-acr-05',
    family: 'acr',
    host: 'myrepo.azurecr.io',
    text: 'Deployment failed. Correlation ID: d5246d22-93ba-4eb8-a837-375bb9b9f446. Operation registries-01aa08d2-418e-11e9-8412-1860248cc8bd failed. Resource /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ContainerRegistry/registries/<registry> Invalid message Unauthorized Unauthorized {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"python","Action":"pull"}]}]}',
    source: 'Azure/acr#196',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'official-image',
    note: 'needs the thread: az acr import --source docker.io/python:2.7-alpine3.8 (an import from mcr.microsoft.com worked): Docker Hub answers 401 for the bare name python, which exists only as library/python. INFERENCE: the stored thread shows no fix. The post masks the registry: the host is the --name of its command, myrepo.azurecr.io.'
  },
  {
    id: 'dev85-acr-06',
    family: 'acr',
    host: 'cscm1hacr002.azurecr.io',
    text: '2021/08/19 15:41:53 Launching container with name: acb_step_1\nERROR: Deployment failed. Correlation ID: 025f7991-e511-4863-89fc-685ad8f580f1. Operation registries-fac9ea94-0103-11ec-adfc-0242ac120002 failed. Resource /subscriptions/ad5da976-b65a-480e-bf56-048dcf0a8657/resourceGroups/rgcm1hmalmt001/providers/Microsoft.ContainerRegistry/registries/cscm1hacr002 Access to cscm1hacr002.azurecr.io denied.',
    source: 'Azure/acr#571',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-unreachable'],
    note: 'INFERENCE: az acr import run in an ACR task after az login --identity; the reporter says the destination registry refused, while docker pull/tag/push with the same secrets worked. No fix in the stored thread; a network rule of the registry is also defensible.'
  },
  {
    id: 'dev85-acr-07',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: '[2021-12-29T14:41:37Z] Validating image pull permission: FAILED\n[2021-12-29T14:41:37Z] ACR d*****.azurecr.io rejected token exchange: failed to send token exchange request: Post https://d*****.azurecr.io/oauth2/exchange: dial tcp 10.201.3.5:443: i/o timeout',
    source: 'Azure/acr#594',
    expected: 'registry-unreachable',
    note: "AKS nodes behind a private endpoint time out reaching the registry's private address; the refusal is the network's, not the identity's (INFERENCE: no fix in the stored thread). Markdown quote marks around the lines are dropped; the post masks the registry as d*****: the host is a placeholder."
  },
  {
    id: 'dev85-acr-08',
    family: 'acr',
    host: 'foo.azurecr.io',
    text: 'Failed to pull image "foo.azurecr.io/platform/identity-user:master-07eeda3": rpc error: code = Unknown desc = Error response from daemon: Get https://foo.azurecr.io/v2/platform/identity-user/manifests/master-07eeda3: unauthorized: authentication required',
    source: 'Azure/acs-engine#3654',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials'],
    case: 'read-denied',
    note: 'INFERENCE: an acs-engine cluster pulls with its service principal, which had no role on the registry until Contributor was added half an hour before; pushes from Jenkins work. The thread went stale without a fix, and ACR gives these words both to no credential and to one without pull.'
  },
  {
    id: 'dev85-acr-09',
    family: 'acr',
    host: 'rmreg999.azurecr.io',
    text: "The resource with name 'rmreg999' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'Azure subscription 1 (caa6680a-39af-4664-96e0-27b3c58b7715)'.",
    source: 'Azure/azure-cli#19068',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: az acr build in Cloud Shell with an existing registry; a regression of Azure CLI 2.26.0, fixed in 2.26.1 (maintainer; INFERENCE: a later comment says it persists in 2.58.0). repository-not-found is what the text alone says. The host is the registry named in the text with the ACR suffix.'
  },
  {
    id: 'dev85-not-login-01',
    family: 'not-login',
    host: 'vscodedev2acc4eacrmkcwb72f7xyio.azurecr.io',
    text: '  (x) Failed: Deploying service backend\n\nERROR: error executing step command \'deploy --all\': failed deploying service \'backend\': POST https://management.azure.com/subscriptions/f0542a21-69d2-489d-861c-ed7d0ec47ee4/resourceGroups/rg-vscode-dev-2acc4e/providers/Microsoft.ContainerRegistry/registries/vscodedev2acc4eacrmkcwb72f7xyio/scheduleRun\n--------------------------------------------------------------------------------\nRESPONSE 400: 400 Bad Request\nERROR CODE: TasksOperationsNotAllowed\n--------------------------------------------------------------------------------\n{\n  "error": {\n    "code": "TasksOperationsNotAllowed",\n    "message": "ACR Tasks requests for the registry vscodedev2acc4eacrmkcwb72f7xyio and f0542a21-69d2-489d-861c-ed7d0ec47ee4 are not permitted. Please file an Azure support request at http://aka.ms/azuresupport for assistance.",\n    "target": "request"\n  }\n}',
    source: 'Azure-Samples/azure-search-openai-demo#2592',
    expected: 'not-a-login-failure',
    note: "needs the thread: 'not permitted' is about the subscription, not a credential: a free trial subscription may not run ACR Tasks (remote builds); the maintainer's fix is to turn remote builds off. INFERENCE: the reporter did not confirm. The host is the registry named in the text with the ACR suffix."
  },
  {
    id: 'dev85-not-login-02',
    family: 'not-login',
    host: 'myregistry.azurecr.io',
    text: 'ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"denied"}',
    source: 'Azure/app-service-linux-docs#45',
    expected: 'registry-unreachable',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: App Service with VNet integration pulling from an ACR with a private endpoint; the pull works once public network access is enabled again, so the denial is the registry's network rule refusing App Service's address, not its credential. INFERENCE: no fix in the stored thread. The post names no registry: myregistry.azurecr.io is a placeholder."
  },
  {
    id: 'dev85-not-login-03',
    family: 'not-login',
    host: 'gcr.io',
    text: 'The push refers to a repository [gcr.io/project/$REPO_NAME] (len: 1)\nRepository does not exist: gcr.io/project/$REPO_NAME',
    source: 'Shippable/support#2312',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: the image had been built as $REPO_NAME only, so no local image had the gcr.io name; fixed by building with the full name (docker build -t gcr.io/...). The Markdown quote marks (>) of the post are dropped.'
  },
  {
    id: 'dev85-not-login-04',
    family: 'not-login',
    host: 'us-central1-docker.pkg.dev',
    text: 'ERROR: Error in retrieving repository from Artifact Registry.\nERROR: (gcloud.run.deploy) INVALID_ARGUMENT: Request contains an invalid argument.',
    source: 'googlecodelabs/feedback#2266',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "gcloud run deploy --source in a codelab: Artifact Registry's API called the request invalid (the region argument, not a credential: INVALID_ARGUMENT rather than PERMISSION_DENIED or UNAUTHENTICATED). INFERENCE: the thread has no answer. The post names no host: us-central1-docker.pkg.dev is a placeholder of the same family."
  }
]

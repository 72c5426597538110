/**
 * The hundred-and-third development set ("dev103": Google Artifact Registry / GCR (`*-docker.pkg.dev`, `gcr.io`) and Azure Container Registry (`*.azurecr.io`)): real registry
 * error texts collected on 2026-11-29, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-third development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV103: readonly RealText[] = [
  {
    id: 'dev103-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Warning Failed 23m (x4 over 25m) kubelet, gke-jenkins-x-nap-n1-standard-1-1rdtb-c8b23bb3-ftbz Failed to pull image "gcr.io/lab-jenkins-x/hello-4-1: 0.0.1 ": rpc error: code = Unknown desc = Error response from daemon: unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication',
    source: 'jenkins-x/terraform-google-jx#169',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'read-denied',
    note: "needs the thread: a GKE node pulling from GCR; the reporter fixed it by making the GCR repository public, so the node's identity could not read it. Which identity lacked read (node service account, another project) is not shown: INFERENCE for the choice between a read refused and a pull without a usable credential."
  },
  {
    id: 'dev103-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: '[warn] BackendPreparationActor_for_5fe16e0e:myWorkflow.myTask:-1:1 [5fe16e0e]: Docker lookup failed\njava.lang.Exception: Failed to get docker hash for gcr.io/<REDACTED>/debian:latest Request failed with status 403 and body {"errors":[{"code":"DENIED","message":"Unauthenticated request. Unauthenticated requests do not have permission \\"artifactregistry.repositories.downloadArtifacts\\" on resource \\"projects/<REDACTED>/locations/us/repositories/gcr.io\\" (or it may not exist)"}]}',
    source: 'broadinstitute/cromwell#7464',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "Quoted from the pull request's description (its timestamp prefix dropped; <REDACTED> as posted). Cromwell looked the image up on gcr.io (served by Artifact Registry) without sending a credential; the pull request makes it send the Google credentials. A private image read with no login is repository-not-found by the sets' convention, hence alsoAcceptable."
  },
  {
    id: 'dev103-gar-03',
    family: 'gar',
    host: 'gcr.io',
    text: "Warning  Failed                 11s               kubelet, gke-cluster-1-default-pool-32ed223c-0vsv  Failed to pull image \"gcr.io/potent-zodiac-172621/teste-app:latest\": [rpc error: code = Unknown desc = Error response from daemon: Get https://gcr.io/v2/potent-zodiac-172621/teste-app/manifests/latest: unknown: Unable to parse json key., rpc error: code = Unknown desc = error pulling image configuration: error parsing HTTP 400 response body: invalid character '<' looking for beginning of value: \"<?xml version='1.0' encoding='UTF-8'?><Error><Code>UserProjectMissing</Code><Message>Bucket is a requester pays bucket but no user project provided.</Message></Error>\"]",
    source: 'kubernetes/kubernetes#62393',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "Two attempts in one event: the pull with the imagePullSecret made from the service-account key the reporter created was refused because GCR could not parse the JSON key; the second error is the storage bucket's answer to the other attempt. The malformed key is the login failure the text names. No confirmed fix in the stored thread."
  },
  {
    id: 'dev103-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: '$ docker pull gcr.io/paketo-buildpacks/python\nUsing default tag: latest\nError response from daemon: Head "https://gcr.io/v2/paketo-buildpacks/python/manifests/latest": denied: denied: Project #761227957636 has been deleted.',
    source: 'paketo-buildpacks/python#1043',
    expected: 'repository-not-found',
    note: 'The Google Cloud project that held the public image was deleted: the namespace no longer exists, not a credential problem.'
  },
  {
    id: 'dev103-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR Your credentials are expired! Unauthorized: 401\nERROR Your credentials are expired! Unauthorized: 401',
    source: 'singularityhub/sregistry#178',
    expected: 'unknown',
    alsoAcceptable: ['token-expired', 'stale-login'],
    note: 'needs the thread: `sregistry pull docker://gcr.io/cloud-builders/gcloud-slim`, a public image, with sregistry 0.1.37; the same reporter says in the sibling thread singularityhub/sregistry-cli#185 that it worked after installing a newer version, so the client, not an expired credential, was at fault. No id names a client bug. INFERENCE (the fix is reported in another thread).'
  },
  {
    id: 'dev103-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: 'Built and pushed image as gcr.io/<project-id>/app:9ab10c77d7caf3f5db394542347be146\nFATA[0012] build failed: building [gcr.io/<project id>/app]: tagging: tagging image: UNAUTHORIZED: "authentication required"',
    source: 'GoogleContainerTools/skaffold#1460',
    expected: 'missing-credentials',
    alsoAcceptable: ['unknown'],
    case: 'no-login',
    note: "Trimmed: Gradle and skaffold DEBU lines between the two lines are left out. Jib pushed with the docker-credential-gcr helper, then skaffold's own request to tag the image was refused as unauthenticated: that request went without the login. Labelled a bug; no fix in the stored thread: INFERENCE."
  },
  {
    id: 'dev103-gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: (gcloud.builds.submit) PERMISSION_DENIED: The caller does not have permission. This command is authenticated as xxx@xxx which is the active account specified by the [core/account] property',
    source: 'googlecodelabs/monolith-to-microservices#109',
    expected: 'insufficient-scope',
    note: '`gcloud builds submit --tag gcr.io/...`: Cloud Build refused the authenticated account; the reporter fixed it by granting the service account more roles (Owner). The account is masked as posted.'
  },
  {
    id: 'dev103-gar-08',
    family: 'gar',
    host: 'gcr.io',
    text: 'ERROR: (gcloud.builds.submit) HTTPError 403: Insufficient Permission',
    source: 'GoogleCloudPlatform/continuous-deployment-on-kubernetes#161',
    expected: 'insufficient-scope',
    note: "`gcloud builds submit -t gcr.io/...` from a Jenkins agent on GKE: the agent's Google identity (or its OAuth scopes) may not start the build; no confirmed fix in the stored thread: INFERENCE for the cause, not for the id."
  },
  {
    id: 'dev103-gar-09',
    family: 'gar',
    host: 'gcr.io',
    text: "Error response from daemon: Get https://gcr.io/v2/airflow-operator/airflow/manifests/1.10.2: unknown: Project 'project:airflow-operator' not found or deleted.",
    source: 'apache/airflow-on-k8s-operator#31',
    expected: 'repository-not-found',
    note: "`docker pull gcr.io/airflow-operator/airflow:1.10.2` from the project's quickstart: the Google Cloud project that published the image is gone, so the image name no longer exists; not a credential problem."
  },
  {
    id: 'dev103-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "myregistry.azurecr.io/example-project:latest": creating push check transport for myregistry.azurecr.io failed: Get "https://myregistry.azurecr.io/v2/": EOF',
    source: 'GoogleContainerTools/kaniko#2059',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "Kaniko in Azure DevOps pushing to ACR; the pipeline masked the registry as *** and GitHub turned the URL into a Markdown link: the host is a placeholder of the same family and the link syntax is dropped. The registry's /v2/ endpoint closed the connection (EOF) before any credential was checked. The thread suggests the acr-env credential helper, with no confirmed fix: INFERENCE."
  },
  {
    id: 'dev103-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'asad@linux:~/docker/asp.net/ASP-.NET-Core-Template$ az acr login --name myACRaccount\n\nUppercase characters are detected in the registry name. When using its server url in docker commands, to avoid authentication errors, use all lowercase.\nLogin Succeeded\n\nasad@linux:~/docker/asp.net/ASP-.NET-Core-Template$ docker push myregistry.azurecr.io/asadzoot/asp.netcoreimage\nUsing default tag: latest\n\nThe push refers to repository [myregistry.azurecr.io/asadzoot/asp.netcoreimage]\nerror parsing HTTP 403 response body: unexpected end of JSON input: ""',
    source: 'spotify/docker-maven-plugin#364',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-mismatch', 'unknown'],
    note: 'A comment in a thread about another registry; the layer Preparing/Waiting lines are trimmed. After a successful `az acr login` the push got a 403 with an empty body: the identity may not push. The login names `myACRaccount` while the push goes to `myregistry.azurecr.io` (perhaps masked by the poster, perhaps another registry), hence registry-mismatch too. No reply in the thread: INFERENCE.'
  },
  {
    id: 'dev103-acr-03',
    family: 'acr',
    host: 'docker.io',
    text: 'Successfully built 727e0c741159\nSuccessfully tagged mycontsinerreg.azurecr.io:0.0.1-windows-amd64\nThe push refers to repository [docker.io/library/mycontainerreg.azurecr.io]\ndenied: requested access to the resource is denied',
    source: 'MicrosoftDocs/azure-docs#22296',
    expected: 'registry-mismatch',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'The layer Preparing/Waiting lines are trimmed (the post bolds the last line with **, left out). The IoT Edge module was tagged with the ACR host and no repository path, so docker took the host as an image name on Docker Hub and pushed there, where the ACR login does not apply; host is the one the push went to.'
  },
  {
    id: 'dev103-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: '\\"<acrName>.azurecr.io/azure/sql:latest\\": HEAD \\"https://<acrName>.azurecr.io/v2/azure/<recipeName>/manifests/latest\\": GET \\"https://<acrName>.azurecr.io/oauth2/token?scope=repository%3Aazure%2F<recipeName>%3Apull\\u0026service=<acrName>.azurecr.io\\": response status code 401: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."',
    source: 'radius-project/radius#6902',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found', 'invalid-credentials'],
    case: 'no-login',
    note: "`rad recipe show` reading a recipe the user had published to ACR after an ACR login; the poster masked the registry as <acrName> (host is a placeholder). The escaped quotes and \\u0026 are as posted. The CLI's token request for a pull was refused; the thread asks for a message telling the user to log in, with no confirmed cause: INFERENCE."
  },
  {
    id: 'dev103-acr-05',
    family: 'acr',
    host: 'myrepo.azurecr.io',
    text: '> helm install haveged oci://myrepo.azurecr.io/charts/haveged --version 0.1.1 --debug\ninstall.go:178: [debug] Original chart version: "0.1.1"\nError: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized\nhelm.go:88: [debug] unexpected status: 401 Unauthorized',
    source: 'helm/helm#10181',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'Trimmed: the Go stack trace after the last line is left out. Helm asked ACR for an anonymous token: no login for that host reached the request, and ACR refuses anonymous pulls of a private chart.'
  },
  {
    id: 'dev103-acr-06',
    family: 'acr',
    host: 'xyz.azurecr.io',
    text: 'Error: could not download chart: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://xyz.azurecr.io/oauth2/token?scope=repository%3Aabc%3Apull&service=xyz.azurecr.io: 401 Unauthorized',
    source: 'hashicorp/terraform-provider-helm#1313',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope', 'missing-credentials'],
    note: "Terraform's helm_release pulling an OCI chart from ACR (the poster's own masked names kept); the box-drawing prefix Terraform prints before the line is left out. A token request made with credentials (not anonymous) was refused; the thread went stale with no fix: INFERENCE."
  },
  {
    id: 'dev103-acr-07',
    family: 'acr',
    host: 'mpdcontainerprod1.azurecr.io',
    text: 'Downloading ingester from repo https://mpdcontainerprod1.azurecr.io/helm/v1/repo\nSave error occurred:  could not download https://mpdcontainerprod1.azurecr.io/helm/v1/repo/_blobs/ingester-1.0.1.tgz: Failed to fetch https://mpdcontainerprod1.azurecr.io/helm/v1/repo/_blobs/ingester-1.0.1.tgz : 401 Unauthorized',
    source: 'Azure/acr#241',
    expected: 'missing-credentials',
    alsoAcceptable: ['token-expired', 'invalid-credentials'],
    note: "needs the thread: `helm dependency update` against an `az acr helm repo add` repository; `helm fetch` from the same repository worked just before, and the same steps work with a service principal, so the dependency download went without the repository's credential rather than with a wrong one. INFERENCE: no confirmed fix in the stored thread."
  },
  {
    id: 'dev103-acr-08',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'msg="failed to resolve the subject descriptor from store oras with error HEAD \\"xxxxxxx response status code 401: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\\n',
    source: 'notaryproject/ratify#542',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: "needs the thread: Ratify reading a private ACR with the Azure managed identity auth provider; the reporter found the chart's store resource did not declare that provider, so the ORAS store read the registry with no credential. The poster masked the reference as xxxxxxx (host is a placeholder); the escaped quote and the trailing \\n are as posted."
  },
  {
    id: 'dev103-acr-09',
    family: 'acr',
    host: 'myreg.azurecr.io',
    text: 'Error response from daemon: Get https://<myreg>.azurecr.io/v2/: net/http: request canceled while waiting for a connection (Client.Timeout exceeded while awaiting headers)',
    source: 'Azure/acr#80',
    expected: 'registry-unreachable',
    note: '`docker login` from Docker for Windows; the poster masked the registry name as <myreg> (host is a placeholder). The reporter fixed it with a settings reset of Docker for Windows after an update: the daemon could not reach the registry.'
  },
  {
    id: 'dev103-acr-10',
    family: 'acr',
    host: 'redacted.azurecr.io',
    text: "ERROR: HTTPSConnectionPool(host='REDACTED.azurecr.io', port=443): Max retries exceeded with url: /v2/ (Caused by SSLError(SSLError(\"bad handshake: Error([('SSL routines', 'tls_process_server_certificate', 'certificate verify failed')],)\",),))",
    source: 'Azure/azure-cli#6478',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: '`az acr login` from a TeamCity build server behind a Palo Alto firewall that decrypts TLS (the build-log timestamp prefix is dropped): the CLI did not trust the certificate the firewall presented for the registry. The host is masked as posted.'
  },
  {
    id: 'dev103-not-login-01',
    family: 'not-login',
    host: 'gcr.io',
    text: "Unable to find image 'gcr.io/fullstackgcp/gradle:latest' locally\nlatest: Pulling from fullstackgcp/gradle\n/usr/bin/docker: error pulling image configuration: error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<?xml version='1.0' encoding='UTF-8'?><Error><Code>UserProjectAccountProblem</Code><Message>User project billing account not in good standing.</Message><Details>The billing account for the owning project is disabled in state delinquent</Details></Error>\".\nSee '/usr/bin/docker run --help'.",
    source: 'GoogleCloudPlatform/community#1265',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "Trimmed: the Cloud Build line before and the layer Pulling fs layer/Waiting lines are left out. A 403 that looks like a refused credential, but the storage behind GCR refused the public image because its owner's billing account was delinquent: nothing the puller's login can change."
  },
  {
    id: 'dev103-not-login-02',
    family: 'not-login',
    host: 'myregistry.azurecr.io',
    text: 'unknown: The operation is disallowed.\n##[error]unknown: The operation is disallowed.\n##[error]/usr/local/bin/docker failed with return code: 1',
    source: 'Azure/acr#84',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'A VSTS (Azure Pipelines) Docker push to ACR, timestamps and layer retry lines trimmed; the post shows no registry host, so host is a placeholder of the family. ACR refused the write as a disallowed operation (a registry or repository setting), not the credential. INFERENCE: the stored thread shows no confirmed cause.'
  }
]

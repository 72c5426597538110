/**
 * The hundred-and-fifteenth development set ("dev115": Google Artifact Registry / GCR (`*-docker.pkg.dev`, `gcr.io`) and Azure Container Registry (`*.azurecr.io`)): real registry
 * error texts collected on 2026-11-30, labelled before anyone ran the
 * classifier on them, measured once as merged and then used for development
 * (docs/real-texts.md, "The hundred-and-fifteenth development set"). Sources are GitHub issues and
 * pull requests and public pages found with the search tool; none is a source
 * of an earlier set. Texts are copied as posted; notes say where more was done.
 * A note starting "needs the thread:" marks a label the text alone does not
 * support; INFERENCE marks one where the stored thread shows no confirmed fix.
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV115: readonly RealText[] = [
  // Google Artifact Registry / Container Registry
  {
    id: 'dev115-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication\nError when pushing to gcr ( - docker push $GCR_IMAGE)",
    source: 'JanMikes/gitlab-ci-push-to-gcr#3',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the reporter found that the job logged in to https://eu.gcr.io (docker login -u _json_key) and pushed to gcr.io; docker sent no credential for gcr.io. The error line is bold in the post (** dropped); the second line is the start of the next sentence, cut at the closing parenthesis.'
  },
  {
    id: 'dev115-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "UNAUTHORIZED: You don't have the needed permissions",
    source: 'sigstore/cosign#337',
    expected: 'credential-store-error',
    alsoAcceptable: ['missing-credentials'],
    case: 'credential-helper',
    note: 'needs the thread: cosign sign in a Tekton step whose ~/.docker/config.json names the GCR credential helper, which the step image did not have; adding docker-credential-gcr to the image fixed it (so no credential reached GCR). Quoted inline in the post; host placeholder gcr.io (the post names GCR and docker-credential-gcr, no host).'
  },
  {
    id: 'dev115-gar-03',
    family: 'gar',
    host: 'eu.gcr.io',
    text: '#3 [internal] load metadata for eu.gcr.io/at-artefacts/platform-base-java-17:191\n------\n > [internal] load metadata for eu.gcr.io/at-artefacts/platform-base-java-17:191:\n------\nERROR: failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to copy: httpReadSeeker: failed open: unexpected status code https://eu.gcr.io/v2/at-artefacts/platform-base-java-17/blobs/sha256:652282eaaf2292dea2b2de83e487e8ee2e5ab476376f4b378446eb4d516ec062: 401 Unauthorized',
    source: 'moby/buildkit#3939',
    expected: 'token-expired',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: an occasional 401 on a base-image blob in a long-lived buildx builder, with the gcloud credential helper set for eu.gcr.io; the reporter ("Cached 401 In Buildkit Cache") ties it to a token the builder kept, not to the credential. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev115-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: '[WARNING] The system does not have docker-credential-gcr CLI\n[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:0.9.1:build (default-cli) on project hello-spring-boot: Build image failed, perhaps you should set a credential helper name',
    source: 'GoogleContainerTools/jib#507',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'credential-helper',
    note: 'needs the thread: docker was logged in to gcr.io with a JSON key (auths in config.json), but Jib 0.9.1 looked only for docker-credential-gcr, which the system lacked, so the push carried no credential (issue title: "No credential helper is needed if auth is configured with a JSON key file"). The Maven BUILD FAILURE lines between the two are trimmed, and the ERROR line is cut where the stored copy of the post ends. INFERENCE: the stored thread shows no confirmed fix.'
  },
  {
    id: 'dev115-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'FATA[0000] Inspect of image "gcr.io/kubernetes-release-test/kube-aggregator-amd64:v1.11.0-alpha.3" failed with error: unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication',
    source: 'kubernetes/release#516',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    case: 'credential-helper',
    note: 'needs the thread: manifest-tool push with gcloud configured as docker credential helper (credHelpers only, auths empty); manifest-tool did not support credHelpers, so it sent no credential, and the project moved to docker manifest.'
  },
  {
    id: 'dev115-gar-06',
    family: 'gar',
    host: 'gcr.io',
    text: 'time="2020-06-03T22:06:23Z" level=fatal msg="V2 registry PUT of manifest list failed: Put https://gcr.io/v2/k8s-staging-csi-secrets-store/driver/manifests/v0.0.11: unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"',
    source: 'kubernetes-sigs/secrets-store-csi-driver#221',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope', 'credential-store-error'],
    case: 'credential-helper',
    note: 'needs the thread: the image push job failed "due to auth with manifest tool" and was fixed by pushing the manifest list with docker manifest instead (#225); the same job\'s docker pushes worked. INFERENCE: that manifest-tool ignored the gcloud credential helper is not said in the stored thread.'
  },
  {
    id: 'dev115-gar-07',
    family: 'gar',
    host: 'gcr.io',
    text: "GET https://gcr.io/v2/aprindle-test-cluster/skaffold-example/manifests/sha256:68360b979a3bca7baebd93147549b02f1814c6ba972b9be6a7e731b67df0c414: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'GoogleContainerTools/skaffold#7812',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: 'needs the thread: a multi-platform skaffold build whose kube context is a cluster in another project with no permissions on the --default-repo project; the read of the pushed manifest was refused to that identity. A read, not a push (the convention labels it insufficient-scope).'
  },
  {
    id: 'dev115-gar-08',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: '#30 ERROR: failed to push us-central1-docker.pkg.dev/k8s-staging-images/kueue/kueueviz-frontend:v0.20.0-devel-317-g4b47ee6b4: failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://us-central1-docker.pkg.dev/v2/token: 502 Bad Gateway: <!DOCTYPE html>',
    source: 'kubernetes-sigs/kueue#14925',
    expected: 'registry-unreachable',
    note: "A flake of a CI push job: Artifact Registry's token endpoint answered 502 with Google's error page. The text stops after <!DOCTYPE html> (the page's HTML left out)."
  },
  {
    id: 'dev115-gar-09',
    family: 'gar',
    host: 'gcr.io',
    text: 'ts=2019-08-27T16:04:12.784496253Z caller=github.com/replicatedhq/ship/pkg/lifecycle/render/docker/step.go level=debug step.type=render render.phase=execute asset.type=docker dest="docker://{{repl ConfigOption \\"registry_auth\\"}}{{repl ConfigOption \\"registry_address\\"}}/alpine:latest" description= event=execute.fail.withRegistrySecret err="unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"',
    source: 'replicatedhq/ship#1054',
    expected: 'invalid-credentials',
    alsoAcceptable: ['insufficient-scope', 'malformed-credentials'],
    note: "needs the thread: ship pushing to a GCR destination with username _json_key and the key compacted with jq -c; the maintainer filed it as ship not working with GCR JSON key credentials. INFERENCE: the stored thread shows no fix, so whether the key, its handling by ship, or the account's permissions was at fault is not known. Host placeholder gcr.io (the destination host is templated in the text)."
  },
  // Azure Container Registry
  {
    id: 'dev115-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error BCP192: Unable to restore the module with reference "br:<replaced>.azurecr.io/private/bicep/modules/dev/resource-group:v1": Unhandled exception: Azure.Identity.CredentialUnavailableException: Please run \'Connect-AzAccount\' to set up account.',
    source: 'Azure/bicep#9781',
    expected: 'missing-credentials',
    note: 'Bicep restoring a module from ACR with neither Azure CLI nor Azure PowerShell logged in. The registry allowed anonymous pull and Bicep was fixed to fall back to it (Azure/bicep#9922), but the text itself asks for a login. Stack trace lines after the first are trimmed; host placeholder (the post replaced the registry name).'
  },
  {
    id: 'dev115-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'azure.cli.core.azclierror.UnclassifiedUserFault: D:\\a\\1\\s\\provision\\infrastructure\\arm\\main.bicep(109,24) : Error BCP192: Unable to restore the module with reference "br:<registry>.azurecr.io/bicepmodules/serviceplan-s1:default": Unhandled exception: Azure.Identity.AuthenticationFailedException: The ChainedTokenCredential failed due to an unhandled exception: Azure PowerShell authentication timed out.',
    source: 'Azure/bicep#6843',
    expected: 'credential-store-error',
    alsoAcceptable: ['unknown'],
    note: "Bicep in an AzurePowerShell@5 pipeline task: the credential source it asks for an Azure token (Azure PowerShell) timed out in about half the runs; the service principal has Contributor on the registry. No id names a cloud credential provider that fails, so the nearest (a credential helper's failure) is taken. Host placeholder (the post masked the registry name)."
  },
  {
    id: 'dev115-acr-03',
    family: 'acr',
    host: 'REPONAME.azurecr.io',
    text: 'Error BCP192: Unable to restore the module with reference "br:REPONAME.azurecr.io/bicep/modules/waitdeploymentscriptnt:v1.01": Service request failed.\nStatus: 401 (Unauthorized)',
    source: 'Azure/bicep#12532',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    case: 'registry-role',
    note: "needs the thread: a pipeline restoring modules from an ACR in a second (customer) tenant with a service principal; some modules restore and others are refused with 401. INFERENCE: the stored thread shows no fix; the identity's access to that registry (tenant or role) is the likely cause. Host as masked in the post."
  },
  {
    id: 'dev115-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Unhandled exception. Azure.RequestFailedException: Service request failed.\nStatus: 401 (Unauthorized)\n\nContent:\n{"errors":[{"code":"UNAUTHORIZED","message":"retrieving permissions failed"}]}',
    source: 'Azure/bicep#5270',
    expected: 'insufficient-scope',
    case: 'registry-role',
    note: 'needs the thread: bicep publish with Azure PowerShell credentials on Ubuntu; the stack (trimmed, with the response headers) shows the refusal in ExchangeAadAccessTokenForAcrRefreshToken, ACR\'s exchange of the Azure AD token for a refresh token, which answers "retrieving permissions failed" when the identity holds no role on the registry. INFERENCE: the stored thread shows no confirmed fix (a registry with azureADAuthenticationAsArmPolicy disabled gives the same 401). Host placeholder (none in the text).'
  },
  {
    id: 'dev115-acr-05',
    family: 'acr',
    host: 'azurefunctionreg.azurecr.io',
    text: 'Error Message: Process \'docker login "https://azurefunctionreg.azurecr.io"...\' exited with code 1\nError: Error response from daemon: Get https://azurefunctionreg.azurecr.io/v2/: Get https://azurefunctionreg.azurecr.io/oauth2/token?account=00000000-0000-0000-0000-000000000000&client_id=docker&offline_token=true&service=azurefunctionreg.azurecr.io: net/http: request canceled (Client.Timeout exceeded while awaiting headers) (Client.Timeout exceeded while awaiting headers)',
    source: 'microsoft/vscode-docker#2910',
    expected: 'registry-unreachable',
    note: "The VS Code Docker extension's docker login to ACR (with the zero-GUID token user) timed out at the token endpoint."
  },
  {
    id: 'dev115-acr-06',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error: looks like "\nhttps://$ACR_NAME.azurecr.io/helm/v1/$REPO"\nis not a valid chart repository or cannot be reached: failed to fetch\nhttps://$ACR_NAME.azurecr.io/helm/v1/$REPO/index.yaml\n: 401 Unauthorized',
    source: 'helm/helm#12749',
    expected: 'missing-credentials',
    alsoAcceptable: ['not-a-login-failure'],
    case: 'no-login',
    note: "needs the thread: helm repo add on ACR's legacy helm/v1 repository API after helm registry login (an Entra token with the zero GUID, or a scope-map token); helm registry login stores a credential for OCI pulls and pushes, which helm repo add does not send, and ACR serves Helm 3 charts as OCI artifacts. INFERENCE: the thread went stale with no fix. The post wrapped the first URL in Markdown link syntax, dropped here; line breaks kept as posted; host placeholder ($ACR_NAME in the text)."
  },
  {
    id: 'dev115-acr-07',
    family: 'acr',
    host: 'mswacrname.azurecr.io',
    text: '$ az acr login --name mswacrname\nError saving credentials: error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`\nLogin failed.',
    source: 'MicrosoftDocs/azure-docs#56852',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "az acr login on a headless Azure VM whose docker config uses the secretservice credential helper; the reporter's fix was a config.json without the helper."
  },
  {
    id: 'dev115-acr-08',
    family: 'acr',
    host: 'mycontainerregistry.azurecr.io',
    text: '$ az acr login --name mycontainerregistry\n[077:23:09:47.792][E] (a7ac4134) 52f9999a-CredentialHelperPKG C<-S NoResponse POST /registry/credstore-updated (1.2882ms): Post "http://ipc/registry/credstore-updated": open \\\\.\\pipe\\dockerBackendApiServer: The system cannot find the file specified.',
    source: 'rancher-sandbox/rancher-desktop#1850',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "az acr login under Rancher Desktop on Windows: the docker config still names Docker Desktop's credential helper (docker-credential-desktop), which cannot reach Docker Desktop's backend pipe. The helper's Go stack trace after the first line is trimmed."
  },
  {
    id: 'dev115-acr-09',
    family: 'acr',
    host: 'officialgithubactions.azurecr.io',
    text: '#39 exporting to image\n#39 74.32 error: failed commit on ref "layer-sha256:916934d2283843834ac0148e6b496680813b6e403cac56f7f69b9ece61ccc487": unexpected status: 500 Internal Server Error\n#39 74.32 retrying in 1s\n#39 pushing layers 75.5s done\n#39 pushing manifest for officialgithubactions.azurecr.io/test-docker-action:e2e-acr@sha256:fd08dce19a5fda9a6471b644b31180498678a9a4d402bb18ce329d619c570599\n#39 149.0 error: failed commit on ref "manifest-sha256:b36bc93e2210afc0444c550202408ef1debc1c024c50aa5cfcdce38be605d5e7": unexpected status: 500 Internal Server Error\n#39 149.0 retrying in 1s\nError: The operation was canceled.',
    source: 'docker/build-push-action#548',
    expected: 'registry-unreachable',
    note: "build-push-action's end-to-end test against ACR: the first push to a repository that did not exist yet got 500s, the second run worked. Two further identical retry pairs before the last line are trimmed."
  },
  {
    id: 'dev115-acr-10',
    family: 'acr',
    host: 'hpuidocker.azurecr.io',
    text: '# docker push priveateregistry.azurecr.io/products-service:v1\nThe push refers to repository [hpuidocker.azurecr.io/products-service]\n08e2cdb90fe0: Layer already exists\nade8acb532e7: Pushing [==================================================>]  83.88MB/83.88MB\n787062cd94fb: Pushing [==================================================>]  607.5MB/607.5MB\na4e797bc3f15: Pushing [==================================================>]  158.8MB/158.8MB\nEOF',
    source: 'MicrosoftDocs/azure-devops-docs#5235',
    expected: 'registry-unreachable',
    note: 'A large push to ACR ended in EOF (the reporter asked for a longer timeout); it "resolved itself" the next morning. Other "Layer already exists" lines are trimmed; the command line\'s registry name is masked in the post, the refers-to line is not.'
  },
  // look-alikes
  {
    id: 'dev115-not-login-01',
    family: 'not-login',
    host: 'azurefunctionstest.azurecr.io',
    text: 'Error response from daemon: manifest for azurefunctionstest.azurecr.io/azure-functions/dotnet7-quickstart-demo:1.0 not found: manifest unknown: manifest tagged by "1.0" is not found',
    source: 'Azure/azure-functions-on-container-apps#55',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'A sample image named in a README whose tag the registry does not have; the maintainers pointed to an mcr.microsoft.com image instead.'
  },
  {
    id: 'dev115-not-login-02',
    family: 'not-login',
    host: 'gcr.io',
    text: '+ cosign sign gcr.io/k8s-staging-sp-operator/security-profiles-operator-amd64:12345\nGenerating ephemeral keys...\nError: signing [gcr.io/k8s-staging-sp-operator/security-profiles-operator-amd64:12345]: getting signer: getting key from Fulcio: fetching ambient OIDC credentials: impersonate: status code 403: {\n  "error": {\n    "code": 403,\n    "message": "The caller does not have permission",\n    "status": "PERMISSION_DENIED"\n  }\n}',
    source: 'kubernetes-sigs/security-profiles-operator#984',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    case: 'sa-impersonation',
    note: 'Keyless cosign signing in Cloud Build: the 403 is Google IAM refusing to impersonate a service account for the OIDC token Fulcio wants, before anything is sent to gcr.io; the registry login is not involved (insufficient-scope with case sa-impersonation is defensible for the refusal itself).'
  },
  {
    id: 'dev115-not-login-03',
    family: 'not-login',
    host: 'gcr.io',
    text: "Unable to find image 'gcr.io/k8s-minikube/kicbase:v0.0.30@sha256:02c921df998f95e849058af14de7045efc3954d90320967418a0d1f182bbc0b2' locally\ndocker: Error response from daemon: pull access denied for gcr.io/k8s-minikube/kicbase, repository does not exist or may require 'docker login': denied: Permission denied for \"sha256:02c921df998f95e849058af14de7045efc3954d90320967418a0d1f182bbc0b2\"",
    source: 'kubernetes/minikube#19536',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: 'needs the thread: minikube v1.25.2 pulling its public kicbase base image by a digest gcr.io no longer serves (GCR answers "Permission denied for" a reference it does not have in a public repository; minikube#20139: kicbase "not available on gcr.io"). INFERENCE: the stored thread shows no confirmed fix. The daemon line is cut after the digest; its tail (from request "/v2/k8s-minikube/kicbase/manifests/sha256:…") is left out.'
  },
  {
    id: 'dev115-not-login-04',
    family: 'not-login',
    host: 'gcr.io',
    text: 'cache | WARN: (exporting cache) error writing manifest blob: failed commit on ref "sha256:4df8679859ad0c6de6c3e6da8555bb9d987ad6a2e163f1cc52b65547cc150eb0": unexpected status: 400 Bad Request\ncache | [██████████] writing manifest sha256:4df8679859ad0c6de6c3e6da8555bb9d987ad6a2e163f1cc52b65547cc150eb0 ... 100%\nError: build target: build main: bkClient.Build: failed to solve: error writing manifest blob: failed commit on ref "sha256:4df8679859ad0c6de6c3e6da8555bb9d987ad6a2e163f1cc52b65547cc150eb0": unexpected status: 400 Bad Request',
    source: 'earthly/earthly#1291',
    expected: 'not-a-login-failure',
    note: 'Earthly pushing an explicit remote cache to gcr.io: GCR refused BuildKit\'s cache manifest (moby/buildkit#1143, #2251), a cache export, not a credential. Leading padding before "cache |" trimmed.'
  }
]

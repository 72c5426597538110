/**
 * A sixty-first development set of real registry error texts ("dev61"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The sixty-first
 * development set"). Its direction is notebooks, IDEs and cloud editors:
 * JupyterHub and Zero to JupyterHub, BinderHub and repo2docker, Eclipse Che
 * and Theia, the VS Code Docker extension, Cloud Code for IntelliJ and RStudio
 * images. Sources are GitHub issues and pull requests found with the search
 * tool; none is a source of an earlier set (the list of the 2562 earlier
 * sources was checked before each pick), and the hygiene test
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

export const REAL_TEXTS_DEV61: readonly RealText[] = [
  {
    id: 'dev61-ghcr-01',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Error response from daemon: Head https://docker.pkg.github.com/v2/r-hub/r-minimal/r-minimal/manifests/4.0.1: no basic auth credentials',
    source: 'r-hub/r-minimal#28',
    expected: 'missing-credentials',
    case: 'anonymous-pull',
    note: "An anonymous pull of an R image (r-hub's r-minimal) from GitHub Packages' Docker registry (docker.pkg.github.com, GHCR's predecessor, which wanted a login even for public packages); the maintainer answers that a `docker login` with GitHub credentials is needed. Family ghcr for GitHub's registry. The same post's later daemon-socket permission error is not used"
  },
  {
    id: 'dev61-ghcr-02',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: '$ docker pull docker.pkg.github.com/eclipse/openvsx/openvsx-server:snapshot\nError response from daemon: Get https://docker.pkg.github.com/v2/eclipse/openvsx/openvsx-server/manifests/snapshot: no basic auth credentials',
    source: 'eclipse-openvsx/openvsx#166',
    expected: 'missing-credentials',
    case: 'anonymous-pull',
    note: "Open VSX (the Eclipse/Theia extension registry) server image pulled anonymously from GitHub Packages' old Docker registry, which required a login for every pull; the reporter's own follow-up points at authenticating with a GitHub token. Family ghcr for GitHub's registry"
  },
  {
    id: 'dev61-ghcr-03',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Using DockerBuildPack builder\nStep 1/15 : FROM docker.pkg.github.com/sean-parent/jupyter-docker/docs-tool-cpp-base:latest\nGet https://docker.pkg.github.com/v2/sean-parent/jupyter-docker/docs-tool-cpp-base/manifests/latest: no basic auth credentials',
    source: 'sean-parent/notebook#2',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'anonymous-pull',
    note: "A Binder (repo2docker) build whose Dockerfile starts FROM an image on GitHub Packages' Docker registry, which Binder's builder pulls with no login; the author changed the repository so Binder no longer uses that image. Family ghcr for GitHub's registry"
  },
  {
    id: 'dev61-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Request to https://api.github.com/user/orgs failed with status 403: Forbidden',
    source: 'microsoft/vscode-docker#4261',
    expected: 'insufficient-scope',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the VS Code Docker extension's GitHub registry provider, given a PAT with package read/write that `docker login ghcr.io` accepts; the maintainer explains the extension needs more permissions than the CLI (it lists the user's organisations to browse images) and suggests a classic token with more scopes. INFERENCE: no confirmation in the stored thread. The 403 is GitHub's API, not the registry"
  },
  {
    id: 'dev61-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Action: vscode-docker.registries.connectRegistry\nError type: Error\nError Message: The name org.freedesktop.secrets was not provided by any .service files',
    source: 'microsoft/vscode-docker#1442',
    expected: 'credential-store-error',
    note: "Connecting the VS Code Docker extension to a self-hosted GitLab container registry on Kubuntu; the extension stores the token through the desktop keyring (libsecret), and no org.freedesktop.secrets service was running; closed as a duplicate of the extension's keyring issue. The post names no host: registry.gitlab.example.com is a placeholder of the family"
  },
  {
    id: 'dev61-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: 'Failed with code "401"',
    source: 'microsoft/vscode-docker#2723',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['password-with-2fa', 'invalid-credentials'],
    note: "needs the thread: signing the VS Code Docker extension's GitLab provider in with a personal access token on an account with 2FA; `docker login` takes the same token, but the extension posted it as a password to GitLab's /oauth/token (the password grant), which refuses a 2FA account; the maintainers fixed the extension to use the token directly (released). The post names no host: registry.gitlab.com is a placeholder"
  },
  {
    id: 'dev61-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Action: vscode-docker.connectCustomRegistry\nError type: Error\nError Message: OAuth support has not yet been implemented in this preview feature.  This registry does not appear to support basic authentication.',
    source: 'microsoft/vscode-docker#984',
    expected: 'missing-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "Adding quay.io with a user and a good API key as a private registry in the VS Code Docker extension; the extension's preview provider spoke only Basic auth to /v2 and could not run Quay's token flow, so it had a credential it could not use; closed as a duplicate of the third-party-registry tracking issue. Double space kept as posted"
  },
  {
    id: 'dev61-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/openshiftio/rhel-rhchestage-rh-che-automation:rhcheautomation-2032": rpc error: code = Unknown desc = Error reading manifest rhcheautomation-2032 in quay.io/openshiftio/rhel-rhchestage-rh-che-automation: unauthorized: access to the requested resource is not authorized',
    source: 'redhat-developer/rh-che#2032',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: a Hosted Che PR check pulling its freshly built test image; the build log shows the image was tagged as quay.io/rhchestage/rh-che-automation:...-2032 in the local Docker, not pushed under the openshiftio name the check pulls, and Quay answers a repository or tag it will not show with 'unauthorized'. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev61-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: "pulling image \"quay.io/eclipse/che-plugin-metadata-broker:v3.1.2\"\nError: ErrImagePull\nError: Failed to run the workspace: \"Plugins installation process failed. Error: Unrecoverable event occurred: 'Failed', 'Error: ErrImagePull', 'workspacemlywc2fliee3ktsc.che-plugin-broker'\"",
    source: 'eclipse-che/che#16971',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: an Eclipse Che workspace (OpenShift.io) failing to pull its plugin broker image from quay.io; the maintainer points at a quay.io incident on status.quay.io, and others saw the same. The text alone says only ErrImagePull'
  },
  {
    id: 'dev61-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: mybinder-builds/r2d-g5b5b759binder-2dexamples-2drequirements-55ab5c, action: push: unauthorized to access repository: mybinder-builds/r2d-g5b5b759binder-2dexamples-2drequirements-55ab5c, action: push',
    source: 'jupyterhub/mybinder.org-deploy#2469',
    expected: 'token-expired',
    alsoAcceptable: ['invalid-credentials', 'insufficient-scope'],
    note: "needs the thread: repo2docker pushes of mybinder.org's OVH cluster to OVH's managed Harbor registry; the maintainer found the robot account had expired after 30 days. Harbor answers an expired robot with this wording, which alone also fits a robot without push on the project. The post names no host: harbor.example.com is a placeholder"
  },
  {
    id: 'dev61-harbor-02',
    family: 'harbor',
    host: 'registry1.dso.mil',
    text: 'Error: Request to https://registry1.dso.mil/v2/_catalog?n=100 failed with status 401: Unauthorized',
    source: 'microsoft/vscode-docker#3965',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a Harbor registry added as a generic registry in the VS Code Docker extension with a user ID and CLI secret that `docker login` accepts; the extension browses through /v2/_catalog, which Harbor refuses to accounts that are not system administrators; the maintainer only added it to the third-party registry list. INFERENCE'
  },
  {
    id: 'dev61-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: "Error: Cannot read property '0' of undefined",
    source: 'microsoft/vscode-docker#2908',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the VS Code Docker extension connected to a private Harbor (authentication worked) but its tags show as Invalid with this error; the maintainer points at Harbor versions' incomplete registry v2 protocol support. INFERENCE: no fix in the stored thread. The post names no host: harbor.example.com is a placeholder"
  },
  {
    id: 'dev61-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Action: AzureTreeDataProvider.getChildren\nError type: TypeError\nError Message: Request with GET/HEAD method cannot have body',
    source: 'microsoft/vscode-docker#3449',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the VS Code Docker extension's generic provider against a private Harbor, after authentication succeeded; a bug of the extension's Basic/OAuth request to that registry, duplicated to the third-party-registry issue. Not a credential problem. The post names no host: harbor.example.com is a placeholder"
  },
  {
    id: 'dev61-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "Could not start workspace postgres-workspace. Reason: Can't create machine from image. Cause: Error response from docker API, status: 500, message: Get https://xxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v2/db/manifests/latest: no basic auth credentials",
    source: 'eclipse-che/che#9919',
    expected: 'missing-credentials',
    note: 'needs the thread: Eclipse Che 6 single-user on Docker, with CHE_DOCKER_REGISTRY_AWS_* access keys in che.env, starting a compose-recipe workspace whose image is on ECR; Che did not hand an ECR login to the daemon for that pull. INFERENCE: the stored thread shows no confirmed fix. The account id is masked as posted: host is a placeholder of the family'
  },
  {
    id: 'dev61-ecr-02',
    family: 'ecr',
    host: '213550595639.dkr.ecr.us-east-1.amazonaws.com',
    text: "Can't create machine from image. Cause: Error response from docker API, status: 500, message: Get https://213550595639.dkr.ecr.us-east-1.amazonaws.com/v2/cstp/manifests/latest: no basic auth credentials",
    source: 'eclipse-che/che#10796',
    expected: 'missing-credentials',
    note: 'needs the thread: Eclipse Che 6.9 multi-user on Docker with the AWS registry settings in che.env and a dockerimage stack on ECR; the reporter asks how to tell whether Che read them: the daemon was given no ECR credential. INFERENCE: no confirmed fix in the stored thread'
  },
  {
    id: 'dev61-gar-01',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: '2022-01-11T16:09:55Z [Normal] Pulling image "us-central1-docker.pkg.dev/two-eye-two-see/pilot-hubs-registry/base-user:532c5eab47a1"\n2022-01-11T16:09:55Z [Warning] Failed to pull image "us-central1-docker.pkg.dev/two-eye-two-see/pilot-hubs-registry/base-user:532c5eab47a1": rpc error: code = NotFound desc = failed to pull and unpack image "us-central1-docker.pkg.dev/two-eye-two-see/pilot-hubs-registry/base-user:532c5eab47a1": failed to resolve reference "us-central1-docker.pkg.dev/two-eye-two-see/pilot-hubs-registry/base-user:532c5eab47a1": us-central1-docker.pkg.dev/two-eye-two-see/pilot-hubs-registry/base-user:532c5eab47a1: not found',
    source: '2i2c-org/infrastructure#925',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    case: 'manifest-unknown',
    note: "A JupyterHub user server's start log (2i2c staging hub): the hub config's image_repo overrode the template and pointed at an Artifact Registry path that holds no such image; the merged PR uses the right repository. Artifact Registry answered NotFound, not a refusal"
  },
  {
    id: 'dev61-gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'tornado.httpclient.HTTPClientError: HTTP 401: Unauthorized',
    source: 'jupyterhub/binderhub#1934',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials', 'malformed-credentials'],
    note: "needs the thread: BinderHub's own manifest check against Artifact Registry with a service-account JSON key as registry password (no username set); the token request was refused with 401 although the key works locally; the fix (binderhub#1936) lets BinderHub take its token from the GCE metadata server with username oauth2accesstoken. The text is the error as the issue title quotes it; the debug log lines before it are cut in the stored copy. INFERENCE on which part of the credential was wrong"
  },
  {
    id: 'dev61-gar-03',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: '{"message": "unauthorized: authentication failed", "phase": "failed"}',
    source: 'jupyterhub/binderhub#1936',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: the BinderHub build pod's push of a repo2docker image to Artifact Registry, after the manifest-check fix; Artifact Registry refused the credential the build pod was given. The JSON line is the build's event as posted; the traceback after it (a Python shutdown error) is cut. INFERENCE: the stored thread does not show how the push credential was fixed"
  },
  {
    id: 'dev61-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'getting hash for artifact "cloud-run-test1": getting dependencies for "cloud-run-test1": parsing ONBUILD instructions: retrieving image "gcr.io/distroless/static-debian11": GET https://storage.googleapis.com/artifacts.distroless.appspot.com/containers/images/sha256:9de0a16f3958b01fee65b2775d8616d2762f023a9ec6badb35cc853cc0eada1e?access_token=REDACTED: unexpected status code 401 Unauthorized: <?xml version=\'1.0\' encoding=\'UTF-8\'?><Error><Code>AuthenticationRequired</Code><Message>Authentication required.</Message></Error>\n\nFailed to start Cloud Run dev session.',
    source: 'GoogleCloudPlatform/cloud-code-intellij#3218',
    expected: 'stale-login',
    alsoAcceptable: ['token-expired', 'invalid-credentials'],
    case: 'blob-storage',
    note: "needs the thread: Cloud Code for IntelliJ running a Cloud Run sample locally; reading the public gcr.io/distroless base image, the tool attached the signed-in user's Google access token (REDACTED as posted) and the layer store refused it, where an anonymous read works. INFERENCE: the issue is open with no fix"
  },
  {
    id: 'dev61-gar-05',
    family: 'gar',
    host: 'gcr.io',
    text: 'Get "https://gcr.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n\nFailed to build and push Cloud Run container image. Please ensure your builder settings are correct, network is available, you are logged in to a valid GCP project, and try again.',
    source: 'GoogleCloudPlatform/cloud-code-intellij#3067',
    expected: 'registry-unreachable',
    note: 'Cloud Code for IntelliJ deploying to Cloud Run; the push timed out reaching gcr.io. The reporter finds that signing out and in again in Cloud Code clears it and suspects several Google accounts; the maintainer asks about the selected project. INFERENCE: no confirmed cause in the stored thread'
  },
  {
    id: 'dev61-acr-01',
    family: 'acr',
    host: 'touchdomainweb.azurecr.io',
    text: 'Action: vscode-docker.registries.logInToDockerCli\nError type: 1\nError Message: Process \'docker login "https://touchdomainweb.azurecr.io" -...\' exited with code 1\nError: Error response from daemon: Get https://touchdomainweb.azurecr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    source: 'microsoft/vscode-docker#3022',
    expected: 'registry-unreachable',
    note: 'The VS Code Docker extension logging the Docker CLI in to an Azure Container Registry before a push; the daemon timed out reaching the registry. INFERENCE: the maintainer could not reproduce and the stored thread shows no fix'
  },
  {
    id: 'dev61-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'HTTP401: Unauthorised error',
    source: 'the-turing-way/the-turing-way#317',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: a BinderHub built entirely on Azure with an Azure Container Registry; the build worked, then this showed in the logs on launch; a participant asks whether the cluster had been given access to the registry, and the team went on to write the how-to for connecting ACR. The text is the words the post quotes in its prose. The post names no registry: myregistry.azurecr.io is a placeholder. INFERENCE'
  },
  {
    id: 'dev61-generic-01',
    family: 'generic',
    host: 'registry.example.com:5000',
    text: 'Failed to pull image "((RegistryIP)):5000/amdocs-che-unified-plugin-broker:myamdocstag": rpc error: code = Unknown desc = unauthorized: authentication required',
    source: 'eclipse-che/che#14439',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "needs the thread: Eclipse Che's plugin broker pod pulling a custom broker image from a local registry; the reporter created an image pull secret and linked it to the che-workspace service account, but the pod Che created did not use it. The host is masked as posted: registry.example.com:5000 is a placeholder. INFERENCE: closed as stale"
  },
  {
    id: 'dev61-generic-02',
    family: 'generic',
    host: 'artifactory.example.com',
    text: "2018-05-14 11:48:39,418[aceSharedPool-2]  [ERROR] [o.e.c.a.w.s.WorkspaceRuntimes 379]   - Can't create machine from image. Cause: Error response from docker API, status: 500, message: Get https://corp-repo/v2/tag/manifests/latest: unauthorized: BAD_CREDENTIAL",
    source: 'eclipse-che/che#9697',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Eclipse Che 6 single-user on Docker, with private registry credentials entered under Administration; the reporter found Che 6 no longer read them from the preferences when pulling a stack image. BAD_CREDENTIAL is Artifactory's wording. The post edited the registry URL to corp-repo: artifactory.example.com is a placeholder"
  },
  {
    id: 'dev61-generic-03',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Action: AzureTreeDataProvider.getChildren\nError type: CERT_HAS_EXPIRED\nError Message: request to redacted:url failed, reason: certificate has expired',
    source: 'microsoft/vscode-docker#3356',
    expected: 'registry-unreachable',
    case: 'tls-expired',
    note: 'The VS Code Docker extension listing a self-hosted registry:2; the maintainer points at an external VS Code issue (its bundled certificate store and an expired root) with a workaround. The URL is redacted as posted: registry.example.com is a placeholder'
  },
  {
    id: 'dev61-generic-04',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Action: vscode-docker.connectCustomRegistry\nError type: StatusCodeError\nError Message: 404 - "<!DOCTYPE HTML PUBLIC \\"-//IETF//DTD HTML 2.0//EN\\">\\n<html><head>\\n<title>404 Not Found</title>\\n</head><body>\\n<h1>Not Found</h1>\\n<p>The requested URL /v2 was not found on this server.</p>\\n</body></html>\\n"',
    source: 'microsoft/vscode-docker#488',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: "needs the thread: the VS Code Docker extension connecting a custom registry called /v2 without the trailing slash, which the registry's front web server answered with a 404 page (/v2/_catalog worked); fixed in the extension's next release and confirmed. Escapes kept as posted. The post names no host: registry.example.com is a placeholder"
  },
  {
    id: 'dev61-generic-05',
    family: 'generic',
    host: 'registry.example.com',
    text: 'Action: vscode-docker.connectCustomRegistry\nError type: ECONNRESET\nError Message: socket hang up',
    source: 'microsoft/vscode-docker#996',
    expected: 'registry-unreachable',
    note: 'The VS Code Docker extension connecting a private registry; the connection was reset. INFERENCE: the maintainer asks for repro steps and a second user reports the same with little detail. The post names no host: registry.example.com is a placeholder'
  },
  {
    id: 'dev61-docker-hub-01',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '{"message": "denied: requested access to the resource is denied", "phase": "failed"}',
    source: '2i2c-org/binderhub-service#152',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: binderhub-service's build pods pushing to Docker Hub with buildPodsRegistryCredentials keyed on server https://registry-1.docker.io; the docker client in the build pod looks its Docker Hub login up under the index.docker.io key, so the push likely went without it. INFERENCE: the issue is open with no fix"
  },
  {
    id: 'dev61-docker-hub-02',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'The push refers to repository [docker.io/internal/navimage]\ndenied: requested access to the resource is denied',
    source: 'microsoft/vscode-docker#2377',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found', 'missing-credentials'],
    case: 'namespace',
    note: "needs the thread: a push from the VS Code Docker extension on Windows Server of an image tagged internal/navimage, so Docker Hub namespace 'internal', which is not the signed-in user's; layer progress lines and the terminal's trailing line are cut. INFERENCE: the stored thread shows no fix"
  },
  {
    id: 'dev61-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'C:\\aci-helloworld>docker push aci-tutorial-app:latest\nThe push refers to repository [docker.io/library/aci-tutorial-app]\n...\ndenied: requested access to the resource is denied',
    source: 'formulahendry/vscode-docker-explorer#40',
    expected: 'registry-mismatch',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the Docker Explorer VS Code extension's Push on an image meant for an Azure Container Registry but tagged without the registry's login server, so docker pushed to Docker Hub's library namespace; the reporter then found his ACR login had used Azure account credentials and fixed it with the registry's admin credentials. The '...' is the post's"
  },
  {
    id: 'dev61-docker-hub-04',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '[DOCKER] Step 1 : FROM username/repo\n[DOCKER] [ERROR] Get https://registry-1.docker.io/v2/username/repo/manifests/latest: unauthorized: incorrect username or password\n[ERROR] Docker image build failed. Image id not found in build output.',
    source: 'eclipse-che/che#2495',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: "Eclipse Che 5 building a workspace FROM a private Docker Hub image, with Docker Hub added as a private registry in Che (index.docker.io/v1/); Docker Hub refused the username and password Che sent; the maintainer points at Che's registry configuration. INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev61-docker-hub-05',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Error: Failed to run the workspace: "Unrecoverable event occurred: \'Failed\', \'Failed to pull image "caperiver/repo:tomcat_base": rpc error: code = Unknown desc = failed to resolve image "docker.io/caperiver/repo:tomcat_base": no available registry endpoint: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\',',
    source: 'eclipse-che/che#15739',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: a Che 7 devfile component using a private Docker Hub image, with no registry credentials set; the maintainer points at the Administration page where Che takes private registry credentials. Cut where the post's quote ends"
  },
  {
    id: 'dev61-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: '[DOCKER] [ERROR] repository ***/*** not found: does not exist or no pull access',
    source: 'eclipse-che/che#5714',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    case: 'no-login',
    note: 'needs the thread: a Che workspace recipe FROM a private Docker Hub image, with CHE_DOCKER_REGISTRY_AUTH_REGISTRY1_URL set to https://registry.hub.docker.com/v2/; the daemon matched no credential to that key, and https://index.docker.io/v1/ worked (confirmed by two users). Masking kept as posted'
  },
  {
    id: 'dev61-docker-hub-07',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Publishing image eclipse/che-remote-plugin-openshift-connector-0.1.1...\nThe push refers to repository [docker.io/eclipse/che-remote-plugin-openshift-connector-0.1.1]\ndenied: requested access to the resource is denied',
    source: 'eclipse-che/che#15095',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: "needs the thread: che-theia's master build publishing a plugin image whose name, since the commit the issue names, carries the plugin version, so each release is a new repository in the eclipse namespace the CI account could not create; layer progress lines cut. INFERENCE on the account's rights"
  },
  {
    id: 'dev61-docker-hub-08',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'Failed to pull image "eclipse/ubuntu_jdk8": rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/eclipse/ubuntu_jdk8/manifests/latest: received unexpected HTTP status: 500 Internal Server Error',
    source: 'eclipse-che/che#13901',
    expected: 'registry-unreachable',
    note: "An Eclipse Che CI workspace start on OpenShift, from the events log a maintainer quotes in the PR; Docker Hub answered 500. Only the event's message column is kept (namespace, ages, object and reason columns cut)"
  },
  {
    id: 'dev61-docker-hub-09',
    family: 'docker-hub',
    host: 'index.docker.io',
    text: '[DOCKER] Pulling repository docker.io/codenvy/ubuntu_jdk8\n[DOCKER] [ERROR] Error while pulling image: Get https://index.docker.io/v1/repositories/codenvy/ubuntu_jdk8/images: dial tcp 52.73.94.64:443: connection refused',
    source: 'eclipse-che/che#810',
    expected: 'registry-unreachable',
    note: 'Eclipse Che 4 creating a workspace; the reporter solved it by fixing the proxy. The first of two identical attempts is kept, with a trailing space trimmed'
  },
  {
    id: 'dev61-docker-hub-10',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "# docker run -it rstudio\nUnable to find image 'rstudio:latest' locally\ndocker: Error response from daemon: repository rstudio not found: does not exist or no pull access.\nSee 'docker run --help'.",
    source: 'ppc64le/build-scripts#2',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "The run command on the ibmcom/rstudio-ppc64le Docker Hub page named a bare 'rstudio' image that does not exist; the maintainers changed the example to ibmcom/rstudio-ppc64le with a tag"
  },
  {
    id: 'dev61-docker-hub-11',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Step 1/5 : FROM jupyter/notebook\npull access denied for jupyter/notebook, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'wikimedia/revscoring#458',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'A Dockerfile FROM jupyter/notebook, a Docker Hub image that no longer exists; the reporter closes it as an outdated reference'
  },
  {
    id: 'dev61-docker-hub-12',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: 'dial tcp 104.16.99.215:443: connect: connection refused',
    source: 'jupyterhub/mybinder.org-deploy#3033',
    expected: 'registry-unreachable',
    note: "The GESIS Binder server's build and launch failing; the text is the error as the issue title quotes it. 104.16.x.x is a Cloudflare address, such as Docker Hub's layer CDN; the GESIS images are on Docker Hub (gesiscss/...). INFERENCE on the host"
  },
  {
    id: 'dev61-docker-hub-13',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: "Successfully built ccb5723cecd5\nSuccessfully tagged gesiscss/binder-r2d-g5b5b759-gesiscss-2dorc2-2dtest-2dbuild-ced273:01429fa5102ba6035419cf9bad2e04157bcc4391\nError during build: UnixHTTPConnectionPool(host='localhost', port=None): Read timed out.",
    source: 'jupyterhub/mybinder.org-deploy#2729',
    expected: 'registry-unreachable',
    alsoAcceptable: ['not-a-login-failure'],
    note: "The GESIS Binder node's repo2docker push of a built image to Docker Hub: docker-py timed out waiting on the local daemon during the push; the thread links the same symptom of slow pushes to a registry (OVH, repo2docker#711) and discusses a closer registry. INFERENCE"
  },
  {
    id: 'dev61-not-login-01',
    family: 'not-login',
    host: 'europe-west3-docker.pkg.dev',
    text: 'getting hash for artifact ... getting hash for "node_modules\\\\.bin\\\\btoa": open node_modules\\.bin\\btoa: Das System kann auf die Datei nicht zugreifen.',
    source: 'GoogleCloudPlatform/cloud-code-intellij#3007',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'Cloud Code for IntelliJ on Windows deploying to Cloud Run with an Artifact Registry image: before any push, Skaffold could not read a file in node_modules (a link Windows would not open) while hashing the build context. Text as the issue title gives it (the log excerpt is cut in the stored copy)'
  },
  {
    id: 'dev61-not-login-02',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: '[DOCKER] Successfully built 373384fc382a\n[ERROR] java.nio.file.AccessDeniedException: /home/user/che/workspaces/wksp-zz7u',
    source: 'eclipse-che/che#532',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: 'Eclipse Che 4 creating a workspace after a local registry was started: the image built, then Che could not write its workspace folder. The pull lines before are cut. INFERENCE: the stored thread breaks off before a fix'
  },
  {
    id: 'dev61-not-login-03',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: '[E 230309 12:50:23 builder:394] Tornado HTTP Timeout error: Failed to get image manifest for binder-2dexamples-2djupyterlab-5b7057:be84880214e57de971825161a2cd02137de3b4ef\n    tornado.httpclient.HTTPClientError: HTTP 401: Unauthorized',
    source: 'jupyterhub/binderhub#1645',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: BinderHub configured with use_registry: false still asked a registry (its default, Docker Hub) for the manifest of an image name with no registry or namespace, and got 401; a bug, labelled so, not a credential to fix. The traceback is cut to its first and last lines. The host is the default registry, not in the text'
  },
  {
    id: 'dev61-not-login-04',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: "Unable to find image 'start:latest' locally\nC:\\Program Files\\Docker\\Docker\\Resources\\bin\\docker.exe: Error response from daemon: pull access denied for start, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'C:\\Program Files\\Docker\\Docker\\Resources\\bin\\docker.exe run --help'.",
    source: 'eclipse-che4z/che-che4z#4',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "Installing Eclipse Che4z with `docker run ... -v 'C:/Users/...:/data eclipse/che:7.0.0-beta-4.0' start` in PowerShell: the quotes swallowed the image name into the volume argument, so docker took 'start' as the image; the eclipse/che image was already local"
  },
  {
    id: 'dev61-not-login-05',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: 'Failed to apply default image tag "None:None": couldn\'t parse image reference "None:None": invalid reference format: repository name must be lowercase',
    source: 'jupyterhub/zero-to-jupyterhub-k8s#472',
    expected: 'not-a-login-failure',
    note: 'Zero to JupyterHub: the single-user image name and tag rendered as Python None because of a misplaced image block in config.yaml (the reporter had also moved the hub image to ECR, which worked); no registry was asked. The text is the error as the issue title gives it; the host is a placeholder'
  },
  {
    id: 'dev61-not-login-06',
    family: 'not-login',
    host: 'registry-1.docker.io',
    text: "[E 2016-10-05 01:44:17.625 JupyterHub user:237] Unhandled error starting seed's server: [Errno 13] Permission denied",
    source: 'jupyterhub/jupyterhub#794',
    expected: 'not-a-login-failure',
    case: 'filesystem',
    note: "JupyterHub's login succeeded, then spawning the user's single-user server as another system user failed with a local permission error (the hub's process could not start it as that user); it reads like a refused login but no registry or credential is involved. The host is a placeholder"
  }
]

/**
 * A twentieth development set of real registry error texts ("dev20"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twentieth
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1395
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

export const REAL_TEXTS_DEV20: readonly RealText[] = [
  {
    id: 'dev20-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'unauthorized: unauthenticated: User cannot be authenticated with the token provided.\nThe push refers to repository [ghcr.io/bsubio/cli]',
    source: 'bsubio/cli#153',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    case: 'no-login',
    note: "needs the thread: GoReleaser pushing to GHCR in a job whose only GHCR credential was the job container's `credentials:` block, which the runner uses to pull the job image and does not leave as a docker login for later steps; the issue's own fix adds a docker login step before GoReleaser. GHCR answers an anonymous push with this 'unauthenticated' wording, which alone also fits a refused token"
  },
  {
    id: 'dev20-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/vllm-project/semantic-router-operator:latest\nError response from daemon: error from registry: denied\ndenied',
    source: 'vllm-project/semantic-router#2033',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the package is published as ghcr.io/vllm-project/semantic-router/operator (a slash, not a dash); pulling that name worked ("it work"). GHCR answers a name it does not have with \'denied\''
  },
  {
    id: 'dev20-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Error error from registry: denied',
    source: 'Schwponaco-org/lapse#66',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of ghcr.io/schwponaco-org/lapse:latest; the maintainer found the package had turned private when it was transferred from a user to the organisation and made it public again ("That worked perfectly"). The text is the one line the post quotes in its prose'
  },
  {
    id: 'dev20-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/alexjustesen/speedtest-tracker:latest\nError response from daemon: Head "https://ghcr.io/v2/alexjustesen/speedtest-tracker/manifests/latest": denied: denied',
    source: 'alexjustesen/speedtest-tracker#566',
    expected: 'stale-login',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: the image is public and the pull fails 'even thought I am logged in', so docker sends a stored GHCR credential that GHCR refuses; a pull with no login would succeed. INFERENCE: the maintainer only pointed to Docker Hub; no fix confirmed in the stored thread"
  },
  {
    id: 'dev20-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: '#15 ERROR: denied: permission_denied: write_package\n------\n > pushing ghcr.io/snowfork/snowbridge-relay:relayer-fix-build-relayer-1.0.1 with docker:\n------\nERROR: denied: permission_denied: write_package',
    source: 'Snowfork/snowbridge#1272',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "a workflow push with the automatic GITHUB_TOKEN, which lacks write_package on this package (GHCR names the missing permission). INFERENCE: the stored thread shows the maintainers checking the GITHUB_TOKEN's scopes, not the final fix"
  },
  {
    id: 'dev20-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.mysite.fr:5500',
    text: 'Error response from daemon: Get https://registry.gitlab.mysite.fr:5500/v1/users/: dial tcp XX.XX.XX.XX:5500: getsockopt: connection refused',
    source: 'sameersbn/docker-gitlab#890',
    expected: 'registry-unreachable',
    note: "docker login -u gitlab-ci-token from a GitLab runner to a self-hosted GitLab registry: nothing listens on the registry's address (docker fell back to the v1 endpoint after v2 failed). A responder traced it to the compose setup: the registry service's port was not published and its certificate named the wrong CN. Masking as posted (XX.XX.XX.XX)"
  },
  {
    id: 'dev20-gitlab-02',
    family: 'gitlab',
    host: 'docker.gitlab.explore.anvilproject.org',
    text: 'Pulling docker image docker.gitlab.explore.anvilproject.org/ucsc/data-browser:16326 ...\nWARNING: Failed to pull image with policy "always": Error response from daemon: manifest for docker.gitlab.explore.anvilproject.org/ucsc/data-browser:16326 not found: manifest unknown: manifest unknown (manager.go:251:0s)\nERROR: Job failed: failed to pull image "docker.gitlab.explore.anvilproject.org/ucsc/data-browser:16326" with specified policies [always]: Error response from daemon: manifest for docker.gitlab.explore.anvilproject.org/ucsc/data-browser:16326 not found: manifest unknown: manifest unknown (manager.go:251:0s)',
    source: 'DataBiosphere/azul#6812',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'a GitLab runner pulling a job image from a self-hosted GitLab registry whose cleanup policy had deleted the tag overnight; re-running the job that builds the image worked around it. Not a credential problem'
  },
  {
    id: 'dev20-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'reading manifest latest in quay.io/intel/intel-gpu-initcontainer: unauthorized: access to the requested resource is not authorized',
    source: 'intel/intel-device-plugins-for-kubernetes#868',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: CRI-O resolved the short name intel/intel-gpu-initcontainer through its unqualified-search registries to quay.io, where no such repository exists; the image is on Docker Hub and the reporter called it user error. Quay answers a missing repository with 'unauthorized'. A CRI-O pull in a Kubernetes job, a direction the brief asked to avoid where possible"
  },
  {
    id: 'dev20-quay-02',
    family: 'quay',
    host: 'registry.jpl.nasa.gov',
    text: 'error pushing image: failed to push to destination registry.jpl.nasa.gov/caesar/zeppelin:latest: MANIFEST_INVALID: manifest invalid; map[message:manifest schema version not supported]',
    source: 'GoogleContainerTools/kaniko#400',
    expected: 'not-a-login-failure',
    note: 'Kaniko pushing to an on-premises Quay Enterprise 2.9, which does not accept schema 2 manifests (the thread: the registry needs Quay 3); not a credential problem. The blob-upload log lines before the error trimmed'
  },
  {
    id: 'dev20-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Failed to pull image "quay.io/ppatierno/kroxylicious:0.3.0-SNAPSHOT": rpc error: code = Unknown desc = Error response from daemon: unauthorized: access to the requested resource is not authorized',
    source: 'kroxylicious/kroxylicious#569',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: a repository created by a push to a Quay organisation is private by default; the pull ran without credentials and the PR documents making it public. A kubelet event, a direction the brief asked to avoid where possible'
  },
  {
    id: 'dev20-harbor-01',
    family: 'harbor',
    host: 'image.harbor.com',
    text: 'The push refers to repository [image.harbor.com/harbor-registryctl]\n8c8e4274f70f: Retrying in 5 seconds\ncdef8cae2c49: Retrying in 5 seconds\nbd20c4f45bc4: Retrying in 5 seconds\nb00285e03979: Retrying in 5 seconds\n50d4a017d046: Retrying in 5 seconds\n6a65c62b44a3: Waiting\n55596c913966: Waiting',
    source: 'goharbor/harbor#20544',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: a push to image.harbor.com/harbor-registryctl with no project in the path; Harbor needs the project (namespace) to exist first (maintainers). The text shows only docker retrying'
  },
  {
    id: 'dev20-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'harbor-core        | 2023-06-02T16:44:46Z [ERROR] [/server/middleware/security/oidc_cli.go:68][requestID="95149475-544f-4f35-abc1-d7e1bb0ca7bb"]: failed to verify secret, username: dev, error: failed to get oidc user info, error: <QuerySeter> no row found',
    source: 'goharbor/harbor#18772',
    expected: 'invalid-credentials',
    note: "needs the thread: Harbor's core log for a docker login with an OIDC user's CLI secret in OIDC mode: Harbor has no onboarded OIDC user named 'dev', and the username must be the one Harbor shows (later threads cite this issue for that). INFERENCE: the issue is open. The post masks the registry host: placeholder"
  },
  {
    id: 'dev20-harbor-03',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Aug 15 00:16:49 172.27.0.1 core[5099]: 2019-08-15T07:16:49Z [ERROR] [/core/middlewares/interceptor/quota/quota.go:64]: Failed to add resources, error: over the quota: used 1209051826 but only hard 1073741824',
    source: 'goharbor/harbor#8693',
    expected: 'not-a-login-failure',
    note: "Harbor's core log when a push exceeds the project's storage quota (docker meanwhile keeps retrying); a quota, not a credential. Posted by a maintainer; the text names no registry host: placeholder"
  },
  {
    id: 'dev20-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '2023-01-11T09:52:37Z [DEBUG] [/server/middleware/security/unauthorized.go:28][requestID="65217d09c6613b40e36e58c3ae25a99e"]: an unauthorized security context generated for request PATCH /v2/restricted/third_party/docker.io/grafana/grafana/blobs/uploads/c255db51-f637-4857-9553-71dc321b0ea6',
    source: 'goharbor/harbor#18096',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: Harbor's core debug log for a push that failed with 'unauthorized to access repository ... action: push': the upload request carried no credential Harbor recognised, so it was evaluated as anonymous (the policy lines that follow grant anonymous read only). INFERENCE: no confirmed fix in the stored thread; only the first log line kept; no host in the text: placeholder"
  },
  {
    id: 'dev20-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "tag invalid: The image tag 'latest' already exists in the 'app_service_image' repository and cannot be overwritten because the repository is immutable.",
    source: 'aws/containers-roadmap#862',
    expected: 'not-a-login-failure',
    note: "a CodeBuild push of :latest to an ECR repository with tag immutability on (the reporter believed it off); not a credential problem. The console's line-number prefix trimmed; the post masks the account: placeholder host"
  },
  {
    id: 'dev20-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: "pull access denied for <ACCID>.dkr.ecr.<REGION>.amazonaws.com/redis, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::<ACCID>:assumed-role/pipeline-<PipelineName>-BuildProjectRole-<ROLEID>/AWSCodeBuild-<ID> is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:<REGION>:<ACCID>:repository/redis because no identity-based policy allows the ecr:BatchGetImage action",
    source: 'aws/copilot-cli#3518',
    expected: 'insufficient-scope',
    alsoAcceptable: ['aws-access-denied'],
    case: 'read-denied',
    note: "an AWS Copilot pipeline's CodeBuild role pulling a base image from private ECR: the login worked but the role has no ecr:BatchGetImage on that repository (maintainer: tag the repository for the application so the build role's condition matches, or extend the role). Masking as posted; placeholder host"
  },
  {
    id: 'dev20-ecr-03',
    family: 'ecr',
    host: 'public.ecr.aws',
    text: 'Error response from daemon: toomanyrequests: Rate exceeded',
    source: 'kubeflow/trainer#1400',
    expected: 'rate-limited',
    note: "ECR Public's rate limit for unauthenticated pulls (one a second) hit by an image pull; the line the description quotes from the pod's events"
  },
  {
    id: 'dev20-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: '  File "site-packages/docker/auth.py", line 311, in get_all_credentials\n  File "site-packages/docker/auth.py", line 262, in _resolve_authconfig_credstore\n  File "site-packages/docker/auth.py", line 287, in _get_store_instance\n  File "site-packages/docker/credentials/store.py", line 25, in __init__\ndocker.credentials.errors.InitializationError: docker-credential-gcloud not installed or not available in PATH\n[25345] Failed to execute script docker-compose',
    source: 'wurstmeister/kafka-docker#621',
    expected: 'credential-store-error',
    case: 'credential-helper',
    note: "docker-compose (docker-py) building an image collects every configured credential helper and fails on gcloud's, which is not installed; the reporter fixed it by removing the gcloud entries from ~/.docker/config.json. The registry is gcr.io only through those credHelpers entries (placeholder host). The traceback cut to its last frames"
  },
  {
    id: 'dev20-gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "us-central1-docker.pkg.dev/PROJECT_ID/ruh-ai/livekit-worker-service:dev-bfce870e": creating push check transport for us-central1-docker.pkg.dev failed: GET https://us-central1-docker.pkg.dev/v2/token?scope=repository%3PROJECT_ID%2Fruh-ai%2Flivekit-worker-service%3Apush%2Cpull&service=: UNAUTHORIZED: authentication failed',
    source: 'GoogleContainerTools/kaniko#3426',
    expected: 'malformed-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: Kaniko in GitLab CI with a config.json written as `_json_key:` followed by the base64 of the service-account key; the `_json_key` username takes the key's JSON itself (`_json_key_base64` takes base64), so Artifact Registry refuses the password. INFERENCE: the issue is open with no answer; the text alone says only that authentication failed. Masking as posted (PROJECT_ID)"
  },
  {
    id: 'dev20-acr-01',
    family: 'acr',
    host: 'acrnlpplatformdev000.azurecr.io',
    text: "Failed to pull Docker image acrnlpplatformdev000.azurecr.io/azureml/azureml_23...... This error may occur because the compute could not authenticate with the Docker registry to pull the image. If using ACR please ensure the ACR has Admin user enabled or a Managed Identity with `AcrPull` access to the ACR is assigned to the compute. If the ACR Admin user's password was changed recently it may be necessary to synchronize the workspace keys.",
    source: 'Azure/azureml-examples#3463',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: "Azure ML serverless compute pulling the environment image from the workspace's ACR after its admin user was disabled; serverless compute cannot carry a managed identity, so the pull has no credential. The JSON error envelope around the message trimmed; masking as posted. INFERENCE: the issue is open; the label rests on the reporter's analysis and the message's own advice"
  },
  {
    id: 'dev20-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: "ERROR: (InvalidParameterValueInContainerTemplate) The following field(s) are either invalid or missing. Field 'template.containers.<our-registry>.image' is invalid with details: 'Invalid value: \"<our-registry>.azurecr.io/our-server:32931cfe[65](https://github.com/my-org/our-repol/actions/runs/7415102429/job/20177549358#step:12:70)8e2c0800f4a8[79](https://github.com/my-org/our-repo/actions/runs/7415102429/job/20177549358#step:12:84)0da35183ecac2906\": GET https:?scope=repository%3Aour-server%3Apull&service=<our-registry>.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.';.",
    source: 'Azure/container-apps-deploy-action#85',
    expected: 'missing-credentials',
    case: 'cloud-service',
    note: "needs the thread: the container app was created without registry credentials, so Azure Container Apps pulled the ACR image anonymously; the runner's successful docker login does not reach the service (the sibling issue Azure/container-apps-deploy-action#50, an earlier source, traces it to creating the app without --registry-server). INFERENCE: open issue. The log viewer's line-number links inside the tag kept as posted; the registry is masked: placeholder host"
  },
  {
    id: 'dev20-acr-03',
    family: 'acr',
    host: 'acr5z65jw6akztww.azurecr.io',
    text: 'RESPONSE 400: 400 Bad Request\nERROR CODE: InvalidParameterValueInContainerTemplate\n--------------------------------------------------------------------------------\n{\n  "error": {\n    "code": "InvalidParameterValueInContainerTemplate",\n    "message": "The following field(s) are either invalid or missing. Field \'template.containers.sqlcreate.image\' is invalid with details: \'Invalid value: \\"acr5z65jw6akztww.azurecr.io/azd-deploy-sqlcreate-1710538869\\": GET https:: MANIFEST_UNKNOWN: manifest tagged by \\"latest\\" is not found; map[Tag:latest]\';."\n  }\n}',
    source: 'PacktPublishing/Pragmatic-Microservices-with-CSharp-and-Azure#81',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: 'azd deploying to Azure Container Apps an image reference with no tag, so :latest, which ACR does not have (the author later worked around it); the pull was authorised. The azd lines before RESPONSE trimmed'
  },
  {
    id: 'dev20-generic-01',
    family: 'generic',
    host: 'registry.heroku.com',
    text: '$ docker push ${HEROKU_REGISTRY_IMAGE}\nUsing default tag: latest\nThe push refers to repository [registry.heroku.com/xxxxxx/summarizer]\nunauthorized: authentication required',
    source: 'testdrivenio/fastapi-tdd-docker#25',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: 'needs the thread: the login to registry.heroku.com succeeded; the author found a typo in $HEROKU_REGISTRY_IMAGE (the app name), so the push named an app the token may not write. Layer progress lines trimmed; masking as posted'
  },
  {
    id: 'dev20-generic-02',
    family: 'generic',
    host: 'localhost:5000',
    text: '#3 ERROR: failed to push localhost:5000/example-node:latest: failed to do request: Head "http://localhost:5000/v2/example-node/blobs/sha256:664da43398219f08e7221736ecbdacf3fd261080f913b3926fd599126943bbe6": dial tcp 127.0.0.1:5000: connect: connection refused',
    source: 'dagger/dagger#4579',
    expected: 'registry-unreachable',
    note: "the Dagger engine runs in its own container, where localhost:5000 is not the host's registry:2, so the push cannot connect. INFERENCE: the stored thread shows the report, not the maintainers' answer"
  },
  {
    id: 'dev20-generic-03',
    family: 'generic',
    host: 'registry.fedoraproject.org',
    text: 'docker push bucharestgold/centos7-s2i-nodejs:8.x\nThe push refers to a repository [registry.fedoraproject.org/bucharestgold/centos7-s2i-nodejs]\n4b0bc5b75983: Preparing\ncb96aea742c3: Preparing\nf1bbaf33b49c: Preparing\n4b1e8db0189a: Preparing\n34e7b85d83e4: Preparing\nunauthorized: authentication required\nmake: *** [Makefile:41: publish] Error 1',
    source: 'nodeshift-archived/centos7-s2i-nodejs#18',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: "needs the thread: Fedora 26's docker package resolves an unqualified name to registry.fedoraproject.org, while the login (docker login docker.io) was for Docker Hub, so the push went to a host with no login (Red Hat bug 1472311). Trailing spaces trimmed"
  },
  {
    id: 'dev20-generic-04',
    family: 'generic',
    host: 'registry.mydomain.com:5000',
    text: 'Error response from daemon: Get https://registry.mydomain.com:5000/v2/: dial tcp 0.0.0.0:5000: connect: connection refused',
    source: 'evertramos/docker-registry-letsencrypt#1',
    expected: 'registry-unreachable',
    note: 'docker login to a registry:2 behind nginx-proxy with the port in the address; the registry is served on 443 through the proxy, so nothing answers on 5000 (maintainer: use the name without the port). Domain masked as posted'
  },
  {
    id: 'dev20-generic-05',
    family: 'generic',
    host: 'portus-registry.ghama.io:31705',
    text: 'docker login http://portus-registry.ghama.io:31705\nUsername: admin\nPassword:\nError response from daemon: Get http://portus-registry.ghama.io:31705/v2/: invalid token auth challenge realm: parse http://portus-registry.ghama.io:%!s(<nil>)/v2/token: invalid URL escape "%!s"',
    source: 'SUSE/caasp-services#36',
    expected: 'registry-unreachable',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the registry behind Portus advertised a malformed token realm (a chart template printed %!s(<nil>) for the port); the reporter fixed REGISTRY_AUTH_TOKEN_REALM in the registry's configmap. The credential was never checked. A trailing space after 'Password:' trimmed"
  },
  {
    id: 'dev20-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'The push refers to repository [docker.io/library/demo]\n611ad21ee6ff: Preparing\nfaec93b185fb: Preparing\nf9d2d3e199b9: Preparing\n9eec8925915b: Preparing\n6c69f7ce3401: Preparing\ne27a10675c56: Preparing\ne27a10675c56: Waiting\nfaas-cli : denied: requested access to the resource is denied',
    source: 'openfaas/faas-cli#326',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: "needs the thread: the function's image was named demo, so faas-cli pushed docker.io/library/demo, the official-images namespace the user may not push to; the maintainer: prefix the image with your Docker Hub account. A terminal colour code before the first line and PowerShell's error decoration after the last trimmed"
  },
  {
    id: 'dev20-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'denied: requested access to the resource is denied\nunauthorized: authentication required\nlevel=debug msg="shutting down the store"\nlevel=error msg="exit status 125"',
    source: 'podman-container-tools/buildah#3216',
    expected: 'missing-credentials',
    note: "needs the thread: buildah push from the quay.io/buildah/stable image as an unprivileged user; the image hard-codes REGISTRY_AUTH_FILE, so buildah did not find the credentials its own login had written ('Credentials not found' in the debug log); setting REGISTRY_AUTH_FILE explicitly fixed it"
  },
  {
    id: 'dev20-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: '❯ docker push webpronl/reveal-md:3.3.0\nThe push refers to repository [docker.io/webpronl/reveal-md]\n...\n[DEPRECATION NOTICE] registry v2 schema1 support will be removed in an upcoming release. Please contact admins of the docker.io registry NOW to avoid future disruption.\nerrors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
    source: 'webpro/reveal-md#273',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: after `docker login hub.docker.com` failed (404) the author logged in to index.docker.io; the push still went without a credential, and `docker login docker.io` fixed it, so the stored login sat under a key the push did not use. The '...' is the post's own"
  },
  {
    id: 'dev20-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: '$ docker push docker.io/gtirloni/hellonode:latest\nDo you really want to push to public registry? [y/n]: y\nThe push refers to a repository [docker.io/gtirloni/hellonode] (len: 1)\n521e87320aa7: Preparing\nunauthorized: authentication required',
    source: 'docker/hub-feedback#645',
    expected: 'missing-credentials',
    note: "needs the thread: right after a successful docker login; the reporter later traced it to CentOS's patched docker 1.9.1, whose stored login was not under the key the push looked up, and the fix was config.json's key https://index.docker.io/v1/ (the same reporter says so in distribution/distribution#1165). Trailing space trimmed"
  },
  {
    id: 'dev20-docker-hub-05',
    family: 'docker-hub',
    host: 'hub.docker.com',
    text: '$ docker login --username abc --password xxx https://hub.docker.com\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: login attempt to https://hub.docker.com/v2/ failed with status: 404 Not Found',
    source: 'moby/moby#34872',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: "hub.docker.com is Docker Hub's website, not its registry; docker login without a server (or with docker.io) logs in to Docker Hub. Masking as posted"
  },
  {
    id: 'dev20-docker-hub-06',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Status 403 trying to push repository company/spark-jobserver to official registry: needs to be forced',
    source: 'bmuschko/gradle-docker-plugin#74',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: the Gradle Docker plugin pushing to Docker Hub from CentOS 7, whose patched docker wants a push to the public registry confirmed and refuses an unconfirmed one (the reporter: the CLI asks 'if I want to push it to the public docker hub'). INFERENCE: the reporter fell back to the docker CLI; no fix in the thread"
  },
  {
    id: 'dev20-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'DOCKER> #44 ERROR: failed to push apache/syncope:3.0.5-SNAPSHOT: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    source: 'fabric8io/docker-maven-plugin#1698',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: docker-maven-plugin 0.43.2 pushing through buildx with a generated --config directory; the Docker Hub credentials in ~/.m2/settings.xml, which 0.43.0 used, did not reach buildx, so the push went without them (labelled a bug). A Jenkins job, a direction the brief asked to avoid where possible'
  },
  {
    id: 'dev20-docker-hub-08',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Deploying application\nMust provide --username with --password-stdin\nThe push refers to repository [docker.io/networktocode/nautobot-lab]\ndenied: requested access to the resource is denied',
    source: 'nautobot/nautobot-lab#6',
    expected: 'malformed-credentials',
    alsoAcceptable: ['missing-credentials'],
    case: 'ci-variable',
    note: "the CI job's docker login got an empty username variable (docker refuses --password-stdin without --username), so the push ran without a login. The blank lines the CI log put between lines and the layer progress lines trimmed"
  },
  {
    id: 'dev20-docker-hub-09',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: failed to SAVE IMAGE: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aearthbuild%2Fexamples%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized\nError: failed to SAVE IMAGE: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%!A(MISSING)earthbuild%!F(MISSING)examples%!A(MISSING)pull%!C(MISSING)push&service=registry.docker.io: 401 Unauthorized\nError: Process completed with exit code 1.',
    source: 'EarthBuild/earthbuild#138',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: an Earthly SAVE IMAGE --push to Docker Hub from a CI stage that had not logged in to Docker Hub; the PR adds the login. INFERENCE: a 401 from the token endpoint would also fit a refused stored credential; the label rests on the PR's fix"
  },
  {
    id: 'dev20-docker-hub-10',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Error: failed to SAVE IMAGE: server message: insufficient_scope: authorization failed',
    source: 'earthly/earthly#3930',
    expected: 'insufficient-scope',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: Earthly pushing user2/app after the same cached build was pushed as user1/app; buildkit mounts the layers from user1/app, which user2's token may not read, and --no-cache (or changing a layer) works around it. The credential is fine for user2's own repository"
  },
  {
    id: 'dev20-not-login-01',
    family: 'not-login',
    host: 'jfrog-registry:12345',
    text: 'INFO[0003] Pushing image to jfrog-registry:12345/testcontainer:1.2.3\nerror pushing image: failed to push to destination jfrog-registry:12345/testcontainer:1.2.3: PUT https://jfrog-registry:12345/v2/testcontainer/manifests/1.2.3: MANIFEST_INVALID: manifest invalid; map[description:Circuit Breaker Threshold Reached, Breaking Operation. see log output for manifest details.]',
    source: 'GoogleContainerTools/kaniko#1981',
    expected: 'not-a-login-failure',
    note: "Kaniko 1.8.0 with --reproducible writes a manifest that Artifactory rejects ('Circuit Breaker Threshold Reached'); without the flag the push works, and registry:2 takes it. Not a credential problem. The post's own placeholder host; a trailing space trimmed"
  },
  {
    id: 'dev20-not-login-02',
    family: 'not-login',
    host: 'artifactory:5001',
    text: 'error pushing image: failed to push to destination artifactory:5001/action_server:1.1.0: MANIFEST_INVALID: manifest invalid; map[description:HTTP 403 Forbidden]',
    source: 'GoogleContainerTools/kaniko#1095',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['insufficient-scope'],
    note: "Kaniko re-pushing an existing tag to Artifactory; a new tag pushes fine (the reporter: 'The error looks like Authorization, but it is not'). Artifactory refuses to overwrite a tag without the overwrite (delete) permission, so insufficient-scope is defensible. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev20-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: 'buildx failed with: ERROR: failed to build: failed to solve: failed to push kimai/kimai2:latest: denied: requested access to the resource is denied - This tag is already assigned to an image in this repository and cannot be updated due to immutability settings. To push this image, use a different tag.',
    source: 'kimai/kimai#5791',
    expected: 'not-a-login-failure',
    note: "Docker Hub's tag immutability refusing to move :latest; the maintainer fixed the repository's settings. The 'denied: requested access to the resource is denied' prefix reads like a permission failure"
  },
  {
    id: 'dev20-not-login-04',
    family: 'not-login',
    host: 'docker.io',
    text: 'user@example:~/ docker push mig5/XXXXX\nThe push refers to a repository [docker.io/mig5/XXXXX] (len: 1)\n49cb17c79339: Buffering to Disk\nError parsing HTTP response: invalid character \'<\' looking for beginning of value: "<html><body><h1>403 Forbidden</h1>\\nRequest forbidden by administrative rules.\\n</body></html>\\n\\n"',
    source: 'docker/hub-feedback#302',
    expected: 'not-a-login-failure',
    note: "Docker Hub blocked pushes from docker 1.8.0, which shipped a push bug; upgrading to 1.8.1 fixed it (maintainer). The 403 page comes from Docker Hub's front end, not from a credential check. The literal \\n sequences are the post's own; masking as posted"
  }
]

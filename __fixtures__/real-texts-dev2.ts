/**
 * A development set of real registry error texts ("dev2"), collected on
 * 2026-11-27 for the second round of wording rules (docs/registries.md §13d).
 * Sources are GitHub issues and pull requests found with the search tool
 * (docs/real-texts.md, "The second development set"); none is a source of an
 * earlier set, and no text is (near-)identical to one of theirs (checked by
 * __fixtures__/real-texts-hygiene.ts against every earlier set, the sealed and
 * blind ones included, without printing them). Each text was labelled from its
 * thread before `judgeText` was run on it.
 *
 * Texts are copied as posted (surrounding log lines trimmed; notes say where
 * more was done). Labels use only the taxonomy of src/diagnosis.ts and the
 * README's Diagnoses table; a note starting "needs the thread:" marks a label
 * the text alone does not support. Where the post masked or left out the
 * registry host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

const lines = (...l: string[]): string => l.join('\n')

export const REAL_TEXTS_DEV2: readonly RealText[] = [
  {
    id: 'dev2-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'failed to push ghcr.io/gramps-project/gramps-web-base:latest-amd64: denied: permission_denied: The requested installation does not exist.',
    source: 'gramps-project/gramps-web-api#781',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: "needs the thread: a fork's CI pushed to the upstream organisation's package, which the fork's token may not write"
  },
  {
    id: 'dev2-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '#30 ERROR: failed to push ghcr.io/kwasm/kwasm-operator:pr-30: unexpected status from POST request to https://ghcr.io/v2/kwasm/kwasm-operator/blobs/uploads/: 403 Forbidden',
      'ERROR: failed to solve: failed to push ghcr.io/kwasm/kwasm-operator:pr-30: unexpected status from POST request to https://ghcr.io/v2/kwasm/kwasm-operator/blobs/uploads/: 403 Forbidden'
    ),
    source: 'KWasm/kwasm-operator#31',
    expected: 'insufficient-scope',
    case: 'github-token',
    note: 'a pull request\'s workflow pushed; the maintainer: "missing permissions", fixed by not pushing on pull requests'
  },
  {
    id: 'dev2-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '#18 ERROR: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
      'failed to solve: rpc error: code = Unknown desc = failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden'
    ),
    source: 'docker/build-push-action#200',
    expected: 'missing-credentials',
    note: 'buildx pushed to ghcr.io; containerd asks an anonymous token only when it holds no credential for the host (the workflow in the post logs in to another registry or none)'
  },
  {
    id: 'dev2-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      'docker pull ghcr.io/praetorian-inc/snowcat:latest',
      'Error response from daemon: Head "https://ghcr.io/v2/praetorian-inc/snowcat/manifests/latest": unauthorized'
    ),
    source: 'praetorian-inc/snowcat#29',
    expected: 'repository-not-found',
    note: 'the package was private; the maintainers marked it public and the pull worked'
  },
  {
    id: 'dev2-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '# docker pull ghcr.io/tun2proxy/tun2proxy:v0.3.1',
      'Error response from daemon: Head "https://ghcr.io/v2/tun2proxy/tun2proxy/manifests/v0.3.1": unauthorized'
    ),
    source: 'tun2proxy/tun2proxy#135',
    expected: 'repository-not-found',
    note: '"Did u set image to private?"; the maintainer changed it ("Should be solved")'
  },
  {
    id: 'dev2-ghcr-06',
    family: 'ghcr',
    host: 'ghcr.io',
    text: lines(
      '> docker pull ghcr.io/kotatsuapp/kotatsu-syncserver:latest',
      'Error response from daemon: Head "https://ghcr.io/v2/kotatsuapp/kotatsu-syncserver/manifests/latest": unauthorized'
    ),
    source: 'KotatsuApp/kotatsu-syncserver#29',
    expected: 'repository-not-found',
    note: 'the image was published by the workflow but is not listed among the organisation\'s public packages ("Is the image maybe set to private access?")'
  },
  {
    id: 'dev2-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.example.com',
    text: 'Error : (HTTP code 500) server error- Get https://...../image : denied: access forbidden',
    source: 'caprover/caprover#895',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: CapRover pulled from a self-managed GitLab registry without the GitLab credentials the tutorial adds to CapRover; host masked in the post, placeholder'
  },
  {
    id: 'dev2-gitlab-02',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: lines(
      'Error response from daemon: Head "https://registry.gitlab.com/v2/promology/magento211/manifests/latest": denied: access forbidden',
      'app Pulling',
      'app Error'
    ),
    source: 'coollabsio/coolify#890',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: Coolify pulled a private image; connecting the GitLab App does not log docker in to the registry (a reply in the thread); the same credentials worked locally'
  },
  {
    id: 'dev2-gitlab-03',
    family: 'gitlab',
    host: 'registry.gitlab.propulsion-home.ch',
    text: lines(
      'Pulling app (registry.gitlab.propulsion-home.ch/full-stack/batch-2018-03/group-projects/phoenix:master)...',
      'ERROR: Get https://registry.gitlab.propulsion-home.ch/v2/full-stack/batch-2018-03/group-projects/phoenix/manifests/master: denied: access forbidden'
    ),
    source: 'sophialittlejohn/phoenix#1',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "a visitor ran the project's docker-compose, which pulls from a private self-managed GitLab registry (inference: no login for it; no reply in the thread)"
  },
  {
    id: 'dev2-gitlab-04',
    family: 'gitlab',
    host: 'registry.un.org',
    text: 'error pushing image: failed to push to destination registry.un.org/ola/etips-api:: Post "https://registry.un.org/v2/ola/etips-api/blobs/uploads/": read tcp 10.208.49.75:52696->157.150.185.69:443: read: connection reset by peer',
    source: 'GoogleContainerTools/kaniko#1577',
    expected: 'registry-unreachable',
    note: 'kaniko pushing to a self-managed GitLab registry; the connection was reset whatever credential was tried (the reporter)'
  },
  {
    id: 'dev2-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'Error: POST https://quay.io/v2/parca/parca/blobs/uploads/: UNAUTHORIZED: access to the requested resource is not authorized; map[]',
      'main.go:52: error during command execution: POST https://quay.io/v2/parca/parca/blobs/uploads/: UNAUTHORIZED: access to the requested resource is not authorized; map[]'
    ),
    source: 'parca-dev/parca-agent#408',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: crane pushed without the login a step before made ("not getting the login we did in a step before", reproduced by a maintainer); the account had write access'
  },
  {
    id: 'dev2-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: 'Error: playing YAML file: initializing source docker://quay.io/ai-lab/granite-7b-lab:latest: reading manifest latest in quay.io/ai-lab/granite-7b-lab: unauthorized: access to the requested resource is not authorized',
    source: 'containers/podman-desktop-extension-ai-lab#2185',
    expected: 'repository-not-found',
    note: "podman kube play of a recipe's model image, not (or no longer) readable without a login; the thread has no fix"
  },
  {
    id: 'dev2-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'docker pull quay.io/ansible/platform-ui:latest > tools/generated/last_ui_pull',
      'Trying to pull quay.io/ansible/platform-ui:latest...',
      'Error: unable to copy from source docker://quay.io/ansible/platform-ui:latest: initializing source docker://quay.io/ansible/platform-ui:latest: reading manifest latest in quay.io/ansible/platform-ui: unauthorized: access to the requested resource is not authorized'
    ),
    source: 'ansible/jewel#229',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    note: "the reporter logged out of quay.io first; the image is private to the project's members"
  },
  {
    id: 'dev2-quay-04',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'podman image push $IMAGE_TAG',
      'Getting image source signatures',
      'Error: Error copying image to the remote destination: Error trying to reuse blob sha256:e0a4651703ad7a4a7a8772a8242e22c605f0474579299d9142bc58e846dee2d2 at destination: Error checking whether a blob sha256:e0a4651703ad7a4a7a8772a8242e22c605f0474579299d9142bc58e846dee2d2 exists in quay.io/some-user/container-jfr-operator: unauthorized: authentication required'
    ),
    source: 'cryostatio/cryostat-web#90',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the image name carries a namespace the pusher had no login for (inference: the documented placeholder some-user); backslash line breaks of the post removed'
  },
  {
    id: 'dev2-quay-05',
    family: 'quay',
    host: 'quay.io',
    text: lines(
      'Login Succeeded',
      'The push refers to repository [quay.io/operator-framework/scorecard-test-arm64]',
      'fcfcaf300124: Preparing',
      '1f3055647576: Preparing',
      'd67708ffb6b3: Preparing',
      '1584ba7a350e: Preparing',
      'b4d0bbe32cf9: Preparing',
      'unauthorized: access to the requested resource is not authorized'
    ),
    source: 'operator-framework/operator-sdk#3228',
    expected: 'repository-not-found',
    alsoAcceptable: ['insufficient-scope'],
    note: "needs the thread: the CI's Quay account could not create the new repository; a maintainer created it in the organisation and the push worked"
  },
  {
    id: 'dev2-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'unauthorized: unauthorized to access repository: devsecops/java-sample-webapp, action: push: unauthorized to access repository: devsecops/java-sample-webapp, action: push',
    source: 'goharbor/harbor#15236',
    expected: 'insufficient-scope',
    note: '"able to login into harbor but not able to push"; host not given, placeholder'
  },
  {
    id: 'dev2-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: lines(
      'The push refers to repository [xxxxxxxx/common/hello-world]',
      '510e49905755: Pushing [==================================================>]  27.41MB',
      'unauthorized: unauthorized to access repository: common/hello-world, action: push: unauthorized to access repository: common/hello-world, action: push'
    ),
    source: 'goharbor/harbor#14952',
    expected: 'insufficient-scope',
    note: 'the reporter says even the admin account is refused; the thread has no fix; host masked, placeholder'
  },
  {
    id: 'dev2-harbor-03',
    family: 'harbor',
    host: 'images.canfar.net',
    text: lines(
      'docker push images.canfar.net/highz-alma/notebook-astropy:0.1',
      'c5cdd12b81c2: Pushing [==================================================>]  2.187GB',
      '75fcb440fc64: Pushing [==================================================>]   1.83GB',
      'unauthorized: unauthorized to access repository: highz-alma/notebook-astropy, action: push: unauthorized to access repository: highz-alma/notebook-astropy, action: push'
    ),
    source: 'opencadc/science-platform#161',
    expected: 'token-expired',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: Harbor\'s log shows the registry token expired mid-push ("token is expired by 25m6s") during a long upload'
  },
  {
    id: 'dev2-harbor-04',
    family: 'harbor',
    host: 'harbor.default',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "harbor.default/library/test-kaniko:latest": UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:library/test-kaniko Type:repository] map[Action:push Class: Name:library/test-kaniko Type:repository]]',
    source: 'goharbor/harbor#7884',
    expected: 'invalid-credentials',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: kaniko in the cluster pushed with a robot account\'s token that Harbor\'s core did not accept (the issue: "robot user token not signed/invalid signature")'
  },
  {
    id: 'dev2-harbor-05',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'http://hub.xxxx.com/service/token?account=yan&service=token-service request failed with status: 401 Unauthorized',
    source: 'goharbor/harbor#709',
    expected: 'invalid-credentials',
    note: 'docker login to Harbor; Harbor\'s UI logged "login request with invalid credentials" for the token request; host masked, placeholder'
  },
  {
    id: 'dev2-ecr-01',
    family: 'ecr',
    host: '123123123123.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'Failed to pull image "123123123123.dkr.ecr.us-east-1.amazonaws.com/repo/imagename:latest": unauthorized: authentication required',
      'Error syncing pod, skipping: failed to "StartContainer" for "imagename" with ErrImagePull: "unauthorized: authentication required'
    ),
    source: 'kubernetes/kubernetes#41154',
    expected: 'token-expired',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the kubelet could not refresh its ECR token (AWS API throttling), so it pulled with the expired one'
  },
  {
    id: 'dev2-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
    text: 'PullImage "<id>.dkr.ecr.cn-north-1.amazonaws.com.cn/topic-service:master-a6cd66e4" from image service failed: rpc error: code = Unknown desc = Error response from daemon: repository <id>.dkr.ecr.cn-north-1.amazonaws.com.cn/topic-service not found: does not exist or no pull access',
    source: 'kubernetes/kubernetes#69141',
    expected: 'token-expired',
    note: 'needs the thread: dockerd logged "denied: The security token included in the request is invalid" at the same moment: the cached ECR token expired before the kubelet refreshed it; host masked, placeholder account'
  },
  {
    id: 'dev2-ecr-03',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-southeast-1.amazonaws.com',
    text: 'Failed to pull image "": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXX.dkr.ecr.ap-southeast-1.amazonaws.com/v2/webbook/webbook/manifests/latest: no basic auth credentials',
    source: 'kubernetes/community#4003',
    expected: 'missing-credentials',
    note: 'EKS nodes pulled without credentials until the kubelet (which supplies the ECR credential) was restarted; host masked, placeholder'
  },
  {
    id: 'dev2-ecr-04',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-west-2.amazonaws.com',
    text: lines(
      '{"level":"info","msg":"Received status code: 403 Forbidden. Authorizing...","time":"2024-03-28T17:20:52.858737822Z"}',
      '{"error":"failed to refresh URL: status 403 Forbidden","key":"sha256:[sha256]","level":"warning","msg":"failed to connect to blob","time":"2024-03-28T17:20:52.859196457Z"}'
    ),
    source: 'awslabs/soci-snapshotter#1148',
    expected: 'token-expired',
    note: 'the snapshotter kept the ECR authorization past its 12 hours and did not refresh it (the issue title and text); journal prefixes trimmed'
  },
  {
    id: 'dev2-ecr-05',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'The push refers to repository [xxxxxxxxxxxxxxx.dkr.ecr.us-east-1.amazonaws.com/test]',
      'bc0967eecd77: Preparing',
      '35c20f26d188: Preparing',
      'a2ae92ffcd29: Preparing',
      'no basic auth credentials'
    ),
    source: 'awslabs/amazon-ecr-credential-helper#166',
    expected: 'missing-credentials',
    note: '`aws ecr get-login` prints a docker login command; the thread shows it printed, not run; host masked, placeholder'
  },
  {
    id: 'dev2-ecr-06',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: lines(
      'Got more than one input Future failure. Logging failures after the first',
      'com.google.cloud.tools.jib.registry.RegistryUnauthorizedException: Unauthorized for xxx.dkr.ecr.us-east-1.amazonaws.com/app'
    ),
    source: 'GoogleContainerTools/jib#744',
    expected: 'missing-credentials',
    note: 'needs the thread: "Need sudo in order to work?": the ECR login was stored for root, and jib ran as the user without it; host masked, placeholder'
  },
  {
    id: 'dev2-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: lines(
      'WARNING: `docker-credential-gcloud` not in system PATH.',
      "gcloud's Docker credential helper can be configured but it will not work until this is corrected.",
      'WARNING: `docker` not in system PATH.',
      '`docker` and `docker-credential-gcloud` need to be in the same PATH in order to work correctly together.'
    ),
    source: 'GoogleCloudPlatform/google-cloud-tfs#69',
    expected: 'credential-store-error',
    note: 'gcloud auth configure-docker on a build agent before docker-compose push, which then failed'
  },
  {
    id: 'dev2-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: 'Unable to access the repository',
    source: 'bazelbuild/rules_docker#278',
    expected: 'missing-credentials',
    note: "needs the thread: container_push ignored the ~/.dockercfg that gcloud docker --authorize-only wrote and pushed anonymously (the reporter's reading, confirmed by a maintainer's link)"
  },
  {
    id: 'dev2-gar-03',
    family: 'gar',
    host: 'us.gcr.io',
    text: lines(
      'Sending image list',
      'Error: Status 403 trying to push repository friendly-neighbors/api: "Access denied."'
    ),
    source: 'Shippable/support#1708',
    expected: 'registry-mismatch',
    alsoAcceptable: ['missing-credentials'],
    note: 'needs the thread: the CI logged in to gcr.io only; the push to us.gcr.io failed and the push to gcr.io worked'
  },
  {
    id: 'dev2-gar-04',
    family: 'gar',
    host: 'eu.gcr.io',
    text: "failed to copy image: GET https://eu.gcr.io/v2/token?scope=repository%3Ak8s-cip-test-prod%2Fe2e%2Fsome%2Fsubdir%2Ffoo%3Apush%2Cpull&service=eu.gcr.io: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'kubernetes-sigs/promo-tools#632',
    expected: 'insufficient-scope',
    alsoAcceptable: ['missing-credentials', 'invalid-credentials'],
    note: "needs the thread: the promoter's push token was refused while its credentials came from gcloud; the PR switches to gcrane's keychain. Logrus escapes of the post removed"
  },
  {
    id: 'dev2-gar-05',
    family: 'gar',
    host: 'us-west3-docker.pkg.dev',
    text: 'ERROR: Job failed: failed to pull image "us-west3-docker.pkg.dev/<myproject>/containers/cml:latest" with specified policies [always]: Error response from daemon: Head "https://us-west3-docker.pkg.dev/v2/<myproject>/containers/cml/manifests/latest": denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/<myproject>/locations/us-west3/repositories/containers" (or it may not exist) (manager.go:235:0s)',
    source: 'iterative/cml#1136',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the GitLab runner had no credential helper for the Artifact Registry host; the workaround sets DOCKER_AUTH_CONFIG credHelpers for it'
  },
  {
    id: 'dev2-acr-01',
    family: 'acr',
    host: 'myacr.azurecr.io',
    text: 'Failed to pull image "myacr.azurecr.io/myhealth.web:95": rpc error: code = Unknown desc = Error response from daemon: Get https://myacr.azurecr.io/v2/myhealth.web/manifests/95: unauthorized: authentication required',
    source: 'microsoft/azuredevopslabs#109',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'the deployment named no imagePullSecrets; adding them fixed the pull'
  },
  {
    id: 'dev2-acr-02',
    family: 'acr',
    host: 'smartsitealfaacr.azurecr.io',
    text: 'Failed to pull image "smartsitealfaacr.azurecr.io/aem6.5-authbaseimage:v2": rpc error: code = Unknown desc = Error response from daemon: Head "https://smartsitealfaacr.azurecr.io/v2/aem6.5-authbaseimage/manifests/v2": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'helm/helm#12189',
    expected: 'missing-credentials',
    alsoAcceptable: ['repository-not-found'],
    note: 'needs the thread: pods of a namespace a pipeline had just created (inference: without the pull secret the older namespaces had); the thread has no fix'
  },
  {
    id: 'dev2-acr-03',
    family: 'acr',
    host: 'MY_ACR_NAME.azurecr.io',
    text: "Could not connect to the registry login server 'MY_ACR_NAME.azurecr.io'. Please verify that the registry exists and the URL 'https://MY_ACR_NAME.azurecr.io/v2/' is reachable from your environment.",
    source: 'Azure/acr#691',
    expected: 'registry-unreachable',
    note: 'az acr repository list worked from a shell and failed from a Python subprocess of the IDE (its environment)'
  },
  {
    id: 'dev2-acr-04',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'level=error msg="Could not get tags from registry: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\\n"',
    source: 'argoproj-labs/argocd-image-updater#473',
    expected: 'insufficient-scope',
    note: 'needs the thread: a repository-scoped (scope map) token asked the token service for `pull` only to list tags; ACR wants metadata_read for /tags/list (verified with curl in the thread); registry name masked, placeholder'
  },
  {
    id: 'dev2-generic-01',
    family: 'generic',
    host: '10.0.0.1:5000',
    text: lines(
      'The push refers to a repository [X.X.X.X:5000/adminbusybox]',
      '5f70bf18a086: Preparing',
      '1834950e52ce: Preparing',
      'unauthorized: access to the requested resource is not authorized'
    ),
    source: 'SUSE/Portus#833',
    expected: 'insufficient-scope',
    note: 'needs the thread: Portus: the pushed name lost its namespace (adminbusybox at the root), which the user may not write; host masked, placeholder'
  },
  {
    id: 'dev2-generic-02',
    family: 'generic',
    host: 'default-route-openshift-image-registry.apps.example.com',
    text: 'unable to retrieve auth token: invalid username/password',
    source: 'podman-container-tools/skopeo#761',
    expected: 'invalid-credentials',
    note: 'skopeo --src-creds/--dest-creds against OpenShift registries; the same account worked through podman login; host not given, placeholder'
  },
  {
    id: 'dev2-generic-03',
    family: 'generic',
    host: 'gitea.example.com',
    text: lines(
      'The push refers to repository [<domain><user><image_name>]',
      'efafae78d70c: Preparing',
      'unauthorized: reqPackageAccess'
    ),
    source: 'go-gitea/gitea#36910',
    expected: 'insufficient-scope',
    alsoAcceptable: ['pat-required'],
    note: "needs the thread: Gitea answers reqPackageAccess when the logged-in account may not write the owner's packages; the reporter tried tokens with package scopes; no fix in the thread; host masked, placeholder"
  },
  {
    id: 'dev2-generic-04',
    family: 'generic',
    host: 'gitea.example.com:8443',
    text: lines(
      'Authenticating with existing credentials...',
      'Stored credentials invalid or expired',
      'Login Succeeded',
      'unauthorized: authentication required'
    ),
    source: 'go-gitea/gitea#31932',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: 'needs the thread: the login succeeded and most layers were pushed before one was refused; a Gitea bug reproduced on its demo site (labelled type/bug); host masked, placeholder (the tag, push and layer lines between are trimmed)'
  },
  {
    id: 'dev2-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Run docker/login-action@v3',
      'Logging into Docker Hub...',
      'Error: Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'
    ),
    source: 'space-ros/space-ros#297',
    expected: 'invalid-credentials',
    alsoAcceptable: ['malformed-credentials', 'pat-required'],
    note: 'needs the thread: the reporter reads it as "the login token is actually a password"; in his test of the action the inputs were the literal `$DOCKER_HUB_USERNAME` and `$DOCKER_HUB_TOKEN`, which the action does not expand'
  },
  {
    id: 'dev2-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: '(HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/library/memcached/manifests/latest: unauthorized: incorrect username or password"}',
    source: 'docker-archive-public/docker.kitematic#2837',
    expected: 'email-as-username',
    alsoAcceptable: ['invalid-credentials', 'stale-login'],
    note: 'needs the thread: Kitematic pulled memcached with the stored login; logging in with the Docker ID instead of the email fixed it'
  },
  {
    id: 'dev2-docker-hub-03',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: lines(
      "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.4:build (default-cli) on project imc: Build image failed, perhaps you should make sure your credentials for 'registry-1.docker.io/aboubakardosso/imc' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help: Unauthorized for registry-1.docker.io/aboubakardosso/imc: 401 Unauthorized",
      '[ERROR] GET https://auth.docker.io/token?service=registry.docker.io&scope=repository:aboubakardosso/imc:pull,push',
      '[ERROR] {"details":"access token has insufficient scopes"}'
    ),
    source: 'GoogleContainerTools/jib#4330',
    expected: 'insufficient-scope',
    note: 'a maintainer: the token may not write the repository (a read-only token or another namespace)'
  },
  {
    id: 'dev2-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      'Uploading blob sha256:e88b3f82283bc59d5e0df427c824e9f95557e661fcb0ea15fb0fb6f97760f9d9',
      ' 8 B / 1.23 MB [>--------------------------------------------------------------]',
      'FATA[0007] Error writing blob: Error initiating layer upload to runcom/busybox/blobs/uploads/, status 401'
    ),
    source: 'projectatomic/atomic#782',
    expected: 'missing-credentials',
    note: "atomic push ran skopeo copy without passing it the credentials it had prompted for (the PR's reading)"
  },
  {
    id: 'dev2-docker-hub-05',
    family: 'docker-hub',
    host: 'docker.io',
    text: lines(
      '#31 pushing layers 0.3s done',
      '#31 ERROR: server message: insufficient_scope: authorization failed',
      'failed to solve: rpc error: code = Unknown desc = server message: insufficient_scope: authorization failed'
    ),
    source: 'ilteoood/docker_buildx#7',
    expected: 'insufficient-scope',
    note: 'the image was named `recipes`, without the Docker ID namespace (library/recipes); renaming fixed it'
  },
  {
    id: 'dev2-docker-hub-06',
    family: 'docker-hub',
    host: 'registry-1.docker.io',
    text: lines(
      'podman push docker.io/persesdev/perses-operator-bundle:main-2026-03-07-8455a15',
      'Getting image source signatures',
      'Error: writing blob: initiating layer upload to /v2/persesdev/perses-operator-bundle/blobs/uploads/ in registry-1.docker.io: requested access to the resource is denied'
    ),
    source: 'perses/perses-operator#359',
    expected: 'missing-credentials',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: CI logged in with docker while podman read REGISTRY_AUTH_FILE elsewhere; the PR pushes with docker instead (inference from the PR)'
  },
  {
    id: 'dev2-docker-hub-07',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'time="2022-09-11T10:35:19Z" level=fatal msg="copying system image from manifest list: writing manifest: uploading manifest 2.0.0 to docker.io/marcelstoer/my-image: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n"',
    source: 'podman-container-tools/skopeo#1749',
    expected: 'missing-credentials',
    alsoAcceptable: ['credential-store-error'],
    note: 'needs the thread: the docker config mounted into the skopeo container names credsStore "desktop" and holds no auths; the helper is not in the container, so skopeo sent nothing'
  },
  {
    id: 'dev2-not-login-01',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      'latest: Pulling from library/hello-world',
      '1b930d010525: Pulling fs layer',
      'error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/fc/fce2 2…',
      ': x509: certificate signed by unknown authority (possibly because of “crypto/rsa: verification error” while trying to verify candidate authority certificate “MyCompany WebGateway CA”)'
    ),
    source: 'docker/for-win#3391',
    expected: 'registry-unreachable',
    note: 'a company web gateway re-signs TLS with its own CA, which Docker Desktop did not trust'
  },
  {
    id: 'dev2-not-login-02',
    family: 'not-login',
    host: 'docker.io',
    text: 'docker: error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/f2/f2a91732366c0332ccd7afd2a5c4ff2b9af81f549370f7a19acd460f87686bc7/data?Expires=1523312327&Key-Pair-Id=APKAJECH5M7VWIS5YZ6Q: x509: certificate signed by unknown authority',
    source: 'moby/moby#36820',
    expected: 'registry-unreachable',
    note: "behind a corporate proxy (a MITM proxy, a maintainer); the signed URL's signature trimmed"
  },
  {
    id: 'dev2-not-login-03',
    family: 'not-login',
    host: 'docker.io',
    text: lines(
      "Unable to find image 'hello-world:latest' locally",
      'Pulling repository docker.io/library/hello-world',
      'docker: Error while pulling image: Get https://index.docker.io/v1/repositories/library/hello-world/images: x509: certificate signed by unknown authority.'
    ),
    source: 'docker/for-win#23',
    expected: 'registry-unreachable',
    note: 'Docker for Windows behind a corporate proxy'
  },
  {
    id: 'dev2-not-login-04',
    family: 'not-login',
    host: 'gcr.io',
    text: "ERROR: gcloud crashed (PermissionError): [Errno 13] Permission denied: 'Dockerfile.save.1'",
    source: 'GoogleCloudPlatform/dialogflow-integrations#118',
    expected: 'not-a-login-failure',
    note: 'a file permission on the local machine while saving the repository before a Container Registry push'
  },
  {
    id: 'dev2-not-login-05',
    family: 'not-login',
    host: 'gcr.io',
    text: 'standard_init_linux.go:178: exec user process caused "permission denied"',
    source: 'GoogleCloudPlatform/community#432',
    expected: 'not-a-login-failure',
    note: "a container's entrypoint could not be executed; in the same issue as a gcr.io push problem"
  },
  {
    id: 'dev2-not-login-06',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'Error: buildx call failed with: error: failed to solve: failed to copy: cannot reuse body, request must be retried',
    source: 'docker/build-push-action#626',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'a buildkit bug: an upload answered 401 (to ask for a token) could not be retried with its body; labelled registry/github, fixed in buildkit'
  },
  {
    id: 'dev2-not-login-07',
    family: 'not-login',
    host: 'ghcr.io',
    text: 'buildx failed with: ERROR: failed to solve: failed to push ghcr.io/finchsec/kali:latest: failed to copy: io: read/write on closed pipe',
    source: 'docker/build-push-action#761',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['registry-unreachable'],
    note: 'a large layer upload broken on the connection (labelled upstream); the credential was accepted'
  }
]

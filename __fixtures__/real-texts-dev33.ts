/**
 * A thirty-third development set of real registry error texts ("dev33"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The thirty-third
 * development set"). Sources are GitHub issues and pull requests found with
 * the search tool; none is a source of an earlier set (the list of the 1779
 * earlier sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them.
 *
 * The set leans on smaller clouds' registries and platform-as-a-service
 * deploys: CapRover above all (its deploys by image name, its remote and
 * self-hosted registries), Dokku's action, Heroku's registry, DigitalOcean,
 * IBM Cloud Container Registry, OVH, Tencent, plus a few registries' own
 * trackers where a family was thin.
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

export const REAL_TEXTS_DEV33: readonly RealText[] = [
  {
    id: 'dev33-ghcr-01',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Deploy failed!\nError: (HTTP code 500) server error - Head "https://ghcr.io/v2/yalihart/project-name-omitted/manifests/e892417": unauthorized',
    source: 'caprover/caprover#1818',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: CapRover (Build & Deploy from GitHub) pulled a private GHCR package for a deploy; the reporter's own `docker login` with the token worked, and making the package public was the workaround that let the pull through, so the pull carried no login that may read the package. INFERENCE: the stored thread shows no confirmed fix on CapRover's side (whether its cluster registry held the GHCR credential)"
  },
  {
    id: 'dev33-ghcr-02',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Pulling this image: ghcr.io/smyja/scrapweb:df37ec852f198237d0b214848675edf0df0f99b6-gitsha This process might take a few minutes.\nBuild has failed!\n----------------------\nDeploy failed!\nError: (HTTP code 500) server error - Head "https://ghcr.io/v2/smyja/scrapweb/manifests/df37ec852f198237d0b214848675edf0df0f99b6-gitsha": denied',
    source: 'caprover/caprover#1756',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the package was pushed from a private repository by the deploy-from-github workflow and CapRover pulled it for the deploy; GHCR answers a pull of a private package without a login that may read it with 'denied'. INFERENCE: the stored thread shows no confirmed fix. The same post is also caprover/deploy-from-github#7 (not used)"
  },
  {
    id: 'dev33-ghcr-03',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'docker pull ghcr.io/litz-lab/scarab-infra/allbench_traces:0ed5e57ccbc996d190bc04227d70a682f3bdc571\nError response from daemon: Head "https://ghcr.io/v2/litz-lab/scarab-infra/allbench_traces/manifests/0ed5e57ccbc996d190bc04227d70a682f3bdc571": unauthorized',
    source: 'litz-lab/scarab-infra#53',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: 'needs the thread: an anonymous pull of a package that was private; the maintainer "enabled public visibility for the packages and it now wo[rks]"'
  },
  {
    id: 'dev33-ghcr-04',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'denied: permission_denied: write_package\nmake: *** [Makefile:16: push-docker-image] Error 1',
    source: 'eopf-toolkit/eopf-101#216',
    expected: 'insufficient-scope',
    case: 'package-access',
    note: 'a PR moving the project\'s images from the OVH registry to GHCR; the push was refused until the repository was added to the package\'s allowed repositories ("you need to manually add repos that are allowed to push to the registry")'
  },
  {
    id: 'dev33-ghcr-05',
    family: 'ghcr',
    host: 'ghcr.io',
    text: 'Failed: Error: Push failed: {"message":"denied: permission_denied: The token provided does not match expected scopes."}denied: permission_denied: The token provided does not match expected scopes.',
    source: 'caprover/caprover#1953',
    expected: 'insufficient-scope',
    case: 'read-only-token',
    note: "CapRover pushing every one-click app's image to the cluster's default push registry; the post does not name that registry, `host` is a placeholder for GHCR, whose wording for a token without write:packages this is. INFERENCE: the maintainer's answer is cut off in the stored thread"
  },
  {
    id: 'dev33-ghcr-06',
    family: 'ghcr',
    host: 'docker.pkg.github.com',
    text: 'Step 1/1 : FROM docker.pkg.github.com/khromov/docker-node-hello-world/docker-node-hello-world:master\n{"message":"Get https://docker.pkg.github.com/v2/khromov/docker-node-hello-world/docker-node-hello-world/manifests/master: no basic auth credentials"}\nGet https://docker.pkg.github.com/v2/khromov/docker-node-hello-world/docker-node-hello-world/manifests/master: no basic auth credentials\nBuild has failed!',
    source: 'caprover/caprover#576',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "GitHub Packages' old Docker registry; the GitHub registry was added under CapRover's Cluster > Docker Registries and the same credentials pulled the image elsewhere, but CapRover's build sent none for the FROM image. INFERENCE: the stored thread shows no confirmed fix. A blank line between the first two lines is left out"
  },
  {
    id: 'dev33-gitlab-01',
    family: 'gitlab',
    host: 'registry.gitlab.com',
    text: '{\n  data: {}\n  description: "Push failed: \\n{\\"message\\":\\"denied: requested access to the resource is denied\\"}denied: requested access \n  to the resource is denied"\n  status: 1000\n}',
    source: 'caprover/caprover#1258',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    case: 'namespace',
    note: "needs the thread: CapRover pushing a one-click app's image to the GitLab registry set up as the default push registry for CI/CD; the fix was the registry's Image Prefix in CapRover, i.e. the push went to a path the GitLab token may not write. The post names the GitLab registry but not its host; `host` is gitlab.com's. Kept as posted, the line break inside the description included"
  },
  {
    id: 'dev33-gitlab-02',
    family: 'gitlab',
    host: 'registry.domain.tld',
    text: 'Error response from daemon: login attempt to https://registry.domain.tld/v2/ failed with status: 401 Unauthorized',
    source: 'sameersbn/docker-gitlab#869',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unknown'],
    note: "`docker login` to the registry of a self-hosted GitLab (the sameersbn image with a registry:2 behind GitLab's token auth, host as posted); docker's wording for refused credentials. INFERENCE: the stored thread shows no cause; a registry whose token issuer or certificate does not match GitLab's also refuses every login this way"
  },
  {
    id: 'dev33-quay-01',
    family: 'quay',
    host: 'quay.io',
    text: 'Step 1/16 : FROM quay.io/3scale/docker:ci-2.3.1-3\nunauthorized: access to the requested resource is not authorized',
    source: '3scale/APIcast#1046',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: building 3scale's porta Dockerfile whose base is 3scale's CI image; the reporter asked for access to it (the repository is not public) and was sent to the project's JIRA. INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev33-quay-02',
    family: 'quay',
    host: 'quay.io',
    text: '{"message": "CSRF token was invalid or missing."}',
    source: 'quarkusio/quarkus-images#38',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['invalid-credentials'],
    note: "needs the thread: a script setting repository descriptions through Quay's API with a token; Quay answered every call this way until the maintainer created an OAuth application in the Quay organization and used its token (\"It needed a new 'application' in the Quay org\"), i.e. the token sent was not of the kind the API takes"
  },
  {
    id: 'dev33-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Creating new repo: quay.io/hacbs-release/fake-ec-validation\n{"message": "CSRF token was invalid or missing."}',
    source: 'konflux-ci/release-service-catalog#26',
    expected: 'missing-credentials',
    alsoAcceptable: ['invalid-credentials', 'unsupported-credential-kind'],
    note: 'needs the thread: a workflow creating a Quay repository through the API with an OAuth token that worked from a laptop; the PR changes how the GitHub secret reaches the script (the token was not getting through), so Quay saw no valid token. INFERENCE: the stored PR does not confirm the result'
  },
  {
    id: 'dev33-harbor-01',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'Error response from daemon: login attempt to <DOMAIN> failed with status: 401 Unauthorized\n[/server/middleware/security/oidc_cli.go:68][requestID="******"]: failed to verify secret, username: <USERNAME>, error: failed to verify the secret: secret mismatch, username: <USERNAME>',
    source: 'goharbor/harbor#20729',
    expected: 'invalid-credentials',
    note: "`docker login` to an OIDC Harbor with the user's CLI secret, and Harbor core's log line for it (both as posted, masked as posted; `host` is a Harbor placeholder): Harbor compared the secret with the one it holds for that user and they differ. INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev33-harbor-02',
    family: 'harbor',
    host: 'harbor.example.com',
    text: 'curl -k https://robot$test2:<PASS>@<harbor-registry>/v2/_catalog\n{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to list catalog: unauthorized to list catalog"}]',
    source: 'goharbor/harbor#22194',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: 'a robot account listing the registry catalog; the maintainer answered that only accounts with the system-level catalog permission may, by design ("please create a robot account accordingly"). `host` is a Harbor placeholder (masked in the post)'
  },
  {
    id: 'dev33-harbor-03',
    family: 'harbor',
    host: 'harbor.dev.com',
    text: "Error response from daemon: Get https://harbor.dev.com/v2/: unable to decode token response: invalid character '<' looking for beginning of value",
    source: 'goharbor/harbor-helm#92',
    expected: 'registry-unreachable',
    case: 'not-a-registry',
    note: 'a Harbor installed with the Helm chart: its token service answered `docker login` with an HTML page instead of a token. INFERENCE: closed for inactivity, no fix in the stored thread'
  },
  {
    id: 'dev33-harbor-04',
    family: 'harbor',
    host: 'harbor.example.com',
    text: '{"errors":[{"code":"FORBIDDEN","message":"CSRF token invalid"}]}',
    source: 'goharbor/harbor#12676',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: a comment on the issue: POST, PUT and DELETE calls to Harbor's /v2/ API (custom OCI artifacts) were refused by Harbor's CSRF check while GETs and docker push and pull worked with the same credentials; the workaround was to carry the CSRF token and cookie of a GET into the next request, not another credential. INFERENCE. `host` is a Harbor placeholder"
  },
  {
    id: 'dev33-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-2.amazonaws.com',
    text: 'Deploy failed!\nError: (HTTP code 500) server error - Head "https://xxxxxxxxxxxx.xxxxx.ecr.us-east-2.amazonaws.com/v2/genti-testing/manifests/latest": no basic auth credentials',
    source: 'caprover/caprover#1848',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "CapRover deploying an image from a private ECR repository that was set up as a remote registry in its Cluster tab; the same image pulled on the reporters' machines, but CapRover sent no credential for the host. `host` is a placeholder (the account is masked). INFERENCE: the stored thread shows no confirmed fix"
  },
  {
    id: 'dev33-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'failed to fetch manifest: Get https://MY_ACCOUNT.dkr.ecr.eu-west-1.amazonaws.com/v2/MY_REPO/manifests/d196e5688d: no basic auth credentials',
    source: 'concourse/docker-image-resource#161',
    expected: 'missing-credentials',
    note: 'Concourse\'s docker-image resource with AWS keys for ECR; the posted source spells the key `aws_secrey_access_key`, so the resource had no secret key to get an ECR token with and sent no credential; the reporter later found it worked ("I must\'ve fat-fingered something"). INFERENCE on the typo as the cause. `host` is a placeholder (the account is masked)'
  },
  {
    id: 'dev33-ecr-03',
    family: 'ecr',
    host: '123123123.dkr.ecr.eu-west-1.amazonaws.com',
    text: 'Failed: Error: Push failed: Error: (HTTP code 500) server error - invalid reference format',
    source: 'caprover/caprover#434',
    expected: 'not-a-login-failure',
    note: "needs the thread: the issue's title; CapRover set up to push to an ECR registry whose domain had been entered with a suffix, so the image name it built was invalid; the maintainer: enter the plain domain without http and without any suffix (the reporter's manual login and push with the plain domain worked). `host` is the account placeholder the maintainer used"
  },
  {
    id: 'dev33-gar-01',
    family: 'gar',
    host: 'gcr.io',
    text: 'Error response from daemon: Get "https://gcr.io/v2/": unauthorized: Not Authorized.',
    source: 'caprover/caprover#1171',
    expected: 'invalid-credentials',
    alsoAcceptable: ['unsupported-credential-kind'],
    note: "`docker login gcr.io` with a Google account's email and password (what the reporter had put in CapRover's remote registry); fixed with a service account's JSON key"
  },
  {
    id: 'dev33-gar-02',
    family: 'gar',
    host: 'gcr.io',
    text: "ERROR: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
    source: 'speedscale/speedscale-cli#6',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: docker-compose pulling images the CLI had pointed at the vendor's private gcr.io/speedscale; the fix was to point the compose file at public.ecr.aws/speedscale"
  },
  {
    id: 'dev33-gar-03',
    family: 'gar',
    host: 'eu.gcr.io',
    text: 'Pulling idpserver (eu.gcr.io/gematik-all-infra-prod/idp/idp-server:21.0.1)...\nERROR: Head "https://eu.gcr.io/v2/gematik-all-infra-prod/idp/idp-server/manifests/21.0.1": denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/gematik-all-infra-prod/locations/europe/repositories/eu.gcr.io" (or it may not exist)',
    source: 'gematik/ref-idp-server#4',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the provided docker-compose file named the vendor's internal registry; the maintainer answered there is no public image and it has to be built. The post wraps the lines in backticks, left out"
  },
  {
    id: 'dev33-acr-01',
    family: 'acr',
    host: 'gktregistry.azurecr.io',
    text: 'Deploy failed!\nError: (HTTP code 500) server error - Get https://gktregistry.azurecr.io/v2/gkt/fk-backend-dev/manifests/latest: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    source: 'caprover/caprover#1375',
    expected: 'missing-credentials',
    case: 'no-login',
    note: 'CapRover with the ACR set up in its registries; `docker login` on the host with the same details pulled and pushed, and the reporter found CapRover did not log in before pulling (nor before pushing). INFERENCE: labelled for investigation, no confirmed fix in the stored thread'
  },
  {
    id: 'dev33-acr-02',
    family: 'acr',
    host: 'azureipam.azurecr.io',
    text: '2025-02-11T11:48:59.703Z ERROR - DockerApiException: Docker API responded with status code=NotFound, response={"message":"manifest for azureipam.azurecr.io/ipamdev-ui:latest not found: manifest unknown: manifest tagged by \\"latest\\" is not found"}',
    source: 'Azure/ipam#345',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "an App Service pulling the project's public images by the tag `latest`, which the registry no longer had"
  },
  {
    id: 'dev33-acr-03',
    family: 'acr',
    host: 'acrreddog0f3d8b.azurecr.io',
    text: '{"code":"DeploymentFailed","message":"At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/DeployOperations for usage details.","details":[{"code":"WebhookInvalidParameterValue","message":"The following field(s) are either invalid or missing. Invalid value: \\"acrreddog0f3d8b.azurecr.io/reddog/order-service:latest\\": GET https:: MANIFEST_UNKNOWN: manifest tagged by \\"latest\\" is not found; map[Tag:latest]: template.containers.order-service.image."}]}',
    source: 'Azure-Samples/app-templates-microservices-integration#13',
    expected: 'not-a-login-failure',
    case: 'manifest-unknown',
    note: "a sample's deploy script created the Container Apps before any image was pushed to the new registry; the issue asks to create the registry and push the images first"
  },
  {
    id: 'dev33-generic-01',
    family: 'generic',
    host: 'myregistry.apps.domain.com',
    text: 'Deploy failed!\nError: (HTTP code 500) server error - Head "https://myregistry.apps.domain.com/v2/readability/manifests/latest": no basic auth credentials',
    source: 'caprover/caprover#1552',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "a registry:2 behind Basic authentication, added under CapRover's Docker Registries; CapRover's deploy by image name sent no credential for it. INFERENCE: no confirmed fix for this post in the stored thread (a later commenter's Docker Hub case needed the registry-1.docker.io domain, another's a full image name)"
  },
  {
    id: 'dev33-generic-02',
    family: 'generic',
    host: 'registry.example.com:996',
    text: 'Pushing to remote: registry.dev.<my-domain>996/captain/img-captain-<my-app-name>:6\nServer: registry.dev.<my-domain>:996\nThis might take a few minutes...\n{"message":"received unexpected HTTP status: 500 Internal Server Error"}\nreceived unexpected HTTP status: 500 Internal Server Error\nPush failed...',
    source: 'caprover/caprover#2125',
    expected: 'registry-unreachable',
    note: 'CapRover pushing to its own self-hosted registry, which had worked the day before; the registry answered 500. `host` is a placeholder (masked in the post). INFERENCE: no confirmed cause in the stored thread'
  },
  {
    id: 'dev33-generic-03',
    family: 'generic',
    host: 'us.icr.io',
    text: 'The push refers to repository [us.icr.io/***/hello-python]\n\ndenied: insufficient scope\nError: Process completed with exit code 1.',
    source: 'IBM/actions-ibmcloud-iks#10',
    expected: 'insufficient-scope',
    alsoAcceptable: ['repository-not-found'],
    note: 'IBM Cloud Container Registry after `ibmcloud cr login` with an API key in the sample workflow; ICR refuses a push this way when the namespace is not one the key may write (another account or region, or no such namespace). INFERENCE: no reply in the stored thread'
  },
  {
    id: 'dev33-generic-04',
    family: 'generic',
    host: 'ccr.ccs.tencentyun.com',
    text: 'Error response from daemon: Head "https://ccr.ccs.tencentyun.com/v2/koderover-rc/user/manifests/1.12.0-amd64": unauthorized: authentication required?',
    source: 'koderover/zadig#1704',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'anonymous-pull',
    note: "needs the thread: the installer referenced release-candidate images in the maintainers' private Tencent registry (\"this is a private registry and you shouldn't be able to pull that\"). The trailing '?' is the reporter's"
  },
  {
    id: 'dev33-generic-05',
    family: 'generic',
    host: 'sailabove.io',
    text: '$ docker push sailabove.io/yatooprint/samuelebistoletti/docker-statsd-influxdb-grafana\nThe push refers to a repository [sailabove.io/yatooprint/samuelebistoletti/docker-statsd-influxdb-grafana] (len: 1)\nSending image list\nError: Status 405 trying to push repository yatooprint/samuelebistoletti/docker-statsd-influxdb-grafana: "\\"Method not allowed.\\""',
    source: 'ovhlabs/sail#13',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "needs the thread: OVH's Sail Above registry takes names <registry>/<account>/<name>; the maintainer answered that the fourth component of the name caused the 405"
  },
  {
    id: 'dev33-generic-06',
    family: 'generic',
    host: 'registry.heroku.com',
    text: 'Error interacting with this repository: registry.heroku.com/my-app-name/web PUT https://registry.heroku.com/v1/repositories/my-app-name/web/ returned 404',
    source: 'wercker/support#279',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['unknown'],
    note: "needs the thread: wercker's internal/docker-push step pushing to Heroku's registry with credentials; the request is the v1 registry API (/v1/repositories/…), which Heroku's registry does not serve. INFERENCE: no reply in the stored thread"
  },
  {
    id: 'dev33-generic-07',
    family: 'generic',
    host: 'registry.root.domain.com:996',
    text: 'Deploy failed!\nError: (HTTP code 500) server error - Head "https://registry.root.domain.com:996/v2/app-name/web/manifests/latest": no basic auth credentials',
    source: 'caprover/caprover#1689',
    expected: 'missing-credentials',
    case: 'no-login',
    note: "`caprover deploy --imageName` of an image in CapRover's own self-hosted registry on a two-node cluster; the reporter's `docker login` and push from his PC worked, but the deploy sent no credential for the registry. INFERENCE: no confirmed fix in the stored thread"
  },
  {
    id: 'dev33-docker-hub-01',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Deploy failed!\nError: (HTTP code 404) unexpected - pull access denied for xx/repox, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'caprover/caprover-cli#59',
    expected: 'repository-not-found',
    alsoAcceptable: ['missing-credentials'],
    case: 'no-login',
    note: "needs the thread: `caprover deploy --imageName` of a private Docker Hub repository after a local `docker login`; the maintainer: being logged in locally is not CapRover's login, add the registry under Cluster in CapRover (which fixed it)"
  },
  {
    id: 'dev33-docker-hub-02',
    family: 'docker-hub',
    host: 'docker.io',
    text: "Deploy failed!\nError: (HTTP code 404) unexpected - pull access denied for myimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    source: 'caprover/caprover#611',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "needs the thread: the image was loaded on the host with `docker load` and exists nowhere else; CapRover's deploy by image name pulls it, so Docker Hub is asked for library/myimage, which does not exist. INFERENCE: no fix in the stored thread"
  },
  {
    id: 'dev33-docker-hub-03',
    family: 'docker-hub',
    host: 'docker.io',
    text: "pull access denied for anasty17/mltb, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n ▸    Error: docker build exited with Error: 1",
    source: 'Spark-X-Cloud/SparkXcloud-Gdrive-MirrorBot#24',
    expected: 'repository-not-found',
    note: 'a Heroku container deploy (heroku container:push from a GitHub workflow) whose Dockerfile starts FROM anasty17/mltb, a Docker Hub repository that no longer answered to that name. INFERENCE: no reply in the stored thread'
  },
  {
    id: 'dev33-docker-hub-04',
    family: 'docker-hub',
    host: 'docker.io',
    text: 'Step 1/1 : FROM dokku/ci-docker-image:0.0.12\nunauthorized: authentication required\nWarning: Docker build failed with exit code 1, back off 2.813 seconds before retry.',
    source: 'dokku/github-action#14',
    expected: 'rate-limited',
    alsoAcceptable: ['registry-unreachable', 'missing-credentials'],
    note: "needs the thread: the runner building the Dokku action's container from a public Docker Hub image without a login; the maintainer put it down to Docker Hub's limits for anonymous pulls and advised logging in to Docker Hub first. INFERENCE: the reporter did not confirm"
  },
  {
    id: 'dev33-not-login-01',
    family: 'not-login',
    host: 'docker.pkg.github.com',
    text: 'Failed: Error: Push failed: {"message":"name unknown: docker image push is only supported with a tag of the format :owner/:repo_name/:image_name.\\n\\t\\tPlease add an image name to \\"dankore/img-captain-rabi-db\\" tag. e.g. \\"dankore/img-captain-rabi-db/<image_name>\\""}name unknown: docker image push is only supported with a tag of the format :owner/:repo_name/:image_name. Please add an image name to "dankore/img-captain-rabi-db" tag. e.g. "dankore/img-captain-rabi-db/<image_name>"',
    source: 'caprover/caprover#1040',
    expected: 'not-a-login-failure',
    alsoAcceptable: ['repository-not-found'],
    note: "GitHub Packages' old Docker registry (set as CapRover's default push registry) refusing an image name without a repository part; the fix was to disable the default push registry. The post does not name the host; `host` is that registry's, whose wording this is"
  },
  {
    id: 'dev33-not-login-02',
    family: 'not-login',
    host: 'registry.heroku.com',
    text: 'Error: Exec format error\nProcess exited with status 126',
    source: 'heroku/cli#1777',
    expected: 'not-a-login-failure',
    case: 'platform',
    note: '`heroku container:push` from an Apple M1 Mac pushed an arm64 image that Heroku cannot run; the workarounds build for linux/amd64 (DOCKER_DEFAULT_PLATFORM or buildx --platform)'
  },
  {
    id: 'dev33-not-login-03',
    family: 'not-login',
    host: 'registry.digitalocean.com',
    text: "Error retrieving container registry: GET https://api.digitalocean.com/v2/registry: 412\nThis API is not supported if you have created multiple registries. Please use '/v2/registries' instead.",
    source: 'digitalocean/doctl#1776',
    expected: 'not-a-login-failure',
    note: '`doctl registry get` (and delete) against an account with several DigitalOcean container registries: the old API endpoint refuses, it is not about a credential'
  }
]

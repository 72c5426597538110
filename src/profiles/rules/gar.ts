/**
 * The wordings of Google Artifact Registry and GCR (its profile: src/profiles/gar.ts), as rules
 * with stable ids and sources. A rule table, in the rules' chunk
 * (src/profiles/rules/index.ts): loaded only when a text must be read.
 */
import type { TextRule } from '../types.js'

// docs/registries.md §6 (c), (f); the more specific first
export const RULES: readonly TextRule[] = [
  {
    // docs/registries.md §13ww (d): the project that held the image is deleted
    id: 'GAR058',
    diagnosis: 'repository-not-found',
    case: 'project-deleted',
    match: [['project #', 'has been deleted']],
    source:
      'docs/registries.md §13ww (d): gcr.io refusing a pull from a Google Cloud project that was deleted, "Error response from daemon: Head "https://gcr.io/v2/paketo-buildpacks/python/manifests/latest": denied: denied: Project #761227957636 has been deleted." (docs/real-texts.md dev103-gar-04): the image\'s namespace is gone; before GHCR003, which reads `denied: denied` as a stale login'
  },
  {
    // docs/registries.md §13xx (b): Cloud Build refusing to start a build
    // (or to take its source), before any image reaches the registry
    id: 'GAR059',
    diagnosis: 'insufficient-scope',
    case: 'cloud-build',
    match: [
      ['(gcloud.builds.submit)', 'permission_denied'],
      ['(gcloud.builds.submit)', '403']
    ],
    source:
      'docs/registries.md §13xx (b): `gcloud builds submit --tag gcr.io/…` refused, "ERROR: (gcloud.builds.submit) PERMISSION_DENIED: The caller does not have permission. This command is authenticated as … which is the active account specified by the [core/account] property" and "ERROR: (gcloud.builds.submit) HTTPError 403: Insufficient Permission" (docs/real-texts.md dev103-gar-07, dev103-gar-08); Cloud Build\'s IAM roles (roles/cloudbuild.builds.editor: cloudbuild.builds.create) and its access-control page (gcloud builds commands also need serviceusage.services.use)'
  },
  {
    // before GAR001 and GAR003, whose permissions it names. The request
    // carried no credential: no login for this location's host, which is
    // what the words say (docs/registries.md §13f (a)). It read
    // `registry-mismatch` until then, one cause of two: the sources' other
    // is a login in another user's docker config
    id: 'GAR002',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      'unauthenticated request. unauthenticated requests do not have',
      // the same answer quoted without its first sentence
      'unauthenticated requests do not have permission'
    ],
    source:
      'Artifact Registry when docker sends no login for that host (docs/registries.md §6 (f), §13f (a): GoogleCloudPlatform/generative-ai#693, RafikFarhad/push-to-gcr-github-action#48)'
  },
  {
    id: 'GAR001',
    diagnosis: 'insufficient-scope',
    match: ['artifactregistry.repositories.uploadartifacts'],
    source:
      'Artifact Registry push without the writer role, at the token request and at push (docs/registries.md §6 (c), (f): google/ax#140, GoogleCloudPlatform/cymbal-superstore#4)'
  },
  {
    id: 'GAR003',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: ['artifactregistry.repositories.downloadartifacts'],
    source:
      'Artifact Registry pull (or push, which reads too) without the reader role (docs/registries.md §6 (f): google-github-actions/auth#50, influxdata/docs-v2)'
  },
  {
    // docs/registries.md §13c (m): Google's token service refusing the
    // scope (IAM is checked when a token is asked for, §6 (e)), in docker's
    // old wording: before REG006, which reads it as a refused credential
    id: 'GAR018',
    diagnosis: 'insufficient-scope',
    match: [
      ['token auth attempt for registry', 'gcr.io/v2/token', 'status: 403'],
      [
        'token auth attempt for registry',
        '-docker.pkg.dev/v2/token',
        'status: 403'
      ]
    ],
    source:
      'docs/registries.md §13c (m): §6 (e) (a token request without the reader or writer role is refused with 403 DENIED, google/ax#140, influxdata/docs-v2); docker < 1.11 "token auth attempt for registry: https://gcr.io/v2/token?account=oauth2accesstoken&scope=…%3Apush%2Cpull&service=gcr.io request failed with status: 403 Forbidden" for a CI service account the bucket ACLs did not cover (kubernetes/test-infra#470)'
  },
  {
    // docs/registries.md §13c (m): a manifest read refused 403 by Google's
    // registries: the token came, the role did not (GAR003's reading)
    id: 'GAR019',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: [
      ['gcr.io/v2/', '/manifests/', '403 forbidden'],
      ['-docker.pkg.dev/v2/', '/manifests/', '403 forbidden'],
      ['pulling from host', 'gcr.io', '403 forbidden'],
      ['pulling from host', '-docker.pkg.dev', '403 forbidden']
    ],
    source:
      'docs/registries.md §13c (m): Artifact Registry answers a caller without artifactregistry.repositories.downloadArtifacts 403 (GAR003, §6 (c)); containerd resolver.go "pulling from host %s failed with status code %v: %v": "pulling from host gcr.io failed with status code [manifests 1.0.0]: 403 Forbidden" for GKE nodes that could not read the image (googlecodelabs/monolith-to-microservices#59)'
  },
  {
    // docs/registries.md §13c (e): Google's token 404 (a repository that
    // does not exist, §6 (e), FB017) in containerd's form: before REG010
    id: 'GAR020',
    diagnosis: 'repository-not-found',
    match: [
      [
        'failed to fetch oauth token',
        '-docker.pkg.dev/v2/token',
        '404 not found'
      ],
      ['failed to fetch oauth token', 'gcr.io/v2/token', '404 not found']
    ],
    source:
      'docs/registries.md §13c (e): §6 (e): a repository that does not exist answered 404 Not Found at /v2/token (FB017\'s reading), printed by containerd fetchToken "unexpected status from GET request to https://<location>-docker.pkg.dev/v2/token?…: 404 Not Found"'
  },
  {
    // docs/registries.md §13c (m): Container Registry's own not-found
    // answers, which docker prints under the unknown code
    id: 'GAR021',
    diagnosis: 'repository-not-found',
    case: 'project-not-found',
    match: [["project 'project:", 'not found or deleted']],
    source:
      'docs/registries.md §13c (m): gcr.io for a Google Cloud project that does not exist: "Head https://gcr.io/v2/genomics-tools/samtools/manifests/latest: unknown: Project \'project:genomics-tools\' not found or deleted." (quoted in hail-is/hail hail/python/hailtop/utils/utils.py, which treats it as no transient error)'
  },
  {
    id: 'GAR022',
    diagnosis: 'not-a-login-failure',
    case: 'manifest-unknown',
    match: [['was deleted or has expired', 'revive via time machine']],
    source:
      'docs/registries.md §13c (m): gcr.io for a tag that is gone: "unknown: Tag v1.11.2 was deleted or has expired. To pull, revive via time machine" (quoted in hail-is/hail hail/python/hailtop/utils/utils.py)'
  },
  {
    id: 'GAR004',
    diagnosis: 'malformed-credentials',
    match: ['unable to parse json key'],
    source:
      'gcr.io / pkg.dev token service given a _json_key password that is no key JSON (docs/registries.md §6 (f): whoan/docker-build-with-cache-action#50, docker/cli#650, RafikFarhad/push-to-gcr-github-action#30)'
  },
  {
    id: 'GAR005',
    diagnosis: 'invalid-credentials',
    match: ['unauthorized: authentication failed'],
    source:
      'Artifact Registry refusing a key or access token at login (docs/registries.md §6 (f): kasmtech/workspaces-issues#400)'
  },
  {
    id: 'GAR006',
    diagnosis: 'token-expired',
    match: [
      ['-docker.pkg.dev/v2/token', '401 unauthorized'],
      ['gcr.io/v2/token', '401 unauthorized'],
      'not authenticated: no valid credential was supplied'
    ],
    source:
      'BuildKit refused a new token after an hour-long build, and the registry an expired access token (docs/registries.md §6 (f): docker/buildx#1205, docker/buildx#3977, gitpod-io/gitpod#11454, kubernetes/k8s.io#3192)'
  },
  {
    // docs/registries.md §13l (b): every text of the sets with these words
    // came from a docker that sent no credential for the host
    id: 'GAR007',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: [
      "you don't have the needed permissions to perform this operation, and you may have invalid credentials"
    ],
    source:
      'Container Registry (gcr.io) refusing a missing or invalid login (docs/registries.md §6 (f): replicatedhq/ship#1054, sourcegraph/sourcegraph-public-snapshot#5324); the texts of the sets came from a docker that sent nothing for the host: no gcloud auth configure-docker, a sudo whose docker config had no helper, a tool that does not read the docker config (docs/registries.md §13l (b): firecow/gitlab-ci-local#1518)'
  },
  {
    // docs/registries.md §13l (c): Container Registry refusing a push the
    // login may not make
    id: 'GAR023',
    diagnosis: 'insufficient-scope',
    match: [
      ['the push refers to repository', 'denied: access denied.'],
      ['trying to push repository', '"access denied."']
    ],
    source:
      'Container Registry (gcr.io) refusing a push: "denied: Access denied." after the layers of a push to a project the account may not write, the same login pushing to another project seconds before (docs/registries.md §13l (c): gist.github.com/detiber/134bd75a537716feaac6d363223698ca); the v1 client\'s "Status 403 trying to push repository …: "Access denied."" (Shippable/support#1708)'
  },
  {
    id: 'GAR011',
    diagnosis: 'insufficient-scope',
    match: [['token exchange failed for project', 'does not have permission']],
    source:
      "Container Registry (gcr.io) for an account without the storage role on the project's bucket: \"denied: Token exchange failed for project '…'. Caller does not have permission 'storage.buckets.get'.\" (cloud.google.com/container-registry/docs/access-control; RafikFarhad/push-to-gcr-github-action#13)"
  },
  {
    id: 'GAR012',
    diagnosis: 'invalid-credentials',
    match: [['/v2/token', 'unauthorized: not authorized']],
    source:
      'gcr.io\'s token endpoint refusing the credential: "GET https://gcr.io/v2/token?scope=…: UNAUTHORIZED: Not Authorized." (kaniko push check, GoogleContainerTools/kaniko#1793)'
  },
  {
    id: 'GAR008',
    diagnosis: 'repository-not-found',
    case: 'image-name-missing',
    match: ['missing image name. pushes should be of the form'],
    source:
      'Artifact Registry push to HOST/PROJECT/REPOSITORY without an image name (docs/registries.md §6 (f): docker/build-push-action#171)'
  },
  {
    id: 'GAR010',
    diagnosis: 'repository-not-found',
    match: [
      'not_found: requested entity was not found',
      'code = notfound desc = requested entity was not found'
    ],
    source:
      'gcloud and the Artifact Registry API for a repository that does not exist (docs/registries.md §6 (f): googlecodelabs/feedback#1960, GoogleCloudPlatform/cloud-run-button#273)'
  },
  {
    // w-cloud: google-github-actions/auth (and any action using
    // @actions/core getIDToken) in a job without id-token: write, or
    // from a fork or Dependabot
    id: 'GAR013',
    diagnosis: 'missing-credentials',
    case: 'id-token-permission',
    match: [
      'did not inject $actions_id_token_request_token',
      'unable to get actions_id_token_request_url env variable',
      '$actions_id_token_request_token is not set'
    ],
    source:
      'google-github-actions/auth: "gitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork." (google-github-actions/auth#260, mozilla/fx-private-relay#6057); @actions/core getIDToken: "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable" (google-github-actions/auth#62, #51 under Dependabot); older: "$ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set" (google-github-actions/auth#16)'
  },
  {
    // w-cloud: Workload Identity Federation refusing GitHub's OIDC token
    id: 'GAR016',
    diagnosis: 'invalid-credentials',
    case: 'wif-attribute-condition',
    match: ['the given credential is rejected by the attribute condition'],
    source:
      'Google STS for a Workload Identity Federation provider whose attribute condition the OIDC token does not meet: "failed to generate Google Cloud federated token for //iam.googleapis.com/…: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}" (terraform-google-modules/terraform-example-foundation#1362, circleci/circleci-docs#8541; google-github-actions/auth docs/TROUBLESHOOTING.md, google-github-actions/auth#132)'
  },
  {
    // docs/registries.md §13qq (e): the federated identity may not act as
    // the service account; gcloud's docker helper then gives docker nothing
    id: 'GAR052',
    diagnosis: 'insufficient-scope',
    case: 'sa-impersonation',
    match: [
      'unable to acquire impersonated credentials',
      // docs/registries.md §13aac (c): google-github-actions/auth's own
      // request for the account's token (dev121-gar-08)
      "permission 'iam.serviceaccounts.getaccesstoken' denied"
    ],
    source:
      'docs/registries.md §13qq (e): google-auth\'s impersonated credentials refused by IAM Credentials, "There was a problem refreshing your current auth tokens: (\'Unable to acquire impersonated credentials: No access token or invalid expiration in response.\', … "code": 403, "message": "The caller does not have permission", "status": "PERMISSION_DENIED" …)" under gcloud.auth.docker-helper during a docker push (google-github-actions/auth#104, docs/real-texts.md dev26-gar-03), and "Permission \'iam.serviceAccounts.getAccessToken\' denied on resource (or it may not exist)" (mscribellito/terraform-google-workload-identity-federation#4, GoogleCloudPlatform/cloud-foundation-fabric#1624, google-github-actions/auth#455)'
  },
  {
    // w-cloud: a service-account key that was deleted or rotated
    id: 'GAR014',
    diagnosis: 'invalid-credentials',
    match: ['invalid_grant: invalid jwt signature'],
    source:
      'Google OAuth refusing a deleted or rotated service-account key: "ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature." (google-github-actions/setup-gcloud#76: "key had been rotated"; kubernetes/test-infra#9373, googleapis/java-firestore#2290)'
  },
  {
    // w-cloud: Application Default Credentials found nothing
    // (docker-credential-gcr, Go tools using golang.org/x/oauth2/google)
    id: 'GAR015',
    diagnosis: 'missing-credentials',
    case: 'google-adc',
    match: ['could not find default credentials'],
    source:
      'golang.org/x/oauth2/google FindDefaultCredentials: "google: could not find default credentials. See https://developers.google.com/accounts/docs/application-default-credentials for more information." (GoogleCloudPlatform/gcr-cleaner#99 after a docker login with a key, GoogleCloudPlatform/gcsfuse#121); docker-credential-gcr prints it after "could not retrieve GCR\'s access token" (GoogleCloudPlatform/docker-credential-gcr#119)'
  },
  {
    id: 'GAR009',
    diagnosis: 'credential-store-error',
    match: [
      ['docker-credential-gc', 'not installed or not available in path'],
      'you do not currently have an active account selected',
      // docs/registries.md §13d (b): gcloud auth configure-docker's own
      // warning that the helper it registers is not on PATH
      ['docker-credential-', 'not in system path']
    ],
    source:
      'gcloud\'s docker credential helper missing or not logged in (docs/registries.md §6 (f): wurstmeister/kafka-docker#621, canonical/docker-snap#19, CiscoDevNet/yangsuite#131); gcloud auth configure-docker warning that the helper is not on PATH, "WARNING: `docker-credential-gcloud` not in system PATH. gcloud\'s Docker credential helper can be configured but it will not work until this is corrected." (docs/registries.md §13d (b): GoogleCloudPlatform/google-cloud-tfs#69, a build agent whose docker-compose push then failed)'
  },
  {
    // docs/registries.md §13u (f): the standalone helper
    // docker-credential-gcr got no token from gcloud, or found none in its
    // own store (GAR009's reading of a helper with no login behind it)
    id: 'GAR050',
    diagnosis: 'credential-store-error',
    match: [
      ['docker-credential-gcr/helper:', 'gcloud config config-helper'],
      ['docker-credential-gcr/helper:', 'token was invalid'],
      'gcr credentials not present in store'
    ],
    source:
      'docs/registries.md §13u (f): GoogleCloudPlatform/docker-credential-gcr credhelper/helper.go helperErr ("docker-credential-gcr/helper: %s: %v"): "`gcloud config config-helper` failed", "`gcloud config config-helper` returned an empty access_token", "token was invalid" (the gcloud token source), and store/store.go "GCR Credentials not present in store" (the store token source with no docker-credential-gcr gcr-login)'
  },
  {
    // docs/registries.md §13o (a): Container Registry stopped taking
    // writes on 2025-03-18; its hosts answer 412. Not the credential
    id: 'GAR024',
    diagnosis: 'not-a-login-failure',
    case: 'gcr-shutdown',
    match: [
      'container registry is deprecated and shutting down',
      ['gcr.io/v2/token', '412 precondition failed']
    ],
    source:
      'docs/registries.md §13o (a): Google Cloud "Transition from Container Registry" (effective March 18, 2025, Container Registry is shut down and writing images to it is unavailable); gcr.io\'s 412 "Container Registry is deprecated and shutting down, please use the auto migration tool to migrate to Artifact Registry (gcloud artifacts docker upgrade migrate --projects=\'…\')" to a docker push (sparkoo/csgo-2d-demo-viewer#59, simonw/museums#44 "error parsing HTTP 412 response body"), to the Terraform API (pulumi/pulumi-docker#1403) and to a push in CI (mozilla/jetstream#2683); buildx\'s token request for a push "…gcr.io/v2/token?scope=…%3Apull%2Cpush&service=gcr.io: 412 Precondition Failed" (docker/build-push-action#1375)'
  },
  {
    // docs/registries.md §13o (b): Container Registry's v1 words for a
    // pull that carried no valid credential
    id: 'GAR025',
    diagnosis: 'missing-credentials',
    case: 'no-login',
    match: ['(no valid credential was supplied)'],
    source:
      'docs/registries.md §13o (b): gcr.io to docker\'s v1 pull, "Error: Status 403 trying to pull repository k8s-test-infra-aws/aws-janitor: "Unable to access the repository: …; please verify that it exists and you have permission to access it (no valid credential was supplied)."" (kubernetes/test-infra#2359)'
  },
  {
    // docs/registries.md §13vv (b): the same v1 words without the reason
    // (after GAR025): a repository that does not exist, or that the
    // request may not read, which gcr.io answers alike
    id: 'GAR055',
    diagnosis: 'repository-not-found',
    match: [
      [
        'trying to pull repository',
        'please verify that it exists and you have permission to access it'
      ]
    ],
    source:
      'docs/registries.md §13vv (b): gcr.io to docker\'s v1 pull, "Not continuing with pull after error: Error: Status 403 trying to pull repository pure-muse-748/red: "Unable to access the repository: pure-muse-748/red; please verify that it exists and you have permission to access it" (docker-client pulling a private gcr.io repository through a remote daemon, docs/real-texts.md dev85-gar-05); the same words with their reason are GAR025\'s'
  },
  {
    // docs/registries.md §13vv (d), (j): a gcr.io project whose Container
    // Registry API is not enabled has no registry to reach; Container
    // Registry is shut down, so the fix is Artifact Registry (GAR024's case)
    id: 'GAR056',
    diagnosis: 'repository-not-found',
    case: 'gcr-shutdown',
    match: ['please enable google container registry api'],
    source:
      "docs/registries.md §13vv (d), (j): gcr.io's token exchange for a project whose Container Registry API is not enabled, \"DENIED: Token exchange failed for project 'tejal-test'. Please enable Google Container Registry API in Cloud Console …\" (jib and gcloud, docs/real-texts.md dev91-gar-04, dev91-gar-05): no registry for the project, whatever the login; Container Registry was shut down on 2025-03-18 (GAR024), so the fix is Artifact Registry"
  },
  {
    // docs/registries.md §13vv (d), (j): the project that owns the images
    // has no billing: nothing the puller's login changes
    id: 'GAR057',
    diagnosis: 'not-a-login-failure',
    match: ['this api method requires billing to be enabled'],
    source:
      'docs/registries.md §13vv (d), (j): gcr.io refusing even an anonymous token for a public image whose project has no billing, "This API method requires billing to be enabled. Please enable billing on project #…" (docs/real-texts.md dev91-not-login-03): the publisher\'s project, not the credential',
    what: "the Google Cloud project that publishes the image has no billing enabled, so gcr.io refuses it: only that project's owner can fix it, by enabling billing"
  },
  {
    // docs/registries.md §13o (c): Cloud Run's service agent may not read
    // the image it deploys (GAR003's reading, the deploying account's)
    id: 'GAR026',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: [['service agent', 'must have permission to read the image']],
    source:
      'docs/registries.md §13o (c): Cloud Run deploying an image of another project, "Google Cloud Run Service Agent service-…@serverless-robot-prod.iam.gserviceaccount.com must have permission to read the image, gcr.io/…" (terraform-google-modules/terraform-google-slo#128); Google Cloud "Deploying container images to Cloud Run" (images in another project: grant the Cloud Run Service Agent the Artifact Registry Reader role)'
  },
  {
    // docs/registries.md §13t (d): Container Registry's refusal to list a
    // repository's tags to a client that sent no usable login
    id: 'GAR040',
    diagnosis: 'missing-credentials',
    case: 'tool-cloud-identity',
    match: ['failed to read tags for host'],
    source:
      "docs/registries.md §13t (d): Container Registry's \"DENIED: Failed to read tags for host 'gcr.io', repository '/v2/<p>/<n>/tags/list?n=1000'\" to tools that list tags without the job's login: gcr-cleaner after docker/login-action (it reads Google credentials, not the docker login; GoogleCloudPlatform/gcr-cleaner#131, #132), Flux's image reflector without GCR auto-login (fluxcd/image-automation-controller#83), Argo CD Image Updater (argoproj-labs/argocd-image-updater#462)"
  },
  {
    // docs/registries.md §13q (a): the repository's metadata may not be
    // read (a Cloud Run deploy from source): GAR003's reading
    id: 'GAR027',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: ['artifactregistry.repositories.get'],
    source:
      "docs/registries.md §13q (a): \"ERROR: (gcloud.beta.run.deploy) PERMISSION_DENIED: Permission 'artifactregistry.repositories.get' denied on resource '//artifactregistry.googleapis.com/projects/…/repositories/cloud-run-source-deploy' (or it may not exist).\" (google-github-actions/deploy-cloudrun#370); Artifact Registry access control: repositories.get is in the Reader role"
  },
  {
    // docs/registries.md §13pp (c): Cloud Run's own check, since
    // 2025-01-15, that the principal deploying may read the image
    id: 'GAR051',
    diagnosis: 'insufficient-scope',
    case: 'read-denied',
    match: ['user does not have access to image'],
    source:
      'docs/registries.md §13pp (c): Google\'s notice of Cloud Run\'s image access check (from 2025-01-15, the user or service account creating or updating a Cloud Run resource needs explicit permission to read its image; look for "User does not have access to image" errors in audit logs and grant Artifact Registry Reader), quoted in bcgov/entity#24573 and dev.classmethod.jp "cloud-run-security-enhance" (dev24-gar-03)'
  },
  {
    // a user account's session that Google wants re-authenticated: the
    // helper cannot answer the challenge in a job
    id: 'GAR017',
    diagnosis: 'token-expired',
    case: 'reauth',
    match: [
      'reauth related error (invalid_rapt)',
      'reauthentication challenge could not be answered because you are not in an interactive session'
    ],
    source:
      'docs/registries.md §13a (h): docker-credential-gcr "could not retrieve GCR\'s access token: oauth2: cannot fetch token: 400 Bad Request … "error_description": "reauth related error (invalid_rapt)"" (GoogleCloudPlatform/docker-credential-gcr#113); gcloud "There was a problem reauthenticating while refreshing your current auth tokens: Reauthentication challenge could not be answered because you are not in an interactive session." (kubernetes/kubernetes#96289)'
  },
  {
    // docs/registries.md §13ss (c): Container Registry's older refusal of
    // a push the account may not make (its newer words are GAR's IAM ones)
    id: 'GAR053',
    diagnosis: 'insufficient-scope',
    match: [
      'unable to access the repository, please check that you have permission',
      'unable to access the repository; please check that you have permission',
      'unable to create the repository, please check that you have access'
    ],
    source:
      'docs/registries.md §13ss (c): gcr.io, "denied: Unable to access the repository; please check that you have permission to access it." to `gcloud docker -- push` by an account without push rights on the project (kubernetes/release#272), "denied: Unable to access the repository, please check that you have permission to access it." to a CI push without the gcloud helper (kubernetes/kubernetes#60376), "denied: Unable to create the repository, please check that you have access to do so." from the wrong active gcloud account (kubernetes/website#1440)'
  },
  {
    // docs/registries.md §13v (b): any other Artifact Registry permission
    // the caller lacks, after the ones read for what they mean
    id: 'GAR041',
    diagnosis: 'insufficient-scope',
    match: [["permission 'artifactregistry.", "' denied on resource"]],
    source:
      "docs/registries.md §13v (b): Google's IAM refusal \"PERMISSION_DENIED: Permission 'artifactregistry.<resource>.<verb>' denied on resource '//artifactregistry.googleapis.com/projects/…' (or it may not exist)\": 'artifactregistry.packages.delete' for a Cloud Build service account deleting an image in another project (GoogleCloudPlatform/cloud-build-samples#327); Artifact Registry access control names each permission's role"
  },
  {
    // docs/registries.md §13tt (b): a VPC Service Controls perimeter
    // refusing where the request came from, not the credential
    id: 'GAR054',
    diagnosis: 'registry-unreachable',
    case: 'vpc-service-controls',
    match: [
      "request is prohibited by organization's policy",
      'vpcservicecontrolsuniqueidentifier'
    ],
    source:
      'docs/registries.md §13tt (b): Google Cloud VPC Service Controls, "Request is prohibited by organization\'s policy. vpcServiceControlsUniqueIdentifier: …" (cloud.google.com VPC Service Controls, "Troubleshoot common issues"); "Error response from daemon: Head "https://gcr.io/v2/cloud-sql-connectors/cloud-sql-proxy/manifests/2.1.1": denied: Request is prohibited by organization\'s policy. vpcServiceControlsUniqueIdentifier: xxx" from a restricted VIP whose perimeter did not list the image\'s new repository path (GoogleCloudPlatform/cloud-sql-proxy#1686)'
  }
]

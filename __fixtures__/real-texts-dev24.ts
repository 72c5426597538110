/**
 * A twenty-fourth development set of real registry error texts ("dev24"),
 * collected to be measured once, as it is, before any rule is written on it,
 * and then used for development (docs/real-texts.md, "The twenty-fourth
 * development set"). Unlike the earlier sets, its sources are public web pages
 * found with the search tool's `pages` corpus (vendors' troubleshooting and
 * knowledge-base pages that quote the exact error, Red Hat's Jira, a Microsoft
 * Q&A question, and blog posts of the authors' own incidents), never GitHub
 * issues; none is a source of an earlier set (the list of the 1489 earlier
 * sources was checked before each pick), and the hygiene test
 * (__fixtures__/real-texts-hygiene.ts) compares every text with every earlier
 * set, the sealed and blind ones included, without printing them. Its
 * families are `ecr`, `gar`, `acr`, `quay` and `harbor` only (dev23 took the
 * others from the same corpus).
 *
 * Each text was labelled from its page before anyone ran `explain` or
 * `judgeText` on it, using only the taxonomy of src/diagnosis.ts, the case
 * names of REMEDIATION_CASES and the README's Diagnoses table. Texts are
 * copied as posted (surrounding log lines and trailing spaces trimmed; notes
 * say where more was done). A note starting "needs the thread:" marks a label
 * the text alone does not support; INFERENCE marks a label where the stored
 * page shows no confirmed fix. Where the page masked or left out the registry
 * host, `host` is a placeholder of the same family (noted).
 */
import type { RealText } from './real-texts.js'

export const REAL_TEXTS_DEV24: readonly RealText[] = [
  {
    id: 'dev24-ecr-01',
    family: 'ecr',
    host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    text: 'TOOMANYREQUESTS: Rate exceeded',
    source:
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/common-errors.html',
    expected: 'rate-limited',
    note: "AWS's own troubleshooting page quotes this as what Docker 1.12.0 and later print when calls to one ECR endpoint are throttled (HTTP 429 / ThrottleException); the fix it gives is retrying with backoff or a quota increase. A vendor page, not a person's incident; host is a placeholder (the page names none)"
  },
  {
    id: 'dev24-ecr-02',
    family: 'ecr',
    host: '123456789012.dkr.ecr.ap-northeast-2.amazonaws.com',
    text: 'authorization token has expired',
    source: 'https://brandonwie-dev.pages.dev/posts/ecr-token-refresh-cron',
    expected: 'token-expired',
    note: "the author's Airflow DockerOperator tasks logged in to ECR once at start-up and began failing about 12 hours later with this (quoted in the post's prose); a cron job refreshing the login every 6 hours fixed it. Host is a placeholder (the post hides the registry; its region is ap-northeast-2)"
  },
  {
    id: 'dev24-gar-01',
    family: 'gar',
    host: 'asia-northeast1-docker.pkg.dev',
    text: '"message": "User must have permission to read the image, asia-northeast1-docker.pkg.dev/プロジェクト ID/リポジトリ名/イメージ名:latest.\nEnsure that the provided container image URL is correct and that the above account has permission to access the image.\nIf you just enabled the Cloud Run API, the permissions might take a few minutes to propagate. Note that the image is from project [プロジェクト ID], which is not the same as this project [Cloud Run 側のプロジェクト ID].\nPermission must be granted to the User from this project. See https://cloud.google.com/run/docs/deploying#other-projects\\n Cause: 403 Forbidden\\nGET https://asia-northeast1-docker.pkg.dev/v2/プロジェクト ID/リポジトリ名/イメージ名/manifests/latest\n\\n{\\"errors\\":[{\\"code\\":\\"DENIED\\",\\"message\\":\\"Permission \\\\\\"artifactregistry.repositories.downloadArtifacts\\\\\\" denied on resource \\\\\\"projects/プロジェクト ID/locations/asia-northeast1/repositories/リポジトリ名\\\\\\" (or it may not exist)\\"}]}\\n"',
    source:
      'https://blog.g-gen.co.jp/entry/permission-downloadartifacts-denied-403',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: "the author's Cloud Run deploy from GitHub Actions, with the image in another project's Artifact Registry, began failing with no change of theirs; the Cloud Logging entry (JSON escapes and the author's Japanese placeholders kept as posted) names a read permission the deploying principal lacks on that repository. INFERENCE: the stored excerpt shows the cause the author suspected (the deploying service account lacks downloadArtifacts), not the fix"
  },
  {
    id: 'dev24-gar-02',
    family: 'gar',
    host: 'us-central1-docker.pkg.dev',
    text: 'The repository has enabled tag immutability',
    source:
      'https://cloud.google.com/artifact-registry/docs/docker/troubleshoot?authuser=09&hl=ko',
    expected: 'not-a-login-failure',
    case: 'immutable-tag',
    note: "Google's Artifact Registry troubleshooting page (a Korean edition quoting the message in English): a push of a tag that another image version already uses, in a repository with immutable tags; push under a new tag. A vendor page; host is a placeholder"
  },
  {
    id: 'dev24-gar-03',
    family: 'gar',
    host: 'asia-northeast1-docker.pkg.dev',
    text: 'User does not have access to image',
    source: 'https://dev.classmethod.jp/articles/cloud-run-security-enhance',
    expected: 'insufficient-scope',
    case: 'read-denied',
    note: "from Google's notice quoted in this Classmethod post: from 2025-01-15 Cloud Run checks that the principal deploying has read access to the image, and this audit-log error means it lacks Artifact Registry Reader on the image's repository; granting roles/artifactregistry.reader is the fix given. Host is a placeholder"
  },
  {
    id: 'dev24-gar-04',
    family: 'gar',
    host: 'gcr.io',
    text: 'v1 Registry API is disabled',
    source:
      'https://quiet.felix2.workers.dev:443/https/cloud.google.com/container-registry/docs/troubleshooting?hl=zh-tw',
    expected: 'repository-not-found',
    alsoAcceptable: ['not-a-login-failure'],
    note: "Container Registry's troubleshooting page (a zh-TW edition served through a proxy address, the URL as the search tool gives it) quotes this, under a 405 heading, for pulls or pushes whose host name, project id, image name, tag or digest is misspelt; the fix is the spelling. Only the English words of the error are kept"
  },
  {
    id: 'dev24-acr-01',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'CONNECTIVITY_REFRESH_TOKEN_ERROR. Access to registry was denied. Response code: 403. Unable to get admin user credentials with message: Admin user is disabled. Unable to authenticate using AAD or admin login credentials.',
    source:
      'https://learn.microsoft.com/da-dk/azure/container-registry/container-registry-troubleshoot-login',
    expected: 'insufficient-scope',
    alsoAcceptable: ['registry-unreachable'],
    case: 'registry-role',
    note: "Microsoft's registry-login troubleshooting page lists this `az acr login` error: the Entra identity's exchange for a registry refresh token was refused with 403 and the admin user is off, so there is nothing else to fall back on; the page's causes are credentials not authorized for the registry or public network access rules, hence registry-unreachable is accepted. A vendor page; host is a placeholder"
  },
  {
    id: 'dev24-acr-02',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Error response from daemon: login attempt failed with status: 403 Forbidden',
    source:
      'https://docs.azure.cn./en-us/container-registry/container-registry-troubleshoot-login',
    expected: 'registry-unreachable',
    alsoAcceptable: ['insufficient-scope'],
    note: 'needs the thread: the Azure China edition of the registry-login troubleshooting page sends this symptom to "Troubleshoot network issues with registry" (a firewall or network rule refusing the client); the text alone also fits a refused role. The page is a separate address from dev24-acr-01 with the same article; host is a placeholder (an azurecr.cn registry there)'
  },
  {
    id: 'dev24-acr-03',
    family: 'acr',
    host: 'myregistry.azurecr.io',
    text: 'Deployment failed. Correlation ID: <Correlation ID>. {\n  "error": {\n    "code": "InvalidImageRegistryCredentialType",\n    "message": "Identity in \'imageRegistryCredentials\' of container group \'acrtestcontainergroup\' is not supported."\n  }\n}',
    source:
      'https://video2.skills-academy.com/en-us/troubleshoot/azure/azure-container-instances/management/acr-image-pull-failures-managed-identity',
    expected: 'unsupported-credential-kind',
    alsoAcceptable: ['not-a-login-failure'],
    note: "Microsoft's article on Azure Container Instances pulls from ACR with a managed identity (served from a mirror host): an ARM deployment with an ACI API version before 2021-07-01 rejects a managed identity as registry credential; use 2021-07-01 or later. The `az deployment group create` line and trailing spaces trimmed. Host is a placeholder"
  },
  {
    id: 'dev24-quay-01',
    family: 'quay',
    host: 'quayregistry-quay-quay-enterprise-15682.apps.quayfipstest-15682.qe.devcluster.openshift.com',
    text: 'Error: writing manifest: uploading manifest ubuntu to quayregistry-quay-quay-enterprise-15682.apps.quayfipstest-15682.qe.devcluster.openshift.com/quayqe/demo: unknown: tag is immutable and cannot be overwritten',
    source: 'https://issues.redhat.com/browse/PROJQUAY-10859',
    expected: 'not-a-login-failure',
    case: 'immutable-tag',
    note: "a Red Hat Quay 3.17 QE report (Red Hat's Jira, not GitHub) of podman pushing over an immutable tag; the report asks for a better message. Only the final error line kept (the repeated copy lines trimmed)"
  },
  {
    id: 'dev24-quay-02',
    family: 'quay',
    host: 'quay.example.com',
    text: '$ podman login -u milang+test2 -p W7BTO...QA quay.example.com\nError: logging into "quay.example.com": invalid username/password',
    source: 'https://issues.redhat.com/browse/PROJQUAY-5968',
    expected: 'invalid-credentials',
    note: 'needs the thread: the Red Hat Jira epic that added ROBOTS_DISALLOW to Red Hat Quay; with it set, a robot account not on ROBOTS_WHITELIST is refused at login with this plain wording, and only the registry log says "Robot account has been disabled"; the fix is the administrator\'s whitelist. The password is masked as posted'
  },
  {
    id: 'dev24-quay-03',
    family: 'quay',
    host: 'quay.io',
    text: 'Too many requests',
    source: 'https://access.redhat.com/solutions/6218921',
    expected: 'rate-limited',
    note: "Red Hat's knowledge-base solution on Quay.io rate limiting: a client sending more than a few requests per second per IP to one API endpoint gets HTTP 429 with this message (quoted in the article's prose); not a pull-count limit"
  },
  {
    id: 'dev24-harbor-01',
    family: 'harbor',
    host: 'harbor.51trust.net',
    text: 'x509: certificate signed by unknown authority',
    source: 'https://blog.51cto.com/u_11880730/11657295',
    expected: 'registry-unreachable',
    case: 'tls-unknown-authority',
    note: "the author's Harbor after a DNS change: docker login, push and pull failed with this (quoted in the post's prose, the full output is in screenshots); insecure-registries did not help on other nodes; pointing the new Nginx's ssl_certificate at fullchain.cer (the chain with its intermediate) fixed it"
  }
]

/**
 * What ECR's registry texts say per diagnosis and case: loaded only
 * when a report of that registry is written (src/profiles/index.ts
 * loadTexts), so that no other registry's start-up pays for them.
 */
import { ACTION_USES } from '../common.js'
import {
  BLOB_STORAGE_CHECKS,
  IMMUTABLE_TAG_STEPS,
  PIPEFAIL_STEP,
  WEB_IDENTITY_STEPS
} from './common.js'
import type { RemediationTable } from '../types.js'

/** The IAM actions a push needs (docs/registries.md §5 (g)). */
const PUSH_ACTIONS =
  'ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage'

/**
 * The recommended login: an IAM role assumed with GitHub's OIDC token by
 * aws-actions/configure-aws-credentials, then this action with the
 * registry alone (the keys are the environment's).
 */
const OIDC_SNIPPET = [
  'permissions:',
  '  id-token: write',
  '  contents: read',
  'steps:',
  '  - name: Configure AWS credentials',
  '    uses: aws-actions/configure-aws-credentials@v4',
  '    with:',
  '      role-to-assume: ${{ vars.AWS_ROLE_ARN }}',
  '      aws-region: ${{ vars.AWS_REGION }}',
  '  - name: Log in to Amazon ECR',
  `    uses: ${ACTION_USES}`,
  '    with:',
  '      registry: {registry}'
].join('\n')

/** The host logged in to must be the image's, to the character. */
const HOST_MATCH_STEP =
  "Compare the image reference with the `registry` input: `<account>.dkr.ecr.<region>.amazonaws.com` must match character for character; log in once for each account and region you push to or pull from (another account's images too)."

/** A shared runner's docker config loses the login to another job. */
const SHARED_CONFIG_STEP =
  "On self-hosted runners that share a docker config, another job's logout removes this login: give each job its own DOCKER_CONFIG."

const LINKS_ECR = {
  auth: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html',
  publicAuth:
    'https://docs.aws.amazon.com/AmazonECR/latest/public/public-registry-auth.html',
  pushIam:
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-push-iam.html',
  createRepository:
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-create.html',
  troubleshooting:
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/common-errors-docker.html',
  configureCredentials:
    'https://github.com/aws-actions/configure-aws-credentials',
  oidc: 'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
  webIdentity:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
  gitlabOidc: 'https://docs.gitlab.com/ci/secrets/id_token_authentication/',
  eksServiceAccounts:
    'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
  accessKeys:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  health: 'https://health.aws.amazon.com/health/status',
  quotas:
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/service-quotas.html',
  errors:
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/common-errors.html',
  taskExecutionRole:
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
  repositoryPolicies:
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html'
} as const

/** ECR's texts (see the profile, ../ecr.ts). */
export const REMEDIATION: RemediationTable = {
  // attack-63 A63-04: an ECR token's expiry is stamped when it is issued
  'credential-expires-soon': {
    error:
      'an ECR token lasts 12 hours from when it was issued and cannot be extended: get a new one in this job',
    steps: [
      'Get the token in this job, right before this step (`aws ecr get-login-password --region <region>`), or log in with AWS access keys, for which this action gets a fresh token.',
      'Do not store ECR tokens as secrets: each lasts 12 hours.'
    ]
  },

  'missing-credentials': {
    title: 'No credential for this Amazon ECR registry',
    error:
      'run aws-actions/configure-aws-credentials before this step, and log in to the exact host you push to (account and region)',
    why: 'docker had no credential for {registry}: the username and password inputs are empty and no AWS keys were found in the environment (no aws-actions/configure-aws-credentials step ran before this one), or the image is pushed to another account or region than the host logged in to — an ECR login holds for one host only ("no basic auth credentials").',
    steps: [
      "Recommended: give the job `permissions: id-token: write`, run aws-actions/configure-aws-credentials with `role-to-assume` (an IAM role trusting GitHub's OIDC provider) before this step, and leave `username` and `password` empty: the keys are taken from the environment.",
      'Or set `username: ${{ vars.AWS_ACCESS_KEY_ID }}` and `password: ${{ secrets.AWS_SECRET_ACCESS_KEY }}`: the keys are exchanged for an ECR token.',
      HOST_MATCH_STEP,
      SHARED_CONFIG_STEP,
      'Pull requests from forks get neither secrets nor an OIDC token for your role: set `skip-if-missing: true` for them.'
    ],
    docs: [LINKS_ECR.configureCredentials, LINKS_ECR.oidc, LINKS_ECR.auth],
    snippet: OIDC_SNIPPET,
    cases: {
      // docs/registries.md §13aaa (f): `aws ecr get-login-password | …`
      'token-command-empty': {
        steps: [
          '`aws ecr get-login-password --region <the region in {registry}>` alone: its error names what is missing (no credentials, an expired SSO session, a refused ecr:GetAuthorizationToken).',
          "Give it credentials where it runs: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, `aws sso login` with AWS_PROFILE, or a role; or give no `--username` or `--password` at all, and the command line exchanges the environment's AWS keys itself.",
          PIPEFAIL_STEP
        ]
      },
      // docs/registries.md §13ee: `ecr: false` sent the keys as they are
      'ecr-off': {
        title: '`ecr: false`: the AWS keys were not exchanged',
        error:
          'remove `ecr: false` (or set `ecr: auto`) so that the AWS keys are exchanged for an ECR token',
        why: '`ecr` is false, so this action did not exchange AWS keys for an ECR token, as docker/login-action does not: with both inputs empty, docker had no credential for {registry}, and the keys in the environment were not used. Amazon ECR takes only the user AWS with a token from GetAuthorizationToken.',
        steps: [
          "Remove `ecr: false`, or set `ecr: auto`: on an ECR host the access keys (in `username` and `password`, or in the environment when both are empty) are then exchanged for a token of the host's region.",
          'Or keep `ecr: false` and log in with `username: AWS` and a token from `aws ecr get-login-password --region <the region in {registry}>`, fetched in the same job right before this step.'
        ],
        docs: [LINKS_ECR.auth, LINKS_ECR.configureCredentials]
      },
      username: {
        title: 'The access key id is empty',
        error:
          'set username to the access key id (AKIA…) and password to its secret, or leave both empty after configure-aws-credentials',
        why: 'The username input is empty but the password is not: on Amazon ECR they are an AWS access key id and its secret access key (or AWS and an ECR token). The secret holding the key id is most likely misnamed, or not available to this run.'
      },
      password: {
        title: 'The secret access key is empty',
        error:
          'set password to the secret access key of the key id in username, or leave both empty after configure-aws-credentials',
        why: 'The password input is empty but the username is not: on Amazon ECR they are an AWS access key id and its secret access key (or AWS and an ECR token). The secret is most likely misnamed, or not available to this run (fork pull requests and Dependabot get no Actions secrets).'
      },
      // docs/registries.md §13f: a push or pull that carried no credential
      'no-login': {
        title: 'No login was sent to this Amazon ECR registry',
        error:
          'log in to the exact host of the image (account and region), in the same job, before the push or pull',
        why: 'docker sent the request to {registry} without a credential (docker says "no basic auth credentials"; to the FROM image of a build, ECR answers "403 Forbidden"). An ECR login holds for one host, that is one account and one region: no login for this host ran before it in this job, the login was for another account or region, or it went to another docker config (another user, `sudo`, a logout by another job on a shared runner).',
        steps: [
          HOST_MATCH_STEP,
          SHARED_CONFIG_STEP,
          'EKS or ECS pulling the image: the node role (or the task execution role) needs ecr:GetAuthorizationToken and the pull actions (AmazonEC2ContainerRegistryReadOnly).'
        ],
        docs: [LINKS_ECR.auth, LINKS_ECR.troubleshooting]
      },
      'anonymous-pull': {
        error:
          'on EKS, give the node role AmazonEC2ContainerRegistryReadOnly; elsewhere, log in before the pull (tokens last 12 hours)',
        steps: [
          'EKS or ECS: the node role (or the task execution role) needs ecr:GetAuthorizationToken and the pull actions (AmazonEC2ContainerRegistryReadOnly); a repository of another account also needs that repository policy to allow the role.',
          'A cluster outside AWS: an image pull secret holds an ECR token, which expires after 12 hours; refresh it on a schedule, or use the ECR credential provider.',
          'In a workflow: log in to the exact host of the image before the pull, in the same job, as below.'
        ],
        docs: [LINKS_ECR.auth, LINKS_ECR.troubleshooting]
      }
    }
  },
  'invalid-credentials': {
    title: 'Amazon ECR refused the token',
    error:
      "get a fresh token for this registry's region in the same job, or let this action exchange AWS keys (configure-aws-credentials, empty inputs)",
    why: '{registry} refused user AWS with this token: the token was issued for another region or for an account whose registries this identity may not use (ECR answers 400 Bad Request), or it is not a token from aws ecr get-login-password.',
    steps: [
      'Best: leave `username` and `password` empty after aws-actions/configure-aws-credentials: this action then exchanges the keys for a token of the right region itself.',
      'With the AWS CLI: `aws ecr get-login-password --region <the region in {registry}>` in the same job, right before the login; a token from another region is refused.',
      'Check that the username is exactly AWS, and that the host names the account the image belongs to.'
    ],
    docs: [LINKS_ECR.auth, LINKS_ECR.troubleshooting],
    snippet: OIDC_SNIPPET,
    cases: {
      // docs/registries.md §13ee: `ecr: false` sent the keys as they are
      'ecr-off': {
        title: '`ecr: false`: the AWS keys were not exchanged',
        error:
          'remove `ecr: false` (or set `ecr: auto`) so that the AWS keys are exchanged for an ECR token',
        why: '`ecr` is false, so this action did not exchange AWS keys for an ECR token, as docker/login-action does not: the username and password went to {registry} as they are, and an access key id is no user it knows. Amazon ECR takes only the user AWS with a token from GetAuthorizationToken.',
        steps: [
          "Remove `ecr: false`, or set `ecr: auto`: on an ECR host the access keys (in `username` and `password`, or in the environment when both are empty) are then exchanged for a token of the host's region.",
          'Or keep `ecr: false` and log in with `username: AWS` and a token from `aws ecr get-login-password --region <the region in {registry}>`, fetched in the same job right before this step.'
        ],
        docs: [LINKS_ECR.auth, LINKS_ECR.configureCredentials]
      },
      'aws-access-key': {
        title: 'AWS does not accept these access keys',
        error:
          'set username to an active access key id and password to its secret access key (or use an OIDC role with configure-aws-credentials)',
        why: 'AWS refused the request for an ECR token: it knows no such access key id (deleted, deactivated, or not an access key id at all: UnrecognizedClientException), or the secret access key does not go with it (InvalidSignatureException). Temporary keys (ASIA…) work only with their session token.',
        steps: [
          'In the IAM console → Users → the user → Security credentials, check that the access key id in `username` is listed and Active; create a new key if not.',
          'Store the key id as a variable (`vars.AWS_ACCESS_KEY_ID`) and the secret access key as a secret (`secrets.AWS_SECRET_ACCESS_KEY`), each without spaces or line breaks.',
          'Temporary keys (ASIA…) need their session token: use aws-actions/configure-aws-credentials and leave `username` and `password` empty.',
          'Better still, no long-lived keys: an IAM role assumed with GitHub OIDC (see the workflow below).'
        ],
        docs: [
          LINKS_ECR.accessKeys,
          LINKS_ECR.configureCredentials,
          LINKS_ECR.oidc
        ]
      },
      // docs/registries.md §5 (h): a token is issued for any account asked,
      // and the other account's registry decides
      'aws-account': {
        title: 'A registry of AWS_ACCOUNT_IDS refused the token',
        error:
          "allow this identity in that account's repository policies, or remove the account from AWS_ACCOUNT_IDS",
        why: '{registry} is the registry of another account named in AWS_ACCOUNT_IDS. AWS issues a token for every account asked, whatever the identity may do there: the registry of another account takes it only when that account allows this identity (a repository or registry policy naming it), and refuses it otherwise (ECR answers 400 Bad Request). The login to the registry itself succeeded.',
        steps: [
          "In the other account, allow this job's IAM identity in the policy of each repository it pulls from or pushes to (Amazon ECR → Repositories → Permissions), and allow those actions in the identity's own IAM policy too.",
          'Check that each id in AWS_ACCOUNT_IDS is the 12-digit account that owns the images, in the region of `registry` (the token is for that region).',
          'If this job does not need that account, remove it from AWS_ACCOUNT_IDS.'
        ],
        docs: [LINKS_ECR.repositoryPolicies, LINKS_ECR.auth],
        snippet: ''
      }
    }
  },
  'token-expired': {
    title: 'The ECR token has expired',
    error:
      'get the ECR token in the job that pushes (tokens last 12 hours), or let this action exchange AWS keys',
    why: 'ECR tokens (from aws ecr get-login-password or GetAuthorizationToken) are valid for 12 hours; this one is past its expiry. A token stored as a secret, or a login kept on a self-hosted runner, always runs out.',
    steps: [
      'Do not store ECR tokens as secrets: log in inside each job, with aws-actions/configure-aws-credentials before this step and `username`/`password` left empty.',
      'With the AWS CLI: `aws ecr get-login-password --region <region>` in the same job, right before the login.',
      'On self-hosted runners, log in again in each job: a login from an earlier job expires after 12 hours ("Your authorization token has expired").'
    ],
    docs: [LINKS_ECR.auth, LINKS_ECR.troubleshooting],
    snippet: OIDC_SNIPPET,
    cases: {
      'aws-access-key': {
        title: 'The temporary AWS credentials have expired',
        error:
          'run aws-actions/configure-aws-credentials again right before this step, or raise its role-duration-seconds',
        why: "AWS refused the request for an ECR token: the temporary keys' session has ended (ExpiredTokenException). With GitHub OIDC, configure-aws-credentials' role sessions last one hour by default.",
        steps: [
          'Run aws-actions/configure-aws-credentials right before this step (again, in a long job).',
          "Or raise `role-duration-seconds` (up to the role's maximum session duration, set on the IAM role).",
          'Keys copied from a local session into secrets expire too: use an OIDC role instead.'
        ],
        docs: [LINKS_ECR.configureCredentials, LINKS_ECR.oidc]
      }
    }
  },
  'insufficient-scope': {
    title: 'The IAM identity may not push to this repository',
    error:
      'allow ecr:InitiateLayerUpload, UploadLayerPart, CompleteLayerUpload, PutImage and BatchCheckLayerAvailability on it',
    why: 'Amazon ECR checks every push request against IAM: the identity policy of the role or user whose keys made the token, and the repository policy when the repository is in another account. A login works with ecr:GetAuthorizationToken alone; pushing needs more.',
    steps: [
      `Attach a policy allowing ${PUSH_ACTIONS} (pulls: ecr:BatchGetImage and ecr:GetDownloadUrlForLayer) on arn:aws:ecr:<region>:<account>:repository/<name>, plus ecr:GetAuthorizationToken on *.`,
      'A repository in another account also needs a repository policy (ECR → the repository → Permissions) that allows this role or user.',
      'ECR Public: the same actions with the ecr-public: prefix, on the public repository.'
    ],
    docs: [LINKS_ECR.pushIam, LINKS_ECR.auth],
    cases: {
      // attack-70 A70-01: ECR020
      'upload-closed': {
        title: 'ECR closed the upload',
        error:
          'create the repository in that account and region (aws ecr create-repository), or allow the push actions on it',
        why: "docker's push to {registry} retried its layers and ended with EOF: Amazon ECR closes the upload of a push it refuses instead of answering 4xx, for a repository that does not exist in that account and region (ECR never creates one on push) or an identity without the push actions.",
        steps: [
          'Check that the repository exists where the image is tagged: `aws ecr describe-repositories --repository-names <name> --region <region>`; if not, `aws ecr create-repository --repository-name <name> --region <region>`, and check the account and region in the image name.',
          `Attach a policy allowing ${PUSH_ACTIONS} on arn:aws:ecr:<region>:<account>:repository/<name>, plus ecr:GetAuthorizationToken on *.`,
          'If both are in place, the network closed the upload: re-run, and check a proxy or firewall between the runner and ECR.'
        ]
      },
      // docs/registries.md §13x (d): a pull refused to the identity that
      // pulls (an ECS task, Lambda, a node)
      'read-denied': {
        title: 'The AWS identity that pulls may not read this repository',
        error:
          "allow ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to the role that pulls (and in another account's repository policy)",
        why: "Amazon ECR refused a pull (403) to an identity that may not read the repository: the role that pulls (an ECS task's execution role, Lambda's service, an EKS node role) lacks ecr:BatchGetImage and ecr:GetDownloadUrlForLayer, or the repository is in another account whose repository policy does not allow this one (or no longer does).",
        steps: [
          'Give the role that pulls the pull actions: for ECS, the task execution role with the managed policy AmazonECSTaskExecutionRolePolicy (ecr:GetAuthorizationToken, ecr:BatchCheckLayerAvailability, ecr:GetDownloadUrlForLayer, ecr:BatchGetImage); for EKS, the node role with AmazonEC2ContainerRegistryReadOnly.',
          'A repository in another account: its repository policy (ECR → the repository → Permissions) must allow your account or role ecr:BatchGetImage and ecr:GetDownloadUrlForLayer; for Lambda, the service principal lambda.amazonaws.com too.',
          'An explicit Deny (a permissions boundary, a service control policy, a VPC endpoint policy) wins over any Allow: check those too.'
        ],
        docs: [LINKS_ECR.taskExecutionRole, LINKS_ECR.repositoryPolicies]
      }
    }
  },
  'repository-not-found': {
    title: 'The ECR repository does not exist',
    error:
      'create it first (aws ecr create-repository --repository-name <name>): a push does not create ECR repositories',
    why: '{registry} has no repository by that name ("does not exist in the registry with id"). Unlike some registries, Amazon ECR does not create a repository when an image is pushed, unless a repository creation template for create-on-push covers its name. The credential is not the cause.',
    steps: [
      'Create the repository (ECR console → Create repository, `aws ecr create-repository --repository-name <name>`, or your infrastructure code) before the build pushes.',
      'Check the image reference: `{registry}/<name>:<tag>`, where `<name>` is the repository name, not its URI.',
      'Or set up a repository creation template applied for CREATE_ON_PUSH that covers the name.',
      'A repository that does not exist and a private one these credentials may not read are refused alike on a pull: if it exists and is private, log in to {registry} with credentials whose IAM policy allows ecr:BatchGetImage on it.'
    ],
    docs: [LINKS_ECR.createRepository]
  },
  'aws-access-denied': {
    error:
      "allow ecr:GetAuthorizationToken on * for the keys' role or user (ECR Public: ecr-public:GetAuthorizationToken, sts:GetServiceBearerToken)",
    why: 'The keys are valid, but the IAM identity they belong to may not call GetAuthorizationToken, which every ECR login needs (AccessDeniedException). The action does not support resource-level permissions: it must be allowed on *.',
    steps: [
      'Attach a policy to the role or user of the keys allowing `ecr:GetAuthorizationToken` on `"Resource": "*"` (for public.ecr.aws: `ecr-public:GetAuthorizationToken` and `sts:GetServiceBearerToken`).',
      'Also allow the push and pull actions on the repositories (see the permission docs).',
      'An explicit Deny (a permissions boundary, a service control policy) wins over any Allow: check those too.'
    ],
    docs: [LINKS_ECR.auth, LINKS_ECR.pushIam, LINKS_ECR.publicAuth],
    cases: {
      // docs/registries.md §13vv (h): STS refusing the job's OIDC token
      'oidc-trust-policy': {
        title: "AWS refused the role to this job's OIDC token",
        error:
          "let the role's trust policy admit this job's token: aud sts.amazonaws.com, sub repo:<owner>/<repo>:… as this run's",
        why: "The job asked AWS STS for the role with its GitHub OIDC token (AssumeRoleWithWebIdentity), and STS refused it: the role's trust policy does not admit this token. Its conditions name the token's claims; a branch, a tag, an environment or a pull request each give another `sub`. No ECR request was made yet.",
        steps: [
          'In IAM → Roles → the role → Trust relationships, allow `sts:AssumeRoleWithWebIdentity` for the principal `arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com`; the account needs that identity provider (IAM → Identity providers).',
          "Its conditions must match this run's token: `token.actions.githubusercontent.com:aud` = `sts.amazonaws.com`, and `token.actions.githubusercontent.com:sub` = `repo:<owner>/<repo>:ref:refs/heads/<branch>`; a job with an `environment:` has `repo:<owner>/<repo>:environment:<name>`, a pull request `repo:<owner>/<repo>:pull_request`. Owner and repository are matched case for case; `StringLike` with `repo:<owner>/<repo>:*` admits them all.",
          "Check `role-to-assume` itself: the role's ARN, its account and name, character for character; STS refuses a role that does not exist in the same words. (The job had a token to send: its `id-token: write` is there.)"
        ],
        docs: [LINKS_ECR.oidc, LINKS_ECR.configureCredentials],
        snippet: OIDC_SNIPPET
      },
      // docs/registries.md §13ww (b): STS refusing another web identity
      // token (a GitLab job's, an EKS pod's)
      'web-identity-trust-policy': {
        title: 'AWS refused the role to this web identity token',
        error:
          "let the role's trust policy admit this token: its identity provider, and aud and sub as the token has them",
        why: "A client asked AWS STS for the role with a web identity (OIDC) token (AssumeRoleWithWebIdentity), and STS refused it: the role's trust policy does not admit this token, or the role does not exist. Every AWS request after it then finds no credentials. No ECR request was made yet.",
        steps: WEB_IDENTITY_STEPS,
        docs: [
          LINKS_ECR.webIdentity,
          LINKS_ECR.gitlabOidc,
          LINKS_ECR.eksServiceAccounts
        ]
      }
    }
  },
  'registry-unreachable': {
    why: 'No usable answer came from {registry}, or from the AWS API that exchanges access keys for its token: a DNS, connection, TLS or timeout error, or a server error (5xx). Nothing is known yet about the credential.',
    steps: [
      'Check the `registry` input: `<account>.dkr.ecr.<region>.amazonaws.com` (or public.ecr.aws), with the account and region you push to.',
      'With AWS keys, the runner must also reach the AWS API: api.ecr.<region>.amazonaws.com (ECR Public: api.ecr-public.us-east-1.amazonaws.com); the evidence names the host that failed.',
      "`Could not connect to the endpoint URL` is most often the region: ECR Public's API is in us-east-1 only (`aws ecr-public get-login-password --region us-east-1`), and a mistyped region (`us-east1`) has no endpoint; check `--region`, AWS_REGION and the profile's region.",
      'On self-hosted runners, check the proxy (HTTPS_PROXY, NO_PROXY), the firewall or VPC endpoints (com.amazonaws.<region>.ecr.api and .ecr.dkr), and the CA certificates.',
      'Check the AWS Health Dashboard for an outage, then re-run; on a slow network, raise the `timeout` or `retries` inputs.'
    ],
    docs: [LINKS_ECR.health, LINKS_ECR.troubleshooting],
    cases: {
      // docs/registries.md §13r: layers come from S3 (ECR) or CloudFront
      // (ECR Public)
      'blob-storage': {
        steps: [
          "Allow the layers' storage through the runner's firewall, proxy or network policy: for a private registry the S3 bucket prod-<region>-starport-layer-bucket.s3.<region>.amazonaws.com (in a VPC, an S3 gateway endpoint with the ECR endpoints); for public.ecr.aws its CloudFront host d2glxqk2uabbnd.cloudfront.net.",
          ...BLOB_STORAGE_CHECKS
        ],
        docs: [
          'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html'
        ]
      }
    }
  },
  // docs/registries.md §13nn: AWS throttles an account's calls per API
  // and region (429 or ThrottlingException, "Rate exceeded")
  'rate-limited': {
    title: 'AWS throttled the request',
    error:
      "re-run in a minute; jobs that log in at the same moment share the account's rate (Rate exceeded)",
    why: 'Amazon ECR limits each account\'s calls per API and region (GetAuthorizationToken: 20 a second, bursts up to 200) and answers a burst beyond it with 429 Too Many Requests or ThrottlingException, "Rate exceeded". The credential was not refused; the action retries AWS\'s throttling within its `retries` before it reports it.',
    steps: [
      'Re-run the job: the rate recovers within seconds.',
      'Log in once per job (many matrix jobs or steps logging in at the same moment share the rate), and spread jobs that start together.',
      'Service Quotas → Amazon Elastic Container Registry shows the rate quotas of the account and region; ask there to raise them.'
    ],
    docs: [LINKS_ECR.errors, LINKS_ECR.quotas]
  },
  'preflight-unreachable': { docs: [LINKS_ECR.health] },
  // docs/registries.md §13oo (d): ECR's tag immutability (ECR005)
  'not-a-login-failure': {
    cases: {
      'immutable-tag': {
        steps: [
          IMMUTABLE_TAG_STEPS.first,
          "Or let this tag move: the repository's tag immutability, `aws ecr put-image-tag-mutability --repository-name NAME --image-tag-mutability MUTABLE`, or `IMMUTABLE_WITH_EXCLUSION` with an exclusion filter for this tag.",
          IMMUTABLE_TAG_STEPS.last
        ],
        docs: [
          'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'
        ]
      }
    }
  }
}

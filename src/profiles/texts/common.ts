/**
 * The texts for any registry, which a profile overrides where its fix
 * differs, and why credentials are empty. A chunk of their own, loaded
 * (src/profiles/index.ts loadTexts) only when a report has something to
 * explain: a login that succeeds without warnings renders `OK_TEXTS`
 * (src/remediation.ts) and loads no texts at all.
 */
import { ACTION_USES, LINKS } from '../common.js'
import type { RemediationTable } from '../types.js'

/**
 * The step of a request sent without a login because docker ran as
 * another user than the login (texts of case `no-login`).
 */
export const SAME_USER_STEP =
  "Run docker as the user that logged in, with the same DOCKER_CONFIG: `sudo docker` reads root's config, not the runner's."

/**
 * The first step of every `read-denied` case of a registry's own
 * (docs/registries.md §13tt (h)): the login the step that pulls needs;
 * then that registry's read permission.
 */
/** A pipe into `--password-stdin` that stops at a token command's failure. */
export const PIPEFAIL_STEP =
  'Add `set -o pipefail` (bash) before the pipe, so that the job stops at the command that failed.'

export const PULL_LOGIN_STEP =
  'Give the step that pulls a login for {registry}: `docker login` (this action) in the same job before the pull; on Kubernetes, an image pull secret for {registry}.'

/**
 * The steps for a role STS refused to a web identity token other than a
 * GitHub job's (docs/registries.md §13ww (b)): the ECR texts' and these.
 */
export const WEB_IDENTITY_STEPS = [
  "In IAM → Roles → the role → Trust relationships, allow `sts:AssumeRoleWithWebIdentity` for the identity provider that issued the token (`arn:aws:iam::<account>:oidc-provider/<issuer>`): a GitHub job's issuer is `token.actions.githubusercontent.com`, a GitLab job's `gitlab.com` or your instance's host, an EKS pod's the cluster's OIDC issuer (`oidc.eks.<region>.amazonaws.com/id/<id>`). The account needs that provider under IAM → Identity providers.",
  "Its conditions must match the token's claims: `aud` as the token has it (a GitHub job's is `sts.amazonaws.com` with configure-aws-credentials; a GitLab job sets it in `id_tokens: <NAME>: aud:`; an EKS pod's is `sts.amazonaws.com`), and `sub`: a GitHub job's is `repo:<owner>/<repo>:ref:refs/heads/<branch>` (`:environment:<name>`, `:pull_request`), a GitLab job's `project_path:<group>/<project>:ref_type:branch:ref:<branch>`, an EKS pod's `system:serviceaccount:<namespace>:<service account>`. `StringLike` with `*` admits several.",
  "Check the role's ARN the client was given (`role-to-assume`, `--role-arn`, `AWS_ROLE_ARN`, the service account's `eks.amazonaws.com/role-arn` annotation): its account and name, character for character; STS refuses a role that does not exist in the same words."
]

/**
 * The checks of every `blob-storage` case after its own allow-list step
 * (docs/registries.md §13r (d)): the clock, then who answers the URL.
 */
export const BLOB_STORAGE_CHECKS = [
  'On a self-hosted runner, check the clock (`date -u`): the download links are signed for a short time.',
  'From the runner, `curl -sSI` the URL the 403 came from: a proxy or firewall that answers names itself in its headers or page.'
] as const

/**
 * The first and last steps of every `immutable-tag` case (docs/registries.md
 * §13oo (d)); between them, where that registry keeps the setting.
 */
export const IMMUTABLE_TAG_STEPS = {
  first:
    'Push under a tag that is new on every build (a version, or the commit SHA with the run number), and refer to images by that tag or by digest.',
  last: 'Re-running the same build does not help: the tag is already taken.'
} as const

/** A workflow block logging in to the registry with a token. */
const REGISTRY_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: ${{ vars.REGISTRY_USERNAME }}',
  '    password: ${{ secrets.REGISTRY_TOKEN }}'
].join('\n')

const REGISTRY_SKIP_IF_MISSING_SNIPPET = [
  '- name: Log in to {registry}',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    username: ${{ vars.REGISTRY_USERNAME }}',
  '    password: ${{ secrets.REGISTRY_TOKEN }}',
  '    # fork pull requests and Dependabot runs build without logging in',
  '    skip-if-missing: true'
].join('\n')

/**
 * The texts for any registry. Ids a single registry family produces
 * (Docker Hub's 2FA, SSO, organization tokens…) are in that profile alone.
 */
/**
 * Knative's tag resolution (docs/registries.md §13qq (c)): the pull secret
 * to create, then the other ways; Docker Hub's texts replace the first.
 */
export const TAG_RESOLUTION_STEPS = [
  'Give the Knative Service a pull secret for {registry}: create it (`kubectl create secret docker-registry regcred --docker-server={registry} --docker-username=… --docker-password=…` in the Service\'s namespace) and name it in the Service\'s `imagePullSecrets`, or add it to the service account the Service runs as (`kubectl patch serviceaccount default -p \'{"imagePullSecrets": [{"name": "regcred"}]}\'`).',
  'Or skip tag resolution for this registry: add it to `registries-skipping-tag-resolving` in the `config-deployment` ConfigMap of the knative-serving namespace (`kubectl edit configmap config-deployment -n knative-serving`), or deploy the image by digest (`image@sha256:…`); the nodes then pull it with their own credentials.',
  'Check the image name, character for character: a repository that does not exist is refused the same way.'
]

/**
 * No GitHub ID token for the job: Docker Hub OIDC's own diagnosis
 * (`oidc-permission-missing`), and a cloud's auth action read by explain
 * (missing-credentials, case `id-token-permission`: attack-60 A60-05).
 */
const NO_ID_TOKEN = {
  title: 'The job may not request a GitHub ID token',
  error:
    'add `permissions: id-token: write` to the job (fork pull requests and Dependabot runs never get it)'
}
const ID_TOKEN_HANDED =
  'the runner hands one out (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN) only to jobs with `permissions: id-token: write`. A `permissions:` block that omits it sets it to none; pull requests from forks and Dependabot runs get none whatever the workflow says.'

/**
 * A project or organization that does not exist and that this account may
 * not create: Harbor refuses it as a push (HBR009, insufficient-scope), Red
 * Hat Quay's mirror registry as a missing repository (QUAY015).
 */
const NAMESPACE_CREATE_DENIED = {
  title: 'The project does not exist, and this account may not create it',
  error:
    'create the project or organization first (as an administrator), or push to one that exists',
  why: 'The image is pushed under a project or organization that {registry} does not have, and the registry would create it on the push only for accounts allowed to create one: this one is not.',
  steps: [
    'Create the project or organization first, as an account that may (Harbor: Projects → New Project, or Administration → Configuration → Project Creation: Everyone; Quay: Create New Organization).',
    'Or push to a project or organization that exists and that the account may push to.'
  ]
}

export const COMMON_REMEDIATION: RemediationTable = {
  'missing-credentials': {
    title: 'Username or password is empty',
    error:
      'set username and password from secrets this run can read (fork PRs and Dependabot get none)',
    why: 'The action received an empty username or password. Workflows of pull requests from forks get no secrets, Dependabot runs read Dependabot secrets instead of Actions secrets, and a misspelled secret name yields an empty string rather than an error.',
    steps: [
      'Check that the names in the workflow match those under GitHub → Settings → Secrets and variables → Actions exactly (they are case-sensitive; a typo yields an empty string).',
      'For pull requests from forks, which get no secrets: set `skip-if-missing: true` so they build without logging in, and push only from branches of this repository.',
      'For Dependabot runs: add the same secrets under Settings → Secrets and variables → Dependabot.',
      'For a secret stored in an environment: add `environment: <name>` to the job.'
    ],
    docs: [LINKS.githubSecrets, LINKS.dependabotSecrets],
    snippet: REGISTRY_SKIP_IF_MISSING_SNIPPET,
    cases: {
      // docs/registries.md §13aaa (i): CLI093
      'cf-docker-password': {
        title: 'cf push got no Docker password',
        error:
          "set CF_DOCKER_PASSWORD (the registry's password or token) in the environment of cf push",
        why: "The Cloud Foundry CLI pushes an app from a private registry's image with `--docker-username`, and reads the registry's password only from the environment variable CF_DOCKER_PASSWORD, which was unset or empty where cf ran.",
        steps: [
          "Set CF_DOCKER_PASSWORD to the registry's password or token in the environment of the cf command (a CI secret, not a literal), then run `cf push --docker-image REGISTRY/IMAGE --docker-username USER` again.",
          'A CI resource or action that wraps cf must pass it through (the Concourse cf-cli-resource does from its version 2.8.0).'
        ],
        docs: [
          'https://docs.cloudfoundry.org/devguide/deploy-apps/push-docker.html'
        ],
        snippet: undefined
      },
      // attack-63 A63-01: CLI060, CLI067
      'dependency-bot': {
        title: 'The dependency bot has no credential for {registry}',
        error:
          "give the bot the credential in its own configuration: a workflow's docker login does not reach it",
        why: "Dependabot and Renovate read a registry's credential from their own configuration, not from a docker login a workflow made: the bot asked {registry} without one.",
        steps: [
          "Dependabot: in .github/dependabot.yml, an entry under `registries:` (`type: docker-registry`, `url: https://{registry}`, `username:`, `password: ${{secrets.NAME}}` from a Dependabot secret), named in the update's `registries:`.",
          "Renovate: a `hostRules` entry with `matchHost: {registry}` and its username and password (encrypted, or from the Renovate app's secrets)."
        ],
        docs: [
          'https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot',
          'https://docs.renovatebot.com/configuration-options/#hostrules'
        ],
        snippet: undefined
      },
      // attack-63 A63-02: GAR040, CLI043
      'tool-cloud-identity': {
        title: 'The tool found no cloud identity of its own',
        error:
          "give the tool (a controller, a clean-up job) its own cloud identity: it does not read docker's login",
        why: "The tool (gcr-cleaner, Flux's image controllers, Argo CD Image Updater) signs in to {registry} with its own cloud identity (Application Default Credentials, workload identity, DefaultAzureCredential), not with a docker login, and found none it could use.",
        steps: [
          "In a workflow: run the cloud's own login before the tool (google-github-actions/auth, azure/login), with an identity that may read the registry (Artifact Registry Reader, AcrPull).",
          'In a cluster: give the controller\'s service account workload identity (GKE: the `iam.gke.io/gcp-service-account` annotation; AKS: `azure.workload.identity/client-id` and the pod label `azure.workload.identity/use: "true"`), with read on the registry, and `provider: gcp` or `azure` on Flux\'s OCIRepository or ImageRepository.'
        ],
        docs: ['https://fluxcd.io/flux/components/source/ocirepositories/'],
        snippet: undefined
      },
      // attack-61 A61-01: CLI089
      'basic-only-client': {
        title: 'This client cannot log in to {registry}',
        error:
          'the client speaks Basic only, and the registry logs in through a token service: log in with docker login instead',
        why: "The client (the VS Code Docker extension's generic registry provider) sends Basic credentials to /v2/ only, and {registry} answers with a token service's challenge: the credential never reached it, and nothing was empty.",
        steps: [
          "Log in from a terminal with `docker login {registry}` (the same username and token); the editor reads docker's login then.",
          'Keep the credential: {registry} never saw it.'
        ],
        docs: [LINKS.login],
        snippet: undefined
      },
      // attack-61 A61-02: CLI054
      'jenkins-credentials': {
        title: 'Jenkins has no credential with that id',
        error:
          'create a Username with password credential with exactly that id, where the job can see it, or fix credentialsId',
        why: 'The job names a Jenkins credential (credentialsId) that Jenkins does not have, or has in a folder this job cannot see, so no login runs.',
        steps: [
          "Manage Jenkins → Credentials (or the job's folder → Credentials): create a Username with password credential with exactly that ID, in a scope the job can see (global, or its folder).",
          'Or fix the id in `withRegistry(url, credentialsId)` or `withDockerRegistry(credentialsId: …)`.'
        ],
        docs: ['https://www.jenkins.io/doc/book/using/using-credentials/'],
        snippet: undefined
      },
      // attack-61 A61-02: CLI056, CLI057
      'base-image-connector': {
        title: 'The base image connector has no login',
        error:
          "give the plugin's base image connector a username and password, or remove the connector",
        why: "drone-docker's base image connector logs in to the base images' registry before the build, and was given no username or password.",
        steps: [
          "Set the connector's username and password (from the CI system's secrets), or remove the base image connector from the step."
        ],
        docs: [LINKS.login],
        snippet: undefined
      },
      // attack-60 A60-05: GAR013 (google-github-actions/auth, any action
      // that asks @actions/core for an ID token)
      'id-token-permission': {
        ...NO_ID_TOKEN,
        why: `A cloud login with OpenID Connect (google-github-actions/auth, azure/login, aws-actions/configure-aws-credentials) needs the job's GitHub ID token, and ${ID_TOKEN_HANDED}`,
        steps: [
          "Add `id-token: write` to the job's (or the workflow's) `permissions:` block, next to the permissions it already has (e.g. `contents: read`).",
          "For pull requests from forks and Dependabot runs, which never get an ID token: skip the cloud login there (`if: github.event_name != 'pull_request' || (github.event.pull_request.head.repo.full_name == github.repository && github.actor != 'dependabot[bot]')`)."
        ],
        docs: [
          'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect'
        ]
      },
      username: {
        title: 'The username is empty',
        error:
          'set username from a variable or secret this run can read (fork PRs and Dependabot get none)'
      },
      password: {
        title: 'The password is empty',
        error:
          'set password from a secret this run can read (fork PRs and Dependabot get none)'
      },
      // the command line outside GitHub Actions (attack-19 repro-02): the
      // empty value is a CI variable's or a shell's, not a fork's secret
      'ci-variable': {
        title: 'The username or password is empty',
        error:
          'the value given to --username or on stdin was empty: check that the variable or credential is set for this job',
        why: "docker-login-preflight was given an empty username or password. Outside GitHub Actions they come from the CI system's variables or credentials (a Jenkins credentials binding, a CI variable) or from the shell: a variable that is unset, or not passed to this job, is an empty string, not an error.",
        steps: [
          'Check that the variable is set where the command runs, without printing it: `test -n "$REGISTRY_PASSWORD" || echo "REGISTRY_PASSWORD is empty"`.',
          'In Jenkins, run the command inside `withCredentials([usernamePassword(credentialsId: …, usernameVariable: …, passwordVariable: …)])` and check the credential id.',
          'Pipe the value itself: `printf %s "$REGISTRY_PASSWORD" | docker-login-preflight login --username "$REGISTRY_USER" --password-stdin --registry {registry}`.'
        ],
        docs: [LINKS.actionReadme],
        snippet: ''
      },
      // docs/registries.md §13ll (b): GitLab passes a protected variable
      // to protected branches' and tags' pipelines only
      'gitlab-variable': {
        title: 'A GitLab CI/CD variable is empty',
        error:
          'set the CI/CD variable for this job: a protected variable is empty on an unprotected branch, tag or merge request pipeline',
        why: 'docker-login-preflight was given an empty username or password in a GitLab CI job. GitLab passes a protected variable only to pipelines of protected branches and tags (merge request pipelines get none by default), a variable with an environment scope only to jobs of that environment, and a variable that is not set is an empty string, not an error.',
        steps: [
          "Settings → CI/CD → Variables: check the variable's name (case-sensitive) and whether it is protected; if so, protect the branch or tag that runs this job (Settings → Repository → Protected branches or Protected tags), or clear Protect variable.",
          'If the variable has an environment scope, give the job that `environment:`.',
          'For GitLab\'s own registry, use the variables every job has: `printf %s "$CI_REGISTRY_PASSWORD" | docker-login-preflight login --username "$CI_REGISTRY_USER" --password-stdin --registry "$CI_REGISTRY"`.'
        ],
        docs: ['https://docs.gitlab.com/ci/variables/'],
        snippet: ''
      },
      // docs/registries.md §13aaa (f): the command line's empty password
      // after a token command's username (attack-64 A64-02)
      'token-command-empty': {
        title: 'The token command printed nothing',
        error:
          'run the command that prints the token alone and sign its CLI in: it failed, and the login got an empty password',
        why: 'The username {username} goes with a token that a cloud CLI prints, and the password that came on stdin was empty: the command piped into `--password-stdin` printed nothing because it failed (not signed in, no permission, a wrong name or region). Its own error is above in the log; a shell pipe goes on after it unless `set -o pipefail` is set.',
        steps: [
          'Run the token command alone, where the login runs, and read its error.',
          'Sign its CLI in there first, with an identity that may read the registry (or push to it).',
          PIPEFAIL_STEP
        ],
        docs: [LINKS.actionReadme],
        snippet: ''
      },
      // docs/registries.md §13aaa (h): CLI062, whatever the registry
      'desktop-sign-in': {
        title: 'Docker Desktop requires sign-in',
        error:
          'sign in to Docker Desktop with an account of the organization that enforces sign-in, then retry',
        why: "The organization's administrators enforce sign-in for Docker Desktop on this machine (a registry key, a configuration profile, a .plist or registry.json): until a member of that organization signs in, Docker Desktop's engine refuses pulls and pushes to any registry with \"Please run 'docker login'\". A login to another registry does not lift it.",
        steps: [
          'Sign in to Docker Desktop (Sign in, top right of the Docker Dashboard, or `docker login` with no server) with an account that belongs to the organization that enforces sign-in.',
          "Automated use on such a machine (a CI agent, testcontainers): sign in once as the machine's user with an account of that organization, or ask the administrators to leave the machine out of the enforcement."
        ],
        docs: ['https://docs.docker.com/enterprise/security/enforce-sign-in/'],
        snippet: undefined
      },
      // docs/registries.md §13f: the client sent no credential, whatever
      // the inputs were (a wording of a push or pull, read by `explain`)
      'no-login': {
        title: 'The request carried no login',
        error:
          'log in to {registry} before the push or pull, in the same job and as the same user',
        why: "{registry} got the request without a credential. No login for this host ran before it in this job (or it was skipped: a fork's pull request gets no secrets); or the login was for another host (docker keeps one login per host, character for character); or it went to another docker config (another user, `sudo`, another DOCKER_CONFIG, a logout by another job on a shared runner); or the client that sent it reads no docker login at all.",
        steps: [
          'Log in before the step that pushes or pulls, in the same job: every job starts with an empty docker config.',
          'Set `registry:` to the host of the image reference (the part before the first /), character for character; log in once for each host.',
          SAME_USER_STEP,
          'For a `container:` or `services:` image, give it `credentials:` (username and password); a Kubernetes pod needs an image pull secret (`imagePullSecrets`).',
          'A swarm service or stack: deploy it with `--with-registry-auth` (`docker stack deploy`, `docker service create|update`), so that the nodes get the login; a task of a node that got none shows `No such image`.',
          'A client other than docker reads its own file: kaniko `/kaniko/.docker/config.json` (or `$DOCKER_CONFIG/config.json`), podman, buildah and skopeo `${XDG_RUNTIME_DIR}/containers/auth.json` before `~/.docker/config.json`: put the login where the client that pushes looks. A build plugin or a controller takes its own setting: Jib `to.auth` or a credential helper on PATH, a controller its registry secret.'
        ],
        docs: [LINKS.login],
        snippet: REGISTRY_SNIPPET
      },
      // a pull sent with no credential, of a repository that needs one
      // docs/registries.md §13x (b): the service pulls, not the runner
      // docs/registries.md §13qq (c)
      'tag-resolution': {
        title: "Knative could not resolve the image's tag",
        error:
          'give the Knative Service a pull secret for {registry} (imagePullSecrets), or skip tag resolution for it',
        why: "Knative Serving resolves an image's tag to a digest in its controller when it creates a revision, before any node pulls the image. The controller reads the registry with the pull secrets of the Service or of its service account, not with the nodes' credentials: nodes that pull through their cloud identity (GKE, EKS, AKS with an attached registry) or a docker login on some machine give it none, and the registry refuses it.",
        steps: TAG_RESOLUTION_STEPS,
        docs: ['https://knative.dev/docs/serving/tag-resolution/'],
        // no workflow login: the runner's is not the one missing
        snippet: undefined
      },
      'cloud-service': {
        title: 'The cloud service pulled without a credential',
        error:
          "give the service that pulls a credential for {registry} in its own settings (the job's docker login does not reach it)",
        why: "A cloud service (Azure Container Apps, Container Instances, App Service, ECS, Cloud Run) pulled the image with its own registry settings, which held no credential for {registry}, and was refused. A docker login in the job that created or updated the service logs in the runner's docker only; the service never sees it.",
        steps: [
          "Give the service the registry credential in its own settings: Container Apps `az containerapp registry set --name APP --resource-group GROUP --server {registry} --username USER --password TOKEN` (or create it with `--registry-server`, `--registry-username`, `--registry-password`); App Service its container settings; Container Instances the container group's `imageRegistryCredentials`; ECS the task definition's `repositoryCredentials`.",
          'Check the image name, character for character: a repository that does not exist is refused the same way.'
        ],
        docs: [LINKS.login],
        // no workflow login: the runner's is not the one missing
        snippet: undefined
      },
      'anonymous-pull': {
        title: 'The image needs a login to pull',
        error:
          'log in to {registry} before the pull, with a credential that may read it, or check the image name',
        why: '{registry} refused a pull made without a credential: the repository is private, or has no such name (registries answer both alike), and the client that pulled sent no login for this host.',
        steps: [
          'Log in to {registry} before the pull, in the same job, with a token that may read the repository.',
          'For a `container:` or `services:` image, give it `credentials:` (username and password); a Kubernetes pod needs an image pull secret that names this host (`kubectl create secret docker-registry`, then `imagePullSecrets` in the pod spec).',
          'Check the image name, character for character: a repository that does not exist is refused the same way.'
        ],
        docs: [LINKS.login],
        snippet: REGISTRY_SNIPPET
      }
    }
  },

  'malformed-credentials': {
    title: 'The credential is malformed',
    error:
      'write password: ${{ secrets.NAME }} (one $, no quotes) and re-save the secret without spaces or line breaks',
    why: 'The value is not what was stored: a literal $ before a token (written $${{ secrets.X }}), an expression or variable that was never expanded, or quotes, spaces, line breaks or invisible characters pasted with it. {registry} would refuse it.',
    steps: [
      'In the workflow, write the input exactly as `password: ${{ secrets.REGISTRY_TOKEN }}`: one $, no quotes around it.',
      'A `$VAR` in a `with:` block is not expanded by the runner: use `${{ env.VAR }}`, `${{ secrets.NAME }}` or `${{ vars.NAME }}` instead.',
      'Open the secret (Settings → Secrets and variables → Actions → the secret → Update) and paste the value again, without quotes, spaces or a trailing line break.'
    ],
    docs: [LINKS.githubSecrets],
    snippet: REGISTRY_SNIPPET,
    cases: {
      // docs/registries.md §13aaa (i): CLI095
      'base64-secret': {
        title: 'The secret is not base64',
        error:
          'store the secret base64-encoded (`base64 -w0 key.json`), or give the step the value it takes as it is',
        why: 'The login step decodes its secret with base64 (a service-account key that the step wants encoded, for example), and the value it was given is not base64: a JSON key stored as it is, a token, or a value with line breaks or quotes around it.',
        steps: [
          'Encode the file once, on one line: `base64 -w0 key.json` (macOS: `base64 -i key.json`), and store that output as the secret.',
          "Or check what the step takes: some take the key's JSON as it is (docker/login-action with `username: _json_key`), and decoding it there fails."
        ]
      },
      // attack-61 A61-08: CLI086
      'maven-settings': {
        title: "Maven's registry login is incomplete",
        error:
          'give the settings.xml server the plugin reads a username, a password and an email, or remove it',
        why: "docker-maven-plugin reads the registry's login from Maven's settings.xml (the `<server>` its `<serverId>` names) and needs all of username, password and email there, or none: one is missing.",
        steps: [
          "In `~/.m2/settings.xml` (or the file `-s` names), the `<server>` whose `<id>` is the plugin's `<serverId>`: set `<username>`, `<password>` and `<configuration><email>…</email></configuration>`, with secrets as `${env.NAME}`.",
          "Or remove that server (and the plugin's `<serverId>`), and run `docker login` before the build."
        ],
        docs: ['https://maven.apache.org/settings.html'],
        snippet: undefined
      },
      username: {
        title: 'The username is malformed',
        error:
          'set username to the plain account name: no line breaks, invisible characters, quotes, or unexpanded ${{ }} or $VAR text',
        why: 'The username is not what was meant: it holds a line break, an invisible or control character, quotes, or an expression or variable that was never expanded. The registry would refuse it.',
        steps: [
          'Write the input as `username: ${{ vars.NAME }}` (one $, no quotes) or as the plain account name.',
          'A `$VAR` in a `with:` block is not expanded by the runner: use `${{ env.VAR }}` or `${{ vars.NAME }}` instead.',
          'If the name comes from a variable or a secret, open it and save the value again without quotes, spaces or a trailing line break.'
        ],
        docs: [LINKS.githubVariables]
      },
      // attack-19 repro-04: a token in the username input
      'username-token': {
        title: 'A token is in the username input',
        error:
          'set username to the account name and password to the token (the two inputs look swapped)',
        why: "The username is shaped like a token, and {registry}'s username is the account's name. docker login names the username on its command line, where every process on the runner can read it, so the step did not run it with a token there. Where {registry} refused the pair, the two inputs are most likely swapped.",
        steps: [
          'Give the account name as `username` and the token as `password`: `username: ${{ vars.REGISTRY_USERNAME }}`, `password: ${{ secrets.REGISTRY_TOKEN }}`.',
          'Check that the secret named in `username` is not the token itself: open it (Settings → Secrets and variables → Actions) and keep the token in one secret, the name in a variable.'
        ],
        docs: [LINKS.githubSecrets, LINKS.githubVariables]
      }
    }
  },

  'invalid-credentials': {
    title: 'Incorrect username or password',
    error: 'check the username and the password or token for {registry}',
    why: '{registry} refused the username and password together: the password or token is wrong, expired or revoked, or the username is misspelled.',
    steps: [
      "Check the username and create a new token in {registry}'s web interface (see its documentation on access tokens).",
      'Update the repository secret (Settings → Secrets and variables → Actions) with the new value.'
    ],
    docs: [LINKS.login],
    snippet: REGISTRY_SNIPPET,
    cases: {
      // attack-62 (below its bar): QUAY009
      'account-disabled': {
        title: 'The account is disabled',
        error:
          'an administrator of {registry} re-enables the account, or log in with another (a robot account)',
        why: '{registry} refused the login because the account itself is disabled: no password or token of it is taken until an administrator enables it again.',
        steps: [
          "Ask {registry}'s administrators to enable the account again (Quay: Superuser Admin Panel → Users).",
          'Or log in with another account: a robot account made for the job.'
        ]
      },
      // attack-62 A62-09: ACR036
      'aml-sync-keys': {
        title: "The ML workspace's stored registry keys are out of date",
        error:
          'run az ml workspace sync-keys, then retry: the registry password changed since the workspace stored it',
        why: "Azure Machine Learning builds images with the registry's admin password it stored when the workspace was made; the password was regenerated since, and the stored one is refused. No credential of yours is used.",
        steps: [
          'Run `az ml workspace sync-keys --name WORKSPACE --resource-group GROUP`, then retry the build.',
          "Keep the registry's admin user enabled (`az acr update --name NAME --admin-enabled true`), which the workspace uses."
        ],
        docs: ['https://learn.microsoft.com/en-us/cli/azure/ml/workspace'],
        snippet: undefined
      },
      // docs/registries.md §13aaa (b): REG041
      'stored-identity-token': {
        title: 'The stored login is no longer valid',
        error:
          'docker logout {registry}, then log in again: the identity token kept from an earlier login was refused',
        why: 'At an earlier login, {registry} gave docker an identity token (a refresh token), which docker keeps in place of the password (`identitytoken` in the docker config, or its credential helper) and sends from then on. The registry refused it (OAuth `invalid_grant`): it was revoked or has expired, or its account is gone. A new password does not help while the stale token is sent.',
        steps: [
          '`docker logout {registry}`, then `docker login {registry}` again; in a job, the login step runs before the pull or push that failed.',
          'Where the error says the account does not exist (`no such account`), log in with an account that exists: it was removed or renamed.'
        ]
      },
      // docs/registries.md §13oo (b)
      clock: {
        title: "The runner's clock is off",
        error:
          "set the runner's clock right (`date -u`): the credential was refused for the time it was signed at",
        why: "The client signed a short-lived token with the machine's time, and the service read that time as too far from its own: Google's token endpoint answers `invalid_grant: Invalid JWT … reasonable timeframe` when the clock is off by minutes. The key itself is fine: a new one would be refused the same way.",
        steps: [
          'Compare the clock with the real time: `date -u` on the runner, or in the container the login ran in.',
          'On a self-hosted runner, turn time synchronisation on (`timedatectl set-ntp true`, chrony or ntpd); a virtual machine or container that was suspended keeps its old time until it resyncs.',
          'Run the job again once the clock is right.'
        ],
        docs: [
          'https://developers.google.com/identity/protocols/oauth2/service-account'
        ],
        // no login block: the credential in it is the right one
        snippet: undefined
      }
    }
  },

  'token-expired': {
    title: 'The access token has expired',
    error: 'generate a new access token and update the secret that holds it',
    why: '{registry} recognised the token, but it is past its expiration date.',
    steps: [
      "Create a new token in {registry}'s web interface or CLI (for Amazon ECR: aws ecr get-login-password, valid 12 hours).",
      'Update the repository secret that holds it, or fetch the token in the job right before logging in.'
    ],
    docs: [LINKS.login],
    cases: {
      // docs/registries.md §13aaa (i): REG042, a push that outlasted the
      // registry's bearer token
      'registry-token-ttl': {
        title: "The registry's token expired during the push",
        error:
          'raise the token lifetime of the registry, or make the push faster: a layer upload outlasted the token',
        why: "docker got a short-lived token from {registry}'s token service when the push began (the login itself is fine) and the registry refused it when a layer's upload went on past its expiry: GitLab's tokens last 5 minutes by default and 15 minutes on GitLab.com, and other token services set their own lifetime.",
        steps: [
          "Raise the lifetime on the registry's side: GitLab self-managed, Admin area → Settings → CI/CD → Container Registry → Authorization token duration (minutes); Harbor, Configuration → System Settings → Token Expiration (Minutes); another token service, its token lifetime setting.",
          'Where it cannot be raised (GitLab.com): make the upload faster, with smaller layers (split a large one), or a runner closer to the registry.',
          'Push again: layers already pushed are not sent again.'
        ],
        docs: [
          'https://docs.gitlab.com/user/packages/container_registry/authenticate_with_container_registry/'
        ],
        snippet: undefined
      },
      // attack-62 A62-01: AWS010
      'aws-sso-session': {
        title: "The AWS profile's SSO session has expired",
        error: 'run aws sso login --profile NAME, then get the ECR token again',
        why: 'The AWS CLI profile signs in through IAM Identity Center (SSO), and its session has ended: no ECR token could be asked for, and none expired.',
        steps: [
          'Run `aws sso login --profile <profile>` (it opens a browser: not for CI), then `aws ecr get-login-password --region <region> --profile <profile> | docker login --username AWS --password-stdin <host>`.',
          'In a workflow, use no SSO profile: aws-actions/configure-aws-credentials with `role-to-assume` (OIDC).'
        ]
      }
    }
  },

  'insufficient-scope': {
    title: 'The credential may not push there',
    error: 'grant the account or token push permission on the repository',
    why: 'The credential logs in, but the registry did not grant push on the repository: the token is read-only, or the namespace belongs to a user or organization this account cannot write to.',
    steps: [
      'Grant the account push (write) permission on the repository in {registry}, or use a token with a write scope (GitLab: write_registry; Harbor: a robot account with push permission).',
      'Update the repository secret with the new token.'
    ],
    docs: [LINKS.login],
    cases: {
      // attack-64: the login's own request refused, no repository named
      'login-scope': {
        title: 'The credential may not use this registry',
        error:
          'give the token read (pull) permission on the registry, and write permission to push',
        why: "{registry}'s token service knew the credential but refused it at login, which named no repository: the token lacks the scope or role the registry needs for any access.",
        steps: [
          "Check the token's scopes or role in {registry}: pulling needs read permission, pushing read and write; where a token's scopes cannot be edited, create a new one.",
          'Update the repository secret with the new token.'
        ]
      },
      // attack-63 A63-03: REG030
      'tags-list-denied': {
        title: "The credential may not list the repository's tags",
        error:
          'a tags list was refused, not a pull: give the account the right to list images in the repository',
        why: '{registry} refused to list the tags of a repository the tool named (skopeo list-tags, inspect or sync), while the credential may still pull by tag: listing is a right of its own on some registries.',
        steps: [
          'Amazon ECR: allow `ecr:ListImages` (and `ecr:DescribeImages`) on arn:aws:ecr:<region>:<account>:repository/<name>.',
          'Elsewhere: read (pull) permission on the repository (Artifact Registry Reader; a Harbor robot with List Artifact and Pull); or give the tool the tag or digest, which reads only the manifest.'
        ]
      },
      // docs/registries.md §13aaa (c): ECR015
      'service-principal-policy': {
        title:
          "The repository's policy does not let the AWS service read the image",
        error:
          'add a statement for the service principal the error names to the ECR repository policy (Permissions)',
        why: 'An AWS service (SageMaker, Lambda, CodeBuild…) reads the image with its own service principal, not with any docker login: the ECR repository policy must allow that principal the actions the error lists. Nothing in the job can stand in for it.',
        steps: [
          'ECR console → Repositories → the repository → Permissions → Edit policy JSON: add a statement with `"Principal": {"Service": "<the service principal the error names, e.g. sagemaker.amazonaws.com>"}` and `"Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]`.',
          'With the CLI: `aws ecr get-repository-policy --repository-name REPO` first, then `aws ecr set-repository-policy --repository-name REPO --policy-text file://policy.json` with the old statements and the new one: set replaces the whole policy.',
          "Retry the service's action (the model, the function, the build): no new login is needed."
        ],
        docs: [
          'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html'
        ],
        snippet: undefined
      },
      // attack-62 (below its bar): GL003
      'protected-path': {
        title: 'The container repository path is protected',
        error:
          'push as a user whose role the protection rule allows (Maintainer or higher by default), or change the rule',
        why: "The project protects this container repository path (Settings → Packages and registries → Protected container repositories), and the token's user has a role below the one the rule asks to push.",
        steps: [
          "Push with a token of a user whose role the rule allows (the rule's Minimum access level for push: Maintainer, Owner or Admin).",
          'Or a Maintainer changes the rule (Settings → Packages and registries → Protected container repositories).'
        ]
      },
      // attack-62 (below its bar): HBR009, QUAY015
      'namespace-create-denied': NAMESPACE_CREATE_DENIED,
      // attack-61 A61-04: CLI023
      'signing-denied': {
        title: 'The trust server refused to sign the image',
        error:
          'the push went through, its signing was refused: give the account the right to sign, or unset DOCKER_CONTENT_TRUST',
        why: "The layers and the manifest were pushed; then docker, with content trust on (DOCKER_CONTENT_TRUST=1), asked the registry's trust server (notary) to sign the tag, and it answered 401: the account may push but not sign.",
        steps: [
          "Give the account the right to sign this repository on the registry's trust server (on ACR: the AcrImageSigner role, with content trust enabled under Policies).",
          'Or unset DOCKER_CONTENT_TRUST for this push, if the image need not be signed.'
        ]
      },
      // attack-61 A61-05, attack-62 A62-06: REG012, GL008
      'api-scope': {
        title: "The token may not use GitLab's API",
        error:
          "a tool's request to GitLab's REST API (/api/v4/) was refused: give the token the read_api (or api) scope",
        why: "A tool (the VS Code Docker extension, a release or clean-up script) asked GitLab's REST API, not its registry, and GitLab refused the token's scopes: read_registry and write_registry do not reach the API.",
        steps: [
          "Create a token with `read_api` (`api` to write through the API) besides the registry scopes it needs: a token's scopes cannot be changed.",
          'A CI_JOB_TOKEN reaches only a few API endpoints: use a project access token for the others.'
        ],
        docs: ['https://docs.gitlab.com/user/profile/personal_access_tokens/'],
        snippet: undefined
      },
      // docs/registries.md §13f (d): a read refused (a pull, or a push's reads)
      'read-denied': {
        title: 'The pull may not read the repository',
        error:
          'log in where the pull runs, with an account that may read the repository; check the image name',
        why: '{registry} refused to let the request read the repository. A pull that carried no login for {registry} is refused so (a job, a kubelet or a tool without that login), as is a credential without read permission there (a push reads too), or a name no repository has.',
        steps: [
          PULL_LOGIN_STEP,
          "A tool that pulls by itself (buildah, skopeo, crane, Kaniko, Helm) reads its own auth file or config, not always docker's.",
          'Grant the account read (pull) permission on the repository in {registry}, or use a token with a read scope (GitLab: read_registry; Harbor: a robot account with Pull; Quay: a robot with Read); pushing needs write as well.',
          'Check the image name, character for character.'
        ]
      },
      // attack-37 repro-04: a tool's listing refused (the catalog), which
      // pulls and pushes do not need
      'list-denied': {
        title: 'The credential may not list the registry',
        error:
          'a listing was refused, not a pull or a push: give the account the right to list, or open repositories by name',
        why: "A tool that browses {registry} (an editor's registry view, a registry UI, a mirroring script) asked it to list its repositories (GET /v2/_catalog) and was refused. Listing is a right of its own: an account that may pull and push may still not list, and `docker login`, pulls and pushes with the same credential work.",
        steps: [
          'Give the account the right to list the catalog, where {registry} has one: a registry behind a token service grants it as the scope registry:catalog:*; Harbor lists it for system administrators and robot accounts with the catalog permission only.',
          'Or open the repositories by name (<registry>/<namespace>/<repository>) in the tool, which needs read permission only.'
        ]
      }
    }
  },

  'login-locked-out': {
    title: 'Login locked after too many failed attempts',
    error:
      'wait for the lockout the registry names to end before one more attempt; do not retry in a loop',
    why: '{registry} refuses logins after too many failed attempts, for a while; every attempt in the meantime, retries included, may count again.',
    steps: [
      'Stop the jobs and retry loops that log in with this credential.',
      'Fix the credential first, then re-run once, after the lockout period {registry} names in its answer (often about 15 minutes).'
    ],
    docs: [LINKS.login]
  },

  'rate-limited': {
    title: 'Rate limit reached',
    error: 'wait for the rate limit of {registry} to reset, then re-run',
    why: '{registry} answered 429 Too Many Requests.',
    steps: [
      'Wait before re-running; a Retry-After header, when present, says how long.',
      'Reduce concurrent jobs that pull from or log in to {registry}.'
    ],
    docs: [LINKS.login],
    cases: {
      // docs/registries.md §10: a proxy's or mirror's own 429
      proxy: {
        title: "A proxy's or mirror's rate limit",
        error:
          "the limit is the proxy's or mirror's, not the registry's: wait and re-run, or have its operators raise it",
        why: "A proxy, pull-through cache or registry mirror between the runner and the registry answered 429 Too Many Requests itself: its own cap (on requests, or on its connections to the upstream registry), or the upstream limit on the proxy's own address or account. The credential this job logs in with is not the cause, and another one would not help.",
        steps: [
          'Wait before re-running; a Retry-After header, when present, says how long.',
          'Ask the operators of the proxy or mirror to raise its limit, or to log it in to the upstream registry with an account of its own.',
          'Pull less through it: cache images between jobs, run fewer jobs at once, and prefer fixed tags over tags that move, such as latest.'
        ],
        docs: [LINKS.actionReadme]
      },
      // attack-38 repro-03: a tool's own request to the registry's web API
      'api-rate-limit': {
        title: "The web API's rate limit, not the registry's",
        error:
          "a tool's request to {registry}'s web API hit its rate limit: wait for the reset, or authenticate the tool",
        why: "A tool asked the web API of {registry}'s host (not its registry endpoint, which docker login, pulls and pushes use) and was refused for its rate limit. Such limits count per hour and per account or address; the registry itself may take the same credential.",
        steps: [
          "Wait for the limit to reset: the API's answer names when (GitHub: the x-ratelimit-reset header, a Unix time).",
          'Give the tool a token, which has a higher limit than anonymous requests, and run fewer jobs that call the API at once.'
        ]
      }
    }
  },

  'registry-unreachable': {
    title: 'Registry unreachable',
    error:
      'check the registry address and the runner network, then re-run the job',
    why: 'No usable answer came from {registry}: a DNS, connection, TLS or timeout error, or a server error (5xx). Nothing is known yet about the credential.',
    steps: [
      'Check the `registry` input: the host of the registry, such as docker.io or ghcr.io.',
      'Check the status page for an outage, then re-run.',
      'On self-hosted runners, check the proxy (HTTPS_PROXY), the firewall and, for x509 errors, the CA certificates.',
      'On a slow network, raise the `timeout` or `retries` inputs.'
    ],
    docs: [LINKS.login],
    cases: {
      // attack-61 (below its bar): NET008
      'tls-to-http-port': {
        title: 'docker spoke TLS to a port that answers plain HTTP',
        error:
          'write an HTTP proxy as http:// in HTTPS_PROXY, or give the registry TLS (insecure-registries only for a plain-HTTP one)',
        why: 'docker began a TLS handshake and the other end answered in plain HTTP: an HTTP proxy written `https://…` in HTTPS_PROXY (the `proxyconnect tcp` form of the error), or a registry port that serves HTTP.',
        steps: [
          "With `proxyconnect tcp` in the error: write the proxy as `http://host:port` in HTTPS_PROXY (and in the daemon's proxy settings), as most proxies take the tunnel over plain HTTP.",
          "Otherwise the registry's port serves plain HTTP: give it TLS, or add host:port to the daemon's `insecure-registries` (/etc/docker/daemon.json) and restart docker."
        ],
        docs: ['https://docs.docker.com/engine/daemon/proxy/'],
        snippet: undefined
      },
      // attack-62 A62-05: GL010
      'registry-disabled': {
        title: 'This GitLab has no container registry',
        error:
          'its administrator enables the container registry, or set registry to the host of the GitLab that has one',
        why: 'GitLab answered for {registry} that its container registry is not enabled ("registry not enabled"): nothing is down, no network is in the way and no credential was refused.',
        steps: [
          "The instance's administrator enables it: `registry_external_url 'https://registry.example.com'` in /etc/gitlab/gitlab.rb, then `sudo gitlab-ctl reconfigure` (Helm chart: `registry.enabled`).",
          "Check that `registry` is the registry's host (the project's Deploy → Container Registry page shows it), not another GitLab's."
        ],
        docs: [
          'https://docs.gitlab.com/administration/packages/container_registry/'
        ],
        snippet: undefined
      },
      // attack-62 A62-07: GEN008
      'http-to-https-port': {
        title: "docker spoke plain HTTP to the registry's HTTPS port",
        error:
          "take {registry} out of the daemon's insecure-registries so that docker uses HTTPS",
        why: "The server at {registry} speaks TLS, and docker sent it plain HTTP: the host:port is in the daemon's `insecure-registries`, which makes docker try HTTP there.",
        steps: [
          "Remove the host:port from `insecure-registries` in the daemon's /etc/docker/daemon.json (Docker Desktop: Settings → Docker Engine) and restart docker; a private CA goes in /etc/docker/certs.d/<host:port>/ca.crt.",
          'Or, if the registry serves HTTP on another port, name that port.'
        ],
        docs: ['https://docs.docker.com/reference/cli/dockerd/'],
        snippet: undefined
      },
      // attack-61 A61-07: NET020
      'mirror-allowlist': {
        title: 'The mirror does not carry this image',
        error:
          "pull the image from its own registry, or ask for it on the mirror's allowlist",
        why: '{registry} answered as a mirror that serves only the images on its allowlist, and this image is not on it: nothing is down and no credential was refused.',
        steps: [
          "Pull the image from the registry it comes from (drop the mirror's host from the image name, or from the daemon's `registry-mirrors`).",
          'Or ask for it on the allowlist the answer links, and pull through the mirror once it is added.'
        ],
        docs: ['https://github.com/DaoCloud/public-image-mirror'],
        snippet: undefined
      },
      // attack-69 A69-02: the proxy failed before the registry was reached
      // (Go: "proxyconnect tcp: …" when it cannot reach the proxy, the
      // CONNECT's status text when the proxy refuses the tunnel; net/http
      // transport.go dialConn; docs/registries.md §9.1)
      'proxy-unreachable': {
        title: 'The proxy failed, not the registry',
        error:
          'check HTTPS_PROXY and NO_PROXY, or have the proxy allow the registry: it was not reached or refused the tunnel',
        why: 'The requests to {registry} go through the proxy in HTTPS_PROXY or https_proxy ({proxy}), and the proxy failed first: it refused the connection, its name did not resolve, or it answered the tunnel request (CONNECT) with an error status. Nothing is known yet of the registry or the credential; docker goes through a proxy too, and says `proxyconnect tcp` when it cannot reach it.',
        steps: [
          "Check HTTPS_PROXY (and https_proxy) for the job: the proxy's host and port, written `http://host:port`, reachable from this runner.",
          "If the proxy answered 403, its allow list leaves out the registry: ask its administrators to allow {registry} and the hosts its tokens and layers come from (a registry's token service and blob storage may be other hosts), or exempt them with NO_PROXY where the network allows a direct connection.",
          "If it answered 502, 503 or 504, the proxy could not reach {registry}: check the registry's status page and the proxy's health, then re-run."
        ],
        docs: ['https://docs.docker.com/engine/daemon/proxy/']
      },
      // attack-70 A70-03: NET034, the daemon's own proxy
      'daemon-proxy': {
        title: "docker's daemon could not reach its proxy",
        error:
          "fix the daemon's proxy (its systemd drop-in, daemon.json's proxies, or Docker Desktop's settings), then restart docker",
        why: 'The error came from the docker daemon ("Error response from daemon"), which reaches registries through its own proxy settings, not the job\'s or the shell\'s HTTPS_PROXY, and could not reach that proxy ("proxyconnect tcp: dial tcp"): it is down, misspelt, or set where it should not be.',
        steps: [
          "See the daemon's proxy: `sudo systemctl show docker --property Environment`; fix or remove /etc/systemd/system/docker.service.d/http-proxy.conf, then `sudo systemctl daemon-reload && sudo systemctl restart docker`.",
          'Or its daemon.json (Docker 23 and later): `"proxies": {"http-proxy": …, "https-proxy": …, "no-proxy": …}` in /etc/docker/daemon.json, then restart docker.',
          'Docker Desktop: Settings → Resources → Proxies, then Apply & restart.',
          "HTTPS_PROXY in the job or the shell is the docker command line's and this step's, not the daemon's."
        ],
        docs: ['https://docs.docker.com/engine/daemon/proxy/']
      },
      'tls-unknown-authority': {
        title: "The registry's certificate is from an untrusted authority",
        error:
          "put the registry's CA in docker's certs.d (Linux: /etc/docker/certs.d/{registry}/ca.crt)",
        why: "{registry} answered over TLS with a certificate signed by an authority that neither the system nor docker's certs.d directory for the registry holds: a private or self-signed CA.",
        steps: [
          "Get the registry's CA certificate (PEM) from its administrators.",
          'On the runner, save it as /etc/docker/certs.d/{registry}/ca.crt (the directory is named host[:port] exactly as in `registry`); docker reads it when it logs in, and so does this step. A rootless docker reads ~/.config/docker/certs.d/ instead.',
          'Or add it to the system store (`/usr/local/share/ca-certificates/` and `update-ca-certificates` on Debian and Ubuntu), which docker reads too; for this step alone, NODE_EXTRA_CA_CERTS names a PEM file.',
          "On a Windows runner: C:\\ProgramData\\docker\\certs.d\\{registry}\\ca.crt with the port's colon left out (host5000), or the machine's Trusted Root Certification Authorities; on macOS with Docker Desktop: ~/.docker/certs.d/{registry}/ca.crt, or the Keychain, then restart Docker Desktop. This step reads them too (the OS store from Node 22.15 on; the action runs on node24)."
        ],
        docs: [
          'https://docs.docker.com/engine/security/certificates/',
          LINKS.actionReadme
        ]
      },
      'tls-name-mismatch': {
        title: "The registry's certificate is for another name",
        error:
          'use a name its certificate was issued for, or give it a certificate for {registry}',
        why: '{registry} answered over TLS with a certificate issued for other names: the `registry` input names it by an address or alias the certificate does not list, or something else answers at that address.',
        steps: [
          "Check the names the certificate covers: `openssl s_client -connect <host>:443 -servername <host> </dev/null | openssl x509 -noout -ext subjectAltName` (the registry's port in place of 443 if {registry} names one; without a port, openssl connects to 4433).",
          'Set `registry` to one of those names, or ask for a certificate whose subjectAltName includes the name you log in to.'
        ],
        docs: ['https://docs.docker.com/engine/security/certificates/']
      },
      'tls-expired': {
        title: "The registry's certificate has expired",
        error: "renew the registry's certificate, or check the runner's clock",
        why: "{registry} answered over TLS with a certificate outside its validity period: it has expired (or is not valid yet, when the runner's clock is wrong).",
        steps: [
          "Ask the registry's administrators to renew its certificate.",
          'On a self-hosted runner, check the clock (`date -u`) and its time synchronisation.'
        ],
        docs: ['https://docs.docker.com/engine/security/certificates/']
      },
      'blob-storage': {
        title: "The registry's storage refused a layer download",
        error:
          "let the runner reach the registry's storage host (the URL the 403 came from) through its firewall or proxy",
        why: '{registry} accepted the request and sent the client to its storage host (a CDN or cloud storage) for a layer, and that host answered 403 Forbidden. A firewall, proxy or sandbox policy that lets the registry through but not its storage host answers so, as does a download link signed for a short time that arrived late (a slow proxy, a wrong clock). The credential was accepted: another one would not help.',
        steps: [
          "Allow the storage host named in the error (the URL the 403 came from) through the runner's firewall, proxy or network policy, as well as {registry}.",
          ...BLOB_STORAGE_CHECKS
        ]
      },
      'not-a-registry': {
        title: 'The registry answered with a web page',
        error:
          "check the registry address and the runner's network: a web page answers where the registry should",
        why: '{registry} answered like a web server, not a registry (an HTML page, 404 Not Found for /v2/, or a redirect from /v2/ to a sign-in page), where a registry answers with JSON or a challenge: the address or port of a web interface, a captive portal, a proxy that wants a login, or another web server at that address. A login there is no login to the registry.',
        steps: [
          'Check the `registry` input: a registry host such as ghcr.io, not the address of its web interface (Nexus and Artifactory serve Docker on a connector port or a path of their own).',
          'On self-hosted runners, check the proxy and firewall: a portal or a proxy login page intercepts the requests.',
          'Open https://{registry}/v2/ from the runner: a registry answers 401 with a WWW-Authenticate header, or 200 with {}.'
        ]
      },
      // docs/registries.md §13tt (b): NET017, GitHub's wording, whatever
      // the registry the job logs in to
      'ip-allow-list': {
        title: "GitHub's IP allow list refuses this runner",
        error:
          "add this runner's address to the organization's IP allow list, or run the job from an allowed address",
        why: 'GitHub refused the request because the organization has an IP allow list that does not hold this runner\'s address ("your IP address is not permitted to access this resource"), even with a right credential. The list guards the organization\'s private resources: its repositories, its API and its packages.',
        steps: [
          "Organization Settings → Authentication security → IP allow list: add the runner's address or range (an organization owner).",
          "GitHub-hosted runners change address from job to job: use GitHub's larger runners with static addresses, or a self-hosted runner whose address is on the list.",
          'A GitHub App can bring its own allow list: "Enable IP allow list configuration for installed GitHub Apps" on the same page.'
        ],
        docs: [
          'https://docs.github.com/en/enterprise-cloud@latest/organizations/keeping-your-organization-secure/managing-security-settings-for-your-organization/managing-allowed-ip-addresses-for-your-organization'
        ]
      },
      // docs/registries.md §13tt (b): GAR054, Google Cloud's wording
      'vpc-service-controls': {
        title: 'VPC Service Controls refuses this runner',
        error:
          'add an ingress rule or access level for this runner to the perimeter, or run the job inside it',
        why: 'Google Cloud refused the request because a VPC Service Controls perimeter around the project does not let in requests from this runner\'s address or identity ("Request is prohibited by organization\'s policy"). The credential was not the reason: another one would not help.',
        steps: [
          "Give the error's vpcServiceControlsUniqueIdentifier to the perimeter's administrator: it finds the denial in the project's audit logs (VPC Service Controls troubleshooter).",
          "Allow the runner in: an ingress rule for the identity the job logs in with, or an access level with the runner's IP range (GitHub-hosted runners change address; a self-hosted runner inside the perimeter's network, or GitHub's larger runners with static addresses, have fixed ones).",
          'Images of Google-managed repositories must also be on the list of services the perimeter supports (Artifact Registry `artifactregistry.googleapis.com`, Container Registry `containerregistry.googleapis.com`).'
        ],
        docs: [
          'https://cloud.google.com/vpc-service-controls/docs/troubleshooting',
          'https://cloud.google.com/artifact-registry/docs/securing-with-vpc-sc'
        ]
      }
    }
  },

  'proxy-authentication-required': {
    title: 'The proxy wants credentials',
    error:
      "give the proxy's username and password in HTTPS_PROXY (http://user:password@{proxy}), which docker uses too",
    why: "The requests to {registry} go through the proxy {proxy} (HTTPS_PROXY), which answered 407 Proxy Authentication Required. docker login goes through a proxy too (the daemon's proxy settings, usually this same proxy), so it would be refused the same way; it was not run.",
    steps: [
      "Get the proxy's credentials from the network's administrators, and store the password as a secret.",
      'Set HTTPS_PROXY (and HTTP_PROXY) for the job with them: `env: HTTPS_PROXY: http://${{ vars.PROXY_USER }}:${{ secrets.PROXY_PASSWORD }}@proxy.example:3128` (URL-encode special characters in the password).',
      'Or exempt the registry from the proxy, where the network allows it: NO_PROXY={registry}.'
    ],
    docs: [
      'https://docs.docker.com/engine/cli/proxy/',
      'https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners'
    ],
    cases: {
      // attack-69 A69-04: credentials went, and were refused
      'proxy-credentials-refused': {
        title: 'The proxy refused its credentials',
        error:
          'check the user, the password and their URL-encoding in HTTPS_PROXY; a proxy that takes only NTLM needs a local relay (cntlm, px)',
        why: 'The requests to {registry} go through the proxy in HTTPS_PROXY ({proxy}), whose URL holds a user and password, and the proxy answered 407 Proxy Authentication Required to them. Either they are wrong, or not URL-encoded (`@ : / % #` in a password are written %40 %3A %2F %25 %23), or the proxy takes only Windows-integrated authentication (NTLM, Negotiate/Kerberos), which neither docker nor this step speaks: both send Basic credentials only.',
        steps: [
          "Check the user and password in the proxy's URL, URL-encoded: `env: HTTPS_PROXY: http://${{ vars.PROXY_USER }}:${{ secrets.PROXY_PASSWORD }}@proxy.example:3128`, with the secret stored URL-encoded; a domain user is written `DOMAIN%5Cuser`.",
          'If the proxy takes only NTLM or Negotiate (`curl -v -x http://{proxy} https://{registry}/v2/` shows `Proxy-Authenticate: NTLM` or `Negotiate` and no `Basic`), run an authenticating relay such as cntlm or px on the runner and set HTTPS_PROXY to it (http://127.0.0.1:3128), or ask for a Basic account.',
          'Or exempt the registry from the proxy, where the network allows it: NO_PROXY={registry}.'
        ]
      },
      'proxy-not-set': {
        error:
          'set HTTPS_PROXY to the proxy of this network, with its credentials (http://user:password@proxy:port)',
        why: "Something at the address of {registry} answered 407 Proxy Authentication Required, and no proxy is set for this step (HTTPS_PROXY): the runner's network has a proxy that wants credentials, or a proxy stands at that address.",
        steps: [
          "Ask the network's administrators for the proxy's address and credentials.",
          'Set HTTPS_PROXY (and HTTP_PROXY) for the job: `env: HTTPS_PROXY: http://${{ vars.PROXY_USER }}:${{ secrets.PROXY_PASSWORD }}@proxy.example:3128`.',
          'Check the `registry` input: it must be the registry, not a proxy.'
        ]
      }
    }
  },

  'credential-store-error': {
    title: 'The docker credential helper failed',
    error:
      'install the credential helper named in the docker config, or remove its credsStore entry',
    why: 'docker login reached the registry, but storing or reading the credential through the configured helper (docker-credential-…) failed: the helper is not installed, or it cannot reach its keychain.',
    steps: [
      'Look up `credsStore` and `credHelpers` in the docker config on the runner ($DOCKER_CONFIG/config.json, by default ~/.docker/config.json).',
      'Install the named helper (docker-credential-<name>) on PATH, or remove the entry so that docker stores the login in config.json, as on GitHub-hosted runners.',
      'On headless Linux, the secretservice helper needs a D-Bus session; on macOS, the keychain must be unlocked.'
    ],
    docs: [LINKS.credentialStores],
    cases: {
      // attack-61 A61-03: CLI053, CLI091
      'kubelet-provider': {
        title: "The kubelet's image credential provider failed",
        error:
          "fix the provider plugin the kubelet's credential provider config names: the pull went without a credential",
        why: "The kubelet asks an image credential provider plugin (ecr-credential-provider, the AKS or GKE one) for {registry}'s credential; the plugin is missing, not executable, or failed. No docker login runs there and no docker config is read.",
        steps: [
          "On the node, read the kubelet's `--image-credential-provider-config` file and `--image-credential-provider-bin-dir`: the plugin the config names must be in that directory and executable (for ECR, `ecr-credential-provider` from cloud-provider-aws, not `docker-credential-ecr-login`).",
          "Check that its `matchImages` covers {registry}, and that the node's identity may pull from it (ECR: AmazonEC2ContainerRegistryReadOnly on the node role)."
        ],
        docs: [
          'https://kubernetes.io/docs/tasks/administer-cluster/kubelet-credential-provider/'
        ],
        snippet: undefined
      },
      // attack-61 A61-09: CLI092
      'auth-file-malformed': {
        title: 'The containers auth file is not valid JSON',
        error:
          'fix or move aside the auth.json the error names, then log in again',
        why: 'podman, buildah and skopeo keep their logins in an auth file (`${XDG_RUNTIME_DIR}/containers/auth.json`, or the file `--authfile` or REGISTRY_AUTH_FILE names), and the one the error names is not valid JSON: no credential helper is involved.',
        steps: [
          '`jq . <the file>` shows where it breaks: fix it there.',
          'Or move it aside (`mv <the file> <the file>.bak`) and log in again to each registry it held.'
        ],
        docs: [
          'https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md'
        ],
        snippet: undefined
      },
      'credential-helper': {
        title: 'The docker credential helper {helper} failed',
        error:
          'install or repair it ({setting} in {config}/config.json), or remove that setting',
        why: 'docker login reached the registry, but {helper}, the credential helper that {setting} in the docker config names, failed to store or read the credential: it is not installed, or it cannot reach its keychain.',
        steps: [
          'Run `{helper} list` on the runner: it must be on PATH and answer without an error.',
          'Install or repair it, or remove {setting} from {config}/config.json so that docker stores the login in config.json, as on GitHub-hosted runners.',
          'On headless Linux, the secretservice helper needs a D-Bus session; on macOS, the keychain must be unlocked.'
        ]
      },
      // docs/registries.md §13rr (w): config.json another user owns
      'config-unreadable': {
        title: 'The docker config cannot be read',
        error:
          "chown config.json to the runner's user, or set DOCKER_CONFIG to its own folder: docker would rewrite it and drop what it holds",
        why: '{config}/config.json cannot be read by the user the job runs as (a file a `sudo docker login` left, owned by root with mode 0600). docker warns, goes on with an empty config and writes the file anew with its one login, so every login, credential helper and setting in it would be lost: docker was not run on it.',
        steps: [
          'See who owns it: `ls -l {config}/config.json`; give it to the runner\'s user: `sudo chown "$(id -u):$(id -g)" {config}/config.json`, keeping what it holds.',
          "Or set `DOCKER_CONFIG` to a folder the runner's user owns (under its temporary directory): the login then goes there, and the other file is left alone."
        ]
      },
      // docs/registries.md §13rr (v): a helper that only reads
      'helper-read-only': {
        title: 'The credential helper cannot store logins',
        error:
          'remove it from config.json for this registry, or for ecr-login set AWS_ECR_IGNORE_CREDS_STORAGE=true',
        why: '{helper}, which {setting} in {config}/config.json names, answered "not implemented" when docker login asked it to store the credential: it only reads credentials (the Amazon ECR helper makes its own from the AWS credentials of the machine), so no login can be stored through it.',
        steps: [
          'Amazon ECR with the ecr-login helper: the helper already logs docker in from the AWS credentials; skip this login for that registry, or set `AWS_ECR_IGNORE_CREDS_STORAGE: true` in the job so that the helper accepts docker login and logout and ignores them (amazon-ecr-credential-helper 0.9.0 or later).',
          'Or remove {setting} from {config}/config.json for this registry, so that docker stores the login in config.json.'
        ]
      },
      // docs/registries.md §13aaa (j): docker's default store on a Windows
      // runner (attack-66 A66-01)
      'default-helper-windows': {
        title: "Windows' credential store refused the login",
        error:
          'a token too long for wincred (ECR): make docker keep it in config.json, with a config that holds a login entry',
        why: 'No credsStore is set and the docker config held no login, so docker stored the login with {helper}, Windows\' credential store, which is on PATH (GitHub\'s Windows runners install it). It takes a secret of at most 2560 bytes, and ECR and ECR Public tokens are often longer: "The stub received bad data."',
        steps: [
          'Before this step, give docker a config that already holds a login entry, so that it picks no default store: write `{"auths":{"https://index.docker.io/v1/":{}}}` to config.json in %USERPROFILE%\\.docker, or in a folder DOCKER_CONFIG names.',
          'Or name a helper for that registry that takes long tokens (`credHelpers`: `ecr-login` for ECR), or take docker-credential-wincred.exe off PATH on a self-hosted runner.',
          'Run `docker-credential-wincred list` to see whether the store answers at all.'
        ]
      },
      // docs/registries.md §13aaa (j): docker's default store on macOS
      'default-helper-macos': {
        title: 'The macOS keychain refused the login',
        error:
          'unlock the login keychain where docker logs in, or make docker keep the login in config.json (a config that holds a login entry)',
        why: 'No credsStore is set and the docker config held no login, so docker stored the login with {helper}, the macOS keychain, which is on PATH: the keychain is locked, or the session cannot show its prompt (a runner started by launchd or over SSH: "User interaction is not allowed.").',
        steps: [
          '`security unlock-keychain -p "$KEYCHAIN_PASSWORD" ~/Library/Keychains/login.keychain-db` before the login, in the same session.',
          'Or, before this step, write `{"auths":{"https://index.docker.io/v1/":{}}}` to ~/.docker/config.json (or the folder DOCKER_CONFIG names): docker then picks no default store and keeps the login in the file.',
          'Run `docker-credential-osxkeychain list` to see whether the keychain answers.'
        ]
      },
      // docs/registries.md §13rr (u): no credsStore set, so docker used
      // the helper it finds on PATH (DetectDefaultStore)
      'default-helper': {
        title: "docker's default credential helper failed",
        error:
          'no credsStore is set, so docker used the helper on PATH: give it a D-Bus session or `pass init`, or uninstall it',
        why: 'No credsStore or credHelpers entry in {config}/config.json names a helper, so docker picked its own: on Linux docker-credential-pass when pass is installed too, else docker-credential-secretservice; on macOS osxkeychain, on Windows wincred, each when installed. {helper} failed to store the login: secretservice needs a D-Bus session and an unlocked keyring, pass an initialised password store.',
        steps: [
          'Run `{helper} list` on the runner: it must answer without an error.',
          'secretservice on a headless runner: run docker login and the commands after it inside one D-Bus session with an unlocked keyring (`dbus-run-session -- sh -c \'printf "" | gnome-keyring-daemon --unlock && docker login …\'`: the session ends with that command), or uninstall the helper (`sudo apt-get remove golang-docker-credential-helpers`) so that docker stores the login in config.json, as on GitHub-hosted runners.',
          'pass: initialise its store for the runner user (`gpg --generate-key`, then `pass init <key id>`), or uninstall docker-credential-pass.'
        ]
      },
      // docs/registries.md §0: docker reads a config it cannot parse as
      // empty, and writes it anew with its one login
      'config-malformed': {
        title: 'The docker config is not valid JSON',
        error:
          'fix or remove the docker config file (config.json): docker would write it anew and drop the other logins it holds',
        why: '{config}/config.json is not a JSON object (a trailing comma, a byte-order mark, a file cut short…). docker reads such a file as empty and writes it anew with its one login, so every other login, credential helper and setting in it would be lost: docker was not run on it.',
        steps: [
          'Find the first error: `python3 -m json.tool {config}/config.json` (or `jq . {config}/config.json`).',
          'Fix the file by hand, or move it aside (`mv {config}/config.json {config}/config.json.bak`) and log in again to each registry it held.',
          'Or give the job a docker config of its own: set DOCKER_CONFIG to a new directory, for example ${{ runner.temp }}/docker-config.'
        ]
      },
      // docs/registries.md §13n: docker stopped before it ran the login
      'docker-context': {
        title: "docker's current context does not exist",
        error:
          'switch docker to a context that exists (docker context use default), or unset DOCKER_CONTEXT',
        why: 'docker could not start: the context it was told to use (currentContext in {config}/config.json, the DOCKER_CONTEXT variable, or --context) is not among the contexts under {config}/contexts. The login never reached the registry; the credential was not tried.',
        steps: [
          'List the contexts docker knows: `docker context ls`.',
          'Switch to one that exists: `docker context use default`, or remove `currentContext` from {config}/config.json.',
          'If the job sets DOCKER_CONTEXT, set it to an existing context or remove it; a context created in another job, or with another DOCKER_CONFIG, does not carry over.'
        ]
      },
      'config-file': {
        title: 'docker could not save the login',
        error:
          'make {config} writable, or set DOCKER_CONFIG to a writable directory',
        why: 'docker login reached the registry, but could not write {config}/config.json, where it keeps logins when no credential helper is configured: the directory is read-only, cannot be created, or the disk is full.',
        steps: [
          'Check that {config} (DOCKER_CONFIG, by default ~/.docker) is a writable directory for the user the job runs as.',
          'Or set DOCKER_CONFIG for the job to a writable directory, for example ${{ runner.temp }}/docker-config.'
        ]
      },
      // docs/registries.md §13pp (d): docker's save renames its new file
      // over config.json, which a directory refuses
      'config-directory': {
        title: 'The docker config file is a directory',
        error:
          'remove the directory {config}/config.json, or mount the file itself (a mount of a missing file makes a directory)',
        why: "docker login reached the registry, but {config}/config.json, where it keeps logins when no credential helper is configured, is a directory, so the login could not be saved. A bind mount (`-v ~/.docker/config.json:…`, a container job's volume) of a file the host does not have creates an empty directory in its place.",
        steps: [
          'Remove the directory if it is empty: `rmdir {config}/config.json`, then log in again.',
          'In a container or a container job, mount a file that exists on the host, or mount the whole docker config directory instead of config.json.',
          'Or set DOCKER_CONFIG for the job to a directory of its own, for example ${{ runner.temp }}/docker-config.'
        ]
      },
      // docs/registries.md §13nn (e): containers-auth.json(5)
      'auth-file': {
        title: 'The login could not create its auth file',
        error:
          'create $XDG_RUNTIME_DIR/containers or set REGISTRY_AUTH_FILE to a writable file (the auth.json of podman, buildah and skopeo)',
        why: 'podman, buildah and skopeo keep logins in ${XDG_RUNTIME_DIR}/containers/auth.json (without XDG_RUNTIME_DIR, in /run/containers/<uid>), and the login could not create that folder: XDG_RUNTIME_DIR names a directory that does not exist for this user (after `su` or `sudo -E`, or in a container), or the user may not write it. The registry was not the cause.',
        steps: [
          'Create the folder for the user that logs in: `mkdir -p "$XDG_RUNTIME_DIR/containers"`, or unset a XDG_RUNTIME_DIR that belongs to another user (`sudo` without `-E`, a login shell after `su -`).',
          'Or give the auth file a writable place: `--authfile ~/.config/containers/auth.json` on login, pull and push, or REGISTRY_AUTH_FILE for all of them.'
        ],
        docs: [
          'https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md'
        ]
      }
    }
  },

  unknown: {
    title: 'Login failed for an unrecognised reason',
    error: "read the registry's answer quoted in the evidence",
    why: 'The registry or the docker CLI answered with a wording this action does not know yet; the evidence quotes it.',
    steps: [
      'Read the quoted answer in the evidence: registries usually name the problem.',
      'Re-run once in case it was transient.',
      'Report the wording (never the secret) so it can be recognised.'
    ],
    docs: [LINKS.login, LINKS.actionReadme],
    cases: {
      'after-accepted': {
        title:
          'docker login failed although the registry accepted the credential',
        error:
          're-run the job; if it fails again, check that docker reaches the same registry as this step (proxy, mirror, DNS)',
        why: "The preflight's token request with this very credential was accepted by {registry} moments before, so docker login's refusal does not mean the credential is wrong: most likely the registry failed for a moment, or docker reached it another way (a proxy, a registry mirror, another address).",
        steps: [
          'Re-run the job: a passing failure of the registry does not come back.',
          "If it fails again: compare the proxy settings (HTTPS_PROXY, NO_PROXY) and the docker daemon's registry mirrors with what this step uses, and read the docker login output in the log.",
          'Do not replace the credential: it was accepted.'
        ]
      }
    }
  },

  'docker-cli-missing': {
    title: 'The docker CLI could not be run',
    error:
      'install the docker CLI on the runner (docker-ce-cli or docker.io) or run this step where docker is on PATH',
    why: 'The credential was checked, but docker login needs the docker command, and it is not on PATH (or could not be started). Job containers and minimal images often have no docker CLI.',
    steps: [
      'On GitHub-hosted Ubuntu, macOS and Windows runners docker is installed: check that the job does not run in a `container:` image without it.',
      "On a self-hosted runner or in a job container, install the client: `apt-get install docker.io` (Debian, Ubuntu) or `docker-ce-cli` from Docker's repository; the client is enough, no daemon is needed to log in.",
      'Check that PATH in the job includes the directory of the docker command (`command -v docker`).'
    ],
    docs: ['https://docs.docker.com/engine/install/', LINKS.login],
    cases: {
      // attack-62 A62-08: ACR013
      'cloud-shell': {
        title: 'az acr login does not run in Azure Cloud Shell',
        error:
          'in Cloud Shell, use az acr login --name NAME --expose-token, and log in with the token where docker runs',
        why: 'Azure Cloud Shell has no docker daemon by design, and `az acr login` refuses to run there before it calls docker; installing docker does not change that.',
        steps: [
          'In Cloud Shell: `az acr login --name NAME --expose-token --output tsv --query accessToken`, and log in with username 00000000-0000-0000-0000-000000000000 and that token where docker runs (it lasts about three hours).',
          'Or run `az acr login` on a machine or runner that has docker.'
        ],
        docs: [
          'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication'
        ],
        snippet: undefined
      }
    }
  },

  'email-as-username': {
    title: 'An email address is the username',
    error: 'set username to the account name {registry} knows, not its email',
    why: '{registry} expects the account name (or the token name) as the username; an email address is refused even with the right password.',
    steps: [
      "Set `username:` to the account's name on {registry} (shown in its web interface), not its email address.",
      'Keep it in a variable (`${{ vars.REGISTRY_USERNAME }}`); it is not secret.'
    ],
    docs: [LINKS.login],
    snippet: REGISTRY_SNIPPET
  },

  'password-with-2fa': {
    title: 'A password on an account with two-factor authentication',
    error: 'create an access token on {registry} and use it as the password',
    why: 'The account has two-factor authentication on: {registry} takes an access token from tools such as docker, not the account password.',
    steps: [
      "Create an access token in {registry}'s web interface with the read and write scopes the build needs.",
      'Store it as a repository secret (Settings → Secrets and variables → Actions) and use it as `password:`.'
    ],
    docs: [LINKS.login],
    snippet: REGISTRY_SNIPPET
  },

  'password-with-sso': {
    title: 'A password where single sign-on is enforced',
    error: 'create an access token on {registry} and use it as the password',
    why: 'The organization enforces single sign-on: {registry} takes an access token (authorised for the organization), not the account password.',
    steps: [
      "Create an access token in {registry}'s web interface, authorised for the organization if it asks.",
      'Store it as a repository secret and use it as `password:`.'
    ],
    docs: [LINKS.login],
    snippet: REGISTRY_SNIPPET
  },

  'pat-required': {
    title: 'An access token is required',
    error: 'create an access token on {registry} and use it as the password',
    why: '{registry} refused the account password and asks for an access token: two-factor authentication, single sign-on or a policy rules out passwords for tools such as docker.',
    steps: [
      "Create an access token in {registry}'s web interface with the scopes the build needs (read to pull, write to push).",
      'Store it as a repository secret and use it as `password:`.'
    ],
    docs: [LINKS.login],
    snippet: REGISTRY_SNIPPET
  },

  'organization-token-username': {
    title: "The username does not match the token's owner",
    error: 'set username to the account or organization the token belongs to',
    why: '{registry} issued the token to an account or organization; the username must name it.',
    steps: [
      'Set `username:` to the account or organization the token was created for.'
    ],
    docs: [LINKS.login],
    snippet: REGISTRY_SNIPPET
  },

  'unsupported-credential-kind': {
    title: 'This kind of token does not work with this registry',
    error: 'use a credential of a kind {registry} accepts',
    why: '{registry} does not take this kind of credential for docker logins, whatever its permissions.',
    steps: [
      'Create a credential of a kind {registry} documents for docker login, and store it as the secret used as `password:`.'
    ],
    docs: [LINKS.login],
    snippet: REGISTRY_SNIPPET,
    cases: {
      // attack-62 A62-03: QUAY010
      'quay-api-token': {
        title: "Quay's API takes an OAuth application token, not a robot",
        error:
          "give the tool an OAuth application token: a robot's token or a password works for docker login only",
        why: "The tool called Quay's REST API (not the registry's /v2/), which takes an OAuth application token: a robot's token and an encrypted password log in, push and pull, but the API refuses them (\"CSRF token was invalid or missing\").",
        steps: [
          'Organization → Applications → Create New Application → Generate Token, with the permissions the tool needs (Administer Repositories to edit a description), and give that token to the tool (docker-pushrm: QUAY_APIKEY).',
          'Keep the robot for docker login, push and pull.'
        ],
        docs: ['https://docs.projectquay.io/api_quay.html'],
        snippet: undefined
      }
    }
  },

  'repository-not-found': {
    title: 'The repository was not found',
    error:
      'check the image name; if the repository is private, log in to {registry} with an account that may read it',
    why: '{registry} answered that the repository does not exist or may not be read: the name is wrong (a typo, a missing namespace, a namespace that is gone), the image was never pushed, or the repository is private and the request came without a login, or with one that may not read it. The answer is the same in each case.',
    steps: [
      'Check the image reference: registry host, namespace and repository, all lowercase. A name without a host (app:1.0) is looked for on docker.io, under library/ when it has no namespace.',
      'If an earlier step builds the image, check that it ran on this runner and tagged exactly this name (docker/build-push-action keeps it locally only with `load: true`): docker pulls a name it does not have.',
      'If the repository is private: log in to {registry} before the pull, with an account or token that may read it.',
      'To push a new repository: create it in {registry} first where the registry does not create repositories on the first push.'
    ],
    docs: [LINKS.login],
    cases: {
      // attack-62 (below its bar): HBR009, QUAY015
      'namespace-create-denied': NAMESPACE_CREATE_DENIED,
      // attack-62 A62-10: GAR008
      'image-name-missing': {
        title: 'The image name is missing from the path',
        error:
          'add the image after the repository: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE:TAG',
        why: 'Artifact Registry takes images at LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE; the name pushed stops at the repository, which is not an image.',
        steps: [
          'Tag and push LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE:TAG: the repository is a folder of images, not one.'
        ]
      },
      // attack-62 A62-10: GAR021
      'project-not-found': {
        title: "The image name's Google Cloud project does not exist",
        error:
          'check the project ID after the host (the ID, not its name or number)',
        why: 'The project the image name holds (gcr.io/PROJECT_ID/…, LOCATION-docker.pkg.dev/PROJECT_ID/…) does not exist, or was deleted: no repository can be created in it.',
        steps: [
          'Check the project ID after the host: the ID (`gcloud projects list`), not the display name or the number.',
          'A project deleted less than 30 days ago can be restored: `gcloud projects undelete PROJECT_ID`.'
        ]
      }
    }
  },

  'stale-login': {
    title: 'A stored login breaks the pull',
    error:
      'run docker logout {registry} (or log in again): an outdated stored login is sent even for public images',
    why: 'The docker config on this runner still holds a login for {registry}. docker sends it on every pull, and the registry refuses the whole request when that login is expired or revoked, even for a public image that needs none.',
    steps: [
      'Run `docker logout {registry}` on the runner (self-hosted runners keep ~/.docker/config.json between jobs), or log in again with a current credential.',
      'On self-hosted runners, give each job its own DOCKER_CONFIG so that logins do not outlive the job.'
    ],
    docs: [LINKS.login],
    cases: {
      // attack-62 A62-02: ECR012, ECR006, ECR016
      'public-ecr-login': {
        title: 'An outdated login for public.ecr.aws is sent',
        error:
          'run docker logout public.ecr.aws: its public images need no login, and an expired one is refused',
        why: 'docker (or helm) holds a login for public.ecr.aws whose token has expired (ECR Public tokens last 12 hours), and sends it with every pull: public.ecr.aws refuses it, though its public images need no login at all.',
        steps: [
          'Run `docker logout public.ecr.aws` (helm: `helm registry logout public.ecr.aws`), and pull again: no login is needed for public images.',
          'To keep a login (a higher pull rate), get it again before the pull: `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws`.'
        ]
      }
    }
  },

  'not-a-login-failure': {
    title: 'This is not a login failure',
    error:
      'the text is about something else than the credential: read what it names',
    why: 'The text does not say that a login or a credential was refused, and changing the credential will not fix it.',
    steps: [
      'Read the quoted text: it names the image, file or service at fault.',
      'If a login failed elsewhere in the log, explain the lines of that failure instead.'
    ],
    docs: [LINKS.actionReadme],
    cases: {
      'manifest-unknown': {
        title: 'The image tag or digest does not exist',
        error:
          'check the tag or digest: the registry has no such manifest (not a login problem)',
        why: 'The registry found the repository but not the tag or digest asked for: a typo, a tag not pushed yet, or one deleted by a retention policy.',
        steps: [
          'List the tags of the repository in the registry, and correct the reference.',
          'If an earlier job pushes the tag, check that it ran and pushed to the same registry.'
        ]
      },
      platform: {
        title: 'The image is for another platform',
        error:
          "pull or build the image for the runner's platform (--platform), not a login problem",
        why: "The image has no variant for this runner's operating system and architecture (for example linux/arm64 on an amd64 runner), or the local image is for another platform than the one asked for.",
        steps: [
          'Build a multi-platform image (docker buildx build --platform linux/amd64,linux/arm64), or run on a runner of the platform the image has.',
          'Or ask for the platform explicitly: docker pull --platform linux/amd64 …'
        ]
      },
      // docs/registries.md §13qq (a)
      'docker-daemon': {
        title: 'docker could not use its daemon',
        error:
          'start the docker daemon or fix how docker reaches it (DOCKER_HOST, context, TLS certificates, a socket proxy); not a login problem',
        why: 'The docker CLI could not use the daemon it is set to use (the local socket, DOCKER_HOST or the current context): it is not running, not installed, on a host that does not answer, its TLS client certificates are missing, or something else answered in its place (a socket proxy that forbids the request, a web server at DOCKER_HOST). docker login asks the daemon first and logs in by itself only when no daemon answers at all. The credential was not what failed.',
        steps: [
          'Check the daemon: `docker info`. Start it with `sudo systemctl start docker` (rootless: `systemctl --user start docker`), or start Docker Desktop.',
          'Check which daemon docker talks to: `docker context ls` and DOCKER_HOST. A tcp:// or ssh:// host must be up and reachable from the runner, and must be a docker daemon.',
          'With DOCKER_TLS_VERIFY set, DOCKER_CERT_PATH must hold ca.pem, cert.pem and key.pem. With GitLab\'s docker:dind service, set DOCKER_TLS_CERTDIR: "/certs" for the job and the service, and DOCKER_CERT_PATH: "/certs/client", so that the service writes the client certificates where the job reads them.',
          'A socket proxy in front of the daemon must let through the request docker makes to log in (POST /auth), or the login is refused with its page.',
          "In a job whose image has the docker CLI but no daemon, give it one: a docker:dind service with DOCKER_HOST set to it, or the host's /var/run/docker.sock mounted. On Windows, the default daemon pipe needs an elevated shell or membership of the docker-users group."
        ],
        docs: ['https://docs.docker.com/engine/daemon/start/']
      },
      filesystem: {
        title: 'A file permission error',
        error:
          'fix the permissions of the file or socket it names (not a login problem)',
        why: 'A process could not open a file or socket: the user the step or container runs as lacks the permission (the docker socket, a mounted volume, the docker config directory).',
        steps: [
          'Read the path in the text and check its owner and mode.',
          "For the docker socket: add the runner's user to the docker group, or run the step where docker is usable.",
          'For a mounted volume: make the host directory writable for the user id the container runs as (chown to that id, or run the container with --user matching the owner).'
        ]
      },
      'actions-cache': {
        title: 'The GitHub Actions cache failed',
        error:
          'the failure is in the Actions cache (type=gha), not the registry login: set ignore-error=true on cache-to, or re-run',
        why: "The build cache (cache-from/cache-to: type=gha) is stored in GitHub's Actions cache service, not in the registry. Its failures (a 403 from its storage, a cache entry that cannot be reserved, a lost connection) show up in the same log as the push, but the registry credential plays no part in them. A cache written `gha` without `type=` is no Actions cache at all: it names an image docker.io/library/gha, which no one may push to.",
        steps: [
          'Make the cache export best-effort: `cache-to: type=gha,mode=max,ignore-error=true`; a failed cache write then no longer fails the build.',
          'Write the cache as `type=gha`: a bare `gha` (cache-to: gha) names an image docker.io/library/gha, which buildx then tries to push to.',
          'Re-run the job: failures of the cache service are often passing.',
          'If buildx runs from a `run:` step rather than docker/build-push-action, give it the cache credentials in its environment: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL (ACTIONS_CACHE_URL on older runners).'
        ],
        docs: ['https://docs.docker.com/build/cache/backends/gha/']
      },
      // docs/registries.md §13oo (d)
      'immutable-tag': {
        title: 'The tag is immutable',
        error:
          'push a new tag, or let this tag move in the repository settings (not a login problem)',
        why: "{registry} refused to move a tag that already points to another image: the repository's tag immutability keeps every tag (or the tags matching its rule) on the image first pushed under it. The login and the right to push are fine; a tag reused on every build, such as `latest` or a tag per commit that is built again, is refused.",
        steps: [
          IMMUTABLE_TAG_STEPS.first,
          "Or let this tag move: in {registry}'s settings for the repository, make tags mutable, or leave this tag out of the immutability rule.",
          IMMUTABLE_TAG_STEPS.last
        ]
      }
    }
  },

  'registry-mismatch': {
    title: 'The push target is on another registry',
    error:
      'log in to the registry host the image is pushed to, or push to {registry}',
    why: 'docker keeps one login per registry host: a login to {registry} does not hold for an image on another host, and the push there is refused as if no login had been made.',
    steps: [
      'Compare the host in the image reference with the `registry` input: they must be the same, character for character.',
      'Log in to each registry host the build pushes to (one step each), or change the image reference.'
    ],
    docs: [LINKS.login],
    cases: {
      // docs/registries.md §13aaa (m): MIS002, by docker's words or the
      // push command's name
      'name-without-host': {
        title: 'The image name has no registry host',
        error:
          "tag the image HOST/NAMESPACE/IMAGE:TAG with its registry's host: without a host, docker pushes it to docker.io",
        why: 'An image name whose first part has no dot, port or localhost (`myregistry/app`, `app`) is a docker.io name: docker, nerdctl and podman push it to docker.io, where the login to the registry meant does not go, and docker.io refuses it.',
        steps: [
          '`docker tag IMAGE HOST/NAMESPACE/IMAGE:TAG`, then `docker push HOST/NAMESPACE/IMAGE:TAG` (NAME.azurecr.io, ghcr.io/OWNER, ACCOUNT.dkr.ecr.REGION.amazonaws.com…); in a build action, put the host in `tags:`.',
          'Check every tag the build pushes: each needs the host of its registry, and a login to that host.'
        ]
      },
      // docs/registries.md §13ww (j)
      'host-as-image-name': {
        title: 'The image name is a registry host',
        error:
          'tag the image <registry host>/<repository>:<tag>: with the host alone, docker pushes it to docker.io as library/<host>',
        why: 'A registry host counts as one only before a "/": a tag such as `myreg.azurecr.io:1.0` names the image `myreg.azurecr.io` with the tag `1.0`, which docker reads as an official image name on docker.io (`docker.io/library/myreg.azurecr.io`) and pushes there, where the login to that registry does not apply.',
        steps: [
          'Tag the image with a repository path after the host: `docker tag app myreg.azurecr.io/app:1.0` (or `--tag` in the build), and push that name.',
          'Check the variables that build the name: one that holds the registry host where the image name belongs gives this tag.'
        ]
      }
    }
  },

  'aws-access-denied': {
    title: 'AWS refused the request for a registry token',
    error:
      'allow ecr:GetAuthorizationToken (on resource *) for the IAM identity of these access keys',
    why: 'The access keys are valid, but the IAM identity they belong to may not call ecr:GetAuthorizationToken, which every ECR login needs.',
    steps: [
      'Attach a policy that allows `ecr:GetAuthorizationToken` on `*` to the IAM user or role of the keys (plus push and pull actions on the repositories).',
      'Re-run the job.'
    ],
    docs: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html'
    ],
    cases: {
      // docs/registries.md §13vv (h): STS refusing the job's OIDC token
      'oidc-trust-policy': {
        title: "AWS refused the role to this job's OIDC token",
        error:
          "let the role's trust policy admit this job's token: aud sts.amazonaws.com, sub repo:<owner>/<repo>:… as this run's",
        why: "AWS STS refused the job's GitHub OIDC token for the role (AssumeRoleWithWebIdentity): the role's trust policy does not admit this token.",
        steps: [
          "Allow `sts:AssumeRoleWithWebIdentity` in the role's trust policy for `arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com` (the account needs that identity provider).",
          "Match this run's token: `aud` = `sts.amazonaws.com`, `sub` = `repo:<owner>/<repo>:ref:refs/heads/<branch>` (`:environment:<name>` for a job with an environment, `:pull_request` for a pull request), case for case.",
          "Check `role-to-assume`: the role's ARN, character for character; STS refuses a role that does not exist in the same words."
        ],
        docs: [
          'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services'
        ]
      },
      // docs/registries.md §13ww (b): another web identity token than a
      // GitHub job's (a GitLab job's, an EKS pod's)
      'web-identity-trust-policy': {
        title: 'AWS refused the role to this web identity token',
        error:
          "let the role's trust policy admit this token: its identity provider, and aud and sub as the token has them",
        why: "AWS STS refused a web identity (OIDC) token for the role (AssumeRoleWithWebIdentity): the role's trust policy does not admit this token, or the role does not exist.",
        steps: WEB_IDENTITY_STEPS,
        docs: [
          'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html'
        ]
      }
    }
  },

  'oidc-permission-missing': {
    ...NO_ID_TOKEN,
    why: `An OIDC login exchanges the job's GitHub ID token, and ${ID_TOKEN_HANDED}`,
    steps: [
      "Add `id-token: write` to the job's (or the workflow's) `permissions:` block, next to the permissions it already has (e.g. `contents: read`).",
      "For pull requests from forks and Dependabot runs, which never get an ID token: set `skip-if-missing: true` (the step is then skipped with a notice), or skip the login with `if: github.event_name != 'pull_request' || (github.event.pull_request.head.repo.full_name == github.repository && github.actor != 'dependabot[bot]')`, or keep a personal access token for them."
    ],
    docs: [
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect',
      LINKS.oidcConnections
    ]
  },

  'oidc-exchange-refused': {
    title: 'The OIDC token exchange was refused',
    error:
      "check that the connection of this id is active and a ruleset matches the ID token's sub (Docker Home → Identity & auth → OIDC connections)",
    why: "Docker's identity service refused to exchange the GitHub ID token: the connection id is unknown, deleted or deactivated, or none of the connection's rulesets matches the token's claims. The evidence shows the claims rulesets match (sub, repository, ref, job_workflow_ref, event_name) and the format of sub: repositories created or renamed on or after 2026-07-15 get `repo:<owner>@<id>/<repo>@<id>:…`, which a rule written `repo:<owner>/<repo>:…` does not match.",
    steps: [
      'Open Docker Home → Identity & auth → OIDC connections → the connection → Edit: check that it is active and that its id is the one the workflow gives.',
      "Its Failures table lists the rejected exchange: compare the ID token's sub (in the evidence) with the rules of each ruleset, and add a rule that matches it (for the immutable-id format, its `@<id>` form or a wildcard such as `repo:my-org*`).",
      'Check the ruleset grants the repositories and the scope (read, write) the job needs.'
    ],
    docs: [LINKS.oidcConnections]
  },

  'credential-expires-soon': {
    title: 'The credential expires soon',
    error: 'log in closer to the push, or make the credential last longer',
    why: 'The credential logged in with expires within the `expiry-warning` minutes. Once it has, every request with it is refused, often only as "incorrect username or password", also for pulls of public images.',
    steps: [
      'Ask for a longer-lived credential where the registry allows it (an OIDC login: its lifetime setting; Amazon ECR tokens last 12 hours).',
      'Or log in again, or move the login step right before the step that pushes.'
    ],
    docs: [LINKS.actionReadme]
  },

  'password-in-use': {
    title: 'An account password is in use',
    error: 'replace the account password with an access token',
    why: '{registry} accepted the account password. Access tokens can be scoped, expire and be revoked without changing the password.',
    steps: [
      "Create an access token in {registry}'s web interface and store it as the secret used as `password:`."
    ],
    docs: [LINKS.login]
  },

  'rate-limit-low': {
    title: 'Few pulls left in the rate-limit window',
    error: 'pulls may soon be refused until the window resets',
    why: 'Less than 10 % of the pull rate limit is left in the current window.',
    steps: [
      'Reduce pulls (cache images, use a pull-through mirror) or wait for the window to reset.'
    ],
    docs: [LINKS.login]
  },

  'preflight-skipped': {
    title: 'Preflight skipped',
    error:
      'remove preflight: false to validate the credential before docker login',
    why: 'With `preflight: false`, only the docker CLI output is diagnosed, and it tells less (2FA, SSO and a wrong password look alike).',
    steps: [
      'Remove `preflight: false` (the default is true) for a precise diagnosis of a refused credential.'
    ],
    docs: [LINKS.actionReadme]
  },

  'push-not-checked': {
    title: 'Push access not checked',
    error:
      'push rights could not be checked (the evidence says why): docker push will tell',
    why: "The `push` input names repositories, but the registry's answers could not tell push rights: its tokens are opaque, it takes Basic authentication, the preflight could not check the credential, `preflight: false` skipped it, or the push probe got no usable answer. The evidence says which.",
    steps: [
      'Nothing to fix if the build pushes.',
      'If the push fails later with denied or insufficient_scope: check that the token may write to those repositories (a write scope, or write permission on the repository).'
    ],
    docs: [LINKS.actionReadme]
  },

  'preflight-unreachable': {
    title: 'Preflight could not reach the registry',
    error:
      'docker login ran unchecked; if this persists, check the network path to the registry',
    why: 'The preflight got no usable answer from {registry} (a network error, a timeout or a 5xx), and docker login ran anyway.',
    steps: [
      'Nothing to fix when it is rare.',
      'If it persists, check the network path from the runner to {registry} and raise the `timeout` or `retries` inputs.'
    ],
    docs: [LINKS.actionReadme]
  },

  'stale-docker-config': {
    title: 'A stale docker config entry',
    error:
      'run docker-login-preflight doctor on the runner, and fix or remove its docker config entry for {registry}',
    why: 'Before this login, the docker config on the runner already held an entry for {registry} that docker cannot use: a credential helper (docker-credential-…) that is not on PATH, or an ECR token past its 12 hours. Self-hosted runners keep ~/.docker/config.json between jobs, so other jobs and steps that pull from {registry} without logging in meet it. The evidence names the entry.',
    steps: [
      'Run `npx docker-login-preflight doctor` (add `--check` to validate every stored credential) on the runner, as the user the runner runs as.',
      'Install the named helper on PATH, or remove its `credsStore`/`credHelpers` setting; run `docker logout {registry}` for an expired ECR token.',
      'Give each job its own DOCKER_CONFIG so that logins do not outlive the job.'
    ],
    docs: [LINKS.actionReadme]
  },

  'helper-ignores-login': {
    title: 'The credential helper ignores this login',
    error:
      "the docker config's credential helper keeps no docker login: pushes use its own account, not this credential",
    why: "The docker config names gcloud's credential helper for {registry} (`gcloud auth configure-docker` writes it). That helper answers docker login's store with success and keeps nothing: docker login succeeded, but every later pull and push of {registry} sends the token of gcloud's active account, or fails with no active account. The credential this step checked is never sent.",
    steps: [
      'To push with this credential: remove {registry} from `credHelpers` in the docker config before this step (or give the job its own DOCKER_CONFIG).',
      "To push with gcloud's account instead: drop this login step, and authenticate gcloud with an account that may push (a service account key, or Workload Identity Federation)."
    ],
    docs: [LINKS.actionReadme]
  }
}

/**
 * Why credentials are empty, by the cause the judge names from the event
 * (`{event}`: its name; `{fork}`: the fork's repository): the explanation
 * and the fix for the summary, a few words for the error line (`line`),
 * and for a login skipped on purpose (skip-if-missing) its reason
 * (`skipped`) and, when there is one, what would make such runs log in
 * (`hint`).
 */
export const EMPTY_SECRET = {
  dependabot: {
    explanation:
      'This {event} run was started by Dependabot, which reads Dependabot secrets, not Actions secrets.',
    fix: 'Add the same secrets under Settings → Secrets and variables → Dependabot, or set skip-if-missing: true for Dependabot runs.',
    line: 'this {event} run was started by Dependabot',
    act: 'add the secrets as Dependabot secrets, or set skip-if-missing: true',
    skipped: 'no credentials in this Dependabot run',
    hint: 'To log in on Dependabot runs, add the same secrets under Settings → Secrets and variables → Dependabot.'
  },
  'fork-pull-request': {
    explanation:
      'This {event} comes from {fork}: GitHub gives workflows of pull requests from forks no repository secrets.',
    fix: 'Set skip-if-missing: true so that fork pull requests build without logging in, and push only from branches of this repository.',
    line: 'this {event} comes from the fork {fork}',
    act: 'set skip-if-missing: true, as a pull request from a fork gets no secrets and no OIDC token',
    skipped: 'no credentials in this fork pull request',
    hint: ''
  },
  unknown: {
    explanation:
      'The {event} event gets repository secrets, so the secret is most likely not defined under that name, or is defined in another environment or organization scope.',
    fix: 'Check the secret name in the workflow against Settings → Secrets and variables → Actions (names are case-sensitive).',
    line: 'the {event} event gets secrets: check their names',
    skipped: 'no credentials',
    hint: 'If this run should log in, check the secret name in the workflow against Settings → Secrets and variables → Actions (names are case-sensitive).'
  }
} as const

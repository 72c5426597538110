/**
 * The command line's remediation in the CI system it runs in. The texts
 * are written for GitHub Actions (where to store a secret, how a `with:`
 * block is written, its documentation); `check` and `login` in GitLab CI,
 * Jenkins or a shell get each such wording in that system's terms
 * instead, one row per wording (docs/registries.md §13mm). Pure.
 */

/** Where a command runs. */
export type CiSystem = 'github-actions' | 'gitlab-ci' | 'jenkins' | 'other'

/**
 * The CI system of an environment, from the variables each sets in its
 * jobs: GitHub's `GITHUB_ACTIONS=true`, GitLab's `GITLAB_CI=true`,
 * Jenkins' `JENKINS_URL` (or `JENKINS_HOME`, set where no URL is
 * configured) (docs/registries.md §13mm (a)).
 */
export function ciSystemOf(env: NodeJS.ProcessEnv): CiSystem {
  if (env.GITHUB_ACTIONS === 'true') return 'github-actions'
  if (env.GITLAB_CI === 'true') return 'gitlab-ci'
  if (env.JENKINS_URL || env.JENKINS_HOME) return 'jenkins'
  return 'other'
}

/**
 * Whether GitHub Actions' workflow block is shown: where a workflow may be
 * what the user writes next (GitHub Actions, a shell), not in a GitLab CI
 * or Jenkins job (CI032 takes out the steps' "as below" there).
 */
export function showsWorkflow(ci: CiSystem): boolean {
  return ci === 'github-actions' || ci === 'other'
}

/** One GitHub Actions wording and what it is elsewhere. */
export interface CiWording {
  /** stable id, for tests and reports */
  id: string
  /** the wording as the texts have it (global, replaced everywhere) */
  github: RegExp
  /**
   * what it becomes in each system (`$1`… as in String.replace); `null`:
   * the step says nothing outside GitHub Actions, and is left out
   */
  'gitlab-ci': string | null
  jenkins: string | null
  other: string | null
}

/** A shell's way to give the command line a secret (README, GitLab CI). */
const PIPED = '`printf %s "$$$1" | docker-login-preflight … --password-stdin`'

/** Artifact Registry without a key, where gcloud is signed in. */
const GCLOUD_TOKEN =
  'Without a key: where gcloud is signed in (a service account or workload identity), pipe its short-lived access token: `gcloud auth print-access-token | docker-login-preflight login --registry HOST --username oauth2accesstoken --password-stdin` (it lasts an hour).'

/** ACR without a secret, where the Azure CLI is signed in. */
const ACR_TOKEN =
  'Without a secret: where the Azure CLI is signed in (`az login`), pipe its access token: `az acr login --name NAME --expose-token --output tsv --query accessToken | docker-login-preflight login --registry NAME.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin`.'

/** AWS credentials where no action sets them: the SDK reads these. */
const AWS_ENV =
  'AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN for temporary keys, or AWS_PROFILE)'

/** The same, as the command's user gives it. */
const AWS_EXPORT =
  'export AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and give no `--username` or `--password`'

/** gcloud signed in where google-github-actions does not run. */
const GCLOUD_SIGNED_IN =
  'gcloud signed in (`gcloud auth activate-service-account --key-file KEY.json`, or workload identity federation), then'

/**
 * The rows, in the order they apply: whole steps first, then the longer
 * wordings before the shorter ones they hold. Sources: docs/registries.md
 * §13mm (b).
 */
export const CI_WORDINGS: readonly CiWording[] = [
  {
    // GitHub's Dependabot secrets: a run Dependabot started is GitHub's
    id: 'CI001',
    github: /^For Dependabot runs: .*$/g,
    'gitlab-ci': null,
    jenkins: null,
    other: null
  },
  {
    // a fork's pull request and this action's input: GitHub's alone; the
    // command line's ECR texts reach it (attack-64 A64-02)
    id: 'CI046',
    github: /^Pull requests from forks get neither secrets nor .*$/g,
    'gitlab-ci': null,
    jenkins: null,
    other: null
  },
  {
    id: 'CI002',
    github:
      /; Dependabot runs read Settings → Secrets and variables → Dependabot/g,
    'gitlab-ci': '',
    jenkins: '',
    other: ''
  },
  {
    // the runner's expressions in a `with:` block: a shell expands `$VAR`
    id: 'CI003',
    github: /^A `\$VAR`(?: or `\$\(command\)`)? in a `with:` block .*$/g,
    'gitlab-ci': null,
    jenkins: null,
    other: null
  },
  {
    id: 'CI004',
    github:
      /^(?:In the workflow, write|Write) the input exactly as `password: \$\{\{ secrets\.(\w+) \}\}`: one \$, no quotes.*$/g,
    'gitlab-ci': `Pipe the value itself, in double quotes: ${PIPED} (no quotes, spaces or line breaks stored in the variable).`,
    jenkins: `Pipe the value itself, in double quotes: ${PIPED} (no quotes, spaces or line breaks stored in the credential).`,
    other: `Pipe the value itself, in double quotes: ${PIPED} (no quotes, spaces or line breaks stored in it).`
  },
  {
    id: 'CI005',
    github:
      /^Write the input as `username: \$\{\{ vars\.NAME \}\}` \(one \$, no quotes\) or as the plain account name\.$/g,
    'gitlab-ci':
      'Give `--username "$NAME"` (in double quotes) or the plain account name.',
    jenkins:
      'Give `--username "$NAME"` (in double quotes) or the plain account name.',
    other:
      'Give `--username "$NAME"` (in double quotes) or the plain account name.'
  },
  {
    // a workload identity of GitHub's OIDC: elsewhere, gcloud's own token
    // (Google's "Configure authentication to Artifact Registry for Docker")
    id: 'CI019',
    github: /^Without a key: google-github-actions\/auth@v2 .*$/g,
    'gitlab-ci': GCLOUD_TOKEN,
    jenkins: GCLOUD_TOKEN,
    other: GCLOUD_TOKEN
  },
  {
    id: 'CI006',
    github: / \(written \$\$\{\{ secrets\.X \}\}\)/g,
    'gitlab-ci': '',
    jenkins: '',
    other: ''
  },
  {
    // the precedence of GitHub's secrets of one name
    id: 'CI007',
    github:
      /: a secret of the same name in the job’s environment takes precedence over the repository’s, and a repository secret over an organization’s/g,
    'gitlab-ci': '',
    jenkins: '',
    other: ''
  },
  {
    id: 'CI008',
    github:
      /`env: HTTPS_PROXY: http:\/\/\$\{\{ vars\.(\w+) \}\}:\$\{\{ secrets\.(\w+) \}\}@([^`]+)`/g,
    'gitlab-ci': '`export HTTPS_PROXY="http://$$$1:$$$2@$3"`',
    jenkins: '`export HTTPS_PROXY="http://$$$1:$$$2@$3"`',
    other: '`export HTTPS_PROXY="http://$$$1:$$$2@$3"`'
  },
  {
    id: 'CI009',
    github: /\$\{\{ runner\.temp \}\}\/docker-config/g,
    'gitlab-ci': '"$(mktemp -d)"',
    jenkins: '"$(mktemp -d)"',
    other: '"$(mktemp -d)"'
  },
  {
    id: 'CI010',
    github:
      / \(GitHub Actions: a repository secret; GitLab CI: a masked CI\/CD variable\)/g,
    'gitlab-ci': ' (a masked CI/CD variable)',
    jenkins: ' (a Jenkins credential)',
    other: ''
  },
  {
    id: 'CI011',
    github:
      /a repository secret: GitHub → Settings → Secrets and variables → Actions → New repository secret/g,
    'gitlab-ci':
      'a masked CI/CD variable (Settings → CI/CD → Variables → Add variable)',
    jenkins:
      'a Jenkins credential (Manage Jenkins → Credentials → Add Credentials, Secret text)',
    other: 'a secret of the CI system'
  },
  {
    id: 'CI012',
    github:
      /a repository variable \(Settings → Secrets and variables → Actions → Variables\)/g,
    'gitlab-ci': 'a CI/CD variable (Settings → CI/CD → Variables)',
    jenkins: "a variable of the job (the pipeline's `environment` block)",
    other: 'a variable of the CI system or the shell'
  },
  {
    id: 'CI020',
    github: /Settings → Secrets and variables → Actions → the secret → Update/g,
    'gitlab-ci': 'Settings → CI/CD → Variables → the variable → Edit',
    jenkins: 'Manage Jenkins → Credentials → the credential → Update',
    other: 'where the CI system keeps it'
  },
  {
    id: 'CI013',
    github: /Settings → Secrets and variables → Actions → ([^→)]+?) → Update/g,
    'gitlab-ci': 'Settings → CI/CD → Variables → $1 → Edit',
    jenkins: 'Manage Jenkins → Credentials → $1 → Update',
    other: 'where the CI system keeps $1'
  },
  {
    id: 'CI014',
    github: /(?:GitHub → )?Settings → Secrets and variables → Actions/g,
    'gitlab-ci': 'Settings → CI/CD → Variables',
    jenkins: 'Manage Jenkins → Credentials',
    other: 'the secret settings of the CI system'
  },
  {
    // a service-account key's JSON cannot be a masked GitLab variable: the
    // braces, quotes and spaces are outside what GitLab masks
    // (docs/registries.md §13aaa (g); attack-64)
    id: 'CI047',
    github:
      /store the downloaded file as a repository secret unchanged \(its line breaks are fine\) and log in with `username: _json_key`, or base64-encode it \(`base64 -w0 key\.json`\) for `username: _json_key_base64`/g,
    'gitlab-ci':
      'base64-encode the downloaded file (`base64 -w0 key.json`), store that as a masked CI/CD variable and log in with `--username _json_key_base64`: the JSON itself cannot be masked (GitLab masks no braces, quotes or spaces)',
    jenkins: '$&',
    other: '$&'
  },
  {
    // GitHub's runners as the model of a runner without a helper
    // (attack-64, below its bar)
    id: 'CI048',
    github: /, as on GitHub-hosted runners/g,
    'gitlab-ci': '',
    jenkins: '',
    other: ''
  },
  {
    id: 'CI049',
    github:
      /^On GitHub-hosted Ubuntu, macOS and Windows runners docker is installed: check that the job does not run in a `container:` image without it\.$/g,
    'gitlab-ci':
      "In GitLab CI, the job's `image:` must hold the docker client (`image: docker:cli`, or an image with docker-ce-cli); the client is enough to log in.",
    jenkins:
      'Check that the agent that runs the stage has the docker client, or run the stage in an image that has it.',
    other: null
  },
  {
    id: 'CI015',
    github: /\ba repository secret\b/g,
    'gitlab-ci': 'a masked CI/CD variable',
    jenkins: 'a Jenkins credential',
    other: 'a secret of the CI system'
  },
  {
    id: 'CI029',
    github: /\bthe repository secret(s?)\b/g,
    'gitlab-ci': 'the masked CI/CD variable$1',
    jenkins: 'the Jenkins credential$1',
    other: 'the stored secret$1'
  },
  {
    id: 'CI016',
    github: /`username: \$\{\{ (?:vars|secrets|env)\.(\w+) \}\}`/g,
    'gitlab-ci': '`--username "$$$1"`',
    jenkins: '`--username "$$$1"`',
    other: '`--username "$$$1"`'
  },
  {
    id: 'CI017',
    github:
      /`password: \$\{\{ (?:vars|secrets|env)\.(?!GITHUB_TOKEN\b)(\w+) \}\}`/g,
    'gitlab-ci': PIPED,
    jenkins: PIPED,
    other: PIPED
  },
  {
    // a fixed username, given as the action's input
    id: 'CI021',
    github: /`username: (_json_key(?:_base64)?|oauth2accesstoken|AWS)`/g,
    'gitlab-ci': '`--username $1`',
    jenkins: '`--username $1`',
    other: '`--username $1`'
  },
  {
    // the inputs themselves: a flag and stdin
    id: 'CI022',
    github: /`username:`/g,
    'gitlab-ci': '`--username`',
    jenkins: '`--username`',
    other: '`--username`'
  },
  {
    id: 'CI023',
    github: /use it as `password:`/g,
    'gitlab-ci': 'pipe it to `--password-stdin`',
    jenkins: 'pipe it to `--password-stdin`',
    other: 'pipe it to `--password-stdin`'
  },
  {
    id: 'CI024',
    github: /used as `password:`/g,
    'gitlab-ci': 'piped to `--password-stdin`',
    jenkins: 'piped to `--password-stdin`',
    other: 'piped to `--password-stdin`'
  },
  {
    // the action's inputs are the command line's options
    id: 'CI025',
    github: /([Tt])he `(registry|username|push|timeout|retries)` input\b/g,
    'gitlab-ci': '$1he `--$2` option',
    jenkins: '$1he `--$2` option',
    other: '$1he `--$2` option'
  },
  {
    id: 'CI026',
    github: /the `timeout` or `retries` inputs/g,
    'gitlab-ci': '`--timeout` or `--retries`',
    jenkins: '`--timeout` or `--retries`',
    other: '`--timeout` or `--retries`'
  },
  {
    // GitHub's job permissions and OIDC: the workflow's alone
    id: 'CI027',
    github:
      /^(?:Keep `permissions: packages: write` on the job|Better still, no long-lived keys: an IAM role assumed with GitHub OIDC \(see the workflow below\))\.$/g,
    'gitlab-ci': null,
    jenkins: null,
    other: null
  },
  {
    // ACR without a secret: the Azure CLI's own token
    // (docs/registries.md §7: `az acr login --expose-token`)
    id: 'CI028',
    github: /^Without a secret: azure\/login@v2 .*$/g,
    'gitlab-ci': ACR_TOKEN,
    jenkins: ACR_TOKEN,
    other: ACR_TOKEN
  },
  {
    // attack-22 repro-01: ECR's steps that name aws-actions/configure-aws-credentials
    // (docs/registries.md §13oo (c)); the AWS SDK reads the environment
    id: 'CI033',
    github:
      / \(no aws-actions\/configure-aws-credentials step ran before this one\)/g,
    'gitlab-ci': '',
    jenkins: '',
    other: ''
  },
  {
    id: 'CI034',
    github:
      /^Recommended: give the job `permissions: id-token: write`, run aws-actions\/configure-aws-credentials with `role-to-assume` .*$/g,
    'gitlab-ci':
      "Recommended: an IAM role assumed with the job's OIDC token: an `id_tokens:` entry with `aud: sts.amazonaws.com`, written to a file named by AWS_WEB_IDENTITY_TOKEN_FILE, and AWS_ROLE_ARN set; with no `--username` or `--password`, the keys are taken from the environment.",
    jenkins:
      'Recommended: bind an AWS credential to the stage (`withCredentials` with the AWS Credentials plugin, or `withAWS(role: …)` of Pipeline: AWS Steps); with no `--username` or `--password`, the keys are taken from the environment.',
    other: `Recommended: ${AWS_ENV}, or \`aws sso login\` with AWS_PROFILE; with no \`--username\` or \`--password\`, the keys are taken from there.`
  },
  {
    id: 'CI035',
    github:
      /leave `username` and `password` empty after aws-actions\/configure-aws-credentials: this action/g,
    'gitlab-ci': `give no \`--username\` or \`--password\`, with ${AWS_ENV}: the command`,
    jenkins: `give no \`--username\` or \`--password\`, with ${AWS_ENV}: the command`,
    other: `give no \`--username\` or \`--password\`, with ${AWS_ENV}: the command`
  },
  {
    id: 'CI036',
    github:
      /use aws-actions\/configure-aws-credentials and leave `username` and `password` empty/g,
    'gitlab-ci': AWS_EXPORT,
    jenkins: AWS_EXPORT,
    other: AWS_EXPORT
  },
  {
    id: 'CI037',
    github:
      /with aws-actions\/configure-aws-credentials before this step and `username`\/`password` left empty/g,
    'gitlab-ci': `with ${AWS_ENV} and no \`--username\` or \`--password\``,
    jenkins: `with ${AWS_ENV} and no \`--username\` or \`--password\``,
    other: `with ${AWS_ENV} and no \`--username\` or \`--password\``
  },
  {
    // temporary keys past their session (ExpiredTokenException)
    id: 'CI038',
    github:
      /^Run aws-actions\/configure-aws-credentials right before this step \(again, in a long job\)\.$/g,
    'gitlab-ci':
      "Get the role's temporary credentials again right before this command (in a long job too).",
    jenkins:
      "Get the role's temporary credentials again right before this command (in a long job too).",
    other:
      'Sign in again (`aws sso login`, or a new `aws sts assume-role`) right before this command.'
  },
  {
    id: 'CI039',
    github: /^Or raise `role-duration-seconds` \(/g,
    'gitlab-ci':
      'Or ask for a longer session (`aws sts assume-role-with-web-identity --duration-seconds`, ',
    jenkins:
      'Or ask for a longer session (`withAWS(role: …, duration: …)`, or `aws sts assume-role --duration-seconds`, ',
    other:
      'Or ask for a longer session (`aws sts assume-role --duration-seconds`, '
  },
  {
    id: 'CI040',
    github: /^https:\/\/github\.com\/aws-actions\/configure-aws-credentials$/g,
    'gitlab-ci': 'https://docs.gitlab.com/ci/cloud_services/aws/',
    jenkins: 'https://plugins.jenkins.io/aws-credentials/',
    other:
      'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html'
  },
  {
    // Artifact Registry's gcloud helper without google-github-actions
    id: 'CI041',
    github:
      /google-github-actions\/(?:auth and google-github-actions\/)?setup-gcloud, then/g,
    'gitlab-ci': GCLOUD_SIGNED_IN,
    jenkins: GCLOUD_SIGNED_IN,
    other: GCLOUD_SIGNED_IN
  },
  {
    id: 'CI042',
    github: /^https:\/\/github\.com\/google-github-actions\/auth$/g,
    'gitlab-ci': 'https://docs.gitlab.com/ci/cloud_services/google_cloud/',
    jenkins:
      'https://cloud.google.com/artifact-registry/docs/docker/authentication',
    other:
      'https://cloud.google.com/artifact-registry/docs/docker/authentication'
  },
  {
    // ACR: azure/login is the Azure CLI's login in a workflow
    id: 'CI043',
    github: / after azure\/login\b/g,
    'gitlab-ci': ' after `az login`',
    jenkins: ' after `az login`',
    other: ' after `az login`'
  },
  {
    id: 'CI044',
    github: / \(or re-run azure\/login\)/g,
    'gitlab-ci': '',
    jenkins: '',
    other: ''
  },
  {
    // GitHub's documentation of secrets and variables: the CI system's own
    id: 'CI030',
    github:
      /^https:\/\/docs\.github\.com\/en\/actions\/(?:security-guides\/using-secrets-in-github-actions|learn-github-actions\/variables)$/g,
    'gitlab-ci': 'https://docs.gitlab.com/ci/variables/',
    jenkins: 'https://www.jenkins.io/doc/book/using/using-credentials/',
    other: null
  },
  {
    id: 'CI031',
    github:
      /^https:\/\/docs\.github\.com\/en\/actions\/hosting-your-own-runners\/.*$/g,
    'gitlab-ci': null,
    jenkins: null,
    other: null
  },
  {
    // any other page of GitHub Actions' own documentation (OIDC with a
    // cloud, GITHUB_TOKEN's permissions, Dependabot's secrets): the CI
    // system's page, where there is one, comes from the step's own row
    id: 'CI045',
    github:
      /^https:\/\/docs\.github\.com\/en\/(?:actions|code-security\/dependabot)\/.*$/g,
    'gitlab-ci': null,
    jenkins: null,
    other: null
  },
  {
    // the workflow block a GitLab CI or Jenkins job is not shown
    // (attack-22 repro-02)
    id: 'CI032',
    github: /,? as (?:in the block )?below\b/g,
    'gitlab-ci': '',
    jenkins: '',
    other: '$&'
  },
  {
    // what is left of the runner's expressions and names of its contexts
    id: 'CI018',
    github:
      /`(?:\$\{\{ )?(?:vars|secrets|env)\.(?!GITHUB_TOKEN\b)(\w+)(?: \}\})?`/g,
    'gitlab-ci': '`$$$1`',
    jenkins: '`$$$1`',
    other: '`$$$1`'
  }
]

/**
 * A step that names where it applies (`In a workflow…`, Docker Hub's OIDC
 * login, which only a workflow has) is left as it is.
 */
export const FRAMED =
  /^(?:In a (?:GitHub Actions )?workflow\b|Docker Hub OIDC:)/

/** One text in a CI system's terms; `null`: left out there. */
export function inCi(text: string, ci: CiSystem): string | null {
  if (ci === 'github-actions') return text
  // a framed step stays whole but for its "as below": GitLab CI and
  // Jenkins are not shown the block (attack-64 A64-01)
  const rows = FRAMED.test(text)
    ? CI_WORDINGS.filter((row) => row.id === 'CI032')
    : CI_WORDINGS
  let out = text
  for (const row of rows) {
    row.github.lastIndex = 0
    if (!row.github.test(out)) continue
    const to = row[ci]
    if (to === null) return null
    out = out.replace(row.github, to)
  }
  return out
}

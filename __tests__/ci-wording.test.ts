/**
 * The command line's texts where it runs (src/ci-wording.ts,
 * docs/registries.md §13mm): GitHub Actions' wordings in GitLab CI's,
 * Jenkins' or a shell's terms; GitHub Actions' texts unchanged.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  CI_WORDINGS,
  ciSystemOf,
  FRAMED,
  inCi,
  type CiSystem
} from '../src/ci-wording.js'
import { DIAGNOSIS_IDS, WARNING_IDS } from '../src/diagnosis.js'
import { loadAllTexts, PROFILES } from '../src/profiles/index.js'
import {
  REMEDIATION_CASES,
  type ProfileId,
  type RemediationCase
} from '../src/profiles/types.js'
import { remediationFor } from '../src/remediation.js'

const ELSEWHERE: readonly CiSystem[] = ['gitlab-ci', 'jenkins', 'other']

/** A remediation's why and steps as the command line renders them there. */
function forCi(
  texts: { why: string; steps: readonly string[]; docs: readonly string[] },
  ci: CiSystem
) {
  return {
    why: inCi(texts.why, ci) ?? texts.why,
    steps: texts.steps.flatMap((step) => inCi(step, ci) ?? []),
    docs: texts.docs.flatMap((link) => inCi(link, ci) ?? [])
  }
}

describe('ciSystemOf', () => {
  it.each([
    [{ GITHUB_ACTIONS: 'true', CI: 'true' }, 'github-actions'],
    [{ GITLAB_CI: 'true', CI: 'true' }, 'gitlab-ci'],
    [{ JENKINS_URL: 'https://ci.example/' }, 'jenkins'],
    [{ JENKINS_HOME: '/var/jenkins_home' }, 'jenkins'],
    [{ CI: 'true' }, 'other'],
    [{ GITHUB_ACTIONS: 'false' }, 'other'],
    [{}, 'other']
  ] as const)('%j is %s', (env, ci) => {
    expect(ciSystemOf(env)).toBe(ci)
  })
})

/** One test row per wording: a text the texts hold, and what it becomes. */
const ROWS: ReadonlyArray<
  [id: string, text: string, gitlab: string | null, other: string | null]
> = [
  ['CI001', 'For Dependabot runs: add the same secrets under Settings → Secrets and variables → Dependabot.', null, null],
  ['CI002', 'Check the secret names against Settings → Secrets and variables → Actions (a misspelled name is empty, not an error); Dependabot runs read Settings → Secrets and variables → Dependabot.', 'Check the secret names against Settings → CI/CD → Variables (a misspelled name is empty, not an error).', 'Check the secret names against the secret settings of the CI system (a misspelled name is empty, not an error).'],
  ['CI003', 'A `$VAR` in a `with:` block is not expanded by the runner: use `${{ env.VAR }}` or `${{ vars.NAME }}` instead.', null, null],
  ['CI004', 'In the workflow, write the input exactly as `password: ${{ secrets.REGISTRY_TOKEN }}`: one $, no quotes around it.', 'Pipe the value itself, in double quotes: `printf %s "$REGISTRY_TOKEN" | docker-login-preflight … --password-stdin` (no quotes, spaces or line breaks stored in the variable).', 'Pipe the value itself, in double quotes: `printf %s "$REGISTRY_TOKEN" | docker-login-preflight … --password-stdin` (no quotes, spaces or line breaks stored in it).'],
  ['CI005', 'Write the input as `username: ${{ vars.NAME }}` (one $, no quotes) or as the plain account name.', 'Give `--username "$NAME"` (in double quotes) or the plain account name.', 'Give `--username "$NAME"` (in double quotes) or the plain account name.'],
  ['CI006', 'The value is not what was stored: a literal $ before a token (written $${{ secrets.X }}), an expression or variable that was never expanded.', 'The value is not what was stored: a literal $ before a token, an expression or variable that was never expanded.', 'The value is not what was stored: a literal $ before a token, an expression or variable that was never expanded.'],
  ['CI007', 'If the token worked before, check that the secret holds its current value: a secret of the same name in the job’s environment takes precedence over the repository’s, and a repository secret over an organization’s.', 'If the token worked before, check that the secret holds its current value.', 'If the token worked before, check that the secret holds its current value.'],
  ['CI008', 'Set HTTPS_PROXY for the job: `env: HTTPS_PROXY: http://${{ vars.PROXY_USER }}:${{ secrets.PROXY_PASSWORD }}@proxy.example:3128`.', 'Set HTTPS_PROXY for the job: `export HTTPS_PROXY="http://$PROXY_USER:$PROXY_PASSWORD@proxy.example:3128"`.', 'Set HTTPS_PROXY for the job: `export HTTPS_PROXY="http://$PROXY_USER:$PROXY_PASSWORD@proxy.example:3128"`.'],
  ['CI009', 'Or set DOCKER_CONFIG for the job to a writable directory, for example ${{ runner.temp }}/docker-config.', 'Or set DOCKER_CONFIG for the job to a writable directory, for example "$(mktemp -d)".', 'Or set DOCKER_CONFIG for the job to a writable directory, for example "$(mktemp -d)".'],
  ['CI010', 'Store the token as a secret of the CI system (GitHub Actions: a repository secret; GitLab CI: a masked CI/CD variable).', 'Store the token as a secret of the CI system (a masked CI/CD variable).', 'Store the token as a secret of the CI system.'],
  ['CI011', 'Copy the token into a repository secret: GitHub → Settings → Secrets and variables → Actions → New repository secret, named DOCKERHUB_TOKEN.', 'Copy the token into a masked CI/CD variable (Settings → CI/CD → Variables → Add variable), named DOCKERHUB_TOKEN.', 'Copy the token into a secret of the CI system, named DOCKERHUB_TOKEN.'],
  ['CI012', 'Store it as a repository variable (Settings → Secrets and variables → Actions → Variables) named DOCKERHUB_USERNAME.', 'Store it as a CI/CD variable (Settings → CI/CD → Variables) named DOCKERHUB_USERNAME.', 'Store it as a variable of the CI system or the shell named DOCKERHUB_USERNAME.'],
  ['CI013', 'Update the secret that holds it (Settings → Secrets and variables → Actions → DOCKERHUB_TOKEN → Update).', 'Update the secret that holds it (Settings → CI/CD → Variables → DOCKERHUB_TOKEN → Edit).', 'Update the secret that holds it (where the CI system keeps DOCKERHUB_TOKEN).'],
  ['CI014', 'Update the repository secret (Settings → Secrets and variables → Actions) with the new value.', 'Update the masked CI/CD variable (Settings → CI/CD → Variables) with the new value.', 'Update the stored secret (the secret settings of the CI system) with the new value.'],
  ['CI015', 'Store it as a repository secret unchanged.', 'Store it as a masked CI/CD variable unchanged.', 'Store it as a secret of the CI system unchanged.'],
  ['CI029', 'Update the repository secrets with the new values.', 'Update the masked CI/CD variables with the new values.', 'Update the stored secrets with the new values.'],
  ['CI016', 'Give the account name: `username: ${{ vars.REGISTRY_USERNAME }}`.', 'Give the account name: `--username "$REGISTRY_USERNAME"`.', 'Give the account name: `--username "$REGISTRY_USERNAME"`.'],
  ['CI017', 'Give the token: `password: ${{ secrets.REGISTRY_TOKEN }}`.', 'Give the token: `printf %s "$REGISTRY_TOKEN" | docker-login-preflight … --password-stdin`.', 'Give the token: `printf %s "$REGISTRY_TOKEN" | docker-login-preflight … --password-stdin`.'],
  ['CI018', 'Keep it in a variable (`${{ vars.REGISTRY_USERNAME }}`); store the key as a secret (`secrets.AWS_SECRET_ACCESS_KEY`).', 'Keep it in a variable (`$REGISTRY_USERNAME`); store the key as a secret (`$AWS_SECRET_ACCESS_KEY`).', 'Keep it in a variable (`$REGISTRY_USERNAME`); store the key as a secret (`$AWS_SECRET_ACCESS_KEY`).'],
  ['CI019', 'Without a key: google-github-actions/auth@v2 with `workload_identity_provider`, then log in with `username: oauth2accesstoken`.', 'Without a key: where gcloud is signed in (a service account or workload identity), pipe its short-lived access token: `gcloud auth print-access-token | docker-login-preflight login --registry HOST --username oauth2accesstoken --password-stdin` (it lasts an hour).', 'Without a key: where gcloud is signed in (a service account or workload identity), pipe its short-lived access token: `gcloud auth print-access-token | docker-login-preflight login --registry HOST --username oauth2accesstoken --password-stdin` (it lasts an hour).'],
  ['CI020', 'Open the secret (Settings → Secrets and variables → Actions → the secret → Update) and paste the value again.', 'Open the secret (Settings → CI/CD → Variables → the variable → Edit) and paste the value again.', 'Open the secret (where the CI system keeps it) and paste the value again.'],
  ['CI021', 'Log in with `username: _json_key`, or `username: _json_key_base64`.', 'Log in with `--username _json_key`, or `--username _json_key_base64`.', 'Log in with `--username _json_key`, or `--username _json_key_base64`.'],
  ['CI022', 'Set `username:` to the account or organization the token was created for.', 'Set `--username` to the account or organization the token was created for.', 'Set `--username` to the account or organization the token was created for.'],
  ['CI023', 'Store it as a repository secret and use it as `password:`.', 'Store it as a masked CI/CD variable and pipe it to `--password-stdin`.', 'Store it as a secret of the CI system and pipe it to `--password-stdin`.'],
  ['CI024', 'Create an access token and store it as the secret used as `password:`.', 'Create an access token and store it as the secret piped to `--password-stdin`.', 'Create an access token and store it as the secret piped to `--password-stdin`.'],
  ['CI025', 'Check the `registry` input: `<account>.dkr.ecr.<region>.amazonaws.com`. The `push` input names repositories.', 'Check the `--registry` option: `<account>.dkr.ecr.<region>.amazonaws.com`. The `--push` option names repositories.', 'Check the `--registry` option: `<account>.dkr.ecr.<region>.amazonaws.com`. The `--push` option names repositories.'],
  ['CI026', 'On a slow network, raise the `timeout` or `retries` inputs.', 'On a slow network, raise `--timeout` or `--retries`.', 'On a slow network, raise `--timeout` or `--retries`.'],
  ['CI027', 'Keep `permissions: packages: write` on the job.', null, null],
  ['CI030', 'https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions', 'https://docs.gitlab.com/ci/variables/', null],
  ['CI031', 'https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners', null, null],
  ['CI047', 'With a key: IAM → Service accounts → the account → Keys → Add key → JSON; store the downloaded file as a repository secret unchanged (its line breaks are fine) and log in with `username: _json_key`, or base64-encode it (`base64 -w0 key.json`) for `username: _json_key_base64`.', 'With a key: IAM → Service accounts → the account → Keys → Add key → JSON; base64-encode the downloaded file (`base64 -w0 key.json`), store that as a masked CI/CD variable and log in with `--username _json_key_base64`: the JSON itself cannot be masked (GitLab masks no braces, quotes or spaces).', 'With a key: IAM → Service accounts → the account → Keys → Add key → JSON; store the downloaded file as a secret of the CI system unchanged (its line breaks are fine) and log in with `--username _json_key`, or base64-encode it (`base64 -w0 key.json`) for `--username _json_key_base64`.'],
  ['CI048', 'Install or repair it, or remove {setting} from {config}/config.json so that docker stores the login in config.json, as on GitHub-hosted runners.', 'Install or repair it, or remove {setting} from {config}/config.json so that docker stores the login in config.json.', 'Install or repair it, or remove {setting} from {config}/config.json so that docker stores the login in config.json.'],
  ['CI049', 'On GitHub-hosted Ubuntu, macOS and Windows runners docker is installed: check that the job does not run in a `container:` image without it.', "In GitLab CI, the job's `image:` must hold the docker client (`image: docker:cli`, or an image with docker-ce-cli); the client is enough to log in.", null],
  ['CI046', 'Pull requests from forks get neither secrets nor an OIDC token for your role: set `skip-if-missing: true` for them.', null, null],
  ['CI045', 'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services', null, null],
  ['CI032', 'Use the secret as the password, as in the block below; keep it out of CI.', 'Use the secret as the password; keep it out of CI.', 'Use the secret as the password, as in the block below; keep it out of CI.'],
  ['CI033', 'docker had no credential: no AWS keys were found in the environment (no aws-actions/configure-aws-credentials step ran before this one), or the image is pushed elsewhere.', 'docker had no credential: no AWS keys were found in the environment, or the image is pushed elsewhere.', 'docker had no credential: no AWS keys were found in the environment, or the image is pushed elsewhere.'],
  ['CI034', 'Recommended: give the job `permissions: id-token: write`, run aws-actions/configure-aws-credentials with `role-to-assume` (an IAM role trusting GitHub\'s OIDC provider) before this step, and leave `username` and `password` empty: the keys are taken from the environment.', 'Recommended: an IAM role assumed with the job\'s OIDC token: an `id_tokens:` entry with `aud: sts.amazonaws.com`, written to a file named by AWS_WEB_IDENTITY_TOKEN_FILE, and AWS_ROLE_ARN set; with no `--username` or `--password`, the keys are taken from the environment.', 'Recommended: AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN for temporary keys, or AWS_PROFILE), or `aws sso login` with AWS_PROFILE; with no `--username` or `--password`, the keys are taken from there.'],
  ['CI035', 'Best: leave `username` and `password` empty after aws-actions/configure-aws-credentials: this action then exchanges the keys itself.', 'Best: give no `--username` or `--password`, with AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN for temporary keys, or AWS_PROFILE): the command then exchanges the keys itself.', 'Best: give no `--username` or `--password`, with AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN for temporary keys, or AWS_PROFILE): the command then exchanges the keys itself.'],
  ['CI036', 'Temporary keys (ASIA…) need their session token: use aws-actions/configure-aws-credentials and leave `username` and `password` empty.', 'Temporary keys (ASIA…) need their session token: export AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and give no `--username` or `--password`.', 'Temporary keys (ASIA…) need their session token: export AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, and give no `--username` or `--password`.'],
  ['CI037', 'Log in inside each job, with aws-actions/configure-aws-credentials before this step and `username`/`password` left empty.', 'Log in inside each job, with AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN for temporary keys, or AWS_PROFILE) and no `--username` or `--password`.', 'Log in inside each job, with AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN for temporary keys, or AWS_PROFILE) and no `--username` or `--password`.'],
  ['CI038', 'Run aws-actions/configure-aws-credentials right before this step (again, in a long job).', 'Get the role\'s temporary credentials again right before this command (in a long job too).', 'Sign in again (`aws sso login`, or a new `aws sts assume-role`) right before this command.'],
  ['CI039', 'Or raise `role-duration-seconds` (up to the role\'s maximum session duration).', 'Or ask for a longer session (`aws sts assume-role-with-web-identity --duration-seconds`, up to the role\'s maximum session duration).', 'Or ask for a longer session (`aws sts assume-role --duration-seconds`, up to the role\'s maximum session duration).'],
  ['CI040', 'https://github.com/aws-actions/configure-aws-credentials', 'https://docs.gitlab.com/ci/cloud_services/aws/', 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html'],
  ['CI041', 'Or keep gcloud as the helper: google-github-actions/auth and google-github-actions/setup-gcloud, then `gcloud auth configure-docker HOST`.', 'Or keep gcloud as the helper: gcloud signed in (`gcloud auth activate-service-account --key-file KEY.json`, or workload identity federation), then `gcloud auth configure-docker HOST`.', 'Or keep gcloud as the helper: gcloud signed in (`gcloud auth activate-service-account --key-file KEY.json`, or workload identity federation), then `gcloud auth configure-docker HOST`.'],
  ['CI042', 'https://github.com/google-github-actions/auth', 'https://docs.gitlab.com/ci/cloud_services/google_cloud/', 'https://cloud.google.com/artifact-registry/docs/docker/authentication'],
  ['CI043', 'Log in with `az acr login --name NAME` after azure/login.', 'Log in with `az acr login --name NAME` after `az login`.', 'Log in with `az acr login --name NAME` after `az login`.'],
  ['CI044', '`az login` again (or re-run azure/login), then `az acr login --name NAME`.', '`az login` again, then `az acr login --name NAME`.', '`az login` again, then `az acr login --name NAME`.'],
  ['CI028', 'Without a secret: azure/login@v2 with `client-id`, then `az acr login --name NAME --expose-token`.', 'Without a secret: where the Azure CLI is signed in (`az login`), pipe its access token: `az acr login --name NAME --expose-token --output tsv --query accessToken | docker-login-preflight login --registry NAME.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin`.', 'Without a secret: where the Azure CLI is signed in (`az login`), pipe its access token: `az acr login --name NAME --expose-token --output tsv --query accessToken | docker-login-preflight login --registry NAME.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin`.']
] // prettier-ignore

describe('CI_WORDINGS', () => {
  it('has one test row per wording, and unique ids', () => {
    const ids = CI_WORDINGS.map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ROWS.map(([id]) => id).sort()).toEqual([...ids].sort())
  })

  it.each(ROWS)('%s', (id, text, gitlab, other) => {
    const row = CI_WORDINGS.find((r) => r.id === id)
    row!.github.lastIndex = 0
    expect(row!.github.test(text)).toBe(true)
    expect(inCi(text, 'gitlab-ci')).toBe(gitlab)
    expect(inCi(text, 'other')).toBe(other)
    // Jenkins: its own words where GitLab's differ, never GitHub's
    const jenkins = inCi(text, 'jenkins')
    expect(jenkins === null).toBe(gitlab === null)
    expect(jenkins ?? '').not.toMatch(
      /Secrets and variables|\$\{\{|CI\/CD|gitlab/
    )
    // in GitHub Actions, as written
    expect(inCi(text, 'github-actions')).toBe(text)
  })

  it('leaves a step that names the workflow it is for as it is', () => {
    const step =
      'In a workflow of the repository the package belongs to, use GITHUB_TOKEN: log in with `username: ${{ github.actor }}` and `password: ${{ secrets.GITHUB_TOKEN }}`.'
    expect(inCi(step, 'gitlab-ci')).toBe(step)
  })

  it('applies again to the next text (no regular expression keeps its place)', () => {
    const text = 'Update the repository secret with the new token.'
    expect(inCi(text, 'jenkins')).toBe(inCi(text, 'jenkins'))
    expect(inCi(text, 'jenkins')).toBe(
      'Update the Jenkins credential with the new token.'
    )
  })
})

/**
 * What only a GitHub Actions job can be told: Docker Hub's OIDC login (the
 * command line refuses it, README), an empty input (the command line's own
 * cases `ci-variable`, `gitlab-variable` and `token-command-empty` take its
 * place outside Actions, and ECR's own texts where neither input is given:
 * MISSING_ELSEWHERE), GITHUB_TOKEN's case (outside a job a `ghs_` token is
 * a GitHub App's, case `app-token`), a pull without a login (a case of
 * `explain`'s texts) and the cases of an OIDC login.
 */
const ACTIONS_ONLY_IDS = /^(?:oidc-|missing-credentials$)/

/**
 * The `missing-credentials` texts the command line gives outside Actions
 * (src/cli.ts caseWhereRun; attack-64 A64-02): profile and case.
 */
const MISSING_ELSEWHERE: ReadonlyArray<
  readonly [ProfileId | 'any', RemediationCase | undefined]
> = [
  ['any', 'ci-variable'],
  ['any', 'gitlab-variable'],
  ['any', 'token-command-empty'],
  ['ecr', undefined]
]

function givenElsewhere(
  id: string,
  profile: ProfileId,
  kase: RemediationCase | undefined
): boolean {
  if (id !== 'missing-credentials') return !ACTIONS_ONLY_IDS.test(id)
  return MISSING_ELSEWHERE.some(
    ([p, c]) => (p === 'any' || p === profile) && c === kase
  )
}
const ACTIONS_ONLY_CASES = new Set([
  'github-token',
  'anonymous-pull',
  'oidc-username',
  'oidc-id-token',
  // a GitHub job's ID token, as an action of a cloud presents it
  // (attack-60): read by explain from a GitHub Actions log
  'id-token-permission',
  'federated-credential',
  'oidc-assertion-expired',
  'wif-attribute-condition',
  // a bot's or a tool's log, read by explain: never a registry's answer to
  // check or login (attack-63)
  'dependency-bot',
  'tool-cloud-identity'
])

/** GitHub Actions' own words: where it keeps secrets, its expressions, its inputs. */
const GITHUB_WORDS =
  /GitHub-hosted (?:Ubuntu|runners)\b(?! change)|skip-if-missing|Pull requests from forks|Secrets and variables|\$\{\{|runner\.temp|`with:` block|repository secret|`(?:username|password):|` inputs?\b|google-github-actions\/|azure\/login\b|aws-actions\/|role-duration-seconds|docs\.github\.com\/en\/(?:actions|code-security\/dependabot)\//

/**
 * Every text of every profile, id and case, in a CI system's terms: `all`
 * rendered so, `texts` only where the command line gives it there.
 */
function* everyText(ci: CiSystem) {
  for (const profile of PROFILES) {
    for (const id of [...DIAGNOSIS_IDS, ...WARNING_IDS]) {
      for (const kase of [undefined, ...REMEDIATION_CASES]) {
        const all = forCi(
          remediationFor(id, {
            registry: 'registry.example',
            profile: profile.id,
            username: 'octocat',
            case: kase
          }),
          ci
        )
        const given =
          !(kase && ACTIONS_ONLY_CASES.has(kase)) &&
          givenElsewhere(id, profile.id, kase)
        yield {
          name: `${profile.id}/${id}/${kase ?? '-'}`,
          all,
          texts: given ? all : undefined
        }
      }
    }
  }
}

describe('every text the command line gives outside GitHub Actions', () => {
  beforeAll(async () => {
    await loadAllTexts()
  })

  it.each(ELSEWHERE)('in %s, names no GitHub Actions setting', (ci) => {
    const left: string[] = []
    let rendered = 0
    for (const { name, texts } of everyText(ci)) {
      if (!texts) continue
      rendered++
      for (const text of [texts.why, ...texts.steps, ...texts.docs]) {
        if (FRAMED.test(text)) continue
        if (GITHUB_WORDS.test(text)) left.push(`${name}: ${text}`)
      }
    }
    expect(rendered).toBeGreaterThan(1000)
    expect([...new Set(left)]).toEqual([])
  })

  // attack-64 A64-01: a step framed as a workflow's kept its "as below"
  it.each(['gitlab-ci', 'jenkins'] as const)(
    'in %s, no step points to a block it does not show',
    (ci) => {
      const left: string[] = []
      for (const { name, all } of everyText(ci)) {
        for (const text of all.steps) {
          if (/\bas (?:in the block )?below\b/.test(text)) {
            left.push(`${name}: ${text}`)
          }
        }
      }
      expect([...new Set(left)]).toEqual([])
    }
  )

  it('and every wording is one the texts hold', () => {
    const all = new Set<string>()
    for (const profile of PROFILES) {
      for (const id of [...DIAGNOSIS_IDS, ...WARNING_IDS]) {
        for (const kase of [undefined, ...REMEDIATION_CASES]) {
          const texts = remediationFor(id, {
            registry: 'registry.example',
            profile: profile.id,
            username: 'octocat',
            case: kase
          })
          for (const text of [texts.why, ...texts.steps, ...texts.docs]) {
            all.add(text)
          }
        }
      }
    }
    const unused = CI_WORDINGS.filter((row) =>
      [...all].every((text) => {
        row.github.lastIndex = 0
        return !row.github.test(text)
      })
    ).map((row) => row.id)
    expect(unused).toEqual([])
  })

  it('in GitHub Actions, changes nothing', () => {
    const texts = remediationFor('malformed-credentials', {
      registry: 'docker.io',
      profile: 'docker-hub',
      username: 'octocat'
    })
    const same = { why: texts.why, steps: texts.steps, docs: texts.docs }
    expect(forCi(texts, 'github-actions')).toEqual(same)
    expect(forCi(texts, 'gitlab-ci')).not.toEqual(same)
  })
})

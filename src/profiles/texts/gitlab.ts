/**
 * What GitLab's registry texts say per diagnosis and case: loaded only
 * when a report of that registry is written (src/profiles/index.ts
 * loadTexts), so that no other registry's start-up pays for them.
 */
import { ACTION_USES } from '../common.js'
import { PULL_LOGIN_STEP, SAME_USER_STEP } from './common.js'
import type { RemediationTable } from '../types.js'

const TOKEN_STEPS = [
  'Create a token with the read_registry and write_registry scopes (read_registry alone to pull): a project access token (the project → Settings → Access tokens, role Developer or higher), a personal access token (your avatar → Edit profile → Access tokens), or a deploy token (the project → Settings → Repository → Deploy tokens).',
  "Log in with it as the password; the username is your GitLab username for a personal token (any non-empty name for a project or group token), the deploy token's own username (gitlab+deploy-token-<n>) for a deploy token, or gitlab-ci-token for CI_JOB_TOKEN.",
  'Store the token as a secret of the CI system (GitHub Actions: a repository secret; GitLab CI: a masked CI/CD variable) and check its expiry date: GitLab tokens expire.'
]

/** A workflow block logging in to GitLab's registry with a token. */
const GITLAB_SNIPPET = [
  '- name: Log in to the GitLab container registry',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  '    # your GitLab username, or the deploy token username (gitlab+deploy-token-<n>)',
  '    username: ${{ vars.GITLAB_USERNAME }}',
  '    # a token with the read_registry and write_registry scopes',
  '    password: ${{ secrets.GITLAB_TOKEN }}'
].join('\n')

const LINKS_GITLAB = {
  auth: 'https://docs.gitlab.com/user/packages/container_registry/authenticate_with_container_registry/',
  pat: 'https://docs.gitlab.com/user/profile/personal_access_tokens/',
  projectTokens:
    'https://docs.gitlab.com/user/project/settings/project_access_tokens/',
  deployTokens: 'https://docs.gitlab.com/user/project/deploy_tokens/',
  jobToken: 'https://docs.gitlab.com/ci/jobs/ci_job_token/',
  protected:
    'https://docs.gitlab.com/user/packages/container_registry/container_repository_protection_rules/',
  status: 'https://status.gitlab.com/'
} as const

/** GitLab's texts (see the profile, ../gitlab.ts). */
export const REMEDIATION: RemediationTable = {
  // docs/registries.md §13f: a push or pull that carried no credential
  'missing-credentials': {
    cases: {
      'no-login': {
        steps: [
          'Log in before the step that pushes or pulls, in the same job: in GitLab CI, `echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin "$CI_REGISTRY"` (or with CI_REGISTRY_USER and CI_REGISTRY_PASSWORD); in GitHub Actions, this action with a token that has read_registry and write_registry, as below.',
          'Set the registry to the host of the image reference, character for character: $CI_REGISTRY is the host only, and a variable with no value (a protected variable on an unprotected branch) sends the image to docker.io instead.',
          SAME_USER_STEP,
          "GitLab refuses a token without a registry scope as it refuses no login (denied: access forbidden): the token needs read_registry, and write_registry to push; a tool that does not read docker's config (a Kubernetes pull, a build plugin, a scanner) needs the credential given to it."
        ],
        docs: [LINKS_GITLAB.auth, LINKS_GITLAB.jobToken],
        snippet: GITLAB_SNIPPET
      },
      'anonymous-pull': {
        steps: [
          'Log in before the pull: in GitLab CI with CI_JOB_TOKEN; a job token pulls from another project only when that project allows this one (Settings → CI/CD → Job token permissions).',
          'Kubernetes or another machine: a deploy token with read_registry (the project → Settings → Repository → Deploy tokens) as the image pull secret.',
          'Check the image name: HOST/GROUP/PROJECT[/IMAGE], all lowercase; a project that does not exist is refused the same way.'
        ],
        docs: [
          LINKS_GITLAB.auth,
          LINKS_GITLAB.jobToken,
          LINKS_GITLAB.deployTokens
        ],
        snippet: GITLAB_SNIPPET
      }
    }
  },
  'invalid-credentials': {
    title: 'Incorrect username or token for GitLab',
    error:
      'use a GitLab access token with read_registry and write_registry as the password (an account password fails with 2FA)',
    why: 'GitLab answered HTTP Basic: Access denied: the token is wrong, expired or revoked, the username does not go with it, or an account password was sent where GitLab requires a token (two-factor authentication on, or password sign-in for Git over HTTP turned off).',
    steps: TOKEN_STEPS,
    docs: [LINKS_GITLAB.auth, LINKS_GITLAB.pat],
    snippet: GITLAB_SNIPPET,
    cases: {
      // docs/registries.md §13x: a CI job token lives as long as its job
      'job-token': {
        title: 'GitLab refused the CI job token',
        error:
          "log in with the running job's own $CI_JOB_TOKEN (username gitlab-ci-token) to its own GitLab's registry",
        why: 'GitLab refused a CI job token with the username gitlab-ci-token. A job token is valid only while its job runs: a token kept from another job or pipeline (a variable, a cache, a docker config), or used after its job ended, is refused; so is a token of another GitLab instance, and one whose job was started by a user who may no longer access the project.',
        steps: [
          'Log in inside the job that uses the registry, with that job\'s token: `echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin "$CI_REGISTRY"` (or CI_REGISTRY_USER and CI_REGISTRY_PASSWORD); never a token saved from an earlier job.',
          'Log in to the registry of the GitLab that runs the job ($CI_REGISTRY): a job token is not valid on another GitLab instance.',
          'Check that the user who started the pipeline (pushed, triggered or owns the schedule) still has access to the project, and run the pipeline again.',
          'Outside GitLab CI (GitHub Actions, a laptop, Jenkins) there is no job token: use a project, group or personal access token, or a deploy token, with read_registry and write_registry.'
        ],
        docs: [LINKS_GITLAB.jobToken, LINKS_GITLAB.auth],
        snippet: undefined
      }
    }
  },
  'token-expired': {
    title: 'The GitLab token has expired',
    error:
      'create a new GitLab token with read_registry and write_registry, and update the secret',
    steps: [
      'Create a new token (or rotate the old one) with the read_registry and write_registry scopes and an expiry date that fits.',
      'Update the repository secret that holds it.'
    ],
    docs: [LINKS_GITLAB.pat, LINKS_GITLAB.projectTokens]
  },
  'pat-required': {
    title: 'A GitLab token is required, not the password',
    error:
      'create a GitLab access token with read_registry and write_registry and use it as the password',
    why: 'GitLab refused the account password: two-factor authentication is on for the account (or enforced by the group), or password sign-in for Git over HTTP is turned off. docker login then needs a token.',
    steps: TOKEN_STEPS,
    docs: [LINKS_GITLAB.auth, LINKS_GITLAB.pat],
    snippet: GITLAB_SNIPPET
  },
  'password-with-2fa': {
    title: 'A password on a GitLab account with two-factor authentication',
    error:
      'create a GitLab access token with read_registry and write_registry and use it as the password',
    why: 'The account has two-factor authentication on: GitLab refuses its password for docker login and takes a token instead.',
    steps: TOKEN_STEPS,
    docs: [LINKS_GITLAB.auth, LINKS_GITLAB.pat],
    snippet: GITLAB_SNIPPET
  },
  'organization-token-username': {
    title: 'The username does not go with this GitLab token',
    error:
      "use the username gitlab-ci-token with CI_JOB_TOKEN, and a deploy token's own username with a deploy token",
    why: 'GitLab accepts a CI job token only with the username gitlab-ci-token (CI_REGISTRY_USER), and a deploy token only with the username it was created with; any other username is refused like a wrong token.',
    steps: [
      'With a CI job token: username gitlab-ci-token (or $CI_REGISTRY_USER), password $CI_JOB_TOKEN (or $CI_REGISTRY_PASSWORD).',
      'With a deploy token: the username shown when it was created (gitlab+deploy-token-<n> unless one was chosen), also in the project → Settings → Repository → Deploy tokens.',
      'With a personal, project or group access token: any non-empty username works; your GitLab username is the clearest.'
    ],
    docs: [LINKS_GITLAB.auth, LINKS_GITLAB.deployTokens, LINKS_GITLAB.jobToken]
  },
  'insufficient-scope': {
    title: 'The GitLab token may not push there',
    error:
      'give the token read_registry and write_registry, and its user at least the Developer role on the project',
    why: "GitLab's token service granted less than asked: the token has no registry scope (read_registry, write_registry; api also works), its user has less than the Developer role on the project, the image path is not under an existing project (GitLab creates no project on push), or the repository path is protected. A proxy that strips the Authorization header on the way to /jwt/auth gets the same access forbidden.",
    steps: [
      "Check the token's scopes (User settings → Access tokens, or the project's Access tokens page): pushing needs read_registry and write_registry. Scopes cannot be changed: create a new token.",
      "Check the role of the token's user on the project (Manage → Members): pushing needs Developer or higher; a project or group access token has the role chosen when it was created.",
      "Check the image path: registry host, then the project's full path (group/subgroup/project), then optional image names, all lowercase. The project must exist.",
      'If the repository path is protected (Settings → Packages and registries → Protected container repositories), push with a user whose role the rule allows.'
    ],
    docs: [LINKS_GITLAB.auth, LINKS_GITLAB.protected],
    snippet: GITLAB_SNIPPET,
    cases: {
      // attack-64: /jwt/auth refused the login itself, no push asked
      'login-scope': {
        title: 'The GitLab token may not use the container registry',
        error:
          'create a token with read_registry and write_registry (api also works), as this one has no registry scope',
        why: "GitLab's token service refused the login itself (denied: access forbidden), before any image was named: the token has no registry scope (read_registry, write_registry; api also works), or a proxy strips the Authorization header on the way to /jwt/auth.",
        steps: [
          "Check the token's scopes (User settings → Access tokens, or the project's or group's Access tokens page; a deploy token: the project → Settings → Repository → Deploy tokens): pulling needs read_registry, pushing read_registry and write_registry. Scopes cannot be changed: create a new token.",
          'Update the repository secret with the new token (and, for a deploy token, its username gitlab+deploy-token-<n>).',
          'If the token has the scopes, a proxy in front of GitLab may strip the Authorization header: try the login from outside it.'
        ],
        docs: [LINKS_GITLAB.auth, LINKS_GITLAB.deployTokens]
      },
      'read-only-token': {
        title: 'The GitLab token may not push',
        error:
          'create a token (or deploy token) with both read_registry and write_registry, and update the secret',
        why: "GitLab's token service did not grant push: the token (a deploy token, most often) has read_registry but not write_registry, or it belongs to another project.",
        steps: [
          'Create a deploy token (the project → Settings → Repository → Deploy tokens) or a project access token with the read_registry and write_registry scopes; scopes cannot be added to an existing token.',
          'Update the repository secrets with the new token and, for a deploy token, its username (gitlab+deploy-token-<n>).'
        ],
        docs: [LINKS_GITLAB.deployTokens, LINKS_GITLAB.auth]
      },
      'job-token': {
        title: 'The CI job token may not push there',
        error:
          "push with CI_JOB_TOKEN only to the registry of the job's own project, or use a token with write_registry",
        why: "A CI job token pushes only to the container registry of the project whose pipeline runs the job; for other projects it can at most pull (when that project's job token allowlist lets it).",
        steps: [
          "Push to the job's own project: $CI_REGISTRY_IMAGE is its registry path.",
          'To push to another project, log in with a project access token or deploy token of that project with the read_registry and write_registry scopes.'
        ],
        docs: [LINKS_GITLAB.jobToken, LINKS_GITLAB.auth],
        snippet: undefined
      },
      // docs/registries.md §13tt (h): the same refusal on a pull
      'read-denied': {
        error:
          'log in before the pull with a token that has read_registry (a job token of another project must be allowed)',
        steps: [
          PULL_LOGIN_STEP,
          "A personal, project or group access token or a deploy token needs read_registry, and its user at least the Reporter role on the project; a CI job token ($CI_JOB_TOKEN) of another project reads only if this project's CI/CD job token allowlist lists that project.",
          'Check the image path: {registry}/<group>/<project>[/<image>], as the project’s Container Registry page shows it.'
        ],
        docs: [LINKS_GITLAB.jobToken, LINKS_GITLAB.auth],
        snippet: undefined
      }
    }
  },
  'registry-unreachable': { docs: [LINKS_GITLAB.status] },
  'preflight-unreachable': { docs: [LINKS_GITLAB.status] }
}

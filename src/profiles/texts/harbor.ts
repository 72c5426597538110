/**
 * What Harbor's registry texts say per diagnosis and case: loaded only
 * when a report of that registry is written (src/profiles/index.ts
 * loadTexts), so that no other registry's start-up pays for them.
 */
import { ACTION_USES } from '../common.js'
import { PULL_LOGIN_STEP } from './common.js'
import type { RemediationTable } from '../types.js'

const ROBOT_STEPS = [
  "Use the robot's full name as the username, as Harbor shows it (robot$<project>+<name> for a project robot, robot$<name> for a system robot). In a shell, quote it in single quotes ('robot$ci+build') or the shell expands $ci; in a workflow, keep it in a variable (vars.HARBOR_ROBOT_NAME).",
  'Check the robot in the project → Robot Accounts (or Administration → Robot Accounts): it must be enabled and not expired (robot accounts expire after 30 days unless set otherwise). Refresh its secret there if it was lost, and update the repository secret.',
  "For an OIDC user: use the CLI secret from User Profile, not the identity provider's password; it stops working when the OIDC session behind it ends."
]

/** A workflow block logging in to Harbor with a robot account. */
const HARBOR_SNIPPET = [
  '- name: Log in to Harbor',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  "    # the robot's full name, robot$<project>+<name>: keep it in a variable, never in a shell line",
  '    username: ${{ vars.HARBOR_ROBOT_NAME }}',
  '    password: ${{ secrets.HARBOR_ROBOT_SECRET }}'
].join('\n')

const LINKS_HARBOR = {
  projectRobots:
    'https://goharbor.io/docs/2.6.0/working-with-projects/project-configuration/create-robot-accounts/',
  systemRobots: 'https://goharbor.io/docs/2.6.0/administration/robot-accounts/',
  oidc: 'https://goharbor.io/docs/2.6.0/administration/configure-authentication/oidc-auth/',
  projects:
    'https://goharbor.io/docs/2.6.0/working-with-projects/create-projects/'
} as const

/** Harbor's texts (see the profile, ../harbor.ts). */
export const REMEDIATION: RemediationTable = {
  // the common cases' texts (docs/registries.md §13f), with this
  // registry's login
  'missing-credentials': {
    cases: {
      'no-login': { snippet: HARBOR_SNIPPET },
      'anonymous-pull': { snippet: HARBOR_SNIPPET }
    }
  },
  'invalid-credentials': {
    title: 'Incorrect username or secret for Harbor',
    error:
      "check the robot's full name (quote robot$… in shells), that it is enabled and not expired, and its secret",
    why: 'Harbor answers every refused login the same way (unauthorized: authentication required): a wrong or refreshed secret, a robot account that expired or was disabled, a robot name whose $… part a shell expanded, or an OIDC user whose CLI secret no longer works.',
    steps: ROBOT_STEPS,
    docs: [LINKS_HARBOR.projectRobots, LINKS_HARBOR.oidc],
    snippet: HARBOR_SNIPPET
  },
  'token-expired': {
    title: 'The Harbor robot account or CLI secret has expired',
    error:
      "extend the robot account's expiry or refresh its secret in Harbor, then update the secret",
    why: "Harbor robot accounts expire (after 30 days unless set otherwise), and an OIDC user's CLI secret stops working with the OIDC session behind it.",
    steps: [
      'In the project → Robot Accounts (or Administration → Robot Accounts), edit the robot: set a longer expiry or Never, or refresh its secret.',
      'Update the repository secret with the new secret.',
      "For an OIDC user, prefer a robot account in CI: the CLI secret depends on the identity provider's session."
    ],
    docs: [LINKS_HARBOR.projectRobots, LINKS_HARBOR.oidc]
  },
  'insufficient-scope': {
    title: 'The Harbor account may not push to that project',
    error:
      'give the robot both Push and Pull permission on the project (a user: Developer role), and create the project first',
    why: "Harbor's token service granted less than asked: the robot account lacks the push permission (or pull, which a push needs too), the user's role on the project is below Developer, or the project does not exist (Harbor never creates one on push).",
    steps: [
      'Check the image path: <registry>/<project>/<repository>, with an existing project; Harbor creates no project on push (Projects → New Project).',
      'For a robot account: in the project → Robot Accounts, edit it and grant both Push and Pull on repositories (push alone fails); a system robot needs them for this project.',
      'For a user: Projects → the project → Members, with the Developer role or higher.'
    ],
    docs: [
      LINKS_HARBOR.projectRobots,
      LINKS_HARBOR.systemRobots,
      LINKS_HARBOR.projects
    ],
    snippet: HARBOR_SNIPPET,
    cases: {
      // docs/registries.md §13tt (h): the same refusal on a pull
      'read-denied': {
        error:
          'log in before the pull with a robot that has Pull on the project (a user: a member of it), or make the project public',
        steps: [
          PULL_LOGIN_STEP,
          "A robot account needs Pull on repositories in the project (Projects → the project → Robot Accounts); a user must be a member of a private project (Members, Guest or higher). Quote a robot's name in YAML: robot$name.",
          'Check the image path: <registry>/<project>/<repository>, with a project that exists.'
        ]
      },
      // attack-37 repro-04: Harbor's catalog refused (HBR011, REG028)
      'list-denied': {
        error:
          'browse by project: Harbor lists its catalog to system administrators and system robots only',
        steps: [
          'Harbor answers GET /v2/_catalog for system administrators and for system robot accounts given the catalog permission (Administration → Robot Accounts); project robots and members may pull and push but not list it.',
          "Or browse by project: open <registry>/<project>/<repository> by name, or list a project in Harbor's web interface or API (GET /api/v2.0/projects/<project>/repositories), which project members may."
        ],
        docs: [LINKS_HARBOR.systemRobots]
      }
    }
  }
}

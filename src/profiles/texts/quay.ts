/**
 * What Quay's registry texts say per diagnosis and case: loaded only
 * when a report of that registry is written (src/profiles/index.ts
 * loadTexts), so that no other registry's start-up pays for them.
 */
import { ACTION_USES } from '../common.js'
import type { RemediationTable } from '../types.js'
import { BLOB_STORAGE_CHECKS, PULL_LOGIN_STEP } from './common.js'

/** A workflow block logging in to Quay with a robot account. */
const QUAY_SNIPPET = [
  '- name: Log in to Quay',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    registry: {registry}',
  "    # the robot's full name: <namespace>+<robot>",
  '    username: ${{ vars.QUAY_ROBOT_NAME }}',
  '    password: ${{ secrets.QUAY_ROBOT_TOKEN }}'
].join('\n')

const LINKS_QUAY = {
  robots: 'https://docs.quay.io/glossary/robot-accounts.html',
  login: 'https://docs.quay.io/guides/login.html',
  permissions:
    'https://docs.redhat.com/en/documentation/red_hat_quay/3/html/managing_access_and_permissions/index',
  status: 'https://status.quay.io/'
} as const

/** Quay's texts (see the profile, ../quay.ts). */
export const REMEDIATION: RemediationTable = {
  // the common cases' texts (docs/registries.md §13f), with this
  // registry's login
  'missing-credentials': {
    cases: {
      'no-login': { snippet: QUAY_SNIPPET },
      'anonymous-pull': { snippet: QUAY_SNIPPET }
    }
  },
  'invalid-credentials': {
    title: 'Incorrect username or password for Quay',
    error:
      "use the robot's full name (<namespace>+<robot>) with its token, or your Quay username with an encrypted password",
    why: 'Quay refused the credential: the robot does not exist under that name or its token was regenerated, or the password is wrong (where Quay signs users in through LDAP or SSO, docker login takes an encrypted password, not the account password).',
    steps: [
      "For a robot account: copy the name and token from the organization (or your account) → Robot Accounts → the robot's credentials; the name is <namespace>+<robot>, the token changes when it is regenerated.",
      'For a user: generate an encrypted password (Account Settings → Generate Encrypted Password) and use it with your Quay username.',
      'Update the repository secrets with the new values.'
    ],
    docs: [LINKS_QUAY.robots, LINKS_QUAY.login],
    snippet: QUAY_SNIPPET
  },
  'pat-required': {
    title: 'An encrypted password or a robot token is required',
    error:
      "generate an encrypted password in Quay's Account Settings, or log in with a robot account and its token",
    why: 'This Quay refuses plain account passwords from docker login (encrypted passwords are required): it takes an encrypted password or a robot token.',
    steps: [
      'Account Settings → Generate Encrypted Password, and use it as the password with your username.',
      'Better for CI: a robot account (organization → Robot Accounts) with Write on the repositories, its token stored as a secret.'
    ],
    docs: [LINKS_QUAY.login, LINKS_QUAY.robots],
    snippet: QUAY_SNIPPET
  },
  'token-expired': {
    title: 'The Quay credential no longer works',
    error:
      "regenerate the robot's token (or an encrypted password) in Quay and update the secret",
    steps: [
      'Organization (or your account) → Robot Accounts → the robot → regenerate its token, then copy the new one; or Account Settings → Generate Encrypted Password for a user.',
      'Update the repository secret that holds it.'
    ],
    docs: [LINKS_QUAY.robots, LINKS_QUAY.login]
  },
  'unsupported-credential-kind': {
    title: 'Robot accounts are disabled on this Quay',
    error:
      'ask the Quay administrators to allow this robot, or log in as a user with an encrypted password',
    why: 'The Quay administrators turned robot accounts off (ROBOTS_DISALLOW); only the robots they list are accepted.',
    steps: [
      'Ask the administrators to add the robot to ROBOTS_WHITELIST in the Quay configuration.',
      'Or log in as a user with an encrypted password (Account Settings → Generate Encrypted Password).'
    ],
    docs: [LINKS_QUAY.robots]
  },
  'insufficient-scope': {
    title: 'No push access on Quay, or the repository does not exist',
    error:
      'create the repository on Quay, or give the robot Write permission on it (a Creator team role to create new ones)',
    why: 'Quay grants only what the credential may do and answers the rest with unauthorized: access to the requested resource is not authorized, whether the repository is missing or the robot may not write it. A robot can create a repository on push only as a member of a team with the Creator (or Admin) role.',
    steps: [
      'Check the image path: quay.io/<namespace>/<repository>, all lowercase, and that the repository exists (Create New Repository), unless the robot may create it.',
      'Give the robot Write: the repository → Settings → User and Robot Permissions → add <namespace>+<robot> with Write, or give it Write on every repository in the organization → Robot Accounts → the robot.',
      'To let the robot create repositories on push, add it to a team with the Creator role (organization → Teams and Membership).'
    ],
    docs: [LINKS_QUAY.robots, LINKS_QUAY.permissions],
    snippet: QUAY_SNIPPET,
    cases: {
      // docs/registries.md §13tt (h): the same refusal on a pull
      'read-denied': {
        error:
          'log in before the pull with a robot (<namespace>+<robot>) that has Read on the repository, and check that it exists',
        steps: [
          PULL_LOGIN_STEP,
          'Give the robot Read: the repository → Settings → User and Robot Permissions → add <namespace>+<robot> with Read (Write to push too).',
          'Check the image path: quay.io/<namespace>/<repository>, all lowercase; a private repository answers a pull without a login as if it did not exist.'
        ]
      }
    }
  },
  'registry-unreachable': {
    docs: [LINKS_QUAY.status],
    cases: {
      // docs/registries.md §13w: quay.io's layers come from its CDN
      'blob-storage': {
        steps: [
          "Allow quay.io's CDN hosts (cdn.quay.io, cdn01.quay.io to cdn03.quay.io, or *.quay.io) through the runner's firewall, proxy or network policy, as well as quay.io; do not deny *.quay.io while allowing quay.io. A self-hosted Quay's storage is the host named in the error.",
          ...BLOB_STORAGE_CHECKS
        ],
        docs: [
          'https://docs.openshift.com/container-platform/latest/installing/install_config/configuring-firewall.html'
        ]
      }
    }
  },
  'preflight-unreachable': { docs: [LINKS_QUAY.status] }
}

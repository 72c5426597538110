/**
 * What Docker Hub's texts say per diagnosis and case. Unlike the other
 * registries' texts, in the main bundle: every run on the most common path
 * renders them, and a lazy chunk measured slower there (npm run bench).
 */
import { ACTION_USES, LINKS } from '../common.js'
import {
  BLOB_STORAGE_CHECKS,
  IMMUTABLE_TAG_STEPS,
  TAG_RESOLUTION_STEPS
} from './common.js'
import type { RemediationTable } from '../types.js'
import { OIDC_TEXTS } from './docker-hub-oidc.js'

const LINKS_HUB = {
  accessTokens: 'https://docs.docker.com/go/access-tokens/',
  orgTokens: 'https://docs.docker.com/security/for-admins/access-tokens/',
  twoFactor: 'https://docs.docker.com/security/for-developers/2fa/',
  sso: 'https://docs.docker.com/security/for-admins/single-sign-on/',
  usage: 'https://docs.docker.com/docker-hub/usage/',
  pulls: 'https://docs.docker.com/docker-hub/usage/pulls/',
  status: 'https://www.dockerstatus.com/'
} as const

const TOKEN_SNIPPET = [
  '- name: Log in to Docker Hub',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    username: ${{ vars.DOCKERHUB_USERNAME }}',
  '    password: ${{ secrets.DOCKERHUB_TOKEN }}'
].join('\n')

const ORG_TOKEN_SNIPPET = [
  '- name: Log in to Docker Hub',
  `  uses: ${ACTION_USES}`,
  '  with:',
  "    username: ${{ vars.DOCKERHUB_ORGANIZATION }} # the organization's name",
  '    password: ${{ secrets.DOCKERHUB_ORG_TOKEN }}'
].join('\n')

const SKIP_IF_MISSING_SNIPPET = [
  '- name: Log in to Docker Hub',
  `  uses: ${ACTION_USES}`,
  '  with:',
  '    username: ${{ vars.DOCKERHUB_USERNAME }}',
  '    password: ${{ secrets.DOCKERHUB_TOKEN }}',
  '    # fork pull requests and Dependabot runs build without logging in',
  '    skip-if-missing: true'
].join('\n')

const CREATE_PAT =
  'In Docker Hub, open Account settings → Personal access tokens → Generate new token; choose access Read & Write to push (Read-only is enough to pull) and an expiration date.'
const STORE_PAT =
  'Copy the token (it starts with dckr_pat_ and is shown once) into a repository secret: GitHub → Settings → Secrets and variables → Actions → New repository secret, named DOCKERHUB_TOKEN.'
const USE_PAT =
  'Use the secret as the password and your Docker ID as the username, as in the block below; keep the account password out of CI.'

export const REMEDIATION: RemediationTable = {
  'missing-credentials': {
    snippet: SKIP_IF_MISSING_SNIPPET,
    // the common cases' texts, with Docker Hub's login
    cases: {
      'no-login': { snippet: TOKEN_SNIPPET },
      'anonymous-pull': { snippet: TOKEN_SNIPPET },
      // docs/registries.md §13x (b): a service's registry server for Hub
      'cloud-service': {
        steps: [
          "Give the service Docker Hub's credential in its own settings, your Docker ID and a personal access token: Container Apps `az containerapp registry set --name APP --resource-group GROUP --server registry.hub.docker.com --username DOCKER_ID --password TOKEN` (users report `registry.hub.docker.com` works there where `docker.io` does not); App Service its container settings; ECS the task definition's `repositoryCredentials`.",
          'Check the image name: docker.io/NAMESPACE/REPOSITORY:TAG; a private or missing repository is refused alike.'
        ],
        snippet: undefined
      },
      // kubectl's own default server is Docker Hub's, and the one Docker
      // Hub's credentials are stored under (docs/registries.md §13rr (b))
      'tag-resolution': {
        steps: [
          "Give the Knative Service a pull secret for Docker Hub, your Docker ID and a personal access token: create it (`kubectl create secret docker-registry regcred --docker-username=DOCKER_ID --docker-password=TOKEN` in the Service's namespace; leave out `--docker-server`: its default, https://index.docker.io/v1/, is Docker Hub's) and name it in the Service's `imagePullSecrets`, or add it to the service account the Service runs as.",
          ...TAG_RESOLUTION_STEPS.slice(1)
        ]
      },
      // attack-19 repro-06: an OIDC login whose username is empty; a
      // password, as the common texts would have it, turns OIDC off
      'oidc-username': {
        ...OIDC_TEXTS.usernameCase,
        error:
          'set username to the Docker organization that owns the OIDC connection (it is empty); leave password empty',
        why: "An OIDC login (oidc-connection-id or DOCKERHUB_OIDC_CONNECTIONID set, no password) signs in as the organization that owns the connection: the username is that organization's name, and it is empty. A password would turn OIDC off and log in with it instead."
      },
      // attack-26 repro-02: login-action's OIDC registries are '',
      // docker.io, registry-1.docker.io… (docs/docker-hub.md §7 (e))
      'oidc-registry': {
        title: 'Docker Hub OIDC needs registry docker.io',
        error:
          'DOCKERHUB_OIDC_CONNECTIONID is set, but OIDC applies only with registry docker.io or empty: set registry: docker.io (the password is empty)',
        why: 'An OIDC login is made, as in docker/login-action, only when the registry is empty, docker.io, registry-1.docker.io, registry-1-stage.docker.io or dhi.io. This registry is Docker Hub spelt another way (index.docker.io, https://index.docker.io/v1/, registry.hub.docker.com), so the step made an ordinary login, and its password is empty.',
        steps: [
          'Set `registry: docker.io`, or remove the `registry:` line: Docker Hub is the default.',
          "Keep `password:` out of the step and `username:` the organization's name; the job needs `permissions: id-token: write`.",
          'Or, to log in with a token instead, set `password:` from a secret this run can read.'
        ],
        docs: OIDC_TEXTS.usernameCase.docs,
        snippet: OIDC_TEXTS.usernameCase.snippet
      }
    }
  },

  'malformed-credentials': {
    why: 'The value is not what was stored: a literal $ before a token (written $${{ secrets.X }}), an expression or variable that was never expanded, or quotes, spaces, line breaks or invisible characters pasted with it. The registry would refuse it, and on Docker Hub each refused attempt counts towards the lockout.',
    steps: [
      'In the workflow, write the input exactly as `password: ${{ secrets.DOCKERHUB_TOKEN }}`: one $, no quotes around it.',
      'A `$VAR` in a `with:` block is not expanded by the runner: use `${{ env.VAR }}`, `${{ secrets.NAME }}` or `${{ vars.NAME }}` instead.',
      'Open the secret (Settings → Secrets and variables → Actions → the secret → Update) and paste the value again, without quotes, spaces or a trailing line break.'
    ],
    docs: [LINKS.githubSecrets, LINKS_HUB.accessTokens],
    snippet: TOKEN_SNIPPET
  },

  'email-as-username': {
    title: 'Email address used as the username',
    error: 'set username to your Docker ID, not your email address',
    why: 'Docker Hub\'s registry logs in the Docker ID, not the email address the account signs in with on the web; "{username}" is an email address.',
    steps: [
      'Find your Docker ID: it is the name in your Docker Hub profile URL, hub.docker.com/u/<Docker ID>, and in the account menu.',
      'Store it as a repository variable (Settings → Secrets and variables → Actions → Variables) named DOCKERHUB_USERNAME and use `username: ${{ vars.DOCKERHUB_USERNAME }}`.',
      'Keep a personal access token as the password.'
    ],
    docs: [LINKS_HUB.accessTokens, LINKS.githubVariables],
    snippet: TOKEN_SNIPPET
  },

  'password-with-2fa': {
    title: 'Password used on an account with two-factor authentication',
    error:
      'create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)',
    why: "Two-factor authentication is on for this account, so the registry accepts only personal access tokens. Docker Hub's login API confirmed that the password itself is right.",
    steps: [CREATE_PAT, STORE_PAT, USE_PAT],
    docs: [LINKS_HUB.accessTokens, LINKS_HUB.twoFactor],
    snippet: TOKEN_SNIPPET
  },

  'password-with-sso': {
    title: 'Password used while the organization enforces single sign-on',
    error:
      'create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)',
    why: 'An organization this account belongs to enforces single sign-on (SSO), and then the registry refuses passwords: only personal or organization access tokens can log in.',
    steps: [
      CREATE_PAT,
      STORE_PAT,
      USE_PAT,
      "Or ask an organization owner for an organization access token (Organization → Settings → Access tokens) and use the organization's name as the username."
    ],
    docs: [LINKS_HUB.accessTokens, LINKS_HUB.sso, LINKS_HUB.orgTokens],
    snippet: TOKEN_SNIPPET
  },

  'pat-required': {
    title: 'A personal access token is required',
    error:
      'create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)',
    why: 'The registry refused a password and asked for a personal access token. It does so when the account has two-factor authentication or its organization enforces SSO; the evidence does not tell which.',
    steps: [CREATE_PAT, STORE_PAT, USE_PAT],
    docs: [LINKS_HUB.accessTokens, LINKS_HUB.twoFactor, LINKS_HUB.sso],
    snippet: TOKEN_SNIPPET
  },

  'organization-token-username': {
    title: 'Organization access token used with the wrong username',
    error: "set username to the organization's name, not a member's Docker ID",
    why: 'The password is an organization access token (dckr_oat_…), which logs in only with the name of the organization that owns it as the username; "{username}" was refused. A revoked token is refused the same way.',
    steps: [
      "Set `username` to the organization's name exactly as in its Docker Hub URL (hub.docker.com/u/<organization>), for example from a variable DOCKERHUB_ORGANIZATION.",
      'If the name is right: check under Organization → Settings → Access tokens that the token still exists, is active and has not expired.'
    ],
    docs: [LINKS_HUB.orgTokens],
    snippet: ORG_TOKEN_SNIPPET
  },

  'invalid-credentials': {
    error:
      'check that username is your Docker ID and password a current access token of that account',
    why: 'The registry refused the username and password together: the password or token is wrong, revoked or belongs to another account, or the username is misspelled. Docker Hub answers a deleted or deactivated token the same way.',
    steps: [
      'Check that `username` is your Docker ID (not your email address) and that the token belongs to that account.',
      'Generate a new personal access token (Account settings → Personal access tokens) and update the DOCKERHUB_TOKEN secret with it.',
      'Fix the credential before re-running: repeated failures lock the login for about 15 minutes.'
    ],
    docs: [LINKS_HUB.accessTokens],
    snippet: TOKEN_SNIPPET,
    cases: { 'oidc-username': OIDC_TEXTS.usernameCase }
  },

  ...OIDC_TEXTS.remediation,

  'token-expired': {
    why: 'The registry recognised the token, but it is past its expiration date. Docker Hub access tokens can expire after 30 or 90 days or on a chosen date.',
    steps: [
      'Generate a new token: for a personal access token, Account settings → Personal access tokens → Generate new token; for an organization access token, Organization → Settings → Access tokens.',
      'Update the secret that holds it (Settings → Secrets and variables → Actions → DOCKERHUB_TOKEN → Update).',
      'Note the new expiration date so the next renewal is not a surprise.'
    ],
    docs: [LINKS_HUB.accessTokens, LINKS_HUB.orgTokens]
  },

  'insufficient-scope': {
    error:
      'use a token with Read & Write access, and push to a namespace it may write to',
    steps: [
      'Check that the image name starts with your Docker ID or an organization you may push to (for example {username}/app).',
      'Generate a personal access token with access Read & Write (Read-only and Public Repo Read-only tokens cannot push); for an organization access token, add the repository with push permission.',
      'Update the DOCKERHUB_TOKEN secret with the new token.'
    ],
    docs: [LINKS_HUB.accessTokens, LINKS_HUB.orgTokens],
    cases: {
      'read-only-token': {
        title: 'The token is read-only',
        error:
          'generate a token with Read & Write access and update the DOCKERHUB_TOKEN secret',
        why: 'The credential logs in, but the token service answered "access token has insufficient scopes" when asked for push: the token was created Read-only (or Public Repo Read-only). A build with it would fail at docker push.',
        steps: [
          'In Docker Hub, open Account settings → Personal access tokens → Generate new token, with access Read & Write (for an organization access token: add the repository with push permission).',
          'Update the DOCKERHUB_TOKEN secret (Settings → Secrets and variables → Actions) with the new token.',
          'Delete the read-only token if nothing else uses it.'
        ]
      },
      namespace: {
        title: 'The account may not push to that namespace',
        error:
          'push to your own namespace ({username}/…) or ask an owner of the organization to give {username} write access',
        why: 'The credential logs in and the token is not read-only, but Docker Hub granted no push on the repository: the namespace belongs to another user or to an organization team that {username} is not a writing member of, or the name has a typo.',
        steps: [
          'Check the namespace in the push input and in the image tags for typos: it must be {username} or an organization you belong to.',
          'For an organization: ask an owner to add {username} to a team with Read & Write (or Admin) permission on the repository.',
          'Or push to a repository under your own namespace, e.g. {username}/app.'
        ]
      }
    }
  },

  'login-locked-out': {
    error:
      'wait about 15 minutes before one more attempt; do not retry in a loop',
    why: 'Docker Hub blocks logins for a username or IP address after too many failed attempts. The block lifts by itself after about 15 minutes, and every attempt in the meantime, retries included, counts again.',
    steps: [
      'Stop the jobs and retry loops that log in with this credential: each failed attempt prolongs the lockout.',
      'Fix the credential first (the earlier failures name what was wrong), then re-run once, about 15 minutes later.',
      'On shared runners, other logins from the same IP address count too: re-running later helps.'
    ],
    docs: [LINKS_HUB.accessTokens, LINKS_HUB.usage]
  },

  'rate-limited': {
    error:
      'log in before pulling (or use a paid plan) and wait for the limit window to reset',
    why: 'Docker Hub limits the pulls and requests an IP address or account may make in a time window, and answered 429 Too Many Requests.',
    steps: [
      "Authenticate before pulling: authenticated pulls count against the account's limit, not the runner's shared IP address.",
      'Wait for the window to reset; the rate-limit outputs of this action show the pulls left and the window.',
      'Pull less: cache images between jobs, use a pull-through mirror, or move to a plan with a higher limit.'
    ],
    docs: [LINKS_HUB.usage, LINKS_HUB.pulls],
    cases: {
      'oidc-rate-limit': OIDC_TEXTS.rateLimitCase,
      // docs/docker-hub.md §8: the limits of an authenticated request
      'account-limit': {
        title: 'Rate limit reached with this login',
        error:
          "wait for the window to reset, then re-run: the account (Personal: 100 pulls an hour) or the runner's address used its limit",
        why: "Docker Hub answered 429 Too Many Requests during this login, which sends its credential. Authenticated pulls count against the account's own limit (Personal: 100 an hour; paid plans have none, under fair use), and every request from one IPv4 address or IPv6 /64 counts against Docker Hub's abuse limit (thousands a minute), whoever logs in.",
        steps: [
          'Wait for the window to reset (the rate-limit outputs and the checks table show the pulls left and the window, where Docker Hub said them), then re-run.',
          'Jobs and runners that pull with the same account share its limit: cache images between jobs, or pull through a mirror.',
          'Log in with an account on a paid plan (or an organization access token of one): paid plans have no pull rate limit.',
          'Many runners behind one address (a self-hosted fleet behind NAT) share the abuse limit: spread their jobs over time.'
        ]
      }
    }
  },

  'registry-unreachable': {
    docs: [LINKS_HUB.status],
    cases: {
      'oidc-id-token': OIDC_TEXTS.idTokenCase,
      'oidc-tls': OIDC_TEXTS.tlsCase,
      // attack-69 A69-03: docker reads no certs.d for Docker Hub (moby
      // registry/service_v2.go lookupV2Endpoints: tlsconfig.ServerDefault()
      // for docker.io; docs/registries.md §9.1): Docker Hub's certificate
      // is public, so an untrusted one is a TLS-inspecting proxy's
      'tls-unknown-authority': {
        title: "Docker Hub's certificate is untrusted",
        error:
          'a TLS-inspecting proxy answered: add its CA to the system store (update-ca-certificates) and restart docker',
        why: "Docker Hub's certificates are issued by a public authority that every system trusts, and the certificate that came for {registry} was not: something between the runner and Docker Hub answered with its own (a corporate proxy or firewall that inspects TLS, such as Zscaler, or a mirror). docker reads no certs.d directory for Docker Hub, only the system's trusted authorities.",
        steps: [
          "Get the CA certificate (PEM) of the inspecting proxy from the network's administrators (or export it from a browser on that network).",
          "Add it to the runner's system store: copy it to `/usr/local/share/ca-certificates/` (a `.crt` file) and run `sudo update-ca-certificates` on Debian and Ubuntu, then `sudo systemctl restart docker`; docker reads the system store, and so does this step. For this step alone, NODE_EXTRA_CA_CERTS names a PEM file.",
          "On Windows, the machine's Trusted Root Certification Authorities; on macOS with Docker Desktop, the Keychain; then restart docker.",
          '/etc/docker/certs.d/docker.io/ does not help: docker reads no certs.d for Docker Hub.'
        ],
        docs: [
          'https://docs.docker.com/engine/network/ca-certs/',
          'https://nodejs.org/api/cli.html#node_extra_ca_certsfile'
        ]
      },
      // docs/registries.md §13r: Docker's allow list
      'blob-storage': {
        steps: [
          "Allow Docker Hub's storage hosts through the runner's firewall, proxy or network policy, as well as registry-1.docker.io and auth.docker.io: production.cloudflare.docker.com and docker-images-prod.*.r2.cloudflarestorage.com (Docker's allow list).",
          ...BLOB_STORAGE_CHECKS
        ],
        docs: ['https://docs.docker.com/desktop/setup/allow-list/']
      }
    }
  },

  // docs/registries.md §13gg: Docker Hub's 401 for an official image's name
  'repository-not-found': {
    cases: {
      'official-image': {
        title: 'Docker Hub has no image by that name',
        error:
          'check the image name (Docker Hub answers a name it does not have as it answers a private one; no login helps an official image)',
        why: 'The request asked Docker Hub for an official image (library/<name>, or a one-part name) and was refused with 401, "authentication required". Official images are public: Docker Hub answers so when no image has that name. A word the command took for the image name (an argument in the wrong place), a build stage looked up as an image, an image that exists only in the local docker, or a client that does not add `library/` to a one-part name.',
        steps: [
          "Read the image name in the error (library/<name>, or the repository after /v2/) and compare it with the one you meant: an argument out of place (`cosign sign … cosign docker.io/…`), a build stage's name (`FROM builder`), or a local image that was never pushed.",
          'A client that does not add `library/` to a one-part name (oras, rules_docker) needs the full name: docker.io/library/nginx, not docker.io/nginx.',
          "An image built earlier in the job exists only in the runner's docker: scan or use it from there, or push it first.",
          'If the name is right (an official image that exists), Docker Hub or a proxy between answered so: check https://www.dockerstatus.com/ and the proxy, and retry.'
        ]
      }
    }
  },

  // `docker logout docker.io` erases the keys docker.io, http(s)://docker.io
  // only; a Docker Hub login is stored under https://index.docker.io/v1/,
  // which `docker logout` without a server erases (docker/cli
  // cli/command/registry/logout.go; docs/docker-hub.md §5, §6)
  'stale-login': {
    error:
      'run docker logout (no server: that is Docker Hub), or log in again: an outdated stored login is sent even for public images',
    why: 'The docker config on this runner still holds a Docker Hub login. docker sends it with every pull, and Docker Hub refuses the whole request when that login no longer works (a changed password, a revoked token, or a password after two-factor authentication was turned on), even for a public image that needs none.',
    steps: [
      'Run `docker logout` without a server name: Docker Hub is the default, and its login is stored under https://index.docker.io/v1/ (`docker logout docker.io` does not remove it).',
      'Or log in again with a current personal access token (Account settings → Personal access tokens), stored as the DOCKERHUB_TOKEN secret.',
      'On self-hosted runners, give each job its own DOCKER_CONFIG so that logins do not outlive the job.'
    ],
    docs: [LINKS_HUB.accessTokens, LINKS.login],
    snippet: TOKEN_SNIPPET
  },

  'unsupported-credential-kind': {
    cases: {
      // attack-62 A62-04: HUB016
      'hub-api-token': {
        title: "Docker Hub's web API refused the access token",
        error:
          "the token logs in, pushes and pulls, but Hub's web API wants a bearer token exchanged for it",
        why: "Docker Hub's web API (READMEs, tags, repository settings) takes no personal access token as a bearer: it works for docker login, push and pull, and that is all the refusal says.",
        steps: [
          'For the API, exchange the token first (`POST https://hub.docker.com/v2/auth/token` with `identifier` and `secret`) and send the token it returns as Bearer; a tool that updates READMEs (docker-pushrm) says in its README what it needs.',
          'Keep the access token for docker login: it is not the cause.'
        ],
        docs: ['https://docs.docker.com/reference/api/hub/latest/'],
        snippet: undefined
      }
    }
  },

  'password-in-use': {
    title: 'Password used instead of an access token',
    error:
      'replace the account password with a personal access token (secret DOCKERHUB_TOKEN)',
    why: 'The login worked with the account password. A personal access token can be limited to read or write and revoked on its own, and it keeps working when two-factor authentication is turned on, which would break a password login.',
    steps: [CREATE_PAT, STORE_PAT, USE_PAT],
    docs: [LINKS_HUB.accessTokens],
    snippet: TOKEN_SNIPPET
  },

  'preflight-unreachable': {
    docs: [LINKS_HUB.status, LINKS.actionReadme]
  },

  'rate-limit-low': {
    title: 'Few pulls left',
    error: 'cache images between jobs or authenticate every pull',
    why: "Docker Hub's rate-limit preview reports few pulls left in the current window for this account or IP address; pulls beyond it fail with 429 Too Many Requests.",
    steps: [
      'Cache images between jobs or use a pull-through mirror.',
      'Authenticate every pull, and consider a plan with a higher limit.'
    ],
    docs: [LINKS_HUB.usage, LINKS_HUB.pulls]
  },
  // docs/registries.md §13oo (d): Docker Hub's immutable tags
  'not-a-login-failure': {
    cases: {
      'immutable-tag': {
        steps: [
          IMMUTABLE_TAG_STEPS.first,
          'Or let this tag move: on Docker Hub, the repository → Settings → Tag mutability settings: mutable, or immutable only for the tags matching a rule (a regular expression) that leaves this tag out.',
          IMMUTABLE_TAG_STEPS.last
        ],
        docs: [
          'https://docs.docker.com/docker-hub/repos/manage/hub-images/immutable-tags/'
        ]
      }
    }
  }
}

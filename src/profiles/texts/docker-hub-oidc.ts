/**
 * Docker Hub OIDC's texts (docs/docker-hub.md §7): what the Docker Hub
 * profile says over the common texts for an OIDC login — the snippet with
 * `id-token: write`, DOCKERHUB_OIDC_CONNECTIONID and the organization, the
 * lifetime variable, and a username that is no organization.
 */
import type { RemediationEntry, RemediationTable } from '../types.js'

const CONNECTIONS =
  'https://docs.docker.com/enterprise/security/oidc-connections/create-manage/'

/** A Docker Hub OIDC login (docs/docker-hub.md §7 (a), (b), (e)). */
const OIDC_SNIPPET = [
  'permissions:',
  '  contents: read',
  '  id-token: write',
  'steps:',
  '  - uses: docker-login-preflight/docker-login-preflight@v1',
  '    env:',
  '      DOCKERHUB_OIDC_CONNECTIONID: ${{ vars.DOCKERHUB_OIDC_CONNECTIONID }}',
  '      DOCKERHUB_OIDC_EXPIREIN: 3600',
  '    with:',
  '      username: ${{ vars.DOCKERHUB_ORG }}',
  ''
].join('\n')

/** `invalid-credentials` after an OIDC exchange: the username (§7 (f)). */
const usernameCase: Omit<RemediationEntry, 'cases'> = {
  title: 'The OIDC login needs the organization as username',
  error:
    'set username to the Docker organization that owns the OIDC connection, not {username}',
  why: 'Docker exchanged the GitHub ID token for a Docker token, but Docker Hub refused it with username {username}. Only organization accounts can sign in with OIDC: the username must be the name of the organization that owns the connection, not a personal Docker ID.',
  steps: [
    'Set `username:` to the organization name (Docker Home → the organization), e.g. `${{ vars.DOCKERHUB_ORG }}`.',
    'Check that the connection id belongs to that organization (Docker Home → Identity & auth → OIDC connections).',
    'A personal account cannot use OIDC: keep a personal access token in `password:` for it.'
  ],
  docs: [CONNECTIONS],
  snippet: OIDC_SNIPPET
}

/**
 * `registry-unreachable` of the OIDC login's services: the runner's
 * ID-token endpoint (nothing asked of Docker yet, §7 (c)), or Docker's token
 * exchange (attack-48 A48-04), gave no answer or a 5xx.
 */
const idTokenCase: Omit<RemediationEntry, 'cases'> = {
  title: 'The OIDC login got no token',
  error:
    "re-run the job; if it persists, check githubstatus.com and dockerstatus.com, and a self-hosted runner's proxy",
  why: "An OIDC login asks GitHub for the job's ID token (ACTIONS_ID_TOKEN_REQUEST_URL), then Docker to exchange it for a Docker token. One of them gave no answer within the preflight's time, or a server error; the evidence names which. Nothing is known yet about the OIDC connection.",
  steps: [
    'Re-run the job: both services are hosted, and their failures pass.',
    'Check https://www.githubstatus.com (the ID-token endpoint, part of GitHub Actions) or https://www.dockerstatus.com (the token exchange) for an incident.',
    "On a self-hosted runner, check that the proxy (HTTPS_PROXY, NO_PROXY) and the firewall let the runner reach ACTIONS_ID_TOKEN_REQUEST_URL's host and Docker's identity service.",
    'On a slow network, raise the `timeout` or `retries` inputs.'
  ],
  docs: [CONNECTIONS]
}

/**
 * `registry-unreachable` of the OIDC login's services over a certificate
 * the runner refused (attack-49 A49-05, attack-50's notes). These requests
 * go to GitHub's ID-token endpoint and Docker's identity service, not to
 * the registry: docker's certs.d directory for docker.io is not read for
 * them (src/transport.ts `trustFor`: Node's roots, NODE_EXTRA_CA_CERTS,
 * then the system bundle).
 */
const tlsCase: Omit<RemediationEntry, 'cases'> = {
  title: 'The OIDC login met a certificate the runner refuses',
  error:
    'trust the CA of the proxy or server that answered (system store or NODE_EXTRA_CA_CERTS), then re-run',
  why: "An OIDC login asks GitHub for the job's ID token (ACTIONS_ID_TOKEN_REQUEST_URL), then Docker's identity service to exchange it for a Docker token. One of them answered over TLS with a certificate this runner does not accept; the evidence names the host and why (an untrusted authority, another name, or expired). GitHub's and Docker's certificates are public: on a self-hosted runner this is nearly always a TLS-inspecting proxy, or a GitHub Enterprise Server with a private CA.",
  steps: [
    "Get the CA certificate (PEM) of the proxy or server that answered from the network's administrators.",
    "Add it to the runner's system store (`/usr/local/share/ca-certificates/` and `update-ca-certificates` on Debian and Ubuntu), which this step reads as docker does, or set NODE_EXTRA_CA_CERTS to the PEM file in the step's `env`. docker's certs.d directory for docker.io does not help: these requests do not go to the registry.",
    "For an expired certificate or one issued for another name, check the runner's clock (`date -u`) and that HTTPS_PROXY and NO_PROXY send these hosts where you meant."
  ],
  docs: [CONNECTIONS, 'https://nodejs.org/api/cli.html#node_extra_ca_certsfile']
}

const remediation: RemediationTable = {
  'oidc-permission-missing': { snippet: OIDC_SNIPPET, docs: [CONNECTIONS] },
  'oidc-exchange-refused': { snippet: OIDC_SNIPPET, docs: [CONNECTIONS] },
  'credential-expires-soon': {
    steps: [
      "Docker Hub OIDC: set DOCKERHUB_OIDC_EXPIREIN (or the `oidc-expires-in` input) to the seconds from the login to the last push or pull, at most 21600, e.g. the job's timeout-minutes × 60.",
      'Or move the login step right before the step that pushes.'
    ],
    snippet: OIDC_SNIPPET
  }
}

/**
 * `rate-limited` from the OIDC login itself: GitHub's ID-token endpoint or
 * Docker's token exchange answered 429 (attack-47 A47-03), not a pull.
 */
const rateLimitCase: Omit<RemediationEntry, 'cases'> = {
  title: 'The OIDC login was rate-limited',
  error:
    'wait (the Retry-After the answer names, if any) and re-run: a request of the OIDC login answered 429 (the evidence says which)',
  why: "An OIDC login asks GitHub for the job's ID token, Docker to exchange it for a Docker token, and Docker Hub's token service for a registry token with it; one of them answered 429 Too Many Requests (the evidence says which, and the Retry-After it named, if any). It is not Docker Hub's pull rate limit: no image was pulled, and the rate-limit outputs stay empty.",
  steps: [
    'Re-run the job after the wait the answer names (Retry-After, in the checks table), or after a minute where it names none.',
    'Log in once per job: a matrix of many jobs logging in at the same moment, or a login repeated in a loop, meets the limit.'
  ],
  docs: [CONNECTIONS],
  snippet: OIDC_SNIPPET
}

export const OIDC_TEXTS = {
  usernameCase,
  idTokenCase,
  tlsCase,
  rateLimitCase,
  remediation
}

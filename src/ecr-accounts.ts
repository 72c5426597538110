/**
 * The registries of the other accounts of AWS_ACCOUNT_IDS, logged in to
 * after the host's: docker/login-action runs `docker login` to every entry
 * of the GetAuthorizationToken answer, with that entry's own token
 * (docs/registries.md §5 (h)). Nothing is checked first: each token is
 * fresh from AWS, and login-action checks none either.
 *
 * Part of the main step's start-up, not a lazy chunk: as one, it split
 * what it shares with the start-up (endpoints.ts, text.ts) into chunk files
 * of their own, each loaded at start (README, Performance).
 */
import type { AccountToken } from './aws.js'
import type { DockerCli } from './docker.js'
import { endpointHost, type Endpoints } from './endpoints.js'
import type { AccountLogin } from './evidence.js'
import type { Secrets } from './redact.js'

/**
 * `docker login --password-stdin` to each account's registry, one after
 * the other (each rewrites the one docker config file), every one tried
 * whatever the others did. A host that DOCKER_LOGIN_PREFLIGHT_ENDPOINTS
 * names is logged in to at its base URL's host, as the main host is
 * (src/registry.ts). The CLI's output is redacted with the run's secrets.
 */
export async function loginAccounts(
  accounts: readonly AccountToken[],
  docker: DockerCli,
  endpoints: Endpoints,
  secrets: Secrets
): Promise<AccountLogin[]> {
  const logins: AccountLogin[] = []
  for (const { account, host, username, password, expiresAt } of accounts) {
    const server = endpointHost(host, endpoints)
    const said = await docker.login(server, username, password)
    logins.push({
      account,
      host,
      server,
      ...(expiresAt ? { expiresAt } : {}),
      cli: { exitCode: said.exitCode, output: secrets.redact(said.output) }
    })
  }
  return logins
}

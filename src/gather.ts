/**
 * Gathering: everything the judge will read about one login attempt, into
 * one evidence record — the registry and its profile, the inputs' shape,
 * the preflight's exchanges, `docker login`, the push checks and the rate
 * limit, the event and the docker config. It sends nothing the inputs
 * already settle, never runs `docker login` after a refusal, and masks
 * every token as it arrives. It decides nothing else; the judge does.
 */
import {
  checkPushAccess,
  probePushAccess,
  probeRateLimit,
  pushFromGrants
} from './access.js'
import {
  exchangeKeys,
  exchangePlan,
  keysFor,
  keysLeftUnexchanged,
  type AccountToken,
  type ExchangePlan
} from './aws.js'
import type { DockerCli, PendingLogin } from './docker.js'
import { defaultStore, staleEntry } from './docker-config.js'
import { emptySecretCause, readEvent } from './event.js'
import type { Evidence, InputAnalysis } from './evidence.js'
import { destroyAgents, keepAliveAgents, type RetryPolicy } from './http.js'
import { InputError } from './errors.js'
import { analyzeInputs } from './input-analysis.js'
import { checkCredentialShape, type EcrMode, type Inputs } from './inputs.js'
import { loginAccounts } from './ecr-accounts.js'
import {
  exchangeOidc,
  isoSeconds,
  oidcNotApplied,
  oidcPlan,
  type OidcPlan
} from './oidc.js'
import { failed, mayLogIn, preflightOutcome, readsTexts } from './outcome.js'
import { BUDGET_TIMEOUTS } from './policy.js'
import { runPreflight, type PreflightResult } from './preflight.js'
import { acrTokenExpiry } from './profiles/acr.js'
import { ecrTokenExpiry } from './profiles/ecr.js'
import { loadRules, loadTexts, profileById } from './profiles/index.js'
import { basicAuthorization, statesAccess } from './protocol.js'
import { isTokenShaped, type Secrets } from './redact.js'
import { resolveRegistry, type RegistryTarget } from './registry.js'
import { parsePushList } from './repository.js'

/** What gathering needs from the world; tests replace it. */
export interface World {
  env: NodeJS.ProcessEnv
  docker: DockerCli
  /**
   * The run's secrets: the password is added first, every token as it
   * arrives; what is gathered is redacted with them.
   */
  secrets: Secrets
  /**
   * whether the job's GitHub ID token may be asked (at the runner's
   * endpoint, ACTIONS_ID_TOKEN_REQUEST_URL): the action's main step sets
   * it; without it (the command line) an OIDC login gets none
   */
  idToken?: boolean
}

/** What to gather. */
export interface GatherOptions extends Omit<
  Inputs,
  | 'logout'
  | 'ecr'
  | 'registryAuth'
  | 'oidcConnectionId'
  | 'oidcExpiresIn'
  | 'expiryWarning'
> {
  /** run `docker login` when the preflight allows (`check` does not) */
  login: boolean
  /** the `ecr` input (default `auto`) */
  ecr?: EcrMode
  /** the `oidc-connection-id` input (default: DOCKERHUB_OIDC_CONNECTIONID) */
  oidcConnectionId?: string
  /** the `oidc-expires-in` input (default: DOCKERHUB_OIDC_EXPIREIN) */
  oidcExpiresIn?: string
}

/**
 * Gathers the evidence of one login attempt. Throws an InputError for an
 * input no registry can take (a URL as username, a registry of another
 * scheme…).
 * When the evidence holds a text to read (a refusal, a failure), the rule
 * tables are loaded before it is returned, for the judge; a login that
 * succeeds loads none (outcome.ts `readsTexts`).
 */
export async function gather(
  options: GatherOptions,
  world: World
): Promise<Evidence> {
  const evidence = await gatherEvidence(options, world)
  if (readsTexts(evidence)) await loadRules()
  return evidence
}

async function gatherEvidence(
  options: GatherOptions,
  world: World
): Promise<Evidence> {
  world.secrets.add(options.password, options.username)
  // one deadline for the whole preflight: an OIDC or AWS key exchange and
  // the registry's checks share it (README, Guarantees: 3 × timeout)
  const deadline = Date.now() + BUDGET_TIMEOUTS * options.timeoutSeconds * 1000
  const { target, plan, oidc } = loginPlan(options, world.env)
  const { repositories, elsewhere } = parsePushList(options.push, target)
  const analysed = analyzeInputs(
    options.username,
    options.password,
    profileById(target.profile)
  )
  // preflight: false is the way round a runner whose clock is wrong: what
  // only the clock says (a token's own expiry) refuses nothing, and
  // docker login decides (attack-25 repro-01)
  const given = options.preflight
    ? analysed
    : {
        ...analysed,
        findings: analysed.findings.map((finding) =>
          finding.byClock ? { ...finding, decisive: false } : finding
        )
      }
  // both inputs empty: the keys are the environment's
  const input =
    plan?.keys === 'environment'
      ? ENVIRONMENT_KEYS
      : oidc
        ? oidcInput(given)
        : given
  let { username, password } = options
  // AWS_ACCOUNT_IDS: the other accounts' registries and their tokens
  let accounts: AccountToken[] = []
  // before docker login rewrites it: what the runner's config already holds
  const staleConfig = options.login
    ? staleEntry(world.env, target.server)
    : undefined
  const notApplied = oidc ? undefined : oidcNotApplied(options, world.env)
  let base: Evidence = {
    registry: {
      input: target.input,
      server: target.server,
      profile: target.profile,
      ...namedHosts(target)
    },
    username,
    input,
    ...(staleConfig ? { staleConfig } : {}),
    ...(notApplied ? { oidcNotApplied: notApplied } : {}),
    ...(elsewhere.length > 0 ? { pushElsewhere: elsewhere } : {}),
    ...(keysLeftUnexchanged(
      target,
      options.username,
      options.password,
      options.ecr ?? 'auto',
      world.env
    )
      ? { ecrOff: true as const }
      : {}),
    preflight: 'ran',
    exchanges: [],
    push: [],
    skipped: false
  }
  if (input.usernameEmpty || input.passwordEmpty) {
    return {
      ...base,
      preflight: 'not-sent',
      event: readEvent(world.env),
      skipped: options.skipIfMissing
    }
  }
  // A value that cannot be right is refused before any request: a wrong
  // password sent to Docker Hub counts towards its lockout.
  if (input.findings.some((finding) => finding.decisive)) {
    return { ...base, preflight: 'not-sent' }
  }
  checkCredentialShape(username, password, target.isDockerHub)

  // only a GitHub Actions job has an ID token to exchange: the command
  // line (no `idToken`) cannot log in so, whatever the runner's variables
  if (oidc && !world.idToken) {
    throw new InputError(
      `${oidc.source === 'input' ? 'The input oidc-connection-id' : 'DOCKERHUB_OIDC_CONNECTIONID'} is set and the password is empty: Docker Hub's OIDC login exchanges a GitHub Actions job's ID token, which only the action can ask for; give a Docker access token as the password here, or run the login as the docker-login-preflight step`
    )
  }

  if (oidc) {
    const timeoutMs = options.timeoutSeconds * 1000
    const exchanged = await exchangeOidc(
      oidc,
      world.env,
      {
        retries: options.retries,
        timeoutMs,
        deadline,
        secrets: world.secrets,
        env: world.env,
        endpoints: target.endpoints
      },
      world.secrets
    )
    const oidcExchange = exchanged.evidence
    if (!exchanged.token) {
      const failed: Evidence = {
        ...base,
        oidcExchange,
        preflight: 'not-sent',
        ...unchecked(repositories, 'no Docker token came for the ID token')
      }
      // a fork's pull request or a Dependabot run gets no ID token, as it
      // gets no secrets: skip-if-missing skips those runs alike
      const event = readEvent(world.env)
      const withheld =
        oidcExchange.result === 'permission-missing' &&
        event !== undefined &&
        emptySecretCause(event) !== 'unknown'
      if (!withheld || !options.skipIfMissing) return failed
      return { ...failed, event, skipped: true }
    }
    // the preflight and docker login use the Docker token: its Basic form
    // with the organization is a secret too
    password = exchanged.token
    world.secrets.add(password, username)
    base = { ...base, oidcExchange, expiresAt: exchanged.expiresAt }
  }

  if (plan) {
    const timeoutMs = options.timeoutSeconds * 1000
    const exchanged = await exchangeKeys(
      plan,
      keysFor(plan, username, password, world.env),
      {
        retries: options.retries,
        timeoutMs,
        deadline,
        secrets: world.secrets,
        env: world.env,
        endpoints: target.endpoints
      },
      world.secrets
    )
    const credentialExchange = exchanged.evidence
    if (!exchanged.credential) {
      const failed: Evidence = {
        ...base,
        credentialExchange,
        preflight: 'not-sent',
        ...unchecked(repositories, 'no ECR token came for the AWS keys')
      }
      if (credentialExchange.result !== 'no-credentials') return failed
      // no keys in the inputs nor anywhere in the environment
      return {
        ...failed,
        input: given,
        event: readEvent(world.env),
        skipped: options.skipIfMissing
      }
    }
    // the preflight and docker login use the token
    ;({ username, password } = exchanged.credential)
    accounts = exchanged.accounts ?? []
    const expiry = credentialExchange.expiresAt
    base = {
      ...base,
      username,
      credentialExchange,
      ...(expiry ? { expiresAt: isoOf(expiry) } : {})
    }
  } else {
    // a token given as the password that carries its expiry
    const expiry = ownExpiry(input.credentialKind, password)
    if (expiry !== undefined) base = { ...base, expiresAt: isoSeconds(expiry) }
  }

  // docker login starts as soon as the preflight's first request is on its
  // way, to pay its start-up while the preflight runs; it gets the password
  // only once the registry accepted it (or could not tell), and is stopped
  // otherwise
  let pending: PendingLogin | undefined
  const login = async (): Promise<
    Pick<Evidence, 'cli' | 'dockerConfig' | 'accountLogins' | 'loginWithheld'>
  > => {
    // a token in the username input (the inputs swapped): docker's
    // command line names the username, where every process on the runner
    // reads it (attack-19 repro-04); the judge says why nothing logged in
    if (isTokenShaped(username)) return { loginWithheld: true }
    const waiting = pending
    pending = undefined
    const said = waiting
      ? await waiting.send(password)
      : await world.docker.login(target.server, username, password)
    // a credential helper may repeat what it was given
    const cli = { ...said, output: world.secrets.redact(said.output) }
    if (cli.exitCode !== 0) {
      const config = world.docker.config(target.server)
      // no helper named and no login held: docker used its own default,
      // when on PATH (docker/cli LoadDefaultConfigFile; attack-66 A66-04)
      const store =
        config.helper || config.directory || config.holdsLogins
          ? undefined
          : defaultStore(world.env)
      return {
        cli,
        dockerConfig: store
          ? {
              ...config,
              helper: `docker-credential-${store}`,
              setting: 'credsStore',
              defaultHelper: true
            }
          : config
      }
    }
    if (accounts.length === 0) return { cli }
    // then, as docker/login-action, every other account's registry
    const accountLogins = await loginAccounts(
      accounts,
      world.docker,
      target.endpoints,
      world.secrets
    )
    return { cli, accountLogins }
  }
  if (!options.preflight) {
    // a skipped preflight is always reported with its warning: its texts
    // load while docker login runs, not after it
    const [loggedIn] = await Promise.all([
      options.login ? login() : {},
      loadTexts(target.profile)
    ])
    return {
      ...base,
      preflight: 'skipped',
      ...unchecked(
        repositories,
        'the preflight was skipped (preflight: false)'
      ),
      ...loggedIn
    }
  }

  // one connection per host for all of the run's requests
  const agents = keepAliveAgents()
  try {
    const timeoutMs = options.timeoutSeconds * 1000
    const policy: RetryPolicy = {
      agents,
      retries: options.retries,
      timeoutMs,
      deadline,
      secrets: world.secrets,
      // proxies and certificates as docker, which runs in this environment
      env: world.env,
      registry: target.server,
      endpoints: target.endpoints
    }
    const profile = profileById(target.profile)
    const preview = options.rateLimit ? profile.rateLimitPreview : undefined
    // the preflight's first request is on its way when this returns, and
    // docker login is spawned next: on a real network the request's round
    // trips, not docker's start-up, decide when docker gets the password
    const asking = runPreflight(target, username, password, {
      policy,
      scopes: preview ? [preview.scope] : [],
      pushRepositories: repositories
    })
    // not a username shaped like a token (the inputs swapped): docker's
    // command line names the username, and a secret goes on none before
    // the registry has answered (if it refuses, docker never runs)
    if (options.login && !isTokenShaped(username)) {
      pending = world.docker.startLogin?.(target.server, username)
    }
    const preflight = await asking
    const checked: Evidence = {
      ...base,
      registry: { ...base.registry, profile: preflight.profile },
      // a registry its challenge named (self-managed Harbor, GitLab, Quay):
      // the kind as that registry reads the username and password; the
      // findings stay those the inputs were checked with before any request
      // (attack-16 repro-04: `robot+ci` on Harbor was a Quay robot)
      ...(preflight.profile !== target.profile && input === given
        ? {
            input: {
              ...input,
              credentialKind: analyzeInputs(
                username,
                password,
                profileById(preflight.profile)
              ).credentialKind
            }
          }
        : {}),
      exchanges: preflight.exchanges,
      ...(preflight.known ? { knownChallenge: preflight.known } : {})
    }
    // a refusal's words decide whether docker login may run
    if (preflight.exchanges.some(failed)) await loadRules()
    const outcome = preflightOutcome(
      preflight.exchanges,
      profileById(preflight.profile),
      preflight.known !== undefined
    )
    // A refused credential would only fail the same way in docker login.
    if (!mayLogIn(outcome)) return checked

    const token = outcome.kind === 'accepted' ? preflight.token : undefined
    const [loggedIn, push, rateLimit] = await Promise.all([
      options.login ? login() : {},
      outcome.kind === 'accepted'
        ? checkPush(target, preflight, username, password, repositories, policy)
        : unchecked(
            repositories,
            'the preflight could not check the credential'
          ),
      preview && token && !preflight.ownScopesRefused
        ? probeRateLimit(target.registryUrl, preview.repository, token, {
            ...policy,
            retries: 0
          })
        : undefined
    ])
    return { ...checked, ...loggedIn, ...push, rateLimit }
  } finally {
    destroyAgents(agents)
    // never left waiting: stopped before it had a password
    await pending?.cancel()
  }
}

/** What a login's inputs settle before anything is sent. */
export interface LoginPlan {
  target: RegistryTarget
  /** AWS access keys on ECR, exchanged for a registry token first */
  plan?: ExchangePlan
  /** Docker Hub OIDC: no password, the job's ID token exchanged for one */
  oidc?: OidcPlan
}

/**
 * Where a login goes and which exchange comes first, from its inputs and
 * the environment alone. Throws an InputError for anything these settle
 * as wrong (the registry, `ecr: true` without a region, AWS_ACCOUNT_IDS,
 * the OIDC connection id or lifetime): `registry-auth` calls it for every
 * entry before any entry sends a request (multi-login.ts).
 */
export function loginPlan(
  options: Pick<
    GatherOptions,
    | 'registry'
    | 'username'
    | 'password'
    | 'ecr'
    | 'oidcConnectionId'
    | 'oidcExpiresIn'
  >,
  env: NodeJS.ProcessEnv
): LoginPlan {
  const target = resolveRegistry(options.registry, env)
  const plan = exchangePlan(
    target,
    options.username,
    options.password,
    options.ecr ?? 'auto',
    env
  )
  const oidc = oidcPlan(
    {
      registry: options.registry,
      password: options.password,
      oidcConnectionId: options.oidcConnectionId ?? '',
      oidcExpiresIn: options.oidcExpiresIn ?? ''
    },
    env
  )
  return { target, plan, oidc }
}

/**
 * The inputs' analysis when both are empty and the keys are the
 * environment's: not an empty credential.
 */
const ENVIRONMENT_KEYS: InputAnalysis = {
  credentialKind: 'aws-access-key',
  usernameEmpty: false,
  passwordEmpty: false,
  findings: []
}

/**
 * The inputs' analysis of an OIDC login: the password is meant to be
 * empty; only the username (the organization) is looked at.
 */
function oidcInput(given: InputAnalysis): InputAnalysis {
  return {
    credentialKind: 'oidc',
    usernameEmpty: given.usernameEmpty,
    passwordEmpty: false,
    findings: given.findings.filter((finding) => finding.input === 'username')
  }
}

/**
 * When a password that carries its expiry expires (ms): an ECR token
 * (docs/registries.md §5 (b)), an ACR access token's `exp` (§7 (e)).
 */
function ownExpiry(
  kind: InputAnalysis['credentialKind'],
  password: string
): number | undefined {
  if (kind === 'ecr-token') return ecrTokenExpiry(password)
  if (kind === 'acr-access-token') return acrTokenExpiry(password)
  return undefined
}

/** An instant as ISO 8601 UTC, or the text as it came when unreadable. */
function isoOf(instant: string): string {
  const ms = Date.parse(instant)
  return Number.isFinite(ms) ? isoSeconds(ms) : instant
}

/** The push checks' evidence. */
type PushFound = Pick<Evidence, 'push' | 'pushUnchecked'>

/** No push check, and why (nothing to say when none was asked). */
function unchecked(repositories: readonly string[], reason: string): PushFound {
  if (repositories.length === 0) return { push: [] }
  return {
    push: [],
    pushUnchecked: { repositories: repositories.length, reason }
  }
}

/**
 * The push checks of a credential the registry accepted: from the login
 * token's own grants when it was asked for push, else one token request
 * per repository. Where tokens do not tell (opaque tokens, Basic
 * authentication), the push probe starts and cancels an upload in each
 * repository with the login's credential.
 */
async function checkPush(
  target: RegistryTarget,
  preflight: PreflightResult,
  username: string,
  password: string,
  repositories: readonly string[],
  policy: RetryPolicy
): Promise<PushFound> {
  if (repositories.length === 0) return { push: [] }
  const login = preflight.exchanges
    .filter((e) => e.step === 'token' || e.step === 'basic-ping')
    .pop()
  const opaque = preflight.token !== undefined && !statesAccess(preflight.token)
  const probes = profileById(preflight.profile).pushProbe !== false
  if (!probes && (opaque || !preflight.realm)) {
    return unchecked(
      repositories,
      opaque
        ? "the registry's tokens are opaque (not JWTs): they do not tell push rights"
        : 'the registry has no token service (Basic authentication): a login does not tell push rights'
    )
  }
  if (!preflight.realm) {
    if (!login) {
      return unchecked(repositories, 'the registry asked for no credential')
    }
    const basic = basicAuthorization(username, password)
    const push = await probePushAccess(
      target.registryUrl,
      repositories,
      basic,
      policy,
      login
    )
    return { push }
  }
  if (opaque && preflight.pushScoped && login) {
    const push = await probePushAccess(
      target.registryUrl,
      repositories,
      `Bearer ${preflight.token}`,
      policy,
      login
    )
    return { push }
  }
  if (preflight.pushGrants && login) {
    return { push: pushFromGrants(preflight.pushGrants, login) }
  }
  const push = await checkPushAccess(
    preflight.realm,
    username,
    password,
    repositories,
    policy,
    probes ? target.registryUrl : undefined,
    preflight.pushRefusedTogether === true
  )
  return { push }
}

/**
 * The hosts the user named, by the host[:port] their requests are sent to
 * instead (DOCKER_LOGIN_PREFLIGHT_HUB, DOCKER_LOGIN_PREFLIGHT_ENDPOINTS);
 * nothing when no request goes elsewhere.
 */
function namedHosts(target: RegistryTarget): {
  named?: Record<string, string>
} {
  const named: Record<string, string> = {}
  if (target.server !== target.host) named[target.server] = target.host
  for (const [host, base] of target.endpoints) {
    const sentTo = new URL(base).host
    named[sentTo] ??= host
  }
  return Object.keys(named).length > 0 ? { named } : {}
}

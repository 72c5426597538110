/**
 * The AWS SDK part of the ECR exchange (src/aws.ts): GetAuthorizationToken
 * with @aws-sdk/client-ecr, or @aws-sdk/client-ecr-public for ECR Public,
 * each imported when asked for. This module is a lazy chunk of its own:
 * only src/aws.ts imports it, through `import()`, and it imports nothing
 * of the action but types (the HTTP client comes as a parameter), so that
 * no code is shared with the bundles' entries.
 *
 * The SDK signs the request; the preflight's HTTP client sends it (as
 * the SDK's request handler), so that the exchange goes where docker's
 * requests go (proxies, certificates) and is recorded like the others.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { ChildProcess } from 'node:child_process'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { readdirSync, readFileSync } from 'node:fs'
import type {
  AccountToken,
  AwsKeys,
  ExchangePlan,
  ExchangeResult
} from './aws.js'
import type { CredentialExchange, HttpExchange } from './evidence.js'
import type { RequestSpec, Response, RetryPolicy } from './http.js'
import type { Secrets } from './redact.js'

/** What the exchange needs; see exchangeKeys in src/aws.ts. */
export interface SdkExchange {
  plan: ExchangePlan
  /** static keys, or undefined for the SDK's default chain */
  keys: AwsKeys | undefined
  /** the API's base URL when DOCKER_LOGIN_PREFLIGHT_ENDPOINTS names it */
  endpoint?: string
  /** the evidence known before any request */
  base: CredentialExchange
  send: (spec: RequestSpec, policy: RetryPolicy) => Promise<Response>
  policy: RetryPolicy
  secrets: Secrets
}

/** The parts of the SDK's HttpRequest this handler reads. */
interface SdkRequest {
  method: string
  protocol: string
  hostname: string
  port?: number
  path: string
  query?: Record<string, string | string[] | null>
  headers: Record<string, string>
  body?: unknown
}

/**
 * The SDK's request handler: each request through the preflight's HTTP
 * client. The answer's secrets are masked before the SDK sees it.
 */
class PreflightHandler {
  /** the last request's exchange */
  last?: HttpExchange

  constructor(
    private readonly sendRequest: SdkExchange['send'],
    private readonly policy: RetryPolicy,
    private readonly secrets: Secrets
  ) {}

  async handle(request: SdkRequest): Promise<{
    response: {
      statusCode: number
      headers: Record<string, string>
      body: Uint8Array
    }
  }> {
    const answer = await this.sendRequest(
      {
        step: 'aws-token',
        method: 'POST',
        url: urlOf(request),
        headers: request.headers,
        body: bodyOf(request.body)
      },
      // the SDK retries nothing (maxAttempts 1): the client does, AWS's
      // throttling too (attack-21 repro-03)
      { ...this.policy, passing: throttled }
    )
    const status = answer.exchange.status
    if (status !== undefined && status >= 200 && status <= 299) {
      maskTokens(answer.body, this.secrets)
      // the token stays out of the evidence
      this.last = { ...answer.exchange, body: undefined }
    } else {
      this.last = answer.exchange
    }
    if (status === undefined) {
      const error = answer.exchange.error
      throw Object.assign(new Error(error?.message ?? 'no answer'), {
        name: 'NetworkingError',
        code: error?.code
      })
    }
    return {
      response: {
        statusCode: status,
        headers: { ...answer.exchange.headers },
        body: Buffer.from(answer.body, 'utf8')
      }
    }
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {}
  }

  destroy(): void {}
}

/**
 * AWS's throttling of a JSON API (400, `__type` ThrottlingException and
 * its kin): "implement a retry function with incremental backoff" (AWS,
 * "Troubleshooting Amazon ECR error messages"; docs/registries.md §13nn).
 */
export function throttled(status: number, body: string): boolean {
  return (
    status === 400 &&
    /"__type"\s*:\s*"(?:[^"]*#)?(?:ThrottlingException|ThrottledException|Throttling|TooManyRequestsException|RequestLimitExceeded)"/.test(
      body
    )
  )
}

/** AWS's refusals for a request signed at the wrong time (SigV4). */
const SKEWED =
  /Signature expired|Signature not yet current|RequestTimeTooSkewed|Request has expired/i

/**
 * A request the SDK refused for the runner's clock, once it has set its
 * clock by AWS's Date (`$metadata.clockSkewCorrected`), is sent again, as
 * the SDK's own retry would (attack-21 repro-01: a runner's clock more than
 * 5 minutes off, `InvalidSignatureException: Signature expired`).
 */
async function onCorrectedClock<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    const refused = error as {
      $metadata?: { clockSkewCorrected?: boolean }
      message?: unknown
    }
    // the SDK marks any error so when AWS's clock is off the runner's: only
    // a refusal for the clock is sent again (attack-22 repro-03)
    if (
      !refused?.$metadata?.clockSkewCorrected ||
      !SKEWED.test(String(refused.message ?? ''))
    ) {
      throw error
    }
    return await send()
  }
}

/**
 * An endpoint the SDK reads from the process's environment for this
 * service (`AWS_ENDPOINT_URL_ECR`, `AWS_ENDPOINT_URL_ECR_PUBLIC`, or the
 * global `AWS_ENDPOINT_URL`).
 */
function customEndpoint(
  plan: ExchangePlan,
  env: NodeJS.ProcessEnv = process.env
): boolean {
  const own =
    plan.service === 'ecr-public'
      ? env.AWS_ENDPOINT_URL_ECR_PUBLIC
      : env.AWS_ENDPOINT_URL_ECR
  return Boolean(own || env.AWS_ENDPOINT_URL)
}

/** The request's URL. */
function urlOf(request: SdkRequest): string {
  const port = request.port ? `:${request.port}` : ''
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === null) query.append(name, '')
    else for (const one of [value].flat()) query.append(name, one)
  }
  const search = query.size > 0 ? `?${query.toString()}` : ''
  return `${request.protocol}//${request.hostname}${port}${request.path}${search}`
}

/** A request body as text (JSON protocols send strings). */
function bodyOf(body: unknown): string {
  if (body === undefined || body === null) return ''
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) {
    // its bytes, never its string methods (the SDK warns of those)
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString(
      'utf8'
    )
  }
  return String(body)
}

/**
 * Masks each authorization token of a GetAuthorizationToken answer (a
 * list for ECR, one object for ECR Public): the token, and its decoded
 * `AWS:<password>` (docs/registries.md §5 (b)).
 */
function maskTokens(body: string, secrets: Secrets): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return
  }
  const data = (parsed as { authorizationData?: unknown })?.authorizationData
  for (const entry of [data].flat()) {
    const token = (entry as { authorizationToken?: unknown })
      ?.authorizationToken
    if (typeof token !== 'string' || token === '') continue
    const decoded = Buffer.from(token, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) {
      secrets.add(decoded.slice(colon + 1), decoded.slice(0, colon))
    }
    secrets.add(token)
  }
}

/** One authorization token, decoded. */
interface Authorization {
  username: string
  password: string
  expiresAt?: Date
  proxyEndpoint?: string
}

/** A token's `user:password`, or undefined. */
function decode(
  data:
    | { authorizationToken?: string; expiresAt?: Date; proxyEndpoint?: string }
    | undefined
): Authorization | undefined {
  if (!data?.authorizationToken) return undefined
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString(
    'utf8'
  )
  const colon = decoded.indexOf(':')
  if (colon < 1) return undefined
  return {
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
    expiresAt: data.expiresAt,
    proxyEndpoint: data.proxyEndpoint
  }
}

/**
 * The SDK's Node version warning (`NodeVersionSupportWarning`) is about the
 * SDK's future releases, not this login: it is not printed.
 */
const QUIET_ENV = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'

/** GetAuthorizationToken with the plan's keys; never throws. */
export async function getEcrToken(
  options: SdkExchange
): Promise<ExchangeResult> {
  const { plan, keys, endpoint, base, policy, secrets } = options
  const handler = new PreflightHandler(options.send, policy, secrets)
  process.env[QUIET_ENV] ??= 'true'
  const config = {
    region: plan.region,
    ...(keys ? { credentials: keys } : {}),
    ...(endpoint ? { endpoint } : {}),
    // the SDK refuses FIPS with an endpoint of one's own ("FIPS and custom
    // endpoint are not supported"): the endpoint given is the FIPS one
    // (attack-21 repro-04)
    useFipsEndpoint: plan.fips && !endpoint && !customEndpoint(plan),
    useDualstackEndpoint: false,
    maxAttempts: 1,
    requestHandler: handler,
    customUserAgent: 'docker-login-preflight'
  }
  const failed = (
    result: CredentialExchange['result'],
    error: unknown
  ): ExchangeResult => ({
    evidence: {
      ...base,
      ...chain,
      result,
      ...(handler.last ? { exchange: handler.last } : {}),
      error: errorOf(error, secrets)
    }
  })
  let found: Authorization | undefined
  let all: (Authorization | undefined)[] = []
  let chain: Partial<CredentialExchange> = {}
  try {
    if (plan.service === 'ecr-public') {
      const { ECRPUBLICClient, GetAuthorizationTokenCommand } = exportsOf(
        await import('@aws-sdk/client-ecr-public'),
        'ECRPUBLICClient'
      )
      const chainOf = () => new ECRPUBLICClient(config).config.credentials
      const resolved = await chainKeys(chainOf, options)
      chain = resolved.facts
      const client = new ECRPUBLICClient({ ...config, ...resolved.config })
      const answer = await onCorrectedClock(() =>
        client.send(new GetAuthorizationTokenCommand({}))
      )
      found = decode(answer.authorizationData)
    } else {
      const { ECRClient, GetAuthorizationTokenCommand } = exportsOf(
        await import('@aws-sdk/client-ecr'),
        'ECRClient'
      )
      const chainOf = () => new ECRClient(config).config.credentials
      const resolved = await chainKeys(chainOf, options)
      chain = resolved.facts
      const client = new ECRClient({ ...config, ...resolved.config })
      const answer = await onCorrectedClock(() =>
        client.send(
          new GetAuthorizationTokenCommand(
            plan.registryIds.length > 0 ? { registryIds: plan.registryIds } : {}
          )
        )
      )
      all = (answer.authorizationData ?? []).map(decode)
      // the entry of the host's account (the first asked), else the first
      const account = plan.registryIds[0]
      found =
        all.find(
          (a) => account && a?.proxyEndpoint?.includes(`//${account}.`)
        ) ?? all.find(Boolean)
    }
  } catch (error) {
    const last = handler.last
    const name = (error as { name?: unknown })?.name
    if (
      (name === 'CredentialsProviderError' || name === KEYS_TIMEOUT) &&
      !last
    ) {
      return failed('no-credentials', error)
    }
    if (last && (last.status === undefined || last.status >= 500)) {
      return failed('unreachable', error)
    }
    if (last && last.status !== undefined && last.status >= 400) {
      return failed('refused', error)
    }
    return failed('failed', error)
  }
  if (!found) {
    return failed(
      'failed',
      new Error(
        'the answer held no authorization token that reads as user:password'
      )
    )
  }
  const accounts = accountTokens(all, plan.otherAccounts)
  return {
    ...(accounts.length > 0 ? { accounts } : {}),
    evidence: {
      ...base,
      ...chain,
      result: 'token',
      ...(handler.last ? { exchange: handler.last } : {}),
      ...(isoOf(found.expiresAt) ? { expiresAt: isoOf(found.expiresAt) } : {}),
      ...(found.proxyEndpoint ? { proxyEndpoint: found.proxyEndpoint } : {})
    },
    credential: { username: found.username, password: found.password }
  }
}

/**
 * The entries of the answer for the other accounts of AWS_ACCOUNT_IDS, one
 * per registry host: each logs in to its proxyEndpoint, as
 * docker/login-action does (docs/registries.md §5 (h)). The account is the
 * host's first label (`<account>.dkr.ecr.<region>.amazonaws.com`); an entry
 * without a readable token or endpoint is left out.
 */
function accountTokens(
  all: readonly (Authorization | undefined)[],
  otherAccounts: readonly string[]
): AccountToken[] {
  const tokens: AccountToken[] = []
  for (const entry of all) {
    const host = hostOf(entry?.proxyEndpoint)
    const account = host?.split('.')[0] ?? ''
    if (!entry || !host || !otherAccounts.includes(account)) continue
    if (tokens.some((token) => token.host === host)) continue
    const { username, password } = entry
    const expiresAt = isoOf(entry.expiresAt)
    tokens.push({
      account,
      host,
      username,
      password,
      ...(expiresAt ? { expiresAt } : {})
    })
  }
  return tokens
}

/** A valid instant as ISO 8601, else undefined. */
function isoOf(instant: Date | undefined): string | undefined {
  return instant instanceof Date && !Number.isNaN(instant.getTime())
    ? instant.toISOString()
    : undefined
}

/** The host[:port] of a proxyEndpoint (`https://<host>`), lower case. */
function hostOf(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined
  try {
    const url = new URL(
      endpoint.includes('://') ? endpoint : `https://${endpoint}`
    )
    return url.host || undefined
  } catch {
    return undefined
  }
}

/**
 * A CommonJS package's exports: by name where Node reads them (tsx, Jest),
 * under `default` where the bundle's `import()` gives them so (esbuild
 * bundles the clients' CommonJS build, their package.json `main`).
 */
function exportsOf<T extends object>(module: T, name: keyof T): T {
  if (module[name] !== undefined) return module
  return (module as { default?: T }).default ?? module
}

/**
 * Keys the SDK found on its own (a profile, a web identity, a role) are
 * resolved first, and masked before the request is signed with them; the
 * evidence then tells their kind. They must come by the preflight's
 * deadline (resolveBy): a profile's credential_process waiting for a
 * prompt would hold the step forever.
 *
 * The client that sends the request is then given these keys, as static
 * credentials (without their expiry): the SDK's provider chain is run
 * once, here, never again by `client.send()`. The SDK asks its provider
 * again for keys that expire within 5 minutes (@smithy/core
 * `memoizeIdentityProvider`, `EXPIRATION_MS`), which would run a
 * credential_process a second time outside the deadline.
 */
async function chainKeys(
  chainOf: () => unknown,
  { keys, secrets, policy }: SdkExchange
): Promise<{
  facts: Pick<CredentialExchange, 'keyKind' | 'sessionToken'>
  config: { credentials?: AwsKeys }
}> {
  if (keys) return { facts: {}, config: {} }
  const provider = chainOf()
  if (typeof provider !== 'function') return { facts: {}, config: {} }
  const found = (await resolveBy(
    provider as () => Promise<unknown>,
    policy.deadline,
    policy.env ?? process.env
  )) as Partial<AwsKeys> | undefined
  if (found?.secretAccessKey) secrets.add(found.secretAccessKey)
  if (found?.sessionToken) secrets.add(found.sessionToken)
  if (!found?.accessKeyId || !found.secretAccessKey) {
    throw Object.assign(
      new Error("the AWS SDK's credential providers gave no access key"),
      { name: 'CredentialsProviderError' }
    )
  }
  const id = found.accessKeyId
  return {
    facts: {
      keyKind: id.startsWith('AKIA')
        ? 'long-term'
        : id.startsWith('ASIA')
          ? 'temporary'
          : 'other',
      sessionToken: Boolean(found.sessionToken)
    },
    config: {
      credentials: {
        accessKeyId: id,
        secretAccessKey: found.secretAccessKey,
        ...(found.sessionToken ? { sessionToken: found.sessionToken } : {})
      }
    }
  }
}

/** The name of the error of keys that did not come by the deadline. */
const KEYS_TIMEOUT = 'CredentialsTimeoutError'

/**
 * The SDK's provider chain, resolved by `deadline`, else a
 * CredentialsTimeoutError (judged as no keys: no request was sent). A
 * process the chain started (a profile's credential_process, run with a
 * shell) and that is still running then is stopped (SIGTERM, with the
 * processes it started: letGo) and let go, so that the step ends, and so
 * is any it starts after (the chain tries
 * its next provider): they are found through Node's `child_process`
 * diagnostics channel, in the chain's own async context only (another
 * registry's docker login is never touched).
 */
async function resolveBy(
  provider: () => Promise<unknown>,
  deadline: number,
  env: NodeJS.ProcessEnv
): Promise<unknown> {
  const chain = new AsyncLocalStorage<true>()
  const started: ChildProcess[] = []
  let late = false
  const onSpawn = (message: unknown): void => {
    if (!chain.getStore()) return
    const child = (message as { process: ChildProcess }).process
    if (late) letGo(child)
    else started.push(child)
  }
  subscribe('child_process', onSpawn)
  const resolving = chain.run(true, provider)
  // listening until the chain is done, whenever that is
  resolving
    .catch(() => undefined)
    .finally(() => unsubscribe('child_process', onSpawn))
  const budget = Math.max(0, deadline - Date.now())
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true
      for (const child of started) letGo(child)
      const profile = env.AWS_PROFILE ? ` (AWS_PROFILE ${env.AWS_PROFILE})` : ''
      const error = new Error(
        `the AWS SDK's credential providers gave no keys within ${Math.ceil(budget / 1000)} s, the preflight's deadline${profile}: a credential_process or an SSO login waiting for a prompt, or a role's endpoint that does not answer`
      )
      reject(Object.assign(error, { name: KEYS_TIMEOUT }))
    }, budget)
  })
  try {
    return await Promise.race([resolving, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Stops a child still running, with the processes it started, and lets it
 * go: the step does not wait for it. The SDK runs a credential_process
 * with a shell (`exec`), which may start the command as a child of its
 * own: signalling the shell alone would leave that one running.
 */
function letGo(child: ChildProcess): void {
  // the channel speaks before the process is spawned
  if (child.pid === undefined && child.exitCode === null) {
    child.once('spawn', () => letGo(child))
    return
  }
  const pid = child.pid
  const running = (): boolean =>
    child.exitCode === null && child.signalCode === null
  if (pid !== undefined && running()) {
    // the shell, spared while it has descendants, reaps them and ends;
    // else (a compound command: it started the next) again, a few times,
    // then it is stopped too, with anything it started
    let rounds = 0
    const stop = (): void => {
      if (!running()) return
      rounds += 1
      const result = stopTree(pid, rounds < SHELL_ROUNDS)
      if (result === 'spared') {
        const next = setTimeout(stop, SHELL_GRACE_MS)
        child.once('exit', () => clearTimeout(next))
      } else if (result === 'unknown') {
        child.kill()
      }
    }
    stop()
  }
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    stream?.destroy()
  }
  child.unref()
}

/** How long a shell whose command was stopped has to end by itself. */
const SHELL_GRACE_MS = 100

/** How many times a shell is spared (its commands stopped) at most. */
const SHELL_ROUNDS = 5

/**
 * Sends SIGTERM to every process descended from `root` (a child of this
 * process, not yet reaped), read from /proc (Linux): each is first stopped
 * (SIGSTOP) as it is found, and the walk is repeated until it finds no new
 * one, so that none forks unseen meanwhile; then each is sent SIGTERM and
 * continued (SIGCONT), so that the signal is delivered. `root` itself is
 * sent SIGTERM too, unless `spare` and it has descendants: it is then
 * only continued, to reap them (else they would wait, dead, for init) and
 * end ('spared'). Only descendants of the chain's own child are
 * signalled, never a process group (the SDK's `exec` gives the shell none
 * of its own: the group is this step's). 'unknown' where /proc cannot be
 * read (macOS, Windows): the caller then signals the child alone.
 */
function stopTree(root: number, spare: boolean): 'spared' | 'sent' | 'unknown' {
  if (parentsOf() === undefined) return 'unknown'
  const tree = [root]
  stopNow(root)
  try {
    for (let grown = true; grown;) {
      grown = false
      const parents = parentsOf() ?? new Map<number, number>()
      for (const [pid, parent] of parents) {
        if (tree.includes(parent) && !tree.includes(pid)) {
          stopNow(pid)
          tree.push(pid)
          grown = true
        }
      }
    }
  } finally {
    spare &&= tree.length > 1
    for (const pid of spare ? tree.slice(1) : tree) signal(pid, 'SIGTERM')
    // the shell last: its command is ended when it waits again
    for (const pid of tree.slice(1)) signal(pid, 'SIGCONT')
    signal(root, 'SIGCONT')
  }
  return spare ? 'spared' : 'sent'
}

/**
 * SIGSTOP, and the process stopped before the walk goes on: a fork it was
 * making when the signal came is then done, and its child in /proc for the
 * next walk. Else the walk could miss it, the shell be ended, and the child
 * it had started run on, orphaned (a credential_process left running; the
 * ecr-e2e test met it under load). Waits 50 ms at most.
 */
function stopNow(pid: number): void {
  signal(pid, 'SIGSTOP')
  const end = Date.now() + 50
  while (Date.now() < end) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      return // gone
    }
    // `pid (comm) state …`: T stopped, t traced, Z gone
    if (/^[TtZX]/.test(stat.slice(stat.lastIndexOf(')') + 2))) return
  }
}

/** Each process's parent, from /proc/<pid>/stat; undefined without /proc. */
function parentsOf(): Map<number, number> | undefined {
  if (process.platform !== 'linux') return undefined
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return undefined
  }
  const parents = new Map<number, number>()
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // gone meanwhile
    }
    // `pid (comm) state ppid …`: comm may hold spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const parent = Number(fields[1])
    if (Number.isInteger(parent)) parents.set(Number(entry), parent)
  }
  return parents
}

/** process.kill, for a process that may be gone already. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch {
    // gone, or not ours to signal
  }
}

/** An error's name and message, redacted (errorOf of src/aws.ts). */
function errorOf(
  error: unknown,
  secrets: Secrets
): { code: string; message: string } {
  const named = error as { name?: unknown; message?: unknown } | undefined
  const code =
    typeof named?.name === 'string' && named.name ? named.name : 'Error'
  const message =
    typeof named?.message === 'string' ? named.message : String(error)
  return { code, message: secrets.redact(message) }
}

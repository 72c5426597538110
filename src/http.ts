/**
 * A small HTTP client for the preflight: every request has a deadline, bodies
 * are read up to a cap, and transient failures are retried a bounded number
 * of times with backoff and jitter. 401 and 403 are never retried: a retried
 * wrong password counts towards Docker Hub's lockout.
 */
import type * as http from 'node:http'
import type * as https from 'node:https'
import { nodeHttp, nodeHttps, nodeZlib } from './builtins.js'
import { endpointUrl, type Endpoints } from './endpoints.js'
import type { LookupFunction } from 'node:net'
import type { ExchangeStep, HttpExchange } from './evidence.js'
import { BACKOFF_MS, MAX_RETRY_AFTER_SECONDS } from './policy.js'
import {
  parseHttpDate,
  redactTokens,
  retryAfterSeconds,
  tokensIn
} from './protocol.js'
import type { Secrets } from './redact.js'
import type { ProxiedAnswer } from './proxy.js'
import {
  isLoopbackHost,
  plainUrlOf,
  proxyFor,
  proxyLabel,
  speaksNoTls,
  tlsKind,
  trustFor,
  type TlsOptions,
  type TrustHost
} from './transport.js'

/** Response headers kept as evidence (lower-case). */
const KEPT_HEADERS = [
  'www-authenticate',
  'proxy-authenticate',
  'retry-after',
  'content-type',
  'ratelimit-limit',
  'ratelimit-remaining',
  'docker-ratelimit-source',
  'docker-distribution-api-version',
  // an upload session's address (the push probe cancels it)
  'location',
  // the server's clock: the AWS SDK corrects a runner's skewed clock by it
  // (attack-21 repro-01)
  'date'
]

/**
 * How far a server's clock was ahead of the runner's when it answered (ms;
 * negative: behind), by its `Date` header (RFC 9110 §6.6.1: the time the
 * message was generated, to the second); undefined without a valid one.
 */
export function clockAhead(
  date: string | undefined,
  answeredAt: number
): number | undefined {
  if (date === undefined) return undefined
  const at = parseHttpDate(date)
  return Number.isFinite(at) && answeredAt > 0 ? at - answeredAt : undefined
}

/** Bodies are read up to this size; the rest is dropped. */
export const MAX_BODY_BYTES = 64 * 1024
/** Bodies kept as evidence are cut to this length. */
const EVIDENCE_BODY_CHARS = 2048

/** One request to make. */
export interface RequestSpec {
  step: ExchangeStep
  method: 'GET' | 'HEAD' | 'POST' | 'DELETE'
  url: string
  headers?: Record<string, string>
  body?: string
}

/** How long and how often to try. */
export interface RetryPolicy {
  /** retries after the first attempt */
  retries: number
  /** per attempt, milliseconds */
  timeoutMs: number
  /** absolute time (ms since epoch) after which nothing more is sent */
  deadline: number
  /** the first backoff, doubled for each retry, milliseconds */
  backoffMs?: number
  /**
   * An answer that is not a 5xx or a 429 but passes all the same, as the
   * caller knows its service (AWS's 400 ThrottlingException): retried
   * like a 5xx, within `retries` and the deadline.
   */
  passing?: (status: number, body: string) => boolean
  /**
   * The request is not idempotent (the push probe's POST, which opens an
   * upload session): retried only where it cannot have reached the server
   * (the connection refused, the name not resolved for now), never after a
   * timeout or an answer (attack-41 A41-01: a slow registry that opened a
   * session and answered late got a second POST, and the first session
   * was never cancelled).
   */
  notIdempotent?: boolean
  /**
   * The answer's status and headers are what the caller needs (the push
   * probe's 202 and its Location): once they arrived, a body that does not
   * end in time gives them with what came of it, not a timeout (attack-52:
   * a 202 whose body dripped lost its Location, and its session was never
   * cancelled). A 2xx's body, which says nothing the caller reads, is not
   * waited for (attack-55: it held the probe to the preflight's deadline).
   */
  headersSuffice?: boolean
  /**
   * The run's secrets: every token of a response body joins them as it
   * arrives (and is masked), and what the exchange keeps is redacted.
   */
  secrets?: Secrets
  /**
   * The environment the proxy variables (`HTTPS_PROXY`, `NO_PROXY`, …),
   * the system bundle (`SSL_CERT_FILE`) and the certs.d root are read
   * from, as docker reads them; default `process.env`.
   */
  env?: NodeJS.ProcessEnv
  /**
   * The registry (host[:port], as `docker login` gets it) the requests are
   * for: its certs.d certificates are trusted for all of them, the token
   * service's too, as docker does. Default: each URL's own host.
   */
  registry?: string
  /** Resolves host names; tests point a name at 127.0.0.1. */
  lookup?: LookupFunction
  /**
   * The system the trust is decided for (its platform, the OS trust store);
   * this process's by default. Tests name another.
   */
  trustHost?: TrustHost
  /**
   * Keep-alive agents: requests to one host share a connection (one
   * round trip less each). Whoever makes them destroys them.
   */
  agents?: {
    http: http.Agent
    https: https.Agent
    /**
     * the proxy clients of the run, by proxy and trust: requests through
     * one proxy to one host share a tunnel (a CONNECT and a TLS handshake
     * less each; attack-69, below its bar)
     */
    proxied?: Map<string, { destroy(): Promise<void> }>
  }
  /**
   * Hosts sent elsewhere (DOCKER_LOGIN_PREFLIGHT_ENDPOINTS): a request for
   * one of them goes to its base URL.
   */
  endpoints?: Endpoints
}

/** Keep-alive agents for one run's requests; destroy them when done. */
export function keepAliveAgents(): NonNullable<RetryPolicy['agents']> {
  return {
    http: new (nodeHttp().Agent)({ keepAlive: true }),
    https: new (nodeHttps().Agent)({ keepAlive: true }),
    proxied: new Map()
  }
}

/** Ends every connection of the run's agents, proxied ones too. */
export function destroyAgents(
  agents: NonNullable<RetryPolicy['agents']>
): void {
  agents.http.destroy()
  agents.https.destroy()
  for (const agent of agents.proxied?.values() ?? []) {
    agent.destroy().catch(() => undefined)
  }
  agents.proxied?.clear()
}

/** An exchange together with the full body (the evidence keeps a cut one). */
export interface Response {
  exchange: HttpExchange
  /** the whole body as read (up to MAX_BODY_BYTES), for the caller's use */
  body: string
  /**
   * the `Location` header as sent (the exchange keeps it without its
   * query, which may hold an upload's state)
   */
  location?: string
  /**
   * the URL that answered, as sent (not redacted): the one asked, after
   * DOCKER_LOGIN_PREFLIGHT_ENDPOINTS, or its http:// form where a loopback
   * registry answered over http (docs/registries.md §9.1)
   */
  url: string
}

interface Attempt {
  status?: number
  headers: Record<string, string>
  body: string
  error?: HttpExchange['error']
  /** the URL that answered, when not the one asked (http:// on loopback) */
  url?: string
  /** the proxy the request went through, without credentials */
  proxy?: string
  /** the proxy's URL held credentials */
  proxyCredentials?: true
  /** an https attempt found a server that does not speak TLS */
  plainServer?: boolean
}

/**
 * Sends a request, retrying connection errors, timeouts, 5xx and 429s that
 * carry a short `Retry-After`. Never throws: failures are in the exchange.
 */
export async function send(
  asked: RequestSpec,
  policy: RetryPolicy
): Promise<Response> {
  const spec = policy.endpoints
    ? { ...asked, url: endpointUrl(asked.url, policy.endpoints) }
    : asked
  let attempt: Attempt = {
    headers: {},
    body: '',
    error: { message: 'no attempt was made: time ran out', timedOut: true }
  }
  let attempts = 0
  let answeredAt = 0
  for (;;) {
    const remaining = policy.deadline - Date.now()
    if (remaining <= 0) break
    attempts += 1
    attempt = await once(spec, Math.min(policy.timeoutMs, remaining), policy)
    answeredAt = Date.now()
    for (const token of tokensIn(attempt.body)) policy.secrets?.add(token)
    const wait = retryDelay(attempt, attempts, policy)
    if (wait === undefined || attempts > policy.retries) break
    if (Date.now() + wait >= policy.deadline) break
    await sleep(wait)
  }
  // nothing the registry repeated of a secret reaches the evidence
  const redact = (text: string): string =>
    policy.secrets ? policy.secrets.redact(text) : text
  const exchange: HttpExchange = {
    step: spec.step,
    method: spec.method,
    url: redact(attempt.url ?? spec.url),
    status: attempt.status,
    headers: policy.secrets
      ? policy.secrets.redactAll(attempt.headers)
      : attempt.headers,
    attempts
  }
  if (attempt.body) {
    // a body may have stopped inside a secret (attack-55 A55-01)
    const kept = redactTokens(attempt.body)
    exchange.body = cutBody(
      policy.secrets ? policy.secrets.redactCut(kept) : kept
    )
  }
  if (attempt.error) {
    exchange.error = {
      ...attempt.error,
      message: redact(attempt.error.message)
    }
  }
  if (attempt.proxy) exchange.proxy = attempt.proxy
  if (attempt.proxyCredentials) exchange.proxyCredentials = true
  const ahead = clockAhead(attempt.headers.date, answeredAt)
  if (ahead !== undefined) exchange.clockAheadMs = ahead
  const location = attempt.headers.location
  if (location !== undefined) {
    exchange.headers = {
      ...exchange.headers,
      location: redact(location.replace(/[?#].*$/s, ''))
    }
  }
  return {
    exchange,
    body: attempt.body,
    location,
    url: attempt.url ?? spec.url
  }
}

/** Milliseconds to wait before retrying, or undefined when not to retry. */
function retryDelay(
  attempt: Attempt,
  attempts: number,
  policy: RetryPolicy
): number | undefined {
  const backoff = (policy.backoffMs ?? BACKOFF_MS) * 2 ** (attempts - 1)
  const jittered = backoff / 2 + Math.random() * (backoff / 2)
  if (policy.notIdempotent) {
    const code = attempt.error?.code
    const unsent =
      attempt.status === undefined &&
      attempt.error?.proxyStatus === undefined &&
      (code === 'ECONNREFUSED' || code === 'EAI_AGAIN')
    return unsent ? jittered : undefined
  }
  if (attempt.status === undefined) {
    // the proxy refused (a 407 wants credentials; a 5xx may pass) or the
    // certificate failed: the same answer again, not a passing fault
    const refused = attempt.error?.proxyStatus
    if (refused !== undefined) return refused >= 500 ? jittered : undefined
    if (attempt.error?.tls) return undefined
    // the name does not exist (NXDOMAIN: a misspelt host), which a retry
    // does not change; a resolver's passing failure is EAI_AGAIN, retried
    // (attack-33 repro-02)
    if (attempt.error?.code === 'ENOTFOUND') return undefined
    return jittered
  }
  if (attempt.status >= 500) return jittered
  if (policy.passing?.(attempt.status, attempt.body)) return jittered
  if (attempt.status === 429) {
    const seconds = retryAfterSeconds(
      attempt.headers['retry-after'],
      Date.now(),
      attempt.headers.date
    )
    if (seconds === undefined || seconds > MAX_RETRY_AFTER_SECONDS) return
    return Math.max(seconds * 1000, jittered)
  }
  return undefined
}

/** One attempt (no retries): direct or through the proxy, as docker would. */
async function once(
  spec: RequestSpec,
  timeoutMs: number,
  policy: RetryPolicy
): Promise<Attempt> {
  try {
    return await attemptOnce(spec, timeoutMs, policy)
  } catch (caught) {
    // a certs.d file Node cannot use (a broken client key, …)
    const error = caught as NodeJS.ErrnoException
    return {
      headers: {},
      body: '',
      error: {
        code: error?.code,
        message: String(error?.message ?? caught),
        timedOut: false
      }
    }
  }
}

async function attemptOnce(
  spec: RequestSpec,
  timeoutMs: number,
  policy: RetryPolicy
): Promise<Attempt> {
  let url: URL
  try {
    url = new URL(spec.url)
  } catch {
    return {
      headers: {},
      body: '',
      error: { message: `invalid URL ${spec.url}`, timedOut: false }
    }
  }
  const env = policy.env ?? process.env
  const until = Date.now() + timeoutMs
  const left = (): number => Math.max(1, until - Date.now())
  const proxy = proxyFor(url, env)
  const trust =
    url.protocol === 'https:'
      ? trustFor(url, policy.registry, env, policy.trustHost)
      : undefined
  const to = (target: URL, tls: TlsOptions | undefined) =>
    proxy
      ? throughProxy(spec, target, proxy, tls, left(), policy)
      : direct(spec, target, tls, left(), policy)
  let attempt = await to(url, trust?.options)
  if (
    trust?.wider &&
    attempt.error?.tls?.kind === 'unknown-authority' &&
    Date.now() < until
  ) {
    const wider = trust.wider()
    if (wider) attempt = await to(url, wider)
  }
  // Docker asks a loopback registry over https first, then over http
  // (docs/registries.md §9); loopback is never proxied.
  if (
    attempt.plainServer &&
    isLoopbackHost(url.hostname) &&
    Date.now() < until
  ) {
    const plain = plainUrlOf(spec.url)
    attempt = {
      ...(await direct(spec, plain, undefined, left(), policy)),
      url: plain.href
    }
  }
  if (attempt.error?.tls && trust && trust.caFiles.length > 0) {
    attempt.error.tls.caFiles = trust.caFiles
  }
  // the time the attempt had, whatever part of it an https probe took
  if (attempt.error?.code === 'ETIMEDOUT' && attempt.error.timedOut) {
    attempt.error.message = timedOut(timeoutMs).error?.message ?? ''
  }
  return attempt
}

/** One request with node:http(s), on the run's keep-alive agents if any. */
function direct(
  spec: RequestSpec,
  url: URL,
  tls: TlsOptions | undefined,
  timeoutMs: number,
  { lookup, agents, headersSuffice }: RetryPolicy
): Promise<Attempt> {
  return new Promise((resolve) => {
    let settled = false
    let handshake = false
    // the answer so far, given whole when its headers suffice
    let sofar: (() => Attempt) | undefined
    const finish = (attempt: Attempt): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(attempt)
    }
    const transport = url.protocol === 'http:' ? nodeHttp() : nodeHttps()
    const request = transport.request(url, {
      method: spec.method,
      headers: requestHeaders(spec),
      agent: agents
        ? url.protocol === 'http:'
          ? agents.http
          : agents.https
        : false,
      ...(lookup ? { lookup } : {}),
      // Node's 16 KiB would fail a registry whose headers are longer (a
      // long Content-Security-Policy; Go takes up to 1 MiB by default:
      // attack-29 repro-05)
      maxHeaderSize: 1024 * 1024,
      ...(tls?.secureContext ? { secureContext: tls.secureContext } : {}),
      ...(tls?.rejectUnauthorized === false
        ? { rejectUnauthorized: false }
        : {})
    })
    const timer = setTimeout(() => {
      request.destroy()
      finish(headersSuffice && sofar ? sofar() : timedOut(timeoutMs))
    }, timeoutMs)
    request.on('socket', (socket) => {
      // A kept-alive socket shook hands for an earlier request: a listener
      // on it would never fire, and they would pile up on the socket.
      if (request.reusedSocket) handshake = true
      else socket.once('secureConnect', () => (handshake = true))
    })
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({
        headers: {},
        body: '',
        error: failure(error.code, error.message, url),
        plainServer:
          url.protocol === 'https:' && speaksNoTls(error.code, handshake)
      })
    })
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        if (size >= MAX_BODY_BYTES) return
        chunks.push(chunk)
        size += chunk.length
        if (size >= MAX_BODY_BYTES) response.destroy()
      })
      const answer = (): Attempt => ({
        status: response.statusCode,
        headers: keptHeaders(response.headers),
        body: decoded(
          Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES),
          response.headers['content-encoding']
        )
      })
      sofar = answer
      // a 2xx's body is not waited for (an empty one, whose end comes at
      // once, is read as any)
      if (
        headersSuffice &&
        success(response.statusCode) &&
        response.headers['content-length'] !== '0'
      ) {
        finish(answer())
        response.destroy()
        return
      }
      const done = (): void => finish(answer())
      response.on('end', done)
      response.on('close', done)
      response.on('error', done)
    })
    request.end(spec.body)
  })
}

/**
 * One request through a proxy. The proxy client (undici) is loaded here,
 * on the first request a proxy applies to, and never otherwise.
 */
async function throughProxy(
  spec: RequestSpec,
  url: URL,
  proxy: URL,
  tls: TlsOptions | undefined,
  timeoutMs: number,
  { headersSuffice, agents }: RetryPolicy
): Promise<Attempt> {
  const label = proxyLabel(proxy)
  const abort = new AbortController()
  let timer: NodeJS.Timeout | undefined
  // the answer so far (RetryPolicy.headersSuffice)
  let sofar: (() => ProxiedAnswer) | undefined
  let headed: (attempt: Attempt) => void = () => undefined
  const timeout = new Promise<Attempt>((resolve) => {
    headed = resolve
    timer = setTimeout(() => {
      abort.abort()
      resolve(
        headersSuffice && sofar
          ? fromProxy(sofar(), url, proxy, label)
          : timedOut(timeoutMs)
      )
    }, timeoutMs)
  })
  const answered = import('./proxy.js')
    .then(({ viaProxy }) =>
      viaProxy({
        url,
        method: spec.method,
        headers: requestHeaders(spec),
        body: spec.body,
        proxy,
        tls,
        signal: abort.signal,
        maxBytes: MAX_BODY_BYTES,
        pool: agents?.proxied,
        sofar: (answer) => {
          sofar = answer
          // as direct: a 2xx's body is not waited for
          if (headersSuffice && success(answer().status)) {
            headed(fromProxy(answer(), url, proxy, label))
            // a request's own client goes now; a pooled one reads the
            // rest of the body in the background and keeps its tunnel
            // for the next request (the run's end closes it)
            if (!agents?.proxied) abort.abort()
          }
        }
      })
    )
    .then((answer) => fromProxy(answer, url, proxy, label))
    .catch((error: Error): Attempt => ({
      headers: {},
      body: '',
      error: { message: String(error?.message ?? error), timedOut: false }
    }))
  const attempt = await Promise.race([answered, timeout])
  clearTimeout(timer)
  return {
    ...attempt,
    proxy: label,
    ...(proxy.username || proxy.password ? { proxyCredentials: true } : {})
  }
}

/** Whether a status is a 2xx. */
function success(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300
}

/** A proxied answer as an attempt; the proxy's credentials never show. */
function fromProxy(
  answer: ProxiedAnswer,
  url: URL,
  proxy: URL,
  label: string
): Attempt {
  if (!answer.error) {
    return {
      status: answer.status,
      headers: keptHeaders(answer.headers),
      body: decoded(answer.body, [answer.headers['content-encoding']].flat()[0])
    }
  }
  const { code, proxyStatus } = answer.error
  if (proxyStatus !== undefined) {
    return {
      headers: {},
      body: '',
      error: {
        code,
        message: `the proxy ${label} answered ${proxyStatus} to the request for ${url.host}`,
        timedOut: false,
        proxyStatus,
        // a 5xx is the proxy's report that it could not reach the
        // registry (RFC 9110 §15.6.3, §15.6.5: a misspelt host, a registry
        // down); a 4xx is the proxy's own refusal (attack-70 A70-02)
        ...(proxyStatus < 500 ? { atProxy: true as const } : {})
      }
    }
  }
  const error = failure(code, withoutUserinfo(answer.error.message, proxy), url)
  // the request never left for the registry: the proxy was not reached
  // (its host's name or address is the one that failed; the proxy
  // resolves and dials the registry itself; attack-69 A69-02)
  if (code && PROXY_DIAL_CODES.has(code)) {
    return {
      headers: {},
      body: '',
      error: {
        ...error,
        message: `the proxy ${label} could not be reached: ${error.message}`,
        atProxy: true
      }
    }
  }
  return { headers: {}, body: '', error }
}

/** Errors of a connection to the proxy that never got to the proxy. */
const PROXY_DIAL_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH'
])

/** The proxy's credentials, wherever an error message repeats them. */
function withoutUserinfo(text: string, proxy: URL): string {
  let out = text
  for (const secret of [proxy.password, proxy.username]) {
    if (!secret) continue
    for (const form of new Set([secret, safeDecode(secret)])) {
      out = out.split(form).join('<redacted>')
    }
  }
  return out
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * A body as text, decompressed when a server (or a proxy before it)
 * compressed it although the request asked for none (attack-29 repro-03);
 * as it came when it does not decompress.
 */
function decoded(body: Buffer, encoding: string | undefined): string {
  const coding = encoding?.trim().toLowerCase()
  if (!coding || coding === 'identity') return body.toString()
  try {
    const zlib = nodeZlib()
    // no more than a body is read: a small body may inflate without bound
    const most = { maxOutputLength: MAX_BODY_BYTES }
    const plain =
      coding === 'br'
        ? zlib.brotliDecompressSync(body, most)
        : coding === 'deflate'
          ? zlib.inflateSync(body, most)
          : zlib.gunzipSync(body, most)
    return plain.toString()
  } catch {
    return body.toString()
  }
}

function requestHeaders(spec: RequestSpec): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': 'docker-login-preflight',
    // bodies are read as sent: no server may compress them then (RFC 9110
    // §12.5.3; attack-29 repro-03)
    'accept-encoding': 'identity',
    ...spec.headers
  }
  if (spec.body !== undefined) {
    headers['content-length'] = String(Buffer.byteLength(spec.body))
  }
  return headers
}

function timedOut(timeoutMs: number): Attempt {
  return {
    headers: {},
    body: '',
    error: {
      code: 'ETIMEDOUT',
      message: `no answer within ${Math.round(timeoutMs / 100) / 10} s`,
      timedOut: true
    }
  }
}

/**
 * Node 24's advice after a certificate it cannot verify (`…; if the root
 * CA is installed locally, try running Node.js with --use-system-ca`):
 * the action reads the system's CA bundle itself, and no workflow passes
 * flags to an action's node (attack-23 repro-05). Left out, the message is
 * Node 20's.
 */
const NODE_CA_HINT =
  /; if the root CA is installed locally, try running Node\.js with --use-system-ca/

/** A failure, with the kind of a certificate failure and its host. */
function failure(
  code: string | undefined,
  message: string,
  url: URL
): NonNullable<Attempt['error']> {
  const kind = tlsKind(code)
  return {
    code,
    message: message.replace(NODE_CA_HINT, ''),
    timedOut: false,
    ...(kind ? { tls: { kind, host: url.host } } : {})
  }
}

function keptHeaders(
  headers: http.IncomingHttpHeaders
): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const name of KEPT_HEADERS) {
    const value = headers[name]
    if (value !== undefined) {
      kept[name] = Array.isArray(value) ? value.join(', ') : value
    }
  }
  return kept
}

function cutBody(body: string): string {
  return body.length > EVIDENCE_BODY_CHARS
    ? `${body.slice(0, EVIDENCE_BODY_CHARS)}… (${body.length} characters)`
    : body
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

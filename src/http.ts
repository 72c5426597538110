/**
 * A small HTTP client for the preflight: every request has a deadline, bodies
 * are read up to a cap, and transient failures are retried a bounded number
 * of times with backoff and jitter. 401 and 403 are never retried: a retried
 * wrong password counts towards Docker Hub's lockout.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { ExchangeStep, HttpExchange } from './evidence.js'
import { BACKOFF_MS, MAX_RETRY_AFTER_SECONDS } from './policy.js'
import { redactTokens, retryAfterSeconds, tokensIn } from './protocol.js'
import type { Secrets } from './redact.js'

/** Response headers kept as evidence (lower-case). */
const KEPT_HEADERS = [
  'www-authenticate',
  'retry-after',
  'content-type',
  'ratelimit-limit',
  'ratelimit-remaining',
  'docker-ratelimit-source',
  'docker-distribution-api-version'
]

/** Bodies are read up to this size; the rest is dropped. */
export const MAX_BODY_BYTES = 64 * 1024
/** Bodies kept as evidence are cut to this length. */
const EVIDENCE_BODY_CHARS = 2048

/** One request to make. */
export interface RequestSpec {
  step: ExchangeStep
  method: 'GET' | 'HEAD' | 'POST'
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
   * The run's secrets: every token of a response body joins them as it
   * arrives (and is masked), and what the exchange keeps is redacted.
   */
  secrets?: Secrets
}

/** An exchange together with the full body (the evidence keeps a cut one). */
export interface Response {
  exchange: HttpExchange
  /** the whole body as read (up to MAX_BODY_BYTES), for the caller's use */
  body: string
}

interface Attempt {
  status?: number
  headers: Record<string, string>
  body: string
  error?: { code?: string; message: string; timedOut: boolean }
}

/**
 * Sends a request, retrying connection errors, timeouts, 5xx and 429s that
 * carry a short `Retry-After`. Never throws: failures are in the exchange.
 */
export async function send(
  spec: RequestSpec,
  policy: RetryPolicy
): Promise<Response> {
  let attempt: Attempt = {
    headers: {},
    body: '',
    error: { message: 'no attempt was made: time ran out', timedOut: true }
  }
  let attempts = 0
  for (;;) {
    const remaining = policy.deadline - Date.now()
    if (remaining <= 0) break
    attempts += 1
    attempt = await once(spec, Math.min(policy.timeoutMs, remaining))
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
    url: redact(spec.url),
    status: attempt.status,
    headers: policy.secrets
      ? policy.secrets.redactAll(attempt.headers)
      : attempt.headers,
    attempts
  }
  if (attempt.body) {
    exchange.body = cutBody(redact(redactTokens(attempt.body)))
  }
  if (attempt.error) {
    exchange.error = {
      ...attempt.error,
      message: redact(attempt.error.message)
    }
  }
  return { exchange, body: attempt.body }
}

/** Milliseconds to wait before retrying, or undefined when not to retry. */
function retryDelay(
  attempt: Attempt,
  attempts: number,
  policy: RetryPolicy
): number | undefined {
  const backoff = (policy.backoffMs ?? BACKOFF_MS) * 2 ** (attempts - 1)
  const jittered = backoff / 2 + Math.random() * (backoff / 2)
  if (attempt.status === undefined) return jittered
  if (attempt.status >= 500) return jittered
  if (attempt.status === 429) {
    const seconds = retryAfterSeconds(attempt.headers['retry-after'])
    if (seconds === undefined || seconds > MAX_RETRY_AFTER_SECONDS) return
    return Math.max(seconds * 1000, jittered)
  }
  return undefined
}

function once(spec: RequestSpec, timeoutMs: number): Promise<Attempt> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (attempt: Attempt): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(attempt)
    }
    let url: URL
    try {
      url = new URL(spec.url)
    } catch {
      finish({
        headers: {},
        body: '',
        error: { message: `invalid URL ${spec.url}`, timedOut: false }
      })
      return
    }
    const transport = url.protocol === 'http:' ? http : https
    const headers: Record<string, string> = {
      'user-agent': 'docker-login-preflight',
      ...spec.headers
    }
    if (spec.body !== undefined) {
      headers['content-length'] = String(Buffer.byteLength(spec.body))
    }
    const request = transport.request(url, {
      method: spec.method,
      headers,
      agent: false
    })
    const timer = setTimeout(() => {
      request.destroy()
      finish({
        headers: {},
        body: '',
        error: {
          code: 'ETIMEDOUT',
          message: `no answer within ${Math.round(timeoutMs / 100) / 10} s`,
          timedOut: true
        }
      })
    }, timeoutMs)
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({
        headers: {},
        body: '',
        error: { code: error.code, message: error.message, timedOut: false }
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
      const done = (): void =>
        finish({
          status: response.statusCode,
          headers: keptHeaders(response.headers),
          body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString()
        })
      response.on('end', done)
      response.on('close', done)
      response.on('error', done)
    })
    request.end(spec.body)
  })
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

/**
 * One request through a proxy, with undici's ProxyAgent: a CONNECT tunnel
 * for https URLs, the proxy's absolute form for http URLs (as Go sends
 * them), SOCKS5 for `socks5://` and `socks5h://`. http.ts imports this module only when a
 * proxy applies to a request, so the bundles load undici only then (a lazy
 * chunk).
 */
import { ProxyAgent, request } from 'undici'
import type { TlsOptions } from './transport.js'

/** What one proxied request gave, before http.ts keeps what matters. */
export interface ProxiedAnswer {
  status?: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  error?: { code?: string; message: string; proxyStatus?: number }
}

/** One request through `proxy`; never throws. */
export async function viaProxy(options: {
  url: URL
  method: string
  headers: Record<string, string>
  body?: string
  proxy: URL
  tls?: TlsOptions
  signal: AbortSignal
  maxBytes: number
  /** once the headers came: gives the answer as it stands when called */
  sofar?: (answer: () => ProxiedAnswer) => void
  /**
   * the run's proxy clients, by proxy and trust (RetryPolicy.agents): one
   * is kept for the next request, whose tunnel to the same host it reuses;
   * without a pool, each request has its own and closes it
   */
  pool?: Map<string, { destroy(): Promise<void> }>
}): Promise<ProxiedAnswer> {
  const { url, proxy, pool } = options
  const tunnel = url.protocol === 'https:' || proxy.protocol !== 'http:'
  const key = `${proxy.href}\n${tunnel}\n${tlsKey(options.tls)}`
  const kept = pool?.get(key) as ProxyAgent | undefined
  const token = basicOf(proxy)
  const agent =
    kept ??
    new ProxyAgent({
      uri: undiciUri(proxy),
      // Go tunnels https only; http goes to an http proxy as a plain request
      proxyTunnel: tunnel,
      // as the direct requests: headers up to 1 MiB (attack-29 repro-05)
      maxHeaderSize: 1024 * 1024,
      ...(options.tls ? { requestTls: options.tls } : {}),
      ...(token ? { token } : {})
    })
  if (!kept) pool?.set(key, agent)
  // a proxy that takes the CONNECT and never completes the tunnel: the
  // request does not settle on the abort, and its socket would keep the
  // step running, so the agent and its sockets go when the signal fires.
  // A pooled agent other requests share is retired instead: the run's
  // next requests get a new one, those under way finish on it, and the
  // run's end closes it (attack-71 A71-02)
  const stop = (): void => {
    if (!pool) {
      agent.destroy().catch(() => undefined)
    } else if (pool.get(key) === agent) {
      pool.delete(key)
      pool.set(`retired ${idOf(agent)}`, agent)
    }
  }
  options.signal.addEventListener('abort', stop, { once: true })
  try {
    const response = await request(url, {
      dispatcher: agent,
      method: options.method as 'GET',
      headers: options.headers,
      body: options.body,
      signal: options.signal
    })
    const chunks: Buffer[] = []
    let size = 0
    const answer = (): ProxiedAnswer => ({
      status: response.statusCode,
      headers: response.headers,
      body: Buffer.concat(chunks).subarray(0, options.maxBytes)
    })
    options.sofar?.(answer)
    try {
      for await (const chunk of response.body) {
        chunks.push(chunk as Buffer)
        size += (chunk as Buffer).length
        if (size >= options.maxBytes) break
      }
    } finally {
      response.body.destroy()
    }
    return answer()
  } catch (caught) {
    return { headers: {}, body: Buffer.alloc(0), error: failure(caught) }
  } finally {
    options.signal.removeEventListener('abort', stop)
    if (!pool) agent.destroy().catch(() => undefined)
  }
}

/** A number for each object, by its identity. */
const ids = new WeakMap<object, number>()
let lastId = 0
function idOf(object: object): number {
  let id = ids.get(object)
  if (id === undefined) {
    id = ++lastId
    ids.set(object, id)
  }
  return id
}

/**
 * The TLS options as a pool key: their values, and each object among them
 * (a SecureContext, which JSON shows as `{}`) by its identity; transport.ts
 * makes one context per content, so equal trust shares a client and other
 * trust (the retry's wider roots, a client certificate) does not
 * (attack-71 A71-01).
 */
function tlsKey(tls: TlsOptions | undefined): string {
  if (!tls) return ''
  return JSON.stringify(tls, (name, value: unknown) =>
    name !== '' && value !== null && typeof value === 'object'
      ? `#${idOf(value)}`
      : value
  )
}

/**
 * The `Proxy-Authorization` Go sends to an http(s) proxy whose URL has a
 * user part, the password empty or not (net/http transport.go
 * `connectMethod.proxyAuth`): undici sends one only when both are set, so a
 * token given as `http://TOKEN@proxy` was never sent (attack-69 A69-01).
 * SOCKS5 proxies take theirs in the handshake.
 */
function basicOf(proxy: URL): string | undefined {
  if (!/^https?:$/.test(proxy.protocol)) return undefined
  if (!proxy.username && !proxy.password) return undefined
  // as http.ts's safeDecode, which this lazy chunk does not import (that
  // would split http.ts out of the main bundle's start-up file)
  const plain = (part: string): string => {
    try {
      return decodeURIComponent(part)
    } catch {
      return part
    }
  }
  const pair = `${plain(proxy.username)}:${plain(proxy.password)}`
  return `Basic ${Buffer.from(pair).toString('base64')}`
}

/**
 * The proxy's URL as undici takes it. `socks5h://` (the proxy resolves
 * the name) is undici's `socks5://`: its SOCKS5 client sends the host name
 * (address type DOMAIN), never an address it resolved itself
 * (undici lib/core/socks5-utils.js parseAddress).
 */
function undiciUri(proxy: URL): string {
  if (proxy.protocol !== 'socks5h:') return proxy.href
  const socks = new URL(proxy.href)
  socks.protocol = 'socks5:'
  return socks.href
}

/**
 * The error of a proxied request, with the proxy's own refusal told apart:
 * undici reports a CONNECT answered with another status than 200 as
 * "Proxy response (407) !== 200 when HTTP Tunneling", and a 407 to a plain
 * request as "Proxy Authentication Required (407)".
 */
function failure(caught: unknown): ProxiedAnswer['error'] {
  const error = caught as { code?: string; message?: string; cause?: unknown }
  const message = String(error?.message ?? caught)
  const refused =
    /Proxy response \((\d{3})\) !== 200/.exec(message) ??
    /Proxy Authentication Required \((407)\)/.exec(message)
  if (refused) {
    return {
      code: 'ERR_PROXY_RESPONSE',
      message,
      proxyStatus: Number(refused[1])
    }
  }
  // a TLS failure behind the tunnel may come wrapped
  const cause = error?.cause as { code?: string; message?: string } | undefined
  if (error?.code === 'UND_ERR_PRX_TLS' && cause?.code) {
    return { code: cause.code, message: String(cause.message ?? message) }
  }
  return { code: error?.code, message }
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import {
  clockAhead,
  MAX_BODY_BYTES,
  send,
  type RetryPolicy
} from '../src/http.js'
import { Secrets } from '../src/redact.js'
import { startProxy } from '../__fixtures__/proxy.js'
import { MAX_RETRY_AFTER_SECONDS } from '../src/policy.js'
import { redactTokens, retryAfterSeconds } from '../src/protocol.js'

/** Answers scripted per path: each request takes the next answer. */
const scripts = new Map<string, Array<(res: ServerResponse) => void>>()
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const next = scripts.get(req.url ?? '')?.shift()
    if (next) next(res)
    else res.writeHead(200).end('{"ok":true}')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    retries: 2,
    timeoutMs: 1000,
    deadline: Date.now() + 5000,
    backoffMs: 10,
    ...overrides
  }
}

const status =
  (code: number, headers: Record<string, string> = {}, body = '') =>
  (res: ServerResponse) =>
    res.writeHead(code, headers).end(body)

describe('send', () => {
  it('retries 503s and reports the recovery', async () => {
    scripts.set('/a', [status(503), status(503)])
    const { exchange } = await send(
      { step: 'ping', method: 'GET', url: `${base}/a` },
      policy()
    )
    expect(exchange.status).toBe(200)
    expect(exchange.attempts).toBe(3)
  })

  it('stops after the configured retries', async () => {
    scripts.set('/b', [status(502), status(502), status(502), status(502)])
    const { exchange } = await send(
      { step: 'ping', method: 'GET', url: `${base}/b` },
      policy({ retries: 1 })
    )
    expect(exchange.status).toBe(502)
    expect(exchange.attempts).toBe(2)
  })

  it('a request that is not idempotent is not sent again after an answer or a timeout, only where it never reached the server (attack-41 A41-01)', async () => {
    scripts.set('/post-503', [status(503)])
    const answered = await send({ step: 'upload', method: 'POST', url: `${base}/post-503` }, policy({ notIdempotent: true }))
    expect([answered.exchange.status, answered.exchange.attempts]).toEqual([503, 1])
    scripts.set('/post-slow', [(res) => void setTimeout(() => res.writeHead(202).end(), 300)])
    const late = await send({ step: 'upload', method: 'POST', url: `${base}/post-slow` }, policy({ notIdempotent: true, timeoutMs: 100 }))
    expect([late.exchange.status, late.exchange.attempts]).toEqual([undefined, 1])
    // a port nothing listens on: the connection refused, sent again
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const port = (closed.address() as AddressInfo).port
    await new Promise((done) => closed.close(done))
    const refused = await send({ step: 'upload', method: 'POST', url: `http://127.0.0.1:${port}/v2/` }, policy({ notIdempotent: true }))
    expect([refused.exchange.error?.code, refused.exchange.attempts]).toEqual(['ECONNREFUSED', 3])
  }) // prettier-ignore

  it('headersSuffice: a 202 whose body never ends gives its status and Location at once, not at the timeout, directly and through a proxy (attack-52, attack-55)', async () => {
    const dripping = (res: ServerResponse) => {
      res.writeHead(202, { location: '/v2/app/blobs/uploads/u1' }).write('{')
      const drip = setInterval(() => res.write(' '), 50)
      res.on('close', () => clearInterval(drip))
    }
    scripts.set('/drip', [dripping, dripping, dripping])
    const asked = { step: 'upload', method: 'POST', url: `${base}/drip` } as const
    const started = Date.now()
    const kept = await send(asked, policy({ notIdempotent: true, headersSuffice: true, timeoutMs: 4_000 }))
    expect([kept.exchange.status, kept.location, kept.exchange.error]).toEqual([202, '/v2/app/blobs/uploads/u1', undefined])
    expect(Date.now() - started).toBeLessThan(2_000)
    // a refusal's body is read (its wording decides), until the timeout
    scripts.set('/drip-401', [(res) => {
      res.writeHead(401).write('{"errors":[{"code":"DENIED"')
      const drip = setInterval(() => res.write(' '), 50)
      res.on('close', () => clearInterval(drip))
    }])
    const refused = await send({ ...asked, url: `${base}/drip-401` }, policy({ notIdempotent: true, headersSuffice: true, timeoutMs: 300 }))
    expect([refused.exchange.status, refused.body.startsWith('{"errors":[{"code":"DENIED"')]).toEqual([401, true])
    // without it, the same answer is a timeout: nothing to cancel
    const lost = await send(asked, policy({ notIdempotent: true, timeoutMs: 300 }))
    expect([lost.exchange.status, lost.location, lost.exchange.error?.timedOut]).toEqual([undefined, undefined, true])
    const port = Number(new URL(base).port)
    const proxy = await startProxy({ routes: { [`reg.test:${port}`]: port } })
    try {
      const proxied = Date.now()
      const through = await send({ ...asked, url: `http://reg.test:${port}/drip` }, policy({ notIdempotent: true, headersSuffice: true, timeoutMs: 4_000, env: { HTTP_PROXY: proxy.url } }))
      expect([through.exchange.status, through.location, through.exchange.proxy]).toEqual([202, '/v2/app/blobs/uploads/u1', proxy.url])
      expect(Date.now() - proxied).toBeLessThan(2_000)
    } finally {
      await proxy.close()
    }
  }) // prettier-ignore

  it.each([401, 403])('never retries a %i', async (code) => {
    scripts.set('/c', [status(code, {}, '{"details":"no"}')])
    const { exchange } = await send(
      { step: 'token', method: 'GET', url: `${base}/c` },
      policy()
    )
    expect(exchange.status).toBe(code)
    expect(exchange.attempts).toBe(1)
    expect(exchange.body).toBe('{"details":"no"}')
  })

  it('waits for a short Retry-After on a 429 and retries', async () => {
    scripts.set('/d', [status(429, { 'retry-after': '1' })])
    const started = Date.now()
    const { exchange } = await send(
      { step: 'token', method: 'GET', url: `${base}/d` },
      policy()
    )
    expect(exchange.status).toBe(200)
    expect(exchange.attempts).toBe(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it.each([
    ['a huge Retry-After', { 'retry-after': '3600' }],
    [
      'a Retry-After just over the limit',
      { 'retry-after': String(MAX_RETRY_AFTER_SECONDS + 1) }
    ],
    ['no Retry-After', {}]
  ])('does not wait on a 429 with %s', async (_name, headers) => {
    scripts.set('/e', [status(429, headers)])
    const { exchange } = await send(
      { step: 'token', method: 'GET', url: `${base}/e` },
      policy()
    )
    expect(exchange.status).toBe(429)
    expect(exchange.attempts).toBe(1)
  })

  it('times out a request that never answers, within the deadline', async () => {
    scripts.set('/hang', [() => undefined, () => undefined, () => undefined])
    const started = Date.now()
    const { exchange } = await send(
      { step: 'ping', method: 'GET', url: `${base}/hang` },
      policy({ timeoutMs: 200, deadline: Date.now() + 500 })
    )
    expect(exchange.status).toBeUndefined()
    expect(exchange.error).toMatchObject({ code: 'ETIMEDOUT', timedOut: true })
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('reports a refused connection with its code', async () => {
    const { exchange } = await send(
      { step: 'ping', method: 'GET', url: 'http://127.0.0.1:1/v2/' },
      policy({ retries: 0 })
    )
    expect(exchange.status).toBeUndefined()
    expect(exchange.error?.code).toBe('ECONNREFUSED')
  })

  it("does not retry a name that does not exist, and retries a resolver's passing failure (attack-33 repro-02)", async () => {
    const failing = (code: string) => {
      let calls = 0
      const lookup = ((_host: string, _options: unknown, callback: (error: NodeJS.ErrnoException | null) => void) => {
        calls++
        callback(Object.assign(new Error(`getaddrinfo ${code} ghrc-typo.invalid`), { code }))
      }) as unknown as RetryPolicy['lookup']
      return { lookup, calls: () => calls }
    }
    const nxdomain = failing('ENOTFOUND')
    const typo = await send({ step: 'ping', method: 'GET', url: 'https://ghrc-typo.invalid/v2/' }, policy({ retries: 2, lookup: nxdomain.lookup }))
    expect(typo.exchange.error?.code).toBe('ENOTFOUND')
    expect(typo.exchange.attempts).toBe(1)
    expect(nxdomain.calls()).toBe(1)
    const again = failing('EAI_AGAIN')
    const passing = await send({ step: 'ping', method: 'GET', url: 'https://ghrc-typo.invalid/v2/' }, policy({ retries: 2, lookup: again.lookup }))
    expect(passing.exchange.error?.code).toBe('EAI_AGAIN')
    expect(passing.exchange.attempts).toBe(3)
  }) // prettier-ignore

  it('reads a body only up to the cap, and keeps a cut one as evidence', async () => {
    scripts.set('/big', [status(200, {}, 'x'.repeat(MAX_BODY_BYTES * 4))])
    const { exchange, body } = await send(
      { step: 'ping', method: 'GET', url: `${base}/big` },
      policy()
    )
    expect(body.length).toBe(MAX_BODY_BYTES)
    expect(exchange.body?.length).toBeLessThan(2100)
  })

  it('keeps the status and the Proxy-Authenticate header of a 407 (D9)', async () => {
    scripts.set('/proxy', [
      status(
        407,
        { 'proxy-authenticate': 'Basic realm="corp proxy"' },
        'Proxy Authentication Required'
      )
    ])
    const { exchange } = await send(
      { step: 'ping', method: 'GET', url: `${base}/proxy` },
      policy()
    )
    expect(exchange.status).toBe(407)
    expect(exchange.headers['proxy-authenticate']).toBe(
      'Basic realm="corp proxy"'
    )
    expect(exchange.attempts).toBe(1)
    expect(exchange.proxy).toBeUndefined()
  })

  it('redacts tokens from the evidence body but not from the caller', async () => {
    scripts.set('/tok', [status(200, {}, '{"token":"abc.def.ghi"}')])
    const { exchange, body } = await send(
      { step: 'token', method: 'GET', url: `${base}/tok` },
      policy()
    )
    expect(exchange.body).toBe('{"token":"<redacted>"}')
    expect(body).toContain('abc.def.ghi')
  })

  it('adds every token of every attempt to the secrets, to be masked', async () => {
    scripts.set('/mask', [
      status(503, {}, '{"token":"first-try"}'),
      status(200, {}, '{"token":"tok-1","access_token":"tok-2"}')
    ])
    const seen: string[] = []
    const { exchange } = await send(
      { step: 'token', method: 'GET', url: `${base}/mask` },
      policy({ secrets: new Secrets((value) => seen.push(value)) })
    )
    expect(exchange.attempts).toBe(2)
    expect(seen).toEqual(['first-try', 'tok-1', 'tok-2'])
  })

  it('keeps nothing of a secret a registry repeats: body, headers, error', async () => {
    const secret = 'S3cr3t-Passw0rd-xyz'
    const basic = Buffer.from(`alice:${secret}`).toString('base64')
    scripts.set('/echo', [
      status(
        401,
        { 'www-authenticate': `Bearer realm="x",error="${secret}"` },
        JSON.stringify({
          details: `bad header Authorization: Basic ${basic}`,
          url: `https://r.example/?auth=${encodeURIComponent(basic)}`,
          said: secret
        })
      )
    ])
    const secrets = new Secrets()
    secrets.add(secret, 'alice')
    const { exchange } = await send(
      { step: 'token', method: 'GET', url: `${base}/echo` },
      policy({ secrets })
    )
    const kept = JSON.stringify(exchange)
    expect(kept).not.toContain(secret)
    expect(kept).not.toContain(basic)
    expect(kept).not.toContain(encodeURIComponent(basic))
    expect(exchange.body).toContain('Authorization: Basic ***')
  })
})

describe("send: the server's clock", () => {
  it("measures a Date two hours ahead of the runner's, and a right one as near 0 (attack-25 repro-06)", async () => {
    const ahead = new Date(Date.now() + 2 * 3600_000).toUTCString()
    scripts.set('/clock', [status(200, { date: ahead })])
    const skewed = await send({ step: 'ping', method: 'GET', url: `${base}/clock` }, policy())
    expect(Math.abs((skewed.exchange.clockAheadMs ?? 0) - 2 * 3600_000)).toBeLessThan(2000)
    // Node's server sends its own Date, from this machine's clock
    const right = await send({ step: 'ping', method: 'GET', url: `${base}/right` }, policy())
    expect(right.exchange.headers.date).toBeDefined()
    expect(Math.abs(right.exchange.clockAheadMs ?? NaN)).toBeLessThan(2000)
  }) // prettier-ignore

  it('has none without a valid Date, nor without an answer', async () => {
    scripts.set('/nodate', [(res) => { res.sendDate = false; res.writeHead(200).end('{}') }])
    const none = await send({ step: 'ping', method: 'GET', url: `${base}/nodate` }, policy())
    expect(none.exchange.status).toBe(200)
    expect(none.exchange.clockAheadMs).toBeUndefined()
    expect(clockAhead('not a date', Date.now())).toBeUndefined()
    expect(clockAhead(undefined, Date.now())).toBeUndefined()
    expect(clockAhead('Sun, 29 Nov 2026 04:00:00 GMT', Date.parse('2026-11-29T03:00:00Z'))).toBe(3600_000)
  }) // prettier-ignore
})

describe('send: encodings and long headers (attack-29 repro-03, repro-05)', () => {
  it('asks for no encoding, and reads a body compressed anyway (gzip, deflate, br)', async () => {
    const body = '{"errors":[{"code":"DENIED","message":"denied"}]}'
    let asked: string | undefined
    for (const [coding, pack] of [['gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync]] as const) {
      scripts.set(`/z-${coding}`, [(res) => res.writeHead(403, { 'content-encoding': coding, 'content-type': 'application/json' }).end(pack(body))])
      const { exchange } = await send({ step: 'token', method: 'GET', url: `${base}/z-${coding}` }, policy())
      expect([coding, exchange.status, exchange.body]).toEqual([coding, 403, body])
    }
    scripts.set('/asked', [(res) => { asked = String(res.req.headers['accept-encoding']); res.writeHead(200).end('{}') }])
    await send({ step: 'ping', method: 'GET', url: `${base}/asked` }, policy())
    expect(asked).toBe('identity')
  }) // prettier-ignore

  it('never inflates a compressed body past what a body may be', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES)
    scripts.set('/bomb', [(res) => res.writeHead(401, { 'content-encoding': 'gzip' }).end(bomb)])
    const before = process.memoryUsage().rss
    const { exchange } = await send({ step: 'token', method: 'GET', url: `${base}/bomb` }, policy())
    expect(exchange.status).toBe(401)
    expect((exchange.body ?? '').length).toBeLessThanOrEqual(MAX_BODY_BYTES)
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024)
  }) // prettier-ignore

  it('reads an answer whose headers are longer than 16 KiB', async () => {
    scripts.set('/long', [(res) => res.writeHead(401, { 'content-security-policy': `default-src 'self' ${'x'.repeat(21_000)}`, 'www-authenticate': 'Basic realm="r"' }).end('')])
    const { exchange } = await send({ step: 'ping', method: 'GET', url: `${base}/long` }, policy())
    expect([exchange.status, exchange.error]).toEqual([401, undefined])
    expect(exchange.headers['www-authenticate']).toBe('Basic realm="r"')
  }) // prettier-ignore
})

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  it.each([
    [undefined, undefined],
    ['30', 30],
    [' 5 ', 5],
    ['Thu, 01 Jan 2026 00:01:00 GMT', 60],
    ['soon', undefined]
  ])('Retry-After %j is %j seconds', (value, expected) => {
    expect(retryAfterSeconds(value, now)).toBe(expected)
  })
})

describe('redactTokens', () => {
  it('redacts every token field', () => {
    expect(
      redactTokens(
        '{"detail":"Require secondary authentication","login_2fa_token":"s3cr3t","access_token": "x"}'
      )
    ).toBe(
      '{"detail":"Require secondary authentication","login_2fa_token":"<redacted>","access_token":"<redacted>"}'
    )
  })
})

describe('redactTokens with escapes and cut bodies', () => {
  it.each([
    ['{"token":"ab\\"cdefgh"}', '{"token":"<redacted>"}'],
    ['{"token":"abc\\\\"}', '{"token":"<redacted>"}'],
    ['{"access_token":"cut-here', '{"access_token":"<redacted>"'],
    ['{"token":"ends-with-escape\\', '{"token":"<redacted>"']
  ])('%j is redacted to %j', (body, expected) => {
    expect(redactTokens(body)).toBe(expected)
  })
})

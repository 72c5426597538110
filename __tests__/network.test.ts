/**
 * The HTTP client on real sockets, as docker reaches a registry: through
 * the proxy the environment names (a test proxy on 127.0.0.1), trusting the
 * certificates docker trusts (test CAs, certs.d directories), naming the
 * kind of a certificate failure, and asking loopback registries over https
 * first. Names such as registry.test resolve to 127.0.0.1 (toLoopback) or
 * reach it through the proxy: docker verifies certificates of names, not of
 * loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makePki, type KeyPair, type Pki } from '../__fixtures__/pki.js'
import {
  startProxy,
  startSocksProxy,
  toLoopback,
  type ProxyOptions,
  type TestProxy
} from '../__fixtures__/proxy.js'
import type { DockerCli } from '../src/docker.js'
import { gather } from '../src/gather.js'
import { Secrets } from '../src/redact.js'
import {
  destroyAgents,
  keepAliveAgents,
  send,
  type RetryPolicy
} from '../src/http.js'
import { CERTS_DIR_ENV } from '../src/transport.js'

let pki: Pki
let good: KeyPair
let selfSigned: KeyPair
let untrusted: KeyPair
let otherName: KeyPair
let expired: KeyPair
let client: KeyPair
let loopback: KeyPair
const servers: Server[] = []
const proxies: TestProxy[] = []
const dirs: string[] = []

beforeAll(() => {
  pki = makePki()
  good = pki.leaf('good', { names: ['DNS:registry.test'] })
  selfSigned = pki.leaf('self', { names: ['DNS:registry.test'], issuer: null })
  untrusted = pki.leaf('untrusted', {
    names: ['DNS:registry.test'],
    issuer: pki.otherCa
  })
  otherName = pki.leaf('other-name', { names: ['DNS:other.test'] })
  expired = pki.leaf('expired', { names: ['DNS:registry.test'], days: -1 })
  client = pki.leaf('client', { names: ['DNS:client.test'], client: true })
  loopback = pki.leaf('loopback', {
    names: ['DNS:localhost', 'IP:127.0.0.1'],
    issuer: pki.otherCa
  })
})

afterAll(async () => {
  for (const proxy of proxies) await proxy.close()
  for (const server of servers) {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  pki.remove()
})

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const ok: Handler = (_req, res) => res.writeHead(200).end('{}')

/** A server on 127.0.0.1: https with the given certificate, else http. */
async function serve(
  tls?: KeyPair & { requestCert?: KeyPair },
  handler: Handler = ok
): Promise<number> {
  const server = tls
    ? createHttpsServer(
        {
          cert: tls.cert,
          key: tls.key,
          ...(tls.requestCert
            ? {
                requestCert: true,
                rejectUnauthorized: true,
                ca: tls.requestCert.cert
              }
            : {})
        },
        handler
      )
    : createHttpServer(handler)
  servers.push(server)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return (server.address() as AddressInfo).port
}

async function proxy(options: ProxyOptions): Promise<TestProxy> {
  const started = await startProxy(options)
  proxies.push(started)
  return started
}

/** A certs.d root with `<registry>/<file>` for each entry. */
function certsD(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dlp-certs.d-'))
  dirs.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/**
 * An environment with nothing of the machine's: no proxy, a certs.d root
 * of the test's own, and no system bundle (unless the test names one).
 */
function envWith(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    [CERTS_DIR_ENV]: certsD({}),
    SSL_CERT_FILE: join(tmpdir(), 'dlp-no-such-bundle.pem'),
    ...extra
  }
}

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    retries: 2,
    timeoutMs: 2000,
    deadline: Date.now() + 6000,
    backoffMs: 10,
    env: envWith(),
    ...overrides
  }
}

const get = (url: string, overrides: Partial<RetryPolicy> = {}) =>
  send({ step: 'ping', method: 'GET', url }, policy(overrides)).then(
    (response) => response.exchange
  )

describe('proxies, as docker uses them (D4)', () => {
  it('sends an https request through HTTPS_PROXY as a CONNECT tunnel, and names the proxy', async () => {
    const port = await serve(good)
    const p = await proxy({ routes: { 'registry.test:443': port } })
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({
        HTTPS_PROXY: p.url,
        [CERTS_DIR_ENV]: certsD({ 'registry.test/ca.crt': pki.ca.cert })
      }),
      registry: 'registry.test'
    })
    expect(exchange).toMatchObject({ status: 200, proxy: p.url, attempts: 1 })
    expect(exchange.error).toBeUndefined()
    expect(p.connects).toEqual(['registry.test:443'])
  })

  it('sends an http request to HTTP_PROXY in absolute form, as Go does', async () => {
    const port = await serve()
    const p = await proxy({ routes: { [`registry.test:${port}`]: port } })
    const exchange = await get(`http://registry.test:${port}/v2/`, {
      env: envWith({ HTTP_PROXY: p.url })
    })
    expect(exchange).toMatchObject({ status: 200, proxy: p.url })
    expect(p.forwarded).toEqual([`http://registry.test:${port}/v2/`])
    expect(p.connects).toEqual([])
  })

  // attack-29 repro-03, repro-05 through a proxy: the same reading as direct
  it('reads a body compressed unasked through a proxy too', async () => {
    const body = '{"errors":[{"code":"DENIED","message":"denied"}]}'
    const port = await serve(undefined, (req, res) => {
      res.writeHead(403, { 'content-encoding': 'gzip', 'x-accept-encoding': String(req.headers['accept-encoding']) }).end(gzipSync(body))
    })
    const p = await proxy({ routes: { [`registry.test:${port}`]: port } })
    const exchange = await get(`http://registry.test:${port}/v2/`, { env: envWith({ HTTP_PROXY: p.url }) })
    expect(exchange).toMatchObject({ status: 403, proxy: p.url, body })
    expect(exchange.error).toBeUndefined()
  }) // prettier-ignore

  it.each(['socks5', 'socks5h'])(
    'sends an https request through a %s:// proxy, which resolves the name (socks5h as docker reads it since Go 1.22)',
    async (scheme) => {
      const port = await serve(good)
      const socks = await startSocksProxy({ 'registry.test:443': port })
      try {
        const url = `${scheme}://127.0.0.1:${socks.port}`
        const exchange = await get('https://registry.test/v2/', {
          env: envWith({
            HTTPS_PROXY: url,
            [CERTS_DIR_ENV]: certsD({ 'registry.test/ca.crt': pki.ca.cert })
          }),
          registry: 'registry.test'
        })
        expect(exchange).toMatchObject({ status: 200, proxy: url })
        expect(exchange.error).toBeUndefined()
        // the name, not an address resolved here
        expect(socks.connects).toEqual(['registry.test:443'])
      } finally {
        await socks.close()
      }
    }
  )

  it('gives the proxy the credentials of its URL, and never shows them', async () => {
    const port = await serve(good)
    const p = await proxy({
      routes: { 'registry.test:443': port },
      require: 'proxy-user:pr0xy-s3cret'
    })
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({
        HTTPS_PROXY: `http://proxy-user:pr0xy-s3cret@127.0.0.1:${p.port}`,
        [CERTS_DIR_ENV]: certsD({ 'registry.test/ca.crt': pki.ca.cert })
      }),
      registry: 'registry.test'
    })
    expect(exchange).toMatchObject({ status: 200, proxy: p.url })
    expect(p.credentials).toEqual(['proxy-user:pr0xy-s3cret'])
    expect(JSON.stringify(exchange)).not.toMatch(/pr0xy-s3cret|proxy-user/)
  })

  // attack-69 A69-01: Go sends Basic "user:" for a URL with a user part alone
  it.each([
    ['a user alone', 'pr0xy-t0ken@', 'pr0xy-t0ken:'],
    ['a user and an empty password', 'pr0xy-t0ken:@', 'pr0xy-t0ken:'],
    ['a password alone', ':pr0xy-t0ken@', ':pr0xy-t0ken']
  ])('gives the proxy the credentials of its URL with %s, as Go does', async (_, userinfo, sent) => {
    const port = await serve(good)
    const p = await proxy({ routes: { 'registry.test:443': port }, require: sent })
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({
        HTTPS_PROXY: `http://${userinfo}127.0.0.1:${p.port}`,
        [CERTS_DIR_ENV]: certsD({ 'registry.test/ca.crt': pki.ca.cert })
      }),
      registry: 'registry.test'
    })
    expect(exchange).toMatchObject({ status: 200, proxy: p.url, proxyCredentials: true })
    expect(p.credentials).toEqual([sent])
    expect(JSON.stringify(exchange)).not.toMatch(/pr0xy-t0ken/)
  }) // prettier-ignore

  // attack-69 (below its bar): one tunnel per host through the proxy for
  // the run, as the direct requests keep one connection per host
  it('keeps one tunnel to a host for the run\'s requests through the proxy, the push probe\'s too, and closes it at the end', async () => {
    const port = await serve(good)
    const p = await proxy({ routes: { 'registry.test:443': port } })
    const agents = keepAliveAgents()
    const env = envWith({
      HTTPS_PROXY: p.url,
      [CERTS_DIR_ENV]: certsD({ 'registry.test/ca.crt': pki.ca.cert })
    })
    try {
      for (const headersSuffice of [false, false, true, true, false]) {
        const exchange = await get('https://registry.test/v2/', { env, registry: 'registry.test', agents, headersSuffice })
        expect(exchange).toMatchObject({ status: 200, proxy: p.url })
        // as between a run's requests: the connection is back in the pool
        await new Promise((done) => setTimeout(done, 50))
      }
      expect(p.connects).toEqual(['registry.test:443'])
      expect(agents.proxied?.size).toBe(1)
    } finally {
      destroyAgents(agents)
    }
    expect(agents.proxied?.size).toBe(0)
    // without the run's agents, each request has its own tunnel, as before
    await get('https://registry.test/v2/', { env, registry: 'registry.test' })
    await get('https://registry.test/v2/', { env, registry: 'registry.test' })
    expect(p.connects).toHaveLength(3)
  }) // prettier-ignore

  // attack-71 A71-02: a request that times out does not end the others
  // sharing its tunnel
  it('keeps the other requests on a shared tunnel when one times out', async () => {
    const port = await serve(good, (req, res) => {
      if (req.url === '/v2/hang/') return // never answered
      setTimeout(() => res.writeHead(200).end('{}'), 300)
    })
    const p = await proxy({ routes: { 'registry.test:443': port } })
    const agents = keepAliveAgents()
    const env = envWith({ HTTPS_PROXY: p.url, [CERTS_DIR_ENV]: certsD({ 'registry.test/ca.crt': pki.ca.cert }) })
    try {
      // one tunnel first, which both then share
      expect((await get('https://registry.test/v2/', { env, registry: 'registry.test', agents })).status).toBe(200)
      const [hung, slow] = await Promise.all([
        get('https://registry.test/v2/hang/', { env, registry: 'registry.test', agents, retries: 0, timeoutMs: 100, deadline: Date.now() + 100 }),
        get('https://registry.test/v2/slow/', { env, registry: 'registry.test', agents, retries: 0, timeoutMs: 2000 })
      ])
      expect(hung.error?.timedOut).toBe(true)
      expect(slow.status).toBe(200)
      // the next request gets a new client, not the one retired
      expect((await get('https://registry.test/v2/', { env, registry: 'registry.test', agents })).status).toBe(200)
    } finally {
      destroyAgents(agents)
    }
    expect(agents.proxied?.size).toBe(0)
  }) // prettier-ignore

  // attack-71 A71-01: the retry with the system's roots is another client
  // (its trust differs), also where certs.d holds only a client certificate
  it('retries with the system roots through the proxy on a client of its own', async () => {
    const port = await serve(good)
    const p = await proxy({ routes: { 'registry.test:443': port } })
    const client = pki.leaf('client', { names: ['DNS:client'] })
    const bundle = join(certsD({ 'bundle/roots.pem': pki.ca.cert }), 'bundle', 'roots.pem')
    const agents = keepAliveAgents()
    try {
      const exchange = await get('https://registry.test/v2/', {
        env: envWith({
          HTTPS_PROXY: p.url,
          SSL_CERT_FILE: bundle,
          [CERTS_DIR_ENV]: certsD({ 'registry.test/client.cert': client.cert, 'registry.test/client.key': client.key })
        }),
        registry: 'registry.test',
        agents,
        retries: 0
      })
      expect(exchange.error).toBeUndefined()
      expect(exchange.status).toBe(200)
    } finally {
      destroyAgents(agents)
    }
  }) // prettier-ignore

  it('goes direct to a host NO_PROXY names', async () => {
    const port = await serve()
    const p = await proxy({ routes: {} })
    const exchange = await get(`http://registry.test:${port}/v2/`, {
      env: envWith({ HTTP_PROXY: p.url, NO_PROXY: '.corp.test,registry.test' }),
      lookup: toLoopback
    })
    expect(exchange.status).toBe(200)
    expect(exchange.proxy).toBeUndefined()
    expect(p.forwarded).toEqual([])
  })

  it('never sends a loopback request to the proxy', async () => {
    const port = await serve()
    const p = await proxy({ routes: {} })
    const exchange = await get(`http://127.0.0.1:${port}/v2/`, {
      env: envWith({ HTTP_PROXY: p.url, HTTPS_PROXY: p.url })
    })
    expect(exchange.status).toBe(200)
    expect(exchange.proxy).toBeUndefined()
    expect(p.forwarded).toEqual([])
  })

  it('reports a proxy that refuses connections with its code and its name', async () => {
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({ HTTPS_PROXY: 'http://127.0.0.1:1' }),
      retries: 0
    })
    expect(exchange.status).toBeUndefined()
    expect(exchange.error?.code).toBe('ECONNREFUSED')
    expect(exchange.proxy).toBe('http://127.0.0.1:1')
    // the proxy's own failure: the evidence says so (attack-69 A69-02)
    expect(exchange.error?.atProxy).toBe(true)
    expect(exchange.error?.message).toMatch(/^the proxy http:\/\/127\.0\.0\.1:1 could not be reached: /)
    expect(exchange.proxyCredentials).toBeUndefined()
  }) // prettier-ignore

  it("tells a TLS failure behind the tunnel from the proxy's own", async () => {
    const port = await serve(good)
    const p = await proxy({ routes: { 'registry.test:443': port } })
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({ HTTPS_PROXY: p.url }),
      registry: 'registry.test',
      retries: 0
    })
    expect(exchange.error?.tls?.kind).toBe('unknown-authority')
    expect(exchange.error?.atProxy).toBeUndefined()
  })

  it('times out a tunnel the proxy never answers, within the deadline', async () => {
    const p = await proxy({ routes: {}, hang: true })
    const started = Date.now()
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({ HTTPS_PROXY: p.url }),
      timeoutMs: 200,
      deadline: Date.now() + 500
    })
    expect(exchange.error).toMatchObject({ code: 'ETIMEDOUT', timedOut: true })
    expect(exchange.proxy).toBe(p.url)
    expect(Date.now() - started).toBeLessThan(1500)
  })
})

describe('a proxy that wants credentials (D9)', () => {
  it('answers a CONNECT with 407: the proxy status and name, never retried', async () => {
    const p = await proxy({ routes: {}, require: 'proxy-user:right' })
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({
        HTTPS_PROXY: `http://proxy-user:wr0ng@127.0.0.1:${p.port}`
      })
    })
    expect(exchange.status).toBeUndefined()
    expect(exchange.error).toMatchObject({
      code: 'ERR_PROXY_RESPONSE',
      proxyStatus: 407,
      timedOut: false
    })
    expect(exchange.proxy).toBe(p.url)
    expect(exchange.proxyCredentials).toBe(true)
    expect(exchange.error?.atProxy).toBe(true)
    expect(exchange.attempts).toBe(1)
    expect(p.connects).toEqual(['registry.test:443'])
    expect(JSON.stringify(exchange)).not.toMatch(/wr0ng|proxy-user/)
  })

  it('answers a plain http request with 407: the same evidence', async () => {
    const p = await proxy({ routes: {}, require: 'proxy-user:right' })
    const exchange = await get('http://registry.test:5000/v2/', {
      env: envWith({ HTTP_PROXY: p.url })
    })
    expect(exchange.error).toMatchObject({
      code: 'ERR_PROXY_RESPONSE',
      proxyStatus: 407
    })
    expect(exchange.proxy).toBe(p.url)
    expect(exchange.attempts).toBe(1)
  })

  it('keeps a 503 from the proxy as a passing fault, retried', async () => {
    const p = await proxy({ routes: {} })
    const exchange = await get('https://unrouted.test/v2/', {
      env: envWith({ HTTPS_PROXY: p.url }),
      retries: 1
    })
    expect(exchange.error).toMatchObject({
      code: 'ERR_PROXY_RESPONSE',
      proxyStatus: 502
    })
    // the proxy's report on the registry, not its own failure (A70-02)
    expect(exchange.error?.atProxy).toBeUndefined()
    expect(exchange.attempts).toBe(2)
  })
})

describe('the certificates docker trusts', () => {
  it("trusts the CA in the registry's certs.d directory, also for its token service", async () => {
    const port = await serve(good)
    const root = certsD({ [`registry.test:${port}/ca.crt`]: pki.ca.cert })
    const exchange = await get(`https://registry.test:${port}/v2/`, {
      env: envWith({ [CERTS_DIR_ENV]: root }),
      registry: `registry.test:${port}`,
      lookup: toLoopback
    })
    expect(exchange.status).toBe(200)
    expect(exchange.error).toBeUndefined()
  })

  it('reads only *.crt as authorities', async () => {
    const port = await serve(good)
    const root = certsD({
      [`registry.test:${port}/ca.pem`]: pki.ca.cert,
      [`registry.test:${port}/ca.cert`]: pki.ca.cert
    })
    const exchange = await get(`https://registry.test:${port}/v2/`, {
      env: envWith({ [CERTS_DIR_ENV]: root }),
      registry: `registry.test:${port}`,
      lookup: toLoopback,
      retries: 0
    })
    expect(exchange.error?.tls?.kind).toBe('unknown-authority')
  })

  it('trusts the system bundle docker reads (SSL_CERT_FILE) when Node does not', async () => {
    const port = await serve(good)
    const exchange = await get(`https://registry.test:${port}/v2/`, {
      env: envWith({ SSL_CERT_FILE: pki.ca.certPath }),
      lookup: toLoopback
    })
    expect(exchange.status).toBe(200)
  })

  // docs/registries.md §13aab (d): Windows' and macOS' docker trust their
  // OS store, which Node reads only when asked
  it("macOS and Windows: trusts the OS store docker there reads, when Node does not (attack-66, below its bar)", async () => {
    const port = await serve(good)
    const url = `https://registry.test:${port}/v2/`
    for (const platform of ['darwin', 'win32'] as const) {
      const store = await get(url, {
        lookup: toLoopback,
        trustHost: { platform, osRoots: () => [pki.ca.cert] }
      })
      expect([platform, store.status]).toEqual([platform, 200])
      // no OS store Node can read (Node 20): Node's roots alone
      const none = await get(url, {
        lookup: toLoopback,
        retries: 0,
        trustHost: { platform, osRoots: () => undefined }
      })
      expect([platform, none.error?.tls?.kind]).toEqual([platform, 'unknown-authority'])
    }
    // Linux reads its bundle file, not Node's view of the OS store
    const linux = await get(url, {
      lookup: toLoopback,
      retries: 0,
      trustHost: { platform: 'linux', osRoots: () => [pki.ca.cert] }
    })
    expect(linux.error?.tls?.kind).toBe('unknown-authority')
  }) // prettier-ignore

  // attack-68 A68-01: moby's loadTLSConfig starts from the system pool and
  // adds the certs.d CAs, on Windows too (Go 1.18 on)
  it("Windows: a registry's certs.d CAs are added to the OS store's, as moby does", async () => {
    const port = await serve(good)
    const url = `https://registry.test:${port}/v2/`
    const registry = `registry.test:${port}`
    const host = { platform: 'win32' as const, osRoots: () => [pki.ca.cert] }
    // Windows' docker names the directory without the port's colon (A68-03)
    const dir = `registry.test${port}`
    const other = certsD({ [`${dir}/ca.crt`]: pki.otherCa.cert })
    const merged = await get(url, { env: envWith({ [CERTS_DIR_ENV]: other }), registry, lookup: toLoopback, trustHost: host })
    expect(merged.status).toBe(200)
    const own = certsD({ [`${dir}/ca.crt`]: pki.ca.cert })
    const right = await get(url, { env: envWith({ [CERTS_DIR_ENV]: own }), registry, lookup: toLoopback, retries: 0, trustHost: { ...host, osRoots: () => undefined } })
    expect(right.status).toBe(200)
    // a directory named with the colon is not docker's there
    const colon = certsD({ [`${registry}/ca.crt`]: pki.ca.cert })
    const unread = await get(url, { env: envWith({ [CERTS_DIR_ENV]: colon }), registry, lookup: toLoopback, retries: 0, trustHost: { ...host, osRoots: () => undefined } })
    expect(unread.error?.tls?.kind).toBe('unknown-authority')
  }) // prettier-ignore

  // attack-68 A68-02: Go takes any certificate of its pool as an anchor
  it('trusts a certs.d holding only the issuing intermediate, as docker does', async () => {
    const intermediate = pki.intermediate('issuing')
    const viaIntermediate = pki.leaf('via-intermediate', { names: ['DNS:registry.test'], issuer: intermediate })
    const port = await serve(viaIntermediate)
    const registry = `registry.test:${port}`
    const exchange = await get(`https://${registry}/v2/`, {
      env: envWith({ [CERTS_DIR_ENV]: certsD({ [`${registry}/ca.crt`]: intermediate.cert }) }),
      registry,
      lookup: toLoopback,
      retries: 0
    })
    expect(exchange.status).toBe(200)
  }) // prettier-ignore

  it("presents the client certificate of the registry's certs.d (client.cert, client.key)", async () => {
    const port = await serve({ ...good, requestCert: pki.ca })
    const files = { [`registry.test:${port}/ca.crt`]: pki.ca.cert }
    const without = await get(`https://registry.test:${port}/v2/`, {
      env: envWith({ [CERTS_DIR_ENV]: certsD(files) }),
      lookup: toLoopback,
      retries: 0
    })
    expect(without.status).toBeUndefined()
    const exchange = await get(`https://registry.test:${port}/v2/`, {
      env: envWith({
        [CERTS_DIR_ENV]: certsD({
          ...files,
          [`registry.test:${port}/client.cert`]: client.cert,
          [`registry.test:${port}/client.key`]: client.key
        })
      }),
      lookup: toLoopback
    })
    expect(exchange.status).toBe(200)
  })

  it('reports a client key it cannot use as an error, never a crash', async () => {
    const root = certsD({
      'broken.test/client.cert': client.cert,
      'broken.test/client.key': 'not a key'
    })
    const exchange = await get('https://broken.test/v2/', {
      env: envWith({ [CERTS_DIR_ENV]: root }),
      registry: 'broken.test',
      retries: 0
    })
    expect(exchange.status).toBeUndefined()
    expect(exchange.error?.message).toBeTruthy()
  })
})

describe('certificate failures, by kind', () => {
  it.each([
    // with partial chains taken as Go takes them (attack-68 A68-02), OpenSSL
    // names the leaf's issuer missing where it named the leaf unverified
    ['a CA nobody trusts', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unknown-authority', () => untrusted],
    ['a self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'unknown-authority', () => selfSigned],
    ['a certificate for another name', 'ERR_TLS_CERT_ALTNAME_INVALID', 'name-mismatch', () => otherName],
    ['an expired certificate', 'CERT_HAS_EXPIRED', 'expired', () => expired]
  ])('%s: Node code %s, kind %s, the host and the CA files, not retried', async (_name, code, kind, cert) => {
    const port = await serve(cert())
    const root = certsD({ [`registry.test:${port}/ca.crt`]: pki.ca.cert })
    const exchange = await get(`https://registry.test:${port}/v2/`, {
      env: envWith({ [CERTS_DIR_ENV]: root }),
      registry: `registry.test:${port}`,
      lookup: toLoopback
    })
    expect(exchange.status).toBeUndefined()
    expect(exchange.error).toMatchObject({
      code,
      timedOut: false,
      tls: {
        kind,
        host: `registry.test:${port}`,
        caFiles: [join(root, `registry.test:${port}`, 'ca.crt')]
      }
    })
    expect(exchange.attempts).toBe(1)
    // Node 24's advice to run node with --use-system-ca is no step a
    // workflow can take: the message reads as on Node 20 (attack-23 repro-05)
    expect(exchange.error?.message).not.toMatch(/use-system-ca|root CA is installed/)
  }) // prettier-ignore

  it('names the kind behind a proxy tunnel too', async () => {
    const port = await serve(otherName)
    const p = await proxy({ routes: { 'registry.test:443': port } })
    const exchange = await get('https://registry.test/v2/', {
      env: envWith({
        HTTPS_PROXY: p.url,
        [CERTS_DIR_ENV]: certsD({ 'registry.test/ca.crt': pki.ca.cert })
      }),
      registry: 'registry.test'
    })
    expect(exchange.proxy).toBe(p.url)
    expect(exchange.error).toMatchObject({
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      tls: { kind: 'name-mismatch', host: 'registry.test' }
    })
  })
})

describe('loopback registries, over https first as docker asks them (D7)', () => {
  it('asks over https and takes any certificate there, as docker does for loopback', async () => {
    const port = await serve(loopback)
    const exchange = await get(`https://127.0.0.1:${port}/v2/`)
    expect(exchange).toMatchObject({
      status: 200,
      url: `https://127.0.0.1:${port}/v2/`
    })
  })

  it('asks again over http when the server speaks plain http', async () => {
    const port = await serve()
    const exchange = await get(`https://localhost:${port}/v2/`)
    expect(exchange).toMatchObject({
      status: 200,
      url: `http://localhost:${port}/v2/`,
      attempts: 1
    })
    expect(exchange.error).toBeUndefined()
  })

  it('does not ask over http when nothing listens', async () => {
    const exchange = await get('https://127.0.0.1:1/v2/', { retries: 0 })
    expect(exchange.error?.code).toBe('ECONNREFUSED')
    expect(exchange.url).toBe('https://127.0.0.1:1/v2/')
  })

  it('never asks a registry with a name over http', async () => {
    const port = await serve()
    const exchange = await get(`https://registry.test:${port}/v2/`, {
      lookup: toLoopback,
      retries: 0
    })
    expect(exchange.status).toBeUndefined()
    expect(exchange.error?.code).toBe('EPROTO')
  })

  it('checks a credential against an https registry on localhost before docker login', async () => {
    let base = ''
    const port = await serve(loopback, (req, res) => {
      if (req.url === '/v2/') {
        res.writeHead(401, {
          'www-authenticate': `Bearer realm="${base}/token",service="test"`
        })
        res.end('{"errors":[{"code":"UNAUTHORIZED"}]}')
        return
      }
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end('{"details":"incorrect username or password"}')
    })
    base = `https://localhost:${port}`
    const logins: string[] = []
    const docker: DockerCli = {
      login: async (server) => {
        logins.push(server)
        return { exitCode: 0, output: 'Login Succeeded' }
      },
      logout: async () => ({ exitCode: 0, output: '' }),
      config: () => ({ dir: '/tmp/docker-config' })
    }
    const evidence = await gather(
      {
        registry: `localhost:${port}`,
        username: 'alice',
        password: 'Wr0ng-Passw0rd-1',
        preflight: true,
        retries: 0,
        timeoutSeconds: 5,
        push: '',
        rateLimit: true,
        skipIfMissing: false,
        login: true
      },
      { env: envWith(), docker, secrets: new Secrets() }
    )
    expect(
      evidence.exchanges.map((e) => [e.step, e.url.split('?')[0], e.status])
    ).toEqual([
      ['ping', `https://localhost:${port}/v2/`, 401],
      ['token', `https://localhost:${port}/token`, 401]
    ])
    expect(logins).toEqual([])
  })
})

describe('a proxy that takes the CONNECT and never completes the tunnel', () => {
  it('is let go when the request is cancelled: the answer comes, and no socket keeps the process running', async () => {
    const { createServer: createTcpServer } = await import('node:net')
    const sockets: import('node:net').Socket[] = []
    const closed: import('node:net').Socket[] = []
    const stalled = createTcpServer((socket) => {
      // reads the CONNECT, answers nothing
      sockets.push(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => closed.push(socket))
      socket.resume()
    })
    await new Promise<void>((done) => stalled.listen(0, '127.0.0.1', done))
    const port = (stalled.address() as AddressInfo).port
    const { viaProxy } = await import('../src/proxy.js')
    try {
      const started = Date.now()
      const answer = await Promise.race([
        viaProxy({
          url: new URL('https://registry.example.com/v2/'),
          method: 'GET',
          headers: {},
          proxy: new URL(`http://127.0.0.1:${port}`),
          signal: AbortSignal.timeout(300),
          maxBytes: 1024
        }),
        new Promise<'still waiting'>((done) =>
          setTimeout(() => done('still waiting'), 5_000).unref()
        )
      ])
      expect(answer).not.toBe('still waiting')
      expect(Date.now() - started).toBeLessThan(5_000)
      // the agent's socket to the proxy is closed: the proxy sees it end
      for (let i = 0; i < 50 && closed.length < sockets.length; i++) {
        await new Promise((done) => setTimeout(done, 20))
      }
      expect(sockets.length).toBeGreaterThan(0)
      expect(closed.length).toBe(sockets.length)
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise((done) => stalled.close(done))
    }
  }) // prettier-ignore
})

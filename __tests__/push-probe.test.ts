/**
 * The push probe in process, against registries of the family engine on
 * loopback (emulator/registries/engine.ts): where tokens are opaque or the
 * registry takes Basic authentication, an upload is started and cancelled
 * in each `push` repository, with the login's credential, beside docker
 * login; what it answered decides push-access. The traffic is proved here;
 * GHCR's own answers end to end in ghcr-e2e.test.ts.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { makePki, type Pki } from '../__fixtures__/pki.js'
import {
  startFamilyRegistry,
  type FamilyRegistry,
  type RegistrySpec
} from '../emulator/registries/engine.js'
import { credentialMayGo } from '../src/access.js'
import type { DockerCli } from '../src/docker.js'
import type { Evidence } from '../src/evidence.js'
import { gather } from '../src/gather.js'
import { judge } from '../src/judge.js'
import { MAX_URL_CHARS } from '../src/protocol.js'
import { Secrets } from '../src/redact.js'
import { reportAction } from '../src/report.js'
import { MAX_PUSH_ROWS, renderSummary } from '../src/summary.js'

/** distribution's error body */
const errors = (code: string, message: string): string =>
  JSON.stringify({ errors: [{ code, message }] })

const USER = { username: 'ci-bot', secret: 'Pr0be-Secret-0123456789' }

/** A docker CLI whose login succeeds. */
const ACCEPTING: DockerCli = {
  login: async () => ({ exitCode: 0, output: 'Login Succeeded' }),
  logout: async () => ({ exitCode: 0, output: '' }),
  config: () => ({ dir: '/tmp/docker-config' })
}

/**
 * The preflight with its push checks as the action gathers them, USER's
 * credential for `registry`, docker login succeeding.
 */
function gatherPush(
  registry: string,
  push: string,
  env: NodeJS.ProcessEnv,
  more: { retries?: number; timeoutSeconds?: number; docker?: DockerCli } = {}
): Promise<Evidence> {
  return gather(
    {
      registry,
      username: USER.username,
      password: USER.secret,
      preflight: true,
      retries: more.retries ?? 0,
      timeoutSeconds: more.timeoutSeconds ?? 10,
      push,
      rateLimit: true,
      skipIfMissing: false,
      login: true
    },
    { env, docker: more.docker ?? ACCEPTING, secrets: new Secrets() }
  )
}

/** A registry with opaque tokens (or Basic) that may cancel uploads or not. */
function spec(
  auth: 'bearer' | 'basic',
  more: Partial<RegistrySpec> = {}
): RegistrySpec {
  return {
    family: 'test',
    auth,
    realmPath: '/token',
    service: (host) => host,
    tokens: { format: 'opaque', fields: ['token'] },
    answers: {
      unauthorized: {
        status: 401,
        body: errors('UNAUTHORIZED', 'authentication required'),
        source: 'distribution-spec'
      },
      badCredentials: {
        status: 401,
        body: errors('UNAUTHORIZED', 'authentication required'),
        source: 'distribution-spec'
      },
      uploadDenied: {
        status: 403,
        body: errors('DENIED', 'requested access to the resource is denied'),
        source: 'distribution-spec code-12'
      },
      cancel: { status: 204, body: '', source: 'distribution-spec end-14' }
    },
    accounts: [
      {
        ...USER,
        grants: { 'team/*': ['pull', 'push'], 'other/*': ['pull'] }
      }
    ],
    ...more
  }
}

let running: FamilyRegistry | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

async function probe(registrySpec: RegistrySpec, push: string) {
  running = await startFamilyRegistry(registrySpec)
  const logins: string[] = []
  const docker: DockerCli = {
    async login(server) {
      logins.push(server)
      return { exitCode: 0, output: 'Login Succeeded' }
    },
    logout: async () => ({ exitCode: 0, output: '' }),
    config: () => ({ dir: '/tmp/docker-config' })
  }
  const evidence = await gatherPush(
    'registry.example.com',
    push,
    { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `registry.example.com=${running.url}` },
    { docker }
  )
  const traffic = running.requests.map(
    (r) => `${r.method} ${r.step} ${r.authorization ?? 'none'} ${r.status}`
  )
  return {
    evidence,
    verdict: judge(evidence),
    traffic,
    logins,
    registry: running
  }
}

describe('the push probe, with opaque tokens', () => {
  it('starts and cancels an upload in each repository with the login token: granted', async () => {
    const { evidence, verdict, traffic, logins, registry } = await probe(
      spec('bearer'),
      'team/app, team/api'
    )
    // one token request carries both push scopes; then the probes
    expect(traffic.filter((t) => t.includes(' token '))).toEqual([
      'GET token basic 200'
    ])
    expect(traffic.filter((t) => t.startsWith('POST'))).toEqual([
      'POST upload bearer 202',
      'POST upload bearer 202'
    ])
    expect(traffic.filter((t) => t.startsWith('DELETE'))).toEqual([
      'DELETE cancel bearer 204',
      'DELETE cancel bearer 204'
    ])
    // nothing left open where the registry cancels
    expect(registry.openUploads()).toBe(0)
    expect(
      evidence.push.map((p) => [
        p.repository,
        p.upload?.status,
        p.cancel?.status
      ])
    ).toEqual([
      ['team/app', 202, 204],
      ['team/api', 202, 204]
    ])
    // the location kept as evidence has no query (an upload's state)
    expect(evidence.push[0].upload?.headers.location).toMatch(
      /^\/v2\/team\/app\/blobs\/uploads\/[0-9a-f-]{36}$/
    )
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.pushAccess).toBe('granted')
    expect(verdict.warnings).toEqual([])
    expect(logins).toHaveLength(1)
  })

  it('denies where the upload is refused, naming the repository', async () => {
    const { verdict } = await probe(spec('bearer'), 'team/app\nother/app')
    expect(verdict.diagnosis).toBe('insufficient-scope')
    expect(verdict.pushAccess).toBe('denied')
    expect(verdict.push).toEqual([
      { repository: 'team/app', result: 'granted' },
      { repository: 'other/app', result: 'denied' }
    ])
    expect(verdict.evidence).toContainEqual(
      expect.stringMatching(
        /^push access to other\/app: upload start .*\/v2\/other\/app\/blobs\/uploads\/ answered 403: "denied: requested access to the resource is denied" \(rule REG002\)$/
      )
    )
  })

  it('a registry that does not cancel (405) expires the upload: reported, not an error', async () => {
    const noCancel = spec('bearer')
    noCancel.answers = {
      ...noCancel.answers,
      cancel: {
        status: 405,
        body: errors('UNSUPPORTED', 'The operation is unsupported.'),
        source: 'docs/registries.md §11'
      }
    }
    const { verdict, registry, evidence } = await probe(noCancel, 'team/app')
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.pushAccess).toBe('granted')
    expect(registry.openUploads()).toBe(1)
    // the checks table does not call it cancelled (attack-45's notes)
    const summary = renderSummary(
      reportAction(verdict, evidence, { logout: true }).summary!
    )
    expect(summary).toMatch(
      /\| `Push probe: cancelling the upload \(DELETE [^`]*\)` \| `405: not cancellable: it expires by itself` \|/
    )
    expect(summary).not.toContain('upload cancelled')
    expect(verdict.evidence.at(-1)).toMatch(
      /answered 202: an upload can start, as a push begins; the registry did not cancel it \(405\): it expires it$/
    )
  })

  it('a repository the registry does not have, where a push creates none: repository-not-found', async () => {
    const { verdict, traffic } = await probe(
      spec('bearer', { repositories: ['team/app'] }),
      'team/app, team/gone'
    )
    expect(verdict.diagnosis).toBe('repository-not-found')
    expect(verdict.rule).toBe('REG005')
    expect(verdict.pushAccess).toBe('denied')
    expect(traffic.filter((t) => t.startsWith('POST'))).toEqual([
      'POST upload bearer 202',
      'POST upload bearer 404'
    ])
  })

  it('more repositories than one URL takes: a token per part, then the probes, none skipped', async () => {
    const many = Array.from(
      { length: Math.ceil(MAX_URL_CHARS / 40) + 20 },
      (_, i) => `team/service-number-${i}`
    )
    const { evidence, verdict, traffic } = await probe(
      spec('bearer'),
      many.join('\n')
    )
    expect(evidence.push).toHaveLength(many.length)
    expect(traffic.filter((t) => t.includes(' token ')).length).toBeGreaterThan(
      2
    )
    expect(traffic.filter((t) => t.startsWith('POST'))).toHaveLength(
      many.length
    )
    expect(verdict.pushAccess).toBe('granted')
  })
})

describe('the push probe, on many repositories', () => {
  it('lists each repository not granted and counts the granted ones, in the evidence and the summary (attack-24 repro-05)', async () => {
    const many = Array.from({ length: MAX_PUSH_ROWS + 10 }, (_, i) => `team/svc-${i}`)
    const { evidence, verdict } = await probe(spec('bearer'), [...many, 'other/app'].join('\n'))
    expect(verdict.pushAccess).toBe('denied')
    const pushLines = verdict.evidence.filter((e) => e.startsWith('push access to'))
    expect(pushLines).toEqual([
      expect.stringMatching(/^push access to other\/app: upload start .* answered 403/),
      `push access to ${many.length} more repositories: granted`
    ])
    const summary = renderSummary(reportAction(verdict, evidence, { logout: true }).summary!)
    expect(summary).toContain('| `other/app` | denied | — |')
    expect(summary).toContain(`| ${many.length} more repositories | granted | — |`)
    expect(summary).toContain(`| \`Push access to ${many.length} more repositories\` | \`granted\` |`)
    expect(summary).not.toContain('team/svc-0')
    // up to MAX_PUSH_ROWS, each its own row, as before
    await running?.close()
    const few = await probe(spec('bearer'), many.slice(0, MAX_PUSH_ROWS).join('\n'))
    expect(renderSummary(reportAction(few.verdict, few.evidence, { logout: true }).summary!)).toContain('| `team/svc-49` | granted |')
  }) // prettier-ignore
})

describe('the push probe, with Basic authentication', () => {
  it('sends the Basic credentials with each upload: granted and denied', async () => {
    const { verdict, traffic } = await probe(
      spec('basic', { basicRealm: () => 'Registry Realm' }),
      'team/app, other/app'
    )
    expect(traffic).toEqual([
      'GET ping none 401',
      'GET ping basic 200',
      'POST upload basic 202',
      'POST upload basic 403',
      'DELETE cancel basic 204'
    ])
    expect(verdict.diagnosis).toBe('insufficient-scope')
    expect(verdict.push.map((p) => p.result)).toEqual(['granted', 'denied'])
  })

  it('an upload answered with a 5xx says nothing, and warns push-not-checked', async () => {
    const failing = spec('basic')
    failing.answers = {
      ...failing.answers,
      uploadDenied: {
        status: 503,
        body: errors('UNAVAILABLE', 'service unavailable'),
        source: 'distribution-spec'
      }
    }
    const { verdict } = await probe(failing, 'other/app')
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.pushAccess).toBe('not-checked')
    expect(verdict.warnings).toEqual(['push-not-checked'])
  })
})

describe("the cancellation's credential", () => {
  it.each([
    ['the registry itself', 'https://r.example/v2/a/blobs/uploads/1', true],
    ['a relative Location resolved', 'https://r.example:443/v2/a/blobs/uploads/1', true],
    ['http:// on the same host (a TLS-terminating proxy)', 'http://r.example/v2/a/blobs/uploads/1', false],
    ['another port', 'https://r.example:8443/v2/a/blobs/uploads/1', false],
    ['another host', 'https://storage.example/upload/1', false]
  ])('goes to %s: %s', (_name, url, goes) => {
    expect(credentialMayGo(url, 'https://r.example')).toBe(goes)
  })
}) // prettier-ignore

/**
 * Gitea's and Forgejo's container registry on loopback, as their code
 * answers (go-gitea/gitea routers/api/packages/container, services/packages
 * auth.go; docs/registries.md §8): a Bearer challenge whose realm is
 * `/v2/token`, a token that is a JWT of `exp`, `nbf` and `UserID` only (no
 * `access` claim: each request is checked by the registry), and uploads
 * started (202) where the user may write the package, refused where not.
 */
async function giteaLike(mayPush: (name: string) => boolean) {
  const basic = `Basic ${Buffer.from(`${USER.username}:${USER.secret}`).toString('base64')}`
  const b64 = (value: string): string => Buffer.from(value).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const jwt = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(JSON.stringify({ exp: now + 86400, nbf: now, UserID: 1 }))}.c2lnbmF0dXJl`
  const requests: string[] = []
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    requests.push(`${req.method} ${path}`)
    const challenge = {
      'www-authenticate': `Bearer realm="http://${req.headers.host}/v2/token",service="container_registry",scope="*"`,
      'docker-distribution-api-version': 'registry/2.0',
      'content-type': 'application/json'
    }
    const unauthorized = (): void => {
      res.writeHead(401, challenge)
      res.end(errors('UNAUTHORIZED', ''))
    }
    if (path === '/v2/token') {
      if (req.headers.authorization !== basic) return unauthorized()
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ token: jwt }))
    }
    if (req.headers.authorization !== `Bearer ${jwt}`) return unauthorized()
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/$/.exec(path)
    if (req.method === 'POST' && upload) {
      if (!mayPush(upload[1])) return unauthorized()
      res.writeHead(202, { location: `/v2/${upload[1]}/blobs/uploads/0a1b2c3d`, 'docker-upload-uuid': '0a1b2c3d' })
      return res.end()
    }
    if (req.method === 'DELETE') {
      res.writeHead(204)
      return res.end()
    }
    res.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' })
    res.end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(resolve)) }
} // prettier-ignore

describe('the push probe, with JWTs that say nothing of access (Gitea, Forgejo)', () => {
  it.each([
    ['a user who may write the package: granted, the upload cancelled', 'alice/app', 'ok', 'granted', ['POST /v2/alice/app/blobs/uploads/', 'DELETE /v2/alice/app/blobs/uploads/0a1b2c3d']],
    ['one who may not: denied by the upload, not by the token', 'bob/app', 'insufficient-scope', 'denied', ['POST /v2/bob/app/blobs/uploads/']]
  ])('%s', async (_name, push, diagnosis, access, uploads) => {
    const gitea = await giteaLike((name) => name.startsWith('alice/'))
    try {
      const evidence = await gatherPush('gitea.example.com', push, { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `gitea.example.com=${gitea.url}` })
      const verdict = judge(evidence)
      expect([verdict.diagnosis, verdict.pushAccess]).toEqual([diagnosis, access])
      // the token did not decide: the upload was asked
      expect(gitea.requests.filter((r) => /^(POST|DELETE) /.test(r))).toEqual(uploads)
    } finally {
      await gitea.close()
    }
  })
}) // prettier-ignore

/**
 * A registry of this machine given without a scheme (`127.0.0.1:<port>`,
 * as a `registry:2` service container at `localhost:5000` is), taking Basic
 * authentication: the action asks it over https first, then over http
 * (docs/registries.md §9.1). One port speaks both: a connection whose first
 * byte opens a TLS handshake (0x16) goes to the https server (a
 * self-signed certificate: loopback certificates are not checked), any
 * other to the plain one. `answer` gives the upload POST's status and
 * Location; a DELETE answers 204 and closes the session it names.
 */
async function loopbackRegistry(
  tls: boolean,
  answer: (scheme: string, host: string, name: string) => { status: number; location: string }
) {
  const basic = `Basic ${Buffer.from(`${USER.username}:${USER.secret}`).toString('base64')}`
  const requests: string[] = []
  const open = new Set<string>()
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const scheme = 'encrypted' in req.socket ? 'https' : 'http'
    const path = (req.url ?? '').split('?')[0]
    requests.push(`${req.method} ${scheme} ${path} ${req.headers.authorization === basic ? 'basic' : 'none'}`)
    if (req.headers.authorization !== basic) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="Registry Realm"', 'docker-distribution-api-version': 'registry/2.0' })
      return void res.end(errors('UNAUTHORIZED', 'authentication required'))
    }
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/$/.exec(path)
    if (req.method === 'POST' && upload) {
      const { status, location } = answer(scheme, req.headers.host ?? '', upload[1])
      if (status === 202) open.add(location.replace(/^.*\/uploads\//, '').split('?')[0])
      res.writeHead(status, { location, 'content-length': '0' })
      return void res.end()
    }
    if (req.method === 'DELETE') {
      open.delete(path.replace(/^.*\/uploads\//, ''))
      res.writeHead(204)
      return void res.end()
    }
    res.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' })
    res.end('{}')
  }
  const plain = createServer(handler)
  const pki: Pki | undefined = tls ? makePki() : undefined
  const leaf = pki?.leaf('loopback', { names: ['IP:127.0.0.1'], issuer: null })
  const secure = leaf ? createHttpsServer({ cert: leaf.cert, key: leaf.key }, handler) : undefined
  const front = createNetServer((socket) => {
    socket.once('data', (chunk) => {
      socket.pause()
      socket.unshift(chunk)
      ;(chunk[0] === 0x16 && secure ? secure : plain).emit('connection', socket)
      process.nextTick(() => socket.resume())
    })
  })
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
  const { port } = front.address() as AddressInfo
  const evidence = await gatherPush(`127.0.0.1:${port}`, 'team/app', {})
  for (const server of [plain, secure]) server?.closeAllConnections()
  await new Promise((resolve) => front.close(resolve))
  pki?.remove()
  return { evidence, verdict: judge(evidence), requests: requests.filter((r) => !r.startsWith('GET')), open }
} // prettier-ignore

describe('the cancellation goes to the server that answered the upload', () => {
  it('a plain-http registry on loopback, reached as docker reaches it: its own absolute http:// Location gets the credential, the upload is cancelled', async () => {
    // distribution writes an absolute Location from the request's Host and
    // the scheme it was reached on: http:// here
    const { evidence, verdict, requests, open } = await loopbackRegistry(false, (scheme, host, name) => ({ status: 202, location: `${scheme}://${host}/v2/${name}/blobs/uploads/5f0c1a2b-0000-4000-8000-000000000001?_state=s` }))
    // the upload's state (the Location's query) is kept out of the evidence
    expect(evidence.push[0].cancel?.url).toMatch(/\/blobs\/uploads\/5f0c1a2b-0000-4000-8000-000000000001$/)
    expect(JSON.stringify(evidence)).not.toContain('_state')
    expect(requests).toEqual([
      'POST http /v2/team/app/blobs/uploads/ basic',
      'DELETE http /v2/team/app/blobs/uploads/5f0c1a2b-0000-4000-8000-000000000001 basic'
    ])
    expect(open.size).toBe(0)
    expect(verdict.pushAccess).toBe('granted')
    expect(verdict.evidence.at(-1)).toMatch(/answered 202: an upload can start, as a push begins; cancelled \(204\)$/)
  })

  it('an https registry (a TLS-terminating proxy) whose Location is http:// on its own host and port: no credential goes over http', async () => {
    const { verdict, requests, open } = await loopbackRegistry(true, (_scheme, host, name) => ({ status: 202, location: `http://${host}/v2/${name}/blobs/uploads/5f0c1a2b-0000-4000-8000-000000000002` }))
    expect(requests).toEqual([
      'POST https /v2/team/app/blobs/uploads/ basic',
      'DELETE http /v2/team/app/blobs/uploads/5f0c1a2b-0000-4000-8000-000000000002 none'
    ])
    // refused without the credential: the session stays for the registry to expire
    expect(open.size).toBe(1)
    expect(verdict.pushAccess).toBe('granted')
  })
}) // prettier-ignore

describe('only an upload session is cancelled', () => {
  const blob = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
  it('201 Created (an upload completed at once: its Location is the blob): push granted, nothing deleted, and the evidence says so', async () => {
    const { verdict, requests } = await loopbackRegistry(false, (_scheme, _host, name) => ({ status: 201, location: `/v2/${name}/blobs/${blob}` }))
    // no DELETE /v2/<name>/blobs/<digest>: that is the registry's blob delete
    expect(requests).toEqual(['POST http /v2/team/app/blobs/uploads/ basic'])
    expect(verdict.pushAccess).toBe('granted')
    expect(verdict.evidence.at(-1)).toMatch(/answered 201: the registry accepted a write \(201 Created: it completed an upload at once, no session to cancel\); nothing was deleted$/)
  })

  it.each([200, 204])('%i (no session, whatever its Location): no request follows, and push rights are not told (a web page answers so)', async (status) => {
    const { verdict, requests } = await loopbackRegistry(false, (_scheme, _host, name) => ({ status, location: `/v2/${name}/blobs/${blob}` }))
    expect(requests).toEqual(['POST http /v2/team/app/blobs/uploads/ basic'])
    expect(verdict.pushAccess).toBe('not-checked')
    expect(verdict.warnings).toContain('push-not-checked')
    expect(verdict.evidence.at(-1)).toMatch(new RegExp(`answered ${status}: no registry answers a push's start so \\(it opens a session, 202, or completes a write, 201\\): push rights not told; nothing was cancelled$`))
  })
}) // prettier-ignore

describe('the push probe opens one session, and cancels it (attack-41 A41-01)', () => {
  /**
   * A Basic registry whose upload answers late, or whose DELETE fails once;
   * `drip`: the upload's 202 comes at once and its body never ends;
   * `dripDelete`: so does the cancellation's 202.
   */
  async function slowRegistry(postDelayMs: number, failedDeletes: number, drip = false, dripDelete = false) {
    const basic = `Basic ${Buffer.from(`${USER.username}:${USER.secret}`).toString('base64')}`
    const requests: string[] = []
    const open = new Set<string>()
    let sessions = 0
    let deletes = 0
    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0]
      if (req.headers.authorization !== basic) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="Registry Realm"' })
        return void res.end(errors('UNAUTHORIZED', 'authentication required'))
      }
      requests.push(`${req.method} ${path}`)
      if (req.method === 'POST') {
        // the session exists from now on, whatever becomes of the answer
        const id = `u${++sessions}`
        open.add(id)
        if (drip) {
          res.writeHead(202, { location: `/v2/team/app/blobs/uploads/${id}`, 'content-type': 'application/json' })
          const dripping = setInterval(() => res.write(' '), 100)
          res.on('close', () => clearInterval(dripping))
          return
        }
        setTimeout(() => { res.writeHead(202, { location: `/v2/team/app/blobs/uploads/${id}`, 'content-length': '0' }); res.end() }, postDelayMs)
        return
      }
      if (req.method === 'DELETE') {
        if (++deletes <= failedDeletes) { res.writeHead(503); return void res.end() }
        open.delete(path.replace(/^.*\/uploads\//, ''))
        if (dripDelete) {
          res.writeHead(202, { 'content-type': 'application/json' })
          const dripping = setInterval(() => res.write(' '), 100)
          res.on('close', () => clearInterval(dripping))
          return
        }
        res.writeHead(204)
        return void res.end()
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const evidence = await gatherPush(`127.0.0.1:${port}`, 'team/app', {}, { retries: 2, timeoutSeconds: 1 })
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    return { verdict: judge(evidence), requests: requests.filter((r) => !r.startsWith('GET')), open }
  }

  it('an upload answered after one attempt\'s time is waited for, not sent again, and its session cancelled', async () => {
    const { verdict, requests, open } = await slowRegistry(1_500, 0)
    expect(requests).toEqual(['POST /v2/team/app/blobs/uploads/', 'DELETE /v2/team/app/blobs/uploads/u1'])
    expect(open.size).toBe(0)
    expect(verdict.pushAccess).toBe('granted')
  })

  it('an upload answered just before the deadline still has its cancellation sent again after a 503 (attack-42 A42-03)', async () => {
    // retries 2, timeout 1 s: the preflight's deadline is 3 s after its start
    const { requests, open } = await slowRegistry(2_700, 1)
    expect(requests).toEqual(['POST /v2/team/app/blobs/uploads/', 'DELETE /v2/team/app/blobs/uploads/u1', 'DELETE /v2/team/app/blobs/uploads/u1'])
    expect(open.size).toBe(0)
  }, 15_000) // prettier-ignore

  it('an upload whose 202 came but whose body never ends: its session is cancelled, and the push granted (attack-52)', async () => {
    const { verdict, requests, open } = await slowRegistry(0, 0, true)
    expect(requests).toEqual(['POST /v2/team/app/blobs/uploads/', 'DELETE /v2/team/app/blobs/uploads/u1'])
    expect(open.size).toBe(0)
    expect(verdict.pushAccess).toBe('granted')
  }, 15_000)

  it('a cancellation whose 202 came but whose body never ends is told as cancelled, not as unanswered, and not sent again (attack-55)', async () => {
    const { verdict, requests, open } = await slowRegistry(0, 0, false, true)
    expect(requests).toEqual(['POST /v2/team/app/blobs/uploads/', 'DELETE /v2/team/app/blobs/uploads/u1'])
    expect(open.size).toBe(0)
    expect(verdict.pushAccess).toBe('granted')
    expect(verdict.evidence.at(-1)).toMatch(/cancelled \(202\)$/)
  }, 15_000)

  it('a cancellation answered 503 is sent again (a DELETE is idempotent): the session does not stay open', async () => {
    const { verdict, requests, open } = await slowRegistry(0, 1)
    expect(requests).toEqual(['POST /v2/team/app/blobs/uploads/', 'DELETE /v2/team/app/blobs/uploads/u1', 'DELETE /v2/team/app/blobs/uploads/u1'])
    expect(open.size).toBe(0)
    expect(verdict.evidence.at(-1)).toMatch(/cancelled \(204\)$/)
  })
}) // prettier-ignore

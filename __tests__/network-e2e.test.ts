/**
 * The bundled action behind a corporate proxy, as a self-hosted runner
 * runs it: HTTPS_PROXY with credentials, the registry's certificate from a
 * private CA that Node trusts through NODE_EXTRA_CA_CERTS (read by the
 * child at its start), and a certs.d directory for the registry that
 * holds another CA. The preflight must reach the registry through the
 * proxy and catch a wrong password before docker login sends it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeE2e } from '../__fixtures__/e2e.js'
import { makePki, type Pki } from '../__fixtures__/pki.js'
import { startProxy, type TestProxy } from '../__fixtures__/proxy.js'
import { runAction, Workspace } from '../scripts/runner.js'
import { CERTS_DIR_ENV } from '../src/transport.js'

const HOST = 'registry.corp.test'
const PROXY_SECRET = 'Pr0xy-Passw0rd-e2e'

let pki: Pki
let registry: Server
let proxy: TestProxy
let certsRoot: string
const seen: Array<{ url: string; agent: string }> = []
const workspaces: Workspace[] = []

beforeAll(async () => {
  pki = makePki()
  const leaf = pki.leaf('registry', { names: [`DNS:${HOST}`] })
  registry = createServer({ cert: leaf.cert, key: leaf.key }, (req, res) => {
    seen.push({ url: req.url ?? '', agent: req.headers['user-agent'] ?? '' })
    if (req.url === '/v2/') {
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="https://${HOST}/token",service="corp"`
      })
      res.end('{"errors":[{"code":"UNAUTHORIZED"}]}')
      return
    }
    res.writeHead(401, { 'content-type': 'application/json' })
    res.end('{"details":"incorrect username or password"}')
  })
  await new Promise<void>((done) => registry.listen(0, '127.0.0.1', done))
  const port = (registry.address() as AddressInfo).port
  proxy = await startProxy({
    routes: { [`${HOST}:443`]: port },
    require: `builder:${PROXY_SECRET}`
  })
  certsRoot = mkdtempSync(join(tmpdir(), 'dlp-certs.d-'))
  mkdirSync(join(certsRoot, HOST))
  writeFileSync(join(certsRoot, HOST, 'other.crt'), pki.otherCa.cert)
})

afterAll(async () => {
  for (const workspace of workspaces) workspace.remove()
  await proxy.close()
  registry.closeAllConnections()
  await new Promise((done) => registry.close(done))
  rmSync(certsRoot, { recursive: true, force: true })
  pki.remove()
})

function environment(extra: Record<string, string> = {}) {
  return {
    HTTPS_PROXY: `http://builder:${PROXY_SECRET}@127.0.0.1:${proxy.port}`,
    [CERTS_DIR_ENV]: certsRoot,
    SSL_CERT_FILE: join(certsRoot, 'no-such-bundle.pem'),
    ...extra
  }
}

describeE2e('behind a proxy, with a private CA', () => {
  it('catches a wrong password through HTTPS_PROXY, trusting NODE_EXTRA_CA_CERTS beside certs.d', async () => {
    seen.length = 0
    const workspace = new Workspace()
    workspaces.push(workspace)
    const result = await runAction(
      'main',
      workspace,
      { registry: HOST, username: 'alice', password: 'Wr0ng-Passw0rd-e2e' },
      environment({ NODE_EXTRA_CA_CERTS: pki.ca.certPath })
    )
    expect(result.exitCode).toBe(1)
    expect(workspace.outputs().diagnosis).toBe('invalid-credentials')
    // docker login starts with the preflight, and is stopped without the
    // password: it reaches nothing and writes nothing
    expect(workspace.dockerArgv()).toEqual([
      `docker login --username alice --password-stdin ${HOST}`
    ])
    expect(workspace.authKeys()).toEqual([])
    expect(seen.map((r) => r.url.split('?')[0])).toEqual(['/v2/', '/token'])
    expect(seen.every((r) => r.agent === 'docker-login-preflight')).toBe(true)
    expect(proxy.connects).toEqual([`${HOST}:443`, `${HOST}:443`])
    for (const [name, text] of Object.entries(workspace.artifacts())) {
      expect([name, text.includes(PROXY_SECRET)]).toEqual([name, false])
    }
  })

  it('reaches no registry without the CA: the certificate is not trusted', async () => {
    seen.length = 0
    const workspace = new Workspace()
    workspaces.push(workspace)
    await runAction(
      'main',
      workspace,
      { registry: HOST, username: 'alice', password: 'Wr0ng-Passw0rd-e2e' },
      environment({ NODE_EXTRA_CA_CERTS: '' })
    )
    expect(seen.filter((r) => r.agent === 'docker-login-preflight')).toEqual([])
    expect(workspace.outputs().diagnosis).not.toBe('invalid-credentials')
  })
})

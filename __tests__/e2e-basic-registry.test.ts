/**
 * End to end against a plain Basic-auth registry (an htpasswd `registry:2`
 * answers `WWW-Authenticate: Basic realm="Registry Realm"` on /v2/,
 * distribution's auth/htpasswd/access.go): the bundled action, the real
 * docker CLI, a small registry on loopback.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describeE2e } from '../__fixtures__/e2e.js'
import { leaks, runAction, Workspace } from '../scripts/runner.js'

const USER = 'deploy'
const SECRET = 'htpasswd-Secret-42'

let server: Server
let host: string
const seen: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const auth = req.headers.authorization ?? ''
    const expected = `Basic ${Buffer.from(`${USER}:${SECRET}`).toString('base64')}`
    seen.push(`${req.method} ${req.url} ${auth.split(' ')[0] || 'none'}`)
    if (req.url === '/v2/' && auth === expected) {
      res.writeHead(200, { 'docker-distribution-api-version': 'registry/2.0' })
      res.end('{}')
      return
    }
    // distribution/registry auth/htpasswd: 401 with a Basic challenge and
    // the UNAUTHORIZED error body.
    res.writeHead(401, {
      'content-type': 'application/json; charset=utf-8',
      'docker-distribution-api-version': 'registry/2.0',
      'www-authenticate': 'Basic realm="Registry Realm"'
    })
    res.end(
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}\n'
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

describeE2e('a plain Basic-auth registry', () => {
  it('is validated with a Basic-auth ping, then logged in and out', async () => {
    const ws = new Workspace()
    try {
      const inputs = { registry: host, username: USER, password: SECRET }
      const main = await runAction('main', ws, inputs)
      expect(main.exitCode).toBe(0)
      expect(ws.outputs()).toMatchObject({
        diagnosis: 'ok',
        'credential-kind': 'password',
        // not Docker Hub: a password is no warning
        warnings: '',
        'logged-in': 'true'
      })
      expect(ws.summary()).toContain('Basic-auth ping')
      expect(seen).toContain('GET /v2/ Basic')
      expect(ws.authKeys()).toEqual([host])
      expect((await runAction('post', ws, inputs)).exitCode).toBe(0)
      expect(ws.authKeys()).toEqual([])
      expect(leaks(ws, USER, SECRET)).toEqual([])
    } finally {
      ws.remove()
    }
  })

  it('a wrong password → invalid-credentials, and docker login is not run', async () => {
    const ws = new Workspace()
    try {
      const main = await runAction('main', ws, {
        registry: host,
        username: USER,
        password: 'not-the-password'
      })
      expect(main.exitCode).toBe(1)
      expect(ws.outputs().diagnosis).toBe('invalid-credentials')
      expect(main.errors).toHaveLength(1)
      expect(ws.dockerArgv()).toEqual([])
      expect(leaks(ws, USER, 'not-the-password')).toEqual([])
    } finally {
      ws.remove()
    }
  })
})

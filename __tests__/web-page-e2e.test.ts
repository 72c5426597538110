/**
 * A web site where the registry should be, as a fresh bundle of the action
 * meets it with the real docker CLI: a self-managed GitLab's own address
 * given for its registry answers `GET /v2/` with a redirect to its sign-in
 * page (docs/registries.md §9.2), a captive portal with a 200 page (D8).
 * Followed, the redirect ends at a 200 that passes for a registry needing
 * no login; the step must fail with `registry-unreachable`, the
 * `not-a-registry` texts, and no login stored.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describeE2e } from '../__fixtures__/e2e.js'
import { runAction, Workspace } from '../scripts/runner.js'

const SIGN_IN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in · GitLab</title></head><body></body></html>'

let server: Server
let base: string
/** what the server is: a GitLab's own address, or a captive portal */
let mode: 'gitlab' | 'portal' = 'gitlab'
const seen: string[] = []
const workspaces: Workspace[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    if (mode === 'portal') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<html><h1>Sign in to the guest Wi-Fi</h1></html>')
      return
    }
    if (req.url === '/v2/') {
      res.writeHead(302, { location: `${base}/users/sign_in` })
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(SIGN_IN_PAGE)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const workspace of workspaces) workspace.remove()
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

describeE2e('a web site where the registry should be', () => {
  it.each([
    ['redirects /v2/ to its sign-in page', 'gitlab.example.com', 'gitlab'],
    ['answers /v2/ with a web page', 'portal.example.com', 'portal']
  ] as const)(
    '%s: the step fails before docker login, with the not-a-registry texts',
    async (_name, host, kind) => {
      mode = kind
      seen.length = 0
      const workspace = new Workspace()
      workspaces.push(workspace)
      const result = await runAction(
        'main',
        workspace,
        { registry: host, username: 'alice', password: 'Passw0rd-web-page' },
        { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${host}=${base}` }
      )
      expect(result.exitCode).toBe(1)
      expect(workspace.outputs().diagnosis).toBe('registry-unreachable')
      expect(result.stdout).toContain(
        `::error::The registry answered with a web page: check the registry address and the runner's network`
      )
      // the ping alone: no credential was sent. docker login starts with
      // the preflight and waits for the password on stdin; it is stopped
      // without it, reaches nothing and stores nothing
      expect(seen).toEqual(['GET /v2/'])
      expect(workspace.dockerArgv()).toEqual([
        `docker login --username alice --password-stdin ${base.slice('http://'.length)}`
      ])
      expect(workspace.authKeys()).toEqual([])
      const summary = workspace.summary()
      expect(summary).toContain(
        kind === 'gitlab'
          ? `answered 302 with a redirect to ${base}/users/sign_in, away from the registry's /v2/`
          : 'answered 200 with a web page'
      )
    }
  )
})

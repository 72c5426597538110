/**
 * A plain Basic-auth registry on loopback, as an htpasswd `registry:2`
 * answers: `/v2/` with the right `Authorization: Basic …` is `200 {}`;
 * anything else is a 401 with `WWW-Authenticate: Basic realm="Registry
 * Realm"` and distribution's UNAUTHORIZED body (docs/registries.md §0 and §8;
 * distribution auth/htpasswd/access.go). One account; no secret is ever recorded.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The one account the registry knows (fake test data). */
export const BASIC_ACCOUNT = {
  username: 'deploy',
  secret: 'htpasswd-Secret-42'
} as const

/** A running Basic-auth registry. */
export interface BasicRegistry {
  /** host:port */
  host: string
  /** `METHOD path scheme` of every request, never a credential */
  requests: string[]
  close(): Promise<void>
}

/** Starts the registry on 127.0.0.1 and a free port. */
export async function startBasicRegistry(): Promise<BasicRegistry> {
  const requests: string[] = []
  const expected = `Basic ${Buffer.from(
    `${BASIC_ACCOUNT.username}:${BASIC_ACCOUNT.secret}`
  ).toString('base64')}`
  const server = createServer((req, res) => {
    const auth = req.headers.authorization ?? ''
    requests.push(`${req.method} ${req.url} ${auth.split(' ')[0] || 'none'}`)
    req.resume()
    if (req.url === '/v2/' && auth === expected) {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'docker-distribution-api-version': 'registry/2.0'
      })
      res.end('{}')
      return
    }
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
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

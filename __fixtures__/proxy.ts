/**
 * A forward proxy on 127.0.0.1 for the tests, as a corporate proxy acts:
 * CONNECT tunnels for https, absolute-form requests for http, and Basic
 * proxy credentials when it is given some (a 407 with Proxy-Authenticate
 * otherwise). Host names are routed to local ports; it never reaches
 * further than this machine.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage
} from 'node:http'
import {
  connect,
  createServer as createNetServer,
  type AddressInfo,
  type LookupFunction,
  type Socket
} from 'node:net'

export interface TestProxy {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  /** the target of every CONNECT, in order (`registry.test:443`) */
  connects: string[]
  /** the absolute URL of every plain (forwarded) request */
  forwarded: string[]
  /** the Proxy-Authorization header of every request, decoded */
  credentials: Array<string | undefined>
  close(): Promise<void>
}

export interface ProxyOptions {
  /** host:port as asked → the 127.0.0.1 port that answers for it */
  routes: Record<string, number>
  /** `user:password` the proxy demands; none: it demands nothing */
  require?: string
  /** accept CONNECTs and never answer them */
  hang?: boolean
}

const REFUSAL =
  'HTTP/1.1 407 Proxy Authentication Required\r\n' +
  'Proxy-Authenticate: Basic realm="test proxy"\r\n' +
  'Content-Length: 0\r\nConnection: close\r\n\r\n'

export async function startProxy(options: ProxyOptions): Promise<TestProxy> {
  const connects: string[] = []
  const forwarded: string[] = []
  const credentials: Array<string | undefined> = []
  const sockets = new Set<Socket>()
  const allowed = (req: IncomingMessage): boolean => {
    const header = req.headers['proxy-authorization']
    const decoded = header?.startsWith('Basic ')
      ? Buffer.from(header.slice(6), 'base64').toString()
      : header
    credentials.push(decoded)
    return options.require === undefined || decoded === options.require
  }
  const server = createServer((req, res) => {
    forwarded.push(req.url ?? '')
    if (!allowed(req)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test proxy"' })
      res.end('proxy authentication required')
      return
    }
    const target = new URL(req.url ?? '')
    const port = options.routes[target.host]
    if (port === undefined) {
      res.writeHead(502).end('no route')
      return
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, host: target.host }
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req: IncomingMessage, client: Socket) => {
    connects.push(req.url ?? '')
    client.on('error', () => undefined)
    if (!allowed(req)) {
      client.end(REFUSAL)
      return
    }
    if (options.hang) return
    const port = options.routes[req.url ?? '']
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    forwarded,
    credentials,
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise((done) => server.close(() => done()))
    }
  }
}

/**
 * A resolver that answers 127.0.0.1 for every name: a registry with a name
 * (not loopback to docker, so its certificate is verified) on this machine.
 */
export const toLoopback = ((
  _hostname: string,
  options: { all?: boolean },
  callback: (...args: unknown[]) => void
): void => {
  if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
  else callback(null, '127.0.0.1', 4)
}) as unknown as LookupFunction

/** A SOCKS5 proxy on 127.0.0.1 (RFC 1928, no authentication). */
export interface TestSocksProxy {
  port: number
  /** every CONNECT's target as the client sent it: `name:port` or `ip:port` */
  connects: string[]
  close(): Promise<void>
}

/**
 * A SOCKS5 proxy that takes CONNECT without authentication and routes each
 * target (`registry.test:443`) to a local port; a target it has no route
 * for is refused (reply 0x04, host unreachable).
 */
export async function startSocksProxy(
  routes: Record<string, number>
): Promise<TestSocksProxy> {
  const connects: string[] = []
  const sockets = new Set<Socket>()
  const server = createNetServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    socket.once('data', () => {
      // greeting: no authentication
      socket.write(Buffer.from([5, 0]))
      socket.once('data', (request: Buffer) => {
        const type = request[3]
        let host: string
        let at: number
        if (type === 3) {
          const length = request[4]
          host = request.subarray(5, 5 + length).toString()
          at = 5 + length
        } else if (type === 1) {
          host = [...request.subarray(4, 8)].join('.')
          at = 8
        } else {
          socket.end(Buffer.from([5, 8, 0, 1, 0, 0, 0, 0, 0, 0]))
          return
        }
        const target = `${host}:${request.readUInt16BE(at)}`
        connects.push(target)
        const port = routes[target]
        if (port === undefined) {
          socket.end(Buffer.from([5, 4, 0, 1, 0, 0, 0, 0, 0, 0]))
          return
        }
        const upstream = connect(port, '127.0.0.1', () => {
          socket.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0]))
          socket.pipe(upstream).pipe(socket)
        })
        upstream.on('error', () => socket.destroy())
        sockets.add(upstream)
        upstream.on('close', () => sockets.delete(upstream))
      })
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    port: (server.address() as AddressInfo).port,
    connects,
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise((done) => server.close(() => done()))
    }
  }
}

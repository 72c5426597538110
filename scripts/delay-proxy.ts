/**
 * A TCP proxy on loopback that adds a round-trip time, for the bench: each
 * new connection pays one round trip before its first byte goes through
 * (TCP's handshake), and every chunk half a round trip each way. It counts
 * connections, so that a run's connections can be read off.
 */
import { createServer, connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

/** A running delaying proxy. */
export interface DelayProxy {
  /** host:port to give clients */
  host: string
  port: number
  /** connections accepted since the start or the last reset */
  connections: number
  reset(): void
  close(): Promise<void>
}

/**
 * Starts a proxy to 127.0.0.1:`targetPort()` (read per connection, so the
 * target may start after it) adding `rttMs` per round trip.
 */
export async function startDelayProxy(
  targetPort: () => number,
  rttMs: number
): Promise<DelayProxy> {
  const sockets = new Set<Socket>()
  const half = rttMs / 2
  const later = (fn: () => void, ms: number): void => {
    if (ms <= 0) fn()
    else setTimeout(fn, ms)
  }
  const proxy: DelayProxy = {
    host: '',
    port: 0,
    connections: 0,
    reset() {
      proxy.connections = 0
    },
    close
  }
  const server = createServer((client) => {
    proxy.connections += 1
    const upstream = connect(targetPort(), '127.0.0.1')
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    // the handshake: nothing goes through before one round trip
    const opened = Date.now() + rttMs
    const pipe = (from: Socket, to: Socket): void => {
      from.on('data', (chunk: Buffer) => {
        const wait = Math.max(half, opened - Date.now())
        later(() => {
          if (!to.destroyed) to.write(chunk)
        }, wait)
      })
      from.on('end', () =>
        later(() => to.end(), Math.max(half, opened - Date.now()))
      )
    }
    pipe(client, upstream)
    pipe(upstream, client)
  })
  async function close(): Promise<void> {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((done) => server.close(() => done()))
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  proxy.port = (server.address() as AddressInfo).port
  proxy.host = `127.0.0.1:${proxy.port}`
  return proxy
}

/**
 * Node built-ins that take milliseconds to load, required on first use
 * instead of imported: crypto, http, https and tls. An ESM import loads a
 * built-in before the bundle's first line runs, and reads every one of its
 * exports — on Node 24, `http.WebSocket` is a getter that loads Node's own
 * undici. Imported, these held the main step back from spawning docker
 * login, its longest part, by about 8 ms on Node 20 and 30 ms on Node 24
 * (README, Performance); required, they load with the preflight's first
 * request, while docker login starts.
 */
import { createRequire } from 'node:module'

const load = createRequire(import.meta.url)

/** A built-in, required on the first call, the same module after. */
function onFirstUse<T>(id: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= load(id) as T)
}

export const nodeCrypto =
  onFirstUse<typeof import('node:crypto')>('node:crypto')
export const nodeHttp = onFirstUse<typeof import('node:http')>('node:http')
export const nodeHttps = onFirstUse<typeof import('node:https')>('node:https')
/**
 * node:tls: besides its load, an ESM import reads all its exports, and
 * reading `rootCertificates` builds the list of Node's roots (about 1 ms).
 */
export const nodeTls = onFirstUse<typeof import('node:tls')>('node:tls')

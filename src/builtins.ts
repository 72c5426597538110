/**
 * Node built-ins that take milliseconds to load, required on first use
 * instead of imported: crypto, http, https and tls. An ESM import of a
 * built-in loads it before the bundle's first line runs and reads every one
 * of its exports — on Node 24, `http.WebSocket` is a getter that loads
 * Node's own undici, about 30 ms on every run. Required, the network
 * modules load when the preflight's first request is made, and a step that
 * sends none (the post step) loads neither them nor crypto (README,
 * Performance).
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
/** node:zlib, for a body a server compressed unasked (rare). */
export const nodeZlib = onFirstUse<typeof import('node:zlib')>('node:zlib')

/**
 * How a request reaches a registry, decided as the docker CLI and daemon
 * decide it (docs/registries.md §9): the proxy the environment names
 * (Go's `http.ProxyFromEnvironment`), the certificate authorities docker
 * trusts for the registry (`certs.d`), loopback registries as docker's
 * "insecure" ones, and the kind of a certificate failure. No I/O but
 * reading certificate files; the requests themselves are http.ts's (and
 * proxy.ts's, loaded only when a proxy applies).
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { BlockList, isIP } from 'node:net'
import { join, win32 } from 'node:path'
import type { SecureContext } from 'node:tls'
import { domainToASCII } from 'node:url'
import { nodeCrypto, nodeTls } from './builtins.js'
import type { TlsKind } from './evidence.js'

// ---------------------------------------------------------------- proxies

/**
 * The schemes Go's proxy parsing keeps as they are; `socks5h` since Go
 * 1.22 (docs/registries.md §9, golang/go#24135): a SOCKS5 proxy that
 * resolves the name, as the preflight's SOCKS5 client always has it do.
 */
const PROXY_SCHEMES = ['http:', 'https:', 'socks5:', 'socks5h:']

/**
 * The proxy a request to `url` goes through, as Go's
 * `httpproxy.FromEnvironment().ProxyFunc()` decides it (what docker uses):
 * `HTTPS_PROXY` (else `https_proxy`) for https URLs, `HTTP_PROXY` (else
 * `http_proxy`) for http URLs, never one for the other; upper case first;
 * a value without a scheme (`proxy.corp:3128`) is `http://`. `NO_PROXY`
 * (else `no_proxy`) exempts hosts, and `localhost` and loopback addresses
 * are never proxied. Undefined when the request goes direct.
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): URL | undefined {
  let value: string
  if (url.protocol === 'https:') {
    value = envAny(env, 'HTTPS_PROXY', 'https_proxy')
  } else if (url.protocol === 'http:') {
    value = envAny(env, 'HTTP_PROXY', 'http_proxy')
  } else {
    return undefined
  }
  const proxy = parseProxy(value)
  if (!proxy) return undefined
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  if (!useProxy(bare(url.hostname), port, envAny(env, 'NO_PROXY', 'no_proxy')))
    return undefined
  return proxy
}

/** A proxy URL as evidence may show it: scheme, host and port only. */
export function proxyLabel(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`
}

function envAny(env: NodeJS.ProcessEnv, ...names: string[]): string {
  for (const name of names) {
    const value = env[name]
    if (value) return value
  }
  return ''
}

/** Go's parseProxy: a bogus or scheme-less value is tried as http://. */
function parseProxy(value: string): URL | undefined {
  if (value === '') return undefined
  let parsed: URL | undefined
  try {
    parsed = new URL(value)
  } catch {
    parsed = undefined
  }
  if (!parsed || !PROXY_SCHEMES.includes(parsed.protocol)) {
    try {
      return new URL(`http://${value}`)
    } catch {
      return parsed
    }
  }
  return parsed
}

/** A host name without the brackets of an IPv6 literal. */
function bare(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']')
    ? hostname.slice(1, -1)
    : hostname
}

/**
 * Whether a host (name or IP, no brackets) is this machine by Go's rules:
 * `localhost`, or an address in 127.0.0.0/8 or ::1 (also IPv4-mapped).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = bare(hostname).toLowerCase()
  if (host === 'localhost') return true
  const v4 = ipv4Of(host)
  if (v4) return v4.startsWith('127.')
  return isIP(host) === 6 && LOOPBACK_V6.check(host, 'ipv6')
}

const LOOPBACK_V6 = new BlockList()
LOOPBACK_V6.addAddress('::1', 'ipv6')

/**
 * The dotted IPv4 form of an IPv4 or IPv4-mapped IPv6 address
 * (`::ffff:127.0.0.1`, or `::ffff:7f00:1` as URLs write it).
 */
function ipv4Of(host: string): string | undefined {
  if (isIP(host) === 4) return host
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host)
  if (dotted) return isIP(dotted[1]) === 4 ? dotted[1] : undefined
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(host)
  if (!hex) return undefined
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)]
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** One `NO_PROXY` entry that is an address or a CIDR block. */
interface IpMatcher {
  list: BlockList
  port: string
}

/** One `NO_PROXY` entry that is a domain. */
interface DomainMatcher {
  /** with a leading dot */
  suffix: string
  /** the entry had no leading dot: the domain itself matches too */
  matchHost: boolean
  port: string
}

/** Go's useProxy: whether host:port is proxied under this `NO_PROXY`. */
function useProxy(host: string, port: string, noProxy: string): boolean {
  const name = host.toLowerCase()
  if (isLoopbackHost(name)) return false
  const v4 = ipv4Of(name)
  const family = v4 ? 'ipv4' : isIP(name) === 6 ? 'ipv6' : undefined
  const ip = v4 ?? name
  const ips: IpMatcher[] = []
  const domains: DomainMatcher[] = []
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase()
    if (entry === '') continue
    if (entry === '*') return false
    const cidr = /^([^/]+)\/(\d{1,3})$/.exec(entry)
    if (cidr) {
      const kind = isIP(cidr[1])
      const bits = Number(cidr[2])
      if (kind !== 0 && bits <= (kind === 4 ? 32 : 128)) {
        const list = new BlockList()
        list.addSubnet(cidr[1], bits, kind === 4 ? 'ipv4' : 'ipv6')
        ips.push({ list, port: '' })
      }
      continue
    }
    const [entryHost, entryPort] = splitHostPort(entry)
    if (entryHost === '') continue
    const entryV4 = ipv4Of(entryHost)
    if (entryV4 || isIP(entryHost) === 6) {
      const list = new BlockList()
      if (entryV4) list.addAddress(entryV4, 'ipv4')
      else list.addAddress(entryHost, 'ipv6')
      ips.push({ list, port: entryPort })
      continue
    }
    let suffix = entryHost.startsWith('*.') ? entryHost.slice(1) : entryHost
    const matchHost = !suffix.startsWith('.')
    if (matchHost) suffix = `.${suffix}`
    suffix = `.${toAscii(suffix.slice(1))}`
    domains.push({ suffix, matchHost, port: entryPort })
  }
  if (family) {
    for (const m of ips) {
      if (m.list.check(ip, family) && (m.port === '' || m.port === port))
        return false
    }
  }
  for (const m of domains) {
    const hit =
      name.endsWith(m.suffix) || (m.matchHost && name === m.suffix.slice(1))
    if (hit && (m.port === '' || m.port === port)) return false
  }
  return true
}

/**
 * Go's net.SplitHostPort, leniently: `host:port`, `[v6]:port` → [host,
 * port]; anything else is a host without a port.
 */
function splitHostPort(entry: string): [string, string] {
  const bracketed = /^\[([^\]]*)\]:(\d*)$/.exec(entry)
  if (bracketed) return [bracketed[1], bracketed[2]]
  const plain = /^([^:[\]]*):(\d*)$/.exec(entry)
  if (plain) return [plain[1], plain[2]]
  return [entry.replace(/^\[(.*)\]$/, '$1'), '']
}

function toAscii(domain: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain)) return domain
  return domainToASCII(domain) || domain
}

// ------------------------------------------------------------ certificates

/**
 * Points the certs.d root elsewhere (one directory, holding
 * `<host[:port]>/*.crt` as /etc/docker/certs.d does); for tests and for
 * runners that keep docker's certificates in another place.
 */
export const CERTS_DIR_ENV = 'DOCKER_LOGIN_PREFLIGHT_CERTS_D'

/**
 * The certs.d roots docker reads a registry's certificates from:
 * `/etc/docker/certs.d` (the daemon's and the CLI's), then a rootless
 * daemon's `$XDG_CONFIG_HOME/docker/certs.d` (default
 * `~/.config/docker/certs.d`). On Windows the daemon's
 * `%ProgramData%\docker\certs.d` (moby registry/config_windows.go), on
 * macOS Docker Desktop's `~/.docker/certs.d` (docs/registries.md §13aab
 * (d)). `DOCKER_LOGIN_PREFLIGHT_CERTS_D` replaces them.
 */
export function certsDirs(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): string[] {
  const override = env[CERTS_DIR_ENV]?.trim()
  if (override) return [override]
  if (platform === 'win32') {
    return [
      win32.join(env.ProgramData || 'C:\\ProgramData', 'docker', 'certs.d')
    ]
  }
  if (platform === 'darwin') {
    return env.HOME ? [join(env.HOME, '.docker', 'certs.d')] : []
  }
  const configHome =
    env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, '.config') : '')
  return [
    '/etc/docker/certs.d',
    ...(configHome ? [join(configHome, 'docker', 'certs.d')] : [])
  ]
}

/**
 * The system bundle Go's crypto/x509 reads on Linux: `SSL_CERT_FILE`, else
 * the first of these that exists.
 */
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem'
]

/** What docker reads from certs.d for one registry. */
interface CertsD {
  /** the CA certificates (`*.crt`), PEM */
  ca: string[]
  caFiles: string[]
  /** client certificates (`X.cert` with its `X.key`), PEM */
  cert: string[]
  key: string[]
}

/**
 * Reads `<root>/<registry>/` of every certs.d root as docker's
 * `ReadCertsDirectory` does: `*.crt` are CAs, each `X.cert` with its
 * `X.key` a client certificate (a lone one is skipped; docker refuses to
 * log in then, and says so). Docker Hub reads none.
 */
function readCertsD(
  registry: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform
): CertsD {
  const found: CertsD = { ca: [], caFiles: [], cert: [], key: [] }
  if (registry === 'docker.io') return found
  // Windows' docker names the directory without the port's colon (moby
  // registry cleanPath: "registry.example.com5000"; attack-68 A68-03)
  const name = platform === 'win32' ? registry.replaceAll(':', '') : registry
  for (const root of certsDirs(env, platform)) {
    const dir = join(root, name)
    let names: string[]
    try {
      names = readdirSync(dir).sort()
    } catch {
      continue
    }
    for (const name of names) {
      const path = join(dir, name)
      if (name.endsWith('.crt')) {
        const pem = readText(path)
        if (pem !== undefined) {
          found.ca.push(pem)
          found.caFiles.push(path)
        }
      } else if (name.endsWith('.cert')) {
        const keyName = `${name.slice(0, -'.cert'.length)}.key`
        if (!names.includes(keyName)) continue
        const cert = readText(path)
        const key = readText(join(dir, keyName))
        if (cert !== undefined && key !== undefined) {
          found.cert.push(cert)
          found.key.push(key)
        }
      }
    }
  }
  return found
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

function resolved(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** The system bundle docker's Go reads, when there is one. */
function systemBundle(env: NodeJS.ProcessEnv): string | undefined {
  const candidates = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : SYSTEM_BUNDLES
  return candidates.find((path) => existsSync(path))
}

/**
 * The system where the request is made, as the trust depends on it: its
 * platform, and the OS trust store of Windows and macOS (which docker there
 * uses, and Node reads only when asked: `tls.getCACertificates('system')`,
 * Node 22.15 and 23.5 on; docs/registries.md §13aab (d)).
 */
export interface TrustHost {
  platform: NodeJS.Platform
  /** the OS store's roots (PEM), where the platform has one and Node reads it */
  osRoots: () => readonly string[] | undefined
}

/** The OS store, once read (it does not change during a run). */
let osStore: { roots: readonly string[] | undefined } | undefined

/** This process's system. */
export const THIS_HOST: TrustHost = {
  platform: process.platform,
  osRoots: () => {
    if (!osStore) {
      const tls = nodeTls() as {
        getCACertificates?: (type: 'system') => string[]
      }
      let roots: string[] | undefined
      try {
        roots = tls.getCACertificates?.('system')
      } catch {
        roots = undefined
      }
      osStore = { roots: roots && roots.length > 0 ? roots : undefined }
    }
    return osStore.roots
  }
}

/** Whether the platform's roots are its OS store's, not a bundle file. */
function usesOsStore(host: TrustHost): boolean {
  return host.platform === 'win32' || host.platform === 'darwin'
}

/**
 * The system's roots that Node does not already trust (PEM), read once, when
 * first asked: on Windows and macOS the OS store, where Node reads it; on
 * Linux the bundle docker's Go reads, unless it is the file
 * `NODE_EXTRA_CA_CERTS` names. Undefined: none.
 */
function systemRootsOf(
  env: NodeJS.ProcessEnv,
  host: TrustHost
): () => readonly string[] | undefined {
  let read: { roots: readonly string[] | undefined } | undefined
  return () => {
    read ??= { roots: usesOsStore(host) ? host.osRoots() : bundleRoots(env) }
    return read.roots
  }
}

function bundleRoots(env: NodeJS.ProcessEnv): string[] | undefined {
  const system = systemBundle(env)
  const nodeExtra = process.env.NODE_EXTRA_CA_CERTS
  if (!system || (nodeExtra && resolved(nodeExtra) === resolved(system)))
    return undefined
  const pem = readText(system)
  return pem ? [pem] : undefined
}

/** How a TLS connection to one host is to be verified. */
export interface Trust {
  /** the TLS options of the first try (none: Node's defaults) */
  options: TlsOptions
  /**
   * Wider options to try once when the first try found no trusted
   * authority: docker also trusts the system bundle (`SSL_CERT_FILE`,
   * `/etc/ssl/certs/ca-certificates.crt`, …) or, on Windows and macOS, the
   * OS store, which Node does not read. Undefined from the call: nothing
   * wider to try.
   */
  wider?: () => TlsOptions | undefined
  /** the certs.d CA files read for the registry */
  caFiles: string[]
}

/** The options given to tls.connect (through https.request or undici). */
export interface TlsOptions {
  secureContext?: SecureContext
  rejectUnauthorized?: boolean
  servername?: string
}

/**
 * The trust docker gives the host of a request of a login to `registry`
 * (host[:port], as given to `docker login`; undefined: the URL's own host).
 *
 * - A loopback host is one of docker's "insecure" registries: its
 *   certificate is not verified (docker's `InsecureSkipVerify`).
 * - Otherwise Node's default roots with `NODE_EXTRA_CA_CERTS`, the
 *   registry's certs.d CAs and client certificates (docker uses one TLS
 *   configuration for the registry and its token service), and, when those
 *   are not enough, the system bundle Go reads as well.
 */
export function trustFor(
  url: URL,
  registry: string | undefined,
  env: NodeJS.ProcessEnv,
  host: TrustHost = THIS_HOST
): Trust {
  const hostname = bare(url.hostname)
  const servername = isIP(hostname) === 0 ? hostname : undefined
  if (isLoopbackHost(hostname)) {
    return {
      options: {
        rejectUnauthorized: false,
        servername,
        secureContext: unverifiedContext()
      },
      caFiles: []
    }
  }
  const certsD = readCertsD(registry ?? url.host, env, host.platform)
  const client = { cert: certsD.cert, key: certsD.key }
  const systemRoots = systemRootsOf(env, host)
  const docker = (): TlsOptions => ({
    servername,
    secureContext: context({
      ca: dockerRoots(certsD.ca, systemRoots()),
      ...client
    })
  })
  if (certsD.ca.length > 0)
    return { options: docker(), caFiles: certsD.caFiles }
  const options: TlsOptions = { servername }
  if (client.cert.length > 0) options.secureContext = context(client)
  // the system's roots are read only for the retry, when it is made
  // (attack-68 A68-04: the OS store can take seconds to read on macOS)
  return {
    options,
    wider: () => (systemRoots() ? docker() : undefined),
    caFiles: []
  }
}

/**
 * Node's roots, `NODE_EXTRA_CA_CERTS` (Node reads it at start-up into its
 * default store, which a `ca` of our own replaces), the system's roots
 * (`systemRootsOf`) and the given CAs.
 */
function dockerRoots(
  extra: readonly string[],
  system: readonly string[] | undefined
): string[] {
  const roots = [...nodeTls().rootCertificates]
  const nodeExtra = process.env.NODE_EXTRA_CA_CERTS
  const nodeExtraPem = nodeExtra ? readText(nodeExtra) : undefined
  if (nodeExtraPem) roots.push(nodeExtraPem)
  return [...roots, ...(system ?? []), ...extra]
}

let unverified: SecureContext | undefined

/**
 * A context without any authority, for loopback where nothing is verified:
 * Node's default one builds its store of roots first (about 20 ms).
 */
function unverifiedContext(): SecureContext {
  unverified ??= nodeTls().createSecureContext({ ca: [] })
  return unverified
}

/** Secure contexts by their content: building one takes tens of ms. */
const contexts = new Map<string, SecureContext>()

function context(options: {
  ca?: string[]
  cert: string[]
  key: string[]
}): SecureContext {
  const id = nodeCrypto()
    .createHash('sha256')
    .update(JSON.stringify([options.ca ?? null, options.cert, options.key]))
    .digest('hex')
  let made = contexts.get(id)
  if (!made) {
    made = nodeTls().createSecureContext({
      // Go takes any certificate of its pool as an anchor, an intermediate
      // in certs.d too (attack-68 A68-02; Node 20.18 and 22.9 on)
      ...(options.ca ? { ca: options.ca, allowPartialTrustChain: true } : {}),
      ...(options.cert.length > 0
        ? { cert: options.cert, key: options.key }
        : {})
    })
    contexts.set(id, made)
  }
  return made
}

// ---------------------------------------------------------- TLS failures

/** Node's (OpenSSL's) certificate verification codes, by kind. */
const TLS_KINDS: Record<string, TlsKind> = {
  UNABLE_TO_GET_ISSUER_CERT: 'unknown-authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown-authority',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown-authority',
  SELF_SIGNED_CERT_IN_CHAIN: 'unknown-authority',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'unknown-authority',
  CERT_UNTRUSTED: 'unknown-authority',
  ERR_TLS_CERT_ALTNAME_INVALID: 'name-mismatch',
  HOSTNAME_MISMATCH: 'name-mismatch',
  // Go's one wording for both: "certificate has expired or is not yet valid"
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'expired',
  UNABLE_TO_GET_CRL: 'other',
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: 'other',
  UNABLE_TO_DECRYPT_CRL_SIGNATURE: 'other',
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: 'other',
  CERT_SIGNATURE_FAILURE: 'other',
  CRL_SIGNATURE_FAILURE: 'other',
  CRL_NOT_YET_VALID: 'other',
  CRL_HAS_EXPIRED: 'other',
  ERROR_IN_CERT_NOT_BEFORE_FIELD: 'other',
  ERROR_IN_CERT_NOT_AFTER_FIELD: 'other',
  ERROR_IN_CRL_LAST_UPDATE_FIELD: 'other',
  ERROR_IN_CRL_NEXT_UPDATE_FIELD: 'other',
  CERT_CHAIN_TOO_LONG: 'other',
  CERT_REVOKED: 'other',
  INVALID_CA: 'other',
  PATH_LENGTH_EXCEEDED: 'other',
  INVALID_PURPOSE: 'other',
  CERT_REJECTED: 'other',
  ERR_TLS_CERT_ALTNAME_FORMAT: 'other'
}

/**
 * The kind of a certificate failure from Node's error code: an authority
 * not trusted (Go: "x509: certificate signed by unknown authority"), a
 * certificate for other names ("x509: certificate is valid for …, not …"),
 * one out of its validity period ("x509: certificate has expired or is not
 * yet valid"), or another certificate problem. Undefined when the code is
 * not a certificate failure (ECONNRESET, EPROTO, …).
 */
export function tlsKind(code: string | undefined): TlsKind | undefined {
  return code !== undefined && Object.hasOwn(TLS_KINDS, code)
    ? TLS_KINDS[code]
    : undefined
}

/**
 * The http:// form of a loopback https URL, as docker tries it: on the
 * port written (`localhost:443` stays on 443), else on 80 (`localhost`).
 */
export function plainUrlOf(written: string): URL {
  const url = new URL(written)
  const port = /^https:\/\/(?:\[[^\]]*\]|[^/?#:@]*)(?::(\d+))?/i.exec(
    written
  )?.[1]
  url.protocol = 'http:'
  if (port !== undefined && port !== '80') url.port = port
  return url
}

/**
 * Whether an https attempt on a loopback host failed because the server
 * does not speak TLS (a plain-HTTP registry): docker then tries http://.
 * Never after a handshake, a certificate failure, a refused connection or a
 * timeout.
 */
export function speaksNoTls(
  code: string | undefined,
  handshakeDone: boolean
): boolean {
  if (handshakeDone || code === undefined) return false
  return (
    code === 'EPROTO' || code === 'ECONNRESET' || code.startsWith('ERR_SSL_')
  )
}

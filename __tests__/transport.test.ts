/**
 * How a request reaches a registry, decided as docker decides it: the
 * proxy (Go's httpproxy.FromEnvironment), loopback, the certs.d roots and
 * the kind of a certificate failure. Pure: no request is made.
 */
import { describe, expect, it } from '@jest/globals'
import {
  CERTS_DIR_ENV,
  certsDirs,
  isLoopbackHost,
  plainUrlOf,
  proxyFor,
  proxyLabel,
  speaksNoTls,
  tlsKind,
  trustFor
} from '../src/transport.js'

const P = 'http://proxy.corp.test:3128'

/** The proxy for a URL under an environment, as a string, or 'direct'. */
function proxied(url: string, env: NodeJS.ProcessEnv): string {
  return proxyFor(new URL(url), env)?.href ?? 'direct'
}

describe('proxyFor: which variable applies, as Go reads them', () => {
  it.each([
    ['takes HTTPS_PROXY for an https URL', 'https://r.test/', { HTTPS_PROXY: P }, `${P}/`],
    ['takes https_proxy when HTTPS_PROXY is unset', 'https://r.test/', { https_proxy: P }, `${P}/`],
    ['takes HTTPS_PROXY before https_proxy', 'https://r.test/', { HTTPS_PROXY: P, https_proxy: 'http://other.test:1' }, `${P}/`],
    ['takes no HTTP_PROXY for an https URL', 'https://r.test/', { HTTP_PROXY: P, http_proxy: P }, 'direct'],
    ['takes HTTP_PROXY for an http URL', 'http://r.test/', { HTTP_PROXY: P }, `${P}/`],
    ['takes http_proxy when HTTP_PROXY is unset', 'http://r.test/', { http_proxy: P }, `${P}/`],
    ['takes no HTTPS_PROXY for an http URL', 'http://r.test/', { HTTPS_PROXY: P }, 'direct'],
    ['takes https_proxy when HTTPS_PROXY is empty', 'https://r.test/', { HTTPS_PROXY: '', https_proxy: P }, `${P}/`],
    ['goes direct when nothing is set', 'https://r.test/', {}, 'direct']
  ])('%s', (_name, url, env, expected) => {
    expect(proxied(url, env)).toBe(expected)
  }) // prettier-ignore

  it.each([
    ['proxy.corp.test:3128', 'http://proxy.corp.test:3128/'],
    ['proxy.corp.test', 'http://proxy.corp.test/'],
    ['10.1.2.3:8080', 'http://10.1.2.3:8080/'],
    ['squid', 'http://squid/'],
    ['https://proxy.corp.test', 'https://proxy.corp.test/'],
    ['socks5://127.0.0.1:1080', 'socks5://127.0.0.1:1080'],
    ['socks5h://127.0.0.1:1080', 'socks5h://127.0.0.1:1080'],
    ['http://user:p%40ss@proxy.corp.test:3128', 'http://user:p%40ss@proxy.corp.test:3128/']
  ])('the value %j is the proxy %j', (value, expected) => {
    expect(proxied('https://r.test/', { HTTPS_PROXY: value })).toBe(expected)
  }) // prettier-ignore

  it.each([
    'https://localhost/',
    'https://localhost:5000/',
    'https://127.0.0.1:5000/',
    'https://127.9.9.9/',
    'https://[::1]:5000/',
    'https://[::ffff:127.0.0.1]/'
  ])('never proxies the loopback URL %s', (url) => {
    expect(proxied(url, { HTTPS_PROXY: P })).toBe('direct')
  })

  it.each(['https://[::2]/', 'https://10.0.0.1/', 'https://localhost.test/'])(
    'proxies %s, which is not loopback',
    (url) => {
      expect(proxied(url, { HTTPS_PROXY: P })).toBe(`${P}/`)
    }
  )
})

describe('proxyFor: NO_PROXY, as Go matches it', () => {
  const NO_PROXY =
    ' Corp.Test, .apps.test, *.wild.test, registry.port.test:5000, ' +
    '10.20.0.0/16, 10.30.0.7, 10.30.0.8:443, 2001:db8::/32, ' +
    '[2002:db8::7]:443, :1, bücher.test'
  it.each([
    ['corp.test', 'https://corp.test/', 'direct'],
    ['a subdomain of corp.test', 'https://registry.corp.test/', 'direct'],
    ['a name that only ends in corp.test', 'https://mycorp.test/', 'proxy'],
    ['apps.test itself (leading dot: subdomains only)', 'https://apps.test/', 'proxy'],
    ['a subdomain of .apps.test', 'https://r.apps.test/', 'direct'],
    ['wild.test itself (*.: subdomains only)', 'https://wild.test/', 'proxy'],
    ['a subdomain of *.wild.test', 'https://r.wild.test/', 'direct'],
    ['the port the entry names', 'https://registry.port.test:5000/', 'direct'],
    ['another port', 'https://registry.port.test/', 'proxy'],
    ['an address in the CIDR block', 'https://10.20.3.4/', 'direct'],
    ['an address outside it', 'https://10.21.0.1/', 'proxy'],
    ['the exact address', 'https://10.30.0.7:5000/', 'direct'],
    ['the address on its default port', 'https://10.30.0.8/', 'direct'],
    ['the address on another port', 'https://10.30.0.8:5000/', 'proxy'],
    ['an IPv6 address in the block', 'https://[2001:db8::1]/', 'direct'],
    ['the IPv6 address with its port', 'https://[2002:db8::7]/', 'direct'],
    ['another IPv6 address', 'https://[2002:db8::8]/', 'proxy'],
    ['an internationalised name', 'https://www.bücher.test/', 'direct']
  ])('%s: %s goes %s', (_name, url, expected) => {
    const got = proxied(url, { HTTPS_PROXY: P, NO_PROXY })
    expect(got === 'direct' ? 'direct' : 'proxy').toBe(expected)
  }) // prettier-ignore

  it('exempts every host with *', () => {
    expect(proxied('https://r.test/', { HTTPS_PROXY: P, NO_PROXY: '*' })).toBe(
      'direct'
    )
  })

  it('reads no_proxy when NO_PROXY is unset, and NO_PROXY first', () => {
    expect(
      proxied('https://r.test/', { HTTPS_PROXY: P, no_proxy: 'r.test' })
    ).toBe('direct')
    expect(
      proxied('https://r.test/', {
        HTTPS_PROXY: P,
        NO_PROXY: 'other.test',
        no_proxy: 'r.test'
      })
    ).toBe(`${P}/`)
  })
})

describe('proxyLabel', () => {
  it.each([
    ['http://alice:s3cret@proxy.corp.test:3128/', 'http://proxy.corp.test:3128'],
    ['https://proxy.corp.test/some/path', 'https://proxy.corp.test'],
    ['http://[::1]:3128', 'http://[::1]:3128']
  ])('shows %j as %j, never its credentials', (url, label) => {
    expect(proxyLabel(new URL(url))).toBe(label)
  }) // prettier-ignore
})

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['[::ffff:7f00:1]', true],
    ['localhost.test', false],
    ['10.0.0.1', false],
    ['::2', false],
    ['ghcr.io', false]
  ])('%j is this machine: %j', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})

describe('plainUrlOf: the http:// form docker tries after https:// on loopback', () => {
  it.each([
    ['https://localhost:5000/v2/', 'http://localhost:5000/v2/'],
    ['https://localhost/v2/', 'http://localhost/v2/'],
    ['https://localhost:443/v2/', 'http://localhost:443/v2/'],
    ['https://127.0.0.1:8080/token?x=1', 'http://127.0.0.1:8080/token?x=1'],
    ['https://[::1]:5000/v2/', 'http://[::1]:5000/v2/']
  ])('%s → %s', (url, expected) => {
    expect(plainUrlOf(url).href).toBe(expected)
  })
})

describe('certsDirs: where docker reads the certificates of a registry', () => {
  it('reads /etc/docker/certs.d, then a rootless daemon one under XDG_CONFIG_HOME', () => {
    expect(certsDirs({ XDG_CONFIG_HOME: '/x', HOME: '/home/u' })).toEqual([
      '/etc/docker/certs.d',
      '/x/docker/certs.d'
    ])
  })

  it('takes ~/.config when XDG_CONFIG_HOME is unset', () => {
    expect(certsDirs({ HOME: '/home/u' })).toEqual([
      '/etc/docker/certs.d',
      '/home/u/.config/docker/certs.d'
    ])
  })

  it("Windows: the daemon's %ProgramData%\\docker\\certs.d; macOS: Docker Desktop's ~/.docker/certs.d", () => {
    expect(certsDirs({ ProgramData: 'D:\\ProgramData' }, 'win32')).toEqual(['D:\\ProgramData\\docker\\certs.d'])
    expect(certsDirs({}, 'win32')).toEqual(['C:\\ProgramData\\docker\\certs.d'])
    expect(certsDirs({ HOME: '/Users/u' }, 'darwin')).toEqual(['/Users/u/.docker/certs.d'])
    expect(certsDirs({ [CERTS_DIR_ENV]: '/t/certs.d' }, 'win32')).toEqual(['/t/certs.d'])
  }) // prettier-ignore

  it(`reads only ${CERTS_DIR_ENV} when it is set`, () => {
    expect(certsDirs({ [CERTS_DIR_ENV]: '/t/certs.d', HOME: '/h' })).toEqual([
      '/t/certs.d'
    ])
  })
})

// attack-68 A68-04: the OS store can take seconds to read on macOS
describe('trustFor: the OS store is read only for the retry', () => {
  it('reads no store for the first try, once when the wider try is made', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      let reads = 0
      const host = { platform, osRoots: () => { reads++; return undefined } }
      const trust = trustFor(new URL('https://registry.example.com/v2/'), undefined, { [CERTS_DIR_ENV]: '/nonexistent' }, host)
      expect([platform, reads]).toEqual([platform, 0])
      // no store Node can read: nothing wider to try
      expect(trust.wider?.()).toBeUndefined()
      expect([platform, reads]).toEqual([platform, 1])
      // a store: read once for the retry and the context it makes
      let held = 0
      const withStore = { platform, osRoots: () => { held++; return [] as string[] } }
      trustFor(new URL('https://registry.example.com/v2/'), undefined, { [CERTS_DIR_ENV]: '/nonexistent' }, withStore).wider?.()
      expect([platform, held]).toEqual([platform, 1])
    }
  }) // prettier-ignore
})

describe('tlsKind', () => {
  it.each([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unknown-authority'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unknown-authority'],
    ['UNABLE_TO_GET_ISSUER_CERT', 'unknown-authority'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'unknown-authority'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'unknown-authority'],
    ['CERT_UNTRUSTED', 'unknown-authority'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'name-mismatch'],
    ['HOSTNAME_MISMATCH', 'name-mismatch'],
    ['CERT_HAS_EXPIRED', 'expired'],
    ['CERT_NOT_YET_VALID', 'expired'],
    ['CERT_REVOKED', 'other'],
    ['CERT_SIGNATURE_FAILURE', 'other'],
    ['INVALID_CA', 'other'],
    ['INVALID_PURPOSE', 'other'],
    ['ERR_TLS_CERT_ALTNAME_FORMAT', 'other'],
    ['ECONNRESET', undefined],
    ['EPROTO', undefined],
    ['ERR_SSL_WRONG_VERSION_NUMBER', undefined],
    ['ETIMEDOUT', undefined],
    ['constructor', undefined],
    [undefined, undefined]
  ])('%j is %j', (code, kind) => {
    expect(tlsKind(code)).toBe(kind)
  })
})

describe('speaksNoTls: when docker tries http:// after https://', () => {
  it.each([
    ['EPROTO', false, true],
    ['ERR_SSL_WRONG_VERSION_NUMBER', false, true],
    ['ECONNRESET', false, true],
    ['ECONNRESET', true, false],
    ['ECONNREFUSED', false, false],
    ['ETIMEDOUT', false, false],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', false, false],
    [undefined, false, false]
  ])(
    '%j (handshake done: %j) means a server without TLS: %j',
    (code, handshake, expected) => {
      expect(speaksNoTls(code, handshake)).toBe(expected)
    }
  )
})

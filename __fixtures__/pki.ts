/**
 * Test certificates, made with the openssl command line (Node signs no
 * certificates): a test CA, another CA, and leaf certificates for names,
 * also expired or self-signed ones. EC keys: fast to make.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A certificate and its key, PEM, and where they are on disk. */
export interface KeyPair {
  cert: string
  key: string
  certPath: string
  keyPath: string
}

/** What a leaf certificate is made with. */
export interface LeafOptions {
  /** subjectAltName entries, such as `DNS:registry.test` or `IP:127.0.0.1` */
  names: string[]
  /** the issuing CA (default: the test CA); none makes it self-signed */
  issuer?: KeyPair | null
  /** days of validity; negative makes a certificate that has expired */
  days?: number
  /** a client certificate (extendedKeyUsage clientAuth) */
  client?: boolean
}

export interface Pki {
  dir: string
  /** the test CA that signs the leaves by default */
  ca: KeyPair
  /** a CA nobody trusts */
  otherCa: KeyPair
  leaf(label: string, options: LeafOptions): KeyPair
  /** an intermediate CA, signed by the test CA */
  intermediate(label: string): KeyPair
  remove(): void
}

const CURVE = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']

export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-pki-'))
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' })
  }
  const pair = (label: string): KeyPair => {
    const certPath = join(dir, `${label}.crt`)
    const keyPath = join(dir, `${label}.key`)
    return {
      cert: readFileSync(certPath, 'utf8'),
      key: readFileSync(keyPath, 'utf8'),
      certPath,
      keyPath
    }
  }
  const makeCa = (label: string): KeyPair => {
    openssl(
      'req', '-x509', ...CURVE, '-nodes', '-days', '2',
      '-keyout', `${label}.key`, '-out', `${label}.crt`,
      '-subj', `/CN=docker-login-preflight ${label}`,
      '-addext', 'basicConstraints=critical,CA:TRUE',
      '-addext', 'keyUsage=critical,keyCertSign,cRLSign'
    ) // prettier-ignore
    return pair(label)
  }
  const ca = makeCa('test-ca')
  const otherCa = makeCa('other-ca')
  return {
    dir,
    ca,
    otherCa,
    leaf(label, options) {
      const issuer = options.issuer === undefined ? ca : options.issuer
      const cn = options.names[0].replace(/^[A-Z]+:/, '')
      const ext = [
        `subjectAltName=${options.names.join(',')}`,
        'basicConstraints=CA:FALSE',
        `extendedKeyUsage=${options.client ? 'clientAuth' : 'serverAuth'}`
      ]
      writeFileSync(join(dir, `${label}.ext`), `${ext.join('\n')}\n`)
      const days = String(options.days ?? 2)
      if (issuer === null) {
        openssl(
          'req', '-x509', ...CURVE, '-nodes', '-days', days,
          '-keyout', `${label}.key`, '-out', `${label}.crt`,
          '-subj', `/CN=${cn}`, '-addext', ext[0]
        ) // prettier-ignore
        return pair(label)
      }
      openssl(
        'req', '-new', ...CURVE, '-nodes', '-keyout', `${label}.key`,
        '-out', `${label}.csr`, '-subj', `/CN=${cn}`
      ) // prettier-ignore
      openssl(
        'x509', '-req', '-in', `${label}.csr`, '-CA', issuer.certPath,
        '-CAkey', issuer.keyPath, '-CAcreateserial', '-days', days,
        '-out', `${label}.crt`, '-extfile', `${label}.ext`
      ) // prettier-ignore
      return pair(label)
    },
    intermediate(label) {
      writeFileSync(
        join(dir, `${label}.ext`),
        'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n'
      )
      openssl(
        'req', '-new', ...CURVE, '-nodes', '-keyout', `${label}.key`,
        '-out', `${label}.csr`, '-subj', `/CN=docker-login-preflight ${label}`
      ) // prettier-ignore
      openssl(
        'x509', '-req', '-in', `${label}.csr`, '-CA', ca.certPath,
        '-CAkey', ca.keyPath, '-CAcreateserial', '-days', '2',
        '-out', `${label}.crt`, '-extfile', `${label}.ext`
      ) // prettier-ignore
      return pair(label)
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

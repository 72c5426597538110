/**
 * JSON Web Tokens as the emulator hands them out: `header.payload.signature`,
 * each part base64url. Docker Hub signs its registry tokens with RS256 and a
 * certificate chain in the header; clients such as the docker CLI and the
 * preflight only decode the payload, so an HMAC-SHA256 signature with a key
 * that never leaves the emulator is enough to tell its own tokens from forged
 * or foreign ones. No client verifies Hub's signature: the token spec makes
 * the token "an opaque `Bearer` token" that "should not be attempted to be
 * parsed or understood by the client" (docs/docker-hub.md §9 (k):
 * distribution/distribution docs/content/spec/auth/token.md, oauth.md).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** The JOSE header of every token the emulator signs. */
export interface JwtHeader {
  alg: 'HS256'
  typ: 'JWT'
  kid: string
}

/** The key id the emulator puts in its tokens' headers. */
export const EMULATOR_KEY_ID = 'docker-hub-emulator'

function encodePart(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function signature(signingInput: string, key: Buffer): Buffer {
  return createHmac('sha256', key).update(signingInput).digest()
}

/** Signs `payload` with HS256 into a compact JWT. */
export function signJwt(payload: object, key: Buffer): string {
  const header: JwtHeader = { alg: 'HS256', typ: 'JWT', kid: EMULATOR_KEY_ID }
  const signingInput = `${encodePart(header)}.${encodePart(payload)}`
  return `${signingInput}.${signature(signingInput, key).toString('base64url')}`
}

/**
 * The payload of a compact JWT, without checking its signature, or undefined
 * when `token` is not three base64url parts with a JSON object in the middle.
 */
export function decodeJwtPayload(token: string): unknown {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(parts[1], 'base64url').toString('utf8')
    )
    return typeof payload === 'object' && payload !== null ? payload : undefined
  } catch {
    return undefined
  }
}

/**
 * The payload of a JWT the emulator signed with `key`, or undefined when the
 * signature does not match (a forged, foreign or garbled token). Expiry is
 * the caller's business: the payload shapes differ.
 */
export function verifyJwt(token: string, key: Buffer): unknown {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const expected = signature(`${parts[0]}.${parts[1]}`, key)
  const given = Buffer.from(parts[2], 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return undefined
  }
  return decodeJwtPayload(token)
}

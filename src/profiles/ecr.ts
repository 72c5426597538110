/**
 * Amazon ECR, private (`<account>.dkr.ecr.<region>.amazonaws.com`) and
 * public (`public.ecr.aws`) (docs/registries.md §5): Basic authentication
 * with user `AWS` and a 12-hour token, or AWS access keys exchanged for one
 * (src/aws.ts), as docker/login-action does.
 */
import { CLOCK_SKEW_MS, expiredDetail } from './common.js'
import type { Profile } from './types.js'

/** A private ECR registry's host (docker/login-action's pattern, and FIPS). */
export const ECR_HOST =
  /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-z0-9-]+)\.(amazonaws\.com(\.cn)?|amazonaws\.eu|on\.aws)$/
/** ECR Public's hosts. */
export const ECR_PUBLIC_HOSTS = ['public.ecr.aws', 'ecr-public.aws.com']
/** An AWS access key id: long-term `AKIA…`, temporary `ASIA…`. */
const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/

/**
 * When an ECR token's password half expires: it is base64 of a JSON object
 * `{"payload":…,"datakey":…,"version":"2","type":"DATA_KEY","expiration":<s>}`
 * (docs/registries.md §5 (b), undocumented: a hint only). Undefined when it
 * does not read so.
 */
export function ecrTokenExpiry(password: string): number | undefined {
  if (password.length > 16 * 1024 || !/^[A-Za-z0-9+/=]+$/.test(password)) {
    return undefined
  }
  try {
    const json = JSON.parse(Buffer.from(password, 'base64').toString('utf8'))
    const expiration = json?.expiration
    return typeof json?.payload === 'string' &&
      typeof expiration === 'number' &&
      Number.isFinite(expiration)
      ? expiration * 1000
      : undefined
  } catch {
    return undefined
  }
}

/** Amazon ECR. */
export const ECR: Profile = {
  id: 'ecr',
  name: 'Amazon ECR',
  recognise: { hosts: ECR_PUBLIC_HOSTS, hostPatterns: [ECR_HOST] },
  credentials: [
    {
      kind: 'ecr-token',
      test: (_value, username) => username === 'AWS',
      isToken: false,
      check: (password, _username, now) => {
        const expiry = ecrTokenExpiry(password)
        // a clock running ahead must not refuse a token still good
        if (expiry === undefined || expiry + CLOCK_SKEW_MS > now) {
          return undefined
        }
        return {
          problem: 'token-expired',
          diagnosis: 'token-expired',
          detail: expiredDetail(expiry, now),
          byClock: true
        }
      }
    },
    {
      kind: 'aws-access-key',
      test: (_value, username) => ACCESS_KEY_ID.test(username),
      isToken: false
    }
  ],
  // docs/registries.md §0 (the challenges), §13tt (f): a private registry
  // answers every request with Basic; the credential goes to /v2/ at once
  challenge: (host) =>
    ECR_HOST.test(host)
      ? {
          realm: `https://${host}/`,
          service: 'ecr.amazonaws.com',
          scheme: 'basic'
        }
      : undefined,
  texts: () => import('./texts/ecr.js').then((m) => m.REMEDIATION)
}

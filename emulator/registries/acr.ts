/**
 * Azure Container Registry as its documentation and users show it
 * (docs/registries.md §7): a token service at `/oauth2/token` taking Basic
 * authentication and answering `{"access_token": "<JWT>"}` whose `access`
 * claim holds what was granted (the intersection of what was asked and
 * what the identity's role allows), and the refusals of the troubleshooting
 * page and of users' reports. The accounts are fake test data.
 */
import type { Answer, RegistryAccount, RegistrySpec } from './engine.js'
import { errors } from './ghcr.js'

/** The registry's name, as its admin user is called. */
export const ACR_NAME = 'acmeci'
/** Its login server. */
export const ACR_HOST = `${ACR_NAME}.azurecr.io`

/** ACR's answers, by what they mean. */
export const ACR_ANSWERS = {
  // no credential, and a wrong admin password or token password
  unauthorized: {
    status: 401,
    body: errors('UNAUTHORIZED', 'authentication required'),
    source:
      'Azure/acr docs/Token-BasicAuth.md (the challenge and its body); learn.microsoft.com "Troubleshoot registry login"; MicrosoftDocs/azure-docs#17220'
  },
  // a service principal's wrong or expired client secret
  badSecret: {
    status: 401,
    body: errors('UNAUTHORIZED', 'Invalid clientid or client secret.'),
    source:
      'Azure/docker-login#46 (the status is inferred from the code: no posted answer shows it, docs/registries.md §14 (f))'
  },
  // an application ID the tenant does not know
  unknownApplication: {
    status: 401,
    body: errors('UNAUTHORIZED', 'Application not registered with AAD.'),
    source:
      'learn.microsoft.com "Troubleshoot registry login"; MicrosoftDocs/azure-docs#84204, Azure/acr#366, Azure/azure-cli#21083 (the status is inferred from the code: no posted answer shows it, docs/registries.md §14 (f))'
  },
  // the registry's network rules refuse the runner's address
  firewall: {
    status: 403,
    body: errors(
      'DENIED',
      "client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."
    ),
    source:
      'docker/build-push-action#1214, Azure/acr#633; 403: learn.microsoft.com "Troubleshoot registry login" (login attempt failed with status: 403 Forbidden)'
  },
  // a push the token does not grant
  uploadDenied: {
    status: 401,
    body: errors('UNAUTHORIZED', 'authentication required'),
    source:
      'distribution UNAUTHORIZED (docs/registries.md §0); ACR tokens are JWTs, so the preflight reads push from their access claim and never uploads'
  },
  cancel: {
    status: 204,
    body: '',
    source: 'opencontainers/distribution-spec end-14 (docs/registries.md §11)'
  }
} satisfies Record<string, Answer>

/** A compact JWT with these claims, unsigned (fake test data). */
export function fakeJwt(claims: object): string {
  const part = (value: object): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${'c2lnbmF0dXJl'.repeat(4)}`
}

/**
 * An ACR token as `az acr login --expose-token` prints it: a JWT whose
 * `exp` comes about three hours after `iat` (MicrosoftDocs/azure-docs#96828).
 */
export function acrToken(issuedAt: number, hours = 3.25): string {
  const iat = Math.floor(issuedAt / 1000)
  return fakeJwt({
    jti: '0a14ceb8-2796-48f2-a0d6-fe2117507144',
    sub: 'ci@example.com',
    nbf: iat,
    exp: iat + Math.round(hours * 3600),
    iat,
    iss: 'Azure Container Registry',
    aud: ACR_HOST,
    version: '1.0',
    grant_type: 'refresh_token',
    permissions: { Actions: ['read', 'write'], NotActions: null },
    roles: []
  })
}

const guid = (digit: string): string =>
  `${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${digit.repeat(12)}`

const secret = (mark: string): string =>
  `${mark}8Q~${'k3Vw_pZ7.xN2'.repeat(3)}`.slice(0, 40)

const all = { '*': ['pull', 'push'] } as const
const pullOnly = { '*': ['pull'] } as const

/** The accounts: who may push where, and how ACR says no. */
export const ACR_ACCOUNTS = {
  /** a service principal with AcrPush */
  spPush: {
    username: guid('a'),
    secret: secret('P'),
    grants: all
  },
  /** a service principal with AcrPull only */
  spPull: {
    username: guid('b'),
    secret: secret('R'),
    grants: pullOnly
  },
  /** a service principal whose client secret expired */
  spExpiredSecret: {
    username: guid('c'),
    secret: secret('X'),
    grants: {},
    refusal: ACR_ANSWERS.badSecret
  },
  /** an application ID the registry's tenant does not know */
  spUnknown: {
    username: guid('d'),
    secret: secret('U'),
    grants: {},
    refusal: ACR_ANSWERS.unknownApplication
  },
  /** the admin user, enabled */
  admin: {
    username: ACR_NAME,
    secret: 'Zq9Vn2Lr8Tx5Bw1Mc4Hs7Jd0Kf3Gp6Ay',
    grants: all
  },
  /** the admin user while it is disabled (the default) */
  adminDisabled: {
    username: ACR_NAME,
    secret: 'Yp8Um1Kq7Sw4Av0Lb3Gr6Ic9Je2Fo5Zx',
    grants: {},
    refusal: ACR_ANSWERS.unauthorized
  },
  /** an ACR token from az acr login --expose-token, fresh */
  entraToken: {
    username: '00000000-0000-0000-0000-000000000000',
    secret: acrToken(Date.now()),
    grants: all
  },
  /** a repository-scoped token whose scope map writes team/app only */
  scopedToken: {
    username: 'ci-push',
    secret: 'Tn4Wq8Ez1Rb5Yc9Ux2Io6Pa3Sd7Fg0Hj',
    grants: { 'team/app': ['pull', 'push'] }
  },
  /** any credential, from a runner the network rules do not allow */
  firewalled: {
    username: guid('e'),
    secret: secret('F'),
    grants: all,
    refusal: ACR_ANSWERS.firewall
  }
} satisfies Record<string, RegistryAccount>

/** Azure Container Registry's registry. */
export const ACR_SPEC: RegistrySpec = {
  family: 'acr',
  auth: 'bearer',
  realmPath: '/oauth2/token',
  service: () => ACR_HOST,
  // {"access_token": "eyJ…"} and nothing else (Azure/acr
  // docs/Token-BasicAuth.md; docs/registries.md §14 (c)); the JWT's
  // lifetime is not sourced (300 s) [I]; the upload's 202 and the 404 of
  // a path it has no route for are distribution's (§14 (a), (b)) [I]
  tokens: { format: 'jwt', fields: ['access_token'] },
  answers: {
    unauthorized: ACR_ANSWERS.unauthorized,
    badCredentials: ACR_ANSWERS.unauthorized,
    uploadDenied: ACR_ANSWERS.uploadDenied,
    cancel: ACR_ANSWERS.cancel
  },
  accounts: Object.values(ACR_ACCOUNTS)
}

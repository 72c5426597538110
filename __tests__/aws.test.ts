/**
 * Amazon ECR in process: when AWS access keys are exchanged for an ECR
 * token (exchangePlan, as docker/login-action decides, and where this
 * action differs), the exchange through the AWS SDK against the ECR API
 * emulator (signatures verified), every secret masked before it is used,
 * what the judge makes of AWS's answers, and the offline check of an ECR
 * token's own expiry.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import fc from 'fast-check'
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startProxy } from '../__fixtures__/proxy.js'
import {
  startFamilyRegistry,
  type FamilyRegistry
} from '../emulator/registries/engine.js'
import {
  API_KEYS,
  ECR_API_HOST,
  ECR_HOST_NAME,
  ECR_LOGINS,
  ECR_PUBLIC_API_HOST,
  ECR_SPEC,
  ecrToken,
  startEcrApi,
  type EcrApi
} from '../emulator/registries/ecr.js'
import {
  exchangeKeys,
  exchangePlan,
  keysFor,
  keysLeftUnexchanged,
  type ExchangePlan
} from '../src/aws.js'
import { DIAGNOSIS_IDS } from '../src/diagnosis.js'
import type { DockerCli } from '../src/docker.js'
import type { CredentialExchange, Evidence } from '../src/evidence.js'
import { InputError } from '../src/errors.js'
import { gather, type GatherOptions } from '../src/gather.js'
import { analyzeInputs } from '../src/input-analysis.js'
import { CLOCK_SKEW_MS } from '../src/profiles/common.js'
import type { EcrMode } from '../src/inputs.js'
import { judge, judgeText } from '../src/judge.js'
import { ECR, ecrTokenExpiry } from '../src/profiles/ecr.js'
import { Secrets } from '../src/redact.js'
import { errorLine, remediationFor } from '../src/remediation.js'

let api: EcrApi
let registry: FamilyRegistry
beforeAll(async () => {
  api = await startEcrApi()
  registry = await startFamilyRegistry(ECR_SPEC)
})
afterEach(() => {
  api.reset()
  registry.reset()
})
afterAll(async () => {
  await api.close()
  await registry.close()
})

const PUBLIC = 'public.ecr.aws'
const target = (host: string) => ({ host })

// ---------------------------------------------------------------------------
// When keys are exchanged

describe('exchangePlan: when AWS keys are exchanged, as docker/login-action decides', () => {
  const KEY = API_KEYS.pusher.accessKeyId
  const plan = (
    host: string,
    username: string,
    password: string,
    mode: EcrMode = 'auto',
    env: NodeJS.ProcessEnv = {}
  ) => exchangePlan(target(host), username, password, mode, env)

  it("an ECR host with access keys: ECR in the host's region, for the host's account", () => {
    expect(plan(ECR_HOST_NAME, KEY, 'secret')).toEqual({
      service: 'ecr',
      region: 'us-east-1',
      fips: false,
      registryIds: ['123456789012'],
      otherAccounts: [],
      keys: 'inputs',
      apiHost: ECR_API_HOST
    })
  })

  it("both inputs empty: the keys are the environment's (configure-aws-credentials)", () => {
    expect(plan(ECR_HOST_NAME, '', '  ')?.keys).toBe('environment')
  })

  it('user AWS: the password is an ECR token, logged in with as it is', () => {
    expect(plan(ECR_HOST_NAME, 'AWS', ECR_LOGINS.pusher.secret)).toBeUndefined()
    expect(plan(ECR_HOST_NAME, ' AWS ', 'x', 'true')).toBeUndefined()
  })

  it('one input empty: no exchange (the input analysis names the empty one)', () => {
    expect(plan(ECR_HOST_NAME, KEY, '')).toBeUndefined()
    expect(plan(ECR_HOST_NAME, '', 'secret')).toBeUndefined()
  })

  it('any username but AWS is taken for an access key id, as login-action does', () => {
    expect(plan(ECR_HOST_NAME, 'ci-user', 'secret')?.keys).toBe('inputs')
  })

  it.each([
    ['keys in the inputs', KEY, 'secret', {}, true],
    ['user AWS: a token, meant to go as it is', 'AWS', 'token', {}, false],
    ['both empty, keys in the environment', '', '', { AWS_ACCESS_KEY_ID: KEY }, true],
    ['both empty, a web identity', '', '', { AWS_ROLE_ARN: 'arn:aws:iam::1:role/r', AWS_WEB_IDENTITY_TOKEN_FILE: '/t' }, true],
    ['both empty, nothing in the environment', '', '', {}, false],
    ['one empty: the input analysis names it', KEY, '', { AWS_ACCESS_KEY_ID: KEY }, false]
  ] as const)('ecr: false on ECR, %s: keysLeftUnexchanged %s', (_name, username, password, env, left) => {
    expect(keysLeftUnexchanged({ profile: 'ecr' }, username, password, 'false', env)).toBe(left)
    // auto, true, or another registry: never
    expect(keysLeftUnexchanged({ profile: 'ecr' }, username, password, 'auto', env)).toBe(false)
    expect(keysLeftUnexchanged({ profile: 'ghcr' }, username, password, 'false', env)).toBe(false)
  }) // prettier-ignore

  it('ecr: false never exchanges; auto on another registry neither', () => {
    expect(plan(ECR_HOST_NAME, KEY, 'secret', 'false')).toBeUndefined()
    expect(plan('ghcr.io', KEY, 'secret')).toBeUndefined()
    expect(plan('registry.example.com:5000', '', '')).toBeUndefined()
  })

  it('ecr: true on another host: the region from AWS_REGION (or AWS_DEFAULT_REGION)', () => {
    expect(
      plan('ecr-proxy.example.com', KEY, 's', 'true', {
        AWS_DEFAULT_REGION: 'eu-west-1'
      })
    ).toMatchObject({
      service: 'ecr',
      region: 'eu-west-1',
      registryIds: [],
      apiHost: 'api.ecr.eu-west-1.amazonaws.com'
    })
    expect(() => plan('ecr-proxy.example.com', KEY, 's', 'true')).toThrow(
      InputError
    )
  })

  it('ECR Public: always us-east-1 (its only token service), no account', () => {
    for (const host of [PUBLIC, 'ecr-public.aws.com']) {
      expect(
        plan(host, KEY, 'secret', 'auto', { AWS_REGION: 'eu-west-1' })
      ).toEqual({
        service: 'ecr-public',
        region: 'us-east-1',
        fips: false,
        registryIds: [],
        otherAccounts: [],
        keys: 'inputs',
        apiHost: ECR_PUBLIC_API_HOST
      })
    }
  })

  it("AWS_ACCOUNT_IDS adds accounts after the host's, once each", () => {
    expect(
      plan(ECR_HOST_NAME, KEY, 's', 'auto', {
        AWS_ACCOUNT_IDS: '210987654321, 123456789012,,012345678910'
      })
    ).toMatchObject({
      registryIds: ['123456789012', '210987654321', '012345678910'],
      // their registries are logged in to as well; the host's is the login
      otherAccounts: ['210987654321', '012345678910']
    })
  })

  it('AWS_ACCOUNT_IDS logs in to other registries on an ECR host only, as login-action', () => {
    const env = { AWS_ACCOUNT_IDS: '210987654321', AWS_REGION: 'eu-west-1' }
    expect(plan('ecr-proxy.example.com', KEY, 's', 'true', env)).toMatchObject({
      registryIds: ['210987654321'],
      otherAccounts: []
    })
    expect(plan(PUBLIC, KEY, 's', 'auto', env)).toMatchObject({ registryIds: [], otherAccounts: [] })
  }) // prettier-ignore

  it.each([
    ['123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', 'ecr-fips.us-gov-west-1.amazonaws.com', true],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', 'api.ecr.cn-north-1.amazonaws.com.cn', false],
    ['123456789012.dkr-ecr.eu-west-1.on.aws', 'api.ecr.eu-west-1.amazonaws.com', false],
    ['123456789012.dkr.ecr.eusc-de-east-1.amazonaws.eu', 'api.ecr.eusc-de-east-1.amazonaws.eu', false],
    [`${ECR_HOST_NAME}:443`, ECR_API_HOST, false]
  ])('%s: its API at %s', (host, apiHost, fips) => {
    expect(plan(host, KEY, 's')).toMatchObject({ apiHost, fips })
  }) // prettier-ignore
})

describe('keysFor: which keys sign', () => {
  const base: ExchangePlan = {
    service: 'ecr',
    region: 'us-east-1',
    fips: false,
    registryIds: [],
    otherAccounts: [],
    keys: 'inputs',
    apiHost: ECR_API_HOST
  }
  const session = API_KEYS.session

  it('the inputs, with the session token of the same temporary key from the environment', () => {
    expect(
      keysFor(base, session.accessKeyId, session.secretAccessKey, {
        AWS_ACCESS_KEY_ID: session.accessKeyId,
        AWS_SESSION_TOKEN: session.sessionToken
      })
    ).toEqual({
      accessKeyId: session.accessKeyId,
      secretAccessKey: session.secretAccessKey,
      sessionToken: session.sessionToken
    })
    // another key's session token is not taken
    expect(
      keysFor(base, 'AKIAOTHER', 'x', {
        AWS_ACCESS_KEY_ID: session.accessKeyId,
        AWS_SESSION_TOKEN: session.sessionToken
      })
    ).toEqual({ accessKeyId: 'AKIAOTHER', secretAccessKey: 'x' })
  })

  it("the environment's AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as the SDK reads them", () => {
    const env = {
      AWS_ACCESS_KEY_ID: session.accessKeyId,
      AWS_SECRET_ACCESS_KEY: session.secretAccessKey,
      AWS_SESSION_TOKEN: session.sessionToken
    }
    const plan = { ...base, keys: 'environment' as const }
    expect(keysFor(plan, '', '', env)).toEqual({
      accessKeyId: session.accessKeyId,
      secretAccessKey: session.secretAccessKey,
      sessionToken: session.sessionToken
    })
    // AWS_PROFILE wins in the SDK's chain; no keys: the SDK's other sources
    expect(keysFor(plan, '', '', { ...env, AWS_PROFILE: 'ci' })).toBeUndefined()
    expect(keysFor(plan, '', '', {})).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------
// The exchange

/** A plan for the emulator's registry, its API named by the endpoints. */
function planFor(
  service: 'ecr' | 'ecr-public' = 'ecr',
  keys: 'inputs' | 'environment' = 'inputs'
): ExchangePlan {
  return exchangePlan(
    target(service === 'ecr' ? ECR_HOST_NAME : PUBLIC),
    keys === 'inputs' ? 'AKIAX' : '',
    keys === 'inputs' ? 'x' : '',
    'auto',
    {}
  ) as ExchangePlan
}

function policy(apiUrl = api.url, secrets = new Secrets()) {
  return {
    retries: 0,
    timeoutMs: 5000,
    deadline: Date.now() + 15_000,
    secrets,
    env: {},
    endpoints: new Map([
      [ECR_API_HOST, apiUrl],
      [ECR_PUBLIC_API_HOST, apiUrl]
    ])
  }
}

describe('exchangeKeys: GetAuthorizationToken through the AWS SDK', () => {
  const keysOf = (k: {
    accessKeyId: string
    secretAccessKey: string
    sessionToken?: string
  }) => ({
    accessKeyId: k.accessKeyId,
    secretAccessKey: k.secretAccessKey,
    ...(k.sessionToken ? { sessionToken: k.sessionToken } : {})
  })

  it('returns AWS and the token, masked as it arrived; the evidence holds no secret', async () => {
    const masked: string[] = []
    const secrets = new Secrets((value) => masked.push(value))
    const keys = keysOf(API_KEYS.pusher)
    const result = await exchangeKeys(planFor(), keys, policy(api.url, secrets), secrets)
    expect(result.credential).toEqual({
      username: 'AWS',
      password: ECR_LOGINS.pusher.secret
    })
    expect(masked).toContain(ECR_LOGINS.pusher.secret)
    expect(masked).toContain(keys.secretAccessKey)
    expect(result.evidence).toMatchObject({
      service: 'ecr',
      region: 'us-east-1',
      keys: 'inputs',
      keyKind: 'long-term',
      sessionToken: false,
      registryIds: ['123456789012'],
      result: 'token',
      proxyEndpoint: `https://${ECR_HOST_NAME}`
    })
    expect(Date.parse(result.evidence.expiresAt ?? '') - Date.now()).toBeGreaterThan(11 * 3600 * 1000)
    expect(result.evidence.exchange).toMatchObject({
      step: 'aws-token',
      method: 'POST',
      url: `${api.url}/`,
      status: 200,
      attempts: 1
    })
    // no token, key or signature in the evidence
    const said = JSON.stringify(result.evidence)
    for (const secret of [ECR_LOGINS.pusher.secret, keys.secretAccessKey]) {
      expect(secrets.redact(said)).toBe(said)
      expect(said).not.toContain(secret)
    }
    expect(said).not.toContain(Buffer.from(`AWS:${ECR_LOGINS.pusher.secret}`).toString('base64'))
    expect(api.requests).toEqual([
      {
        target: 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
        accessKeyId: keys.accessKeyId,
        scope: 'ecr/us-east-1',
        status: 200
      }
    ])
  }) // prettier-ignore

  it('ECR Public: its own API and signing name', async () => {
    const secrets = new Secrets()
    const result = await exchangeKeys(planFor('ecr-public'), keysOf(API_KEYS.pusher), policy(api.url, secrets), secrets)
    expect(result.credential?.username).toBe('AWS')
    expect(result.evidence).toMatchObject({ service: 'ecr-public', result: 'token' })
    expect(result.evidence.proxyEndpoint).toBeUndefined()
    expect(api.requests.map((r) => [r.target, r.scope, r.status])).toEqual([
      ['SpencerFrontendService.GetAuthorizationToken', 'ecr-public/us-east-1', 200]
    ])
  }) // prettier-ignore

  it('temporary keys with their session token', async () => {
    const secrets = new Secrets()
    const keys = keysOf(API_KEYS.session)
    const result = await exchangeKeys(planFor(), keys, policy(api.url, secrets), secrets)
    expect(result.evidence).toMatchObject({ result: 'token', keyKind: 'temporary', sessionToken: true })
    expect(secrets.redact(keys.sessionToken ?? '')).toBe('***')
  }) // prettier-ignore

  it.each([
    ['an IAM identity without ecr:GetAuthorizationToken', API_KEYS.denied, 'AccessDeniedException', 400],
    ['temporary keys past their session', API_KEYS.expiredSession, 'ExpiredTokenException', 403],
    ['an unknown access key id', { ...API_KEYS.pusher, accessKeyId: 'AKIAEXAMPLEUNKNOWN00' }, 'UnrecognizedClientException', 400],
    ['a wrong secret access key', { ...API_KEYS.pusher, secretAccessKey: 'not-the-secret' }, 'InvalidSignatureException', 400],
    ['temporary keys without their session token', { ...API_KEYS.session, sessionToken: undefined }, 'UnrecognizedClientException', 400]
  ])('%s: refused with %s (%i), its wording kept', async (_name, key, code, status) => {
    const secrets = new Secrets()
    const result = await exchangeKeys(planFor(), keysOf(key), policy(api.url, secrets), secrets)
    expect(result.credential).toBeUndefined()
    expect(result.evidence.result).toBe('refused')
    expect(result.evidence.error?.code).toBe(code)
    expect(result.evidence.exchange?.status).toBe(status)
    expect(result.evidence.exchange?.body).toContain(code)
    expect(JSON.stringify(result.evidence)).not.toContain(key.secretAccessKey)
  }) // prettier-ignore

  it('goes through the proxy docker uses (HTTP_PROXY), still signed right', async () => {
    const port = Number(new URL(api.url).port)
    const proxy = await startProxy({ routes: { [`api.test:${port}`]: port } })
    try {
      const secrets = new Secrets()
      const through = {
        ...policy(`http://api.test:${port}`, secrets),
        env: { HTTP_PROXY: proxy.url }
      }
      const result = await exchangeKeys(planFor(), keysOf(API_KEYS.pusher), through, secrets)
      expect(result.evidence.result).toBe('token')
      expect(result.evidence.exchange).toMatchObject({ status: 200, proxy: proxy.url })
      expect(proxy.forwarded).toEqual([`http://api.test:${port}/`])
      expect(api.requests.map((r) => r.status)).toEqual([200])
    } finally {
      await proxy.close()
    }
  }) // prettier-ignore

  it.each([
    ['throttled once (ThrottlingException): retried within the retries, the token comes', { throttle: 1 }, [400, 200]],
    ["a runner's clock 10 minutes behind AWS's: the SDK sets its clock by AWS's Date and asks again", { clockOffsetMs: 10 * 60_000 }, [400, 200]],
    ["a runner's clock 10 minutes ahead: the same", { clockOffsetMs: -10 * 60_000 }, [400, 200]]
  ] as const)('%s (attack-21 repro-01, -03)', async (_name, options, statuses) => {
    const odd = await startEcrApi(undefined, options)
    try {
      const secrets = new Secrets()
      const result = await exchangeKeys(planFor(), keysOf(API_KEYS.pusher), { ...policy(odd.url, secrets), retries: 1, backoffMs: 1 }, secrets)
      expect(result.evidence.result).toBe('token')
      expect(result.credential?.password).toBe(ECR_LOGINS.pusher.secret)
      expect(odd.requests.map((r) => r.status)).toEqual(statuses)
    } finally {
      await odd.close()
    }
  }) // prettier-ignore

  it('throttled beyond the retries: refused with ThrottlingException, read as rate-limited with AWS named', async () => {
    const odd = await startEcrApi(undefined, { throttle: 5 })
    try {
      const secrets = new Secrets()
      const result = await exchangeKeys(planFor(), keysOf(API_KEYS.pusher), { ...policy(odd.url, secrets), retries: 2, backoffMs: 1 }, secrets)
      expect(result.evidence.result).toBe('refused')
      expect(result.evidence.error?.code).toBe('ThrottlingException')
      expect(result.evidence.exchange?.attempts).toBe(3)
      expect(odd.requests.map((r) => r.status)).toEqual([400, 400, 400])
      const context = { registry: ECR_HOST_NAME, profile: 'ecr' as const, username: '' }
      expect(errorLine('rate-limited', context)).toBe("AWS throttled the request: re-run in a minute; jobs that log in at the same moment share the account's rate (Rate exceeded)")
    } finally {
      await odd.close()
    }
  }) // prettier-ignore

  it("an unknown key with AWS's clock 10 minutes off: one request, not resent for the clock (attack-22 repro-03)", async () => {
    const odd = await startEcrApi(undefined, { clockOffsetMs: 10 * 60_000 })
    try {
      const secrets = new Secrets()
      const keys = { ...API_KEYS.pusher, accessKeyId: 'AKIAEXAMPLEUNKNOWN00' }
      const result = await exchangeKeys(planFor(), keysOf(keys), { ...policy(odd.url, secrets), retries: 2, backoffMs: 1 }, secrets)
      expect(result.evidence.error?.code).toBe('UnrecognizedClientException')
      expect(odd.requests.map((r) => r.status)).toEqual([400])
    } finally {
      await odd.close()
    }
  }) // prettier-ignore

  it('without the retries, a 400 is not retried: only a throttle passes', async () => {
    const secrets = new Secrets()
    const keys = { ...API_KEYS.pusher, accessKeyId: 'AKIAEXAMPLEUNKNOWN00' }
    const result = await exchangeKeys(planFor(), keysOf(keys), { ...policy(api.url, secrets), retries: 2, backoffMs: 1 }, secrets)
    expect(result.evidence.error?.code).toBe('UnrecognizedClientException')
    expect(api.requests.map((r) => r.status)).toEqual([400])
  }) // prettier-ignore

  it.each([
    ['DOCKER_LOGIN_PREFLIGHT_ENDPOINTS', {}],
    ['AWS_ENDPOINT_URL_ECR', { AWS_ENDPOINT_URL_ECR: 'set below' }]
  ])('a FIPS host with its API endpoint given (%s): sent there, not refused by the SDK (attack-21 repro-04)', async (_name, env) => {
    const fips = exchangePlan(target('123456789012.dkr.ecr-fips.us-east-1.amazonaws.com'), 'AKIAX', 'x', 'auto', {}) as ExchangePlan
    expect(fips).toMatchObject({ fips: true, apiHost: 'ecr-fips.us-east-1.amazonaws.com' })
    const secrets = new Secrets()
    const given = 'AWS_ENDPOINT_URL_ECR' in env
    const through = {
      ...policy(api.url, secrets),
      env: given ? { AWS_ENDPOINT_URL_ECR: api.url } : {},
      endpoints: given ? new Map<string, string>() : new Map([['ecr-fips.us-east-1.amazonaws.com', api.url]])
    }
    // the SDK reads its endpoint variables from the process's environment
    if (given) process.env.AWS_ENDPOINT_URL_ECR = api.url
    try {
      const result = await exchangeKeys(fips, keysOf(API_KEYS.pusher), through, secrets)
      expect(result.evidence.result).toBe('token')
      expect(api.requests.map((r) => r.status)).toEqual([200])
    } finally {
      delete process.env.AWS_ENDPOINT_URL_ECR
    }
  }) // prettier-ignore

  it('no answer: unreachable, after the retries of the HTTP client', async () => {
    const closed = await startEcrApi()
    const url = closed.url
    await closed.close()
    const secrets = new Secrets()
    const result = await exchangeKeys(planFor(), keysOf(API_KEYS.pusher), { ...policy(url, secrets), retries: 1, backoffMs: 1 }, secrets)
    expect(result.evidence.result).toBe('unreachable')
    expect(result.evidence.exchange?.status).toBeUndefined()
    expect(result.evidence.exchange?.attempts).toBe(2)
    expect(result.evidence.exchange?.error?.code).toBe('ECONNREFUSED')
  }) // prettier-ignore
})

// ---------------------------------------------------------------------------
// Gathered and judged

/** A docker CLI that records its logins, and the order of events. */
function recordingDocker(events: string[]) {
  const logins: Array<{ server: string; username: string; password: string }> =
    []
  const docker: DockerCli = {
    async login(server, username, password) {
      events.push('docker login')
      logins.push({ server, username, password })
      return { exitCode: 0, output: 'Login Succeeded' }
    },
    logout: async () => ({ exitCode: 0, output: '' }),
    config: () => ({ dir: '/tmp/docker-config' })
  }
  return { docker, logins }
}

const ENDPOINTS = () => ({
  DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ECR_HOST_NAME}=${registry.url},${ECR_API_HOST}=${api.url}`
})

async function gatherEcr(
  options: Partial<GatherOptions>,
  env: NodeJS.ProcessEnv = {}
) {
  const events: string[] = []
  const { docker, logins } = recordingDocker(events)
  const secrets = new Secrets((value) => events.push(`mask ${value}`))
  const evidence = await gather(
    {
      registry: ECR_HOST_NAME,
      username: API_KEYS.pusher.accessKeyId,
      password: API_KEYS.pusher.secretAccessKey,
      preflight: true,
      retries: 0,
      timeoutSeconds: 5,
      push: '',
      rateLimit: true,
      skipIfMissing: false,
      login: true,
      ...options
    },
    { env: { ...ENDPOINTS(), ...env }, docker, secrets }
  )
  return { evidence, verdict: judge(evidence), events, logins, secrets }
}

describe('gathered: the keys exchanged, then the token used as any ECR login', () => {
  it('the token is masked before the preflight and docker login use it', async () => {
    const { evidence, verdict, events, logins } = await gatherEcr({ push: 'app' })
    const token = ECR_LOGINS.pusher.secret
    expect(events.indexOf(`mask ${token}`)).toBeGreaterThanOrEqual(0)
    expect(events.indexOf(`mask ${token}`)).toBeLessThan(events.indexOf('docker login'))
    expect(logins).toEqual([{ server: registry.host, username: 'AWS', password: token }])
    expect(evidence.username).toBe('AWS')
    expect(evidence.input.credentialKind).toBe('aws-access-key')
    // the registry saw only the token, in Basic authentication, without an
    // unauthenticated ping first: ECR's challenge is known (attack-33 repro-03)
    expect(registry.requests.map((r) => `${r.method} ${r.step} ${r.status}`)).toEqual([
      'GET ping 200', 'POST upload 202', 'DELETE cancel 204'
    ])
    expect(verdict).toMatchObject({ diagnosis: 'ok', pushAccess: 'granted' })
    expect(verdict.evidence[0]).toMatch(
      /^AWS access keys from the inputs \(AKIA…, long-term\) exchanged for an ECR token: AWS GetAuthorizationToken 127\.0\.0\.1:\d+\/ answered 200; the token expires at .*; the preflight and docker login use it with user AWS$/
    )
  }) // prettier-ignore

  it('preflight: false still exchanges the keys: docker login needs the token', async () => {
    const { evidence, verdict, logins } = await gatherEcr({ preflight: false })
    expect(logins).toEqual([{ server: registry.host, username: 'AWS', password: ECR_LOGINS.pusher.secret }])
    expect(evidence).toMatchObject({ preflight: 'skipped', credentialExchange: { result: 'token' } })
    expect(registry.requests).toEqual([])
    expect(verdict).toMatchObject({ diagnosis: 'ok', warnings: ['preflight-skipped'] })
  }) // prettier-ignore

  it('empty inputs: the keys of the environment, as configure-aws-credentials exports them', async () => {
    const session = API_KEYS.session
    const { evidence, verdict, events } = await gatherEcr(
      { username: '', password: '' },
      {
        AWS_ACCESS_KEY_ID: session.accessKeyId,
        AWS_SECRET_ACCESS_KEY: session.secretAccessKey,
        AWS_SESSION_TOKEN: session.sessionToken
      }
    )
    expect(verdict.diagnosis).toBe('ok')
    expect(evidence.credentialExchange).toMatchObject({ keys: 'environment', keyKind: 'temporary', sessionToken: true })
    expect(events).toContain(`mask ${session.secretAccessKey}`)
    expect(events).toContain(`mask ${session.sessionToken}`)
    expect(api.requests[0].accessKeyId).toBe(session.accessKeyId)
  }) // prettier-ignore

  it.each([
    { name: 'IAM denies GetAuthorizationToken', key: API_KEYS.denied, diagnosis: 'aws-access-denied', rule: 'AWS001', kase: undefined },
    { name: 'the session ended', key: API_KEYS.expiredSession, diagnosis: 'token-expired', rule: 'AWS004', kase: 'aws-access-key' },
    { name: 'an unknown key id', key: { ...API_KEYS.pusher, accessKeyId: 'AKIAEXAMPLEUNKNOWN00' }, diagnosis: 'invalid-credentials', rule: 'AWS002', kase: 'aws-access-key' },
    { name: 'a wrong secret', key: { ...API_KEYS.pusher, secretAccessKey: 'nope' }, diagnosis: 'invalid-credentials', rule: 'AWS003', kase: 'aws-access-key' }
  ])('$name: $diagnosis (rule $rule), nothing sent to the registry, no docker login', async ({ key, diagnosis, rule, kase }) => {
    const session: string | undefined = 'sessionToken' in key ? key.sessionToken : undefined
    const { verdict, logins, evidence } = await gatherEcr(
      { username: key.accessKeyId, password: key.secretAccessKey, push: 'app' },
      // the session token of temporary keys comes from the environment
      session ? { AWS_ACCESS_KEY_ID: key.accessKeyId, AWS_SESSION_TOKEN: session } : {}
    )
    expect(verdict).toMatchObject({ diagnosis, rule, case: kase, preflight: 'not-sent' })
    expect(evidence.preflight).toBe('not-sent')
    expect(logins).toEqual([])
    expect(registry.requests).toEqual([])
    expect(verdict.evidence[0]).toContain(`(rule ${rule})`)
  }) // prettier-ignore

  it('a secret key pasted with a line break: malformed, not just refused (IN001)', async () => {
    const { verdict } = await gatherEcr({
      password: `${API_KEYS.pusher.secretAccessKey}\n`
    })
    expect(verdict).toMatchObject({
      diagnosis: 'malformed-credentials',
      rule: 'IN001'
    })
  })

  it('temporary keys in the inputs without their session token: said so', async () => {
    const { verdict } = await gatherEcr({
      username: API_KEYS.session.accessKeyId,
      password: API_KEYS.session.secretAccessKey
    })
    expect(verdict.diagnosis).toBe('invalid-credentials')
    expect(verdict.evidence[1]).toBe(
      'the access key is temporary (ASIA…) and no session token went with it: temporary keys work only with their session token (AWS_SESSION_TOKEN)'
    )
  })

  it('the API unreachable: registry-unreachable, naming the API', async () => {
    const { verdict } = await gatherEcr(
      { timeoutSeconds: 1 },
      { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ECR_HOST_NAME}=${registry.url},${ECR_API_HOST}=http://127.0.0.1:9` }
    )
    expect(verdict.diagnosis).toBe('registry-unreachable')
    expect(verdict.evidence[0]).toMatch(/AWS GetAuthorizationToken 127\.0\.0\.1:9\/ could not be reached/)
  }) // prettier-ignore

  it('the key exchange and the registry share the preflight\'s one deadline, 3 × timeout (attack-41, not reported)', async () => {
    // the API's first answer never comes (its retry does); the registry never answers
    let first = true
    const slowApi = createServer((req, res) => {
      if (first) { first = false; return }
      const target = new URL(api.url)
      const forward = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      })
      req.pipe(forward)
    })
    const silent = createServer(() => undefined)
    for (const server of [slowApi, silent]) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const url = (server: typeof silent) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const started = Date.now()
    try {
      const { verdict, logins } = await gatherEcr(
        { timeoutSeconds: 0.5, retries: 2 },
        { DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ECR_HOST_NAME}=${url(silent)},${ECR_API_HOST}=${url(slowApi)}` }
      )
      const tookMs = Date.now() - started
      expect(logins.map((l) => l.username)).toEqual(['AWS'])
      expect(verdict.warnings).toContain('preflight-unreachable')
      // 1.5 s for both, not 1.5 s each
      expect(tookMs).toBeLessThan(3 * 500 + 400)
    } finally {
      for (const server of [slowApi, silent]) {
        server.closeAllConnections()
        await new Promise((done) => server.close(done))
      }
    }
  }, 20_000) // prettier-ignore

  it("AWS_ACCOUNT_IDS: asked for, and their registries logged in to after the host's (more in ecr-accounts.test.ts)", async () => {
    const { verdict, logins } = await gatherEcr({}, { AWS_ACCOUNT_IDS: '210987654321' })
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.evidence[1]).toBe(
      `AWS_ACCOUNT_IDS adds 210987654321: a token was asked for those accounts too, and their registries are logged in to once docker login to ${ECR_HOST_NAME} succeeded`
    )
    expect(logins.map((l) => l.server)).toEqual([registry.host, '210987654321.dkr.ecr.us-east-1.amazonaws.com'])
  }) // prettier-ignore

  it('IAM refuses the upload: insufficient-scope with the IAM action named (ECR002)', async () => {
    const { verdict } = await gatherEcr({
      username: API_KEYS.puller.accessKeyId,
      password: API_KEYS.puller.secretAccessKey,
      push: 'app'
    })
    expect(verdict).toMatchObject({ diagnosis: 'insufficient-scope', rule: 'ECR002', pushAccess: 'denied' })
    expect(verdict.evidence.join('\n')).toContain('ecr:InitiateLayerUpload')
  }) // prettier-ignore

  it('a repository nobody created: repository-not-found (ECR003)', async () => {
    const { verdict } = await gatherEcr({ push: 'missing' })
    expect(verdict).toMatchObject({ diagnosis: 'repository-not-found', rule: 'ECR003' })
    expect(errorLine('repository-not-found', { registry: ECR_HOST_NAME, profile: 'ecr', username: 'AWS' })).toBe(
      'The ECR repository does not exist: create it first (aws ecr create-repository --repository-name <name>): a push does not create ECR repositories'
    )
  }) // prettier-ignore

  it('no keys anywhere: missing-credentials with the ECR texts, skipped with skip-if-missing', async () => {
    // the SDK's own sources read process.env: none may hold keys here
    const saved = Object.entries(process.env).filter(([name]) => name.startsWith('AWS_'))
    for (const [name] of saved) delete process.env[name]
    Object.assign(process.env, {
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials'
    })
    try {
      const { verdict, evidence } = await gatherEcr({ username: '', password: '', skipIfMissing: true })
      expect(verdict.diagnosis).toBe('missing-credentials')
      expect(evidence.skipped).toBe(true)
      expect(evidence.input.credentialKind).toBe('none')
      expect(evidence.credentialExchange?.result).toBe('no-credentials')
      expect(verdict.evidence[0]).toMatch(/^the username and password are empty, and the AWS SDK found no AWS keys in the environment either .*: "CredentialsProviderError: Could not load credentials from any providers" \(rule AWS006\)$/)
      expect(api.requests).toEqual([])
    } finally {
      for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name]
      Object.assign(process.env, Object.fromEntries(saved))
    }
  }) // prettier-ignore

  it('ecr: false sends the keys as a plain Basic login (ECR answers 400)', async () => {
    const { evidence, verdict } = await gatherEcr({ ecr: 'false' })
    expect(evidence.credentialExchange).toBeUndefined()
    expect(api.requests).toEqual([])
    expect(registry.requests.map((r) => `${r.step} ${r.status}`)).toEqual(['ping 400'])
    expect(verdict.preflight).toBe('inconclusive')
    // named in the evidence: the keys went unexchanged (§13ee)
    expect(evidence.ecrOff).toBe(true)
    expect(verdict.evidence[0]).toBe("`ecr` is false: the AWS keys were not exchanged")
  }) // prettier-ignore
})

// ---------------------------------------------------------------------------
// Offline: an ECR token's own expiry

describe("an ECR token's expiry, read offline (a hint: what does not read so is sent)", () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  const seconds = now / 1000

  it('reads the expiration of the decoded JSON, in seconds', () => {
    expect(ecrTokenExpiry(ecrToken(seconds + 60))).toBe(now + 60_000)
  })

  it.each([
    ['not base64', 'not base64!'],
    ['base64 of no JSON', Buffer.from('hello').toString('base64')],
    ['JSON without a payload', Buffer.from('{"expiration":1}').toString('base64')],
    ['an expiration that is no number', Buffer.from('{"payload":"x","expiration":"soon"}').toString('base64')],
    ['too long', 'A'.repeat(17 * 1024)]
  ])('%s: undefined', (_name, password) => {
    expect(ecrTokenExpiry(password)).toBeUndefined()
  }) // prettier-ignore

  it('user AWS and an expired token: token-expired, decided offline', () => {
    const input = analyzeInputs(
      'AWS',
      ecrToken(seconds - 1),
      ECR,
      now + CLOCK_SKEW_MS
    )
    expect(input.credentialKind).toBe('ecr-token')
    expect(input.findings).toEqual([
      {
        input: 'password',
        problem: 'token-expired',
        decisive: true,
        diagnosis: 'token-expired',
        detail: `it expired at 2025-12-31T23:59:59.000Z by this runner's clock (${new Date(now + CLOCK_SKEW_MS).toISOString()}); if the clock is wrong, set the time, or preflight: false lets docker login decide`,
        byClock: true
      }
    ])
  })

  it('a token just past its expiry is still tried: the clock may run ahead', () => {
    const expired = ecrToken(seconds - 1)
    expect(analyzeInputs('AWS', expired, ECR, now + CLOCK_SKEW_MS - 2000).findings).toEqual([])
    expect(analyzeInputs('AWS', expired, ECR, now + CLOCK_SKEW_MS).findings[0]?.diagnosis).toBe('token-expired')
  }) // prettier-ignore

  it("a token still valid, or one that does not read as ECR's: nothing found", () => {
    expect(
      analyzeInputs('AWS', ecrToken(seconds + 1), ECR, now).findings
    ).toEqual([])
    expect(
      analyzeInputs('AWS', 'opaque-token-0123456789', ECR, now).findings
    ).toEqual([])
  })

  it('gathered: nothing is sent, docker never runs', async () => {
    const { verdict, logins } = await gatherEcr({ username: 'AWS', password: ECR_LOGINS.expired.secret })
    expect(verdict).toMatchObject({ diagnosis: 'token-expired', preflight: 'not-sent' })
    expect(logins).toEqual([])
    expect(registry.requests).toEqual([])
    expect(api.requests).toEqual([])
  }) // prettier-ignore

  // attack-25 repro-01: a runner whose clock runs hours ahead calls a good
  // token expired; preflight: false is the way round it
  it('with preflight: false, the clock refuses nothing: docker login decides', async () => {
    const { verdict, logins } = await gatherEcr({ username: 'AWS', password: ECR_LOGINS.expired.secret, preflight: false })
    expect(logins.map((l) => l.username)).toEqual(['AWS'])
    expect(verdict.diagnosis).toBe('ok')
    expect(registry.requests).toEqual([])
  }) // prettier-ignore
})

// ---------------------------------------------------------------------------
// What users paste into `explain`

describe('explain: ECR and AWS texts as users saw them', () => {
  const explain = (text: string) => judgeText(text, ECR)

  it.each([
    ['Error response from daemon: login attempt to https://783794618700.dkr.ecr.us-west-2.amazonaws.com/v2/ failed with status: 400 Bad Request', 'invalid-credentials', 'ECR004'],
    ['denied: Your authorization token has expired. Reauthenticate and try again.', 'token-expired', 'ECR001'],
    ["name unknown: The repository with name 'app' does not exist in the registry with id '123456789012'", 'repository-not-found', 'ECR003'],
    ['denied: User: arn:aws:sts::754256621582:assumed-role/ci/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-2:754256621582:repository/app because no identity-based policy allows the ecr:InitiateLayerUpload action', 'insufficient-scope', 'ECR002'],
    ['An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:GetAuthorizationToken on resource: *', 'aws-access-denied', 'AWS001'],
    ['An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.', 'invalid-credentials', 'AWS002'],
    ['Unable to locate credentials. You can configure credentials by running "aws configure".', 'missing-credentials', 'AWS006'],
    ['Error response from daemon: Head "https://328549459982.dkr.ecr.us-west-2.amazonaws.com/v2/x/manifests/v0.2.0": no basic auth credentials', 'missing-credentials', 'CLI004']
  ])('%s → %s (%s)', (text, diagnosis, rule) => {
    expect(explain(text)).toMatchObject({ diagnosis, rule })
  }) // prettier-ignore

  it('no basic auth credentials on ECR: the exact host, configure-aws-credentials', () => {
    const context = { registry: ECR_HOST_NAME, profile: 'ecr' as const, username: '' }
    expect(errorLine('missing-credentials', context)).toBe(
      'No credential for this Amazon ECR registry: run aws-actions/configure-aws-credentials before this step, and log in to the exact host you push to (account and region)'
    )
    expect(remediationFor('missing-credentials', context).snippet).toContain('role-to-assume: ${{ vars.AWS_ROLE_ARN }}')
  }) // prettier-ignore

  // docs/registries.md §13x (d): a pull refused to the role that pulls
  it("a read refused on ECR: the pulling role's ECR actions and the repository policy, not the push actions", () => {
    const context = { registry: ECR_HOST_NAME, profile: 'ecr' as const, username: '', case: 'read-denied' as const }
    const texts = remediationFor('insufficient-scope', context)
    expect(texts.title).toBe('The AWS identity that pulls may not read this repository')
    expect(texts.steps.join(' ')).toContain('AmazonECSTaskExecutionRolePolicy')
    expect(texts.steps.join(' ')).toContain('repository policy')
    expect(texts.error).not.toContain('InitiateLayerUpload')
  }) // prettier-ignore
})

// ---------------------------------------------------------------------------
// Any exchange evidence

describe('the judge on any exchange evidence', () => {
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
  /** AWS's wordings, the secret itself, and noise */
  const said = fc.oneof(
    fc.constantFrom(
      'The security token included in the request is invalid.',
      'The security token included in the request is expired',
      'The request signature we calculated does not match the signature you provided.',
      'User: arn:aws:iam::1:user/x is not authorized to perform: ecr:GetAuthorizationToken on resource: *',
      'Could not load credentials from any providers',
      'no matching manifest for linux/arm64',
      `echoed ${SECRET}`
    ),
    fc.string({ maxLength: 80 })
  )
  const exchange = fc.record(
    {
      service: fc.constantFrom('ecr' as const, 'ecr-public' as const),
      region: fc.constantFrom('us-east-1', 'eu-west-1'),
      keys: fc.constantFrom('inputs' as const, 'environment' as const),
      keyKind: fc.constantFrom('long-term' as const, 'temporary' as const, 'other' as const),
      sessionToken: fc.boolean(),
      registryIds: fc.array(fc.constantFrom('123456789012', '210987654321'), { maxLength: 3 }),
      result: fc.constantFrom('token' as const, 'refused' as const, 'no-credentials' as const, 'unreachable' as const, 'failed' as const),
      exchange: fc.record({
        step: fc.constant('aws-token' as const),
        method: fc.constant('POST'),
        url: fc.constant(`https://${ECR_API_HOST}/`),
        status: fc.option(fc.constantFrom(200, 400, 403, 500), { nil: undefined }),
        headers: fc.constant({}),
        attempts: fc.integer({ min: 1, max: 3 })
      }),
      error: fc.record({ code: fc.constantFrom('AccessDeniedException', 'Error', 'CredentialsProviderError'), message: said }),
      expiresAt: fc.constant('2030-01-01T00:00:00.000Z')
    },
    { requiredKeys: ['service', 'region', 'keys', 'registryIds', 'result'] }
  ) // prettier-ignore

  it('never throws, names known ids, keeps cases to their diagnoses and the secret out', () => {
    fc.assert(
      fc.property(exchange, fc.boolean(), (credentialExchange, empty) => {
        const secrets = new Secrets()
        secrets.add(SECRET, 'AKIAEXAMPLE')
        const evidence: Evidence = {
          registry: { input: ECR_HOST_NAME, server: ECR_HOST_NAME, profile: 'ecr' },
          username: empty ? '' : 'AKIAEXAMPLE',
          input: analyzeInputs(empty ? '' : 'AKIAEXAMPLE', empty ? '' : SECRET, ECR),
          credentialExchange: secrets.redactAll(credentialExchange as CredentialExchange),
          preflight: 'not-sent',
          exchanges: [],
          push: [],
          skipped: false
        }
        const verdict = judge(evidence)
        expect(DIAGNOSIS_IDS).toContain(verdict.diagnosis)
        expect(verdict.evidence.length).toBeGreaterThan(0)
        if (verdict.case === 'aws-access-key') {
          expect(['invalid-credentials', 'token-expired']).toContain(verdict.diagnosis)
        }
        if (credentialExchange.result !== 'token' && !empty) {
          expect(verdict.diagnosis).not.toBe('ok')
          expect(verdict.preflight).toBe('not-sent')
        }
        expect(verdict.evidence.join('\n')).not.toContain(SECRET)
      }),
      { numRuns: 300 }
    )
  }) // prettier-ignore
})

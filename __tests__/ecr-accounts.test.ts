/**
 * AWS_ACCOUNT_IDS in process, as docker/login-action treats it
 * (docs/registries.md §5 (h)): the GetAuthorizationToken answer's entry
 * for each other account kept and masked; `docker login` to each of their
 * registries once the host's login succeeded (gather, with a docker CLI
 * double), where DOCKER_LOGIN_PREFLIGHT_ENDPOINTS sends them; what the
 * judge, the report and the summary make of it; the emulator's answer.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  startFamilyRegistry,
  type FamilyRegistry
} from '../emulator/registries/engine.js'
import {
  API_KEYS,
  ECR_API_HOST,
  ECR_HOST_NAME,
  ECR_LOGINS,
  ECR_SPEC,
  startEcrApi,
  type EcrApi
} from '../emulator/registries/ecr.js'
import { exchangeKeys, exchangePlan, type ExchangePlan } from '../src/aws.js'
import { getEcrToken } from '../src/aws-sdk.js'
import type { DockerCli } from '../src/docker.js'
import { InputError } from '../src/errors.js'
import type {
  CliResult,
  CredentialExchange,
  Evidence
} from '../src/evidence.js'
import { gather, type GatherOptions } from '../src/gather.js'
import type { Response } from '../src/http.js'
import { judge } from '../src/judge.js'
import { readsTexts } from '../src/outcome.js'
import { Secrets } from '../src/redact.js'
import { loadRegistryAuth } from '../src/main.js'
import { entryLineLimit } from '../src/remediation.js'
import { reportAction, type ActionReport } from '../src/report.js'
import { renderSummary } from '../src/summary.js'

// the registry-auth chunk as the action loads it (combined reports)
const { combineReports } = await loadRegistryAuth()

/** Two other accounts (fake), and their registries' hosts. */
const A = '210987654321'
const B = '345678901234'
const hostOf = (account: string) => `${account}.dkr.ecr.us-east-1.amazonaws.com`
const A_HOST = hostOf(A)
const B_HOST = hostOf(B)
const KEYS = API_KEYS.pusher

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

/** The plan of access keys on the emulator's host with AWS_ACCOUNT_IDS. */
function planWith(accounts: string): ExchangePlan {
  const plan = exchangePlan(
    { host: ECR_HOST_NAME },
    KEYS.accessKeyId,
    KEYS.secretAccessKey,
    'auto',
    { AWS_ACCOUNT_IDS: accounts }
  )
  if (!plan) throw new Error('no plan')
  return plan
}

/** A token entry of a GetAuthorizationToken answer, as AWS writes it. */
function entry(password: string, proxyEndpoint?: string) {
  return {
    authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'),
    expiresAt: 1_900_000_000,
    ...(proxyEndpoint ? { proxyEndpoint } : {})
  }
}

describe('getEcrToken: every entry of the answer kept, each token masked', () => {
  it("the host's entry is the login's; each other account's, once per host, with its own token", async () => {
    const tokens = { host: 'token-of-the-host-0001', a: 'token-of-account-a-0002', again: 'token-of-a-again-0003', b: 'token-of-account-b-0004', loose: 'token-without-endpoint-5', stranger: 'token-not-asked-for-0006' }
    const answer = {
      authorizationData: [
        entry(tokens.host, `https://${ECR_HOST_NAME}`),
        entry(tokens.a, `https://${A_HOST}`),
        entry(tokens.again, `https://${A_HOST}`),
        entry(tokens.loose),
        entry(tokens.stranger, `https://${hostOf('999999999999')}`),
        entry(tokens.b, `https://${B_HOST}`)
      ]
    }
    const secrets = new Secrets()
    const send = async (spec: { url: string }): Promise<Response> => ({
      exchange: { step: 'aws-token', method: 'POST', url: spec.url, status: 200, headers: {}, attempts: 1 },
      body: JSON.stringify(answer),
      url: spec.url
    })
    const plan = planWith(`${A},${B}`)
    const base: CredentialExchange = { service: 'ecr', region: 'us-east-1', keys: 'inputs', registryIds: plan.registryIds, result: 'failed' }
    const result = await getEcrToken({
      plan,
      keys: { accessKeyId: KEYS.accessKeyId, secretAccessKey: KEYS.secretAccessKey },
      base,
      send,
      policy: { retries: 0, timeoutMs: 5000, deadline: Date.now() + 5000 },
      secrets
    })
    expect(result.credential).toEqual({ username: 'AWS', password: tokens.host })
    expect(result.accounts).toEqual([
      { account: A, host: A_HOST, username: 'AWS', password: tokens.a, expiresAt: '2030-03-17T17:46:40.000Z' },
      { account: B, host: B_HOST, username: 'AWS', password: tokens.b, expiresAt: '2030-03-17T17:46:40.000Z' }
    ])
    // every token of the answer, as it arrived: none is ever printed
    for (const token of Object.values(tokens)) {
      expect(secrets.redact(`x ${token} y`)).toBe('x *** y')
      expect(JSON.stringify(result.evidence)).not.toContain(token)
    }
  }) // prettier-ignore

  it('no AWS_ACCOUNT_IDS: no other registry, whatever the answer holds', async () => {
    const result = await exchangeFor('')
    expect(result.credential?.password).toBe(ECR_LOGINS.pusher.secret)
    expect(result.accounts).toBeUndefined()
  })
})

/** The HTTP client's policy, with the API sent to the emulator. */
/** The keys exchanged at the ECR API emulator, AWS_ACCOUNT_IDS `accountIds`. */
function exchangeFor(accountIds: string, plan = planWith(accountIds)) {
  const secrets = new Secrets()
  const keys = { accessKeyId: KEYS.accessKeyId, secretAccessKey: KEYS.secretAccessKey }
  const policy = { retries: 0, timeoutMs: 5000, deadline: Date.now() + 15_000, secrets, env: {}, endpoints: new Map([[ECR_API_HOST, api.url]]) }
  return exchangeKeys(plan, keys, policy, secrets)
} // prettier-ignore

describe('AWS_ACCOUNT_IDS that are not account IDs', () => {
  it.each([
    ['digits separated by a space', '210987654321 345678901234', 'AWS_ACCOUNT_IDS: entry 1 is not an AWS account ID (it has a space in it): give 12-digit account IDs, separated by commas'],
    ['11 digits', '345678901234,21098765432', 'AWS_ACCOUNT_IDS: entry 2 is not an AWS account ID: give 12-digit account IDs, separated by commas'],
    ['a name', 'production', 'AWS_ACCOUNT_IDS: entry 1 is not an AWS account ID: give 12-digit account IDs, separated by commas']
  ])('%s: an input error naming the entry, before any request, without quoting it', (_name, ids, message) => {
    expect(() => planWith(ids)).toThrow(new InputError(message))
  })

  it('12-digit IDs, with spaces around the commas and empty entries, are taken', () => {
    expect(planWith(' 210987654321 , ,345678901234 ').otherAccounts).toEqual(['210987654321', '345678901234'])
  })
}) // prettier-ignore

describe('the ECR API emulator: one entry per registry id asked', () => {
  it("each account asked, known or not, gets the identity's token at its own proxyEndpoint", async () => {
    const result = await exchangeFor(`${A},${B}`)
    expect(result.evidence).toMatchObject({
      result: 'token',
      registryIds: ['123456789012', A, B],
      otherAccounts: [A, B],
      proxyEndpoint: `https://${ECR_HOST_NAME}`
    })
    expect(result.accounts?.map((a) => [a.host, a.password])).toEqual([
      [A_HOST, ECR_LOGINS.pusher.secret],
      [B_HOST, ECR_LOGINS.pusher.secret]
    ])
  })

  it('an id that is not 12 digits: InvalidParameterException, as AWS answers (§5 (h))', async () => {
    // the action never sends one (the plan refuses it, below): asked anyway
    const plan = planWith('')
    const result = await exchangeFor('', {
      ...plan,
      registryIds: [...plan.registryIds, '21098765432']
    })
    expect(result.credential).toBeUndefined()
    expect(result.evidence).toMatchObject({
      result: 'refused',
      error: { code: 'InvalidParameterException' }
    })
    expect(result.evidence.error?.message).toContain(
      "Invalid parameter at 'registryIds' failed to satisfy constraint"
    )
    expect(api.requests.map((r) => r.status)).toEqual([400])
  })
})

// ---------------------------------------------------------------------------
// Gathered, judged, reported

/**
 * A docker CLI double: each login recorded, and answered as `answers`
 * says for its server (success otherwise).
 */
function scriptedDocker(answers: Record<string, CliResult> = {}) {
  const logins: Array<{ server: string; username: string; password: string }> =
    []
  const docker: DockerCli = {
    async login(server, username, password) {
      logins.push({ server, username, password })
      return answers[server] ?? { exitCode: 0, output: 'Login Succeeded' }
    },
    logout: async () => ({ exitCode: 0, output: '' }),
    config: () => ({ dir: '/tmp/docker-config' })
  }
  return { docker, logins }
}

/** Where account A's registry is sent (no server listens: docker is a double). */
const A_ELSEWHERE = '127.0.0.1:5999'

/**
 * Gathers an ECR login with AWS_ACCOUNT_IDS=A,B: the host and the API on
 * the emulators, A's registry sent to A_ELSEWHERE, B's left as it is.
 */
async function gatherAccounts(
  options: Partial<GatherOptions> = {},
  docker = scriptedDocker(),
  env: NodeJS.ProcessEnv = {},
  /** a registry-auth entry's line limit (main.ts passes entryLineLimit) */
  lineLimit?: number
) {
  const secrets = new Secrets()
  const evidence = await gather(
    {
      registry: ECR_HOST_NAME,
      username: KEYS.accessKeyId,
      password: KEYS.secretAccessKey,
      preflight: true,
      retries: 0,
      timeoutSeconds: 5,
      push: '',
      rateLimit: false,
      skipIfMissing: false,
      login: true,
      ...options
    },
    {
      env: {
        DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ECR_HOST_NAME}=${registry.url},${ECR_API_HOST}=${api.url},${A_HOST}=http://${A_ELSEWHERE}`,
        AWS_ACCOUNT_IDS: `${A},${B}`,
        ...env
      },
      docker: docker.docker,
      secrets
    }
  )
  const verdict = judge(evidence)
  const report = reportAction(verdict, evidence, { logout: true, lineLimit })
  return { evidence, verdict, report, logins: docker.logins, secrets }
}

describe("gathered: each other account's registry logged in to after the host's", () => {
  it('the host first, then A (where the endpoints send it) and B, each with its own token', async () => {
    const { evidence, verdict, report, logins } = await gatherAccounts()
    const token = ECR_LOGINS.pusher.secret
    expect(logins).toEqual([
      { server: registry.host, username: 'AWS', password: token },
      { server: A_ELSEWHERE, username: 'AWS', password: token },
      { server: B_HOST, username: 'AWS', password: token }
    ])
    expect(evidence.accountLogins).toEqual([
      expect.objectContaining({ account: A, host: A_HOST, server: A_ELSEWHERE, cli: { exitCode: 0, output: 'Login Succeeded' } }),
      expect.objectContaining({ account: B, host: B_HOST, server: B_HOST })
    ])
    // no text to read: the rule tables are not loaded for this run
    expect(readsTexts(evidence)).toBe(false)
    expect(verdict).toMatchObject({ diagnosis: 'ok', warnings: [] })
    expect(verdict.accountFailures).toBeUndefined()
    expect(verdict.evidence).toEqual(expect.arrayContaining([
      `docker login to ${A_HOST} (account ${A} of AWS_ACCOUNT_IDS, with its own token) succeeded`,
      `docker login to ${B_HOST} (account ${B} of AWS_ACCOUNT_IDS, with its own token) succeeded`
    ]))
    // the post step logs out of all three
    expect(report.state).toEqual({ servers: [registry.host, A_ELSEWHERE, B_HOST], logout: true })
    expect(report.outputs['logged-in']).toBe('true')
    expect(report.failure).toBeUndefined()
    expect(report.success).toBe(`✅ Logged in to ${ECR_HOST_NAME} as AWS, and to ${A_HOST}, ${B_HOST} (AWS_ACCOUNT_IDS)`)
    const summary = renderSummary(report.summary ?? fail())
    expect(summary).toContain(`| Also logged in (AWS_ACCOUNT_IDS) | \`${A_HOST}\`, \`${B_HOST}\` |`)
    expect(summary).toContain(`| \`docker login to ${A_HOST} (AWS_ACCOUNT_IDS)\` | \`succeeded\` |`)
    expect(report.accountLogins?.map((l) => l.registry)).toEqual([A_HOST, B_HOST])
  }) // prettier-ignore

  it("preflight: false: the same logins, after the host's", async () => {
    const { logins, verdict } = await gatherAccounts({ preflight: false })
    expect(logins.map((l) => l.server)).toEqual([
      registry.host,
      A_ELSEWHERE,
      B_HOST
    ])
    expect(verdict.diagnosis).toBe('ok')
  })

  it("the host's login fails: no other account's registry is tried", async () => {
    const failing = scriptedDocker({
      [registry.host]: {
        exitCode: 1,
        output: 'Error saving credentials: error storing credentials'
      }
    })
    const { logins, evidence, report } = await gatherAccounts({}, failing)
    expect(logins.map((l) => l.server)).toEqual([registry.host])
    expect(evidence.accountLogins).toBeUndefined()
    expect(report.state).toBeUndefined()
    expect(report.errors).toBeUndefined()
  })

  it('no login asked (check): no account logged in to either', async () => {
    const { logins, evidence } = await gatherAccounts({ login: false })
    expect(logins).toEqual([])
    expect(evidence.accountLogins).toBeUndefined()
  })

  it("one account's login fails: the step fails on one line naming its host and what to do; docker's words, redacted, in the evidence", async () => {
    const token = ECR_LOGINS.pusher.secret
    const failing = scriptedDocker({
      [B_HOST]: {
        exitCode: 1,
        output: `time="2026-01-01T00:00:00Z" level=info msg="Error logging in to endpoint, trying next endpoint"\nError response from daemon: Get "https://${B_HOST}/v2/": dial tcp: lookup ${B_HOST}: no such host (echoed ${token})`
      }
    })
    const { logins, evidence, verdict, report } = await gatherAccounts({}, failing)
    expect(logins.map((l) => l.server)).toEqual([registry.host, A_ELSEWHERE, B_HOST])
    expect(evidence.accountLogins?.[1].cli.output).not.toContain(token)
    expect(readsTexts(evidence)).toBe(true)
    expect(verdict).toMatchObject({ diagnosis: 'registry-unreachable', accountDecided: true })
    expect(verdict.accountFailures).toEqual([
      { host: B_HOST, said: `Error response from daemon: Get "https://${B_HOST}/v2/": dial tcp: lookup ${B_HOST}: no such host (echoed ***)`, diagnosis: 'registry-unreachable' }
    ])
    expect(report.failure).toBe(`docker login to ${B_HOST} failed (AWS_ACCOUNT_IDS): ${report.summary?.remediation.error}`)
    expect(report.failure).toMatch(/: check the registry address and the runner network/)
    expect(report.summary?.evidence.join('\n')).toContain(`lookup ${B_HOST}: no such host (echoed ***)`)
    expect(report.errors).toBeUndefined()
    expect(report.outputs).toMatchObject({ diagnosis: 'registry-unreachable', 'logged-in': 'false' })
    // logged in to the host and A: the post step logs out of those two
    expect(report.state).toEqual({ servers: [registry.host, A_ELSEWHERE], logout: true })
    // the texts name the account's registry, not the host logged in to
    const summary = renderSummary(report.summary ?? fail())
    expect(summary).toContain(`| \`docker login to ${B_HOST} (AWS_ACCOUNT_IDS)\` | \`failed (exit code 1)\` |`)
    expect(summary).toContain(`| Also logged in (AWS_ACCOUNT_IDS) | \`${A_HOST}\` |`)
    expect(report.summary?.remediation.why).toContain(B_HOST)
    expect(JSON.stringify(report)).not.toContain(token)
  }) // prettier-ignore

  it('both refused (a registry the identity may not use, ECR004): the first is the error line, the second another error', async () => {
    const refused = (host: string) => ({ exitCode: 1, output: `Error response from daemon: login attempt to https://${host}/v2/ failed with status: 400 Bad Request` })
    const { report, verdict } = await gatherAccounts({}, scriptedDocker({ [A_ELSEWHERE]: refused(A_HOST), [B_HOST]: refused(B_HOST) }))
    expect(verdict).toMatchObject({ diagnosis: 'invalid-credentials', rule: 'ECR004', case: 'aws-account', accountDecided: true })
    expect(verdict.accountFailures?.map((f) => f.host)).toEqual([A_HOST, B_HOST])
    // the texts of that case: the other account's policy, not a token of the
    // registry's region, and no workflow block that would change `registry`
    const remediation = report.summary?.remediation ?? fail()
    expect(remediation.title).toBe('A registry of AWS_ACCOUNT_IDS refused the token')
    expect(remediation.why).toContain(A_HOST)
    expect(remediation.steps.join(' ')).toContain('repository')
    expect(remediation.snippet).toBeUndefined()
    // each line: the host, and what to do about it
    const fix = "allow this identity in that account's repository policies, or remove the account from AWS_ACCOUNT_IDS"
    expect(report.failure).toBe(`docker login to ${A_HOST} failed (AWS_ACCOUNT_IDS): ${fix}`)
    expect(report.errors).toEqual([`docker login to ${B_HOST} failed (AWS_ACCOUNT_IDS): ${fix}`])
    expect(report.state).toEqual({ server: registry.host, logout: true })
  }) // prettier-ignore

  it("a registry sent elsewhere (DOCKER_LOGIN_PREFLIGHT_ENDPOINTS): docker's words name where it went, and read as naming the account's registry", async () => {
    const refused = { exitCode: 1, output: `Error response from daemon: login attempt to http://${A_ELSEWHERE}/v2/ failed with status: 400 Bad Request` }
    const { report, verdict } = await gatherAccounts({}, scriptedDocker({ [A_ELSEWHERE]: refused }))
    expect(verdict).toMatchObject({ diagnosis: 'invalid-credentials', rule: 'ECR004', case: 'aws-account', accountDecided: true })
    expect(report.failure).toBe(`docker login to ${A_HOST} failed (AWS_ACCOUNT_IDS): allow this identity in that account's repository policies, or remove the account from AWS_ACCOUNT_IDS`)
    // the words quoted are docker's own
    expect(verdict.evidence.join('\n')).toContain(`login attempt to http://${A_ELSEWHERE}/v2/ failed with status: 400 Bad Request" (rule ECR004)`)
  }) // prettier-ignore

  it("the login itself fails for its own reason (push): that is the error line, the account's follows", async () => {
    const refused = { exitCode: 1, output: 'Error response from daemon: login attempt to https://x/v2/ failed with status: 400 Bad Request' }
    const { report, verdict } = await gatherAccounts(
      { username: API_KEYS.puller.accessKeyId, password: API_KEYS.puller.secretAccessKey, push: 'app' },
      scriptedDocker({ [B_HOST]: refused })
    )
    expect(verdict).toMatchObject({ diagnosis: 'insufficient-scope', accountDecided: false })
    expect(report.failure).toMatch(/^The IAM identity may not push to this repository/)
    expect(report.errors).toEqual([expect.stringMatching(new RegExp(`^docker login to ${B_HOST} failed`))])
  }) // prettier-ignore
})

describe("an answer naming another host as an account's registry", () => {
  it('gets no docker login with its token: the step fails on a line naming that host and why', async () => {
    const tokens = { host: 'token-of-the-host-0001', a: 'token-for-a-stranger-0002', b: 'token-of-account-b-0003' }
    const elsewhere = `${A}.registry.attacker.example`
    const answer = {
      authorizationData: [
        { ...entry(tokens.host, `https://${ECR_HOST_NAME}`), expiresAt: 1_900_000_000 },
        { ...entry(tokens.a, `https://${elsewhere}`), expiresAt: 1_900_000_000 },
        { ...entry(tokens.b, `https://${B_HOST}`), expiresAt: 1_900_000_000 }
      ]
    }
    // an ECR API that answers so
    const server = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
        res.end(JSON.stringify(answer))
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const stub = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const { evidence, verdict, report, logins } = await gatherAccounts({ preflight: false }, scriptedDocker(), {
        DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ECR_HOST_NAME}=${registry.url},${ECR_API_HOST}=${stub}`
      })
      expect(logins.map((l) => [l.server, l.password])).toEqual([
        [registry.host, tokens.host],
        [B_HOST, tokens.b]
      ])
      expect(evidence.credentialExchange?.foreignEndpoints).toEqual([{ account: A, host: elsewhere }])
      const why = `not run: AWS's answer gave it account ${A}'s token, but it is not that account's ECR registry in us-east-1`
      expect(verdict.evidence).toContain(`docker login to ${elsewhere} (account ${A} of AWS_ACCOUNT_IDS) ${why}`)
      expect(verdict.evidence).not.toContain(`AWS answered no token for account ${A} of AWS_ACCOUNT_IDS: its registry was not logged in to`)
      expect(verdict).toMatchObject({ diagnosis: 'unknown', accountDecided: true })
      expect(report.failure).toBe(`docker login to ${elsewhere} failed (AWS_ACCOUNT_IDS): ${why}`)
      expect(report.outputs['logged-in']).toBe('false')
      expect(JSON.stringify(report)).not.toContain(tokens.a)
    } finally {
      await new Promise((done) => server.close(done))
    }
  }) // prettier-ignore
})

describe('in registry-auth: an ECR entry with AWS_ACCOUNT_IDS', () => {
  it('its servers join the others for the post step; its account lines are errors named by the entry', async () => {
    const refused = { exitCode: 1, output: `login attempt to https://${B_HOST}/v2/ failed with status: 400 Bad Request` }
    const { report: ecr } = await gatherAccounts({}, scriptedDocker({ [B_HOST]: refused }), {}, entryLineLimit(ECR_HOST_NAME))
    const other: ActionReport = { outputs: { diagnosis: 'ok', 'logged-in': 'true' }, warnings: [], state: { server: 'ghcr.io', logout: true } }
    const combined = combineReports(
      [{ registry: 'ghcr.io', report: other }, { registry: ECR_HOST_NAME, report: ecr }],
      { logout: true }
    )
    expect(combined.state).toEqual({ servers: ['ghcr.io', registry.host, A_ELSEWHERE], logout: true })
    // named by the entry; the names cut to fit, never the fix
    expect(combined.failure?.startsWith(`${ECR_HOST_NAME.slice(0, 12)}`)).toBe(true)
    expect(combined.failure).toContain(': docker login to 345678901234.dkr.ecr.')
    expect(combined.failure?.endsWith(" failed (AWS_ACCOUNT_IDS): allow this identity in that account's repository policies, or remove the account from AWS_ACCOUNT_IDS")).toBe(true)
    expect(combined.failure?.length).toBeLessThan(200)
    expect(combined.accountLogins?.map((l) => l.registry)).toEqual([A_HOST, B_HOST])
  }) // prettier-ignore
})

describe('the judge on account logins alone', () => {
  /** The evidence of a login that worked, with these account logins. */
  const evidenceWith = (accountLogins: Evidence['accountLogins']): Evidence => ({
    registry: { input: ECR_HOST_NAME, server: ECR_HOST_NAME, profile: 'ecr' },
    username: 'AWS',
    input: { credentialKind: 'aws-access-key', usernameEmpty: false, passwordEmpty: false, findings: [] },
    credentialExchange: { service: 'ecr', region: 'us-east-1', keys: 'inputs', registryIds: ['123456789012', A, B], otherAccounts: [A, B], result: 'token' },
    preflight: 'skipped',
    exchanges: [],
    push: [],
    skipped: false,
    cli: { exitCode: 0, output: 'Login Succeeded' },
    accountLogins
  }) // prettier-ignore

  it('an account the answer held no entry for: said, not failed', () => {
    const verdict = judge(
      evidenceWith([
        {
          account: A,
          host: A_HOST,
          server: A_HOST,
          cli: { exitCode: 0, output: '' }
        }
      ])
    )
    expect(verdict.diagnosis).toBe('ok')
    expect(verdict.evidence).toContain(
      `AWS answered no token for account ${B} of AWS_ACCOUNT_IDS: its registry was not logged in to`
    )
  })

  it('docker could not be run for an account: docker-cli-missing; words no rule knows: unknown', () => {
    const notRun = judge(evidenceWith([{ account: A, host: A_HOST, server: A_HOST, cli: { exitCode: 127, output: 'Unable to locate executable file: docker.' } }]))
    expect(notRun).toMatchObject({ diagnosis: 'docker-cli-missing', accountDecided: true })
    const odd = judge(evidenceWith([{ account: A, host: A_HOST, server: A_HOST, cli: { exitCode: 1, output: 'something odd happened' } }]))
    expect(odd).toMatchObject({ diagnosis: 'unknown', accountDecided: true })
    expect(odd.accountFailures).toEqual([{ host: A_HOST, said: 'something odd happened', diagnosis: 'unknown' }])
    // words no rule read: the error line quotes them
    const oddEvidence = evidenceWith([{ account: A, host: A_HOST, server: A_HOST, cli: { exitCode: 1, output: 'Error response from daemon: something odd happened' } }])
    expect(reportAction(judge(oddEvidence), oddEvidence, { logout: true }).failure).toBe(`docker login to ${A_HOST} failed (AWS_ACCOUNT_IDS): something odd happened`)
  }) // prettier-ignore
})

function fail(): never {
  throw new Error('no summary')
}

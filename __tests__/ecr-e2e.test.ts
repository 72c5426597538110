/**
 * Amazon ECR end to end: the bundle of the current src/ run as the runner
 * runs it, with the real docker CLI, against the ECR emulators
 * (emulator/registries/ecr.ts): the registry named
 * `123456789012.dkr.ecr.us-east-1.amazonaws.com` and the ECR API named
 * `api.ecr.us-east-1.amazonaws.com` through DOCKER_LOGIN_PREFLIGHT_ENDPOINTS.
 * AWS access keys are exchanged through the AWS SDK (its lazy chunk), with
 * signatures the API verifies; push rights are proved by the push probe.
 */
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeE2e, familySession } from '../__fixtures__/e2e.js'
import {
  startFamilyRegistry,
  type FamilyRegistry
} from '../emulator/registries/engine.js'
import {
  API_KEYS,
  ECR_API_HOST,
  ECR_HOST_NAME,
  ECR_LOGINS,
  ECR_REGION,
  ECR_SPEC,
  startEcrApi,
  type EcrApi
} from '../emulator/registries/ecr.js'
import { leaks, runAction, type Workspace } from '../scripts/runner.js'

const session = familySession(ECR_SPEC)
let api: EcrApi
/**
 * The registries of two other accounts (AWS_ACCOUNT_IDS), each its own
 * ECR registry that takes the identity's token, and one of a third
 * account that does not (a registry the identity may not use refuses the
 * login with 400, docs/registries.md §5 (g))
 */
let accountA: FamilyRegistry
let accountB: FamilyRegistry
let refusing: FamilyRegistry
beforeAll(async () => {
  api = await startEcrApi()
  accountA = await startFamilyRegistry(ECR_SPEC)
  accountB = await startFamilyRegistry(ECR_SPEC)
  refusing = await startFamilyRegistry({ ...ECR_SPEC, accounts: [] })
})
afterEach(() => {
  api.reset()
  for (const registry of [accountA, accountB, refusing]) registry.reset()
})
afterAll(async () => {
  await api.close()
  for (const registry of [accountA, accountB, refusing]) await registry.close()
})

/**
 * The environment of a run: the registry and the API sent to the
 * emulators; no AWS keys nor instance role unless given.
 */
function environment(more: Record<string, string> = {}) {
  return {
    DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ECR_HOST_NAME}=${session.registry.url},${ECR_API_HOST}=${api.url}`,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...more
  }
}

/** Runs the main step against the emulators as Amazon ECR. */
async function main(
  inputs: {
    username: string
    password: string
    push?: string
    timeout?: string
    ecr?: string
  },
  env: Record<string, string> = {},
  ws: Workspace = session.workspace()
) {
  const result = await runAction(
    'main',
    ws,
    { registry: ECR_HOST_NAME, push: '', ...inputs },
    environment(env)
  )
  return { result, ws }
}

/** Every secret of a run, in every form, is absent from what it wrote. */
function noLeaks(ws: Workspace, ...secrets: string[]): void {
  for (const secret of secrets) {
    expect(leaks(ws, 'AWS', secret)).toEqual([])
  }
}

/** `expires-at`: ISO 8601 UTC, later than now. */
function expectFutureExpiry(value: string | undefined): void {
  expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  expect(Date.parse(value ?? '')).toBeGreaterThan(Date.now())
}

/**
 * Whether a process runs: it exists and is not a zombie (dead, waiting
 * for its parent to read its status).
 */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return (
      stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
    )
  } catch {
    if (existsSync('/proc/self')) return false
  }
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * The step's environment for an AWS profile `ci` whose credential_process
 * is a shell script with `body`, written in the workspace.
 */
function credentialProcess(
  ws: Workspace,
  body: string
): Record<string, string> {
  const script = join(ws.dir, 'credential-process.sh')
  writeFileSync(script, `#!/bin/sh\n${body}`, { mode: 0o755 })
  const config = join(ws.dir, 'aws-config')
  writeFileSync(
    config,
    `[profile ci]\ncredential_process = ${script}\nregion = us-east-1\n`
  )
  return {
    AWS_PROFILE: 'ci',
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent'
  }
}

/** The process ids a script wrote, one a line. */
function pidsIn(file: string): number[] {
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8').trim().split('\n').map(Number)
}

/** SIGTERM to each of this test's processes still there. */
function killAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid)
    } catch {
      // already gone
    }
  }
}

const registrySteps = () =>
  session.registry.requests.map((r) => `${r.method} ${r.step} ${r.status}`)

describeE2e('Amazon ECR, with the real docker CLI', () => {
  it('an ECR token (user AWS) logs in, and the push probe grants push', async () => {
    const token = ECR_LOGINS.pusher
    const { result, ws } = await main({
      username: 'AWS',
      password: token.secret,
      push: `${ECR_HOST_NAME}/app`
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'ecr-token'
    })
    // the token's own expiry, read from it
    expectFutureExpiry(ws.outputs()['expires-at'])
    expect(registrySteps()).toEqual(
      expect.arrayContaining(['POST upload 202', 'DELETE cancel 204'])
    )
    expect(api.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([
      `docker login --username AWS --password-stdin ${session.registry.host}`
    ])
    noLeaks(ws, token.secret)
  })

  it("a runner clock 11 h 50 min ahead: the token's expiry is counted by the registry's clock (its Date), no false credential-expires-soon (attack-25 repro-06)", async () => {
    const skew = new URL('../__fixtures__/clock-skew.mjs', import.meta.url)
    const env = { NODE_OPTIONS: `--import=${skew.href}`, DLP_TEST_CLOCK_SKEW_SECONDS: String(12 * 3600 - 10 * 60) }
    const { result, ws } = await main({ username: 'AWS', password: ECR_LOGINS.pusher.secret }, env)
    expect([result.exitCode, ws.outputs().diagnosis, ws.outputs()['logged-in']]).toEqual([0, 'ok', 'true'])
    expect(ws.outputs().warnings).toBe('')
    // the same run with the warning set past the token's 12 hours warns, by the registry's clock
    const late = await main({ username: 'AWS', password: ECR_LOGINS.pusher.secret }, { ...env, 'INPUT_EXPIRY-WARNING': String(13 * 60) })
    expect(late.ws.outputs().warnings).toBe('credential-expires-soon')
    expect(late.ws.summary()).toMatch(/by the registry's clock \(its Date is 7\d\d min behind this runner's\)/)
  }) // prettier-ignore

  it('an expired ECR token is refused offline: nothing is sent, docker never gets it', async () => {
    const { result, ws } = await main({
      username: 'AWS',
      password: ECR_LOGINS.expired.secret
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The ECR token has expired: get the ECR token in the job that pushes (tokens last 12 hours), or let this action exchange AWS keys'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'token-expired',
      'credential-kind': 'ecr-token',
      'logged-in': 'false'
    })
    expect(ws.summary()).toMatch(/it expired at \d{4}-/)
    expect(session.registry.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
  })

  it('AWS access keys are exchanged for a token, then docker logs in with it', async () => {
    const keys = API_KEYS.pusher
    const { result, ws } = await main({
      username: keys.accessKeyId,
      password: keys.secretAccessKey,
      push: 'app'
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'aws-access-key'
    })
    // GetAuthorizationToken's expiresAt
    expectFutureExpiry(ws.outputs()['expires-at'])
    expect(api.requests).toEqual([
      {
        target: 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
        accessKeyId: keys.accessKeyId,
        scope: 'ecr/us-east-1',
        status: 200
      }
    ])
    // docker gets AWS and the token, never the keys
    expect(ws.dockerArgv()).toEqual([
      `docker login --username AWS --password-stdin ${session.registry.host}`
    ])
    expect(ws.summary()).toContain('exchanged for an ECR token')
    expect(ws.summary()).toContain('ECR token from AWS access keys')
    expect(result.stdout).toContain(`::add-mask::${ECR_LOGINS.pusher.secret}`)
    noLeaks(ws, keys.secretAccessKey, ECR_LOGINS.pusher.secret)
  })

  it('empty inputs: the keys configure-aws-credentials exported are exchanged', async () => {
    const keys = API_KEYS.session
    const { result, ws } = await main(
      { username: '', password: '' },
      {
        AWS_ACCESS_KEY_ID: keys.accessKeyId,
        AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
        AWS_SESSION_TOKEN: keys.sessionToken,
        AWS_REGION: 'us-east-1'
      }
    )
    expect(result.errors).toEqual([])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'credential-kind': 'aws-access-key'
    })
    expect(api.requests.map((r) => r.accessKeyId)).toEqual([keys.accessKeyId])
    noLeaks(
      ws,
      keys.secretAccessKey,
      keys.sessionToken,
      ECR_LOGINS.pusher.secret
    )
  })

  it('no keys in the inputs nor the environment: missing-credentials naming configure-aws-credentials', async () => {
    const { result, ws } = await main(
      { username: '', password: '' },
      { AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' }
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(
      /^::error::No credential for this Amazon ECR registry: run aws-actions\/configure-aws-credentials before this step/
    )
    expect(ws.outputs()).toMatchObject({ diagnosis: 'missing-credentials', 'credential-kind': 'none' })
    expect(ws.summary()).toContain('Could not load credentials from any providers')
    expect(api.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
  }) // prettier-ignore

  it('ecr: false with access keys in the inputs: the error line names ecr: false, not the keys (attack-16 repro-02)', async () => {
    const keys = API_KEYS.pusher
    const { result, ws } = await main({ username: keys.accessKeyId, password: keys.secretAccessKey, ecr: 'false' })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::`ecr: false`: the AWS keys were not exchanged: remove `ecr: false` (or set `ecr: auto`) so that the AWS keys are exchanged for an ECR token'
    ])
    expect(api.requests).toEqual([])
    expect(ws.summary()).toContain('`ecr` is false: the AWS keys were not exchanged')
    expect(ws.summary()).not.toContain('Check that the username is exactly AWS')
    noLeaks(ws, keys.secretAccessKey)
  }) // prettier-ignore

  it('ecr: false with empty inputs after configure-aws-credentials: ecr: false named, no "no keys were found" (attack-16 repro-02)', async () => {
    const keys = API_KEYS.session
    const { result, ws } = await main(
      { username: '', password: '', ecr: 'false' },
      { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey, AWS_SESSION_TOKEN: keys.sessionToken, AWS_REGION: 'us-east-1' }
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::`ecr: false`: the AWS keys were not exchanged: remove `ecr: false` (or set `ecr: auto`) so that the AWS keys are exchanged for an ECR token'
    ])
    expect(ws.outputs().diagnosis).toBe('missing-credentials')
    expect(ws.summary()).not.toMatch(/no AWS keys were found|Why the credentials are empty/)
    expect(api.requests).toEqual([])
  }) // prettier-ignore

  it("a profile's credential_process that never answers: the step ends by the preflight's deadline, missing-credentials saying so, and the process is stopped", async () => {
    const ws = session.workspace()
    const pidFile = join(ws.dir, 'credential-process.pid')
    // waits as a helper waiting for a prompt does
    const env = credentialProcess(ws, `echo $$ >> '${pidFile}'\nexec sleep 120\n`)
    const started = Date.now()
    try {
      const { result } = await main({ username: '', password: '', timeout: '1' }, env, ws)
      // timeout 1 s (below): the preflight's deadline is 3 s
      expect(Date.now() - started).toBeLessThan(12_000)
      expect(result.exitCode).toBe(1)
      expect(result.errors[0]).toMatch(/^::error::No credential for this Amazon ECR registry/)
      expect(ws.outputs()).toMatchObject({ diagnosis: 'missing-credentials' })
      expect(ws.summary()).toContain("the AWS SDK's credential providers gave no keys within 3 s, the preflight's deadline (AWS_PROFILE ci)")
      expect(existsSync(pidFile)).toBe(true)
      // the credential_process itself, not only the shell the SDK ran it
      // with; and any the chain's next provider started after the deadline
      expect(pidsIn(pidFile).filter(running)).toEqual([])
      expect(api.requests).toEqual([])
      expect(ws.dockerArgv()).toEqual([])
    } finally {
      // left running by a step that did not stop them: this test's own
      killAll(pidsIn(pidFile))
    }
  }, 30_000) // prettier-ignore

  it("a profile's credential_process is started without the step's inputs in its environment (attack-41 A41-02)", async () => {
    const keys = API_KEYS.session
    const ws = session.workspace()
    const seen = join(ws.dir, 'credential-process.env')
    const answer = JSON.stringify({ Version: 1, AccessKeyId: keys.accessKeyId, SecretAccessKey: keys.secretAccessKey, SessionToken: keys.sessionToken })
    const env = credentialProcess(ws, `env > '${seen}'\necho '${answer}'\n`)
    const { result } = await main({ username: '', password: '', timeout: '5' }, env, ws)
    expect(result.errors).toEqual([])
    const names = readFileSync(seen, 'utf8').split('\n').map((line) => line.split('=')[0])
    expect(names).toContain('AWS_PROFILE')
    expect(names.filter((name) => name.startsWith('INPUT_'))).toEqual([])
  }, 40_000) // prettier-ignore

  it("a profile's credential_process whose keys expire within 5 minutes is run once: the request is signed with the keys it gave, by the deadline", async () => {
    const keys = API_KEYS.session
    const ws = session.workspace()
    const calls = join(ws.dir, 'credential-process.calls')
    // the SDK asks again for keys that expire within 5 minutes: a second
    // run waits (as a helper waiting for a prompt), then gives nothing
    const expiration = new Date(Date.now() + 120_000).toISOString()
    const answer = JSON.stringify({ Version: 1, AccessKeyId: keys.accessKeyId, SecretAccessKey: keys.secretAccessKey, SessionToken: keys.sessionToken, Expiration: expiration })
    const env = credentialProcess(ws, `echo $$ >> '${calls}'\nif [ "$(wc -l < '${calls}')" -gt 1 ]; then exec sleep 20; fi\necho '${answer}'\n`)
    const started = Date.now()
    try {
      const { result } = await main({ username: '', password: '', timeout: '1' }, env, ws)
      // the preflight's deadline is 3 s; a second run would hold it 20 s
      expect(Date.now() - started).toBeLessThan(12_000)
      expect(readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(1)
      expect(result.errors).toEqual([])
      expect(ws.outputs()).toMatchObject({ diagnosis: 'ok', 'logged-in': 'true', 'credential-kind': 'aws-access-key' })
      expect(api.requests.map((r) => [r.accessKeyId, r.status])).toEqual([[keys.accessKeyId, 200]])
      noLeaks(ws, keys.secretAccessKey, keys.sessionToken, ECR_LOGINS.pusher.secret)
    } finally {
      killAll(pidsIn(calls))
    }
  }, 40_000) // prettier-ignore

  it('IAM denies GetAuthorizationToken: aws-access-denied, and nothing reaches the registry', async () => {
    const keys = API_KEYS.denied
    const { result, ws } = await main({
      username: keys.accessKeyId,
      password: keys.secretAccessKey
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::AWS refused the request for a registry token: allow ecr:GetAuthorizationToken on * for the keys\' role or user (ECR Public: ecr-public:GetAuthorizationToken, sts:GetServiceBearerToken)'
    ])
    expect(ws.outputs()).toMatchObject({ diagnosis: 'aws-access-denied', 'logged-in': 'false' })
    expect(ws.summary()).toContain('is not authorized to perform: ecr:GetAuthorizationToken')
    expect(session.registry.requests).toEqual([])
    expect(ws.dockerArgv()).toEqual([])
    noLeaks(ws, keys.secretAccessKey)
  }) // prettier-ignore

  it("registry-auth with two regions of one account, one refused by IAM: the error line names the whole failing host, under 200 characters (attack-23 repro-03)", async () => {
    const west = ECR_HOST_NAME.replace(ECR_REGION, 'eu-west-1')
    const ws = session.workspace()
    const entry = (host: string, keys: { accessKeyId: string; secretAccessKey: string }) =>
      `- registry: ${host}\n  username: ${keys.accessKeyId}\n  password: ${keys.secretAccessKey}`
    const registryAuth = [entry(ECR_HOST_NAME, API_KEYS.pusher), entry(west, API_KEYS.denied)].join('\n')
    const result = await runAction('main', ws, { 'registry-auth': registryAuth }, {
      ...environment(),
      DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: [
        `${ECR_HOST_NAME}=${session.registry.url}`,
        `${ECR_API_HOST}=${api.url}`,
        `${west}=${accountA.url}`,
        `api.ecr.eu-west-1.amazonaws.com=${api.url}`
      ].join(',')
    })
    expect(result.exitCode).toBe(1)
    // before: "123456789012.…: AWS refused …": which region failed was not
    // in the annotation; ECR Public's aside goes to make room for the name
    expect(result.errors).toEqual([
      `::error::${west}: AWS refused the request for a registry token: allow ecr:GetAuthorizationToken on * for the keys' role or user`
    ])
    expect(result.errors[0].length - '::error::'.length).toBeLessThan(200)
    expect(JSON.parse(ws.outputs().diagnoses ?? '')).toEqual({ [ECR_HOST_NAME]: 'ok', [west]: 'aws-access-denied' })
    expect(accountA.requests).toEqual([])
    noLeaks(ws, API_KEYS.pusher.secretAccessKey, API_KEYS.denied.secretAccessKey, ECR_LOGINS.pusher.secret)
  }) // prettier-ignore

  it('an access key id AWS does not know: invalid-credentials, about the keys', async () => {
    const { result, ws } = await main({
      username: 'AKIAEXAMPLEUNKNOWN00',
      password: API_KEYS.pusher.secretAccessKey
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::AWS does not accept these access keys: set username to an active access key id and password to its secret access key (or use an OIDC role with configure-aws-credentials)'
    ])
    expect(ws.summary()).toContain(
      'The security token included in the request is invalid.'
    )
    expect(ws.dockerArgv()).toEqual([])
    noLeaks(ws, API_KEYS.pusher.secretAccessKey)
  })

  it('a repository nobody created: repository-not-found, after a login that worked', async () => {
    const keys = API_KEYS.pusher
    const { result, ws } = await main({
      username: keys.accessKeyId,
      password: keys.secretAccessKey,
      push: 'missing'
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      '::error::The ECR repository does not exist: create it first (aws ecr create-repository --repository-name <name>): a push does not create ECR repositories'
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'repository-not-found',
      'logged-in': 'true',
      'push-access': 'denied'
    })
    expect(ws.summary()).toContain("does not exist in the registry with id '123456789012'")
  }) // prettier-ignore

  it('a role that may pull only: insufficient-scope with the IAM push actions', async () => {
    const keys = API_KEYS.puller
    const { result, ws } = await main({
      username: keys.accessKeyId,
      password: keys.secretAccessKey,
      push: 'app'
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(
      /^::error::The IAM identity may not push to this repository: allow ecr:InitiateLayerUpload, UploadLayerPart/
    )
    expect(ws.outputs()).toMatchObject({ diagnosis: 'insufficient-scope', 'push-access': 'denied' })
    expect(ws.summary()).toContain('ecr:InitiateLayerUpload')
    expect(ws.summary()).not.toMatch(/Docker Hub|DOCKERHUB|dckr_/)
  }) // prettier-ignore
})

/** Other accounts (fake) and their registries' hosts. */
const A = '210987654321'
const B = '345678901234'
const A_HOST = `${A}.dkr.ecr.us-east-1.amazonaws.com`
const B_HOST = `${B}.dkr.ecr.us-east-1.amazonaws.com`

/**
 * AWS_ACCOUNT_IDS=A,B, and every host sent to its emulator: the step's
 * own, the API, A's registry, and B's (`bRegistry`).
 */
function withAccounts(bRegistry: FamilyRegistry): Record<string, string> {
  return {
    AWS_ACCOUNT_IDS: `${A},${B}`,
    DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: [
      `${ECR_HOST_NAME}=${session.registry.url}`,
      `${ECR_API_HOST}=${api.url}`,
      `${A_HOST}=${accountA.url}`,
      `${B_HOST}=${bRegistry.url}`
    ].join(',')
  }
}

describeE2e('Amazon ECR with AWS_ACCOUNT_IDS, with the real docker CLI', () => {
  it("logs in to the host and to each account's registry; the post step logs out of all three", async () => {
    const keys = API_KEYS.pusher
    const ws = session.workspace()
    const inputs = { registry: ECR_HOST_NAME, username: keys.accessKeyId, password: keys.secretAccessKey, push: '' }
    const result = await runAction('main', ws, inputs, environment(withAccounts(accountB)))
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({ diagnosis: 'ok', 'logged-in': 'true' })
    const hosts = [session.registry.host, accountA.host, accountB.host]
    // the token of each entry, on stdin: never on a command line
    expect(ws.dockerArgv()).toEqual(hosts.map((host) => `docker login --username AWS --password-stdin ${host}`))
    expect(ws.authKeys().sort()).toEqual([...hosts].sort())
    // the host's server saved before its login, emptied once the list was
    expect(ws.state()).toEqual({ server: '', servers: JSON.stringify(hosts), logout: 'true', pending: '', config: ws.dockerConfig })
    // no preflight for the accounts: docker's own requests only
    expect(accountA.requests.map((r) => `${r.method} ${r.step} ${r.status}`)).toEqual(['GET ping 401', 'GET ping 200'])
    expect(api.requests).toHaveLength(1)
    expect(ws.summary()).toContain(`| Also logged in (AWS_ACCOUNT_IDS) | \`${A_HOST}\`, \`${B_HOST}\` |`)
    expect(result.stdout).toContain(`✅ Logged in to ${ECR_HOST_NAME} as AWS, and to ${A_HOST}, ${B_HOST} (AWS_ACCOUNT_IDS)`)

    const post = await runAction('post', ws, inputs, environment(withAccounts(accountB)))
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(ws.dockerArgv().slice(3)).toEqual(hosts.map((host) => `docker logout -- ${host}`))
    expect(ws.authKeys()).toEqual([])
    noLeaks(ws, keys.secretAccessKey, ECR_LOGINS.pusher.secret)
  }) // prettier-ignore

  it("one account's registry refuses the login: the step fails on one line naming that host; the others are logged in and out", async () => {
    const keys = API_KEYS.pusher
    const ws = session.workspace()
    const inputs = { registry: ECR_HOST_NAME, username: keys.accessKeyId, password: keys.secretAccessKey, push: '' }
    const result = await runAction('main', ws, inputs, environment(withAccounts(refusing)))
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      `::error::docker login to ${B_HOST} failed (AWS_ACCOUNT_IDS): allow this identity in that account's repository policies, or remove the account from AWS_ACCOUNT_IDS`
    ])
    // docker's words name the emulator; read as naming the host it stands
    // for, as against AWS, rule ECR004 reads them (ecr-accounts.test.ts)
    expect(ws.outputs()).toMatchObject({ diagnosis: 'invalid-credentials', 'logged-in': 'false' })
    // docker's own words, in the evidence
    expect(ws.summary()).toContain(`"login attempt to http://${refusing.host}/v2/ failed with status: 400 Bad Request" (rule ECR004)`)
    expect(ws.summary()).toContain('## ❌ Logged in, but a registry of AWS_ACCOUNT_IDS refused the token')
    const loggedIn = [session.registry.host, accountA.host]
    expect(ws.authKeys().sort()).toEqual([...loggedIn].sort())
    expect(ws.state()).toEqual({ server: '', servers: JSON.stringify(loggedIn), logout: 'true', pending: '', config: ws.dockerConfig })
    expect(ws.summary()).toContain(`| \`docker login to ${B_HOST} (AWS_ACCOUNT_IDS)\` | \`failed (exit code 1)\` |`)
    // docker's own words, in a collapsed group
    expect(result.stdout).toContain(`::group::docker login output for ${B_HOST} (exit code 1)`)

    await runAction('post', ws, inputs, environment(withAccounts(refusing)))
    expect(ws.dockerArgv().slice(3)).toEqual(loggedIn.map((host) => `docker logout -- ${host}`))
    expect(ws.authKeys()).toEqual([])
    noLeaks(ws, keys.secretAccessKey, ECR_LOGINS.pusher.secret)
  }) // prettier-ignore
})

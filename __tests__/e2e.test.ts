/**
 * The thin end-to-end layer: the bundle of the current src/ (built once per
 * run, never dist/) run as the GitHub runner runs it — INPUT_* variables,
 * the file commands, a temporary DOCKER_CONFIG — with the real docker CLI
 * against the emulator. Only what needs the real process is here: the
 * runner's files and commands, the secret scan of every artifact, masking
 * before anything is printed, debug logging, the docker child's
 * environment, and that the bundle gives the golden records.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  chmodSync,
  chownSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type Server
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import {
  normalise,
  SCENARIOS,
  withoutRuleIds,
  recordName,
  type GoldenRecord
} from '../__fixtures__/golden.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import {
  startBasicRegistry,
  type BasicRegistry
} from '../emulator/basic-registry.js'
import type { Emulator, FaultPlan } from '../emulator/server.js'
import {
  findDocker,
  leaks,
  runAction,
  type ActionInputs,
  type RunResult,
  type Workspace
} from '../scripts/runner.js'

const session = emulatorSession()
const PAT = ACCOUNTS.patReadWrite
const ok = { username: PAT.username, password: PAT.secret }
const DEBUG_ENV = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }

let basic: BasicRegistry
beforeAll(async () => {
  basic = await startBasicRegistry()
})
afterAll(async () => {
  await basic.close()
})

/** Runs an entry of the bundle with the emulator (or `hub`) as Docker Hub. */
async function run(
  entry: 'main' | 'post',
  ws: Workspace,
  inputs: ActionInputs,
  env: Record<string, string> = {},
  hub = session.emulator.url
): Promise<RunResult> {
  return runAction(entry, ws, inputs, {
    DOCKER_LOGIN_PREFLIGHT_HUB: hub,
    ...env
  })
}

/**
 * No stack trace: nothing on stderr, no `    at …` frame and no Node.js
 * `Error: …` header anywhere.
 */
function expectNoStackTrace(result: RunResult): void {
  const text = `${result.stdout}\n${result.stderr}`
  expect(result.stderr).toBe('')
  expect(text).not.toMatch(/^\s+at \S/m)
  expect(text).not.toMatch(/^\s*(?:[A-Z][A-Za-z]*)?Error(?: \[\w+\])?: /m)
  expect(text).not.toContain('node:internal')
}

describeE2e('the bundled action, as the runner runs it', () => {
  it('logs in and out: the mask first, outputs, state, summary, and only its own config entry', async () => {
    const ws = session.workspace()
    const before = {
      auths: { 'ghcr.io': { auth: 'c29tZW9uZTpnaHBfb3RoZXI=' } },
      credHelpers: { 'gcr.io': 'gcloud' },
      someTool: { nested: [1, { deep: true }] }
    }
    writeFileSync(
      join(ws.dockerConfig, 'config.json'),
      JSON.stringify(before, null, 2)
    )
    const main = await run('main', ws, { ...ok, push: 'octocat/app' })
    expect(main.exitCode).toBe(0)
    expect(main.stdout.split('\n')[0]).toBe(`::add-mask::${PAT.secret}`)
    expect(main.errors).toEqual([])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      'push-access': 'granted',
      'credential-kind': 'personal-access-token'
    })
    // "pending" named the login under way, cleared when it succeeded
    expect(ws.state()).toEqual({
      server: session.emulator.host,
      logout: 'true',
      pending: '',
      config: ws.dockerConfig
    })
    expect(ws.summary()).toMatch(/^## ✅ Docker login succeeded\n/)
    expect(ws.dockerArgv()).toEqual([
      `docker login --username ${PAT.username} --password-stdin ${session.emulator.host}`
    ])
    expect(ws.authKeys().sort()).toEqual(
      ['ghcr.io', session.emulator.host].sort()
    )

    const post = await run('post', ws, ok)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain(`Logged out of ${session.emulator.host}.`)
    expect(ws.dockerConfigJson()).toEqual(before)
    expectNoStackTrace(main)
    expectNoStackTrace(post)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })

  // chown needs root (the CI machine's user, and a container job's)
  ;(process.getuid?.() === 0 ? it : it.skip)("keeps the config file's owner and mode when it puts back what docker dropped, as docker does (attack-24 repro-01)", async () => {
    const ws = session.workspace()
    const file = join(ws.dockerConfig, 'config.json')
    const before = { auths: { 'ghcr.io': { auth: 'c29tZW9uZTpnaHBfb3RoZXI=' } }, credHelpers: {}, 'x-unknown': 'value' }
    writeFileSync(file, JSON.stringify(before, null, 2))
    chmodSync(file, 0o640)
    chownSync(file, 1000, 1001)
    const main = await run('main', ws, ok)
    expect(main.exitCode).toBe(0)
    // docker dropped the empty credHelpers and the unknown key: put back
    expect(ws.dockerConfigJson()).toMatchObject({ credHelpers: {}, 'x-unknown': 'value' })
    for (const step of ['main', 'post']) {
      if (step === 'post') expect((await run('post', ws, ok)).exitCode).toBe(0)
      const { uid, gid, mode } = statSync(file)
      expect([step, uid, gid, (mode & 0o777).toString(8)]).toEqual([step, 1000, 1001, '640'])
    }
    expect(ws.dockerConfigJson()).toEqual(before)
  }) // prettier-ignore

  it('says that config.json is a directory when docker cannot save the login in it (attack-24 repro-02)', async () => {
    const ws = session.workspace()
    mkdirSync(join(ws.dockerConfig, 'config.json'))
    const main = await run('main', ws, ok)
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([
      `::error::The docker config file is a directory: remove the directory ${ws.dockerConfig}/config.json, or mount the file itself (a mount of a missing file makes a directory)`
    ])
    expect(ws.outputs()).toMatchObject({ diagnosis: 'credential-store-error', 'logged-in': 'false' })
    expect(ws.summary()).toContain('`rmdir ')
    expectNoStackTrace(main)
  }) // prettier-ignore

  // attack-28 repro-01, repro-02: docker's own default helper on PATH, and
  // a helper that only reads, each failing to store the login
  it.each([
    [
      "docker's default helper (docker-credential-secretservice on PATH, no credsStore) without a D-Bus session",
      'docker-credential-secretservice',
      'echo "Cannot autolaunch D-Bus without X11 \\$DISPLAY"',
      undefined,
      "::error::docker's default credential helper failed: no credsStore is set, so docker used the helper on PATH: give it a D-Bus session or `pass init`, or uninstall it"
    ],
    [
      'the ECR helper named as credsStore, which stores nothing',
      'docker-credential-ecr-login',
      'echo "not implemented"',
      { credsStore: 'ecr-login' },
      '::error::The credential helper cannot store logins: remove it from config.json for this registry, or for ecr-login set AWS_ECR_IGNORE_CREDS_STORAGE=true'
    ]
  ])('%s: credential-store-error with its own fix', async (_name, helper, says, config, error) => {
    const ws = session.workspace()
    if (config) writeFileSync(join(ws.dockerConfig, 'config.json'), JSON.stringify(config))
    const script = join(ws.bin, helper)
    writeFileSync(script, `#!/bin/sh\ncat >/dev/null\n${says}\nexit 1\n`)
    chmodSync(script, 0o755)
    const main = await run('main', ws, ok)
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([error])
    expect(ws.outputs()).toMatchObject({ diagnosis: 'credential-store-error', 'logged-in': 'false' })
    expectNoStackTrace(main)
  }) // prettier-ignore

  // attack-66 A66-04: with a login held in config.json, the real docker
  // picks no default store, though its helper is on PATH and fails: the
  // login is kept in the file (why the action names that helper only for
  // a config that holds none)
  it("docker's default helper on PATH is not used where the config holds a login: the login succeeds in the file", async () => {
    const ws = session.workspace()
    writeFileSync(join(ws.dockerConfig, 'config.json'), JSON.stringify({ auths: { 'https://index.docker.io/v1/': {} } }))
    const script = join(ws.bin, 'docker-credential-secretservice')
    writeFileSync(script, '#!/bin/sh\ncat >/dev/null\necho "Cannot autolaunch D-Bus without X11 \\$DISPLAY"\nexit 1\n')
    chmodSync(script, 0o755)
    const main = await run('main', ws, ok)
    expect(main.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({ diagnosis: 'ok', 'logged-in': 'true' })
    const written = ws.dockerConfigJson() ?? {}
    expect(Object.keys((written.auths ?? {}) as object)).toContain(session.emulator.host)
    expect(written.credsStore).toBeUndefined()
  }) // prettier-ignore

  // attack-29 repro-01: cesanta/docker_auth refuses a scope its ACL does
  // not allow with a plain 401 "Access denied (…)" (auth_server/server
  // doAuth), which no rule reads: the login is asked again without the push
  // scope, and the push probe finds the push refused
  it('a token service that refuses the push scope in words of its own: logged in, insufficient-scope, never invalid-credentials', async () => {
    const issued = new Set<string>()
    let asked = 0
    const authorization = `Basic ${Buffer.from(`${ok.username}:${ok.password}`).toString('base64')}`
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      const auth = req.headers.authorization ?? ''
      const json = { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' }
      if (url.pathname === '/auth') {
        asked += 1
        if (auth !== authorization) return void res.writeHead(401, { 'content-type': 'text/plain' }).end('Auth failed.\n')
        const scopes = url.searchParams.getAll('scope')
        if (scopes.some((scope) => !/^repository:team\/[^:]+:pull$/.test(scope))) return void res.writeHead(401, { 'content-type': 'text/plain' }).end('Access denied (%!s(<nil>))\n')
        const token = `opaque-${issued.size}-${Math.random().toString(36).slice(2)}`
        issued.add(token)
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }))
      }
      if (auth.startsWith('Bearer ') && issued.has(auth.slice(7)) && req.method === 'GET') return void res.writeHead(200, json).end('{}')
      const address = server.address() as AddressInfo
      res.writeHead(401, { ...json, 'www-authenticate': `Bearer realm="http://127.0.0.1:${address.port}/auth",service="Docker registry",scope="repository:team/app:pull,push"` })
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}\n')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
      const ws = session.workspace()
      const main = await run('main', ws, { ...ok, registry: host, push: `${host}/team/app` })
      expect(main.exitCode).toBe(1)
      expect(ws.outputs()).toMatchObject({ diagnosis: 'insufficient-scope', 'logged-in': 'true', 'push-access': 'denied' })
      expect(ws.authKeys()).toEqual([host])
      // a wrong password, refused in words that say nothing of access, is
      // sent once: a lockout counts each refused request (attack-30 repro-02)
      asked = 0
      const wrong = session.workspace()
      await run('main', wrong, { username: ok.username, password: 'not-the-password', registry: host, push: `${host}/team/app` })
      expect([wrong.outputs().diagnosis, asked]).toEqual(['invalid-credentials', 1])
    } finally {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    }
  }) // prettier-ignore

  // attack-27 repro-01: login-action ignores scope under
  // DOCKER_LOGIN_SCOPE_DISABLED=true and logs in to the docker config
  it('scope is an input error saying why, and ignored under DOCKER_LOGIN_SCOPE_DISABLED=true: the login goes to the docker config', async () => {
    const refused = session.workspace()
    const no = await run('main', refused, { ...ok, scope: 'octocat/app@push' })
    expect(no.exitCode).toBe(1)
    expect(no.errors).toEqual([expect.stringMatching(/^::error::Input "scope" is not supported: .*DOCKER_LOGIN_SCOPE_DISABLED=true/)])
    expect(refused.dockerArgv()).toEqual([])
    for (const value of ['true', 'True', '1']) {
      const ws = session.workspace()
      const main = await run('main', ws, { ...ok, scope: 'octocat/app@push' }, { DOCKER_LOGIN_SCOPE_DISABLED: value })
      expect([main.exitCode, ws.outputs().diagnosis, ws.outputs()['logged-in']]).toEqual([0, 'ok', 'true'])
      expect(ws.authKeys()).toHaveLength(1)
    }
    // any other value keeps the refusal
    const other = await run('main', session.workspace(), { ...ok, scope: 'octocat/app@push' }, { DOCKER_LOGIN_SCOPE_DISABLED: 'yes' })
    expect(other.exitCode).toBe(1)
  }) // prettier-ignore

  it('fails a refused credential with one error line, and never gives docker the password', async () => {
    const account = ACCOUNTS.password2fa
    const ws = session.workspace()
    const main = await run('main', ws, {
      username: account.username,
      password: account.secret
    })
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([
      '::error::Password used on an account with two-factor authentication: create a personal access token and use it as the password (secret DOCKERHUB_TOKEN)'
    ])
    // docker login started with the preflight and was stopped without the
    // password: only the preflight's requests reached the registry
    expect(ws.dockerArgv()).toEqual([
      `docker login --username ${account.username} --password-stdin ${session.emulator.host}`
    ])
    expect(session.emulator.requests.map((r) => r.step)).toEqual([
      'token',
      'hub-login'
    ])
    expect(ws.authKeys()).toEqual([])
    expect(ws.state()).toEqual({})
    expectNoStackTrace(main)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it("names docker's missing context, not the credential, when docker cannot start (docs/registries.md §13n)", async () => {
    const ws = session.workspace()
    const before = { currentContext: 'gone', auths: {} }
    writeFileSync(
      join(ws.dockerConfig, 'config.json'),
      JSON.stringify(before, null, 2)
    )
    const main = await run('main', ws, ok)
    expect(main.exitCode).toBe(1)
    expect(main.errors).toEqual([
      "::error::docker's current context does not exist: switch docker to a context that exists (docker context use default), or unset DOCKER_CONTEXT"
    ])
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'credential-store-error',
      'logged-in': 'false'
    })
    expect(ws.summary()).toContain('`docker context ls`')
    expect(ws.dockerConfigJson()).toEqual(before)
    // the login named as under way, then cleared: nothing to log out of
    expect(ws.state()).toEqual({ logout: '', pending: '', config: '' })
    expectNoStackTrace(main)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })

  it.each([
    ['a username with spaces', { ...ok, username: 'octo cat' }],
    ['a boolean that is not one', { ...ok, logout: 'yes' }],
    ['a registry of another scheme', { ...ok, registry: 'ftp://ghcr.io' }]
  ])(
    'answers %s with one error line and exit code 1, nothing sent',
    async (_name, inputs) => {
      const ws = session.workspace()
      const main = await run('main', ws, inputs)
      expect(main.exitCode).toBe(1)
      expect(main.errors).toHaveLength(1)
      expect(main.errors[0]).toMatch(/^::error::Input "\w+"/)
      expect(session.emulator.requests).toEqual([])
      expect(ws.dockerArgv()).toEqual([])
      expectNoStackTrace(main)
    }
  )

  it('runs docker without the step inputs in its environment', async () => {
    const ws = session.workspace()
    const dump = join(ws.dir, 'docker-env')
    writeFileSync(
      join(ws.bin, 'docker'),
      `#!/bin/sh\nenv > '${dump}'\nexec '${findDocker()}' "$@"\n`,
      { mode: 0o755 }
    )
    const main = await run('main', ws, ok)
    expect(main.exitCode).toBe(0)
    const env = readFileSync(dump, 'utf8')
    expect(env).toContain(`DOCKER_CONFIG=${ws.dockerConfig}`)
    expect(env).not.toMatch(/^INPUT_/m)
    expect(env).not.toContain(PAT.secret)
  })
})

describeE2e('secrets, with step debug on', () => {
  it('a login with push checks, then the post step, print no form of the secret', async () => {
    const ws = session.workspace()
    const main = await run(
      'main',
      ws,
      { ...ok, push: 'octocat/app' },
      DEBUG_ENV
    )
    expect(main.exitCode).toBe(0)
    const post = await run('post', ws, ok, DEBUG_ENV)
    expect(post.exitCode).toBe(0)
    expectNoStackTrace(main)
    expectNoStackTrace(post)
    expect(leaks(ws, PAT.username, PAT.secret)).toEqual([])
  })

  it.each([
    ['a wrong password', ACCOUNTS.wrongPassword, []],
    [
      'a registry down for good',
      PAT,
      [{ route: 'any', kind: '503', times: Infinity }]
    ]
  ] as Array<[string, { username: string; secret: string }, FaultPlan[]]>)(
    'a failure (%s) prints no form of the secret',
    async (_name, account, faults) => {
      session.emulator.setFaults(faults)
      const ws = session.workspace()
      const main = await run(
        'main',
        ws,
        {
          username: account.username,
          password: account.secret,
          retries: '0',
          timeout: '1'
        },
        DEBUG_ENV
      )
      expect(main.exitCode).toBe(1)
      expect(main.errors).toHaveLength(1)
      expectNoStackTrace(main)
      expect(leaks(ws, account.username, account.secret)).toEqual([])
    }
  )
})

/** Token values in a JSON body, as the registry handed them out. */
function tokensOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>
    return ['token', 'access_token', 'refresh_token', 'login_2fa_token']
      .map((field) => parsed[field])
      .filter((value): value is string => typeof value === 'string')
  } catch {
    return []
  }
}

/**
 * A proxy in front of the emulator that records every token handed to the
 * action (its user agent), and moves the challenge's realm onto itself so
 * that token requests pass through it too.
 */
async function startRecordingProxy(target: Emulator) {
  const tokens = new Set<string>()
  let url = ''
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers: IncomingHttpHeaders = { ...req.headers, host: target.host }
      const upstream = request(
        {
          host: '127.0.0.1',
          port: target.port,
          method: req.method,
          path: req.url,
          headers
        },
        (answer) => {
          const body: Buffer[] = []
          answer.on('data', (chunk: Buffer) => body.push(chunk))
          answer.on('end', () => {
            const text = Buffer.concat(body).toString('utf8')
            if (req.headers['user-agent'] === 'docker-login-preflight') {
              for (const token of tokensOf(text)) tokens.add(token)
            }
            const out = { ...answer.headers }
            const challenge = out['www-authenticate']
            if (typeof challenge === 'string') {
              out['www-authenticate'] = challenge.replaceAll(target.url, url)
            }
            res.writeHead(answer.statusCode ?? 502, out)
            res.end(Buffer.concat(body))
          })
        }
      )
      upstream.on('error', () => res.destroy())
      upstream.end(Buffer.concat(chunks))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    tokens,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

describeE2e('every token the action receives is masked before it shows', () => {
  it.each([
    ['a login with push and rate-limit scopes', PAT, 'octocat/app'],
    ['a read-only token asked for push', ACCOUNTS.patReadOnly, 'octocat/app'],
    ['the login_2fa_token of the Hub API', ACCOUNTS.password2fa, '']
  ] as Array<[string, { username: string; secret: string }, string]>)(
    '%s',
    async (_name, account, push) => {
      const proxy = await startRecordingProxy(session.emulator)
      try {
        const ws = session.workspace()
        const main = await run(
          'main',
          ws,
          { username: account.username, password: account.secret, push },
          DEBUG_ENV,
          proxy.url
        )
        expect(proxy.tokens.size).toBeGreaterThan(0)
        const artifacts = ws.artifacts()
        for (const token of proxy.tokens) {
          const mask = main.stdout.indexOf(`::add-mask::${token}\n`)
          expect(mask).toBeGreaterThanOrEqual(0)
          // the mask line is where the token shows first
          expect(main.stdout.indexOf(token)).toBe(mask + '::add-mask::'.length)
          for (const [name, text] of Object.entries(artifacts)) {
            expect({ name, leaked: text.includes(token) }).toEqual({
              name,
              leaked: false
            })
          }
        }
        expectNoStackTrace(main)
        expect(leaks(ws, account.username, account.secret)).toEqual([])
      } finally {
        await proxy.close()
      }
    }
  )
})

/** Turns workflow-command data back into the text it escapes. */
function unescape(data: string): string {
  return data
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%25', '%')
}

function commands(stdout: string, name: string): string[] {
  const prefix = `::${name}::`
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => unescape(line.slice(prefix.length)))
}

describeE2e('the bundle gives the golden records', () => {
  const records = JSON.parse(
    readFileSync(new URL('./golden/action.json', import.meta.url), 'utf8')
  ) as Record<string, GoldenRecord>
  const chosen = [
    'account patReadWrite',
    'account password',
    'push: read-only PAT',
    'skip-if-missing: fork pull request',
    'Basic-auth registry: a wrong password',
    'input error: push entry not a repository'
  ]
  it.each(chosen)('%s', async (name) => {
    const scenario = SCENARIOS.find((s) => s.name === name)
    if (!scenario) throw new Error(`no golden scenario ${name}`)
    const ws = session.workspace()
    const env: Record<string, string> = {}
    if (scenario.event) {
      const path = join(ws.dir, 'event.json')
      writeFileSync(path, JSON.stringify(scenario.event.payload))
      env.GITHUB_EVENT_NAME = scenario.event.name
      env.GITHUB_EVENT_PATH = path
      env.GITHUB_ACTOR = scenario.event.actor
    }
    const places = {
      emulator: session.emulator.host,
      basic: basic.host,
      workspace: ws.dir
    }
    const inputs = Object.fromEntries(
      Object.entries(scenario.inputs).map(([k, v]) => [
        k,
        v.replaceAll('{basic}', basic.host)
      ])
    )
    const main = await runAction('main', ws, inputs, {
      ...(scenario.hub === false
        ? {}
        : { DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url }),
      ...env
    })
    const record = normalise(
      {
        exitCode: main.exitCode,
        outputs: ws.outputs(),
        errors: commands(main.stdout, 'error'),
        warnings: commands(main.stdout, 'warning'),
        notices: commands(main.stdout, 'notice'),
        summary: ws.summary()
      },
      places
    )
    expect(withoutRuleIds(record)).toEqual(records[recordName(scenario)])
  })
})

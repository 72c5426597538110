/**
 * `registry-auth` end to end: the bundle of the current src/ run as the
 * runner runs it, with the real docker CLI, against two registries on
 * loopback — the Docker Hub emulator (DOCKER_LOGIN_PREFLIGHT_HUB) and the
 * GHCR emulator named `ghcr.io` (DOCKER_LOGIN_PREFLIGHT_ENDPOINTS). The
 * main step logs in to both; the post step removes exactly those two
 * entries of the docker config and nothing else; no password appears in
 * any artifact.
 */
import { expect, it } from '@jest/globals'
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  describeE2e,
  emulatorSession,
  familySession
} from '../__fixtures__/e2e.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { GHCR_ACCOUNTS, GHCR_SPEC } from '../emulator/registries/ghcr.js'
import {
  bundlePath,
  ensureBundle,
  leaks,
  runAction,
  type Workspace
} from '../scripts/runner.js'

const hub = emulatorSession()
const ghcr = familySession(GHCR_SPEC)

/** An entry of the docker config the action must leave as it is. */
const OTHER = { 'registry.example:5000': { auth: 'b3RoZXI6ZW50cnk=' } }

type Account = { username: string; secret: string }

/** Runs an entry with a Docker Hub and a ghcr.io entry. */
/** The step's inputs: a Docker Hub entry, then a ghcr.io one. */
function inputs(hubAccount: Account, ghcrAccount: Account) {
  return {
    'registry-auth': [
      `- username: ${hubAccount.username}`,
      `  password: ${hubAccount.secret}`,
      `- registry: ghcr.io`,
      `  username: ${ghcrAccount.username}`,
      `  password: ${ghcrAccount.secret}`
    ].join('\n')
  }
}

function step(
  entry: 'main' | 'post',
  ws: Workspace,
  hubAccount: Account,
  ghcrAccount: Account,
  jobEnv: Record<string, string> = {}
) {
  return runAction(entry, ws, inputs(hubAccount, ghcrAccount), {
    DOCKER_LOGIN_PREFLIGHT_HUB: hub.emulator.url,
    ...ghcr.endpoints('ghcr.io'),
    ...jobEnv
  })
}

/** A workspace whose docker config already holds another registry. */
function workspace(): Workspace {
  const ws = hub.workspace()
  writeFileSync(
    join(ws.dockerConfig, 'config.json'),
    JSON.stringify({ auths: OTHER, detachKeys: 'ctrl-e,e' })
  )
  return ws
}

/** Every password of the run, in every artifact. */
function allLeaks(ws: Workspace, accounts: Account[]): string[] {
  return accounts.flatMap((a) => leaks(ws, a.username, a.secret))
}

describeE2e('registry-auth, with the real docker CLI', () => {
  it('logs in to both, and the post step removes exactly those two entries', async () => {
    const ws = workspace()
    const accounts = [ACCOUNTS.patReadWrite, GHCR_ACCOUNTS.classicWrite]
    const [hubAccount, ghcrAccount] = accounts
    // a job-level env holding the passwords: never in docker's environment,
    // at the login or the post step's logout (attack round 13)
    const jobEnv = {
      HUB_TOKEN: hubAccount.secret,
      GHCR_TOKEN: ghcrAccount.secret
    }
    const result = await step('main', ws, hubAccount, ghcrAccount, jobEnv)
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    const hubHost = hub.emulator.host
    const ghcrHost = ghcr.registry.host
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      diagnoses: '{"docker.io":"ok","ghcr.io":"ok"}'
    })
    expect(ws.state()).toEqual({
      servers: JSON.stringify([hubHost, ghcrHost]),
      logout: 'true',
      pending: '',
      'env-dropped': JSON.stringify(['HUB_TOKEN', 'GHCR_TOKEN']),
      config: ws.dockerConfig
    })
    expect(ws.authKeys().sort()).toEqual(
      [...Object.keys(OTHER), hubHost, ghcrHost].sort()
    )
    expect(ws.dockerArgv().sort()).toEqual(
      [
        `docker login --username ${hubAccount.username} --password-stdin ${hubHost}`,
        `docker login --username ${ghcrAccount.username} --password-stdin ${ghcrHost}`
      ].sort()
    )
    expect(ws.summary()).toContain('## ✅ Docker login to 2 registries')

    const post = await step('post', ws, hubAccount, ghcrAccount, jobEnv)
    expect(post.exitCode).toBe(0)
    expect(post.warnings).toEqual([])
    expect(ws.dockerArgv().slice(2)).toEqual([
      `docker logout -- ${hubHost}`,
      `docker logout -- ${ghcrHost}`
    ])
    // four docker commands, none with the job's variables
    const dockerEnv = readFileSync(ws.envLog, 'utf8')
    expect(dockerEnv.match(/^PATH=/gm)).toHaveLength(4)
    expect(dockerEnv).not.toMatch(/^(HUB|GHCR)_TOKEN=/m)
    expect(ws.dockerConfigJson()).toEqual({
      auths: OTHER,
      detachKeys: 'ctrl-e,e'
    })
    expect(allLeaks(ws, accounts)).toEqual([])
  })

  it('one refused entry: its diagnosis, both in diagnoses, exit 1, the other logged in and out', async () => {
    const ws = workspace()
    const accounts = [ACCOUNTS.patExpired, GHCR_ACCOUNTS.classicWrite]
    const [hubAccount, ghcrAccount] = accounts
    const result = await step('main', ws, hubAccount, ghcrAccount)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/^::error::docker\.io: /)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'token-expired',
      'logged-in': 'false',
      diagnoses: '{"docker.io":"token-expired","ghcr.io":"ok"}'
    })
    const ghcrHost = ghcr.registry.host
    // docker login never ran for the refused credential
    expect(ws.dockerArgv()).toEqual([
      `docker login --username ${ghcrAccount.username} --password-stdin ${ghcrHost}`
    ])
    expect(ws.state()).toEqual({
      servers: JSON.stringify([ghcrHost]),
      logout: 'true',
      pending: '',
      config: ws.dockerConfig
    })
    expect(ws.summary()).toContain(
      '## ❌ Docker login failed for 1 of 2 registries'
    )

    await step('post', ws, hubAccount, ghcrAccount)
    expect(ws.dockerArgv().slice(1)).toEqual([`docker logout -- ${ghcrHost}`])
    expect(ws.authKeys()).toEqual(Object.keys(OTHER))
    expect(allLeaks(ws, accounts)).toEqual([])
  })

  // registry-auth is a chunk loaded only for it (src/main.ts
  // loadRegistryAuth): an install that lost it fails in one line
  it('an install without the registry-auth chunk: one line, no stack trace, nothing logged in', async () => {
    await ensureBundle()
    const copy = mkdtempSync(join(tmpdir(), 'dlp-no-chunk-'))
    try {
      const main = dirname(bundlePath('main'))
      cpSync(join(main, '..'), copy, { recursive: true })
      const chunk = readdirSync(join(copy, 'main')).find((f) =>
        f.startsWith('multi-login-')
      )
      expect(chunk).toBeDefined()
      rmSync(join(copy, 'main', chunk ?? ''))
      const ws = workspace()
      const accounts = [ACCOUNTS.patReadWrite, GHCR_ACCOUNTS.classicWrite]
      const [hubAccount, ghcrAccount] = accounts
      const result = await runAction(
        'main',
        ws,
        inputs(hubAccount, ghcrAccount),
        { DOCKER_LOGIN_PREFLIGHT_HUB: hub.emulator.url },
        { script: join(copy, 'main', 'index.js') }
      )
      expect(result.exitCode).toBe(1)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(
        /^::error::docker-login-preflight failed unexpectedly: .*multi-login-/
      )
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect(ws.dockerArgv()).toEqual([])
      expect(allLeaks(ws, accounts)).toEqual([])
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})

/**
 * End to end: the bundled action (main and post of the bundle globalSetup
 * built from src/) run as the runner runs it, against the Docker Hub emulator on loopback, with the real docker
 * CLI. Every test scans all artifacts for the secret.
 */
import { expect, it } from '@jest/globals'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACCOUNTS } from '../emulator/accounts.js'
import { leaks, runAction } from '../scripts/runner.js'

const session = emulatorSession()

/** The environment that makes the emulator Docker Hub. */
function hubEnv(): Record<string, string> {
  return { DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url }
}

describeE2e('login and logout with the real docker CLI', () => {
  const account = ACCOUNTS.patReadWrite

  it('logs in, writes the auth entry, and the post step removes only it', async () => {
    const ws = session.workspace()
    const other = {
      auths: { 'ghcr.io': { auth: Buffer.from('me:other').toString('base64') } }
    }
    writeFileSync(
      join(ws.dockerConfig, 'config.json'),
      JSON.stringify(other, null, 2)
    )
    const inputs = { username: account.username, password: account.secret }

    const main = await runAction('main', ws, inputs, hubEnv())
    // The secret is masked before anything else is printed.
    expect(main.stdout.split('\n')[0]).toBe(`::add-mask::${account.secret}`)
    expect(main.errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(ws.authKeys().sort()).toEqual(
      [session.emulator.host, 'ghcr.io'].sort()
    )
    const entry = (ws.dockerConfigJson()?.auths as Record<string, unknown>)[
      session.emulator.host
    ] as { auth: string }
    expect(Buffer.from(entry.auth, 'base64').toString()).toBe(
      `${account.username}:${account.secret}`
    )
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      warnings: '',
      'credential-kind': 'personal-access-token',
      'logged-in': 'true'
    })
    expect(ws.state()).toEqual({
      server: session.emulator.host,
      logout: 'true'
    })

    const post = await runAction('post', ws, inputs, hubEnv())
    expect(post.exitCode).toBe(0)
    expect(ws.authKeys()).toEqual(['ghcr.io'])
    expect(ws.dockerConfigJson()?.auths).toEqual(other.auths)
    expect(ws.dockerArgv()).toEqual([
      `docker login --username ${account.username} --password-stdin ${session.emulator.host}`,
      `docker logout ${session.emulator.host}`
    ])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('stays logged in with logout: false', async () => {
    const ws = session.workspace()
    const inputs = {
      username: account.username,
      password: account.secret,
      logout: 'false'
    }
    expect((await runAction('main', ws, inputs, hubEnv())).exitCode).toBe(0)
    expect((await runAction('post', ws, inputs, hubEnv())).exitCode).toBe(0)
    expect(ws.authKeys()).toEqual([session.emulator.host])
    expect(ws.dockerArgv()).toHaveLength(1)
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('writes a summary with the registry, the kind and the checks, never the secret', async () => {
    const ws = session.workspace()
    await runAction(
      'main',
      ws,
      { username: account.username, password: account.secret },
      hubEnv()
    )
    const summary = ws.summary()
    expect(summary).toContain('Docker login succeeded')
    expect(summary).toContain('| Credential kind | personal-access-token |')
    expect(summary).toContain('Registry ping')
    expect(summary).toContain('Token request')
    expect(summary).toContain('| docker login | succeeded |')
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('post does nothing when main did not log in', async () => {
    const ws = session.workspace()
    const inputs = { username: account.username, password: 'wrong-secret' }
    const main = await runAction('main', ws, inputs, hubEnv())
    expect(main.exitCode).toBe(1)
    const post = await runAction('post', ws, inputs, hubEnv())
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('Nothing to log out of')
    expect(ws.dockerArgv()).toEqual([])
    expect(leaks(ws, account.username, 'wrong-secret')).toEqual([])
  })

  it('logs in with preflight: false and the CLI alone', async () => {
    const ws = session.workspace()
    const main = await runAction(
      'main',
      ws,
      {
        username: account.username,
        password: account.secret,
        preflight: 'false'
      },
      hubEnv()
    )
    expect(main.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      warnings: 'preflight-skipped',
      'logged-in': 'true'
    })
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('works with any registry named by host, without the Hub override', async () => {
    const ws = session.workspace()
    const inputs = {
      registry: session.emulator.host,
      username: account.username,
      password: account.secret
    }
    const main = await runAction('main', ws, inputs)
    expect(main.exitCode).toBe(0)
    expect(ws.outputs()).toMatchObject({
      diagnosis: 'ok',
      'logged-in': 'true',
      // Not Docker Hub: no rate-limit probe.
      'rate-limit-limit': ''
    })
    expect(session.emulator.requests.some((r) => r.step === 'manifest')).toBe(
      false
    )
    expect(ws.authKeys()).toEqual([session.emulator.host])
    expect((await runAction('post', ws, inputs)).exitCode).toBe(0)
    expect(ws.authKeys()).toEqual([])
    expect(leaks(ws, account.username, account.secret)).toEqual([])
  })

  it('on another registry, a refusal is not sent to the Docker Hub API', async () => {
    const ws = session.workspace()
    const twofa = ACCOUNTS.password2fa
    const main = await runAction('main', ws, {
      registry: session.emulator.host,
      username: twofa.username,
      password: twofa.secret
    })
    expect(main.exitCode).toBe(1)
    expect(ws.outputs().diagnosis).toBe('pat-required')
    expect(session.emulator.requests.some((r) => r.step === 'hub-login')).toBe(
      false
    )
    expect(leaks(ws, twofa.username, twofa.secret)).toEqual([])
  })
})

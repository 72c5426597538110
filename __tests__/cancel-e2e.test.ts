/**
 * A job cancelled while the main step runs, after `docker login` stored
 * the credential: the runner signals the step (SIGINT, then SIGTERM) and
 * still runs the post step, which must log out. A fresh bundle of the
 * action, the real docker CLI and a registry on loopback whose push
 * check never answers, so that the step is still running when docker has
 * logged in. The state is saved as soon as `docker login` succeeded
 * (src/main.ts), and a login that failed leaves the entry the runner had
 * there: the post step does not log out of it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describeE2e } from '../__fixtures__/e2e.js'
import { runAction, Workspace } from '../scripts/runner.js'

const USER = 'ci-bot'
const SECRET = 'S3cret-cancelled-job-42'
const BASIC = `Basic ${Buffer.from(`${USER}:${SECRET}`).toString('base64')}`

let server: Server
let host: string
let refuseDocker = false
let stallDocker = false
const workspaces: Workspace[] = []
/** How long the registry keeps docker's login waiting, when it does. */
const STALL_MS = 3_000

beforeAll(async () => {
  // a registry:2 with htpasswd (Basic) whose upload start never answers
  server = createServer((req, res) => {
    // refusing docker itself (its user agent) while the preflight gets in:
    // a docker login that fails while the push check still runs
    const docker = /^docker(-client)?\//i.test(req.headers['user-agent'] ?? '')
    if (req.headers.authorization !== BASIC || (docker && refuseDocker)) {
      res.writeHead(401, {
        'www-authenticate': 'Basic realm="Registry Realm"',
        'docker-distribution-api-version': 'registry/2.0'
      })
      res.end(
        '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}'
      )
      return
    }
    if (req.method === 'POST') return // the push check hangs
    const ok = (): void => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'docker-distribution-api-version': 'registry/2.0'
      })
      res.end('{}')
    }
    // a slow registry: docker has its password and waits on the answer
    if (docker && stallDocker) setTimeout(ok, STALL_MS)
    else ok()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const workspace of workspaces) workspace.remove()
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

/**
 * Runs the main step as the runner would, waits until `ready` (checked
 * every 50 ms, 10 s at most) and a moment more, then cancels the job as the
 * runner does (SIGINT, then SIGTERM 2 s later); its result once it ended.
 */
async function cancelledMain(
  workspace: Workspace,
  ready: () => boolean,
  moment = 0
) {
  let child: ChildProcess | undefined
  const main = runAction(
    'main',
    workspace,
    {
      registry: host,
      username: USER,
      password: SECRET,
      push: 'team/app',
      timeout: '60',
      retries: '0'
    },
    {},
    { onSpawn: (spawned) => (child = spawned) }
  )
  for (let i = 0; i < 200 && !ready(); i++) {
    await new Promise((done) => setTimeout(done, 50))
  }
  await new Promise((done) => setTimeout(done, moment))
  child?.kill('SIGINT')
  const killer = setTimeout(() => child?.kill('SIGTERM'), 2_000)
  const result = await main
  clearTimeout(killer)
  return result
}

describeE2e('a job cancelled after docker login', () => {
  it('has its post step log out of the registry: the state was saved as soon as docker logged in', async () => {
    const workspace = new Workspace()
    workspaces.push(workspace)
    // docker login stores the credential while the push check hangs, and
    // the step saves the state for the post step at once
    const cancelled = await cancelledMain(workspace, () => workspace.state().server === host)
    expect(cancelled.exitCode).not.toBe(0)
    // no outputs were written: the step did not end
    expect(workspace.outputs()).toEqual({})
    const post = await runAction('post', workspace, {})
    expect(post.exitCode).toBe(0)
    expect(workspace.authKeys()).toEqual([])
    expect(workspace.dockerArgv()).toContain(`docker logout -- ${host}`)
  })

  it("a docker login that failed leaves the runner's own entry for that registry: the post step logs out of nothing", async () => {
    refuseDocker = true
    const workspace = new Workspace()
    workspaces.push(workspace)
    try {
      // the runner's own login there, from before this step
      const own = Buffer.from('runner:its-own-secret').toString('base64')
      writeFileSync(join(workspace.dockerConfig, 'config.json'), JSON.stringify({ auths: { [host]: { auth: own } } }))
      // docker login has started (its argv is logged) and, a moment later,
      // failed, while the push check hangs
      await cancelledMain(workspace, () => workspace.dockerArgv().length > 0, 1_500)
      expect(workspace.state()).toEqual({})
      const post = await runAction('post', workspace, {})
      expect(post.exitCode).toBe(0)
      expect(workspace.dockerArgv().filter((argv) => argv.startsWith('docker logout'))).toEqual([])
      expect(workspace.authKeys()).toEqual([host])
    } finally {
      refuseDocker = false
    }
  })

  it('a docker login still waiting on the registry is stopped, or its entry logged out: none is left after the post step', async () => {
    stallDocker = true
    const workspace = new Workspace()
    workspaces.push(workspace)
    try {
      // docker has the password (the state names the login under way,
      // the config having no entry for the registry) and waits on the
      // registry when the job is cancelled
      const cancelled = await cancelledMain(workspace, () => workspace.state().pending === JSON.stringify([host]), 200)
      expect(cancelled.exitCode).not.toBe(0)
      // docker was stopped before it stored anything: no login under way
      // is left for the post step
      expect(workspace.state().pending).toBe('')
      // a run sharing the config logs in there meanwhile: its entry
      const theirs = { auth: Buffer.from('other-run:its-token').toString('base64') }
      writeFileSync(join(workspace.dockerConfig, 'config.json'), JSON.stringify({ auths: { [host]: theirs } }))
      const post = await runAction('post', workspace, {})
      expect(post.exitCode).toBe(0)
      expect(workspace.dockerArgv().filter((argv) => argv.startsWith('docker logout'))).toEqual([])
      // a docker left running would write its entry once the registry
      // answers, after the post step
      await new Promise((done) => setTimeout(done, STALL_MS + 1_000))
      expect(workspace.dockerConfigJson()).toEqual({ auths: { [host]: theirs } })
    } finally {
      stallDocker = false
    }
  })

  it("a credential helper storing the login when the job is cancelled is stopped with docker: nothing stored, nothing left for the post step to log out", async () => {
    const workspace = new Workspace()
    workspaces.push(workspace)
    const store = join(workspace.dir, 'helper-store')
    const marker = join(workspace.dir, 'helper-storing')
    // a helper whose store takes 3 s (a keyring), then keeps the secret
    writeFileSync(join(workspace.bin, 'docker-credential-slowring'), `#!/bin/sh\ncase "$1" in\n  store) input=$(cat); touch '${marker}'; sleep 3; printf '%s' "$input" > '${store}' ;;\n  erase) cat > /dev/null; rm -f '${store}' ;;\n  get) cat > /dev/null; echo 'credentials not found in native keychain'; exit 1 ;;\n  list) echo '{}' ;;\nesac\n`, { mode: 0o755 })
    writeFileSync(join(workspace.dockerConfig, 'config.json'), JSON.stringify({ auths: {}, credsStore: 'slowring' }))
    const cancelled = await cancelledMain(workspace, () => existsSync(marker), 100)
    expect(cancelled.exitCode).not.toBe(0)
    // docker wrote no entry: the login stored nothing, and is not left for
    // the post step (a concurrent run's login there stays its own)
    expect(workspace.state().pending).toBe('')
    await new Promise((done) => setTimeout(done, 3_500))
    // stopped with docker (its process group): it never stored the secret
    expect(existsSync(store)).toBe(false)
    const post = await runAction('post', workspace, {})
    expect(post.exitCode).toBe(0)
    expect(workspace.dockerArgv().filter((argv) => argv.startsWith('docker logout'))).toEqual([])
  })

  it('a post step cancelled while docker logout waits on a helper: docker is stopped, and the keys it drops are put back', async () => {
    const workspace = new Workspace()
    workspaces.push(workspace)
    const marker = join(workspace.dir, 'helper-erasing')
    // a helper whose erase never ends (a keyring that does not answer)
    writeFileSync(join(workspace.bin, 'docker-credential-hang'), `#!/bin/sh\ncase "$1" in\n  erase) cat > /dev/null; touch '${marker}'; sleep 30 ;;\n  *) cat > /dev/null; exit 1 ;;\nesac\n`, { mode: 0o755 })
    const before = { auths: { [host]: {} }, credsStore: 'hang', someTool: { kept: true } }
    writeFileSync(join(workspace.dockerConfig, 'config.json'), JSON.stringify(before))
    writeFileSync(workspace.stateFile, `server<<EOF\n${host}\nEOF\nlogout<<EOF\ntrue\nEOF\n`)
    let child: ChildProcess | undefined
    const post = runAction('post', workspace, {}, {}, { onSpawn: (spawned) => (child = spawned) })
    for (let i = 0; i < 200 && !existsSync(marker); i++) {
      await new Promise((done) => setTimeout(done, 50))
    }
    child?.kill('SIGINT')
    expect((await post).exitCode).not.toBe(0)
    // an orphaned docker logout would rewrite the file without someTool
    await new Promise((done) => setTimeout(done, 2_000))
    expect(workspace.dockerConfigJson()).toMatchObject({ someTool: { kept: true }, credsStore: 'hang' })
  })
}) // prettier-ignore

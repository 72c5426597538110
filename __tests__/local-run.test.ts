/**
 * Local runs (`npx @github/local-action run . src/main.ts .env`): the
 * tool imports src/main.ts and src/post.ts and calls their exported
 * `run()` with the environment of an action run. Here the same: the real
 * `@actions/core`, `INPUT_*` variables, GITHUB_OUTPUT, GITHUB_STATE and
 * GITHUB_STEP_SUMMARY files in a temp dir, the real docker CLI, the
 * emulator as Docker Hub. Importing a module must not run its step; the
 * bundles' entries (src/entrypoints/) do that.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  expect,
  it,
  jest
} from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { Workspace } from '../scripts/runner.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const session = emulatorSession()
const PAT = ACCOUNTS.patReadWrite

// One workspace for the file: @actions/core keeps the summary file's path
// from its first write, as it may in a process that runs one step.
let workspace: Workspace
beforeAll(() => {
  workspace = new Workspace()
})
afterAll(() => workspace.remove())

let saved: NodeJS.ProcessEnv
let printed: string[]
beforeEach(() => {
  saved = { ...process.env }
  printed = []
  for (const file of [
    workspace.outputFile,
    workspace.stateFile,
    workspace.summaryFile
  ]) {
    writeFileSync(file, '')
  }
  rmSync(workspace.argvLog, { force: true })
  rmSync(join(workspace.dockerConfig, 'config.json'), { force: true })
  // what @actions/core prints (workflow commands, info lines), kept for
  // the secret scan instead of the test's output
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  for (const name of Object.keys(process.env)) {
    if (!(name in saved)) delete process.env[name]
  }
  Object.assign(process.env, saved)
  process.exitCode = undefined
})

/** The environment of an action run in the workspace, as a .env sets it. */
function actionEnvironment(inputs: Record<string, string>): void {
  Object.assign(process.env, {
    PATH: `${workspace.bin}:${saved.PATH ?? ''}`,
    RUNNER_TEMP: workspace.dir,
    GITHUB_OUTPUT: workspace.outputFile,
    GITHUB_STATE: workspace.stateFile,
    GITHUB_STEP_SUMMARY: workspace.summaryFile,
    DOCKER_CONFIG: workspace.dockerConfig,
    DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url
  })
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.toUpperCase()}`] = value
  }
}

/** The `INPUT_*` lines of .env.example, by input name. */
function sampleInputs(): Record<string, string> {
  const text = readFileSync(join(ROOT, '.env.example'), 'utf8')
  const inputs: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^INPUT_([A-Z_-]+)=(.*)$/.exec(line)
    if (match) inputs[match[1].toLowerCase()] = match[2]
  }
  return inputs
}

describeE2e(
  'run() of src/main.ts and src/post.ts, as a local runner calls them',
  () => {
    it('importing runs nothing; run() logs in, run() of post logs out', async () => {
      // the inputs of the README's sample .env, as they are
      const inputs = sampleInputs()
      expect(inputs).toMatchObject({
        username: PAT.username,
        password: PAT.secret,
        push: 'octocat/app'
      })
      actionEnvironment(inputs)
      const main = await import('../src/main.js')
      const post = await import('../src/post.js')
      // imported, not run: nothing written, nothing asked, no docker command
      expect(readFileSync(workspace.outputFile, 'utf8')).toBe('')
      expect(session.emulator.requests).toEqual([])
      expect(workspace.dockerArgv()).toEqual([])

      await main.run()
      expect(process.exitCode).toBeUndefined()
      expect(workspace.outputs()).toMatchObject({
        diagnosis: 'ok',
        'logged-in': 'true',
        'credential-kind': 'personal-access-token',
        'push-access': 'granted',
        'rate-limit-remaining': '187'
      })
      expect(workspace.state()).toEqual({
        server: session.emulator.host,
        logout: 'true',
        pending: '',
        config: workspace.dockerConfig
      })
      expect(workspace.summary()).toMatch(/^## ✅ Docker login succeeded\n/)
      expect(workspace.summary()).toContain(
        `Logged in to \`docker.io\` as \`${PAT.username}\`.`
      )
      expect(workspace.authKeys()).toEqual([session.emulator.host])
      expect(workspace.dockerArgv()).toEqual([
        `docker login --username ${PAT.username} --password-stdin ${session.emulator.host}`
      ])

      // the post step reads the state as the runner passes it
      for (const [name, value] of Object.entries(workspace.state())) {
        process.env[`STATE_${name}`] = value
      }
      await post.run()
      expect(workspace.authKeys()).toEqual([])
      expect(workspace.dockerArgv().at(-1)).toBe(
        `docker logout -- ${session.emulator.host}`
      )
      expect(printed.join('')).toContain(
        `Logged out of ${session.emulator.host}.`
      )

      // the secret: masked first, then never printed nor written
      const lines = printed.join('').split('\n')
      expect(lines[0]).toBe(`::add-mask::${PAT.secret}`)
      const shown = lines.filter((line) => !line.startsWith('::add-mask::'))
      const artifacts = { ...workspace.artifacts(), printed: shown.join('\n') }
      for (const [name, text] of Object.entries(artifacts)) {
        expect([name, text.includes(PAT.secret)]).toEqual([name, false])
      }
    })

    it('run() fails the step through the runner: an error command, exit code 1', async () => {
      actionEnvironment({
        username: PAT.username,
        password: 'not-the-token'
      })
      const { run } = await import('../src/main.js')
      await run()
      expect(process.exitCode).toBe(1)
      expect(workspace.outputs()).toMatchObject({
        diagnosis: 'invalid-credentials',
        'logged-in': 'false'
      })
      const errors = printed
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('::error::'))
      expect(errors).toEqual([
        '::error::Incorrect username or password: check that username is your Docker ID and password a current access token of that account'
      ])
      expect(workspace.state()).toEqual({})
      // docker login may have started beside the preflight: it never got
      // the refused password, and stored nothing
      expect(workspace.authKeys()).toEqual([])
      expect(workspace.summary()).toMatch(
        /^## ❌ Docker login failed: incorrect username or password\n/
      )
    })
  }
)

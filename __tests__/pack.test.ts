/**
 * The package as a user gets it: `npm pack` of the repository with a bundle
 * of the current source as its dist/ (DLP_BUNDLE, never the committed dist/),
 * `npm install --offline` of the tarball into an empty folder, and its
 * `node_modules/.bin/docker-login-preflight` run as a child process with no
 * node_modules of ours in reach: `--version`, `explain` and `check` against
 * the Docker Hub emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { ROOT } from '../scripts/bundle.js'
import { secretForms } from '../scripts/runner.js'

/** The bundle of the current source that the test setup built. */
function bundleDir(): string {
  const dir = process.env.DLP_BUNDLE
  if (!dir || !existsSync(join(dir, 'cli', 'index.js'))) {
    throw new Error(
      'DLP_BUNDLE must name a bundle built from the current source (cli/index.js in it)'
    )
  }
  return dir
}

/** What `npm pack --json` says of one tarball. */
interface PackResult {
  filename: string
  files: { path: string }[]
}

interface Run {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** Runs `command args` in `cwd` with `env` only, `stdin` piped in. */
async function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdin = ''
): Promise<Run> {
  const child = spawn(command, args, { cwd, env, stdio: 'pipe' })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  child.stdin.on('error', () => undefined)
  child.stdin.end(stdin)
  const exitCode = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', (code) => done(code))
  })
  return { exitCode, stdout, stderr }
}

/** What the repository holds besides its sources: never copied. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', 'coverage'])

const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string
  }
).version

let work: string
let packed: PackResult
let bin: string
let installed: string
let emulator: Emulator
/** The environment of every npm and bin run: npm's own config left out. */
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  const bundle = bundleDir()
  work = mkdtempSync(join(tmpdir(), 'dlp-pack-'))
  // The repository as it is (tests, emulator, CI and all, so that `files`
  // is what keeps them out), with the fresh bundle as its dist/.
  const tree = join(work, 'tree')
  cpSync(ROOT, tree, {
    recursive: true,
    filter: (source) =>
      dirname(source) !== ROOT || !NOT_COPIED.has(source.slice(ROOT.length + 1))
  })
  cpSync(bundle, join(tree, 'dist'), { recursive: true })
  const home = join(work, 'home')
  mkdirSync(home)
  env = {
    // npm and the bin's `#!/usr/bin/env node`: this Node, first
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    HOME: home,
    DOCKER_CONFIG: join(home, '.docker'),
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error'
  }
  const pack = await run(
    'npm',
    ['pack', '--json', '--pack-destination', work],
    tree,
    env
  )
  if (pack.exitCode !== 0) throw new Error(`npm pack failed: ${pack.stderr}`)
  packed = (JSON.parse(pack.stdout) as PackResult[])[0]
  // An empty folder: nothing to resolve from but what the tarball brings.
  const folder = join(work, 'install')
  mkdirSync(folder)
  const install = await run(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--prefix',
      folder,
      join(work, packed.filename)
    ],
    folder,
    env
  )
  if (install.exitCode !== 0) {
    throw new Error(`npm install failed: ${install.stderr}`)
  }
  installed = join(folder, 'node_modules')
  bin = join(installed, '.bin', 'docker-login-preflight')
  emulator = await startEmulator()
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the npm package', () => {
  it('holds the command line bundle, LICENSE, README and CHANGELOG only', () => {
    const cli = readdirSync(join(bundleDir(), 'cli')).map(
      (name) => `dist/cli/${name}`
    )
    expect(packed.files.map((f) => f.path).sort()).toEqual(
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json', ...cli].sort()
    )
    expect(cli).toContain('dist/cli/index.js')
    expect(cli).toContain('dist/cli/licenses.txt')
    expect(packed.filename).toBe(`docker-login-preflight-${VERSION}.tgz`)
  })

  it('installs offline with no dependency: only itself in node_modules', () => {
    const names = readdirSync(installed).filter(
      (name) => name !== '.bin' && name !== '.package-lock.json'
    )
    expect(names).toEqual(['docker-login-preflight'])
    const manifest = JSON.parse(
      readFileSync(
        join(installed, 'docker-login-preflight', 'package.json'),
        'utf8'
      )
    ) as Record<string, unknown>
    expect(manifest.private).toBeUndefined()
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.optionalDependencies).toBeUndefined()
    expect(manifest.peerDependencies).toBeUndefined()
  })

  it.each([['--version'], ['-V']])(
    "prints package.json's version for %s, exit 0",
    async (flag) => {
      const result = await run(bin, [flag], work, env)
      expect(result).toEqual({
        exitCode: 0,
        stdout: `${VERSION}\n`,
        stderr: ''
      })
    }
  )

  it('explains an error text read from stdin, exit 1', async () => {
    const result = await run(
      bin,
      ['explain'],
      work,
      env,
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n'
    )
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n')[0]).toBe(
      'Diagnosis: invalid-credentials — Incorrect username or password'
    )
    expect(result.stdout).toContain('rule HUB010')
  })

  it.each([
    [
      'a read-write PAT',
      ACCOUNTS.patReadWrite,
      0,
      'ok',
      'personal-access-token'
    ],
    [
      'a wrong password',
      ACCOUNTS.wrongPassword,
      1,
      'invalid-credentials',
      'password'
    ]
  ] as const)(
    'checks %s against the emulator',
    async (_name, account, exitCode, diagnosis, credentialKind) => {
      emulator.reset()
      const result = await run(
        bin,
        ['check', '--username', account.username, '--password-stdin', '--json'],
        work,
        { ...env, DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url },
        `${account.secret}\n`
      )
      expect(result.exitCode).toBe(exitCode)
      expect(result.stderr).toBe('')
      const out = JSON.parse(result.stdout) as Record<string, unknown>
      expect(out.diagnosis).toBe(diagnosis)
      expect(out.credentialKind).toBe(credentialKind)
      // the token service was asked: the check went to the emulator
      expect(emulator.requests.length).toBeGreaterThan(0)
      for (const form of secretForms(account.username, account.secret)) {
        expect(result.stdout).not.toContain(form)
      }
    }
  )
})

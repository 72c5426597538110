/**
 * The bundled command line as a user runs it: `node <bundle>/cli/index.js`
 * as a child process, stdin piped, a temporary DOCKER_CONFIG and HOME, the
 * Docker Hub emulator as Docker Hub, and a docker shim on PATH that records
 * every docker argv. Only what needs a real process is here — the exit code
 * the process ends with, its own argv, the real docker child's argv, a
 * stdout closed early; everything else is in cli.test.ts, in process.
 */
import { describe, expect, it } from '@jest/globals'
import { describeE2e, emulatorSession } from '../__fixtures__/e2e.js'
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACCOUNTS } from '../emulator/accounts.js'
import { secretForms, type Workspace } from '../scripts/runner.js'

/**
 * The bin of the bundle built from the current source: its directory is
 * in DLP_BUNDLE (set by the test infrastructure's global setup).
 */
function bundledBin(): string {
  const dir = process.env.DLP_BUNDLE
  if (!dir) {
    throw new Error(
      'DLP_BUNDLE is not set: it must name the directory of a bundle built from the current source (cli/index.js in it)'
    )
  }
  const bin = join(dir, 'cli', 'index.js')
  if (!existsSync(bin)) {
    throw new Error(`DLP_BUNDLE names ${dir}, which has no cli/index.js`)
  }
  return bin
}

const BIN = bundledBin()

const session = emulatorSession()

interface BinRun {
  /** the exit code, or null when a signal ended the process */
  exitCode: number | null
  stdout: string
  stderr: string
  /** the argv the child process was started with */
  argv: string[]
  ws: Workspace
}

/** Options of one run of the bin. */
interface BinOptions {
  /** close our end of stdout before the bin writes (`… | true`) */
  closeStdout?: boolean
  /** prepares the workspace before the bin starts */
  before?: (ws: Workspace) => void
  /** sends SIGINT (Ctrl-C) once this holds (checked every 50 ms) */
  interruptWhen?: (ws: Workspace) => boolean
  /** the signal `interruptWhen` sends instead of SIGINT */
  signal?: NodeJS.Signals
}

/** Runs `docker-login-preflight <args>` with `stdin` piped in. */
async function bin(
  args: string[],
  stdin: string | Buffer = '',
  options: BinOptions = {}
): Promise<BinRun> {
  const ws = session.workspace()
  options.before?.(ws)
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ws.dir,
    env: {
      PATH: `${ws.bin}:${process.env.PATH ?? ''}`,
      HOME: ws.dir,
      DOCKER_CONFIG: ws.dockerConfig,
      DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  if (options.closeStdout) {
    child.stdout.destroy()
  } else {
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  }
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  // The child may exit before reading stdin (usage errors): ignore EPIPE.
  child.stdin.on('error', () => undefined)
  child.stdin.end(stdin)
  const interrupt = options.interruptWhen
  const watch = interrupt
    ? setInterval(() => {
        if (interrupt(ws)) {
          clearInterval(watch)
          child.kill(options.signal ?? 'SIGINT')
        }
      }, 50)
    : undefined
  const exitCode = await new Promise<number | null>((done) =>
    child.on('close', (code) => done(code))
  )
  clearInterval(watch)
  ws.transcripts.push(stdout, stderr)
  return { exitCode, stdout, stderr, argv: child.spawnargs, ws }
}

/** The secret, in any form, is in none of the output, argv nor docker argv. */
function expectNoSecret(run: BinRun, username: string, secret: string): void {
  const printed = [
    run.stdout,
    run.stderr,
    run.argv.join(' '),
    run.ws.dockerArgv().join('\n')
  ].join('\n')
  for (const form of secretForms(username, secret)) {
    expect(printed).not.toContain(form)
  }
}

describe('the bundled bin', () => {
  it('prints the usage text for --help and exits 0', async () => {
    const run = await bin(['--help'])
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toBe(
      'Usage: docker-login-preflight <command> [options]'
    )
  })

  it('explains an error text read from stdin, exit 1', async () => {
    const run = await bin(
      ['explain'],
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n'
    )
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(
      'Diagnosis: invalid-credentials — Incorrect username or password'
    )
    expect(run.stdout).toContain('rule HUB010')
    expect(session.emulator.requests).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it.each([
    ['UTF-16LE with its byte order mark (PowerShell 5.1: docker push 2> err.txt)', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE with its byte order mark', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])]
  ])('explains an error text saved as %s, as the same text in UTF-8 (attack-24 repro-03)', async (_name, encode) => {
    const said = 'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\r\n'
    const run = await bin(['explain', '--json'], encode(said))
    expect(run.exitCode).toBe(1)
    const out = JSON.parse(run.stdout) as { diagnosis: string; rule: string; evidence: string[] }
    expect([out.diagnosis, out.rule]).toEqual(['invalid-credentials', 'HUB010'])
    expect(out.evidence[0]).toContain('"Error response from daemon: Get')
  }) // prettier-ignore

  it("explains a raw CI log as its lines read: GitHub's timestamps, colours and CRLF left out (§13xx (c))", async () => {
    const log = ['Run docker push ghcr.io/acme/app:1', 'The push refers to repository [ghcr.io/acme/app]', '5f70bf18a086: Preparing', 'denied: permission_denied: write_package']
    const raw = log.map((line) => `2024-05-01T10:00:00.1234567Z \x1b[31;1m${line}\x1b[0m\r`).join('\n')
    const run = await bin(['explain', '--json'], raw)
    expect(run.exitCode).toBe(1)
    const out = JSON.parse(run.stdout) as { diagnosis: string; rule: string; evidence: string[] }
    expect([out.diagnosis, out.rule]).toEqual(['insufficient-scope', 'GHCR005'])
    expect(out.evidence[0]).toBe('seen: "denied: permission_denied: write_package"')
  }) // prettier-ignore

  it('checks a read-write PAT against the emulator and prints one JSON object', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await bin(
      ['check', '--username', account.username, '--password-stdin', '--json'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.endsWith('\n')).toBe(true)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
    const out = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(out).sort()).toEqual([
      'credentialKind',
      'diagnosis',
      'evidence',
      'pushAccess',
      'rule',
      'steps',
      'title',
      'warnings'
    ])
    expect(out.diagnosis).toBe('ok')
    expect(out.rule).toBeNull()
    expect(out.credentialKind).toBe('personal-access-token')
    expect(out.pushAccess).toBe('not-checked')
    expect(
      session.emulator.requests.some(
        (r) => r.step === 'token' && r.account === account.username
      )
    ).toBe(true)
    expect(run.ws.dockerArgv()).toEqual([])
    expect(run.ws.dockerConfigJson()).toBeUndefined()
    expectNoSecret(run, account.username, account.secret)
  })

  it('refuses a secret given as a positional argument and does not echo it', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await bin([
      'login',
      '--username',
      account.username,
      '--password-stdin',
      account.secret
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^Unexpected argument: this command takes options only/
    )
    for (const form of secretForms(account.username, account.secret)) {
      expect(run.stdout + run.stderr).not.toContain(form)
    }
    expect(session.emulator.requests).toEqual([])
    expect(run.ws.dockerArgv()).toEqual([])
  })

  it('prints no stack trace when the reader of stdout is gone (`explain < err.txt | true`)', async () => {
    const run = await bin(
      ['explain'],
      'unauthorized: incorrect username or password\n',
      { closeStdout: true }
    )
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.stderr).not.toContain('EPIPE')
    expect(run.stderr).not.toContain("Unhandled 'error' event")
  })
})

describeE2e('the bundled bin with the real docker CLI', () => {
  it('logs in with the secret on docker’s stdin, never in an argv', async () => {
    const account = ACCOUNTS.patReadWrite
    const run = await bin(
      ['login', '--username', account.username, '--password-stdin'],
      `${account.secret}\n`
    )
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toMatch(/^Diagnosis: ok — /)
    expect(run.ws.dockerArgv()).toEqual([
      `docker login --username ${account.username} --password-stdin ${session.emulator.host}`
    ])
    expect(run.ws.authKeys()).toEqual([session.emulator.host])
    const auths = run.ws.dockerConfigJson()?.auths as Record<
      string,
      { auth: string }
    >
    expect(
      Buffer.from(auths[session.emulator.host].auth, 'base64').toString()
    ).toBe(`${account.username}:${account.secret}`)
    expectNoSecret(run, account.username, account.secret)
  })

  // SIGHUP: the terminal closed or the SSH connection dropped (attack round 10)
  it.each([
    ['SIGINT', 130],
    ['SIGHUP', 129]
  ] as const)('%s during login stops docker login too: it does not log in after the command ended', async (signal, code) => {
    const account = ACCOUNTS.patReadWrite
    const marker = 'docker-has-the-password'
    const run = await bin(
      ['login', '--username', account.username, '--password-stdin'],
      `${account.secret}\n`,
      {
        // a docker whose login is slow: it has the password, waits on the
        // registry 3 s, then writes its entry
        before: (ws) =>
          writeFileSync(join(ws.bin, 'docker'), `#!/bin/sh\ncat > /dev/null\ntouch '${join(ws.dir, marker)}'\nsleep 3\nprintf '{"auths":{"late":{}}}' > '${ws.dockerConfig}/config.json'\n`, { mode: 0o755 }),
        interruptWhen: (ws) => existsSync(join(ws.dir, marker)),
        signal
      }
    )
    expect(run.exitCode).toBe(code)
    await new Promise((done) => setTimeout(done, 3_500))
    expect(run.ws.dockerConfigJson()?.auths ?? {}).not.toHaveProperty('late')
  }) // prettier-ignore
})

/**
 * The end-to-end layer runs a bundle of the current src/, built once per run
 * by globalSetup (__fixtures__/global-setup.js), never the committed dist/.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator } from '../emulator/server.js'
import { bundlePath, ensureBundle } from '../scripts/runner.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Whether path is dir or inside it. */
function within(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))
}

describe('the bundle the tests run', () => {
  const bundle = process.env.DLP_BUNDLE ?? ''

  it('is named in DLP_BUNDLE, a temporary directory outside dist/', () => {
    expect(bundle).not.toBe('')
    expect(within(resolve(bundle), join(ROOT, 'dist'))).toBe(false)
    expect(within(resolve(bundle), tmpdir())).toBe(true)
  })

  it('holds main, post and cli, and the runner runs those', async () => {
    for (const entry of ['main', 'post', 'cli'] as const) {
      const path = join(bundle, entry, 'index.js')
      expect(existsSync(path)).toBe(true)
      expect(bundlePath(entry)).toBe(path)
    }
    expect(existsSync(join(bundle, 'package.json'))).toBe(true)
    await expect(ensureBundle()).resolves.toBe(bundle)
  })
})

describe('the bundles stay lean', () => {
  const bundle = process.env.DLP_BUNDLE ?? ''
  const size = (entry: string): number =>
    statSync(join(bundle, entry, 'index.js')).size

  it('the post step carries nothing of the main step: at most 40 % of its size', () => {
    expect(size('post') / size('main')).toBeLessThanOrEqual(0.4)
    const post = readFileSync(join(bundle, 'post', 'index.js'), 'utf8')
    // texts only the main step and its judge use
    expect(post).not.toContain('Docker login succeeded')
    expect(post).not.toContain('must log in with a personal access token')
  })

  /**
   * The files an entry loads at start: index.js and what it imports
   * statically, transitively; never the lazy chunks of an `import()`.
   */
  const loadedAtStart = (entry: string): string[] => {
    const loaded = new Set<string>()
    const pending = ['index.js']
    for (let file = pending.pop(); file; file = pending.pop()) {
      if (loaded.has(file)) continue
      loaded.add(file)
      const text = readFileSync(join(bundle, entry, file), 'utf8')
      for (const m of text.matchAll(
        /\b(?:from|import)\s*["']\.\/([^"']+)["']/g
      )) {
        pending.push(m[1])
      }
    }
    return [...loaded].sort()
  }
  const chunks = (entry: string): string[] =>
    readdirSync(join(bundle, entry)).filter((f) => f.endsWith('.js'))
  /** undici's error codes: present wherever its code is */
  const UNDICI = /UND_ERR_/

  it.each(['main', 'post', 'cli'])(
    'the %s bundle loads no HTTP client library (undici, tunnel) without a proxy',
    (entry) => {
      const atStart = loadedAtStart(entry)
      expect(atStart).toContain('index.js')
      for (const file of atStart) {
        const text = readFileSync(join(bundle, entry, file), 'utf8')
        expect([file, UNDICI.test(text)]).toEqual([file, false])
        expect([file, /TunnelingAgent/.test(text)]).toEqual([file, false])
      }
      const licenses = readFileSync(join(bundle, entry, 'licenses.txt'), 'utf8')
      expect(licenses).not.toMatch(/^tunnel\b/m)
    }
  )

  it.each(['main', 'cli'])(
    'the %s bundle keeps undici in the one lazy chunk a proxy loads',
    (entry) => {
      const lazy = chunks(entry).filter(
        (file) => !loadedAtStart(entry).includes(file)
      )
      expect(lazy).toHaveLength(1)
      expect(lazy[0]).toMatch(/^proxy-[A-Z0-9]+\.js$/)
      const index = readFileSync(join(bundle, entry, 'index.js'), 'utf8')
      expect(index).toContain(`import("./${lazy[0]}")`)
      const text = readFileSync(join(bundle, entry, lazy[0]), 'utf8')
      expect(UNDICI.test(text)).toBe(true)
      // what the bundle ships, it names with its license
      const licenses = readFileSync(join(bundle, entry, 'licenses.txt'), 'utf8')
      expect(licenses).toMatch(/^undici 7\./m)
    }
  )

  it('the cli bundle checks a credential without its lazy chunk on disk: nothing loads it without a proxy', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dlp-no-proxy-chunk-'))
    cpSync(bundle, copy, { recursive: true })
    for (const file of chunks('cli')) {
      if (file.startsWith('proxy-')) rmSync(join(copy, 'cli', file))
    }
    const emulator = await startEmulator()
    try {
      const account = ACCOUNTS.patReadWrite
      const run = spawn(
        process.execPath,
        [join(copy, 'cli', 'index.js'), 'check', '--username', account.username, '--password-stdin'],
        {
          env: {
            PATH: process.env.PATH,
            HOME: copy,
            DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url,
            // a proxy for http:// URLs, which loopback never goes through
            HTTP_PROXY: 'http://127.0.0.1:1'
          },
          stdio: ['pipe', 'pipe', 'pipe']
        }
      )
      let output = ''
      run.stdout.on('data', (d: Buffer) => (output += d))
      run.stderr.on('data', (d: Buffer) => (output += d))
      run.stdin.end(account.secret)
      const code = await new Promise((done) => run.on('close', done))
      expect({ code, ok: output.startsWith('Diagnosis: ok') }).toEqual({
        code: 0,
        ok: true
      })
      expect(emulator.requests.map((r) => r.step)).toContain('token')
    } finally {
      await emulator.close()
      rmSync(copy, { recursive: true, force: true })
    }
  }) // prettier-ignore

  it('the post step sends no request and has no lazy chunk', () => {
    expect(chunks('post')).toEqual(['index.js'])
  })
})

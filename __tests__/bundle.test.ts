/**
 * The end-to-end layer runs a bundle of the current src/, built once per run
 * by globalSetup (__fixtures__/global-setup.js), never the committed dist/.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
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

  // what licenses.txt lists first: it is the bundle's list (the command
  // line runs docker with node:child_process and bundles no package)
  it.each([
    ['main', '@actions/core'],
    ['post', '@actions/core'],
    ['cli', 'No third-party packages.']
  ])(
    'the %s bundle holds no HTTP client library (undici, tunnel)',
    (entry, first) => {
      const licenses = readFileSync(join(bundle, entry, 'licenses.txt'), 'utf8')
      expect(licenses.startsWith(first)).toBe(true)
      expect(licenses).not.toMatch(/^undici\b/m)
      expect(licenses).not.toMatch(/^tunnel\b/m)
    }
  )
})

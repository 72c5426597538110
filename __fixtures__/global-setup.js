// Jest globalSetup: bundles the current src/ once per run, with the same
// script as `npm run package`, into a fresh temporary directory, and names it
// in DLP_BUNDLE, which the test workers inherit. The end-to-end tests run
// this bundle (scripts/runner.ts, bundlePath), never the committed dist/.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundle } from '../scripts/bundle.js'

export default async function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-bundle-'))
  // globalTeardown removes exactly this directory
  globalThis.__DLP_BUNDLE_DIR__ = dir
  process.env.DLP_BUNDLE = dir
  await bundle(dir)
}

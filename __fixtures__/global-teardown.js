// Jest globalTeardown: removes the bundle globalSetup built.
import { rmSync } from 'node:fs'

export default async function globalTeardown() {
  const dir = globalThis.__DLP_BUNDLE_DIR__
  if (dir) rmSync(dir, { recursive: true, force: true })
}

/**
 * `npm test` is quiet: a passing run prints npm's two header lines, the
 * closing `tests:` line and Jest's totals, and nothing else — no
 * deprecation or experimental-feature warning (package.json's test script
 * disables only ExperimentalWarning, which --experimental-vm-modules
 * causes). One small test file is run the same way, in a child process.
 */
import { expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

it('npm test prints only the summary of a passing run', async () => {
  const env = { ...process.env }
  // the child is a run of its own, not a part of this one
  for (const name of ['JEST_WORKER_ID', 'NODE_OPTIONS', 'NODE_NO_WARNINGS']) {
    delete env[name]
  }
  const child = spawn('npm', ['test', '--', '__tests__/text.test.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d))
  const exitCode = await new Promise<number | null>((done) =>
    child.on('close', (code) => done(code))
  )
  expect({ exitCode, output }).toMatchObject({ exitCode: 0 })
  const lines = output.split('\n').filter((line) => line.trim() !== '')
  // npm's header echoes the script, which names the warning it disables
  const printed = lines.filter((line) => !line.startsWith('> '))
  expect(printed.filter((line) => /warning/i.test(line))).toEqual([])
  expect(lines.map((line) => line.replace(/\d+(\.\d+)?/g, 'N'))).toEqual([
    '> docker-login-preflight@N.N test',
    "> NODE_OPTIONS='--experimental-vm-modules --disable-warning=ExperimentalWarning' jest __tests__/text.test.ts",
    'tests: N passed, N failed',
    'Test Suites: N passed, N total',
    'Tests:       N passed, N total',
    'Snapshots:   N total',
    expect.stringMatching(/^Time: +N s/),
    'Ran all test suites matching __tests__/text.test.ts.'
  ])
})

// Preloaded into a bundled step (NODE_OPTIONS=--import) by
// __tests__/bundle.test.ts: when the step spawns its first child process,
// notes the command and which of the built-ins src/builtins.ts defers
// Node had loaded by then, and prints both to stderr at exit.
import childProcess from 'node:child_process'
import { syncBuiltinESMExports } from 'node:module'

const DEFERRED = ['crypto', 'http', 'https', 'tls']
const spawn = childProcess.spawn
let first

childProcess.spawn = function (command, args, ...rest) {
  first ??= {
    command: [command, ...(args ?? []).slice(0, 1)].join(' '),
    loaded: DEFERRED.filter((id) =>
      process.moduleLoadList.includes(`NativeModule ${id}`)
    )
  }
  return spawn.call(this, command, args, ...rest)
}
// the step's `import { spawn } from 'node:child_process'` reads this one
syncBuiltinESMExports()

process.on('exit', () => {
  process.stderr.write(`first spawn: ${JSON.stringify(first ?? null)}\n`)
})

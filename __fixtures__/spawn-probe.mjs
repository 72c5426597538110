// Preloaded into a bundled step (NODE_OPTIONS=--import) by
// __tests__/bundle.test.ts. When the step spawns its first child process,
// notes the command, whether a connection had been opened by then, and
// which of the built-ins src/builtins.ts defers Node had loaded; at exit,
// whether Node's own undici was ever loaded. Prints them to stderr.
import childProcess from 'node:child_process'
import { syncBuiltinESMExports } from 'node:module'
import net from 'node:net'

const DEFERRED = ['crypto', 'http', 'https', 'tls']
const loaded = (id) => process.moduleLoadList.includes(`NativeModule ${id}`)
const spawn = childProcess.spawn
const connect = net.Socket.prototype.connect
let connected = false
let first

net.Socket.prototype.connect = function (...args) {
  connected = true
  return connect.apply(this, args)
}
childProcess.spawn = function (command, args, ...rest) {
  first ??= {
    command: [command, ...(args ?? []).slice(0, 1)].join(' '),
    connected,
    loaded: DEFERRED.filter(loaded)
  }
  return spawn.call(this, command, args, ...rest)
}
// the step's `import { spawn } from 'node:child_process'` reads this one
syncBuiltinESMExports()

process.on('exit', () => {
  const undici = loaded('internal/deps/undici/undici')
  process.stderr.write(`first spawn: ${JSON.stringify(first ?? null)}\n`)
  process.stderr.write(`undici loaded: ${undici}\n`)
})

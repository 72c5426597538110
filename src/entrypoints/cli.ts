#!/usr/bin/env node
/** Entry of the `docker-login-preflight` command. */
import { main, readInput } from '../cli.js'
import { stopOnSignals } from '../docker.js'

// Ctrl-C (or a CI's SIGTERM) during `login`: docker login, in a process
// group of its own, would log in after we are gone and rewrite the config
// with no restore; it is stopped, and the config put back, first.
stopOnSignals()

// A reader that went away (`… | head -1`) is not a failure of ours: stop
// writing, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

/** Stdin, its last MiB at the most (readStdin). */
const readStdin = (): Promise<string> =>
  readInput(process.stdin, (text) => process.stderr.write(text))

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdin: readStdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env
  })
} catch (error) {
  // A failure of our own: one line, no stack trace.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`docker-login-preflight: ${message}\n`)
  process.exitCode = 1
}

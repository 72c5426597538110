#!/usr/bin/env node
/** Entry of the `docker-login-preflight` command. */
import { main } from '../cli.js'

// A reader that went away (`… | head -1`) is not a failure of ours: stop
// writing, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

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

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

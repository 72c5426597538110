/**
 * The docker CLI: `docker login --password-stdin` and `docker logout`. The
 * secret goes to the CLI's standard input only, never into its argv or
 * environment. The CLI's output is captured for the diagnosis, not printed.
 */
import * as exec from '@actions/exec'
import type { CliResult } from './evidence.js'

/** Runs `docker login` for one server, the password on stdin. */
export async function login(
  server: string,
  username: string,
  password: string
): Promise<CliResult> {
  return run(['login', '--username', username, '--password-stdin', server], {
    input: Buffer.from(password)
  })
}

/** Runs `docker logout` for one server. */
export async function logout(server: string): Promise<CliResult> {
  return run(['logout', server], {})
}

async function run(
  args: string[],
  options: { input?: Buffer }
): Promise<CliResult> {
  try {
    const result = await exec.getExecOutput('docker', args, {
      ...options,
      ignoreReturnCode: true,
      silent: true
    })
    return {
      exitCode: result.exitCode,
      output: joinOutput(result.stdout, result.stderr)
    }
  } catch (error) {
    // exec throws when the executable cannot be found or started.
    const message = error instanceof Error ? error.message : String(error)
    return { exitCode: 127, output: message }
  }
}

function joinOutput(stdout: string, stderr: string): string {
  return [stdout.trim(), stderr.trim()].filter(Boolean).join('\n')
}

/**
 * A docker CLI double for the main step in process (src/docker.ts
 * `DockerCli`): it records its calls and answers every login with
 * `result`, every logout with success.
 */
import type { DockerCli } from '../src/docker.js'
import type { CliResult } from '../src/evidence.js'

export function fakeDocker(
  result: CliResult = { exitCode: 0, output: 'Login Succeeded' }
): { docker: DockerCli; calls: string[][] } {
  const calls: string[][] = []
  const docker: DockerCli = {
    async login(server, username) {
      calls.push(['login', server, username])
      return result
    },
    async logout(server) {
      calls.push(['logout', server])
      return { exitCode: 0, output: '' }
    },
    config: () => ({ dir: '/home/runner/.docker' })
  }
  return { docker, calls }
}

/**
 * `explain` run in process (src/cli.ts `main`), as the command line runs it:
 * the text on stdin, what it prints collected, and a docker CLI that must
 * not be called (explain runs nothing).
 */
import { main } from '../src/cli.js'
import type { DockerCli } from '../src/docker.js'

/** A docker CLI that must not be called: explain runs nothing. */
export const NO_DOCKER: DockerCli = {
  login: () => Promise.reject(new Error('explain ran docker login')),
  logout: () => Promise.reject(new Error('explain ran docker logout')),
  config: () => {
    throw new Error('explain read the docker config')
  }
}

/** `docker-login-preflight explain [args]` with `text` on stdin. */
export async function explain(
  text: string,
  args: string[] = []
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const exitCode = await main(['explain', ...args], {
    stdin: () => Promise.resolve(text),
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    env: {},
    docker: NO_DOCKER
  })
  return { exitCode, stdout, stderr }
}

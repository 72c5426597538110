/**
 * `npm run demo`: bundles the current src/ (never the committed dist/),
 * starts the Docker Hub emulator, runs the bundled action (main, then post)
 * against it for a few accounts with the real docker CLI, and prints each
 * result line and the job summary the action wrote.
 */
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator } from '../emulator/server.js'
import { ensureBundle, findDocker, runAction, Workspace } from './runner.js'

interface Scenario {
  title: string
  inputs: Record<string, string>
}

const scenarios: Scenario[] = [
  {
    title: 'A read-write personal access token, with a push check',
    inputs: {
      username: ACCOUNTS.patReadWrite.username,
      password: ACCOUNTS.patReadWrite.secret,
      push: `${ACCOUNTS.patReadWrite.username}/app`
    }
  },
  {
    title: 'An account password on an account with two-factor authentication',
    inputs: {
      username: ACCOUNTS.password2fa.username,
      password: ACCOUNTS.password2fa.secret
    }
  },
  {
    title: 'An organization access token with a member’s username',
    inputs: {
      username: ACCOUNTS.patReadWrite.username,
      password: ACCOUNTS.orgToken.secret
    }
  },
  {
    title: 'A read-only token asked to push',
    inputs: {
      username: ACCOUNTS.patReadOnly.username,
      password: ACCOUNTS.patReadOnly.secret,
      push: `${ACCOUNTS.patReadOnly.username}/app`
    }
  }
]

async function main(): Promise<void> {
  if (!findDocker()) {
    console.error('The demo needs the docker CLI (the client is enough).')
    process.exitCode = 1
    return
  }
  await ensureBundle()
  const emulator = await startEmulator()
  console.log(`Docker Hub emulator on ${emulator.url}`)
  console.log(`DOCKER_LOGIN_PREFLIGHT_HUB=${emulator.url}\n`)
  try {
    for (const [index, scenario] of scenarios.entries()) {
      const workspace = new Workspace()
      const env = { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url }
      const main = await runAction('main', workspace, scenario.inputs, env)
      const outputs = workspace.outputs()
      console.log('='.repeat(78))
      console.log(`${index + 1}. ${scenario.title}`)
      console.log('='.repeat(78))
      const line =
        main.errors[0]?.replace(/^::error::/, 'Error: ') ??
        lastLine(main.stdout)
      console.log(`Result (exit ${main.exitCode}): ${line}`)
      console.log(
        `Outputs: ${Object.entries(outputs)
          .filter(([, value]) => value !== '')
          .map(([name, value]) => `${name}=${value}`)
          .join(' ')}`
      )
      // The runner runs the post step whenever main saved a login.
      if (outputs['logged-in'] === 'true') {
        const post = await runAction('post', workspace, scenario.inputs, env)
        console.log(
          `Post step (exit ${post.exitCode}): ${lastLine(post.stdout)}`
        )
      }
      console.log('\nJob summary:\n')
      console.log(workspace.summary())
      workspace.remove()
    }
  } finally {
    await emulator.close()
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? ''
}

await main()

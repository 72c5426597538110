/**
 * `npm run demo`: bundles the current src/ (never the committed dist/),
 * starts the Docker Hub emulator (and other registries' emulators, named by
 * their real hosts through DOCKER_LOGIN_PREFLIGHT_ENDPOINTS), runs the
 * bundled action (main, then post) against them for a few accounts with the
 * real docker CLI, and prints each result line and the job summary the
 * action wrote.
 */
import { ACCOUNTS } from '../emulator/accounts.js'
import {
  startFamilyRegistry,
  type FamilyRegistry,
  type RegistrySpec
} from '../emulator/registries/engine.js'
import {
  ECR_HOST_NAME,
  ECR_LOGINS,
  ECR_SPEC
} from '../emulator/registries/ecr.js'
import { GHCR_ACCOUNTS, GHCR_SPEC } from '../emulator/registries/ghcr.js'
import { startEmulator } from '../emulator/server.js'
import { ensureBundle, findDocker, runAction, Workspace } from './runner.js'

interface Scenario {
  title: string
  inputs: Record<string, string>
  /** another registry than Docker Hub: its emulator, as this host */
  registry?: { host: string; spec: RegistrySpec }
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
  },
  {
    title: 'GHCR: GITHUB_TOKEN without packages: write, asked to push',
    inputs: {
      registry: 'ghcr.io',
      username: GHCR_ACCOUNTS.actionsRead.username,
      password: GHCR_ACCOUNTS.actionsRead.secret,
      push: 'ghcr.io/octocat/app'
    },
    registry: { host: 'ghcr.io', spec: GHCR_SPEC }
  },
  {
    // user AWS: the password is an ECR token, whose expiry it carries;
    // refused offline, nothing is sent to the registry
    title: 'Amazon ECR: a token past its 12 hours',
    inputs: {
      registry: ECR_HOST_NAME,
      username: 'AWS',
      password: ECR_LOGINS.expired.secret
    },
    registry: { host: ECR_HOST_NAME, spec: ECR_SPEC }
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
  const others = new Map<string, FamilyRegistry>()
  for (const { registry } of scenarios) {
    if (registry && !others.has(registry.host)) {
      others.set(registry.host, await startFamilyRegistry(registry.spec))
    }
  }
  const endpoints = [...others]
    .map(([host, running]) => `${host}=${running.url}`)
    .join(',')
  console.log(`Docker Hub emulator on ${emulator.url}`)
  console.log(`DOCKER_LOGIN_PREFLIGHT_HUB=${emulator.url}`)
  console.log(`DOCKER_LOGIN_PREFLIGHT_ENDPOINTS=${endpoints}\n`)
  try {
    for (const [index, scenario] of scenarios.entries()) {
      const workspace = new Workspace()
      const env = {
        DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url,
        DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: endpoints
      }
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
    for (const running of others.values()) await running.close()
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? ''
}

await main()

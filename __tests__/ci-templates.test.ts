/**
 * The GitLab CI template (ci/gitlab/docker-login-preflight.yml) and the
 * Jenkins pipeline (ci/jenkins/Jenkinsfile), their shell run exactly as
 * written, as GitLab's runner and Jenkins' `sh` step run it, against the
 * emulators with the real docker CLI. Only `DLP` is set, the variable the
 * shell honours, to the bundle of the current source instead of
 * `npx --yes docker-login-preflight@1`. The README shows both files
 * verbatim.
 */
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  describeE2e,
  emulatorSession,
  familySession
} from '../__fixtures__/e2e.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { GITLAB_ACCOUNTS, GITLAB_SPEC } from '../emulator/registries/gitlab.js'
import {
  bundlePath,
  findDocker,
  secretForms,
  type Workspace
} from '../scripts/runner.js'

const ROOT = join(import.meta.dirname, '..')
const GITLAB_TEMPLATE = 'ci/gitlab/docker-login-preflight.yml'
const JENKINSFILE = 'ci/jenkins/Jenkinsfile'

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
}

/** What GitLab takes from the hidden job: its variables and before_script. */
interface GitlabJob {
  variables: Record<string, string>
  beforeScript: string[]
}

/**
 * Reads the hidden job `.docker-login-preflight` of the template: the
 * `variables` map and the `before_script` items, plain scalars folded over
 * several lines joined with a space as YAML folds them. Anything else this
 * minimal reader does not know is an error, so the template stays within it.
 */
function parseGitlabTemplate(yaml: string): GitlabJob {
  const job: GitlabJob = { variables: {}, beforeScript: [] }
  let inJob = false
  let section: 'variables' | 'before_script' | undefined
  for (const line of yaml.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!line.startsWith(' ')) {
      inJob = line === '.docker-login-preflight:'
      section = undefined
      continue
    }
    if (!inJob) continue
    const key = /^ {2}([a-z_]+):$/.exec(line)
    if (key) {
      if (key[1] !== 'variables' && key[1] !== 'before_script') {
        throw new Error(`unexpected key in the template: ${key[1]}`)
      }
      section = key[1]
      continue
    }
    if (section === 'variables') {
      const pair = /^ {4}([A-Z_]+): (\S+)$/.exec(line)
      if (!pair) throw new Error(`unexpected variable line: ${line}`)
      job.variables[pair[1]] = pair[2]
    } else if (section === 'before_script') {
      const item = /^ {4}- (.+)$/.exec(line)
      const continued = /^ {6}(\S.*)$/.exec(line)
      if (item) job.beforeScript.push(item[1])
      else if (continued && job.beforeScript.length > 0) {
        job.beforeScript.push(`${job.beforeScript.pop()} ${continued[1]}`)
      } else throw new Error(`unexpected before_script line: ${line}`)
    } else {
      throw new Error(`unexpected line in the template: ${line}`)
    }
  }
  for (const item of job.beforeScript) {
    // a quoted or block scalar would need more YAML than this reader has
    if (/^["'|>]/.test(item)) throw new Error(`not a plain scalar: ${item}`)
  }
  return job
}

/** GitLab's expansion of `$NAME` and `${NAME}` in a variable's value. */
function expandVariable(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_, braced?: string, plain?: string) => env[braced ?? plain ?? ''] ?? ''
  )
}

/** What Jenkins takes from the pipeline: its environment, credentials, sh. */
interface JenkinsStage {
  environment: Record<string, string>
  usernameVariable: string
  passwordVariable: string
  /** the `sh '''…'''` script, verbatim */
  script: string
}

function parseJenkinsfile(groovy: string): JenkinsStage {
  const environment: Record<string, string> = {}
  const block = /environment \{\n([^}]*)\}/.exec(groovy)
  for (const line of block?.[1].split('\n') ?? []) {
    const pair = /^\s*([A-Z_]+) = '([^'\\]*)'$/.exec(line)
    if (pair) environment[pair[1]] = pair[2]
    else if (line.trim()) throw new Error(`unexpected environment: ${line}`)
  }
  const username = /usernameVariable: '([A-Z_]+)'/.exec(groovy)
  const password = /passwordVariable: '([A-Z_]+)'/.exec(groovy)
  const scripts = [...groovy.matchAll(/sh '''([\s\S]*?)'''/g)]
  if (!username || !password || scripts.length !== 1) {
    throw new Error('the Jenkinsfile needs usernamePassword and one sh step')
  }
  const script = scripts[0][1]
  // Groovy reads escapes in '''…''' strings: the shell would not get these
  // characters as written
  if (script.includes('\\')) throw new Error('a backslash in the sh step')
  return {
    environment,
    usernameVariable: username[1],
    passwordVariable: password[1],
    script
  }
}

/** One run of a CI script. */
interface ScriptRun {
  exitCode: number | null
  /** stdout and stderr, as the job log shows them */
  log: string
  /** the environment each docker command got, `NAME=value` lines */
  dockerEnv: string
}

/**
 * A docker shim that records the argv (as the workspace's does) and the
 * environment of each docker command, then runs the real CLI.
 */
function recordDockerEnv(ws: Workspace): string {
  const envLog = join(ws.dir, 'docker-env.log')
  const shim = join(ws.bin, 'docker')
  writeFileSync(
    shim,
    `#!/bin/sh\nprintf '%s\\n' "docker $*" >> '${ws.argvLog}'\n` +
      `env >> '${envLog}'\nexec '${findDocker()}' "$@"\n`
  )
  chmodSync(shim, 0o755)
  writeFileSync(envLog, '')
  return envLog
}

/** Runs `sh <flags> <file>` with exactly `env`, as a CI job's shell. */
async function runShell(
  ws: Workspace,
  script: string,
  flags: string,
  env: Record<string, string>
): Promise<ScriptRun> {
  const envLog = recordDockerEnv(ws)
  const file = join(ws.dir, 'job.sh')
  writeFileSync(file, script)
  const child = spawn('sh', [flags, file], {
    cwd: ws.dir,
    env: {
      // the docker shim first, then node (npx's folder) and the system
      PATH: `${ws.bin}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      HOME: ws.dir,
      DOCKER_CONFIG: ws.dockerConfig,
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (log += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (log += d))
  const exitCode = await new Promise<number | null>((done) =>
    child.on('close', (code) => done(code))
  )
  return { exitCode, log, dockerEnv: readFileSync(envLog, 'utf8') }
}

/** The command the scripts run instead of npx: this source's bundle. */
const DLP = `node ${bundlePath('cli')}`

/**
 * A `DLP` that records the command line's environment (`NAME=value` lines
 * in cli-env.log) and runs this source's bundle.
 */
function recordingDlp(ws: Workspace): string {
  const wrapper = join(ws.bin, 'dlp')
  writeFileSync(
    wrapper,
    `#!/bin/sh\nenv > '${join(ws.dir, 'cli-env.log')}'\nexec ${DLP} "$@"\n`
  )
  chmodSync(wrapper, 0o755)
  return wrapper
}

/** The names of the variables of cli-env.log that hold `secret`. */
function cliVariablesHolding(ws: Workspace, secret: string): string[] {
  return readFileSync(join(ws.dir, 'cli-env.log'), 'utf8')
    .split('\n')
    .filter((line) =>
      [secret, encodeURIComponent(secret)].some((form) => line.includes(form))
    )
    .map((line) => line.split('=')[0])
}

/** Where a form of the secret shows, for an empty-list assertion. */
function leaks(
  run: ScriptRun,
  ws: Workspace,
  username: string,
  secret: string
): string[] {
  const places: Record<string, string> = {
    'job log': run.log,
    'docker argv': ws.dockerArgv().join('\n'),
    "docker's environment": run.dockerEnv
  }
  return Object.entries(places)
    .filter(([, text]) =>
      secretForms(username, secret).some((form) => text.includes(form))
    )
    .map(([name]) => name)
}

/** The README's fenced blocks in `language`, their text. */
function readmeBlocks(language: string): string[] {
  const fence = new RegExp(`^\`\`\`${language}\n([\\s\\S]*?)^\`\`\`$`, 'gm')
  return [...read('README.md').matchAll(fence)].map((match) => match[1])
}

describe("the README's YAML blocks", () => {
  // users paste them into their workflows: each must be YAML a runner reads
  it.each(
    readmeBlocks('yaml').map((block, index): [number, string] => [
      index + 1,
      block
    ])
  )('block %i parses as YAML', (_index, block) => {
    const documents = parseAllDocuments(block)
    expect(documents.flatMap((document) => document.errors)).toEqual([])
  })
})

describe('the CI files as the README shows them', () => {
  it.each([
    ['yaml', GITLAB_TEMPLATE],
    ['groovy', JENKINSFILE]
  ])('the README holds %s %s verbatim', (language, path) => {
    const file = read(path)
    // the README's block that starts as the file does is the file
    const shown = readmeBlocks(language).filter(
      (block) => block.split('\n')[0] === file.split('\n')[0]
    )
    expect(shown).toEqual([file])
  })

  it('the readers find the shell the jobs run', () => {
    const job = parseGitlabTemplate(read(GITLAB_TEMPLATE))
    expect(Object.keys(job.variables)).toEqual([
      'DLP_REGISTRY',
      'DLP_USERNAME',
      'DLP_PASSWORD'
    ])
    expect(job.beforeScript.at(-1)).toMatch(/^printf '%s' "\$DLP_PASSWORD" \|/)
    expect(job.beforeScript.at(-1)).toContain(
      '$DLP login --registry "$DLP_REGISTRY" --username "$DLP_USERNAME" --password-stdin)'
    )
    const stage = parseJenkinsfile(read(JENKINSFILE))
    expect(stage.script).toContain('--password-stdin')
    expect(stage.script).toContain(
      'DLP="${DLP:-npx --yes docker-login-preflight@1}"'
    )
    // what the minimal readers refuse
    expect(() =>
      parseGitlabTemplate('.docker-login-preflight:\n  script:\n    - x\n')
    ).toThrow('unexpected key')
    expect(() => parseJenkinsfile("sh '''echo \\\\n'''")).toThrow()
  })
})

describeE2e('the GitLab CI template, against the GitLab emulator', () => {
  const session = familySession(GITLAB_SPEC)

  /** Runs the before_script as GitLab's runner does: one shell, `-e`. */
  function job(username: string, secret: string) {
    const ws = session.workspace()
    const url = session.registry.url
    const predefined: Record<string, string> = {
      CI: 'true',
      GITLAB_CI: 'true',
      CI_REGISTRY: 'registry.gitlab.com',
      CI_REGISTRY_USER: username,
      CI_REGISTRY_PASSWORD: secret,
      CI_JOB_TOKEN: secret,
      // GitLab's other variables holding the job token (attack round 12)
      CI_DEPENDENCY_PROXY_PASSWORD: secret,
      CI_REPOSITORY_URL: `https://gitlab-ci-token:${encodeURIComponent(secret)}@gitlab.example.com/grp/proj.git`,
      // a CI/CD variable of the project's own, holding the same secret
      PROJECT_REGISTRY_TOKEN: secret,
      DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `registry.gitlab.com=${url},gitlab.com=${url}`,
      // the command line, its environment recorded
      DLP: recordingDlp(ws)
    }
    const template = parseGitlabTemplate(read(GITLAB_TEMPLATE))
    const variables: Record<string, string> = {}
    for (const [name, value] of Object.entries(template.variables)) {
      variables[name] = expandVariable(value, predefined)
    }
    const script = `${template.beforeScript.join('\n')}\n`
    return runShell(ws, script, '-e', { ...predefined, ...variables }).then(
      (run) => ({ run, ws })
    )
  }

  it('CI_JOB_TOKEN: validated, logged in, the secret nowhere', async () => {
    const { username, secret } = GITLAB_ACCOUNTS.jobToken
    const { run, ws } = await job(username, secret)
    expect(run.log.split('\n')[0]).toBe('Diagnosis: ok — Logged in')
    expect(run.exitCode).toBe(0)
    expect(ws.dockerArgv()).toEqual([
      `docker login --username gitlab-ci-token --password-stdin ${session.registry.host}`
    ])
    expect(ws.authKeys()).toEqual([session.registry.host])
    expect(leaks(run, ws, username, secret)).toEqual([])
    // GitLab's variables unset by the template; the project's own is the
    // command line's to keep from docker
    expect(cliVariablesHolding(ws, secret)).toEqual(['PROJECT_REGISTRY_TOKEN'])
  })

  // attack round 12: the job token of a job that has ended
  it("a job token GitLab refuses: the job token's own steps, none of GitHub's", async () => {
    const secret = `glcbt-64_${'Zz9'.repeat(8)}`
    const { run, ws } = await job('gitlab-ci-token', secret)
    expect(run.exitCode).toBe(1)
    expect(run.log.split('\n')[0]).toBe(
      'Diagnosis: invalid-credentials — GitLab refused the CI job token'
    )
    expect(run.log).toContain('valid only while its job runs')
    expect(run.log).toContain('$CI_JOB_TOKEN')
    expect(run.log).not.toMatch(
      /Secrets and variables|GitHub Actions workflow:/
    )
    expect(ws.authKeys()).toEqual([])
    expect(leaks(run, ws, 'gitlab-ci-token', secret)).toEqual([])
  })

  it('a wrong token: the diagnosis line, exit 1, no docker login', async () => {
    const username = 'ci-bot'
    const secret = `glpat-${'q'.repeat(20)}`
    const { run, ws } = await job(username, secret)
    expect(run.exitCode).toBe(1)
    expect(run.log.split('\n')[0]).toBe(
      'Diagnosis: invalid-credentials — Incorrect username or token for GitLab'
    )
    expect(ws.authKeys()).toEqual([])
    expect(leaks(run, ws, username, secret)).toEqual([])
  })
})

describeE2e('the Jenkins pipeline, against the Docker Hub emulator', () => {
  const session = emulatorSession()

  /** Runs the sh step as Jenkins does: `sh -xe`, credentials bound. */
  function stage(username: string, secret: string) {
    const ws = session.workspace()
    const jenkins = parseJenkinsfile(read(JENKINSFILE))
    return runShell(ws, jenkins.script, '-xe', {
      ...jenkins.environment,
      [jenkins.usernameVariable]: username,
      [jenkins.passwordVariable]: secret,
      DOCKER_LOGIN_PREFLIGHT_HUB: session.emulator.url,
      DLP
    }).then((run) => ({ run, ws }))
  }

  it('a personal access token: validated, logged in, the secret nowhere', async () => {
    const { username, secret } = ACCOUNTS.patReadWrite
    const { run, ws } = await stage(username, secret)
    expect(run.exitCode).toBe(0)
    // sh -x traces only `set +x`, then the command line's report
    expect(run.log.split('\n').slice(0, 2)).toEqual([
      '+ set +x',
      'Diagnosis: ok — Logged in'
    ])
    expect(ws.dockerArgv()).toEqual([
      `docker login --username octocat --password-stdin ${session.emulator.host}`
    ])
    expect(leaks(run, ws, username, secret)).toEqual([])
  })

  it('a password on a 2FA account: the diagnosis line, exit 1, the secret nowhere', async () => {
    const { username, secret } = ACCOUNTS.password2fa
    const { run, ws } = await stage(username, secret)
    expect(run.exitCode).toBe(1)
    expect(run.log.split('\n').slice(0, 2)).toEqual([
      '+ set +x',
      'Diagnosis: password-with-2fa — Password used on an account with two-factor authentication'
    ])
    expect(ws.authKeys()).toEqual([])
    expect(leaks(run, ws, username, secret)).toEqual([])
  })
})

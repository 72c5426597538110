/**
 * The main step: analyse the inputs, validate the credential (preflight),
 * log in with the docker CLI, then report — one error line on failure, a job
 * summary and step outputs in every case.
 */
import * as core from '@actions/core'
import { classify } from './classifier.js'
import * as docker from './docker.js'
import type { Classification } from './evidence.js'
import { getInputs, InputError, type Inputs } from './inputs.js'
import { resolveRegistry, type RegistryTarget } from './registry.js'
import {
  errorLine,
  remediationFor,
  type RemediationContext
} from './remediation.js'
import { checksOf, writeSummary, type Check } from './summary.js'
import { validateCredential } from './validate.js'

/** State names shared with the post step. */
export const STATE = { server: 'server', logout: 'logout' } as const

/** Runs the main step. Never throws: failures set the exit code. */
export async function run(): Promise<void> {
  // Mask the secret before anything else can print it.
  const secret = core.getInput('password')
  if (secret) core.setSecret(secret)
  try {
    const inputs = getInputs()
    const target = resolveRegistry(inputs.registry)
    await loginWithPreflight(inputs, target)
  } catch (error) {
    if (error instanceof InputError) {
      core.setOutput('logged-in', 'false')
      core.setFailed(error.message)
      return
    }
    // An unexpected failure of our own: say so in one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error)
    core.setOutput('diagnosis', 'unknown')
    core.setOutput('logged-in', 'false')
    core.setFailed(`docker-login-preflight failed unexpectedly: ${message}`)
  }
}

async function loginWithPreflight(
  inputs: Inputs,
  target: RegistryTarget
): Promise<void> {
  const validation = await validateCredential(
    target,
    inputs.username,
    inputs.password,
    inputs
  )
  for (const token of validation.tokens) core.setSecret(token)
  const { evidence } = validation
  const context: RemediationContext = {
    registry: target.input,
    isDockerHub: target.isDockerHub,
    username: inputs.username,
    credentialKind: evidence.input.credentialKind
  }
  const checks = checksOf(evidence.exchanges)
  if (!validation.proceed) {
    // The credential was refused: logging in would only fail the same way.
    checks.push({ name: 'docker login', outcome: 'not run' })
    return report(validation.verdict, context, checks, false)
  }

  core.info(`Logging in to ${target.server} as ${inputs.username}`)
  const cli = await docker.login(
    target.server,
    inputs.username,
    inputs.password
  )
  evidence.cli = cli
  core.startGroup(`docker login output (exit code ${cli.exitCode})`)
  core.info(cli.output)
  core.endGroup()
  const loggedIn = cli.exitCode === 0
  checks.push({
    name: 'docker login',
    outcome: loggedIn ? 'succeeded' : `failed (exit code ${cli.exitCode})`
  })
  if (loggedIn) {
    core.saveState(STATE.server, target.server)
    core.saveState(STATE.logout, String(inputs.logout))
  }
  return report(classify(evidence), context, checks, loggedIn)
}

async function report(
  verdict: Classification,
  context: RemediationContext,
  checks: Check[],
  loggedIn: boolean
): Promise<void> {
  const remediation = remediationFor(verdict.diagnosis, context)
  core.setOutput('diagnosis', verdict.diagnosis)
  core.setOutput('warnings', verdict.warnings.join(','))
  core.setOutput('credential-kind', context.credentialKind)
  core.setOutput('logged-in', String(loggedIn))
  for (const warning of verdict.warnings) {
    core.warning(errorLine(warning, context))
  }
  await writeSummary({
    registry: context.registry,
    username: context.username,
    credentialKind: context.credentialKind,
    classification: verdict,
    remediation,
    warnings: verdict.warnings.map((w) => remediationFor(w, context)),
    checks,
    loggedIn
  })
  if (verdict.diagnosis === 'ok') {
    core.info(`✅ Logged in to ${context.registry} as ${context.username}`)
  } else {
    core.setFailed(errorLine(verdict.diagnosis, context))
  }
}

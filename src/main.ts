/**
 * The main step: analyse the inputs, validate the credential (preflight),
 * log in with the docker CLI while checking push access and the pull rate
 * limit, then report — one error line on failure, a job summary and step
 * outputs in every case.
 */
import * as core from '@actions/core'
import {
  checkPushAccess,
  probeRateLimit,
  pushAccess,
  pushChecksFromGrants,
  pushDenial,
  RATE_LIMIT_SCOPE,
  type PushCheck,
  type RateLimit
} from './access.js'
import { classify, parseJwtPayload } from './classifier.js'
import type { WarningId } from './diagnosis.js'
import * as docker from './docker.js'
import {
  emptySecretCause,
  loadEventContext,
  type EmptySecretCause
} from './event.js'
import type { Classification } from './evidence.js'
import { getInputs, InputError, type Inputs } from './inputs.js'
import { resolveRegistry, type RegistryTarget } from './registry.js'
import {
  errorLine,
  remediationFor,
  type RemediationContext
} from './remediation.js'
import { parsePushList } from './repository.js'
import { checksOf, writeSummary, type Check, type Report } from './summary.js'
import { validateCredential, type Validation } from './validate.js'

/** State names shared with the post step. */
export const STATE = { server: 'server', logout: 'logout' } as const

/** Below this share of the pull limit left, warn `rate-limit-low`. */
const RATE_LIMIT_LOW = 0.1

/** Runs the main step. Never throws: failures set the exit code. */
export async function run(): Promise<void> {
  // Mask the secret before anything else can print it.
  const secret = core.getInput('password')
  if (secret) core.setSecret(secret)
  try {
    const inputs = getInputs()
    const target = resolveRegistry(inputs.registry)
    const push = parsePushList(inputs.push, target)
    await loginWithPreflight(inputs, target, push)
  } catch (error) {
    core.setOutput('logged-in', 'false')
    if (error instanceof InputError) {
      core.setFailed(error.message)
      return
    }
    // A failure of our own: say so in one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error)
    core.setOutput('diagnosis', 'unknown')
    core.setFailed(`docker-login-preflight failed unexpectedly: ${message}`)
  }
}

/** What the steps after the preflight found. */
interface Findings {
  loggedIn: boolean
  push: PushCheck[]
  rateLimit?: RateLimit
  emptySecret?: EmptySecretCause
  checks: Check[]
}

async function loginWithPreflight(
  inputs: Inputs,
  target: RegistryTarget,
  push: string[]
): Promise<void> {
  const probeRate = inputs.rateLimit && target.isDockerHub
  const validation = await validateCredential(
    target,
    inputs.username,
    inputs.password,
    {
      ...inputs,
      scopes: probeRate ? [RATE_LIMIT_SCOPE] : [],
      pushRepositories: push,
      onTokens: maskAll
    }
  )
  const { evidence, context } = validation
  const findings: Findings = {
    loggedIn: false,
    push: [],
    checks: checksOf(evidence.exchanges)
  }

  if (validation.verdict.diagnosis === 'missing-credentials') {
    const event = await loadEventContext()
    if (event) findings.emptySecret = emptySecretCause(event)
    if (inputs.skipIfMissing) {
      return skipLogin(validation.verdict, context, findings)
    }
  }
  if (!validation.proceed) {
    // The credential was refused: logging in would only fail the same way.
    findings.checks.push({ name: 'docker login', outcome: 'not run' })
    return report(validation.verdict, context, findings)
  }

  if (validation.verdict.diagnosis === 'registry-unreachable') {
    // Say so now: the login runs all the same, and may tell more.
    core.warning(errorLine('preflight-unreachable', context))
  }
  const [cli, pushChecks, rateLimit] = await Promise.all([
    docker.login(target.server, inputs.username, inputs.password),
    checkPush(validation, inputs, push),
    probeRate ? checkRateLimit(validation, target) : undefined
  ])
  evidence.cli = cli
  findings.loggedIn = cli.exitCode === 0
  if (!findings.loggedIn) context.dockerConfig = dockerConfigOf(target)
  findings.push = pushChecks
  findings.rateLimit = rateLimit
  core.startGroup(`docker login output (exit code ${cli.exitCode})`)
  core.info(cli.output)
  core.endGroup()
  if (findings.loggedIn) {
    core.saveState(STATE.server, target.server)
    core.saveState(STATE.logout, String(inputs.logout))
  }
  findings.checks.push({
    name: 'docker login',
    outcome: findings.loggedIn
      ? 'succeeded'
      : `failed (exit code ${cli.exitCode})`
  })
  const extra = pushChecks.map((check) => check.exchange)
  if (rateLimit) extra.push(rateLimit.exchange)
  evidence.exchanges.push(...extra)
  findings.checks.push(...checksOf(extra))
  context.pushDenial = pushDenial(pushChecks)
  const verdict = classify(evidence)
  if (isLow(rateLimit)) verdict.warnings.push('rate-limit-low')
  return report(verdict, context, findings)
}

/** Push checks, once the credential is known good (never before login). */
async function checkPush(
  validation: Validation,
  inputs: Inputs,
  repositories: string[]
): Promise<PushCheck[]> {
  const preflight = validation.preflight
  if (repositories.length === 0 || !preflight?.realm) return []
  if (!preflight.authenticated) return []
  // A token service that hands out opaque tokens (not JWTs) would answer
  // each push check with one too, which says nothing of push: not asked.
  if (preflight.token && parseJwtPayload(preflight.token) === undefined) {
    return []
  }
  if (preflight.pushGrants) {
    return pushChecksFromGrants(preflight.pushGrants, preflight.exchanges)
  }
  // The preflight's policy masks the push tokens as they arrive, too.
  return checkPushAccess(
    preflight.realm,
    inputs.username,
    inputs.password,
    repositories,
    preflight.policy
  )
}

/** Masks every token the registry hands out, as it arrives. */
function maskAll(tokens: string[]): void {
  for (const token of tokens) core.setSecret(token)
}

/** The docker config and its credential helper for the server, if any. */
function dockerConfigOf(
  target: RegistryTarget
): RemediationContext['dockerConfig'] {
  const helper = docker.credentialHelper(target.server)
  return {
    dir: docker.configDir(),
    helper: helper?.program,
    setting: helper?.setting
  }
}

async function checkRateLimit(
  validation: Validation,
  target: RegistryTarget
): Promise<RateLimit | undefined> {
  const preflight = validation.preflight
  if (!preflight?.token) return undefined
  return probeRateLimit(target.registryUrl, preflight.token, {
    ...preflight.policy,
    retries: 0
  })
}

function isLow(rateLimit: RateLimit | undefined): boolean {
  if (rateLimit?.limit === undefined || rateLimit.remaining === undefined) {
    return false
  }
  return rateLimit.remaining < rateLimit.limit * RATE_LIMIT_LOW
}

/** `skip-if-missing: true` and no credentials: a notice, no login, exit 0. */
async function skipLogin(
  verdict: Classification,
  context: RemediationContext,
  findings: Findings
): Promise<void> {
  findings.checks.push({ name: 'docker login', outcome: 'skipped' })
  const why = findings.emptySecret?.explanation ?? ''
  core.notice(
    `Skipping docker login: the credentials are empty (skip-if-missing is true). ${why}`.trim()
  )
  await setOutputsAndSummary(verdict, context, findings)
}

async function report(
  verdict: Classification,
  context: RemediationContext,
  findings: Findings
): Promise<void> {
  for (const warning of verdict.warnings) {
    // preflight-unreachable was said before the login.
    if (warning === 'preflight-unreachable') continue
    core.warning(errorLine(warning, context))
  }
  await setOutputsAndSummary(verdict, context, findings)
  if (verdict.diagnosis === 'ok') {
    core.info(`✅ Logged in to ${context.registry} as ${context.username}`)
    return
  }
  let line = errorLine(verdict.diagnosis, context)
  if (findings.emptySecret && verdict.diagnosis === 'missing-credentials') {
    line = `${line} (${findings.emptySecret.explanation})`
  }
  core.setFailed(line)
}

async function setOutputsAndSummary(
  verdict: Classification,
  context: RemediationContext,
  findings: Findings
): Promise<void> {
  core.setOutput('diagnosis', verdict.diagnosis)
  core.setOutput('warnings', verdict.warnings.join(','))
  core.setOutput('credential-kind', context.credentialKind)
  core.setOutput('logged-in', String(findings.loggedIn))
  core.setOutput('push-access', pushAccess(findings.push))
  const rate = findings.rateLimit
  core.setOutput('rate-limit-limit', rate?.limit ?? '')
  core.setOutput('rate-limit-remaining', rate?.remaining ?? '')
  core.setOutput('rate-limit-window', rate?.window ?? '')
  const report: Report = {
    registry: context.registry,
    username: context.username,
    credentialKind: context.credentialKind,
    classification: verdict,
    remediation: remediationFor(verdict.diagnosis, context),
    warnings: verdict.warnings.map((w: WarningId) =>
      remediationFor(w, context)
    ),
    checks: findings.checks,
    loggedIn: findings.loggedIn,
    push: findings.push,
    rateLimit: findings.rateLimit,
    emptySecret: findings.emptySecret
  }
  await writeSummary(report)
}

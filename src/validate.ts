/**
 * The diagnosis engine's flow, shared by the action and the command line:
 * the offline look at the inputs, then the preflight, then the classifier.
 * It logs in nobody and prints nothing.
 */
import { classify, malformedInput, offlineVerdict } from './classifier.js'
import type { Classification, Evidence } from './evidence.js'
import { analyzeInputs } from './input-analysis.js'
import { checkCredentialShape } from './inputs.js'
import { runPreflight, type PreflightResult } from './preflight.js'
import type { RegistryTarget } from './registry.js'
import type { RemediationContext } from './remediation.js'

/** How the validation may run. */
export interface ValidationOptions {
  preflight: boolean
  retries: number
  timeoutSeconds: number
  /** extra scopes for the login token (the rate-limit preview's) */
  scopes?: string[]
  /** repositories to ask push access for along with the login token */
  pushRepositories?: string[]
  /** called with every token the registry hands out, as it arrives */
  onTokens?: (tokens: string[]) => void
}

/** The outcome of a validation. */
export interface Validation {
  evidence: Evidence
  verdict: Classification
  /** what the remediation texts may say about this attempt */
  context: RemediationContext
  /** whether `docker login` should run (the credential was not refused) */
  proceed: boolean
  /** the preflight's result, when it ran */
  preflight?: PreflightResult
}

/**
 * Validates a credential for a registry. A value that cannot be right fails
 * offline, before any request: a wrong password sent to Docker Hub counts
 * towards its lockout. A registry that cannot be reached does not stop the
 * login; one that refused the credential does. Throws an InputError for a
 * username or password no registry can take.
 */
export async function validateCredential(
  target: RegistryTarget,
  username: string,
  password: string,
  options: ValidationOptions
): Promise<Validation> {
  const evidence: Evidence = {
    input: analyzeInputs(username, password),
    registry: { server: target.input, isDockerHub: target.isDockerHub },
    exchanges: [],
    preflight: options.preflight ? 'ran' : 'skipped'
  }
  const context: RemediationContext = {
    registry: target.input,
    isDockerHub: target.isDockerHub,
    username,
    credentialKind: evidence.input.credentialKind,
    malformedInput: malformedInput(evidence.input)
  }
  const offline = offlineVerdict(evidence.input)
  // What the diagnosis settles offline it explains better; the rest of what
  // no registry can take is an input error (thrown), before any request.
  if (!offline) checkCredentialShape(username, password, target.isDockerHub)
  if (offline) {
    evidence.preflight = 'skipped'
    return { evidence, verdict: offline, context, proceed: false }
  }
  if (!options.preflight) {
    const verdict = classify(evidence)
    return { evidence, verdict, context, proceed: true }
  }
  const timeoutMs = options.timeoutSeconds * 1000
  const preflight = await runPreflight(target, username, password, {
    retries: options.retries,
    timeoutMs,
    budgetMs: 3 * timeoutMs,
    scopes: options.scopes,
    pushRepositories: options.pushRepositories,
    onTokens: options.onTokens
  })
  evidence.exchanges = preflight.exchanges
  const verdict = classify(evidence)
  const proceed =
    verdict.diagnosis === 'ok' || verdict.diagnosis === 'registry-unreachable'
  return { evidence, verdict, context, proceed, preflight }
}

/**
 * Evidence: everything the classifier may look at. It is gathered by the
 * preflight (HTTP), by the input analysis (offline) and by the docker CLI
 * wrapper, and it never contains the secret.
 */
import type { CredentialKind, DiagnosisId, WarningId } from './diagnosis.js'

/** A problem seen in the shape of an input, before any request is made. */
export type InputProblem =
  | 'username-empty'
  | 'password-empty'
  /** `$${{ secrets.X }}`: the secret arrived with a literal `$` in front */
  | 'password-dollar-prefix'
  /** `${{ … }}` text arrived unexpanded */
  | 'unexpanded-expression'
  /** `$VAR` or `${VAR}` text arrived unexpanded */
  | 'unexpanded-variable'
  | 'inner-whitespace'
  | 'newline'
  /** wrapped in quotes, or contains quote characters at its ends */
  | 'quoted'
  | 'non-printable'
  | 'username-email'

/** One finding of the offline input analysis. */
export interface InputFinding {
  input: 'username' | 'password'
  problem: InputProblem
}

/** The offline look at the inputs: no secret, only its shape. */
export interface InputAnalysis {
  credentialKind: CredentialKind
  usernameEmpty: boolean
  passwordEmpty: boolean
  findings: InputFinding[]
}

/** Which request of the preflight an exchange belongs to. */
export type ExchangeStep =
  'ping' | 'token' | 'basic-ping' | 'hub-login' | 'push-token' | 'rate-limit'

/**
 * One HTTP request of the preflight and what came back (after retries). When
 * no response came, `status` is undefined and `error` says why.
 */
export interface HttpExchange {
  step: ExchangeStep
  method: string
  /** the URL without credentials */
  url: string
  status?: number
  /** response headers that matter, lower-case names */
  headers: Record<string, string>
  /** the response body, cut to a few KiB */
  body?: string
  /** a network failure: `code` is Node's (ECONNREFUSED, ECONNRESET, …) */
  error?: { code?: string; message: string; timedOut: boolean }
  /** how many times the request was sent */
  attempts: number
  /** push checks: the repository asked for */
  repository?: string
  /** push checks: the actions the returned token grants on it */
  granted?: string[]
}

/** What the docker CLI said when it ran. */
export interface CliResult {
  exitCode: number
  /** stdout and stderr together, as the user would see them */
  output: string
}

/** All that is known about one login attempt. */
export interface Evidence {
  input: InputAnalysis
  /** the registry as the user named it and whether it is Docker Hub */
  registry: { server: string; isDockerHub: boolean }
  /** the preflight's requests in the order they were made */
  exchanges: HttpExchange[]
  /** whether the preflight ran */
  preflight: 'ran' | 'skipped'
  /** the docker CLI's `login`, when it ran */
  cli?: CliResult
}

/** The classifier's verdict. */
export interface Classification {
  diagnosis: DiagnosisId
  warnings: WarningId[]
  /**
   * Human-readable lines naming what was seen ("token endpoint answered 401:
   * incorrect username or password"). Never contains the secret.
   */
  evidence: string[]
}

/**
 * What the `registry-auth` chunk (multi-login.ts, registry-auth.ts,
 * multi-report.ts) uses of the start-up's modules, handed in by main.ts
 * `loadRegistryAuth` as it loads the chunk. The chunk imports no module of
 * the start-up: a module both imported would be split into one more file
 * loaded on every run (README, Performance), as src/oidc-exchange.ts does.
 */
import type { InputError } from './errors.js'
import type {
  checkCredentialShape,
  scopeDisabled,
  scopeRefusal
} from './inputs.js'
import type {
  entryLine,
  entryLineLimit,
  entryNameLengths,
  withoutAside
} from './remediation.js'
import type { parsePushList } from './repository.js'
import type { holdsCredentials, oneLine } from './text.js'

/** The start-up's functions the chunk calls. */
export interface RegistryAuthTools {
  InputError: typeof InputError
  scopeRefusal: typeof scopeRefusal
  scopeDisabled: typeof scopeDisabled
  checkCredentialShape: typeof checkCredentialShape
  parsePushList: typeof parsePushList
  holdsCredentials: typeof holdsCredentials
  oneLine: typeof oneLine
  entryLine: typeof entryLine
  entryLineLimit: typeof entryLineLimit
  entryNameLengths: typeof entryNameLengths
  withoutAside: typeof withoutAside
  /** remediation.ts MAX_ERROR_LINE */
  maxErrorLine: number
}

/** The tools, once given (provideTools); the chunk's API is given after. */
export const tools = {} as RegistryAuthTools

/** Gives the chunk its tools (multi-login.ts `registryAuthChunk`). */
export function provideTools(given: RegistryAuthTools): void {
  Object.assign(tools, given)
}

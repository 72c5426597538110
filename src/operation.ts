/**
 * The operation a text's request shows — a pull or a push — from the
 * client's framing (docs/registries.md §13b (a)), and a rule match made
 * precise by it. Pure; `judgeText` uses it.
 */
import {
  BY_OPERATION,
  FALLBACK_RULES,
  LOGIN_READINGS,
  PULL_FRAMINGS,
  PUSH_FRAMINGS,
  type Operation
} from './profiles/fallback.js'
import { holds, type RuleMatch } from './rules.js'

export type { Operation } from './profiles/fallback.js'

/**
 * The operation a text's framing shows, or undefined (a login, or none).
 * A push framing wins: a push reads too (containerd's HEAD existence
 * checks, go-containerregistry's detail lists pull and push).
 */
export function operationOf(text: string): Operation | undefined {
  if (PUSH_FRAMINGS.some((framing) => holds(text, framing))) return 'push'
  if (PULL_FRAMINGS.some((framing) => holds(text, framing))) return 'pull'
  return undefined
}

/**
 * A match made precise by the request it answered: a login reading of a
 * 401 (`LOGIN_READINGS`: REG004, FB013) on a push becomes FB004
 * (`BY_OPERATION`), with the framing that showed it as the wording. A
 * pull, and any other match, is returned as it is.
 */
export function byRequest(
  found: RuleMatch | undefined,
  text: string
): RuleMatch | undefined {
  if (!found || !LOGIN_READINGS.includes(found.rule.id)) return found
  const operation = operationOf(text)
  const id = operation && BY_OPERATION[operation]
  if (!operation || !id) return found
  const framings = operation === 'push' ? PUSH_FRAMINGS : PULL_FRAMINGS
  const framing = framings.find((f) => holds(text, f))
  const rule = FALLBACK_RULES.find((r) => r.id === id)
  return rule && framing ? { rule, wording: framing } : found
}

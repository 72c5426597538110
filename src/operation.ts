/**
 * The operation a text's request shows — a pull or a push — from the
 * client's framing (docs/registries.md §13b (a)), and a rule match made
 * precise by it. Pure; `judgeText` uses it.
 */
import { ruleById } from './profiles/index.js'
import type { Wording } from './profiles/types.js'
import { holds, type RuleMatch } from './rules.js'

/** What a client was doing when the registry answered, by its framing. */
export type Operation = 'pull' | 'push'

/**
 * Framings of a push: an upload, a manifest written, a push step of a
 * client (§13b (a)). A push also reads (containerd's HEAD existence
 * checks, go-containerregistry's detail lists pull and push), so a push
 * framing wins over a pull one.
 */
export const PUSH_FRAMINGS: readonly Wording[] = [
  '/blobs/uploads/',
  ['put request to', '/manifests/'],
  ['put https://', '/manifests/'],
  ['put "https://', '/manifests/'],
  'initiating layer upload to',
  'uploading manifest',
  'failed commit on ref',
  'failed to push',
  'push access denied',
  'action:push'
]

/** Framings of a pull: a manifest read, a client resolving a reference. */
export const PULL_FRAMINGS: readonly Wording[] = [
  ['head request to', '/manifests/'],
  ['get request to', '/manifests/'],
  ['head https://', '/manifests/'],
  ['get https://', '/manifests/'],
  ['head "https://', '/manifests/'],
  ['get "https://', '/manifests/'],
  'reading manifest',
  'failed to resolve reference',
  'action:pull'
]

/**
 * Rules that read a bare 401 as a refused login. That holds for a login;
 * on a push request the credential (or none) was accepted by the token
 * service and the token did not cover the push.
 */
export const LOGIN_READINGS: readonly string[] = ['REG004', 'FB013', 'FB019']

/**
 * The rule that reads such a 401 by its request, per operation. A pull
 * keeps the login reading: re-read as FB006 (`repository-not-found`), it
 * turned right answers on real texts wrong (a pull with a wrong or an
 * expired credential answers 401 too) and made none right
 * (docs/registries.md §13b (f)).
 */
export const BY_OPERATION: Readonly<Partial<Record<Operation, string>>> = {
  push: 'FB004'
}

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
  const rule = ruleById(id)
  return rule && framing ? { rule, wording: framing } : found
}

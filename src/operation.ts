/**
 * A 401 that a generic rule reads as a refused login, read by the request
 * it answered when the text shows a push (docs/registries.md §13b (a), (f)).
 * Pure; `judgeText` uses it.
 */
import { ruleById } from './profiles/index.js'
import type { Wording } from './profiles/types.js'
import { holds, type RuleMatch } from './rules.js'

/**
 * Framings of a push: an upload, a manifest written, a push step of a
 * client (§13b (a)). A push reads too (containerd's HEAD existence checks,
 * go-containerregistry's detail lists pull and push), so a push framing
 * counts wherever a pull's shows as well.
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

/**
 * Rules that read a bare 401 as a refused login. That holds for a login,
 * and a pull keeps that reading (re-read as `repository-not-found`, it
 * turned right answers on real texts wrong and made none right, §13b (f));
 * on a push it is read as a push that carried no credential the registry
 * took (FB004, §13m): the client that pushed read no login for the host.
 */
export const LOGIN_READINGS: readonly string[] = ['REG004', 'FB013', 'FB019']

/** The rule a login reading of a 401 becomes on a push. */
const ON_A_PUSH = 'FB004'

/** The push framing a text shows, if any. */
export function pushFramingOf(text: string): Wording | undefined {
  return PUSH_FRAMINGS.find((framing) => holds(text, framing))
}

/**
 * A match made precise by the request it answered: a login reading of a
 * 401 (`LOGIN_READINGS`) on a push becomes FB004, with the framing that
 * showed the push as the wording. Any other match is returned as it is.
 */
export function byRequest(
  found: RuleMatch | undefined,
  text: string
): RuleMatch | undefined {
  if (!found || !LOGIN_READINGS.includes(found.rule.id)) return found
  const framing = pushFramingOf(text)
  const rule = framing ? ruleById(ON_A_PUSH) : undefined
  return rule && framing ? { rule, wording: framing } : found
}

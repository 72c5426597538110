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
 * Framings of a pull: a manifest or tags request, a client's pull step
 * (§13p). Read only where no push framing shows, and no login's.
 */
export const PULL_FRAMINGS: readonly Wording[] = [
  '/manifests/',
  '/tags/list',
  'reading manifest',
  // a client's pull step, as words (never a name that holds "pull")
  'docker pull ',
  'helm pull ',
  'podman pull ',
  'pulling ',
  'failed to pull',
  'trying to pull',
  'error pulling'
]

/**
 * Framings of a login: its `/v2/` ping, the CLI's login words. A text that
 * shows one keeps the login reading of a 401.
 */
const LOGIN_FRAMINGS: readonly Wording[] = [
  '/v2/"',
  '/v2/:',
  '/v2/ ',
  'login attempt',
  'docker login',
  'logging in'
]

/**
 * Rules that read a bare 401 as a refused login. That holds for a login;
 * on a push it is read as a push that carried no credential the registry
 * took (FB004, §13m), on a pull as a pull of a name the request had no
 * right to read without a login (FB006, §13p): no login sent for the host,
 * or a private or missing repository, which registries answer alike.
 */
export const LOGIN_READINGS: readonly string[] = ['REG004', 'FB013', 'FB019']

/** The rule a login reading of a 401 becomes on a push. */
const ON_A_PUSH = 'FB004'

/** The rule a login reading of a 401 becomes on a pull. */
const ON_A_PULL = 'FB006'

/** The push framing a text shows, if any. */
export function pushFramingOf(text: string): Wording | undefined {
  return PUSH_FRAMINGS.find((framing) => holds(text, framing))
}

/** The pull framing a text shows, if it shows no login's. */
export function pullFramingOf(text: string): Wording | undefined {
  if (LOGIN_FRAMINGS.some((framing) => holds(text, framing))) return undefined
  return PULL_FRAMINGS.find((framing) => holds(text, framing))
}

/**
 * A match made precise by the request it answered: a login reading of a
 * 401 (`LOGIN_READINGS`) on a push becomes FB004, on a pull FB006, with
 * the framing that showed the request as the wording. Any other match is
 * returned as it is.
 */
export function byRequest(
  found: RuleMatch | undefined,
  text: string
): RuleMatch | undefined {
  if (!found || !LOGIN_READINGS.includes(found.rule.id)) return found
  const push = pushFramingOf(text)
  if (push) {
    const rule = ruleById(ON_A_PUSH)
    return rule ? { rule, wording: push } : found
  }
  const pull = pullFramingOf(text)
  const rule = pull ? ruleById(ON_A_PULL) : undefined
  return rule && pull ? { rule, wording: pull } : found
}

/**
 * What to do about a diagnosis or warning, rendered for one registry: the
 * profile's texts over the common ones (src/profiles/), the case the judge
 * found, and the placeholders filled in. Pure.
 */
import type { DiagnosisId, WarningId } from './diagnosis.js'
import type { DockerConfigEvidence } from './evidence.js'
import { COMMON_REMEDIATION, EMPTY_SECRET } from './profiles/common.js'
import { textsOf, type ProfileId } from './profiles/index.js'
import type { RemediationCase, Texts } from './profiles/types.js'
import { oneLine } from './text.js'

export { ACTION_USES } from './profiles/common.js'

/** What the texts may mention about the attempt (nothing secret). */
export interface RemediationContext {
  /** the registry as the user named it */
  registry: string
  profile: ProfileId
  /** the username (not secret); may be empty */
  username: string
  /** the variant the judge found */
  case?: RemediationCase
  /** the docker config and the credential helper it names */
  dockerConfig?: DockerConfigEvidence
  /** the proxy the requests went through, without credentials */
  proxy?: string
}

/** The rendered remediation of one diagnosis or warning. */
export interface Remediation extends Texts {
  id: DiagnosisId | WarningId
  steps: string[]
  docs: string[]
}

/**
 * The texts of an id for a profile: the common texts, the profile's fields
 * over them, then the case's (the profile's, else the common one).
 */
function textsFor(
  id: DiagnosisId | WarningId,
  context: RemediationContext
): Texts {
  const own = textsOf(context.profile)[id]
  const base = COMMON_REMEDIATION[id]
  const { cases: ownCases, ...ownTexts } = own ?? {}
  const { cases: baseCases, ...baseTexts } = base ?? {}
  const variant = context.case
    ? (ownCases?.[context.case] ?? baseCases?.[context.case])
    : undefined
  return { ...baseTexts, ...ownTexts, ...variant } as Texts
}

/**
 * The remediation of a diagnosis or warning for this registry, with the
 * registry, username and docker config filled in.
 */
export function remediationFor(
  id: DiagnosisId | WarningId,
  context: RemediationContext
): Remediation {
  const texts = textsFor(id, context)
  const config = context.dockerConfig
  const fill = (text: string): string =>
    text
      .replaceAll('{registry}', shown(context.registry, 'the registry'))
      .replaceAll('{username}', shown(context.username, 'your-name'))
      .replaceAll('{helper}', shown(config?.helper ?? '', 'the helper'))
      .replaceAll('{setting}', shown(config?.setting ?? '', 'its setting'))
      .replaceAll('{config}', shown(config?.dir ?? '', '~/.docker', 200))
      .replaceAll(
        '{proxy}',
        shown((context.proxy ?? '').replace(/^\w+:\/\//, ''), 'proxy:port')
      )
  const remediation: Remediation = {
    id,
    title: fill(texts.title),
    error: fill(texts.error),
    why: fill(texts.why),
    steps: texts.steps.map(fill),
    docs: [...texts.docs]
  }
  if (texts.snippet) remediation.snippet = fill(texts.snippet)
  return remediation
}

/**
 * The one line shown as the step's error: `<title>: <what to do>`, on one
 * line whatever the inputs held.
 */
export function errorLine(
  id: DiagnosisId | WarningId,
  context: RemediationContext
): string {
  const { title, error } = remediationFor(id, context)
  return `${title}: ${error}`.replace(/\s+/g, ' ').trim()
}

/** Why credentials are empty, and the fix, as the user reads them. */
export function emptySecretTexts(
  cause: keyof typeof EMPTY_SECRET,
  event: string,
  fork: string | undefined
): { explanation: string; fix: string } {
  const texts = EMPTY_SECRET[cause]
  const fill = (text: string): string =>
    text.replaceAll('{event}', event).replaceAll('{fork}', fork ?? 'a fork')
  return { explanation: fill(texts.explanation), fix: fill(texts.fix) }
}

/** A user's value on one line and short enough to show, or a stand-in. */
function shown(value: string, fallback: string, max = 60): string {
  return oneLine(value, max) || fallback
}

/**
 * What to do about a diagnosis or warning, rendered for one registry: the
 * profile's texts over the common ones (src/profiles/), the case the judge
 * found, and the placeholders filled in. Pure.
 */
import type { DiagnosisId, WarningId } from './diagnosis.js'
import type { DockerConfigEvidence } from './evidence.js'
import { LINKS } from './profiles/common.js'
import {
  commonTexts,
  textsOf,
  type CommonTexts,
  type ProfileId
} from './profiles/index.js'
import type { RemediationCase, Texts } from './profiles/types.js'
import { oneLine } from './text.js'

export { ACTION_USES } from './profiles/common.js'

/**
 * The texts of a login that succeeded, the same for every registry: here,
 * so that a login without warnings renders with no texts loaded (every
 * other id's texts are in chunks, src/profiles/index.ts loadTexts).
 */
export const OK_TEXTS: Texts = {
  title: 'Logged in',
  error: 'the credential was accepted',
  why: 'The registry accepted the credential and docker login succeeded.',
  steps: [],
  docs: [LINKS.login]
}

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
  /**
   * what an error line may take, when something is put before it (a
   * `registry-auth` entry's name, entryLineLimit); MAX_ERROR_LINE otherwise
   */
  lineLimit?: number
}

/** The rendered remediation of one diagnosis or warning. */
export interface Remediation extends Texts {
  id: DiagnosisId | WarningId
  steps: string[]
  docs: string[]
}

/**
 * The texts of an id for a profile: the common texts, the profile's fields
 * over them, then the case's (the common case's fields, the profile's
 * over them), so that a profile's case says only what differs.
 */
function textsFor(
  id: DiagnosisId | WarningId,
  context: RemediationContext
): Texts {
  if (id === 'ok') return OK_TEXTS
  const own = textsOf(context.profile)[id]
  const base = commonTexts().COMMON_REMEDIATION[id]
  const { cases: ownCases, ...ownTexts } = own ?? {}
  const { cases: baseCases, ...baseTexts } = base ?? {}
  const kase = context.case
  return {
    ...baseTexts,
    ...ownTexts,
    ...(kase ? baseCases?.[kase] : undefined),
    ...(kase ? ownCases?.[kase] : undefined)
  } as Texts
}

/**
 * The remediation of a diagnosis or warning for this registry, with the
 * registry, username and docker config filled in.
 */
export function remediationFor(
  id: DiagnosisId | WarningId,
  context: RemediationContext
): Remediation {
  return render(id, textsFor(id, context), context)
}

/**
 * A remediation told what its text is about by the rule that read it
 * (TextRule `what`): that is its error line's fix and its first step, in
 * place of the diagnosis's generic first one ("read what it names").
 */
export function withWhat(
  written: Remediation,
  what: string | undefined
): Remediation {
  if (!what) return written
  const step = `${what[0].toUpperCase()}${what.slice(1)}${what.endsWith('.') ? '' : '.'}`
  return { ...written, error: what, steps: [step, ...written.steps.slice(1)] }
}

/** The placeholders of the texts, filled with the user's values. */
type Placeholder =
  'registry' | 'username' | 'helper' | 'setting' | 'config' | 'proxy'

/** How long each value may be: 60 characters, a path 200. */
const FULL: Readonly<Record<Placeholder, number>> = {
  registry: 60,
  username: 60,
  helper: 60,
  setting: 60,
  config: 200,
  proxy: 60
}

/**
 * Texts rendered for one attempt: the placeholders filled with the user's
 * values, each on one line and cut to its length in `caps` (a path keeps
 * its end).
 */
function render(
  id: DiagnosisId | WarningId,
  texts: Texts,
  context: RemediationContext,
  caps: Readonly<Record<Placeholder, number>> = FULL
): Remediation {
  const values = valuesOf(context)
  // a username quoted as the user's own, where there is none (`explain`):
  // "the username", not a stand-in in quotes that reads as the user's
  const unnamed = (text: string): string =>
    context.username ? text : text.replace(/"\{username\}"/g, 'the username')
  const fill = (text: string): string =>
    unnamed(text).replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in values)) return whole
      const key = name as Placeholder
      const [value, fallback] = values[key]
      if (key === 'config') return shownTail(value, caps.config) || fallback
      return shown(value, fallback, caps[key])
    })
  const remediation: Remediation = {
    id,
    title: fill(texts.title),
    error: fill(texts.error),
    why: fill(texts.why),
    steps: texts.steps.map(fill),
    docs: [...texts.docs]
  }
  // a snippet is copied as it is: its registry is a host, or a stand-in to
  // replace, never a family's name (explain's "Harbor"; attack round 15)
  if (texts.snippet) {
    const host = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/.test(
      context.registry
    )
    remediation.snippet = fill(
      host
        ? texts.snippet
        : texts.snippet.replace(
            /^(\s*registry: )\{registry\}/m,
            '$1REGISTRY_HOST'
          )
    )
  }
  return remediation
}

/** Each placeholder's value and its stand-in when there is none. */
function valuesOf(
  context: RemediationContext
): Record<Placeholder, [string, string]> {
  const config = context.dockerConfig
  return {
    registry: [context.registry, 'the registry'],
    username: [context.username, 'your-name'],
    helper: [config?.helper ?? '', 'docker-credential-<name>'],
    setting: [config?.setting ?? '', 'credsStore or credHelpers'],
    config: [config?.dir ?? '', '~/.docker'],
    proxy: [(context.proxy ?? '').replace(/^\w+:\/\//, ''), 'proxy:port']
  }
}

/** Error lines are shorter than this, whatever the user's values. */
export const MAX_ERROR_LINE = 200

/** The longest registry name before a `registry-auth` entry's line. */
const MAX_ENTRY_NAME = 60

/**
 * How much of each `registry-auth` entry's registry name its lines keep
 * when they cut it: up to the end of the part (`.`, `:` or `/` apart)
 * where it first differs from every other entry's, MIN_VALUE at least,
 * MAX_ENTRY_NAME at most. Two ECR regions of one account read
 * `123456789012.dkr.ecr.eu-west-1…`, not both `123456789012.…`
 * (attack-23 repro-03).
 */
export function entryNameLengths(registries: readonly string[]): number[] {
  return registries.map((registry, index) => {
    let keep = MIN_VALUE
    registries.forEach((other, at) => {
      if (at === index) return
      let same = 0
      while (same < registry.length && registry[same] === other[same]) same++
      // the differing part whole: to the next separator after it
      const end = registry.slice(same + 1).search(/[.:/]/)
      keep = Math.max(keep, end < 0 ? registry.length : same + 1 + end)
    })
    return Math.min(registry.length, keep, MAX_ENTRY_NAME)
  })
}

/**
 * What a `registry-auth` entry's line may take, leaving room for its
 * registry's name cut to `keep` (entryNameLengths): the name gets
 * whatever room the line leaves, up to MAX_ENTRY_NAME.
 */
export function entryLineLimit(registry: string, keep = MIN_VALUE): number {
  return MAX_ERROR_LINE - Math.min(registry.length, keep + 1) - 2
}

/**
 * A `registry-auth` entry's line, named after its registry: the name is
 * cut to the room the line leaves (MIN_VALUE at least), so that the whole
 * stays shorter than MAX_ERROR_LINE; a line made with entryLineLimit
 * leaves room for the part of the name that tells it from the others.
 */
export function entryLine(registry: string, line: string): string {
  const room = MAX_ERROR_LINE - line.length - 2 - 2
  return `${oneLine(registry, Math.max(MIN_VALUE, Math.min(MAX_ENTRY_NAME, room)))}: ${line}`
}

/** No value in an error line is cut shorter than this. */
const MIN_VALUE = 12

/**
 * The one line shown as the step's error: `<title>: <what to do>`, on one
 * line whatever the inputs held, and shorter than MAX_ERROR_LINE. When the
 * user's values make it longer, the longest value in it (a registry name,
 * a username, a config path) is cut, then the next: never the words of
 * the fix. `suffix` (a short why) is added only when it fits too.
 */
export function errorLine(
  id: DiagnosisId | WarningId,
  context: RemediationContext,
  suffix = '',
  /** what to do, in place of the texts' own */
  error?: string
): string {
  const texts = error
    ? { ...textsFor(id, context), error }
    : textsFor(id, context)
  const limit = context.lineLimit ?? MAX_ERROR_LINE
  const withSuffix = fitted(id, texts, context, limit - suffix.length)
  if (withSuffix.length < limit - suffix.length) {
    return `${withSuffix}${suffix}`
  }
  const line = fitted(id, texts, context, limit)
  // still too long with every value cut: the fix's closing aside in
  // parentheses goes, never its words (a registry-auth entry's shorter
  // line; attack-23 repro-03)
  const cut = withoutAside(texts.error)
  return line.length >= limit && cut !== texts.error
    ? errorLine(id, context, '', cut)
    : line
}

/**
 * A line without its closing aside in parentheses: what an error line
 * gives up, never the fix's words, when nothing else can be cut (here and
 * for a `registry-auth` entry's input error, multi-login.ts).
 */
export function withoutAside(text: string): string {
  return text.replace(/\s*\([^()]*\)$/, '')
}

/**
 * `<title>: <what to do>` shorter than `limit` if it can be: the longest
 * value in it cut first, then the next, none below MIN_VALUE.
 */
function fitted(
  id: DiagnosisId | WarningId,
  texts: Texts,
  context: RemediationContext,
  limit: number
): string {
  const values = valuesOf(context)
  const used = (Object.keys(FULL) as Placeholder[]).filter((key) =>
    `${texts.title} ${texts.error}`.includes(`{${key}}`)
  )
  const caps = { ...FULL }
  const lineOf = (): string => {
    const { title, error } = render(id, texts, context, caps)
    return `${title}: ${error}`.replace(/\s+/g, ' ').trim()
  }
  const length = (key: Placeholder): number =>
    Math.min(values[key][0].length, caps[key])
  let line = lineOf()
  while (line.length >= limit) {
    const longest = used
      .filter((key) => length(key) > MIN_VALUE)
      .sort((a, b) => length(b) - length(a))[0]
    if (!longest) break
    caps[longest] = Math.max(
      MIN_VALUE,
      length(longest) - (line.length - limit + 1)
    )
    line = lineOf()
  }
  return line
}

/** Why credentials are empty, as the user reads it. */
export interface EmptySecretTexts {
  explanation: string
  fix: string
  /** a few words for the error line */
  line: string
  /** the reason of a skipped login, for its headline */
  skipped: string
  /** what would make such runs log in, when a login is skipped */
  hint: string
  /**
   * the fix for the error line when the event alone explains the empty
   * credentials (a fork's pull request, Dependabot): the line says it in
   * place of the registry's own fix when both do not fit
   */
  act?: string
}

/** Why credentials are empty, and the fix, as the user reads them. */
export function emptySecretTexts(
  cause: keyof CommonTexts['EMPTY_SECRET'],
  event: string,
  fork: string | undefined
): EmptySecretTexts {
  const texts = commonTexts().EMPTY_SECRET[cause]
  const fill = (text: string, max: number): string =>
    text
      .replaceAll('{event}', oneLine(event, 40))
      .replaceAll('{fork}', oneLine(fork ?? '', max) || 'a fork')
  return {
    explanation: fill(texts.explanation, 140),
    fix: fill(texts.fix, 140),
    line: fill(texts.line, 40),
    skipped: texts.skipped,
    hint: texts.hint,
    ...('act' in texts ? { act: texts.act } : {})
  }
}

/** A user's value on one line and short enough to show, or a stand-in. */
function shown(value: string, fallback: string, max = 60): string {
  return oneLine(value, max) || fallback
}

/** A path on one line, its end kept when it is cut (`…/work/app/.docker`). */
function shownTail(path: string, max: number): string {
  const line = oneLine(path, Math.max(path.length, 1))
  return line.length > max ? `…${line.slice(line.length - max)}` : line
}

/**
 * The job summary: a model of what it shows (built by the report) and its
 * rendering as Markdown. Pure; it never holds a secret.
 */
import type { CredentialKind, DiagnosisId, WarningId } from './diagnosis.js'
import type { PushResult } from './judge.js'
import type { Remediation } from './remediation.js'

/** One row of the "checks performed" table. */
export interface Check {
  name: string
  outcome: string
}

/** Everything the summary shows. */
export interface SummaryModel {
  registry: string
  username: string
  credentialKind: CredentialKind
  diagnosis: DiagnosisId
  warnings: readonly WarningId[]
  /** the judge's evidence lines */
  evidence: readonly string[]
  remediation: Remediation
  /** remediation of each warning, in the order of the warnings */
  warningRemediations: readonly Remediation[]
  checks: readonly Check[]
  loggedIn: boolean
  /**
   * the registries of AWS_ACCOUNT_IDS' other accounts also logged in to,
   * each with its own exchanged token
   */
  alsoLoggedIn?: readonly string[]
  /** push checks, one per repository of the `push` input */
  push: readonly PushResult[]
  /** the pull rate-limit line, when the preview was asked */
  rateLimit?: string
  /** why the credentials are empty, and the fix */
  emptySecret?: { explanation: string; fix: string }
  /** the login was skipped on purpose (skip-if-missing): a neutral summary */
  skipped?: Skipped
}

/** A login skipped on purpose: empty credentials and skip-if-missing. */
export interface Skipped {
  /** why, for the headline: `no credentials in this fork pull request` */
  reason: string
  /** what was empty: `password`, `username and password` */
  empty: string
  /** what would make such runs log in, when something would */
  hint?: string
}

/** One registry of a `registry-auth` run. */
export interface SummarySection {
  registry: string
  /** absent for a registry whose pipeline reported no summary */
  summary?: SummaryModel
  /** the docker CLI's own words */
  cli?: { exitCode: number; output: string }
}

/**
 * The summary of a `registry-auth` run: a headline and a table of every
 * registry, then a section per registry — its own summary, one heading
 * level down, titled with the registry.
 */
export function renderSections(sections: readonly SummarySection[]): string {
  const failed = sections.filter(
    (s) => s.summary && s.summary.diagnosis !== 'ok' && !s.summary.skipped
  )
  const count = `${sections.length} ${sections.length === 1 ? 'registry' : 'registries'}`
  const lines = [
    failed.length === 0
      ? `## ✅ Docker login to ${count}`
      : `## ❌ Docker login failed for ${failed.length} of ${count}`,
    '',
    '| Registry | Diagnosis | Logged in |',
    '|---|---|---|'
  ]
  for (const { registry, summary } of sections) {
    const diagnosis = summary ? `\`${summary.diagnosis}\`` : '—'
    const loggedIn = summary?.loggedIn ? 'yes' : 'no'
    lines.push(`| ${cell(code(registry))} | ${diagnosis} | ${loggedIn} |`)
  }
  lines.push('')
  for (const { registry, summary } of sections) {
    if (!summary) continue
    lines.push(...demoted(renderSummary(summary), registry), '')
  }
  return lines.join('\n')
}

/**
 * A registry's summary inside the combined one: headings one level down,
 * the first titled with the registry; fenced code left as it is.
 */
function demoted(markdown: string, registry: string): string[] {
  let fenced = false
  let titled = false
  return markdown.split('\n').map((line) => {
    if (line.startsWith('```')) fenced = !fenced
    if (fenced || !/^#{2,5} /.test(line)) return line
    if (!titled) {
      titled = true
      return `### ${code(registry)}: ${line.replace(/^#+ /, '')}`
    }
    return `#${line}`
  })
}

/** The summary as Markdown. */
export function renderSummary(model: SummaryModel): string {
  const { remediation } = model
  const failed = model.diagnosis !== 'ok'
  if (model.skipped) return renderSkipped(model, model.skipped)
  const lines: string[] = []
  if (failed) {
    const what = model.loggedIn ? 'Logged in, but' : 'Docker login failed:'
    lines.push(`## ❌ ${what} ${lowerFirst(remediation.title)}`)
    lines.push('', remediation.why, '')
  } else {
    lines.push(
      '## ✅ Docker login succeeded',
      '',
      `Logged in to ${code(model.registry)} as ${code(model.username)}.`,
      ''
    )
  }
  lines.push('| | |', '|---|---|')
  lines.push(`| Registry | ${cell(code(model.registry))} |`)
  lines.push(`| Username | ${cell(code(model.username || '(empty)'))} |`)
  lines.push(`| Credential kind | ${model.credentialKind} |`)
  lines.push(`| Diagnosis | \`${model.diagnosis}\` |`)
  const warnings = model.warnings.join(', ')
  lines.push(`| Warnings | ${warnings ? `\`${warnings}\`` : 'none'} |`)
  lines.push(`| Logged in | ${model.loggedIn ? 'yes' : 'no'} |`)
  if (model.alsoLoggedIn) {
    const hosts = model.alsoLoggedIn.map(code).join(', ')
    lines.push(`| Also logged in (AWS_ACCOUNT_IDS) | ${cell(hosts)} |`)
  }
  lines.push('')
  if (model.emptySecret) {
    lines.push(
      `**Why the credentials are empty:** ${model.emptySecret.explanation} ${model.emptySecret.fix}`,
      ''
    )
  }
  if (model.push.length > 0) {
    lines.push('### Push access', '')
    lines.push('| Repository | Result | Granted actions |', '|---|---|---|')
    const shown = pushShown(model.push)
    for (const check of model.push.filter((_, index) => shown.has(index))) {
      const granted = check.granted?.length
        ? cell(code(check.granted.join(', ')))
        : '—'
      lines.push(
        `| ${cell(code(check.repository))} | ${check.result} | ${granted} |`
      )
    }
    for (const [result, count] of untold(model.push, shown)) {
      lines.push(`| ${count} more repositories | ${result} | — |`)
    }
    lines.push('')
  }
  if (model.rateLimit) lines.push(model.rateLimit, '')
  lines.push(...checksAndEvidence(model))
  if (failed) lines.push(...remediationBlock('How to fix it', remediation))
  for (const warning of model.warningRemediations) {
    lines.push(...remediationBlock(`⚠️ ${warning.title}`, warning))
  }
  return lines.join('\n')
}

/**
 * The summary of a login skipped on purpose: neutral, no failure, no fix
 * (skip-if-missing did what it was set for); why the credentials are
 * empty, and what would make such runs log in when something would.
 */
function renderSkipped(model: SummaryModel, skipped: Skipped): string {
  const lines = [
    `## ⏭️ Docker login skipped: ${skipped.reason}`,
    '',
    `The ${skipped.empty} ${skipped.empty.includes(' and ') ? 'are' : 'is'} empty and \`skip-if-missing\` is true: the step succeeded without logging in to ${code(model.registry)} (output \`logged-in\` is \`false\`), so the job can build without pushing.`,
    '',
    '| | |',
    '|---|---|',
    `| Registry | ${cell(code(model.registry))} |`,
    `| Username | ${cell(code(model.username || '(empty)'))} |`,
    `| Diagnosis | \`${model.diagnosis}\` |`,
    '| Logged in | no |',
    ''
  ]
  const why = [model.emptySecret?.explanation, skipped.hint].filter(Boolean)
  if (why.length > 0) lines.push(why.join(' '), '')
  lines.push(...checksAndEvidence(model))
  return lines.join('\n')
}

/** The checks table and the evidence lines. */
function checksAndEvidence(model: SummaryModel): string[] {
  const lines: string[] = []
  if (model.checks.length > 0) {
    lines.push('### Checks performed', '')
    lines.push('| Check | Outcome |', '|---|---|')
    for (const check of model.checks) {
      lines.push(`| ${cell(code(check.name))} | ${cell(code(check.outcome))} |`)
    }
    lines.push('')
  }
  if (model.evidence.length > 0) {
    lines.push('### Evidence', '')
    // quoted as code: registry text renders as text, not as Markdown
    for (const line of model.evidence) lines.push(`- ${code(line)}`)
    lines.push('')
  }
  return lines
}

/** The title inside a sentence: its first letter lowered, not a name's (GITHUB_TOKEN, ECR, GHCR). */
export function lowerFirst(text: string): string {
  const word = text.split(/[\s:,]/)[0]
  if (/[A-Z].*[A-Z0-9_]/.test(word) && word === word.toUpperCase()) return text
  // a name in camel case keeps its case: GitLab, GitHub (attack round 15)
  if (/^.[a-z]*[A-Z]/.test(word)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function remediationBlock(heading: string, remediation: Remediation): string[] {
  const lines = [`### ${heading}`, '']
  if (heading.startsWith('⚠️')) lines.push(remediation.why, '')
  remediation.steps.forEach((step, index) => {
    lines.push(`${index + 1}. ${step}`)
  })
  lines.push('')
  if (remediation.snippet) {
    lines.push('```yaml', remediation.snippet.trimEnd(), '```', '')
  }
  if (remediation.docs.length > 0) {
    lines.push(`Docs: ${remediation.docs.map((d) => `<${d}>`).join(' · ')}`, '')
  }
  return lines
}

/**
 * Text as an inline code span, on one line: Markdown, HTML and links in it
 * render as text. The fence is longer than any run of backticks inside.
 * A link's or image's `](` gets a zero-width space inside, so that the
 * text stays inert wherever the Markdown is read without the code span (a
 * summary pasted into an issue, a renderer that breaks the span).
 */
export function code(text: string): string {
  const line = inline(text).replace(/\]\(/g, ']\u200b(')
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|')
}

/** Text on one line. */
function inline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}

/**
 * Past this many push repositories, the summary lists only those not
 * granted (this many at the most) and counts the others: GitHub drops a
 * step summary over 1 MiB whole (attack-24 repro-05: 3 001 repositories).
 */
export const MAX_PUSH_ROWS = 50

/** The indexes of the push results the summary lists one by one. */
export function pushShown(push: readonly { result: string }[]): Set<number> {
  const indexes = push.map((_, index) => index)
  if (push.length <= MAX_PUSH_ROWS) return new Set(indexes)
  return new Set(
    indexes
      .filter((index) => push[index].result !== 'granted')
      .slice(0, MAX_PUSH_ROWS)
  )
}

/** How many push results of each kind the summary does not list. */
export function untold(
  push: readonly { result: string }[],
  shown: ReadonlySet<number>
): [string, number][] {
  const counts = new Map<string, number>()
  push.forEach(({ result }, index) => {
    if (!shown.has(index)) counts.set(result, (counts.get(result) ?? 0) + 1)
  })
  return [...counts]
}

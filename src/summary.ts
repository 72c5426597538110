/**
 * The job summary: the result, a table of what was checked, and for a
 * failure the remediation and the workflow snippet to copy. It is written
 * from the report alone, which holds no secret.
 */
import * as core from '@actions/core'
import type { PushCheck, RateLimit } from './access.js'
import type { CredentialKind } from './diagnosis.js'
import type { EmptySecretCause } from './event.js'
import type { Classification, HttpExchange } from './evidence.js'
import { MAX_RETRY_AFTER_SECONDS, retryAfterSeconds } from './http.js'
import type { Remediation } from './remediation.js'

/** One line of the "checks performed" column. */
export interface Check {
  name: string
  outcome: string
}

/** Everything the summary shows. */
export interface Report {
  registry: string
  username: string
  credentialKind: CredentialKind
  classification: Classification
  remediation: Remediation
  /** remediation of each warning, in the order of the warnings */
  warnings: Remediation[]
  checks: Check[]
  loggedIn: boolean
  /** push checks, one per repository of the `push` input */
  push: PushCheck[]
  rateLimit?: RateLimit
  /** why the credentials are empty, from the event */
  emptySecret?: EmptySecretCause
}

/** Describes the preflight's exchanges as checks, in the order made. */
export function checksOf(exchanges: HttpExchange[]): Check[] {
  return exchanges.map((exchange) => ({
    name: exchange.repository
      ? `${STEP_NAMES[exchange.step]} to ${exchange.repository}`
      : `${STEP_NAMES[exchange.step]} (${exchange.method} ${pathOf(exchange.url)})`,
    outcome: outcomeOf(exchange)
  }))
}

const STEP_NAMES: Record<HttpExchange['step'], string> = {
  ping: 'Registry ping',
  token: 'Token request',
  'basic-ping': 'Basic-auth ping',
  'hub-login': 'Docker Hub login API',
  'push-token': 'Push access',
  'rate-limit': 'Pull rate limit'
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.host}${parsed.pathname}`
  } catch {
    return url
  }
}

function outcomeOf(exchange: HttpExchange): string {
  const tries = exchange.attempts > 1 ? ` after ${exchange.attempts} tries` : ''
  if (exchange.status === undefined) {
    const why = exchange.error?.code ?? exchange.error?.message ?? 'no answer'
    return `no answer (${why})${tries}`
  }
  return `${exchange.status}${tries}${retryAfterNote(exchange)}`
}

/**
 * A 429's `Retry-After`, and whether it was waited for: one longer than
 * MAX_RETRY_AFTER_SECONDS is reported here instead.
 */
function retryAfterNote(exchange: HttpExchange): string {
  const value = exchange.headers['retry-after']
  if (exchange.status !== 429 || value === undefined) return ''
  const seconds = retryAfterSeconds(value)
  if (seconds === undefined) {
    return ` (Retry-After "${value.slice(0, 40)}" unreadable: not waited for)`
  }
  return seconds > MAX_RETRY_AFTER_SECONDS
    ? ` (Retry-After ${seconds} s, over ${MAX_RETRY_AFTER_SECONDS} s: not waited for)`
    : ` (Retry-After ${seconds} s)`
}

/** Renders the report into the job summary and writes it. */
export async function writeSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(renderSummary(report), true).write()
}

/** The summary as Markdown (exported for the CLI and tests). */
export function renderSummary(report: Report): string {
  const { classification, remediation } = report
  const failed = classification.diagnosis !== 'ok'
  const lines: string[] = []
  if (failed) {
    const what = report.loggedIn ? 'Logged in, but' : 'Docker login failed:'
    lines.push(`## ❌ ${what} ${lowerFirst(remediation.title)}`)
    lines.push('', remediation.why, '')
  } else {
    lines.push('## ✅ Docker login succeeded', '', okLine(report), '')
  }
  lines.push('| | |', '|---|---|')
  lines.push(`| Registry | \`${cell(report.registry)}\` |`)
  lines.push(`| Username | \`${cell(report.username || '(empty)')}\` |`)
  lines.push(`| Credential kind | ${report.credentialKind} |`)
  lines.push(`| Diagnosis | \`${classification.diagnosis}\` |`)
  const warnings = classification.warnings.join(', ')
  lines.push(`| Warnings | ${warnings ? `\`${warnings}\`` : 'none'} |`)
  lines.push(`| Logged in | ${report.loggedIn ? 'yes' : 'no'} |`)
  lines.push('')
  if (report.emptySecret) {
    lines.push(
      `**Why the credentials are empty:** ${report.emptySecret.explanation} ${report.emptySecret.fix}`,
      ''
    )
  }
  if (report.push.length > 0) {
    lines.push('### Push access', '')
    lines.push('| Repository | Result | Granted actions |', '|---|---|---|')
    for (const check of report.push) {
      const granted = check.exchange.granted?.join(', ') || '—'
      lines.push(
        `| \`${cell(check.repository)}\` | ${check.result} | ${granted} |`
      )
    }
    lines.push('')
  }
  if (report.rateLimit) lines.push(rateLimitLine(report.rateLimit), '')
  if (report.checks.length > 0) {
    lines.push('### Checks performed', '')
    lines.push('| Check | Outcome |', '|---|---|')
    for (const check of report.checks) {
      lines.push(`| ${cell(check.name)} | ${cell(check.outcome)} |`)
    }
    lines.push('')
  }
  if (classification.evidence.length > 0) {
    lines.push('### Evidence', '')
    for (const line of classification.evidence) lines.push(`- ${inline(line)}`)
    lines.push('')
  }
  if (failed) lines.push(...remediationBlock('How to fix it', remediation))
  for (const warning of report.warnings) {
    lines.push(...remediationBlock(`⚠️ ${warning.title}`, warning))
  }
  return lines.join('\n')
}

function rateLimitLine(rate: RateLimit): string {
  if (rate.exchange.status !== 200) {
    return `**Pull rate limit:** not known (the preview answered ${rate.exchange.status ?? 'nothing'}).`
  }
  if (rate.limit === undefined) {
    return '**Pull rate limit:** none applies to this account.'
  }
  const window = rate.window ? ` per ${formatWindow(rate.window)}` : ''
  return `**Pull rate limit:** ${rate.remaining ?? '?'} of ${rate.limit} pulls left${window}.`
}

function formatWindow(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`
  if (seconds % 60 === 0) return `${seconds / 60} min`
  return `${seconds} s`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function okLine(report: Report): string {
  return `Logged in to \`${cell(report.registry)}\` as \`${cell(report.username)}\`.`
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

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|')
}

/** Text on one line. */
function inline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}

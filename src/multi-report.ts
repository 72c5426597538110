/**
 * The report of a `registry-auth` run: the reports of its entries, one per
 * registry, combined into what the step writes (README, "Several
 * registries in one step"). Pure.
 *
 * - `diagnosis`: the first failing entry's id in input order; with none
 *   failing, the first skipped entry's (skip-if-missing); else `ok`.
 * - `diagnoses`: a JSON object mapping each entry's registry to its id,
 *   as written and, where that differs, as its host (`docker.io`,
 *   `ghcr.io` for `https://ghcr.io`; attack-19 repro-05).
 * - `credential-kind`: of the entry `diagnosis` is about (the first entry
 *   when all are ok).
 * - `logged-in`: `true` only when every registry was logged in to.
 * - `push-access`: `denied` when any entry's is, else `granted` when any
 *   entry's is and no entry's push went unchecked (warning
 *   `push-not-checked`), else `not-checked`.
 * - `warnings`: every entry's warning ids, each once, in order.
 * - `rate-limit-*`: of the first entry that read a pull rate limit.
 * - `expires-at`: the earliest of the entries' (attack-19 repro-01).
 * - One error line per failing registry, each starting with the registry
 *   (and one per failed login to an AWS_ACCOUNT_IDS account's registry):
 *   the first fails the step, the others follow as error annotations. The
 *   same for warning lines and notices.
 * - The summary: a section per registry; the post step logs out of each
 *   registry logged in to.
 */
import { tools } from './registry-auth-tools.js'
import type { ActionReport, Outputs } from './report.js'

/** What one entry's pipeline came to: its report, or the error it threw. */
export type EntryResult =
  | {
      registry: string
      host?: string
      report: ActionReport
      /** whether `push` named repositories on this entry's registry */
      pushed?: boolean
    }
  | { registry: string; error: string; input: boolean }

/** Combines the entries' results, in input order. */
export function combineReports(
  results: readonly EntryResult[],
  options: { logout: boolean }
): ActionReport {
  // an ECR entry with AWS_ACCOUNT_IDS logged in to several servers
  const servers = results.flatMap((r) => {
    const saved = 'report' in r ? r.report.state : undefined
    if (!saved) return []
    return 'server' in saved ? [saved.server] : saved.servers
  })
  const state =
    servers.length > 0
      ? { servers: [...new Set(servers)], logout: options.logout }
      : undefined
  // an entry that threw: its error is the step's, nothing else is judged
  const thrown = results.find((r) => 'error' in r)
  if (thrown && 'error' in thrown) {
    return {
      outputs: thrown.input
        ? { 'logged-in': 'false' }
        : { 'logged-in': 'false', diagnosis: 'unknown' },
      failure: thrown.input
        ? `${thrown.registry}: ${thrown.error}`
        : `docker-login-preflight failed unexpectedly for ${thrown.registry}: ${thrown.error}`,
      warnings: [],
      ...(state ? { state } : {})
    }
  }
  const entries = results.flatMap((r) =>
    'report' in r
      ? [
          {
            registry: r.registry,
            host: r.host,
            report: r.report,
            pushed: r.pushed
          }
        ]
      : []
  )
  const failing = entries.filter((e) => e.report.failure !== undefined)
  const lead =
    failing[0] ??
    entries.find((e) => e.report.outputs.diagnosis !== 'ok') ??
    entries[0]
  const rated =
    entries.find((e) => (e.report.outputs['rate-limit-limit'] ?? '') !== '') ??
    lead
  const access = entries.map((e) => e.report.outputs['push-access'])
  // an entry whose push repositories were not all checked, or named a host
  // it does not log in to (registry-mismatch): no `granted` for the step
  // (every push repository, action.yml; attack-23 repro-04, attack-42 A42-05)
  // and an entry given push repositories that did not check them (skipped
  // by skip-if-missing, or refused before its push checks; attack-43 A43-05)
  const unchecked = entries.some(
    (e) =>
      (e.report.outputs.warnings ?? '')
        .split(',')
        .includes('push-not-checked') ||
      e.report.outputs.diagnosis === 'registry-mismatch' ||
      (e.pushed === true && e.report.outputs['push-access'] === 'not-checked')
  )
  const warningIds = [
    ...new Set(
      entries.flatMap((e) =>
        (e.report.outputs.warnings ?? '').split(',').filter(Boolean)
      )
    )
  ]
  const outputs: Outputs = {
    diagnosis: lead.report.outputs.diagnosis ?? 'unknown',
    warnings: warningIds.join(','),
    'credential-kind': lead.report.outputs['credential-kind'] ?? '',
    'logged-in': String(
      entries.every((e) => e.report.outputs['logged-in'] === 'true')
    ),
    'push-access': access.includes('denied')
      ? 'denied'
      : access.includes('granted') && !unchecked
        ? 'granted'
        : 'not-checked',
    'rate-limit-limit': rated.report.outputs['rate-limit-limit'] ?? '',
    'rate-limit-remaining': rated.report.outputs['rate-limit-remaining'] ?? '',
    'rate-limit-window': rated.report.outputs['rate-limit-window'] ?? '',
    diagnoses: JSON.stringify(diagnosesOf(entries))
  }
  // ISO 8601 UTC to the second: the earliest sorts first
  const expiries = entries
    .map((e) => e.report.outputs['expires-at'] ?? '')
    .filter((at) => at !== '')
    .sort()
  if (expiries.length > 0) outputs['expires-at'] = expiries[0]
  const named = tools.entryLine
  const failures = withinAnnotations(
    failing.flatMap((e) =>
      [e.report.failure ?? '', ...(e.report.errors ?? [])].map((line) => ({
        registry: e.registry,
        line: named(e.registry, line)
      }))
    ),
    (count, registries) =>
      `${count} more error lines, in the job summary, for ${registries}`
  )
  const notices = entries.flatMap((e) =>
    e.report.notice ? [named(e.registry, e.report.notice)] : []
  )
  const successes = entries.flatMap((e) =>
    e.report.success ? [e.report.success] : []
  )
  const report: ActionReport = {
    outputs,
    warnings: withinAnnotations(
      entries.flatMap((e) =>
        e.report.warnings.map((w) => ({
          registry: e.registry,
          line: named(e.registry, w)
        }))
      ),
      (count, registries) =>
        `${count} more warnings, in the job summary, for ${registries}`
    ),
    sections: entries.map((e) => ({
      registry: e.registry,
      ...(e.report.summary ? { summary: e.report.summary } : {}),
      ...(e.report.cli ? { cli: e.report.cli } : {})
    })),
    ...(state ? { state } : {})
  }
  const accountLogins = entries.flatMap((e) => e.report.accountLogins ?? [])
  if (accountLogins.length > 0) report.accountLogins = accountLogins
  if (failures.length > 0) {
    report.failure = failures[0]
    if (failures.length > 1) report.errors = failures.slice(1)
  }
  if (notices.length > 0) report.notice = notices.join('\n')
  if (successes.length > 0) report.success = successes.join('\n')
  return report
}

/**
 * Each entry's diagnosis by its registry as written, and by its host where
 * that differs and no entry wrote it (`index.docker.io` is also
 * `docker.io`, `https://ghcr.io` also `ghcr.io`): a workflow reading
 * `diagnoses['ghcr.io']` finds it however the entry named the registry.
 */
function diagnosesOf(
  entries: readonly { registry: string; host?: string; report: ActionReport }[]
): Record<string, string> {
  const written = new Set(entries.map((e) => e.registry))
  const diagnoses: Record<string, string> = {}
  for (const { registry, host, report } of entries) {
    const diagnosis = report.outputs.diagnosis ?? ''
    diagnoses[registry] = diagnosis
    if (host && !written.has(host)) diagnoses[host] = diagnosis
  }
  return diagnoses
}

/** GitHub shows at most this many error (or warning) annotations a step. */
const MAX_ANNOTATIONS = 10

/**
 * Lines as annotations GitHub shows all of: past MAX_ANNOTATIONS, the last
 * one says how many more there are and for which registries, so that no
 * failing registry goes unnamed (actions/toolkit docs/problem-matchers.md,
 * Limitations; attack-24 repro-04).
 */
function withinAnnotations(
  lines: readonly { registry: string; line: string }[],
  more: (count: number, registries: string) => string
): string[] {
  if (lines.length <= MAX_ANNOTATIONS) return lines.map(({ line }) => line)
  const rest = lines.slice(MAX_ANNOTATIONS - 1)
  const registries = [...new Set(rest.map(({ registry }) => registry))]
  return [
    ...lines.slice(0, MAX_ANNOTATIONS - 1).map(({ line }) => line),
    tools.oneLine(
      more(rest.length, registries.join(', ')),
      tools.maxErrorLine - 2
    )
  ]
}

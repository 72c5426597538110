/**
 * `doctor`: what the docker config of a laptop or a self-hosted runner
 * holds, and what of it is stale. It lists every registry entry (`auths`,
 * `credHelpers`, and `credsStore` for every other registry) with where its
 * credential lives, whether that credential helper is on PATH, ECR tokens
 * past their 12 hours, and — with `check` — the preflight's verdict on each
 * stored credential, eight at a time. A stored credential is read from the
 * file or from its helper (`docker-credential-<name> get`, the host on
 * stdin), is never printed, and never goes into an argv or an environment.
 * The action reads the same config for the registry it logs in to
 * (staleEntry): a stale entry there is warning `stale-docker-config`.
 */
import { spawn } from 'node:child_process'
import type { DiagnosisId } from './diagnosis.js'
import { helperOf, withoutInputs, type DockerCli } from './docker.js'
import {
  fileCredential,
  onPath,
  readDockerConfig,
  type Credential
} from './docker-config.js'
import { inTurns } from './access.js'
import { InputError } from './errors.js'
import { gather } from './gather.js'
import { judge } from './judge.js'
import type { ProfileId } from './profiles/index.js'
import { ecrTokenExpiry } from './profiles/ecr.js'
import type { Secrets } from './redact.js'
import { recogniseHost, resolveRegistry } from './registry.js'
import { oneLine } from './text.js'
import { isRecord } from './protocol.js'

/**
 * What doctor finds wrong with an entry. Stable ids, like the diagnoses:
 * scripts read them from `--json`. Never rename one; add at the end.
 */
export const DOCTOR_FINDINGS = [
  /** the entry's credential helper `docker-credential-<name>` is not on PATH */
  'helper-missing',
  /** a stored ECR token past its expiry (an ECR token lives 12 hours) */
  'ecr-token-expired',
  /** `--check`: the registry refuses the stored credential */
  'stale-login',
  /** `--check`: the helper is on PATH but `get` failed */
  'helper-failed',
  /** the stored `auth` is not base64 of `username:password` */
  'unreadable-entry',
  /** `--check`: the preflight could not tell (unreachable, proxy, …) */
  'check-inconclusive'
] as const

export type DoctorFinding = (typeof DOCTOR_FINDINGS)[number]

/** One registry entry of the docker config. */
export interface DoctorEntry {
  /**
   * the key as the config has it (`https://index.docker.io/v1/`, `ghcr.io`);
   * `*` for the `credsStore` every other registry uses
   */
  registry: string
  /** the profile that answers for its host */
  profile: ProfileId
  /** where docker keeps its credential */
  storedIn: 'file' | 'credsStore' | 'credHelpers'
  /** the helper's name (`desktop` for `docker-credential-desktop`), or null */
  helper: string | null
  /** whether `docker-credential-<helper>` is on PATH; null without helper */
  helperFound: boolean | null
  findings: DoctorFinding[]
  /** what the findings rest on, one line, never a secret */
  detail?: string
  /** an ECR token's expiry (ISO 8601), when the credential is one */
  expiresAt?: string
  /** `--check`: the preflight's diagnosis of the stored credential */
  check?: { diagnosis: DiagnosisId }
}

/** What doctor found. */
export interface DoctorReport {
  /** the config file read */
  config: string
  /** the file exists and could be read */
  found: boolean
  /** why it was not read, when it was not */
  reason?: string
  entries: DoctorEntry[]
  /** no entry has a finding */
  ok: boolean
}

/** What doctor needs from the world; tests replace it. */
export interface DoctorWorld {
  env: NodeJS.ProcessEnv
  docker: DockerCli
  /** every credential read is added before anything is printed */
  secrets: Secrets
  /** now, in ms (ECR expiry) */
  now?: number
}

/** Options of one doctor run. */
export interface DoctorOptions {
  /** preflight each stored credential */
  check: boolean
  retries: number
  timeoutSeconds: number
}

/** How long a credential helper's `get` may take. */
const HELPER_TIMEOUT_MS = 10_000

/** What `docker-credential-<name> get` answered. */
type HelperAnswer =
  { credential: Credential } | { none: true } | { error: string }

/** A helper's answer is one small JSON object; more is not read. */
export const MAX_HELPER_OUTPUT_BYTES = 1024 * 1024

/**
 * `docker-credential-<name> get` with the server on its stdin, as docker
 * runs it: the answer (username and secret) read from its stdout, never
 * printed. The environment is the caller's without `INPUT_*`; stopped
 * (with its children) after HELPER_TIMEOUT_MS, or once it has written
 * more than MAX_HELPER_OUTPUT_BYTES. Never throws.
 */
export function helperGet(
  program: string,
  server: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = HELPER_TIMEOUT_MS
): Promise<HelperAnswer> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(program, ['get'], {
        env: withoutInputs(env),
        stdio: ['pipe', 'pipe', 'pipe'],
        // a group of its own: stopped, the helper's children stop with it
        detached: true
      })
    } catch (error) {
      resolve({ error: `${program} could not be started: ${errorText(error)}` })
      return
    }
    const out: Buffer[] = []
    let size = 0
    let settled = false
    const finish = (answer: HelperAnswer): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(answer)
    }
    // the helper, its children (which may hold its pipes open) and the
    // pipes themselves: nothing of it keeps the command line running
    const stop = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
      for (const stream of [child.stdin, child.stdout, child.stderr]) {
        stream?.destroy()
      }
      child.unref()
    }
    const timer = setTimeout(() => {
      stop()
      finish({ error: `${program} get did not answer in ${timeoutMs} ms` })
    }, timeoutMs)
    child.on('error', (error) =>
      finish({ error: `${program} could not be started: ${errorText(error)}` })
    )
    child.stdout?.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_HELPER_OUTPUT_BYTES) {
        stop()
        finish({
          error: `${program} get wrote more than ${MAX_HELPER_OUTPUT_BYTES / 1024} KiB, more than a credential`
        })
        return
      }
      out.push(chunk)
    })
    child.stderr?.resume()
    child.stdin?.on('error', () => {})
    child.stdin?.end(server)
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8')
      // docker-credential-helpers' own wording for "nothing stored"
      if (/credentials not found/i.test(text)) {
        finish({ none: true })
        return
      }
      if (code !== 0) {
        finish({ error: `${program} get exited with code ${code}` })
        return
      }
      try {
        const json: unknown = JSON.parse(text)
        if (
          isRecord(json) &&
          typeof json.Username === 'string' &&
          typeof json.Secret === 'string'
        ) {
          finish({
            credential: {
              username: json.Username,
              secret: json.Secret,
              // docker's marker for an identity token in a helper
              ...(json.Username === '<token>' ? { identityToken: true } : {})
            }
          })
          return
        }
      } catch {
        // below
      }
      finish({ error: `${program} get did not answer with a credential` })
    })
  })
}

/** Where one registry key's credential lives. */
interface Located {
  storedIn: DoctorEntry['storedIn']
  helper: string | null
}

function locate(config: Record<string, unknown>, key: string): Located {
  const helper = helperOf(config, key)
  if (!helper) return { storedIn: 'file', helper: null }
  return {
    storedIn: helper.setting === 'credsStore' ? 'credsStore' : 'credHelpers',
    helper: helper.program.slice('docker-credential-'.length)
  }
}

/** Runs doctor over the docker config of `world.env`. */
export async function doctor(
  options: DoctorOptions,
  world: DoctorWorld
): Promise<DoctorReport> {
  const read = readDockerConfig(world.env)
  if (read.status !== 'ok') {
    return {
      config: read.file,
      found: false,
      reason: read.reason,
      entries: [],
      ok: true
    }
  }
  // a malformed endpoints list is the user's to fix, before any check
  if (options.check) resolveRegistry('docker.io', world.env)
  const config = read.json
  const auths = isRecord(config.auths) ? config.auths : {}
  const helpers = isRecord(config.credHelpers) ? config.credHelpers : {}
  const keys = [...new Set([...Object.keys(auths), ...Object.keys(helpers)])]
  // a few entries at a time: a laptop's config may hold hundreds, each a
  // helper process and a request, and a low limit of open files would fail
  // them all at once (EMFILE)
  const entries = await inTurns(
    keys,
    (key) => examine(key, auths[key], locate(config, key), options, world),
    AT_ONCE
  )
  if (typeof config.credsStore === 'string' && config.credsStore !== '') {
    entries.push(await defaultStore(config.credsStore, world.env))
  }
  return {
    config: read.file,
    found: true,
    entries,
    ok: entries.every((entry) => entry.findings.length === 0)
  }
}

/** How many entries doctor examines at once. */
export const AT_ONCE = 8

/** The row of `credsStore`, which every registry without an entry uses. */
async function defaultStore(
  store: string,
  env: NodeJS.ProcessEnv
): Promise<DoctorEntry> {
  const found = onPath(`docker-credential-${store}`, env)
  return {
    registry: '*',
    profile: 'generic',
    storedIn: 'credsStore',
    helper: store,
    helperFound: found,
    findings: found ? [] : ['helper-missing'],
    ...(found
      ? {}
      : {
          detail: `docker-credential-${store} is not on PATH: every login and pull, even of public images, fails`
        })
  }
}

/** One entry: where it lives, its helper, its credential and its check. */
async function examine(
  key: string,
  stored: unknown,
  located: Located,
  options: DoctorOptions,
  world: DoctorWorld
): Promise<DoctorEntry> {
  const profile = recogniseHost(hostOf(key), world.env)
  const program = located.helper ? `docker-credential-${located.helper}` : ''
  const helperFound = program ? onPath(program, world.env) : null
  const entry: DoctorEntry = {
    registry: key,
    profile,
    storedIn: located.storedIn,
    helper: located.helper,
    helperFound,
    findings: []
  }
  const details: string[] = []
  const finish = (): DoctorEntry => {
    if (details.length > 0) entry.detail = details.join('; ')
    return entry
  }
  if (helperFound === false) {
    entry.findings.push('helper-missing')
    details.push(`${program} is not on PATH`)
    return finish()
  }
  let credential: Credential | undefined
  if (located.storedIn === 'file') {
    const fromFile = fileCredential(stored)
    if (fromFile === 'unreadable') {
      entry.findings.push('unreadable-entry')
      details.push('its auth is not base64 of username:password')
      return finish()
    }
    credential = fromFile
  } else if (options.check) {
    const answer = await helperGet(program, key, world.env)
    if ('error' in answer) {
      entry.findings.push('helper-failed')
      details.push(world.secrets.redact(answer.error))
      return finish()
    }
    if ('credential' in answer) credential = answer.credential
  }
  if (!credential) {
    if (located.storedIn === 'file' || options.check) {
      details.push('no credential stored: docker pulls anonymously')
    }
    return finish()
  }
  world.secrets.add(credential.secret, credential.username)
  const expiry =
    profile === 'ecr' || credential.username === 'AWS'
      ? ecrTokenExpiry(credential.secret)
      : undefined
  if (expiry !== undefined) {
    entry.expiresAt = new Date(expiry).toISOString()
    if (expiry <= (world.now ?? Date.now())) {
      entry.findings.push('ecr-token-expired')
      details.push(`its ECR token expired at ${entry.expiresAt}`)
    }
  }
  if (!options.check) return finish()
  if (credential.identityToken) {
    details.push('an identity token: not checked')
    return finish()
  }
  const { diagnosis, sent } = await checkCredential(
    key,
    credential,
    options,
    world
  )
  entry.check = { diagnosis }
  // an expired ECR token is refused offline: the finding says it already
  const expired =
    diagnosis === 'token-expired' &&
    entry.findings.includes('ecr-token-expired')
  if (diagnosis !== 'ok' && !expired) {
    // decided before any request (an empty secret, a key that is no
    // registry address): no registry refused anything (attack round 12)
    const finding =
      !sent || INCONCLUSIVE.includes(diagnosis)
        ? 'check-inconclusive'
        : 'stale-login'
    if (!entry.findings.includes(finding)) entry.findings.push(finding)
    details.push(
      !sent
        ? `not sent to the registry: the stored credential itself is ${diagnosis}`
        : finding === 'stale-login'
          ? `the registry refuses it (${diagnosis}): docker sends it on every pull`
          : `the preflight could not tell (${diagnosis})`
    )
  }
  return finish()
}

/** Diagnoses that say nothing about the stored credential itself. */
const INCONCLUSIVE: readonly DiagnosisId[] = [
  'registry-unreachable',
  'proxy-authentication-required',
  'unknown',
  'rate-limited',
  'repository-not-found',
  'not-a-login-failure',
  'docker-cli-missing',
  'credential-store-error'
]

/**
 * The preflight of one stored credential (no login), judged; `sent`:
 * whether any request carried it (not where it was refused offline).
 */
async function checkCredential(
  key: string,
  credential: Credential,
  options: DoctorOptions,
  world: DoctorWorld
): Promise<{ diagnosis: DiagnosisId; sent: boolean }> {
  try {
    const evidence = await gather(
      {
        registry: isDockerHubKey(key) ? 'docker.io' : hostOf(key),
        username: credential.username,
        password: credential.secret,
        preflight: true,
        retries: options.retries,
        timeoutSeconds: options.timeoutSeconds,
        push: '',
        rateLimit: false,
        skipIfMissing: false,
        login: false,
        // a stored ECR entry holds a token, never AWS keys
        ecr: 'false'
      },
      { env: world.env, docker: world.docker, secrets: world.secrets }
    )
    return {
      diagnosis: judge(evidence).diagnosis,
      sent: evidence.exchanges.length > 0
    }
  } catch (error) {
    return {
      diagnosis:
        error instanceof InputError ? 'malformed-credentials' : 'unknown',
      sent: false
    }
  }
}

/** What each finding means, and what to do, one line each. */
export const FINDING_TEXTS: Record<DoctorFinding, string> = {
  'helper-missing':
    'its credential helper is not on PATH: docker fails every login and pull of it, even of public images; install the helper or remove the setting from config.json',
  'ecr-token-expired':
    'its ECR token is past its 12 hours: log in again (aws ecr get-login-password | docker login …) or docker logout it',
  'stale-login':
    'the registry refuses the stored credential, and docker sends it on every pull, even of public images: docker logout it or log in again',
  'helper-failed':
    'its credential helper failed: repair it (is it logged in, is its keyring unlocked?) or remove the setting from config.json',
  'unreadable-entry':
    'its auth is not base64 of username:password: docker logout it and log in again',
  'check-inconclusive':
    'the preflight could not tell whether the registry takes it (unreachable, a proxy, …): check again from a network that reaches it'
}

/** The report as a table, and what each finding means. */
export function doctorText(report: DoctorReport): string {
  if (!report.found) {
    return `Docker config ${report.config}: ${report.reason ?? 'no docker config'}. Nothing to check.\n`
  }
  const lines = [`Docker config: ${report.config}`, '']
  if (report.entries.length === 0) {
    lines.push('No registry entries.')
    return `${lines.join('\n')}\n`
  }
  const rows = report.entries.map((entry) => [
    registryCell(entry.registry),
    entry.helper
      ? `${entry.storedIn} (${oneLine(entry.helper, 30)})`
      : entry.storedIn,
    entry.helperFound === null ? '-' : entry.helperFound ? 'yes' : 'no',
    findingCell(entry)
  ])
  const head = ['REGISTRY', 'STORED IN', 'HELPER ON PATH', 'FINDING']
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i].length))
  )
  for (const row of [head, ...rows]) {
    lines.push(
      row
        .map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell))
        .join('  ')
        .trimEnd()
    )
  }
  const found = DOCTOR_FINDINGS.filter((id) =>
    report.entries.some((entry) => entry.findings.includes(id))
  )
  lines.push('')
  if (found.length === 0) {
    lines.push('All is well: no stale entry found.')
  } else {
    for (const id of found) lines.push(`${id}: ${FINDING_TEXTS[id]}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * A config key as the first cell of its row: quoted (as a JSON string)
 * where it would start the line with `::`, which GitHub's runner reads
 * in a step's log as a workflow command (`::stop-commands::…` turns the
 * rest of the step's commands off, `::error …::` writes an annotation).
 * A self-hosted runner's config outlives jobs: any of them may have
 * written its keys (attack round 41).
 */
function registryCell(key: string): string {
  const cell = oneLine(key, 60)
  return cell.startsWith('::') ? JSON.stringify(cell) : cell
}

function findingCell(entry: DoctorEntry): string {
  const checked = entry.check ? ` (checked: ${entry.check.diagnosis})` : ''
  const ids = entry.findings.length > 0 ? entry.findings.join(', ') : 'ok'
  const detail = entry.detail ? ` — ${oneLine(entry.detail, 160)}` : ''
  return `${ids}${checked}${detail}`
}

/** The host[:port] of a config key (`https://host/v1/` → `host`). */
function hostOf(key: string): string {
  return key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split('/')[0]
    .toLowerCase()
}

function isDockerHubKey(key: string): boolean {
  return ['index.docker.io', 'docker.io', 'registry-1.docker.io'].includes(
    hostOf(key)
  )
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

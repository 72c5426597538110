/**
 * The command line: the same three stages for GitLab CI, Jenkins and
 * laptops. `explain` judges pasted error text; `check` gathers the
 * preflight's evidence and judges it; `login` also runs `docker login`.
 */
import { parseArgs } from 'node:util'
import { ciSystemOf, inCi, showsWorkflow, type CiSystem } from './ci-wording.js'
import { dockerCli, holdingSecrets, type DockerCli } from './docker.js'
import { doctor, doctorText, type DoctorReport } from './doctor.js'
import { InputError } from './errors.js'
import type { Evidence } from './evidence.js'
import { gather } from './gather.js'
import { parseCount, parseSeconds } from './inputs.js'
import { judge, judgePlainText, type Verdict } from './judge.js'
import {
  loadRules,
  loadTexts,
  ownRules,
  ruleById,
  PROFILES,
  profileById,
  type Profile
} from './profiles/index.js'
import { ACR_TOKEN_USER } from './profiles/acr.js'
import type { ProfileId, RemediationCase } from './profiles/types.js'
import { MASKED, Secrets, withoutCredentials } from './redact.js'
import { cutsOf, joinedAt, plainLines } from './text.js'
import { resolveRegistry } from './registry.js'
import {
  helperIn,
  lastHostOf,
  registriesIn,
  registryOfLine
} from './text-registry.js'
import { reportCommand } from './report.js'
import { VERSION } from './version.js'

/** Where the command line reads and writes; replaced in tests. */
export interface Io {
  stdin: () => Promise<string>
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  /** the docker CLI (default: the real one, run in `env`) */
  docker?: DockerCli
}

/** Exit codes: ok, a diagnosis other than ok, a usage error. */
const EXIT = { ok: 0, diagnosed: 1, usage: 2 } as const

const USAGE = `Usage: docker-login-preflight <command> [options]

Commands:
  explain   read a docker error text on stdin, print its diagnosis and fix
  check     validate a credential against a registry (no login)
  login     validate a credential, then run docker login
  doctor    list the docker config's registry entries and what is stale

Options:
  --version, -V   print the version
  --help, -h      show this help

Run 'docker-login-preflight <command> --help' for a command's options.
Exit code: 0 when the diagnosis is ok, 1 for any other diagnosis,
2 for a usage error (doctor: 0 when all is well, 1 for any finding).`

const HELP: Record<string, string> = {
  explain: `Usage: docker-login-preflight explain [--registry R] [--json] < error.txt

Reads an error text (from docker login, docker push, buildx, a registry)
on stdin and prints its diagnosis and the steps that fix it.

Options:
  --registry R   the registry the text came from, for registry-specific
                 steps (e.g. ghcr.io); without it, the registry whose
                 address the text quotes, else docker.io
  --json         print one JSON object: diagnosis, warnings, title, steps,
                 evidence, rule (the id of the rule that matched, or null)
  --help         show this help`,
  check: `Usage: docker-login-preflight check --username U --password-stdin
                                    [--registry R] [--push REPO]...
                                    [--retries N] [--timeout S] [--json]

Validates a credential against a registry and Docker Hub without logging
in. The password or token is read from stdin, never from the command line.

Options:
  --username U        the registry username (Docker ID, or organization name
                      for an organization access token)
  --password-stdin    read the password or token from stdin (required)
  --registry R        registry host (default docker.io)
  --push REPO         a repository the credential must be able to push to
                      (repeat for more; as the action's push input)
  --retries N         retries of a request that failed transiently (default 2)
  --timeout S         seconds each request may take (default 10)
  --json              print one JSON object instead of text (diagnosis,
                      warnings, title, steps, evidence, rule,
                      credentialKind, pushAccess)
  --help              show this help

Environment:
  DOCKER_LOGIN_PREFLIGHT_HUB         base URL to use as Docker Hub (an emulator)
  DOCKER_LOGIN_PREFLIGHT_ENDPOINTS   host=base-url pairs, comma-separated:
                                     any registry sent to an emulator`,
  login: `Usage: docker-login-preflight login --username U --password-stdin
                                    [--registry R] [--push REPO]...
                                    [--retries N] [--timeout S] [--json]

Validates a credential like 'check', then runs
'docker login --password-stdin' when the registry accepted it (or could
not be reached).

Options: as for 'check'.`,
  doctor: `Usage: docker-login-preflight doctor [--check] [--retries N]
                                     [--timeout S] [--json]

Reads the docker config ($DOCKER_CONFIG/config.json, else
~/.docker/config.json) and lists every registry entry (auths, credHelpers,
credsStore) with where its credential lives, whether that credential
helper (docker-credential-<name>) is on PATH, and what is stale: a helper
missing from PATH, an ECR token past its 12 hours, an auth that does not
decode. No credential is ever printed.

Options:
  --check        also validate each stored credential against its registry,
                 eight at a time (no login): a credential the registry refuses
                 breaks even anonymous pulls. Credentials kept by a helper
                 are read with 'docker-credential-<name> get'.
  --retries N    retries of a request that failed transiently (default 2)
  --timeout S    seconds each request may take (default 10)
  --json         print one JSON object: config, found, entries (registry,
                 profile, storedIn, helper, helperFound, findings, detail,
                 expiresAt, check), ok
  --help         show this help

Findings: helper-missing, ecr-token-expired, stale-login, helper-failed,
unreadable-entry, check-inconclusive.
Exit code: 0 when all is well (also with no docker config), 1 for any
finding, 2 for a usage error or a config that is not valid JSON.`
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (!command) {
    io.stderr(`${USAGE}\n`)
    return EXIT.usage
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`)
    return EXIT.ok
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${VERSION}\n`)
    return EXIT.ok
  }
  if (!(command in HELP)) {
    // never echoed: a token typed in its place must not reach a CI log
    io.stderr(
      `Unknown command: the first argument must be explain, check, login or doctor.\n\n${USAGE}\n`
    )
    return EXIT.usage
  }
  let options: ReturnType<typeof parseOptions>
  try {
    options = parseOptions(rest, command as Command)
  } catch (error) {
    io.stderr(`${usageProblem(error, command)}\n\n${HELP[command]}\n`)
    return EXIT.usage
  }
  if (options.help) {
    io.stdout(`${HELP[command]}\n`)
    return EXIT.ok
  }
  try {
    // every command may read a text: the rule tables (a chunk) first
    await loadRules()
    if (command === 'explain') return await explain(options, io)
    if (command === 'doctor') return await runDoctor(options, io)
    return await checkOrLogin(command === 'login', options, io)
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${asOption(error.message)}\n`)
      return EXIT.usage
    }
    throw error
  }
}

/**
 * An input error in the command line's words: the action's `Input "name"`
 * is the option `--name` here (the CLI's options are named as the inputs),
 * its password the value piped to `--password-stdin`, and a workflow's
 * `${{ … }}` example has no place in a shell, GitLab CI or Jenkins
 * (attack-45 A45-01).
 */
function asOption(message: string): string {
  return message
    .replace(/^Input "password"/, 'The password piped to --password-stdin')
    .replace(/^Input "(?:--)?([a-z-]+)"/, 'Option --$1')
    .replace(/ in "(registry|username)"/g, ' in --$1')
    .replace(/, e\.g\. \$\{\{[^}]*\}\}/g, '')
    .replace('in their own inputs', 'in their own options')
}

/**
 * What is wrong with the arguments, without repeating their values: a token
 * typed on the command line must not be echoed into a CI log.
 */
function usageProblem(error: unknown, command: string): string {
  const code = (error as { code?: string }).code
  if (
    code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' &&
    command === 'explain'
  ) {
    return 'Unexpected argument: explain reads the text on stdin (docker-login-preflight explain < error.txt).'
  }
  if (code === EMPTY_REGISTRY) {
    // a variable with no value (GitLab's CI_REGISTRY in a project without
    // a registry): leaving the option out would send that job's token to
    // Docker Hub (attack round 12)
    return 'Option --registry is empty: give a registry host such as ghcr.io (a variable with no value, such as CI_REGISTRY where the project has no container registry, gives ""); leave the option out only to log in to Docker Hub.'
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return 'Unexpected argument: this command takes options only. Pipe the password or token on stdin with --password-stdin, never on the command line.'
  }
  const message = error instanceof Error ? error.message : String(error)
  // the long name where node names both ('-u, --username <value>')
  const option = /'(?:-[A-Za-z], )?(-{1,2}[A-Za-z-]+)/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `Unknown option ${option}.`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return `Option ${option} is used the wrong way (a value where none is taken, or none where one is needed).`
  }
  return 'The arguments could not be read.'
}

/** The code of a `--registry` given an empty value. */
const EMPTY_REGISTRY = 'ERR_EMPTY_REGISTRY'

/** Every option of the command line; each command takes some of them. */
const OPTIONS = {
  username: { type: 'string', short: 'u' },
  'password-stdin': { type: 'boolean' },
  registry: { type: 'string' },
  push: { type: 'string', multiple: true },
  retries: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

type Command = 'explain' | 'check' | 'login' | 'doctor'
type OptionName = keyof typeof OPTIONS

const CREDENTIAL_OPTIONS: readonly OptionName[] = ['username', 'password-stdin', 'registry', 'push', 'retries', 'timeout', 'json', 'help'] // prettier-ignore

/**
 * The options each command takes, as its help lists them: another is an
 * unknown option, refused before anything is read (explain never reads
 * stdin piped for a --password-stdin it does not take).
 */
const COMMAND_OPTIONS: Record<Command, readonly OptionName[]> = {
  explain: ['registry', 'json', 'help'],
  check: CREDENTIAL_OPTIONS,
  login: CREDENTIAL_OPTIONS,
  doctor: ['check', 'retries', 'timeout', 'json', 'help']
}

function parseOptions(args: string[], command: Command) {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: OPTIONS
  })
  // parsed with every option, so that a value is never read as an option
  // of its own; then any the command does not take is refused, unquoted
  const taken = COMMAND_OPTIONS[command]
  const other = (Object.keys(values) as OptionName[]).find(
    (name) => !taken.includes(name)
  )
  if (other) {
    throw Object.assign(new Error(`Unknown option '--${other}'`), {
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    })
  }
  // an empty value (`--registry ""`, an unset variable) is no registry:
  // docker.io would be checked in its place
  if (values.registry !== undefined && values.registry.trim() === '') {
    throw Object.assign(new Error('empty --registry'), {
      code: EMPTY_REGISTRY
    })
  }
  return {
    username: values.username,
    passwordStdin: values['password-stdin'] ?? false,
    registry: values.registry ?? 'docker.io',
    /** `--registry` was given (explain then keeps to it) */
    registryGiven: values.registry !== undefined,
    push: (values.push ?? []).join('\n'),
    retries: values.retries ?? '',
    timeout: values.timeout ?? '',
    json: values.json ?? false,
    check: values.check ?? false,
    help: values.help ?? false
  }
}

/**
 * What explain reads of a paste: never a credential it held, and read as
 * its lines show (asPlainLog: a raw CI log's timestamps and colours out).
 * Its lines are redacted before a fixed-width cut is joined (a `password:`
 * keeps its line's start, a key's body its lines), each secret masked to
 * its length so that the cut is the one the text showed, and a secret's
 * rest on the line a cut joins is masked with it; a line a cut began is
 * not read as a line's start; then the joined text is redacted (a secret
 * whole again). Redaction only hides: no reading after it bares what it hid
 * (A53-02; docs/registries.md §13yy (g): attack-56, attack-57 A57-01,
 * A57-03).
 */
export function pastedText(pasted: string): string {
  const lines = plainLines(pasted)
  const cuts = cutsOf(lines)
  const masked = withoutCredentials(lines.join('\n'), MASKED).split('\n')
  // a line a cut began has no line start of its own (` token: invalid …`
  // is a message's middle): its masks go, but a secret's rest, which the
  // line before masked to its end, is masked
  for (let i = 1; cuts && i < masked.length; i++) {
    if (!cuts[i - 1]) continue
    masked[i] = masked[i - 1].endsWith('***')
      ? masked[i].replace(/^[^\s"'`,;]+/, MASKED)
      : lines[i]
  }
  return withoutCredentials(
    joinedAt(masked, masked.length === lines.length ? cuts : undefined).join(
      '\n'
    )
  )
}

async function explain(
  options: ReturnType<typeof parseOptions>,
  io: Io
): Promise<number> {
  const text = pastedText(await io.stdin())
  // Without --registry, the registry the text names (the host of a
  // registry request in it) is the registry: its texts, not Docker Hub's
  const registries = registriesIn(text)
  const { family } = registries
  let { named, requested } = registries
  let target = resolveRegistry(
    (options.registryGiven ? undefined : named) ?? options.registry,
    io.env
  )
  // a storage host that one family alone uses, naming no host of it (ECR's
  // S3 layer bucket): that family's texts, under its name
  const byStorage =
    !options.registryGiven && named === undefined && family !== undefined
      ? profileById(family)
      : undefined
  let verdict = judgePlainText(text, byStorage ?? profileById(target.profile))
  // requests to several registries: the one of the line that decided, not
  // the first (a retried Docker Hub pull before ghcr.io's refusal)
  const decided =
    !options.registryGiven && requested !== undefined && verdict.line
      ? registryOfLine(text, verdict.line)
      : undefined
  if (decided !== undefined && decided !== requested) {
    named = requested = decided
    target = resolveRegistry(decided, io.env)
    verdict = judgePlainText(text, profileById(target.profile))
  }
  let context = byStorage
    ? { registry: byStorage.name, profile: byStorage.id }
    : { registry: target.input, profile: target.profile }
  // Without --registry, a wording that only one registry family uses names
  // the registry, where the text quotes no registry request (a request's
  // host is the registry, README). With --registry, only where the text is
  // that family's beyond doubt: a wording that names its registry, or a
  // request to one of its hosts (a GHCR job's log holding Docker Hub's
  // pull limit for its base image)
  const owner = ownerOf(verdict.rule)
  const selfManaged = owner && selfManagedHost(owner, named)
  // the host of the wording's family the text names: the registry named,
  // else the last of that family's hosts it quotes (a GHCR push's refusal
  // after a retried request to Docker Hub: attack-23 repro-01). Any host
  // is a generic registry's: only a family's own host says so
  const ownHost =
    named !== undefined && resolveRegistry(named, {}).profile === owner?.id
      ? named
      : owner && owner.id !== 'generic'
        ? (lastHostOf(text, owner.id) ?? selfManaged)
        : undefined
  // answered as a self-managed installation on the host the text names
  const bySelf = selfManaged !== undefined && ownHost === selfManaged
  if (
    owner &&
    owner.id !== context.profile &&
    ((!options.registryGiven && requested === undefined) ||
      ownHost !== undefined ||
      ruleById(verdict.rule)?.namesRegistry)
  ) {
    const registry =
      ((options.registryGiven || bySelf) && ownHost) || owner.name
    verdict = judgePlainText(text, owner)
    if (bySelf) {
      verdict = {
        ...verdict,
        evidence: [
          ...verdict.evidence,
          ownHost === WEB_HOST[owner.id]
            ? `the wording is ${owner.name}'s, and ${ownHost} is its own web host (its dependency proxy): answered for ${ownHost}`
            : `the wording is ${owner.name}'s, and ${ownHost} is no service's own host: answered as a self-managed ${owner.name} on ${ownHost}`
        ]
      }
    } else if (options.registryGiven) {
      verdict = {
        ...verdict,
        evidence: [
          ...verdict.evidence,
          ownHost
            ? `the text ${ownHost === requested ? 'quotes a request to' : 'names'} ${ownHost} and holds ${owner.name}'s wording: answered for ${ownHost}, not ${target.input}`
            : `the wording is ${owner.name}'s alone: answered for ${owner.name}, not ${target.input}`
        ]
      }
    }
    context = { registry, profile: owner.id }
  }
  await loadTexts(context.profile)
  // no docker config is read: the helper the text names, if any
  const helper = helperIn(text)
  const report = reportCommand(
    verdict,
    {
      ...context,
      username: options.username ?? '',
      ...(helper ? { dockerConfig: { dir: '', helper } } : {})
    },
    'explain',
    options.json
  )
  io.stdout(report.stdout)
  return report.exitCode
}

/**
 * `doctor`: the docker config's entries and what is stale in them; with
 * `--check`, each stored credential's preflight. Every credential read is
 * a secret of the run: the output is redacted with all of them.
 */
async function runDoctor(
  options: ReturnType<typeof parseOptions>,
  io: Io
): Promise<number> {
  const retries = parseCount('--retries', options.retries, 2, 10)
  const timeoutSeconds = parseSeconds('--timeout', options.timeout, 10, 300)
  const secrets = new Secrets()
  const report = await doctor(
    { check: options.check, retries, timeoutSeconds },
    { env: io.env, docker: io.docker ?? dockerCli(io.env), secrets }
  )
  // its texts redacted before they are written as JSON, whose escaping
  // would hide the JSON-escaped form of a secret from a redaction of the
  // text; ids (findings, diagnoses, profiles) are not: a secret that
  // spells one must not unmake it
  const redacted: DoctorReport = {
    ...report,
    ...(report.reason !== undefined
      ? { reason: secrets.redact(report.reason) }
      : {}),
    entries: report.entries.map((entry) => ({
      ...entry,
      registry: secrets.redact(entry.registry),
      ...(entry.detail !== undefined
        ? { detail: secrets.redact(entry.detail) }
        : {})
    }))
  }
  const text = options.json
    ? `${JSON.stringify(redacted)}\n`
    : doctorText(redacted)
  io.stdout(secrets.redact(text))
  return report.ok ? EXIT.ok : EXIT.diagnosed
}

/**
 * The host a text names, where a self-managed installation of `owner`
 * answers on it (docs/registries.md §13yy (f)): `owner` is GitLab or
 * Harbor, installed on one's own host, whose wordings their own software
 * writes; and the host is no family's own (a GitLab instance's
 * `registry.example.com`). Its wording, not the host, says which. Not
 * Quay: Nexus answers Quay's "access to the requested resource is not
 * authorized" too.
 */
function selfManagedHost(
  owner: Profile,
  named: string | undefined
): string | undefined {
  return SELF_MANAGED.includes(owner.id) &&
    named !== undefined &&
    resolveRegistry(named, {}).profile === 'generic'
    ? named
    : undefined
}

/** The families whose wording names a self-managed installation. */
const SELF_MANAGED: readonly ProfileId[] = ['gitlab', 'harbor']

/**
 * A family's own web host, which its profile does not list as a registry:
 * gitlab.com serves GitLab's dependency proxy (`docker login gitlab.com`).
 */
const WEB_HOST: Partial<Record<ProfileId, string>> = { gitlab: 'gitlab.com' }

/** The profile whose own rules hold a rule id, if any. */
function ownerOf(rule: string | undefined): Profile | undefined {
  if (!rule) return undefined
  return PROFILES.find((profile) =>
    ownRules(profile).some((r) => r.id === rule)
  )
}

async function checkOrLogin(
  login: boolean,
  options: ReturnType<typeof parseOptions>,
  io: Io
): Promise<number> {
  if (options.username === undefined) {
    throw new InputError('--username is required (use "" for none)')
  }
  if (!options.passwordStdin) {
    throw new InputError(
      '--password-stdin is required: pipe the password or token on stdin, never put it on the command line'
    )
  }
  const retries = parseCount('--retries', options.retries, 2, 10)
  const timeoutSeconds = parseSeconds('--timeout', options.timeout, 10, 300)
  const password = trimOneNewline(await io.stdin())
  const secrets = new Secrets()
  const evidence = await gather(
    {
      registry: options.registry,
      username: options.username,
      password,
      preflight: true,
      retries,
      timeoutSeconds,
      push: options.push,
      rateLimit: false,
      skipIfMissing: false,
      login
    },
    // docker runs without any variable that holds a form of the password
    // (GitLab's CI_REPOSITORY_URL holds the job token)
    {
      env: io.env,
      docker: io.docker ?? dockerCli(io.env, {}, holdingSecrets(secrets)),
      secrets
    }
  )
  // the evidence (what the registry and docker said) redacted before the
  // report is made: `--json` escapes it again, and would hide a
  // JSON-escaped secret from a redaction of the text. Ids (the diagnosis,
  // the case) are not: a password that spells one must not unmake it
  const judged = judge(evidence)
  // where it runs: the case of an empty input and the texts' terms
  const ci = ciSystemOf(io.env)
  const verdict = {
    ...judged,
    case: caseWhereRun(judged, evidence, ci),
    evidence: secrets.redactAll(judged.evidence)
  }
  await loadTexts(evidence.registry.profile)
  // The CLI's own words only when they matter: on failure.
  // Each line quoted, so that none of it starts a line: a registry's words
  // in it never act as a CI system's command (GitHub's `::error::`)
  if (!options.json && evidence.cli && evidence.cli.exitCode !== 0) {
    const quoted = evidence.cli.output
      .split(/\r\n|\r|\n/)
      .map((line) => `> ${line}`)
      .join('\n')
    io.stderr(secrets.redact(`${quoted}\n`))
  }
  const report = reportCommand(
    verdict,
    {
      profile: evidence.registry.profile,
      ...secrets.redactAll({
        registry: evidence.registry.input,
        username: evidence.username,
        dockerConfig: evidence.dockerConfig,
        proxy: evidence.exchanges.find((e) => e.proxy)?.proxy
      })
    },
    login ? 'login' : 'check',
    options.json,
    { credentialKind: evidence.input.credentialKind },
    // where it runs, as the case above: GitLab's and Jenkins' own words
    // for what the texts say in GitHub Actions' (docs/registries.md §13mm)
    {
      inTerms: (text) => inCi(text, ci),
      workflow: showsWorkflow(ci)
    }
  )
  // nothing masks stdout in GitLab CI or Jenkins: one redaction of it all,
  // but of `--json`'s ids (attack-41 A41-04: a password that spells one)
  io.stdout(
    options.json
      ? redactedJson(report.stdout, secrets)
      : secrets.redact(report.stdout)
  )
  return report.exitCode
}

/** The `--json` fields whose values are ids (README, Command line). */
const JSON_IDS = [
  'diagnosis',
  'warnings',
  'rule',
  'credentialKind',
  'pushAccess'
] as const

/**
 * `--json`'s line with every string in it redacted but its ids: the
 * evidence, title and steps may quote what a registry said.
 */
function redactedJson(line: string, secrets: Secrets): string {
  const object = JSON.parse(line) as Record<string, unknown>
  const redacted = secrets.redactAll(object)
  for (const key of JSON_IDS) {
    if (key in object) redacted[key] = object[key]
  }
  return `${JSON.stringify(redacted)}\n`
}

/** What is read of stdin at the most: its last MiB (a log's end says why). */
export const MAX_STDIN_BYTES = 1024 * 1024

/**
 * Reads a stream to its end but keeps only its last `limit` bytes, so that
 * a pasted log of any size costs bounded memory. `total` is what was read.
 * Text that starts with a UTF-16 byte order mark is decoded as UTF-16
 * (Windows PowerShell 5.1's `2> err.txt` writes UTF-16LE with one;
 * attack-24 repro-03), else as UTF-8.
 */
export async function readTail(
  stream: AsyncIterable<Buffer | string>,
  limit = MAX_STDIN_BYTES
): Promise<{ text: string; total: number }> {
  const chunks: Buffer[] = []
  let head = Buffer.alloc(0)
  let kept = 0
  let total = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    if (head.length < 2) head = Buffer.concat([head, buffer]).subarray(0, 2)
    chunks.push(buffer)
    kept += buffer.length
    total += buffer.length
    while (kept - chunks[0].length >= limit) kept -= chunks.shift()!.length
  }
  const all = Buffer.concat(chunks)
  // where the kept tail starts, in `all` and in the stream
  let from = all.length - Math.min(limit, all.length)
  const dropped = total - all.length
  const bom = head.length === 2 ? head.readUInt16BE(0) : 0
  if (bom !== 0xfffe && bom !== 0xfeff) {
    return { text: all.subarray(from).toString('utf8'), total }
  }
  // UTF-16: past the byte order mark, on a whole code unit
  from = Math.max(from, 2 - dropped)
  if ((dropped + from) % 2 === 1) from += 1
  const units = Buffer.from(
    all.subarray(from, from + ((all.length - from) & ~1))
  )
  if (bom === 0xfeff) units.swap16()
  return { text: units.toString('utf16le'), total }
}

/**
 * A command's stdin, its last MiB at the most; says so on `stderr` when
 * more came. At a terminal it is read to its end as `docker login
 * --password-stdin` reads it, after a line on `stderr` saying how to end
 * it (attack-19 repro-03: a terminal's stdin was taken as empty, and a
 * token typed there never read).
 */
export async function readInput(
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean },
  stderr: (text: string) => void
): Promise<string> {
  if (stdin.isTTY) {
    stderr(
      'docker-login-preflight: reading stdin; end it with Ctrl-D on a line of its own\n'
    )
  }
  const { text, total } = await readTail(stdin)
  if (total > MAX_STDIN_BYTES) {
    const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    stderr(
      `docker-login-preflight: stdin held ${mib(total)}: only its last ${mib(MAX_STDIN_BYTES)} was read\n`
    )
  }
  return text
}

/** The docker CLI trims one trailing newline from stdin; so do we. */
function trimOneNewline(text: string): string {
  // as docker login --password-stdin reads it (docker/cli
  // cli/command/registry/login.go: TrimSuffix "\n", then TrimSuffix "\r"),
  // so that a password docker takes is never refused here
  const line = text.endsWith('\n') ? text.slice(0, -1) : text
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

/**
 * The username a registry's token command goes with, piped into
 * `--password-stdin` (`aws ecr get-login-password`, `gcloud auth
 * print-access-token`, `az acr login --expose-token`).
 */
const TOKEN_COMMAND_USERS: Partial<Record<ProfileId, string>> = {
  ecr: 'AWS',
  gar: 'oauth2accesstoken',
  acr: ACR_TOKEN_USER
}

/**
 * The case of the verdict where the command runs. An empty input outside
 * GitHub Actions is a CI system's variable or the shell's, not a fork's
 * secret (attack-19 repro-02), and GitLab CI's protected and scoped
 * variables have their own texts (docs/registries.md §13ll (b)); they take
 * the place of the case that names the empty input (the command line
 * takes neither OIDC nor `ecr`, whose cases the judge may give instead).
 * But an empty password after a token command's username is that
 * command's failure, and ECR with neither input takes the environment's
 * AWS keys, whose texts are ECR's own (attack-64 A64-02). A `ghs_` token
 * outside a GitHub job is a GitHub App's, not GITHUB_TOKEN (A64-01).
 */
function caseWhereRun(
  judged: Verdict,
  evidence: Evidence,
  ci: CiSystem
): RemediationCase | undefined {
  if (judged.case === 'github-token' && ci !== 'github-actions') {
    return 'app-token'
  }
  const { input, registry } = evidence
  if (
    judged.diagnosis !== 'missing-credentials' ||
    !(input.usernameEmpty || input.passwordEmpty)
  ) {
    return judged.case
  }
  if (
    input.passwordEmpty &&
    !input.usernameEmpty &&
    evidence.username === TOKEN_COMMAND_USERS[registry.profile]
  ) {
    return 'token-command-empty'
  }
  const neither = input.usernameEmpty && input.passwordEmpty
  if (ci === 'github-actions' || (registry.profile === 'ecr' && neither)) {
    return judged.case
  }
  return ci === 'gitlab-ci' ? 'gitlab-variable' : 'ci-variable'
}

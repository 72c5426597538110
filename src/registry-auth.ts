/**
 * The `registry-auth` input: docker/login-action's list of registries to
 * log in to in one step, each entry with `registry`, `username`,
 * `password` (and `ecr`). login-action reads it with `js-yaml`; this is a
 * small strict reader for that one shape (docs/registries.md §13): a YAML
 * block list of flat mappings,
 * or the same list as JSON. Values are text as written (`12345` stays the
 * string `12345`). Anything else is an input error naming the line and the
 * key, never quoting a value: a value may be a secret.
 */
import type { EcrMode } from './inputs.js'
import { tools } from './registry-auth-tools.js'

/** One registry of `registry-auth`. */
export interface RegistryAuthEntry {
  /** the registry as written, `docker.io` when the entry names none */
  registry: string
  username: string
  password: string
  ecr: EcrMode
}

/** More registries than this in one step is a mistake, not a workflow. */
export const MAX_REGISTRY_AUTH_ENTRIES = 20

/** The values of `ecr` (inputs.ts ECR_MODES, a module of the start-up). */
const ECR_VALUES: readonly EcrMode[] = ['auto', 'true', 'false']

/** The keys an entry takes (login-action's `Auth` without `configDir`). */
const KEYS = ['registry', 'username', 'password', 'ecr', 'scope'] as const
type Key = (typeof KEYS)[number]

/**
 * Reads `registry-auth`: the entries in order; none when it is empty.
 * Throws an InputError for anything but a list of entries.
 */
export function parseRegistryAuth(text: string): RegistryAuthEntry[] {
  if (text.trim() === '') return []
  const first = text.trimStart()
  const raw = first.startsWith('[') ? fromJson(first) : fromYaml(text)
  if (raw.length === 0) {
    throw new tools.InputError('Input "registry-auth" lists no registry')
  }
  if (raw.length > MAX_REGISTRY_AUTH_ENTRIES) {
    throw new tools.InputError(
      `Input "registry-auth" lists ${raw.length} registries, more than ${MAX_REGISTRY_AUTH_ENTRIES}: split them over several steps`
    )
  }
  const entries = raw.map((fields, index) => toEntry(fields, index + 1))
  const seen = new Map<string, number>()
  entries.forEach((entry, index) => {
    const key = entry.registry.toLowerCase()
    const before = seen.get(key)
    if (before !== undefined) {
      // a registry holding user:password@ is not quoted (D12)
      const registry = tools.holdsCredentials(entry.registry)
        ? 'one registry'
        : tools.oneLine(entry.registry, 60)
      throw new tools.InputError(
        `Input "registry-auth" names ${registry} twice (entries ${before} and ${index + 1}): one entry per registry`
      )
    }
    seen.set(key, index + 1)
  })
  return entries
}

/** An entry's fields as read, with the line each began on. */
interface RawEntry {
  line?: number
  fields: Partial<Record<Key, string>>
}

function toEntry(raw: RawEntry, number: number): RegistryAuthEntry {
  const where = `Input "registry-auth", entry ${number}`
  const { fields } = raw
  if (
    fields.scope !== undefined &&
    fields.scope !== '' &&
    !tools.scopeDisabled(process.env)
  ) {
    throw tools.scopeRefusal(`${where}: "scope"`)
  }
  const ecrText = (fields.ecr ?? '').trim()
  const ecr =
    ecrText === ''
      ? 'auto'
      : ECR_VALUES.find((mode) => mode === ecrText.toLowerCase())
  if (!ecr) {
    throw new tools.InputError(
      `${where}: "ecr" must be auto, true or false, not "${tools.oneLine(ecrText, 40)}"`
    )
  }
  return {
    registry: (fields.registry ?? '').trim() || 'docker.io',
    username: fields.username ?? '',
    password: fields.password ?? '',
    ecr
  }
}

/**
 * The values of the `password` keys of a list that cannot be read, as
 * written and without their quotes: masked all the same, in case anything
 * later prints a part of the input.
 */
export function passwordsIn(text: string): string[] {
  const values: string[] = jsonPasswords(text)
  for (const line of text.split(/\r\n?|\n/)) {
    const value = /^[\s-]*password\s*:\s*(.*?)\s*$/.exec(line)?.[1]
    if (value) values.push(value)
    const unquoted = value && /^(["'])(.*)\1$/.exec(value)?.[2]
    if (unquoted) values.push(unquoted)
    // as JSON, anywhere on the line: as written, and as it reads
    for (const match of line.matchAll(
      /"password"\s*:\s*"((?:[^"\\]|\\.)*)"/g
    )) {
      values.push(match[1])
      try {
        values.push(JSON.parse(`"${match[1]}"`) as string)
      } catch {
        // a broken escape: as written only
      }
    }
  }
  return [...new Set(values)]
}

// ---------------------------------------------------------------------------
// JSON: `[{"registry": "ghcr.io", …}]`, which YAML reads alike

function fromJson(text: string): RawEntry[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new tools.InputError(
      'Input "registry-auth" starts with "[" but is not a JSON list: write it as a YAML list of entries ("- registry: …" with "username: …" and "password: …" below)'
    )
  }
  if (!Array.isArray(value)) throw notAList()
  // JSON.parse keeps the last of a key given twice: the text tells
  const written = writtenPairs(text)
  return value.map((item, index) => {
    const where = `Input "registry-auth", entry ${index + 1}`
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new tools.InputError(
        `${where} is not an object of registry, username and password`
      )
    }
    const seen = new Set<Key>()
    for (const { key: name } of written[index] ?? []) {
      const key = knownKey(name, where)
      if (seen.has(key)) {
        throw new tools.InputError(
          `${where}: "${key}" is given twice in one entry`
        )
      }
      seen.add(key)
    }
    const fields: RawEntry['fields'] = {}
    for (const [name, field] of Object.entries(item as object)) {
      const key = knownKey(name, where)
      // JSON's other scalars as YAML reads them, a number as written
      // (`"ecr": true` from toJSON, jq or yq: attack-58 A58-01); null is
      // no value, as YAML's empty one
      const raw = written[index]?.find((pair) => pair.key === name)?.value
      if (typeof field === 'number' || typeof field === 'boolean') {
        fields[key] = raw ?? String(field)
      } else if (field === null) {
        fields[key] = ''
      } else if (typeof field !== 'string') {
        throw new tools.InputError(
          `${where}: "${key}" must be a string, a number or true/false, not ${Array.isArray(field) ? 'a list' : 'an object'}`
        )
      } else {
        fields[key] = field
      }
    }
    return { fields }
  })
}

/**
 * A key of a JSON entry as written, with its value when a string (its
 * text) or another scalar (as written: `12345678`, `true`, `null`).
 */
interface WrittenPair {
  key: string
  value?: string
}

/** A JSON scalar that is not a string, as written, from `lastIndex`. */
const SCALAR = /-?[0-9][0-9.eE+-]*|true|false|null/y

/**
 * The pairs of each object of a JSON list as written (a key given twice
 * is there twice), in order; `text` is JSON that JSON.parse read. Pairs
 * of objects nested deeper are not collected.
 */
function writtenPairs(text: string): WrittenPair[][] {
  const entries: WrittenPair[][] = []
  /** the open brackets; the top-level list's objects are at depth 2 */
  const open: string[] = []
  /** the pair whose value comes next */
  let pair: WrittenPair | undefined
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '"') {
      const start = i
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++
      const string = JSON.parse(text.slice(start, i + 1)) as string
      let next = i + 1
      while (' \t\n\r'.includes(text[next] ?? '.')) next++
      if (text[next] === ':' && open.length === 2 && open[1] === '{') {
        // a key of an entry: its value comes next
        pair = { key: string }
        entries[entries.length - 1].push(pair)
      } else {
        if (pair) pair.value = string
        pair = undefined
      }
      continue
    }
    // another scalar after the colon: its text
    SCALAR.lastIndex = i
    const scalar = pair ? SCALAR.exec(text)?.[0] : undefined
    if (pair && scalar) {
      pair.value = scalar
      pair = undefined
      i += scalar.length - 1
      continue
    }
    // anything else after the colon: no value
    if (!' \t\n\r:'.includes(char)) pair = undefined
    if (char === '[' || char === '{') {
      open.push(char)
      if (char === '{' && open.length === 2) entries.push([])
    } else if (char === ']' || char === '}') {
      open.pop()
    }
  }
  return entries
}

/** The JSON list's password values, when it is JSON (as written, any key spelling). */
function jsonPasswords(text: string): string[] {
  const first = text.trimStart()
  if (!first.startsWith('[')) return []
  try {
    JSON.parse(first)
  } catch {
    return []
  }
  return writtenPairs(first).flatMap((pairs) =>
    pairs.flatMap(({ key, value }) =>
      // (not JSON's true, false and null: no secret, and masked they
      // would hide every such word of the log)
      key === 'password' && value && !/^(?:true|false|null)$/.test(value)
        ? [value]
        : []
    )
  )
}

// ---------------------------------------------------------------------------
// YAML: a block list of flat mappings
//
//   - registry: ghcr.io
//     username: ${{ github.actor }}
//     password: ${{ secrets.GITHUB_TOKEN }}

const ITEM = /^( *)-(?: +(.*))?$/
// YAML separates with spaces or tabs after the colon (attack-27 repro-02)
const PAIR = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/

function notAList(): Error {
  return new tools.InputError(
    'Input "registry-auth" must be a YAML list of entries, each "- registry: …" with "username: …" and "password: …" below it'
  )
}

function fromYaml(text: string): RawEntry[] {
  const entries: RawEntry[] = []
  /** the column of the list's dashes, and of the current entry's keys */
  let dash: number | undefined
  let keys: number | undefined
  /**
   * the last key read, while its value is plain: a line indented deeper
   * that is no `key: value` continues it (a plain scalar over lines,
   * folded with a space, as js-yaml reads it: attack-27 repro-02)
   */
  let plain: { entry: RawEntry; key: Key; where: string } | undefined
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  lines.forEach((line, index) => {
    const number = index + 1
    const where = `Input "registry-auth", line ${number}`
    if (/^\s*(#.*)?$/.test(line)) return
    // a document start before the list
    if (line.trimEnd() === '---' && entries.length === 0) return
    if (/^ *\t/.test(line)) {
      throw new tools.InputError(
        `${where} is indented with a tab: YAML takes spaces only`
      )
    }
    const indent = line.length - line.trimStart().length
    const item = ITEM.exec(line)
    if (item && (dash === undefined || indent === dash)) {
      dash = indent
      const rest = item[2] ?? ''
      const entry: RawEntry = { line: number, fields: {} }
      entries.push(entry)
      keys = rest === '' ? undefined : line.length - rest.length
      plain = rest !== '' ? addPair(entry, rest, where) : undefined
      return
    }
    if (dash === undefined) throw notAList()
    const entry = entries[entries.length - 1]
    if (indent <= dash) {
      throw new tools.InputError(
        `${where} is neither an entry ("- registry: …") nor indented under one`
      )
    }
    if (keys === undefined) keys = indent
    const text = line.slice(indent)
    if (indent > keys && plain && !PAIR.test(text)) {
      const more = scalar(text, `${plain.where} ("${plain.key}")`)
      const value = plain.entry.fields[plain.key]
      plain.entry.fields[plain.key] = value ? `${value} ${more}` : more
      return
    }
    if (indent !== keys) {
      throw new tools.InputError(
        `${where} is indented unlike the entry's other keys: line them up under the first key`
      )
    }
    plain = addPair(entry, text, where)
  })
  return entries
}

/**
 * Reads one `key: value` into the entry; returns the pair when its value is
 * plain (not quoted), which a deeper line may continue.
 */
function addPair(
  entry: RawEntry,
  text: string,
  where: string
): { entry: RawEntry; key: Key; where: string } | undefined {
  const pair = PAIR.exec(text)
  if (!pair) {
    throw new tools.InputError(
      `${where} is not "key: value" (an entry takes registry, username, password and ecr)`
    )
  }
  const key = knownKey(pair[1], where)
  if (entry.fields[key] !== undefined) {
    throw new tools.InputError(`${where}: "${key}" is given twice in one entry`)
  }
  const value = (pair[2] ?? '').trim()
  entry.fields[key] = scalar(value, `${where} ("${key}")`)
  return value.startsWith('"') || value.startsWith("'")
    ? undefined
    : { entry, key, where }
}

function knownKey(name: string, where: string): Key {
  const key = KEYS.find((known) => known === name)
  if (key) return key
  const hint =
    name === 'logout'
      ? ': logout is an input of the step, not of an entry'
      : ': an entry takes registry, username, password and ecr'
  throw new tools.InputError(
    `${where}: unknown key "${tools.oneLine(name, 40)}"${hint}`
  )
}

/** Characters YAML gives a meaning at the start of a plain value. */
const INDICATORS = new Set(['&', '*', '!', '%', '@', '`', '{', '[', '|', '>'])

/** A one-line YAML scalar: plain, 'single' or "double" quoted. */
function scalar(text: string, where: string): string {
  const value = text.trim()
  if (value === '' || value === '~' || value === 'null') return ''
  const quote = value[0]
  if (quote === '"' || quote === "'") return quoted(value, where)
  if (INDICATORS.has(quote)) {
    const what =
      quote === '|' || quote === '>'
        ? 'a block scalar (| or >): write the value on one line'
        : `a YAML indicator ("${quote}"): quote the value`
    throw new tools.InputError(`${where} starts with ${what}`)
  }
  if (value.startsWith('- ') || value.startsWith('? ')) {
    throw new tools.InputError(`${where} is not a plain value: quote it`)
  }
  // a comment starts at " #"
  const plain = value.replace(/\s+#.*$/, '').trimEnd()
  if (/:(\s|$)/.test(plain)) {
    throw new tools.InputError(
      `${where} holds ": ", which YAML reads as a nested key: quote the value`
    )
  }
  return plain
}

/** Escapes of a double-quoted YAML scalar. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\'
}

function quoted(value: string, where: string): string {
  const quote = value[0]
  let result = ''
  let i = 1
  for (; i < value.length; i++) {
    const char = value[i]
    if (quote === "'" && char === "'") {
      if (value[i + 1] === "'") {
        result += "'"
        i++
        continue
      }
      break
    }
    if (quote === '"' && char === '"') break
    if (quote === '"' && char === '\\') {
      const next = value[i + 1] ?? ''
      const hex = { x: 2, u: 4, U: 8 }[next]
      if (hex !== undefined) {
        const digits = value.slice(i + 2, i + 2 + hex)
        const code = /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : NaN
        if (digits.length !== hex || !(code <= 0x10ffff)) {
          throw new tools.InputError(`${where} has a broken \\${next} escape`)
        }
        result += String.fromCodePoint(code)
        i += 1 + hex
        continue
      }
      if (!(next in ESCAPES)) {
        throw new tools.InputError(`${where} has an escape YAML does not know`)
      }
      result += ESCAPES[next]
      i++
      continue
    }
    result += char
  }
  if (i >= value.length) {
    throw new tools.InputError(
      `${where} opens a quote it does not close on the same line`
    )
  }
  if (!/^\s*(#.*)?$/.test(value.slice(i + 1))) {
    throw new tools.InputError(`${where} has text after its closing quote`)
  }
  return result
}

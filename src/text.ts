/**
 * Text shown to the user: one line, cut short. Used wherever a value from
 * the user or the registry is quoted in an error line, the evidence or the
 * summary. Never call it with a secret.
 */

/**
 * `text` on one line: white space, control characters and the marks that
 * change the direction of text (a registry's U+202E would show the
 * summary's evidence reversed) folded to one space, trimmed, and cut to
 * `max` characters with `…`. Linear in `max`, whatever the length of `text`.
 */
export function oneLine(text: string, max: number): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text
  const line = head
    .replace(/[\s\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ')
    .trim()
  return line.length > max || head.length < text.length
    ? `${line.slice(0, max).trimEnd()}…`
    : line
}

/**
 * Whether an address holds credentials: `user:password@` before its host
 * (after an optional scheme, with its slashes, before the first `/`). Such
 * a value is never quoted (D12): its error line names what it holds
 * instead.
 */
export function holdsCredentials(address: string): boolean {
  // any slashes after the scheme, or none, or backslashes: URL reads
  // `http:/user:pw@host` and `http:\\user:pw@host` as `http://user:pw@host`
  const rest = address.trim().replace(/^[a-z][a-z0-9+.-]*:[\\/]*/i, '')
  return /^[^/\\]*@/.test(rest)
}

/**
 * The registry host of an image reference (`ghcr.io/acme/app:1`), in
 * lower case, as docker reads it (distribution/reference): the first part
 * where it holds a dot or a port or is localhost and a `/` follows it;
 * docker.io otherwise (`acme/app`, `nginx`, `myreg.azurecr.io:1.0`).
 */
export function referenceHost(reference: string): string {
  const slash = reference.indexOf('/')
  const first = slash === -1 ? '' : reference.slice(0, slash).toLowerCase()
  return /[.:]|^localhost$/.test(first) ? first : 'docker.io'
}

/**
 * A terminal's escape sequences: CSI (colours, erase-line), OSC (a title, a
 * link) with its terminator, a character set's designation, and any other
 * ESC alone (never the character after it: a text's own word stays whole).
 */
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+][0-9A-Za-z]|\x1b/g

/**
 * The same colour and erase-line sequences whose ESC a copy from a web
 * page dropped (`[0K`, `[36;1m`, `[0;m`), not a bracketed word or `[5m]`.
 */
const BARE_ESCAPES = /\[\d{1,3}(?:;\d{0,3})*[mk](?!\])/gi

/**
 * What a CI system puts before each line of a raw log: GitHub Actions' and
 * GitLab's RFC 3339 timestamp (GitLab's followed by its stream flags,
 * `00O `, `01E+ `), Jenkins Timestamper's `[2024-05-01T10:00:00.123Z] ` or
 * `10:00:00 `.
 */
const LINE_STAMP =
  /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d) (?:\d\d[OE]\+? )?|\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\] |\d\d:\d\d:\d\d(?:\.\d{1,6})? )/

/**
 * GitHub Actions' raw log's marks of a line (`##[error]`, `##[group]`…),
 * which its log viewer shows as a red line or a fold.
 */
const LINE_MARK =
  /^##\[(?:error|warning|notice|debug|group|endgroup|command|section)\]/

/**
 * GitLab's collapsible-section marker alone on its line once read, and a
 * Markdown code fence (a text copied from an issue or a chat).
 */
const MARK_LINE = /^(?:section_(?:start|end):\d+:\S*|\s*(?:```|~~~)[\w+-]*\s*)$/

/** What a web page or a chat wrote for a character (`&quot;`, `“`). */
const WEB_CHARACTERS: Readonly<Record<string, string>> = {
  '&quot;': '"',
  '&#34;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '\u00a0': ' ',
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'"
}
/**
 * Any of them, written out: a pattern built from the keys at load would
 * stay in the action's start-up, which never reads it (esbuild keeps a
 * call at a module's top level).
 */
const WEB_CHARACTER = /&(?:quot|#34|#39|apos|lt|gt|amp);|[\u00a0“”„‘’]/g

/**
 * A pasted CI log as its lines read on screen (docs/registries.md §13xx
 * (c)): terminal escapes dropped; CRLF as LF, and of a line a carriage
 * return rewrote (a progress line, GitLab's section marker), what came
 * last; the timestamps GitHub Actions, GitLab and Jenkins put before each
 * line, GitHub's `##[error]` and like marks, GitLab's section markers,
 * Markdown's code fences and quote marks left out; a web page's entities
 * and a chat's curly quotes and no-break spaces as the characters they
 * stand for; Windows PowerShell's ErrorRecord around a native command's
 * stderr left out, its message kept (§13yy (c)); the lines a terminal cut
 * at a fixed width joined back (§13yy (d)).
 */
export function asPlainLog(text: string): string {
  const lines = plainLines(text)
  return joinedAt(lines, cutsOf(lines)).join('\n')
}

/**
 * The lines of asPlainLog before a fixed-width cut is joined back: what
 * explain redacts first, where each line has its length (§13yy (g)).
 */
export function plainLines(text: string): string[] {
  let lines = text
    .replace(ESCAPES, '')
    .replace(BARE_ESCAPES, '')
    .replace(WEB_CHARACTER, (found) => WEB_CHARACTERS[found] ?? found)
    .split('\n')
    .map((line) => {
      const end = line.endsWith('\r') ? line.slice(0, -1) : line
      return unstamped(end.slice(end.lastIndexOf('\r') + 1))
    })
  // a Markdown quote (`> ` before every line: a reply on an issue), a
  // reply to a reply's too (`> > `), each level with what it quoted
  // stamped (a raw log quoted)
  for (
    let depth = 0;
    depth < QUOTE_LEVELS &&
    lines.some((line) => line.trim() !== '') &&
    lines.every((line) => line.trim() === '' || /^\s*>/.test(line));
    depth++
  ) {
    lines = lines.map((line) => unstamped(line.replace(/^\s*> ?/, '')))
  }
  return withoutErrorRecords(lines).filter((line) => !MARK_LINE.test(line))
}

/**
 * What Windows PowerShell 5.1 prints of a native command's line on stderr
 * (docs/registries.md §13yy (c)), an ErrorRecord:
 *
 *     docker : Error response from daemon: …
 *     At line:1 char:1           (in a script: At C:\ci\push.ps1:12 char:5)
 *     + docker login -u me -p …
 *     + ~~~~~~~~~~~~~~~~~~~~~~~~
 *         + CategoryInfo          : NotSpecified: (Error response ...:String) [], RemoteException
 *         + FullyQualifiedErrorId : NativeCommandError
 *
 * Its fields (and a remote session's `+ PSComputerName`), the `+ ` lines
 * of the command and its underline, the location, and the `<command> : `
 * before the message.
 */
const RECORD_FIELD =
  /^[ \t]+\+ (?:CategoryInfo|FullyQualifiedErrorId|PSComputerName)[ \t]*:/
const RECORD_CODE = /^[ \t]*\+(?: |$)/
const RECORD_AT = /^At .{1,500}?:\d+ char:\d+[ \t]*$/
const RECORD_COMMAND = /^([\w.-]{1,64}) : /

/** A command's name as PowerShell shows it: no path, no `.exe`, any case. */
function commandName(name: string): string {
  return name
    .replace(/^.*[\\/]/, '')
    .replace(/\.exe$/i, '')
    .toLowerCase()
}

/** The command a record's `+ ` line runs (`+ & docker login …`: docker). */
function commandOf(code: string | undefined): string | undefined {
  const word = code
    ?.replace(RECORD_CODE, '')
    .trim()
    .replace(/^& /, '')
    .split(/[ \t]/)[0]
  return word ? commandName(word.replace(/^["']|["']$/g, '')) : undefined
}

/**
 * The lines without PowerShell's ErrorRecords of a native command's
 * stderr (RECORD_FIELD): a record whose fields hold a
 * `FullyQualifiedErrorId` and name a `NativeCommandError` or a
 * `RemoteException` (a cmdlet's own error, `CommandNotFoundException`,
 * stays: its words say what went wrong), and the `<command> : ` of the
 * nearest line before it that names the command of its `+ ` line. A
 * `set -x` trace's `+ docker login …`
 * stays: a `+ ` line goes only with the fields right after it. Each line
 * is read once forwards and at most twice more (a record's lines, and the
 * lines back to the record before), so linear.
 */
function withoutErrorRecords(lines: string[]): string[] {
  if (!lines.some((line) => line.includes('+ CategoryInfo'))) return lines
  const kept = [...lines]
  const dropped = new Array<boolean>(lines.length).fill(false)
  let after = 0 // the first line after the last record left out
  for (let i = 0; i < lines.length; i++) {
    if (!RECORD_FIELD.test(lines[i])) continue
    let end = i
    let errorId = false
    let native = false
    for (; end < lines.length && RECORD_FIELD.test(lines[end]); end++) {
      if (/^[ \t]+\+ FullyQualifiedErrorId/.test(lines[end])) errorId = true
      if (/(?:NativeCommandError|RemoteException)[ \t]*$/.test(lines[end])) {
        native = true
      }
    }
    // the fields are one run: read once, whatever comes of them
    const first = i
    i = end - 1
    if (!errorId || !native) continue
    let start = first
    while (start > after && RECORD_CODE.test(lines[start - 1])) start--
    if (start > after && RECORD_AT.test(lines[start - 1])) start--
    dropped.fill(true, start, end)
    // the record's own first line: the nearest before it whose
    // `<command> : ` names the command of its `+ ` line (attack-56 A56-01:
    // a Format-List's `password : …` further up lost its name, and so its
    // redaction)
    const command = commandOf(
      lines.slice(start, first).find((line) => RECORD_CODE.test(line))
    )
    for (let m = start - 1; command !== undefined && m >= after; m--) {
      const name = RECORD_COMMAND.exec(lines[m])?.[1]
      if (name !== undefined && commandName(name) === command) {
        kept[m] = lines[m].replace(RECORD_COMMAND, '')
        break
      }
    }
    after = end
  }
  return kept.filter((_line, i) => !dropped[i])
}

/**
 * Which lines a terminal, a pager or a log viewer cut at a fixed width
 * (docs/registries.md §13yy (d)), to be joined back: a wording cut mid-word
 * no longer matches. A hard wrap leaves every cut line exactly as long as
 * the widest (60 characters or more) and the rest of each line shorter; it
 * is taken for one where at least HARD_WRAP_LINES distinct lines have that
 * width and more than three times as many as come within 8 characters of
 * it (a wrap at words, as an e-mail does, leaves lines of many lengths just
 * under its width, and is left as it is: joining it would glue words).
 * Undefined: none.
 */
export function cutsOf(lines: readonly string[]): boolean[] | undefined {
  let width = 0
  for (const line of lines) width = Math.max(width, line.length)
  // a banner (`=====`, a box's edge) is as wide as the widest line by
  // design, not cut (attack-56: three banners joined the line after each)
  const cuts = lines.map(
    (line) => line.length === width && /[\p{L}\p{N}]/u.test(line)
  )
  // distinct: a message repeated, wrapped at words, repeats its lines
  const at = new Set(lines.filter((_line, i) => cuts[i])).size
  let near = 0
  for (const line of lines) {
    if (line.length < width && line.length >= width - 8) near++
  }
  return width < 60 || at < HARD_WRAP_LINES || at <= 3 * near ? undefined : cuts
}

/** The lines with each cut one (`cuts`, cutsOf's) joined to the next. */
export function joinedAt(
  lines: readonly string[],
  cuts: readonly boolean[] | undefined
): string[] {
  if (cuts === undefined) return [...lines]
  const joined: string[] = []
  let open = ''
  lines.forEach((line, i) => {
    open += line
    if (!cuts[i]) {
      joined.push(open)
      open = ''
    }
  })
  if (open !== '') joined.push(open)
  return joined
}

/** The lines of the widest length that show a hard wrap, at least. */
const HARD_WRAP_LINES = 3

/** The Markdown quote levels left out, at most (a reply's reply's …). */
const QUOTE_LEVELS = 8

/**
 * A line without what a CI system put before it: its timestamps and marks,
 * however many (`##[error]` before a stamp, a step's own stamped output),
 * a few at most.
 */
function unstamped(line: string): string {
  let rest = line
  for (let i = 0; i < 4; i++) {
    const next = rest.replace(LINE_STAMP, '').replace(LINE_MARK, '')
    if (next === rest) break
    rest = next
  }
  return rest
}

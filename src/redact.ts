/**
 * The one redaction: every form of every secret the process holds — the
 * password, and each token a registry hands out — cut from any text before
 * it leaves the process (evidence bodies, the docker CLI's output, the
 * summary, outputs, error and warning lines, the command line's output).
 * A registry that repeats what it received (the `Authorization` header, the
 * password, a URL-encoded form) gets nothing quoted back.
 */
import { oneLine } from './text.js'

/** What a form of a secret is replaced with. */
export const REDACTED = '***'

/** How a text's secret is hidden (REDACTED by default). */
type Hide = (secret: string) => string

/**
 * A secret hidden by a `*` for each of its characters: its line keeps its
 * length (explain's first reading, whose lines a fixed-width cut may join:
 * §13yy (g), attack-57 A57-01).
 */
export const MASKED: Hide = (secret) => secret.replace(/[^\r\n]/g, '*')

/** Shorter values are not redacted: they would cut ordinary words. */
const MIN_CHARS = 4

/** `\uXXXX` of a character, in lower-case hex (upper case is added later). */
function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** `%XX` of each byte of a character's UTF-8. */
function percentEscape(char: string): string {
  return [...Buffer.from(char)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('')
}

/** Every form a value may take when something repeats it. */
function formsOf(value: string): string[] {
  const base64 = Buffer.from(value).toString('base64')
  const base64url = Buffer.from(value).toString('base64url')
  const json = JSON.stringify(value).slice(1, -1)
  // form encoding escapes !'() too, and * and ~ as the encoder has it:
  // Go's url.QueryEscape and Python's quote_plus keep only -_.~, the URL
  // standard's URLSearchParams only *-._; encodeURIComponent keeps !'()*~
  const forms = [/[^A-Za-z0-9\-_.~ ]/gu, /[^A-Za-z0-9*\-._ ]/gu].map((kept) =>
    value.replace(kept, percentEscape)
  )
  const encodings = [
    value,
    // inside a JSON string: as JSON.stringify writes it; with every
    // character past ASCII escaped; as Go's encoding/json writes it (<, >,
    // & and the line separators escaped); as .NET's default encoder does
    // (those, ', +, ` and everything past ASCII)
    json,
    json.replace(/[\u007f-\uffff]/g, unicodeEscape),
    json.replace(/[<>&\u2028\u2029]/g, unicodeEscape),
    json.replace(/[<>&'+`\u007f-\uffff]/g, unicodeEscape),
    // in a URL or a form body
    encodeURIComponent(value),
    encodeURIComponent(value).replaceAll('%20', '+'),
    ...forms.flatMap((form) => [
      form.replaceAll(' ', '%20'),
      form.replaceAll(' ', '+')
    ]),
    base64,
    base64.replace(/=+$/, ''),
    base64url,
    encodeURIComponent(base64)
  ]
  // percent escapes may come back in lower case, and JSON's \u escapes in
  // upper case (.NET writes \u00E9)
  const otherCase = encodings.flatMap((encoded) => {
    const cased = encoded
      .replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())
      .replace(/\\u[0-9a-f]{4}/g, (hex) => `\\u${hex.slice(2).toUpperCase()}`)
    return cased === encoded ? [] : [cased]
  })
  return [...new Set([...encodings, ...otherCase])]
}

/**
 * A value shaped like a token, as a whole: a prefix GitHub, GitLab, Docker
 * or Google gives its tokens, then at least as many of a token's
 * characters as the shortest of them has (docs/registries.md "At a
 * glance", docs/docker-hub.md), or a JWT; surrounding quotes and leading
 * `$` allowed, the paste mistakes the input analysis names. GitLab's
 * prefixes may come after an instance prefix (`mycorp-glpat-…`), as the
 * GitLab profile reads them (attack-41 A41-05). Such a username is a token
 * pasted into the wrong input, and is a secret like the password (the
 * token itself: group 2). A name that only starts so is none (attack-20
 * repro-01: a Quay robot `ghs_platform+builder`, a user `ghs_ci`), and a
 * quoted token is one (repro-02).
 */
const TOKEN_SHAPED =
  /^\s*(["']?)\$*(gh[opsu]_[A-Za-z0-9]{30,}|github_pat_\w{40,}|(?:[A-Za-z0-9_]+-)?gl(?:pat|dt|cbt)-[\w.-]{20,}|dckr_(?:pat|oat)_[\w-]{20,}|ya29\.[\w.-]{20,}|eyJ[\w-]{8,}\.eyJ[\w-]*(?:\.[\w-]*)?)\1\s*$/

/**
 * A value that starts as a token does (TOKEN_SHAPED's prefixes): never
 * quoted in an error, however it goes on.
 */
const TOKEN_PREFIX =
  /^\s*["']?\$*(?:ghp_|github_pat_|gh[osu]_|(?:[A-Za-z0-9_]+-)?gl(?:pat|dt|cbt)-|dckr_(?:pat|oat)_|ya29\.|eyJ[\w-]{8,}\.eyJ)/

/**
 * Tokens by their prefix (TOKEN_SHAPED's), anywhere in a text, also right
 * after an escaped line break or tab (`\nghp_…` in a JSON string: attack-54's
 * notes). A JWT, first (its three parts whole, before base64's `eyJ…`), is
 * looked for where no word character or `-` comes before it: in a run of
 * `eyJ-eyJ-…` each would read the rest of the run (attack-54 A54-02).
 */
const TOKENS_IN_TEXT =
  /(?:(?<![\w-])|(?<=\\[nrt]))eyJ[\w-]{8,}\.eyJ[\w-]*\.?[\w-]*|(?:\b|(?<=\\[nrt]))(?:(?:ghp_|github_pat_|gh[osur]_|dckr_(?:pat|oat)_)[\w-]{8,}|gl(?:pat|dt|cbt|ptt|rt|oas|ft|soat|imt|agent|wt)-[\w.-]{8,}|ya29\.[\w-]{8,}|(?:eyJ|ewo)[A-Za-z0-9+/]{40,}={0,2})/g

/**
 * A URL's `user:password@`, anywhere in a text. Each run before a fixed
 * word is bounded (a scheme's 32 characters, a name's 64, a login line's
 * 1000), so that a long run of joined words (`a-a-a-…`) is read in linear
 * time, not quadratic (attack round 11). The password may hold `/` (ACR's
 * and AWS's secrets are base64-like; attack round 13), and digits first
 * (cutUrlPassword tells a host's port from it).
 */
const URL_PASSWORD =
  /(\b[a-z][a-z0-9+.-]{0,31}:\/\/([^\s/@:]*)):([^\s@]{0,256})@/gi

/**
 * A URL's `user:password@` with its password cut, unless what follows the
 * colon is a port of a host (`registry.example.com:5000/v2/…@sha256`): a
 * password may start with digits and a `/` too, after a user name that is
 * no host (attack round 14).
 */
function cutUrlPassword(
  whole: string,
  prefix: string,
  user: string,
  password: string,
  hide: Hide
): string {
  const port = /^\d{1,5}(?:\/|$)/.test(password)
  const host = /\.|^localhost$/i.test(user)
  return port && host ? whole : `${prefix}:${hide(password)}@`
}

/**
 * An HTTP Authorization header's credential, as a verbose trace shows it.
 * Not a message's next words (`may require authorization: server message:
 * insufficient_scope`, `authorization: authorization failed: no basic
 * auth credentials`): a credential holds no colon. Written as a JSON log,
 * Go's `map[Authorization:[Basic …]]`, a Python dict or http.client's
 * escaped `\r\nAuthorization: …` prints it too (attack round 13), or JSON
 * quoted in a string (`{\"Authorization\":\"Bearer …\"}`); each run of
 * blanks is bounded by what follows it, so the scan stays linear (attack
 * round 14).
 */
const AUTHORIZATION =
  /((?:\b|(?<=\\[rnt]))authorization(?:\\{0,7}["'])?[ \t]*[:=][ \t]*(?:\\{0,7}[[("'][ \t]*)?[a-z][\w-]{0,31}[ \t]+)(?![^\s"'\],)}\\]*:)[^\s"'\],)}\\]+/gi

/**
 * The password on a `login` command line (`-p`, `--password`), as a shell
 * trace (`set -x`) prints it.
 */
const LOGIN_PASSWORD =
  /(\blogin\b[^\n]{0,1000}?\s(?:-p|--password)(?:\s+|=)?)(?:'[^'\n]*'|"[^"\n]*"|(?!-)\S+)/g

/**
 * The password of a `user:password` given to a command line (`curl -u`,
 * `--user`, skopeo's `--creds`).
 */
const USER_PASSWORD =
  /(\s(?:-u|--user|--creds|--src-creds|--dest-creds)(?:\s+|=)['"]?[^\s:'"]+:)[^\s'"]+/g

/**
 * A secret under its name in JSON: the `auth` of a docker config.json
 * (base64 of `user:password`), a credential helper's `Secret`, a password,
 * a token, a service account key's `private_key` (a `_json_key` password:
 * §13yy (b)); also JSON quoted inside a string (`\"password\":\"…\"`), once or
 * more (a log line quoting such a string): up to 15 backslashes, four
 * levels of quoting, a bound that keeps the scan linear. The quote may also
 * be `'` (a Python dict), `\u0022` (.NET's encoder) or `&quot;` (HTML), the
 * same on both sides of the name and the value (attack round 11).
 */
const JSON_SECRET =
  /(\\{0,15}(["']|\\u0022|&quot;)(?:auth|identitytoken|registrytoken|password|passwd|secret|client_secret|token|access_token|refresh_token|secretaccesskey|secret_access_key|sessiontoken|private_key)\\{0,15}\2\s*:\s*\\{0,15}\2)(?:(?!\\{0,15}\2)[^\n])+/gi

/**
 * A secret as `name=value`: a query string's `password=`/`token=`, a Java
 * or .properties-style `password=…`, a shell's `REGISTRY_PASS=…` or
 * `AWS_SECRET_ACCESS_KEY=…`, quoted or not (kubectl's
 * `--docker-password="…"`; attack-54 A54-05).
 */
const NAMED_SECRET =
  /(\b[\w.-]{0,63}?(?:password|passwd|pwd|_pass|secret|token|_key)=)(?:"[^"\n]*"|'[^'\n]*'|[^\s&"',;)]+)/gi

/**
 * A secret as a Go value prints it (`%+v` of docker's AuthConfig:
 * `{Username:u Password:… Auth:… IdentityToken:…}`): a capitalised field
 * name, a colon, and the value with no space between (an empty field
 * prints `Auth: ` and keeps its neighbour), up to the next field (` Name:`)
 * or the `}`: a value may hold spaces or commas (attack round 13).
 */
const GO_FIELD_SECRET =
  /(\b(?:Password|Auth|IdentityToken|RegistryToken|Secret):)(?=[^\s}])(?:[^\n]{1,200}?(?=\s[A-Z][A-Za-z]*:|\}|$)|[^\s,}]+)/gm

/**
 * A secret as a YAML or INI line gives it (`password: …`, `- token: …`): a
 * lower-case key at the start of a line (after any Markdown quote marks
 * that are left: attack-53 A53-02; after `docker compose logs`' `app-1  |
 * `: attack-54 A54-05) and the rest of the line, so that
 * docker's own prompt (`Password:`) and wordings such as
 * `invalid username/password: unauthorized` stay.
 */
const LINE_SECRET =
  /^([ \t>]*(?:[\w.-]+[ \t]+\|[ \t]*)?(?:- )?["']?(?:password|passwd|secret|client_secret|token|auth|identitytoken|registry_password|docker_password)["']?[ \t]*[:=][ \t]*)(?!\*\*\*)[^\s][^\n]*/gm

/**
 * A secret as an environment variable gives it, in upper case: GitHub's
 * `env:` block of a step (`  REGISTRY_PASSWORD: …`), `export
 * DOCKER_PASSWORD='…'`, a `set -x` trace (`+ REGISTRY_PASS=… docker …`), an
 * `env` dump's `AWS_SECRET_ACCESS_KEY=…` (attack-54 A54-05). Upper case
 * only, so that docker's `Password:` prompt and its error after it stay.
 */
const ENV_SECRET =
  /^([ \t>]*(?:[+$#] )?(?:export[ \t]+)?["']?(?:[A-Z][A-Z0-9_]*_)?(?:PASSWORD|PASSWD|PASS|SECRET|TOKEN|SECRET_ACCESS_KEY|API_KEY)["']?[ \t]*[:=][ \t]*)(?!\*\*\*)[^\s][^\n]*/gm

/**
 * A password fed to `login … --password-stdin` on its line: the word an
 * `echo` or `printf` pipes to it, or a here-string (`<<< '…'`), as a
 * terminal or a `set -x` trace shows it (attack-54 A54-04). A variable
 * (`echo "$TOKEN"`) stays: it holds nothing.
 */
const STDIN_PASSWORD =
  /(\b(?:echo|printf)(?:[ \t]+-[a-z]+)*(?:[ \t]+["']%s(?:\\n)?["'])?[ \t]+)(?!["']?\$)('[^'\n]*'|"[^"\n]*"|[^\s|'"]+)(?=[ \t]*\|[^\n]{0,1000}?--password-stdin)/g
/**
 * PowerShell's form of it: a quoted string piped to `login …
 * --password-stdin` at a command's start (a line's, after a `PS C:\>`
 * prompt or a record's `+ `), or after `Write-Output` (attack-56).
 */
const PIPED_PASSWORD =
  /(^[ \t]*(?:PS [^>\n]{0,260}>[ \t]*|\+[ \t]+)?(?:(?:Write-Output|Write-Host|echo)[ \t]+)?)(?!["']\$)('[^'\n]*'|"[^"\n]*")(?=[ \t]*\|[^\n]{0,1000}?--password-stdin)/gim
/**
 * PowerShell's ways to hold a secret (attack-57 A57-02): an assignment to
 * `$env:NAME` or `$name` whose name says password, secret or token
 * (`$env:ACR_PASSWORD = "…"`), a string `ConvertTo-SecureString` takes as
 * plain text, and `[Environment]::SetEnvironmentVariable('…PASSWORD', …)`.
 * A variable stays: it holds nothing.
 */
const PS_SECRET =
  /(\$(?:env:)?\w{0,64}?(?:password|passwd|pass|pwd|secret|token|api_?key)\w{0,64}[ \t]*=[ \t]*)(?!["']?\$)('[^'\n]*'|"[^"\n]*"|[^\s'";|]+)/gi
const PS_SECURE_STRING =
  /((?:ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?|SetEnvironmentVariable\([ \t]*["'][\w.-]{0,64}?(?:password|secret|token)[\w.-]{0,64}["'][ \t]*,[ \t]*))(?!["']?\$)('[^'\n]*'|"[^"\n]*")/gi
const HERE_PASSWORD =
  /(\blogin\b[^\n]{0,1000}?<<<[ \t]*)(?!["']?\$)('[^'\n]*'|"[^"\n]*"|[^\s'"]+)/g

/**
 * LINE_SECRET's line inside a JSON string: docker's json-file log
 * (`{"log":"password: …\n"}`), a line after an escaped line break.
 */
const ESCAPED_LINE_SECRET =
  /((?:\\n|"log"[ \t]*:[ \t]*")[ \t]*["']?(?:password|passwd|secret|client_secret|token|auth|identitytoken)["']?[ \t]*[:=][ \t]*)(?!\*\*\*)[^\s"\\]+/g

/** GitLab's token headers (`PRIVATE-TOKEN: …`, `JOB-TOKEN`, `DEPLOY-TOKEN`). */
const GITLAB_TOKEN_HEADER =
  /(\b(?:private|job|deploy)-token["']?[ \t]*[:=][ \t]*)[^\s"']+/gi

/**
 * A secret as an INI line or a YAML flow mapping gives it: `Password = …`
 * in any case (docker's prompt is `Password:`, never with `=`), and
 * `{…, password: …}` after a brace or a comma, its value bare or quoted
 * with YAML's escapes (`\"` inside `"…"`, `''` inside `'…'`; attack rounds
 * 13 to 15); a value JSON_SECRET cut already stays as it is.
 */
const INI_SECRET =
  /^([ \t>]*["']?(?:password|passwd|pwd|secret|client_secret|token|registry_password|docker_password)["']?[ \t]*=[ \t]*)(?!\*\*\*)\S[^\n]*/gim
const FLOW_SECRET =
  /([{,][ \t]*["']?(?:password|passwd|secret|client_secret)["']?[ \t]*:[ \t]*)(?:"(?!\*\*\*)(?:[^"\\\n]|\\.)*"|'(?!\*\*\*)(?:[^'\n]|'')*'|(?!\*\*\*|["'\\])[^\s,}\]]+)/gi

/**
 * A private key's PEM body, anywhere: a `_json_key`'s `private_key` with
 * its escaped line breaks (`\\n`), or a key file's lines, which go on
 * over a line break only where the next line is all base64 or its
 * `-----END` (§13yy (b)); each line of the body becomes `***`. A key cut
 * short, and the words after it, stay as they are.
 */
const PRIVATE_KEY =
  /(-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)((?:[A-Za-z0-9+/=]|\\[nr]|\r?\n[ \t]*(?=[A-Za-z0-9+/=]*(?:\r?\n|$)|-----END))+)/g

/** A PEM private key's first and last lines (an OpenPGP key's too). */
const KEY_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g
const KEY_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g

/** The most a key's body takes (an 8192-bit RSA key's is under 7 KiB). */
const MAX_KEY_CHARS = 16_384

/**
 * The text with all that stands between a private key's BEGIN line and the
 * END line after it (MAX_KEY_CHARS at most) redacted, line by line,
 * whatever it is: its lines with blanks after them, a log's prefix before
 * each (`app-1  | `, Terraform's `│ `, `> `), an encrypted key's
 * `Proc-Type:` headers, or all on one line (`echo $KEY` traced by
 * `sh -x`) (attack-56 A56-03). A key with no END line is PRIVATE_KEY's.
 * Each marker is found once, so linear.
 */
function withoutKeyBodies(text: string, hide: Hide): string {
  if (!text.includes('PRIVATE KEY-----')) return text
  const ends = [...text.matchAll(KEY_END)].map((end) => end.index)
  let result = ''
  let at = 0
  let next = 0
  for (const begin of text.matchAll(KEY_BEGIN)) {
    const body = begin.index + begin[0].length
    if (begin.index < at) continue
    while (next < ends.length && ends[next] < body) next++
    const end = ends[next]
    if (end === undefined || end - body > MAX_KEY_CHARS) continue
    result += text.slice(at, body)
    result += text.slice(body, end).replace(/[^\r\n]+/g, hide)
    at = end
  }
  return result + text.slice(at)
}

/**
 * What may go on a value a hard line break cut (§13yy (b)): a token's,
 * base64's, a URL encoding's characters and JSON's escaped line breaks.
 * The run is read whole (no backtracking), and is a tail only where
 * `isWrappedTail` says so.
 */
const TAIL_RUN = /^(?:[A-Za-z0-9_+/=.%~-]|\\[nrt])+/

/** The shortest tail redacted: `Error`, `WARNING`, `Login` are shorter. */
const MIN_TAIL = 8

/**
 * Whether a run at a line's start, after a line whose redacted value ran
 * to its end, is that value's tail: MIN_TAIL characters or more, ended
 * where a value ends (the line's end, a blank, a quote, a bracket, a
 * separator, an escape), and holding what a word does not, a digit or an
 * upper-case letter right after a lower-case one (`AbCd`, `x9`: a token
 * or base64; `Authenticating`, `unauthorized:` and a host stay).
 */
function isWrappedTail(run: string, next: string | undefined): boolean {
  return (
    run.length >= MIN_TAIL &&
    (next === undefined || /[\s"'`,;)}\]|&>\\]/.test(next)) &&
    /\d|[a-z][A-Z]/.test(run)
  )
}

/**
 * The text with the tails of values redacted to their line's end cut too:
 * a paste from an e-mail, a terminal that breaks long lines, or a log
 * viewer of a set width cuts a token or a password line in two, and its
 * pattern read only the first part (§13yy (b)). A tail that fills its
 * line goes on the next (a JWT or a key over many lines). Each line is
 * read once, so linear.
 */
function withWrappedTails(text: string, hide: Hide): string {
  if (!text.includes(`${REDACTED}\n`) && !text.includes(`${REDACTED}\r\n`)) {
    return text
  }
  const lines = text.split('\n')
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]
    if (!before.endsWith(REDACTED) && !before.endsWith(`${REDACTED}\r`))
      continue
    const run = TAIL_RUN.exec(lines[i])?.[0]
    if (run !== undefined && isWrappedTail(run, lines[i][run.length])) {
      lines[i] = `${hide(run)}${lines[i].slice(run.length)}`
    }
  }
  return lines.join('\n')
}

/**
 * A text a user pasted (for `explain`), without the credentials it may
 * hold: a URL's password, an Authorization header's credential, the
 * password of a `login` command line, tokens known by their prefix
 * (GitHub's, GitLab's, Docker Hub's, Google's, JWTs) and base64 of JSON
 * (an ECR token, a `_json_key_base64`) become `***`, so that nothing
 * repeats them. The registry, the user and the words stay.
 */
export function withoutCredentials(
  text: string,
  hide: Hide = () => REDACTED
): string {
  // what a pattern keeps (its first group), then the secret hidden
  const after = (whole: string, kept = ''): string =>
    kept + hide(whole.slice(kept.length))
  const redacted = withoutKeyBodies(text, hide)
    .replace(URL_PASSWORD, (whole, prefix, user, password) =>
      cutUrlPassword(whole, prefix, user, password, hide)
    )
    .replace(AUTHORIZATION, after)
    .replace(LOGIN_PASSWORD, after)
    .replace(USER_PASSWORD, after)
    .replace(JSON_SECRET, after)
    .replace(NAMED_SECRET, after)
    .replace(GO_FIELD_SECRET, after)
    .replace(LINE_SECRET, after)
    .replace(ENV_SECRET, after)
    .replace(ESCAPED_LINE_SECRET, after)
    .replace(STDIN_PASSWORD, after)
    .replace(PIPED_PASSWORD, after)
    .replace(PS_SECRET, after)
    .replace(PS_SECURE_STRING, after)
    .replace(HERE_PASSWORD, after)
    .replace(GITLAB_TOKEN_HEADER, after)
    .replace(INI_SECRET, after)
    .replace(FLOW_SECRET, after)
    .replace(PRIVATE_KEY, (_key, begin: string, body: string) =>
      begin.concat(body.replace(/[^\r\n]+/g, hide))
    )
    .replace(TOKENS_IN_TEXT, (token) => hide(token))
  // last: a tail of any of them on the next line (§13yy (b))
  return withWrappedTails(redacted, hide)
}

/**
 * A bad value as an error quotes it, on one line and cut at `max`: never
 * one shaped like a token (a secret pasted into the wrong input or option;
 * attack round 12).
 */
export function quotedValue(value: string, max: number): string {
  return startsLikeToken(value)
    ? 'a value shaped like a token (not quoted)'
    : `"${oneLine(value, max)}"`
}

/** Whether a value starts as a token does (TOKEN_PREFIX). */
export function startsLikeToken(value: string): boolean {
  return TOKEN_PREFIX.test(value)
}

/** Whether a value is shaped like a token (TOKEN_SHAPED). */
export function isTokenShaped(value: string): boolean {
  return TOKEN_SHAPED.test(value)
}

/** The token a value shaped like one holds, without quotes or `$`. */
function tokenOfShape(value: string): string | undefined {
  return TOKEN_SHAPED.exec(value)?.[2]
}

/** The secrets of one run, and the redaction that knows all their forms. */
export class Secrets {
  private forms: string[] = []
  private readonly seen = new Set<string>()

  /** `onAdd` hears each value added (the action masks it in the log). */
  constructor(private readonly onAdd: (value: string) => void = () => {}) {}

  /**
   * Adds a secret: the password (with the username it goes with, for the
   * `username:password` of a Basic header) or a token.
   */
  add(secret: string, username?: string): void {
    // a token in the username input (the inputs swapped) is a secret too
    const token = username === undefined ? undefined : tokenOfShape(username)
    if (token !== undefined) this.add(token)
    if (secret === '') return
    // a token masked as it arrived may later be paired with its username
    const pair = username !== undefined ? `${username}:${secret}` : undefined
    const known = this.seen.has(secret)
    if (known && (pair === undefined || this.seen.has(pair))) return
    if (!known) {
      this.seen.add(secret)
      this.onAdd(secret)
    }
    if (pair !== undefined) this.seen.add(pair)
    if (secret.length < MIN_CHARS) return
    const values = [secret]
    if (pair !== undefined) values.push(pair)
    const forms = new Set([...this.forms, ...values.flatMap(formsOf)])
    // the longest first, so that a form is cut whole before a part of it
    this.forms = [...forms]
      .filter((form) => form.length >= MIN_CHARS)
      .sort((a, b) => b.length - a.length)
  }

  /**
   * Whether a value holds a secret: is one (whatever its length), or holds
   * a form of one (plain, URL-encoded, base64 of `user:secret`, …) of
   * `minForm` characters or more (MIN_CHARS by default). What docker's
   * environment must not carry.
   */
  holds(value: string, minForm = MIN_CHARS): boolean {
    return (
      this.seen.has(value.trim()) ||
      this.forms.some((form) => form.length >= minForm && value.includes(form))
    )
  }

  /** The text with every form of every secret replaced. */
  redact(text: string): string {
    let result = text
    for (const form of this.forms) {
      if (result.includes(form)) result = result.split(form).join(REDACTED)
    }
    return result
  }

  /**
   * A body as `redact` leaves it, and its end cut where it begins a form of
   * a secret (MIN_CHARS or more of it): a body that stopped before its end
   * (a connection closed, a body that never ended, the size bound) may hold
   * a secret's first part, which no whole form matches, before blanks at
   * most (attack-55 A55-01).
   */
  redactCut(text: string): string {
    const result = this.redact(text)
    // blanks after it, as a body that drips them
    const end = result.trimEnd()
    // a form the body ends in holds the body's last characters: the rest
    // are not searched (a 50-repository token's forms, on every body)
    const last = end.slice(-MIN_CHARS)
    let cut = 0
    for (const form of this.forms) {
      if (form.includes(last)) cut = Math.max(cut, overlap(end, form))
    }
    return cut >= MIN_CHARS ? end.slice(0, -cut) + REDACTED : result
  }

  /** A value with every string in it redacted (objects and arrays too). */
  redactAll<T>(value: T): T {
    return redactValue(value, (text) => this.redact(text)) as T
  }
}

/**
 * The length of the longest end of `text` that is a beginning of `form`
 * (shorter than it), in time linear in the form (Knuth–Morris–Pratt).
 */
function overlap(text: string, form: string): number {
  const fail = new Int32Array(form.length)
  for (let i = 1, k = 0; i < form.length; i++) {
    while (k > 0 && form[i] !== form[k]) k = fail[k - 1]
    if (form[i] === form[k]) k++
    fail[i] = k
  }
  let k = 0
  for (
    let i = Math.max(0, text.length - form.length + 1);
    i < text.length;
    i++
  ) {
    while (k > 0 && text[i] !== form[k]) k = fail[k - 1]
    if (text[i] === form[k]) k++
  }
  return k
}

function redactValue(
  value: unknown,
  redact: (text: string) => string
): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)])
    )
  }
  return value
}

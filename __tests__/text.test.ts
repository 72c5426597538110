import { describe, expect, it } from '@jest/globals'
import { asPlainLog, oneLine, referenceHost } from '../src/text.js'

describe('oneLine', () => {
  it.each([
    ['short', 10, 'short'],
    ['  a \n b\r\n\tc  ', 10, 'a b c'],
    ['esc\u001b[31mred', 20, 'esc [31mred'],
    // direction marks (attack round 10): a registry's RLO would reverse
    // the evidence in the summary
    ['denied\u202edeifitrec', 30, 'denied deifitrec'],
    ['a\u2066b\u2069c\u200fd\u061ce', 30, 'a b c d e'],
    ['abcdefghijkl', 5, 'abcde…'],
    ['', 5, '']
  ])('%j cut to %i characters reads %j', (text, max, expected) => {
    expect(oneLine(text, max)).toBe(expected)
  })

  it('reads only a bounded head of a huge text', () => {
    const started = performance.now()
    expect(oneLine('x'.repeat(10_000_000), 8)).toBe('xxxxxxxx…')
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('referenceHost: the registry of an image reference, as docker reads it', () => {
  it.each([
    ['ghcr.io/acme/app:1', 'ghcr.io'],
    ['Registry.Example.com:5000/team/app', 'registry.example.com:5000'],
    ['localhost/app', 'localhost'],
    ['acme/app', 'docker.io'],
    ['nginx', 'docker.io'],
    // a host without a path is an image's name on Docker Hub (§13ww (j))
    ['myreg.azurecr.io:1.0', 'docker.io']
  ])('%s → %s', (reference, host) => {
    expect(referenceHost(reference)).toBe(host)
  })
})

describe('asPlainLog: a raw CI log as its lines read on screen (docs/registries.md §13xx (c))', () => {
  const plain =
    'Login Succeeded\nThe push refers to repository [ghcr.io/acme/app]\ndenied: permission_denied: write_package'
  /** `plain` with each line made so (its index given). */
  const perLine = (wrap: (line: string, i: number) => string) =>
    plain.split('\n').map(wrap).join('\n')
  it.each([
    ['GitHub Actions raw log timestamps', perLine((l) => `2024-05-01T10:00:00.1234567Z ${l}`)],
    ['GitLab job log timestamps with stream flags', perLine((l, i) => `2024-05-01T10:00:00.123456Z 0${i % 2}O${i ? '+' : ''} ${l}`)],
    ["Jenkins Timestamper's ISO and clock forms", perLine((l, i) => (i ? `[2024-05-01T10:00:00.123Z] ${l}` : `10:00:00 ${l}`))],
    ['colours and erase-line', perLine((l) => `\x1b[31;1m${l}\x1b[0m\x1b[0K`)],
    ['colour codes whose ESC a web page dropped', perLine((l) => `[36;1m${l}[0;m`)],
    ['CRLF', plain.replace(/\n/g, '\r\n')],
    ["GitLab's section markers", `section_start:1714557600:step_script\r\x1b[0K\n${plain}\nsection_end:1714557601:step_script\r\x1b[0K`],
    ["GitHub's ##[error] and ##[group] marks, after its timestamps", perLine((l, i) => `2024-05-01T10:00:00.1234567Z ${['##[group]', '', '##[error]'][i]}${l}`)],
    ['a Markdown quote of a reply on an issue, in a code fence', ['> ```console', perLine((l) => `> ${l}`), '> ```'].join('\n')],
    ['a no-break space (entities and curly quotes: the next test)', plain.replace('Login Succeeded', 'Login\u00a0Succeeded')],
    ['a progress line rewritten by carriage returns', plain.replace('Login Succeeded', 'Pushing 10%\rPushing 100%\rLogin Succeeded')]
  ])('%s', (_name, raw) => {
    expect(asPlainLog(raw)).toBe(plain)
  }) // prettier-ignore

  it('reads entities and curly quotes as their characters', () => {
    expect(asPlainLog('Get &quot;https://ghcr.io/v2/&quot;: denied &amp; &lt;html&gt; “quoted” „low” don’t ‘it’ &#34;a&#34; &#39;b&apos;\u00a0c')).toBe('Get "https://ghcr.io/v2/": denied & <html> "quoted" "low" don\'t \'it\' "a" \'b\' c')
  }) // prettier-ignore

  it('leaves a line that begins with > where other lines do not (BuildKit\'s " > [internal] …")', () => {
    const buildkit = '#5 ERROR: unexpected status: 401 Unauthorized\n------\n > [internal] load metadata for ghcr.io/acme/base:1:\n------'
    expect(asPlainLog(buildkit)).toBe(buildkit)
  }) // prettier-ignore

  it('drops an unknown ESC alone, never the character after it', () => {
    expect(asPlainLog('\x1bNot authorized \x1b]0;title\x07to \x1b(Bperform')).toBe('Not authorized to perform')
  }) // prettier-ignore

  // §13yy (c): Windows PowerShell 5.1's ErrorRecord around a native
  // command's stderr
  const fields = (
    target: string,
    id = 'NativeCommandError',
    exception = 'RemoteException'
  ) => [
    `    + CategoryInfo          : NotSpecified: (${target}:String) [], ${exception}`,
    `    + FullyQualifiedErrorId : ${id}`
  ]
  const message =
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'
  it.each([
    ['typed at a prompt', [`docker : ${message}`, 'At line:1 char:1', '+ docker login -u myuser -p mypass', '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ...fields('Error response ...sername or password')], message],
    ["a script's, its command indented, CRLF", [`docker.exe : ${message}`, 'At C:\\ci\\login.ps1:12 char:5', '+     docker login -u myuser -p $env:PASS', '+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ...fields('Error response ...sername or password')].join('\r\n').split('\n'), message],
    ['the message wrapped at the window width, a prompt before it, a blank line after it', ['PS C:\\app> docker login -u myuser -p mypass', 'docker : Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect', 'username or password', 'At line:1 char:1', '+ docker login -u myuser -p mypass', '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ...fields('Error response ...sername or password'), ' '], 'PS C:\\app> docker login -u myuser -p mypass\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect\nusername or password\n '],
    ["a remote session's, its computer named", [`docker : ${message}`, 'At line:1 char:1', '+ docker login -u myuser -p mypass', '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ...fields('Error response ...sername or password'), '    + PSComputerName        : build01'], message],
    ['two records, each with its message, the later lines of stderr plain', ['docker : WARNING! Using --password via the CLI is insecure. Use --password-stdin.', 'At line:1 char:1', '+ docker login -u myuser -p mypass', '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ...fields('WARNING! Using -...password-stdin.'), `docker : ${message}`, 'At line:2 char:1', '+ docker login -u myuser -p mypass', '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ...fields('Error response ...sername or password'), 'exit status 1'], `WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n${message}\nexit status 1`],
    ["a Format-List's `name : value` lines before it: only the record's own line loses its command (attack-56 A56-01)", ['password : Wq7-tRansit-Lumen-42', 'registry : ghcr.io', `docker : ${message}`, 'At line:1 char:1', '+ docker compose up -d', '+ ~~~~~~~~~~~~~~~~~~~~', ...fields('Error response ...sername or password')], `password : Wq7-tRansit-Lumen-42\nregistry : ghcr.io\n${message}`],
    ["in a GitHub Actions raw log of a Windows runner's powershell step", [`docker : ${message}`, 'At D:\\a\\_temp\\0f1e2d3c.ps1:2 char:1', '+ docker login -u myuser -p mypass', '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ...fields('Error response ...sername or password')].map((l, i) => `2024-05-01T10:00:0${i}.1234567Z ${i === 0 ? '##[error]' : ''}${l}`), message]
  ])("reads Windows PowerShell's ErrorRecord of a native command's stderr as the message (%s)", (_name, lines, read) => {
    expect(asPlainLog(lines.join('\n'))).toBe(read)
  }) // prettier-ignore

  it.each([
    ['a set -x trace', '+ docker login -u bot -p ***\n+ docker push ghcr.io/acme/app:1\ndenied: permission_denied: write_package'],
    ["a cmdlet's own error (no native command's stderr)", ["docker : The term 'docker' is not recognized as the name of a cmdlet, function, script file, or operable program.", 'At line:1 char:1', '+ docker login', '+ ~~~~~~', ...fields('docker', 'CommandNotFoundException', 'CommandNotFoundException')].join('\n')],
    ['a record cut short (no FullyQualifiedErrorId)', [`docker : ${message}`, 'At line:1 char:1', '+ docker login -u myuser', '+ ~~~~~~~~~~~~~~~~~~~~~~', fields('x')[0]].join('\n')],
    ['a line that reads "name : text" with no record', `Step : 3/4\n${message}`]
  ])('keeps what is no PowerShell record of a native command (%s)', (_name, text) => {
    expect(asPlainLog(text)).toBe(text)
  }) // prettier-ignore

  it("keeps a text's own words: brackets, times inside a line, a tab after a tool's timestamp", () => {
    for (const text of ['#8 [4/4] RUN npm ci', 'took [5m] to push', 'time="2019-09-19T20:46:48Z" level=fatal msg="x"', '2023-03-01T13:54:36.294Z\tFATAL\tDB error', 'ERROR [internal] load metadata']) {
      expect(asPlainLog(text)).toBe(text)
    }
  }) // prettier-ignore
})

describe('asPlainLog joins the lines a terminal or a pager cut at a fixed width (docs/registries.md §13yy (d))', () => {
  // 250 characters: cut at 60, 80 or 120, its last part is 10 long
  const long =
    'Error response from daemon: Get "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/": no basic auth credentials; the login of this job used another profile, see the earlier step, which printed its own errors at length before it failed the jobs.'.slice(
      0,
      250
    )
  const hard = (text: string, width: number) =>
    text
      .split('\n')
      .flatMap((l) => l.match(new RegExp(`.{1,${width}}`, 'g')) ?? [''])
      .join('\n')

  it.each([60, 80, 120])('a line cut every %i characters, among others', (width) => {
    expect(long.length).toBe(250)
    const text = `$ ./push.sh\n${long}\n${long} ${long}\nexit status 1`
    expect(asPlainLog(hard(text, width))).toBe(text)
  }) // prettier-ignore

  it('leaves banners as wide as the widest line, and the line after each (attack-56)', () => {
    const banner = '='.repeat(80)
    const text = [banner, 'password: Hunter2Secret99', banner, 'Deploying shop/api', banner, 'docker : no configuration file provided: not found'].join('\n')
    expect(asPlainLog(text)).toBe(text)
  }) // prettier-ignore

  it('leaves lines wrapped at words, lines shorter than 60, and fewer than three lines of one width', () => {
    const words = long.split(' ').reduce<string[]>((out, w) => { const last = out.length - 1; if (last >= 0 && `${out[last]} ${w}`.length <= 72) out[last] += ` ${w}`; else out.push(w); return out }, []).join('\n')
    expect(words.split('\n').length).toBeGreaterThan(2)
    expect(asPlainLog(words)).toBe(words)
    const short = hard(long, 50)
    expect(asPlainLog(short)).toBe(short)
    const two = hard(long.slice(0, 170), 80)
    expect(asPlainLog(two)).toBe(two)
  }) // prettier-ignore
})

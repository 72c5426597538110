/**
 * The docker CLI seam with the real docker CLI (client only; it logs in
 * client-side against the emulator on loopback): the user's docker config
 * keeps every key and entry it had across login and logout, also when
 * another run changes it meanwhile, a working credential helper keeps the
 * login, a failing or missing one is named, and the secret never comes
 * back in the CLI's output. With docker shims: what the child process gets
 * (the secret on stdin only), what comes back, and the logout's time limit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeE2e } from '../__fixtures__/e2e.js'
import { ACCOUNTS } from '../emulator/accounts.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { findDocker } from '../scripts/runner.js'
import {
  dockerCli,
  holdingSecrets,
  LOCK_FILE,
  readConfigFile,
  refusedRead,
  stopDocker
} from '../src/docker.js'
import { defaultStore, onPath } from '../src/docker-config.js'
import { Secrets } from '../src/redact.js'

const PAT = ACCOUNTS.patReadWrite

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.close()
})

/** A temporary HOME with a docker config and a bin on PATH. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-docker-'))
  const config = join(dir, 'docker-config')
  const bin = join(dir, 'bin')
  mkdirSync(config)
  mkdirSync(bin)
  const env = {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    HOME: dir,
    DOCKER_CONFIG: config
  }
  const read = (): Record<string, unknown> | undefined => {
    const file = join(config, 'config.json')
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
      : undefined
  }
  const write = (value: object): void =>
    writeFileSync(join(config, 'config.json'), JSON.stringify(value, null, 2))
  const script = (name: string, body: string): void => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}`)
    chmodSync(join(bin, name), 0o755)
  }
  return {
    dir,
    config,
    bin,
    env,
    read,
    write,
    script,
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

/** The config without the entry the action owns. */
function withoutEntry(
  config: Record<string, unknown> | undefined,
  key: string
): Record<string, unknown> | undefined {
  if (!config) return config
  const copy = JSON.parse(JSON.stringify(config)) as Record<string, unknown>
  delete (copy.auths as Record<string, unknown> | undefined)?.[key]
  return copy
}

/**
 * `docker-credential-fake`: a working helper that stores one file per
 * server (store, get, erase, list).
 */
const FAKE_HELPER = (store: string) => `store='${store}'
mkdir -p "$store"
name() { printf '%s' "$1" | od -An -tx1 | tr -d ' \\n'; }
case "$1" in
  store)
    input=$(cat)
    url=$(printf '%s' "$input" | sed 's/.*"ServerURL":"\\([^"]*\\)".*/\\1/')
    printf '%s' "$input" > "$store/$(name "$url")" ;;
  get)
    url=$(cat)
    if [ -f "$store/$(name "$url")" ]; then cat "$store/$(name "$url")"
    else echo 'credentials not found in native keychain'; exit 1; fi ;;
  erase)
    url=$(cat)
    rm -f "$store/$(name "$url")" ;;
  list) printf '{}\\n' ;;
  *) echo "unknown action $1"; exit 1 ;;
esac
`

describe('defaultStore: the helper docker picks when its config names none (attack-28 repro-01, attack-30 repro-03)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-store-'))
  const onPathDir = (...programs: string[]): string => {
    const bin = mkdtempSync(join(dir, 'bin-'))
    for (const program of programs) {
      writeFileSync(join(bin, program), '#!/bin/sh\nexit 0\n')
      chmodSync(join(bin, program), 0o755)
    }
    return bin
  }
  it.each([
    [
      ['pass', 'docker-credential-pass', 'docker-credential-secretservice'],
      'pass'
    ],
    [['docker-credential-secretservice'], 'secretservice'],
    // pass without its helper: docker 28 uses the file, later ones secretservice
    [['pass', 'docker-credential-secretservice'], undefined],
    [['docker-credential-pass'], undefined],
    [[], undefined]
  ] as const)('linux, on PATH %j: %s', (programs, store) => {
    expect(defaultStore({ PATH: onPathDir(...programs) }, 'linux')).toBe(store)
  })
  it('Windows: a helper named with its extension is found as docker finds it (desktop.exe)', () => {
    const bin = onPathDir('docker-credential-desktop.exe', 'docker-credential-wincred.exe')
    const env = { PATH: `C:\\nowhere;${bin}`, PATHEXT: '.COM;.EXE;.BAT;.CMD' }
    expect(onPath('docker-credential-desktop.exe', env, 'win32')).toBe(true)
    expect(onPath('docker-credential-desktop', env, 'win32')).toBe(true)
    expect(onPath('docker-credential-pass', env, 'win32')).toBe(false)
    // an extension PATHEXT does not hold is no executable's
    expect(onPath('docker-credential-desktop.ps1', env, 'win32')).toBe(false)
    expect(defaultStore(env, 'win32')).toBe('wincred')
  }) // prettier-ignore
  it('Windows: PATHEXT and PATH read as Go reads them (a missing dot, unset, a quoted directory; attack-68 below its bar)', () => {
    const bin = onPathDir('docker-credential-wincred.exe', 'docker-credential-pass.com')
    const quoted = `C:\\nowhere;"${bin}"`
    expect(onPath('docker-credential-wincred', { PATH: bin, PATHEXT: 'EXE;CMD' }, 'win32')).toBe(true)
    expect(onPath('docker-credential-pass', { PATH: bin }, 'win32')).toBe(true)
    expect(onPath('docker-credential-pass', { PATH: bin, PATHEXT: '' }, 'win32')).toBe(true)
    expect(onPath('docker-credential-pass', { PATH: bin, PATHEXT: '.EXE' }, 'win32')).toBe(false)
    expect(onPath('docker-credential-wincred', { PATH: quoted }, 'win32')).toBe(true)
    // a ';' inside quotes does not split: one directory, which does not exist
    expect(onPath('docker-credential-wincred', { PATH: `"C:\\a;${bin}"` }, 'win32')).toBe(false)
    // Linux keeps quotes as part of the name, as Go does
    expect(onPath('docker-credential-wincred.exe', { PATH: `"${bin}"` }, 'linux')).toBe(false)
  }) // prettier-ignore
  it('macOS and Windows: their own helper, when on PATH', () => {
    expect(defaultStore({ PATH: onPathDir('docker-credential-osxkeychain') }, 'darwin')).toBe('osxkeychain')
    expect(defaultStore({ PATH: onPathDir('docker-credential-secretservice') }, 'darwin')).toBeUndefined()
  }) // prettier-ignore
})

describe('refusedRead: a config docker must not be run on (attack-28 repro-03)', () => {
  it.each([
    [{ file: 'f', status: 'malformed', reason: 'is not valid JSON' }, true],
    [{ file: 'f', status: 'unreadable', reason: 'r', code: 'EACCES' }, true],
    [{ file: 'f', status: 'unreadable', reason: 'r', code: 'EPERM' }, true],
    // a directory is said otherwise (docker fails the login: attack-24 repro-02)
    [{ file: 'f', status: 'unreadable', reason: 'r', code: 'EISDIR' }, false],
    [{ file: 'f', status: 'missing', reason: 'no docker config' }, false],
    [{ file: 'f', status: 'ok', json: {}, text: '{}' }, false]
  ] as const)('%j: %s', (read, refused) => {
    expect(refusedRead(read) !== undefined).toBe(refused)
  })
})

describe('readConfigFile reads a config as docker reads it', () => {
  const read = (text: string): unknown => {
    const dir = mkdtempSync(join(tmpdir(), 'dlp-read-'))
    try {
      writeFileSync(join(dir, 'config.json'), text)
      const got = readConfigFile(join(dir, 'config.json'))
      return got.status === 'ok' ? got.json : got.status
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it.each([
    [
      'a plain config, as JSON.parse reads it',
      '{"auths":{"a":{}},"x":1}',
      { auths: { a: {} }, x: 1 }
    ],
    [
      'a key given twice: maps merged',
      '{"auths":{"a":{"auth":"1"}},"auths":{"b":{}}}',
      { auths: { a: { auth: '1' }, b: {} } }
    ],
    [
      "a key in another case is docker's key, merged in order",
      '{"auths":{"a":{"auth":"1"}},"AUTHS":{"a":{"auth":"2"},"b":{}}}',
      { auths: { a: { auth: '2' }, b: {} } }
    ],
    [
      'a setting in another case: the last given',
      '{"CredsStore":"pass","credsStore":"desktop","DetachKeys":"ctrl-q"}',
      { credsStore: 'desktop', detachKeys: 'ctrl-q' }
    ],
    [
      'a null empties a map, a later object starts it anew',
      '{"auths":{"a":{}},"Auths":null,"auths":{"b":{}}}',
      { auths: { b: {} } }
    ],
    [
      'Unicode folds as Go folds it (ſ is s, K is k)',
      '{"authſ":{"a":{}},"detachKeys":"x","detach\u212aeys":"y"}',
      { auths: { a: {} }, detachKeys: 'y' }
    ],
    [
      'keys docker does not know keep their case, each its own',
      '{"Auths":{"a":{}},"myTool":1,"MyTool":2}',
      { auths: { a: {} }, myTool: 1, MyTool: 2 }
    ],
    [
      '"Filename" is not read by docker (json:"-")',
      '{"filename":"x","auths":{},"Auths":{}}',
      { filename: 'x', auths: {} }
    ],
    [
      'a key named __proto__ stays a key',
      '{"__proto__":{"polluted":true},"Auths":{}}',
      JSON.parse('{"__proto__":{"polluted":true},"auths":{}}')
    ]
  ])('%s', (_name, text, expected) => {
    const got = read(text)
    expect(got).toEqual(expected)
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describeE2e("docker login and logout keep the user's docker config", () => {
  it('auths, credHelpers and unknown keys survive a login and a logout', async () => {
    const ws = workspace()
    try {
      const before = {
        auths: {
          'ghcr.io': {
            auth: Buffer.from('someone:ghp_other').toString('base64')
          },
          'quay.io': { auth: 'cXVheTpzZWNyZXQ=', email: 'me@example.com' },
          'legacy.example.com': { username: 'legacy', password: 'legacy-pw' },
          'registry.example.com': { identitytoken: 'opaque-identity-token' }
        },
        credHelpers: {
          'gcr.io': 'gcloud',
          '123456789012.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login'
        },
        psFormat: 'table {{.ID}}',
        detachKeys: 'ctrl-q',
        someTool: { nested: [1, { deep: true }], note: 'kept' },
        'x-unknown': 'value'
      }
      ws.write(before)
      const docker = dockerCli(ws.env)
      const login = await docker.login(emulator.host, PAT.username, PAT.secret)
      expect(login.exitCode).toBe(0)
      const after = ws.read()
      expect(Object.keys(after?.auths as object)).toContain(emulator.host)
      expect(withoutEntry(after, emulator.host)).toEqual(before)
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      expect(ws.read()).toEqual(before)
      expect(login.output).not.toContain(PAT.secret)
    } finally {
      ws.remove()
    }
  })

  it('a section given twice keeps the entries of both, as docker reads it (attack-21 repro-02)', async () => {
    const ws = workspace()
    try {
      const file = join(ws.config, 'config.json')
      // a hand-assembled file: one script wrote the first auths, another
      // appended its own (Go's decoder reads both into one map)
      writeFileSync(file, '{\n  "auths": { "registry.internal.example:5000": { "auth": "YnVpbGQ6aW50ZXJuYWw=" } },\n  "credHelpers": { "gcr.io": "gcloud" },\n  "auths": { "mirror.example.com": { "auth": "bWlycm9yOm1pcnJvcg==" } },\n  "credHelpers": { "quay.io": "none" }\n}\n')
      const docker = dockerCli(ws.env)
      expect((await docker.login(emulator.host, PAT.username, PAT.secret)).exitCode).toBe(0)
      const after = ws.read()
      expect(Object.keys(after?.auths as object).sort()).toEqual([emulator.host, 'mirror.example.com', 'registry.internal.example:5000'].sort())
      expect(after?.credHelpers).toEqual({ 'gcr.io': 'gcloud', 'quay.io': 'none' })
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      expect(Object.keys(ws.read()?.auths as object).sort()).toEqual(['mirror.example.com', 'registry.internal.example:5000'])
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('a section named in another case is the one docker reads and writes: the old login is not put back beside the new (attack-22 repro-04)', async () => {
    const ws = workspace()
    try {
      const file = join(ws.config, 'config.json')
      // what a Go tool marshalling an untagged struct writes: docker reads
      // "Auths" as auths (Go's decoder ignores case) and writes "auths"
      const old = Buffer.from('olduser:old-Passw0rd-2024').toString('base64')
      writeFileSync(file, JSON.stringify({ Auths: { [emulator.host]: { auth: old }, 'mirror.example.com': { auth: 'bWlycm9yOm1pcnJvcg==' } }, PsFormat: 'table {{.ID}}', 'x-tool': 1 }, null, '\t'))
      const docker = dockerCli(ws.env)
      expect((await docker.login(emulator.host, PAT.username, PAT.secret)).exitCode).toBe(0)
      const after = ws.read() as Record<string, Record<string, { auth: string }>>
      expect(Object.keys(after).sort()).toEqual(['auths', 'psFormat', 'x-tool'])
      expect(Buffer.from(after.auths[emulator.host].auth, 'base64').toString()).toBe(`${PAT.username}:${PAT.secret}`)
      expect(after.auths['mirror.example.com']).toEqual({ auth: 'bWlycm9yOm1pcnJvcg==' })
      // docker's own reading of the stored login names the new user
      const shown = spawnSync(findDocker() ?? 'docker', ['login', emulator.host], { env: ws.env, input: '', encoding: 'utf8' })
      expect(shown.stdout + shown.stderr).not.toContain('olduser')
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      expect(ws.read()).toEqual({ auths: { 'mirror.example.com': { auth: 'bWlycm9yOm1pcnJvcg==' } }, psFormat: 'table {{.ID}}', 'x-tool': 1 })
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it.each([
    { through: 'docker, whose file store the action restores', helper: false },
    { through: 'a credential helper, whose logout the action makes itself', helper: true }
  ])('values the CLI drops are written back as the file had them, through $through: big numbers and escapes unchanged', async ({ helper }) => {
    const ws = workspace()
    try {
      if (helper) ws.script('docker-credential-fake', FAKE_HELPER(join(ws.dir, 'fake-store')))
      const file = join(ws.config, 'config.json')
      const text = `{\n  "auths": {},\n${helper ? '  "credsStore": "fake",\n' : ''}  "x-build-id": 12345678901234567890123,\n  "x-note": "caf\\u00e9 \\"quoted\\"",\n  "x-tool": { "limit": 9007199254740993, "list": [1.50, "a,b"] }\n}\n`
      writeFileSync(file, text)
      const docker = dockerCli(ws.env)
      expect((await docker.login(emulator.host, PAT.username, PAT.secret)).exitCode).toBe(0)
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      const after = readFileSync(file, 'utf8')
      for (const kept of ['12345678901234567890123', '"caf\\u00e9 \\"quoted\\""', '{ "limit": 9007199254740993, "list": [1.50, "a,b"] }']) {
        expect(after).toContain(kept)
      }
      expect(JSON.parse(after)).toEqual(JSON.parse(text))
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('a working credsStore helper keeps the login, and the config its keys', async () => {
    const ws = workspace()
    try {
      const store = join(ws.dir, 'fake-store')
      ws.script('docker-credential-fake', FAKE_HELPER(store))
      const before = {
        auths: { 'ghcr.io': {} },
        credsStore: 'fake',
        currentContext: 'default',
        someTool: { kept: true }
      }
      ws.write(before)
      const docker = dockerCli(ws.env)
      const login = await docker.login(emulator.host, PAT.username, PAT.secret)
      expect(login.exitCode).toBe(0)
      expect(readdirSync(store)).toHaveLength(1)
      const stored = readFileSync(join(store, readdirSync(store)[0]), 'utf8')
      expect(JSON.parse(stored)).toMatchObject({
        ServerURL: emulator.host,
        Username: PAT.username
      })
      expect(withoutEntry(ws.read(), emulator.host)).toEqual(before)
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      expect(readdirSync(store)).toEqual([])
      expect(ws.read()).toEqual(before)
    } finally {
      ws.remove()
    }
  })

  it('a helper that fails and repeats its input: the output says so (gathering redacts it)', async () => {
    const ws = workspace()
    try {
      ws.script(
        'docker-credential-broken',
        'input=$(cat)\necho "keychain locked, cannot store $input"\n' +
          'echo "keychain locked" >&2\nexit 1\n'
      )
      const before = { credsStore: 'broken', auths: {}, someTool: { kept: 1 } }
      ws.write(before)
      const docker = dockerCli(ws.env)
      const login = await docker.login(emulator.host, PAT.username, PAT.secret)
      expect(login.exitCode).toBe(1)
      expect(login.output).toContain('Error saving credentials')
      expect(login.output).toContain('keychain locked, cannot store')
      expect(ws.read()).toEqual(before)
      expect(docker.config(emulator.host)).toEqual({
        dir: ws.config,
        helper: 'docker-credential-broken',
        setting: 'credsStore'
      })
    } finally {
      ws.remove()
    }
  })

  // attack-66 A66-04: docker/cli's ContainsAuth, which decides whether
  // docker picks its default credential store
  it.each([
    ['logins of other registries', { auths: { 'other.example.com': { auth: 'b3RoZXI6eA==' } } }, true],
    ['an empty login entry (the wincred workaround)', { auths: { 'https://index.docker.io/v1/': {} } }, true],
    ['a credHelpers entry for another registry', { credHelpers: { 'gcr.io': 'gcloud' } }, true],
    ['no login: empty auths', { auths: {}, psFormat: 'table' }, undefined],
    ['no login: an empty credsStore', { credsStore: '' }, undefined]
  ])('a config without a helper for the server, holding %s: holdsLogins %s', (_name, json, holds) => {
    const ws = workspace()
    try {
      ws.write(json)
      expect(dockerCli(ws.env).config(emulator.host).holdsLogins).toBe(holds)
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('a credHelpers entry for the server wins over credsStore', () => {
    const ws = workspace()
    try {
      ws.write({
        credsStore: 'desktop',
        credHelpers: { [emulator.host]: 'nowhere' }
      })
      expect(dockerCli(ws.env).config(emulator.host)).toEqual({
        dir: ws.config,
        helper: 'docker-credential-nowhere',
        setting: `credHelpers["${emulator.host}"]`
      })
    } finally {
      ws.remove()
    }
  })

  it.each([
    ['a trailing comma', '{\n  "auths": { "other.example.com": { "auth": "b3RoZXI6eA==" } },\n  "credHelpers": { "gcr.io": "gcloud" },\n}\n'],
    ['a byte-order mark', '\ufeff{ "auths": { "other.example.com": { "auth": "b3RoZXI6eA==" } }, "psFormat": "table {{.ID}}" }'],
    ['an array', '[]']
  ])('a config.json that is not a JSON object (%s): neither login nor logout runs docker, and the file stays as it was', async (_name, text) => {
    const ws = workspace()
    try {
      const file = join(ws.config, 'config.json')
      writeFileSync(file, text)
      // a docker that says whether it ran
      const ran = join(ws.dir, 'docker-ran')
      ws.script('docker', `touch '${ran}'\nexit 0\n`)
      const docker = dockerCli(ws.env)
      const login = await docker.login(emulator.host, PAT.username, PAT.secret)
      const logout = await docker.logout(emulator.host)
      for (const result of [login, logout]) {
        expect(result.exitCode).toBe(1)
        expect(result.output).toContain(`Error parsing config file (${file})`)
      }
      expect(login.output).toContain('docker login was not run')
      expect(logout.output).toContain('docker logout was not run')
      expect(existsSync(ran)).toBe(false)
      expect(readFileSync(file, 'utf8')).toBe(text)
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it.each([['empty', ''], ['blank', '\n  \n']])('an %s config.json is an empty config, as docker reads it: docker runs', async (_name, text) => {
    const ws = workspace()
    try {
      writeFileSync(join(ws.config, 'config.json'), text)
      const ran = join(ws.dir, 'docker-ran')
      ws.script('docker', `touch '${ran}'\necho 'Login Succeeded'\n`)
      const login = await dockerCli(ws.env).login(emulator.host, PAT.username, PAT.secret)
      expect(login.exitCode).toBe(0)
      expect(existsSync(ran)).toBe(true)
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('a config that cannot be created: docker fails, nothing is thrown', async () => {
    const ws = workspace()
    try {
      const file = join(ws.dir, 'a-file')
      writeFileSync(file, 'not a directory\n')
      const env = { ...ws.env, DOCKER_CONFIG: join(file, 'docker-config') }
      const login = await dockerCli(env).login(
        emulator.host,
        PAT.username,
        PAT.secret
      )
      expect(login.exitCode).toBe(1)
      expect(login.output).toContain('Error saving credentials')
      expect(dockerCli(env).config(emulator.host)).toEqual({
        dir: env.DOCKER_CONFIG
      })
    } finally {
      ws.remove()
    }
  })

  it('docker.io is stored under the key the CLI uses for Docker Hub', async () => {
    const ws = workspace()
    try {
      ws.write({ credHelpers: { 'https://index.docker.io/v1/': 'hub' } })
      expect(dockerCli(ws.env).config('docker.io')).toMatchObject({
        helper: 'docker-credential-hub',
        setting: 'credHelpers["https://index.docker.io/v1/"]'
      })
    } finally {
      ws.remove()
    }
  })
})

/**
 * A `docker` that first runs `before` (sh, in the docker config directory)
 * — what another run does meanwhile — then the real CLI.
 */
function meanwhile(ws: ReturnType<typeof workspace>, before: string): void {
  ws.script(
    'docker',
    `(cd '${ws.config}' && ${before})\nexec '${findDocker()}' "$@"\n`
  )
}

/** sh: rewrites config.json with node, `change` a function of `c`. */
function edit(change: string): string {
  const script = `const f=require('fs');const c=JSON.parse(f.readFileSync('config.json','utf8'));${change};f.writeFileSync('config.json',JSON.stringify(c))`
  return `'${process.execPath}' -e "${script}"`
}

describeE2e('another run of the action on the same docker config', () => {
  const ours = () => ({ auth: Buffer.from('octocat:pw').toString('base64') })

  it('an entry another run logged out of while docker ran is not written back', async () => {
    const ws = workspace()
    try {
      ws.write({
        auths: {
          'ghcr.io': { auth: 'c29tZW9uZTpnaHBfb3RoZXI=' },
          'quay.io': { auth: 'cXVheTpzZWNyZXQ=' },
          [emulator.host]: ours()
        },
        someTool: { kept: true }
      })
      meanwhile(ws, edit("delete c.auths['quay.io']"))
      expect((await dockerCli(ws.env).logout(emulator.host)).exitCode).toBe(0)
      expect(ws.read()).toEqual({
        auths: { 'ghcr.io': { auth: 'c29tZW9uZTpnaHBfb3RoZXI=' } },
        someTool: { kept: true }
      })
    } finally {
      ws.remove()
    }
  })

  it('an entry another run logged in to, or changed, while docker ran stays as that run left it', async () => {
    const ws = workspace()
    try {
      ws.write({
        auths: { 'ghcr.io': { auth: 'b2xkOm9sZA==' }, [emulator.host]: ours() },
        someTool: { kept: true }
      })
      meanwhile(
        ws,
        edit(
          "c.auths['quay.io']={auth:'cXVheTpzZWNyZXQ='};c.auths['ghcr.io']={auth:'bmV3Om5ldw=='}"
        )
      )
      expect((await dockerCli(ws.env).logout(emulator.host)).exitCode).toBe(0)
      expect(ws.read()).toEqual({
        auths: {
          'ghcr.io': { auth: 'bmV3Om5ldw==' },
          'quay.io': { auth: 'cXVheTpzZWNyZXQ=' }
        },
        someTool: { kept: true }
      })
    } finally {
      ws.remove()
    }
  })

  it('docker login started early writes back none of what another run changed while it waited for its password', async () => {
    const ws = workspace()
    try {
      ws.write({
        auths: {
          'ghcr.io': { auth: 'b2xkOm9sZA==' },
          'quay.io': { auth: 'cXVheTpzZWNyZXQ=' }
        },
        someTool: { kept: true }
      })
      const pending = dockerCli(ws.env).startLogin(emulator.host, PAT.username)
      // docker has read the file; another run's post step, tired of
      // waiting for the lock, logs out of quay.io, and a third logs in to
      // ghcr.io anew and to registry.example.com
      await new Promise((done) => setTimeout(done, 300))
      const c = ws.read() as { auths: Record<string, unknown> }
      delete c.auths['quay.io']
      c.auths['ghcr.io'] = { auth: 'bmV3Om5ldw==' }
      c.auths['registry.example.com'] = { auth: 'cmVnOnB3' }
      ws.write(c)
      expect((await pending.send(PAT.secret)).exitCode).toBe(0)
      const after = ws.read() as { auths: Record<string, unknown> }
      expect(Object.keys(after.auths).sort()).toEqual(
        ['ghcr.io', 'registry.example.com', emulator.host].sort()
      )
      expect(after.auths['ghcr.io']).toEqual({ auth: 'bmV3Om5ldw==' })
      expect(after.auths['registry.example.com']).toEqual({ auth: 'cmVnOnB3' })
      expect(after).toMatchObject({ someTool: { kept: true } })
    } finally {
      ws.remove()
    }
  })

  it('docker login started early, with no config file yet, keeps the login another run wrote while it waited for its password', async () => {
    const ws = workspace()
    try {
      const pending = dockerCli(ws.env).startLogin(emulator.host, PAT.username)
      await new Promise((done) => setTimeout(done, 300))
      ws.write({ auths: { 'registry.example.com': { auth: 'cmVnOnB3' } } })
      expect((await pending.send(PAT.secret)).exitCode).toBe(0)
      const after = ws.read() as { auths: Record<string, unknown> }
      expect(Object.keys(after.auths).sort()).toEqual(
        ['registry.example.com', emulator.host].sort()
      )
      expect(after.auths['registry.example.com']).toEqual({ auth: 'cmVnOnB3' })
    } finally {
      ws.remove()
    }
  })

  it('docker login started early writes back no top-level value another process changed or removed while it waited for its password', async () => {
    const ws = workspace()
    const docker = (...args: string[]): void => {
      execFileSync('docker', args, { env: ws.env, stdio: 'ignore' })
    }
    try {
      ws.write({
        auths: { 'ghcr.io': { auth: 'b2xkOm9sZA==' } },
        detachKeys: 'ctrl-p,ctrl-q',
        psFormat: 'table {{.ID}}',
        proxies: { default: { httpProxy: 'http://old.example:3128' } }
      })
      for (const name of ['ctx1', 'ctx2']) {
        docker('context', 'create', name, '--docker', `host=unix:///${name}`)
      }
      docker('context', 'use', 'ctx1')
      const pending = dockerCli(ws.env).startLogin(emulator.host, PAT.username)
      // docker has read the file; meanwhile the user switches contexts,
      // and a tool changes a setting (with an escape), changes a proxy
      // and removes a format
      await new Promise((done) => setTimeout(done, 500))
      docker('context', 'use', 'ctx2')
      const c = ws.read() as Record<string, unknown>
      c.detachKeys = 'ctrl-x,ctrl-y'
      c.proxies = { default: { httpProxy: 'http://new.example:3128' } }
      delete c.psFormat
      writeFileSync(
        join(ws.config, 'config.json'),
        JSON.stringify(c, null, 2).replace('"ctrl-x', '"ctrl-\\u0078')
      )
      expect((await pending.send(PAT.secret)).exitCode).toBe(0)
      const after = ws.read() as { auths: Record<string, unknown> }
      expect(withoutEntry(after, emulator.host)).toEqual({
        auths: { 'ghcr.io': { auth: 'b2xkOm9sZA==' } },
        currentContext: 'ctx2',
        detachKeys: 'ctrl-x,ctrl-y',
        proxies: { default: { httpProxy: 'http://new.example:3128' } }
      })
      expect(Object.keys(after.auths)).toContain(emulator.host)
      // the value put back is written as the file had it
      expect(readFileSync(join(ws.config, 'config.json'), 'utf8')).toContain(
        '"ctrl-\\u0078,ctrl-y"'
      )
    } finally {
      ws.remove()
    }
  })

  it('docker login started early keeps the credential store it detects, and a value changed while it waited for its password', async () => {
    const ws = workspace()
    try {
      // docker detects this helper as its store on a config with no login
      ws.script(
        'docker-credential-secretservice',
        FAKE_HELPER(join(ws.dir, 'store'))
      )
      ws.write({ detachKeys: 'ctrl-p,ctrl-q' })
      const pending = dockerCli(ws.env).startLogin(emulator.host, PAT.username)
      await new Promise((done) => setTimeout(done, 500))
      ws.write({ detachKeys: 'ctrl-x,ctrl-y' })
      expect((await pending.send(PAT.secret)).exitCode).toBe(0)
      expect(ws.read()).toEqual({
        auths: { [emulator.host]: {} },
        credsStore: 'secretservice',
        detachKeys: 'ctrl-x,ctrl-y'
      })
    } finally {
      ws.remove()
    }
  })

  it('starts docker login before startLogin returns, holding no lock while it waits for its password: another run is not held up', async () => {
    const ws = workspace()
    try {
      const children = (): number =>
        process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap')
          .length
      const before = children()
      const pending = dockerCli(ws.env).startLogin(emulator.host, 'octocat')
      // spawned within this turn, ahead of whatever the caller does next
      // (the preflight's first request)
      const spawned = children() - before
      const locked = readdirSync(ws.config)
      // another run's docker command meanwhile: not held up by the lock
      const started = Date.now()
      const other = dockerCli(ws.env, { lockWaitMs: 5_000 })
      expect((await other.logout('ghcr.io')).exitCode).toBe(0)
      const waited = Date.now() - started
      await pending.cancel()
      expect(spawned).toBe(1)
      expect(locked).not.toContain(LOCK_FILE)
      expect(waited).toBeLessThan(5_000)
      expect(readdirSync(ws.config)).not.toContain(LOCK_FILE)
    } finally {
      ws.remove()
    }
  })

  it('waits for the lock of another run, and runs docker once it is released', async () => {
    const ws = workspace()
    try {
      const lock = join(ws.config, LOCK_FILE)
      writeFileSync(lock, 'another run\n')
      const ran = join(ws.dir, 'ran-at')
      meanwhile(
        ws,
        `'${process.execPath}' -e "require('fs').writeFileSync('${ran}', String(Date.now()))"`
      )
      let releasedAt = 0
      setTimeout(() => {
        releasedAt = Date.now()
        rmSync(lock)
      }, 400)
      const logout = await dockerCli(ws.env).logout(emulator.host)
      expect(logout.exitCode).toBe(0)
      expect(releasedAt).toBeGreaterThan(0)
      expect(Number(readFileSync(ran, 'utf8'))).toBeGreaterThanOrEqual(
        releasedAt
      )
      expect(readdirSync(ws.config)).toEqual([])
    } finally {
      ws.remove()
    }
  })

  it('a lock held too long delays docker by the wait at most, and stays; one left long ago is removed', async () => {
    const ws = workspace()
    try {
      ws.write({ auths: { 'ghcr.io': {} } })
      const lock = join(ws.config, LOCK_FILE)
      writeFileSync(lock, 'another run\n')
      const docker = dockerCli(ws.env, { lockWaitMs: 300 })
      let started = Date.now()
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      expect(Date.now() - started).toBeGreaterThanOrEqual(300)
      expect(readFileSync(lock, 'utf8')).toBe('another run\n')

      const hourAgo = new Date(Date.now() - 3_600_000)
      utimesSync(lock, hourAgo, hourAgo)
      started = Date.now()
      const slow = dockerCli(ws.env, { lockWaitMs: 30_000 })
      expect((await slow.logout(emulator.host)).exitCode).toBe(0)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
    } finally {
      ws.remove()
    }
  })

  it("a lock left by a run of this host that is gone (a cancelled job) is removed at once; another host's is waited for", async () => {
    const ws = workspace()
    try {
      ws.write({ auths: { 'ghcr.io': {} } })
      const lock = join(ws.config, LOCK_FILE)
      // a process that held the lock and is gone: its pid, this host
      const gone = spawnSync(process.execPath, ['-e', 'process.pid'])
      writeFileSync(lock, `${gone.pid} 123456789 abc ${hostname()}\n`)
      let started = Date.now()
      expect((await dockerCli(ws.env, { lockWaitMs: 30_000 }).logout(emulator.host)).exitCode).toBe(0)
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
      // the same pid on another host (a container sharing the directory)
      writeFileSync(lock, `${gone.pid} 123456789 abc another-host\n`)
      started = Date.now()
      expect((await dockerCli(ws.env, { lockWaitMs: 300 }).logout(emulator.host)).exitCode).toBe(0)
      expect(Date.now() - started).toBeGreaterThanOrEqual(300)
      expect(readFileSync(lock, 'utf8')).toBe(`${gone.pid} 123456789 abc another-host\n`)
      // a pid that lives, but another process's than the holder's (the lock
      // names when its holder started: a pid reused since)
      writeFileSync(lock, `${process.pid} 1:123456789 abc ${hostname()}\n`)
      started = Date.now()
      expect((await dockerCli(ws.env, { lockWaitMs: 30_000 }).logout(emulator.host)).exitCode).toBe(0)
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
      // a holder alive on this host is waited for past lockWaitMs, as long
      // as it lives (a docker login on a slow registry): then it is gone
      const holder = spawn('sleep', ['1.5'])
      writeFileSync(lock, `${holder.pid} 123456789 abc ${hostname()}\n`)
      started = Date.now()
      expect((await dockerCli(ws.env, { lockWaitMs: 300 }).logout(emulator.host)).exitCode).toBe(0)
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_200)
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it.each([
    ['a link whose target is gone', (lock: string) => symlinkSync(join(tmpdir(), 'dlp-no-such-target'), lock)],
    ['a directory', (lock: string) => mkdirSync(join(lock, 'inside'), { recursive: true })]
  ])('a lock file that is %s, older than a minute, is removed, not waited for on every run', async (_name, make) => {
    const ws = workspace()
    try {
      ws.write({ auths: { 'ghcr.io': {} } })
      const lock = join(ws.config, LOCK_FILE)
      make(lock)
      const old = new Date(Date.now() - 3_600_000)
      lutimesSync(lock, old, old)
      const started = Date.now()
      expect((await dockerCli(ws.env, { lockWaitMs: 30_000 }).logout(emulator.host)).exitCode).toBe(0)
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it("docker logout's other spellings of the server (https://, http://) are the runner's own entries: put back", async () => {
    const ws = workspace()
    try {
      const runners = { auth: Buffer.from('runner:its-own').toString('base64') }
      ws.write({ auths: { [`https://${emulator.host}`]: runners, [`http://${emulator.host}`]: runners, [emulator.host]: ours() } })
      expect((await dockerCli(ws.env).logout(emulator.host)).exitCode).toBe(0)
      expect(ws.read()).toEqual({ auths: { [`https://${emulator.host}`]: runners, [`http://${emulator.host}`]: runners } })
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it("with a credential helper, another spelling's login stays in the helper: only this key is erased (attack-28 repro-04, attack-31 repro-01, repro-02)", async () => {
    const ws = workspace()
    try {
      const store = join(ws.dir, 'fake-store')
      ws.script('docker-credential-fake', FAKE_HELPER(store))
      const earlier = `https://${emulator.host}`
      ws.write({ auths: { [earlier]: {} }, credsStore: 'fake' })
      const docker = dockerCli(ws.env)
      // the earlier job's login, in the helper under its spelling
      const helperRun = (action: string, input: string): string =>
        execFileSync(join(ws.bin, 'docker-credential-fake'), [action], { input, env: ws.env }).toString()
      helperRun('store', JSON.stringify({ ServerURL: earlier, Username: 'runner', Secret: 'its-own' }))
      expect((await docker.login(emulator.host, PAT.username, PAT.secret)).exitCode).toBe(0)
      expect(readdirSync(store)).toHaveLength(2)
      const out = await docker.logout(emulator.host)
      expect(out).toEqual({ exitCode: 0, output: `Removing login credentials for ${emulator.host}` })
      expect(readdirSync(store)).toHaveLength(1)
      expect(JSON.parse(helperRun('get', earlier))).toMatchObject({ Username: 'runner', Secret: 'its-own' })
      expect(() => helperRun('get', emulator.host)).toThrow()
      expect(ws.read()).toEqual({ auths: { [earlier]: {} }, credsStore: 'fake' })
      // the helper shared with another config, which holds the earlier
      // login (this file lists no other spelling): still only this key
      ws.write({ credsStore: 'fake' })
      expect((await docker.login(emulator.host, PAT.username, PAT.secret)).exitCode).toBe(0)
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      expect(JSON.parse(helperRun('get', earlier))).toMatchObject({ Username: 'runner', Secret: 'its-own' })
      expect(ws.read()).toEqual({ auths: {}, credsStore: 'fake' })
      // a helper that fails to erase (docker logout: a warning and exit
      // code 0): the logout fails, and says why (attack-31 repro-01)
      ws.script('docker-credential-fake', 'echo "erase refused: keychain locked" >&2\nexit 1\n')
      ws.write({ auths: { [emulator.host]: {} }, credsStore: 'fake' })
      const failed = await docker.logout(emulator.host)
      expect(failed.exitCode).toBe(1)
      expect(failed.output).toContain('docker-credential-fake erase: erase refused: keychain locked')
      expect(ws.read()).toEqual({ auths: { [emulator.host]: {} }, credsStore: 'fake' })
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it("Docker Hub's logout erases the key its login stored (https://index.docker.io/v1/), not only docker.io", async () => {
    const ws = workspace()
    try {
      ws.write({ auths: { 'https://index.docker.io/v1/': ours(), 'ghcr.io': ours() } })
      expect((await dockerCli(ws.env).logout('docker.io')).exitCode).toBe(0)
      expect(ws.read()).toEqual({ auths: { 'ghcr.io': ours() } })
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('a logout given a time waits for the lock within it, and leaves docker the rest', async () => {
    const ws = workspace()
    try {
      ws.write({ auths: { 'ghcr.io': {} } })
      // a live holder of this host, which holds the lock for 5 s
      const holder = spawn('sleep', ['5'])
      writeFileSync(join(ws.config, LOCK_FILE), `${holder.pid} 123456789 abc ${hostname()}\n`)
      const started = Date.now()
      await dockerCli(ws.env, { lockWaitMs: 30_000 }).logout(emulator.host, 1_500)
      expect(Date.now() - started).toBeLessThan(2_500)
      holder.kill()
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('login and logout leave nothing but config.json in the directory', async () => {
    const ws = workspace()
    try {
      ws.write({ auths: {}, someTool: { kept: 1 } })
      const docker = dockerCli(ws.env)
      expect(
        (await docker.login(emulator.host, PAT.username, PAT.secret)).exitCode
      ).toBe(0)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
      expect((await docker.logout(emulator.host)).exitCode).toBe(0)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
      expect(ws.read()).toEqual({ auths: {}, someTool: { kept: 1 } })
    } finally {
      ws.remove()
    }
  })

  it('docker logout takes a server that looks like an option for a server', async () => {
    const ws = workspace()
    try {
      const before = { auths: { [emulator.host]: ours() } }
      ws.write(before)
      const logout = await dockerCli(ws.env).logout('--help')
      expect(logout).toEqual({
        exitCode: 0,
        output: 'Removing login credentials for --help'
      })
      expect(ws.read()).toEqual(before)
    } finally {
      ws.remove()
    }
  })
})

describe('docker could not be started', () => {
  it('is exit code 127 with the reason when docker is not on the PATH, not a throw', async () => {
    const ws = workspace()
    try {
      const env = { ...ws.env, PATH: ws.bin }
      const login = await dockerCli(env).login('example.com', 'u', 'p')
      expect(login).toEqual({
        exitCode: 127,
        output: expect.stringContaining(
          'Unable to locate executable file: docker.'
        )
      })
      const logout = await dockerCli(env).logout('example.com')
      expect(logout.exitCode).toBe(127)
    } finally {
      ws.remove()
    }
  })

  it('is exit code 127 with the reason when docker cannot be executed', async () => {
    const ws = workspace()
    try {
      writeFileSync(join(ws.bin, 'docker'), '#!/bin/sh\necho never\n')
      chmodSync(join(ws.bin, 'docker'), 0o644)
      const env = { ...ws.env, PATH: ws.bin }
      const login = await dockerCli(env).login('example.com', 'u', 'p')
      expect(login.exitCode).toBe(127)
      expect(login.output).toMatch(/^docker could not be started: .*EACCES/)
    } finally {
      ws.remove()
    }
  })
})

/** A `docker` on PATH that runs `body` (sh) with the step's arguments. */
function shim(ws: ReturnType<typeof workspace>, body: string): void {
  ws.script('docker', body)
}

describe('the docker child process', () => {
  const SECRET = 'pässwörd with spaces\t"quotes" $HOME `x` \\ end'

  it('docker login gets exactly the secret on stdin, and never in its argv or environment', async () => {
    const ws = workspace()
    try {
      const out = (name: string): string => join(ws.dir, name)
      shim(
        ws,
        `cat > '${out('stdin')}'\n` +
          `printf '%s\\n' "$@" > '${out('argv')}'\n` +
          `env > '${out('env')}'\n` +
          'echo "Login Succeeded"\necho "a warning" >&2\n'
      )
      const env = { ...ws.env, INPUT_PASSWORD: SECRET, INPUT_USERNAME: 'u' }
      const login = await dockerCli(env).login('example.com', 'u', SECRET)
      expect(login).toEqual({
        exitCode: 0,
        output: 'Login Succeeded\na warning'
      })
      expect(readFileSync(out('stdin'))).toEqual(Buffer.from(SECRET))
      expect(readFileSync(out('argv'), 'utf8')).toBe(
        'login\n--username\nu\n--password-stdin\nexample.com\n'
      )
      const childEnv = readFileSync(out('env'), 'utf8')
      expect(childEnv).not.toContain('INPUT_')
      expect(childEnv).not.toContain(SECRET)
      expect(childEnv).toContain(`DOCKER_CONFIG=${ws.config}`)
    } finally {
      ws.remove()
    }
  })

  // attack round 12: GitLab's CI_REPOSITORY_URL holds the job token, and a
  // job may hold the password under a name of its own
  it('docker runs without any variable that holds a form of a secret, whatever its name', async () => {
    const ws = workspace()
    try {
      const envFile = join(ws.dir, 'env')
      shim(ws, `env > '${envFile}'\necho "Login Succeeded"\n`)
      const secrets = new Secrets()
      const env = {
        ...ws.env,
        PROJECT_TOKEN: SECRET,
        CI_REPOSITORY_URL: `https://gitlab-ci-token:${encodeURIComponent(SECRET)}@gitlab.example.com/g/p.git`,
        // GitLab's DOCKER_AUTH_CONFIG: base64 of user:password (attack round 13)
        DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { 'example.com': { auth: Buffer.from(`u:${SECRET}`).toString('base64') } } }),
        SHORT: 'ab1',
        UNRELATED: 'kept'
      }
      // the secret is added after docker's CLI is made: asked as it starts
      const docker = dockerCli(env, {}, holdingSecrets(secrets))
      secrets.add(SECRET, 'u')
      await docker.login('example.com', 'u', SECRET)
      const childEnv = readFileSync(envFile, 'utf8')
      for (const name of ['PROJECT_TOKEN', 'CI_REPOSITORY_URL', 'DOCKER_AUTH_CONFIG']) {
        expect(childEnv).not.toContain(`${name}=`)
      }
      expect(childEnv).toContain('UNRELATED=kept')
      expect(childEnv).toContain(`DOCKER_CONFIG=${ws.config}`)
      // a short secret: a variable that is it is kept out, not every value
      // that holds its letters (PATH)
      secrets.add('ab1')
      await docker.login('example.com', 'u', 'ab1')
      const short = readFileSync(envFile, 'utf8')
      expect(short).not.toContain('SHORT=')
      expect(short).toContain('PATH=')
      // a password that is part of a path docker needs keeps that path
      // (attack round 14: DOCKER_CONFIG=/home/docker/…)
      secrets.add('dockerhub-ci')
      await dockerCli({ ...env, HOME: '/home/dockerhub-ci', DOCKER_HOST: 'unix:///run/dockerhub-ci.sock', OTHER: 'x dockerhub-ci' }, {}, holdingSecrets(secrets)).login('example.com', 'u', 'dockerhub-ci')
      const needed = readFileSync(envFile, 'utf8')
      expect(needed).toContain('HOME=/home/dockerhub-ci')
      expect(needed).toContain('DOCKER_HOST=unix:///run/dockerhub-ci.sock')
      expect(needed).not.toContain('OTHER=')
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('passes the exit code through, with stdout and stderr as they came (gathering redacts)', async () => {
    const ws = workspace()
    try {
      shim(ws, 'input=$(cat)\necho "out $input"\necho err >&2\nexit 3\n')
      const login = await dockerCli(ws.env).login('example.com', 'u', SECRET)
      expect(login).toEqual({ exitCode: 3, output: `out ${SECRET}\nerr` })
      shim(ws, 'echo "no stdin: $(cat)"\nexit 0\n')
      const logout = await dockerCli(ws.env).logout('example.com')
      expect(logout).toEqual({ exitCode: 0, output: 'no stdin:' })
    } finally {
      ws.remove()
    }
  })

  it('docker logout gets `--` before the server', async () => {
    const ws = workspace()
    try {
      shim(ws, `printf '%s\\n' "$@" > '${join(ws.dir, 'argv')}'\n`)
      await dockerCli(ws.env).logout('ghcr.io')
      expect(readFileSync(join(ws.dir, 'argv'), 'utf8')).toBe(
        'logout\n--\nghcr.io\n'
      )
    } finally {
      ws.remove()
    }
  })
})

/** Whether a process has ended (gone, or a zombie no one reaped yet). */
function ended(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}

describe('a cancelled step stops docker and puts the config back (stopDocker)', () => {
  it('a docker login that wrote the config and waits on: killed with what it started, the dropped key put back, and said to have stored', async () => {
    const ws = workspace()
    try {
      ws.write({ auths: {}, someTool: { kept: true } })
      const pidFile = join(ws.dir, 'helper.pid')
      // docker writes the config as it read it, without the key it does not
      // know, then waits on a credential helper (a keyring)
      shim(
        ws,
        `cat > /dev/null\nprintf '{"auths":{"ghcr.io":{"auth":"eDp5"}}}' > '${ws.config}/config.json'\n` +
          `sleep 30 &\necho $! > '${pidFile}'\nwait\n`
      )
      const login = dockerCli(ws.env).login('ghcr.io', 'x', 'y')
      for (let i = 0; i < 100 && !existsSync(pidFile); i++) {
        await new Promise((wake) => setTimeout(wake, 20))
      }
      expect(stopDocker()).toEqual([{ server: 'ghcr.io', stored: true }])
      expect(ws.read()).toEqual({ auths: { 'ghcr.io': { auth: 'eDp5' } }, someTool: { kept: true } })
      const helper = Number(readFileSync(pidFile, 'utf8'))
      for (let i = 0; i < 50 && !ended(helper); i++) {
        await new Promise((wake) => setTimeout(wake, 20))
      }
      expect(ended(helper)).toBe(true)
      expect(readdirSync(ws.config)).toEqual(['config.json'])
      await login
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it("a credential helper's erase that hangs in a logout: killed, the entry left, the lock released", async () => {
    const ws = workspace()
    try {
      ws.write({ auths: { 'ghcr.io': {} }, credsStore: 'stuck' })
      const pidFile = join(ws.dir, 'helper.pid')
      ws.script('docker-credential-stuck', `cat > /dev/null\nsleep 30 &\necho $! > '${pidFile}'\nwait\n`)
      const logout = dockerCli(ws.env).logout('ghcr.io')
      for (let i = 0; i < 100 && !existsSync(pidFile); i++) {
        await new Promise((wake) => setTimeout(wake, 20))
      }
      expect(stopDocker()).toEqual([{ server: 'ghcr.io', stored: false }])
      const helper = Number(readFileSync(pidFile, 'utf8'))
      for (let i = 0; i < 50 && !ended(helper); i++) {
        await new Promise((wake) => setTimeout(wake, 20))
      }
      expect(ended(helper)).toBe(true)
      expect((await logout).exitCode).not.toBe(0)
      expect(ws.read()).toEqual({ auths: { 'ghcr.io': {} }, credsStore: 'stuck' })
      expect(readdirSync(ws.config)).toEqual(['config.json'])
    } finally {
      ws.remove()
    }
  }) // prettier-ignore

  it('a docker login stopped before it wrote anything: said not to have stored', async () => {
    const ws = workspace()
    try {
      ws.write({ auths: {} })
      const marker = join(ws.dir, 'waiting')
      shim(ws, `cat > /dev/null\ntouch '${marker}'\nsleep 30\n`)
      const login = dockerCli(ws.env).login('ghcr.io', 'x', 'y')
      for (let i = 0; i < 100 && !existsSync(marker); i++) {
        await new Promise((wake) => setTimeout(wake, 20))
      }
      expect(stopDocker()).toEqual([{ server: 'ghcr.io', stored: false }])
      expect(ws.read()).toEqual({ auths: {} })
      expect(stopDocker()).toEqual([])
      await login
    } finally {
      ws.remove()
    }
  })
})

describe('the time limit of docker logout', () => {
  it('a logout that hangs is stopped at the limit, with the helper it waits on', async () => {
    const ws = workspace()
    try {
      const pidFile = join(ws.dir, 'helper.pid')
      // docker waiting on a credential helper that waits on a keyring
      shim(
        ws,
        `echo "waiting for the keyring" >&2\n` +
          `sleep 30 &\necho $! > '${pidFile}'\nwait\n`
      )
      const docker = dockerCli(ws.env, { logoutTimeoutMs: 500 })
      const started = Date.now()
      const logout = await docker.logout('ghcr.io')
      const elapsed = Date.now() - started
      expect(logout).toEqual({
        exitCode: 137,
        output: 'waiting for the keyring',
        timedOutAfterMs: 500
      })
      expect(elapsed).toBeGreaterThanOrEqual(500)
      expect(elapsed).toBeLessThan(3000)
      const helper = Number(readFileSync(pidFile, 'utf8'))
      for (let i = 0; i < 50 && !ended(helper); i++) {
        await new Promise((wake) => setTimeout(wake, 20))
      }
      expect(ended(helper)).toBe(true)
    } finally {
      ws.remove()
    }
  })

  it('a logout that ends in time is not stopped', async () => {
    const ws = workspace()
    try {
      shim(ws, 'sleep 0.2\necho "Removing login credentials for ghcr.io"\n')
      const logout = await dockerCli(ws.env, { logoutTimeoutMs: 5000 }).logout(
        'ghcr.io'
      )
      expect(logout).toEqual({
        exitCode: 0,
        output: 'Removing login credentials for ghcr.io'
      })
    } finally {
      ws.remove()
    }
  })
})

describeE2e('docker login started before its password', () => {
  /** A docker that notes its pid, then is the real one. */
  function pidShim(ws: ReturnType<typeof workspace>): string {
    const pidFile = join(ws.dir, 'docker.pid')
    shim(ws, `echo $$ > '${pidFile}'\nexec '${findDocker()}' "$@"\n`)
    return pidFile
  }
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  // the shell creates the file before it writes the pid: an empty read is
  // no pid (Number('') is 0, and kill(0) signals the whole process group)
  const pidIn = (pidFile: string): number =>
    existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0
  const waitFor = async (ready: () => boolean): Promise<void> => {
    for (let i = 0; i < 100 && !ready(); i++) {
      await new Promise((done) => setTimeout(done, 20))
    }
  }

  it('waits for the password, then logs in with it', async () => {
    const ws = workspace()
    try {
      const pidFile = pidShim(ws)
      const pending = dockerCli(ws.env).startLogin(emulator.host, PAT.username)
      await waitFor(() => pidIn(pidFile) > 0)
      const pid = pidIn(pidFile)
      expect(pid).toBeGreaterThan(0)
      // started, and waiting on its standard input: nothing written yet
      await new Promise((done) => setTimeout(done, 200))
      expect(alive(pid)).toBe(true)
      expect(ws.read()).toBeUndefined()
      const login = await pending.send(PAT.secret)
      expect(login.exitCode).toBe(0)
      expect(Object.keys(ws.read()?.auths as object)).toEqual([emulator.host])
    } finally {
      ws.remove()
    }
  })

  it('cancelled, it is stopped for certain, never given a password, and writes nothing', async () => {
    const ws = workspace()
    try {
      const pidFile = pidShim(ws)
      emulator.reset()
      const pending = dockerCli(ws.env).startLogin(emulator.host, PAT.username)
      await waitFor(() => pidIn(pidFile) > 0)
      const pid = pidIn(pidFile)
      expect(pid).toBeGreaterThan(0)
      await pending.cancel()
      expect(alive(pid)).toBe(false)
      expect(ws.read()).toBeUndefined()
      expect(emulator.requests).toEqual([])
      expect(readdirSync(ws.config)).toEqual([])
    } finally {
      ws.remove()
    }
  })
})

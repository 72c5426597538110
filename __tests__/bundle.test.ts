/**
 * The end-to-end layer runs a bundle of the current src/, built once per run
 * by globalSetup (__fixtures__/global-setup.js), never the committed dist/.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ACCOUNTS } from '../emulator/accounts.js'
import {
  API_KEYS,
  ECR_API_HOST,
  ECR_HOST_NAME,
  startEcrApi
} from '../emulator/registries/ecr.js'
import { startEmulator } from '../emulator/server.js'
import { FALLBACK_RULES } from '../src/profiles/rules/fallback.js'
import { DOCKER_HUB, rulesFor } from '../src/profiles/index.js'
import { withoutRuleSources } from '../scripts/bundle.js'
import {
  bundlePath,
  ensureBundle,
  findDocker,
  runAction,
  Workspace
} from '../scripts/runner.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Whether path is dir or inside it. */
function within(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))
}

describe('the bundle the tests run', () => {
  const bundle = process.env.DLP_BUNDLE ?? ''

  it('is named in DLP_BUNDLE, a temporary directory outside dist/', () => {
    expect(bundle).not.toBe('')
    expect(within(resolve(bundle), join(ROOT, 'dist'))).toBe(false)
    expect(within(resolve(bundle), tmpdir())).toBe(true)
  })

  it('holds main, post and cli, and the runner runs those', async () => {
    for (const entry of ['main', 'post', 'cli'] as const) {
      const path = join(bundle, entry, 'index.js')
      expect(existsSync(path)).toBe(true)
      expect(bundlePath(entry)).toBe(path)
    }
    expect(existsSync(join(bundle, 'package.json'))).toBe(true)
    await expect(ensureBundle()).resolves.toBe(bundle)
  })
})

describe('the bundles stay lean', () => {
  const bundle = process.env.DLP_BUNDLE ?? ''
  const size = (entry: string): number =>
    statSync(join(bundle, entry, 'index.js')).size

  it('the post step carries nothing of the main step: at most 40 % of its size', () => {
    expect(size('post') / size('main')).toBeLessThanOrEqual(0.4)
    const post = readFileSync(join(bundle, 'post', 'index.js'), 'utf8')
    // texts only the main step and its judge use
    expect(post).not.toContain('Docker login succeeded')
    expect(post).not.toContain('must log in with a personal access token')
  })

  /**
   * The files an entry loads from `from`: it and what it imports statically,
   * transitively; the lazy chunks of an `import()` too when `lazy` is set.
   */
  const reachable = (entry: string, from: string, lazy = false): string[] => {
    const loaded = new Set<string>()
    const pending = [from]
    const imports = lazy
      ? /\b(?:from|import)\s*\(?\s*["']\.\/([^"']+)["']/g
      : /\b(?:from|import)\s*["']\.\/([^"']+)["']/g
    for (let file = pending.pop(); file; file = pending.pop()) {
      if (loaded.has(file)) continue
      loaded.add(file)
      const text = readFileSync(join(bundle, entry, file), 'utf8')
      for (const m of text.matchAll(imports)) pending.push(m[1])
    }
    return [...loaded].sort()
  }
  /** The files an entry loads at start, never the lazy chunks of an `import()`. */
  const loadedAtStart = (entry: string): string[] =>
    reachable(entry, 'index.js')
  const chunks = (entry: string): string[] =>
    readdirSync(join(bundle, entry)).filter((f) => f.endsWith('.js'))
  /** undici's error codes: present wherever its code is */
  const UNDICI = /UND_ERR_/

  it.each(['main', 'post', 'cli'])(
    'the %s bundle loads no HTTP client library (undici, tunnel) without a proxy',
    (entry) => {
      const atStart = loadedAtStart(entry)
      expect(atStart).toContain('index.js')
      for (const file of atStart) {
        const text = readFileSync(join(bundle, entry, file), 'utf8')
        expect([file, UNDICI.test(text)]).toEqual([file, false])
        expect([file, /TunnelingAgent/.test(text)]).toEqual([file, false])
      }
      // tunnel (@actions/http-client's) in no chunk at all
      const licenses = readFileSync(join(bundle, entry, 'licenses.txt'), 'utf8')
      expect(licenses).not.toMatch(/^tunnel\b/m)
      for (const file of chunks(entry)) {
        const text = readFileSync(join(bundle, entry, file), 'utf8')
        expect([file, /TunnelingAgent/.test(text)]).toEqual([file, false])
      }
    }
  )

  it.each(['main', 'post', 'cli'])(
    "the %s bundle holds none of @actions/core's summary builder: the job summary is appended by src/log.ts",
    (entry) => {
      for (const file of chunks(entry)) {
        const text = readFileSync(join(bundle, entry, file), 'utf8')
        // summary.js's own words (its error for a file it cannot write, a method)
        expect([file, /Unable to access summary file|isEmptyBuffer/.test(text)]).toEqual([file, false])
      }
    }
  ) // prettier-ignore

  // Each file loaded at start costs Node's ESM loader about 0.4 ms, more
  // than 4 KB of code costs to compile: a lazy chunk sharing code with the
  // start-up splits it into more files loaded at start (README, Performance)
  // 122 KiB since docs/registries.md §13rr: the registry's clock, Docker
  // Hub's other spellings under OIDC, DOCKER_LOGIN_SCOPE_DISABLED, docker's
  // default credential helper and the protocol variants of §13rr (aa) took
  // 2.6 KB (npm run bench: the success path not slower); 123 KiB since
  // §13ss: the logout through a credential helper and gcloud's helper's
  // warning took 1 KB; 124 KiB since §13tt (f), (g): ECR's Basic check
  // without a ping, no retry of a name that does not exist, and the push
  // checks refused together took 0.7 KB, one round trip less on ECR; 120
  // KiB again since §13xx: the refinements moved into the rules' chunk
  // (5 KB; README, Performance)
  it('the main step reads at most 120 KiB of code at start, in at most 3 files: the rule tables and refinements, the texts, the OIDC requests and registry-auth are chunks', () => {
    const atStart = loadedAtStart('main')
    const bytes = atStart
      .map((f) => statSync(join(bundle, 'main', f)).size)
      .reduce((a, b) => a + b, 0)
    expect(bytes).toBeLessThanOrEqual(120 * 1024)
    expect(atStart.length).toBeLessThanOrEqual(3)
    const lazy = chunks('main').filter((f) =>
      /^(?:rules|common|docker-hub|oidc-exchange|multi-login)-\w+\.js$/.test(f)
    )
    expect(lazy.length).toBe(5)
    for (const file of lazy) {
      expect([file, atStart.includes(file)]).toEqual([file, false])
    }
    // the tables' wordings are in the rules' chunk alone
    const rules = readFileSync(
      join(bundle, 'main', lazy.find((f) => f.startsWith('rules-')) ?? ''),
      'utf8'
    )
    expect(rules).toContain('"HUB010"')
    // and the refinements of a refusal (src/profiles/rules/refinements.ts)
    expect(rules).toContain('SSO enforcement is the likely cause')
    for (const file of atStart) {
      const text = readFileSync(join(bundle, 'main', file), 'utf8')
      expect([
        file,
        text.includes('unauthorized: incorrect username or password'),
        // Docker Hub OIDC's exchange (src/oidc-exchange.ts)
        text.includes('urn:ietf:params:oauth:grant-type:token-exchange'),
        // registry-auth's reader (src/registry-auth.ts)
        text.includes('has an escape YAML does not know'),
        // the refinements (src/profiles/rules/refinements.ts)
        text.includes('SSO enforcement is the likely cause')
      ]).toEqual([file, false, false, false, false])
    }
  })

  it("the action's bundles leave out the rules' sources, which only explain shows; the cli keeps them", () => {
    const all = (entry: string): string =>
      chunks(entry)
        .map((f) => readFileSync(join(bundle, entry, f), 'utf8'))
        .join('\n')
    // nearly every source cites the facts' sections; nothing else does
    // (esbuild writes § as \xA7)
    const cited = /docs\/(?:registries|docker-hub)\.md (?:§|\\xA7)/g
    const sources = [...rulesFor(DOCKER_HUB), ...FALLBACK_RULES].map(
      (rule) => rule.source
    )
    const citing = sources.filter((source) => /docs\/\S+\.md §/.test(source))
    expect(citing.length).toBeGreaterThan(50)
    const cli = all('cli')
    const main = all('main')
    expect(cli.match(cited)?.length).toBeGreaterThan(50)
    expect(main.match(cited)).toBeNull()
    // the rules themselves are all there
    for (const rule of rulesFor(DOCKER_HUB)) {
      expect([rule.id, main.includes(`"${rule.id}"`)]).toEqual([rule.id, true])
    }
  })

  it('withoutRuleSources cuts the source strings of objects with an id, and nothing else', () => {
    const text = [
      "const S = 'docs §1'",
      'export const R = [',
      "  { id: 'A1', match: ['x'], source: 'seen in a' },",
      "  { id: 'A2', match: ['y'], source: `${S} (b): seen`, case: 'c' },",
      "  { id: 'A3', source: 'one ' + 'two' },",
      "  { id: 'A4', source: S },",
      "  { name: 'B', source: 'kept: no id' }",
      ']'
    ].join('\n')
    const out = withoutRuleSources(text)
    expect(out).toContain("{ id: 'A1', match: ['x'], source: '' }")
    expect(out).toContain("{ id: 'A2', match: ['y'], source: '', case: 'c' }")
    expect(out).toContain("{ id: 'A3', source: '' }")
    expect(out).toContain("{ id: 'A4', source: S }")
    expect(out).toContain("{ name: 'B', source: 'kept: no id' }")
  })

  it.each(['main', 'cli'])(
    'the %s bundle keeps undici in the one lazy chunk a proxy loads',
    (entry) => {
      const lazy = chunks(entry).filter(
        (file) => !loadedAtStart(entry).includes(file)
      )
      const proxy = lazy.filter((file) => /^proxy-[A-Z0-9]+\.js$/.test(file))
      expect(proxy).toHaveLength(1)
      const index = readFileSync(join(bundle, entry, 'index.js'), 'utf8')
      expect(index).toContain(`import("./${proxy[0]}")`)
      const text = readFileSync(join(bundle, entry, proxy[0]), 'utf8')
      expect(UNDICI.test(text)).toBe(true)
      // the other lazy chunks (the AWS SDK's) hold none of it
      const others = lazy.filter((f) => f !== proxy[0])
      for (const file of others) {
        const other = readFileSync(join(bundle, entry, file), 'utf8')
        expect([file, UNDICI.test(other)]).toEqual([file, false])
      }
      // what the bundle ships, it names with its license
      const licenses = readFileSync(join(bundle, entry, 'licenses.txt'), 'utf8')
      expect(licenses).toMatch(/^undici 7\./m)
    }
  )

  it('the main bundle asks the GitHub ID token with the preflight HTTP client: no @actions/http-client, no chunk of its own', () => {
    // the request is the OIDC chunk's, which only an OIDC login loads, and
    // so is its judge (src/judge-oidc.ts): neither is read at start
    const exchange = chunks('main').filter((f) => /^oidc-exchange-\w+\.js$/.test(f))
    expect(exchange.length).toBe(1)
    expect(readFileSync(join(bundle, 'main', exchange[0]), 'utf8')).toContain('ACTIONS_ID_TOKEN_REQUEST_URL')
    const judges = chunks('main').filter((f) => /^judge-oidc-\w+\.js$/.test(f))
    expect(judges.length).toBe(1)
    expect(loadedAtStart('main')).not.toContain(judges[0])
    const atStart = loadedAtStart('main').map((f) => readFileSync(join(bundle, 'main', f), 'utf8')).join('\n')
    expect(atStart).not.toContain('the runner sets ACTIONS_ID_TOKEN_REQUEST_URL')
    for (const entry of ['main', 'cli']) {
      expect(chunks(entry).filter((f) => f.startsWith('oidc-token-'))).toEqual([])
      const licenses = readFileSync(join(bundle, entry, 'licenses.txt'), 'utf8')
      expect(licenses).not.toMatch(/^@actions\/http-client\b/m)
    }
  }) // prettier-ignore

  /** Code only the AWS SDK's ECR clients have. */
  const AWS_SDK =
    /AmazonEC2ContainerRegistry_V20150921|SpencerFrontendService|x-amz-user-agent/

  it.each(['main', 'cli'])(
    'the %s bundle loads no AWS SDK at start: it is in lazy chunks that the ECR exchange imports',
    (entry) => {
      const atStart = loadedAtStart(entry)
      for (const file of atStart) {
        const text = readFileSync(join(bundle, entry, file), 'utf8')
        expect([file, AWS_SDK.test(text)]).toEqual([file, false])
      }
      // the exchange's own chunk, reached by import() only
      const index = readFileSync(join(bundle, entry, 'index.js'), 'utf8')
      const exchange = /import\("\.\/(aws-sdk-[A-Z0-9]+\.js)"\)/.exec(index)?.[1]
      expect(exchange).toBeDefined()
      expect(atStart).not.toContain(exchange)
      const lazy = chunks(entry).filter((file) => !atStart.includes(file))
      const sdk = lazy.filter((file) =>
        AWS_SDK.test(readFileSync(join(bundle, entry, file), 'utf8'))
      )
      expect(sdk.length).toBeGreaterThan(0)
      const licenses = readFileSync(join(bundle, entry, 'licenses.txt'), 'utf8')
      expect(licenses).toMatch(/^@aws-sdk\/client-ecr 3\./m)
      expect(licenses).toMatch(/^@aws-sdk\/client-ecr-public 3\./m)
    }
  ) // prettier-ignore

  /**
   * The main step of a copy of the bundle without its one chunk `name`
   * matches: a login with those inputs against an emulator as Docker Hub.
   */
  async function mainWithout(name: RegExp, logins: Array<Record<string, string>>) {
    const copy = mkdtempSync(join(tmpdir(), 'dlp-without-chunk-'))
    cpSync(bundle, copy, { recursive: true })
    const found = chunks('main').filter((f) => name.test(f))
    expect(found).toHaveLength(1)
    rmSync(join(copy, 'main', found[0]))
    const emulator = await startEmulator()
    const runs = []
    try {
      for (const inputs of logins) {
        const ws = new Workspace()
        try {
          const run = await runAction('main', ws, inputs, { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url }, { script: join(copy, 'main', 'index.js') })
          runs.push({ code: run.exitCode, errors: run.errors, diagnosis: ws.outputs().diagnosis, stderr: run.stderr })
        } finally {
          ws.remove()
        }
      }
    } finally {
      await emulator.close()
      rmSync(copy, { recursive: true, force: true })
    }
    return runs
  } // prettier-ignore

  const loginOf = (account: { username: string; secret: string }) => ({
    username: account.username,
    password: account.secret
  })

  it("without the rules' chunk on disk, a Docker Hub login that succeeds runs; a refused one needs it", async () => {
    if (!findDocker()) return
    const [ok, refused] = await mainWithout(/^rules-[A-Z0-9]+\.js$/, [loginOf(ACCOUNTS.patReadWrite), loginOf(ACCOUNTS.wrongPassword)])
    // a login that succeeds reads no text: it never loads the rules
    expect({ code: ok.code, errors: ok.errors, diagnosis: ok.diagnosis }).toEqual({ code: 0, errors: [], diagnosis: 'ok' })
    // the control: a refusal's words must be read, and the chunk is gone
    expect(refused.code).toBe(1)
    expect(refused.errors.join('\n')).toMatch(/failed unexpectedly: .*rules-[A-Z0-9]+\.js/)
  }) // prettier-ignore

  it("without the common texts' chunk on disk, a preflight: false login, which loads them while docker login runs, fails on one line, not a stack trace", async () => {
    if (!findDocker()) return
    const [run] = await mainWithout(/^common-[A-Z0-9]+\.js$/, [{ ...loginOf(ACCOUNTS.patReadWrite), preflight: 'false' }])
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^::error::docker-login-preflight failed unexpectedly: .*common-[A-Z0-9]+\.js/)])
    expect(run.stderr).not.toMatch(/\n\s+at /)
  }) // prettier-ignore

  it('without the AWS SDK on disk, a Docker Hub login runs (main, cli); an ECR exchange needs it', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dlp-no-aws-chunks-'))
    cpSync(bundle, copy, { recursive: true })
    for (const entry of ['main', 'cli']) {
      // the AWS SDK's chunks: what the exchange's chunk reaches, and nothing
      // the entry or another lazy chunk (a registry's texts, the proxy) needs
      const keep = new Set(loadedAtStart(entry))
      const sdkEntry = chunks(entry).filter((f) => /^aws-sdk-[A-Z0-9]+\.js$/.test(f))
      expect(sdkEntry).toHaveLength(1)
      const sdk = reachable(entry, sdkEntry[0], true)
      for (const file of chunks(entry)) {
        if (!sdk.includes(file)) for (const kept of reachable(entry, file)) keep.add(kept)
      }
      for (const file of sdk) if (!keep.has(file)) rmSync(join(copy, entry, file))
      expect(existsSync(join(copy, entry, sdkEntry[0]))).toBe(false)
    }
    const emulator = await startEmulator()
    const api = await startEcrApi()
    const check = async (args: string[], secret: string, env: Record<string, string>) => {
      const run = spawn(process.execPath, [join(copy, 'cli', 'index.js'), 'check', ...args, '--password-stdin', '--json'], {
        env: { PATH: process.env.PATH, HOME: copy, ...env },
        stdio: ['pipe', 'pipe', 'pipe']
      })
      let output = ''
      run.stdout.on('data', (d: Buffer) => (output += d))
      run.stderr.on('data', (d: Buffer) => (output += d))
      run.stdin.end(secret)
      const code = await new Promise((done) => run.on('close', done))
      return { code, output }
    }
    try {
      const account = ACCOUNTS.patReadWrite
      const hub = await check(['--username', account.username], account.secret, {
        DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url
      })
      expect({ code: hub.code, diagnosis: JSON.parse(hub.output).diagnosis }).toEqual({ code: 0, diagnosis: 'ok' })
      // the action's main step too, with docker login, where docker is
      if (findDocker()) {
        const ws = new Workspace()
        try {
          const main = await runAction('main', ws, { username: account.username, password: account.secret }, { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url }, { script: join(copy, 'main', 'index.js') })
          expect({ code: main.exitCode, errors: main.errors, diagnosis: ws.outputs().diagnosis }).toEqual({ code: 0, errors: [], diagnosis: 'ok' })
        } finally {
          ws.remove()
        }
      }
      // the control: ECR keys need the chunks just removed
      const keys = API_KEYS.pusher
      const ecr = await check(['--registry', ECR_HOST_NAME, '--username', keys.accessKeyId], keys.secretAccessKey, {
        DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${ECR_HOST_NAME}=http://127.0.0.1:9,${ECR_API_HOST}=${api.url}`
      })
      expect(ecr.code).toBe(1)
      expect(ecr.output).toMatch(/the AWS SDK failed before a token came: .*aws-sdk-[A-Z0-9]+\.js/)
      expect(api.requests).toEqual([])
    } finally {
      await emulator.close()
      await api.close()
      rmSync(copy, { recursive: true, force: true })
    }
  }) // prettier-ignore

  it('the cli bundle checks a credential without its lazy chunk on disk: nothing loads it without a proxy', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dlp-no-proxy-chunk-'))
    cpSync(bundle, copy, { recursive: true })
    for (const file of chunks('cli')) {
      if (file.startsWith('proxy-')) rmSync(join(copy, 'cli', file))
    }
    const emulator = await startEmulator()
    try {
      const account = ACCOUNTS.patReadWrite
      const run = spawn(
        process.execPath,
        [join(copy, 'cli', 'index.js'), 'check', '--username', account.username, '--password-stdin'],
        {
          env: {
            PATH: process.env.PATH,
            HOME: copy,
            DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url,
            // a proxy for http:// URLs, which loopback never goes through
            HTTP_PROXY: 'http://127.0.0.1:1'
          },
          stdio: ['pipe', 'pipe', 'pipe']
        }
      )
      let output = ''
      run.stdout.on('data', (d: Buffer) => (output += d))
      run.stderr.on('data', (d: Buffer) => (output += d))
      run.stdin.end(account.secret)
      const code = await new Promise((done) => run.on('close', done))
      expect({ code, ok: output.startsWith('Diagnosis: ok') }).toEqual({
        code: 0,
        ok: true
      })
      expect(emulator.requests.map((r) => r.step)).toContain('token')
    } finally {
      await emulator.close()
      rmSync(copy, { recursive: true, force: true })
    }
  }) // prettier-ignore

  it("the main step spawns docker login once the preflight's request is on its way, never loading Node's own undici; the post step spawns docker logout before loading crypto, http, https or tls (src/builtins.ts)", async () => {
    if (!findDocker()) return
    const probe = join(ROOT, '__fixtures__', 'spawn-probe.mjs')
    const emulator = await startEmulator()
    const ws = new Workspace()
    try {
      const account = ACCOUNTS.patReadWrite
      const env = { DOCKER_LOGIN_PREFLIGHT_HUB: emulator.url, NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` }
      const firstSpawn = (stderr: string): unknown => JSON.parse(/^first spawn: (.*)$/m.exec(stderr)?.[1] ?? 'null')
      const main = await runAction('main', ws, { username: account.username, password: account.secret }, env)
      expect([main.exitCode, ws.outputs().diagnosis]).toEqual([0, 'ok'])
      expect(firstSpawn(main.stderr)).toMatchObject({ command: 'docker login', connected: true })
      // an ESM import of node:http loads it on Node 24 (its WebSocket getter)
      expect(main.stderr).toContain('undici loaded: false')
      const post = await runAction('post', ws, {}, env)
      expect(post.exitCode).toBe(0)
      expect(firstSpawn(post.stderr)).toEqual({ command: 'docker logout', connected: false, loaded: [] })
    } finally {
      ws.remove()
      await emulator.close()
    }
  }) // prettier-ignore

  it('the post step sends no request and has no lazy chunk', () => {
    expect(chunks('post')).toEqual(['index.js'])
  })
})

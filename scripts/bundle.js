// Bundles every src/entrypoints/<name>.ts into <outdir>/<name>/index.js with
// esbuild (ESM, minified, a lazy chunk per dynamic import), writes
// <outdir>/<name>/licenses.txt for the third-party packages in that bundle,
// and <outdir>/package.json so that Node reads the bundles as modules.
// Plain ESM JavaScript: scripts/package.js, Jest's globalSetup and the tsx
// scripts (through scripts/runner.ts) all import it.
import { build } from 'esbuild'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/** The repository root: every path esbuild records is relative to it. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The entry points: src/entrypoints/<name>.ts, sorted by name. */
export function entryNames() {
  return readdirSync(join(ROOT, 'src', 'entrypoints'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3))
    .sort()
}

// An ESM bundle has no `require`, which the CommonJS packages in it (tunnel,
// undici) call for Node's builtins: give every output file one. esbuild
// minifies to short names and never to `__cr` or `require` (it reserves the
// free `require` its own __require shim reads).
const BANNER =
  "import{createRequire as __cr}from'node:module';" +
  'const require=__cr(import.meta.url);'

/**
 * Packages whose modules are free of side effects even though their
 * package.json does not say so. Once nothing uses them (the OIDC client of
 * @actions/core, that is getIDToken, is the only user in most bundles),
 * esbuild drops them and the ~420 KB of undici with them.
 */
const SIDE_EFFECT_FREE = ['@actions/http-client', 'undici', 'tunnel']

/** Marks imports of SIDE_EFFECT_FREE packages (and their subpaths) so. */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(pluginBuild) {
    const names = SIDE_EFFECT_FREE.map((n) => n.replace(/[/]/g, '\\/'))
    const filter = new RegExp(`^(${names.join('|')})(\\/.*)?$`)
    pluginBuild.onResolve({ filter }, async (args) => {
      // build.resolve runs the onResolve callbacks again, this one included:
      // the guard lets the nested call fall through to esbuild's resolver.
      if (args.pluginData?.sideEffectFree) return undefined
      const resolved = await pluginBuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        namespace: args.namespace,
        resolveDir: args.resolveDir,
        with: args.with,
        pluginData: { sideEffectFree: true }
      })
      if (resolved.errors.length > 0) {
        return { errors: resolved.errors, warnings: resolved.warnings }
      }
      return {
        path: resolved.path,
        namespace: resolved.namespace,
        external: resolved.external,
        suffix: resolved.suffix,
        warnings: resolved.warnings,
        sideEffects: false
      }
    })
  }
}

/**
 * `@actions/core` without its OIDC module: core.js, which the entries load
 * at start, imports oidc-utils.js for its getIDToken, which nothing here
 * calls (src/oidc.ts asks the GitHub ID token through the preflight's own
 * HTTP client), and which would pull @actions/http-client and undici into
 * the bundle. core.js's import of it gets a stand-in that throws.
 */
const OIDC_CORE = 'dlp-actions-core-oidc'
const oidcCore = {
  name: 'actions-core-oidc',
  setup(pluginBuild) {
    // node_modules may be a symlink: importers are real paths
    const lib = realpathSync(
      join(ROOT, 'node_modules', '@actions', 'core', 'lib')
    )
    pluginBuild.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (args.importer !== join(lib, 'core.js')) return undefined
      return { path: 'unused', namespace: OIDC_CORE }
    })
    pluginBuild.onLoad({ filter: /^unused$/, namespace: OIDC_CORE }, () => ({
      contents:
        'export class OidcClient { static getIDToken() {' +
        " throw new Error('getIDToken: not bundled, see src/oidc.ts') } }\n",
      loader: 'js'
    }))
  }
}

/** A file of @actions/core's lib/, as its importers' real paths name it. */
function coreLib(file) {
  return join(
    realpathSync(join(ROOT, 'node_modules', '@actions', 'core', 'lib')),
    file
  )
}

/**
 * @actions/core's summary builder (summary.js, 3 KB) is free of side
 * effects, though its module builds one at load: core.js re-exports it,
 * and nothing here uses it (src/log.ts appendSummary writes the job
 * summary). So marked, esbuild leaves it out of the bundles.
 */
const coreSummary = {
  name: 'actions-core-summary',
  setup(pluginBuild) {
    const core = coreLib('core.js')
    pluginBuild.onResolve({ filter: /^\.\/summary\.js$/ }, async (args) => {
      if (args.importer !== core || args.pluginData?.summary) return undefined
      const resolved = await pluginBuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { summary: true }
      })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      return { path: resolved.path, sideEffects: false }
    })
  }
}

/**
 * `crypto` as @actions/core's file-command.js imports it: its one use,
 * `crypto.randomUUID()` for an output's delimiter, from src/builtins.ts,
 * which requires node:crypto on first use. An import would load it before
 * the bundle's first line runs, milliseconds on every run, in the post step
 * too, which never needs it (README, Performance).
 */
const CORE_CRYPTO = 'dlp-actions-core-crypto'
const coreCrypto = {
  name: 'actions-core-crypto',
  setup(pluginBuild) {
    const fileCommand = coreLib('file-command.js')
    pluginBuild.onResolve({ filter: /^(node:)?crypto$/ }, (args) => {
      if (args.importer !== fileCommand) return undefined
      return { path: 'randomUUID', namespace: CORE_CRYPTO }
    })
    pluginBuild.onLoad(
      { filter: /^randomUUID$/, namespace: CORE_CRYPTO },
      () => ({
        contents:
          "import { nodeCrypto } from './builtins.ts'\n" +
          'export const randomUUID = () => nodeCrypto().randomUUID()\n',
        resolveDir: join(ROOT, 'src'),
        loader: 'js'
      })
    )
  }
}

/**
 * The package's version, from package.json at bundle time: the bundles carry
 * it (src/version.ts) and need no package.json when they run.
 */
export function packageVersion() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  if (typeof pkg.version !== 'string' || pkg.version === '') {
    throw new Error('package.json has no version')
  }
  return pkg.version
}

/**
 * Where each rule and refinement of a profile was seen (`source`) is shown
 * by `explain` alone (src/judge.ts judgeText); the action never prints it.
 * The action's bundles leave the strings out — a third of the profiles'
 * text, which every run would otherwise read and compile at start — and
 * the command line keeps them. Done on the syntax tree: a `source` string
 * (literal, template or concatenation) of an object that has an `id`.
 */
export function withoutRuleSources(text, path = 'profile.ts') {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const isText = (node) =>
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node) ||
    (ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      isText(node.left) &&
      isText(node.right))
  const nameOf = (property) =>
    property.name && ts.isIdentifier(property.name)
      ? property.name.text
      : undefined
  const cuts = []
  const visit = (node) => {
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.some((property) => nameOf(property) === 'id')
    ) {
      for (const property of node.properties) {
        if (
          ts.isPropertyAssignment(property) &&
          nameOf(property) === 'source' &&
          isText(property.initializer)
        ) {
          cuts.push([property.initializer.getStart(file), property.end])
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  let out = text
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, start)}''${out.slice(end)}`
  }
  return out
}

const ruleSources = {
  name: 'without-rule-sources',
  setup(pluginBuild) {
    pluginBuild.onLoad(
      { filter: /[\\/]src[\\/]profiles[\\/](?:rules[\\/])?[\w-]+\.ts$/ },
      (args) => ({
        contents: withoutRuleSources(
          readFileSync(args.path, 'utf8'),
          args.path
        ),
        loader: 'ts'
      })
    )
  }
}

/** The options of one entry's build. */
function options(name, outdir, version) {
  return {
    absWorkingDir: ROOT,
    entryPoints: { index: `src/entrypoints/${name}.ts` },
    outdir: join(outdir, name),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    legalComments: 'none',
    banner: { js: BANNER },
    define: { __DLP_VERSION__: JSON.stringify(version) },
    metafile: true,
    logLevel: 'warning',
    // the command line shows the rules' sources (explain); the action not
    plugins: [
      sideEffectFree,
      oidcCore,
      coreSummary,
      coreCrypto,
      ...(name === 'cli' ? [] : [ruleSources])
    ]
  }
}

/** The package directory a node_modules path belongs to, or undefined. */
function packageDir(input) {
  const parts = input.split('/')
  const at = parts.lastIndexOf('node_modules')
  if (at < 0 || at + 1 >= parts.length) return undefined
  const length = parts[at + 1].startsWith('@') ? 2 : 1
  return parts.slice(0, at + 1 + length).join('/')
}

function licenseField(pkg) {
  if (typeof pkg.license === 'string') return pkg.license
  if (pkg.license?.type) return pkg.license.type
  if (Array.isArray(pkg.licenses)) {
    return pkg.licenses.map((l) => l.type ?? l).join(' OR ')
  }
  return 'UNKNOWN'
}

function licenseText(dir) {
  const file = readdirSync(dir)
    .filter((name) => /^(licen[cs]e|copying)([.-].*)?$/i.test(name))
    .sort()[0]
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined
}

/**
 * The outputs of one entry's build that its index.js loads, statically or
 * through import(), by metafile path. esbuild writes a chunk for every
 * import() it finds, even one in code that tree shaking removed (post reuses
 * a constant of main.ts and so gets main's lazy @actions/github chunk, which
 * nothing loads): those chunks are not part of the bundle.
 */
export function reachableOutputs(metafile, entryOutput) {
  const reached = new Set()
  const pending = [entryOutput]
  while (pending.length > 0) {
    const path = pending.pop()
    if (reached.has(path)) continue
    reached.add(path)
    for (const imported of metafile.outputs[path].imports) {
      if (!imported.external && imported.path in metafile.outputs) {
        pending.push(imported.path)
      }
    }
  }
  return reached
}

/**
 * The third-party packages that put bytes into the given outputs of one
 * build, sorted by name and version: { name, version, license, text, dir }.
 */
export function packagesOf(metafile, outputs) {
  const dirs = new Set()
  for (const path of outputs) {
    const output = metafile.outputs[path]
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const dir = bytesInOutput > 0 ? packageDir(input) : undefined
      if (dir) dirs.add(dir)
    }
  }
  const packages = [...dirs].map((dir) => {
    const abs = join(ROOT, dir)
    const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'))
    return {
      name: pkg.name,
      version: pkg.version,
      license: licenseField(pkg),
      text: licenseText(abs),
      dir
    }
  })
  const key = (p) => `${p.name}\0${p.version}\0${p.dir}`
  return packages.sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
  )
}

function licensesTxt(packages) {
  if (packages.length === 0) return 'No third-party packages.\n'
  return packages
    .map(
      (p) =>
        `${p.name} ${p.version}\nLicense: ${p.license}\n\n` +
        `${p.text ?? '(no license file in the package)'}\n`
    )
    .join(`\n${'-'.repeat(72)}\n\n`)
}

/**
 * Bundles every entry into `outdir` (emptied first; relative to the working
 * directory, default the repository's dist/) and returns, per entry, its
 * files (path relative to outdir → bytes) and its third-party packages.
 */
export async function bundle(outdir = join(ROOT, 'dist')) {
  const out = resolve(outdir)
  if (out === ROOT || !relative(out, ROOT).startsWith('..')) {
    throw new Error(`refusing to empty ${out}: it holds the repository`)
  }
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const names = entryNames()
  const version = packageVersion()
  const results = await Promise.all(
    names.map((name) => build(options(name, out, version)))
  )
  const report = {}
  for (const [index, name] of names.entries()) {
    const { metafile } = results[index]
    // the entry's own output: a dynamic import's chunk has an entryPoint too
    const entryOutput = Object.keys(metafile.outputs).find(
      (path) =>
        metafile.outputs[path].entryPoint === `src/entrypoints/${name}.ts`
    )
    const reached = reachableOutputs(metafile, entryOutput)
    const packages = packagesOf(metafile, reached)
    writeFileSync(join(out, name, 'licenses.txt'), licensesTxt(packages))
    const files = {}
    for (const [path, { bytes }] of Object.entries(metafile.outputs)) {
      const abs = join(ROOT, path)
      if (!reached.has(path)) {
        rmSync(abs)
        continue
      }
      // the command line's entry keeps its hashbang: make it runnable
      if (readFileSync(abs, 'latin1').startsWith('#!')) chmodSync(abs, 0o755)
      files[relative(out, abs).split(sep).join('/')] = bytes
    }
    report[name] = { files, packages }
  }
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  for (const name of names) {
    if (!existsSync(join(out, name, 'index.js'))) {
      throw new Error(`esbuild wrote no ${name}/index.js`)
    }
  }
  return report
}

// Bundles each entry point into dist/<name>/index.js with ncc, and writes
// dist/package.json so that Node reads the ESM bundles as modules.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'

const entries = readdirSync('src/entrypoints')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -3))

rmSync('dist', { recursive: true, force: true })
for (const entry of entries) {
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      `src/entrypoints/${entry}.ts`,
      '--out',
      `dist/${entry}`,
      '--license',
      'licenses.txt',
      '--minify',
      '--quiet'
    ],
    { stdio: 'inherit' }
  )
}
mkdirSync('dist', { recursive: true })
writeFileSync('dist/package.json', '{ "type": "module" }\n')

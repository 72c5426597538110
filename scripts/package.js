// `npm run package`: bundles each entry point into dist/<name>/index.js with
// esbuild (see scripts/bundle.js) and prints each entry's files and packages.
//
//   node scripts/package.js [--outdir DIR]     (default: the repository's dist/)
import { parseArgs } from 'node:util'
import { bundle } from './bundle.js'

const { values } = parseArgs({
  options: { outdir: { type: 'string' } }
})

const started = Date.now()
const report = await bundle(values.outdir)
for (const [name, { files, packages }] of Object.entries(report)) {
  const sizes = Object.entries(files)
    .map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(1)} KiB`)
    .join(', ')
  const names = packages.map((p) => `${p.name}@${p.version}`).join(', ')
  console.log(`${name}: ${sizes}; packages: ${names || 'none'}`)
}
console.log(`bundled in ${Date.now() - started} ms`)

/**
 * `engines.node` tells the truth: every Node.js version it admits is one
 * that each package bundled into the command line (the fresh bundle's
 * cli/licenses.txt, read from node_modules) admits too. And the README
 * names the same minimum.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

type Version = [number, number, number]

function parseVersion(text: string): Version {
  const match = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(text)
  if (!match) throw new Error(`not a version: ${text}`)
  const part = (p?: string): number => (p && /^\d+$/.test(p) ? Number(p) : 0)
  return [part(match[1]), part(match[2]), part(match[3])]
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/** One comparator of a range (`>=20.18.1`, `^22.13.0`, `20`, …) as a test. */
function comparator(text: string): (v: Version) => boolean {
  const match = /^(>=|<=|>|<|\^|~|=)?\s*(\S+)$/.exec(text)
  if (!match) throw new Error(`unknown engines comparator: ${text}`)
  const [, op = '', raw] = match
  const base = parseVersion(raw)
  // how many parts are numbers: `18.x` and `18` name a major only
  const parts = raw
    .replace(/^v/, '')
    .split('.')
    .filter((p) => /^\d+$/.test(p)).length
  switch (op) {
    case '>=':
      return (v) => compare(v, base) >= 0
    case '>':
      return (v) => compare(v, base) > 0
    case '<=':
      return (v) => compare(v, base) <= 0
    case '<':
      return (v) => compare(v, base) < 0
    case '^':
      // Node majors are never 0
      return (v) => v[0] === base[0] && compare(v, base) >= 0
    case '~':
      return (v) =>
        v[0] === base[0] &&
        (parts < 2 || v[1] === base[1]) &&
        compare(v, base) >= 0
    default:
      // `20` or `20.x`: that major; a full version: exactly it
      return parts === 3
        ? (v) => compare(v, base) === 0
        : (v) => v[0] === base[0] && (parts < 2 || v[1] === base[1])
  }
}

/** Whether `version` satisfies an npm range of the forms engines use. */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .every((part) => part === '' || comparator(part)(version))
  )
}

/** Node.js versions to try: a range's own bounds and every major after. */
function probes(ranges: string[]): Version[] {
  const found: Version[] = []
  for (const range of ranges) {
    for (const raw of range.match(/\d+(\.\d+){0,2}/g) ?? []) {
      const v = parseVersion(raw)
      found.push(v, [v[0], v[1], v[2] + 1], [v[0], v[1] + 1, 0])
    }
  }
  for (let major = 18; major <= 40; major++) {
    found.push([major, 0, 0], [major, 99, 0])
  }
  return found
}

/** The `name version` of each package in a bundle's licenses.txt. */
function bundledPackages(licenses: string): string[] {
  return [...licenses.matchAll(/^(\S+) (\d+\.\d+\.\d+\S*)\nLicense: /gm)].map(
    (match) => `${match[1]}@${match[2]}`
  )
}

/** engines.node of each installed copy of `name@version` in node_modules. */
function installedEngines(id: string): string | undefined {
  const at = id.lastIndexOf('@')
  const [name, version] = [id.slice(0, at), id.slice(at + 1)]
  const lock = JSON.parse(
    readFileSync(join(ROOT, 'package-lock.json'), 'utf8')
  ) as { packages: Record<string, { version?: string }> }
  const paths = Object.entries(lock.packages)
    .filter(
      ([path, entry]) =>
        path.endsWith(`node_modules/${name}`) && entry.version === version
    )
    .map(([path]) => path)
  if (paths.length === 0) throw new Error(`${id} is not in the lockfile`)
  const manifest = JSON.parse(
    readFileSync(join(ROOT, paths[0], 'package.json'), 'utf8')
  ) as { version: string; engines?: { node?: string } }
  expect(manifest.version).toBe(version)
  return manifest.engines?.node
}

describe('engines.node', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    engines: { node: string }
  }
  const ours = pkg.engines.node

  it('the range reader reads ranges as npm does', () => {
    const v = parseVersion
    expect(satisfies(v('20.18.1'), '>=20.18.1')).toBe(true)
    expect(satisfies(v('20.18.0'), '>=20.18.1')).toBe(false)
    const eslint = '^20.19.0 || ^22.13.0 || >=24'
    expect(satisfies(v('20.19.0'), eslint)).toBe(true)
    expect(satisfies(v('21.7.0'), eslint)).toBe(false)
    expect(satisfies(v('22.12.0'), eslint)).toBe(false)
    expect(satisfies(v('24.0.0'), eslint)).toBe(true)
    expect(satisfies(v('16.20.0'), '>= 14 < 17')).toBe(true)
    expect(satisfies(v('17.0.0'), '>= 14 < 17')).toBe(false)
    expect(satisfies(v('18.3.0'), '18.x')).toBe(true)
    expect(satisfies(v('18.3.0'), '~18.2')).toBe(false)
  })

  /** engines.node of each package in the fresh command line bundle. */
  function bundledRanges(): Record<string, string> {
    const dir = process.env.DLP_BUNDLE
    if (!dir) throw new Error('DLP_BUNDLE is not set: run through npm test')
    const packages = bundledPackages(
      readFileSync(join(dir, 'cli', 'licenses.txt'), 'utf8')
    )
    expect(packages.length).toBeGreaterThan(0)
    const ranges: Record<string, string> = {}
    for (const id of packages) {
      const range = installedEngines(id)
      if (range) ranges[id] = range
    }
    return ranges
  }

  it('admits no Node.js that a package bundled into the command line refuses', () => {
    const ranges = bundledRanges()
    const refused: string[] = []
    for (const version of probes([ours, ...Object.values(ranges)])) {
      if (!satisfies(version, ours)) continue
      for (const [id, range] of Object.entries(ranges)) {
        if (!satisfies(version, range)) {
          refused.push(`${version.join('.')}: ${id} needs ${range}`)
        }
      }
    }
    expect([...new Set(refused)]).toEqual([])
  })

  it('is no stricter than the bundled packages need, and the README says it', () => {
    const ranges = Object.values(bundledRanges())
    const candidates = probes(ranges).sort(compare)
    // the first version each package admits; the latest of those
    const needed = ranges
      .map((range) => candidates.find((v) => satisfies(v, range)) as Version)
      .sort(compare)
      .at(-1) as Version
    expect(ours).toBe(`>=${needed.join('.')}`)
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain(`Node.js ${needed.join('.')} or later`)
  })
})

/** Types of scripts/bundle.js (plain JavaScript, so that node runs it). */

/** A third-party package in a bundle, from esbuild's metafile. */
export interface BundledPackage {
  name: string
  version: string
  /** the package.json license field */
  license: string
  /** the package's LICENSE/LICENCE/COPYING text, when it has one */
  text: string | undefined
  /** its directory, relative to the repository */
  dir: string
}

/** One entry's bundle: its files (path relative to outdir → bytes). */
export interface EntryReport {
  files: Record<string, number>
  packages: BundledPackage[]
}

/** The repository root. */
export const ROOT: string

/** The version in package.json, which the bundles carry. */
export function packageVersion(): string

/** The entry points, src/entrypoints/<name>.ts, sorted by name. */
export function entryNames(): string[]

/**
 * Bundles every entry into `outdir` (emptied first; default the
 * repository's dist/) and reports, per entry, its files and packages.
 */
export function bundle(outdir?: string): Promise<Record<string, EntryReport>>

/**
 * A profile's source text without the `source` strings of its objects that
 * have an `id` (rules, refinements): the action's bundles leave them out.
 */
export function withoutRuleSources(text: string, path?: string): string

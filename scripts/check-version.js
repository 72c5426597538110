// Checks that the version agrees everywhere a user reads it: package.json's
// `version`, the newest entry of CHANGELOG.md (`## [X.Y.Z] - YYYY-MM-DD`,
// [Unreleased] aside) and what the command line bundle prints for
// `--version`; with --tag, also the release tag (vX.Y.Z). Plain node, no
// dependency: `npm test` (__tests__/release.test.ts) and the release
// workflow run it.
//
//   node scripts/check-version.js [--root DIR] [--bundle DIR] [--tag vX.Y.Z]
//   node scripts/check-version.js --notes     (prints the newest entry's text)
//
// --root: where package.json and CHANGELOG.md are (default: the repository);
// --bundle: the bundle whose cli/index.js is run (default: <root>/dist).
// Exit code 0 when all agree, 1 when not (each disagreement on stderr),
// 2 for a usage error.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/

/**
 * The entries of a Keep a Changelog text, newest first: the version of each
 * `## [X.Y.Z] - date` heading and the text up to the next `## ` heading.
 * `## [Unreleased]` is not an entry.
 */
function changelogEntries(text) {
  const entries = []
  let current
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('## ')) {
      const heading = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/.exec(
        line
      )
      current = undefined
      if (heading && heading[1].toLowerCase() !== 'unreleased') {
        current = { version: heading[1], date: heading[2], lines: [] }
        entries.push(current)
      }
      continue
    }
    // the link references at the end belong to no entry
    if (/^\[[^\]]+\]: /.test(line)) {
      current = undefined
      continue
    }
    current?.lines.push(line)
  }
  return entries.map(({ version, date, lines }) => ({
    version,
    date,
    notes: lines.join('\n').trim()
  }))
}

function fail(message) {
  process.stderr.write(`check-version: ${message}\n`)
  process.exit(2)
}

function main() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        root: { type: 'string' },
        bundle: { type: 'string' },
        tag: { type: 'string' },
        notes: { type: 'boolean' }
      }
    }))
  } catch (error) {
    fail(error.message)
  }
  const root = resolve(
    values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..')
  )
  const problems = []

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = pkg.version
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    problems.push(
      `package.json: version ${JSON.stringify(version)} is not X.Y.Z`
    )
  }

  const changelogPath = join(root, 'CHANGELOG.md')
  const entries = existsSync(changelogPath)
    ? changelogEntries(readFileSync(changelogPath, 'utf8'))
    : undefined
  const newest = entries?.[0]
  if (!entries) {
    problems.push('CHANGELOG.md: missing')
  } else if (!newest) {
    problems.push('CHANGELOG.md: no "## [X.Y.Z] - YYYY-MM-DD" entry')
  } else {
    if (newest.version !== version) {
      problems.push(
        `CHANGELOG.md: the newest entry is ${newest.version}, package.json says ${version}`
      )
    }
    if (!newest.date) {
      problems.push(`CHANGELOG.md: the entry of ${newest.version} has no date`)
    }
    if (!newest.notes) {
      problems.push(`CHANGELOG.md: the entry of ${newest.version} is empty`)
    }
  }

  if (values.notes) {
    if (problems.length > 0) {
      for (const problem of problems) process.stderr.write(`${problem}\n`)
      process.exit(1)
    }
    process.stdout.write(`${newest.notes}\n`)
    return
  }

  const bundle = resolve(values.bundle ?? join(root, 'dist'))
  const cli = join(bundle, 'cli', 'index.js')
  if (!existsSync(cli)) {
    problems.push(`${cli}: missing (npm run package builds it)`)
  } else {
    let printed
    try {
      printed = execFileSync(process.execPath, [cli, '--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      }).trim()
    } catch (error) {
      printed = undefined
      problems.push(
        `${cli} --version failed: ${String(error.stderr).trim().split('\n')[0]}`
      )
    }
    if (printed !== undefined && printed !== version) {
      problems.push(
        `${cli} --version prints ${JSON.stringify(printed)}, package.json says ${version} (rebundle: npm run package)`
      )
    }
  }

  if (values.tag !== undefined && values.tag !== `v${version}`) {
    problems.push(
      `the tag ${values.tag} is not v${version}, the version in package.json`
    )
  }

  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${problem}\n`)
    process.exit(1)
  }
  const tag = values.tag ? `, the tag ${values.tag}` : ''
  process.stdout.write(
    `version ${version}: package.json, CHANGELOG.md, the command line's --version${tag} agree\n`
  )
}

main()

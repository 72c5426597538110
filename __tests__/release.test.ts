/**
 * The release's agreement check, scripts/check-version.js, as CI and the
 * release workflow run it: package.json, the newest CHANGELOG entry and the
 * `--version` of a bundle of the current source (DLP_BUNDLE, never the
 * committed dist/) agree; and each kind of disagreement is caught, in a
 * temporary copy of package.json and CHANGELOG.md. Then script/release in a
 * temporary git repository with that bundle as its dist/: the tags it makes,
 * what it refuses, and --push to a local bare remote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../scripts/bundle.js'

const SCRIPT = join(ROOT, 'scripts', 'check-version.js')

function bundleDir(): string {
  const dir = process.env.DLP_BUNDLE
  if (!dir || !existsSync(join(dir, 'cli', 'index.js'))) {
    throw new Error(
      'DLP_BUNDLE must name a bundle built from the current source (cli/index.js in it)'
    )
  }
  return dir
}

const BUNDLE = bundleDir()
const PACKAGE = readFileSync(join(ROOT, 'package.json'), 'utf8')
const CHANGELOG = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
const VERSION = (JSON.parse(PACKAGE) as { version: string }).version

/** Runs check-version.js with `args`; its exit code, stdout and stderr. */
function check(args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8'
  })
  return { exitCode: run.status, stdout: run.stdout, stderr: run.stderr }
}

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dlp-release-'))
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** A root with this package.json version and this changelog text. */
function rootWith(version: string, changelog: string): string {
  const pkg = JSON.parse(PACKAGE) as Record<string, unknown>
  writeFileSync(join(root, 'package.json'), JSON.stringify({ ...pkg, version }))
  writeFileSync(join(root, 'CHANGELOG.md'), changelog)
  return root
}

describe('the version agrees everywhere', () => {
  it('in the repository: package.json, CHANGELOG.md and the bundle', () => {
    const run = check(['--bundle', BUNDLE])
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toBe(
      `version ${VERSION}: package.json, CHANGELOG.md, the command line's --version agree\n`
    )
  })

  it('with the release tag v<version>, and not with another', () => {
    expect(check(['--bundle', BUNDLE, '--tag', `v${VERSION}`]).exitCode).toBe(0)
    const run = check(['--bundle', BUNDLE, '--tag', `v${VERSION}.1`])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe(
      `the tag v${VERSION}.1 is not v${VERSION}, the version in package.json\n`
    )
  })

  it('the newest entry has a date and notes; --notes prints them', () => {
    const run = check(['--notes'])
    expect(run.exitCode).toBe(0)
    const heading = `## [${VERSION}] - `
    const start = CHANGELOG.indexOf(heading)
    expect(start).toBeGreaterThan(CHANGELOG.indexOf('## [Unreleased]'))
    const body = CHANGELOG.slice(CHANGELOG.indexOf('\n', start) + 1)
    const end = body.search(/^(## |\[[^\]]+\]: )/m)
    expect(run.stdout).toBe(`${body.slice(0, end).trim()}\n`)
    expect(run.stdout).toContain('### Added')
  })
})

describe('a disagreement fails, saying which', () => {
  const entry = (version: string) =>
    `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-01-02\n\n### Added\n\n- something\n`

  it.each<[string, string, string, string]>([
    [
      'a changelog behind package.json',
      '9.9.9',
      entry(VERSION),
      `CHANGELOG.md: the newest entry is ${VERSION}, package.json says 9.9.9`
    ],
    [
      'a changelog with no entry',
      VERSION,
      '# Changelog\n\n## [Unreleased]\n\n- next\n',
      'CHANGELOG.md: no "## [X.Y.Z] - YYYY-MM-DD" entry'
    ],
    [
      'an entry without a date',
      VERSION,
      `## [${VERSION}]\n\n- something\n`,
      `CHANGELOG.md: the entry of ${VERSION} has no date`
    ],
    [
      'an empty entry',
      VERSION,
      `## [${VERSION}] - 2026-01-02\n\n## [0.9.0] - 2025-01-01\n\n- old\n`,
      `CHANGELOG.md: the entry of ${VERSION} is empty`
    ],
    [
      'a version that is not X.Y.Z',
      'v1',
      entry('v1'),
      'package.json: version "v1" is not X.Y.Z'
    ]
  ])('%s', (_name, version, changelog, problem) => {
    const dir = rootWith(version, changelog)
    const run = check(['--root', dir, '--bundle', BUNDLE])
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')).toContain(problem)
    expect(check(['--root', dir, '--notes']).exitCode).toBe(1)
  })

  it('a bundle made for another version', () => {
    const dir = rootWith('9.9.9', entry('9.9.9'))
    const run = check(['--root', dir, '--bundle', BUNDLE])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe(
      `${join(BUNDLE, 'cli', 'index.js')} --version prints "${VERSION}", package.json says 9.9.9 (rebundle: npm run package)\n`
    )
  })

  it('no bundle at all', () => {
    const dir = rootWith(VERSION, entry(VERSION))
    const run = check(['--root', dir])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe(
      `${join(dir, 'dist', 'cli', 'index.js')}: missing (npm run package builds it)\n`
    )
  })

  it('an unknown option is a usage error', () => {
    const run = check(['--version-of', 'x'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/^check-version: Unknown option '--version-of'/)
  })
})

describe('script/release', () => {
  let repo: string
  let remote: string
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1'
  }

  function git(...args: string[]): string {
    const run = spawnSync('git', args, {
      cwd: repo,
      env: gitEnv,
      encoding: 'utf8'
    })
    if (run.status !== 0) throw new Error(`git ${args[0]}: ${run.stderr}`)
    return run.stdout.trim()
  }

  function release(...args: string[]) {
    const run = spawnSync(join(repo, 'script', 'release'), args, {
      cwd: repo,
      env: gitEnv,
      encoding: 'utf8'
    })
    return { exitCode: run.status, stdout: run.stdout, stderr: run.stderr }
  }

  /** The commit a tag points at, or '' when there is no such tag. */
  function tagged(tag: string, where = repo): string {
    const run = spawnSync(
      'git',
      ['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`],
      { cwd: where, env: gitEnv, encoding: 'utf8' }
    )
    return run.stdout.trim()
  }

  beforeAll(() => {
    repo = join(root, 'repo')
    remote = join(root, 'remote.git')
    mkdirSync(join(repo, 'scripts'), { recursive: true })
    mkdirSync(join(repo, 'script'))
    for (const file of ['package.json', 'CHANGELOG.md']) {
      cpSync(join(ROOT, file), join(repo, file))
    }
    cpSync(SCRIPT, join(repo, 'scripts', 'check-version.js'))
    cpSync(join(ROOT, 'script', 'release'), join(repo, 'script', 'release'))
    cpSync(BUNDLE, join(repo, 'dist'), { recursive: true })
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('commit', '-q', '-m', 'release')
    spawnSync('git', ['init', '-q', '--bare', remote], { env: gitEnv })
    git('remote', 'add', 'origin', remote)
  })

  it('refuses a working tree with uncommitted changes', () => {
    writeFileSync(join(repo, 'CHANGELOG.md'), `${CHANGELOG}\nmore\n`)
    const run = release()
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe(
      'script/release: the working tree has uncommitted changes: commit or stash them first\n'
    )
    git('checkout', '--', 'CHANGELOG.md')
    expect(tagged(`v${VERSION}`)).toBe('')
  })

  it('tags vX.Y.Z and moves vX without pushing; then refuses the same tag', () => {
    const major = `v${VERSION.split('.')[0]}`
    const head = git('rev-parse', 'HEAD')
    const run = release()
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(tagged(`v${VERSION}`)).toBe(head)
    expect(tagged(major)).toBe(head)
    // annotated, as a release tag should be
    expect(git('cat-file', '-t', `refs/tags/v${VERSION}`)).toBe('tag')
    expect(run.stdout).toContain(`git push origin refs/tags/v${VERSION}\n`)
    expect(run.stdout).toContain(`git push --force origin refs/tags/${major}\n`)
    // npm first: the GitLab template runs npx …@X once vX moves (attack-64)
    expect(run.stdout.indexOf('npm publish')).toBeGreaterThan(-1)
    expect(run.stdout.indexOf('npm publish')).toBeLessThan(
      run.stdout.indexOf('git push')
    )
    expect(tagged(`v${VERSION}`, remote)).toBe('')

    const again = release()
    expect(again.exitCode).toBe(1)
    expect(again.stderr).toBe(
      `script/release: the tag v${VERSION} exists already: set a new version in package.json\n`
    )
  })

  it('moves vX to the next release and pushes both with --push', () => {
    const major = `v${VERSION.split('.')[0]}`
    const [x, y, z] = VERSION.split('.').map(Number)
    const next = `${x}.${y}.${z + 1}`
    const pkg = JSON.parse(PACKAGE) as Record<string, unknown>
    writeFileSync(
      join(repo, 'package.json'),
      JSON.stringify({ ...pkg, version: next })
    )
    // the committed bundle still says the old version: refused
    writeFileSync(
      join(repo, 'CHANGELOG.md'),
      CHANGELOG.replace(
        '## [Unreleased]\n',
        `## [Unreleased]\n\n## [${next}] - 2026-12-01\n\n### Fixed\n\n- a fix\n`
      )
    )
    git('commit', '-q', '-am', next)
    const stale = release()
    expect(stale.exitCode).toBe(1)
    expect(stale.stderr).toContain(
      `--version prints "${VERSION}", package.json says ${next}`
    )
    expect(tagged(`v${next}`)).toBe('')

    // a bundle that says the new version (the check reads its --version)
    writeFileSync(
      join(repo, 'dist', 'cli', 'index.js'),
      `#!/usr/bin/env node\nconsole.log(${JSON.stringify(next)})\n`
    )
    git('commit', '-q', '-am', 'rebundle')
    const head = git('rev-parse', 'HEAD')
    const run = release('--push')
    expect(run.exitCode).toBe(0)
    // git push reports on stderr
    expect(run.stderr).toContain(`v${next} -> v${next}`)
    expect(run.stdout).toContain(`+ git push origin refs/tags/v${next}\n`)
    expect(tagged(`v${next}`, remote)).toBe(head)
    expect(tagged(major, remote)).toBe(head)
    expect(tagged(`v${VERSION}`, remote)).toBe('')
  })
})

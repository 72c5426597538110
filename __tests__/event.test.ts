/**
 * Why a credential is empty: the GitHub event read from the runner's
 * environment (readEvent, src/event.ts), the cause the judge names from it
 * (emptySecretCause, src/event.ts) and how that cause reads
 * (emptySecretTexts, src/remediation.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventEvidence } from '../src/evidence.js'
import {
  emptySecretCause,
  readEvent,
  type EmptySecretCause
} from '../src/event.js'
import { emptySecretTexts } from '../src/remediation.js'

/** An event; a push by octocat unless told otherwise. */
function eventOf(partial: Partial<EventEvidence> = {}): EventEvidence {
  return { name: 'push', actor: 'octocat', isPullRequest: false, ...partial }
}

const FORK_PR = eventOf({
  name: 'pull_request',
  actor: 'someone',
  isPullRequest: true,
  head: { fullName: 'someone/fork', fork: true },
  base: { fullName: 'octo/app' }
})

describe('emptySecretCause', () => {
  it.each<{ name: string; event: EventEvidence; cause: EmptySecretCause }>([
    {
      name: 'a pull request from a fork',
      event: FORK_PR,
      cause: 'fork-pull-request'
    },
    {
      // pull_request_target runs in the base repository, with its secrets
      // and an OIDC token (GitHub docs, "Events that trigger workflows"):
      // empty credentials there are not the fork's (attack-17 repro-04)
      name: 'a pull_request_target from a fork',
      event: { ...FORK_PR, name: 'pull_request_target' },
      cause: 'unknown'
    },
    {
      // Dependabot's pull_request_target runs read Actions secrets, not
      // Dependabot's (GitHub docs; attack-18 repro-05)
      name: 'a pull_request_target Dependabot started',
      event: {
        ...FORK_PR,
        name: 'pull_request_target',
        actor: 'dependabot[bot]'
      },
      cause: 'unknown'
    },
    {
      name: 'a pull request whose fork was deleted (head.repo null)',
      event: eventOf({ name: 'pull_request', isPullRequest: true, head: null }),
      cause: 'fork-pull-request'
    },
    {
      name: 'a pull request from another repository not marked as a fork',
      event: {
        ...FORK_PR,
        head: { fullName: 'someone/app' },
        base: { fullName: 'octo/app' }
      },
      cause: 'fork-pull-request'
    },
    {
      name: 'a pull request from a branch of the same repository',
      event: {
        ...FORK_PR,
        head: { fullName: 'octo/app', fork: false },
        base: { fullName: 'octo/app' }
      },
      cause: 'unknown'
    },
    {
      name: 'a pull request with no head repository information',
      event: eventOf({
        name: 'pull_request',
        isPullRequest: true,
        head: undefined
      }),
      cause: 'unknown'
    },
    {
      name: 'a fork payload on an event that is not a pull request event',
      event: { ...FORK_PR, name: 'issue_comment' },
      cause: 'unknown'
    },
    {
      name: 'a pull_request event without a pull request payload',
      event: { ...FORK_PR, isPullRequest: false },
      cause: 'unknown'
    },
    {
      name: 'Dependabot on a pull request from a branch',
      event: eventOf({ name: 'pull_request', actor: 'dependabot[bot]' }),
      cause: 'dependabot'
    },
    {
      name: 'Dependabot wins over a fork',
      event: { ...FORK_PR, actor: 'dependabot[bot]' },
      cause: 'dependabot'
    },
    {
      name: 'Dependabot on a push',
      event: eventOf({ actor: 'dependabot[bot]' }),
      cause: 'dependabot'
    },
    { name: 'a push (a typo, most likely)', event: eventOf(), cause: 'unknown' }
  ])('$name → $cause', ({ event, cause }) => {
    expect(emptySecretCause(event)).toBe(cause)
  })
})

describe('emptySecretTexts: how each cause reads', () => {
  it('names the fork and the fix for a fork pull request', () => {
    const texts = emptySecretTexts(
      'fork-pull-request',
      'pull_request',
      'someone/fork'
    )
    expect(texts.explanation).toBe(
      'This pull_request comes from someone/fork: GitHub gives workflows of pull requests from forks no repository secrets.'
    )
    expect(texts.fix).toContain('skip-if-missing: true')
  })

  it('says "a fork" when the fork is gone', () => {
    expect(
      emptySecretTexts('fork-pull-request', 'pull_request', undefined)
        .explanation
    ).toContain('comes from a fork:')
  })

  it('points Dependabot runs at Dependabot secrets', () => {
    const texts = emptySecretTexts('dependabot', 'push', undefined)
    expect(texts.explanation).toBe(
      'This push run was started by Dependabot, which reads Dependabot secrets, not Actions secrets.'
    )
    expect(texts.fix).toContain('Secrets and variables → Dependabot')
  })

  it('suspects a misspelled secret otherwise', () => {
    const texts = emptySecretTexts('unknown', 'push', undefined)
    expect(texts.explanation).toContain(
      'The push event gets repository secrets'
    )
    expect(texts.fix).toContain('case-sensitive')
  })
})

describe('readEvent', () => {
  let dir: string
  const file = (name: string, content: string): string => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }
  const pull = (head: unknown, base: unknown = { full_name: 'octo/app' }) =>
    JSON.stringify({
      pull_request: { head: { repo: head }, base: { repo: base } }
    })

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'event-test-'))
    mkdirSync(join(dir, 'a-directory'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('reads a pull request from a fork', () => {
    const event = readEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_ACTOR: 'someone',
      GITHUB_EVENT_PATH: file(
        'fork.json',
        pull({ full_name: 'someone/fork', fork: true })
      )
    })
    expect(event).toEqual({
      name: 'pull_request',
      actor: 'someone',
      isPullRequest: true,
      head: { fullName: 'someone/fork', fork: true },
      base: { fullName: 'octo/app' }
    })
    expect(emptySecretCause(event as EventEvidence)).toBe('fork-pull-request')
  })

  it('reads a deleted fork as a null head', () => {
    const event = readEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_ACTOR: 'someone',
      GITHUB_EVENT_PATH: file('deleted.json', pull(null))
    })
    expect(event?.head).toBeNull()
    expect(event?.isPullRequest).toBe(true)
    expect(emptySecretCause(event as EventEvidence)).toBe('fork-pull-request')
  })

  it('reads a pull request from a branch of the same repository', () => {
    const event = readEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_ACTOR: 'octocat',
      GITHUB_EVENT_PATH: file(
        'branch.json',
        pull({ full_name: 'octo/app', fork: false })
      )
    })
    expect(event?.head).toEqual({ fullName: 'octo/app', fork: false })
    expect(emptySecretCause(event as EventEvidence)).toBe('unknown')
  })

  it('reads the Dependabot actor', () => {
    const event = readEvent({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_ACTOR: 'dependabot[bot]',
      GITHUB_EVENT_PATH: file(
        'push.json',
        JSON.stringify({ ref: 'refs/heads/main' })
      )
    })
    expect(event).toEqual({
      name: 'push',
      actor: 'dependabot[bot]',
      isPullRequest: false,
      head: undefined,
      base: undefined
    })
    expect(emptySecretCause(event as EventEvidence)).toBe('dependabot')
  })

  it('keeps only the fields of the right type', () => {
    const event = readEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file(
        'odd.json',
        pull({ full_name: 42, fork: 'yes' }, { full_name: ['octo/app'] })
      )
    })
    expect(event).toEqual({
      name: 'pull_request',
      actor: '',
      isPullRequest: true,
      head: { fullName: undefined, fork: undefined },
      base: { fullName: undefined }
    })
  })

  it.each<{ name: string; env: NodeJS.ProcessEnv }>([
    { name: 'no GITHUB_EVENT_NAME', env: {} },
    {
      name: 'no GITHUB_EVENT_NAME, though an event file is named',
      env: { GITHUB_ACTOR: 'octocat', GITHUB_EVENT_PATH: '/nonexistent.json' }
    },
    { name: 'an empty GITHUB_EVENT_NAME', env: { GITHUB_EVENT_NAME: '' } }
  ])('is undefined outside a workflow run: $name', ({ env }) => {
    expect(readEvent(env)).toBeUndefined()
  })

  it.each<{ name: string; path?: () => string }>([
    { name: 'an empty event file', path: () => file('empty.json', '') },
    {
      name: 'an event file that is not JSON',
      path: () => file('broken.json', '{"pull_request": {"head": ')
    },
    {
      name: 'an event file holding null',
      path: () => file('null.json', 'null')
    },
    {
      name: 'an event file holding an array',
      path: () => file('array.json', '[{"pull_request": {}}]')
    },
    {
      name: 'a pull_request that is not an object',
      path: () => file('string.json', '{"pull_request": "yes"}')
    },
    { name: 'a missing event file', path: () => join(dir, 'missing.json') },
    {
      name: 'a directory as the event file',
      path: () => join(dir, 'a-directory')
    },
    { name: 'no GITHUB_EVENT_PATH' }
  ])('reads $name as an event without a pull request', ({ path }) => {
    const env: NodeJS.ProcessEnv = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_ACTOR: 'octocat'
    }
    if (path) env.GITHUB_EVENT_PATH = path()
    let event: EventEvidence | undefined
    expect(() => {
      event = readEvent(env)
    }).not.toThrow()
    expect(event).toEqual({
      name: 'pull_request',
      actor: 'octocat',
      isPullRequest: false,
      head: undefined,
      base: undefined
    })
    expect(emptySecretCause(event as EventEvidence)).toBe('unknown')
  })
})

import { describe, expect, it } from '@jest/globals'
import { emptySecretCause, type EventContext } from '../src/event.js'

function context(overrides: Partial<EventContext>): EventContext {
  return { eventName: 'push', actor: 'octocat', payload: {}, ...overrides }
}

describe('emptySecretCause', () => {
  it('names a pull request from a fork', () => {
    const cause = emptySecretCause(
      context({
        eventName: 'pull_request',
        payload: {
          pull_request: {
            head: { repo: { full_name: 'someone/fork', fork: true } },
            base: { repo: { full_name: 'octo/app' } }
          }
        }
      })
    )
    expect(cause.cause).toBe('fork-pull-request')
    expect(cause.explanation).toContain('someone/fork')
    expect(cause.explanation).toContain('no repository secrets')
    expect(cause.fix).toContain('skip-if-missing: true')
  })

  it('names a fork whose repository was deleted (head.repo null)', () => {
    const cause = emptySecretCause(
      context({
        eventName: 'pull_request',
        payload: { pull_request: { head: { repo: null } } }
      })
    )
    expect(cause.cause).toBe('fork-pull-request')
  })

  it('does not blame a pull request from a branch of the same repository', () => {
    const cause = emptySecretCause(
      context({
        eventName: 'pull_request',
        payload: {
          pull_request: {
            head: { repo: { full_name: 'octo/app', fork: false } },
            base: { repo: { full_name: 'octo/app' } }
          }
        }
      })
    )
    expect(cause.cause).toBe('unknown')
    expect(cause.fix).toContain('case-sensitive')
  })

  it('names Dependabot, whatever the event', () => {
    const cause = emptySecretCause(
      context({ eventName: 'pull_request', actor: 'dependabot[bot]' })
    )
    expect(cause.cause).toBe('dependabot')
    expect(cause.fix).toContain('Dependabot')
  })

  it('suspects a typo on a push', () => {
    expect(emptySecretCause(context({})).cause).toBe('unknown')
  })
})

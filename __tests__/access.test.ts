import { describe, expect, it } from '@jest/globals'
import { pushAccess, pushDenial, type PushCheck } from '../src/access.js'

function check(result: PushCheck['result'], status: number): PushCheck {
  const exchange = {
    step: 'push-token' as const,
    method: 'GET',
    url: 'http://r/token',
    status,
    headers: {},
    attempts: 1
  }
  return { repository: 'o/a', result, exchange }
}

describe('pushAccess', () => {
  it.each<[string, PushCheck[], string]>([
    ['no checks', [], 'not-checked'],
    ['all granted', [check('granted', 200), check('granted', 200)], 'granted'],
    ['one denied', [check('granted', 200), check('denied', 200)], 'denied'],
    [
      'denied beats unknown',
      [check('unknown', 503), check('denied', 401)],
      'denied'
    ],
    [
      'granted and unknown',
      [check('granted', 200), check('unknown', 503)],
      'not-checked'
    ]
  ])('%s → %s', (_name, checks, expected) => {
    expect(pushAccess(checks)).toBe(expected)
  })
})

describe('pushDenial', () => {
  it.each<[string, PushCheck[], string | undefined]>([
    ['nothing denied', [check('granted', 200)], undefined],
    ['a 200 without push', [check('denied', 200)], 'namespace'],
    ['a 401 insufficient scopes', [check('denied', 401)], 'read-only-token'],
    [
      'a read-only token wins over a namespace',
      [check('denied', 200), check('denied', 401)],
      'read-only-token'
    ]
  ])('%s → %s', (_name, checks, expected) => {
    expect(pushDenial(checks)).toBe(expected)
  })
})

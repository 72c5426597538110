import { describe, expect, it } from '@jest/globals'
import type { CredentialKind } from '../src/diagnosis.js'
import { analyzeInputs, kindOf } from '../src/input-analysis.js'

const PAT = `dckr_pat_${'A1b2C3d4E5'.repeat(3)}`
const OAT = `dckr_oat_${'x9Y8z7W6v5'.repeat(3)}`
const UUID = '3f2c1e6a-9b7d-4c2e-8f1a-0d6b5e4c3a21'

/** Findings as `input:problem` strings, for compact tables. */
function findingsOf(username: string, password: string): string[] {
  return analyzeInputs(username, password).findings.map(
    (f) => `${f.input}:${f.problem}`
  )
}

describe('analyzeInputs: credential kind', () => {
  it.each<[string, CredentialKind]>([
    [PAT, 'personal-access-token'],
    [OAT, 'organization-access-token'],
    [UUID, 'legacy-access-token'],
    [UUID.toUpperCase(), 'legacy-access-token'],
    ['correct-horse-battery-staple', 'password'],
    ['dckr_pat', 'password'],
    ['', 'none'],
    ['   ', 'none'],
    // the kind is read after stripping the mistake
    [`$${PAT}`, 'personal-access-token'],
    [`$$${OAT}`, 'organization-access-token'],
    [`$${UUID}`, 'legacy-access-token'],
    [`"${PAT}"`, 'personal-access-token'],
    [`${PAT}\n`, 'personal-access-token'],
    [`dckr_pat_abc\ndef`, 'personal-access-token'],
    [`${UUID}x`, 'password']
  ])('%j is a %s', (password, kind) => {
    expect(analyzeInputs('octocat', password).credentialKind).toBe(kind)
    if (password.trim()) expect(kindOf(password)).toBe(kind)
  })
})

describe('analyzeInputs: findings', () => {
  it.each<[string, string, string[]]>([
    // clean values
    ['octocat', PAT, []],
    ['my-org', OAT, []],
    ['octocat', UUID, []],
    ['octocat', 'correct-horse-battery-staple', []],
    // empty values
    ['', '', ['username:username-empty', 'password:password-empty']],
    ['octocat', '   ', ['password:password-empty']],
    [' ', PAT, ['username:username-empty']],
    // the $${{ secrets.X }} mistake
    ['octocat', `$${PAT}`, ['password:password-dollar-prefix']],
    ['octocat', `$${UUID}`, ['password:password-dollar-prefix']],
    // unexpanded expressions
    [
      'octocat',
      '${{ secrets.DOCKERHUB_TOKEN }}',
      ['password:unexpanded-expression', 'password:inner-whitespace']
    ],
    [
      'octocat',
      '${{secrets.DOCKERHUB_TOKEN}}',
      ['password:unexpanded-expression']
    ],
    [
      'octocat',
      '{{secrets.DOCKERHUB_TOKEN}}',
      ['password:unexpanded-expression']
    ],
    [
      '${{ vars.DOCKERHUB_USERNAME }}',
      PAT,
      ['username:unexpanded-expression', 'username:inner-whitespace']
    ],
    // unexpanded variables
    ['octocat', '$DOCKERHUB_TOKEN', ['password:unexpanded-variable']],
    ['octocat', '${DOCKER_PASSWORD}', ['password:unexpanded-variable']],
    ['octocat', '${token}', ['password:unexpanded-variable']],
    ['octocat', '%DOCKER_PASSWORD%', ['password:unexpanded-variable']],
    ['octocat', 'x-${REGISTRY_TOKEN}-y', ['password:unexpanded-variable']],
    ['$DOCKER_USER', PAT, ['username:unexpanded-variable']],
    ['${user}', PAT, ['username:unexpanded-variable']],
    // false-positive guards: a password may contain "$"
    ['octocat', 'pa$$word', []],
    ['octocat', '$ecret123', []],
    ['octocat', '$hunter2', []],
    ['octocat', 'abc$DEF', []],
    ['octocat', '$1abc', []],
    ['octocat', 'trailing$', []],
    ['octocat', '$', []],
    ['octocat', '${', []],
    ['octocat', 'a{{b}}c', []],
    // Harbor robot accounts have a "$" inside their name
    ['robot$project+ci', PAT, []],
    // line breaks that survived
    ['octocat', `${PAT}\n`, ['password:newline']],
    ['octocat', 'dckr_pat_abc\r\ndef', ['password:newline']],
    ['octocat', 'hunter2\n', ['password:newline']],
    ['octo\ncat', PAT, ['username:newline']],
    // whitespace
    ['octocat', 'pass word', ['password:inner-whitespace']],
    ['octocat', 'pass\tword', ['password:inner-whitespace']],
    ['octocat', `${PAT} `, ['password:inner-whitespace']],
    ['octocat', 'pass\u00a0word', ['password:inner-whitespace']],
    ['octo cat', PAT, ['username:inner-whitespace']],
    // quotes
    ['octocat', `"${PAT}"`, ['password:quoted']],
    ['octocat', `'${PAT}'`, ['password:quoted']],
    ['octocat', `\u201c${PAT}\u201d`, ['password:quoted']],
    ['octocat', `${PAT}"`, ['password:quoted']],
    ['octocat', "'hunter2'", ['password:quoted']],
    ['"octocat"', PAT, ['username:quoted']],
    ['octocat"', PAT, ['username:quoted']],
    // quote guards: a password may start or end with one
    ['octocat', 'hunter2"', []],
    ['octocat', '"hunter2', []],
    ["o'brien", PAT, []],
    // invisible characters
    ['octocat', `${PAT}\u200b`, ['password:non-printable']],
    ['octocat', '\ufeffhunter2', ['password:non-printable']],
    ['octocat', 'hunter\u00002', ['password:non-printable']],
    ['octo\u0007cat', PAT, ['username:non-printable']],
    // email addresses
    ['me@example.com', PAT, ['username:username-email']],
    ['first.last@mail.example.org', PAT, ['username:username-email']],
    ['me@localhost', PAT, []],
    ['@example.com', PAT, []],
    ['me@example.', PAT, []],
    // several findings at once
    [
      'me@example.com',
      `"$${PAT}\n"`,
      ['username:username-email', 'password:newline', 'password:quoted']
    ]
  ])('%j / %j', (username, password, expected) => {
    expect(findingsOf(username, password)).toEqual(expected)
  })

  it('sets the empty flags', () => {
    expect(analyzeInputs('', PAT)).toMatchObject({
      usernameEmpty: true,
      passwordEmpty: false
    })
    expect(analyzeInputs('octocat', '')).toMatchObject({
      usernameEmpty: false,
      passwordEmpty: true,
      credentialKind: 'none'
    })
  })

  it.each([
    PAT,
    `$${PAT}`,
    'pass word with spaces',
    '${{ secrets.DOCKERHUB_TOKEN }}',
    'hunter2\n'
  ])('never returns any part of the secret (%j)', (password) => {
    const text = JSON.stringify(analyzeInputs('octocat', password))
    expect(text).not.toContain(password.trim())
    expect(text).not.toContain('A1b2C3')
    expect(text).not.toContain('hunter')
  })
})

describe('analyzeInputs: linear time on huge values', () => {
  const size = 256 * 1024
  it.each([
    ['$', '$'.repeat(size)],
    ['${', '${'.repeat(size / 2)],
    ['${a', '${a'.repeat(size / 3)],
    ['{{ ', '{{ '.repeat(size / 3)],
    ['@.', '@.'.repeat(size / 2)],
    ['spaces', ' a'.repeat(size / 2)],
    ['quotes', '"'.repeat(size)],
    ['token', `dckr_pat_${'a'.repeat(size)}`],
    ['variable', `$${'A'.repeat(size)}!`]
  ])('%s', (_name, value) => {
    const started = performance.now()
    analyzeInputs(value, value)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

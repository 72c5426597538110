import { describe, expect, it } from '@jest/globals'
import type { CredentialKind } from '../src/diagnosis.js'
import { analyzeInputs, kindOf } from '../src/input-analysis.js'
import { PROFILES } from '../src/profiles/index.js'

const PAT = `dckr_pat_${'A1b2C3d4E5'.repeat(3)}`
const OAT = `dckr_oat_${'x9Y8z7W6v5'.repeat(3)}`
const UUID = '3f2c1e6a-9b7d-4c2e-8f1a-0d6b5e4c3a21'

/**
 * Findings as one string, for compact tables: `input:problem`, with
 * ` (decisive)` when the finding settles it before anything is sent;
 * `none` when there is none.
 */
function findingsOf(username: string, password: string): string {
  const findings = analyzeInputs(username, password).findings.map(
    (f) => `${f.input}:${f.problem}${f.decisive ? ' (decisive)' : ''}`
  )
  return findings.join(', ') || 'none'
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
  ])('password %j is a %s', (password, kind) => {
    expect(analyzeInputs('octocat', password).credentialKind).toBe(kind)
    expect(kindOf(password)).toBe(kind)
  })

  it.each(PROFILES.map((profile) => profile.id))(
    'reads the same kinds on %s (every profile knows every prefixed shape; a bare UUID is a Docker Hub token on Docker Hub only)',
    (id) => {
      const profile = PROFILES.find((p) => p.id === id)
      for (const [password, kind] of [
        [PAT, 'personal-access-token'],
        [OAT, 'organization-access-token'],
        [UUID, id === 'docker-hub' ? 'legacy-access-token' : 'password'],
        ['correct-horse-battery-staple', 'password']
      ]) {
        expect(analyzeInputs('octocat', password, profile).credentialKind).toBe(
          kind
        )
        expect(kindOf(password, profile)).toBe(kind)
      }
      expect(
        analyzeInputs('octocat', `${PAT}\n`, profile).findings
      ).toContainEqual({
        input: 'password',
        problem: 'newline',
        decisive: true
      })
    }
  )
})

describe('analyzeInputs: findings', () => {
  it.each<[string, string, string]>([
    // clean values
    ['octocat', PAT, 'none'],
    ['my-org', OAT, 'none'],
    ['octocat', UUID, 'none'],
    ['octocat', 'correct-horse-battery-staple', 'none'],
    // empty values (settled by the empty flags, not by a finding)
    ['', '', 'username:username-empty, password:password-empty'],
    ['octocat', '   ', 'password:password-empty'],
    [' ', PAT, 'username:username-empty'],
    // the $${{ secrets.X }} mistake
    ['octocat', `$${PAT}`, 'password:password-dollar-prefix (decisive)'],
    ['octocat', `$${UUID}`, 'password:password-dollar-prefix (decisive)'],
    // unexpanded expressions, wherever they are
    [
      'octocat',
      '${{ secrets.DOCKERHUB_TOKEN }}',
      'password:unexpanded-expression (decisive), password:inner-whitespace'
    ],
    [
      'octocat',
      '${{secrets.DOCKERHUB_TOKEN}}',
      'password:unexpanded-expression (decisive)'
    ],
    [
      'octocat',
      '{{secrets.DOCKERHUB_TOKEN}}',
      'password:unexpanded-expression (decisive)'
    ],
    [
      'octocat',
      'abc${{secrets.X}}def',
      'password:unexpanded-expression (decisive)'
    ],
    [
      '${{ vars.DOCKERHUB_USERNAME }}',
      PAT,
      'username:unexpanded-expression (decisive), username:inner-whitespace'
    ],
    ['octo${{vars.X}}', PAT, 'username:unexpanded-expression (decisive)'],
    // unexpanded variables: a password may start with "$"
    ['octocat', '$DOCKERHUB_TOKEN', 'password:unexpanded-variable'],
    ['octocat', '${DOCKER_PASSWORD}', 'password:unexpanded-variable'],
    ['octocat', '${token}', 'password:unexpanded-variable'],
    ['octocat', '%DOCKER_PASSWORD%', 'password:unexpanded-variable'],
    ['octocat', 'x-${REGISTRY_TOKEN}-y', 'password:unexpanded-variable'],
    ['$DOCKER_USER', PAT, 'username:unexpanded-variable'],
    ['${user}', PAT, 'username:unexpanded-variable'],
    // false-positive guards: a password may contain "$"
    ['octocat', 'pa$$word', 'none'],
    ['octocat', '$ecret123', 'none'],
    ['octocat', '$hunter2', 'none'],
    ['octocat', 'abc$DEF', 'none'],
    ['octocat', '$1abc', 'none'],
    ['octocat', 'trailing$', 'none'],
    ['octocat', '$', 'none'],
    ['octocat', '${', 'none'],
    ['octocat', 'a{{b}}c', 'none'],
    // Harbor robot accounts have a "$" inside their name
    ['robot$project+ci', PAT, 'none'],
    // line breaks that survived: a token or a username cannot hold one
    ['octocat', `${PAT}\n`, 'password:newline (decisive)'],
    ['octocat', 'dckr_pat_abc\r\ndef', 'password:newline (decisive)'],
    ['octocat', 'hunter2\n', 'password:newline'],
    ['octo\ncat', PAT, 'username:newline (decisive)'],
    // whitespace: decisive in a token only
    ['octocat', 'pass word', 'password:inner-whitespace'],
    ['octocat', 'pass\tword', 'password:inner-whitespace'],
    ['octocat', `${PAT} `, 'password:inner-whitespace (decisive)'],
    ['octocat', `${UUID}\t`, 'password:inner-whitespace (decisive)'],
    ['octocat', 'pass\u00a0word', 'password:inner-whitespace'],
    ['octo cat', PAT, 'username:inner-whitespace'],
    // quotes: decisive in a token only
    ['octocat', `"${PAT}"`, 'password:quoted (decisive)'],
    ['octocat', `'${PAT}'`, 'password:quoted (decisive)'],
    ['octocat', `\u201c${PAT}\u201d`, 'password:quoted (decisive)'],
    ['octocat', `${PAT}"`, 'password:quoted (decisive)'],
    ['octocat', "'hunter2'", 'password:quoted'],
    ['"octocat"', PAT, 'username:quoted'],
    ['octocat"', PAT, 'username:quoted'],
    // quote guards: a password may start or end with one
    ['octocat', 'hunter2"', 'none'],
    ['octocat', '"hunter2', 'none'],
    ["o'brien", PAT, 'none'],
    // invisible characters: decisive in a token and in a username
    ['octocat', `${PAT}\u200b`, 'password:non-printable (decisive)'],
    ['octocat', '\ufeffhunter2', 'password:non-printable'],
    ['octocat', 'hunter\u00002', 'password:non-printable'],
    ['octo\u0007cat', PAT, 'username:non-printable (decisive)'],
    ['octo\u200bcat', PAT, 'username:non-printable (decisive)'],
    // email addresses: some registries take them
    ['me@example.com', PAT, 'username:username-email'],
    ['first.last@mail.example.org', PAT, 'username:username-email'],
    ['me@localhost', PAT, 'none'],
    ['@example.com', PAT, 'none'],
    ['me@example.', PAT, 'none'],
    // several findings at once
    [
      'me@example.com',
      `"$${PAT}\n"`,
      'username:username-email, password:newline (decisive), password:quoted (decisive)'
    ]
  ])('username %j, password %j: %s', (username, password, expected) => {
    expect(findingsOf(username, password)).toBe(expected)
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
  ])('never returns any part of the secret %j', (password) => {
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
  ])('a run of %s', (_name, value) => {
    const started = performance.now()
    analyzeInputs(value, value)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

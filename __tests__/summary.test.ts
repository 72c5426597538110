/**
 * The job summary's Markdown: registry text renders as text.
 */
import { describe, expect, it } from '@jest/globals'
import { code, lowerFirst } from '../src/summary.js'

describe('registry text in the summary (D21)', () => {
  it.each([
    [
      'plain text',
      'incorrect username or password',
      '`incorrect username or password`'
    ],
    [
      'an image and a link',
      'denied ![x](https://attacker.example/p.png) [reset](https://attacker.example)',
      // inert without the span too: a zero-width space inside each `](`
      '`denied ![x]\u200b(https://attacker.example/p.png) [reset]\u200b(https://attacker.example)`'
    ],
    [
      'backticks inside',
      'run `docker login` again',
      '``run `docker login` again``'
    ],
    ['backticks at the end', 'use `docker login`', '`` use `docker login` ``'],
    ['a backtick at an end', '`x', '`` `x ``'],
    ['HTML', '<img src=x onerror=alert(1)>', '`<img src=x onerror=alert(1)>`'],
    ['line breaks', 'one\ntwo\r\nthree', '`one two three`']
  ])('%s stays inside one code span', (_name, text, expected) => {
    expect(code(text)).toBe(expected)
  })
})

describe('a title inside the headline', () => {
  it.each([
    ['Incorrect username or password', 'incorrect username or password'],
    [
      'GITHUB_TOKEN may not push this package',
      'GITHUB_TOKEN may not push this package'
    ],
    ['ECR token expired', 'ECR token expired'],
    ['A password on an account', 'a password on an account'],
    ['Docker login failed', 'docker login failed'],
    // a name in camel case keeps its case (attack round 15)
    ['GitLab refused the CI job token', 'GitLab refused the CI job token'],
    ['GitHub Packages refused it', 'GitHub Packages refused it']
  ])('%j reads %j', (title, expected) => {
    expect(lowerFirst(title)).toBe(expected)
  })
})

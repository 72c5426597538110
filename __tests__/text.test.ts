import { describe, expect, it } from '@jest/globals'
import { oneLine, referenceHost } from '../src/text.js'

describe('oneLine', () => {
  it.each([
    ['short', 10, 'short'],
    ['  a \n b\r\n\tc  ', 10, 'a b c'],
    ['esc\u001b[31mred', 20, 'esc [31mred'],
    // direction marks (attack round 10): a registry's RLO would reverse
    // the evidence in the summary
    ['denied\u202edeifitrec', 30, 'denied deifitrec'],
    ['a\u2066b\u2069c\u200fd\u061ce', 30, 'a b c d e'],
    ['abcdefghijkl', 5, 'abcde…'],
    ['', 5, '']
  ])('%j cut to %i characters reads %j', (text, max, expected) => {
    expect(oneLine(text, max)).toBe(expected)
  })

  it('reads only a bounded head of a huge text', () => {
    const started = performance.now()
    expect(oneLine('x'.repeat(10_000_000), 8)).toBe('xxxxxxxx…')
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('referenceHost: the registry of an image reference, as docker reads it', () => {
  it.each([
    ['ghcr.io/acme/app:1', 'ghcr.io'],
    ['Registry.Example.com:5000/team/app', 'registry.example.com:5000'],
    ['localhost/app', 'localhost'],
    ['acme/app', 'docker.io'],
    ['nginx', 'docker.io'],
    // a host without a path is an image's name on Docker Hub (§13ww (j))
    ['myreg.azurecr.io:1.0', 'docker.io']
  ])('%s → %s', (reference, host) => {
    expect(referenceHost(reference)).toBe(host)
  })
})

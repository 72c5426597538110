/**
 * The post step's state as input: every server the main step can save
 * passes, and nothing docker could read as an option does.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { InputError } from '../src/errors.js'
import { HUB_OVERRIDE_ENV, resolveRegistry } from '../src/registry.js'
import { isServer, readPostState } from '../src/state.js'

/** `registry` inputs: hosts, ports, schemes, API paths, and noise. */
const registryInput = fc
  .tuple(
    fc.constantFrom('', 'https://', 'http://', 'HTTPS://', 'ftp://', '-'),
    fc.oneof(
      fc.constantFrom(
        'docker.io',
        'index.docker.io',
        'registry-1.docker.io',
        'ghcr.io',
        'GHCR.io',
        'localhost',
        '127.0.0.1',
        '[::1]',
        '[FE80::1]',
        'a..b',
        '-x',
        '--help',
        'my registry'
      ),
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.-]{0,15}$/),
      fc.stringMatching(/^\[[0-9A-Fa-f:]{1,12}\]$/),
      fc.string({
        unit: fc.constantFrom(...'aZ09.-_:[]/ \n-'.split('')),
        maxLength: 20
      })
    ),
    fc.constantFrom('', ':5000', ':0', ':65535', ':99999', ':x'),
    fc.constantFrom('', '/', '/v2/', '/v1/', '/octocat/app')
  )
  .map((parts) => parts.join(''))

/** The server the main step would save for an input, if any. */
function savedServer(
  input: string,
  env: NodeJS.ProcessEnv
): string | undefined {
  try {
    return resolveRegistry(input, env).server
  } catch (error) {
    if (error instanceof InputError) return undefined
    throw error
  }
}

describe('the server state', () => {
  it('every server the main step saves is one the post step takes', () => {
    const hubs = fc.constantFrom(
      undefined,
      'http://127.0.0.1:5000',
      'https://Hub.Example:8443/',
      'http://hub_emulator:5000'
    )
    fc.assert(
      fc.property(registryInput, hubs, (input, hub) => {
        const env = hub ? { [HUB_OVERRIDE_ENV]: hub } : {}
        const server = savedServer(input, env)
        if (server === undefined) return
        expect(isServer(server, env)).toBe(true)
        expect(
          readPostState((n) => ({ server, logout: 'true' })[n] ?? '', env)
        ).toEqual({ kind: 'logout', server })
      }),
      { numRuns: 3000 }
    )
  })

  it('nothing that starts with "-", holds white space or a scheme passes', () => {
    const suspicious = fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom('-', ' ', '\n', '\t', '://', '/', '\u0000'),
        fc.string({ maxLength: 10 })
      )
      .map(([a, b, c]) => (b === '-' ? `-${a}${c}` : `${a}${b}${c}`))
    fc.assert(
      fc.property(suspicious, (value) => {
        expect(isServer(value, {})).toBe(false)
      }),
      { numRuns: 3000 }
    )
  })

  it('no server is nothing to log out of', () => {
    expect(readPostState(() => '', {})).toEqual({ kind: 'none' })
  })
})

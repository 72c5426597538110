import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { InputError as ErrorsInputError } from '../src/errors.js'
import { oidcPlan } from '../src/oidc.js'
import { resolveRegistry } from '../src/registry.js'
import { MAX_ERROR_LINE } from '../src/remediation.js'
import {
  checkCredentialShape,
  InputError,
  MAX_PASSWORD_CHARS,
  MAX_USERNAME_CHARS,
  parseBoolean,
  parseCount,
  parseSeconds,
  readInputs,
  type Inputs
} from '../src/inputs.js'
import { loadRegistryAuth } from '../src/main.js'

// registry-auth's reader, a chunk the action loads only for that input
const { parseRegistryAuth } = await loadRegistryAuth()

/** The inputs action.yml declares, with their defaults (if any). */
function declaredInputs(): Map<string, string | undefined> {
  const yml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
  const block = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'))
  const declared = new Map<string, string | undefined>()
  let current = ''
  for (const line of block.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)
    if (name) {
      current = name[1]
      declared.set(current, undefined)
    }
    const fallback = /^ {4}default:\s*'?([^']*)'?\s*$/.exec(line)
    if (fallback && current) declared.set(current, fallback[1])
  }
  return declared
}

/** A `read` that answers from a table, and records what it was asked. */
function reader(values: Record<string, string>): {
  read: (name: string) => string
  asked: string[]
} {
  const asked: string[] = []
  return {
    asked,
    read: (name) => {
      asked.push(name)
      return values[name] ?? ''
    }
  }
}

/** What an InputError thrown by `f` says. */
function messageOf(f: () => unknown): string {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no InputError was thrown')
}

const DEFAULTS: Inputs = {
  registry: 'docker.io',
  username: '',
  password: '',
  logout: true,
  preflight: true,
  retries: 2,
  timeoutSeconds: 10,
  push: '',
  rateLimit: true,
  skipIfMissing: false,
  ecr: 'auto',
  registryAuth: [],
  oidcConnectionId: '',
  oidcExpiresIn: '',
  expiryWarning: 30
}

describe('readInputs', () => {
  it('reads every input action.yml declares, and nothing else', () => {
    const { read, asked } = reader({})
    readInputs(read)
    expect([...asked].sort()).toEqual([...declaredInputs().keys()].sort())
  })

  it('takes the defaults when every input is empty', () => {
    expect(readInputs(reader({}).read)).toEqual(DEFAULTS)
  })

  it("reads action.yml's own defaults as the same inputs", () => {
    const defaults = Object.fromEntries(
      [...declaredInputs()].map(([name, value]) => [name, value ?? ''])
    )
    // the defaults were read (else this would be the test above)
    expect(defaults).toMatchObject({ logout: 'true', retries: '2' })
    expect(readInputs(reader(defaults).read)).toEqual(DEFAULTS)
  })

  it('reads every input it is given', () => {
    const inputs = readInputs(
      reader({
        registry: 'ghcr.io',
        username: 'octocat',
        password: 's3cret',
        logout: 'false',
        preflight: 'False',
        retries: '0',
        timeout: '2.5',
        push: 'octocat/app\noctocat/api',
        'rate-limit': 'FALSE',
        'skip-if-missing': 'true',
        ecr: 'TRUE',
        'oidc-connection-id': '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e01',
        'oidc-expires-in': '3600',
        'expiry-warning': '0'
      }).read
    )
    expect(inputs).toEqual({
      registry: 'ghcr.io',
      username: 'octocat',
      password: 's3cret',
      logout: false,
      preflight: false,
      retries: 0,
      timeoutSeconds: 2.5,
      push: 'octocat/app\noctocat/api',
      rateLimit: false,
      skipIfMissing: true,
      ecr: 'true',
      registryAuth: [],
      oidcConnectionId: '6f1f3c9e-2b1d-4c7a-9e2f-0a5b8c7d6e01',
      oidcExpiresIn: '3600',
      expiryWarning: 0
    })
  })

  it.each(['-1', '1.5', 'soon', '30m', '9999999'])(
    'expiry-warning %j is an input error naming it',
    (value) => {
      expect(() =>
        readInputs(reader({ 'expiry-warning': value }).read)
      ).toThrow(
        /^Input "expiry-warning" must be a whole number of minutes from 0 to 999999, not "/
      )
    }
  )

  it("keeps username, password, registry and push as given: trimming is the runner's job", () => {
    const inputs = readInputs(
      reader({
        registry: ' ghcr.io ',
        username: ' octocat ',
        password: ' s3cret\n',
        push: ' octocat/app '
      }).read
    )
    expect(inputs).toMatchObject({
      registry: ' ghcr.io ',
      username: ' octocat ',
      password: ' s3cret\n',
      push: ' octocat/app '
    })
  })

  it('reads the switches and numbers with the spaces around them', () => {
    expect(
      readInputs(
        reader({ logout: ' false ', retries: ' 3 ', timeout: ' 5 ' }).read
      )
    ).toMatchObject({ logout: false, retries: 3, timeoutSeconds: 5 })
  })

  it.each([
    ['auto', 'auto'],
    [' Auto ', 'auto'],
    ['true', 'true'],
    ['True', 'true'],
    ['false', 'false'],
    ['FALSE', 'false'],
    ['', 'auto']
  ])("reads ecr %j as docker/login-action's values: %s", (value, mode) => {
    expect(readInputs(reader({ ecr: value }).read).ecr).toBe(mode)
  })

  it.each([
    ['logout', 'yes', 'Input "logout" must be true or false, not "yes"'],
    ['preflight', 'no', 'Input "preflight" must be true or false, not "no"'],
    ['rate-limit', '1', 'Input "rate-limit" must be true or false, not "1"'],
    [
      'skip-if-missing',
      'on',
      'Input "skip-if-missing" must be true or false, not "on"'
    ],
    [
      'retries',
      '11',
      'Input "retries" must be a whole number from 0 to 10, not "11"'
    ],
    [
      'retries',
      'two',
      'Input "retries" must be a whole number from 0 to 10, not "two"'
    ],
    [
      'timeout',
      '0',
      'Input "timeout" must be a number of seconds above 0 and up to 300, not "0"'
    ],
    [
      'timeout',
      '10s',
      'Input "timeout" must be a number of seconds above 0 and up to 300, not "10s"'
    ],
    // a token pasted into the wrong input is never quoted (attack round 12)
    [
      'timeout',
      'ghp_0123456789abcdefghijABCDEFGHIJ012345',
      'Input "timeout" must be a number of seconds above 0 and up to 300, not a value shaped like a token (not quoted)'
    ],
    [
      'logout',
      'true\nfalse',
      'Input "logout" must be true or false, not "true false"'
    ],
    ['ecr', 'yes', 'Input "ecr" must be auto, true or false, not "yes"'],
    [
      'retries',
      'x'.repeat(100),
      `Input "retries" must be a whole number from 0 to 10, not "${'x'.repeat(40)}…"`
    ]
  ])('input %s set to %j fails with: %s', (name, value, message) => {
    expect(messageOf(() => readInputs(reader({ [name]: value }).read))).toBe(
      message
    )
  })

  it('names the first wrong input in input order, registry-auth in its place', () => {
    const wrong = { 'registry-auth': '- colour: blue', 'expiry-warning': '-1' }
    expect(messageOf(() => readInputs(reader(wrong).read, parseRegistryAuth))).toBe(
      'Input "registry-auth", line 1: unknown key "colour": an entry takes registry, username, password and ecr'
    )
    expect(messageOf(() => readInputs(reader({ ...wrong, logout: 'yes' }).read, parseRegistryAuth))).toBe(
      'Input "logout" must be true or false, not "yes"'
    )
  }) // prettier-ignore

  it('reads registry-auth only with its reader, and a blank one without', () => {
    expect(() => readInputs(reader({ 'registry-auth': '- username: u' }).read)).toThrow(
      'registry-auth was given but not read'
    )
    expect(readInputs(reader({ 'registry-auth': ' \n ' }).read).registryAuth).toEqual([])
  }) // prettier-ignore

  // README, Diagnoses: one line under 200 characters, input errors too
  it.each([
    ['scope', 'myorg/app@push'],
    ['logout', 'yes'],
    ['retries', 'many'],
    ['timeout', '9'.repeat(400)],
    ['expiry-warning', '-1'],
    ['ecr', 'maybe'],
    ['registry-auth', `- registry: ghcr.io\n  username: ${'u'.repeat(300)}\n  colour: blue`]
  ])('an input error is one line of at most MAX_ERROR_LINE characters (%s)', (name, value) => {
    const message = messageOf(() => readInputs(reader({ [name]: value }).read, parseRegistryAuth))
    expect(message).not.toBe('')
    expect(message).not.toContain('\n')
    expect(message.length).toBeLessThanOrEqual(MAX_ERROR_LINE)
  }) // prettier-ignore

  it.each([
    ['a registry with another scheme', () => resolveRegistry(`ftp://${'a'.repeat(300)}.example.com`, {})],
    ['a password over 16 KiB', () => checkCredentialShape('octocat', 'p'.repeat(17 * 1024), true)],
    ['a username with spaces', () => checkCredentialShape(`a user ${'x'.repeat(300)}`, 'secret', true)],
    ['an OIDC connection id set but empty', () => oidcPlan({ registry: 'docker.io', password: '', oidcConnectionId: '', oidcExpiresIn: '' }, { DOCKERHUB_OIDC_CONNECTIONID: '' })],
    ['an OIDC lifetime out of bounds', () => oidcPlan({ registry: 'docker.io', password: '', oidcConnectionId: '0b5a5a8e-8a4e-4b0e-9d1f-1f2d3c4b5a69', oidcExpiresIn: '1e9' }, {})]
  ])('the checks after readInputs give one line of at most MAX_ERROR_LINE characters too (%s)', (_name, check) => {
    const message = messageOf(check)
    expect(message).not.toContain('\n')
    expect(message.length).toBeLessThanOrEqual(MAX_ERROR_LINE)
  }) // prettier-ignore

  it('raises the same InputError class that src/errors.ts defines', () => {
    expect(InputError).toBe(ErrorsInputError)
    expect(new InputError('x').name).toBe('InputError')
  })
})

describe('parseBoolean', () => {
  it.each([
    ['', true, true],
    ['', false, false],
    ['true', false, true],
    ['True', false, true],
    ['FALSE', true, false],
    [' false ', true, false]
  ])('%j with default %j is %j', (value, fallback, expected) => {
    expect(parseBoolean('logout', value, fallback)).toBe(expected)
  })

  it.each(['yes', '1', 'on', 'tru'])('%j is an error naming the input', (v) => {
    expect(messageOf(() => parseBoolean('logout', v, true))).toBe(
      `Input "logout" must be true or false, not "${v}"`
    )
  })
})

describe('parseCount', () => {
  it.each([
    ['', 2],
    ['0', 0],
    ['5', 5],
    ['10', 10]
  ])('%j is %j', (value, expected) => {
    expect(parseCount('retries', value, 2, 10)).toBe(expected)
  })

  it.each(['-1', '11', 'two', '1.5', '0010'])('%j is an error', (value) => {
    expect(messageOf(() => parseCount('retries', value, 2, 10))).toBe(
      `Input "retries" must be a whole number from 0 to 10, not "${value}"`
    )
  })
})

describe('parseSeconds', () => {
  it.each([
    ['', 10],
    ['0.5', 0.5],
    ['30', 30],
    ['300', 300]
  ])('%j is %j', (value, expected) => {
    expect(parseSeconds('timeout', value, 10, 300)).toBe(expected)
  })

  it.each(['0', '301', 'ten', '-3', '1e2'])('%j is an error', (value) => {
    expect(messageOf(() => parseSeconds('timeout', value, 10, 300))).toBe(
      `Input "timeout" must be a number of seconds above 0 and up to 300, not "${value}"`
    )
  })
})

describe('checkCredentialShape', () => {
  it.each([
    ['a Docker ID and a token', 'octocat', 'dckr_pat_abc', true],
    ['an email address', 'me@example.com', 'hunter2', true],
    ['a Harbor robot account', 'robot$project+ci', 'secret', false],
    ['a name with spaces elsewhere', 'Jane Doe', 'secret', false],
    ['a non-ASCII name elsewhere', 'jérôme', 'secret', false],
    ['the longest password', 'octocat', 'p'.repeat(MAX_PASSWORD_CHARS), true],
    ['the longest username', 'u'.repeat(MAX_USERNAME_CHARS), 'secret', false]
  ])('accepts %s', (_name, username, password, isDockerHub) => {
    expect(() =>
      checkCredentialShape(username, password, isDockerHub)
    ).not.toThrow()
  })

  it.each([
    [
      'a password too long to send',
      'octocat',
      'p'.repeat(MAX_PASSWORD_CHARS + 1),
      true,
      'Input "password" is 16 KiB long, more than any registry accepts: store only the token or password in the secret, not a file or a key bundle'
    ],
    [
      'a username too long, on Docker Hub',
      'u'.repeat(MAX_USERNAME_CHARS + 1),
      'secret',
      true,
      'Input "username" is 1 KiB long: set it to your Docker ID'
    ],
    [
      'a username too long, elsewhere',
      'u'.repeat(MAX_USERNAME_CHARS + 1),
      'secret',
      false,
      'Input "username" is 1 KiB long: set it to the account name alone'
    ],
    [
      'a URL as the username',
      'https://ghcr.io/octocat',
      'secret',
      false,
      'Input "username" is a URL: put the registry address in "registry" and the account name alone in "username"'
    ],
    [
      'a ":" in the username',
      'octocat:secret',
      'secret',
      true,
      'Input "username" contains ":", which Basic authentication cannot carry: set it to your Docker ID'
    ],
    [
      'spaces in a Docker ID',
      'octo cat',
      'secret',
      true,
      'Input "username" contains spaces: set it to your Docker ID (lowercase letters and digits), e.g. ${{ vars.DOCKERHUB_USERNAME }}'
    ],
    [
      'non-ASCII letters in a Docker ID',
      'jérôme',
      'secret',
      true,
      'Input "username" contains characters other than ASCII letters and digits: set it to your Docker ID, e.g. ${{ vars.DOCKERHUB_USERNAME }}'
    ]
  ])(
    'refuses %s, without quoting it',
    (_name, username, password, isDockerHub, message) => {
      const said = messageOf(() =>
        checkCredentialShape(username, password, isDockerHub)
      )
      expect(said).toBe(message)
      expect(said).not.toContain(username)
      expect(said).not.toContain(password)
    }
  )
})

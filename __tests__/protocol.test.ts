/**
 * The registry protocol's parsers (src/protocol.ts): challenges, JWTs and
 * what they grant, and the reason text of an error answer. Moved here from
 * the old classifier tests; reasonOf was the classifier's detailsOf.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import type { ExchangeStep, HttpExchange } from '../src/evidence.js'
import {
  challengeOf,
  parseHttpDate,
  isWebPage,
  grantedActions,
  isJwt,
  parseChallenge,
  parseJwtPayload,
  reasonOf,
  statesAccess
} from '../src/protocol.js'

const HUB_CHALLENGE =
  'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"'

/** A JWT whose payload grants `access` (the signature is not checked). */
function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.c2ln`
}

function exchange(
  step: ExchangeStep,
  status: number | undefined,
  body: string | undefined,
  headers: Record<string, string> = {}
): HttpExchange {
  return {
    step,
    method: 'GET',
    url: 'https://auth.docker.io/token',
    status,
    headers,
    body,
    attempts: 1
  }
}

describe('parseChallenge', () => {
  it.each<[string, ReturnType<typeof parseChallenge>]>([
    [
      HUB_CHALLENGE,
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io'
        }
      }
    ],
    [
      'Basic realm="Registry Realm"',
      { scheme: 'basic', params: { realm: 'Registry Realm' } }
    ],
    ['BEARER Realm="x"', { scheme: 'bearer', params: { realm: 'x' } }],
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/a:pull,push",error="insufficient_scope"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:o/a:pull,push',
          error: 'insufficient_scope'
        }
      }
    ],
    [
      'Bearer realm=https://r.example/token, service=r.example',
      {
        scheme: 'bearer',
        params: { realm: 'https://r.example/token', service: 'r.example' }
      }
    ],
    ['Bearer realm="a\\"b"', { scheme: 'bearer', params: { realm: 'a"b' } }],
    // garbled: a quote left open, a stray word, a missing comma
    ['Bearer realm="unterminated', undefined],
    ['Bearer realm="https://r/token,service="registry.docker.io', undefined],
    ['Bearer realm="a" service="b"', undefined],
    ['Bearer stray', undefined],
    ['Bearer', { scheme: 'bearer', params: {} }],
    [
      'Bearer realm="a", Basic realm="b"',
      { scheme: 'bearer', params: { realm: 'a' } }
    ],
    // the first value of a repeated parameter counts
    [
      'Bearer realm="first",realm="second"',
      { scheme: 'bearer', params: { realm: 'first' } }
    ],
    ['', undefined],
    ['   ', undefined],
    ['"realm"', undefined],
    ['=', undefined]
  ])('parses %j', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected)
  })

  it('keeps a parameter named __proto__ or constructor as data', () => {
    const parsed = parseChallenge('Bearer __proto__="x",constructor="y"')
    expect(parsed?.params).toEqual(
      Object.fromEntries([
        ['__proto__', 'x'],
        ['constructor', 'y']
      ])
    )
    expect(Object.getPrototypeOf(parsed?.params)).toBe(Object.prototype)
  })

  it('never throws on junk', () => {
    expect(parseChallenge(undefined as unknown as string)).toBeUndefined()
    expect(() => parseChallenge('Bearer ,,,="=",\\"')).not.toThrow()
  })

  it('is fast on a huge header', () => {
    const started = performance.now()
    parseChallenge(`Bearer realm="${'a,'.repeat(200_000)}`)
    parseChallenge(`Bearer ${'a=b,'.repeat(100_000)}`)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('challengeOf', () => {
  it("parses an exchange's WWW-Authenticate header", () => {
    const ping = exchange('ping', 401, '', {
      'www-authenticate': HUB_CHALLENGE
    })
    expect(challengeOf(ping)).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io'
      }
    })
  })

  it('is undefined without the header', () => {
    expect(challengeOf(exchange('ping', 401, ''))).toBeUndefined()
  })

  // attack-29 repro-04: RFC 9110 §11.6.1, several challenges in one field
  it.each([
    ['Negotiate, NTLM, Bearer realm="https://r.example/token",service="r"', 'bearer'],
    ['NTLM, Basic realm="Registry"', 'basic'],
    ['Basic realm="Registry", Bearer realm="https://r.example/token"', 'basic'],
    ['bearer realm="https://r.example/token", Basic realm="x"', 'bearer']
  ])('%s: the first Bearer or Basic challenge', (header, scheme) => {
    expect(challengeOf(exchange('ping', 401, '', { 'www-authenticate': header }))?.scheme).toBe(scheme)
  }) // prettier-ignore
})

describe('parseHttpDate', () => {
  // RFC 9110 §5.6.7: the three forms, all UTC (attack-30 repro-01)
  it.each([
    'Sun, 06 Nov 1994 08:49:37 GMT',
    'Sunday, 06-Nov-94 08:49:37 GMT',
    'Sun Nov  6 08:49:37 1994',
    'Sun Nov 6 08:49:37 1994'
  ])('%s is 1994-11-06T08:49:37Z', (text) => {
    expect(parseHttpDate(text)).toBe(Date.parse('1994-11-06T08:49:37Z'))
  })

  it("reads asctime as UTC on a runner west of UTC, where Date.parse takes it as local time", () => {
    const script = "import('./src/protocol.ts').then((m) => console.log(m.parseHttpDate('Sun Nov  6 08:49:37 1994')))"
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ: 'America/Sao_Paulo', NODE_OPTIONS: '' } })
    expect(run.stdout.trim()).toBe(String(Date.parse('1994-11-06T08:49:37Z')))
  }) // prettier-ignore

  it('is NaN for what is no date', () => {
    expect(parseHttpDate('soon')).toBeNaN()
  })
})

describe('isWebPage', () => {
  // attack-29 repro-02: a token answer labelled text/html is JSON still
  it.each([
    [{ 'content-type': 'text/html' }, '{"token":"***"}', false],
    [{ 'content-type': 'text/html; charset=utf-8' }, '<html><body>Sign in</body></html>', true],
    [{ 'content-type': 'text/html' }, '{"token": cut', true],
    [{}, '<!DOCTYPE html><html></html>', true],
    [{ 'content-type': 'application/json' }, '{"errors":[]}', false]
  ])('%j %s: %s', (headers, body, page) => {
    expect(isWebPage(exchange('token', 200, body, headers))).toBe(page)
  }) // prettier-ignore
})

describe('parseJwtPayload, isJwt and grantedActions', () => {
  const both = jwt({
    iss: 'auth.docker.io',
    access: [
      { type: 'repository', name: 'octocat/app', actions: ['pull', 'push'] },
      { type: 'repository', name: 'octocat/ro', actions: ['pull'] },
      { type: 'registry', name: 'catalog', actions: ['*'] },
      { type: 'repository', name: 'octocat/all', actions: ['*'] },
      'junk',
      { type: 'repository', name: 'octocat/bad', actions: 'push' },
      { type: 'repository', name: 'octocat/odd', actions: ['pull', 7, null] }
    ]
  })

  it('decodes the payload', () => {
    expect(parseJwtPayload(both)).toMatchObject({ iss: 'auth.docker.io' })
    expect(isJwt(both)).toBe(true)
  })

  it.each<[string]>([
    ['not-a-jwt'],
    [''],
    ['a.!!!.c'],
    [`a.${Buffer.from('not json').toString('base64url')}.c`],
    [`a.${Buffer.from('42').toString('base64url')}.c`],
    [`a.${Buffer.from('[1,2]').toString('base64url')}.c`]
  ])('%j is not a JWT', (token) => {
    expect(parseJwtPayload(token)).toBeUndefined()
    expect(isJwt(token)).toBe(false)
  })

  it('never throws on a non-string', () => {
    expect(parseJwtPayload(42 as unknown as string)).toBeUndefined()
    expect(grantedActions(null as unknown as string, 'a')).toBeUndefined()
  })

  it.each<[string, string[]]>([
    ['octocat/app', ['pull', 'push']],
    ['octocat/ro', ['pull']],
    ['octocat/all', ['*', 'pull', 'push']],
    ['octocat/bad', []],
    ['octocat/odd', ['pull']],
    ['catalog', []],
    ['someone/else', []]
  ])('a token grants on %s exactly %j', (repository, actions) => {
    expect(grantedActions(both, repository)).toEqual(actions)
  })

  it('a JWT with an empty access claim grants nothing', () => {
    expect(grantedActions(jwt({ access: [] }), 'octocat/app')).toEqual([])
  })

  it("a JWT without an access list says nothing, as Gitea's (docs/registries.md §8): undefined, and the push probe asks", () => {
    expect(grantedActions(jwt({ iss: 'x' }), 'octocat/app')).toBeUndefined()
    expect(
      grantedActions(jwt({ access: 'all' }), 'octocat/app')
    ).toBeUndefined()
    expect(statesAccess(jwt({ exp: 2e9, nbf: 1e9, UserID: 1 }))).toBe(false)
    expect(statesAccess(jwt({ access: [] }))).toBe(true)
    expect(statesAccess('gho_opaqueGhcrToken')).toBe(false)
  })

  it('an opaque token (not a JWT) says nothing: undefined, not []', () => {
    expect(grantedActions('garbage', 'octocat/app')).toBeUndefined()
    expect(grantedActions('gho_opaqueGhcrToken', 'octocat/app')).toBeUndefined()
  })
})

describe('reasonOf: the reason a registry gave', () => {
  it.each<{ name: string; answer: HttpExchange; reason: string }>([
    {
      name: "Docker Hub's details",
      answer: exchange(
        'token',
        401,
        '{"details":"incorrect username or password"}'
      ),
      reason: 'incorrect username or password'
    },
    {
      name: "the Hub API's detail",
      answer: exchange(
        'hub-login',
        401,
        '{"detail":"Incorrect authentication credentials"}'
      ),
      reason: 'Incorrect authentication credentials'
    },
    {
      name: 'the registry API errors as the CLI prints them',
      answer: exchange(
        'basic-ping',
        401,
        '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}'
      ),
      reason: 'unauthorized: authentication required'
    },
    {
      name: "GHCR's denied",
      answer: exchange(
        'token',
        403,
        '{"errors":[{"code":"DENIED","message":"denied"}]}'
      ),
      reason: 'denied: denied'
    },
    {
      name: 'an OAuth error and the challenge error together',
      answer: exchange('token', 401, '{"error":"invalid_grant"}', {
        'www-authenticate':
          'Bearer realm="https://r.example/token",error="insufficient_scope"'
      }),
      reason: 'invalid_grant; error=insufficient_scope'
    },
    {
      name: 'a raw body, trimmed',
      answer: exchange('token', 429, '  Too Many Requests\n'),
      reason: 'Too Many Requests'
    },
    {
      name: 'no raw body of the Hub login API',
      answer: exchange('hub-login', 503, 'upstream "token":"abc" failed'),
      reason: ''
    },
    {
      name: 'nothing from a redacted token answer',
      answer: exchange('token', 200, '{"token":"<redacted>"}'),
      reason: ''
    },
    {
      name: 'nothing from no body',
      answer: exchange('token', undefined, undefined),
      reason: ''
    }
  ])('reads $name', ({ answer, reason }) => {
    expect(reasonOf(answer)).toBe(reason)
  })
})

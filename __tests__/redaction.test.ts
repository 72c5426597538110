/**
 * One redaction knows every form of every secret (src/redact.ts), and
 * nothing a registry repeats of a secret leaves the process: not the
 * summary, the outputs, the error or warning lines, the evidence, nor the
 * command line's output. The property runs the action's and the command
 * line's stages in process against a registry that echoes what it got.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { main as cliMain } from '../src/cli.js'
import type { DockerCli } from '../src/docker.js'
import { gather } from '../src/gather.js'
import { judge } from '../src/judge.js'
import { MASKED, REDACTED, Secrets, withoutCredentials } from '../src/redact.js'
import { reportAction } from '../src/report.js'
import { renderSummary } from '../src/summary.js'

/** The forms a registry may repeat a secret in (written out here, not taken from src). */
function formsOf(username: string, secret: string): Record<string, string> {
  const basic = Buffer.from(`${username}:${secret}`).toString('base64')
  const plain64 = Buffer.from(secret).toString('base64')
  return {
    plain: secret,
    'JSON-escaped': JSON.stringify(secret).slice(1, -1),
    // Go's encoding/json (<, > and & escaped) and .NET's default encoder
    // (those, ', +, ` and every character past ASCII, upper-case hex)
    'JSON-escaped as Go writes it': JSON.stringify(secret)
      .slice(1, -1)
      .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
    'JSON-escaped as .NET writes it': JSON.stringify(secret)
      .slice(1, -1)
      .replace(
        /[<>&'+`\u007f-\uffff]/g,
        (c) =>
          `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
      ),
    'URL-encoded': encodeURIComponent(secret),
    'form-encoded': encodeURIComponent(secret).replaceAll('%20', '+'),
    // URLSearchParams escapes !'() and ~ as well; Go's url.QueryEscape and
    // Python's quote_plus !'()*, keeping ~
    'form-encoded as Go writes it': [...secret]
      .map((c) =>
        /^[A-Za-z0-9\-_.~]$/.test(c)
          ? c
          : c === ' '
            ? '+'
            : [...Buffer.from(c)]
                .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
                .join('')
      )
      .join(''),
    'form-encoded as URLSearchParams writes it': new URLSearchParams({
      p: secret
    })
      .toString()
      .slice(2),
    base64: plain64,
    'base64 without padding': plain64.replace(/=+$/, ''),
    base64url: Buffer.from(secret).toString('base64url'),
    'user:secret in base64': basic,
    'user:secret in base64 without padding': basic.replace(/=+$/, ''),
    'user:secret in base64url': Buffer.from(`${username}:${secret}`).toString(
      'base64url'
    ),
    'URL-encoded Basic value': encodeURIComponent(basic),
    'URL-encoded Basic value, lower-case escapes': encodeURIComponent(
      basic
    ).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())
  }
}

describe('the redaction', () => {
  const username = 'alice'
  const secret = 'S3cr3t Pässwörd/"xyz"+=&<!>(*)~\''
  const secrets = new Secrets()
  secrets.add(secret, username)

  it.each(Object.entries(formsOf(username, secret)))(
    'cuts the %s form from any text',
    (_name, form) => {
      expect(secrets.redact(`before ${form} after`)).toBe(
        `before ${REDACTED} after`
      )
    }
  )

  it.each([
    `ghp_${'Wx7Kq2'.repeat(6)}`,
    `github_pat_11ABCDEFG0${'x'.repeat(70)}`,
    `glpat-${'a1B2c3D4e5'.repeat(2)}`,
    `dckr_pat_${'Zq9'.repeat(9)}`,
    ` dckr_oat_${'Zq9'.repeat(9)}`,
    // after a GitLab instance prefix, as the GitLab profile reads them (attack-41 A41-05)
    `mycorp-glpat-${'a1B2c3D4e5'.repeat(2)}`,
    `acme_ci-gldt-${'a1B2c3D4e5'.repeat(2)}`
  ])('a token put in the username input (%s) is masked and cut as a secret', (token) => {
    const masked: string[] = []
    const own = new Secrets((value) => masked.push(value))
    own.add('octocat', token)
    expect(masked).toContain(token.trim())
    expect(own.redact(`Logged in as ${token.trim()}.`)).toBe(`Logged in as ${REDACTED}.`)
  }) // prettier-ignore

  it.each([
    `"ghp_${'Wx7Kq2'.repeat(6)}"`,
    `'ghp_${'Wx7Kq2'.repeat(6)}'`,
    `$ghp_${'Wx7Kq2'.repeat(6)}`
  ])('a token in the username input with quotes or a $ (%s) is the token, masked and cut (attack-20 repro-02)', (written) => {
    const token = `ghp_${'Wx7Kq2'.repeat(6)}`
    const masked: string[] = []
    const own = new Secrets((value) => masked.push(value))
    own.add('octocat', written)
    expect(masked).toContain(token)
    expect(own.redact(`username ${written}`)).not.toContain(token)
  }) // prettier-ignore

  it('a username of ordinary shape is not made a secret', () => {
    const masked: string[] = []
    const own = new Secrets((value) => masked.push(value))
    // names that only start as a token does (attack-20 repro-01)
    for (const name of ['octocat', 'AKIAIOSFODNN7EXAMPLE', 'robot$ci+build', 'gitlab-ci-token', '_json_key', 'ghs_platform+builder', 'ghs_ci', 'gho_deploy', 'glpat-bot', 'mycorp-glpat-bot']) {
      own.add('a-password-of-some-length', name)
    }
    expect(masked).toEqual(['a-password-of-some-length'])
    expect(own.redact('octocat AKIAIOSFODNN7EXAMPLE')).toBe('octocat AKIAIOSFODNN7EXAMPLE')
  }) // prettier-ignore

  it('cuts every token added later, and masks each value once', () => {
    const masked: string[] = []
    const run = new Secrets((value) => masked.push(value))
    run.add(secret, username)
    run.add('eyJ.token.sig')
    run.add('eyJ.token.sig')
    expect(masked).toEqual([secret, 'eyJ.token.sig'])
    expect(run.redact('{"token":"eyJ.token.sig"}')).toBe('{"token":"***"}')
  })

  it('pairs a token masked as it arrived with its username later (an OIDC Docker token): its Basic form is cut, the mask is not repeated', () => {
    const masked: string[] = []
    const run = new Secrets((value) => masked.push(value))
    run.add('oidc_token_value')
    // `acme:` is 5 bytes: the token's own base64 is not inside this one
    const basic = Buffer.from('acme:oidc_token_value').toString('base64')
    expect(run.redact(basic)).toBe(basic)
    run.add('oidc_token_value', 'acme')
    run.add('oidc_token_value', 'acme')
    expect(masked).toEqual(['oidc_token_value'])
    expect(run.redact(`Basic ${basic}`)).toBe(`Basic ${REDACTED}`)
  })

  it('masks a short secret but does not cut ordinary words with it', () => {
    const masked: string[] = []
    const run = new Secrets((value) => masked.push(value))
    run.add('abc', 'u')
    expect(masked).toEqual(['abc'])
    expect(run.redact('abcdef')).toBe('abcdef')
  })

  it('redactCut: a body that stopped inside a form of a secret loses that part, blanks after it too; nothing else is cut (attack-55 A55-01)', () => {
    const run = new Secrets()
    run.add('S3cret-passw0rd-xyz', 'ci')
    const basic = Buffer.from('ci:S3cret-passw0rd-xyz').toString('base64')
    expect(run.redactCut('wrong password S3cret-passw0rd-x')).toBe(`wrong password ${REDACTED}`)
    expect(run.redactCut(`bad credentials Basic ${basic.slice(0, 20)}   `)).toBe(`bad credentials Basic ${REDACTED}`)
    expect(run.redactCut('{"message":"S3cret-pas')).toBe(`{"message":"${REDACTED}`)
    // whole forms as redact cuts them, and the end after them kept
    expect(run.redactCut('got S3cret-passw0rd-xyz, S3cr')).toBe(`got ${REDACTED}, ${REDACTED}`)
    // fewer than 4 characters of it, or an end that begins none of its forms
    expect(run.redactCut('wrong password S3c')).toBe('wrong password S3c')
    expect(run.redactCut('{"errors":[]}\n')).toBe('{"errors":[]}\n')
  }) // prettier-ignore

  it('redacts every string of a nested value, and nothing else', () => {
    expect(
      secrets.redactAll({
        a: [secret, 1, { b: `x${secret}` }],
        c: null,
        d: true
      })
    ).toEqual({ a: [REDACTED, 1, { b: `x${REDACTED}` }], c: null, d: true })
  })
})

// ---------------------------------------------------------------------------
// The property

/** Where an echoing registry puts what it received. */
type Echo = 'details' | 'errors' | 'challenge' | 'text' | 'realm'

/** The form the registry repeats (a key of formsOf). */
let echoForm = 'plain'
let echoWhere: Echo = 'details'
/**
 * Where the body stops, in characters of the form it repeats: the
 * connection closed there (undefined: the whole body)
 */
let echoCut: number | undefined

let server: Server
let host = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    const path = (req.url ?? '').split('?')[0]
    if (path === '/v2/') {
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="http://${host}/token",service="echo"`
      })
      res.end()
      return
    }
    const auth = req.headers.authorization ?? ''
    const decoded = Buffer.from(
      auth.replace(/^Basic /, ''),
      'base64'
    ).toString()
    const colon = decoded.indexOf(':')
    const forms = formsOf(decoded.slice(0, colon), decoded.slice(colon + 1))
    const said = `you sent ${forms[echoForm]} which is wrong`
    const headers: Record<string, string> = {
      'content-type': 'application/json'
    }
    let body = JSON.stringify({ details: said })
    if (echoWhere === 'errors') {
      body = JSON.stringify({
        errors: [{ code: 'UNAUTHORIZED', message: said }]
      })
    } else if (echoWhere === 'challenge') {
      // a header carries bytes: UTF-8 text goes out as its bytes
      const bytes = Buffer.from(said.replaceAll('"', "'")).toString('latin1')
      headers['www-authenticate'] = `Bearer realm="x",error="${bytes}"`
      body = '{}'
    } else if (echoWhere === 'text') {
      headers['content-type'] = 'text/plain'
      body = `${said}\n${auth}`
    } else if (echoWhere === 'realm') {
      body = JSON.stringify({
        details: `go to https://auth.example/login?next=${forms[echoForm]}`
      })
    }
    res.writeHead(401, headers)
    if (echoCut === undefined) return void res.end(body)
    res.write(body.slice(0, body.indexOf(forms[echoForm]) + echoCut))
    setTimeout(() => res.destroy(), 20)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
})

const noDocker: DockerCli = {
  login: async () => {
    throw new Error('docker login must not run after a refusal')
  },
  logout: async () => ({ exitCode: 0, output: '' }),
  config: () => ({ dir: '/tmp' })
}

/** Everything the action and the command line write, for one secret. */
async function artifacts(username: string, secret: string): Promise<string> {
  const secrets = new Secrets()
  const evidence = await gather(
    {
      registry: host,
      username,
      password: secret,
      preflight: true,
      retries: 0,
      timeoutSeconds: 5,
      push: '',
      rateLimit: false,
      skipIfMissing: false,
      login: true
    },
    { env: {}, docker: noDocker, secrets }
  )
  const report = secrets.redactAll(
    reportAction(judge(evidence), evidence, { logout: true })
  )
  let printed = ''
  for (const json of [false, true]) {
    await cliMain(
      [
        'check',
        '--registry',
        host,
        '--username',
        username,
        '--password-stdin',
        ...(json ? ['--json'] : [])
      ],
      {
        stdin: async () => secret,
        stdout: (text) => (printed += text),
        stderr: (text) => (printed += text),
        env: {},
        docker: noDocker
      }
    )
  }
  return [
    JSON.stringify(report.outputs),
    report.failure ?? '',
    ...report.warnings,
    report.summary ? renderSummary(report.summary) : '',
    printed
  ].join('\n')
}

/** A secret of `minLength` characters or more (any script), trimmed. */
const secretOf = (minLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength, maxLength: 40 })
    .filter((s) => s.trim() === s && !/[\p{Cc}]/u.test(s))
const usernameArb = fc.stringMatching(/^[a-z][a-z0-9]{3,12}$/)

describe('nothing a registry repeats of a secret is written', () => {
  const secretArb = secretOf(8)

  it('in any form, anywhere in its answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        usernameArb,
        secretArb,
        fc.constantFrom(...Object.keys(formsOf('u', 'secret'))),
        fc.constantFrom<Echo>(
          'details',
          'errors',
          'challenge',
          'text',
          'realm'
        ),
        async (username, secret, form, where) => {
          echoForm = form
          echoWhere = where
          const text = await artifacts(username, secret)
          expect(text).toContain('answered 401')
          for (const [name, value] of Object.entries(
            formsOf(username, secret)
          )) {
            expect({ name, leaked: text.includes(value) }).toEqual({
              name,
              leaked: false
            })
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})

describe('nothing of a secret is written from a body that stopped inside it (attack-55 A55-01)', () => {
  const secretArb = secretOf(12)
  afterAll(() => {
    echoCut = undefined
  })

  it('in any form, anywhere in its answer, the connection closed after a part of it', async () => {
    await fc.assert(
      fc.asyncProperty(
        usernameArb,
        secretArb,
        fc.constantFrom(...Object.keys(formsOf('u', 'secret'))),
        fc.constantFrom<Echo>('details', 'errors', 'text', 'realm'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (username, secret, form, where, at) => {
          const value = formsOf(username, secret)[form]
          // 8 characters of it at least, and never all of it
          const cut = 8 + Math.floor(at * (value.length - 9))
          echoForm = form
          echoWhere = where
          echoCut = cut
          const text = await artifacts(username, secret)
          expect(text).toContain('answered 401')
          expect({ form, cut, leaked: text.includes(value.slice(0, cut)) }).toEqual({ form, cut, leaked: false })
        }
      ),
      { numRuns: 60 }
    )
  })
}) // prettier-ignore

describe('withoutCredentials: what explain cuts from a pasted text', () => {
  const ecr = Buffer.from(JSON.stringify({ payload: 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=', datakey: 'AQIDAHhQ+/abcd', version: '2', type: 'DATA_KEY', expiration: 1764300000 })).toString('base64')
  const key = Buffer.from('{\n  "type": "service_account",\n  "project_id": "p",\n  "private_key_id": "0123456789abcdef"\n}').toString('base64')
  it.each([
    ['a URL password', 'Get "https://oauth2:glpat-AbCdEfGhIjKlMnOpQrSt@registry.gitlab.com/v2/"', 'glpat-AbCdEfGhIjKlMnOpQrSt', 'oauth2:***@registry.gitlab.com'],
    ['a password after -p on a login line', "+ docker login -u 'robot$ci+b' -p Jk8sQ2vXn4LpR7tYw9Zb harbor.example.com", 'Jk8sQ2vXn4LpR7tYw9Zb', '-p *** harbor.example.com'],
    ['a quoted password after --password', "+ docker login -u me --password 'pa ss word' r.example", 'pa ss word', "--password *** r.example"],
    ['a password after --password=', '+ podman login -u me --password=S3cr3tPassw0rd r.example', 'S3cr3tPassw0rd', '--password=*** r.example'],
    ['an Authorization: Basic header', '> Authorization: Basic Y2ktYm90OlMzY3JldA==', 'Y2ktYm90OlMzY3JldA', '> Authorization: Basic ***'],
    ['an Authorization: Bearer header', 'authorization: bearer abc.def-ghi_jkl', 'abc.def-ghi_jkl', 'authorization: bearer ***'],
    ['an ECR token (base64 of JSON)', `token ${ecr} expired`, ecr.slice(0, 30), 'token *** expired'],
    ['a _json_key_base64', `password: ${key}`, key.slice(0, 30), 'password: ***'],
    ['a GitLab trigger token', 'glptt-0f1e2d3c4b5a69788796a5b4c3d2e1f0 used', 'glptt-0f1e2d3c4b5a69788796', '*** used'],
    ['a GitLab runner token', 'glrt-t1_Ab3dE6gH9jK2mN5pQ8sT', 'glrt-t1_Ab3dE6gH9jK2mN5pQ8sT', '***'],
    ['a routable GitLab token, whole', 'glpat-AbCdEfGhIjKlMnOpQrStUv.01.0w1x2y3z4 refused', '0w1x2y3z4', '*** refused'],
    ['a GitHub refresh token', `ghr_${'Ab1'.repeat(12)} refused`, `ghr_${'Ab1'.repeat(12)}`, '*** refused'],
    ['a password glued to -p', '+ docker login -u ci -pS3cretPassw0rd-9f8e7d registry.example.com', 'S3cretPassw0rd-9f8e7d', '-p*** registry.example.com'],
    ["a pasted config.json's auth", '{"auths":{"registry.example.com":{"auth":"Y2k6UzNjcmV0UGFzc3cwcmQ="}}}', 'Y2k6UzNjcmV0UGFzc3cwcmQ', '{"auth":"***"}'],
    ["curl's -u user:password", 'curl -u ci:S3cretPassw0rd https://registry.example.com/v2/', 'S3cretPassw0rd', '-u ci:*** https://'],
    ["skopeo's --creds user:password", 'skopeo login --creds=ci:S3cretPassw0rd registry.example.com', 'S3cretPassw0rd', '--creds=ci:*** registry'],
    ['an Authorization: Token header', 'Authorization: Token 0123456789abcdef0123', '0123456789abcdef0123', 'Authorization: Token ***'],
    ['a password in JSON', '{"username": "ci", "password": "S3cretPassw0rd"}', 'S3cretPassw0rd', '"password": "***"'],
    ["a credential helper's Secret", '{"ServerURL":"ghcr.io","Username":"ci","Secret":"S3cretPassw0rd"}', 'S3cretPassw0rd', '"Secret":"***"'],
    ['a password in JSON quoted in a string', 'body="{\\"password\\":\\"S3cretPassw0rd\\"}"', 'S3cretPassw0rd', '\\"password\\":\\"***'],
    ['a config auth quoted as \\u0022 (.NET)', '{\\u0022auth\\u0022:\\u0022Y2k6UzNjcmV0UGFzc3cwcmQ=\\u0022}', 'Y2k6UzNjcmV0UGFzc3cwcmQ', '\\u0022auth\\u0022:\\u0022***'],
    ['a password quoted as &quot; (HTML)', '&quot;password&quot;:&quot;S3cretPassw0rd&quot;', 'S3cretPassw0rd', '&quot;password&quot;:&quot;***'],
    ["a config auth in a Python dict", "{'auths': {'r.example.com': {'auth': 'Y2k6UzNjcmV0UGFzc3cwcmQ='}}}", 'Y2k6UzNjcmV0UGFzc3cwcmQ', "'auth': '***"],
    ["a JSON password that holds an apostrophe", `{"password":"pa'ssS3cretPassw0rd"}`, 'S3cretPassw0rd', '"password":"***"'],
    ['a password in JSON quoted twice', 'msg="body=\\"{\\\\\\"password\\\\\\":\\\\\\"S3cretPassw0rd\\\\\\"}\\""', 'S3cretPassw0rd', '\\\\\\"password\\\\\\":\\\\\\"***'],
    ['a password=value', 'registry.password=S3cretPassw0rd', 'S3cretPassw0rd', 'registry.password=***'],
    ['a variable named *_PASSWORD', 'DOCKER_PASSWORD=S3cretPassw0rd docker compose push', 'S3cretPassw0rd', 'DOCKER_PASSWORD=*** docker'],
    ['a token in a query', 'GET https://r.example.com/auth?service=r&token=S3cretT0kenValue&scope=x', 'S3cretT0kenValue', 'token=***&scope=x'],
    // attack round 11's minor points: Go's %+v and YAML lines
    ["Go's %+v of an AuthConfig", 'authConfig={Username:octo Password:S3cretPassw0rd Auth: ServerAddress:r.example.com}', 'S3cretPassw0rd', 'Password:*** Auth: ServerAddress:r.example.com}'],
    ["Go's %+v of a config auth and a helper's Secret", '{Auth:Y2k6UzNjcmV0UGFzc3cwcmQ= Email:} {ServerURL:ghcr.io Username:ci Secret:S3cretPassw0rd}', 'UzNjcmV0UGFzc3cwcmQ', '{Auth:*** Email:} {ServerURL:ghcr.io Username:ci Secret:***}'],
    ['a YAML password line', 'registry:\n  username: ci\n  password: S3cret Passw0rd # the robot\nError: unauthorized', 'Passw0rd', '  username: ci\n  password: ***\nError: unauthorized'],
    ['a YAML list item with a quoted token key', '- "token": S3cretT0kenValue', 'S3cretT0kenValue', '- "token": ***'],
    // attack round 13: the Authorization header as tools print it, a URL
    // password with "/", INI and YAML flow values, Go values with spaces
    ['a JSON log\'s Authorization header', '{"headers":{"Authorization":"Basic Ym9iOlpxOXhLMm1XN3BMcjRUbjg="},"status":401}', 'Ym9iOlpxOXhLMm1XN3BMcjRUbjg', '"Authorization":"Basic ***"'],
    ["Go's http.Header", 'headers: map[Authorization:[Basic Ym9iOlpxOXhLMm1XN3BMcjRUbjg=] User-Agent:[docker/27]]', 'Ym9iOlpxOXhLMm1XN3BMcjRUbjg', 'map[Authorization:[Basic ***] User-Agent:[docker/27]]'],
    ['a Python dict', "{'Authorization': 'Basic Ym9iOlpxOXhLMm1XN3BMcjRUbjg=', 'User-Agent': 'x'}", 'Ym9iOlpxOXhLMm1XN3BMcjRUbjg', "'Authorization': 'Basic ***'"],
    ["Python http.client's escaped request", "send: b'GET /v2/ HTTP/1.1\\r\\nAuthorization: Basic Ym9iOlpxOXhLMm1XN3BMcjRUbjg=\\r\\nAccept: */*'", 'Ym9iOlpxOXhLMm1XN3BMcjRUbjg', 'Authorization: Basic ***\\r\\nAccept'],
    // attack round 14: a password that starts like a port, after a user
    ['a URL password that starts with digits and a /', 'failed to fetch https://bob:2024/Zq9xK2mW7pLr4Tn8+q=@myacr.azurecr.io/helm/v1/repo/index.yaml : 401', 'Zq9xK2mW7pLr4Tn8', 'https://bob:***@myacr.azurecr.io/helm'],
    ['a URL password holding /', 'failed to fetch https://bob:Ab/Zq9xK2mW7pLr4Tn8+q=@myacr.azurecr.io/helm/v1/repo/index.yaml : 401', 'Zq9xK2mW7pLr4Tn8', 'https://bob:***@myacr.azurecr.io/helm'],
    ['an INI Password = line', '[registry]\nPassword = Zq9xK2mW7pLr4Tn8\nlogin failed', 'Zq9xK2mW7pLr4Tn8', 'Password = ***\nlogin failed'],
    ['a YAML flow mapping', 'registry-auth: [{registry: ghcr.io, username: bob, password: Zq9xK2mW7pLr4Tn8}]', 'Zq9xK2mW7pLr4Tn8', 'username: bob, password: ***}]'],
    // attack round 14: JSON quoted in a string, a quoted YAML flow value
    ['an Authorization header in JSON quoted in a string', 'body="{\\"Authorization\\":\\"Bearer eyJhbGciOiJSUzI1NiJ9abcdefghijk\\"}"', 'eyJhbGciOiJSUzI1NiJ9abcdefghijk', 'Authorization\\":\\"Bearer ***'],
    ['a YAML flow mapping with a quoted password', "{username: bob, password: 'Zq9x K2mW7pLr4Tn8'}", 'K2mW7pLr4Tn8', 'username: bob, password: ***}'],
    // attack round 15: YAML's own escapes inside a quoted flow value
    ['a YAML flow password with a quote of the other kind', `{username: bob, password: "ab'cdZq9xK2mW7pLr"}`, 'Zq9xK2mW7pLr', 'password: ***}'],
    ["a YAML flow password with YAML's escaped quote", `{username: bob, password: 'ab''cdZq9xK2mW7pLr'}`, 'Zq9xK2mW7pLr', 'password: ***}'],
    ['a YAML flow password with an escaped double quote', '{username: bob, password: "ab\\"cdZq9xK2mW7pLr"}', 'Zq9xK2mW7pLr', 'password: ***}'],
    ["Go's %+v of a password with a comma and a space", '{Username:octo Password:abc,Zq9x K2mW7pLr Auth: ServerAddress:r.example.com}', 'K2mW7pLr', 'Password:*** Auth: ServerAddress:r.example.com}'],
    // §13yy (b): a line cut in two by a hard line break, its tail on the
    // next line; a private key
    ['a login password cut by a line break', '+ docker login -u bot -p ghp_Xq7pLm2Rv9TzW4kB\nHd5sJf3Gq1Wn8cVb ghcr.io', 'Hd5sJf3Gq1Wn8cVb', '-p ***\n*** ghcr.io'],
    ['a JSON password cut by a line break', '{"password": "Xq7pLm2Rv9TzW4kB\nHd5sJf3Gq1Wn8cVb"}', 'Hd5sJf3Gq1Wn8cVb', '"password": "***\n***"}'],
    ['a bearer token over three lines', 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIi\nOiJib2IiLCJleHAiOjE3MDB9Xq7p\nLm2Rv9TzW4kB\n< HTTP/1.1 401', 'Lm2Rv9TzW4kB', 'Bearer ***\n***\n***\n< HTTP/1.1 401'],
    ['a token in a JSON string cut by a line break, its escaped quote after it', 'body="{\\"password\\":\\"Xq7pLm2Rv9TzW4kB\nHd5sJf3Gq1Wn8cVb\\"}"', 'Hd5sJf3Gq1Wn8cVb', '\n***\\"}"'],
    ["a service account key's private_key", '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSj\\n-----END PRIVATE KEY-----\\n", "client_email": "ci@p.iam.gserviceaccount.com"}', 'MIIEvQIBADANBgkqhkiG9w0', '"private_key": "***", "client_email": "ci@p.iam'],
    ["a key file's body, line by line", 'key:\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oAl\nAwEHoUQDQgAE\n-----END EC PRIVATE KEY-----\nError: x', 'AwEHoUQDQgAE', '-----BEGIN EC PRIVATE KEY-----\n***\n***\n-----END EC PRIVATE KEY-----\nError: x'],
    ['a private key quoted in one line of JSON', 'msg="-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\\n-----END RSA PRIVATE KEY-----"', 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo', 'KEY-----***-----END RSA'],
    // attack-56 A56-03: whatever stands between a key's BEGIN and END lines
    ['a key on one line, as `sh -x` traces `echo $KEY`', '+ echo -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmU AAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW -----END OPENSSH PRIVATE KEY-----\nError loading key "(stdin)": invalid format', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU', '-----BEGIN OPENSSH PRIVATE KEY-----***-----END OPENSSH PRIVATE KEY-----\nError loading key'],
    ['a key whose lines end in blanks', '-----BEGIN PRIVATE KEY----- \nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSj \nAgEAAoIBAQC7VJTUt9Us8cKj \n-----END PRIVATE KEY-----', 'AgEAAoIBAQC7VJTUt9Us8cKj', '-----BEGIN PRIVATE KEY-----***\n***\n***\n-----END PRIVATE KEY-----'],
    ["a key in docker compose logs, the service's prefix on each line", 'app-1  | -----BEGIN EC PRIVATE KEY-----\napp-1  | MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oAl\napp-1  | -----END EC PRIVATE KEY-----\napp-1  | Error: bind: address already in use', 'MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oAl', '-----END EC PRIVATE KEY-----\napp-1  | Error: bind'],
    ["a key in Terraform's box, an encrypted key's headers", '│ -----BEGIN RSA PRIVATE KEY-----\n│ Proc-Type: 4,ENCRYPTED\n│ DEK-Info: AES-128-CBC,7F3A9B\n│ \n│ MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n│ -----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo', '│ -----BEGIN RSA PRIVATE KEY-----\n***\n'],
    ['an OpenPGP key, its END line lost', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGXk7s0BCADJ0a5b6Qx3P0zKq1\n', 'lQOYBGXk7s0BCADJ0a5b6Qx3P0zKq1', '-----BEGIN PGP PRIVATE KEY BLOCK-----'],
    // PowerShell's pipe of a quoted password (attack-56)
    ["PowerShell's quoted password piped to --password-stdin, after its prompt", "PS C:\\app> 'Sup3rS3cr3tPassw0rd' | docker login -u ci --password-stdin registry.example.com", 'Sup3rS3cr3tPassw0rd', "PS C:\\app> *** | docker login"],
    ["the same in a record's + line, through Write-Output", '+ Write-Output "Sup3rS3cr3tPassw0rd" | docker login -u ci --password-stdin', 'Sup3rS3cr3tPassw0rd', '+ Write-Output *** | docker login'],
    // PowerShell's assignments (attack-57 A57-02)
    ["PowerShell's $env: assignment, after its prompt", 'PS C:\\src> $env:ACR_PASSWORD = "Sup3rS3cr3tPassw0rd"', 'Sup3rS3cr3tPassw0rd', '$env:ACR_PASSWORD = ***'],
    ["PowerShell's variable, a SecureString from plain text, an environment variable set", "$password = 'Sup3rS3cr3tPassw0rd'; $s = ConvertTo-SecureString 'Sup3rS3cr3tPassw0rd' -AsPlainText; [Environment]::SetEnvironmentVariable('REGISTRY_TOKEN', 'Sup3rS3cr3tPassw0rd', 'User')", 'Sup3rS3cr3tPassw0rd', "$password = ***; $s = ConvertTo-SecureString *** -AsPlainText; [Environment]::SetEnvironmentVariable('REGISTRY_TOKEN', ***, 'User')"]
  ])('cuts %s', (_name, text, secret, kept) => {
    const out = withoutCredentials(text)
    expect(out).not.toContain(secret)
    expect(out).toContain(kept)
    // masked (explain's first reading): the same secret hidden, every line
    // as long as it was (§13yy (g))
    const masked = withoutCredentials(text, MASKED)
    expect(masked).not.toContain(secret)
    expect(masked.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length))
  }) // prettier-ignore

  it.each([
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    'docker run -p 8080:80 nginx',
    'docker login -u octocat ghcr.io',
    'Error: Cannot perform an interactive login from a non TTY device',
    'echo $TOKEN | docker login ghcr.io -u octocat --password-stdin',
    'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    // wordings that hold "password:" or "token:" but no credential
    'unable to retrieve auth token: invalid username/password: unauthorized',
    'Username: octocat\nPassword: \nError response from daemon: unauthorized',
    'failed to fetch oauth token: unexpected status: 401 Unauthorized',
    'error: failed to authorize: failed to fetch anonymous token: 403 Forbidden',
    // docker's wordings after "authorization:" are no header's credential
    'Error response from daemon: pull access denied for app, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    'failed to resolve reference "r.example/app:1": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials',
    // a port and a path are no password, with an @ later in the URL
    'GET https://registry.example.com:5000/v2/app/manifests/latest@sha256 failed: 401 Unauthorized',
    'GET http://localhost:5000/v2/app/manifests/latest@sha256 failed: 401 Unauthorized',
    // §13yy (b): a line after a masked value's that is no tail of it
    'Run docker login -u *** -p ***\nAuthenticating with existing credentials...\nLogin Succeeded',
    'password: ***\nWARNING! Using --password via the CLI is insecure.\nunauthorized: authentication required',
    '--password ***\nregistry.example.com/team/app\nError: unauthorized',
    '-p ***\ndocker-credential-desktop resolves to executable in current directory',
    '-p ***\n5f70bf18a086: Preparing\n2024-05-01: denied',
    '-p ***\n  Xq7pLm2Rv9TzW4kB indented',
    '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----'
  ])('leaves a text with no credential as it is: %s', (text) => {
    expect(withoutCredentials(text)).toBe(text)
  })

  // JSON quoted any number of times must not make the scan quadratic: a
  // run of 10^5 backslashes took 9 s with an unbounded \\* (measured), and
  // 160 000 characters of joined words ("a-a-a-…") 22 s before the runs
  // before a fixed word were bounded (attack round 11)
  it('reads a long run of backslashes or joined words in linear time', () => {
    for (const text of ['\\'.repeat(100_000), `"password":"${'\\'.repeat(100_000)}x`, 'a-'.repeat(80_000), 'a.'.repeat(80_000), 'login '.repeat(20_000), ' '.repeat(100_000), `${' '.repeat(100_000)}password`, 'Password:'.repeat(20_000), 'Password:x'.repeat(20_000), 'a://b:'.repeat(30_000), '{password:'.repeat(20_000), 'Authorization: Basic '.repeat(10_000), `authorization:${' '.repeat(120_000)}x`, `authorization: ${'\t'.repeat(120_000)}`]) {
      const started = performance.now()
      withoutCredentials(text)
      expect(performance.now() - started).toBeLessThan(500)
    }
  })
}) // prettier-ignore

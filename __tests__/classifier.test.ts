import { describe, expect, it } from '@jest/globals'
import {
  classify,
  classifyText,
  grantedActions,
  matchRule,
  offlineVerdict,
  malformedInput,
  parseChallenge,
  parseJwtPayload,
  RULES
} from '../src/classifier.js'
import { DIAGNOSIS_IDS, type DiagnosisId } from '../src/diagnosis.js'
import type {
  CliResult,
  Evidence,
  ExchangeStep,
  HttpExchange
} from '../src/evidence.js'
import { analyzeInputs } from '../src/input-analysis.js'

// ---------------------------------------------------------------------------
// Builders

const PAT = `dckr_pat_${'Q7w8E9r0T1'.repeat(3)}`
const OAT = `dckr_oat_${'Z1x2C3v4B5'.repeat(3)}`
const PASSWORD = 'Sup3r-secret-passw0rd'

const HUB_CHALLENGE =
  'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"'

function exchange(
  step: ExchangeStep,
  status: number | undefined,
  body = '',
  more: Partial<HttpExchange> = {}
): HttpExchange {
  const url =
    step === 'hub-login'
      ? 'https://hub.docker.com/v2/users/login'
      : step === 'ping' || step === 'basic-ping'
        ? 'https://registry-1.docker.io/v2/'
        : 'https://auth.docker.io/token?account=octocat&service=registry.docker.io'
  return {
    step,
    method: step === 'hub-login' ? 'POST' : 'GET',
    url,
    status,
    headers: {},
    body,
    attempts: 1,
    ...more
  }
}

const ping401 = exchange('ping', 401, '', {
  headers: { 'www-authenticate': HUB_CHALLENGE }
})
const basicPing401 = exchange('ping', 401, '', {
  headers: { 'www-authenticate': 'Basic realm="Registry Realm"' }
})

function details(text: string): string {
  return JSON.stringify({ details: text })
}

function token(status: number, text?: string): HttpExchange {
  const body =
    status === 200 ? JSON.stringify({ token: jwt([]) }) : details(text ?? '')
  return exchange('token', status, body)
}

function unreachable(step: ExchangeStep, code = 'ECONNREFUSED'): HttpExchange {
  return exchange(step, undefined, undefined, {
    error: {
      code,
      message: `connect ${code} 203.0.113.7:443`,
      timedOut: false
    },
    attempts: 3
  })
}

function jwt(access: unknown[]): string {
  const part = (value: unknown): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'auth.docker.io', access })}.c2ln`
}

function pushToken(
  status: number,
  repository: string,
  actions?: string[],
  more: Partial<HttpExchange> = {}
): HttpExchange {
  const body =
    status === 200
      ? JSON.stringify({
          token: jwt([{ type: 'repository', name: repository, actions }])
        })
      : details('access token has insufficient scopes')
  return exchange('push-token', status, body, { repository, ...more })
}

interface Scenario {
  username?: string
  password?: string
  hub?: boolean
  exchanges?: HttpExchange[]
  preflight?: 'ran' | 'skipped'
  cli?: CliResult
}

function evidence(scenario: Scenario): Evidence {
  const hub = scenario.hub ?? true
  return {
    input: analyzeInputs(
      scenario.username ?? 'octocat',
      scenario.password ?? PAT
    ),
    registry: {
      server: hub ? 'docker.io' : 'registry.example.com',
      isDockerHub: hub
    },
    exchanges: scenario.exchanges ?? [],
    preflight: scenario.preflight ?? 'ran',
    cli: scenario.cli
  }
}

const cliOk: CliResult = {
  exitCode: 0,
  output:
    "WARNING! Your credentials are stored unencrypted in '/home/runner/.docker/config.json'.\nLogin Succeeded"
}

function cliFailed(output: string): CliResult {
  return { exitCode: 1, output }
}

// ---------------------------------------------------------------------------
// Every diagnosis, from HTTP evidence

const REACH: Record<DiagnosisId, Scenario> = {
  ok: { exchanges: [ping401, token(200)], cli: cliOk },
  'missing-credentials': { password: '' },
  'malformed-credentials': { password: `$${PAT}` },
  'email-as-username': {
    username: 'octo@example.com',
    exchanges: [ping401, token(401, 'incorrect username or password')]
  },
  'password-with-2fa': {
    password: PASSWORD,
    exchanges: [
      ping401,
      token(
        401,
        'your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens'
      ),
      exchange(
        'hub-login',
        401,
        JSON.stringify({
          detail: 'Require secondary authentication on MFA enabled account',
          login_2fa_token: 'eyJ2fa.SECRET2FA.sig'
        })
      )
    ]
  },
  'password-with-sso': {
    password: PASSWORD,
    exchanges: [
      ping401,
      token(
        401,
        'your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens'
      ),
      exchange(
        'hub-login',
        401,
        JSON.stringify({ detail: 'Incorrect authentication credentials' })
      )
    ]
  },
  'pat-required': {
    password: PASSWORD,
    exchanges: [
      ping401,
      token(
        401,
        'your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens'
      )
    ]
  },
  'organization-token-username': {
    username: 'alice',
    password: OAT,
    exchanges: [ping401, token(401, 'incorrect username or password')]
  },
  'invalid-credentials': {
    exchanges: [ping401, token(401, 'incorrect username or password')]
  },
  'token-expired': {
    exchanges: [ping401, token(401, 'personal access token is expired')]
  },
  'insufficient-scope': {
    exchanges: [ping401, token(200), pushToken(200, 'octocat/app', ['pull'])],
    cli: cliOk
  },
  'login-locked-out': {
    exchanges: [
      ping401,
      token(429, 'too many failed login attempts for username or IP address')
    ]
  },
  'rate-limited': {
    exchanges: [ping401, exchange('token', 429, 'Too Many Requests')]
  },
  'registry-unreachable': { exchanges: [unreachable('ping')] },
  'credential-store-error': {
    exchanges: [ping401, token(200)],
    cli: cliFailed(
      'Error saving credentials: error storing credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``'
    )
  },
  unknown: {
    exchanges: [
      ping401,
      exchange('token', 403, details('account is suspended pending review'))
    ]
  }
}

describe('classify: every diagnosis is reachable from evidence', () => {
  it.each([...DIAGNOSIS_IDS])('%s', (id) => {
    const result = classify(evidence(REACH[id]))
    expect(result.diagnosis).toBe(id)
    expect(result.evidence.length).toBeGreaterThan(0)
  })

  it.each([...DIAGNOSIS_IDS])('%s: the evidence holds no secret', (id) => {
    const scenario = REACH[id]
    const text = JSON.stringify(classify(evidence(scenario)))
    const secret = scenario.password ?? PAT
    if (secret) expect(text).not.toContain(secret)
    expect(text).not.toContain('Q7w8E9r0T1')
    expect(text).not.toContain('Z1x2C3v4B5')
    expect(text).not.toContain('SECRET2FA')
    expect(text).not.toContain('Sup3r')
  })
})

describe('classify: HTTP scenarios', () => {
  it.each<[string, Scenario, DiagnosisId, string[]]>([
    [
      'a PAT accepted, no CLI yet',
      { exchanges: [ping401, token(200)] },
      'ok',
      []
    ],
    [
      'a password accepted on Docker Hub',
      { password: PASSWORD, exchanges: [ping401, token(200)], cli: cliOk },
      'ok',
      ['password-in-use']
    ],
    [
      'a password accepted elsewhere',
      {
        hub: false,
        password: PASSWORD,
        exchanges: [ping401, token(200)],
        cli: cliOk
      },
      'ok',
      []
    ],
    [
      'a Basic registry accepting',
      {
        hub: false,
        exchanges: [basicPing401, exchange('basic-ping', 200)],
        cli: cliOk
      },
      'ok',
      []
    ],
    [
      'a Basic registry refusing with an empty body',
      { hub: false, exchanges: [basicPing401, exchange('basic-ping', 401)] },
      'invalid-credentials',
      []
    ],
    [
      'a Basic registry refusing with registry errors',
      {
        hub: false,
        exchanges: [
          basicPing401,
          exchange(
            'basic-ping',
            401,
            '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}'
          )
        ]
      },
      'invalid-credentials',
      []
    ],
    [
      'GHCR answering denied: denied',
      {
        hub: false,
        exchanges: [
          ping401,
          exchange(
            'token',
            403,
            '{"errors":[{"code":"DENIED","message":"denied"}]}'
          )
        ]
      },
      'invalid-credentials',
      []
    ],
    [
      'the 2020-2023 PAT wording without the Hub API',
      {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login')
        ]
      },
      'pat-required',
      []
    ],
    [
      'the old SSO wording',
      {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(
            401,
            'please use personal access token to login when SSO is enforced'
          )
        ]
      },
      'password-with-sso',
      []
    ],
    [
      'the Hub API accepting the password while a PAT is required',
      {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login'),
          exchange('hub-login', 200, '{"token":"eyJ.abc.def"}')
        ]
      },
      'password-with-sso',
      []
    ],
    [
      'the Hub API failing while a PAT is required',
      {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login'),
          exchange('hub-login', 503, 'Service Unavailable')
        ]
      },
      'pat-required',
      []
    ],
    [
      'the Hub API unreachable while a PAT is required',
      {
        password: PASSWORD,
        exchanges: [
          ping401,
          token(401, 'please use personal access token to login'),
          unreachable('hub-login')
        ]
      },
      'pat-required',
      []
    ],
    [
      'an expired organization token',
      {
        username: 'my-org',
        password: OAT,
        exchanges: [ping401, token(401, 'org access token is expired')]
      },
      'token-expired',
      []
    ],
    [
      'a 429 with the pull-limit wording',
      {
        exchanges: [
          ping401,
          token(
            429,
            'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits'
          )
        ]
      },
      'rate-limited',
      []
    ],
    [
      'a 429 on the ping',
      { exchanges: [exchange('ping', 429, 'Too Many Requests')] },
      'rate-limited',
      []
    ],
    [
      'a 503 from the token endpoint',
      {
        exchanges: [
          ping401,
          exchange('token', 503, 'Service Unavailable', { attempts: 3 })
        ]
      },
      'registry-unreachable',
      []
    ],
    [
      'a timeout at the token endpoint',
      {
        exchanges: [
          ping401,
          exchange('token', undefined, undefined, {
            error: { message: 'timed out after 10000 ms', timedOut: true },
            attempts: 3
          })
        ]
      },
      'registry-unreachable',
      []
    ],
    [
      'a 502 on the ping',
      { exchanges: [exchange('ping', 502, '<html>Bad Gateway</html>')] },
      'registry-unreachable',
      []
    ],
    [
      'preflight unreachable, CLI logged in',
      { exchanges: [unreachable('ping', 'ETIMEDOUT')], cli: cliOk },
      'ok',
      ['preflight-unreachable']
    ],
    [
      'preflight unreachable, CLI failed with network text',
      {
        exchanges: [unreachable('ping')],
        cli: cliFailed(
          'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host'
        )
      },
      'registry-unreachable',
      []
    ],
    [
      'preflight unreachable, CLI failed with unknown text',
      { exchanges: [unreachable('ping')], cli: cliFailed('something odd') },
      'registry-unreachable',
      []
    ],
    [
      'preflight unreachable, docker CLI missing',
      {
        exchanges: [unreachable('ping')],
        cli: {
          exitCode: 127,
          output: 'Unable to locate executable file: docker.'
        }
      },
      'unknown',
      ['preflight-unreachable']
    ],
    [
      'preflight unreachable, CLI refused the password',
      {
        exchanges: [unreachable('ping')],
        cli: cliFailed(
          'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'
        )
      },
      'invalid-credentials',
      ['preflight-unreachable']
    ],
    [
      'preflight skipped, CLI logged in',
      { preflight: 'skipped', cli: cliOk },
      'ok',
      ['preflight-skipped']
    ],
    [
      'preflight skipped, CLI logged in with a password',
      { preflight: 'skipped', password: PASSWORD, cli: cliOk },
      'ok',
      ['preflight-skipped', 'password-in-use']
    ],
    [
      'preflight skipped, nothing known yet',
      { preflight: 'skipped', password: PASSWORD },
      'ok',
      ['preflight-skipped']
    ],
    [
      'preflight skipped, CLI says PAT required',
      {
        preflight: 'skipped',
        password: PASSWORD,
        cli: cliFailed(
          'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens'
        )
      },
      'pat-required',
      ['preflight-skipped']
    ],
    [
      'preflight skipped, CLI refuses an email username',
      {
        preflight: 'skipped',
        username: 'octo@example.com',
        cli: cliFailed('unauthorized: incorrect username or password')
      },
      'email-as-username',
      ['preflight-skipped']
    ],
    [
      'preflight skipped, empty stdin',
      {
        preflight: 'skipped',
        cli: cliFailed(
          'Error: Cannot perform an interactive login from a non TTY device'
        )
      },
      'missing-credentials',
      ['preflight-skipped']
    ],
    [
      'accepted, CLI failed with unknown text',
      {
        exchanges: [ping401, token(200)],
        cli: cliFailed('flux capacitor overheated')
      },
      'unknown',
      []
    ],
    [
      'accepted, CLI exit 1 although it printed Login Succeeded',
      { exchanges: [ping401, token(200)], cli: cliFailed('Login Succeeded') },
      'unknown',
      []
    ],
    [
      'a registry asking for no credentials',
      { hub: false, exchanges: [exchange('ping', 200, '{}')] },
      'ok',
      []
    ],
    [
      'a challenge that could not be followed',
      {
        hub: false,
        exchanges: [exchange('ping', 401, '', { headers: {} })],
        cli: cliOk
      },
      'ok',
      []
    ],
    [
      'push granted',
      {
        exchanges: [
          ping401,
          token(200),
          pushToken(200, 'octocat/app', ['pull', 'push'])
        ],
        cli: cliOk
      },
      'ok',
      []
    ],
    [
      'push granted with *',
      {
        exchanges: [ping401, token(200), pushToken(200, 'octocat/app', ['*'])],
        cli: cliOk
      },
      'ok',
      []
    ],
    [
      'push refused with insufficient scopes',
      {
        exchanges: [ping401, token(200), pushToken(401, 'octocat/app')],
        cli: cliOk
      },
      'insufficient-scope',
      []
    ],
    [
      'push granted on another repository only',
      {
        exchanges: [
          ping401,
          token(200),
          pushToken(200, 'octocat/app', ['pull', 'push']),
          pushToken(200, 'other/app', [], {
            granted: ['pull']
          })
        ],
        cli: cliOk
      },
      'insufficient-scope',
      []
    ],
    [
      'push check unreachable',
      {
        exchanges: [ping401, token(200), unreachable('push-token')],
        cli: cliOk
      },
      'ok',
      []
    ]
  ])('%s', (_name, scenario, diagnosis, warnings) => {
    const result = classify(evidence(scenario))
    expect(result.diagnosis).toBe(diagnosis)
    expect(result.warnings).toEqual(warnings)
  })
})

describe('classify: the most specific cause wins', () => {
  const refused = [ping401, token(401, 'incorrect username or password')]

  it.each<[string, Scenario, DiagnosisId]>([
    [
      'an unexpanded ${{ beats the refusal',
      { password: '${{ secrets.DOCKERHUB_TOKEN }}', exchanges: refused },
      'malformed-credentials'
    ],
    [
      'a $dckr_pat_ prefix beats the refusal',
      { password: `$${PAT}`, exchanges: refused },
      'malformed-credentials'
    ],
    [
      'an empty username beats everything',
      { username: '', exchanges: refused, cli: cliOk },
      'missing-credentials'
    ],
    [
      'an email username on Docker Hub',
      { username: 'octo@example.com', exchanges: refused },
      'email-as-username'
    ],
    [
      'an email username elsewhere is just refused',
      { username: 'octo@example.com', hub: false, exchanges: refused },
      'invalid-credentials'
    ],
    [
      'an organization token refused',
      { username: 'alice', password: OAT, exchanges: refused },
      'organization-token-username'
    ],
    [
      'a password with a space refused',
      { password: 'pass word', exchanges: refused },
      'malformed-credentials'
    ],
    [
      'a quoted password refused',
      { password: '"hunter2"', exchanges: refused },
      'malformed-credentials'
    ],
    [
      'a $VAR-looking password refused',
      { password: '$DOCKER_PASSWORD', exchanges: refused },
      'malformed-credentials'
    ],
    [
      'a password with a space accepted',
      { password: 'pass word', exchanges: [ping401, token(200)] },
      'ok'
    ],
    [
      'an organization token expired is expired, not a wrong username',
      {
        username: 'alice',
        password: OAT,
        exchanges: [ping401, token(401, 'org access token is expired')]
      },
      'token-expired'
    ],
    [
      'a lockout is not a rate limit',
      {
        exchanges: [
          ping401,
          exchange(
            'token',
            429,
            details('too many failed login attempts for username or IP address')
          )
        ]
      },
      'login-locked-out'
    ],
    [
      'a 2FA token on the Hub API beats the PAT wording',
      REACH['password-with-2fa'],
      'password-with-2fa'
    ]
  ])('%s', (_name, scenario, diagnosis) => {
    expect(classify(evidence(scenario)).diagnosis).toBe(diagnosis)
  })
})

describe('classify: evidence lines', () => {
  it('names the refusal and quotes the registry', () => {
    const result = classify(evidence(REACH['invalid-credentials']))
    expect(result.evidence).toContain(
      'token endpoint auth.docker.io/token answered 401: "incorrect username or password"'
    )
    expect(result.evidence[0]).toContain('registry ping')
    expect(result.evidence[0]).toContain('bearer challenge')
  })

  it('says what the Hub login API proved', () => {
    const result = classify(evidence(REACH['password-with-2fa']))
    expect(result.evidence.join('\n')).toContain(
      'login_2fa_token: the password is right and two-factor authentication is on'
    )
  })

  it('names the input findings behind a malformed verdict', () => {
    const result = classify(
      evidence({ password: `$${PAT}`, exchanges: [ping401] })
    )
    expect(result.evidence[0]).toContain('literal "$" before a Docker token')
  })

  it('names what the push token grants', () => {
    const result = classify(evidence(REACH['insufficient-scope']))
    expect(result.evidence).toContain(
      'push access to octocat/app: the token grants pull'
    )
  })

  it('cuts long registry text', () => {
    const long = 'x'.repeat(10_000)
    const result = classify(
      evidence({ exchanges: [ping401, exchange('token', 403, details(long))] })
    )
    expect(result.diagnosis).toBe('unknown')
    for (const line of result.evidence) {
      expect(line.length).toBeLessThan(300)
      expect(line).not.toMatch(/\n/)
    }
  })

  it('never quotes a token from a 200 answer', () => {
    const result = classify(evidence(REACH.ok))
    expect(result.evidence.join('\n')).not.toContain('eyJ')
  })
})

// ---------------------------------------------------------------------------
// Text

describe('classifyText: wordings from the facts file', () => {
  it.each<[string, DiagnosisId]>([
    // Docker Hub token service, old and new
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
      'invalid-credentials'
    ],
    [
      'Get "http://127.0.0.1:5999/v2/": unauthorized: incorrect username or password',
      'invalid-credentials'
    ],
    [
      'unauthorized: your account must log in with a Personal Access Token (PAT) - learn more at docs.docker.com/go/access-tokens',
      'pat-required'
    ],
    ['unauthorized: please use personal access token to login', 'pat-required'],
    [
      'unauthorized: please use personal access token to login when SSO is enforced',
      'password-with-sso'
    ],
    ['unauthorized: personal access token is expired', 'token-expired'],
    ['unauthorized: org access token is expired', 'token-expired'],
    [
      'unauthorized: access token has insufficient scopes',
      'insufficient-scope'
    ],
    [
      'toomanyrequests: too many failed login attempts for username or IP address',
      'login-locked-out'
    ],
    [
      'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limits',
      'rate-limited'
    ],
    ['Too Many Requests', 'rate-limited'],
    // Docker Hub API
    [
      '{"detail":"Require secondary authentication on MFA enabled account"}',
      'password-with-2fa'
    ],
    ['Incorrect authentication credentials', 'invalid-credentials'],
    // the docker CLI
    [
      'Error saving credentials: error storing credentials - err: exit status 1, out: `User interaction is not allowed.`',
      'credential-store-error'
    ],
    [
      'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
      'credential-store-error'
    ],
    [
      'exec: "docker-credential-osxkeychain": executable file not found in $PATH',
      'credential-store-error'
    ],
    [
      'Error: Cannot perform an interactive login from a non TTY device',
      'missing-credentials'
    ],
    ['Error: password is empty', 'missing-credentials'],
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      'registry-unreachable'
    ],
    ['net/http: TLS handshake timeout', 'registry-unreachable'],
    [
      'Get "https://registry-1.docker.io/v2/": dial tcp 54.1.2.3:443: i/o timeout',
      'registry-unreachable'
    ],
    [
      'login attempt to https://registry.example.com/v2/ failed with status: 503 Service Unavailable',
      'registry-unreachable'
    ],
    [
      "WARNING! Your credentials are stored unencrypted in '/home/runner/.docker/config.json'.\nLogin Succeeded",
      'ok'
    ]
  ])('%j → %s', (text, diagnosis) => {
    expect(classifyText(text).diagnosis).toBe(diagnosis)
  })
})

describe('classifyText: other tools and registries', () => {
  it.each<[string, DiagnosisId]>([
    // buildx / BuildKit
    [
      'ERROR: failed to solve: failed to push docker.io/octocat/app:latest: insufficient_scope: authorization failed',
      'insufficient-scope'
    ],
    [
      'denied: requested access to the resource is denied',
      'insufficient-scope'
    ],
    [
      'ERROR: failed to solve: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Aoctocat%2Fapp%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized',
      'insufficient-scope'
    ],
    [
      'failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized: incorrect username or password',
      'invalid-credentials'
    ],
    // GHCR
    [
      'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
      'invalid-credentials'
    ],
    ['denied: permission_denied: write_package', 'insufficient-scope'],
    [
      'denied: permission_denied: The token provided does not match expected scopes.',
      'insufficient-scope'
    ],
    [
      'unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
      'invalid-credentials'
    ],
    // GitLab
    [
      'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied',
      'invalid-credentials'
    ],
    // Harbor, ACR, Quay, distribution
    [
      'unauthorized: unauthorized to access repository: library/app, action: push: unauthorized to access repository: library/app, action: push',
      'insufficient-scope'
    ],
    ['unauthorized: authentication required', 'invalid-credentials'],
    [
      'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      'invalid-credentials'
    ],
    ['unauthorized: Invalid Username or Password', 'invalid-credentials'],
    [
      'login attempt to http://localhost:5000/v2/ failed with status: 401 Unauthorized',
      'invalid-credentials'
    ],
    // Amazon ECR, Google Artifact Registry
    [
      'Your authorization token has expired. Reauthenticate and try again.',
      'token-expired'
    ],
    ['no basic auth credentials', 'missing-credentials'],
    [
      'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource',
      'insufficient-scope'
    ],
    // docker/login-action
    ['Error: Username and password required', 'missing-credentials'],
    // credential helpers
    [
      'error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
      'credential-store-error'
    ],
    // Go network errors
    [
      'dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host',
      'registry-unreachable'
    ],
    [
      'dial tcp 127.0.0.1:5000: connect: connection refused',
      'registry-unreachable'
    ],
    [
      'read tcp 10.1.0.4:50122->54.1.2.3:443: read: connection reset by peer',
      'registry-unreachable'
    ],
    ['x509: certificate signed by unknown authority', 'registry-unreachable'],
    ['Get "https://registry.example.com/v2/": EOF', 'registry-unreachable'],
    ['http: server gave HTTP response to HTTPS client', 'registry-unreachable'],
    ['context deadline exceeded', 'registry-unreachable'],
    ['received unexpected HTTP status: 502 Bad Gateway', 'registry-unreachable']
  ])('%j → %s', (text, diagnosis) => {
    expect(classifyText(text).diagnosis).toBe(diagnosis)
  })
})

describe('classifyText: precedence and unknown text', () => {
  it('a credential helper error beats the network text inside it', () => {
    expect(
      classifyText(
        'error getting credentials - err: exit status 1, out: `dial unix /run/user/1000/bus: connect: connection refused`'
      ).diagnosis
    ).toBe('credential-store-error')
  })

  it('the SSO wording beats the PAT wording it contains', () => {
    expect(
      classifyText(
        'please use personal access token to login when sso is enforced'
      ).diagnosis
    ).toBe('password-with-sso')
  })

  it('quotes unknown text, cut to one line', () => {
    const result = classifyText(
      `flux capacitor\noverheated ${'z'.repeat(5000)}`
    )
    expect(result.diagnosis).toBe('unknown')
    expect(result.evidence).toHaveLength(1)
    expect(result.evidence[0]).toMatch(
      /^no known wording in "flux capacitor overheated z+…"$/
    )
    expect(result.evidence[0].length).toBeLessThan(260)
  })

  it('says when the text is empty', () => {
    expect(classifyText('  \n')).toEqual({
      diagnosis: 'unknown',
      warnings: [],
      evidence: ['the text is empty']
    })
  })

  it('quotes the matching line and names the source', () => {
    const result = classifyText(
      'Using default tag: latest\nunauthorized: incorrect username or password\nexit 1'
    )
    expect(result.evidence).toEqual([
      'seen: "unauthorized: incorrect username or password"',
      expect.stringContaining('known wording "incorrect username or password"')
    ])
  })

  it('is fast on huge text', () => {
    const started = performance.now()
    classifyText('a: '.repeat(100_000))
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('RULES', () => {
  const cases = RULES.flatMap((rule) =>
    rule.match.map((wording) => ({
      text: typeof wording === 'string' ? wording : wording.join(' x '),
      diagnosis: rule.diagnosis,
      source: rule.source
    }))
  )

  it.each(cases)(
    'no earlier rule shadows "$text" ($diagnosis)',
    ({ text, diagnosis }) => {
      expect(matchRule(text.toUpperCase())?.rule.diagnosis).toBe(diagnosis)
    }
  )

  it('names a source for every rule', () => {
    for (const rule of RULES) expect(rule.source.length).toBeGreaterThan(5)
  })
})

// ---------------------------------------------------------------------------
// Offline verdicts

describe('offlineVerdict', () => {
  it.each<[string, string, DiagnosisId | undefined]>([
    ['', PAT, 'missing-credentials'],
    ['octocat', '', 'missing-credentials'],
    ['', '', 'missing-credentials'],
    ['octocat', '${{ secrets.DOCKERHUB_TOKEN }}', 'malformed-credentials'],
    ['${{ vars.DOCKERHUB_USERNAME }}', PAT, 'malformed-credentials'],
    ['octocat', `$${PAT}`, 'malformed-credentials'],
    ['octocat', 'dckr_pat_abc\ndef', 'malformed-credentials'],
    ['octocat', `${PAT}\n`, 'malformed-credentials'],
    ['octocat', `${PAT} `, 'malformed-credentials'],
    ['octocat', `"${PAT}"`, 'malformed-credentials'],
    ['octocat', `${OAT}\u200b`, 'malformed-credentials'],
    ['octo\ncat', PAT, 'malformed-credentials'],
    // refine only: these are tried
    ['octocat', PAT, undefined],
    ['octocat', 'pass word', undefined],
    ['octocat', '"hunter2"', undefined],
    ['octocat', '$DOCKER_PASSWORD', undefined],
    ['octocat', '$ecret', undefined],
    ['octo cat', PAT, undefined],
    ['me@example.com', PAT, undefined],
    ['robot$ci+push', 'hunter2', undefined],
    [
      '_json_key',
      '{\n  "type": "service_account",\n  "private_key": "k"\n}',
      undefined
    ]
  ])('%j / %j → %s', (username, password, diagnosis) => {
    expect(offlineVerdict(analyzeInputs(username, password))?.diagnosis).toBe(
      diagnosis
    )
  })

  it('names what is empty', () => {
    expect(offlineVerdict(analyzeInputs('', ''))).toEqual({
      diagnosis: 'missing-credentials',
      warnings: [],
      evidence: ['the username is empty', 'the password is empty']
    })
  })
})

// ---------------------------------------------------------------------------
// Parsers

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
    ['', undefined],
    ['   ', undefined],
    ['"realm"', undefined],
    ['=', undefined]
  ])('%j', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected)
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

describe('parseJwtPayload and grantedActions', () => {
  const both = jwt([
    { type: 'repository', name: 'octocat/app', actions: ['pull', 'push'] },
    { type: 'repository', name: 'octocat/ro', actions: ['pull'] },
    { type: 'registry', name: 'catalog', actions: ['*'] },
    { type: 'repository', name: 'octocat/all', actions: ['*'] },
    'junk',
    { type: 'repository', name: 'octocat/bad', actions: 'push' }
  ])

  it('decodes the payload', () => {
    expect(parseJwtPayload(both)).toMatchObject({ iss: 'auth.docker.io' })
  })

  it.each<[string]>([
    ['not-a-jwt'],
    [''],
    ['a.!!!.c'],
    [`a.${Buffer.from('not json').toString('base64url')}.c`],
    [`a.${Buffer.from('42').toString('base64url')}.c`]
  ])('%j is not a JWT', (token) => {
    expect(parseJwtPayload(token)).toBeUndefined()
  })

  it('never throws on a non-string', () => {
    expect(parseJwtPayload(42 as unknown as string)).toBeUndefined()
    expect(grantedActions(null as unknown as string, 'a')).toEqual([])
  })

  it.each<[string, string[]]>([
    ['octocat/app', ['pull', 'push']],
    ['octocat/ro', ['pull']],
    ['octocat/all', ['*', 'pull', 'push']],
    ['octocat/bad', []],
    ['catalog', []],
    ['someone/else', []]
  ])('%s → %j', (repository, actions) => {
    expect(grantedActions(both, repository)).toEqual(actions)
  })

  it('grants nothing for a token without access', () => {
    expect(grantedActions(jwt([]), 'octocat/app')).toEqual([])
    expect(grantedActions('garbage', 'octocat/app')).toEqual([])
  })
})

// ---------------------------------------------------------------------------
// Answers that say nothing about the credential, and the CLI's narration

describe('inconclusive answers leave the decision to the docker CLI', () => {
  it.each([404, 400, 405])(
    'a %i from the token service is not a refusal',
    (status) => {
      const verdict = classify(
        evidence({ exchanges: [ping401, exchange('token', status, 'nope')] })
      )
      expect(verdict.diagnosis).toBe('ok')
      expect(verdict.evidence).toContain(
        'that answer says nothing about the credential: not judged'
      )
    }
  )

  it('a 404 from the token service, then a CLI refusal, is the CLI’s verdict', () => {
    const verdict = classify(
      evidence({
        exchanges: [ping401, exchange('token', 404, 'nope')],
        cli: cliFailed(
          'Get "https://registry.example.com/v2/": unauthorized: incorrect username or password'
        )
      })
    )
    expect(verdict.diagnosis).toBe('invalid-credentials')
  })

  it('a 403 without a known wording stays a refusal', () => {
    const verdict = classify(
      evidence({ exchanges: [ping401, exchange('token', 403, 'nope')] })
    )
    expect(verdict.diagnosis).toBe('unknown')
  })
})

describe("the CLI's logrus narration is not the failure", () => {
  const narration =
    'time="2026-11-24T10:00:00Z" level=info msg="Error logging in to endpoint, trying next endpoint" endpoint="{false https://127.0.0.1:5000 false false false 0xc000}" error="Get \\"https://127.0.0.1:5000/v2/\\": http: server gave HTTP response to HTTPS client"'

  it('an unrecognised failure after the narration is unknown, quoted', () => {
    const verdict = classify(
      evidence({
        preflight: 'skipped',
        cli: cliFailed(`${narration}\nsomething new went wrong`)
      })
    )
    expect(verdict.diagnosis).toBe('unknown')
    expect(verdict.evidence.join('\n')).toContain('something new went wrong')
  })

  it('a refusal after the narration is read from its own line', () => {
    const verdict = classify(
      evidence({
        preflight: 'skipped',
        cli: cliFailed(
          `${narration}\nGet "http://127.0.0.1:5000/v2/": unauthorized: incorrect username or password`
        )
      })
    )
    expect(verdict.diagnosis).toBe('invalid-credentials')
  })
})

describe('malformedInput', () => {
  it.each<[string, string, string | undefined]>([
    ['octocat', PAT, undefined],
    ['octocat', `$${PAT}`, 'password'],
    ['octocat', '${{ secrets.X }}', 'password'],
    ['octo\u0007cat', PAT, 'username'],
    ['${{ vars.U }}', '${{ secrets.X }}', undefined],
    // an email is not a malformed value
    ['me@example.com', PAT, undefined]
  ])('%j / %j → %j', (username, password, expected) => {
    expect(malformedInput(analyzeInputs(username, password))).toBe(expected)
  })
})
